"""Read the text of a paper's PDF: pages joined into paragraphs, page furniture removed.

The text layer is read with pypdf (pure Python, no system library, well kept by the py-pdf
project; imported only when a PDF is read). What a typeset page adds around the text is
undone here: running headers and footers and page numbers (lines that recur at the top or
bottom of most pages), words hyphenated at a line end, and lines broken inside a paragraph.
Section headings ("Results", "2. Methods") stay lines of their own, so a reader can tell the
paper's parts apart. The document information dictionary gives the title, authors, date and
subject when the publisher filled it in.

A PDF with no text layer (a scan) is an InputError with one line that says so; nothing in a
hostile or broken PDF ends in a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.locations import data_file
from claimdiff.read.load import read_bytes

MIN_CHARS_PER_PAGE = 40  # less text than this on average: a scan, not a text PDF
FURNITURE_SHARE = 0.6  # a line at a page's edge on this share of pages is a running head
_DIGITS = re.compile(r"\d+")
_HYPHEN_END = re.compile(r"(\w)-$")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
_NUMBERED = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})*\.?\s+(?=[A-Z])")
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")


@dataclass(slots=True)
class PdfText:
    """A PDF's text (paragraphs separated by blank lines) and what its metadata says."""

    text: str
    pages: int
    metadata: dict[str, object] = field(default_factory=dict)


def is_pdf(data: bytes) -> bool:
    """The bytes start like a PDF file (a few bytes of junk before the header are allowed)."""
    return b"%PDF-" in data[:1024]


def read_pdf(path: Path | str) -> PdfText:
    """The text and metadata of a PDF file; InputError with a one-line reason otherwise."""
    path = Path(path)
    return pdf_from_bytes(read_bytes(path), path)


def pdf_from_bytes(data: bytes, path: Path | str) -> PdfText:
    """Like `read_pdf`, for bytes already read."""
    import io
    import logging

    try:
        import pypdf
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise InputError(path, "reading PDF needs the pypdf package (pip install pypdf)") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's
    if not is_pdf(data):
        raise InputError(path, "not a PDF file (it does not start with %PDF-)")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(path, "the PDF is encrypted with a password; save an unlocked copy")
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise InputError(path, f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except RecursionError:
        raise InputError(path, "not a readable PDF (its objects are nested too deeply)") from None
    if not pages:
        raise InputError(path, "the PDF has no pages")
    chars = sum(len("".join(p.split())) for p in pages)
    if chars < MIN_CHARS_PER_PAGE * len(pages):
        raise InputError(
            path,
            "the PDF has no text layer (a scanned paper?): run OCR on it first "
            "(e.g. ocrmypdf), or give the paper as text or HTML",
        )
    return PdfText(text=join_pages(pages), pages=len(pages), metadata=_metadata(info))


def _metadata(info: object) -> dict[str, object]:
    """title, authors, date, subject and keywords from the document information dictionary."""
    out: dict[str, object] = {}
    if info is None:
        return out
    get = getattr(info, "get", None)
    if get is None:
        return out

    def text(key: str) -> str | None:
        try:
            value = get(key)
        except Exception:  # a broken indirect object in the dictionary
            return None
        value = str(value).strip() if value is not None else ""
        return " ".join(value.split()) or None

    if title := text("/Title"):
        out["title"] = title
    if author := text("/Author"):
        names = [n.strip() for n in re.split(r";|,\s*(?:and\s+)?|\s+and\s+", author) if n.strip()]
        out["authors"] = names
    for key in ("/Subject", "/Keywords"):
        if value := text(key):
            out[key[1:].lower()] = value
    raw = text("/CreationDate")
    if raw and (m := _PDF_DATE.match(raw)):
        with contextlib.suppress(ValueError):
            out["date"] = dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    return out


def join_pages(pages: list[str]) -> str:
    """The pages' text as paragraphs: page furniture dropped, hyphenation and line breaks
    inside paragraphs undone."""
    page_lines = [[ln.strip() for ln in p.splitlines() if ln.strip()] for p in pages]
    furniture = _furniture(page_lines)
    lines: list[str] = []
    for plines in page_lines:
        for index, line in enumerate(plines):
            edge = index < 2 or index >= len(plines) - 2
            if edge and (_shape(line) in furniture or line.isdigit()):
                continue
            lines.append(line)
    widths = sorted(len(ln) for ln in lines)
    typical = widths[len(widths) * 3 // 4] if widths else 80
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if _is_heading(line):
            if current:
                paragraphs.append(current)
            paragraphs.append(line)
            current = ""
            continue
        if not current:
            current = line
        elif m := _HYPHEN_END.search(current):
            if line[:1].islower():
                current = current[: m.end() - 1] + line  # "pres-" + "sure"
            else:
                current += line  # "IgG-" + "Depleted": a real hyphen
        else:
            current += " " + line
        # A short line that ends a sentence ends its paragraph.
        if _SENTENCE_END.search(line) and len(line) < 0.7 * typical:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs) + "\n"


def _shape(line: str) -> str:
    """A line with its numbers folded, so 'J Clin Invest 2021;131:e1 3' recurs across pages."""
    return _DIGITS.sub("#", line.lower())


def _furniture(page_lines: list[list[str]]) -> set[str]:
    """Line shapes that stand at the top or bottom of most pages: running heads and feet."""
    if len(page_lines) < 3:
        return set()
    counts: Counter[str] = Counter()
    for plines in page_lines:
        edge = {_shape(ln) for ln in plines[:2] + plines[-2:]}
        counts.update(edge)
    need = max(3, int(FURNITURE_SHARE * len(page_lines)))
    return {shape for shape, n in counts.items() if n >= need}


def section_of(line: str) -> str | None:
    """The part of a paper a heading line opens ("abstract", "design", "result", ...; see
    data/paper_sections.toml), or None when the line is no known heading."""
    if len(line) > 60:
        return None
    name = _NUMBERED.sub("", line.strip()).rstrip(":.").strip().lower()
    return _section_names().get(" ".join(name.split()))


@cache
def _section_names() -> dict[str, str]:
    raw = tomllib.loads(data_file("paper_sections.toml").read_text(encoding="utf-8"))
    return {name: role for role, names in raw["sections"].items() for name in names}


def _is_heading(line: str) -> bool:
    """A section heading: a known section name ("Results", "2. Materials and methods"), or
    a short numbered or capitalised line with no sentence punctuation at its end."""
    if section_of(line) is not None:
        return True
    if len(line) > 60 or _SENTENCE_END.search(line) or line.endswith((",", ";", "-")):
        return False
    words = line.split()
    if _NUMBERED.match(line) and len(words) <= 8:
        return True
    return line.isupper() and 1 <= len(words) <= 4 and line.replace(" ", "").isalpha()
