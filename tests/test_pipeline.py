"""Checking many articles: the same results in worker processes as in one, errors per file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from claimdiff.errors import ClaimdiffError
from claimdiff.locations import bundled_articles, bundled_sheet, data_file
from claimdiff.model import ArticleResult, Claim
from claimdiff.pipeline.checker import Checker, check_many, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.results.report import to_json
from claimdiff.study.sheet import load_sheet, parse_sheet


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


TRIAL_SHEET = """
schema = 1

[study]
id = "trial-x"
title = "A randomised trial of drug X for migraine"
subjects = "adults with migraine"

[[facts]]
id = "result-fewer-days"
kind = "result"
certainty = "shown"
text = "Adults given drug X had two fewer migraine days a month than those given placebo."

[[facts]]
id = "design-size"
kind = "design"
certainty = "shown"
text = "The trial enrolled 412 adults with migraine at 20 clinics."

[[facts]]
id = "caveat-short"
kind = "caveat"
certainty = "shown"
text = "The trial lasted twelve weeks, so long-term safety is unknown."
"""


def _claim_of(text: str) -> Claim:
    doc = prepare_document(document_from_text(text + "\n", Path("story.txt")))
    return doc.claims[0]


def test_judge_pair_judges_a_claim_against_the_fact_a_reviewer_chose() -> None:
    checker = Checker(parse_sheet(TRIAL_SHEET))
    claim = _claim_of("The trial enrolled 412 adults with migraine.")
    match, judgement = checker.judge_pair(claim, "design-size")
    assert match.fact_id == "design-size" and match.similarity > 0.3
    assert judgement.verdict == "supported"
    assert match.claim_spans, "the words the claim shares with the fact are lit"

    wrong = _claim_of("The trial enrolled 4,000 adults with migraine.")
    _, judgement = checker.judge_pair(wrong, "design-size")
    assert judgement.verdict == "misreported"
    assert any("412" in r and "4,000" in r for r in judgement.reasons), judgement.reasons

    _, judgement = checker.judge_pair(claim, None)
    assert judgement.verdict in ("unsupported", "background")


def test_judge_pair_refuses_an_unknown_fact() -> None:
    checker = Checker(parse_sheet(TRIAL_SHEET))
    with pytest.raises(KeyError):
        checker.judge_pair(_claim_of("Drug X works."), "no-such-fact")


def test_a_second_article_reads_no_language_data_file_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The word lists are read once per process: reading one per claim made checking a
    # folder several times slower and no test noticed.
    sheet = load_sheet(bundled_sheet())
    checker = Checker(sheet)
    first, second = bundled_articles()[:2]
    checker.check_path(first)
    data = data_file("x").parent
    read: list[str] = []
    real_read_text, real_open = Path.read_text, Path.open

    def read_text(self: Path, *args: Any, **kwargs: Any) -> str:
        if self.parent == data:
            read.append(self.name)
        return real_read_text(self, *args, **kwargs)

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.parent == data:
            read.append(self.name)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    monkeypatch.setattr(Path, "open", open_)
    result = checker.check_path(second)
    assert result.results  # the article was judged
    assert read == []
