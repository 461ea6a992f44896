"""Verdict rules on details a claim can get wrong or inflate, each on an invented study written
for this file: a promise the study denies, an outcome it did not measure, an age, the count of
one arm of a trial, a condition the trial excluded, the only one of several effects, a result
another fact rules out, a detail a fact names only in what the study did not establish."""

from __future__ import annotations

from pathlib import Path

from claimdiff.language.details import DetailBook
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import parse_sheet
from studies import STUDIES, judged, judged_on, reasons

# An invented trial of a migraine tablet; every sentence written for these tests.
_MIGRAINE = parse_sheet(
    """
schema = 2
[study]
id = "ostrafen-migraine"
title = "Ostrafen tablets for frequent migraine: a randomised trial"
subjects = "adults with frequent migraine"
[terms]
ostrafen = ["the tablet"]
migraine = ["migraines"]
[[facts]]
id = "arms"
kind = "design"
text = "The trial randomly assigned 1,204 adults: 803 to ostrafen and 401 to placebo."
[[facts]]
id = "people"
kind = "design"
text = "Participants' mean age was 41 years and 80% were women."
[[facts]]
id = "onset"
kind = "context"
text = "Frequent migraine usually begins between 20 and 45 years of age."
[[facts]]
id = "excluded"
kind = "caveat"
text = "People with epilepsy were excluded, so the results apply to adults without epilepsy."
[[facts]]
id = "days"
kind = "result"
text = "Ostrafen cut monthly migraine days from eight to four over six months."
[[facts]]
id = "harms"
kind = "result"
text = "Harms on ostrafen were mostly mild: dizziness, dry mouth, tiredness and nausea."
[[facts]]
id = "conclusion"
kind = "conclusion"
text = "The authors conclude that ostrafen halves migraine days; it is not a cure."
[[facts]]
id = "strokes"
kind = "conclusion"
certainty = "speculated"
text = "It might cut strokes; the trial did not measure strokes, heart attacks or deaths."
""",
    "migraine.toml",
)


def test_a_benefit_the_fact_denies_does_not_back_a_promise() -> None:
    # the fact names a cure only to deny it ("it is not a cure")
    r = judged_on(_MIGRAINE, "Ostrafen is a cure for migraine.")
    assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), reasons(r)
    assert 'promises "a cure"' in reasons(r)


def test_an_outcome_the_study_did_not_measure_claimed_as_found_is_overstated() -> None:
    r = judged_on(_MIGRAINE, "The tablet also lowers the risk of strokes and heart attacks.")
    assert (r.match.fact_id, r.verdict) == ("strokes", "overstated"), reasons(r)
    assert "did not measure strokes" in reasons(r)
    # told as the possibility the fact names, it is supported
    r = judged_on(_MIGRAINE, "Ostrafen might in time cut the number of strokes.")
    assert (r.match.fact_id, r.verdict) == ("strokes", "supported"), reasons(r)


def test_an_age_is_told_to_the_year() -> None:
    r = judged_on(_MIGRAINE, "Participants' average age was 46 years.")
    assert (r.match.fact_id, r.verdict) == ("people", "misreported"), reasons(r)
    assert '"average age was 46"' in reasons(r)
    r = judged_on(_MIGRAINE, "Participants' average age was 41 years.")
    assert (r.match.fact_id, r.verdict) == ("people", "supported"), reasons(r)


def test_an_age_range_told_in_years_of_age_is_checked_at_both_ends() -> None:
    r = judged_on(_MIGRAINE, "Frequent migraine usually starts in people aged 30 to 50.")
    assert (r.match.fact_id, r.verdict) == ("onset", "misreported"), reasons(r)
    r = judged_on(_MIGRAINE, "Frequent migraine usually starts in people aged 20 to 45.")
    assert (r.match.fact_id, r.verdict) == ("onset", "supported"), reasons(r)


def test_the_count_of_one_arm_of_a_trial_is_compared() -> None:
    r = judged_on(_MIGRAINE, "Of the adults enrolled, 803 were on ostrafen and 590 on placebo.")
    assert (r.match.fact_id, r.verdict) == ("arms", "misreported"), reasons(r)
    assert '"590 on placebo"' in reasons(r) and '"401 to placebo"' in reasons(r)
    r = judged_on(_MIGRAINE, "Of the adults enrolled, 803 were on ostrafen and 401 on placebo.")
    assert (r.match.fact_id, r.verdict) == ("arms", "supported"), reasons(r)


def test_participants_given_a_condition_the_trial_excluded_is_misreported() -> None:
    r = judged_on(_MIGRAINE, "The adults in the trial had epilepsy.")
    assert (r.match.fact_id, r.verdict) == ("excluded", "misreported"), reasons(r)
    assert '"had epilepsy"' in reasons(r) and '"People with epilepsy were excluded"' in reasons(r)
    for sentence in (
        "People with epilepsy were excluded from the trial.",
        "None of the volunteers in the trial had epilepsy.",
    ):
        r = judged_on(_MIGRAINE, sentence)
        assert (r.match.fact_id, r.verdict) == ("excluded", "supported"), reasons(r)


def test_the_only_one_of_several_effects_the_fact_lists_is_misreported() -> None:
    r = judged_on(_MIGRAINE, "Dry mouth was the sole harm seen with ostrafen.")
    assert (r.match.fact_id, r.verdict) == ("harms", "misreported"), reasons(r)
    assert "the study lists" in reasons(r) and "dizziness" in reasons(r)
    r = judged_on(_MIGRAINE, "Harms on ostrafen, such as a dry mouth, were mostly mild.")
    assert (r.match.fact_id, r.verdict) == ("harms", "supported"), reasons(r)


# An invented cohort; every sentence written for this test.
_TEA = parse_sheet(
    """
schema = 2
[study]
id = "tea-stroke"
title = "Green tea and stroke in a cohort of adults"
subjects = "adults aged 40 to 70"
observational = true
[[facts]]
id = "overall"
kind = "result"
text = "Green tea drinkers were less likely to have a stroke over ten years."
also = ["less likely to have a stroke"]
[[facts]]
id = "kinds"
kind = "result"
text = "Green tea was linked to fewer clot strokes, but not with strokes caused by bleeding."
[[facts]]
id = "size"
kind = "design"
text = "The study followed 12,000 adults for ten years."
""",
    "tea.toml",
)


def test_a_result_another_fact_rules_out_is_misreported() -> None:
    r = judged_on(_TEA, "Tea drinkers were less likely to have a bleeding stroke too.")
    assert r.verdict == "misreported", reasons(r)
    assert 'of "bleeding"' in reasons(r) and '"but not with strokes caused by bleeding"' in reasons(
        r
    )
    # what that fact states outright is not ruled out
    r = judged_on(_TEA, "Tea drinkers were less likely to have a clot stroke.")
    assert r.verdict == "supported", reasons(r)


# An invented study; every sentence written for this test.
_ITCH = parse_sheet(
    """
schema = 2
[study]
id = "itch-mice"
title = "Itch in mice given antibodies from people with chronic itch"
subjects = "mice"
[[facts]]
id = "conclusion"
kind = "conclusion"
certainty = "suggested"
text = "Chronic itch may be an immune disorder; it is not established that the liver plays no part."
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Ana Lima and Ben Ode are joint first authors."
""",
    "itch.toml",
)


def test_a_detail_named_only_in_what_the_study_did_not_establish_is_no_swap() -> None:
    r = judged_on(
        _ITCH, "Chronic itch may be a disorder of the immune system, the results suggest."
    )
    assert (r.match.fact_id, r.verdict) == ("conclusion", "supported"), reasons(r)


def test_joint_authors_name_no_body_part() -> None:
    assert [
        d.group for d in DetailBook().find("Ana Lima and Ben Ode are joint first authors.")
    ] == []


def test_a_reference_listing_the_authors_cites_the_authors_fact() -> None:
    """A reference's author list ("Surname I, Surname I, ...") is a citation of the paper: it
    reports the fact that names the authors, however many co-authors dilute its words."""
    reference = (
        "Okonjo N, Achebe C, Vance R, Haas L, Moreau J, Sato K, Novak P, Quinn D, Ferreira M, "
        "Olsen T, Kaur S, Dubois A, Rossi G, Mensah R, Lindqvist P."
    )
    r = judged_on(STUDIES["trial"], reference)
    assert (r.match.fact_id, r.verdict) == ("authors", "supported"), reasons(r)
    # names of other people, listed the same way, cite nothing of this study
    others = "Achebe C, Vance R, Haas L, Moreau J, Sato K, Novak P, Quinn D, Ferreira M."
    assert judged_on(STUDIES["trial"], others).match.fact_id is None


def test_a_wrong_detail_points_the_claim_at_the_fact_that_states_it() -> None:
    """A claim that gets the journal or the institution wrong reports the fact that names the
    journal or the institutions; the finding it was aligned to stays one of its facts."""

    r = judged(
        "trial",
        "The trial, published in The Lancet, found coughs per hour fell by 31% on celvoprant.",
    )
    assert r.verdict == "misreported" and r.match.facts[0] == "journal", reasons(r)
    assert "frequency" in r.match.facts
    r = judged(
        "trial",
        "Researchers at Oxford University enrolled 412 adults who had coughed for more than a "
        "year.",
    )
    assert r.verdict == "misreported" and r.match.facts[0] == "team", reasons(r)
    assert "design" in r.match.facts
    # a wrong number of the fact the claim reports stays with that fact
    r = judged("trial", "Coughs per hour fell by 41% on celvoprant and by 12% on placebo.")
    assert r.verdict == "misreported" and r.match.fact_id == "frequency", reasons(r)


_PILL_W = parse_sheet(
    """
schema = 2
[study]
id = "pill-w"
title = "Pill W for weight loss in adults with obesity: a placebo-controlled trial"
subjects = "adults with obesity"
[[facts]]
id = "mean-loss"
kind = "result"
text = "Over a year, body weight fell on average by 11.3% with pill W and by 2.4% with placebo."
[[facts]]
id = "five"
kind = "result"
text = "71.5% of those taking pill W lost at least 5% of their weight, against 22.6% on placebo."
""",
    "pill-w.toml",
)


def test_a_precise_figure_another_fact_states_is_no_wrong_number() -> None:
    """ "2.4%" is the placebo arm's mean loss, stated by another fact than the one the claim is
    closest to: no misreported number. A figure no fact states still is one."""
    r = judged_on(_PILL_W, "Those given a placebo lost 2.4%.")
    assert r.verdict != "misreported", reasons(r)
    # the figure also tells which fact the claim reports: the one that states it
    assert r.match.fact_id == "mean-loss", reasons(r)
    r = judged_on(_PILL_W, "Those given a placebo lost 3.4%.")
    assert r.verdict == "misreported" and "3.4%" in reasons(r), reasons(r)


def test_a_share_in_words_may_be_another_facts_figure() -> None:
    """ "Half of them lost 15% or more" beside a fact of 50.5% who did: "half" is that
    figure as near as words go, not a wrong number of the mean loss."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "pill-w"
title = "Pill W for weight loss"
[[facts]]
id = "mean"
kind = "result"
text = "On pill W, people lost about 15% of their body weight on average (14.9%)."
[[facts]]
id = "share"
kind = "result"
text = "50.5% reached a loss of at least 15%."
""",
        "pill-w.toml",
    )
    r = judged_on(sheet, "Half of those on pill W lost 15% or more of their body weight.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "A tenth of those on pill W lost 15% or more of their body weight.")
    assert r.verdict == "misreported", reasons(r)


_PRESSURE = parse_sheet(
    """
schema = 2
[study]
id = "pill-bp"
title = "Pill R for high blood pressure: a placebo-controlled trial"
subjects = "adults with high blood pressure"
[terms]
"pill R" = ["the pill"]
[[facts]]
id = "advice"
kind = "design"
text = "Both groups were to walk 30 minutes a day and eat a low-salt diet; diabetics were excluded."
[[facts]]
id = "pressure"
kind = "result"
text = "Systolic blood pressure fell by 12 mmHg on pill R and by 4 mmHg on placebo."
""",
    "pill-bp.toml",
)


def test_a_claim_that_participants_went_without_what_they_were_given_is_misreported() -> None:
    r = judged_on(_PRESSURE, "Patients cut their blood pressure on pill R without dieting.")
    assert r.verdict == "misreported", reasons(r)
    assert '"without dieting"' in reasons(r) and '"advice"' in reasons(r)
    assert r.match.fact_id == "advice"  # the fact that says what they were given
    for sentence in (
        "Adults without diabetes cut their blood pressure on pill R.",  # who they were
        "Blood pressure fell by 12 mmHg on pill R, without serious side effects.",  # not given
        "Blood pressure fell on pill R, though not without a low-salt diet.",
    ):
        assert judged_on(_PRESSURE, sentence).verdict != "misreported", sentence


def test_without_in_a_counterfactual_says_nothing_of_what_participants_went_without() -> None:
    """ "Without the walks, pressure would have fallen less": what would have happened, not a
    claim that the participants did not walk."""
    for sentence in (
        "Without the daily walks, blood pressure would have fallen less on pill R.",
        "Pressure would barely have moved without a low-salt diet, the team says.",
    ):
        r = judged_on(_PRESSURE, sentence)
        assert "without" not in reasons(r), (sentence, reasons(r))


def test_a_detail_put_in_a_class_it_does_not_belong_to_is_misreported() -> None:
    """ "immune cells called astrocytes": astrocytes are glial cells, so the claim gets the
    cell type wrong; "glial cells known as astrocytes" is right."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "dye-spine"
title = "A blue dye marks damaged cells in the rat spinal cord"
subjects = "rats"
[[facts]]
id = "stained"
kind = "result"
text = "After injury, the dye stained astrocytes in the rats' spinal cords."
""",
        "dye-spine.toml",
    )
    r = judged_on(sheet, "After injury the dye stained immune cells called astrocytes in rats.")
    assert (r.match.fact_id, r.verdict) == ("stained", "misreported"), reasons(r)
    assert '"astrocytes" "immune cells"' in reasons(r), reasons(r)
    r = judged_on(sheet, "After injury the dye stained glial cells known as astrocytes in rats.")
    assert r.verdict == "supported", reasons(r)


def test_the_material_of_one_group_said_of_another_is_misreported() -> None:
    """The study gave plasma from healthy donors and antibodies from patients: "antibodies
    from healthy donors" swaps the material of one group for the other's."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "plasma-mice"
title = "Patients' antibodies, not healthy plasma, slow wound healing in mice"
subjects = "mice"
[[facts]]
id = "controls"
kind = "result"
text = "Mice given plasma from healthy donors healed normally."
[[facts]]
id = "slowed"
kind = "result"
text = "Mice given antibodies from patients healed two days later than controls."
""",
        "plasma-mice.toml",
    )
    r = judged_on(sheet, "Mice given antibodies from healthy donors healed normally.")
    assert r.verdict == "misreported", reasons(r)
    assert '"antibodies" from "healthy donors"' in reasons(r), reasons(r)
    for sentence in (
        "Mice given plasma from healthy donors healed normally.",
        "Mice given blood from healthy donors healed normally.",  # the broader material
    ):
        assert judged_on(sheet, sentence).verdict == "supported", sentence


def test_healthy_control_subjects_are_healthy_people() -> None:
    """ "healthy control subjects" in the sheet and "healthy volunteers" in the claim are one
    group: the material said of them is checked against what that group gave."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "plasma-mice-2"
title = "Patients' antibodies slow wound healing in mice"
subjects = "mice"
[[facts]]
id = "no-effect"
kind = "result"
text = "Plasma from patients or antibodies from healthy control subjects had no effect on healing."
""",
        "plasma-mice-2.toml",
    )
    r = judged_on(sheet, "Plasma from healthy volunteers had no effect on healing in the mice.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "Antibodies from healthy volunteers had no effect on healing in mice.")
    assert r.verdict == "supported", reasons(r)


def test_give_rise_to_is_no_direction() -> None:
    """ "give rise to" means "cause": it moves nothing up, so it is no direction against a
    fact's "lower"."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "itch-ab"
title = "Antibodies and itch in mice"
subjects = "mice"
[[facts]]
id = "therapy"
kind = "conclusion"
certainty = "suggested"
text = "Therapies that lower antibody levels may ease the itch."
""",
        "itch-ab.toml",
    )
    r = judged_on(sheet, "The antibodies give rise to the itch, so therapies may ease it.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(sheet, "Therapies that raise antibody levels may ease the itch.")
    assert r.verdict == "misreported", reasons(r)


def test_a_claim_giving_an_age_leans_to_the_fact_giving_one() -> None:
    """ "Those aged 20 to 40 are most at risk": the age is the claim's detail, so it reports
    the fact that gives an age, and gets it wrong, though the two share few words."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "gout-onset"
title = "Urate-lowering pills and gout flares: a cohort study"
subjects = "adults with gout"
[[facts]]
id = "onset"
kind = "context"
source = "background"
text = "Gout most often starts between 40 and 60 years of age; it is rare in children."
[[facts]]
id = "design"
kind = "design"
text = "The cohort followed 5,200 adults with gout who took urate-lowering pills."
[[facts]]
id = "flares"
kind = "result"
text = "Flares were 30% rarer in the second year on urate-lowering pills than in the first."
""",
        "gout-onset.toml",
    )
    r = judged_on(sheet, "It usually starts in people aged between 20 and 35.")
    assert (r.match.fact_id, r.verdict) == ("onset", "misreported"), reasons(r)


# An invented trial of a nasal spray for cluster headache; every sentence written for this test.
_SPRAY = parse_sheet(
    """
schema = 1
[study]
id = "nasotrel-cluster"
title = "Nasotrel nasal spray for cluster headache: a randomised trial"
subjects = "adults with cluster headache"
[terms]
nasotrel = ["the spray"]
[[facts]]
id = "relief"
kind = "result"
text = "Half an hour after a dose, 41% on nasotrel were headache-free, against 18% on placebo."
[[facts]]
id = "harms"
kind = "result"
text = "The commonest side effect was a runny nose; no serious adverse events were linked to it."
[[facts]]
id = "licence"
kind = "caveat"
text = "Nasotrel is not yet licensed by any medicines regulator."
[[facts]]
id = "scope"
kind = "caveat"
text = "The trial treated single attacks; it did not test prevention."
""",
    "spray.toml",
)


def test_what_a_fact_denies_said_to_have_happened_is_misreported() -> None:
    """A caveat's denial ("not yet licensed") and a denied "no X were Y" ("no serious adverse
    events were linked") are directions too: the claim that they happened gets them wrong."""
    for sentence, fact in (
        ("Nasotrel has been licensed by regulators.", "licence"),
        ("Serious adverse events were linked to nasotrel.", "harms"),
    ):
        r = judged_on(_SPRAY, sentence)
        assert (r.match.fact_id, r.verdict) == (fact, "misreported"), reasons(r)
        assert "direction" in reasons(r)
    r = judged_on(_SPRAY, "Nasotrel is not yet licensed by any regulator.")
    assert r.verdict == "supported", reasons(r)
    # "no X were linked" denies the X whatever the verb a claim puts them with
    r = judged_on(_SPRAY, "Serious adverse events were attributed to nasotrel.")
    assert (r.match.fact_id, r.verdict) == ("harms", "misreported"), reasons(r)


