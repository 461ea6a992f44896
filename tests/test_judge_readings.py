"""Readings that keep a faithful claim faithful and catch a swapped detail: names of things
that are not people, figures a fact states in another form (a rate, a rounded length, the
ends of an interval or of a list, the span a statement holds for), negations and
comparatives of adjectives, sayings that name an animal, what a design withheld, funders
joined by "and", institutions, units of concentration and ages (invented text throughout)."""

from __future__ import annotations

import pytest

from claimdiff.language.quantities import quantities_of
from claimdiff.study.sheet import parse_sheet
from studies import judged_on, reasons

_BARLEY = parse_sheet(
    """
schema = 2
[study]
id = "barley-drought"
title = "A root gene and drought survival in barley"
authors = ["Mirela Ostrander", "Kasim Thule"]
institutions = ["University of Callowfen"]
journal = "Journal of Crop Resilience"
published = 2025-03-04
subjects = "barley plants"
[[facts]]
id = "first-author"
kind = "bibliographic"
text = "Dr Mirela Ostrander, a postdoctoral researcher at the Centre for Soil and Climate \
Records, is the study's first author."
[[facts]]
id = "senior-author"
kind = "bibliographic"
text = "Professor Kasim Thule, who studies Middle English Farming at Callowfen, is the \
senior author."
[[facts]]
id = "funding"
kind = "bibliographic"
text = "The study was funded by a £2 million grant from the Soil and Crop Research Council, \
with additional support from the Tamsin Agricultural Trust."
[[facts]]
id = "where"
kind = "bibliographic"
text = "The work was done at the University of Callowfen's plant science unit."
[[facts]]
id = "nitrate"
kind = "result"
text = "Soil nitrate rose by 13 ppm, from 31 to 44 ppm, during the trial."
[[facts]]
id = "nitrate-today"
kind = "context"
text = "Farm soils today hold more than 60 ppm of nitrate."
[[facts]]
id = "soil"
kind = "design"
text = "Soil cores were checked for nematodes before sowing."
[[facts]]
id = "chamber"
kind = "design"
text = "Seedlings were grown in chambers at 21 °C, water was withheld for 10 days, and \
survival was scored after rewatering."
[[facts]]
id = "field"
kind = "design"
text = "The field trial used 16 plots under two watering regimes (drought and well-watered)."
[[facts]]
id = "priming"
kind = "design"
text = "Seeds were primed at 0.2, 0.5, 1, 2 and 5 mM of salicylic acid."
[[facts]]
id = "leaf-heat"
kind = "result"
text = "Leaf temperature rose by 3.4 °C (95% CI 2.1 to 4.6 °C) under drought."
[[facts]]
id = "nitrous"
kind = "result"
text = "Soil nitrous oxide rose by 38 parts per billion over the season."
[[facts]]
id = "dating"
kind = "design"
text = "Radiocarbon dates of the buried seed bank are accurate to plus or minus 120 years."
[[facts]]
id = "variant"
kind = "result"
text = "The dwarf variant occurred 0.7 per thousand plants in 2019 and 12.4 per thousand \
plants in 2023."
also = ["turned up almost 12 times per thousand plants by 2023"]
[[facts]]
id = "estate"
kind = "design"
text = "The trial ran on a 1,480-hectare estate and a 40-hectare research farm."
rounding = { "1,480" = 100 }
[[facts]]
id = "advice"
kind = "conclusion"
text = "The authors advise that growers sow untreated seed only in sealed trays."
[[facts]]
id = "growers"
kind = "context"
text = "Options for growers become more limited with each dry year."
""",
    "barley.toml",
)


def test_a_place_or_a_field_of_two_capitalised_words_is_no_person_with_a_role() -> None:
    """ "Climate Records" and "Middle English" name no one: the first author is still the
    first author, and no role is read from those words."""
    r = judged_on(
        _BARLEY, "First author Dr Mirela Ostrander described the moment the data came in."
    )
    assert "role" not in reasons(r), reasons(r)
    r = judged_on(
        _BARLEY, "Senior author Dr Mirela Ostrander described the moment the data came in."
    )
    assert r.verdict == "misreported" and "role" in reasons(r), reasons(r)


