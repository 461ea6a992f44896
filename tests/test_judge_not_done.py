"""What the study did not measure, told as found (invented text throughout): a finding told
with a negative of its own, and a finding aligned to another fact that names a thing a fact
says was not measured."""

from __future__ import annotations

import pytest

from claimdiff.study.sheet import parse_sheet
from studies import judged_on, reasons

_ORCHARD = parse_sheet(
    """
schema = 2
[study]
id = "orchard"
title = "Wildflower strips beside apple orchards"
subjects = "apple orchards in two valleys"
[[facts]]
id = "yield"
kind = "result"
text = "Orchards with wildflower strips produced 12% more apples than orchards without them."
[[facts]]
id = "no-methane"
kind = "design"
not_done = true
text = "Methane emissions were not measured."
[[facts]]
id = "no-health"
kind = "caveat"
not_done = true
text = "Fruit sugar, acidity and other markers of fruit quality were not measured."
""",
    "orchard.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The team found the wildflower strips gave off no more methane emissions than grass.",
        "Orchards with strips showed almost no extra methane emissions, the study found.",
    ],
)
def test_a_finding_told_with_a_negative_of_its_own_is_not_a_denial(sentence: str) -> None:
    """ "No more methane than grass" is a result about methane, which was not measured."""
    r = judged_on(_ORCHARD, sentence)
    assert r.verdict == "misreported", reasons(r)
    assert "not done:" in reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "Methane emissions were not measured, the researchers found.",
        "Methane emissions from the orchards were not measured, the researchers noted.",
    ],
)
def test_saying_it_was_not_measured_stands(sentence: str) -> None:
    r = judged_on(_ORCHARD, sentence)
    assert r.verdict == "supported", reasons(r)


def test_a_finding_beside_another_fact_about_a_thing_not_measured_is_misreported() -> None:
    """Aligned to the yield result, the claim still says the study found something about fruit
    sugar, which it did not measure; every word of the thing must be there ("sugar" alone in
    "sugar beet" would not do)."""
    r = judged_on(
        _ORCHARD,
        "Orchards with wildflower strips produced 12% more apples, with higher fruit sugar too, "
        "the study found.",
    )
    assert r.verdict == "misreported", reasons(r)
    assert "not done:" in reasons(r)
    r = judged_on(
        _ORCHARD,
        "Orchards with wildflower strips produced 12% more apples than sugar beet farms nearby, "
        "the study found.",
    )
    assert "not done:" not in reasons(r), reasons(r)
