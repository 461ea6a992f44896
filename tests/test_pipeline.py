"""Checking many articles: the same results in worker processes as in one, errors per file."""

from __future__ import annotations

from pathlib import Path

from claimdiff.errors import ClaimdiffError
from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.model import ArticleResult
from claimdiff.pipeline.checker import Checker, check_many
from claimdiff.results.report import to_json
from claimdiff.study.sheet import load_sheet


def test_worker_processes_give_the_same_results(tmp_path: Path) -> None:
    sheet = load_sheet(bundled_sheet())
    missing = tmp_path / "gone.txt"
    paths = [*bundled_articles()[:2], missing, *bundled_articles()[2:3]]
    one = list(check_many(Checker(sheet), paths, workers=1))
    two = list(check_many(Checker(sheet), paths, workers=2))
    assert [p for p, _ in one] == [p for p, _ in two] == paths
    assert isinstance(one[2][1], ClaimdiffError) and isinstance(two[2][1], ClaimdiffError)
    assert one[2][1].message == two[2][1].message
    assert "gone.txt" in two[2][1].message
    ok_one = [r for _, r in one if isinstance(r, ArticleResult)]
    ok_two = [r for _, r in two if isinstance(r, ArticleResult)]
    assert to_json(sheet, ok_one) == to_json(sheet, ok_two)