def test_a_figure_the_fact_states_is_the_facts_whatever_the_noun_after_it() -> None:
    r = judged_on(
        _BARLEY, "In 2019 the dwarf variant showed up 0.7 times in every thousand plants."
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_BARLEY, "In 2019 the dwarf variant showed up 7 times in every thousand plants.")
    assert r.verdict == "misreported", reasons(r)


def test_a_hyphened_length_rounded_as_the_sheet_allows_is_the_sheets() -> None:
    r = judged_on(_BARLEY, "The trial ran on a 1,500-hectare estate.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_BARLEY, "The trial ran on a 2,500-hectare estate.")
    assert r.verdict == "misreported", reasons(r)


def test_the_rounded_ends_of_the_facts_interval_in_a_range_are_its_interval() -> None:
    r = judged_on(
        _BARLEY,
        "Under drought, leaf temperature rose by 3.4C, with a plausible range of about 2C to 5C.",
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_BARLEY, "Under drought, leaf temperature rose by about 2C.")
    assert r.verdict == "misreported", reasons(r)


def test_the_span_a_statement_holds_for_is_no_figure_of_the_fact() -> None:
    for sentence in (
        "The seed-bank dates are accurate to within 120 years for the last 9,000 years.",
        "Reaching back nearly 9,000 years, the seed-bank dates are accurate to 120 years.",
    ):
        r = judged_on(_BARLEY, sentence)
        assert r.verdict != "misreported", (sentence, reasons(r))
    r = judged_on(_BARLEY, "The seed-bank dates are accurate to plus or minus 900 years.")
    assert r.verdict == "misreported", reasons(r)


def test_a_word_denied_with_a_contraction_is_its_negative() -> None:
    """ "seed that isn't treated" is the study's "untreated seed"."""
    r = judged_on(
        _BARLEY, "The authors advise growers to sow seed that isn't treated only in sealed trays."
    )
    assert "opposite" not in reasons(r), reasons(r)
    r = judged_on(_BARLEY, "The authors advise growers to sow treated seed only in sealed trays.")
    assert "opposite" in reasons(r), reasons(r)


def test_a_comparative_of_an_adjective_moves_as_the_adjective_does() -> None:
    """ "more limited" options are fewer options; "less limited" ones are not."""
    r = judged_on(_BARLEY, "With each dry year, growers have fewer options left.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_BARLEY, "Options for growers become less limited with each dry year.")
    assert r.verdict == "misreported" and "direction" in reasons(r), reasons(r)


def test_an_animal_in_a_saying_is_no_population() -> None:
    r = judged_on(
        _BARLEY,
        "This week I went down a rabbit hole with a new paper from the University of Callowfen.",
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(
        _BARLEY, "This week I read a new paper about rabbits from the University of Callowfen."
    )
    assert r.verdict == "misreported" and "rabbits" in reasons(r), reasons(r)


def test_going_without_what_a_design_withheld_is_what_it_did() -> None:
    for sentence in (
        "Half the plots went without water for the season.",
        "In the chambers, the seedlings went without water for 10 days.",
    ):
        r = judged_on(_BARLEY, sentence)
        assert "without" not in reasons(r), (sentence, reasons(r))


def test_a_range_spanning_the_facts_listed_figures_is_the_facts() -> None:
    r = judged_on(
        _BARLEY, "Seeds were primed at five concentrations, from 0.2 to 5 mM of salicylic acid."
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(
        _BARLEY, "Seeds were primed at five concentrations, from 0.2 to 50 mM of salicylic acid."
    )
    assert r.verdict == "misreported", reasons(r)


def test_funders_joined_by_and_are_read_as_the_names_they_make() -> None:
    """ "the Soil and Crop Research Council and the Tamsin Agricultural Trust" is two funders,
    both the sheet's; a third name joined the same way is not."""
    r = judged_on(
        _BARLEY,
        "The work was funded by the Soil and Crop Research Council and the Tamsin Agricultural "
        "Trust.",
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(
        _BARLEY,
        "The work was funded by the Soil and Crop Research Council and the Hadley Wheat Trust.",
    )
    assert r.verdict == "misreported" and "Hadley" in reasons(r), reasons(r)


def test_a_unit_of_concentration_in_words_is_checked_like_its_symbol() -> None:
    r = judged_on(_BARLEY, "Soil nitrous oxide rose by 38 parts per million over the season.")
    assert r.verdict == "misreported" and "parts per billion" in reasons(r), reasons(r)
    r = judged_on(_BARLEY, "Soil nitrous oxide rose by 38 ppb over the season.")
    assert r.verdict != "misreported", reasons(r)


_VELO = parse_sheet(
    """
schema = 2
[study]
id = "velo-phase1"
title = "Velotumab in advanced solid tumours: a first-in-human trial"
authors = ["Odile Brannigan", "Tomas Reyna"]
institutions = ["University of Harrowdene"]
subjects = "adults with advanced solid tumours"
[terms]
velotumab = ["the antibody"]
[[facts]]
id = "drug"
kind = "design"
text = "Velotumab is an antibody that binds the protein KRT9."
[[facts]]
id = "enrolment"
kind = "design"
text = "Thirty patients (median age 58 years, range 41-79) were enrolled at the University of \
Harrowdene."
[[facts]]
id = "cases"
kind = "result"
text = "The median age of patients with a response was 62 years."
""",
    "velo.toml",
)


def test_a_body_fluid_in_the_name_of_an_organ_is_no_substance() -> None:
    r = judged_on(
        _VELO, "Velotumab latches on to KRT9, found on some pancreatic and bile duct tumours."
    )
    assert "substance" not in reasons(r), reasons(r)


def test_an_institution_the_sheet_never_names_is_misreported_a_misspelling_is_not() -> None:
    r = judged_on(_VELO, "Researchers at the University of Harmdene enrolled thirty patients.")
    assert r.verdict == "misreported" and "institution" in reasons(r), reasons(r)
    r = judged_on(_VELO, "Researchers at the University of Harowdene enrolled thirty patients.")
    assert "institution" not in reasons(r), reasons(r)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The median age of patients with a response was 62 years.", (62.0, 62.0)),
        ("Thirty patients (median age 58 years, range 41-79) were enrolled.", (41.0, 79.0)),
    ],
)
def test_a_median_age_of_a_group_and_the_range_after_an_age_are_ages(
    text: str, age: tuple[float, float]
) -> None:
    assert age in [(q.low, q.high) for q in quantities_of(text) if q.kind == "age"]


def test_an_age_range_told_wrong_is_misreported() -> None:
    r = judged_on(_VELO, "The trial enrolled thirty patients aged between 18 and 79.")
    assert r.verdict == "misreported" and "age" in reasons(r), reasons(r)
    r = judged_on(_VELO, "The trial enrolled thirty patients aged between 41 and 79.")
    assert r.verdict != "misreported", reasons(r)


def test_a_figure_the_sheet_gives_as_an_end_of_a_range_in_its_unit_is_the_sheets() -> None:
    """ "44 parts per million" beside the context's 60 ppm: the trial's "from 31 to 44 ppm"."""
    r = judged_on(
        _BARLEY,
        "Soil nitrate was just 44 parts per million then, while farm soils today hold over 60.",
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(
        _BARLEY,
        "Soil nitrate was just 52 parts per million then, while farm soils today hold over 60.",
    )
    assert r.verdict == "misreported", reasons(r)


_COHORT = parse_sheet(
    """
schema = 2
[study]
id = "ferry-noise"
title = "Ferry noise and sleep in harbour towns: a cohort study"
subjects = "adults living near ferry terminals"
[[facts]]
id = "sleep"
kind = "result"
association = true
text = "Each extra 5 decibels of night-time ferry noise was associated with 7 fewer minutes \
of sleep."
[[facts]]
id = "onset"
kind = "result"
text = "On sailing nights, ferry noise delayed sleep onset by 12 minutes."
[[facts]]
id = "variance"
kind = "result"
association = true
text = "Noise accounted for 0.6% of the variation in sleep length."
[[facts]]
id = "ozone"
kind = "result"
association = true
text = "Ozone near the terminals rose by 12 parts per billion on sailing days."
[[facts]]
id = "no-cause"
kind = "caveat"
text = "The study cannot show that the noise causes the lost sleep."
[[facts]]
id = "pulse"
kind = "result"
association = true
text = "Resting heart rate was lower in residents of the quietest streets."
[[facts]]
id = "doses"
kind = "design"
text = "Residents wore a sleep tracker for one week in each season for two years."
[[facts]]
id = "advice"
kind = "conclusion"
certainty = "speculated"
text = "The authors recommend that ferries use quieter engines at night, which may protect \
sleep."
[[facts]]
id = "route"
kind = "design"
text = "Ferries sailed from the harbour to the outer islands."
""",
    "ferry.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        # a frequency, not everyone
        "For two years, residents wore a sleep tracker for a week every three months.",
        # "all the way" is a distance, not all of them
        "The ferries sailed all the way from the harbour to the outer islands.",
        # a proof denied is a caveat, not a proof
        "Of course, none of this proves that the noise causes the lost sleep.",
        # variance explained is a statistic, not a cause
        "The link was weak, with noise explaining less than one per cent of the variation in "
        "sleep length.",
        # a gloss of what something is, not a cause the study found
        "Ozone, a gas produced largely by traffic, rose by 12 parts per billion on sailing days.",
        # a heartbeat, not a promise to beat a disease
        "In the quietest streets, residents' hearts beat more slowly at rest.",
        "Resting heart rate was lower, by 3 beats a minute, in the quietest streets.",
        # the study's advice, told as advice
        "The authors recommend quieter engines at night, which may protect sleep.",
    ],
)
def test_words_that_only_look_like_an_overstatement_leave_a_faithful_claim_faithful(
    sentence: str,
) -> None:
    r = judged_on(_COHORT, sentence)
    assert r.verdict == "supported", (sentence, reasons(r))


@pytest.mark.parametrize(
    "sentence",
    [
        "Every resident near the terminals slept less on noisy nights.",
        "This proves that ferry noise causes lost sleep.",
        "Ferry noise causes lost sleep, the study found.",
        "Quieter engines at night will protect everyone's sleep, the authors say.",
    ],
)
def test_the_near_misses_are_still_overstated(sentence: str) -> None:
    r = judged_on(_COHORT, sentence)
    assert r.verdict == "overstated", (sentence, reasons(r))


_TRIAL = parse_sheet(
    """
schema = 2
[study]
id = "splint-trial"
title = "A night splint for wrist pain: a randomised trial"
authors = ["Ilse Varnhagen", "Colm Ashgrove"]
institutions = ["TU Marrenburg", "University of Ossington"]
subjects = "adults with wrist pain"
[[facts]]
id = "lead"
kind = "bibliographic"
text = "Dr Ilse Varnhagen, Senior Lecturer in Hand Therapy at TU Marrenburg, is the study's \
first author."
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Professor Colm Ashgrove of the University of Ossington is the senior author."
[[facts]]
id = "sites"
kind = "design"
text = "The trial was run at TU Marrenburg in Marrenburg, Germany, with the University of \
Ossington in the United Kingdom."
[[facts]]
id = "arms"
kind = "design"
text = "Patients were randomly assigned to wear a night splint or to wear no splint."
[[facts]]
id = "pain"
kind = "result"
text = "Pain scores fell by 2.1 points more with the splint than without it."
[[facts]]
id = "grip"
kind = "result"
text = "Grip strength was the same in both groups."
[[facts]]
id = "concl"
kind = "conclusion"
certainty = "suggested"
text = "The results suggest that a night splint may ease wrist pain by resting the tendons."
[[related]]
id = "sim2021"
title = "A computer simulation of splint wear and tendon load"
relation = "an earlier modelling study by the same group"
published = 2021-05-02
[[related.facts]]
id = "sim2021-load"
kind = "result"
text = "The simulation found that a night splint cut tendon load by 30%."
""",
    "splint.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        # "Senior Lecturer" and "TU Marrenburg" name no one: the first author is still hers
        "Lead author Dr Ilse Varnhagen said the splint is cheap.",
        # a country that holds the sheet's place
        "The trial was run with the University of Ossington in the UK.",
        # both arms, not a claim that nobody wore it
        "Grip strength was the same with or without the splint.",
        # the comparison group
        "Pain scores fell by 2.1 points more compared with patients without a splint.",
    ],
)
def test_people_places_and_comparisons_read_as_the_sheet_gives_them(sentence: str) -> None:
    r = judged_on(_TRIAL, sentence)
    assert r.verdict != "misreported", (sentence, reasons(r))


@pytest.mark.parametrize(
    "sentence",
    [
        "Senior author Dr Ilse Varnhagen said the splint is cheap.",
        "The trial was run with the University of Ossington in Ireland.",
    ],
)
def test_a_role_or_a_place_told_wrong_is_still_misreported(sentence: str) -> None:
    r = judged_on(_TRIAL, sentence)
    assert r.verdict == "misreported", (sentence, reasons(r))


def test_puppy_fat_is_no_puppy() -> None:
    r = judged_on(_BARLEY, "Dr Ostrander said the seedlings lose their puppy fat in a drought.")
    assert "puppy" not in reasons(r), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        # "rather than" tells what was done apart from what was not
        "Patients were randomly assigned to wear a night splint rather than a wrist brace, or "
        "no splint.",
        # "each" tells how it was done for each of them
        "Each patient was randomly assigned to wear a night splint or no splint.",
    ],
)
def test_a_contrast_or_each_in_what_was_done_is_no_wider_claim(sentence: str) -> None:
    r = judged_on(_TRIAL, sentence)
    assert r.verdict == "supported", (sentence, reasons(r))