def test_a_claim_denying_what_a_result_says_happened_is_misreported() -> None:
    """ "did not make anyone headache-free" where 41% were; "no side effects were reported"
    where the commonest was a runny nose. How it was known ("reported", "make") and "anyone"
    are no part of what is denied; a hedged denial is no claim that it did not happen."""
    for sentence, fact in (
        ("The spray did not make anyone headache-free.", "relief"),
        ("No side effects were reported.", "harms"),
    ):
        r = judged_on(_SPRAY, sentence)
        assert (r.match.fact_id, r.verdict) == (fact, "misreported"), reasons(r)
        assert "direction" in reasons(r)
    r = judged_on(_SPRAY, "The spray may not make everyone headache-free.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_SPRAY, "No serious adverse events were linked to nasotrel.")
    assert r.verdict == "supported", reasons(r)


def test_a_single_word_the_study_did_not_test_is_beyond_it() -> None:
    """ "it did not test prevention": a claim that the spray prevents attacks asserts what the
    study did not establish, though the disclaimer names one word."""
    r = judged_on(_SPRAY, "The trial showed that nasotrel prevents attacks.")
    assert (r.match.fact_id, r.verdict) == ("scope", "overstated"), reasons(r)
    assert "beyond the study" in reasons(r)


def test_someone_outside_the_study_is_no_detail_of_it() -> None:
    """ "Dr X, a doctor at Y who was not involved in the study, said ...": Y is no institution
    of the study, X no unnamed author, and their view no finding of it."""
    r = judged(
        "trial",
        "Dr Ines Varga, a chest doctor at the University of Northmoor who was not involved in "
        "the study, said the findings were encouraging.",
    )
    assert r.verdict == "background", reasons(r)
    assert "outside the study" in reasons(r)
    # credited with the work, the same university is a wrong detail
    r = judged("trial", "Researchers at the University of Northmoor ran the trial of celvoprant.")
    assert r.verdict == "misreported" and "institution" in reasons(r), reasons(r)


# An invented genetic study of chronic itch; every sentence written for these tests.
_GENES = parse_sheet(
    """
schema = 1
[study]
id = "gwas-itch"
title = "Genome-wide study of chronic itch in 300,000 adults"
subjects = "adults of European ancestry"
[[facts]]
id = "loci"
kind = "result"
text = "The study identified 38 genetic loci associated with chronic itch."
[[facts]]
id = "no-gene"
kind = "caveat"
text = "There is no single chronic itch gene."
[[facts]]
id = "ancestry"
kind = "caveat"
text = "Only adults of European ancestry took part, so the findings may not apply to others."
""",
    "genes.toml",
)


def test_what_a_fact_says_does_not_exist_said_to_exist_is_misreported() -> None:
    """ "There is no single chronic itch gene": "the chronic itch gene" found gets it wrong;
    "there is no evidence that X" would say what is not known, not what is not so."""
    r = judged_on(_GENES, "Scientists discover the chronic itch gene.")
    assert (r.match.fact_id, r.verdict) == ("no-gene", "misreported"), reasons(r)
    assert "direction" in reasons(r)
    r = judged_on(_GENES, "There is no single gene for chronic itch, the researchers say.")
    assert r.verdict == "supported", reasons(r)


def test_a_figure_a_fact_states_is_no_novel_finding() -> None:
    """ "identified 38 regions of DNA linked to constant scratching" reports the 38 loci in
    lay words: not a finding no fact states."""
    r = judged_on(_GENES, "The team identified 38 regions of DNA tied to constant scratching.")
    assert r.verdict != "unsupported", reasons(r)


def test_all_backgrounds_is_everyone() -> None:
    r = judged_on(_GENES, "The findings apply to people of all backgrounds.")
    assert (r.match.fact_id, r.verdict) == ("ancestry", "overstated"), reasons(r)


# An invented survey of pupils' reading; every sentence written for these tests.
_READING = parse_sheet(
    """
schema = 2
[study]
id = "reading-survey"
title = "Reading for pleasure among Finnish pupils: a survey"
subjects = "Finnish pupils aged 10 to 15"
[terms]
pupils = ["children", "schoolchildren"]
[[facts]]
id = "design"
kind = "design"
text = "An online survey of 5,120 pupils aged 10 to 15 at 80 schools in Finland."
[[facts]]
id = "rarely"
kind = "result"
text = "27% of the pupils said they read for pleasure less than once a week."
[[facts]]
id = "phones"
kind = "result"
association = true
text = "Pupils with a phone in the bedroom were more likely to read less than 10 minutes a day."
[[facts]]
id = "girls"
kind = "result"
text = "Girls read for pleasure more often than boys."
""",
    "reading.toml",
)


def test_a_country_and_its_adjective_are_one_word() -> None:
    """ "Finnish pupils" meets "pupils ... in Finland"."""
    r = judged_on(_READING, "The survey asked Finnish schoolchildren about reading.")
    assert r.match.fact_id == "design" and r.verdict == "supported", reasons(r)


def test_less_than_a_number_in_words_is_no_direction() -> None:
    """ "twice as likely to read less than ten minutes": "less than ten" compares with a
    number, as "less than 10" does; it is no effect the other way round from "more likely"."""
    r = judged_on(
        _READING,
        "Children with a phone in the bedroom were twice as likely to read less than ten "
        "minutes a day.",
    )
    assert r.match.fact_id == "phones" and r.verdict != "misreported", reasons(r)


def test_a_comparison_the_other_way_round_is_misreported() -> None:
    """ "Boys read more often than girls" where girls read more often than boys; "boys read
    less often than girls" says what the study does."""
    r = judged_on(_READING, "Boys read for pleasure more often than girls.")
    assert (r.match.fact_id, r.verdict) == ("girls", "misreported"), reasons(r)
    assert "comparison" in reasons(r)
    r = judged_on(_READING, "Boys read for pleasure less often than girls.")
    assert r.verdict == "supported", reasons(r)


# An invented cohort of energy drinks and palpitations; every sentence written for this file.
_DRINKS = parse_sheet(
    """
schema = 2
[study]
id = "energy-drinks-palpitations"
title = "Energy drinks and palpitations in young adults: a cohort study"
subjects = "adults aged 18 to 35"
[[facts]]
id = "design"
kind = "design"
text = "A cohort study followed 9,300 adults aged 18 to 35 in Norway for four years."
[[facts]]
id = "sexes"
kind = "result"
association = true
text = "Energy drinks went with palpitations more strongly in women (OR 1.84, 1.3-2.6) than in men."
[[facts]]
id = "ages"
kind = "result"
association = true
text = "The link was weaker in those aged 18 to 24 (OR 1.10) than in those aged 25 to 35 (1.62)."
""",
    "drinks.toml",
)


def test_a_comparison_with_figures_between_the_groups_the_other_way_round() -> None:
    """ "stronger in men than in women" where the study found it stronger in women (odds
    ratios in parentheses between the groups do not hide the comparison)."""
    r = judged_on(
        _DRINKS,
        "The link between energy drinks and palpitations was stronger in men than in women.",
    )
    assert (r.match.fact_id, r.verdict) == ("sexes", "misreported"), reasons(r)
    assert "comparison" in reasons(r)
    r = judged_on(
        _DRINKS,
        "The link between energy drinks and palpitations was stronger in women than in men.",
    )
    assert (r.match.fact_id, r.verdict) == ("sexes", "supported"), reasons(r)


def test_the_lesser_group_singled_out_as_the_greater_is_misreported() -> None:
    """ "stronger among men" where the study found it stronger in women than in men; the
    greater group singled out says what the study says."""
    r = judged_on(_DRINKS, "The link with palpitations was also stronger among men.")
    assert (r.match.fact_id, r.verdict) == ("sexes", "misreported"), reasons(r)
    assert "comparison" in reasons(r)
    r = judged_on(_DRINKS, "The link with palpitations was also stronger among women.")
    assert (r.match.fact_id, r.verdict) == ("sexes", "supported"), reasons(r)
    r = judged_on(_DRINKS, "The link was also stronger among those aged 18 to 24.")
    assert (r.match.fact_id, r.verdict) == ("ages", "misreported"), reasons(r)
    r = judged_on(
        _DRINKS, "The link was stronger among 18- to 24-year-olds than among older adults."
    )
    assert (r.match.fact_id, r.verdict) == ("ages", "misreported"), reasons(r)
    r = judged_on(_DRINKS, "The link was also stronger among those aged 25 to 35.")
    assert (r.match.fact_id, r.verdict) == ("ages", "supported"), reasons(r)


def test_a_group_the_study_found_less_affected_told_as_hit_hardest_is_misreported() -> None:
    """ "And men were hit hardest, the researchers found", however far from every fact's
    words; "women were hit hardest" says what the study found."""
    r = judged_on(_DRINKS, "And men were hit hardest, the researchers found.")
    assert r.verdict == "misreported" and "comparison" in reasons(r), reasons(r)
    r = judged_on(_DRINKS, "And women were hit hardest, the researchers found.")
    assert r.verdict != "misreported", reasons(r)


def test_most_or_few_in_words_against_the_share_the_study_gives() -> None:
    """ "Most pupils" where 27% did is wrong; "a minority of pupils" is right; "the most
    common answer" says nothing of a majority."""
    r = judged_on(_READING, "Most pupils said they read for pleasure less than once a week.")
    assert (r.match.fact_id, r.verdict) == ("rarely", "misreported"), reasons(r)
    assert 'the claim says "Most pupils"' in reasons(r)
    r = judged_on(
        _READING, "A minority of pupils said they read for pleasure less than once a week."
    )
    assert r.verdict == "supported", reasons(r)


def test_what_is_yet_to_come_is_no_denial_of_not_yet() -> None:
    """ "is expected to be licensed next year" agrees with "not yet licensed"; "has been
    licensed" does not."""
    r = judged_on(_SPRAY, "Nasotrel is expected to be licensed by regulators next year.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(_SPRAY, "Nasotrel has been licensed by regulators and will be sold next year.")
    assert r.verdict == "misreported", reasons(r)


_SITES = parse_sheet(
    """
schema = 1
[study]
id = "sites-trial"
title = "Nasotrel nasal spray for cluster headache: a randomised trial"
[terms]
nasotrel = ["the spray"]
[[facts]]
id = "design"
kind = "design"
text = "A randomised trial of 806 adults with cluster headache at 31 hospitals in 7 countries."
[[facts]]
id = "relief"
kind = "result"
text = "Half an hour after a dose, 41% on nasotrel were headache-free, against 18% on placebo."
""",
    "sites.toml",
)


def test_a_wrong_count_of_what_the_sheet_counts_is_misreported_even_far_from_any_fact() -> None:
    """ "tested in 17 countries" is too short to reach the design fact by its words, but the
    sheet counts countries (7), and no fact counts 17 of them."""
    r = judged_on(_SITES, "The spray was tested in 17 countries.")
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "17 countries"; the study "7 countries"' in reasons(r)
    r = judged_on(_SITES, "The spray was tested in 7 countries.")
    assert r.verdict != "misreported", reasons(r)


# An invented study of a lake; every sentence written for this test.
_LAKE = parse_sheet(
    """
schema = 2
[study]
id = "arlen-lake"
title = "Forty years of water loss from Lake Arlen"
[[facts]]
id = "loss"
kind = "result"
text = "Lake Arlen lost 2.5 ± 0.7 Gt a year in 1980-2000 and 4.4 ± 0.8 Gt a year in 2000-2020."
""",
    "lake.toml",
)


def test_a_figure_with_its_uncertainty_keeps_its_unit() -> None:
    """ "2.5 ± 0.7 Gt": the unit is the value's; "4.4 Gt a year" agrees with the study, and a
    figure the study does not give is still caught."""
    r = judged_on(_LAKE, "Lake Arlen now loses 4.4 Gt of water a year, up from 2.5 Gt.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_LAKE, "Lake Arlen now loses 9.4 Gt of water a year, up from 2.5 Gt.")
    assert r.verdict == "misreported", reasons(r)


# An invented review of exercise types; every sentence written for this test.
_TYPES = parse_sheet(
    """
schema = 2
[study]
id = "stretch-review"
title = "Types of exercise for back pain: a review"
[[facts]]
id = "types"
kind = "result"
text = "Walking, swimming, yoga and pilates all produced broadly similar reductions in back pain."
""",
    "types.toml",
)


def test_one_group_singled_out_where_the_study_found_them_alike_is_misreported() -> None:
    r = judged_on(_TYPES, "The clear winner was yoga, which eased back pain the most.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(_TYPES, "Yoga produced the biggest reduction in back pain of all.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(_TYPES, "Walking, swimming, yoga and pilates all eased back pain about equally.")
    assert r.verdict == "supported", reasons(r)


# An invented study of desk lamps; every sentence written for this test.
_LAMPS = parse_sheet(
    """
schema = 2
[study]
id = "lamp-study"
title = "Desk lamps and reading speed"
[[facts]]
id = "no-colour"
kind = "caveat"
not_done = true
text = "Because all lamps were white, the study did not test the effect of coloured light."
""",
    "lamps.toml",
)


def test_saying_nothing_about_what_the_study_did_not_test_agrees_with_it() -> None:
    r = judged_on(
        _LAMPS, "All the lamps were white, so the study says nothing about coloured light."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_LAMPS, "The study tested the effect of coloured light on reading.")
    assert r.verdict == "misreported", reasons(r)


_ICE = parse_sheet(
    """
schema = 2
[study]
id = "ice-cap"
title = "An ice cap's loss since 1980"
[[facts]]
id = "loss"
kind = "result"
text = "The ice cap lost 48 ± 9 Gt of ice between 1980 and 2020."
[[facts]]
id = "images"
kind = "design"
text = "The team compared aerial photographs from 1980 with satellite elevation data over 40 years."
[[facts]]
id = "field"
kind = "design"
text = "Stakes drilled into the ice were measured every summer between 2012 and 2020."
""",
    "ice-cap.toml",
)


def test_a_mass_with_another_scale_is_misreported() -> None:
    r = judged_on(_ICE, "The ice cap has lost 48 million tonnes of ice since 1980.")
    assert r.verdict == "misreported", reasons(r)
    assert 'amount: the claim says "48 million tonnes"' in reasons(r)
    r = judged_on(_ICE, "The ice cap has lost 48 billion tonnes of ice since 1980.")
    assert r.verdict == "supported", reasons(r)


def test_a_span_of_years_read_over_is_the_span() -> None:
    r = judged_on(_ICE, "The team pored over 25 years of aerial photographs and satellite data.")
    assert r.verdict == "misreported", reasons(r)
    assert "over 25 years" in reasons(r)


def test_a_range_of_years_with_another_end_is_misreported() -> None:
    """Another fact's years that overlap the claim's range are not its years."""
    r = judged_on(_ICE, "Stakes in the ice were measured each summer between 2012 and 2017.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "2012 and 2017"' in reasons(r)
    r = judged_on(_ICE, "Stakes in the ice were measured each summer between 2012 and 2020.")
    assert r.verdict == "supported", reasons(r)


_INHALER = parse_sheet(
    """
schema = 2
[study]
id = "inhaler"
title = "A new inhaler for asthma"
[[facts]]
id = "design"
kind = "design"
text = "The trial enrolled 2,417 adults with asthma, aged 18 to 65, in 30 clinics."
also = ["about 2,400 adults with asthma"]
[[facts]]
id = "attacks"
kind = "result"
text = "Asthma attacks were 30% less frequent with the new inhaler than with the old one."
""",
    "inhaler.toml",
)


def test_an_exact_figure_is_not_a_rounding_of_the_studys_round_phrasing() -> None:
    """ "About 2,400" lets coverage round; it does not let "2,471" stand for 2,417."""
    r = judged_on(_INHALER, "The trial enrolled 2,471 adults with asthma.")
    assert r.verdict == "misreported", reasons(r)
    for sentence in (
        "The trial enrolled about 2,400 adults with asthma.",
        "The trial enrolled 2,417 adults with asthma.",
    ):
        assert judged_on(_INHALER, sentence).verdict == "supported", sentence


def test_the_ages_of_the_studys_people_are_checked_whatever_fact_is_reported() -> None:
    r = judged_on(_INHALER, "The volunteers, aged 30 to 65, had 30% fewer asthma attacks.")
    assert r.verdict == "misreported", reasons(r)
    assert 'age: the claim says "aged 30 to 65"; the study "aged 18 to 65"' in reasons(r)
    r = judged_on(_INHALER, "The volunteers, aged 18 to 65, had 30% fewer asthma attacks.")
    assert r.verdict == "supported", reasons(r)


def test_the_year_of_a_cited_paper_is_no_date_of_the_finding() -> None:
    for sentence in (
        "As Roe and colleagues in 2014 had warned, the ice cap lost 48 Gt of ice between 1980 "
        "and 2020.",
        "As a 2014 study had warned, the ice cap lost 48 Gt of ice between 1980 and 2020.",
    ):
        r = judged_on(_ICE, sentence)
        assert "date" not in reasons(r), reasons(r)
    r = judged_on(_ICE, "The ice cap lost 48 Gt of ice between 1980 and 2014.")
    assert r.verdict == "misreported" and "date" in reasons(r), reasons(r)


_DOSES = parse_sheet(
    """
schema = 2
[study]
id = "tremor"
title = "Velotrine for essential tremor"
[terms]
velotrine = ["the pill"]
[[facts]]
id = "design"
kind = "design"
text = "Adults with essential tremor took velotrine 40 mg or placebo daily for eight weeks."
[[facts]]
id = "response"
kind = "result"
text = "Tremor scores improved by half in 41.2% of patients on velotrine and 12.5% on placebo."
[[facts]]
id = "sites"
kind = "design"
text = "The trial ran at nine neurology clinics in Ireland and Scotland."
""",
    "tremor.toml",
)


def test_a_figure_given_to_the_other_arm_is_misreported() -> None:
    r = judged_on(
        _DOSES,
        "Tremor scores improved by half in 12.5% of patients on velotrine and 41.2% on placebo.",
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'arm: the claim gives "12.5%" to velotrine; the study gives it to placebo' in (
        reasons(r)
    )
    r = judged_on(
        _DOSES,
        "Tremor scores improved by half in 41.2% of patients on velotrine and 12.5% on placebo.",
    )
    assert r.verdict == "supported", reasons(r)


def test_a_dose_no_fact_gives_is_misreported_whatever_fact_is_reported() -> None:
    r = judged_on(_DOSES, "The trial gave velotrine 20 mg at nine neurology clinics in Ireland.")
    assert r.verdict == "misreported" and "dose:" in reasons(r), reasons(r)
    r = judged_on(_DOSES, "The trial gave velotrine 40 mg at nine neurology clinics in Ireland.")
    assert "dose:" not in reasons(r), reasons(r)


_NULLS = parse_sheet(
    """
schema = 2
[study]
id = "naps-memory"
title = "Afternoon naps and memory in office workers"
[[facts]]
id = "memory"
kind = "result"
text = "Recall scores did not differ between nappers and non-nappers."
[[facts]]
id = "sleepy"
kind = "result"
text = "In the sleepiest tenth, naps improved recall by 4 points (not statistically significant)."
[[facts]]
id = "sexes"
kind = "result"
text = "The effect of naps on alertness was similar in men and women."
[[facts]]
id = "lasting"
kind = "caveat"
text = "Whether the alertness lasts into the evening is uncertain."
[[facts]]
id = "short-naps"
kind = "result"
text = "Naps of under 10 minutes showed no clear association with mood (odds ratio 1.04)."
""",
    "naps-memory.toml",
)


def test_a_change_where_the_study_found_none_is_misreported() -> None:
    r = judged_on(_NULLS, "Recall scores of the nappers dipped, the study found.")
    assert r.verdict == "misreported" and "did not differ" in reasons(r), reasons(r)
    r = judged_on(_NULLS, "Recall scores did not differ between nappers and non-nappers.")
    assert r.verdict == "supported", reasons(r)


def test_a_link_where_the_study_found_no_association_is_misreported() -> None:
    """ "Naps of under 10 minutes were linked to better mood" where they "showed no clear
    association with mood"; saying there was no link says what the study says."""
    r = judged_on(_NULLS, "Naps of under 10 minutes were linked to a better mood.")
    assert (r.match.fact_id, r.verdict) == ("short-naps", "misreported"), reasons(r)
    assert "no clear association" in reasons(r)
    r = judged_on(_NULLS, "Naps of under 10 minutes showed no clear link with mood.")
    assert (r.match.fact_id, r.verdict) == ("short-naps", "supported"), reasons(r)


def test_significance_the_study_did_not_find_is_misreported() -> None:
    r = judged_on(_NULLS, "The sleepiest workers' recall improved significantly after naps.")
    assert r.verdict == "misreported" and "significance" in reasons(r), reasons(r)


def test_the_subject_singled_out_where_the_study_found_groups_alike_is_misreported() -> None:
    r = judged_on(_NULLS, "Women who napped saw the biggest boost in alertness.")
    assert r.verdict == "misreported" and "comparison" in reasons(r), reasons(r)


def test_what_the_study_calls_uncertain_told_as_fact_is_overstated() -> None:
    r = judged_on(_NULLS, "The alertness from a nap lasts well into the evening.")
    assert r.verdict == "overstated" and "uncertain" in reasons(r), reasons(r)


def test_another_studys_figure_named_as_the_subject_is_background() -> None:
    r = judged_on(
        _ICE, "An earlier study put the ice cap's loss at 30 Gt of ice between 1980 and 2010."
    )
    assert r.verdict == "background" and "other work" in reasons(r), reasons(r)


def test_a_total_is_not_checked_against_a_yearly_rate() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ice-rate"
title = "An ice cap's yearly loss"
[[facts]]
id = "rate"
kind = "result"
text = "The ice cap lost about 1.2 billion tonnes of ice a year between 1980 and 2020."
""",
        "ice-rate.toml",
    )
    r = judged_on(sheet, "In all, the ice cap lost about 48 billion tonnes of ice over 40 years.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(sheet, "The ice cap lost about 3 billion tonnes of ice a year since 1980.")
    assert r.verdict == "misreported", reasons(r)


def test_a_direction_word_moves_only_its_own_conjunct() -> None:
    """ "shorter sleep and elevated stress": "elevated" moves the stress, not the sleep, so
    "sleep loss and more stress" goes the same way as the fact; "more sleep" does not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "night-gaming"
title = "Late-night gaming and sleep in students"
[[facts]]
id = "gaming"
kind = "result"
text = "Late-night gaming was linked with shorter sleep and elevated stress among students."
""",
        "gaming.toml",
    )
    said = "Late-night gaming was linked to sleep loss and stress among students."
    assert "direction" not in reasons(judged_on(sheet, said)), reasons(judged_on(sheet, said))
    r = judged_on(sheet, "Late-night gaming was linked with lower stress among students.")
    assert r.verdict == "misreported" and "direction" in reasons(r), reasons(r)


def test_a_gloss_of_a_named_part_is_no_swap() -> None:
    """ "the amygdala, a cluster of nerve cells deep in the brain": the gloss says what the
    amygdala is; its words are no body part put for the fact's ("skin"). The same word told
    as where the change was is still a swap."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "itch-scan"
title = "Brain scans in chronic itch"
[[facts]]
id = "amygdala"
kind = "result"
text = "Scratching the skin lit up the amygdala 30% more in people with chronic itch."
""",
        "itch-scan.toml",
    )
    said = (
        "Scratching lit up the amygdala, a cluster of nerve cells deep in the brain, 30% more "
        "in people with chronic itch."
    )
    assert judged_on(sheet, said).verdict == "supported", reasons(judged_on(sheet, said))
    r = judged_on(sheet, "Scratching lit up nerve cells 30% more in people with chronic itch.")
    assert r.verdict == "misreported", reasons(r)


# An invented scan study; every sentence written for this test.
_SCAN = parse_sheet(
    """
schema = 2
[study]
id = "rowers-scan"
title = "Bone density of competitive rowers"
subjects = "rowers"
[[facts]]
id = "spine"
kind = "result"
text = "Trabecular density, a measure of the mesh in a bone, was lower in rowers than runners."
[[facts]]
id = "design"
kind = "design"
text = "We scanned the spines of 80 rowers and 80 runners."
""",
    "scan.toml",
)


def test_a_direction_told_past_an_appositive_is_the_subjects() -> None:
    """ "X, a measure of Y, was lower": the appositive between the subject and its verb does
    not hide what "lower" moves, so "X was higher" says the other way round."""
    r = judged_on(_SCAN, "Trabecular density was higher in the inner spine of rowers.")
    assert (r.match.fact_id, r.verdict) == ("spine", "misreported"), reasons(r)
    assert 'direction: the claim says "higher"; the study "lower"' in reasons(r)
    r = judged_on(_SCAN, "Trabecular density was lower in the inner spine of rowers.")
    assert r.verdict == "supported", reasons(r)


# An invented vaccine trial; every sentence written for this test.
_JAB = parse_sheet(
    """
schema = 2
[study]
id = "cough-jab"
title = "A single-dose whooping cough booster in teenagers"
[[facts]]
id = "vaccine"
kind = "design"
text = "PX-7 is an unadjuvanted protein vaccine given as one 40 µg dose."
[[facts]]
id = "arms"
kind = "design"
text = "The 1,200 teenagers were vaccinated with PX-7 or left unvaccinated."
[[facts]]
id = "booster"
kind = "design"
text = "The booster was given to teenagers who had been boosted once as children."
""",
    "jab.toml",
)


def test_a_word_the_study_negates_with_a_prefix_is_misreported() -> None:
    """ "adjuvanted" where the study says "unadjuvanted" (or "non-adjuvanted") says the
    opposite; the same word denied ("not adjuvanted") says the same."""
    r = judged_on(_JAB, "PX-7, an adjuvanted protein vaccine, is given as one 40 µg dose.")
    assert (r.match.fact_id, r.verdict) == ("vaccine", "misreported"), reasons(r)
    assert 'the claim says "adjuvanted"; the study "unadjuvanted"' in reasons(r)
    for sentence in (
        "PX-7, a protein vaccine that is not adjuvanted, is given as one 40 µg dose.",
        "PX-7, an unadjuvanted protein vaccine, is given as one 40 µg dose.",
        # the study says both words: either may be meant
        "The 1,200 teenagers were vaccinated with PX-7.",
    ):
        r = judged_on(_JAB, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    # a control group the study does not name is no opposite of what it did
    r = judged_on(_JAB, "The booster was compared with a dummy jab in unboosted teenagers.")
    assert "opposite" not in reasons(r), reasons(r)


# An invented transfer study; every sentence written for this test.
_GOUT = parse_sheet(
    """
schema = 2
[study]
id = "gout-transfer"
title = "Gout pain passed to rats"
subjects = "rats"
[[facts]]
id = "transfer"
kind = "design"
text = "The researchers injected rats with antibodies from people with gout."
[[facts]]
id = "depleted"
kind = "result"
text = "Serum from patients with gout that had its antibodies removed had no effect."
[[facts]]
id = "clinics"
kind = "design"
text = "Patients with gout were recruited at two clinics in Lyon."
[[facts]]
id = "scores"
kind = "result"
text = "Rats given the patients' antibodies limped within two days."
""",
    "gout.toml",
)


def test_a_swapped_detail_named_by_another_fact_through_a_common_word_is_still_swapped() -> None:
    """Another fact that names "serum" excuses the claim's "serum" only when the claim
    reports that fact too, by a word of its own; "patients", which half the sheet says, is
    no such word."""
    r = judged_on(
        _GOUT, "The researchers injected rats with serum from gout patients, and they limped."
    )
    assert (r.match.fact_id, r.verdict) == ("transfer", "misreported"), reasons(r)
    assert 'substance: the claim says "serum"' in reasons(r)


# An invented review; every sentence written for this test.
_REVIEW = parse_sheet(
    """
schema = 2
[study]
id = "yoga-review"
title = "Yoga for low back pain: a review of 30 trials"
[[facts]]
id = "grade"
kind = "conclusion"
text = "The authors rated the certainty of the evidence as low for pain at three months, \
and very low for pain after a year."
[[facts]]
id = "effect"
kind = "result"
text = "Yoga eased pain a little more than usual care at three months."
""",
    "review.toml",
)


def test_a_rating_on_a_scale_swapped_for_another_is_misreported() -> None:
    """ "The evidence was rated as high" where the authors rated it low or very low: a rating
    of a fixed scale (very low, low, moderate, high) is a detail like a number."""
    for sentence in (
        "The certainty of the evidence was rated as high.",
        "The evidence behind the review was of moderate certainty.",
    ):
        r = judged_on(_REVIEW, sentence)
        assert (r.match.fact_id, r.verdict) == ("grade", "misreported"), (sentence, reasons(r))
        assert "rating: the claim says" in reasons(r)
    for sentence in (
        "The certainty of the evidence was rated as low.",
        "The evidence was of very low certainty for pain after a year.",
    ):
        r = judged_on(_REVIEW, sentence)
        assert "rating" not in reasons(r), (sentence, reasons(r))


# An invented cough trial against placebo only; every sentence written for this test.
_NASORIN = parse_sheet(
    """
schema = 2
[study]
id = "nasorin-cough"
title = "Nasorin for long-lasting cough: a placebo-controlled trial"
[[facts]]
id = "effect"
kind = "result"
text = "Nasorin cut cough attacks by a third compared with placebo over eight weeks."
[[facts]]
id = "no-comparator"
kind = "caveat"
not_done = true
text = "Nasorin was not compared directly with codeine or other cough medicines; \
only placebo was used."
[[facts]]
id = "codeine"
kind = "context"
text = "Codeine syrups are the usual treatment for a long cough."
also = ["codeine syrups"]
""",
    "nasorin.toml",
)


def test_a_comparison_the_study_did_not_make_is_misreported() -> None:
    """ "Nasorin showed an edge over codeine syrups" reports a comparison the study says it
    did not make, whichever fact the claim's words are closest to."""
    r = judged_on(_NASORIN, "On side effects, nasorin showed an edge over codeine syrups.")
    assert r.verdict == "misreported", reasons(r)
    assert "not done" in reasons(r) and "no-comparator" in (r.match.fact_id, *r.match.also)
    for sentence in (
        "Codeine syrups are the usual treatment for a long cough.",
        "Nasorin cut cough attacks by a third compared with placebo.",
    ):
        assert judged_on(_NASORIN, sentence).verdict == "supported", sentence


# An invented eczema cream trial; every sentence written for this test.
_DERMOLIN = parse_sheet(
    """
schema = 2
[study]
id = "dermolin-eczema"
title = "Dermolin cream for childhood eczema: a randomised trial"
[terms]
"adverse events" = ["side effects"]
[[facts]]
id = "itch"
kind = "result"
text = "Dermolin cream halved itch scores after four weeks compared with a plain moisturiser."
[[facts]]
id = "harms"
kind = "result"
text = "Adverse events, mostly stinging on application, occurred in 18% of children on \
Dermolin and 9% on the moisturiser."
[[facts]]
id = "serious-harms"
kind = "result"
text = "Serious adverse events were rare (0.8% and 0.7%)."
""",
)


def test_no_side_effects_where_the_study_counted_some_is_misreported() -> None:
    """ "No side effects were reported", "nobody had side effects", "children on it had no
    side effects" where the study counted them: the claim denies what a result says
    happened."""
    for sentence in (
        "No side effects were reported.",
        "There were no side effects.",
        "Nobody had any side effects from the cream.",
        "Children on Dermolin had no side effects.",
        "No serious side effects occurred.",
        "The cream caused no serious side effects.",
    ):
        r = judged_on(_DERMOLIN, sentence)
        assert r.verdict == "misreported", (sentence, r.match.fact_id, reasons(r))
        assert "direction: the claim says" in reasons(r)
    # "side effects" name harms counted, not a causal claim; a few allowed is "rare"
    for sentence in (
        "Side effects, mostly stinging, were more common with the cream.",
        "Virtually nobody had serious side effects.",
        "The cream caused virtually no serious side effects.",
    ):
        r = judged_on(_DERMOLIN, sentence)
        assert r.verdict == "supported", (sentence, r.match.fact_id, reasons(r))


_SMALL_TRIAL = parse_sheet(
    """
schema = 2
[study]
id = "tiny-trial"
title = "Drug Q for gout: a small trial"
[[facts]]
id = "limits"
kind = "caveat"
certainty = "speculated"
text = "The authors note that the trial lasted six weeks, that each arm had fewer than 40 \
patients, so rare harms could have been missed, and that all patients were men."
""",
)


def test_a_consequence_clause_carries_its_own_hedge() -> None:
    """In "each arm had fewer than 40 patients, so rare harms could have been missed" only
    the consequence is hedged: the count stated plainly is supported, the harms told as
    certain are overstated."""
    r = judged_on(_SMALL_TRIAL, "Each arm of the trial had fewer than 40 patients.")
    assert r.verdict == "supported", reasons(r)
    assert "plainly stated part" in reasons(r)
    r = judged_on(_SMALL_TRIAL, "Rare harms were missed by the trial.")
    assert r.verdict == "overstated", reasons(r)


_SCHOOLS = parse_sheet(
    """
schema = 2
[study]
id = "reading-survey"
title = "Reading for pleasure in primary schools: a survey"
[[facts]]
id = "design"
kind = "design"
text = "We surveyed 1,200 pupils aged 8 to 11 in 64 primary schools in Wales (30 schools) \
and Scotland (34 schools) in 2024."
""",
)


def test_a_count_with_words_between_number_and_noun_is_the_same_count() -> None:
    """ "64 primary schools" counts schools as "64 schools" does, beside "30 schools" and
    "34 schools" of each country; another total is still misreported."""
    r = judged_on(_SCHOOLS, "The team surveyed 1,200 pupils in 64 schools in Wales and Scotland.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_SCHOOLS, "The team surveyed 1,200 pupils in 70 schools in Wales and Scotland.")
    assert r.verdict == "misreported" and "70 schools" in reasons(r), reasons(r)


_XENOGRAFT = parse_sheet(
    """
schema = 2
[study]
id = "olivine-xenograft"
title = "Olivamide slows lung tumours in mice"
subjects = "mice"
[[facts]]
id = "slower"
kind = "result"
text = "Olivamide slowed the growth of human lung tumours implanted in mice by 40%."
[[facts]]
id = "model-limits"
kind = "caveat"
text = "Tumours grown in mice without an immune system do not reproduce the immune \
environment of lung tumours in patients."
""",
)


def test_a_finding_that_only_shares_words_with_a_limit_is_unsupported() -> None:
    """ "The researchers found that olivamide boosts the immune system" shares words with a
    limit of the study, not with any finding: no fact states it. The limit itself, reported,
    is supported."""
    for sentence in (
        "The researchers found that olivamide boosts the immune system in mice, helping them "
        "fight tumours naturally.",
        "The study also found that olivamide strengthens the immune system of patients, "
        "helping the body to fight tumours naturally.",
    ):
        r = judged_on(_XENOGRAFT, sentence)
        assert r.verdict == "unsupported" and r.match.fact_id is None, (sentence, reasons(r))
    r = judged_on(
        _XENOGRAFT,
        "Tumours in mice without an immune system do not reproduce the immune environment of "
        "tumours in patients.",
    )
    assert (r.match.fact_id, r.verdict) == ("model-limits", "supported"), reasons(r)


_BALM = parse_sheet(
    """
schema = 2
[study]
id = "balm-trial"
title = "Balm Z for hand eczema: a randomised trial"
[terms]
"serious adverse events" = ["serious side effects"]
[[facts]]
id = "serious"
kind = "result"
text = "Serious adverse events occurred in 3 adults on Balm Z, 1 on the plain cream and none \
after week 8."
[[facts]]
id = "pilot"
kind = "context"
text = "In an earlier pilot of 20 adults, Balm Z caused no serious adverse events."
""",
)


def test_a_count_told_before_none_is_a_count_a_denial_contradicts() -> None:
    """ "Serious adverse events occurred in 3 adults ... and none after week 8" counts them:
    "nobody had serious side effects" is misreported against it, although another fact
    uses the same words denied."""
    r = judged_on(_BALM, "Nobody had serious side effects on Balm Z.")
    assert (r.match.fact_id, r.verdict) == ("serious", "misreported"), reasons(r)
    assert "occurred in 3 adults" in reasons(r)


def test_a_ratio_for_a_group_is_no_count_of_people() -> None:
    """ "1.39 for men" gives a figure for a group (a hazard ratio, a mean), not 1.39 men: it is
    not checked against how many people the study followed."""
    r = judged(
        "cohort",
        "In the study the hazard ratio among women rose to 1.98, compared with 1.39 for men.",
    )
    assert "the study counts" not in reasons(r), reasons(r)


def test_a_span_of_years_another_fact_gives_is_no_wrong_date() -> None:
    """ "The figure for 2000 to 2021 is a fifth higher than an earlier estimate": the span is
    the one another fact gives for the new figure, not a wrong span of the earlier one."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "lake-2025"
title = "Ice loss of the North Lake glacier"
[[facts]]
id = "rate"
kind = "result"
text = "The glacier lost 4.4 billion tonnes of ice a year in 2000-2021."
[[facts]]
id = "earlier"
kind = "result"
text = "The recent rate is about 20 per cent higher than an earlier estimate covering 2000 to 2014."
""",
        "lake.toml",
    )
    claim = "The new figure for {} is about a fifth higher than an earlier estimate."
    r = judged_on(sheet, claim.format("2000 to 2021"))
    assert (r.match.fact_id, r.verdict) == ("earlier", "supported"), reasons(r)
    r = judged_on(sheet, claim.format("2000 to 2017"))
    assert r.verdict == "misreported", reasons(r)


def test_a_claim_that_keeps_the_facts_hedge_raises_no_certainty() -> None:
    """ "One patient had a seizure, which doctors judged possibly related to the drug" keeps the
    fact's "possibly" in a clause of its own: it states nothing more surely than the fact."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "seizure-2025"
title = "Drug X for chronic cough"
[[facts]]
id = "seizure"
kind = "result"
certainty = "speculated"
text = "One seizure, 12 days after the first dose, was judged possibly related to drug X."
""",
        "seizure.toml",
    )
    kept = "One patient on drug X had a seizure, which doctors judged possibly related to it."
    r = judged_on(sheet, kept)
    assert (r.match.fact_id, r.verdict) == ("seizure", "supported"), reasons(r)
    r = judged_on(sheet, "Drug X caused a seizure in one patient.")
    assert r.verdict == "overstated", reasons(r)


def test_the_whole_a_part_is_counted_in_is_checked_against_every_fact() -> None:
    """ "High in 12 of the 41 trials, low in only seven" reports the fact about seven trials; the
    41 is the whole, which another fact gives ("pooled 41 randomised trials")."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "review-2024"
title = "Yoga for back pain: a systematic review"
[[facts]]
id = "pooled"
kind = "design"
text = "The review pooled 41 randomised controlled trials with 3,872 adults."
[[facts]]
id = "bias"
kind = "result"
text = "Twelve trials were at high risk of bias and seven at low risk."
""",
        "review.toml",
    )
    r = judged_on(sheet, "Risk of bias was high in 12 of the 41 trials, and low in only seven.")
    assert (r.match.fact_id, r.verdict) == ("bias", "supported"), reasons(r)
    r = judged_on(sheet, "Risk of bias was high in 12 of the 45 trials, and low in only seven.")
    assert r.verdict == "misreported", reasons(r)


_HOT = parse_sheet(
    """
schema = 2
[study]
id = "hot-flush-gel"
title = "A skin gel for hot flushes in an invented trial"
[terms]
boscine = ["the boscine syrup"]
[[facts]]
id = "flushes"
kind = "result"
text = "In premenopausal women, the gel cut hot flushes by 40% over eight weeks."
[[facts]]
id = "design"
kind = "design"
text = "Women were given the gel, with syrup of boscine at a standard 50 mg daily, or a dummy gel."
[[related]]
id = "pilot"
title = "An invented pilot of boscine"
relation = "the group's earlier pilot"
[[related.facts]]
id = "pilot-doses"
kind = "design"
text = "The pilot gave boscine at 10 mg, 200 mg or 500 mg a day."
""",
    "hot-flush-gel.toml",
)


def test_a_word_swapped_for_its_before_or_after_twin_is_misreported() -> None:
    """ "Postmenopausal" where the study says "premenopausal" names the other group."""
    r = judged_on(_HOT, "In postmenopausal women, the gel cut hot flushes by 40% over eight weeks.")
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "postmenopausal"; the study "premenopausal"' in reasons(r)
    r = judged_on(_HOT, "In premenopausal women, the gel cut hot flushes by 40% over eight weeks.")
    assert r.verdict == "supported", reasons(r)


def test_a_dose_a_few_words_after_the_treatment_is_checked() -> None:
    """ "boscine at a standard 50 mg": a dose named a few words after the treatment is its
    dose, in the sheet and in the claim; another study's doses (a pilot's 500 mg) are not
    this one's."""
    claim = "With boscine at a daily {} mg, premenopausal women had 40% fewer hot flushes."
    r = judged_on(_HOT, claim.format(500))
    assert r.verdict == "misreported", reasons(r)
    assert 'dose: the claim says "500 mg"' in reasons(r)
    r = judged_on(_HOT, claim.format(50))
    assert r.verdict == "supported", reasons(r)


_TONGUE = parse_sheet(
    """
schema = 2
[study]
id = "tongue-bugs"
title = "Tongue bacteria after a nitrate drink in an invented trial"
[[facts]]
id = "bacteria"
kind = "result"
text = "After the drink, Rothia and Neisseria became more abundant, and Veillonella less abundant."
""",
    "tongue-bugs.toml",
)


def test_a_direction_is_checked_for_each_thing_a_fact_moves() -> None:
    """A fact that moves some things up and others down ("Rothia became more abundant, and
    Veillonella less"): the claim that Rothia fell has its direction wrong; that Veillonella
    fell, or Rothia rose, is right."""
    r = judged_on(_TONGUE, "Rothia and Neisseria became less common on the tongue after the drink.")
    assert r.verdict == "misreported" and "direction" in reasons(r), reasons(r)
    for sentence in (
        "Rothia and Neisseria became more common on the tongue after the drink.",
        "Veillonella became less abundant on the tongue after the drink.",
    ):
        assert judged_on(_TONGUE, sentence).verdict == "supported", sentence


_OWLS = parse_sheet(
    """
schema = 2
[study]
id = "owls"
title = "Hunting ranges of wild barn owls tracked by GPS"
journal = "Journal of Raptor Biology"
published = 2024-05-02
institutions = ["University of Dunmore"]
subjects = "wild barn owls"
[terms]
"wild barn owls" = ["feathered hunters", "wild owls"]
EEG = ["electroencephalography", "scalp electrodes"]
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published on 2 May 2024 in the Journal of Raptor Biology."
[[facts]]
id = "tagged"
kind = "design"
text = "48 wild barn owls were fitted with GPS tags between April 2021 and June 2023."
[[facts]]
id = "ages"
kind = "design"
text = "The owls were aged 2 to 12 years."
[[facts]]
id = "eeg"
kind = "design"
text = "Brain activity was recorded with EEG in 12 owls at rest."
[[facts]]
id = "range"
kind = "result"
text = "Each owl made about 40 fly-bys of its nest box a night."
""",
    "owls.toml",
)


def test_a_count_told_by_another_name_of_the_sheets_term_is_checked() -> None:
    """ "60 feathered hunters" counts what "48 wild barn owls" counts: the sheet's term."""
    r = judged_on(_OWLS, "Scientists tagged 60 feathered hunters with GPS.")
    assert r.verdict == "misreported", reasons(r)
    assert '"60 feathered hunters"' in reasons(r) and '"48 wild barn owls"' in reasons(r)
    r = judged_on(_OWLS, "Scientists tagged 48 feathered hunters with GPS.")
    assert r.verdict == "supported", reasons(r)


def test_a_year_of_another_fact_does_not_excuse_a_wrong_year_of_publication() -> None:
    r = judged_on(_OWLS, "It was published in the Journal of Raptor Biology in 2023.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "2023"' in reasons(r)


def test_an_age_range_that_starts_in_months_is_read_in_years() -> None:
    r = judged_on(_OWLS, "The owls were aged from six months to 12 years.")
    assert r.verdict == "misreported", reasons(r)
    assert "age:" in reasons(r)
    r = judged_on(_OWLS, "The owls were aged from 24 months to 12 years.")
    assert r.verdict == "supported", reasons(r)


def test_a_number_of_a_hyphenated_unit_is_checked() -> None:
    r = judged_on(_OWLS, "Each owl made about 80 fly-bys of its nest box every night.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(_OWLS, "Each owl made about 40 fly-bys of its nest box every night.")
    assert r.verdict == "supported", reasons(r)


def test_an_instrument_the_sheet_never_names_is_misreported() -> None:
    """A brain scanner for an EEG, whatever fact the claim is closest to."""
    r = judged_on(_OWLS, "The team put 12 of the owls in a brain scanner.")
    assert r.verdict == "misreported", reasons(r)
    assert 'instrument: the claim says "brain scanner"' in reasons(r)
    r = judged_on(_OWLS, "Brain activity was recorded with scalp electrodes in 12 owls.")
    assert r.verdict == "supported", reasons(r)


def test_a_role_is_checked_when_coverage_drops_the_accents_of_a_name() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tax"
title = "A soda tax and supermarket sales"
authors = ["Maya Okonkwo", "Elena Grau-Marín"]
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Elena Grau-Marín, a professor of economics, is the study's senior author."
[[facts]]
id = "sales"
kind = "result"
text = "Sales of taxed drinks fell by 27% over two years."
""",
        "tax.toml",
    )
    r = judged_on(sheet, "Lead researcher Dr Elena Grau-Marin said sales of taxed drinks fell.")
    assert r.verdict == "misreported", reasons(r)
    assert "Grau-Marin" in reasons(r) and "senior author" in reasons(r)
    r = judged_on(sheet, "Senior author Elena Grau-Marin said sales of taxed drinks fell.")
    assert r.verdict == "supported", reasons(r)


_MARKET = parse_sheet(
    """
schema = 2
[study]
id = "market"
title = "A levy on crisps and what shoppers bought"
[[facts]]
id = "border"
kind = "design"
text = "The study also followed 20 shops within 8 km of the town boundary."
[[facts]]
id = "snacks"
kind = "result"
text = "Changes in rice cake sales (2.1%, 95% CI -1.0 to 5.2) were not statistically significant."
[[facts]]
id = "survey"
kind = "result"
text = "Households reported eating 1.4 fewer bags per week (95% CI 0.3 to 2.5)."
""",
    "market.toml",
)


def test_a_distance_with_another_unit_is_misreported() -> None:
    r = judged_on(_MARKET, "The study also followed 20 shops within 8 miles of the town.")
    assert r.verdict == "misreported", reasons(r)
    assert 'unit: the claim says "within 8 miles"' in reasons(r)
    r = judged_on(_MARKET, "The study also followed 20 shops within 8 kilometres of the town.")
    assert r.verdict == "supported", reasons(r)


def test_a_distance_in_other_units_is_converted_before_it_is_checked() -> None:
    """ "within 5 kilometres" where the study says 8 km is wrong; "8,000 metres" and "five
    miles" (8 km) are the same distance."""
    r = judged_on(_MARKET, "The study also followed 20 shops within five kilometres of the town.")
    assert r.verdict == "misreported", reasons(r)
    assert 'distance: the claim says "within five kilometres"' in reasons(r)
    for said in ("8,000 metres", "five miles"):
        r = judged_on(_MARKET, f"The study also followed 20 shops within {said} of the town.")
        assert r.verdict == "supported", reasons(r)


def test_dropping_out_is_no_direction_of_the_effect() -> None:
    """ "Six schools dropped out": they left, nothing fell."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "reading-app"
title = "A reading app in schools"
[[facts]]
id = "attrition"
kind = "result"
text = "Six schools dropped out; scores were missing for 19% in app and 12% in control schools."
""",
        "app.toml",
    )
    r = judged_on(sheet, "Attrition was higher in app schools (19%) than in control schools (12%).")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "More pupils' scores were missing in app schools, and six schools dropped out."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_confidence_interval_with_a_wrong_end_is_misreported() -> None:
    """The ends of an interval are exact: "1.23-1.63" is not "1.23-1.53", though another
    fact gives the same interval and the claim shares words with it."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "solvent"
title = "A solvent and kidney disease"
[[facts]]
id = "top"
kind = "result"
text = "In the highest exposure group the odds ratio was 1.37 (95% CI 1.23-1.53)."
[[facts]]
id = "groups"
kind = "result"
text = "Odds ratios across exposure groups: 1.08, 1.19 and 1.37 (95% CI 1.23-1.53)."
""",
        "solvent.toml",
    )
    r = judged_on(
        sheet, "In the highest exposure group the odds ratio was 1.37 (95% CI 1.23-1.63)."
    )
    assert r.verdict == "misreported", reasons(r)
    assert '"1.23-1.63"' in reasons(r), reasons(r)
    r = judged_on(
        sheet, "In the highest exposure group the odds ratio was 1.37 (95% CI 1.23-1.53)."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_projection_told_as_a_projection_keeps_the_studys_certainty() -> None:
    """A model's output that the sheet holds as suggested, told as "projected" or "the model
    estimates", is no more certain than the study; told as what "will" happen, or "shown",
    it is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "flood-model"
title = "Projected river flooding to 2060"
[[facts]]
id = "homes"
kind = "result"
certainty = "suggested"
text = "Under the central scenario, homes flooded a year were projected to reach 41,000 by 2060."
""",
        "flood.toml",
    )
    for said in (
        "By 2060, the number of homes flooded each year is projected to reach 41,000.",
        "Under the central scenario the model projects 41,000 homes a year will flood by 2060.",
        "The researchers estimated that 41,000 homes would be flooded each year by 2060.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    for said in (
        "41,000 homes will be flooded every year by 2060.",
        "The model shows that 41,000 homes will flood each year by 2060.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "overstated", (said, reasons(r))


def test_a_figure_inside_another_facts_range_is_not_that_facts_figure() -> None:
    """ "Improved by 63 dB" where the study says 36 dB: another fact's range of thresholds
    ("45 to 80 dB") holds 63 but does not state it; its ends do."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ear-gene"
title = "A gene therapy for inherited deafness"
[[facts]]
id = "gain"
kind = "result"
text = "In the responders, hearing thresholds improved by an average of 36 dB."
[[facts]]
id = "range"
kind = "result"
text = "At 12 months, thresholds in treated ears ranged from 45 to 80 dB."
""",
        "ear.toml",
    )
    r = judged_on(sheet, "In the responders, hearing thresholds improved by an average of 63 dB.")
    assert r.verdict == "misreported", reasons(r)
    assert '"63 dB"' in reasons(r), reasons(r)
    r = judged_on(sheet, "At 12 months, thresholds in treated ears were as low as 45 dB.")
    assert r.verdict == "supported", reasons(r)


def test_the_studys_site_placed_in_another_country_is_misreported() -> None:
    """ "a lake in Sweden" or "a Swedish lake" for the study's lake in Finland; lakes in
    general, or a country named beside the site, are not the site."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "lake-cores"
title = "Sediment cores from a boreal lake"
[[facts]]
id = "site"
kind = "design"
text = "Sediment cores were taken from Lake Kivijarvi, a deep lake in central Finland."
[[facts]]
id = "pollen"
kind = "result"
text = "Pollen in the cores shows that spruce arrived about 5,000 years ago."
""",
        "lake.toml",
    )
    for said in (
        "Pollen in cores from a lake in Sweden shows spruce arrived 5,000 years ago.",
        "Pollen in cores from a deep Swedish lake shows spruce arrived 5,000 years ago.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported", (said, reasons(r))
        assert 'country: the claim says "' in reasons(r), reasons(r)
    for said in (
        "Pollen in cores from a lake in Finland shows spruce arrived 5,000 years ago.",
        "Lakes in Sweden hold similar records of when spruce arrived.",
    ):
        r = judged_on(sheet, said)
        assert "country:" not in reasons(r), (said, reasons(r))


def test_a_specialist_co_author_at_an_infirmary_keeps_both_roles() -> None:
    """ "Dr X, a consultant cardiologist at the Westgate Royal Infirmary, is a co-author":
    X is a cardiologist and a co-author (the Infirmary is nobody), so "X, who led the
    research" gives a co-author the lead, and "X, a neurologist" the wrong field."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "echo-ai"
title = "A heart scan reader"
authors = ["Lena Ostrova", "Paul Achebe", "Moira Quayle"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Dr Lena Ostrova is the lead author and Professor Paul Achebe the senior author."
[[facts]]
id = "quayle"
kind = "bibliographic"
text = "Dr Moira Quayle, a consultant cardiologist at Westgate Royal Infirmary, is a co-author."
""",
        "echo.toml",
    )
    r = judged_on(sheet, "Dr Moira Quayle, who led the research, is a cardiologist in Westgate.")
    assert r.verdict == "misreported", reasons(r)
    assert "Quayle led the work" in reasons(r), reasons(r)
    r = judged_on(sheet, "Dr Moira Quayle, a neurologist at Westgate Royal Infirmary, co-wrote it.")
    assert r.verdict == "misreported", reasons(r)
    assert '"neurologist"' in reasons(r), reasons(r)


def test_a_quote_given_to_another_of_the_studys_people_is_misreported() -> None:
    """The senior author's words put in the lead author's mouth; a name inside the quoted
    words, or beside the speaker's own, is no such attribution."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "reading-dogs"
title = "Reading to dogs in school libraries"
authors = ["Ines Varga", "Tom Hollis"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Dr Ines Varga is the lead author and Professor Tom Hollis the senior author."
[[facts]]
id = "quote-hollis"
kind = "quote"
source = "investigator"
speaker = "Tom Hollis"
text = "A dog in the library is not a reading programme, and we should not pretend it is."
""",
        "dogs.toml",
    )
    r = judged_on(sheet, 'Dr Varga said: "A dog in the library is not a reading programme."')
    assert r.verdict == "misreported", reasons(r)
    assert "Varga" in reasons(r) and "Hollis" in reasons(r), reasons(r)
    for said in (
        'Professor Hollis said: "A dog in the library is not a reading programme."',
        '"A dog in the library is not a reading programme," said Hollis, who worked with Varga.',
        '"Varga\'s dogs are not a reading programme, and we should not pretend," a teacher said.',
    ):
        r = judged_on(sheet, said)
        assert r.verdict != "misreported", (said, reasons(r))


def test_a_bare_figure_of_the_facts_order_that_is_none_of_its_figures_is_misreported() -> None:
    """ "could hit 15,000 a year" where the projection is 9,870 (6,830 to 13,540): a large
    figure the fact does not give, of the same order as its own, and no other fact's."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "smog-model"
title = "Projected smog deaths"
[[facts]]
id = "high"
kind = "result"
text = "Under the high scenario, smog deaths were projected at 9,870 (6,830 to 13,540) a year."
rounding = { "9,870" = 1000 }
[[facts]]
id = "now"
kind = "result"
text = "Smog now causes about 2,680 deaths a year."
""",
        "smog.toml",
    )
    r = judged_on(sheet, "Under the high scenario, smog deaths could hit 15,000 a year by 2050.")
    assert r.verdict == "misreported", reasons(r)
    assert '"15,000"' in reasons(r), reasons(r)
    for said in (
        "Under the high scenario, smog deaths could hit 10,000 a year by 2050.",
        "Under the high scenario, smog deaths could reach 13,540 a year by 2050.",
        "Under the high scenario, smog deaths could rise from 2,680 to 9,870 a year by 2050.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict != "misreported", (said, reasons(r))


def test_a_museum_or_registry_named_in_place_of_the_facts_is_misreported() -> None:
    """ "the National Museum" for the study's "Kestrel Bay Regional Museum"; the museum named
    in part ("the Regional Museum") or someone from another museum commenting is fine."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "whale-bones"
title = "Whale bones in a coastal midden"
[[facts]]
id = "kept"
kind = "context"
text = "The bones will be displayed at the Kestrel Bay Regional Museum."
[[facts]]
id = "cases"
kind = "design"
text = "Cases were 812 people with gout identified in the Norwegian Patient Registry."
""",
        "whale.toml",
    )
    for said in (
        "The bones will be displayed at the National Museum.",
        "Cases were 812 people with gout identified in the Norwegian Cancer Registry.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported", (said, reasons(r))
        assert "institution:" in reasons(r), reasons(r)
    for said in (
        "The bones will be displayed at the Regional Museum in Kestrel Bay.",
        "Cases were 812 people with gout identified in the Patient Registry.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))


def test_an_outside_expert_made_one_of_the_authors_is_misreported() -> None:
    """The sheet says Dr Pell was not involved: "one of the study's authors" or "a
    co-investigator on the trial" gives an outsider a part in the work."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "salt-caps"
title = "Salt capsules for fainting"
authors = ["Jo Arden", "Mo Quist"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Dr Jo Arden is the lead author and Professor Mo Quist the senior author."
[[facts]]
id = "pell"
kind = "bibliographic"
text = "Dr Ruth Pell, a cardiologist at Fenwick University, was not involved in the study."
[[facts]]
id = "quote-pell"
kind = "quote"
source = "commentary"
speaker = "Ruth Pell"
text = "This is a careful trial, but it is small."
""",
        "salt.toml",
    )
    for said in (
        'Dr Ruth Pell, one of the study\'s authors, called it "a careful trial".',
        'Ruth Pell, a co-investigator on the trial, called it "a careful trial".',
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported", (said, reasons(r))
        assert "Pell" in reasons(r), reasons(r)
    for said in (
        'Dr Ruth Pell, who was not involved, called it "a careful trial".',
        'Dr Jo Arden, one of the study\'s authors, called it "a careful trial".',
    ):
        r = judged_on(sheet, said)
        assert "role:" not in reasons(r), (said, reasons(r))


def test_all_said_of_what_the_study_enrolled_people_with_is_no_wider_scope() -> None:
    """ "All had mild asthma" where the design enrolled adults with mild asthma: what
    everyone had by design, not a finding widened to all. A result said of all is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "inhaler"
title = "A new inhaler for mild asthma"
[[facts]]
id = "design"
kind = "design"
text = "The trial enrolled 120 adults with mild asthma who were not taking steroid inhalers."
[[facts]]
id = "result"
kind = "result"
text = "Attacks fell by 30% in the inhaler group."
""",
        "inhaler.toml",
    )
    r = judged_on(
        sheet, "The 120 adults all had mild asthma, and none were taking steroid inhalers."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "In the inhaler group all attacks fell by 30%.")
    assert r.verdict == "overstated", reasons(r)


def test_an_investigators_own_words_are_not_held_to_a_hedged_result() -> None:
    """'Dr Arden said: "Even at the lowest dose, fainting roughly halved."': the study's own
    person in quote marks; the saying verb is no certainty, and the words are theirs. The
    same words told by the writer are held to the result's hedge."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "salt-caps2"
title = "Salt capsules for fainting"
authors = ["Jo Arden"]
[[facts]]
id = "authors"
kind = "bibliographic"
text = "Dr Jo Arden is the lead author."
[[facts]]
id = "low"
kind = "result"
certainty = "suggested"
text = "At the lowest dose, fainting episodes roughly halved compared with placebo."
""",
        "salt2.toml",
    )
    r = judged_on(
        sheet, 'Dr Jo Arden said: "Even at the lowest dose, fainting episodes roughly halved."'
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Even at the lowest dose, fainting episodes roughly halved.")
    assert r.verdict == "overstated", reasons(r)


def test_up_to_a_peak_the_study_never_came_near_is_misreported() -> None:
    """ "Up to 10% smaller" where the study's largest figure is 3.8%: a peak it never
    reached. "Up to 4%" is its peak, and "less than 10%" a ceiling, not a peak."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "night-brains"
title = "Night work and brain volume"
[[facts]]
id = "volume"
kind = "result"
text = "The hippocampus was 3.1% smaller in night workers (3.8% on the left side)."
""",
        "night.toml",
    )
    r = judged_on(sheet, "The hippocampus was up to 10% smaller in night workers.")
    assert r.verdict == "misreported", reasons(r)
    assert '"up to 10%"' in reasons(r), reasons(r)
    for said in ("up to 4%", "less than 10%"):
        r = judged_on(sheet, f"The hippocampus was {said} smaller in night workers.")
        assert r.verdict == "supported", (said, reasons(r))


def test_an_exclusion_in_what_was_done_tells_it_apart_and_overreaches_nothing() -> None:
    """ "It randomised clinics rather than wards" where the fact's phrasing says "clinics,
    not wards, were randomised"; and "rather than towns", which no phrasing says: in what a
    study did, "rather than" tells two things apart and rules out no explanation (annotators
    of the dev sets read it so throughout)."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "clinic-trial"
title = "A reminder app in clinics"
[[facts]]
id = "design"
kind = "design"
text = "In a cluster-randomised trial, 40 clinics were assigned to the app or usual care."
also = ["clinics, not wards, were randomised"]
""",
        "clinics.toml",
    )
    r = judged_on(
        sheet, "The cluster-randomised trial of 40 clinics randomised clinics rather than wards."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "The cluster-randomised trial of 40 clinics randomised clinics rather than towns."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_steep_change_where_the_study_found_none_significant_is_misreported() -> None:
    r = judged_on(_MARKET, "Sales of rice cakes soared.")
    assert r.verdict == "misreported", reasons(r)
    assert 'the claim says "soared"' in reasons(r)
    r = judged_on(_MARKET, "Sales of rice cakes did not soar.")
    assert r.verdict != "misreported", reasons(r)


def test_a_count_of_more_of_something_is_checked() -> None:
    """ "About twenty more visits" where the study needs about ten more."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "visits"
title = "Home visits"
[[facts]]
id = "needed"
kind = "caveat"
text = "About ten more home visits per family would be needed to confirm the effect."
""",
        "visits.toml",
    )
    r = judged_on(sheet, "About twenty more home visits per family would be needed to confirm it.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "About ten more home visits per family would be needed to confirm it.")
    assert r.verdict == "supported", reasons(r)


def test_a_count_with_another_period_is_misreported() -> None:
    r = judged_on(_MARKET, "Households reported eating 1.4 fewer bags a day.")
    assert r.verdict == "misreported", reasons(r)
    assert 'rate: the claim says "1.4 fewer bags a day"' in reasons(r)
    r = judged_on(_MARKET, "Households reported eating 1.4 fewer bags a week.")
    assert r.verdict == "supported", reasons(r)


def test_a_count_read_as_a_time_with_another_period_is_misreported() -> None:
    """ "Three night shifts a week" for "three nights a month": the same figure of the same
    thing (a word shared), read once as a count and once as a time, with another period."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "bakers"
title = "Night baking and sleep"
[[facts]]
id = "definition"
kind = "design"
text = "Night baking was defined as at least four nights a month on the early ovens."
""",
        "bakers.toml",
    )
    r = judged_on(sheet, "Night baking meant at least four night shifts a week on the early ovens.")
    assert r.verdict == "misreported" and "rate:" in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Night baking meant at least four night shifts a month on the early ovens."
    )
    assert r.verdict == "supported", reasons(r)


