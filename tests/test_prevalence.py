"""Statements of how common a condition is (language/prevalence.py), and the alignment of a
claim saying so to the sheet's fact saying so. The sentences are invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.language.prevalence import states_prevalence
from studies import STUDIES, judged_on, reasons


@pytest.mark.parametrize(
    "sentence",
    [
        "Roughly one in 150 adults on the planet has the disease.",
        "It affects more than 1% of adults over 65.",
        "Nearly three million people in Canada live with chronic hives.",
        "About 6 to 8% of the adult population have the condition.",
        "Gout is now affecting 40,000 Norwegians.",
        "The prevalence of the disorder has doubled since 1990.",
    ],
)
def test_a_share_or_count_of_a_population_with_a_condition_is_prevalence(sentence: str) -> None:
    assert states_prevalence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial enrolled 412 adults with chronic hives.",  # the study's own count
        "Two of the patients had a rash.",  # a handful, not a population
        "By the end, 3,120 of the men and 2,904 of the women had died.",
        "Around 2,000 volunteers took part in the survey.",
        "Mice given the drug had fewer tumours.",
        "This could help millions of people affected by the disease.",
    ],
)
def test_a_count_of_the_study_or_a_result_is_not_prevalence(sentence: str) -> None:
    assert not states_prevalence(sentence)


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    assert states_prevalence(text) in (True, False)


def test_a_claim_of_how_common_the_condition_is_reports_the_fact_saying_so() -> None:
    """Worded apart from the fact ("one in 150 adults ... has the disease" against "About 55
    million people live with dementia worldwide"), it still reports it; a claim counting
    the study's participants does not."""
    r = judged_on(STUDIES["cohort"], "Roughly one in 150 adults on the planet has the disease.")
    assert (r.match.fact_id, r.verdict) == ("burden", "supported"), reasons(r)
    r = judged_on(STUDIES["cohort"], "It affects more than 1% of adults over 65.")
    assert r.match.fact_id == "burden", reasons(r)
    r = judged_on(STUDIES["cohort"], "The study followed about 78,000 Danish adults for 7 years.")
    assert r.match.fact_id == "cohort", reasons(r)