def test_ruling_out_another_explanation_of_the_conclusion_is_overstated() -> None:
    r = judged_on(
        _TRIAL,
        "A night splint may ease wrist pain by resting the tendons rather than by warming the "
        "joint, the results suggest.",
    )
    assert r.verdict == "overstated" and "rules out" in reasons(r), reasons(r)


def test_earlier_for_a_delay_is_the_other_direction() -> None:
    r = judged_on(_COHORT, "On sailing nights, ferry noise made sleep onset earlier by 12 minutes.")
    assert r.verdict == "misreported" and "direction" in reasons(r), reasons(r)
    r = judged_on(_COHORT, "On sailing nights, ferry noise made sleep onset later by 12 minutes.")
    assert r.verdict != "misreported", reasons(r)


def test_a_finding_explained_by_a_cause_overstates_an_association() -> None:
    """ "... and that is why they sleep less": a cause given for an association."""
    for sentence in (
        "Residents near the terminals lose 7 minutes of sleep per 5 decibels, and that is why "
        "they are tired.",
        "Each extra 5 decibels of ferry noise went with 7 fewer minutes of sleep, and the "
        "engines are what caused it.",
    ):
        r = judged_on(_COHORT, sentence)
        assert r.verdict == "overstated" and "causal" in reasons(r), (sentence, reasons(r))
    r = judged_on(
        _COHORT,
        "Residents near the terminals lost 7 minutes of sleep per 5 decibels, but not because of "
        "the engines, and that is not why they are tired.",
    )
    assert "that is" not in reasons(r), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the researchers, the splint can be washed in a dishwasher.",
        "Using standard price lists, the authors estimate the splint saves £40 per patient.",
        "The authors attribute the lower pain to better sleep rather than to rest.",
        "The splint also cured insomnia in half the patients, the authors said.",
    ],
)
def test_a_finding_the_authors_are_said_to_give_that_no_fact_states_is_unsupported(
    sentence: str,
) -> None:
    r = judged_on(_TRIAL, sentence)
    assert r.verdict == "unsupported", (sentence, reasons(r))


def test_someone_elses_authors_give_no_finding_of_the_study() -> None:
    r = judged_on(_TRIAL, "According to the NHS, the splint can be washed in a dishwasher.")
    assert r.verdict == "background", reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The group's 2021 simulation work found that a night splint cut tendon load by 30%.",
        "An earlier computer-based modelling study found a night splint cut tendon load by 30%.",
    ],
)
def test_another_studys_finding_told_as_its_own_is_supported_against_it(sentence: str) -> None:
    r = judged_on(_TRIAL, sentence)
    assert r.verdict == "supported" and r.match.fact_id == "sim2021-load", (sentence, reasons(r))


def test_another_studys_finding_passed_off_as_this_ones_is_not_supported() -> None:
    r = judged_on(_TRIAL, "The trial found that a night splint cut tendon load by 30%.")
    assert r.verdict != "supported", reasons(r)
