"""Alignment: each claim to the fact it reports, with a similarity and the shared words."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff.align.aligner as align_mod
from claimdiff.align.aligner import Aligner, merge_spans, proposition_start
from claimdiff.model import Claim, Fact, Sheet, Study

SHEET = Sheet(
    path=None,
    study=Study(id="toy", title="A toy study", subjects="mice"),
    terms={"IgG": ["antibodies", "antibody"], "mice": ["mouse", "rodents"]},
    facts=(
        Fact("cold", "Mice given patients' IgG became more sensitive to cold.", "result"),
        Fact(
            "grip",
            "Mice given patients' IgG had reduced paw grip strength.",
            "result",
            also=("muscle weakness",),
        ),
        Fact(
            "journal",
            "The study was published in the Journal of Examples in 2021.",
            "bibliographic",
        ),
        Fact("women", "About 80% of people with the condition are women.", "context"),
    ),
)


def claims_of(*texts: str) -> list[Claim]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Claim(i, pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def test_each_claim_gets_the_fact_it_reports() -> None:
    aligner = Aligner(SHEET)
    claims = claims_of(
        "The rodents became far more sensitive to the cold.",
        "Treated animals showed muscle weakness.",
        "The findings appear in the Journal of Examples.",
        "Most sufferers are women: about 80%.",
        "Bake the bread for an hour at a high heat.",
    )
    result = aligner.align(claims)
    assert [m.fact_id for m in result.matches] == ["cold", "grip", "journal", "women", None]
    assert all(0.0 <= m.similarity <= 1.0 for m in result.matches)
    assert result.scores.shape == (5, 4)


def test_matched_words_are_lit_on_both_sides() -> None:
    aligner = Aligner(SHEET)
    text = "Antibodies made mice sensitive to cold."
    match = aligner.align(claims_of(text)).matches[0]
    lit = [text[s:e] for s, e in match.claim_spans]
    assert lit == ["Antibodies", "mice sensitive", "cold"]
    fact = SHEET.fact("cold")
    assert fact is not None
    assert [fact.text[s:e] for s, e in match.fact_spans] == ["Mice", "IgG", "sensitive", "cold"]


def test_the_reported_proposition_outweighs_its_frame() -> None:
    text = "The study, published in the Journal of Examples, shows that mice felt the cold."
    start = proposition_start(text)
    assert start is not None and text[start:].strip().startswith("mice")
    match = Aligner(SHEET).align(claims_of(text)).matches[0]
    assert match.fact_id == "cold"
    lead = "According to the lead author, Professor Jane Roe, rodents were more sensitive to cold."
    start = proposition_start(lead)
    assert start is not None and lead[start:].strip().startswith("rodents")


def test_empty_sheet_and_empty_claims() -> None:
    empty = Sheet(None, Study("e", "e"), ())
    assert Aligner(empty).align(claims_of("Anything at all.")).matches[0].fact_id is None
    assert Aligner(SHEET).align([]).matches == []
    assert Aligner(SHEET).align(claims_of("... !!! ...")).matches[0].fact_id is None


def test_large_sheets_use_the_sparse_path_with_the_same_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = claims_of("Mice became more sensitive to cold.", "Women are 80% of patients.")
    dense = Aligner(SHEET).align(claims).scores
    monkeypatch.setattr(align_mod, "DENSE_LIMIT", 0)
    sparse_aligner = Aligner(SHEET)
    assert not sparse_aligner._dense
    np.testing.assert_allclose(sparse_aligner.align(claims).scores, dense)


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (4, 6), (12, 14)]) == ((0, 9), (12, 14))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), min_size=1, max_size=4))
def test_arbitrary_text_never_fails(texts: list[str]) -> None:
    claims = claims_of(*texts)
    result = Aligner(SHEET).align(claims)
    for claim, match in zip(claims, result.matches, strict=True):
        assert 0.0 <= match.similarity <= 1.0
        for s, e in match.claim_spans:
            assert claim.start <= s < e <= claim.end