def test_this_studys_finding_told_with_another_studys_figure_is_misreported() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "levy"
title = "A levy on crisps in Harbourtown"
[[facts]]
id = "first-year"
kind = "result"
text = "Crisp sales in Harbourtown fell by 21% in the first year after the levy."
[[related]]
id = "oldtown"
title = "Crisp sales after a levy in Oldtown"
relation = "an earlier study of another town's levy"
published = 2019-03-01
[[related.facts]]
id = "oldtown-fall"
text = "After Oldtown's levy, crisp sales fell by 35% in the first year."
""",
        "levy.toml",
    )
    r = judged_on(sheet, "Crisp sales fell by a whopping 35% in the first year, the study found.")
    assert r.verdict == "misreported", reasons(r)
    assert '"35%"' in reasons(r) and "another study" in reasons(r)
    # told as the other study's, it is supported; passed off without a finding of this
    # study's to tell, unsupported
    r = judged_on(sheet, "An earlier study found that crisp sales in Oldtown fell by 35%.")
    assert r.verdict == "supported", reasons(r)


_SOUP = parse_sheet(
    """
schema = 2
[study]
id = "soup"
title = "A salt levy and soup sales"
[[facts]]
id = "levy"
kind = "design"
text = "A levy of 2 pence per gram of salt was added to canned soups in 2023."
[[facts]]
id = "others"
kind = "caveat"
text = "A natural experiment of this kind cannot rule out every other explanation for the fall."
[[facts]]
id = "flavour"
kind = "result"
text = "The difference between flavours was not statistically significant (p = 0.2)."
[[facts]]
id = "pressure"
kind = "result"
text = "Low-salt soup lowered blood pressure by 3 mm Hg in adults with hypertension."
[[facts]]
id = "older"
kind = "result"
text = "In people over 60, sales fell by 12%."
""",
    "soup.toml",
)


def test_negations_ending_in_nt_and_cannot_are_read() -> None:
    """ "wasn't significant" denies significance; "cannot rule out every" is no wider scope."""
    r = judged_on(_SOUP, "The paper says the difference between flavours wasn't significant.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_SOUP, "The authors say the study cannot rule out every other explanation.")
    assert r.verdict == "supported", reasons(r)


def test_every_before_a_unit_is_a_rate_not_everyone() -> None:
    r = judged_on(_SOUP, "The levy, 2 pence on every gram of salt, came into force in 2023.")
    assert r.verdict == "supported", reasons(r)


def test_a_superlative_of_all_is_no_scope() -> None:
    """ "Best of all, ..." and "most of all" weigh the sentence; they say nothing of everyone."""
    r = judged_on(_SOUP, "Best of all, the levy is only 2 pence per gram of salt in canned soups.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_SOUP, "Strangest of all: in people over 60, sales fell by 12%.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_SOUP, "Low-salt soup lowered blood pressure by 3 mm Hg in all adults.")
    assert r.verdict == "overstated", reasons(r)


def test_normal_where_the_study_says_no_one_reached_normal_is_overstated() -> None:
    """ "Patients now see normally" where the study says no eye reached normal vision: the
    gain is told as complete. A comparison group "with normal vision" is no such claim."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "eye-drops"
