"""The judge: each rule of the verdict contract, on invented studies of four designs
(tests/studies.py: a drug trial, an observational cohort, cells in a dish, a mouse study)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.align.aligner import sheet_terms
from claimdiff.judge.attribution import attributed, speaks
from claimdiff.judge.facts import read_quantities
from claimdiff.judge.framing import presents_finding
from claimdiff.judge.verdicts import Verdicts, worst
from claimdiff.model import Claim, Judgement, Match
from claimdiff.pipeline.checker import prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import parse_sheet
from studies import STUDIES, check, judged, judged_on, reasons

_PLASMA = parse_sheet(
    """
schema = 2
[study]
id = "plasma-hamsters"
title = "Plasma from recovered donors speeds recovery in hamsters"
subjects = "hamsters"
[terms]
plasma = ["blood plasma"]
[[facts]]
id = "faster"
kind = "result"
text = "Hamsters given plasma from recovered donors cleared the virus two days sooner."
[[facts]]
id = "control"
kind = "result"
text = "Plasma from donors who had never been infected had no effect."
[[facts]]
id = "recover"
kind = "context"
source = "background"
text = "Most people who catch the virus get better within a week."
""",
    "plasma.toml",
)


# ------------------------------------------------------------------ supported


@pytest.mark.parametrize(
    ("study", "sentence", "fact"),
    [
        ("trial", "The trial enrolled 412 adults who had coughed for more than a year.", "design"),
        ("trial", "Coughs per hour fell by 31% on celvoprant and by 12% on placebo.", "frequency"),
        ("cohort", "Walking more may help lower the risk of dementia.", "conclusion"),
        ("cells", "TRX-5 killed 70% of brain tumour cells in the lab within two days.", "kill"),
        ("mice", "Mice fed AK-9 lived 12% longer.", "lifespan"),
    ],
)
def test_a_faithful_report_is_supported(study: str, sentence: str, fact: str) -> None:
    r = judged(study, sentence)
    assert (r.match.fact_id, r.verdict) == (fact, "supported"), reasons(r)


def test_the_supported_reason_says_which_certainty_was_compared() -> None:
    r = judged("trial", "Celvoprant could become a treatment option for a cough lasting years.")
    assert r.verdict == "supported"
    assert '"could" (speculated)' in reasons(r) and '"suggest"' in reasons(r)
    assert '"option"' in reasons(r)


# ------------------------------------------------------------------ certainty


def test_a_hedged_finding_stated_as_fact_names_both_words() -> None:
    r = judged("mice", "AK-9 slows ageing.")
    assert (r.match.fact_id, r.verdict) == ("ageing", "overstated")
    assert reasons(r).startswith('certainty: the claim says "slows", stated plainly (shown)')
    assert 'the study says "suggest" (suggested) in "ageing"' in reasons(r)
    r = judged("mice", "Researchers have proven that AK-9 slows ageing.")
    assert 'the claim says "proven" (shown)' in reasons(r)


def test_a_hypothetical_under_a_frame_of_proof_is_stated_as_shown() -> None:
    """ "The findings show that X would ...": the study is said to show it; "would" is no
    hedge there, as "may" is ("show that X may ...") and as it is under "suggest"."""
    r = judged("mice", "The findings show that AK-9 would slow ageing in mice.")
    assert (r.match.fact_id, r.verdict) == ("ageing", "overstated"), reasons(r)
    assert 'the claim says "show"' in reasons(r), reasons(r)
    for said in (
        "The findings show that AK-9 may slow ageing in mice.",
        "The findings suggest that AK-9 would slow ageing in mice.",
        "The findings do not show that AK-9 would slow ageing in mice.",
    ):
        r = judged("mice", said)
        assert r.verdict != "overstated" or "certainty" not in reasons(r), (said, reasons(r))


def test_a_conclusion_drawn_as_proof_is_overstated() -> None:
    r = judged("mice", "This would therefore prove that AK-9 slows ageing.")
    assert (r.match.fact_id, r.verdict) == ("ageing", "overstated")
    assert "certainty" in reasons(r)
    assert judged("mice", "The findings suggest AK-9 slows ageing in mice.").verdict == "supported"


def test_a_challenge_to_a_view_or_the_view_itself_is_not_a_finding_stated_as_fact() -> None:
    r = judged("mice", "The findings call into question the view that ageing cannot be slowed.")
    assert r.verdict == "supported", reasons(r)
    assert '"call into question the"' in reasons(r)
    r = judged("mice", "The prevailing view is that AK-9 slows ageing in mice.")
    assert r.verdict == "supported", reasons(r)
    for sentence in (
        "This is at odds with the view that ageing cannot be slowed in mice.",
        "This runs contrary to the currently held view that ageing cannot be slowed.",
    ):
        r = judged("mice", sentence)
        assert r.verdict == "supported", reasons(r)


def test_ruling_out_what_the_study_never_tested_is_overstated() -> None:
    r = judged("mice", "AK-9 slows ageing in the gut and not in the brain.")
    assert r.verdict == "overstated"
    assert 'beyond the study: the claim rules out "in the brain"' in reasons(r)
    # the study's own limits are not a claim beyond it
    r = judged("mice", "The findings suggest AK-9 slows ageing in mice, but not in people.")
    assert "rules out" not in reasons(r)


# ------------------------------------------------------------------ scope


def test_a_mouse_finding_stated_about_people_is_overstated() -> None:
    r = judged("mice", "Scientists have proved that AK-9 makes people live longer.")
    assert r.verdict == "overstated", reasons(r)
    assert "scope: the claim is about people" in reasons(r) and "mice" in reasons(r)
    kept = judged("mice", "The study shows that mice fed AK-9 lived 12% longer.")
    assert kept.verdict == "supported"


def test_a_cause_told_of_people_is_wider_even_beside_a_caveat_of_a_mouse_study() -> None:
    r = judged("mice", "Eating foods rich in AK-9 raises your chances of living to 100.")
    assert r.verdict == "overstated", reasons(r)
    assert 'scope: the claim is about people ("your"); the finding is in mice' in reasons(r)
    # the caveat itself, told of people, is what the study says
    r = judged("mice", "The dose used in the mice was far higher than people would eat.")
    assert r.verdict == "supported", reasons(r)


def test_a_scope_reason_says_why_a_disease_word_is_about_people() -> None:
    """ "symptoms", "disease" are not people: the reason says what the word stands for."""
    r = judged("mice", "AK-9 slows the diseases of ageing.")
    assert r.verdict == "overstated", reasons(r)
    assert (
        'scope: the claim is about people (it speaks of "diseases" without saying in mice); '
        "the finding is in mice" in reasons(r)
    )
    assert 'about people ("diseases")' not in reasons(r)


def test_reasons_for_readers_carry_no_similarity_figures() -> None:
    r = judged("mice", "Mice fed AK-9 lived 12% longer.")
    assert r.verdict == "supported" and "similarity" not in reasons(r), reasons(r)
    assert reasons(r).startswith('supported: reports "lifespan"')


def test_a_claim_of_several_facts_gives_each_reason_once_and_names_the_others() -> None:
    promise = "promise: the claim promises a cure the study does not offer"
    judgement = worst(
        [
            ("lifespan", Judgement("overstated", (promise,))),
            ("design", Judgement("supported", ('supported: reports "design"',))),
            ("ageing", Judgement("overstated", (promise,))),
        ]
    )
    assert judgement.verdict == "overstated"
    assert judgement.reasons == (
        f'{promise} (fact "lifespan")',
        'other fact, supported: reports "design"',
    )


_VENOM = parse_sheet(
    r'''
schema = 2
[study]
id = "venom-rats"
title = "A spider venom peptide sensitises rats to pain"
subjects = "rats"
[[facts]]
id = "design"
kind = "design"
text = """Twenty rats were given daily injections of the peptide PX-7 or of salt water for \
four weeks."""
[[facts]]
id = "heat"
kind = "result"
text = """Within two days of the first injection, rats given PX-7 became more sensitive to \
heat, pulling their tails from warm water sooner than the controls did; the effect held in \
all four experiments run over the month."""
[[facts]]
id = "touch"
kind = "result"
text = """Rats given PX-7 responded to lighter von Frey filaments, a sign of touch \
hypersensitivity, in every one of the twenty animals tested, and none of the controls."""
[[facts]]
id = "wheel"
kind = "result"
text = """Rats given PX-7 ran about a third less on their exercise wheels in the second week \
of injections, a fall that persisted until the end."""
[[facts]]
id = "dose"
kind = "caveat"
text = "The doses were far higher than any a person would meet from a spider bite."
''',
    "venom.toml",
)


def test_a_claim_listing_several_results_reports_each() -> None:
    """A sentence that lists results the sheet states one by one, in long facts, is close to
    none of them alone: it reports each it names, and is supported when each is."""
    r = judged_on(
        _VENOM,
        "The team observed that the rats quickly grew sensitive to heat and to light touch "
        "and ran less than usual.",
    )
    assert r.verdict == "supported", reasons(r)
    assert r.match.facts == ("heat", "touch", "wheel")
    assert 'reports "heat"' in reasons(r) and 'reports "touch"' in reasons(r)
    # one result named, and nothing else the sheet states: no listing
    r = judged_on(_VENOM, "The team observed that the rats quickly grew sensitive to noise.")
    assert len(r.match.facts) <= 1, r.match


_DISH = parse_sheet(
    """
schema = 1
[study]
id = "dish-compound"
title = "Compound K kills bowel cancer cells in culture"
subjects = "human bowel cancer cell lines"
[[facts]]
id = "killed"
kind = "result"
text = "In dishes, compound K killed up to 60% of cells in two human bowel cancer cell lines."
""",
    "dish.toml",
)


def test_a_cancer_named_without_its_cells_is_the_disease_in_people() -> None:
    """A study of cancer cell lines: "compound K kills bowel cancer" tells of the disease,
    wider than the cells; "killed bowel cancer cells" and "in cell lines" name the
    subjects. Naming the cancer the cells come from names no subject."""
    r = judged_on(_DISH, "Compound K kills bowel cancer, scientists find.")
    assert r.verdict == "overstated" and "scope" in reasons(r), reasons(r)
    assert 'speaks of "cancer"' in reasons(r)
    for sentence in (
        "Compound K killed up to 60% of bowel cancer cells in dishes.",
        "In two cell lines, compound K killed most of the bowel cancer.",
    ):
        r = judged_on(_DISH, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_claim_addressed_to_you_is_about_people() -> None:
    r = judged("mice", "This food compound will help you live longer.")
    assert r.verdict == "overstated"
    assert 'scope: the claim is about people ("you"); the finding is in mice' in reasons(r)


def test_scope_reasons_name_the_population_in_plain_words() -> None:
    r = judged("cells", "TRX-5 kills brain tumour cells in patients.")
    assert r.verdict == "overstated"
    assert "scope: the claim is about patients; the finding is in cells in culture" in reasons(r)
    assert "about patient;" not in reasons(r) and "about symptoms" not in reasons(r)


def test_scope_is_judged_against_the_facts_own_subjects() -> None:
    # a trial in adults, with one result in cells (schema 2 `subjects` on the fact)
    r = judged("trial", "Celvoprant calms the nerve endings that set off coughing in patients.")
    assert (r.match.fact_id, r.verdict) == ("nerves", "overstated")
    assert "the finding is in airway cells grown in the lab" in reasons(r)
    kept = judged(
        "trial",
        "In lab-grown airway cells, celvoprant calmed the nerve endings that set off coughing.",
    )
    assert kept.verdict == "supported"


def test_a_finding_in_adults_told_of_children_is_overstated() -> None:
    """The cohort was of adults aged 40 to 79: "so children who walk briskly ..." widens a
    finding that names no one; "the study did not include children" and "adults who walked
    more" do not (and "children" told where a fact says "adults" is a wrong detail)."""
    r = judged("cohort", "So children who walk at a brisk pace have a lower risk of dementia.")
    assert (r.match.fact_id, r.verdict) == ("pace", "overstated"), reasons(r)
    assert (
        'scope: the claim is about children ("children"); the study was in adults aged 40 to 79'
        in reasons(r)
    )
    r = judged(
        "cohort",
        "Adults who took about 9,800 steps a day were 51% less likely to develop dementia.",
    )
    assert r.verdict == "supported", reasons(r)
    r = judged("cohort", "The study did not include children, only adults aged 40 to 79.")
    assert "children" not in reasons(r), reasons(r)
    r = judged("cohort", "Students who walk at a brisk pace have a lower risk of dementia.")
    assert "about children" not in reasons(r), reasons(r)  # students may be grown up


def test_every_where_the_study_found_it_in_some_is_overstated() -> None:
    r = judged("mice", "Every treated mouse developed fewer tumours.")
    assert r.verdict == "overstated" and '"Every"' in reasons(r)


def test_a_finding_about_part_of_a_group_told_of_all_of_it_is_overstated() -> None:
    r = judged("mice", "The treated mice developed fewer tumours.")
    assert r.verdict == "overstated", reasons(r)
    assert 'the claim says it of "treated mice"; the study, of "Some of the treated mice"' in (
        reasons(r)
    )
    assert judged("mice", "Many treated mice developed fewer tumours.").verdict == "supported"
    # background knowledge with its limit dropped is a wrong detail
    r = judged_on(_PLASMA, "People who catch the virus get better within a week.")
    assert (r.match.fact_id, r.verdict) == ("recover", "misreported"), reasons(r)
    assert '"most people"' in reasons(r).lower()


def test_a_negated_universal_is_not_a_wider_scope() -> None:
    r = judged("mice", "This does not mean that every treated mouse developed fewer tumours.")
    assert "scope:" not in reasons(r)


# ------------------------------------------------------------------ cause and association


def test_a_cause_told_for_an_association_is_overstated() -> None:
    for sentence in (
        "Walking 9,800 steps a day lowers your risk of dementia by 51%.",
        "Brisk walking raises your protection against dementia.",
    ):
        r = judged("cohort", sentence)
        assert r.verdict == "overstated", sentence
        assert reasons(r).startswith("causal: the claim says"), reasons(r)
        assert "association" in reasons(r)


