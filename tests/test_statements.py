"""What a sentence can say in words of its own that only some facts say: how common the
condition is and what its symptoms are (language/condition.py), that the work was not done in
people (language/scope.py); and the alignment of a claim saying so to the fact saying so. The
sentences and the studies are invented for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.language.condition import (
    defines_condition,
    describes_diagnosis,
    describes_symptoms,
    opposes_prior_view,
    states_cause_unknown,
    states_prevalence,
    states_prior_view,
    states_treatment,
)
from claimdiff.language.scope import (
    animal_caveat,
    claims_everyone,
    describes_follow_up,
    describes_participants,
    states_aim,
    tells_reader,
)
from claimdiff.study.sheet import parse_sheet
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
    assert describes_symptoms(text) in (True, False)
    assert animal_caveat(text) in (True, False)
    assert states_treatment(text) in (True, False)
    assert defines_condition(text) in (True, False)
    assert states_prior_view(text) in (True, False)
    assert opposes_prior_view(text) in (True, False)
    assert states_cause_unknown(text) in (True, False)
    assert describes_diagnosis(text) in (True, False)


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


_HIVES = parse_sheet(
    """
schema = 2
[study]
id = "hives-2025"
title = "An antibody against mast-cell receptors calms chronic hives"
subjects = "adults with chronic hives"
[[facts]]
id = "itch"
kind = "result"
text = "After 12 weeks, itch scores fell by 60% on the antibody and by 20% on placebo."
[[facts]]
id = "design"
kind = "design"
text = "The trial randomly assigned 300 adults with chronic hives to the antibody or placebo."
[[facts]]
id = "symptoms"
kind = "context"
source = "background"
text = "Chronic hives is characterised by itchy weals and swelling that come and go for months."
[[facts]]
id = "common"
kind = "context"
source = "background"
text = "About 1 in 100 people will have chronic hives at some point."
[[facts]]
id = "care-now"
kind = "context"
source = "background"
text = "The usual care, antihistamines, fails to help half of those with hives."
[[facts]]
id = "chronic"
kind = "context"
source = "background"
text = "Hives is called chronic when weals keep coming back for more than six weeks."
also = ["Hives counts as chronic after six weeks"]
[[facts]]
id = "autoimmune"
kind = "conclusion"
certainty = "suggested"
text = "The results suggest chronic hives may be partly an autoimmune disorder."
[[facts]]
id = "skin-cells"
kind = "conclusion"
certainty = "suggested"
text = "The antibody seems to work by calming mast cells in the skin."
[[facts]]
id = "diagnosis"
kind = "context"
source = "background"
text = "Chronic hives is often hard to diagnose, since no blood test can confirm it."
[[facts]]
id = "old-view"
kind = "context"
source = "background"
text = "Chronic hives has long been regarded as an allergy to something in food or the air."
""",
    "hives.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Common symptoms of the condition include raised red patches and a burning feeling.",
        "Typical features of urticaria are sudden welts on the arms.",
        "Symptoms: red bumps, swollen lips, sleepless nights.",
        "It is a long-lasting disorder that causes raised bumps all over the skin.",
        "People with hives often feel a burning sensation at night.",
        "The illness is characterized by flares lasting days.",
        "Patients frequently complain of itching that keeps them awake.",
        "It causes itching all over the body, swelling, poor sleep and days off work.",
        "Chronic urticaria can cause swollen lips, itch and anxiety.",
    ],
)
def test_a_description_of_the_condition_describes_its_symptoms(sentence: str) -> None:
    assert describes_symptoms(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mice given the antibody showed fewer symptoms such as scratching.",  # an experiment
        "Symptoms improved in most trial participants.",
        "People with hives are mostly women.",  # who has it, not what it is like
        "The symptoms are caused by mast cells releasing histamine.",  # a cause
        "The antibody causes headaches, nausea and dizziness.",  # side effects of a drug
        "It causes swelling.",  # one complaint, said of anything
    ],
)
def test_a_result_or_a_cause_is_no_description_of_symptoms(sentence: str) -> None:
    assert not describes_symptoms(sentence)


def test_a_claim_describing_the_condition_reports_the_fact_that_describes_it() -> None:
    """In words of its own ("raised red patches", "a burning feeling"), a description of the
    condition reports the sheet's description of it, not a result it shares a word with."""
    r = judged_on(
        _HIVES,
        "Common symptoms of the condition include raised red patches and an itch that "
        "lasts for weeks.",
    )
    assert (r.match.fact_id, r.verdict) == ("symptoms", "supported"), reasons(r)
    r = judged_on(_HIVES, "People with hives often feel a burning sensation at night.")
    assert r.match.fact_id == "symptoms", reasons(r)
    # a list of what it causes; "sleepless nights" says no time span to check against
    r = judged_on(_HIVES, "It causes swollen lips, anxiety and sleepless nights.")
    assert (r.match.fact_id, r.verdict) == ("symptoms", "supported"), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "So far the compound has only been given to rodents, so it is too early to say more.",
        "The work was done in lab animals, but whether the same holds for humans is open.",
        "It has not yet been tested in people.",
        "Only rats were studied; effects in humans were not investigated.",
        "Since the subjects were not human, the results should be read with care.",
        "It is still unknown whether the pill would work in patients.",
    ],
)
def test_a_study_not_done_in_people_is_an_animal_caveat(sentence: str) -> None:
    assert animal_caveat(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mice fed the compound lived 12% longer.",
        "The team checked whether the rats behaved like humans with the disease.",
        "Blood from patients was injected into mice.",
    ],
)
def test_an_experiment_in_animals_is_no_caveat(sentence: str) -> None:
    assert not animal_caveat(sentence)