title = "Gene drops for an inherited eye disease"
[[facts]]
id = "acuity"
kind = "result"
text = "Visual acuity improved in eight of ten patients; no patient's vision returned to normal."
[[facts]]
id = "design"
kind = "design"
text = "Ten patients were compared with twenty people who had normal vision."
""",
        "eye.toml",
    )
    r = judged_on(sheet, "Visual acuity improved and the patients can now see normally.")
    assert (r.match.fact_id, r.verdict) == ("acuity", "overstated"), reasons(r)
    assert '"see normally"' in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Vision improved in eight of ten patients, though none returned to normal."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Eight of ten patients improved but stayed below normal vision.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Ten patients were compared with twenty people with normal vision.")
    assert r.verdict == "supported", reasons(r)


def test_a_direction_word_naming_who_is_no_direction_of_the_effect() -> None:
    """ "adults with mildly raised blood pressure" and "people who haven't retired" say who."""
    r = judged_on(_SOUP, "Low-salt soup cut readings in adults with mildly raised blood pressure.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_SOUP, "Low-salt soup raised blood pressure in adults with hypertension.")
    assert r.verdict == "misreported", reasons(r)


def test_a_study_the_writer_cites_in_their_own_voice_is_still_placed_right() -> None:
    """ "A new study from Norway backs us up": the writer's voice, but a study of the
    University of Dunmore in Scotland placed in Norway is misreported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "owl-ears"
title = "Barn owls hear mice under snow"
institutions = ["University of Dunmore"]
[[facts]]
id = "where"
kind = "bibliographic"
text = "The study was done at the University of Dunmore in Scotland."
[[facts]]
id = "hearing"
kind = "result"
text = "Barn owls found mice under 20 cm of snow by sound alone."
""",
        "owl-ears.toml",
    )
    r = judged_on(sheet, "Now a brand-new study from Norway backs us up.")
    assert r.verdict == "misreported", reasons(r)
    assert "Norway" in reasons(r)
    r = judged_on(sheet, "Now a brand-new study from Scotland backs us up.")
    assert r.verdict == "background", reasons(r)


def test_a_span_of_years_is_checked_against_a_span_given_with_months() -> None:
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "recruit"
title = "Antibiotics or surgery"
[[facts]]
id = "recruited"
kind = "design"
text = "Patients were recruited between March 2019 and November 2022."
""",
        "recruit.toml",
    )
    r = judged_on(sheet, "Patients were recruited between 2018 and 2021.")
    assert r.verdict == "misreported", reasons(r)
    assert judged_on(sheet, "Patients were recruited between 2019 and 2022.").verdict == "supported"


_PONDS = parse_sheet(
    """
schema = 2
[study]
id = "ponds"
title = "Frog numbers in farm ponds: a survey"
subjects = "farm ponds"
[[facts]]
id = "buffers"
kind = "design"
text = "Twenty-two of the 150 ponds had a grass buffer strip around them."
[[facts]]
id = "frogs"
kind = "result"
text = "Ponds with a buffer strip held more frogs than ponds without one."
""",
    "ponds.toml",
)


def test_a_count_out_of_a_whole_is_checked_against_the_facts_count_of_it() -> None:
    """ "Thirty-two of the surveyed ponds" counts ponds as "Twenty-two of the 150 ponds"
    does, whatever words stand between "of the" and what is counted."""
    r = judged_on(_PONDS, "Thirty-two of the surveyed ponds had a grass buffer strip around them.")
    assert r.verdict == "misreported" and "Thirty-two" in reasons(r), reasons(r)
    r = judged_on(_PONDS, "Twenty-two of the surveyed ponds had a grass buffer strip around them.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(_PONDS, "Twenty-two of the 150 farm ponds had a grass buffer strip.")
    assert r.verdict == "supported", reasons(r)
    # a part is compared with parts: the whole (150) is no count of the ponds with strips
    r = judged_on(_PONDS, "Of the 150 ponds, 41 held frogs, and twenty-two had a buffer strip.")
    assert "150" not in reasons(r), reasons(r)
    # "one of the farm's ponds" singles one out
    r = judged_on(_PONDS, "Every single one of the farm's ponds had a grass buffer strip.")
    assert "number" not in reasons(r), reasons(r)


def test_a_bound_beyond_the_facts_bound_is_misreported() -> None:
    """ "More than 3,000 hives" is no reading of "more than 300 hives": a bound further out
    than the study's claims more than it found; one short of it claims less, and holds."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hives"
title = "Mite treatment in beehives"
subjects = "beehives"
[[facts]]
id = "hives"
kind = "design"
text = "The treatment was tried in more than 300 hives on 12 farms."
""",
        "hives.toml",
    )
    r = judged_on(sheet, "The treatment was tried in more than 3,000 hives.")
    assert r.verdict == "misreported" and "3,000" in reasons(r), reasons(r)
    for said in ("more than 300 hives", "over 300 hives", "more than 200 hives"):
        r = judged_on(sheet, f"The treatment was tried in {said}.")
        assert r.verdict == "supported", (said, reasons(r))


def test_a_figure_with_two_digits_of_the_studys_swapped_is_misreported() -> None:
    """ "Lost 85% of their leaves", where the study's 58% is stated by another fact than
    the one the claim is closest to: the figure is the study's, mistyped. A figure of the
    study's own, or one no swap makes, is left to the other checks."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "oaks"
title = "Drought and oak trees in city parks"
subjects = "oak trees"
[[facts]]
id = "heat"
kind = "context"
text = "Drought stress is measured by how long the soil stays below a moisture threshold."
[[facts]]
id = "loss"
kind = "result"
text = "Trees in the driest parks lost 58% of their leaves by August."
[[facts]]
id = "parks"
kind = "design"
text = "The team followed 412 oak trees in 23 city parks for three summers."
""",
        "oaks.toml",
    )
    r = judged_on(sheet, "Drought stress was measured in the soil, and the driest trees lost 85%.")
    assert r.verdict == "misreported" and "58%" in reasons(r), reasons(r)
    r = judged_on(sheet, "The team followed 421 oak trees in city parks for three summers.")
    assert r.verdict == "misreported" and "412" in reasons(r), reasons(r)
    r = judged_on(sheet, "Trees in the driest parks lost 58% of their leaves by August.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The team followed 412 oak trees in 23 city parks for three summers.")
    assert r.verdict == "supported", reasons(r)


def test_how_often_something_was_done_is_checked() -> None:
    """ "Twice a year" for a survey the study ran once a year is misreported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "lakes"
title = "Algae in upland lakes"
subjects = "upland lakes"
[[facts]]
id = "visits"
kind = "design"
text = "Each lake was sampled once a year from 2015 to 2024."
""",
        "lakes.toml",
    )
    r = judged_on(sheet, "Each lake was sampled twice a year.")
    assert r.verdict == "misreported" and "twice a year" in reasons(r), reasons(r)
    r = judged_on(sheet, "Each lake was sampled once a year for a decade.")
    assert r.verdict == "supported", reasons(r)


def test_a_second_figure_of_a_kind_the_fact_gives_once_is_of_something_else() -> None:
    """ "A daily tablet and a class three times a week", for a fact that gives the daily
    dose alone: the claim's "daily" is the fact's; "three times a week" is said of what the
    fact does not count. Two figures where the fact has two are both checked."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "iron"
title = "Iron tablets and a walking class for tired teenagers"
subjects = "teenagers"
[[facts]]
id = "arms"
kind = "design"
text = "Half of the teenagers took an iron tablet daily and joined a walking class."
[[facts]]
id = "doses"
kind = "design"
text = "Tablets were taken daily for 12 weeks and then weekly for 12 weeks."
""",
        "iron.toml",
    )
    r = judged_on(
        sheet, "Half of the teenagers took an iron tablet daily and walked three times a week."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "Tablets were taken daily for 12 weeks and then twice a week for 12 weeks."
    )
    assert r.verdict == "misreported" and "twice a week" in reasons(r), reasons(r)


def test_a_finding_about_what_the_study_did_not_measure_is_misreported_aligned_or_not() -> None:
    """ "The researchers found that otter numbers crashed", where the sheet says otters were
    not counted, is misreported even when no fact is close enough to align it; the same
    words told as general knowledge, or denied, are not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "rivers"
title = "Nitrate in lowland rivers after a fertiliser ban"
subjects = "rivers"
[[facts]]
id = "nitrate"
kind = "result"
text = "Nitrate levels in the 30 rivers fell by a fifth within three years of the ban."
[[facts]]
id = "no-otters"
kind = "design"
not_done = true
text = "Otters and fish were not counted."
""",
        "rivers.toml",
    )
    r = judged_on(sheet, "The researchers found that otter numbers crashed along the banks.")
    assert r.verdict == "misreported" and "not counted" in reasons(r), reasons(r)
    r = judged_on(sheet, "The researchers did not find that otter numbers crashed.")
    assert r.verdict != "misreported", reasons(r)


def test_one_of_the_studys_institutions_placed_in_another_country_is_misreported() -> None:
    """ "Colleagues at the Moravia Institute in Poland", where the sheet places it in the Czech
    Republic, is misreported, whatever else the sentence says; the right country stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "glass"
title = "A glass that cleans itself in sunlight"
institutions = ["Harbour University", "Moravia Institute of Materials"]
[[facts]]
id = "where"
kind = "bibliographic"
text = "The work was at Harbour University, UK, and the Moravia Institute of Materials, Czechia."
[[facts]]
id = "coat"
kind = "result"
text = "Coated panes lost 90% of their grime after 20 hours of sunlight."
""",
        "glass.toml",
    )
    r = judged_on(
        sheet,
        "Working with colleagues at the Moravia Institute of Materials in Poland, the team "
        "coated dozens of panes.",
    )
    assert r.verdict == "misreported" and "Poland" in reasons(r), reasons(r)
    r = judged_on(
        sheet,
        "Working with colleagues at the Moravia Institute of Materials in Czechia, "
        "the team coated dozens of panes.",
    )
    assert r.verdict != "misreported", reasons(r)


def test_a_sellers_own_figures_beside_the_study_are_not_the_studys() -> None:
    """ "We recommend our 4,000 IU formula, twice the dose used in the study" is the shop's
    voice and its product's dose; the study's 2,000 IU is not misreported by it. A claim of
    the study's dose with the wrong figure is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "omega"
title = "Vitamin D and dry eyes: a randomised trial"
subjects = "adults with dry eyes"
[[facts]]
id = "dose"
kind = "design"
text = "Half of the participants took 2,000 IU of vitamin D a day for 12 weeks."
""",
        "omega.toml",
    )
    r = judged_on(
        sheet, "That's why we recommend our 4,000 IU formula, twice the dose used in the study."
    )
    assert r.verdict == "background", reasons(r)
    r = judged_on(sheet, "Half of the participants took 4,000 IU of vitamin D a day for 12 weeks.")
    assert r.verdict == "misreported", reasons(r)


def test_an_animal_in_an_aside_is_no_claim_about_the_studys_subjects() -> None:
    """In a study of adults, "the size of the fish we caught" in the writer's aside says
    nothing of where the study found its result; "the study found it in rats" does."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "lies"
title = "Small lies in an online dice game"
subjects = "adults"
[[facts]]
id = "lies"
kind = "result"
text = "Adults reported higher dice rolls when paid per point."
""",
        "lies.toml",
    )
    r = judged_on(
        sheet, "We've all told a fib, whether about the size of the fish or the price of a car."
    )
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(sheet, "The study found that rats paid per point cheated at dice.")
    assert r.verdict == "misreported" and "rats" in reasons(r), reasons(r)


def test_a_journal_named_with_the_studys_topic_words_is_still_another_journal() -> None:
    """ "Published in the journal Salt Marshes", for a study of salt marshes that appeared in
    the Journal of Wetland Ecology, is misreported: the sheet speaks of salt marshes but names
    no such journal. The study's journal stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "marsh"
title = "Salt marshes store more carbon after sheep are removed"
journal = "Journal of Wetland Ecology"
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in the Journal of Wetland Ecology."
[[facts]]
id = "carbon"
kind = "result"
text = "Salt marshes without sheep stored 20% more carbon after five years."
""",
        "marsh.toml",
    )
    r = judged_on(sheet, "The study was published in the journal Salt Marshes.")
    assert r.verdict == "misreported" and "Salt Marshes" in reasons(r), reasons(r)
    r = judged_on(sheet, "The study was published in the Journal of Wetland Ecology.")
    assert r.verdict == "supported", reasons(r)


# An invented flood study with a preprint; every sentence written for this test.
_FLOOD = parse_sheet(
    """
schema = 2
[study]
id = "flood-attribution"
title = "Human influence on the October floods in the Tarn valley"
published = 2026-09-02
[[facts]]
id = "preprint"
kind = "bibliographic"
text = "A preprint of the analysis was released on 16 July 2026, before peer review."
also = ["a preprint came out in July"]
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in the Journal of Flood Science on 2 September 2026."
[[facts]]
id = "rain"
kind = "result"
text = "Climate change made the two-day rainfall about 20% heavier."
[[facts]]
id = "event"
kind = "design"
text = "The study examined the rain that fell from 12 to 14 October 2025 in the Tarn valley."
""",
    "flood.toml",
)


def test_a_date_told_with_the_facts_own_verb_is_checked() -> None:
    """ "Released on 6 July" for a preprint "released on 16 July": the same event, a wrong
    day, though a phrasing gives the month alone; the date beside other words of a paper's
    fact is left alone."""
    r = judged_on(_FLOOD, "A preprint of the work was released on 6 July, before review.")
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "6 July' in reasons(r)
    for sentence in (
        "A preprint of the work was released on 16 July, before review.",
        "A preprint of the analysis was released before peer review, as noted on 3 August.",
        # a day within the sheet's span of days
        "The study examined the rain that fell in the Tarn valley on 13 October 2025.",
    ):
        assert judged_on(_FLOOD, sentence).verdict == "supported", sentence
    r = judged_on(_FLOOD, "The study examined the rain that fell in the Tarn valley on 19 October.")
    assert r.verdict == "misreported", reasons(r)


_SHIFTS = parse_sheet(
    """
schema = 2
[study]
id = "shift-twins"
title = "Night work and insomnia in discordant twin pairs"
[[facts]]
id = "night-work"
kind = "result"
association = true
text = "The twin with insomnia was more likely to report night-shift work \
(odds ratio 1.7, 95% CI 1.2 to 2.4)."
""",
    "shift-twins.toml",
)