def test_a_cause_said_of_people_with_no_condition_is_still_a_cause() -> None:
    """ "with no family history" denies nothing of the claim: its cause is stated; a negator
    of the clause still denies it."""
    r = judged(
        "cohort",
        "Walking 9,800 steps a day lowers the risk of dementia in people with no symptoms.",
    )
    assert r.verdict == "overstated", reasons(r)
    assert reasons(r).startswith("causal: the claim says"), reasons(r)
    r = judged("cohort", "Walking 9,800 steps a day does not lower the risk of dementia.")
    assert not reasons(r).startswith("causal:"), reasons(r)


def test_advice_for_an_association_is_a_cause() -> None:
    r = judged("cohort", "Walk 10,000 steps a day to keep dementia away.")
    assert r.verdict == "overstated", reasons(r)
    assert reasons(r).startswith('causal: the claim says "keep dementia away", a cause')
    r = judged("cohort", "Walk briskly, about 100 steps a minute.")
    assert r.verdict == "supported", reasons(r)


def test_an_association_reported_as_one_is_supported() -> None:
    r = judged(
        "cohort",
        "Adults who took about 9,800 steps a day were 51% less likely to develop dementia.",
    )
    assert (r.match.fact_id, r.verdict) == ("dementia", "supported")
    hedged = judged("cohort", "Walking briskly may be linked to a further drop in dementia risk.")
    assert hedged.verdict == "supported", reasons(hedged)


_GUT = parse_sheet(
    """
schema = 2
[study]
id = "gut-flora-2023"
title = "Gut bacteria from patients transfer joint stiffness to rats"
subjects = "rats"
[[facts]]
id = "stiffness-cause"
kind = "conclusion"
source = "press-release"
certainty = "suggested"
text = "Stiff joints, swollen knees and slow gait in patients are a consequence of gut bacteria."
[[facts]]
id = "colonised"
kind = "design"
text = "Rats were colonised with gut bacteria from patients."
""",
    "gut.toml",
)


def test_what_a_hedged_link_ties_to_its_cause_told_without_the_cause_is_not_overstated() -> None:
    r = judged_on(_GUT, "Patients live with stiff joints, swollen knees and a slow gait.")
    assert (r.match.fact_id, r.verdict) == ("stiffness-cause", "supported"), reasons(r)
    assert '"gut bacteria", not that link' in reasons(r)
    for sentence in (
        "Stiff joints, swollen knees and slow gait in patients are caused by gut bacteria.",
        "Gut bacteria are behind the stiff joints, swollen knees and slow gait of patients.",
    ):
        r = judged_on(_GUT, sentence)
        assert (r.match.fact_id, r.verdict) == ("stiffness-cause", "overstated"), sentence


# ------------------------------------------------------------------ misreported


def test_wrong_numbers_durations_and_units_are_misreported() -> None:
    r = judged("trial", "Taste disturbance was reported by 38% of those on the drug.")
    assert r.verdict == "misreported"
    assert 'number: the claim says "38%"; the study "18%" or "3%"' in reasons(r)
    r = judged("trial", "The tablets were taken twice a day for 12 months.")
    assert r.verdict == "misreported" and "duration" in reasons(r) and '"12 weeks"' in reasons(r)
    r = judged("cells", "TRX-5 killed 70% of the tumour cells within 48 days.")
    assert r.verdict == "misreported" and "48 hours" in reasons(r)


def test_a_percentage_is_right_to_the_point_or_as_a_round_figure() -> None:
    for sentence in (
        "Coughs per hour fell by 13% on celvoprant and by 12% on placebo.",
        "Coughs per hour fell by 35% on celvoprant.",
    ):
        r = judged("trial", sentence)
        assert r.verdict == "misreported" and '"31%"' in reasons(r), (sentence, reasons(r))
    for study, sentence in (
        ("trial", "Coughs per hour fell by about 30% on celvoprant."),
        ("trial", "Coughs per hour fell by nearly a third on celvoprant."),
        ("cohort", "Adults who took about 9,800 steps a day were 50% less likely to get dementia."),
    ):
        assert judged(study, sentence).verdict == "supported", sentence


def test_a_range_is_right_only_with_the_studys_ends() -> None:
    r = judged("cohort", "The study followed adults aged 30 to 70 in Denmark for 7 years.")
    assert r.verdict == "misreported"
    assert 'age: the claim says "aged 30 to 70"; the study "aged 40 to 79"' in reasons(r)
    ok = judged("cohort", "The study followed 78,430 adults aged 40 to 79 in Denmark for 7 years.")
    assert ok.verdict == "supported"


def test_a_number_of_another_fact_beside_the_aligned_facts_is_not_a_conflict() -> None:
    r = judged(
        "trial",
        "Coughs per hour fell by 31% on celvoprant, and 18% of those on it reported a change "
        "in taste.",
    )
    assert r.verdict == "supported", reasons(r)


def test_an_aim_is_not_a_direction() -> None:
    r = judged(
        "cohort", "Campaigns to raise dementia risk awareness now promote walking at a brisk pace."
    )
    assert (r.match.fact_id, r.verdict) == ("pace", "supported"), reasons(r)


def test_a_number_of_the_same_thing_is_compared() -> None:
    r = judged("cohort", "Adults who took 12,000 steps a day were 51% less likely to get dementia.")
    assert r.verdict == "misreported"
    assert '"12,000 steps"' in reasons(r) and '"about 9,800 steps"' in reasons(r)


def test_rates_and_another_facts_number_of_the_same_thing_are_not_conflicts() -> None:
    for sentence in (
        # "100 steps" is the brisk pace's number; "a minute" is a rate, not how long
        "Adults who walked briskly, at 100 steps a minute, were 51% less likely to develop "
        "dementia.",
        "Adults who took about 9,800 steps a day, 6 or more days a week, were 51% less likely "
        "to develop dementia.",
    ):
        r = judged("cohort", sentence)
        assert r.verdict == "supported", reasons(r)


def test_numbers_rounded_as_the_sheet_allows_are_right() -> None:
    for sentence in (
        "The study followed 78,000 adults for seven years.",
        "The study followed about 78,000 Danish adults for seven years.",
        "Adults who took 10,000 steps a day were 51% less likely to develop dementia.",
    ):
        assert judged("cohort", sentence).verdict == "supported", sentence
    r = judged("cohort", "The study followed 75,000 adults for seven years.")
    assert r.verdict == "misreported"


def test_a_one_word_denial_is_checked_with_what_it_is_said_of() -> None:
    # "were not harmed" is said of the healthy neurons grown the same way
    r = judged("cells", "Healthy neurons grown the same way were harmed by TRX-5.")
    assert r.verdict == "misreported" and '"were not harmed"' in reasons(r)


def test_a_paraphrase_of_much_of_a_fact_is_not_an_unstated_finding() -> None:
    r = judged(
        "cells", "The researchers found that TRX-5 shut down an enzyme tumour cells rely on."
    )
    assert r.verdict != "unsupported", reasons(r)


def test_a_wrong_count_of_participants_is_misreported_whatever_fact_it_aligns_to() -> None:
    r = judged("trial", "The trial followed 2,000 volunteers for 12 weeks.")
    assert r.verdict == "misreported"
    assert '"2,000"' in reasons(r) and '"412"' in reasons(r)


_GRAPE_TEXT = """
schema = 2
[study]
id = "vinoxol-2019"
title = "The grape-skin compound vinoxol extends lifespan in obese mice"
journal = "Cell Metabolism Letters"
published = 2019-04-02
institutions = ["University of Northfield"]
subjects = "mice"
[terms]
vinoxol = ["the compound", "the grape compound"]
[[facts]]
id = "design"
kind = "design"
text = "The researchers fed 240 mice a high-fat diet, half of them with vinoxol added."
[[facts]]
id = "lifespan"
kind = "result"
text = "Obese mice given vinoxol lived on average 15% longer than obese mice without it."
[[facts]]
id = "wine"
kind = "context"
source = "background"
text = "Red wine contains only tiny amounts of vinoxol."
[[facts]]
id = "lean"
kind = "result"
text = "In lean mice on a normal diet, vinoxol did not extend lifespan."
[[facts]]
id = "weight"
kind = "result"
text = "The mice given vinoxol did not lose weight."
"""
_GRAPE = parse_sheet(_GRAPE_TEXT, "grape.toml")


def test_details_of_the_study_are_checked_where_a_claim_reports_no_fact() -> None:
    r = judged_on(_GRAPE, "The study, published in Science in 2008, followed 2,000 volunteers.")
    assert (r.match.fact_id, r.verdict) == (None, "misreported"), reasons(r)
    for part in (
        'journal: the claim says "Science"; the study appeared in Cell Metabolism Letters',
        'date: the claim says "2008"; the study was published in 2019',
        'population: the claim counts "2,000 volunteers"; the study was in mice',
    ):
        assert part in reasons(r)
    r = judged_on(_GRAPE, "The work was published in Cell Metabolism Letters in 2019.")
    assert r.verdict != "misreported", reasons(r)


def test_the_year_of_publication_is_checked_where_the_fact_gives_none() -> None:
    """A wrong year ("published in 2008") is wrong even where the claim reports closely a fact
    that tells where the study appeared but not when (a release's "published today in X")."""
    sheet = parse_sheet(
        _GRAPE_TEXT.replace(
            "The researchers fed 240 mice",
            "The study, published today in Cell Metabolism Letters, fed 240 mice",
        ),
        "grape.toml",
    )
    r = judged_on(sheet, "The study, published in Cell Metabolism Letters in 2008, fed 240 mice.")
    assert (r.match.fact_id, r.verdict) == ("design", "misreported"), reasons(r)
    assert 'date: the claim says "2008"; the study was published in 2019' in reasons(r)
    r = judged_on(sheet, "The study, published in Cell Metabolism Letters in 2019, fed 240 mice.")
    assert r.verdict == "supported", reasons(r)


def test_the_date_of_publication_beside_the_doi_is_checked() -> None:
    """A source line gives the journal, the day it was published and the DOI: the line reports
    the DOI fact, which dates nothing, and a wrong day is still wrong."""
    sheet = parse_sheet(
        _GRAPE_TEXT
        + """
[[facts]]
id = "doi"
kind = "bibliographic"
text = "The paper's DOI is 10.5555/cml.2019.0402."
""",
        "grape.toml",
    )
    line = "Source: Cell Metabolism Letters, published online {}. doi:10.5555/cml.2019.0402."
    r = judged_on(sheet, line.format("2 March 2019"))
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "2 March 2019"; the study was published on 2 April 2019' in reasons(r)
    r = judged_on(sheet, line.format("2 April 2019"))
    assert r.verdict == "supported", reasons(r)


def test_people_who_gave_the_material_of_an_animal_study_are_no_wrong_population() -> None:
    """A mouse study can use material from people: "blood drawn from 40 donors" counts who
    gave it, not a population the study was done in."""
    for sentence in (
        "Blood drawn from 40 volunteers was given to the mice.",
        "The vinoxol was purified from grapes donated by 12 people.",
    ):
        r = judged_on(_GRAPE, sentence)
        assert "population:" not in reasons(r), sentence
    r = judged_on(_GRAPE, "The researchers followed 40 volunteers who took vinoxol.")
    assert 'population: the claim counts "40 volunteers"; the study was in mice' in reasons(r)


