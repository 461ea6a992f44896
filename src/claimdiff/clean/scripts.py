"""Writing systems: which script an article is written in, and runs of text in another one.

Spam injected into hacked pages is often in another script than the article (Arabic casino
ads between English sentences). The article's script is the one most of its letters belong
to; related scripts count as one (Japanese mixes Han and kana), and Latin is never foreign:
names, units and citations are written in it everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# Unicode blocks of the scripts web text uses (letters and their marks).
SCRIPTS: dict[str, str] = {
    "Latin": "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff\u2c60-\u2c7f"
    "\ua720-\ua7ff\uab30-\uab6f\uff21-\uff3a\uff41-\uff5a",
    "Greek": "\u0370-\u0373\u0376-\u037d\u037f-\u03ff\u1f00-\u1fff",
    "Cyrillic": "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f",
    "Armenian": "\u0531-\u0587",
    "Hebrew": "\u05b0-\u05f4\ufb1d-\ufb4f",
    "Arabic": "\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufefc",
    "Syriac": "\u0710-\u074f",
    "Thaana": "\u0780-\u07b1",
    "Devanagari": "\u0900-\u0963\u0966-\u097f",
    "Bengali": "\u0980-\u09ff",
    "Gurmukhi": "\u0a00-\u0a7f",
    "Gujarati": "\u0a80-\u0aff",
    "Oriya": "\u0b00-\u0b7f",
    "Tamil": "\u0b80-\u0bff",
    "Telugu": "\u0c00-\u0c7f",
    "Kannada": "\u0c80-\u0cff",
    "Malayalam": "\u0d00-\u0d7f",
    "Sinhala": "\u0d80-\u0dff",
    "Thai": "\u0e01-\u0e3a\u0e40-\u0e5b",
    "Lao": "\u0e80-\u0eff",
    "Tibetan": "\u0f00-\u0fff",
    "Myanmar": "\u1000-\u109f",
    "Georgian": "\u10a0-\u10ff\u2d00-\u2d2f",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff",
    "Ethiopic": "\u1200-\u139f",
    "Khmer": "\u1780-\u17ff",
    "Mongolian": "\u1800-\u18af",
    "Hiragana": "\u3041-\u309f",
    "Katakana": "\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f",
    "Bopomofo": "\u3100-\u312f\u31a0-\u31bf",
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f",
}
# Scripts written together in one language count as one writing system.
_FAMILY = {"Hiragana": "CJK", "Katakana": "CJK", "Han": "CJK", "Hangul": "CJK", "Bopomofo": "CJK"}
_NAMES = {"CJK": "Chinese/Japanese/Korean", "Han": "Chinese (Han)"}
_PATTERNS = {name: re.compile(f"[{ranges}]+") for name, ranges in SCRIPTS.items()}
# Separators allowed between the words of one foreign run (never a line break).
_SEP = "[ \\t\\u00a0\\u200c\\u200d,.;:!?\\-–—،؛؟۔。、！？「」『』（）«»\"'“”‘’()]"
_SAMPLE = 200_000


def family(script: str) -> str:
    """The writing system a script belongs to (Han, kana and Hangul are one)."""
    return _FAMILY.get(script, script)


def script_name(script: str) -> str:
    """The name used in reasons ("Arabic", "Chinese/Japanese/Korean")."""
    return _NAMES.get(script, script)


def letter_counts(text: str) -> dict[str, int]:
    """Letters per writing system, counted on samples of a long text."""
    if len(text) > 3 * _SAMPLE:
        mid = len(text) // 2
        text = text[:_SAMPLE] + text[mid : mid + _SAMPLE] + text[-_SAMPLE:]
    counts: dict[str, int] = {}
    for name, pattern in _PATTERNS.items():
        if pattern.search(text):
            n = sum(len(run) for run in pattern.findall(text))
            counts[family(name)] = counts.get(family(name), 0) + n
    return counts


def dominant_script(text: str) -> str | None:
    """The writing system most letters of `text` belong to, or None without letters."""
    counts = letter_counts(text)
    return max(counts, key=lambda k: counts[k]) if counts else None


@lru_cache(maxsize=64)
def _foreign_run(dominant: str) -> re.Pattern[str] | None:
    ranges = "".join(
        r for name, r in SCRIPTS.items() if family(name) != dominant and name != "Latin"
    )
    if not ranges:
        return None
    word = f"[{ranges}]+"
    return re.compile(f"{word}(?:{_SEP}+{word})*")


def foreign_runs(text: str, start: int, end: int, dominant: str) -> Iterator[tuple[int, int, str]]:
    """Runs of words in another writing system than `dominant`: (start, end, script)."""
    pattern = _foreign_run(dominant)
    if pattern is None:
        return
    for m in pattern.finditer(text, start, end):
        run = m.group()
        script = next((n for n, p in _PATTERNS.items() if p.match(run)), "another")
        yield m.start(), m.end(), family(script)