def test_a_wrong_odds_ratio_is_misreported() -> None:
    """The estimate itself told wrong: "an odds ratio of 2.7" for the study's 1.7."""
    r = judged_on(
        _SHIFTS, "Twins with insomnia were more likely to work nights, with an odds ratio of 2.7."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'ratio: the claim says "2.7"' in reasons(r)
    r = judged_on(
        _SHIFTS, "Twins with insomnia were more likely to work nights, with an odds ratio of 1.7."
    )
    assert r.verdict == "supported", reasons(r)


_SEAWEED = parse_sheet(
    """
schema = 2
[study]
id = "seaweed-cows"
title = "A seaweed feed additive and methane from dairy cows"
[terms]
"Calder Agricultural Trust" = ["the Calder Trust"]
[[facts]]
id = "funding"
kind = "bibliographic"
text = "The study was funded by the Calder Trust."
[[facts]]
id = "supplier"
kind = "caveat"
text = "The seaweed was supplied free of charge by Marrowkelp Ltd, which had no role in the study."
[[facts]]
id = "methane"
kind = "result"
text = "The highest dose cut methane by 65%."
""",
    "seaweed.toml",
)


def test_a_name_the_sheet_gives_in_another_part_is_no_funder() -> None:
    """ "Funded by Marrowkelp", where the sheet says Marrowkelp supplied the seaweed and the
    Calder Trust funded the work: misreported. The funder by another of its names stands."""
    r = judged_on(_SEAWEED, "The work was funded by Marrowkelp Ltd, which supplied the seaweed.")
    assert r.verdict == "misreported", reasons(r)
    assert 'funder: the claim says "Marrowkelp Ltd"' in reasons(r)
    r = judged_on(_SEAWEED, "The work was funded by the Calder Agricultural Trust.")
    assert r.verdict == "supported", reasons(r)


_SOAP = parse_sheet(
    """
schema = 2
[study]
id = "soap-schools"
title = "Handwashing stations in primary schools: a cluster-randomised trial"
journal = "Journal of Water, Soap and School Health"
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The trial was published in the Journal of Water, Soap and School Health."
[[facts]]
id = "cost"
kind = "result"
text = "The programme cost US$2.90 per pupil for the school year."
[[facts]]
id = "expert"
kind = "quote"
speaker = "Ines Marlow"
text = "A year in one region is a start, not the answer."
""",
    "soap.toml",
)


def test_what_a_reader_sees_as_the_sheets_own_is_no_misreport() -> None:
    """A journal named in full with its commas, a cost given with its conversion in brackets,
    and a quote's speaker named with a title are the sheet's own."""
    for sentence in (
        "The trial appeared in the Journal of Water, Soap and School Health.",
        "The programme cost about US$2.90 (£2.30) per pupil for the school year.",
        'Dr Ines Marlow warned: "A year in one region is a start, not the answer."',
    ):
        r = judged_on(_SOAP, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    r = judged_on(_SOAP, "The programme cost about US$4.90 per pupil for the school year.")
    assert r.verdict == "misreported", reasons(r)


_IMPLANT = parse_sheet(
    """
schema = 2
[study]
id = "speech-implant"
title = "A speech implant for a man with paralysis"
subjects = "one man with paralysis"
[[facts]]
id = "attempted"
kind = "design"
not_done = true
text = "The implant decoded attempted speech; it did not decode inner speech or thoughts."
[[facts]]
id = "survey"
kind = "caveat"
not_done = true
text = "Mood was rated by the man's carers and was not checked with clinical interviews."
[[facts]]
id = "rate"
kind = "result"
text = "He spoke at 32 words a minute."
""",
    "implant.toml",
)


def test_a_claim_of_what_the_study_did_beside_what_it_did_not_is_no_misreport() -> None:
    """A not-done fact that also says what was done: the claim that names only that part,
    or puts the undone thing after "rather than", says nothing the study did not do."""
    for sentence in (
        "The implant turns attempted speech into words on a screen.",
        "Mood was rated by carers rather than in clinical interviews.",
    ):
        r = judged_on(_IMPLANT, sentence)
        assert r.verdict != "misreported", (sentence, reasons(r))
    r = judged_on(_IMPLANT, "The implant can read his thoughts.")
    assert r.verdict == "misreported", reasons(r)
    assert "not done" in reasons(r)


_SEAWEED_DOSE = parse_sheet(
    """
schema = 2
[study]
id = "seaweed-dose"
title = "A seaweed feed additive and methane from dairy cows"
subjects = "dairy cows"
[[facts]]
id = "methane"
kind = "result"
text = "At the top dose, methane was 65% lower; methane fell as the dose rose."
also = [
  "methane fell by 65% at the top dose",
  "the more seaweed the cows ate, the less methane they made",
]
[[facts]]
id = "iodine"
kind = "result"
text = "Milk iodine more than doubled at the top dose."
""",
    "seaweed-dose.toml",
)


def test_phrasings_of_a_fact_are_read_apart_for_direction() -> None:
    """ "Methane fell" against a fact whose phrasings say "fell as the dose rose" and "the
    more seaweed ..., the less methane": each phrasing is read on its own, so no word of one
    runs into the next."""
    r = judged_on(_SEAWEED_DOSE, "At the top dose, the cows' methane fell by a whopping 65%.")
    assert r.verdict == "supported", reasons(r)
    assert r.match.fact_id == "methane"
    r = judged_on(_SEAWEED_DOSE, "At the top dose, the cows' methane rose by 65%.")
    assert r.verdict == "misreported", reasons(r)


def test_all_in_a_clause_of_its_own_is_not_the_facts_scope() -> None:
    """ "..., and all the men were from one town": the "all" is said of something the fact
    does not speak of, so it widens nothing."""
    r = judged_on(_IMPLANT, "He spoke at 32 words a minute, and all the sessions were at home.")
    assert "scope:" not in reasons(r), reasons(r)
    r = judged_on(_IMPLANT, "All of the men spoke at 32 words a minute.")
    assert r.verdict == "overstated", reasons(r)


_HERD = parse_sheet(
    """
schema = 2
[study]
id = "herd-feed"
title = "A feed additive for dairy cows"
subjects = "dairy cows"
[[facts]]
id = "design"
kind = "design"
text = "The trial used 48 Jersey cows in late lactation, housed indoors on one farm."
[[facts]]
id = "arrays"
kind = "design"
text = "The first farm fed two additives; the second farm fed one."
[[facts]]
id = "milk"
kind = "result"
text = "Some of the cows gave less milk on the highest dose."
""",
    "herd.toml",
)


def test_all_said_as_the_design_says_it_and_a_count_after_rather_than_widen_nothing() -> None:
    """ "48 cows, all in late lactation" says of the whole sample what the design says;
    "one additive rather than two" contrasts counts. A result that holds for some, told of
    all, still widens."""
    for sentence in (
        "The trial used 48 Jersey cows, all in late lactation, housed indoors.",
        "The second farm fed one additive rather than two.",
    ):
        r = judged_on(_HERD, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    r = judged_on(_HERD, "All the cows gave less milk on the highest dose.")
    assert r.verdict == "overstated", reasons(r)


_GEL = parse_sheet(
    """
schema = 2
[study]
id = "gel-schools"
title = "A hand gel programme in primary schools"
[[facts]]
id = "design"
kind = "design"
text = "Pupils in 30 schools used an alcohol hand gel before meals for a year."
[[facts]]
id = "colds"
kind = "result"
text = "Absences for respiratory illness fell by 12% in the gel schools, a difference that was \
not significant."
""",
    "gel.toml",
)


def test_what_a_product_like_a_gel_does_is_a_finding_of_the_study() -> None:
    """ "The gel stopped kids getting sick" tells what the study's gel did, though no
    fact is close in words: it is judged as a finding of the study (here one no fact
    states), not left as background."""
    r = judged_on(_GEL, "The gel stopped kids getting sick.")
    assert r.verdict != "background", reasons(r)


def test_a_group_singled_out_that_no_finding_speaks_of_is_unsupported() -> None:
    """ "Girls benefited even more than boys", where no result of the study is by sex: a
    subgroup finding the study did not report. A sheet that reports by sex is left to the
    other checks."""
    r = judged_on(
        _GEL, "Girls in the gel schools had even fewer absences for respiratory illness than boys."
    )
    assert r.verdict == "unsupported", reasons(r)
    assert "subgroup: the claim singles out boys and girls" in reasons(r)
    by_sex = parse_sheet(
        """
schema = 2
[study]
id = "gel-sex"
title = "A hand gel programme in primary schools"
[[facts]]
id = "colds"
kind = "result"
text = "Absences for respiratory illness fell by 12%, more in girls than in boys."
""",
        "gel-sex.toml",
    )
    r = judged_on(by_sex, "Absences for respiratory illness fell more in girls than in boys.")
    assert r.verdict == "supported", reasons(r)


def test_a_wrong_journal_after_a_word_of_praise_is_misreported() -> None:
    """ "Published in the prestigious New England Journal of Medicine" names a journal as
    "published in the New England Journal of Medicine" does."""
    r = judged_on(
        _SOAP, "The trial was published in the prestigious New England Journal of Medicine."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'journal: the claim says "New England Journal of Medicine"' in reasons(r)
    r = judged_on(
        _SOAP, "The trial was published in the respected Journal of Water, Soap and School Health."
    )
    assert r.verdict == "supported", reasons(r)


_MODELS = parse_sheet(
    """
schema = 2
[study]
id = "heat-models"
title = "How much more likely climate change made a heatwave"
[[facts]]
id = "models"
kind = "design"
text = "The authors screened 63 model simulations and kept 44 that reproduced the local climate."
[[facts]]
id = "likelihood"
kind = "result"
text = "Climate change made the heatwave about 38 times more likely (95% range 9 to 310)."
""",
    "heat-models.toml",
)


def test_a_figure_after_the_facts_own_word_or_a_range_with_digits_swapped_is_misreported() -> None:
    """ "kept 34" where the study "kept 44"; a range "from nine to 130" for the study's 9 to
    310. The right figures stand."""
    for sentence, said in (
        ("They screened 63 model simulations and kept 34 that reproduced the climate.", '"34"'),
        ("The range is wide, from nine to 130 times more likely.", '"nine to 130"'),
    ):
        r = judged_on(_MODELS, sentence)
        assert r.verdict == "misreported", (sentence, reasons(r))
        assert f"the claim says {said}" in reasons(r)
    for sentence in (
        "They screened 63 model simulations and kept 44 that reproduced the climate.",
        "Climate change made the heatwave about 38 times more likely, with a range of 9 to 310.",
    ):
        assert judged_on(_MODELS, sentence).verdict == "supported", sentence


_PUPILS = parse_sheet(
    """
schema = 2
[study]
id = "soap-pupils"
title = "Soap in schools"
[[facts]]
id = "pupils"
kind = "design"
text = "The trial included 14,918 pupils in 62 schools."
also = ["nearly 15,000 pupils took part"]
rounding = { "14,918" = 1000 }
""",
    "pupils.toml",
)


def test_more_than_a_round_figure_the_study_falls_short_of_is_misreported() -> None:
    """ "More than 15,000 pupils" for 14,918: the rounding the sheet allows is for "about"
    or "nearly 15,000", and a bound must hold of the study's figure."""
    r = judged_on(_PUPILS, "The trial included more than 15,000 pupils in 62 schools.")
    assert r.verdict == "misreported", reasons(r)
    for sentence in (
        "The trial included nearly 15,000 pupils in 62 schools.",
        "The trial included about 15,000 pupils in 62 schools.",
        "The trial included more than 14,000 pupils in 62 schools.",
    ):
        assert judged_on(_PUPILS, sentence).verdict == "supported", sentence


def test_a_span_of_years_reaching_past_the_studys_is_misreported() -> None:
    """ "From January 2022 to November 2023" for a study run from January to November 2023:
    the span starts a year early."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "soap-year"
title = "Soap in schools"
[[facts]]
id = "period"
kind = "design"
text = "Pupils were followed over the 2023 school year, from January to November 2023."
""",
        "soap-year.toml",
    )
    r = judged_on(
        sheet, "Pupils were followed over two school years, from January 2022 to November 2023."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "2022 to November 2023"' in reasons(r)
    r = judged_on(sheet, "Pupils were followed from January to November 2023.")
    assert r.verdict == "supported", reasons(r)


_HEDGED_QUOTE = parse_sheet(
    """
schema = 2
[study]
id = "feed-dose"
title = "A feed additive for dairy cows"
[[facts]]
id = "quote-lead"
kind = "quote"
speaker = "Ana Ruiz"
text = "The top dose is not for farms. At 0.5% we think there is a realistic option for herds."
""",
    "feed-dose.toml",
)


def test_someones_hedged_words_told_as_shown_are_overstated() -> None:
    """ "The findings show that 0.5% is the right dose for herds, the authors say", where the
    author said "we think there is a realistic option": the paraphrase is surer than the
    words. Told as hedged as they were, or quoted, it stands."""
    r = judged_on(
        _HEDGED_QUOTE, "The findings show that 0.5% is the right dose for herds, the authors say."
    )
    assert r.verdict == "overstated", reasons(r)
    assert '"think" (suggested)' in reasons(r)
    r = judged_on(
        _HEDGED_QUOTE, "At 0.5% there may be a realistic option for herds, the authors say."
    )
    assert r.verdict == "supported", reasons(r)


def test_proof_told_of_experts_beside_a_design_fact_is_overstated() -> None:
    """ "Experts say the findings prove gel should be in every classroom": reported speech
    without quotation marks is the writer's "prove", closest here to how the trial was run."""
    r = judged_on(_GEL, "Experts say the findings prove hand gel should be in every school.")
    assert r.verdict == "overstated", reasons(r)
    assert 'the claim says "prove"' in reasons(r)


def test_a_wrong_count_names_the_studys_own_figure_and_its_fact() -> None:
    """A count told wrong beside another fact ("followed more than 15,000 youngsters from
    January to November"): the reason quotes the study's own figure, 14,918, not a phrasing's
    "nearly 15,000", and the claim is shown beside the fact that states it."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "soap-pupils-period"
title = "Soap in schools"
[[facts]]
id = "pupils"
kind = "design"
text = "The trial included 14,918 pupils in 62 schools."
also = ["nearly 15,000 pupils took part"]
rounding = { "14,918" = 1000 }
[[facts]]
id = "period"
kind = "design"
text = "The year-long experiment followed pupils from January to November 2023."
""",
        "soap-pupils-period.toml",
    )
    r = judged_on(
        sheet,
        "The year-long experiment followed more than 15,000 youngsters from January to "
        "November 2023.",
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'the study counts "14,918"' in reasons(r)
    assert r.match.fact_id == "pupils"


def test_up_to_a_top_above_the_studys_range_is_misreported() -> None:
    """ "Up to three hours" where the study's sessions ran 40 to 95 minutes: the top of a
    range the study gives is checked more closely than a single figure's peak. "Up to an
    hour and a half" and "up to 100 minutes" are its top, rounded."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "focus-groups"
title = "Focus groups with bus drivers"
[[facts]]
id = "sessions"
kind = "design"
text = "The focus groups lasted 40 to 95 minutes."
""",
        "buses.toml",
    )
    r = judged_on(sheet, "The focus groups lasted up to three hours.")
    assert r.verdict == "misreported", reasons(r)
    assert '"up to three hours"' in reasons(r), reasons(r)
    for said in ("up to an hour and a half", "up to 100 minutes"):
        r = judged_on(sheet, f"The focus groups lasted {said}.")
        assert r.verdict == "supported", (said, reasons(r))


def test_a_population_count_told_wrong_against_the_sheets_own_is_misreported() -> None:
    """A count of people living with a condition is context the sheet may not give, but when
    the aligned fact gives it, a tenfold slip is misreported ("4,100" for "about 41,000")."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "gout-diet"
title = "Diet and gout flares"
[[facts]]
id = "prevalence"
kind = "context"
text = "About 41,000 men and older women in Norway live with gout."
rounding = { "41,000" = 1000 }
""",
        "gout.toml",
    )
    r = judged_on(sheet, "Around 4,100 people in Norway live with gout.")
    assert r.verdict == "misreported", reasons(r)
    for said in ("Around 40,000", "More than 40,000"):
        r = judged_on(sheet, f"{said} people in Norway live with gout.")
        assert r.verdict == "supported", (said, reasons(r))


_ROOSTS = parse_sheet(
    """
schema = 2
[study]
id = "owl-roosts"
title = "Barn owls choose roosts near rough grassland"
journal = "Journal of Raptor Ecology"
published = 2026-04-09
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in the Journal of Raptor Ecology on 9 April 2026."
[[facts]]
id = "roosts"
kind = "result"
text = "Barn owls roosted closer to rough grassland than to arable fields."
""",
    "owls.toml",
)


def test_a_journal_with_one_word_swapped_is_another_journal() -> None:
    """ "Journal of Raptor Biology" is not the Journal of Raptor Ecology, though the two read
    alike letter by letter; a misspelt or shortened word of the name is still the name."""
    r = judged_on(_ROOSTS, "The study is published in the Journal of Raptor Biology.")
    assert r.verdict == "misreported" and "Raptor Biology" in reasons(r), reasons(r)
    r = judged_on(_ROOSTS, "The study is published in the Journal of Raptors.")
    assert r.verdict == "misreported", reasons(r)
    for said in (
        "Jounral of Raptor Ecology",
        "J Raptor Ecol",
        "April in the Journal of Raptor Ecology",
    ):
        r = judged_on(_ROOSTS, f"The study is published in the {said}.")
        assert r.verdict == "supported", (said, reasons(r))


def test_the_day_a_study_was_published_is_checked_whatever_fact_the_claim_reports() -> None:
    """ "A study published on 9 March" for one published on 9 April is misreported even when
    the sentence reports a finding; a page's own dateline, and the right day, are not."""
    r = judged_on(
        _ROOSTS,
        "Barn owls roosted closer to rough grassland than to arable fields, according to a "
        "study published on 9 March in the Journal of Raptor Ecology.",
    )
    assert r.verdict == "misreported" and '"9 March"' in reasons(r), reasons(r)
    r = judged_on(
        _ROOSTS,
        "Barn owls roosted closer to rough grassland than to arable fields, according to a "
        "study published on 9 April in the Journal of Raptor Ecology.",
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        _ROOSTS,
        "Barn owls roosted closer to rough grassland than to arable fields, the team said as "
        "the interviews were published on 2 May.",
    )
    assert "2 May" not in reasons(r), reasons(r)
    r = judged_on(_ROOSTS, "The study was published on Monday in the Journal of Raptor Ecology.")
    assert r.verdict == "misreported" and '"Monday"' in reasons(r), reasons(r)
    letters = parse_sheet(
        """
schema = 2
[study]
id = "kestrels"
title = "Kestrels on motorway verges"
journal = "Raptor Letters"
published = 2026-04-09
[[facts]]
id = "funder"
kind = "bibliographic"
text = "The study was funded by the Kestrel Fund."
""",
        "kestrels.toml",
    )
    r = judged_on(
        letters, "It was funded by the Kestrel Fund and published in Raptor Letters in March."
    )
    assert r.verdict == "misreported" and '"March"' in reasons(r), reasons(r)
    r = judged_on(_ROOSTS, "It was published on Friday in the journal Raptor Ecology.")
    assert r.verdict == "misreported" and '"Friday"' in reasons(r), reasons(r)
    r = judged_on(_ROOSTS, "The study was published on Thursday in the Journal of Raptor Ecology.")
    assert r.verdict == "supported", reasons(r)


def test_a_ratio_told_as_a_percentage_change_is_the_same_figure() -> None:
    """ "A 30% higher risk" is a hazard ratio of 1.3, and "cut the risk by 25%" one of 0.75;
    "a 50% higher risk" is not 1.3, and the reason names the ratio, not the interval's level."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "night-lights"
title = "Light at night and falls in older adults"
observational = true
[[facts]]
id = "falls"
kind = "result"
text = "Bedrooms lit at night were linked to more falls (hazard ratio 1.3, 95% CI 1.1-1.5)."
[[facts]]
id = "lamps"
kind = "result"
text = "Motion-sensing lamps went with fewer falls (hazard ratio 0.75, 95% CI 0.6-0.9)."
""",
        "lights.toml",
    )
    r = judged_on(sheet, "Bedrooms lit at night were linked to a 30% higher risk of falls.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Motion-sensing lamps were linked to falls reduced by 25%.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Bedrooms lit at night were linked to a 50% higher risk of falls.")
    assert r.verdict == "misreported", reasons(r)
    assert '"1.3"' in reasons(r) and "95%" not in reasons(r), reasons(r)


_HEDGEHOGS = parse_sheet(
    """
schema = 2
[study]
id = "hedgehog-gardens"
title = "Hedgehogs in suburban gardens"
published = 2026-05-12
[[facts]]
id = "nights"
kind = "result"
text = "Tagged hedgehogs visited an average of 11 gardens a night."
[[related]]
id = "pilot2022"
title = "The team's earlier radio-tracking study"
relation = "an earlier study by the same team"
published = 2022-06-01
[[related.facts]]
id = "pilot-roads"
text = "Of 18 hedgehogs radio-tracked, 7 crossed a main road at least once."
""",
    "hedgehogs.toml",
)


def test_a_related_finding_told_as_a_study_of_another_year_is_that_studys() -> None:
    """ "The team's 2022 study of 18 hedgehogs" names another piece of work by its year: the
    finding is reported as that study's (and its figures are checked), not passed off as this
    one's."""
    r = judged_on(
        _HEDGEHOGS,
        "The team's 2022 study of 18 radio-tracked hedgehogs found that 7 crossed a main road.",
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        _HEDGEHOGS,
        "The team's 2022 study of 18 radio-tracked hedgehogs found that 9 crossed a main road.",
    )
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(
        _HEDGEHOGS,
        "The team's 2021 study of 18 radio-tracked hedgehogs found that 7 crossed a main road.",
    )
    assert r.verdict == "misreported" and '"2021"' in reasons(r), reasons(r)
    r = judged_on(
        _HEDGEHOGS,
        "It echoes a 2022 Marsh Lane Trust result: 7 of 18 radio-tracked hedgehogs crossed a "
        "main road.",
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        _HEDGEHOGS, "Seven of 18 radio-tracked hedgehogs crossed a main road, the study found."
    )
    assert r.verdict == "unsupported", reasons(r)


def test_a_nation_beside_its_state_is_where_the_study_was() -> None:
    """A sheet that runs a trial "in Wales" and counts a disease "in the UK": "clinics in
    Scotland" is another nation of that state, not a fit of it; "the UK" still fits."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "asthma-inhalers"
title = "Inhaler checks by pharmacists"
[[facts]]
id = "design"
kind = "design"
text = "The trial ran in 40 pharmacies in Wales."
[[facts]]
id = "context"
kind = "context"
text = "Asthma affects about one in twelve adults in the UK."
""",
        "inhalers.toml",
    )
    r = judged_on(sheet, "The trial ran in 40 pharmacies in Scotland.")
    assert r.verdict == "misreported" and '"Scotland"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The trial ran in 40 pharmacies in the UK.")
    assert r.verdict == "supported", reasons(r)


def test_a_time_point_the_fact_gives_otherwise_is_misreported() -> None:
    """ "A second dose at week 8" where the fact gives it at week 6 is misreported; "week 12",
    the follow-up another fact gives, and the fact's own "week 6" are not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tick-vaccine"
title = "A two-dose vaccine against tick-borne fever"
[[facts]]
id = "doses"
kind = "design"
text = "Volunteers got a first dose, then a second dose at week 6."
[[facts]]
id = "follow-up"
kind = "design"
text = "Volunteers were followed for 12 weeks."
""",
        "ticks.toml",
    )
    r = judged_on(sheet, "Volunteers got a first dose, then a second dose at week 8.")
    assert r.verdict == "misreported" and '"week 8"' in reasons(r), reasons(r)
    for week in (6, 12):
        r = judged_on(sheet, f"Volunteers got a first dose, then a second dose at week {week}.")
        assert r.verdict == "supported", (week, reasons(r))


def test_a_year_of_the_study_the_fact_gives_otherwise_is_misreported() -> None:
    """ "Rose to 40 in year two" where the fact puts 40 in year 3 is misreported; the fact's
    own years, in words or figures, are not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "library-loans"
title = "Loans after a village library reopened"
[[facts]]
id = "loans"
kind = "result"
text = "Weekly loans rose from 12 in year 1 to 40 in year 3."
""",
        "loans.toml",
    )
    r = judged_on(sheet, "Weekly loans rose from 12 in year one to 40 in year two.")
    assert r.verdict == "misreported" and '"year two"' in reasons(r), reasons(r)
    r = judged_on(sheet, "Weekly loans rose from 12 in year one to 40 in year three.")
    assert r.verdict == "supported", reasons(r)


def test_an_end_of_an_interval_told_as_the_estimate_is_misreported() -> None:
    """ "Survival was 0.58" where the study gives 0.74 (95% CI 0.58 to 0.86) takes the
    interval's lower end for the estimate; "as low as 0.58" or "between 0.58 and 0.86" tell
    it as an end, and the estimate itself is right."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hedgehog-release"
title = "Survival of hedgehogs released from rescue centres"
[[facts]]
id = "survival"
kind = "result"
text = "Survival at six months was 0.74 (95% CI 0.58 to 0.86) for released hedgehogs and \
0.81 (0.70 to 0.89) for wild ones."
""",
        "hedgehogs.toml",
    )
    r = judged_on(sheet, "Survival at six months was 0.58 for released hedgehogs.")
    assert r.verdict == "misreported" and "interval" in reasons(r), reasons(r)
    r = judged_on(sheet, "Survival was 0.74 for released hedgehogs and 0.70 for wild ones.")
    assert r.verdict == "misreported" and '"0.70"' in reasons(r), reasons(r)
    for said in (
        "Survival at six months was 0.74 for released hedgehogs.",
        "Survival of released hedgehogs was 0.74 but could be as low as 0.58.",
        "Survival of released hedgehogs was between 0.58 and 0.86.",
        "Survival of released hedgehogs was 0.74 (95% CI 0.58 to 0.86).",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))


def test_a_number_that_two_unrelated_figures_add_up_to_is_no_total() -> None:
    """ "Ten camera traps" on the bridge, where 38 ran and 8 were on the bridge, is wrong even
    though 8 and the "two" culverts add up to ten; 16 cases is the total of arms of 9 and 7."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "badger-bridge"
title = "Badgers on a road bridge"
[terms]
"camera traps" = ["trail cameras"]
[[facts]]
id = "cameras"
kind = "design"
text = "38 camera traps ran: 8 on the bridge, 3 in each of two culverts and 24 in the woods."
[[facts]]
id = "cases"
kind = "result"
text = "Mange was seen in 9 badgers near the bridge against 7 in the woods."
""",
        "badgers.toml",
    )
    r = judged_on(
        sheet,
        "Ten camera traps ran on the bridge, three in each of two culverts and 24 in the woods.",
    )
    assert r.verdict == "misreported" and '"Ten camera traps"' in reasons(r), reasons(r)
    r = judged_on(sheet, "38 camera traps ran, eight of them on the bridge.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Mange was seen in 16 badgers near the bridge and in the woods.")
    assert r.verdict == "supported", reasons(r)


def test_a_figure_with_another_unit_of_measure_is_misreported() -> None:
    """ "12.8 mg of nitrate" for 12.8 mmol, and "plots of 10 m²" for plots 10 m by 10 m, are
    misreported; the fact's own units are not, nor a unit another fact gives the figure."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kale-juice"
title = "Kale juice and rowing"
[[facts]]
id = "dose"
kind = "design"
text = "Rowers drank 70 ml of kale juice a day, about 6.2 mmol of nitrate."
[[facts]]
id = "plots"
kind = "design"
text = "The kale grew in 12 plots, each 10 m by 10 m."
[[facts]]
id = "salt"
kind = "design"
text = "The juice held 6.2 mg of salt per serving."
""",
        "kale.toml",
    )
    r = judged_on(sheet, "Rowers drank 70 ml of kale juice a day, about 6.2 mg of nitrate.")
    assert r.verdict == "supported", reasons(r)  # the sheet's salt is 6.2 mg
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kale-juice"
title = "Kale juice and rowing"
[[facts]]
id = "dose"
kind = "design"
text = "Rowers drank 70 ml of kale juice a day, about 6.2 mmol of nitrate."
[[facts]]
id = "plots"
kind = "design"
text = "The kale grew in 12 plots, each 10 m by 10 m."
""",
        "kale.toml",
    )
    r = judged_on(sheet, "Rowers drank 70 ml of kale juice a day, about 6.2 mg of nitrate.")
    assert r.verdict == "misreported" and '"6.2 mg"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The kale grew in 12 plots of 10 m² each.")
    assert r.verdict == "misreported" and '"10 m²"' in reasons(r), reasons(r)
    for said in (
        "Rowers drank 70 ml of kale juice a day, about 6.2 millimoles of nitrate.",
        "The kale grew in 12 plots, each 10 metres by 10 metres.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))


def test_an_interval_with_another_end_is_misreported_either_way_round() -> None:
    """An interval told with one end wrong ("0.6 to 18.6" for 0.6 to 16.8, "-3.9 to -1.3"
    for -3.9 to -2.3) is misreported; the same interval with its signs turned, as a
    difference may be told either way round, is not. How often is checked in any words:
    "every month" is not every three months, "four times a year" is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "owl-nest"
title = "Nest boxes for barn owls"
[[facts]]
id = "chicks"
kind = "result"
text = "Boxes with roofs fledged 1.8 more chicks (95% CI 0.6 to 3.2) than open boxes."
[[facts]]
id = "mites"
kind = "result"
text = "Mite counts were lower in roofed boxes (difference -2.1, 95% CI -3.9 to -0.4)."
[[facts]]
id = "checks"
kind = "design"
text = "Volunteers checked the boxes every three months for four years."
""",
        "owls.toml",
    )
    for said in (
        "Boxes with roofs fledged 1.8 more chicks (95% CI 0.6 to 5.2) than open boxes.",
        "Mite counts were lower in roofed boxes (difference -2.1, 95% CI -3.9 to -1.4).",
        "Volunteers checked the boxes every month for four years.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported", (said, reasons(r))
    for said in (
        "Boxes with roofs fledged 1.8 more chicks (95% CI 0.6 to 3.2) than open boxes.",
        "Mite counts were 2.1 lower in roofed boxes (95% CI 0.4 to 3.9).",
        "Volunteers checked the boxes four times a year for four years.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))


def test_a_total_told_as_a_yearly_rate_is_misreported() -> None:
    """ "£40 million a year" where the study's £40 million is over ten years is misreported;
    the total told as a total is not. A rounded percentage must round the study's figure:
    "2%" is not 2.5% (which rounds to 3%)."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "school-meals"