def test_success_claimed_where_the_treatment_failed_is_misreported() -> None:
    for sentence in (
        "The compound worked in lean mice too.",
        "The compound also helped lean mice on a normal diet.",
    ):
        r = judged_on(_GRAPE, sentence)
        assert r.verdict == "misreported", reasons(r)
        assert '"did not extend lifespan"' in reasons(r)
    for sentence in (
        "In lean mice, vinoxol did not work.",
        "Vinoxol helped obese mice live longer.",
        # a denial of a harm: "it helped" them keep their weight is what the study says
        "Vinoxol helped the mice keep their weight.",
    ):
        r = judged_on(_GRAPE, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_half_of_a_group_is_not_an_effect_of_fifty_percent() -> None:
    r = judged_on(_GRAPE, "Mice fed vinoxol lived 50% longer than other mice.")
    assert r.verdict == "misreported" and '"15%"' in reasons(r), reasons(r)


def test_a_count_of_the_donors_of_the_studys_material_is_checked() -> None:
    r = judged("cells", "The cells came from 60 patients.")
    assert r.verdict == "misreported" and '"6"' in reasons(r) and '"60"' in reasons(r), reasons(r)
    assert judged("cells", "The cells came from 6 patients.").verdict != "misreported"


def test_the_age_group_of_the_people_counted_is_checked_against_the_studys_subjects() -> None:
    r = judged("trial", "The trial enrolled 412 children with a long-lasting cough.")
    assert r.verdict == "misreported", reasons(r)
    assert 'population: the claim counts "children"; the study\'s subjects are "adults' in (
        reasons(r)
    )


def test_an_account_of_the_method_is_not_a_conclusion_stated_more_strongly() -> None:
    # whichever hedged conclusion it shares words with
    r = judged("trial", "The trial enrolled 412 adults with a long-lasting cough.")
    assert r.verdict == "supported", reasons(r)
    assert "certainty" not in reasons(r)
    assert judged("trial", "Celvoprant is a treatment option for long-lasting cough.").verdict == (
        "overstated"
    )


def test_a_wrong_journal_and_year_are_misreported() -> None:
    r = judged("trial", "The study was published in Science in 2008.")
    assert r.verdict == "misreported"
    assert "journal" in reasons(r) and "date" in reasons(r)
    ok = judged("trial", "The study was published in the Journal of Respiratory Trials in 2024.")
    assert ok.verdict == "supported"


def test_the_direction_of_a_result_the_other_way_round_is_misreported() -> None:
    r = judged("mice", "All the animals lost weight.")
    assert r.verdict == "misreported", reasons(r)
    assert 'direction: the claim says "lost weight"; the study "did not lose weight"' in reasons(r)
    r = judged("cohort", "Walking at a brisk pace was linked to a rise in dementia risk.")
    assert r.verdict == "misreported" and "direction" in reasons(r)


_TRACER = parse_sheet(
    """
schema = 2
[study]
id = "tracer"
title = "A tracer dye given by mouth reaches the liver of rats"
subjects = "rats"
[[facts]]
id = "reach"
kind = "result"
text = "In rats the dye reached the liver and the kidneys, but no dye was found in the brain."
[[facts]]
id = "heart"
kind = "caveat"
text = "The study of the dye did not measure effects on the heart."
[[facts]]
id = "scans"
kind = "conclusion"
certainty = "suggested"
text = "The findings suggest that the dye may help doctors see liver tumours on scans."
""",
    "tracer.toml",
)


def test_a_place_the_study_says_it_was_not_is_misreported() -> None:
    for sentence in ("In rats the dye reached the brain.", "The dye reached the brain and liver."):
        r = judged_on(_TRACER, sentence)
        assert r.verdict == "misreported", reasons(r)
        assert 'body part: the claim says "brain"; the study "no dye was found in the brain"' in (
            reasons(r)
        )
    for sentence in (
        "The dye reached the liver and the kidneys.",
        "The dye did not reach the brain.",
    ):
        assert judged_on(_TRACER, sentence).verdict == "supported", sentence
    # what the study did not measure is not a place it found nothing
    r = judged_on(_TRACER, "The dye may have effects on the heart.")
    assert "body part" not in reasons(r), reasons(r)


def test_a_place_named_only_in_what_the_study_did_not_establish_was_not_ruled_out() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tracer-lungs"
title = "A tracer dye given by mouth shows liver tumours in rats"
subjects = "rats"
[[facts]]
id = "scans"
kind = "conclusion"
certainty = "suggested"
text = "The dye may show liver tumours; it is not established that it does not reach the lungs."
""",
        "tracer-lungs.toml",
    )
    r = judged_on(sheet, "The dye may show tumours in the liver and the lungs.")
    assert r.match.fact_id == "scans" and "body part" not in reasons(r), reasons(r)


def test_an_evaluative_word_describing_the_subject_of_a_hedged_claim_is_not_background() -> None:
    for sentence in (
        "Mysterious dye may light up tumours for doctors.",
        "Stunning dye could show doctors where tumours hide.",
    ):
        r = judged_on(_TRACER, sentence)
        assert (r.match.fact_id, r.verdict) == ("scans", "supported"), reasons(r)
    r = judged_on(_TRACER, "The dye is amazing.")
    assert r.verdict == "background" and "evaluative" in reasons(r)


@pytest.mark.parametrize(
    ("study", "sentence", "said", "study_word"),
    [
        (
            "trial",
            "Adults in the trial took celvoprant as an injection twice a day for 12 weeks.",
            '"injection"',
            '"tablets"',
        ),
        (
            "cohort",
            "The study followed 78,430 British adults for seven years.",
            '"British"',
            '"Danish"',
        ),
        (
            "mice",
            "The mice were injected with AK-9 from middle age.",
            '"injected"',
            '"in their food"',
        ),
    ],
)
def test_a_swapped_detail_names_both_words(
    study: str, sentence: str, said: str, study_word: str
) -> None:
    r = judged(study, sentence)
    assert r.verdict == "misreported", reasons(r)
    assert f"the claim says {said}; the study {study_word}" in reasons(r)


def test_given_by_mouth_fits_given_in_food() -> None:
    r = judged("mice", "The mice were given AK-9 orally from middle age.")
    assert r.verdict == "supported", reasons(r)


def test_a_detail_another_fact_names_is_still_a_swap_for_this_one() -> None:
    # "neurons" is the spared cells' detail: reporting them as killed swaps the cells
    r = judged("cells", "TRX-5 killed 70% of the neurons within 48 hours.")
    assert (r.match.fact_id, r.verdict) == ("kill", "misreported")
    assert 'cell type: the claim says "neurons"; the study "tumour cells"' in reasons(r)


def test_groups_set_side_by_side_are_not_a_swap() -> None:
    r = judged(
        "cohort",
        "Unlike teenagers, adults aged 40 to 79 who took about 9,800 steps a day were 51% less "
        "likely to develop dementia.",
    )
    assert r.verdict == "supported", reasons(r)


def test_a_role_swapped_for_another_is_misreported() -> None:
    r = judged("trial", "Lead author Peter Lindqvist said the results were encouraging.")
    assert r.verdict == "misreported"
    assert 'role: the claim calls Lindqvist "first author"; the study, "senior author"' in (
        reasons(r)
    )
    assert judged("trial", "Senior author Peter Lindqvist runs a cough clinic.").verdict == (
        "supported"
    )
    # in a quote's attribution too, whatever fact the words report
    r = judged(
        "trial", '"We were surprised by how well it worked," said lead author Peter Lindqvist.'
    )
    assert r.verdict == "misreported" and "role" in reasons(r)


def test_a_role_only_one_person_holds_given_to_another_is_misreported() -> None:
    """The sheet names the first author; an author it gives no role is not the lead author."""
    r = judged("trial", "The lead author, Tomas Berg, said the results were encouraging.")
    assert r.verdict == "misreported", reasons(r)
    assert 'role: the claim calls Berg "first author"; the study\'s first author is Okonjo' in (
        reasons(r)
    )
    assert judged("trial", "Co-author Tomas Berg said the results were encouraging.").verdict != (
        "misreported"
    )


_ROLES = parse_sheet(
    """
schema = 2
[study]
id = "soil-worms"
title = "Earthworms and crop yield in an invented field trial"
authors = ["Eli Brandt", "Mira Sol", "Noor Kaya"]
[[facts]]
id = "lead"
kind = "bibliographic"
text = "Dr Eli Brandt, a research fellow at Ravenhill University, is the study's first author."
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Professor Noor Kaya, professor of soil science at Ravenhill, is the study's senior author."
[[facts]]
id = "sol"
kind = "bibliographic"
text = "Dr Mira Sol, an agronomist at the Ravenhill Field Station, is a co-author of the study."
[[facts]]
id = "yield"
kind = "result"
text = "Plots with added earthworms gave 12% more wheat than plots without."
""",
    "soil-worms.toml",
)


def test_a_role_the_sheet_gives_after_the_studys_copula_is_checked() -> None:
    """The sheet names roles as release notes do ("X, professor at Y, is the study's senior
    author"); the senior author called the lead author is misreported, and a co-author said to
    have led the work is too (leading is a first or senior author's part)."""
    r = judged_on(
        _ROLES, "The study's lead author, Professor Noor Kaya, called the result striking."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'role: the claim calls Kaya "first author"; the study, "senior author"' in reasons(r)
    for text in (
        "Dr Mira Sol, who led the research, said farmers should take note.",
        "The work was led by Dr Mira Sol of the Ravenhill Field Station.",
    ):
        r = judged_on(_ROLES, text)
        assert r.verdict == "misreported", (text, reasons(r))
        assert "role: the claim says Sol led the work; the study, 'co-author'" in reasons(r)
    for text in (
        "The work was led by Professor Noor Kaya of Ravenhill University.",  # a senior author
        "Dr Mira Sol co-led the study with Professor Kaya.",
        "Dr Mira Sol led the analysis of the wheat samples.",  # a part, not the work
        "Senior author Professor Noor Kaya called the result striking.",
    ):
        assert judged_on(_ROLES, text).verdict == "supported", text


_FUNDED = parse_sheet(
    """
schema = 2
[study]
id = "reef-sound"
title = "Reef sounds and fish settlement in an invented experiment"
[[facts]]
id = "funding"
kind = "bibliographic"
text = "The study was funded by the Calder Ocean Trust and the Marrow Coastal Research Centre."
also = ["funded by a Welsh marine charity"]
[[facts]]
id = "fish"
kind = "result"
text = "Patches of dead reef played healthy-reef sounds drew twice as many young fish."
""",
    "reef-sound.toml",
)


def test_each_funder_a_claim_names_is_checked_and_funding_that_came_from_someone() -> None:
    """Two funders named together are two names: one the sheet lacks is misreported even
    beside one it has, and a shared word ("Research") does not make them the same. "Funding
    came from X" names a funder as "funded by X" does; a name with "and" inside it ("the
    Foundation for Science and Technology") is one name."""
    r = judged_on(
        _FUNDED, "The work was funded by the Calder Ocean Trust and Ocean Research Scotland."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'funder: the claim says "Ocean Research Scotland"' in reasons(r)
    r = judged_on(_FUNDED, "The main funding came from the Blue Planet Foundation.")
    assert r.verdict == "misreported", reasons(r)
    for text in (
        "The work was funded by the Calder Ocean Trust and the Marrow Coastal Research Centre.",
        "Funding came from the Calder Trust.",
        "It was funded by the Calder Ocean Trust and Marrow.",
        "It was funded by a Welsh marine charity.",
    ):
        assert judged_on(_FUNDED, text).verdict == "supported", (
            text,
            reasons(judged_on(_FUNDED, text)),
        )


_LED = parse_sheet(
    """
schema = 2
[study]
id = "kelp-heat"
title = "Kelp forests shrink in marine heatwaves"
authors = ["Ana Rojas", "Liam Hart"]
institutions = ["Universidad de Talca", "University of Tasmania"]
[[facts]]
id = "team"
kind = "bibliographic"
text = "The work was led by the Universidad de Talca, with the University of Tasmania."
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Ana Rojas is the first author; Liam Hart is the senior and corresponding author."
[[facts]]
id = "loss"
kind = "result"
text = "Kelp cover fell by 40% along the coast after each marine heatwave."
""",
    "kelp-heat.toml",
)


_LED_AT = parse_sheet(
    '''
schema = 2
[study]
id = "kelp-heat"
title = "Kelp forests shrink in marine heatwaves"
authors = ["Ana Rojas", "Liam Hart"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = """Ana Rojas is the first author; Liam Hart, a marine ecologist at the Institute for \
Marine and Antarctic Studies, University of Tasmania, is the senior author."""
[[facts]]
id = "loss"
kind = "result"
text = "Kelp cover fell by 40% along the coast after each marine heatwave."
''',
    "kelp-at.toml",
)


def test_a_partner_said_to_have_led_the_work_is_misreported() -> None:
    r = judged_on(_LED, "The study was led by researchers at the University of Tasmania.")
    assert r.verdict == "misreported", reasons(r)
    assert 'led by "University of Tasmania"; the study was led by "Universidad de Talca"' in (
        reasons(r)
    )
    # the work said to have been done there, not only led
    for sentence in (
        "The research was carried out by scientists at the University of Tasmania.",
        "The survey was conducted by a team at the University of Tasmania.",
    ):
        r = judged_on(_LED, sentence)
        assert r.verdict == "misreported" and "lead institution" in reasons(r), reasons(r)
    for sentence in (
        "The study was led by the Universidad de Talca, with the University of Tasmania.",
        "Researchers at the University of Tasmania took part in the study.",
        "The work was carried out by researchers at the Universidad de Talca and the University "
        "of Tasmania.",
    ):
        assert judged_on(_LED, sentence).verdict != "misreported", sentence


def test_a_person_placed_at_another_institution_is_misreported() -> None:
    """The sheet says where a person works ("Liam Hart, a marine ecologist at the Institute
    for Marine and Antarctic Studies, University of Tasmania"): a claim placing them at an
    institution that shares no name with it is misreported; another name for the same
    place is not."""
    sheet = _LED_AT
    r = judged_on(
        sheet, "Professor Liam Hart of the University of Melbourne said kelp is in trouble."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'affiliation: the claim places Hart at "University of Melbourne"' in reasons(r)
    for sentence in (
        "Professor Liam Hart, from the University of Tasmania, said kelp is in trouble.",
        "Liam Hart, a marine ecologist in Hobart, said kelp is in trouble.",
    ):
        assert "affiliation" not in reasons(judged_on(sheet, sentence)), sentence


def test_a_corresponding_author_is_one_person() -> None:
    r = judged_on(_LED, "Corresponding author Ana Rojas said the kelp may not recover.")
    assert "the study's corresponding author is Hart" in reasons(r), reasons(r)
    r = judged_on(_LED, "Corresponding author Liam Hart said the kelp may not recover.")
    assert "role" not in reasons(r), reasons(r)


def test_wrong_species_institution_and_name_are_misreported() -> None:
    r = judged("mice", "The study used 120 rats.")
    assert r.verdict == "misreported"
    assert 'population: the claim says "rats"; the study used mice' in reasons(r)
    r = judged("cells", "TRX-5 killed 70% of the tumour cells in mice.")
    assert r.verdict == "misreported" and "cells in culture" in reasons(r)
    r = judged("trial", "The trial was run by researchers at Oxford University.")
    assert r.verdict == "misreported" and "institution" in reasons(r)
    r = judged("trial", "The trial was run by Professor Mary Smith at Harlow General Hospital.")
    assert r.verdict == "misreported" and "name" in reasons(r)


def test_an_institution_named_in_another_word_order_is_the_same_one() -> None:
    """ "Eastbrook University" is the sheet's "University of Eastbrook"; a university that
    adds a name of its own ("Eastbrook Hill University") is another one."""
    for sentence in (
        "Professor Ruth Mensah, from Eastbrook University, said the results were clear.",
        "The trial was run by researchers at Eastbrook Uni.",
    ):
        assert "institution" not in reasons(judged("trial", sentence)), sentence
    r = judged("trial", "The trial was run by researchers at Eastbrook Hill University.")
    assert r.verdict == "misreported" and "institution" in reasons(r), reasons(r)


def test_a_sheet_without_its_author_list_cannot_call_a_name_wrong() -> None:
    """Without the study's authors (a sheet drafted from a press release names only the
    investigators it quotes), an unknown name is not a wrong one."""
    trial = STUDIES["trial"]
    sheet = replace(trial, study=replace(trial.study, authors=()))
    sentence = "The trial was run by Professor Mary Smith at Harlow General Hospital."
    assert "name" in reasons(judged("trial", sentence))  # with the author list: misreported
    assert "name:" not in reasons(judged_on(sheet, sentence)), reasons(judged_on(sheet, sentence))


def test_saying_the_study_did_what_it_did_not_is_misreported() -> None:
    r = judged("trial", "The drug also worked well in children.")
    assert (r.match.fact_id, r.verdict) == ("children", "misreported")
    assert "not done" in reasons(r) and "The drug was not tested in children" in reasons(r)
    r = judged("mice", "AK-9 was tested in people.")
    assert r.verdict == "misreported"
    # the study's own limitation, reported as one, is supported
    assert judged("mice", "AK-9 has not yet been tested in people.").verdict == "supported"
    # stated about people without saying the study did it: a wider scope
    r = judged("mice", "AK-9 extends life in humans.")
    assert r.verdict == "overstated" and "scope" in reasons(r)


def test_a_count_of_a_whole_population_is_not_the_number_studied() -> None:
    # the design counts 412 adults; these count everyone with the complaint
    for sentence in (
        "Around three million adults in Britain live with a cough that lasts for years.",
        "An estimated 5 million people worldwide have a cough that lasts for years.",
        "Around two million adults in the UK suffer from a cough that was treated with tablets "
        "twice a day.",
    ):
        r = judged("trial", sentence)
        assert r.verdict != "misreported", reasons(r)
    r = judged("trial", "About 600 adults in the trial took celvoprant.")
    assert r.verdict == "misreported" and "412" in reasons(r)


def test_a_number_that_is_part_of_a_name_is_not_a_quantity() -> None:
    assert read_quantities("The Top-Ten list and the Phase-3 trial, a Top 10 story.") == ()
    r = judged(
        "cohort",
        "Adults who took about 9,800 steps a day, a Top-Ten steps habit, were less likely to "
        "develop dementia.",
    )
    assert r.verdict == "supported", reasons(r)


_HEAT = parse_sheet(
    """
schema = 2
[study]
id = "toxin-rats"
title = "A snake toxin makes rats more sensitive to heat"
subjects = "rats"
[[facts]]
id = "heat"
kind = "result"
text = "Rats given the toxin became more sensitive to heat."
""",
    "heat.toml",
)


def test_the_level_of_a_stimulus_is_not_the_direction_of_the_effect() -> None:
    # a lower threshold is a greater sensitivity: "at lower temperatures" is the stimulus
    for sentence in (
        "Rats given the toxin pulled their tails away from heat at lower levels than other rats.",
        "Rats given the toxin reacted to heat at lower temperatures than normal.",
    ):
        r = judged_on(_HEAT, sentence)
        assert r.verdict == "supported", reasons(r)
    r = judged_on(_HEAT, "Rats given the toxin became less sensitive to heat.")
    assert r.verdict == "misreported", reasons(r)
    assert '"less sensitive"' in reasons(r) and '"more sensitive"' in reasons(r)
    # "at lower risk" is the effect itself
    r = judged("cohort", "Walking at a brisk pace put adults at higher risk of dementia.")
    assert r.verdict == "misreported" and "direction" in reasons(r), reasons(r)


# ------------------------------------------------------------------ voices


def test_researchers_telling_what_they_did_are_not_the_writers_voice() -> None:
    for sentence in (
        "We recruited our volunteers in Denmark and tracked them for years.",
        "In our work we asked adults in Denmark to wear a counter.",
    ):
        r = judged("cohort", sentence)
        assert (r.match.fact_id, r.verdict) == ("cohort", "supported"), reasons(r)
    r = judged("cohort", "We all know that walking is good for us.")
    assert r.verdict == "background"


def test_a_time_unit_after_each_is_not_a_wider_scope() -> None:
    r = judged("trial", "We asked them to count their coughs each hour.")
    assert r.verdict == "supported" and "scope:" not in reasons(r), reasons(r)


# ------------------------------------------------------------------ unsupported


@pytest.mark.parametrize(
    ("study", "sentence"),
    [
        ("mice", "In the mice, AK-9 also improved memory."),
        ("cells", "In the dishes, TRX-5 also made the tumour cells release a toxic protein."),
        ("trial", "The researchers also found that the drug improved sleep and lowered pulse."),
        ("trial", "In the trial, the drug helped people lose weight."),
    ],
)
def test_a_finding_no_fact_states_is_unsupported(study: str, sentence: str) -> None:
    r = judged(study, sentence)
    assert r.verdict == "unsupported", reasons(r)
    assert r.match.fact_id is None
    assert "no fact of the sheet" in reasons(r)


@pytest.mark.parametrize(
    ("study", "sentence"),
    [
        ("mice", "Earlier studies have shown that a diet rich in fibre protects the heart."),
        ("trial", "Previous research has found that cough reflexes weaken with age in smokers."),
        ("cells", "Other studies have shown that glioma cells divide faster in low oxygen."),
    ],
)
def test_what_earlier_studies_found_is_not_this_studys_finding(study: str, sentence: str) -> None:
    """A finding credited to other or earlier work, in words no fact uses, is background
    (what is known), not a finding of this study that no fact states."""
    r = judged(study, sentence)
    assert r.verdict == "background", reasons(r)
    assert r.match.fact_id is None


def test_what_the_studys_material_or_animals_did_that_no_fact_states_is_unsupported() -> None:
    for sentence in (
        "The plasma did not cause fever in the hamsters.",
        "Nor did it cause any weight loss.",
        "The hamsters gained weight after the treatment.",
    ):
        r = judged_on(_PLASMA, sentence)
        assert r.verdict == "unsupported", (sentence, reasons(r))
    r = judged("cells", "The tumour cells released a toxic protein when treated.")
    assert r.verdict == "unsupported", reasons(r)
    # general knowledge of the material or the animals is not the study's finding
    for sentence in (
        "Plasma produced by the body carries nutrients and hormones.",
        "Hamsters are small rodents often kept as pets.",
    ):
        assert judged_on(_PLASMA, sentence).verdict == "background", sentence


def test_a_claim_that_inflates_its_fact_is_overstated_not_unsupported() -> None:
    r = judged(
        "mice",
        "The results show that AK-9 slows ageing through the liver, rather than the currently "
        "held view that it works in the gut.",
    )
    assert r.verdict == "overstated", reasons(r)
    assert 'rules out "the currently held view"' in reasons(r)


def test_another_studys_finding_is_named_as_such() -> None:
    r = judged("cohort", "The study found that a six-month walking programme improved memory.")
    assert r.verdict == "unsupported" and r.match.fact_id is None
    assert "another study (a later trial by the same group" in reasons(r)
    # named as the other study's, by a word or by its year, it reports that study's finding
    for sentence in (
        "The same team later showed that a walking programme improved memory scores.",
        "In a 2025 trial, a six-month walking programme improved memory scores.",
    ):
        r = judged("cohort", sentence)
        assert r.verdict == "supported" and "a finding of another study" in reasons(r), sentence
        assert r.match.fact_id == "walk2025-memory", sentence
    r = judged("cohort", "In a 2025 trial, walking improved memory in 3,000 older adults.")
    assert r.verdict == "misreported", reasons(r)


# ------------------------------------------------------------------ quotes


def test_an_attributed_quote_is_supported_even_where_it_says_more() -> None:
    r = judged(
        "trial",
        'Peter Lindqvist said: "For people who have coughed for years, this is the first pill '
        'that really works."',
    )
    assert (r.match.fact_id, r.verdict) == ("quote-lindqvist", "supported")
    assert "quote" in reasons(r)


def test_the_words_of_someone_outside_the_study_are_not_its_investigators_quote() -> None:
    """An outsider quoted with words like an investigator's is no quote of the investigator:
    background, with the reason saying whose words they are."""
    said = (
        'Dr Ines Varga, a chest doctor who was not involved in the study, said: "For people '
        'who have coughed for years, this is the first pill that really works."'
    )
    r = judged("trial", said)
    assert r.verdict == "background", reasons(r)
    assert "outside the study" in reasons(r)
    # the investigator named as well: the quote is theirs
    r = judged("trial", said.replace("Dr Ines Varga", "Peter Lindqvist"))
    assert r.verdict == "supported", reasons(r)


def test_what_the_researchers_found_that_no_fact_states_is_unsupported() -> None:
    """ "..., the researchers found" where the nearest fact is too far to be what it reports
    is a finding the study does not report: unsupported, not background; an outside expert's
    guess, and a plain statement, stay background."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "bakery-lungs"
title = "Flour dust and lung function in bakers"
[[facts]]
id = "lungs"
kind = "result"
text = "Bakers who had worked for over ten years had 4% lower lung function than office workers."
""",
        "bakers.toml",
    )
    verdicts = Verdicts(sheet, sheet_terms(sheet))
    far = Match("lungs", 0.2)

    def verdict(text: str) -> str:
        return verdicts.judge_claim(Claim(0, 0, len(text), text), far).verdict

    assert verdict("The effect was larger in women than in men, the researchers found.") == (
        "unsupported"
    )
    assert verdict(
        "The scientists warned that bakers may be more prone to asthma later in life."
    ) == ("unsupported")
    assert verdict("Dr Ines Varga, who was not involved, said bakers should wear masks.") == (
        "background"
    )
    assert verdict("Bakers start work before dawn.") == "background"
    # the study as the teller, not its people: "according to the study", "the study found"
    assert verdict("Bakers in the north start work earliest, according to the study.") == (
        "unsupported"
    )


def test_a_far_bibliographic_fact_is_inflated_by_nothing() -> None:
    """A promise ("could revolutionise how doctors treat ...") matched only far to who wrote
    the paper inflates no finding: background, with the reason that it is too far."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "yoga-back"
title = "Yoga for back pain"
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Mira Dunne is the first author and Omar Reyes the senior author."
[[facts]]
id = "pain"
kind = "result"
text = "Weekly yoga classes led to a small reduction in back pain after 12 weeks."
""",
        "yoga-back.toml",
    )
    verdicts = Verdicts(sheet, sheet_terms(sheet))
    said = "Experts say the findings could revolutionise how doctors treat back pain."
    r = verdicts.judge_claim(Claim(0, 0, len(said), said), Match("authors", 0.2))
    assert r.verdict == "background" and "unsure" in r.reasons[0], r.reasons
    r = verdicts.judge_claim(Claim(0, 0, len(said), said), Match("pain", 0.3))
    assert r.verdict == "overstated", r.reasons


def test_a_person_named_by_surname_alone_is_a_speaker() -> None:
    """ "Lindqvist told reporters ..." and "Speaking to the radio, Lindqvist said ..." quote
    the investigator the sheet names, as "Peter Lindqvist said" does; so does the surname of
    anyone the article has named with a title ("Dr Ines Varga ... Varga said")."""
    for sentence in (
        "Lindqvist told reporters that for people who have coughed for years, this is the "
        "first pill that really works.",
        "Speaking to the radio, Lindqvist said that for people who have coughed for years this "
        "is the first pill that really works.",
    ):
        r = judged("trial", sentence)
        assert (r.match.fact_id, r.verdict) == ("quote-lindqvist", "supported"), reasons(r)
    claim = Claim(0, 0, 0, "")
    told = "Varga told the paper the drug was a first for people with a long cough."
    assert not speaks(replace(claim, end=len(told), text=told), set())
    doc = prepare_document(
        document_from_text(f"Dr Ines Varga was not involved in the trial.\n\n{told}\n", "a.txt")
    )
    assert attributed(doc, set()) == [False, True]
    # a capitalised word of the sheet that is no person's name ("Celvoprant") speaks for none
    drug = "Celvoprant is a first for people with a long cough, the trial report says."
    assert not speaks(replace(claim, end=len(drug), text=drug), {"celvoprant"}, set())


def test_a_pull_quote_with_a_byline_line_is_attributed() -> None:
    results = check(
        "trial",
        "For people who have coughed for years, this is the first pill that really works.\n\n"
        "Professor Peter Lindqvist, senior author\n",
    )
    assert results[0].match.fact_id == "quote-lindqvist"
    assert results[0].verdict == "supported"


def test_according_to_research_is_the_study_speaking_not_a_person() -> None:
    """ "according to new research led by X" presents the study's finding; research is no
    researcher, so it is nobody's words (only "according to the lead author" would be)."""
    claim = Claim(0, 0, 0, "")
    research = (
        "Walking lowers dementia risk, according to new research led by the Aarhus Institute."
    )
    assert not speaks(replace(claim, end=len(research), text=research), set())
    assert presents_finding(research)
    author = "Walking lowers dementia risk, according to the lead author of the study."
    assert speaks(replace(claim, end=len(author), text=author), set())


# ------------------------------------------------------------------ promises, limits, background


def test_promises_are_overstated() -> None:
    r = judged("cells", "TRX-5 will lead to a cure for brain tumours.")
    assert r.verdict == "overstated" and "promise" in reasons(r)


def test_limitations_are_not_overstatements() -> None:
    r = judged("cohort", "The study cannot prove that walking lowers the risk of dementia.")
    assert r.verdict != "overstated"


@pytest.mark.parametrize(
    "sentence",
    [
        "Could a daily walk keep the doctor away?",
        "By Ann Writer, Health Reporter",
        "This brings tremendous hope to everyone.",
        "Bake the bread for an hour at a high heat.",
        "I have walked to work for years, so my hopes are high.",
        "That is a huge deal!",
    ],
)
def test_background_sentences(sentence: str) -> None:
    r = judged("cohort", sentence)
    assert r.verdict == "background", reasons(r)
    assert r.match.fact_id is None


@pytest.mark.parametrize("text", ["", "   ", "!!!", "a"])
def test_degenerate_claims_do_not_fail(text: str) -> None:
    verdicts = [r.verdict for r in check("trial", "Title\n\n" + text + "\n")]
    assert set(verdicts) <= {"supported", "background", "unsupported", "overstated", "misreported"}


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(STUDIES)), st.text(min_size=1, max_size=200))
def test_every_verdict_has_a_reason(study: str, text: str) -> None:
    if not text.strip():
        return
    for r in check(study, text):
        assert r.judgement.reasons
        assert 0.0 <= r.match.similarity <= 1.0
        assert r.match.fact_id is None or STUDIES[study].fact(r.match.fact_id) is not None


def test_a_claim_about_other_work_reports_no_result_of_this_study() -> None:
    r = judged("mice", "Earlier studies found that mice fed compounds like AK-9 lived longer.")
    assert r.verdict == "background" and "other work" in reasons(r), reasons(r)
    r = judged("mice", "Similar experiments have been done in other species with other foods.")
    assert r.verdict == "background", reasons(r)
    # set against that work, the claim reports this study's result
    for sentence in (
        "Unlike earlier studies, this one found mice fed AK-9 lived 12% longer.",
        "In line with other studies, mice fed AK-9 lived 12% longer.",
    ):
        r = judged("mice", sentence)
        assert (r.match.fact_id, r.verdict) == ("lifespan", "supported"), reasons(r)


_QUOTED_BACKGROUND = parse_sheet(
    """
schema = 2
[study]
id = "gel-ulcers"
title = "A copper gel closes leg ulcers in rats"
subjects = "rats"
[[facts]]
id = "closed"
kind = "result"
text = "Rats treated with the copper gel closed their ulcers in nine days."
[[facts]]
id = "care-today"
kind = "context"
source = "investigator"
speaker = "Dr Mira Holt"
text = "Leg ulcers are treated today with compression bandages and wound dressings, \
which fail in most patients."
""",
    "gel.toml",
)


def test_an_investigators_background_quoted_without_its_limit_is_misreported() -> None:
    """Background an investigator gave, quoted back of the whole group where she said it of
    part of it ("in most patients"), is not her words: misreported, quote or not."""
    r = judged_on(
        _QUOTED_BACKGROUND,
        'Dr Mira Holt said: "Leg ulcers are treated today with compression bandages and wound '
        'dressings, which fail in patients."',
    )
    assert r.verdict == "misreported" and "most patients" in reasons(r), reasons(r)
    r = judged_on(
        _QUOTED_BACKGROUND,
        'Dr Mira Holt said: "Leg ulcers are treated today with compression bandages and wound '
        'dressings, which fail in most patients."',
    )
    assert r.verdict == "supported", reasons(r)


def test_a_result_told_with_the_treatment_reports_the_result() -> None:
    """ "Nightly melatonin drops cut waking by a third": the design's short wording ("nightly
    drops") is all in the claim, but the result accounts for more of it."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "melatonin-2024"
title = "Melatonin drops and night waking in toddlers: a randomised trial"
subjects = "toddlers"
[[facts]]
id = "dosing"
kind = "design"
text = "Toddlers were given 1 mg of melatonin (or placebo) as drops each night for 8 weeks."
also = ["nightly melatonin drops"]
[[facts]]
id = "waking"
kind = "result"
text = "Night waking fell by 33% on melatonin and by 8% on placebo by week 8."
also = ["woke a third less often"]
""",
        "melatonin.toml",
    )
    r = judged_on(sheet, "Nightly melatonin drops cut night waking by 33%, against 8% on placebo.")
    assert (r.match.fact_id, r.verdict) == ("waking", "supported"), reasons(r)
    r = judged_on(sheet, "The toddlers were given nightly melatonin drops for eight weeks.")
    assert r.match.fact_id == "dosing", reasons(r)


def test_who_did_the_work_and_what_it_showed_reports_the_finding() -> None:
    """A long frame naming the institutions dilutes the finding's words; "X has shown that P"
    still reports P (and the institutions besides), judged as P."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "gout-2023"
title = "Urate crystals and nerve pain in gout"
subjects = "mice"
[[facts]]
id = "institutions"
kind = "bibliographic"
text = "The work was done at the University of Eastmoor, the Harlow Institute of Medicine and \
the Westfield Clinic."
[[facts]]
id = "design"
kind = "design"
text = "Urate crystals were injected into the ankle joints of 40 mice, and saline into 20 others."
[[facts]]
id = "swelling"
kind = "result"
text = "Ankles injected with crystals swelled within six hours; saline caused no swelling."
[[facts]]
id = "mechanism"
kind = "conclusion"
certainty = "suggested"
text = "The results suggest that urate crystals sensitise pain-sensing nerves in mouse joints."
""",
        "gout.toml",
    )
    claim = (
        "A team from the University of Eastmoor and the Harlow Institute of Medicine, working "
        "with the Westfield Clinic, has shown that gout pain comes from crystals that excite "
        "the nerves."
    )
    r = judged_on(sheet, claim)
    assert r.match.fact_id == "mechanism", reasons(r)
    assert "institutions" in r.match.also, r.match
    assert r.verdict == "overstated", reasons(r)


