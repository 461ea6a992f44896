"""The judge: each rule of the verdict contract, on a small sheet written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.model import ClaimResult, Fact, Sheet, Study
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text

SHEET = Sheet(
    path=None,
    study=Study(
        id="toy",
        title="Serum antibodies from patients cause pain in mice",
        authors=("Jane Roe", "John Doe"),
        journal="Journal of Pain Studies",
        institutions=("University of Northtown",),
        subjects="mice",
    ),
    terms={"IgG": ["antibodies", "antibody"], "mice": ["mouse", "rodents"]},
    facts=(
        Fact(
            "pain",
            "Female mice given IgG from 8 patients became more sensitive to pressure within "
            "two days.",
            "result",
            scope="mice",
        ),
        Fact(
            "recovery",
            "The mice recovered after a few weeks, once the antibodies were cleared.",
            "result",
            scope="mice",
        ),
        Fact(
            "cohort",
            "IgG came from 40 patients with the disease; IgG from 8 of them was tested one by one.",
            "design",
        ),
        Fact(
            "autoimmune",
            "The findings suggest that the disease may partly be autoimmune, with patients' "
            "antibodies contributing to the pain; the paper does not establish that the disease "
            "is autoimmune or that it does not involve the brain.",
            "conclusion",
            certainty="suggested",
        ),
        Fact(
            "therapy",
            "Therapies that lower IgG may be effective treatments; such therapies already exist "
            "for other disorders.",
            "conclusion",
            certainty="suggested",
        ),
        Fact(
            "journal",
            "The study was published in the Journal of Pain Studies in 2021.",
            "bibliographic",
        ),
        Fact(
            "team",
            "The research was led by Jane Roe at the University of Northtown.",
            "bibliographic",
        ),
        Fact(
            "quote-roe",
            "Jane Roe: 'This finally proves the disease lives in the immune system, and a cure "
            "will follow.'",
            "quote",
            source="investigator",
        ),
        Fact(
            "savings",
            "Treating patients earlier would save health services $750 million a year.",
            "conclusion",
        ),
        Fact(
            "exercise",
            "Patients who exercised more were associated with less pain.",
            "result",
            scope="patients",
        ),
        Fact(
            "women",
            "The disease is associated with being female: about 80% of patients are women.",
            "context",
            source="background",
        ),
    ),
)
CHECKER = Checker(SHEET)


def check(text: str) -> list[ClaimResult]:
    doc = prepare_document(document_from_text(text, "article.txt"))
    return CHECKER.check_document(doc).results


def judged(sentence: str) -> ClaimResult:
    results = check(sentence + "\n")
    assert len(results) == 1, [r.claim.text for r in results]
    return results[0]


def reasons(result: ClaimResult) -> str:
    return " | ".join(result.judgement.reasons)


def test_a_faithful_report_is_supported() -> None:
    r = judged("Mice given antibodies from eight patients became more sensitive to pressure.")
    assert (r.match.fact_id, r.verdict) == ("pain", "supported")


def test_hedged_conclusion_reported_as_fact_is_overstated() -> None:
    r = judged("The study shows that the disease is autoimmune.")
    assert (r.match.fact_id, r.verdict) == ("autoimmune", "overstated")
    assert "certainty" in reasons(r)
    hedged = judged("The findings suggest the disease may be partly autoimmune.")
    assert hedged.verdict == "supported"


def test_the_certainty_reason_names_a_cue_of_the_main_clause_only() -> None:
    r = judged("The disease is autoimmune, a great step in finding treatments.")
    assert (r.match.fact_id, r.verdict) == ("autoimmune", "overstated")
    assert "says it plainly" in reasons(r) and "finding" not in reasons(r)


def test_plain_clause_of_a_hedged_fact_is_held_to_shown() -> None:
    r = judged("Therapies like these already exist for other disorders.")
    assert (r.match.fact_id, r.verdict) == ("therapy", "supported")


def test_mouse_finding_stated_about_people_is_overstated() -> None:
    r = judged("Antibodies cause the pain of patients with the disease, the study shows.")
    assert r.verdict == "overstated"
    assert "scope" in reasons(r) or "certainty" in reasons(r)
    kept = judged("The study shows that antibodies made the mice more sensitive to pressure.")
    assert kept.verdict == "supported"


def test_each_where_the_study_tested_some_is_overstated() -> None:
    r = judged("Antibodies from each one of the 40 patients were tested one by one in mice.")
    assert r.verdict == "overstated"
    assert '"each"' in reasons(r)


def test_wrong_numbers_durations_and_units_are_misreported() -> None:
    r = judged("IgG came from 44 patients with the disease.")
    assert r.verdict == "misreported" and "40" in reasons(r) and "44" in reasons(r)
    r = judged("The mice recovered after a few days, once the antibodies were cleared.")
    assert r.verdict == "misreported" and "duration" in reasons(r)
    r = judged("The study was published in the Journal of Pain Studies in 2019.")
    assert r.verdict == "misreported" and "date" in reasons(r)


def test_wrong_direction_and_amount_are_misreported() -> None:
    r = judged("Mice given IgG from patients became less sensitive to pressure.")
    assert r.verdict == "misreported" and "direction" in reasons(r)
    r = judged("Treating patients earlier would save health services $5 billion a year.")
    assert r.verdict == "misreported" and "amount" in reasons(r)
    r = judged("Treating patients earlier would save health services $750m a year.")
    assert r.verdict == "supported"


def test_wrong_population_species_institution_journal_and_name() -> None:
    r = judged("Male mice given IgG from 8 patients became more sensitive to pressure.")
    assert r.verdict == "misreported" and "population" in reasons(r)
    r = judged("Rats given IgG from patients became more sensitive to pressure.")
    assert r.verdict == "misreported" and "rat" in reasons(r)
    r = judged("The research was led by scientists at Harvard University.")
    assert r.verdict == "misreported" and "institution" in reasons(r)
    r = judged("The study was published in the Journal of Brain Science in 2021.")
    assert r.verdict == "misreported" and "journal" in reasons(r)
    r = judged("The research was led by Professor Mary Smith at the University of Northtown.")
    assert r.verdict == "misreported" and "name" in reasons(r)


def test_attributed_quote_is_supported_even_where_it_says_more() -> None:
    r = judged('Jane Roe said: "This finally proves the disease lives in the immune system."')
    assert (r.match.fact_id, r.verdict) == ("quote-roe", "supported")
    assert "quote" in reasons(r)


def test_pull_quote_with_a_byline_line_is_attributed() -> None:
    results = check(
        "This finally proves the disease lives in the immune system.\n\n"
        "Professor Jane Roe, lead author\n"
    )
    assert results[0].match.fact_id == "quote-roe"
    assert results[0].verdict == "supported"


def test_promises_and_what_was_not_established_are_overstated() -> None:
    r = judged("The research will lead to a cure for the disease.")
    assert r.verdict == "overstated"
    r = judged("The study found the disease is in the immune system and not the brain.")
    assert r.verdict == "overstated"


def test_limitations_are_not_overstatements() -> None:
    r = judged("The paper cannot prove that the disease is autoimmune.")
    assert r.verdict != "overstated"


def test_cause_stated_for_an_association_is_overstated() -> None:
    r = judged("Exercise reduces pain in patients.")
    assert r.verdict == "overstated" and "causal" in reasons(r)


def test_background_sentences() -> None:
    for sentence in (
        "Could this change everything?",
        "By Ann Writer, Health Reporter",
        "This brings tremendous hope to everyone.",
        "Bake the bread for an hour at a high heat.",
        "I have had this disease for years, so my hopes are high.",
        "That is a huge deal!",
    ):
        r = judged(sentence)
        assert r.verdict == "background", sentence
        assert r.match.fact_id is None


def test_unsupported_finding() -> None:
    r = judged("The researchers also found that coffee improved their sleep and memory.")
    assert r.verdict == "unsupported"
    assert "sleep" in reasons(r)


@pytest.mark.parametrize("text", ["", "   ", "!!!", "a"])
def test_degenerate_claims_do_not_fail(text: str) -> None:
    verdicts = [r.verdict for r in check("Title\n\n" + text + "\n")]
    assert set(verdicts) <= {"supported", "background", "unsupported", "overstated", "misreported"}


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_every_verdict_has_a_reason(text: str) -> None:
    if not text.strip():
        return
    for r in check(text):
        assert r.judgement.reasons
        assert 0.0 <= r.match.similarity <= 1.0
        assert r.match.fact_id is None or SHEET.fact(r.match.fact_id) is not None
