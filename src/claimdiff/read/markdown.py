"""Inline Markdown for people: the words of a span without `**`, `_`, links or HTML tags.

Block structure (headings, lists, quotes) is read by `layout`; this module only turns the
inline markup of one claim into display text and finds the markers at a span's edges.
"""

from __future__ import annotations

import html
import re

_TARGET = r"\([^)\s]{0,2000}(?:\s+\"[^\"\n]{0,200}\")?\)"  # (url) or (url "title")
_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]" + _TARGET)
_LINK = re.compile(r"\[([^\]\n]{1,500})\]" + _TARGET)
_REF_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[[^\]\n]{0,100}\]")
_ORPHAN_TARGET = re.compile(r"\]\((?:https?:|/|#|\.\.?/|www\.)[^)\s]{0,2000}\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]{1,2000})>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?/?>")
_CODE = re.compile(r"(`+)(?=\S)([^`]{1,1000}?)(?<=\S)\1")
# Emphasis: the marker character never occurs inside, so a scan stops at the next marker.
_STRONG = re.compile(
    r"\*\*(?=[^\s*])([^*]{1,1000}?)(?<=\S)\*\*|(?<!\w)__(?=[^\s_])([^_]{1,1000}?)(?<=\S)__(?!\w)"
)
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]{1,1000}?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w_])_(?=[^\s_])([^_]{1,1000}?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=[^\s~])([^~]{1,1000}?)(?<=\S)~~")
_STRAY = re.compile(
    r"\*\*|__|~~|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])|(?<![\w_])_(?=\w)|(?<=\w)_(?!\w)"
)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_HIDDEN = 0xF780  # private-use code points standing in for escaped ASCII punctuation
_UNHIDE = {_HIDDEN + c: c for c in range(128)}

_OPEN_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,200})?>")
_CLOSE_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9-]{0,30}\s*>\Z")


def plain(text: str, markup: bool = True) -> str:
    """Display text: white space folded; with `markup`, inline Markdown/HTML removed."""
    if markup and any(c in text for c in "*_[]<>`~\\&"):
        escaped = "\\" in text
        if escaped:  # hide escaped characters from the patterns below
            text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), text)
        text = _COMMENT.sub(" ", text)
        text = _IMAGE.sub("", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
        text = _ORPHAN_TARGET.sub("]", text) if "](" in text else text
        text = _AUTOLINK.sub(r"\1", text)
        text = _TAG.sub("", text)
        text = _CODE.sub(r"\2", text)
        text = _STRIKE.sub(r"\1", text)
        for _ in range(2):  # nested emphasis: ***x*** or **_x_**
            text = _STRONG.sub(lambda m: m.group(1) or m.group(2) or "", text)
            text = _EM_STAR.sub(r"\1", text)
            text = _EM_UNDER.sub(r"\1", text)
        text = _STRAY.sub("", text)
        if escaped:
            text = text.translate(_UNHIDE)
        if "&" in text:
            text = html.unescape(text)
    return " ".join(text.split())


def trim_markers(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow text[start:end] past emphasis markers and inline tags at either edge."""
    while start < end:
        ch = text[start]
        if ch.isspace() or ch in "*_~" and start + 1 < end and not text[start + 1].isspace():
            start += 1
        elif ch == "<" and (m := _OPEN_TAG.match(text, start, end)):
            start = m.end()
        else:
            break
    while end > start:
        ch = text[end - 1]
        if ch.isspace() or ch in "*_~" and end - 2 >= start and not text[end - 2].isspace():
            end -= 1
        elif ch == ">" and (m := _CLOSE_TAG.search(text, max(start, end - 40), end)):
            end = m.start()
        else:
            break
    return start, end