_ORCHARD = parse_sheet(
    """
schema = 2
[study]
id = "orchard"
title = "Hedgerow flowers and wild bees in apple orchards"
journal = "Insects & Farmland"
authors = ["Tom Reed", "Inés Núñez-Ó Dálaigh"]
subjects = "orchards"
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in Insects & Farmland on 3 May 2024."
[[facts]]
id = "context"
kind = "context"
text = "Fire blight affects apple trees in many countries, and there is no cure for it."
[[facts]]
id = "confounding"
kind = "caveat"
text = "Orchards with hedgerows may differ from others in ways that were not measured."
[[facts]]
id = "bees"
kind = "result"
text = "Orchards bordered by flowering hedgerows had 40% more wild bees than bare orchards."
[[facts]]
id = "quote-nunez"
kind = "quote"
source = "investigator"
speaker = "Professor Inés Núñez-Ó Dálaigh, senior author"
text = "Growers can plant a hedgerow in a weekend, and the bees come back within a season."
""",
    "orchard.toml",
)


def test_a_journal_named_right_then_more_of_the_sentence_is_the_same_journal() -> None:
    for sentence in (
        "The study appeared in the journal Insects & Farmland and was run in Kent.",
        "The work was published in the respected journal Insects & Farmland.",
        "The work, published in the journal Insects & Farmland on Tuesday, was run in Kent.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    r = judged_on(_ORCHARD, "The work was published in the prestigious journal Nature.")
    assert r.verdict == "misreported", reasons(r)
    assert 'journal: the claim says "Nature"' in reasons(r)


def test_what_cannot_be_cured_promises_no_cure() -> None:
    r = judged_on(_ORCHARD, "Fire blight hits apple trees in many countries and cannot be cured.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_ORCHARD, "The hedgerows cured fire blight in apple trees.")
    assert r.verdict != "supported", reasons(r)


def test_what_is_hard_to_measure_is_not_said_to_be_measured() -> None:
    r = judged_on(
        _ORCHARD,
        "The authors cautioned that orchards with hedgerows may differ in other ways, such as "
        "soil or age, that are hard to measure fully.",
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_ORCHARD, "Orchards with hedgerows differed in ways the team measured.")
    assert r.verdict == "misreported", reasons(r)


def test_a_name_with_accented_letters_is_read_whole() -> None:
    said = (
        'Professor Inés Núñez-Ó Dálaigh said: "Growers can plant a hedgerow in a weekend, '
        'and the bees come back within a season."'
    )
    r = judged_on(_ORCHARD, said)
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_ORCHARD, said.replace("Inés Núñez-Ó Dálaigh", "Émile Zöllner"))
    assert r.verdict == "misreported", reasons(r)
    assert 'names "Professor Émile Zöllner"' in reasons(r)


_GRAFTS_TOML = """
schema = 2
[study]
id = "grafts"
title = "A seaweed compound slows human bowel tumours grown in mice"
subjects = "mice carrying human bowel tumour grafts"
[[facts]]
id = "shrink"
kind = "result"
text = "After four weeks, tumours in mice given fucodin were 45% smaller than in untreated mice."
[[facts]]
id = "no-patients"
kind = "caveat"
not_done = true
text = "No patients were treated with fucodin."
[[facts]]
id = "not-oral"
kind = "design"
not_done = true
text = "Fucodin was not given by mouth or in food; it was injected under the skin."
"""
_GRAFTS = parse_sheet(_GRAFTS_TOML, "grafts.toml")


def test_tumours_of_mice_with_human_tumour_grafts_are_the_subjects_own() -> None:
    r = judged_on(_GRAFTS, "Four weeks of fucodin left the tumours 45% smaller than untreated.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_GRAFTS, "Fucodin shrinks tumours in patients by 45% in four weeks.")
    assert r.verdict == "overstated", reasons(r)
    assert "scope" in reasons(r)
    # the tumour of "tumour cell lines and mice" is the cells' disease, not the mice's own
    lines = parse_sheet(
        _GRAFTS_TOML.replace(
            "mice carrying human bowel tumour grafts", "human bowel tumour cell lines and mice"
        ),
        "lines.toml",
    )
    r = judged_on(lines, "Four weeks of fucodin left the tumours 45% smaller than untreated.")
    assert r.verdict == "overstated", reasons(r)


def test_people_the_claim_says_were_not_treated_do_not_widen_it() -> None:
    r = judged_on(_GRAFTS, "No human patients have yet been treated with fucodin.")
    assert r.verdict == "supported", reasons(r)


def test_the_roles_a_sheet_gives_after_an_aside_are_held_against_the_claim() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kiln"
title = "Wood smoke from home stoves and children's coughs"
authors = ["Tom Reed", "Ada Obi"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Tom Reed, a lecturer at the Kent Air Centre, is the first author of the paper."
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Ada Obi, professor at the Kent Air Centre, is the senior and corresponding author."
[[facts]]
id = "quote-obi"
kind = "quote"
source = "investigator"
speaker = "Ada Obi"
text = "Families can cut the smoke indoors a great deal by keeping the stove door shut."
""",
        "kiln.toml",
    )
    said = "said that families can cut the smoke indoors by keeping the stove door shut."
    r = judged_on(sheet, f"Lead author Professor Ada Obi, of the Kent Air Centre, {said}")
    assert r.verdict == "misreported", reasons(r)
    assert 'calls Obi "first author"; the study, "senior author"' in reasons(r)
    r = judged_on(sheet, f"Senior author Professor Ada Obi, of the Kent Air Centre, {said}")
    assert r.verdict == "supported", reasons(r)


def test_a_journal_of_the_same_family_is_another_journal() -> None:
    sheet = parse_sheet(
        """
schema = 1
[study]
id = "tremor"
title = "A wrist brace for essential tremor"
journal = "Nature Medicine"
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in Nature Medicine in May 2025."
""",
        "tremor.toml",
    )
    r = judged_on(sheet, "The study was published in the journal Nature in May 2025.")
    assert r.verdict == "misreported", reasons(r)
    assert 'journal: the claim says "Nature"; the study appeared in Nature Medicine' in reasons(r)
    r = judged_on(sheet, "The study was published in Nature Medicine in May 2025.")
    assert r.verdict == "supported", reasons(r)


_STOVES = parse_sheet(
    """
schema = 2
[study]
id = "stoves"
title = "Wood stoves at home and children's coughs in Norway and Chile"
subjects = "children aged 5 to 11"
[[facts]]
id = "design"
kind = "design"
text = "A survey of 4,210 children aged 5 to 11 in Norway and Chile, in 2023."
[[facts]]
id = "funders"
kind = "bibliographic"
text = "The study was funded by the Norwegian Lung Fund and Chile's National Research Agency."
also = ["funded by Norway's lung charity"]
""",
    "stoves.toml",
)


def test_a_wrong_country_in_a_list_of_them_is_misreported() -> None:
    r = judged_on(_STOVES, "The survey asked about 4,200 children across Norway and Peru.")
    assert r.verdict == "misreported", reasons(r)
    assert 'country: the claim says "Peru"' in reasons(r)
    r = judged_on(_STOVES, "The survey asked about 4,200 children across Norway and Chile.")
    assert r.verdict == "supported", reasons(r)
    # a list of places after "countries including"
    said = "The survey, run in two countries including Norway and Peru, asked 4,200 children."
    r = judged_on(_STOVES, said)
    assert r.verdict == "misreported" and 'country: the claim says "Peru"' in reasons(r), reasons(r)


def test_a_funder_the_sheet_never_names_is_misreported() -> None:
    r = judged_on(_STOVES, "The study was funded by the Ministry of Energy.")
    assert r.verdict == "misreported", reasons(r)
    assert 'funder: the claim says "Ministry of Energy"' in reasons(r)
    # one word shared with a funder of two words is not the funder
    r = judged_on(_STOVES, "The study was funded by the Lung Institute.")
    assert r.verdict == "misreported", reasons(r)
    for said in ("the Norwegian Lung Fund", "Norway's Lung Fund and the Chilean research agency"):
        r = judged_on(_STOVES, f"The study was funded by {said}.")
        assert r.verdict == "supported", (said, reasons(r))


def test_an_exclusion_the_fact_makes_too_or_a_comparison_rules_nothing_out() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "coughs"
title = "Home heating and children's coughs"
[[facts]]
id = "heating"
kind = "design"
text = "Homes heated by wood stoves were compared with homes heated by gas or by heat pumps."
[[facts]]
id = "tobacco"
kind = "conclusion"
certainty = "speculated"
text = "Some of the coughing may come from tobacco smoke rather than from the stoves themselves."
""",
        "coughs.toml",
    )
    for said in (
        "Part of the coughing may come from tobacco smoke rather than from the stoves themselves.",
        "Stove homes were compared with heat-pump homes rather than with gas homes in one test.",
        "Stove homes were compared with homes on other heating, such as heat pumps or electric "
        "radiators, rather than with gas homes.",
    ):
        r = judged_on(sheet, said)
        assert "rules out" not in reasons(r), (said, reasons(r))
    r = judged_on(sheet, "The coughing may come from the stoves rather than from tobacco smoke.")
    assert r.verdict == "overstated", reasons(r)
    assert "rules out" in reasons(r)
    # told as shown, the fact's hedged exclusion is ruled out beyond the study
    said = "The results show the coughing comes from tobacco smoke rather than from the stoves."
    assert judged_on(sheet, said).verdict == "overstated"


def test_a_closing_without_does_not_deny_what_the_study_did_not_do() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "fires"
title = "Home heating and children's coughs"
[[facts]]
id = "no-fires"
kind = "design"
not_done = true
text = "The study did not compare wood stoves with open fires."
""",
        "fires.toml",
    )
    for said in (
        "The study found wood stoves were just as bad as open fires, without the smell.",
        "Children near wood stoves coughed more than those near open fires or without either.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported", (said, reasons(r))
        assert "not done" in reasons(r)


def test_an_exclusion_a_not_done_fact_states_is_the_studys_own() -> None:
    said = (
        "After four weeks, tumours in mice given fucodin were 45% smaller than in untreated "
        "mice, the drug injected rather than given by mouth."
    )
    r = judged_on(_GRAFTS, said)
    assert r.match.fact_id == "shrink", r.match
    assert "rules out" not in reasons(r), reasons(r)
    r = judged_on(_GRAFTS, "Tumours shrank because of fucodin rather than the injections.")
    assert "rules out" in reasons(r), reasons(r)


def test_an_effect_told_bigger_than_the_study_sized_it_is_overstated() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "yoga"
title = "Yoga classes and back pain"
[[facts]]
id = "pain"
kind = "result"
text = "Weekly yoga classes led to a small reduction in back pain scores after 12 weeks."
""",
        "yoga.toml",
    )
    for said in (
        "Weekly yoga classes led to a dramatic reduction in back pain after 12 weeks.",
        "Back pain fell dramatically after 12 weeks of weekly yoga classes.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "overstated", (said, reasons(r))
        assert "size: the claim says" in reasons(r)
    for said in (
        "Weekly yoga classes led to a modest reduction in back pain after 12 weeks.",
        "A large trial found weekly yoga classes led to a small reduction in back pain.",
    ):
        assert "size:" not in reasons(judged_on(sheet, said)), said


def test_an_effect_told_as_total_or_lasting_is_overstated() -> None:
    """ "Cleared completely", "for good", "wiped out", "banishes", "stopped warts": a total or
    lasting effect where the fact gives a partial one; a fact that states a complete effect
    (or that children stopped using the gel), or a denial, is fine."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "wart-gel"
title = "A zinc gel for warts"
[[facts]]
id = "clearance"
kind = "result"
text = "After eight weeks, warts shrank by at least 75% in 41% of children using the zinc gel."
[[facts]]
id = "complete"
kind = "result"
text = "Warts cleared completely in 12% of children using the zinc gel."
[[facts]]
id = "stopping"
kind = "result"
text = "One in ten children stopped using the zinc gel because it stung."
""",
        "warts.toml",
    )
    for said in (
        "Zinc gel wiped out warts in four in ten children after eight weeks.",
        "The zinc gel gets rid of warts for good, a trial in children found.",
        "Children using the zinc gel saw their warts shrink by 75% and vanish entirely.",
        "Zinc gel banishes warts in four in ten children within eight weeks.",
        "After eight weeks the zinc gel stopped warts in 41% of children.",
        "After eight weeks warts shrank by 75% in 41% of children, and the gain is here to stay.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "overstated", (said, reasons(r))
        assert "the study reports no total" in reasons(r) or "no lasting" in reasons(r), reasons(r)
    for said in (
        "Warts cleared completely in about one in eight children using the zinc gel.",
        "The warts did not shrink completely in most children using the zinc gel.",
        "For good measure, warts shrank by 75% in 41% of children using the zinc gel.",
        "One in ten children stopped using the zinc gel because it stung.",
    ):
        assert "reports no" not in reasons(judged_on(sheet, said)), said


def test_a_harm_put_down_to_the_treatment_where_judged_only_possibly_related() -> None:
    """ "A rash caused by the zinc gel" where the investigators judged it only possibly
    related to the gel: overstated; telling it as possibly related says what they said."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "wart-gel-harms"
title = "A zinc gel for warts: harms"
[terms]
"zinc gel" = ["the gel"]
[[facts]]
id = "rash"
kind = "result"
text = "One child got a rash, which the investigators judged possibly related to the zinc gel."
""",
        "warts-harms.toml",
    )
    r = judged_on(sheet, "One child developed a rash caused by the zinc gel.")
    assert (r.match.fact_id, r.verdict) == ("rash", "overstated"), reasons(r)
    assert 'the claim says "caused by the zinc' in reasons(r), reasons(r)
    r = judged_on(sheet, "One child was left with an itchy rash by the zinc gel.")
    assert (r.match.fact_id, r.verdict) == ("rash", "overstated"), reasons(r)
    r = judged_on(sheet, "One child developed a rash, possibly related to the zinc gel.")
    assert (r.match.fact_id, r.verdict) == ("rash", "supported"), reasons(r)


def test_the_study_told_first_then_the_reader_addressed_is_a_claim() -> None:
    said = "The survey included children in Norway and Chile, so it is good news for you too."
    r = judged_on(_STOVES, said)
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_STOVES, "If you have a stove, you should keep its door shut.")
    assert r.verdict == "background", reasons(r)


