"""Make untrusted text (articles, sheets, file names) safe to show in a terminal or a report.

Article text is data. Shown in a terminal it must never act: no escape sequences, no cursor
movement, no reordering by bidi overrides, nothing hidden. One convention everywhere (the
text and Markdown reports, exports, error messages and the TUI):

- C0 control characters and DEL become their Unicode "control pictures": ESC -> ␛,
  NUL -> ␀, CR -> ␍, BEL -> ␇, DEL -> ␡. Tab, line feed and a CR just before a line feed
  are kept unless `keep_newlines` is false, when they are pictures too (␉, ␊, ␍).
- Everything else that is invisible and acts on the display is shown as its code point in
  angle brackets: C1 controls (U+0080-U+009F, e.g. CSI U+009B -> ⟨U+009B⟩), bidi embeddings,
  overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C),
  line and paragraph separators (U+2028, U+2029), zero-width and invisible characters that
  hide text (U+200B, U+2060-U+2064, U+FEFF, U+180E, U+FFF9-U+FFFB) and lone surrogates.

Zero-width joiners (U+200C, U+200D), variation selectors, combining marks, emoji and wide
characters are left alone: emoji sequences and many scripts need them, and they cannot move
the cursor or reorder text.

`visible` changes lengths (⟨U+009B⟩ is eight characters); `visible_mapped` also returns a
function that maps offsets into the original to offsets into the shown text, and
`one_line_indexed` gives, for each character shown, the offset it came from, for a view that
highlights spans of the original.

Rich markup is a separate matter: never build a markup string from article text; put it in
`rich.text.Text` or Textual `Content` objects built from plain strings (`Text(safe)`,
`Content(safe)`), which are never parsed.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_C0_PICTURES[0x7F] = "\u2421"  # ␡

_OTHERS = (
    "\x7f-\x9f"  # DEL and the C1 controls (CSI, OSC, NEL, ...)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\u200b\u2060-\u2064\ufeff\u180e\ufff9-\ufffb"  # zero-width and invisible characters
    "\ud800-\udfff"  # lone surrogates (cannot be encoded)
)
_UNSAFE = re.compile(f"[\x00-\x1f{_OTHERS}]")
_UNSAFE_KEEP_NEWLINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_OTHERS}]|\r(?!\n)")
# White space folded by `one_line`: what str.split() splits on, except the C0 separators
# U+001C-U+001F, which are shown as control pictures instead.
_SPACE_RUN = re.compile(r"[^\S\x1c-\x1f]+")


def _picture(char: str) -> str:
    code = ord(char)
    picture = _C0_PICTURES.get(code)
    return picture if picture is not None else f"\u27e8U+{code:04X}\u27e9"


def _show(match: re.Match[str]) -> str:
    return _picture(match.group())


def _pattern(keep_newlines: bool) -> re.Pattern[str]:
    return _UNSAFE_KEEP_NEWLINES if keep_newlines else _UNSAFE


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """`text` with every control character made visible and inert (see the module doc)."""
    return _pattern(keep_newlines).sub(_show, text)


def visible_mapped(text: str, *, keep_newlines: bool = True) -> tuple[str, Callable[[int], int]]:
    """`visible(text)` and a function mapping an offset in `text` to one in the result."""
    pattern = _pattern(keep_newlines)
    positions: list[int] = []
    shifts: list[int] = []
    total = 0
    for match in pattern.finditer(text):
        total += len(_picture(match.group())) - 1
        positions.append(match.start())
        shifts.append(total)
    if not positions:
        return text, lambda offset: offset

    def to_shown(offset: int) -> int:
        before = bisect.bisect_left(positions, offset)
        return offset + (shifts[before - 1] if before else 0)

    return pattern.sub(_show, text), to_shown


def one_line(text: str) -> str:
    """`text` on one line: runs of white space (line breaks included) become one space, the
    ends are trimmed, and every other control character is made visible."""
    return visible(_SPACE_RUN.sub(" ", text).strip(" "), keep_newlines=False)


def one_line_indexed(text: str) -> tuple[str, list[int]]:
    """`one_line(text)` and, for each of its characters, the offset in `text` it shows
    (every character of a picture such as ⟨U+202E⟩ points at the one it stands for)."""
    out: list[str] = []
    where: list[int] = []
    at = 0
    for match in _SPACE_RUN.finditer(text):
        _extend(text, at, match.start(), out, where)
        out.append(" ")
        where.append(match.start())
        at = match.end()
    _extend(text, at, len(text), out, where)
    start = 1 if out and out[0] == " " else 0
    end = len(out) - 1 if len(out) > start and out[-1] == " " else len(out)
    return "".join(out[start:end]), where[start:end]


def _extend(text: str, start: int, end: int, out: list[str], where: list[int]) -> None:
    """Append text[start:end], made visible, and the source offset of each shown char."""
    at = start
    for match in _UNSAFE.finditer(text, start, end):
        out.extend(text[at : match.start()])
        where.extend(range(at, match.start()))
        picture = _picture(match.group())
        out.extend(picture)
        where.extend([match.start()] * len(picture))
        at = match.end()
    out.extend(text[at:end])
    where.extend(range(at, end))


def is_safe(text: str, *, keep_newlines: bool = True) -> bool:
    """True when `text` holds nothing that `visible` would change."""
    return _pattern(keep_newlines).search(text) is None


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(limit - 1, 0)].rstrip() + "…"


_BACKTICKS = re.compile("`+")


def markdown_code(text: str) -> str:
    """`text` as a Markdown code span on one line (visible, fenced with enough backticks)."""
    shown = one_line(text)
    fence = "`" * (max((len(m) for m in _BACKTICKS.findall(shown)), default=0) + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") else ""
    return f"{fence}{pad}{shown}{pad}{fence}"


# Characters json.dumps(ensure_ascii=False) leaves raw that could act on a terminal showing
# the JSON (C1 controls, bidi controls, invisible characters, line separators) or cannot be
# encoded (lone surrogates). C0 controls JSON escapes itself.
_JSON_UNSAFE = re.compile(f"[{_OTHERS}]")


def json_inert(json_text: str) -> str:
    """JSON text with those characters written as \\uXXXX escapes: it decodes to exactly the
    same data, is inert in a terminal and always encodes as UTF-8. (They can only occur
    inside strings, so the substitution is safe on any output of json.dumps.)"""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def json_dumps(data: object, *, indent: int | None = 2) -> str:
    """`json.dumps` as claimdiff writes it: UTF-8 text, control characters escaped."""
    return json_inert(json.dumps(data, ensure_ascii=False, indent=indent))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$@])")


def markdown_inline(text: str) -> str:
    """`text` as literal Markdown on one line: visible, folded and every special character
    backslash-escaped, so it renders as written (no emphasis, links, HTML, table breaks)."""
    folded = _SPACE_RUN.sub(" ", text).strip(" ")
    return visible(_MARKDOWN_SPECIAL.sub(r"\\\1", folded), keep_newlines=False)
