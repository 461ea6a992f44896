"""`claimdiff.safe_text`: the one convention that keeps article text inert wherever it is shown
(reports, exports, error messages, the TUI)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.safe_text import (
    is_safe,
    json_dumps,
    markdown_code,
    markdown_inline,
    one_line,
    one_line_indexed,
    shorten,
    visible,
    visible_mapped,
)
from hostile_cases import fuzz_examples

# What must never reach a terminal raw (tab and line feed aside).
ACTIVE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\u2028\u2029\ufeff]"
)


def test_visible_convention() -> None:
    assert visible("a\x1bb") == "a␛b"
    assert visible("\x00\x07\x7f") == "␀␇␡"
    assert visible("x\x85y\u202ez\u2066") == "x⟨U+0085⟩y⟨U+202E⟩z⟨U+2066⟩"
    assert visible("keep\ttabs\nand\r\nlines") == "keep\ttabs\nand\r\nlines"
    assert visible("lone\rcr") == "lone␍cr"
    assert visible("a\nb", keep_newlines=False) == "a␊b"
    assert visible("emoji 👩‍🔬 and 中文 and e\u0301") == "emoji 👩‍🔬 and 中文 and e\u0301"
    assert visible("zero\u200bwidth \u200e\ufeff") == "zero⟨U+200B⟩width ⟨U+200E⟩⟨U+FEFF⟩"
    assert visible("\u200c\u200d\ufe0f") == "\u200c\u200d\ufe0f"  # needed by scripts, emoji
    assert one_line("  a \n\t b\x1b ") == "a b␛"
    assert one_line("a\x1fb\x85c\u2028d\r\re") == "a␟b c d e"  # separators shown, breaks folded
    assert is_safe("plain text\n") and not is_safe("\x1b[2J")


def test_markdown_inline_escapes_structure() -> None:
    assert markdown_inline("a|b *c* _d_ <b>x</b> `e` [f](g) # h & i") == (
        "a\\|b \\*c\\* \\_d\\_ \\<b\\>x\\</b\\> \\`e\\` \\[f\\]\\(g\\) \\# h \\& i"
    )
    assert markdown_inline("line\nbreak\r\n") == "line break"
    # pictures are added after escaping: ⟨U+202E⟩ is not written ⟨U\+202E⟩
    assert markdown_inline("\u202e[x]\x1b") == "⟨U+202E⟩\\[x\\]␛"


def test_markdown_code_span() -> None:
    assert markdown_code("fact-1") == "`fact-1`"
    assert markdown_code("a`b") == "``a`b``"
    assert markdown_code("`x`") == "`` `x` ``"
    assert markdown_code("evil\x1b[2J\nid") == "`evil␛[2J id`"


def test_shorten() -> None:
    assert shorten("abc", 5) == "abc"
    assert shorten("abcdefgh", 5) == "abcd…"


def test_json_dumps_escapes_what_could_act_and_round_trips() -> None:
    data = {"t": "a\x1b[2J\x9b31m\u202e\u200b\ud800 中 👩‍🔬"}
    text = json_dumps(data)
    assert not ACTIVE.search(text.replace("\n", ""))
    text.encode("utf-8")  # lone surrogates are escaped, so it always encodes
    assert json.loads(text) == data
    assert "中 👩‍🔬" in text  # the rest is kept as UTF-8


@pytest.mark.fuzz
@given(st.text())
@settings(max_examples=fuzz_examples(300))
def test_visible_is_inert_and_mapped(text: str) -> None:
    shown, to_shown = visible_mapped(text)
    assert shown == visible(text)
    # a line break stays one (CRLF included); every other control is shown
    assert not ACTIVE.search(shown.replace("\r\n", "").replace("\n", "").replace("\t", ""))
    assert to_shown(0) == 0 and to_shown(len(text)) == len(shown)
    for i, ch in enumerate(text):
        piece = shown[to_shown(i) : to_shown(i + 1)]
        assert piece == ch or piece == visible(ch) or (ch == "\r" and text[i + 1 : i + 2] == "\n")


@pytest.mark.fuzz
@given(st.text())
@settings(max_examples=fuzz_examples(300))
def test_one_line_indexed_points_back_into_the_text(text: str) -> None:
    shown, where = one_line_indexed(text)
    assert shown == one_line(text)
    assert "\n" not in shown and not ACTIVE.search(shown)
    assert len(where) == len(shown) and where == sorted(where)
    for char, at in zip(shown, where, strict=True):
        source = text[at]
        assert char == source or (char == " " and source.isspace()) or char in visible(source)


@pytest.mark.fuzz
@given(st.text())
@settings(max_examples=fuzz_examples(200))
def test_markdown_is_inert_and_on_one_line(text: str) -> None:
    for out in (markdown_inline(text), markdown_code(text)):
        assert "\n" not in out and not ACTIVE.search(out)