_SPRAY = parse_sheet(
    """
schema = 2
[study]
id = "spray-2026"
title = "A menthol nasal spray for hay fever"
subjects = "adults with hay fever"
[[facts]]
id = "design"
kind = "design"
text = "The trial randomised 600 adults with hay fever in 12 clinics to a menthol nasal spray \
or a saline spray for eight weeks of the pollen season."
[[facts]]
id = "sneezing"
kind = "result"
text = "Sneezing fits fell by a fifth on the menthol spray and by a tenth on saline."
[[facts]]
id = "conclusion"
kind = "conclusion"
certainty = "speculated"
text = "The authors write that the menthol spray might ease hay fever symptoms in some adults."
[[facts]]
id = "pollen"
kind = "context"
source = "background"
text = "Grass pollen peaks in early summer in most of Europe."
""",
    "spray.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A big trial of 600 adults with hay fever in 12 clinics has proven once and for all "
        "that the menthol spray eases hay fever symptoms.",
        "Pollen experts say the trial proves the menthol spray can ease hay fever symptoms.",
    ],
)
def test_what_a_frame_says_was_proved_is_judged_not_the_frame(sentence: str) -> None:
    """ "Trial of 600 adults has proven that P": the claim reports P (the hedged conclusion),
    though the frame shares more words with the design; the design stays among its facts."""
    r = judged_on(_SPRAY, sentence)
    assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), reasons(r)