title = "The cost of free school meals for all"
[[facts]]
id = "cost"
kind = "result"
text = "Free meals for all pupils would cost councils £40 million over ten years."
[[facts]]
id = "discount"
kind = "design"
text = "Future costs were discounted at 2.5% a year."
[[facts]]
id = "per-pupil"
kind = "result"
text = "Breakfast clubs cost £60 per pupil per year, averaged over three years."
""",
        "meals.toml",
    )
    r = judged_on(sheet, "Free meals for all pupils would cost councils £40 million a year.")
    assert r.verdict == "misreported" and "a year" in reasons(r), reasons(r)
    r = judged_on(sheet, "Free meals for all pupils would cost councils £40 million in all.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Breakfast clubs cost about £60 a year per child.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Future costs were discounted at 2% a year.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "Future costs were discounted at 3% a year.")
    assert r.verdict == "supported", reasons(r)


def test_a_figure_joined_to_its_unit_and_a_figure_with_an_uncertainty_are_checked() -> None:
    """ "A 64-pixel sensor" for the sheet's 48-pixel one is misreported, and so is "a gain of
    3.17" for "3.71 ± 0.2" (two digits swapped; the uncertainty is no figure of its own).
    "1.5 milliseconds" is not "1.5 ± 0.1 microseconds"."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "pixel-sensor"
title = "A cooled single-photon sensor"
[[facts]]
id = "sensor"
kind = "design"
text = "The team built a 48-pixel sensor cooled to 4 kelvin, tested over 1 to 90 runs."
[[facts]]
id = "gain"
kind = "result"
text = "The sensor's gain was 3.71 ± 0.2, and its dead time 1.5 ± 0.1 microseconds."
""",
        "sensor.toml",
    )
    r = judged_on(sheet, "The team built a 64-pixel sensor cooled to 4 kelvin.")
    assert r.verdict == "misreported" and '"48-pixel"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The team built a 48-pixel sensor cooled to 4 kelvin.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The sensor's gain was 3.17, and its dead time 1.5 microseconds.")
    assert r.verdict == "misreported" and '"3.17"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The sensor's gain was 3.71, and its dead time 1.5 milliseconds.")
    assert r.verdict == "misreported" and "milliseconds" in reasons(r), reasons(r)
    for said in ("1.5 microseconds", "1.5 ± 0.1 µs"):
        r = judged_on(sheet, f"The sensor's gain was 3.71, and its dead time {said}.")
        assert r.verdict == "supported", (said, reasons(r))
    r = judged_on(sheet, "Over a 90-run test, the team built a 48-pixel sensor.")
    assert r.verdict == "supported", reasons(r)


def test_a_hedged_view_told_with_will_in_reported_speech_is_overstated() -> None:
    """ "The researchers say wider verges will bring the bees back" where their words were
    "could help": reported speech made surer than the speaker was. Their own "could" stays."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "verge-bees"
title = "Road verges and bumblebees"
[[facts]]
id = "view"
kind = "conclusion"
source = "investigator"
speaker = "Ada Brook"
certainty = "speculated"
text = "Wider, later-mown road verges could help bring bumblebees back to farmland."
[[facts]]
id = "quote"
kind = "quote"
speaker = "Ada Brook"
text = "Later-mown road verges are the cheapest way we have to help bumblebees on farmland."
""",
        "verges.toml",
    )
    r = judged_on(
        sheet,
        "The researchers say wider, later-mown road verges will bring bumblebees back to farmland.",
    )
    assert r.verdict == "overstated" and '"will"' in reasons(r), reasons(r)
    r = judged_on(
        sheet,
        "The researchers say wider, later-mown road verges could bring bumblebees back to "
        "farmland.",
    )
    assert r.verdict == "supported", reasons(r)


def test_every_participant_said_widens_what_most_of_them_said() -> None:
    """In an interview study what the participants said is the finding: "every nurse
    interviewed said" widens "most nurses described". "Most nurses said" does not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "night-nurses"
title = "Night shifts in rural hospitals: an interview study"
subjects = "nurses working night shifts"
[[facts]]
id = "isolation"
kind = "result"
text = "Most nurses described feeling isolated on night shifts."
""",
        "nurses.toml",
    )
    r = judged_on(sheet, "Every nurse interviewed said they were isolated on night shifts.")
    assert r.verdict == "overstated" and '"Every"' in reasons(r), reasons(r)
    r = judged_on(sheet, "Most nurses interviewed said they were isolated on night shifts.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Every nurse was told to describe being isolated on night shifts.")
    assert "Every" not in reasons(r), reasons(r)


def test_the_length_a_claim_gives_the_study_is_checked_against_the_sheets_spans() -> None:
    """ "The six-month trial" for a trial the sheet runs over ten weeks is misreported
    whatever fact the claim reports; "the ten-week trial" is not, even beside a fact that
    also names a later follow-up in months."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ginger-nausea"
title = "Ginger capsules for nausea in pregnancy"
[[facts]]
id = "result"
kind = "result"
text = "Nausea scores fell more with ginger capsules than with placebo capsules."
[[facts]]
id = "design"
kind = "design"
text = "Pregnant women took ginger or placebo capsules daily for ten weeks."
[[facts]]
id = "follow-up"
kind = "caveat"
text = "Women were followed for ten weeks only; a follow-up at 10 months is planned."
""",
        "ginger.toml",
    )
    r = judged_on(
        sheet,
        "The six-month trial found nausea scores fell more with ginger capsules than with placebo "
        "capsules.",
    )
    assert r.verdict == "misreported" and "six-month" in reasons(r), reasons(r)
    r = judged_on(
        sheet,
        "The ten-week trial found nausea scores fell more with ginger capsules than with placebo "
        "capsules.",
    )
    assert r.verdict == "supported", reasons(r)


def test_a_known_surname_with_another_first_name_is_misreported() -> None:
    """ "Dr Marta Kowal" where the sheet names Dr Maria Kowal: the surname is the study's
    person, the first name is not theirs. An initial, or her name in full, is no conflict."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "otter-rivers"
title = "Otters return to urban rivers"
authors = ["María Kowal", "Tom Reyes"]
[[facts]]
id = "lead"
kind = "bibliographic"
text = "The survey was led by Dr María Kowal of the River Trust."
""",
        "otters.toml",
    )
    r = judged_on(sheet, "The survey was led by Dr Marta Kowal of the River Trust.")
    assert r.verdict == "misreported" and '"Marta Kowal"' in reasons(r), reasons(r)
    for name in ("Dr Maria Kowal", "Dr M. Kowal", "Dr Kowal"):
        r = judged_on(sheet, f"The survey was led by {name} of the River Trust.")
        assert r.verdict == "supported", (name, reasons(r))


def test_a_plan_of_the_study_people_no_fact_states_is_unsupported_and_not_counted() -> None:
    """ "The team plans to ring another 300 swifts next summer" tells a plan, not a finding:
    unsupported when no fact states it, and its figure is not checked against the study's
    count. "The boffins hope to build a bigger nest box" is a plan too, beside a quote."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "swift-boxes"
title = "Nest boxes for swifts on new houses"
[[facts]]
id = "ringed"
kind = "design"
text = "The team ringed 212 swifts nesting in 90 boxes."
[[facts]]
id = "occupancy"
kind = "result"
text = "Swift bricks were occupied more often than hanging boxes."
[[facts]]
id = "quote"
kind = "quote"
speaker = "Ines Varga"
text = "A bigger nest box is not always a better nest box for a swift."
""",
        "swifts.toml",
    )
    r = judged_on(sheet, "The team plans to ring another 300 swifts next summer.")
    assert r.verdict == "unsupported" and "plan" in reasons(r), reasons(r)
    r = judged_on(sheet, "The boffins now hope to build a bigger nest box within two years.")
    assert r.verdict == "unsupported" and "plan" in reasons(r), reasons(r)


def test_a_count_with_a_plain_adjective_is_checked_when_the_authors_tell_it() -> None:
    """ "The authors describe four main themes" where the analysis found five: the count is
    of what the sheet counts, "main" notwithstanding, and "the authors" are the study's."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "carers-voices"
title = "Young carers' experiences of school"
[[facts]]
id = "themes"
kind = "result"
text = "The analysis produced five themes from the interviews."
[[facts]]
id = "sample"
kind = "design"
text = "The team interviewed 24 young carers aged 11 to 16."
""",
        "carers.toml",
    )
    r = judged_on(sheet, "The authors describe four main themes.")
    assert r.verdict == "misreported" and '"four main themes"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The authors describe five key themes.")
    assert r.verdict == "supported", reasons(r)


def test_a_team_named_for_its_place_is_no_person_with_a_role() -> None:
    """ "The Harrow team is building a toolkit" names no one: "senior author Professor Ada
    Quist" stays the senior author, though Harrow appears before "is the senior author"."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ward-rounds"
title = "Ward rounds and patient falls"
authors = ["Ben Ivers", "Ada Quist"]
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Ada Quist, Professor of Nursing at the University of Harrow, is the senior author."
[[facts]]
id = "next"
kind = "conclusion"
text = "The Harrow team is building a toolkit for ward managers."
[[facts]]
id = "quote"
kind = "quote"
speaker = "Ada Quist"
text = "Falls are not inevitable on a busy ward."
""",
        "wards.toml",
    )
    r = judged_on(
        sheet, 'Senior author Professor Ada Quist said: "Falls are not inevitable on a busy ward."'
    )
    assert r.verdict == "supported", reasons(r)


def test_degrees_with_no_scale_may_be_the_sheets_fahrenheit() -> None:
    """ "Below about 50 degrees" where the fact gives "10°C (50°F)" is its Fahrenheit
    figure; "below about 40 degrees" is neither."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "frog-frost"
title = "Frogs in early frost"
[[facts]]
id = "cold"
kind = "context"
text = "Frogs stop calling when the air drops below about 10°C (50°F)."
""",
        "frogs.toml",
    )
    r = judged_on(sheet, "Frogs stop calling when the air drops below about 50 degrees.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Frogs stop calling when the air drops below about 40 degrees.")
    assert r.verdict == "misreported", reasons(r)


def test_a_span_of_years_gives_the_study_its_length() -> None:
    """ "The ten-year study" of reefs surveyed "from 2014 to 2024" is the sheet's length,
    although the only duration the sheet writes is a recovery of six years."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "reef-decade"
title = "Reefs after heatwaves"
[[facts]]
id = "design"
kind = "design"
text = "Divers surveyed 60 reefs once a year from 2014 to 2024."
[[facts]]
id = "recovery"
kind = "result"
text = "Branching corals needed about six years to recover after a heatwave."
""",
        "reefs.toml",
    )
    r = judged_on(
        sheet, "The ten-year study found branching corals needed about six years to recover."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "The 20-year study found branching corals needed about six years to recover."
    )
    assert r.verdict == "misreported", reasons(r)


def test_a_recruitment_window_is_no_length_for_a_study_of_months() -> None:
    """A trial that enrolled from 2023 to 2024 and followed each person for 10 weeks is no
    "six-month study": the span of years excuses only a length of a year or more."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "knee-brace"
title = "A soft brace for knee pain"
[[facts]]
id = "design"
kind = "design"
text = "Clinics enrolled 240 adults between May 2023 and March 2024."
[[facts]]
id = "result"
kind = "result"
text = "After 10 weeks, pain scores fell further with the brace than with usual care."
""",
        "knee.toml",
    )
    r = judged_on(sheet, "The six-month study found pain scores fell further with the brace.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "The ten-week study found pain scores fell further with the brace.")
    assert r.verdict == "supported", reasons(r)


def test_a_doctor_called_professor_is_misreported() -> None:
    """ "Professor Ines Varga" where the sheet has "Dr Ines Varga" gives her a title she does
    not hold; "Dr Tom Bell" for the sheet's "Professor Tom Bell" is no conflict (professors
    are doctors), nor is "Professor Bell" where the sheet calls him one in other words."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "gait-lab"
title = "Walking speed after hip surgery"
authors = ["Ines Varga", "Tom Bell"]
[[facts]]
id = "first"
kind = "bibliographic"
text = "Dr Ines Varga, a physiotherapist at Marlow General Hospital, is the first author."
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Tom Bell, professor of orthopaedics at Marlow University, is the senior author."
[[facts]]
id = "result"
kind = "result"
text = "Patients walked 12% faster six weeks after surgery than before it."
""",
        "gait.toml",
    )
    r = judged_on(
        sheet,
        "Professor Ines Varga, a physiotherapist at Marlow General Hospital, is the first author.",
    )
    assert r.verdict == "misreported" and "title" in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Dr Ines Varga, a physiotherapist at Marlow General Hospital, is the first author."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Professor Tom Bell of Marlow University is the senior author.")
    assert r.verdict == "supported", reasons(r)


def test_an_institution_placed_elsewhere_than_the_sheet_places_it() -> None:
    """ "The Brannock Fisheries Institute in Cork" for the sheet's one "in Galway, Ireland"
    is misreported; "in Galway" and "in Ireland" fit, and so does a country that holds its
    place ("Tolland University in the UK" for one "in Norwich, England")."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "eel-ladders"
title = "Eel ladders at river weirs"
institutions = ["Tolland University", "Brannock Fisheries Institute"]
[[facts]]
id = "who"
kind = "bibliographic"
text = "The work was led by Tolland University in Norwich, England."
[[facts]]
id = "partner"
kind = "bibliographic"
text = "The Brannock Fisheries Institute in Galway, Ireland, took part."
[[facts]]
id = "result"
kind = "result"
text = "Twice as many young eels passed weirs fitted with ladders."
""",
        "eels.toml",
    )
    r = judged_on(sheet, "Partners included the Brannock Fisheries Institute in Cork.")
    assert r.verdict == "misreported" and "Cork" in reasons(r), reasons(r)
    for text in (
        "Partners included the Brannock Fisheries Institute in Galway.",
        "Partners included the Brannock Fisheries Institute in Ireland.",
        "The work was led by Tolland University in the UK.",
    ):
        r = judged_on(sheet, text)
        assert r.verdict == "supported", (text, reasons(r))


def test_time_or_money_per_another_span_is_misreported() -> None:
    """The fact's "18 more minutes of reading per week" told "each day" is another rate; so
    is "£2.1m a month" for £2.1 million a year. The same span fits."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "library-cards"
title = "Free library cards for teenagers"
[[facts]]
id = "reading"
kind = "result"
text = "Teenagers given a card reported 18 more minutes of reading per week than others."
[[facts]]
id = "cost"
kind = "result"
text = "The scheme cost the county £2.1 million a year."
""",
        "cards.toml",
    )
    r = judged_on(sheet, "Teenagers given a card read about 18 minutes more each day than others.")
    assert r.verdict == "misreported" and "rate" in reasons(r), reasons(r)
    r = judged_on(sheet, "The scheme cost the county £2.1m a month.")
    assert r.verdict == "misreported" and "rate" in reasons(r), reasons(r)
    r = judged_on(sheet, "Teenagers given a card read about 18 minutes more a week than others.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The scheme cost the county £2.1m a year.")
    assert r.verdict == "supported", reasons(r)


def test_figures_swapped_between_two_named_arms_are_misreported() -> None:
    """A trial of a splint against a cast: "8% in the cast group and 12% in the splint group"
    where the study gave 8% to the splint gives each arm the other's figure; the right
    pairing, in either order, is supported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "wrist-splint"
title = "Splint or cast for a broken wrist"
[terms]
splint = ["removable splint"]
cast = ["plaster cast"]
[[facts]]
id = "stiffness"
kind = "result"
text = "Stiffness at 12 weeks affected 8% in the splint group and 12% in the cast group."
""",
        "wrist.toml",
    )
    r = judged_on(
        sheet, "Stiffness at 12 weeks affected 8% in the cast group and 12% in the splint group."
    )
    assert r.verdict == "misreported" and "arm" in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Stiffness at 12 weeks affected 12% in the cast group and 8% in the splint group."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_count_by_the_head_word_of_a_terms_phrasing_is_checked() -> None:
    """ "60 cameras" counts the sheet's camera traps, which its terms also call "trail
    cameras": a count the fact gives as 40 is misreported; "40 cameras" is supported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "badger-setts"
title = "Badgers at their setts"
[terms]
"camera traps" = ["trail cameras"]
[[facts]]
id = "design"
kind = "design"
text = "The team set 40 camera traps at badger setts for a year."
""",
        "setts.toml",
    )
    r = judged_on(sheet, "The team set 60 cameras at badger setts for a year.")
    assert r.verdict == "misreported" and "60 cameras" in reasons(r), reasons(r)
    r = judged_on(sheet, "The team set 40 cameras at badger setts for a year.")
    assert r.verdict == "supported", reasons(r)


def test_a_person_placed_at_an_infirmary_the_sheet_does_not_give_them() -> None:
    """ "Professor Lena Ruiz of Carrick Royal Infirmary" where the sheet places her at the
    University of Dunmore is a wrong affiliation; an infirmary is an institution too."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ward-noise"
title = "Noise on hospital wards at night"
authors = ["Lena Ruiz"]
[[facts]]
id = "senior"
kind = "bibliographic"
text = "Professor Lena Ruiz, professor of nursing at the University of Dunmore, is senior author."
[[facts]]
id = "result"
kind = "result"
text = "Night-time noise on the wards averaged 52 decibels."
""",
        "noise.toml",
    )
    r = judged_on(
        sheet, "Professor Lena Ruiz of Carrick Royal Infirmary, the senior author, led the work."
    )
    assert r.verdict == "misreported" and "affiliation" in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Professor Lena Ruiz of the University of Dunmore, the senior author, led the work."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_limit_told_as_the_studys_own_agrees_with_what_it_did_not_do() -> None:
    """ "Children were excluded" and "the results rest only on what people reported" say
    what the study did not do, as its facts do; "it worked in children" says it did."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "snore-strip"
title = "Nasal strips for snoring"
[[facts]]
id = "children"
kind = "design"
not_done = true
text = "Children and people with sleep apnoea were not included in the trial."
[[facts]]
id = "reports"
kind = "caveat"
not_done = true
text = "Snoring was not recorded with microphones; all outcomes were reported by bed partners."
""",
        "snore.toml",
    )
    for said in (
        "Children and people with sleep apnoea were excluded from the trial.",
        "All results were based on bed partners' own reports of the snoring.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    r = judged_on(sheet, "The strips also stopped snoring in children with sleep apnoea.")
    assert r.verdict == "misreported", reasons(r)


def test_the_group_a_finding_is_compared_with_is_no_denial() -> None:
    """ "Than nurses who never worked nights" names the group compared with: a claim about
    those who worked nights says nothing the study denies."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "bakers"
title = "Night baking and asthma"
observational = true
[[facts]]
id = "risk"
kind = "result"
text = "Night bakers had a 30% higher risk of asthma than bakers who never worked nights."
""",
        "bakers.toml",
    )
    r = judged_on(
        sheet, "Bakers who worked nights for ten years were 30% more likely to have asthma."
    )
    assert r.verdict == "supported", reasons(r)


def test_months_between_two_named_ones_are_the_studys_dates() -> None:
    """ "From February to September 2024" is the sheet's "between February and September
    2024"; "from March" is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ferry-survey"
title = "Seasickness on island ferries"
[[facts]]
id = "when"
kind = "design"
text = "Passengers were surveyed between February and September 2024."
""",
        "ferry.toml",
    )
    r = judged_on(sheet, "Passengers were surveyed from February to September 2024.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Passengers were surveyed from March to September 2024.")
    assert r.verdict == "misreported" and '"March"' in reasons(r), reasons(r)


def test_what_each_item_of_a_design_has_and_each_copy_of_a_gene_does_is_no_wider_scope() -> None:
    """ "Each session lasted 40 minutes" describes the design; "each copy of the variant
    raised the odds" is per copy. "Each pupil improved" still claims everyone did."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "chess-club"
title = "Chess lessons and arithmetic in primary schools"
[[facts]]
id = "design"
kind = "design"
text = "Pupils had one 40-minute chess session a week for 20 weeks."
[[facts]]
id = "scores"
kind = "result"
text = "Pupils who had chess lessons improved their arithmetic scores more than those who did not."
""",
        "chess.toml",
    )
    r = judged_on(
        sheet, "Pupils had a chess session each week for 20 weeks, each one lasting 40 minutes."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Each pupil who had chess lessons improved their arithmetic scores.")
    assert r.verdict == "overstated", reasons(r)


def test_a_part_told_of_another_whole_is_misreported() -> None:
    """ "38 of the 96 schools" where 38 of the 48 schools that had the lessons delivered them
    is misreported, though 96 schools took part; "38 of the 48" is right."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "chess-schools"
title = "Chess lessons in primary schools"
[[facts]]
id = "design"
kind = "design"
text = "96 schools took part; 48 were given chess lessons."
[[facts]]
id = "delivery"
kind = "result"
text = "38 of the 48 chess schools delivered at least eight lessons."
""",
        "chess2.toml",
    )
    r = judged_on(sheet, "Only 38 of the 96 schools delivered at least eight chess lessons.")
    assert r.verdict == "misreported" and '"38 of the 96"' in reasons(r), reasons(r)
    r = judged_on(sheet, "Only 38 of the 48 chess schools delivered at least eight lessons.")
    assert r.verdict == "supported", reasons(r)


def test_a_scale_or_range_with_another_end_is_misreported() -> None:
    """ "Scored from 0 to 39" for a scale from 0 to 26 is misreported; the fact's range, or
    a range another fact gives, is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "worry-scale"
title = "A worry scale for teenagers"
[[facts]]
id = "scale"
kind = "design"
text = "Worry was rated on a scale scored from 0 to 26."
[[facts]]
id = "ages"
kind = "design"
text = "Pupils were followed for 0 to 39 weeks after the lessons."
""",
        "worry.toml",
    )
    r = judged_on(sheet, "Worry was rated on a scale scored from 0 to 30.")
    assert r.verdict == "misreported" and '"0 to 30"' in reasons(r), reasons(r)
    r = judged_on(sheet, "Worry was rated on a scale scored from 0 to 26.")
    assert r.verdict == "supported", reasons(r)


def test_a_ratio_is_another_facts_only_where_it_rounds_to_it() -> None:
    """Ratios sit close to 1, so a tenth either side takes in most of a study's odds ratios:
    "an odds ratio of 1.12" for a gene whose fact gives 1.17 is misreported, though another
    gene's fact gives 1.09; "1.2" rounds the fact's 1.17 and "1.1" rounds the other's 1.09."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hayfever-genes"
title = "Genetic variants and hay fever"
[[facts]]
id = "ilx7"
kind = "result"
text = "A variant near ILX7 was associated with hay fever, with an odds \
ratio of 1.17 per allele (95% CI 1.14 to 1.20)."
[[facts]]
id = "tslr"
kind = "result"
text = "A variant near TSLR was associated with hay fever, with an odds \
ratio of 1.09 per allele (95% CI 1.06 to 1.12)."
""",
        "hayfever.toml",
    )
    r = judged_on(sheet, "Each copy of the variant near ILX7 was linked to hay fever (OR 1.12).")
    assert r.verdict == "misreported" and '"1.12"' in reasons(r), reasons(r)
    r = judged_on(sheet, "Each copy of the variant near ILX7 was linked to hay fever (OR 1.2).")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "A variant near ILX7 (odds ratio 1.17) and one near TSLR (1.1) went with hay fever."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_code_the_sheet_never_writes_for_the_facts_one_is_misreported() -> None:
    """A gene, protein or strain named with the same letters and other digits than the fact's
    ("CD8" for CD4) is misreported; the fact's code, one the sheet writes elsewhere, or a
    claim naming the fact's code beside another is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tcell-flu"
title = "T cells after a flu vaccine"
[[facts]]
id = "cd4"
kind = "result"
text = "CD4 T cells against the H5N1 strain doubled within 14 days of the vaccine."
[[facts]]
id = "h3n2"
kind = "result"
text = "Responses to the H3N2 strain did not change."
""",
        "tcells.toml",
    )
    r = judged_on(sheet, "CD8 T cells against the H5N1 strain doubled within two weeks of the jab.")
    assert r.verdict == "misreported" and '"CD8"' in reasons(r) and '"CD4"' in reasons(r), reasons(
        r
    )
    r = judged_on(sheet, "CD4 T cells against the H5N1 strain doubled within two weeks of the jab.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "CD4 T cells against the H5N1 strain doubled, unlike the H3N2 responses.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(sheet, "CD4 T cells against H5N1 doubled in two weeks, and CD8 cells too.")
    assert "CD8" not in reasons(r), reasons(r)


def test_a_count_of_places_another_fact_gives_otherwise_is_misreported() -> None:
    """How many sites a study ran in is one number, whichever fact a claim tells it with:
    "at four trapping sites" beside a fact of "five trapping sites" is misreported, though
    the claim is aligned to another fact; "five", or a part of them, is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "moths"
title = "Light traps and moth counts"
[[facts]]
id = "design"
kind = "design"
text = "Moths were trapped at five trapping sites in Wales and Cornwall from 2019 to 2023."
[[facts]]
id = "catch"
kind = "result"
text = "Traps caught 41,200 moths of 312 species, a third of them micro-moths."
""",
        "moths.toml",
    )
    r = judged_on(
        sheet, "Traps caught 41,200 moths of 312 species at four trapping sites in Wales."
    )
    assert r.verdict == "misreported", reasons(r)
    assert '"four trapping sites"' in reasons(r) and '"five trapping sites"' in reasons(r)
    r = judged_on(
        sheet, "Traps caught 41,200 moths of 312 species at five trapping sites in Wales."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Traps at two of the trapping sites caught 41,200 moths of 312 species.")
    assert r.verdict != "misreported", reasons(r)


def test_a_season_outside_the_facts_months_is_misreported() -> None:
    """ "In the spring of 2024" for a survey run from October 2022 to February 2023 is
    misreported; a season the span takes in, in either hemisphere, is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "owls"
