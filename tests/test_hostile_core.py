"""Hostile input that once broke a core stage: kept as regression tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.align import aligner as align
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import parse_sheet
from tui_fixtures import SHEET_TOML


def test_more_distinct_claims_than_the_row_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """Aligner.align once lost the rows of its own call when one article had more distinct
    claims than ROW_CACHE (a 20 MB article ended in 'internal error'). Shown with the cache
    lowered to 8 and 20 claims, the same code path."""
    monkeypatch.setattr(align, "ROW_CACHE", 8)
    checker = Checker(parse_sheet(SHEET_TOML, "tea.toml"))
    text = " ".join(f"Rats {i} found the hidden platform {i} times faster." for i in range(20))
    doc = prepare_document(document_from_text(text, Path("many.txt")))
    result = checker.check_document(doc)
    assert len(result.results) == len(doc.claims) >= 20
    assert len(checker.aligner._rows) <= 8