def test_a_claim_that_the_work_was_not_done_in_people_reports_the_caveat() -> None:
    """In words of its own, a claim that the study was in animals only reports the sheet's
    caveat saying so (a caveat, not a result about the same animals)."""
    r = judged_on(
        STUDIES["mice"],
        "So far the compound has only been given to rodents, so it is too early to say more.",
    )
    assert (r.match.fact_id, r.verdict) == ("people", "supported"), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "Even after decades of work there is still no effective medical treatment for it.",
        "The disease has no known cure.",
        "Current drugs only ease the itching for a few hours.",
        "Treatment for the skin disease focuses on avoiding triggers.",
        "No proven medical treatment",  # a headline
        "People with the rash are usually treated with creams that soothe the skin.",
    ],
)
def test_how_the_condition_is_treated_today_is_a_treatment_statement(sentence: str) -> None:
    assert states_treatment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new treatment cut itch scores by 60%.",  # a result of the study
        "The antibody could become a treatment for chronic hives.",  # a prospect
        "There is no doubt the trial was well run.",
        "No drug treatment was given to the control group.",  # the study's design
        "The volunteers were treated with the cream for six weeks.",  # what the study did
    ],
)
def test_a_result_or_a_prospect_is_no_statement_of_treatment_today(sentence: str) -> None:
    assert not states_treatment(sentence)


def test_a_claim_of_how_the_condition_is_treated_today_reports_the_fact_saying_so() -> None:
    r = judged_on(
        _HIVES, "Even after decades of work there is still no effective medical treatment for it."
    )
    assert (r.match.fact_id, r.verdict) == ("care-now", "supported"), reasons(r)


def test_a_claim_defining_the_condition_reports_the_fact_defining_it() -> None:
    assert defines_condition("Obesity is defined as a body-mass index of 30 or more.")
    assert not defines_condition("The drug cut body weight by 15%.")
    # in words of its own: "urticaria", "persistent", "welts" for "hives", "chronic", "weals"
    r = judged_on(
        _HIVES, "Urticaria is classed as persistent when the welts return again and again."
    )
    assert (r.match.fact_id, r.verdict) == ("chronic", "supported"), reasons(r)


_TRIAL_WHO = parse_sheet(
    """
schema = 2
[study]
id = "pill-k"
title = "Pill K for migraine: a placebo-controlled trial"
subjects = "adults with migraine"
[[facts]]
id = "who"
kind = "design"
text = "The 600 participants' mean age was 52, and 70% were women."
[[facts]]
id = "days"
kind = "result"
text = "Migraine days fell by four a month on pill K and by two on placebo."
""",
    "pill-k.toml",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of the volunteers were men in their thirties.",
        "The patients were mostly white.",
        "Their average age was 61.",
        "The study followed men and women aged 50 to 71.",
    ],
)
def test_who_took_part_is_a_description_of_the_participants(sentence: str) -> None:
    assert describes_participants(sentence)


def test_a_claim_of_who_took_part_reports_the_fact_saying_so_and_its_details_count() -> None:
    r = judged_on(_TRIAL_WHO, "Most of the volunteers were men in their thirties.")
    assert (r.match.fact_id, r.verdict) == ("who", "misreported"), reasons(r)
    assert not describes_participants("Migraine days fell by four a month.")