title = "A survey of barn owl nests"
[[facts]]
id = "survey"
kind = "design"
text = "Volunteers checked 610 nest boxes between October 2022 and February 2023."
""",
        "owls.toml",
    )
    r = judged_on(sheet, "Volunteers checked 610 nest boxes in the spring of 2024.")
    assert r.verdict == "misreported" and '"the spring of 2024"' in reasons(r), reasons(r)
    for season in ("the autumn of 2022", "winter 2022", "the summer of 2022"):
        r = judged_on(sheet, f"Volunteers checked 610 nest boxes in {season}.")
        assert r.verdict == "supported", (season, reasons(r))


def test_a_ratio_in_words_is_checked_against_the_facts_shares() -> None:
    """ "More than twice as likely" where 47.0% against 26.1% make 1.8 times is misreported,
    and so is "three times as likely"; "nearly twice" and plain "twice" are not, nor is a
    fact whose two shares are not set against each other."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ear-drops"
title = "Warm oil drops for ear wax"
[[facts]]
id = "cleared"
kind = "result"
text = "After a week, 47.0% of ears given warm oil drops had cleared, \
compared with 26.1% of ears given water drops."
[[facts]]
id = "visits"
kind = "result"
text = "Clearing cut repeat visits by 40%, and 64% of families said they would use the drops again."
""",
        "ears.toml",
    )
    for said in ("more than twice as likely", "three times as likely"):
        r = judged_on(sheet, f"Ears given warm oil drops were {said} to clear after a week.")
        assert r.verdict == "misreported" and "1.8 times" in reasons(r), (said, reasons(r))
    for said in ("nearly twice as likely", "twice as likely"):
        r = judged_on(sheet, f"Ears given warm oil drops were {said} to clear after a week.")
        assert r.verdict == "supported", (said, reasons(r))
    r = judged_on(sheet, "Clearing made families three times more likely to use the drops again.")
    assert "times" not in reasons(r), reasons(r)


def test_another_part_of_the_facts_whole_is_misreported() -> None:
    """ "Seven of the 20 hives" or "of the 20 hives, seven ..." where the fact has five of
    the 20 is misreported; the fact's part, another fact's part of that whole, or one hive
    singled out is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hives"
title = "Mite treatment in honeybee hives"
[[facts]]
id = "collapsed"
kind = "result"
text = "Five of the 20 untreated hives collapsed before spring."
[[facts]]
id = "treated"
kind = "result"
text = "Two of the 20 treated hives collapsed before spring."
""",
        "hives.toml",
    )
    for said in (
        "Seven of the 20 untreated hives collapsed before spring.",
        "Of the 20 untreated hives, seven collapsed before spring.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "misreported" and '"Five of the 20"' in reasons(r), (said, reasons(r))
    for said in (
        "Of the 20 untreated hives, five collapsed before spring.",
        "One of the 20 untreated hives collapsed before spring.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict != "misreported", (said, reasons(r))


def test_a_figure_after_the_facts_word_for_it_is_misreported() -> None:
    """ "A cut-off set at 30" where the study fixed "a cut-off of 25" is misreported, though
    nothing is counted after the figure; the fact's figure is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hearing-app"
title = "A phone app that screens for hearing loss"
[[facts]]
id = "cutoff"
kind = "design"
text = "The app scored hearing from 0 to 60, and a cut-off of 25 for referral was fixed in advance."
""",
        "hearing.toml",
    )
    r = judged_on(
        sheet, "The app scored hearing on a 0-60 scale, with the cut-off set at 30 in advance."
    )
    assert r.verdict == "misreported" and '"30"' in reasons(r), reasons(r)
    r = judged_on(
        sheet, "The app scored hearing on a 0-60 scale, with the cut-off set at 25 in advance."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_count_with_words_before_what_it_counts_is_checked() -> None:
    """ "Two senior audiologists" counts the fact's "three audiologists": the adjectives
    between the number and what it counts do not hide a wrong count."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hearing-app2"
title = "A phone app that screens for hearing loss"
[terms]
audiologists = ["hearing specialists"]
[[facts]]
id = "readers"
kind = "design"
text = "Three audiologists tested every child independently, blind to the app's result."
""",
        "hearing2.toml",
    )
    r = judged_on(sheet, "Two senior audiologists tested every child, blind to the app's result.")
    assert r.verdict == "misreported" and "Two audiologists" in reasons(r), reasons(r)
    r = judged_on(sheet, "Three senior audiologists tested every child, blind to the app's result.")
    assert r.verdict == "supported", reasons(r)


def test_an_age_limit_of_the_study_told_otherwise_is_misreported() -> None:
    """ "Left out children under the age of 18" where the study left out children under 12
    is misreported: an age limit is a line drawn, not a bound any figure below satisfies.
    "Children under 12" and "under the age of 12" are the study's."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "inhaler"
title = "A new inhaler for asthma"
[[facts]]
id = "no-children"
kind = "design"
not_done = true
text = "Children under 12 were not included in the trial."
""",
        "inhaler.toml",
    )
    r = judged_on(sheet, "The trial left out children under the age of 18.")
    assert r.verdict == "misreported" and '"under the age of 18"' in reasons(r), reasons(r)
    for said in ("children under the age of 12", "children under 12"):
        r = judged_on(sheet, f"The trial left out {said}.")
        assert r.verdict == "supported", (said, reasons(r))


def test_a_claim_moving_things_both_ways_is_checked_thing_by_thing() -> None:
    """ "Higher accuracy, with fewer missed fractures" where the study found the app missed
    more fractures is misreported, though the claim moves things both ways; a claim that
    moves each thing the study's way is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "fracture-app"
title = "An app that reads wrist X-rays"
[[facts]]
id = "missed"
kind = "result"
text = "The app missed more fractures than the nurses did, and it took less time per image."
""",
        "fracture.toml",
    )
    r = judged_on(
        sheet, "The app missed fewer fractures than the nurses, and it took more time per image."
    )
    assert r.verdict == "misreported" and "direction:" in reasons(r), reasons(r)
    r = judged_on(
        sheet, "The app missed more fractures than the nurses, and it took less time per image."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_date_in_the_other_era_is_misreported() -> None:
    """ "Around AD 120" where every date of the study is BC is misreported, aligned or not;
    a BC date, or an AD date of other history that shares nothing with the dated fact, is
    not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kiln"
title = "Dating a pottery kiln"
[[facts]]
id = "fired"
kind = "result"
text = "The kiln was last fired between 180 and 150 BC."
[[facts]]
id = "pots"
kind = "result"
text = "Residues in the pots were of olive oil and honey."
""",
        "kiln.toml",
    )
    r = judged_on(sheet, "The kiln was last fired around AD 120.")
    assert r.verdict == "misreported" and '"AD 120"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The kiln was last fired around 160 BC.")
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(sheet, "The Romans built their first roads in Gaul around AD 50.")
    assert r.verdict != "misreported", reasons(r)


def test_a_bound_on_a_figure_is_no_change_of_direction() -> None:
    """ "Lost 12% or more" bounds a figure: its "more" is no rise against the fact's fall."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "diet-pill"
title = "A weight-loss pill"
[[facts]]
id = "loss"
kind = "result"
text = "Weight fell by at least 12% in 44% of people on the pill (6% on placebo)."
""",
        "pill.toml",
    )
    r = judged_on(sheet, "On the pill, 44% of people lost 12% or more of their weight.")
    assert "direction" not in reasons(r), reasons(r)


def test_a_month_after_a_capitalised_preposition_is_read() -> None:
    """A fact that opens "Between March and May 2023, ..." gives March too: a claim of
    sessions "run between March and May 2023" is not misreported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "goats"
title = "Goats learning a lever"
[[facts]]
id = "training"
kind = "design"
text = "Between March and May 2023, the goats had 30 training sessions of ten minutes."
""",
        "goats.toml",
    )
    r = judged_on(
        sheet, "The goats had 30 training sessions of ten minutes, run between March and May 2023."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet,
        "The goats had 30 training sessions of ten minutes, run between June and August 2023.",
    )
    assert r.verdict == "misreported", reasons(r)


def test_a_count_of_the_facts_part_is_not_compared_with_its_whole() -> None:
    """ "Three hens never laid" where the fact says three of the 20 hens never laid is
    right: the count is the fact's part, not its whole of 20."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hens"
title = "Hens under longer daylight"
[[facts]]
id = "never"
kind = "result"
text = "Three of the 20 hens never laid an egg under the longer light."
""",
        "hens.toml",
    )
    r = judged_on(sheet, "Three hens never laid an egg under the longer light.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Seven hens never laid an egg under the longer light.")
    assert r.verdict == "misreported", reasons(r)


def test_a_word_that_names_what_is_counted_is_not_what_is_counted() -> None:
    """ "Four X-ray buses" counts buses, not X-rays: a singular noun after a plural number
    names what the counted things are; "four X-rays" is a count of X-rays."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "scan-buses"
title = "Scanner buses for lung checks"
[[facts]]
id = "scans"
kind = "result"
text = "The buses took 9,310 X-rays of smokers' lungs over two years."
""",
        "buses.toml",
    )
    r = judged_on(sheet, "The council sent four X-ray buses to take pictures of smokers' lungs.")
    assert "number" not in reasons(r), reasons(r)
    r = judged_on(sheet, "The buses took four X-rays of smokers' lungs over two years.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(sheet, "The buses took 9,310 X-rays of smokers' lungs over two years.")
    assert r.verdict == "supported", reasons(r)


def test_people_described_by_what_they_did_not_have_are_no_denial() -> None:
    """ "Correctly cleared 80% of people who did not have measles" describes a group: a claim
    about people who had measles is no claim that the denied thing happened."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "rash-app"
title = "An app that reads rashes"
[[facts]]
id = "specificity"
kind = "result"
text = "The app correctly cleared 80% of people who did not have measles."
""",
        "rashapp.toml",
    )
    r = judged_on(sheet, "The app correctly cleared most people who had had measles as children.")
    assert "direction" not in reasons(r), reasons(r)


def test_a_denial_told_with_a_verb_of_absence_is_no_conflict() -> None:
    """ "Lacked a usable blood sample" says what "had no usable blood sample" says; "had a
    usable blood sample" for them is the other way round."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "blood-test"
title = "A blood test for sepsis"
[[facts]]
id = "missing"
kind = "caveat"
text = "One in ten patients had no usable blood sample, which may bias the results."
""",
        "sepsis.toml",
    )
    r = judged_on(
        sheet, "One in ten patients lacked a usable blood sample, which may bias the results."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(
        sheet, "Every one of the patients had a usable blood sample, so nothing was biased."
    )
    assert r.verdict != "supported", reasons(r)


def test_cases_of_illness_are_not_a_count_of_who_took_part() -> None:
    """ "With 4 cases in the vaccine arm" counts illnesses, not the people enrolled: it is no
    wrong count of the trial's 90 adults."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "mumps-vaccine"
title = "A mumps booster"
[[facts]]
id = "design"
kind = "design"
text = "The trial enrolled 90 adults, half given the booster."
[[facts]]
id = "efficacy"
kind = "result"
text = "Efficacy against mumps was 71% (95% CI 20-90): 4 fell ill on the booster and 14 on placebo."
""",
        "mumps.toml",
    )
    r = judged_on(
        sheet,
        "In the trial, efficacy was 71% (95% CI 20-90), with 4 cases in the vaccine arm and 14 "
        "on placebo.",
    )
    assert r.verdict == "supported", reasons(r)


_NASAL = parse_sheet(
    """
schema = 2
[study]
id = "nasal-flu"
title = "A nasal flu vaccine in care homes"
subjects = "care-home staff aged 25 to 60"
[terms]
"FluNas" = ["the vaccine", "the spray"]
[[facts]]
id = "vaccine"
kind = "design"
text = "FluNas is a live vaccine given as a nasal spray."
[[facts]]
id = "people"
kind = "design"
text = "The trial enrolled 300 care-home staff aged 25 to 60, across the Marden county's 40 homes."
[[facts]]
id = "share"
kind = "result"
text = "Staff who were vaccinated made up 62% of the Marden county's care workforce."
[[facts]]
id = "lags"
kind = "result"
text = "Sick days fell most one to two days after each dose; 3.1 kg of spray bottles were used."
[[facts]]
id = "visits"
kind = "design"
text = "Nurses made five visits and three phone calls to each home."
[[facts]]
id = "place"
kind = "design"
text = "The homes lie near Ponte Varra, a coastal town."
[[facts]]
id = "quote"
kind = "quote"
speaker = "Dr Ines Okoro"
text = "We think a spray will be easier to give than an injection."
""",
    "nasal.toml",
)


def test_everyday_words_and_labels_are_not_read_as_wrong_details() -> None:
    """Words that name rather than count or measure raise no false alarm: "the nasal flu
    jab" is a vaccine, not an injection; "lag 1" labels a day; "the county's workforce" is
    the Marden county's; a place "near Ponte Varra" is no person; "in their forties on
    average" is a mean inside the ages; "three more calls" is the fact's three."""
    for said in (
        "The jab, FluNas, is a live vaccine given as a nasal spray.",
        "Sick days fell most at lag 1 and lag 2 after each dose.",
        "Vaccinated staff made up 62% of the county's care workforce.",
        "The staff were in their forties on average, across the county's 40 homes.",
        "Nurses made five visits to each home and three more phone calls.",
        "Care homes near Ponte Varra: what the new vaccine study says",
    ):
        r = judged_on(_NASAL, said)
        assert r.verdict != "misreported", (said, reasons(r))
    r = judged_on(_NASAL, "The staff were in their seventies, across the county's 40 homes.")
    assert r.verdict == "misreported", reasons(r)


def test_a_change_beside_the_null_the_claim_also_tells_is_of_something_else() -> None:
    """ "Systolic pressure fell by 5 mmHg, while diastolic pressure was unchanged", judged
    against the fact of the null: its "fell" is the systolic pressure's, no change claimed
    where the study found none. A fall of the diastolic pressure is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hibiscus"
title = "Hibiscus tea and blood pressure"
[[facts]]
id = "systolic"
kind = "result"
text = "Resting systolic blood pressure was 5 mmHg lower after hibiscus tea than after placebo."
[[facts]]
id = "diastolic"
kind = "result"
text = "Resting diastolic blood pressure did not differ between hibiscus and placebo tea."
""",
        "hibiscus.toml",
    )
    checker = Checker(sheet)

    def against_null(text: str) -> str:
        doc = prepare_document(document_from_text(text + "\n", Path("a.txt")))
        _, judgement = checker.judge_pair(doc.claims[0], "diastolic")
        return judgement.verdict

    assert (
        against_null(
            "Resting systolic blood pressure decreased by 5 mmHg, while diastolic pressure was "
            "unchanged."
        )
        == "supported"
    )
    assert against_null("Resting diastolic blood pressure decreased after hibiscus tea.") == (
        "misreported"
    )


def test_an_idiom_with_not_for_excludes_nothing() -> None:
    """A quote's "not for the first time on race day" excludes nothing: a claim that the
    juice led to faster times is no claim of what the study ruled out."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "cherry-juice"
title = "Cherry juice and rowing times"
[[facts]]
id = "power"
kind = "result"
text = "Mean power output rose by 9 W on cherry juice."
[[facts]]
id = "quote"
kind = "quote"
speaker = "Lena Varga"
text = "Our advice is to try it in training, not for the first time on race day."
""",
        "cherry.toml",
    )
    r = judged_on(sheet, "Cherry juice increased mean power output by 9 W and led to faster times.")
    assert r.verdict == "supported", reasons(r)


def test_how_often_another_fact_says_a_thing_was_done_is_checked() -> None:
    """ "Water was sampled every day" where the aligned fact says nothing of how often and
    another says samples were taken twice a week is misreported; "twice a week" is not, nor
    is a frequency of something else ("the volunteers walked three times a week")."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "river-lead"
title = "Lead in a river after a mine closed"
subjects = "volunteers"
[[facts]]
id = "period"
kind = "design"
text = "The river was monitored for three years after the mine closed."
[[facts]]
id = "sampling"
kind = "design"
text = "Water samples were taken twice a week at six points along the river."
[[facts]]
id = "walks"
kind = "design"
text = "Volunteers walked the banks to collect litter."
""",
        "river.toml",
    )
    r = judged_on(sheet, "The river was monitored for three years, with water sampled every day.")
    assert r.verdict == "misreported" and '"every day"' in reasons(r), reasons(r)
    r = judged_on(
        sheet, "The river was monitored for three years, with water sampled twice a week."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The volunteers walked the banks three times a week to collect litter.")
    assert "frequency" not in reasons(r), reasons(r)


def test_a_sea_named_for_another_is_misreported() -> None:
    """A wreck "in the Baltic" where it lies in the North Sea is misreported; the ocean the
    sea is part of is less precise, not wrong."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "cog-wreck"
title = "A medieval cog on the sea floor"
[[facts]]
id = "site"
kind = "design"
text = "The cog lies at 30 metres in the North Sea, 12 km off the Frisian coast."
""",
        "cog.toml",
    )
    r = judged_on(sheet, "The cog lies at 30 metres in the Baltic, 12 km off the Frisian coast.")
    assert r.verdict == "misreported" and '"Baltic"' in reasons(r), reasons(r)
    r = judged_on(sheet, "The cog lies at 30 metres in the Atlantic, 12 km off the Frisian coast.")
    assert r.verdict == "supported", reasons(r)


_LIBRARIES = parse_sheet(
    """
schema = 2
[study]
id = "library-hours"
title = "Longer library hours and teenagers' reading"
[[facts]]
id = "funding"
kind = "bibliographic"
text = "The work was funded by the Orrin Trust for Reading and the Galloway Literacy Programme."
[[facts]]
id = "reading"
kind = "result"
text = "Teenagers in towns with longer library hours read 12 more books a year."
""",
    "libraries.toml",
)


def test_a_funder_named_after_a_capital_funding_or_an_adjective_or_as_initials() -> None:
    """ "Funding came from ...", "the national X Council" for the sheet's "X Programme", and
    a funder given as initials beside a known one ("the Orrin Trust and NASA") are checked;
    the sheet's own funders, in any of these shapes, stand."""
    for wrong in (
        "Funding came from the Orrin Trust for Reading and the national Galloway Literacy Council.",
        "The study was paid for by the Orrin Trust for Reading and NASA.",
    ):
        r = judged_on(_LIBRARIES, wrong)
        assert r.verdict == "misreported", (wrong, reasons(r))
        assert "funder: the claim says" in reasons(r)
    for right in (
        "Funding came from the Orrin Trust for Reading and the Galloway Literacy Programme.",
        "The study was paid for by the Orrin Trust and the regional Galloway Literacy Programme.",
    ):
        r = judged_on(_LIBRARIES, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_digits_swapped_across_the_decimal_point_are_a_mistyped_figure() -> None:
    """ "24.1 per 100,000" for the study's 21.4: the two digits after the first swapped
    across the point, which stays where it was; the study's own figure stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "cold-homes"
title = "Cold homes and winter deaths"
[[facts]]
id = "rate"
kind = "result"
text = "The coastal region had the highest winter death rate, 21.4 per 100,000 people."
""",
        "cold.toml",
    )
    r = judged_on(sheet, "The coastal region had the highest death rate, at 24.1 per 100,000.")
    assert r.verdict == "misreported", reasons(r)
    assert '"24.1"' in reasons(r) and '"21.4"' in reasons(r)
    r = judged_on(sheet, "The coastal region had the highest death rate, at 21.4 per 100,000.")
    assert r.verdict == "supported", reasons(r)


def test_a_figure_before_the_verb_the_facts_figure_goes_with_is_checked() -> None:
    """ "Of these, 29 germinated" where the study's "Forty-one of the seeds germinated"...
    the verb after a bare figure names what the fact's figure counts; the study's figure, or
    a figure another fact gives, stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "seed-bank"
title = "Old seeds from a cellar"
[[facts]]
id = "germinated"
kind = "result"
text = "Forty-one old seeds germinated after soaking, out of 120 sown."
[[facts]]
id = "sprouted"
kind = "result"
text = "Of the 120 seeds, 12 were found to be hollow."
""",
        "seeds.toml",
    )
    r = judged_on(sheet, "They sowed 120 seeds, and of these, 29 germinated after soaking.")
    assert r.verdict == "misreported", reasons(r)
    assert '"29"' in reasons(r) and "Forty-one" in reasons(r)
    for right in (
        "They sowed 120 seeds, and of these, 41 germinated after soaking.",
        "They sowed 120 seeds, and of these, forty-one germinated after soaking.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_a_depth_in_the_top_metres_is_a_distance_not_a_rank() -> None:
    """ "The top 10 feet of water" for the study's top 10 m: a length in another unit;
    "a top 10 list" stays a name, and the study's own depth stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "eel-depth"
title = "Tagged eels and the depth they swim at"
[[facts]]
id = "surface"
kind = "result"
text = "Tagged eels spent 70% of their time in the top 10 m of the lake."
""",
        "eels.toml",
    )
    r = judged_on(sheet, "The eels spent 70% of their time in the top 10 feet of the lake.")
    assert r.verdict == "misreported", reasons(r)
    assert '"10 feet"' in reasons(r)
    for right in (
        "The eels spent 70% of their time in the top 10 metres of the lake.",
        "The eels spent 70% of their time in the top 10 m of the lake.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_chickens_are_the_poultry_a_study_of_households_names() -> None:
    """A study of farming households whose sheet says they bought poultry: "chickens" in a
    claim are what they bought, not another population; "rats" are still another."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "farm-grants"
title = "Grants to farming households"
subjects = "farming households"
[[facts]]
id = "assets"
kind = "result"
text = "Most of the extra assets were livestock (goats, cattle and poultry) and new roofs."
""",
        "grants.toml",
    )
    r = judged_on(sheet, "Households bought goats, cows and chickens, and put new roofs on.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "In rats, the extra assets were mostly goats and new roofs.")
    assert r.verdict == "misreported", reasons(r)


def test_an_interquartile_range_without_its_unit_is_the_facts_range() -> None:
    """ "28 days (IQR 21-42)" where the fact gives "21 to 42 days": the same range, its
    unit left to the figure before it; "IQR 21-49" is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "wound-gel"
title = "A gel for leg ulcers"
[[facts]]
id = "healing"
kind = "result"
text = "The median time to healing was 28 days (interquartile range 21 to 42 days)."
""",
        "gel.toml",
    )
    r = judged_on(sheet, "The median time to healing was 28 days (IQR 21-42).")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "The median time to healing was 28 days (IQR 21-49).")
    assert r.verdict == "misreported", reasons(r)


def test_an_emergency_number_is_no_count_of_calls() -> None:
    """ "Hundreds of 999 calls", "a 911 operator": the number people dial, not a count; a
    count of calls told wrong is still checked."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "stroke-calls"
title = "Recognising stroke on the phone"
[[facts]]
id = "calls"
kind = "design"
text = "Call handlers took 412 emergency calls about suspected stroke."
""",
        "calls.toml",
    )
    for right in (
        "Call handlers took hundreds of 999 calls about suspected stroke.",
        "A 911 operator took 412 emergency calls about suspected stroke.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))
    r = judged_on(sheet, "Call handlers took 512 emergency calls about suspected stroke.")
    assert r.verdict == "misreported", reasons(r)


def test_the_compared_group_told_first_with_the_opposite_word_is_the_same_comparison() -> None:
    """ "Tea from paper bags had far fewer fibres, 12 per cup against 48 from nylon bags"
    is the study's "nylon bags released more fibres than paper bags", told from the other
    side; "paper bags had far more fibres" is the comparison reversed."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tea-bags"
title = "Fibres shed by tea bags"
[[facts]]
id = "bags"
kind = "result"
text = "Tea from nylon bags contained more fibres than tea from paper bags: 48 vs 12 per cup."
""",
        "tea.toml",
    )
    r = judged_on(
        sheet, "Tea from paper bags had far fewer fibres, with 12 per cup against 48 from nylon."
    )
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Tea from nylon bags had far fewer fibres than tea from paper bags.")
    assert r.verdict == "misreported", reasons(r)


def test_cut_by_half_is_a_hazard_ratio_near_one_half() -> None:
    """ "Slashed the number of early births by half" where the hazard ratio is 0.48: a
    change told in words, read to its rounding; "by two-thirds" is not 0.48."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "iron-drops"
title = "Iron drops for premature babies"
[[facts]]
id = "anaemia"
kind = "result"
text = "Anaemia occurred in 2.0% of babies given iron and 4.2% of those given placebo \
(hazard ratio 0.48; 95% CI 0.23 to 0.98)."
""",
        "iron.toml",
    )
    r = judged_on(sheet, "Giving babies iron slashed anaemia by half, compared with placebo.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Giving babies iron slashed anaemia by two-thirds, compared with placebo.")
    assert r.verdict == "misreported", reasons(r)


_HR_SHEET = parse_sheet(
    """
schema = 2
[study]
id = "walk-groups"
title = "Walking groups and heart deaths"
observational = true
[[facts]]
id = "deaths"
kind = "result"
text = "Joining a walking group was associated with a 38% lower risk of dying from heart \
disease (adjusted hazard ratio 0.62, 95% CI 0.58 to 0.66)."
[[facts]]
id = "share"
kind = "design"
text = "Of those invited, 62% joined a group."
""",
    "walk.toml",
)


def test_a_hazard_ratio_read_as_the_size_of_the_change_is_misreported() -> None:
    """ "62 per cent lower" where the hazard ratio is 0.62 (38% lower): the ratio read as
    the cut, even where another fact has a 62%; "38 per cent lower" stands."""
    r = judged_on(
        _HR_SHEET, "The risk of dying from heart disease was 62 per cent lower among walkers."
    )
    assert r.verdict == "misreported", reasons(r)
    assert '"62 per cent"' in reasons(r) and '"38%"' in reasons(r)
    r = judged_on(
        _HR_SHEET, "The risk of dying from heart disease was 38 per cent lower among walkers."
    )
    assert r.verdict == "supported", reasons(r)