def test_a_frame_around_words_no_finding_uses_keeps_its_fact() -> None:
    """The proposition must name words of a finding: "found that clinics were busy" says
    nothing the results say, so the frame's own fact stands."""
    r = judged_on(
        _SPRAY, "The trial of 600 adults with hay fever in 12 clinics found that spring was early."
    )
    assert r.match.fact_id == "design", reasons(r)


_KELP = parse_sheet(
    """
schema = 2
[study]
id = "kelp-2026"
title = "Kelp forests and coastal fish in a ten-year survey"
authors = ["Ola Brekke", "Jane Q. Roe"]
journal = "Marine Ecology Progress Series"
published = 2026-05-03
observational = true
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in Marine Ecology Progress Series on 3 May 2026."
[[facts]]
id = "first-author"
kind = "bibliographic"
text = "Dr Ola Brekke, a research fellow at Nordvik University, is the first (lead) author."
[[facts]]
id = "senior-author"
kind = "bibliographic"
text = "Professor Jane Q. Roe, Professor of Marine Ecology at Nordvik University, is the senior \
and corresponding author."
[[facts]]
id = "survey"
kind = "design"
text = "Divers counted fish along 40 kelp transects every summer from 2010 to 2019."
[[facts]]
id = "fish"
kind = "result"
text = "Transects with denser kelp held more juvenile cod."
""",
    "kelp.toml",
)


def test_a_role_after_a_title_with_a_field_is_the_persons() -> None:
    """ "Professor Jane Q. Roe, Professor of Marine Ecology, is the senior author": the role
    is Roe's (the field of her chair is no person), so calling her the lead author is wrong."""
    r = judged_on(
        _KELP, "Lead author Professor Jane Roe of Nordvik University said more work is needed."
    )
    assert r.verdict == "misreported", reasons(r)
    assert any("senior author" in why for why in r.judgement.reasons), reasons(r)


def test_a_wrong_publication_year_is_not_excused_by_a_span_of_survey_years() -> None:
    """A year is a date: 2024 is not "about" the 2010 to 2019 of the survey's summers."""
    r = judged_on(
        _KELP,
        "A survey of fish on kelp transects, published on 3 May 2024 in Marine Ecology "
        "Progress Series, counted juvenile cod.",
    )
    assert r.verdict == "misreported", reasons(r)


def test_a_wrong_day_or_month_of_publication_is_misreported() -> None:
    """A date the sheet never gives, where the fact gives one, is a wrong detail; the right
    date in other words ("May 3rd", "in May") is not."""
    for wrong in ("published online on 3 March 2026", "published in March 2026"):
        r = judged_on(_KELP, f"The kelp survey was {wrong} in Marine Ecology Progress Series.")
        assert r.verdict == "misreported", reasons(r)
        assert "date:" in reasons(r) and "3 May 2026" in reasons(r), reasons(r)
    for right in ("published on May 3rd, 2026", "published in May 2026", "out on 3 May"):
        r = judged_on(_KELP, f"The kelp survey was {right} in Marine Ecology Progress Series.")
        assert r.verdict == "supported", reasons(r)


def test_a_journal_family_named_before_its_colon_is_another_journal() -> None:
    """ "Circulation" for "Circulation: Heart Failure" names the family's flagship; the
    whole name, colon and all, is right."""
    sheet = replace(
        _KELP,
        study=replace(_KELP.study, journal="Oceans: Coastal Ecology"),
        facts=tuple(
            replace(f, text="The study was published in Oceans: Coastal Ecology on 3 May 2026.")
            if f.id == "journal"
            else f
            for f in _KELP.facts
        ),
    )
    r = judged_on(sheet, "The survey was published in the prestigious journal Oceans.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "The survey was published in the journal Oceans: Coastal Ecology.")
    assert r.verdict == "supported", reasons(r)


_TEA = parse_sheet(
    """
schema = 2
[study]
id = "tea-gout-2026"
title = "Green tea and gout in a cohort of 30,000 adults"
subjects = "adults aged 40 to 75"
observational = true
[[facts]]
id = "groups"
kind = "design"
text = "Participants were split into four groups by green tea intake; the top group drank a \
median of six cups a day and the bottom group none."
also = ["about six cups a day"]
[[facts]]
id = "top-risk"
kind = "result"
text = "Participants in the top group had a 17% lower risk of gout than those in the bottom \
group (hazard ratio 0.83)."
[[facts]]
id = "follow-up"
kind = "design"
text = "Participants were followed for a median of 12 years."
[[facts]]
id = "sexes"
kind = "result"
text = "The association with gout was similar in men and women."
[[facts]]
id = "conclusion"
kind = "conclusion"
certainty = "suggested"
text = "The authors suggest that drinking green tea is associated with a lower risk of gout."
[[facts]]
id = "confounding"
kind = "caveat"
text = "Other habits of green tea drinkers, not the tea, might protect them from gout flares; \
this cannot be ruled out."
""",
    "tea.toml",
)


def test_a_plain_cause_reports_a_finding_not_a_caveat_it_shares_words_with() -> None:
    """ "Science proves it: drinking green tea protects you from gout flares" shares most
    words with the caveat that other habits might protect tea drinkers, but states a
    finding: it is judged against the study's conclusion, and overstated."""
    r = judged_on(_TEA, "Science proves it: drinking green tea protects you from gout flares.")
    assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), reasons(r)
    r = judged_on(_TEA, "Other habits of tea drinkers might protect them from gout instead.")
    assert r.match.fact_id == "confounding", reasons(r)