def test_a_claim_of_how_long_the_study_followed_people_reports_the_design() -> None:
    """ "Monitored them for a decade" is how long the cohort was followed: it reports the
    design fact saying so, whose "7 years" it then gets wrong."""
    assert describes_follow_up("The researchers then tracked the group until the end of 2011.")
    assert describes_follow_up("The trial ran for 68 weeks.")
    assert not describes_follow_up("Walkers were 51% less likely to develop dementia.")
    r = judged_on(STUDIES["cohort"], "Researchers then monitored them for a decade.")
    assert (r.match.fact_id, r.verdict) == ("cohort", "misreported"), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The prevailing view is that the rash comes from an allergy.",
        "Doctors have long believed that stress alone brings on the weals.",
        "For decades urticaria was widely thought to be a food allergy.",
        "The condition has traditionally been put down to nerves.",
        "It was assumed that the itching came from the skin itself.",
        "In the past, allergists have often associated the weals with something eaten.",
        "Hives was long dismissed as a reaction to stress.",
    ],
)
def test_what_was_believed_before_is_a_prior_view(sentence: str) -> None:
    assert states_prior_view(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial challenges the view that hives is an allergy.",  # the finding, set against it
        "Rather than the conventional wisdom, the rash seems to be autoimmune.",
        "The volunteers were considered healthy at the start.",  # no belief about the condition
        "The cream is considered safe.",
        "In the past year, clinics saw more cases.",  # a time, no belief
        "Patients with hives are often dismissed by their doctors.",  # how they are treated
    ],
)
def test_a_finding_set_against_the_view_or_a_plain_judgement_is_no_prior_view(
    sentence: str,
) -> None:
    assert not states_prior_view(sentence)


def test_a_claim_stating_the_old_view_reports_the_fact_stating_it() -> None:
    # in words of its own: "the conventional wisdom", "triggered by", "allergic reaction"
    claim = "The conventional wisdom holds that the welts are triggered by an allergic reaction."
    r = judged_on(_HIVES, claim)
    assert (r.match.fact_id, r.verdict) == ("old-view", "supported"), reasons(r)
    claim = "In the past, doctors often linked the welts to something in the air."
    r = judged_on(_HIVES, claim)
    assert (r.match.fact_id, r.verdict) == ("old-view", "supported"), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial challenges the view that hives is an allergy.",
        "Rather than the conventional wisdom, the rash seems to be autoimmune.",
        "The result is at odds with the long-held belief that stress causes the weals.",
        "Contrary to what doctors have long believed, the weals do not come from food.",
        "This runs counter to what allergists have suggested until now.",
        "Hives is autoimmune and does not, as previously believed, come from food.",
    ],
)
def test_a_finding_set_against_the_old_view_opposes_it(sentence: str) -> None:
    assert opposes_prior_view(sentence)
    assert not states_prior_view(sentence)


def test_a_claim_setting_a_finding_against_the_old_view_reports_the_conclusion() -> None:
    # the old view's own words ("allergy") are there too, but the point is the conclusion
    claim = "The work challenges the long-held belief that hives is simply an allergy."
    r = judged_on(_HIVES, claim)
    assert r.match.fact_id == "autoimmune", reasons(r)
    assert not opposes_prior_view("The prevailing view is that the rash comes from an allergy.")
    # even when it repeats the old view's own words, it reports the conclusion
    claim = (
        "The work overturns the long-held view that chronic hives is an allergy to something "
        "in food or the air."
    )
    r = judged_on(_HIVES, claim)
    assert r.match.fact_id == "autoimmune", reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The causes of chronic hives are still largely unknown.",
        "Its exact trigger remains a mystery.",
        "No one really knows why the weals keep coming back.",
    ],
)
def test_that_nobody_knows_the_cause_is_a_statement_of_its_own(sentence: str) -> None:
    assert states_cause_unknown(sentence)


def test_a_claim_that_the_cause_is_unknown_reports_no_finding_of_the_study() -> None:
    # the study's conclusion names a cause ("autoimmune"); saying nobody knows is background
    claim = "The causes of the chronic hives disorder are largely unknown."
    r = judged_on(_HIVES, claim)
    assert r.verdict == "background", reasons(r)
    assert not states_cause_unknown("The results suggest the antibodies cause the weals.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The rash is a notoriously difficult condition to diagnose.",
        "There is still no reliable lab test that picks it out.",
        "Diagnosis can take years.",
        "It is frequently misdiagnosed as an allergy.",
    ],
)
def test_how_hard_the_condition_is_to_diagnose_is_a_diagnosis_statement(sentence: str) -> None:
    assert describes_diagnosis(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No tests were done on the volunteers' skin.",  # the study's work
        "The test showed no difference between the groups.",
        "Doctors diagnosed the volunteers with chronic hives.",
    ],
)
def test_a_test_of_the_study_is_no_diagnosis_statement(sentence: str) -> None:
    assert not describes_diagnosis(sentence)


