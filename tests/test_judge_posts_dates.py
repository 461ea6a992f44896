"""Misreported details of who, when and how much: a post or a school given the wrong field, a
month given the wrong year, a publication month, a season, and changes told as a multiple or
a share that the study's own figures do not make (invented text throughout)."""

from __future__ import annotations

import pytest

from claimdiff.study.sheet import parse_sheet
from studies import judged_on, reasons

_LANTERN = parse_sheet(
    """
schema = 2
[study]
id = "lantern"
title = "Return of tagged lanternfish to a northern reef"
authors = ["Ada Quarrie", "Tobias Fenwright"]
institutions = ["University of Pellham"]
journal = "Journal of Coastal Fisheries and Marine Resource Management Studies"
published = 2024-06-12
subjects = "lanternfish tagged off the north reef"
[[facts]]
id = "lead"
kind = "bibliographic"
text = "The lead author is Dr Ada Quarrie, Senior Lecturer in Marine Ecology at Pellham \
University's School of Ocean Sciences."
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Tobias Fenwright, Professor of Fisheries Biology at the University of Pellham, is the \
senior author."
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in the Journal of Coastal Fisheries and Marine Resource \
Management Studies on 12 June 2024."
[[facts]]
id = "sampling"
kind = "design"
text = "Plankton was sampled each spring from nets towed at 20 m depth."
[[facts]]
id = "span"
kind = "design"
text = "Surveys ran from April 2019 to October 2022."
[[facts]]
id = "recapture"
kind = "result"
text = "Tagged lanternfish were first caught again in March 2021 off the north reef."
[[facts]]
id = "dives"
kind = "result"
text = "Tagged fish made 4.2 dives per night, against 1.4 in untagged fish."
[[facts]]
id = "decline"
kind = "result"
text = "The reef's adult count fell from an estimated 520 (95% CI 410-650) to 390 between 2019 \
and 2022."
[[facts]]
id = "speed"
kind = "result"
text = "Swimming speed rose from 0.31 to 0.55 body lengths per second after tagging."
[[facts]]
id = "release"
kind = "design"
text = "The fish were tagged at Marrowick Point and released off Dunhallow Sound."
""",
    "lantern.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobias Fenwright, a professor of psychology at Pellham, is the senior author.",
        "Professor of Marine Chemistry Tobias Fenwright is the senior author.",
    ],
)
def test_a_post_with_another_field_is_misreported(sentence: str) -> None:
    r = judged_on(_LANTERN, sentence)
    assert r.verdict == "misreported", reasons(r)
    assert "post: the claim says" in reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tobias Fenwright, professor of fisheries biology at Pellham, is the senior author.",
        "Professor Fenwright, a fisheries biologist, is the senior author.",
        "Tobias Fenwright, a professor of biology at Pellham, is the senior author.",
    ],
)
def test_a_post_with_its_own_field_or_none_stands(sentence: str) -> None:
    r = judged_on(_LANTERN, sentence)
    assert r.verdict == "supported", reasons(r)


def test_an_outsiders_post_is_not_checked() -> None:
    """Someone the sheet does not know, who took no part, may hold any post."""
    r = judged_on(
        _LANTERN,
        "Dr Maya Lin, a professor of psychology who was not involved in the study, said the "
        "senior author Tobias Fenwright had been careful.",
    )
    assert "post:" not in reasons(r), reasons(r)


