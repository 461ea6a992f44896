"""The main text of a web page, with trafilatura (imported lazily: it is slow to import).

The result is Markdown-flavoured text (headings `#`, list items `- `, `**bold**`) so the same
layout rules read it as a Markdown article; the page's headline is put first as a `#` heading
when the extracted body does not already start with it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.read.markdown import plain

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.I | re.S
)
_META_FIELDS = (
    "author",
    "date",
    "sitename",
    "hostname",
    "url",
    "description",
    "categories",
    "tags",
)


@dataclass(slots=True)
class Page:
    """What a web page holds for claimdiff: its main text, headline and metadata."""

    text: str
    title: str | None
    metadata: dict[str, object] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    """Whether a text file is really a saved web page."""
    return bool(_HTML_START.match(text[:4096]))


def extract_page(source: str, path: Path | str) -> Page:
    """The article of a web page; InputError when the page holds no article text."""
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logger = logging.getLogger(name)  # keep library chatter off the user's terminal
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())
        logger.propagate = False
    try:
        import trafilatura

        doc = trafilatura.bare_extraction(
            source,
            output_format="python",
            with_metadata=True,
            include_comments=False,
            include_formatting=True,
            include_links=False,
            include_images=False,
            include_tables=True,
        )
    except Exception as exc:  # a third-party parser on hostile input: report, never crash
        raise InputError(path, f"the HTML could not be read ({type(exc).__name__})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(re.findall(r"\w{2,}", body[:2000])) < 3:
        raise InputError(path, "no article text found in the HTML")
    title = _clean(getattr(doc, "title", None))
    metadata: dict[str, object] = {}
    for name in _META_FIELDS:
        value = getattr(doc, name, None)
        if isinstance(value, str):
            value = _clean(value)
        if value:
            metadata[name] = value
    if title and plain(body.split("\n", 1)[0].lstrip("# ")).casefold() != title.casefold():
        body = f"# {title}\n\n{body}"
    return Page(text=body, title=title, metadata=metadata)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