def test_a_persons_decade_of_life_is_an_age() -> None:
    """ "A man in his seventies" for the study's "a man in his sixties": another age; "in
    his sixties" for a man aged 64 is his age in round terms."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "ice-rescue"
title = "Rescues from frozen lakes"
[[facts]]
id = "case"
kind = "result"
text = "One of the rescued, a man in his sixties who fell through the ice, recovered fully."
[[facts]]
id = "case2"
kind = "result"
text = "A woman aged 44 who fell through the ice was rescued by a drone crew."
""",
        "ice.toml",
    )
    r = judged_on(sheet, "A man in his seventies who fell through the ice recovered fully.")
    assert r.verdict == "misreported", reasons(r)
    for right in (
        "A man in his sixties who fell through the ice recovered fully.",
        "A woman in her forties who fell through the ice was rescued by a drone crew.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_millimetres_for_micrometres_are_a_unit_swapped() -> None:
    """ "Beads 200-500 mm across" for the study's 200-500 µm, and "gaps up to 0.8
    micrometres" for 0.8 mm: the small units differ by a letter, and coverage swaps them; the
    study's own units stand."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "glue-beads"
title = "Glue beads that seal cracks in tiles"
[[facts]]
id = "beads"
kind = "design"
text = "The glue was held in wax beads 200-500 µm across."
[[facts]]
id = "gaps"
kind = "result"
text = "Gaps up to 0.8 mm wide were sealed within a week."
""",
        "beads.toml",
    )
    for wrong, said in (
        ("The glue was held in wax beads 200-500 mm across.", "mm"),
        ("Gaps up to 0.8 micrometres wide were sealed within a week.", "micrometres"),
    ):
        r = judged_on(sheet, wrong)
        assert r.verdict == "misreported" and said in reasons(r), (wrong, reasons(r))
    for right in (
        "The glue was held in wax beads 200-500 micrometres across.",
        "Gaps up to 0.8 mm wide were sealed within a week.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_the_other_figure_of_a_comparison_is_the_facts_other_figure() -> None:
    """ "74% ... compared with 39%" where the fact compares 74.1% with 48.7%: the second
    figure is the fact's other one, told wrong, even where another fact has a 39%."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "flu-jabs"
title = "Flu jabs by neighbourhood"
[[facts]]
id = "uptake"
kind = "result"
text = "Uptake was 48.7% in the poorest fifth of areas and 74.1% in the richest fifth."
[[facts]]
id = "staff"
kind = "result"
text = "Among care-home staff in the poorest areas, 39% had the jab."
""",
        "jabs.toml",
    )
    r = judged_on(
        sheet, "Uptake was 74% in the richest areas, compared with 39% in the poorest areas."
    )
    assert r.verdict == "misreported" and '"39%"' in reasons(r), reasons(r)
    r = judged_on(
        sheet, "Uptake was 74% in the richest areas, compared with 49% in the poorest areas."
    )
    assert r.verdict == "supported", reasons(r)


_GRANTS = parse_sheet(
    """
schema = 2
[study]
id = "farm-grants-2"
title = "One-off grants to farming households"
[[facts]]
id = "grant"
kind = "design"
text = "Each eligible household received a single grant of US$300, paid once, in March 2023."
[[facts]]
id = "assets"
kind = "result"
text = "Two years later, recipients owned 20% more livestock."
""",
    "grants2.toml",
)


def test_an_amount_given_to_each_person_or_every_month_is_misreported() -> None:
    """ "Each person received $300" for a grant per household, and "$300 a month" for a
    grant paid once: the amount's recipient and its frequency swapped; the study's own
    wording stands."""
    for wrong, said in (
        ("Each person in the household received a grant of $300.", "allocation"),
        ("Each household got a grant of about $300 a month.", "frequency"),
    ):
        r = judged_on(_GRANTS, wrong)
        assert r.verdict == "misreported" and said in reasons(r), (wrong, reasons(r))
    for right in (
        "Each household received a one-off grant of $300.",
        "Every family got a single payment of $300 in March 2023.",
    ):
        r = judged_on(_GRANTS, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_a_bounded_share_set_against_a_share_of_the_fact_is_its_other_figure() -> None:
    """ "More than half ... against fewer than a fifth" where the fact has 54% against 29%:
    the first agrees, so the second is the fact's 29%, told wrong; "against fewer than a
    third" agrees."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "hive-mites"
title = "Mites in hives near sprayed orchards"
[[facts]]
id = "mites"
kind = "result"
text = "Mites were found in 54% of hives near the most sprayed orchards, against 29% near \
the least sprayed."
[[facts]]
id = "queens"
kind = "result"
text = "Hives near sprayed orchards raised 20% fewer queens."
""",
        "mites.toml",
    )
    r = judged_on(
        sheet,
        "Mites were found in more than half of hives near the most sprayed orchards, against "
        "fewer than a fifth near the least sprayed.",
    )
    assert r.verdict == "misreported" and "fewer than a fifth" in reasons(r), reasons(r)
    r = judged_on(
        sheet,
        "Mites were found in more than half of hives near the most sprayed orchards, against "
        "fewer than a third near the least sprayed.",
    )
    assert r.verdict == "supported", reasons(r)


def test_a_fold_change_told_in_a_verb_is_checked() -> None:
    """ "More than tripling" where the fact says "more than doubling, from 290 to 680", and
    "tripled" for a rise from 12 to 25: times over, told wrong; "doubled" stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kelp-iodine"
title = "Kelp in hen feed and egg iodine"
[[facts]]
id = "iodine"
kind = "result"
text = "Egg iodine rose with the dose, more than doubling from 290 to 680 µg per kg at \
the top dose."
[[facts]]
id = "yolk"
kind = "result"
text = "Yolk colour scores rose from 12 to 25."
""",
        "kelp.toml",
    )
    for wrong in (
        "Egg iodine rose too, more than tripling at the top dose.",
        "Yolk colour scores tripled.",
    ):
        r = judged_on(sheet, wrong)
        assert r.verdict == "misreported", (wrong, reasons(r))
    for right in ("Egg iodine more than doubled at the top dose.", "Yolk colour scores doubled."):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_a_time_beside_the_facts_own_figures_is_the_facts_time() -> None:
    """ "Down by 87% (95% CI 81-92%) after four weeks" where the fact gives those figures
    after 8 weeks: the claim reports that fact, so its time is the fact's, told wrong, even
    where another fact has four weeks; "after 8 weeks" stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "mortar-seal"
title = "A mortar that seals its own cracks"
[[facts]]
id = "flow"
kind = "result"
text = "After 8 weeks, water flow through cracked beams had fallen by 87% (95% CI 81-92%), \
against 38% in plain mortar."
[[facts]]
id = "cure"
kind = "design"
text = "Cracked beams were cured in running water for four weeks before testing."
""",
        "mortar.toml",
    )
    r = judged_on(
        sheet,
        "Water flow through the cracked beams was down by 87% (95% CI 81-92%) after four weeks, "
        "against 38% for plain mortar.",
    )
    assert r.verdict == "misreported" and '"four weeks"' in reasons(r), reasons(r)
    r = judged_on(
        sheet,
        "Water flow through the cracked beams was down by 87% (95% CI 81-92%) after 8 weeks, "
        "against 38% for plain mortar.",
    )
    assert r.verdict == "supported", reasons(r)


def test_a_count_of_people_for_the_facts_count_of_reports_is_misreported() -> None:
    """ "41 patients developed rashes" where the study found rashes in 41 pill reports: the
    register counts reports, not people; "41 reports" stands."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "pill-rash-2"
title = "Rashes reported with a new pill"
[[facts]]
id = "rashes"
kind = "result"
text = "Rashes were reported in 41 pill reports."
""",
        "rash2.toml",
    )
    r = judged_on(sheet, "In total, 41 patients developed rashes on the pill.")
    assert r.verdict == "misreported" and "not people" in reasons(r), reasons(r)
    r = judged_on(sheet, "In total, rashes were reported in 41 reports for the pill.")
    assert r.verdict == "supported", reasons(r)


_HELMETS = parse_sheet(
    """
schema = 2
[study]
id = "helmets"
title = "A helmet law and head injuries among city cyclists"
[[facts]]
id = "law"
kind = "context"
text = "Dunmore made helmets compulsory for all cyclists in March 2016."
[[facts]]
id = "bikeshare"
kind = "context"
text = "A bike-share scheme with 400 bikes opened in the city in 2018."
[[facts]]
id = "injuries"
kind = "result"
text = "Head injuries among cyclists fell by 31% in the five years after the law."
""",
    "helmets.toml",
)


def test_a_wrong_year_is_not_excused_by_another_fact_that_has_only_that_year() -> None:
    """ "Compulsory in March 2018" against a law of March 2016: another fact's year (the
    bike-share scheme of 2018) excuses it only if the claim shares words of that fact; the
    year itself is no word in common."""
    r = judged_on(
        _HELMETS, "Dunmore made helmets compulsory in March 2018, for riders on every street."
    )
    assert r.verdict == "misreported", reasons(r)
    assert 'date: the claim says "2018"' in reasons(r)
    for sentence in (
        "Dunmore made helmets compulsory in March 2016, and a bike-share scheme opened in 2018.",
        "A bike-share scheme with 400 bikes opened in Dunmore in 2018.",
    ):
        r = judged_on(_HELMETS, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


_BRICKS = parse_sheet(
    """
schema = 2
[study]
id = "bricks"
title = "Straw-fibre bricks"
[[facts]]
id = "strength"
kind = "result"
text = "Bricks with straw fibre were 9% weaker in compression than plain clay bricks."
[[facts]]
id = "drying"
kind = "result"
text = "Bricks with straw fibre dried faster than plain clay bricks, in 6 days against 9."
[[facts]]
id = "cracks"
kind = "result"
text = "Cracks in bricks with straw fibre were narrower than in plain clay bricks."
""",
    "bricks.toml",
)


def test_a_comparative_the_other_way_is_misreported() -> None:
    """Stronger for weaker, slower for faster, wider for narrower: the same comparison told
    the other way round. The study's own word, or the mirrored comparison, is no conflict."""
    for sentence in (
        "Bricks with straw fibre were stronger in compression than plain clay bricks.",
        "Bricks with straw fibre dried slower than plain clay bricks.",
        "Cracks in bricks with straw fibre were wider than in plain clay bricks.",
    ):
        r = judged_on(_BRICKS, sentence)
        assert r.verdict == "misreported", (sentence, reasons(r))
        assert "direction:" in reasons(r), (sentence, reasons(r))
    for sentence in (
        "Bricks with straw fibre were weaker in compression than plain clay bricks.",
        "Plain clay bricks were stronger in compression than bricks with straw fibre.",
        "Bricks with straw fibre dried faster than plain clay bricks.",
    ):
        r = judged_on(_BRICKS, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


_AMBER = parse_sheet(
    """
schema = 2
[study]
id = "lamps"
title = "Amber bedside lamps and sleep in shift workers"
[[facts]]
id = "sleep"
kind = "result"
text = "With amber lamps, shift workers slept 12 minutes longer a night (95% CI -3 to 27)."
[[facts]]
id = "naps"
kind = "result"
text = "Shift workers with amber lamps took naps on 20% fewer days (95% CI 8% to 31%)."
[[facts]]
id = "falls"
kind = "result"
text = "The odds of a fall at work were lower with amber lamps (OR 0.85, 95% CI 0.70 to 1.03)."
""",
    "lamps.toml",
)


def test_significance_told_where_the_interval_takes_in_no_effect_is_misreported() -> None:
    """An interval from below no effect to above it (0 for a difference, 1 for a ratio) is a
    result that may be chance: "significantly" misreports it. An interval clear of no effect
    is a significant result."""
    for sentence in (
        "Shift workers with amber lamps slept significantly longer, by 12 minutes a night.",
        "With amber lamps the odds of a fall at work were significantly lower.",
    ):
        r = judged_on(_AMBER, sentence)
        assert r.verdict == "misreported", (sentence, reasons(r))
        assert "significance:" in reasons(r), (sentence, reasons(r))
    r = judged_on(_AMBER, "Shift workers with amber lamps took naps on significantly fewer days.")
    assert r.verdict == "supported", reasons(r)


_INSOLES = parse_sheet(
    """
schema = 2
[study]
id = "insoles"
title = "Cushioned insoles for teenage club runners"
subjects = "teenage club runners"
[[facts]]
id = "time"
kind = "result"
text = "With the insoles, runners finished the 10-km race 62 seconds faster (95% CI 30 to 94 s): \
41 min 10 s against 42 min 12 s without them."
also = ["finished the 10-km race more than a minute faster"]
[[facts]]
id = "eligible"
kind = "design"
text = "Pupils in the mild range of the Banner Children's Fatigue Scale were eligible; those with \
severe knee pain were excluded."
[[facts]]
id = "attendance"
kind = "result"
text = "Training attendance did not differ between the groups (88% with insoles, 87% without)."
also = ["the insoles made no measurable difference to training attendance"]
[[facts]]
id = "clubs"
kind = "result"
text = "With the insoles, injuries fell at 14 of 40 clubs (35%)."
[[facts]]
id = "usual"
kind = "result"
text = "With usual shoes, injuries fell at 6 of 40 clubs (15%)."
also = ["usual shoes cut injuries at 6 clubs"]
""",
    "insoles.toml",
)


def test_what_the_fact_names_around_its_figures_is_no_conflict() -> None:
    """The level of an interval ("95% CI") is no share of the result; "more than a minute
    faster" is an amount, not a change the other way from "fell"; "Children's" in the name of
    a scale is no population; "those with" severe pain are others than the participants; a
    "non-significant difference" is the null result; the total "of 40" is not the figure a
    comparison sets against."""
    for sentence in (
        "With the insoles they were 62 seconds quicker, about 2.5% faster.",
        "With the insoles, the runners' average time fell from 42 minutes 12 seconds to "
        "41 minutes 10 seconds.",
        "Adolescents with severe knee pain were excluded.",
        "The teenagers all had mild fatigue, while those with severe knee pain were sent on "
        "to a physiotherapist.",
        "Training attendance was 88% with insoles and 87% without, a non-significant "
        "difference between the groups.",
        "Injuries fell at 14 clubs with the insoles, compared with 6 for usual shoes.",
    ):
        r = judged_on(_INSOLES, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    for sentence in (
        "Injuries fell at 24 clubs with the insoles, compared with 6 for usual shoes.",
    ):
        r = judged_on(_INSOLES, sentence)
        assert r.verdict == "misreported", (sentence, reasons(r))


def test_a_figure_counted_per_another_unit_is_misreported() -> None:
    """ "£3.40 a bottle" where the study gives £3.40 per litre; "a litre" and "per l" are the
    same unit, and a figure the fact counts per no unit is not checked for one."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "juice"
title = "The cost of cold-pressed apple juice from small orchards"
[[facts]]
id = "cost"
kind = "result"
text = "Cold-pressed juice cost £3.40 per litre to make."
[[facts]]
id = "press"
kind = "design"
text = "Each orchard bought a press for £900."
""",
        "juice.toml",
    )
    r = judged_on(sheet, "Cold-pressed juice cost £3.40 a bottle to make.")
    assert r.verdict == "misreported", reasons(r)
    assert 'unit: the claim says "£3.40 a bottle"' in reasons(r), reasons(r)
    for sentence in (
        "Cold-pressed juice cost £3.40 a litre to make.",
        "Cold-pressed juice cost £3.40 per l to make.",
        "Each orchard bought a press for £900 a piece.",
    ):
        r = judged_on(sheet, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_years_apart_are_the_time_between_the_facts_years() -> None:
    """ "Four years apart" for surveys done in 2018 and 2022 (which a fact puts "three years
    after" a law): the span between its two years, not a wrong span. Five years apart is."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "salt"
title = "Iodised salt and goitre in schoolchildren"
[[facts]]
id = "surveys"
kind = "design"
text = "Schools were surveyed in 2018, before the salt law, and in 2022, three years after it."
[[facts]]
id = "goitre"
kind = "result"
text = "Goitre among schoolchildren fell from 14% to 6% between the two surveys."
""",
        "salt.toml",
    )
    r = judged_on(sheet, "Schools were surveyed before and after the salt law, four years apart.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "Schools were surveyed before and after the salt law, five years apart.")
    assert r.verdict == "misreported", reasons(r)


def test_a_finding_in_a_narrower_group_told_to_the_reader_is_wider() -> None:
    """ "Insoles make you faster" of a trial in teenage club runners tells every reader what
    was seen in them; a hedge, or a group of one plain word ("adults"), is no wider scope."""
    for sentence in (
        "Cushioned insoles make you a minute faster over 10 km.",
        "These insoles will cut your 10-km time by a minute.",
    ):
        r = judged_on(_INSOLES, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "scope: the claim tells the reader" in reasons(r), (sentence, reasons(r))
    for sentence in (
        "Cushioned insoles could make you a minute faster over 10 km.",
        "With the insoles, the teenage runners finished the 10-km race a minute faster.",
    ):
        r = judged_on(_INSOLES, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    anyone = parse_sheet(
        """
schema = 2
[study]
id = "stairs"
title = "Taking the stairs and breathlessness"
subjects = "adults"
[[facts]]
id = "breath"
kind = "result"
text = "Climbing stairs daily for eight weeks made adults less breathless on a walking test."
""",
        "stairs.toml",
    )
    r = judged_on(anyone, "Climbing stairs daily for eight weeks makes you less breathless.")
    assert r.verdict == "supported", reasons(r)


def test_a_hyphened_distance_with_another_unit_is_misreported() -> None:
    """ "a 10-mile race" for the study's 10-km race: the unit is wrong, written either way."""
    r = judged_on(_INSOLES, "With the insoles, runners finished a 10-mile race 62 seconds faster.")
    assert r.verdict == "misreported", reasons(r)
    assert 'unit: the claim says "10 mile"' in reasons(r)
    r = judged_on(_INSOLES, "With the insoles, runners finished a 10-km race 62 seconds faster.")
    assert r.verdict == "supported", reasons(r)


_NEWTS = parse_sheet(
    """
schema = 2
[study]
id = "ponds"
title = "Newts in two restored ponds"
[[facts]]
id = "ponds"
kind = "design"
text = "Newts were released into two restored ponds, Ashby Pond (12 ha) and Marlow Pond (30 ha)."
[[facts]]
id = "counts"
kind = "result"
text = "Breeding females numbered 85 at Ashby Pond and 41 at Marlow Pond in the last spring."
[[facts]]
id = "cover"
kind = "result"
text = "Weed cover in restored ponds fell by 6.3 percentage points (95% CI 4.1 to 8.5)."
[[facts]]
id = "heat"
kind = "result"
text = "Each 1°C of warmer water was associated with a 1.4% rise in spawning (RR 1.014, 95% CI \
1.006-1.022)."
""",
    "ponds.toml",
)


def test_a_figure_given_to_another_named_place_is_misreported() -> None:
    """The study's figures belong to the places it names: "Marlow Pond, at 12 hectares" where
    Ashby Pond is 12 ha, or the two counts swapped, are misreported; the figures with their own
    places, however worded, are not."""
    for sentence in (
        "Marlow Pond, at 12 hectares, is the smaller of the two.",
        "Breeding females numbered 85 at Marlow and 41 at Ashby in the last spring.",
    ):
        r = judged_on(_NEWTS, sentence)
        assert r.verdict == "misreported", (sentence, reasons(r))
        assert "figure: the claim gives" in reasons(r), (sentence, reasons(r))
    for sentence in (
        "Ashby Pond, at 12 hectares, is the smaller of the two.",
        "Breeding females numbered 85 at Ashby and 41 at Marlow in the last spring.",
        "In the last spring, Ashby Pond had 85 breeding females and Marlow Pond 41.",
    ):
        r = judged_on(_NEWTS, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_change_in_percentage_points_told_as_per_cent_is_misreported() -> None:
    r = judged_on(_NEWTS, "Weed cover in the restored ponds fell by 6.3%.")
    assert r.verdict == "misreported", reasons(r)
    assert 'unit: the claim says "6.3%"; the study "6.3 percentage points"' in reasons(r)
    for sentence in (
        "Weed cover in the restored ponds fell by 6.3 percentage points.",
        "Weed cover in the restored ponds fell by 6.3 points.",
    ):
        r = judged_on(_NEWTS, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_precise_ratio_is_no_excuse_for_another_change() -> None:
    """A ratio of three decimals (RR 1.014) is a rise of 1.4%: "2.4%" is not it, though the
    two ratios differ by less than the slack a rounded ratio ("1.4") allows."""
    r = judged_on(_NEWTS, "Spawning rose by 2.4% for each 1°C of warmer water.")
    assert r.verdict == "misreported", reasons(r)
    r = judged_on(_NEWTS, "Spawning rose by 1.4% for each 1°C of warmer water.")
    assert r.verdict == "supported", reasons(r)


_GARGLE = parse_sheet(
    """
schema = 2
[study]
id = "gargle"
title = "A salt-water gargle for sore throats in students"
subjects = "university students"
[[facts]]
id = "days"
kind = "result"
text = "Sore throats lasted 3.1 days with the gargle and 3.4 days without it (difference -0.3, \
95% CI -0.8 to 0.2), a difference that was not statistically significant."
[[facts]]
id = "return"
kind = "result"
text = "Students returned to lectures at rates of 0.81 (95% CI 0.74-0.88) with the gargle and 0.72 \
(95% CI 0.64-0.80) without it, a difference of 0.09 (95% CI -0.02 to 0.20)."
[[facts]]
id = "pain"
kind = "result"
text = "Throat pain fell by 2.2 points (95% CI 1.1 to 3.3) more with the gargle."
[[facts]]
id = "freshers"
kind = "result"
text = "The gargle's effect on pain was larger in first-year students than in older ones, \
but the interaction was not statistically significant."
""",
    "gargle.toml",
)


def test_a_result_that_may_be_chance_told_as_an_effect_is_overstated() -> None:
    """A difference the study calls not significant, or whose interval takes in no effect
    while each group's level has an interval of its own, told plainly as an effect."""
    for sentence in (
        "The gargle also shortens sore throats.",
        "Gargling gets students back to lectures faster, at a rate of 0.81 against 0.72.",
    ):
        r = judged_on(_GARGLE, sentence)
        assert r.verdict == "overstated", (sentence, reasons(r))
        assert "so it may be chance" in reasons(r), (sentence, reasons(r))
    for sentence in (
        "Sore throats lasted 3.1 days with the gargle and 3.4 days without, which may be chance.",
        "Sore throats lasted about as long with the gargle as without it.",
        "The gargle may slightly shorten sore throats.",
        "Throat pain fell by 2.2 points more with the gargle.",
        "Sore throats with and without the gargle were statistically indistinguishable.",
        "First-year students got even more out of the gargle's effect on pain.",
    ):
        r = judged_on(_GARGLE, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


_SMOG = parse_sheet(
    """
schema = 2
[study]
id = "smog"
title = "Smog days and hospital visits in three towns"
observational = true
subjects = "residents of three towns"
[[facts]]
id = "visits"
kind = "result"
association = true
text = "Hospital visits for asthma rose by 2.6% per 10 µg/m³ of ozone (RR 1.026, 95% CI \
1.011-1.041)."
[[facts]]
id = "deaths"
kind = "result"
association = true
text = "An estimated 410 deaths over the 12 summers were attributable to ozone."
[[facts]]
id = "filters"
kind = "result"
text = "Homes given air filters used 310 fewer kWh of electricity on average over the winter, and \
their windows lost 18 kg of condensation every winter."
[[facts]]
id = "overall"
kind = "result"
text = "Mean annual survival of the released voles was 0.68 (95% CI 0.60-0.75)."
""",
    "smog.toml",
)


def test_the_studys_own_words_and_a_named_change_are_no_cause() -> None:
    """ "Attributable to ozone" is the study's own wording of its estimate, and "the steepest
    increase of any cause" names the size of a change; "ozone increases hospital visits" tells
    a cause of an association all the same."""
    for sentence in (
        "The researchers estimate that 410 deaths over 12 summers were attributable to ozone.",
        "Visits for asthma rose by 2.6% per 10 µg/m³ of ozone, the steepest increase of any "
        "cause reported.",
    ):
        r = judged_on(_SMOG, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
    r = judged_on(_SMOG, "Ozone increases hospital visits for asthma by 2.6% per 10 µg/m³.")
    assert r.verdict == "overstated" and "causal:" in reasons(r), reasons(r)


def test_a_mean_told_per_item_or_per_season_is_no_wider_scope() -> None:
    """ "Each" that hands a mean out per item, "every winter" as a rate and "across all" the
    animals are no claim that the finding holds for all."""
    for sentence in (
        "The homes with filters each used 310 fewer kWh of electricity over the winter.",
        "Windows in homes with filters lost 18 kg of condensation every winter.",
        "Mean annual survival across all released voles was 0.68.",
    ):
        r = judged_on(_SMOG, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_another_figure_in_the_facts_unit_of_measure_is_misreported() -> None:
    """Chips "of 2 sq cm" where the study's chips were 0.2 cm² (the same unit, written
    otherwise); the right figure, or one the sheet gives in that unit elsewhere, is no
    conflict."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "chips"
title = "A cooler chip coating"
[[facts]]
id = "chips"
kind = "design"
text = "The team coated 30 test chips with an area of 0.2 cm² each."
[[facts]]
id = "board"
kind = "design"
text = "The chips sat on a board of 50 cm²."
""",
        "chips.toml",
    )
    r = judged_on(sheet, "The team coated 30 test chips, each 2 sq cm in area.")
    assert r.verdict == "misreported", reasons(r)
    assert 'number: the claim says "2 sq cm"; the study "0.2 cm²"' in reasons(r)
    for sentence in (
        "The team coated 30 test chips, each 0.2 sq cm in area.",
        "The team coated 30 test chips, each 0.2 square centimetres in area.",
    ):
        r = judged_on(sheet, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))
