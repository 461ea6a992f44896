"""Read an article file into a Document: decoded text, format, title and metadata.

Formats: plain text, Markdown (`.md`, or any text file that opens with front matter) and
HTML (`.html`/`.htm`, or a text file that is a saved web page). Cleaning and segmentation
come later (`clean`, `segment`); this stage only decides what the text *is*.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.model import Document
from claimdiff.read.decode import decode_bytes
from claimdiff.read.frontmatter import parse_front_matter
from claimdiff.read.html import extract_page, looks_like_html

MAX_BYTES = 100 * 1024 * 1024
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
# Markdown a plain .txt file may carry: ATX headings, inline links, bold runs.
_MD_SIGNALS = re.compile(
    r"(?m:^#{1,6}[ \t]+\S)|\]\((?:https?://|/)[^)\s]{1,500}\)|\*\*\S[^*\n]{0,200}\*\*"
)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or InputError with a one-line reason."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(path, "is a directory, not an article file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(path, "not a regular file (a device, pipe or socket)")
        size = info.st_size
        if size > MAX_BYTES:
            raise InputError(path, f"too large ({size // 2**20} MB; the limit is 100 MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not an article file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or "cannot be read") from None


def load_document(path: Path | str) -> Document:
    """Read, decode and recognise an article; raise InputError with a one-line reason."""
    path = Path(path)
    return document_from_bytes(read_bytes(path), path)


def document_from_bytes(data: bytes, path: Path | str) -> Document:
    """A Document for a file's bytes (decoded, its format recognised); InputError if they are
    no article."""
    if not data:
        raise InputError(path, "the file is empty")
    return document_from_text(decode_bytes(data, path).text, path)


def document_from_text(text: str, path: Path | str, kind: str | None = None) -> Document:
    """A Document for already decoded text; `kind` (text/markdown/html) overrides sniffing."""
    path = Path(path)
    if not text.strip():
        raise InputError(path, "the file holds only white space" if text else "the file is empty")
    kind = kind or sniff_format(text, path)
    if kind == "html":
        page = extract_page(text, path)
        return Document(
            path=path,
            text=page.text,
            format="html",
            title=page.title,
            metadata=page.metadata,
            dropped=page.dropped,
        )
    if kind == "markdown":
        fm = parse_front_matter(text)
        title = fm.title.text if fm and fm.title else None
        metadata = dict(fm.metadata) if fm else {}
        return Document(path=path, text=text, format="markdown", title=title, metadata=metadata)
    return Document(path=path, text=text, format="text")


def sniff_format(text: str, path: Path) -> str:
    """`html`, `markdown` or `text`, from the suffix and, for other files, the content."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if looks_like_html(text):
        return "html"
    if parse_front_matter(text) is not None:
        return "markdown"
    sample = text[: 256 * 1024]
    signals = len(_MD_SIGNALS.findall(sample, 0))
    return "markdown" if signals >= 3 else "text"