def test_a_cause_reported_by_a_study_that_suggests_it_is_still_a_cause() -> None:
    """ "X lowers Y, a study suggests" and "a study suggests that X lowers Y" state a cause
    (the frame reports it); "X may lower Y" hedges the cause itself."""
    for said in (
        "Green tea lowers the risk of gout, a large new study suggests.",
        "A large new study suggests that green tea lowers the risk of gout.",
    ):
        r = judged_on(_TEA, said)
        assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), (said, reasons(r))
        assert "causal" in reasons(r)
    r = judged_on(
        _TEA, "Drinking green tea may lower the risk of gout, a large new study suggests."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_difference_between_groups_the_study_found_alike_is_misreported() -> None:
    r = judged_on(_TEA, "The association with gout was stronger in women than in men.")
    assert r.verdict == "misreported", reasons(r)
    assert "comparison" in reasons(r) and "similar in men and women" in reasons(r)
    r = judged_on(_TEA, "The link with gout was about the same in women and in men.")
    assert r.verdict == "supported", reasons(r)


def test_a_claim_about_the_groups_that_gives_a_results_figure_is_judged_on_it_too() -> None:
    """The groups of the design, described in an aside, and the result's own figure: the
    claim reports both, and a cause told of an association is overstated."""
    r = judged_on(
        _TEA, "Those who drank the most, about six cups a day, slashed their risk of gout by 17%."
    )
    assert r.verdict == "overstated", reasons(r)
    assert "causal" in reasons(r) and "top-risk" in reasons(r), reasons(r)
    r = judged_on(
        _TEA, "Those who drank the most, about six cups a day, had a 17% lower risk of gout."
    )
    assert r.verdict == "supported", reasons(r)


_FLU = parse_sheet(
    """
schema = 2
[study]
id = "flu-2026"
title = "A nasal flu vaccine in adults over 65"
subjects = "adults aged 65 and over"
[[facts]]
id = "efficacy"
kind = "result"
text = "Vaccine efficacy against flu was 71.3% (95% CI 52.0-83.1): 12 cases in the vaccine \
group against 41 in the placebo group."
also = ["prevented more than half of flu cases"]
[[facts]]
id = "reactions"
kind = "result"
text = "Reactions were mild and lasted a median of 2 days."
""",
    "flu.toml",
)


def test_a_figure_above_a_bound_in_words_is_not_the_studys_figure() -> None:
    """ "More than half" is met by 71.3%, but a claim of 54% is not the study's figure (nor
    is 60%, inside the confidence interval)."""
    for wrong in ("54 per cent", "60 per cent"):
        r = judged_on(_FLU, f"Vaccine efficacy against flu was {wrong}.")
        assert r.verdict == "misreported", reasons(r)
    r = judged_on(_FLU, "The nasal vaccine prevented more than half of flu cases.")
    assert r.verdict == "supported", reasons(r)


def test_a_total_of_the_arms_and_a_day_or_two_are_the_studys_numbers() -> None:
    r = judged_on(_FLU, "Vaccine efficacy against flu was 71.3%, based on 53 cases.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_FLU, "Vaccine efficacy against flu was 71.3%, based on 63 cases.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(_FLU, "Reactions to the vaccine were mild and lasted a day or two.")
    assert r.verdict == "supported", reasons(r)


def test_a_byline_with_its_date_and_reading_time_is_background() -> None:
    """A byline run together with its date, reading time and comment count is not a claim
    that the study came out that day."""
    r = judged_on(_KELP, "Posted 9 May 2026 by Ann Lee | 5 min read | 12 comments")
    assert r.verdict == "background", reasons(r)


def test_a_finding_said_to_be_proved_is_overstated() -> None:
    """One study shows or suggests; "have proven that", "proof that" and "Study Proves" claim
    more, even of an association reported as one. "Proved difficult" is no such claim."""
    for said in (
        "Scientists have proven that drinking green tea is associated with a lower risk of gout.",
        "New Study Proves Green Tea Drinkers Have A Lower Risk Of Gout",
        "The study is proof that green tea drinkers have a lower risk of gout.",
    ):
        r = judged_on(_TEA, said)
        assert r.verdict == "overstated", (said, reasons(r))
        assert "does not prove" in reasons(r), (said, reasons(r))
    r = judged_on(
        _TEA, "Drinking green tea is associated with a lower risk of gout, the authors suggest."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_TEA, "Tests of green tea for gout have proved difficult in the past.")
    assert "does not prove" not in reasons(r), reasons(r)


def test_the_studys_finding_said_to_be_strongest_in_a_group_no_fact_names_is_unsupported() -> None:
    """ "The association was strongest among smokers" speaks of the study's own finding (the
    definite article) and places it where no fact does."""
    r = judged_on(_TEA, "The association was strongest among heavy smokers over seventy.")
    assert r.verdict == "unsupported", reasons(r)
    r = judged_on(_TEA, "The association with gout was similar in men and women.")
    assert r.verdict == "supported", reasons(r)


def test_advice_put_in_the_mouths_of_the_studys_authors_is_unsupported() -> None:
    """No fact of the sheet recommends anything: "the authors recommend ..." is the article's
    advice passed off as the study's. A sheet whose authors do advise is another matter."""
    said = "The study's authors recommend that everyone drinks six cups of green tea a day."
    r = judged_on(_TEA, said)
    assert r.verdict == "unsupported", reasons(r)
    assert "recommend" in reasons(r)
    advising = replace(
        _TEA,
        facts=(
            *_TEA.facts,
            replace(
                _TEA.facts[0],
                id="advice",
                kind="conclusion",
                text="The authors recommend trials of green tea in people with gout.",
                also=(),
            ),
        ),
    )
    assert "no fact of the sheet gives" not in reasons(judged_on(advising, said))


_NAPS = parse_sheet(
    """
schema = 2
[study]
id = "naps"
title = "Daytime naps and blood pressure in a cross-sectional survey"
subjects = "adults"
[[facts]]
id = "link"
kind = "result"
association = true
text = "Adults who napped daily had higher blood pressure than those who never napped."
[[facts]]
id = "no-cause"
kind = "caveat"
text = "Being cross-sectional, the survey cannot establish whether napping causes it."
""",
    "naps.toml",
)


def test_a_cause_told_against_a_caveat_that_cause_cannot_be_established_is_overstated() -> None:
    r = judged_on(_NAPS, "Napping raises your blood pressure, the cross-sectional survey suggests.")
    assert r.verdict == "overstated", reasons(r)
    r = judged_on(_NAPS, "The survey cannot establish whether napping causes it.")
    assert (r.match.fact_id, r.verdict) == ("no-cause", "supported"), reasons(r)


def test_a_finding_told_after_a_colon_is_judged_as_the_claim() -> None:
    """ "X has finally proven what we have said for years: P" reports P, with the frame's
    certainty; the frame's suspicion is not the claim's hedge."""
    r = judged(
        "cohort",
        "A big study from the University of Southern Jutland has finally proven what we have "
        "said for years: walking protects you from dementia.",
    )
    assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), reasons(r)
    r = judged(
        "cohort",
        "Danish scientists have confirmed what walkers always suspected: walking more protects "
        "you from dementia.",
    )
    assert r.verdict == "overstated" and "causal" in reasons(r), reasons(r)


_SMALL = parse_sheet(
    """
schema = 2
[study]
id = "flu-jab"
title = "A new flu vaccine in older adults"
[[facts]]
id = "stroke"
kind = "result"
text = "No one on the jab had a stroke; the trial was too small to estimate protection."
""",
    "flu-jab.toml",
)


def test_what_a_trial_was_too_small_to_estimate_is_not_established() -> None:
    r = judged_on(_SMALL, "The jab gave full protection against stroke.")
    assert r.verdict == "overstated", reasons(r)
    assert "too small to estimate protection" in reasons(r)
    for sentence in (
        "No one on the jab had a stroke.",
        "The trial was too small to estimate protection against stroke.",
    ):
        r = judged_on(_SMALL, sentence)
        assert r.verdict == "supported", reasons(r)


def test_what_the_studys_treatment_did_that_no_fact_states_is_unsupported() -> None:
    """ "The drug stopped X" tells what the study's treatment did: a finding, even unframed."""
    r = judged("trial", "The drug even stopped the night sweats that plague sufferers.")
    assert r.verdict == "unsupported", reasons(r)
    r = judged("trial", "The drug comes in a small blue box.")
    assert r.verdict == "background", reasons(r)


def test_praise_around_a_statement_does_not_make_it_an_evaluation() -> None:
    """ "Miracle drug stops coughing" and "Good news: the pill calms a cough" state what the
    treatment does; only a sentence with nothing else to check is mere evaluation."""
    for sentence in (
        "Miracle drug stops coughing for good.",
        "Good news for families: this is a pill that calms coughing in adults.",
    ):
        r = judged("trial", sentence)
        assert "evaluative" not in reasons(r), reasons(r)
    r = judged("trial", "What a wonderful day for science.")
    assert r.verdict == "background" and "evaluative" in reasons(r), reasons(r)


def test_a_street_named_after_someone_names_no_one() -> None:
    r = judged("trial", "Lindqvist runs the cough clinic at Harlow General, on Rua Dr. Egas Moniz.")
    assert "name:" not in reasons(r), reasons(r)
    r = judged("trial", "Dr. Egas Moniz runs the cough clinic at Harlow General Hospital.")
    assert r.verdict == "misreported" and "name:" in reasons(r), reasons(r)


def test_how_the_data_were_analysed_or_what_a_size_amounts_to_is_no_cause() -> None:
    """In an observational study, "Adjusting for sleep attenuated the link" and "enough to
    raise X" state no cause of the study's subject."""
    for sentence in (
        "Adjusting for diet attenuated the difference in dementia risk, the study found.",
        "That is enough to lower dementia risk by half, the study found.",
    ):
        r = judged("cohort", sentence)
        assert "causal" not in reasons(r), reasons(r)
    r = judged("cohort", "Walking 9,800 steps a day lowers dementia risk by 51%.")
    assert "causal" in reasons(r), reasons(r)


def test_a_link_told_plainly_claims_less_than_a_hedged_cause() -> None:
    r = judged("cohort", "The study links walking more to a lower risk of dementia.")
    assert "certainty" not in reasons(r), reasons(r)
    r = judged("cohort", "The study proves walking more lowers the risk of dementia.")
    assert r.verdict == "overstated", reasons(r)


def test_a_proof_told_in_reported_speech_is_overstated() -> None:
    """ "X says the trial proves P" reports no one's words: the trial does not prove."""
    r = judged("trial", "Lindqvist says the trial proves this is the first pill that really works.")
    assert r.verdict == "overstated" and "prove" in reasons(r), reasons(r)
    r = judged(
        "trial",
        'Lindqvist said: "For people who have coughed for years, this is the first pill that '
        'really works."',
    )
    assert r.verdict == "supported", reasons(r)


def test_how_long_the_study_ran_is_checked_against_its_design() -> None:
    r = judged("trial", "The whole trial ran for six months at clinics across the country.")
    assert r.verdict == "misreported" and "duration" in reasons(r), reasons(r)
    r = judged("trial", "The trial ran for 12 weeks.")
    assert r.verdict != "misreported", reasons(r)


def test_how_long_people_were_followed_is_checked_against_the_design() -> None:
    """ "Tracked 90,000 people for 20 years" where the cohort was followed for a median of
    11 years: a wrong length of follow-up, whatever fact the claim is aligned to."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tea-cohort"
title = "Green tea and hip fracture"
[[facts]]
id = "cohort"
kind = "design"
text = "The cohort of 91,300 adults was followed up for a median of 11 years."
[[facts]]
id = "fracture"
kind = "result"
text = "Daily green tea drinkers had 9% fewer hip fractures."
""",
        "tea.toml",
    )
    r = judged_on(sheet, "Scientists tracked 90,000 Japanese tea lovers for more than 20 years.")
    assert r.verdict == "misreported", reasons(r)
    assert 'duration: the claim says "more than 20 years"' in reasons(r)
    r = judged_on(sheet, "Scientists followed 90,000 adults for about 11 years.")
    assert "duration" not in reasons(r), reasons(r)


def test_a_cause_told_as_evidence_that_is_still_a_cause() -> None:
    """ "The findings add to evidence that X cuts Y" states a cause inside its frame; the
    study found an association. The frame told with an association is supported."""
    r = judged(
        "cohort",
        "The findings add to growing evidence that a brisk walking pace cuts dementia risk.",
    )
    assert r.verdict == "overstated" and "causal" in reasons(r), reasons(r)
    r = judged(
        "cohort",
        "The results add to evidence that a brisk walking pace is linked to lower dementia risk.",
    )
    assert r.verdict == "supported", reasons(r)


def test_an_investigators_words_told_as_found_are_overstated_even_with_praise() -> None:
    """'They found that <the investigator's words>' gives an opinion to the study as its
    finding, whatever the article thinks of it ("wonderful news"); 'they found it easy'
    (no "that") is what people did, not a finding told."""
    r = judged_on(
        _ORCHARD,
        "They found that growers who plant a hedgerow in a weekend get the bees back within a "
        "season, which is wonderful news.",
    )
    assert r.verdict == "overstated", reasons(r)
    assert "presents an investigator's words" in reasons(r)
    r = judged_on(_ORCHARD, "They found it easy to plant a hedgerow in a weekend.")
    assert r.verdict != "overstated", reasons(r)


