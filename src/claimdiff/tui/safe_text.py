"""Make untrusted text inert and visible for the screen.

Article and sheet text is data. It never reaches Textual as markup (we build `Content` from
plain strings) and it never reaches the terminal as control sequences: C0/C1 control
characters, DEL, bidi overrides and invisible format characters are replaced one for one by
visible symbols (so character offsets into the text stay valid).

NOTE: a local helper until the core's `claimdiff.safe_text` lands; then consolidate.
"""

from __future__ import annotations

import re

_FORMAT = "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
_FORMAT += "\u2066\u2067\u2068\u2069\ufeff\ufff9\ufffa\ufffb"
_UNSAFE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\u2028\u2029{_FORMAT}]")
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


def _show(match: re.Match[str], keep_newlines: bool) -> str:
    char = match.group()
    code = ord(char)
    if char == "\n":
        return "\n" if keep_newlines else " "
    if char in "\t\r\u2028\u2029":
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ...
    if code == 0x7F:
        return "␡"
    return REPLACEMENT  # C1 controls, bidi overrides, zero-width and other format characters


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every unsafe character replaced by one visible character.

    Tabs (and newlines unless `keep_newlines`) become spaces; the result has the same length.
    """
    return _UNSAFE.sub(lambda m: _show(m, keep_newlines), text)


def fold(text: str) -> tuple[str, list[int]]:
    """`text` made visible with runs of white space folded to one space and ends trimmed.

    Returns the folded text and, for each of its characters, the index it came from.
    """
    shown = visible(text)
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, char in enumerate(shown):
        if char.isspace():
            space = bool(out)
            continue
        if space:
            out.append(" ")
            where.append(i - 1)
            space = False
        out.append(char)
        where.append(i)
    return "".join(out), where


def align_display(display: str, text: str) -> list[int] | None:
    """Map each character of `display` to its index in `text`, if `display` is a subsequence
    of `text` up to white space (e.g. text with Markdown markers removed); else None."""
    where: list[int] = []
    j, n = 0, len(text)
    for char in display:
        if char.isspace():
            while j < n and not text[j].isspace():
                j += 1
            if j >= n:
                return None
            where.append(j)
            while j < n and text[j].isspace():
                j += 1
            continue
        while j < n and text[j] != char:
            j += 1
        if j >= n:
            return None
        where.append(j)
        j += 1
    return where