def test_a_school_with_another_field_is_misreported() -> None:
    r = judged_on(_LANTERN, "Dr Ada Quarrie of Pellham's School of Engineering is the lead author.")
    assert r.verdict == "misreported", reasons(r)
    assert 'institution: the claim says "School of Engineering"' in reasons(r)
    for sentence in (
        "Dr Ada Quarrie of Pellham's School of Ocean Sciences is the lead author.",
        "Dr Ada Quarrie of the School of Ocean Science at Pellham is the lead author.",
    ):
        r = judged_on(_LANTERN, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_school_of_another_institution_is_not_checked() -> None:
    """A school the claim does not tie to the study's people or institutions is not the
    study's: no unit is checked against the sheet's."""
    r = judged_on(
        _LANTERN,
        "Lanternfish were first caught again in March 2021, as a School of Engineering team "
        "elsewhere had predicted.",
    )
    assert "institution:" not in reasons(r), reasons(r)


def test_a_month_given_another_year_is_misreported() -> None:
    """March 2022 where the fact has March 2021: the sheet has 2022 (October 2022), but never
    March 2022."""
    r = judged_on(_LANTERN, "Tagged lanternfish were first caught again in March 2022.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "March 2022"; the study "March 2021"' in reasons(r)
    r = judged_on(_LANTERN, "Tagged lanternfish were first caught again in March 2021.")
    assert r.verdict == "supported", reasons(r)


def test_a_publication_month_after_a_long_journal_name_is_checked() -> None:
    """April where the study was published in June: the sheet has an April (2019), so only
    the publication date tells, read past the journal's long name."""
    journal = "the Journal of Coastal Fisheries and Marine Resource Management Studies"
    r = judged_on(_LANTERN, f"The study was published in {journal} in April.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "April"' in reasons(r)
    r = judged_on(_LANTERN, f"The study was published in {journal} in June.")
    assert r.verdict == "supported", reasons(r)


def test_a_season_the_sheet_never_names_is_misreported() -> None:
    r = judged_on(_LANTERN, "Plankton was sampled every summer from nets towed at 20 m depth.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "summer"; the study "each spring"' in reasons(r)
    for sentence in (
        "Plankton was sampled every spring from nets towed at 20 m depth.",
        "Plankton was sampled in springtime from nets towed at 20 m depth.",
        # a season as a kind of thing, not a time
        "Plankton was sampled each spring by a summer school from nets towed at 20 m depth.",
    ):
        r = judged_on(_LANTERN, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_multiple_of_two_compared_figures_is_checked() -> None:
    """4.2 against 1.4 is three times: "five times as many" is misreported."""
    r = judged_on(_LANTERN, "Tagged fish made five times as many dives per night as untagged fish.")
    assert r.verdict == "misreported", reasons(r)
    assert '"4.2" against "1.4", 3.0 times' in reasons(r)
    r = judged_on(
        _LANTERN, "Tagged fish made three times as many dives per night as untagged fish."
    )
    assert r.verdict == "supported", reasons(r)


def test_halved_is_read_with_its_direction() -> None:
    """A rise from 0.31 to 0.55 was not halved; it nearly doubled."""
    r = judged_on(_LANTERN, "Swimming speed was halved after tagging.")
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "halved"' in reasons(r)
    r = judged_on(_LANTERN, "Swimming speed nearly doubled after tagging.")
    assert r.verdict == "supported", reasons(r)


def test_a_change_told_as_a_share_is_checked_against_its_ends() -> None:
    """From 520 to 390 is a fall of a quarter, not "more than half"; the interval between the
    two figures does not hide the change."""
    r = judged_on(_LANTERN, "The reef's adult count fell by more than half, from 520 to 390.")
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "by more than half"' in reasons(r)
    for sentence in (
        "The reef's adult count fell by a quarter, from 520 to 390.",
        "The reef's adult count fell by about a quarter between 2019 and 2022.",
    ):
        r = judged_on(_LANTERN, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


_STALLS = parse_sheet(
    """
schema = 2
[study]
id = "stalls"
title = "Phone savings accounts for market vendors"
subjects = "market vendors in three towns"
[[facts]]
id = "design"
kind = "design"
text = "The trial enrolled 1,840 market vendors in three towns and ran for 16 weeks."
[[facts]]
id = "saved"
kind = "result"
text = "Vendors offered the account saved 30% more than vendors in the control group."
""",
    "stalls.toml",
)


def test_the_count_that_names_the_study_is_checked_in_any_voice() -> None:
    """ "A huge new study of 18,400 vendors" is evaluative, but its count is checkable."""
    r = judged_on(_STALLS, "A huge new study of 18,400 market vendors has the answer for you.")
    assert r.verdict == "misreported", reasons(r)
    assert "18,400" in reasons(r)
    r = judged_on(_STALLS, "A huge new study of 1,840 market vendors has the answer for you.")
    assert r.verdict != "misreported", reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "A brand-new eight-month field trial has confirmed what savers always knew.",
        "The year-long study followed market vendors in three towns.",
    ],
)
def test_the_length_that_names_the_study_is_checked(sentence: str) -> None:
    """The study's length in the words that name it, with a word of what kind between
    ("eight-month field trial") or in words ("year-long"), against its 16 weeks."""
    r = judged_on(_STALLS, sentence)
    assert r.verdict == "misreported", reasons(r)
    assert "duration: the claim says" in reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "A brand-new 16-week field trial has confirmed what savers always knew.",
        "The 16-week study followed market vendors in three towns.",
    ],
)
def test_the_right_length_of_the_study_stands(sentence: str) -> None:
    r = judged_on(_STALLS, sentence)
    assert "duration:" not in reasons(r), reasons(r)


def test_a_name_written_as_another_that_starts_alike_is_misreported() -> None:
    """ "Marrowby Point" for the fact's Marrowick Point; not the fact's own name with a
    possessive, nor a name that starts otherwise."""
    r = judged_on(
        _LANTERN, "The fish were tagged at Marrowby Point and released off Dunhallow Sound."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'name: the claim says "Marrowby"; the study "Marrowick"' in reasons(r)
    for sentence in (
        "The fish were tagged at Marrowick Point and released off Dunhallow Sound.",
        "The fish were tagged at Marrowick's point and released off Dunhallow Sound.",
        "The fish were tagged at Marrowick Point and released off Dunhallow Sound, near the "
        "Dunmore lighthouse.",
    ):
        r = judged_on(_LANTERN, sentence)
        assert "name:" not in reasons(r), (sentence, reasons(r))


def test_a_relative_change_told_in_percentage_points_is_misreported() -> None:
    """Nest use fell from 62.0% to 34.1% of boxes: a relative fall of 45%, but 27.9 points."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "boxes"
title = "Nest boxes on a managed heath"
[[facts]]
id = "use"
kind = "result"
text = "Nest box use fell from 62.0% to 34.1% of boxes, a fall of about 45%."
""",
        "boxes.toml",
    )
    r = judged_on(sheet, "Nest box use fell by 45 percentage points.")
    assert r.verdict == "misreported", reasons(r)
    assert 'unit: the claim says "45 percentage points"' in reasons(r)
    for sentence in (
        "Nest box use fell by 45%.",
        "Nest box use fell by 27.9 percentage points.",
        "Nest box use fell by 28 percentage points.",
    ):
        r = judged_on(sheet, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_distance_with_its_unit_written_on_is_checked() -> None:
    """ "6.4km" for a 640-metre path: the glued unit is read like "6.4 km"."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "path"
title = "A buried causeway"
[[facts]]
id = "length"
kind = "result"
text = "The surviving causeway is 640 metres long."
""",
        "path.toml",
    )
    r = judged_on(sheet, "The surviving causeway is 6.4km long.")
    assert r.verdict == "misreported", reasons(r)
    assert 'distance: the claim says "6.4 km"' in reasons(r)
    r = judged_on(sheet, "The surviving causeway is 640m long.")
    assert r.verdict == "supported", reasons(r)


def test_a_name_misspelt_by_a_letter_is_the_same_name() -> None:
    """ "Dunhallew Sound" for Dunhallow Sound is a slip of the pen, not another place."""
    r = judged_on(
        _LANTERN, "The fish were tagged at Marrowick Point and released off Dunhallew Sound."
    )
    assert "name:" not in reasons(r), reasons(r)
