"""Reading quantities: counts, percentages, ratios, durations, years and doses."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.quantities import extract, parse_number


def kinds(text: str) -> list[tuple[str, float, float]]:
    return [(q.kind, round(q.low, 4), q.high) for q in extract(text)]


def test_counts_know_what_they_count() -> None:
    qs = extract("IgG from 44 people and 39 healthy controls was given to twenty mice")
    assert [(q.kind, q.low, q.noun) for q in qs] == [
        ("count", 44, "person"),
        ("count", 39, "person"),
        ("count", 20, "animal"),
    ]


def test_percent_ratio_and_ranges() -> None:
    assert kinds("about 2% to 4% of adults") == [("percent", 1.8, 4.4)]
    assert kinds("at least 1 in 40 people") == [("ratio", 0.025, math.inf)]
    assert kinds("80 per cent of patients") == [("percent", 80.0, 80.0)]


def test_durations_in_hours() -> None:
    assert kinds("within 24 to 48 hours") == [("duration", 0.0, 48.0)]
    assert kinds("after a few weeks") == [("duration", 336.0, 1008.0)]
    assert kinds("more than a week") == [("duration", 168.0, math.inf)]
    assert kinds("on 4 consecutive days") == [("duration", 96.0, 96.0)]


def test_years_dates_and_noise() -> None:
    assert kinds("published on 1 July 2021") == [("year", 2021.0, 2021.0)]
    assert kinds("doi 10.1172/JCI144201") == [("number", 10.1172, 10.1172)]
    assert kinds("one of the reasons") == []


def test_number_words() -> None:
    assert parse_number("twenty-three") == 23
    assert parse_number("two hundred") == 200
    assert parse_number("1,200") == 1200
    assert parse_number("many") is None


def test_quantities_overlap() -> None:
    few_weeks, more_than_week = extract("a few weeks"), extract("more than a week")
    assert few_weeks[0].overlaps(more_than_week[0])
    assert not extract("a few days")[0].overlaps(few_weeks[0])


@given(st.text(max_size=300))
def test_never_fails_and_spans_are_valid(text: str) -> None:
    for q in extract(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.low <= q.high
