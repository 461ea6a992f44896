"""The main text of a web page, with trafilatura (imported lazily: it is slow to import).

The result is Markdown-flavoured text (headings `#`, list items `- `, `**bold**`) so the same
layout rules read it as a Markdown article; the page's headline is put first as a `#` heading
when the extracted body does not already start with it.

Before extraction the page is made safe to parse (`sanitise`): text a reader never sees
(`<template>`, the `hidden` attribute, `aria-hidden="true"`, inline `display:none` or
`visibility:hidden`) is taken out, and elements nested deeper than `MAX_DEPTH` are flattened
(their text kept) so the parser's own depth limit never cuts the article short. Taken-out text
is kept at the end of the document as dropped spans with their reasons.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from claimdiff.errors import InputError
from claimdiff.model import Dropped
from claimdiff.read.markdown import plain

MAX_DEPTH = 120  # deeper elements are flattened (libxml2 stops reading at 256 levels)
MAX_HIDDEN_SHOWN = 40  # hidden passages kept (as dropped text) at the end of the document
MAX_HIDDEN_CHARS = 400  # characters shown of each
_VOID = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen"),
    }
)
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]{0,40})\b[^>]{0,20000}?(/?)>")
_HIDING = re.compile(  # a start tag that hides its element
    r"<template\b|<[A-Za-z][^<>]{0,2000}?\s(?:hidden\b|aria-hidden\s*=\s*[\"']?true"
    r"|style\s*=\s*[\"'][^\"'<>]{0,500}?(?:display\s*:\s*none|visibility\s*:\s*hidden))",
    re.I,
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_SECTION = "Not shown on the page (not read):"

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
    """What a web page holds for claimdiff: its main text, headline and metadata, and the
    spans of `text` that are not the article (hidden text)."""

    text: str
    title: str | None
    metadata: dict[str, object] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)


@dataclass(slots=True)
class Sanitised:
    """A page made safe to parse: its HTML, the hidden passages taken out (reason, text) and
    how many elements were flattened."""

    html: str
    hidden: list[tuple[str, str]] = field(default_factory=list)
    flattened: int = 0


def needs_sanitising(source: str) -> bool:
    """Whether the page hides text or nests elements deeper than `MAX_DEPTH` (a quick scan)."""
    if _HIDING.search(source):
        return True
    depth = 0
    for m in _TAG.finditer(source):
        name = m.group(2).lower()
        if m.group(1):
            depth = max(depth - 1, 0)
        elif not m.group(3) and name not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


def sanitise(source: str) -> Sanitised:
    """The page without its hidden elements and with nesting flattened below `MAX_DEPTH`.

    A streaming pass (the standard library's tokenizer, no recursion): start tags are copied
    as written, end tags re-made, text and entity references copied.
    """
    if not needs_sanitising(source):
        return Sanitised(source)
    rebuilder = _Rebuilder()
    rebuilder.feed(source)
    rebuilder.close()
    rebuilder.end_hidden()
    return Sanitised("".join(rebuilder.out), rebuilder.hidden, rebuilder.flattened)


class _Rebuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool]] = []  # open elements: (name, copied to the output)
        self.hidden: list[tuple[str, str]] = []
        self.flattened = 0
        self.hide_at: int | None = None  # stack depth of the hidden element being skipped
        self.hide_why = ""
        self.hide_text: list[str] = []
        self.hide_chars = 0

    def _emit(self, piece: str) -> None:
        if self.hide_at is None:
            self.out.append(piece)
        elif self.hide_chars < 4 * MAX_HIDDEN_CHARS:
            self.hide_text.append(piece)
            self.hide_chars += len(piece)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or f"<{tag}>"
        if tag in _VOID:
            if self.hide_at is None:
                self.out.append(raw)
            return
        if self.hide_at is None:
            why = _hidden_why(tag, attrs)
            if why is not None:
                self.hide_at, self.hide_why = len(self.stack), why
                self.hide_text, self.hide_chars = [], 0
                self.stack.append((tag, False))
                return
        copied = self.hide_at is None and len(self.stack) < MAX_DEPTH
        if self.hide_at is None and not copied:
            self.flattened += 1
        self.stack.append((tag, copied))
        if copied:
            self.out.append(raw)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hide_at is None:
            self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag: str) -> None:
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                break
        else:
            return  # an end tag nothing opened: left out
        if self.hide_at is not None and k <= self.hide_at:
            self.end_hidden()
        while len(self.stack) > k:
            name, copied = self.stack.pop()
            if copied:
                self.out.append(f"</{name}>")

    def end_hidden(self) -> None:
        """Close the hidden element being skipped and keep its text (with letters) for later."""
        if self.hide_at is None:
            return
        del self.stack[self.hide_at + 1 :]
        self.hide_at = None
        raw = "".join(self.hide_text)
        text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", raw)).split())
        if re.search(r"[^\W\d_]{2}", text):
            self.hidden.append((self.hide_why, text))

    def handle_data(self, data: str) -> None:
        self._emit(data)

    def handle_entityref(self, name: str) -> None:
        self._emit(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._emit(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        if self.hide_at is None:
            self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        pass

    def unknown_decl(self, data: str) -> None:
        pass


def _hidden_why(tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
    """Why an element is not shown to readers, or None when it is."""
    if tag == "template":
        return "hidden in the page (a <template> element is never shown)"
    for name, value in attrs:
        name = name.lower()
        if name == "hidden":
            return "hidden in the page (the element has the hidden attribute)"
        if name == "aria-hidden" and (value or "").strip().lower() == "true":
            return "hidden in the page (aria-hidden)"
        if name == "style" and value and _HIDDEN_STYLE.search(value):
            return "hidden in the page (its style hides it)"
    return None


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
    page = sanitise(source)
    try:
        import trafilatura
    except ImportError as exc:
        raise _missing(path, exc) from exc
    try:
        doc = trafilatura.bare_extraction(
            page.html,
            output_format="python",
            with_metadata=True,
            include_comments=False,
            include_formatting=True,
            include_links=False,
            include_images=False,
            include_tables=True,
        )
    except ImportError as exc:  # a module trafilatura imports lazily
        raise _missing(path, exc) from exc
    except Exception as exc:  # a third-party parser on hostile input: report, never crash
        detail = " ".join(str(exc).split())[:120]
        reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
        raise InputError(path, f"the HTML could not be read ({reason})") from None
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(re.findall(r"\w{2,}", body[:2000])) < 3:
        hidden = f" ({len(page.hidden)} passages hidden from readers were not read)"
        raise InputError(
            path, "no article text found in the HTML" + (hidden if page.hidden else "")
        )
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
    if page.flattened:
        metadata["flattened_elements"] = page.flattened
    body, dropped = _with_hidden(body, page.hidden)
    return Page(text=body, title=title, metadata=metadata, dropped=dropped)


def _missing(path: Path | str, exc: ImportError) -> InputError:
    """The one-line error for HTML support that is not installed, naming what is missing."""
    detail = " ".join(str(exc).split())[:200]
    name = exc.name or ("lxml_html_clean" if "html_clean" in detail.replace("-", "_") else None)
    what = f"the module {name!r} cannot be imported" if name else "an import failed"
    return InputError(
        path,
        f"HTML support is not installed: {what} ({detail}); "
        "pip install lxml_html_clean trafilatura, or reinstall claimdiff",
    )


def _with_hidden(body: str, hidden: list[tuple[str, str]]) -> tuple[str, list[Dropped]]:
    """The body followed by the hidden passages, each a dropped span with its reason."""
    if not hidden:
        return body, []
    out, dropped = [body], []

    def add(piece: str, why: str) -> None:
        start = sum(map(len, out)) + 2
        out.append("\n\n" + piece)
        dropped.append(Dropped(start, start + len(piece), why))

    add(_HIDDEN_SECTION, "hidden text follows (not read)")
    for why, text in hidden[:MAX_HIDDEN_SHOWN]:
        add(text if len(text) <= MAX_HIDDEN_CHARS else text[: MAX_HIDDEN_CHARS - 1] + "…", why)
    if len(hidden) > MAX_HIDDEN_SHOWN:
        add(
            f"… and {len(hidden) - MAX_HIDDEN_SHOWN} more hidden passages", "hidden text (not read)"
        )
    return "".join(out), dropped


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
