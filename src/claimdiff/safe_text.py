"""Make untrusted text (articles, sheets, file names) safe to show in a terminal or a report.

Article text is data. Shown in a terminal it must never act: no escape sequences, no cursor
movement, no reordering by bidi overrides. One convention everywhere (reports, TUI, errors):

- C0 control characters and DEL become their Unicode "control pictures": ESC -> ␛,
  NUL -> ␀, CR -> ␍, BEL -> ␇, DEL -> ␡. Tab, line feed and a CR just before a line feed
  are kept unless `keep_newlines` is false, when they are pictures too (␉, ␊, ␍).
- Everything else that is invisible and acts on the display is shown as its code point in
  angle brackets: C1 controls (U+0080-U+009F, e.g. CSI U+009B -> ⟨U+009B⟩), bidi embeddings,
  overrides and isolates (U+202A-U+202E, U+2066-U+2069 -> ⟨U+202E⟩), line and paragraph
  separators (U+2028, U+2029) and lone surrogates.

Zero-width joiners, variation selectors and other format characters that emoji and many
scripts need are left alone: they cannot move the cursor or reorder text.

`visible` changes lengths (⟨U+009B⟩ is eight characters); `visible_mapped` also returns
a function that maps offsets into the original to offsets into the shown text, for a view
that highlights spans.

Rich markup is a separate matter: never build a markup string from article text; put it in
`rich.text.Text` objects (`Text(safe)`, `Text.assemble(...)`), which are never parsed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

_C0_PICTURES = {code: chr(0x2400 + code) for code in range(0x20)}
_C0_PICTURES[0x7F] = "\u2421"  # ␡

_OTHERS = "\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_OTHERS}]")
_UNSAFE_KEEP_NEWLINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_OTHERS}]|\r(?!\n)")


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
    """`text` folded onto one line (runs of white space become one space), made visible."""
    return visible(" ".join(text.split()))


def is_safe(text: str, *, keep_newlines: bool = True) -> bool:
    """True when `text` holds nothing that `visible` would change."""
    return _pattern(keep_newlines).search(text) is None


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&$@])")


def markdown_inline(text: str) -> str:
    """`text` as literal Markdown on one line: visible, folded and every special character
    backslash-escaped, so it renders as written (no emphasis, links, HTML, table breaks)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text))