def test_a_claim_of_how_hard_the_condition_is_to_diagnose_reports_the_fact_saying_so() -> None:
    r = judged_on(_HIVES, "There is still no reliable lab test that picks out the disorder.")
    assert (r.match.fact_id, r.verdict) == ("diagnosis", "supported"), reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "The aim of the study was to find out whether the antibody calms the itch.",
        "Examining whether mast cells in the skin respond to the antibody.",
        "The researchers set out to test if the weals came back after treatment.",
    ],
)
def test_what_a_study_set_out_to_find_is_an_aim(sentence: str) -> None:
    assert states_aim(sentence)


def test_an_aim_is_no_aim_without_what_was_tested() -> None:
    assert not states_aim("Testing took twelve weeks.")
    assert not states_aim("The aim is simple: fewer weals.")


def test_an_aim_reports_what_the_study_did_or_found_about_it() -> None:
    """ "Assessing whether the antibody changed the skin": the closest result or design, not
    background (the claim names the study's work) and not a caveat that shares a word."""
    claim = (
        "The aim of the work was to find out whether the antibody calmed itching over three months."
    )
    r = judged_on(_HIVES, claim)
    assert (r.match.fact_id, r.verdict) == ("itch", "supported"), reasons(r)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The benefits of the diet work for everyone, young or old.", "work for everyone"),
        ("This pill will help anyone who wants to sleep better.", "help anyone"),
        ("Whatever your age, a daily walk is good for the brain.", "Whatever your age"),
        ("The drug is safe for all adults.", "is safe for all adults"),
        ("Early births become half as likely for any woman who takes it.", "for any woman who"),
        ("The implant turns thoughts into words for anyone who has lost speech.", "for anyone who"),
        ("The app could help any teenager who worries about exams.", "help any teenager"),
    ],
)
def test_a_claim_that_it_holds_for_everyone_says_so(sentence: str, said: str) -> None:
    assert said in (claims_everyone(sentence) or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The drug does not work for everyone.",
        "It won't help anyone who stops taking it.",
        "Anyone who has had the illness knows how tiring it is.",
        "It works for people with severe asthma.",
        "The clinic is open for anyone who wants advice.",
        "Ask your doctor before you give any teenager a new medicine.",
    ],
)
def test_a_denial_or_a_description_is_no_claim_for_everyone(sentence: str) -> None:
    assert claims_everyone(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Rowing machines make you fitter in a month.", "make you"),
        ("A cup of cocoa a day will lower your blood pressure.", "lower your"),
        ("Book the scan and you're far less likely to need surgery.", "less likely"),
        ("Your risk of a fall goes up with every extra pill.", "Your risk"),
        ("Standing desks SHRINK YOUR back pain, scientists say.", "SHRINK YOUR"),
    ],
)
def test_a_finding_told_as_what_it_does_for_the_reader(sentence: str, said: str) -> None:
    assert said in (tells_reader(sentence) or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "The cocoa did not lower your blood pressure in the trial.",
        "If you are over 60, the scan will cut your risk of surgery.",
        "The pamphlet makes you think about your diet.",
        "You can read the full paper online.",
        "The test can give you a rough idea of how many fish live there.",
    ],
)
def test_no_finding_told_to_the_reader(sentence: str) -> None:
    assert tells_reader(sentence) is None


def test_a_claim_that_it_works_for_everyone_overstates_who_was_studied() -> None:
    """ "It works for everyone" reports the fact that says who took part, and widens it."""
    r = judged_on(STUDIES["cohort"], "Walking works for everyone, whatever their age.")
    assert (r.match.fact_id, r.verdict) == ("cohort", "overstated"), reasons(r)
    assert 'holds for everyone ("works for everyone")' in reasons(r)
    r = judged_on(STUDIES["cohort"], "Walking does not work for everyone.")
    assert "holds for everyone" not in reasons(r)
    r = judged_on(STUDIES["trial"], "Celvoprant will help anyone with a long-lasting cough.")
    assert r.verdict == "overstated" and 'holds for everyone ("help anyone")' in reasons(r)