def test_what_the_story_says_it_proves_is_overstated_where_no_fact_is_named() -> None:
    """'It proves what every grower has always known': the finding just told, said to be
    proof, though no fact is close enough to name; a proof of something else is not."""
    for sentence in (
        "It proves what every grower has always known.",
        "Honestly, this finally proves what old farmers always said.",
        "It's proof that hedgerows were the answer all along.",
        "This is proof that growers were right all along.",
        "The discovery proves what old farmers always said.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "does not prove them" in reasons(r)
        assert "background:" not in reasons(r)  # no reason for another verdict
    for sentence in (
        "The proof of the pudding is in the eating.",
        "Mathematicians proved the theorem in 1995.",
        "It's proof of age that the shop asks for, not a receipt.",
    ):
        assert judged_on(_ORCHARD, sentence).verdict == "background", sentence


def test_a_benefit_promised_to_come_where_no_fact_is_named_is_overstated() -> None:
    """ "Growers who plant hedgerows will never lose a harvest again": a benefit the study's
    topic is said to bring, though no fact is close enough to name. A plan, a benefit
    denied, or a future that is no benefit stays background."""
    for sentence in (
        "Growers who plant hedgerows will never lose an apple harvest again.",
        "A strip of flowers will protect every orchard from a poor season.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "promise:" in reasons(r), reasons(r)
    for sentence in (
        "The team will present the orchard results at a meeting in May.",
        "Hedgerows will not save every orchard from a poor season.",
        "Traffic on the bypass will keep rising through the summer.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict != "overstated", (sentence, reasons(r))


def test_what_the_paper_says_or_includes_is_told_as_the_studys() -> None:
    """ "The paper also says ...", "an analysis included in the paper", "growers in the trial
    said ...": the study's, so unsupported where no fact states it."""
    for sentence in (
        "The paper also says the bees preferred white flowers to yellow ones.",
        "A cost analysis included in the paper favoured hedgerows over sprays.",
        "Growers in the trial said their pears ripened a fortnight early.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "unsupported", (sentence, reasons(r))
    for sentence in (
        "Critics of the paper said the pears were never counted.",
        "Growers said their pears ripened a fortnight early this year.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict != "unsupported", (sentence, reasons(r))


def test_a_cure_told_as_the_studys_finding_is_overstated_not_unsupported() -> None:
    """ "Orchards have been CURED of fire blight, the study found": the study's treatment
    said to cure inflates what it found (overstated), it invents no new finding; a cure
    denied is no such claim."""
    r = judged_on(_ORCHARD, "Orchards have been CURED of fire blight by hedgerows, scientists say.")
    assert r.verdict == "overstated", reasons(r)
    assert '"CURED"' in reasons(r), reasons(r)
    r = judged_on(_ORCHARD, "The study found there is still no cure for fire blight.")
    assert r.verdict != "overstated", reasons(r)


def test_a_proof_told_beside_where_the_study_appeared_is_still_overstated() -> None:
    """ "The study published in X on 3 May has proven what growers knew": its closest fact is
    where it appeared, but the claim says the study proved something: overstated. The
    publication alone is supported."""
    for sentence in (
        "The study published in Insects & Farmland on 3 May 2024 has proven what growers knew.",
        "Published in Insects & Farmland on 3 May 2024, the study proves growers were right.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "does not prove" in reasons(r), reasons(r)
    r = judged_on(_ORCHARD, "The study was published in Insects & Farmland on 3 May 2024.")
    assert r.verdict == "supported", reasons(r)


def test_the_study_said_to_confirm_or_establish_a_finding_claims_a_proof() -> None:
    """ "The data establish that X", "this basically confirms X", "Science Confirms: X": the
    study is said to have proved its finding, whichever fact is closest. What remains to be
    confirmed, what the data cannot establish, earlier work the study agrees with and a
    count confirmed by observers claim no proof."""
    for sentence in (
        "The data establish that hedgerows bring wild bees back to apple orchards.",
        "The findings confirm that orchards with flowering hedgerows have more wild bees.",
        "This basically confirms hedgerows are the answer for orchard bees.",
        "Science Confirms: Hedgerows Bring The Wild Bees Back To Orchards",
        "The results demonstrate that growers should plant hedgerows around every orchard.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "does not prove" in reasons(r), (sentence, reasons(r))
    for sentence in (
        "The authors caution that the data cannot establish that hedgerows are the reason.",
        "Further work will be needed to confirm that hedgerows are the reason.",
        "The findings confirm earlier surveys of wild bees in orchards.",
        "Wild bee counts in the orchards were confirmed by two observers.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert "does not prove" not in reasons(r), (sentence, reasons(r))


def test_equal_told_for_a_treatment_found_non_inferior_is_overstated() -> None:
    """A splint found non-inferior to a cast (not worse by more than a set margin) is not
    "just as good"; "nearly as good" and "patients as well as doctors" are no such claim."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "splint"
title = "Splints versus casts for wrist fractures in children"
[[facts]]
id = "noninferior"
kind = "result"
text = "Recovery with a removable splint was non-inferior to a cast at six weeks."
[[facts]]
id = "pain"
kind = "result"
text = "Pain scores at one week were similar in the two groups."
""",
        "splint.toml",
    )
    for sentence in (
        "Splints worked just as well as casts for children's wrist fractures.",
        "A removable splint is as effective as a cast, the trial found.",
    ):
        r = judged_on(sheet, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "non-inferiority" in reasons(r)
    for sentence in (
        "Splints were nearly as good as casts for children's wrist fractures.",
        "Parents as well as doctors preferred the splint.",
    ):
        assert "non-inferiority" not in reasons(judged_on(sheet, sentence)), sentence


def test_a_proof_denied_with_nt_is_no_proof() -> None:
    """ "it hasn't been proven that ..." denies the proof, as "it has not been" does."""
    for sentence in (
        "Orchards bordered by flowering hedgerows had 40% more wild bees, though it hasn't "
        "been proven that hedgerows are the reason.",
        "Orchards bordered by flowering hedgerows had 40% more wild bees, though it has not "
        "been proven that hedgerows are the reason.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_shown_to_work_for_what_may_be_effective_is_overstated() -> None:
    """ "The findings show that night buses work", where the study says they "may be an
    effective" measure: "effective" names no cause that the claim could leave out, so the
    claim states the hedged conclusion more strongly. A cause the fact names ("a consequence
    of Z") and the claim leaves out still excuses it."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "buses"
title = "Night buses and late-night injuries"
subjects = "cities"
[[facts]]
id = "concl"
kind = "conclusion"
certainty = "suggested"
text = "The findings suggest that night buses may be an effective injury prevention measure."
[[facts]]
id = "cause"
kind = "conclusion"
certainty = "suggested"
text = "Fewer injuries may be a consequence of fewer people driving home."
""",
        "buses.toml",
    )
    r = judged_on(sheet, "The findings show that night buses work.")
    assert r.verdict == "overstated" and "show" in reasons(r), reasons(r)
    r = judged_on(sheet, "There were fewer injuries.")
    assert r.verdict == "supported", reasons(r)


def test_causal_words_that_state_no_cause_are_no_causal_claim() -> None:
    """Of an observational result, "slow-growing", "table-shaped", "made a remarkable
    comeback", "make up a third" and "slowed down by an average of 2 km/h" claim no cause;
    "the limit slowed drivers down" and "were cut by 20% thanks to the limit" do."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "trees"
title = "Which trees recover after storms: a survey of 60 woods"
subjects = "woods"
observational = true
[[facts]]
id = "oaks"
kind = "result"
association = true
text = "Oaks had regained their canopy at 60% of woods and now make up a third of all trees."
[[facts]]
id = "traffic"
kind = "result"
association = true
text = "After the new limit, drivers slowed down by 2 km/h and deer collisions were 20% lower."
""",
        "trees.toml",
    )
    for said in (
        "Slow-growing oaks had regained their canopy at 60% of the woods.",
        "Oaks made a remarkable comeback, regaining their canopy at 60% of woods.",
        "Oaks now make up a third of all the trees in the woods.",
        "After the new limit, drivers slowed down by an average of 2 km/h.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    for said in (
        "The new limit slowed drivers down and cut deer collisions.",
        "Deer collisions were cut by 20% thanks to the new limit.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "overstated" and "causal" in reasons(r), (said, reasons(r))


def test_an_estimates_figure_told_as_about_so_much_keeps_the_estimate() -> None:
    """ "The kits cost about £40 each", for "are estimated to cost about £40": the figure is
    given as near as the estimate, not as a measured price; "cost exactly £40" is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kits"
title = "Home test kits for radon"
[[facts]]
id = "cost"
kind = "result"
certainty = "suggested"
text = "The kits are estimated to cost about £40 each to make."
""",
        "kits.toml",
    )
    r = judged_on(sheet, "The kits are cheap too: they cost about £40 each to make.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Research shows the kits cost £40 each to make.")
    assert r.verdict == "overstated", reasons(r)


def test_so_much_for_every_unit_is_a_rate_not_everyone() -> None:
    """ "Earning 10p for every word" is a rate; "every pupil improved" is a claim of all."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "spell"
title = "Paying pupils to practise spelling"
subjects = "pupils"
[[facts]]
id = "pay"
kind = "design"
text = "Pupils practised spelling lists and were paid 10p per correctly spelled word."
[[facts]]
id = "gain"
kind = "result"
text = "On average, paid pupils spelled more words correctly than unpaid pupils."
""",
        "spell.toml",
    )
    r = judged_on(
        sheet, "Pupils practised spelling lists, earning 10p for every word spelled right."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Every paid pupil spelled more words correctly than unpaid pupils.")
    assert r.verdict == "overstated" and "Every" in reasons(r), reasons(r)


def test_a_share_of_the_variation_explained_is_no_cause() -> None:
    """ "The shared family environment explained just 3%": a share of the variation, not a
    cause stated for an association; "explains why X" still may be one."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "twin-sleep"
title = "Twins and insomnia"
observational = true
[[facts]]
id = "shared"
kind = "result"
association = true
text = "The shared family environment accounted for 3% of the variation in insomnia."
""",
        "twin-sleep.toml",
    )
    r = judged_on(
        sheet, "The family environment the twins shared explained just 3% of the variation."
    )
    assert r.verdict == "supported", reasons(r)


def test_effects_someone_had_state_no_cause() -> None:
    """ "Problems three nights a week, with daytime effects": a noun of what they had; "with
    an effect on sleep" still names what acts on what."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "twin-def"
title = "Twins and insomnia"
observational = true
[[facts]]
id = "definition"
kind = "result"
association = true
text = "Insomnia was counted if sleep problems came on three nights a week with daytime effects."
""",
        "twin-def.toml",
    )
    r = judged_on(
        sheet,
        "Insomnia was counted for sleep problems on three nights a week, with daytime effects.",
    )
    assert r.verdict == "supported", reasons(r)


_FERRY_PASS = """
schema = 2
[study]
id = "ferry-pass"
title = "Island ferry passes and winter health"
observational = true
[[facts]]
id = "effectiveness"
kind = "result"
text = "The pass's effectiveness against missed clinic visits was estimated at 40% among islanders."
[[facts]]
id = "night"
kind = "result"
text = "Most crossings by pass holders happened between 6 pm and 6 am."
[[facts]]
id = "rate"
kind = "result"
text = "About 300 ferry crossings took place per day in winter."
[[facts]]
id = "not-children"
kind = "design"
text = "Children under 16 were not studied; they will be examined in a later paper."
[[facts]]
id = "compared"
kind = "result"
text = "Pass holders were about half as likely to miss a clinic visit as islanders without a pass."
"""


def test_an_observational_studys_own_measure_is_no_cause() -> None:
    """Of an observational result, the fact's own word ("effectiveness") is no cause the
    claim adds; "made" and "making" as light verbs ("crossings made between 6 pm and 6 am",
    "making the trip") state no cause either. "The pass cut missed visits" still does."""
    sheet = parse_sheet(_FERRY_PASS, "ferry.toml")
    for text in (
        "The pass showed 40% effectiveness against missed clinic visits among islanders.",
        "Most pass holders' crossings were made between 6 pm and 6 am.",
        "Pass holders were seen making the trip between 6 pm and 6 am most often.",
    ):
        r = judged_on(sheet, text)
        assert r.verdict == "supported", (text, reasons(r))
    r = judged_on(sheet, "The pass cut missed clinic visits by 40% among islanders.")
    assert r.verdict == "overstated", reasons(r)


def test_every_single_day_is_a_rate_and_work_left_for_later_is_not_done() -> None:
    """ "Every single day" is how often, not a span of one day; work the study left out
    ("outside the study's scope") or left for later ("working on it for a later paper") is no
    claim that it did it; "those who had not" names the other group of a comparison."""
    sheet = parse_sheet(_FERRY_PASS, "ferry.toml")
    for text in (
        "About 300 ferry crossings took place every single day in winter.",
        "Children under 16 were outside the study's scope.",
        "The team is already working on children under 16 for a later paper.",
        "Islanders who had a pass were about half as likely to miss a clinic visit as those "
        "who had not.",
    ):
        r = judged_on(sheet, text)
        assert r.verdict == "supported", (text, reasons(r))
    r = judged_on(sheet, "The study also examined children under 16.")
    assert r.verdict == "misreported", reasons(r)


def test_data_held_back_for_later_is_not_claimed_analysed() -> None:
    """ "The interviews, recorded in 2024, are held back" agrees with a fact that they were
    recorded but not analysed; "the team analysed the interviews" says the study did it."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ferry-voices"
title = "Ferry passes: voices of islanders"
[[facts]]
id = "not-interviews"
kind = "design"
not_done = true
text = "The interviews were not analysed in this study; they were recorded in 2024 and will \
be analysed in a later paper."
""",
        "voices.toml",
    )
    r = judged_on(sheet, "The interviews, recorded in 2024, are held back.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The team analysed the interviews with islanders.")
    assert r.verdict == "misreported", reasons(r)


def test_an_absolute_the_fact_does_not_have_is_overstated() -> None:
    """ "The spray is totally safe" and "healthy leaves were left completely untouched" add
    an absolute to facts that have none; "almost impossible", a denial ("cannot be ruled out
    entirely") and an absolute inside an investigator's quote do not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "vine-spray"
title = "A copper-free spray for grapevines"
[[facts]]
id = "safety"
kind = "result"
text = "No harm to bees was seen in the sprayed vineyards over one season."
[[facts]]
id = "leaves"
kind = "result"
text = "Healthy leaves sprayed with the mixture grew as fast as unsprayed ones."
[[facts]]
id = "drift"
kind = "caveat"
text = "Drift onto nearby hedges could not be ruled out entirely."
""",
        "vines.toml",
    )
    for text in (
        "The spray is totally safe for bees in sprayed vineyards.",
        "Healthy leaves sprayed with the mixture were left completely untouched.",
    ):
        r = judged_on(sheet, text)
        assert r.verdict == "overstated" and "absolute" in reasons(r), (text, reasons(r))
    for text in (
        "Drift onto nearby hedges could not be ruled out entirely.",
        "Healthy leaves sprayed with the mixture grew almost perfectly as fast as unsprayed ones.",
    ):
        r = judged_on(sheet, text)
        assert "absolute" not in reasons(r), (text, reasons(r))


_BEE_HOTELS = """
schema = 2
[study]
id = "bee-hotels"
title = "Bee hotels in city parks"
published = 2025-05-01
[[facts]]
id = "result"
kind = "result"
text = "Parks with bee hotels had 30% more solitary bees after two summers."
[[related]]
id = "pilot"
title = "A pilot of bee hotels in two parks"
relation = "an earlier pilot by the same team"
published = 2021-06-01
[[related.facts]]
id = "pilot-result"
kind = "result"
text = "In the pilot, nine in ten hotels were occupied by the first autumn."
"""


def test_a_claim_naming_a_related_study_by_its_kind_or_year_reports_it() -> None:
    """ "A smaller pilot had found most hotels filled within months" names the related pilot
    by a word of its title: it reports that study's finding, as that study's, although it
    words it loosely; told as this study's, the same finding is unsupported."""
    sheet = parse_sheet(_BEE_HOTELS, "bees.toml")
    r = judged_on(sheet, "A smaller pilot had found most of the hotels occupied by autumn.")
    assert r.match.fact_id == "pilot-result" and r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The study found nine in ten hotels were occupied by the first autumn.")
    assert r.verdict == "unsupported", reasons(r)


def test_what_a_device_does_is_a_finding_of_a_device_trial() -> None:
    """ "The splint protects against stiffness" states what the trial's device does, as
    "the pill stops the itch" does of a drug trial: a finding, aligned loosely, not
    background."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "wrist-splint-2"
title = "A removable splint after wrist fracture"
[terms]
splint = ["removable splint"]
[[facts]]
id = "stiffness"
kind = "result"
text = "At 12 weeks, wrist stiffness was reported by 8% of splint and 12% of cast patients."
[[facts]]
id = "design"
kind = "design"
text = "Adults with a wrist fracture were given a splint or a plaster cast for six weeks."
""",
        "splint.toml",
    )
    r = judged_on(sheet, "The splint protects young wrists from stiffening.")
    assert r.verdict != "background" and r.match.fact_id == "stiffness", reasons(r)


def test_the_lead_institution_in_another_word_order_is_no_partner() -> None:
    """ "Run by Dunmore University" where the sheet's lead is "the University of Dunmore's
    Centre for Rural Care": the same university, its words in another order."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "rural-care"
title = "Nurse visits in rural homes"
institutions = ["University of Dunmore", "Kelby University"]
[[facts]]
id = "lead"
kind = "bibliographic"
text = "The study was led by the University of Dunmore's Centre for Rural Care with Kelby \
University."
[[facts]]
id = "visits"
kind = "result"
text = "Nurse visits cut emergency admissions by 12%."
[[facts]]
id = "wards"
kind = "design"
text = "Admissions were counted at Dunmore University Hospital."
""",
        "rural.toml",
    )
    r = judged_on(
        sheet, "The study, run by Dunmore University and Kelby University, cut admissions."
    )
    assert "lead institution" not in reasons(r), reasons(r)
    for partner in ("Kelby University", "Dunmore University Hospital"):
        r = judged_on(sheet, f"The study was led by {partner}.")
        assert "lead institution" in reasons(r), (partner, reasons(r))


def test_a_claim_that_keeps_the_studys_hedge_says_so_in_its_reason() -> None:
    """ "..., which doctors judged possibly related to the vaccine" repeats the fact's own
    hedge: supported, and the reason names the hedge kept (not an account of the method)."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "jab"
title = "A shingles vaccine in older adults"
[[facts]]
id = "stroke"
kind = "result"
certainty = "speculated"
text = "One stroke in the vaccine group was judged possibly related to the vaccine."
[[facts]]
id = "cases"
kind = "result"
text = "The vaccine prevented 91% of shingles cases."
""",
        "jab.toml",
    )
    r = judged_on(
        sheet,
        "There was one stroke in the vaccine group, which doctors judged possibly related to "
        "the vaccine.",
    )
    assert r.verdict == "supported", reasons(r)
    assert 'keeps the study\'s own hedge ("possibly")' in reasons(r), reasons(r)
    r = judged_on(sheet, "One stroke in the vaccine group was caused by the vaccine.")
    assert r.verdict == "overstated", reasons(r)
