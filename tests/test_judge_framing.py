"""Verdict rules on how a sentence presents itself, on the invented studies of tests/studies.py
and text written for this file: bylines and section headings, a finding reported after who
did the work, an evaluation that gives its reason, a verb acting on a risk, a count of people
named by their country, a further finding no fact states, the writer as the subject, what is
already in use elsewhere, a frame of evidence ("found evidence of how X may ...")."""

from __future__ import annotations

import pytest

from claimdiff.judge.framing import (
    claim_certainty,
    form_reason,
    presents_finding,
    recommendation,
    told_by_researchers,
)
from claimdiff.language import cues
from claimdiff.study.sheet import parse_sheet
from studies import check, judged, judged_on, reasons


@pytest.mark.parametrize(
    "line",
    [
        "Posted 3 May 2023 by Jane Roe",
        "Updated March 2, 2024, by J. Roe",
        "Written by Jane Roe",
        "Jane Roe, Science Correspondent | 3 May 2023",
        "Tomás Ruiz-Peña, health editor",
    ],
)
def test_a_dated_byline_is_background(line: str) -> None:
    assert form_reason(line) == "background: a byline"


def test_a_publication_line_with_a_journal_is_not_a_byline() -> None:
    assert form_reason("Published in the Journal of Respiratory Trials by a team") is None
    assert form_reason("Jane Roe, the study's senior author, said so.") is None


def test_a_sentence_opening_with_by_and_a_small_word_is_not_a_byline() -> None:
    """'By one year, 23.5% had surgery', 'By the end of the trial, ...': a time, not a writer."""
    assert form_reason("By one year, 23.5% of the antibiotic arm had undergone surgery.") is None
    assert form_reason("By the end of the trial, most volunteers had recovered.") is None
    assert form_reason("By Jane Roe") == "background: a byline"


def test_a_heading_that_announces_a_section_is_background() -> None:
    article = (
        "# A new cough pill\n\n"
        "Celvoprant cut coughing by 31% in a trial of 412 adults.\n\n"
        "## How the trial worked\n\n"
        "Coughs per hour fell by 31% on celvoprant and by 12% on placebo.\n\n"
        "## About the drug\n\n"
        "The trial randomly assigned 412 adults to celvoprant or placebo tablets.\n\n"
        "## Celvoprant calmed airway nerves\n\n"
        "Taste disturbance was reported by 18% of those on celvoprant.\n"
    )
    by_text = {r.claim.display: r for r in check("trial", article)}
    for heading in ("How the trial worked", "About the drug"):
        r = by_text[heading]
        assert r.verdict == "background", reasons(r)
        assert reasons(r) == "background: a section heading, not a statement"
    # a heading that states something is judged like any claim
    assert by_text["Celvoprant calmed airway nerves"].verdict != "background"


def test_a_heading_naming_what_the_study_means_is_background() -> None:
    """ "What the trial can and cannot show", "What the New Cough Pill Study Means for You":
    headings naming what follows, however long; "What surprised us was ..." is a sentence."""
    article = (
        "# A new cough pill\n\n"
        "Celvoprant cut coughing by 31% in a trial of 412 adults.\n\n"
        "## How the trial worked\n\n"
        "Coughs per hour fell by 31% on celvoprant and by 12% on placebo.\n\n"
        "## What the trial can and cannot show\n\n"
        "Taste disturbance was reported by 18% of those on celvoprant.\n"
    )
    by_text = {r.claim.display: r for r in check("trial", article)}
    r = by_text["What the trial can and cannot show"]
    assert r.verdict == "background" and "names a topic" in reasons(r), reasons(r)
    headline = "What the New Cough Pill Study Means for You"
    assert form_reason(headline, "headline") is not None
    assert form_reason("What surprised us was how fast coughs eased.", "sentence") is None


def test_a_finding_told_after_who_did_the_work_is_judged_too() -> None:
    r = judged(
        "trial",
        "Researchers at Harlow General Hospital and the University of Eastbrook found that "
        "celvoprant works for a long-lasting cough.",
    )
    # the finding is what the claim reports first; who did the work is one of its other facts
    assert r.match.fact_id == "option" and r.match.also == ("team",), reasons(r)
    assert r.verdict == "overstated" and 'in "option"' in reasons(r)
    # a fact of background knowledge is not the finding reported
    r = judged(
        "trial",
        "A team at the University of Eastbrook and Harlow General Hospital has shown that the "
        "new drug is an option for people whose cough lasts for years.",
    )
    assert r.match.fact_id == "team" and r.match.also == (), reasons(r)


def test_where_a_finding_appeared_comes_after_the_finding() -> None:
    """A claim that names the journal and what the paper found reports the finding first: its
    main fact is the finding, the journal one of its other facts, and both are judged."""
    r = judged(
        "trial",
        "A paper published in March 2024 in the Journal of Respiratory Trials found that "
        "celvoprant works for a long-lasting cough.",
    )
    assert r.match.facts == ("option", "journal"), reasons(r)
    assert r.verdict == "overstated" and 'in "option"' in reasons(r)
    assert 'reports "journal"' in reasons(r)


def test_an_evaluation_that_gives_a_checkable_reason_is_judged() -> None:
    r = judged(
        "trial",
        "This is exciting news, because coughs per hour fell by 31% on celvoprant.",
    )
    # the reason given is the study's result
    assert (r.match.fact_id, r.verdict) == ("frequency", "supported"), reasons(r)
    # "all the more" is not "all"
    r = judged("trial", "Coughs per hour fell by 31% on celvoprant, all the more striking a drop.")
    assert (r.match.fact_id, r.verdict) == ("frequency", "supported"), reasons(r)
    r = judged("trial", "The result is exciting news for people with a cough.")
    assert r.verdict == "background", reasons(r)


def test_an_evaluative_word_around_a_count_leaves_the_count_checkable() -> None:
    """ "In a huge trial of 2,000 adults, ...": "huge" evaluates, the count is a detail."""
    r = judged(
        "trial",
        "In a huge trial of more than 2,000 adults, those who took the tablets coughed less.",
    )
    assert r.verdict == "misreported", reasons(r)
    assert "412 adults" in reasons(r) and "2,000" in reasons(r)


def test_a_miracle_that_banishes_something_is_a_claim_all_the_same() -> None:
    """ "MIRACLE TABLET BANISHES COUGHS": an evaluative word, and a total effect the
    study did not find; "nothing short of a miracle" alone says nothing checkable."""
    r = judged("trial", "MIRACLE TABLET BANISHES COUGHS PER HOUR")
    assert (r.match.fact_id, r.verdict) == ("frequency", "overstated"), reasons(r)
    assert '"BANISHES"' in reasons(r)
    r = judged("trial", "It is nothing short of a miracle.")
    assert r.verdict == "background", reasons(r)


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking about 9,800 steps a day trims your risk of dementia by half.",
        "About 9,800 steps a day shrinks the odds of developing dementia.",
    ],
)
def test_a_verb_acting_on_a_risk_is_a_cause(sentence: str) -> None:
    r = judged("cohort", sentence)
    assert (r.match.fact_id, r.verdict) == ("dementia", "overstated"), reasons(r)
    assert "causal" in reasons(r)


def test_a_risk_measured_or_hedged_is_not_a_cause() -> None:
    for sentence in (
        "The step counter measures the risk of dementia in adults who took about 9,800 steps.",
        "About 9,800 steps a day may lower your risk of dementia.",
    ):
        r = judged("cohort", sentence)
        assert "causal" not in reasons(r), sentence


def test_a_count_of_people_named_by_their_country_is_checked() -> None:
    r = judged("cohort", "A study of 7,000 Danes linked daily walking to less dementia.")
    assert r.verdict == "misreported", reasons(r)
    assert '"78,430"' in reasons(r) and '"7,000"' in reasons(r)


def test_a_further_finding_no_fact_states_is_unsupported() -> None:
    # "also found": one word no fact uses ("headaches") is the finding itself
    r = judged("cohort", "Those who walked more also had fewer headaches, the team found.")
    assert (r.match.fact_id, r.verdict) == (None, "unsupported"), reasons(r)
    assert '"headaches"' in reasons(r)
    r = judged(
        "cohort",
        "The researchers also found that walking at a brisk pace was linked to a further drop "
        "in dementia risk.",
    )
    assert (r.match.fact_id, r.verdict) == ("pace", "supported"), reasons(r)


def test_the_writer_or_the_readers_as_the_subject_are_background_however_close() -> None:
    for sentence in (
        "I take about 9,800 steps a day myself.",
        "Many of us take fewer than 4,000 steps a day.",
    ):
        r = judged("cohort", sentence)
        assert (r.match.fact_id, r.verdict) == (None, "background"), reasons(r)
        assert "the writer's own voice" in reasons(r)
    # researchers telling what they found are not the writer
    r = judged(
        "cohort",
        "We found that adults who took about 9,800 steps a day were 51% less likely to develop "
        "dementia.",
    )
    assert (r.match.fact_id, r.verdict) == ("dementia", "supported"), reasons(r)
    # the reader addressed in a finding told "according to" a study: the study's claim
    r = judged(
        "cohort",
        "Taking about 9,800 steps a day may keep your mind sharp into old age, according to a "
        "large study of adults.",
    )
    assert "the writer's own voice" not in reasons(r), reasons(r)
    assert r.verdict != "background", reasons(r)
    # a limit of the study told first, after a short opening, and the writer's "we" after it
    r = judged(
        "trial",
        "To be fair, the trial was only twelve weeks long, so there is a lot we still don't "
        "know about lasting benefit.",
    )
    assert (r.match.fact_id, r.verdict) == ("lasting", "supported"), reasons(r)


def test_what_is_already_in_use_for_other_conditions_is_not_a_hedged_finding_inflated() -> None:
    r = judged("trial", "Such treatment options already exist for other lung conditions.")
    assert (r.match.fact_id, r.verdict) == ("option", "supported"), reasons(r)
    assert "already in use for other conditions" in reasons(r)
    # the study's own drug said to be in use already is more than the study says
    r = judged("trial", "Celvoprant is already used as a treatment option for long-lasting cough.")
    assert (r.match.fact_id, r.verdict) == ("option", "overstated"), reasons(r)


def test_a_frame_of_evidence_gives_way_to_the_hedge_it_introduces() -> None:
    text = (
        "Scientists at Westmoor University, working with a city hospital, have found evidence "
        "of how the body's own fat may speed ageing."
    )
    assert claim_certainty(cues.read(text), text) == "speculated"
    text = "Scientists at Westmoor University found that the body's own fat speeds ageing."
    assert claim_certainty(cues.read(text), text) == "shown"


def test_where_the_work_appeared_said_in_passing_is_not_what_the_claim_reports() -> None:
    """ "The results, published in X, ...": the journal is an aside; the claim reports what
    the rest says (here a caveat), with the journal among its facts."""
    r = judged(
        "trial",
        "The trial, published in the Journal of Respiratory Trials in March 2024, did not "
        "test the drug in children.",
    )
    assert r.match.facts == ("children", "journal"), reasons(r)
    assert r.verdict == "supported", reasons(r)


def test_a_finding_that_shares_words_with_a_quote_is_unsupported_not_an_opinion() -> None:
    """ "In the trial, the first pill did not raise blood sugar": a result of the experiment
    no fact states, whose few words in common are an investigator's ("the first pill"), is
    unsupported; the investigator's words themselves, unattributed, are still their opinion."""
    r = judged(
        "trial",
        "In the trial, the first pill did not raise blood sugar, liver enzymes or heart "
        "rhythm problems.",
    )
    assert r.verdict == "unsupported", reasons(r)
    r = judged("trial", "For people who have coughed for years, this is the first pill that works.")
    assert r.verdict != "unsupported", reasons(r)


def test_what_the_researchers_observed_is_presented_as_their_finding() -> None:
    """ "observed that" and "observed fewer X" report a finding, like "found that": a claim
    framed so aligns to a result it is only loosely close to rather than being called
    unsupported. Observing someone for signs is how the study watched, not what it found."""
    assert presents_finding("The team observed that the treated rats slept less.")
    assert presents_finding("Researchers have observed fewer relapses in the trial.")
    assert not presents_finding("Fasting is observed during Ramadan.")  # no study, no team
    # watching is the method: "they observed the mice for signs of pain"
    assert not presents_finding("The team injected rats and observed them for signs of pain.")


def test_a_consortium_and_what_researchers_noticed_present_findings() -> None:
    """A consortium or a collaboration of labs is the study's team; what researchers noticed is
    what they found. Noticing alone, with no one of the study, is not."""
    assert presents_finding("The consortium also found that the first sample was unusual.")
    assert presents_finding("The scientists noticed far fewer beetles on the mown plots.")
    assert presents_finding("The collaboration found a second, weaker signal.")
    assert not presents_finding("Gardeners noticed far fewer beetles on the mown plots.")


def test_a_study_label_and_researchers_saying_after_an_adverb_present_findings() -> None:
    """ "New study: X" and "Research: X" label X as the study's finding; so does "Worryingly,
    the researchers say X". A study in a heading's topic ("Study tips for exams") does not."""
    assert presents_finding("New study: garden sprays are wiping out moths")
    assert presents_finding("Research: Oat bran lowers cholesterol in a month")
    assert presents_finding("Worryingly, the researchers say the same is true of wild moths.")
    assert not presents_finding("Study tips for exam season")
    assert not presents_finding("Worryingly, moths are in decline across the country.")


def test_a_finding_told_by_the_studys_people_after_the_fact_presents_a_finding() -> None:
    for text in (
        "Walking cuts dementia risk, researchers say.",
        "Walking cuts dementia risk, say scientists",
        "Night shifts shrink the brain, the scientists warned.",
        "Science proves that walking keeps the mind young.",
    ):
        assert presents_finding(text), text
    assert told_by_researchers("Walking cuts dementia risk, the researchers said.")
    assert told_by_researchers("The researchers say the test will be in clinics next year.")
    assert not told_by_researchers('The researchers said: "We were surprised."')
    assert not told_by_researchers("Walking cuts dementia risk, Dr Holm said.")
    assert not presents_finding("Science is fun, and walking is too.")


def test_findings_told_as_what_the_study_means_or_warns_are_unsupported_where_no_fact_is() -> None:
    """What no fact states, told as the study's: "the findings mean ...", "the team's work
    suggests ...", "..., the study warns", "scientists say ..." after a colon, what the
    participants said. The same words of the writer's own, or someone's quoted words about
    the study, stay background."""
    for sentence in (
        "For city planners, the findings mean that pavements will need widening by 2030.",
        "Interestingly, the team's work suggests that cold weather makes walkers live longer.",
        "Thousands of care homes will have to hire walking coaches, the study warns.",
        "But there is hope: scientists say a daily swim can protect the brain too.",
        "Participants also said they were sleeping better and feeling less anxious.",
        "Efficacy was consistent across all age groups and both sexes.",
        "No kidney safety signal emerged, a point investors will watch.",
    ):
        r = judged("cohort", sentence)
        assert (r.match.fact_id, r.verdict) == (None, "unsupported"), (sentence, reasons(r))
    for sentence in (
        "For city planners, pavements will need widening by 2030.",
        "But there is hope: a daily swim is a pleasure in any weather.",
        "“While this study suggests that cold weather helps walkers, it does not say why.”",
    ):
        r = judged("cohort", sentence)
        assert r.verdict == "background", (sentence, reasons(r))


def test_a_recommendation_matched_to_what_was_done_is_unsupported() -> None:
    """The sheet gives one recommendation (to keep active); "the researchers recommend three
    classes a week", matched to the design that gave three classes a week, is another."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "classes"
title = "Exercise classes and mood in older adults"
[[facts]]
id = "design"
kind = "design"
text = "Adults over 65 attended three exercise classes a week for twelve weeks."
[[facts]]
id = "advice"
kind = "conclusion"
text = "The authors recommend that older adults keep active in whatever way suits them."
""",
        "classes.toml",
    )
    r = judged_on(
        sheet, "The researchers recommend three exercise classes a week for adults over 65."
    )
    assert r.verdict == "unsupported" and "recommend" in reasons(r), reasons(r)
    r = judged_on(sheet, "The researchers recommend that older adults keep active.")
    assert r.verdict == "supported", reasons(r)


def test_general_advice_with_no_ones_authority_is_background() -> None:
    """ "Adults are advised to walk 30 minutes a day" and "Counsel patients that ..." give
    guidance no fact states; the study's own advice, or advice the sheet gives, is another
    matter."""
    for sentence in (
        "Adults are advised to take about 9,800 steps a day.",
        "Counsel patients that about 9,800 steps a day remains a sensible target.",
    ):
        r = judged("cohort", sentence)
        assert r.verdict == "background" and "general advice" in reasons(r), (
            sentence,
            reasons(r),
        )
    r = judged("cohort", "The researchers recommend about 9,800 steps a day.")
    assert "general advice" not in reasons(r), reasons(r)


def test_an_appeal_for_donations_is_background() -> None:
    r = judged(
        "trial",
        "Readers wishing to support research into long-lasting cough can donate to the "
        "Eastbrook Cough Fund.",
    )
    assert r.verdict == "background" and "appeal" in reasons(r), reasons(r)
    r = judged("trial", "Donations can be made at the University of Eastbrook's website.")
    assert r.verdict == "background", reasons(r)


def test_a_plan_no_fact_states_is_background_however_close_its_words() -> None:
    """ "The maker said it planned to give celvoprant tablets twice a day to adults who had
    coughed for more than a year" shares words with the design, which states no plan.
    A plan the sheet states is a claim about the study all the same."""
    r = judged(
        "trial",
        "The maker said it planned to give celvoprant tablets twice a day to adults who had "
        "coughed for more than a year.",
    )
    assert r.verdict == "background" and "tells a plan" in reasons(r), reasons(r)
    r = judged(
        "trial",
        "The researchers now plan a trial giving celvoprant tablets twice a day to adults who "
        "had coughed for more than a year.",
    )
    assert r.verdict == "unsupported" and "plan" in reasons(r), reasons(r)
    r = judged(
        "cohort", "Adults who followed walking plans to take about 9,800 steps a day did best."
    )
    assert "plan" not in reasons(r), reasons(r)  # a plan followed, no one's plan for later
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "plans"
title = "Celvoprant for cough"
[[facts]]
id = "next"
kind = "conclusion"
text = "The team plans a larger trial of celvoprant in 2,000 adults."
""",
        "plans.toml",
    )
    r = judged_on(sheet, "The team plans to run a larger trial of celvoprant in 2,000 adults.")
    assert (r.match.fact_id, r.verdict) == ("next", "supported"), reasons(r)


def test_an_unknown_finding_told_by_the_researchers_is_unsupported_not_a_quote() -> None:
    r = judged("cohort", "Walking also melts stubborn belly fat, the researchers said.")
    assert r.verdict == "unsupported", reasons(r)


def test_the_readers_word_in_a_gloss_is_not_the_writers_voice() -> None:
    """ "Their hippocampus (your brain's memory centre) was 3% smaller" states a result;
    the "your" belongs to the gloss, not to the claim."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "nights"
title = "Night work and the brain"
[[facts]]
id = "smaller"
kind = "result"
text = "Night-shift workers had a 3% smaller total hippocampal volume than matched day \
workers, after adjustment for age and sex."
[[facts]]
id = "memory"
kind = "result"
text = "Memory test scores did not differ between night and day workers."
""",
        "nights.toml",
    )
    for sentence in (
        "Their hippocampus (your brain's memory centre) was 3% smaller.",
        "The hippocampus (your memory hub) was smaller in night workers, scans showed.",
    ):
        r = judged_on(sheet, sentence)
        assert r.verdict == "supported", (sentence, reasons(r))


def test_a_review_or_meta_analysis_that_found_something_presents_a_finding() -> None:
    """A systematic review or a meta-analysis is a study: what it "has proven" or "found" is
    presented as the study's finding."""
    for sentence in (
        "A huge new review of 60 trials has proven once and for all that walking cures gout.",
        "The meta-analysis found that walking cures gout.",
        "Reviews show walking cures gout.",
    ):
        assert presents_finding(sentence), sentence
    assert not presents_finding("Walking cures gout, according to my neighbour.")
    assert not presents_finding("The old treatments have proven ineffective for most patients.")


def test_what_a_study_has_proven_after_a_colon_is_its_finding_not_the_frames_years() -> None:
    """ "A new study has finally proven what parents have suspected for years: P" presents P as
    the finding, told as proven; "for years" in the frame is no figure of the study's."""
    assert presents_finding("A new study has finally proven what parents suspected: P is Q.")
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "screens-2024"
title = "Screen time and sleep in teenagers: a school survey"
observational = true
[[facts]]
id = "sleep"
kind = "result"
text = "Teenagers on social media five hours a day are more likely to sleep under eight hours."
""",
        "screens.toml",
    )
    r = judged_on(
        sheet,
        "A huge new study has finally proven what parents have suspected for years: social media "
        "is wrecking teenagers' sleep.",
    )
    assert (r.match.fact_id, r.verdict) == ("sleep", "overstated"), reasons(r)
    assert "years" not in reasons(r)


_ORCHARD = parse_sheet(
    """
schema = 2
[study]
id = "orchard-moths"
title = "Orchard sprays and moth numbers in an invented survey"
subjects = "apple orchards"
observational = true
[[facts]]
id = "moths"
kind = "result"
association = true
text = "Orchards sprayed most often had 30% fewer moths than orchards sprayed least."
[[facts]]
id = "no-cause"
kind = "caveat"
text = "The survey cannot show that spraying caused the fall: orchards differ in other ways."
""",
    "orchard-moths.toml",
)


def test_a_limit_of_the_study_said_to_be_proved_is_overstated() -> None:
    """ "It proves the spraying caused the fall": a claim closest to the study's limit (it
    cannot show a cause) that says the study proved it is overstated; the limit told plainly,
    or denied a proof, is supported."""
    r = judged_on(_ORCHARD, "It proves that spraying caused the fall, because orchards differ.")
    assert r.verdict == "overstated" and 'the claim says "proves"' in reasons(r), reasons(r)
    r = judged_on(
        _ORCHARD, "The survey cannot prove that spraying caused the fall, as orchards differ."
    )
    assert (r.match.fact_id, r.verdict) == ("no-cause", "supported"), reasons(r)


def test_what_the_subjects_did_is_no_cause_stated() -> None:
    """ "Orchards sprayed most often grew fewer moths" tells what the subjects did or
    underwent, as the association does; "Spraying shrinks moth numbers" states a cause."""
    for sentence in (
        "Orchards sprayed most often grew 30% fewer moths than orchards sprayed least.",
        "They produced 30% fewer moths than orchards sprayed least.",
    ):
        r = judged_on(_ORCHARD, sentence)
        assert (r.match.fact_id, r.verdict) == ("moths", "supported"), (sentence, reasons(r))
    r = judged_on(_ORCHARD, "Spraying orchards often cut moth numbers by 30%.")
    assert r.verdict == "overstated" and "causal" in reasons(r), reasons(r)


_GEL = parse_sheet(
    """
schema = 2
[study]
id = "gel-trial"
title = "An invented trial of a wound gel"
[[facts]]
id = "available"
kind = "context"
text = "The gel is not yet available to patients."
[[facts]]
id = "next"
kind = "result"
text = "The team plans a larger trial of the gel in 2026."
[[facts]]
id = "healing"
kind = "result"
text = "Wounds treated with the gel healed three days faster than untreated wounds."
""",
    "gel-trial.toml",
)


def test_a_plan_told_beside_another_fact_reports_the_fact_that_states_the_plan() -> None:
    """ "The gel is not yet available, and the team plans a larger trial": the plan is the
    fact that states it (the other fact is one of the claim's); a plan no fact states is
    still not the study's."""
    r = judged_on(
        _GEL, "The gel is not yet available to patients, and the team plans a larger trial."
    )
    assert (r.match.fact_id, r.verdict) == ("next", "supported"), reasons(r)
    r = judged_on(
        _GEL, "The gel isn't available to patients yet, and the makers plan to sell it in shops."
    )
    assert r.verdict != "supported", reasons(r)


def test_a_treatment_called_a_miracle_is_overstated() -> None:
    """ "MIRACLE GEL heals wounds": no study reports a miracle; the same finding told plainly,
    or a miracle denied, is supported, and a miracle that tells no finding is background."""
    r = judged_on(_GEL, "MIRACLE GEL heals wounds three days faster.")
    assert (r.match.fact_id, r.verdict) == ("healing", "overstated"), reasons(r)
    assert 'the claim calls it "MIRACLE"' in reasons(r)
    r = judged_on(
        _GEL, "The gel is no miracle cure, but wounds treated with it healed three days faster."
    )
    assert r.verdict == "supported", reasons(r)
    assert judged_on(_GEL, "Miracles do happen, my gran always said.").verdict == "background"


def test_a_further_finding_given_to_the_study_must_be_told_closely() -> None:
    """ "The researchers also found that X": a further finding of the study, which is
    unsupported unless a fact states it closely, whatever words it shares with one (the drug,
    taste, the cough) and whatever it would inflate or get wrong against that fact. A finding
    told closely, after "also", is still supported; so is "also" in a quote's words."""
    for sentence in (
        "They also found that taste disturbance faded once people stopped celvoprant.",
        "The team also found that celvoprant lowered blood pressure in people with a "
        "long-lasting cough.",
    ):
        r = judged("trial", sentence)
        assert r.verdict == "unsupported", (sentence, reasons(r))
        assert "further finding" in reasons(r), reasons(r)
    r = judged(
        "trial",
        "The researchers also found that quality of life improved more on the drug than on "
        "placebo.",
    )
    assert (r.match.fact_id, r.verdict) == ("life", "supported"), reasons(r)
    r = judged("trial", "They also found that taste disturbance was reported by 18% on the drug.")
    assert (r.match.fact_id, r.verdict) == ("taste", "supported"), reasons(r)


def test_a_finding_no_fact_states_said_to_be_proved_is_overstated() -> None:
    """ "New study proves that brisk walking cures arthritis", where no fact says so: the study
    proved nothing, so the claim inflates whatever it found; without "proves" the same claim
    is a finding the study does not report."""
    proved = judged("cohort", "The study proves that walking cures arthritis in older people.")
    assert proved.verdict == "overstated", reasons(proved)
    assert 'the claim says "proves"' in reasons(proved)
    found = judged("cohort", "The study found that walking cures arthritis in older people.")
    assert found.verdict == "unsupported", reasons(found)
    denied = judged("cohort", "The study cannot prove that walking cures arthritis.")
    assert "no fact of the sheet states this one" not in reasons(denied), reasons(denied)


def test_what_the_studys_people_hope_or_prepare_to_do_is_unsupported_where_no_fact_says_it() -> (
    None
):
    """ "The team is already preparing a trial in Leeds" and "The researchers now hope to turn
    the drug into a syrup" tell plans of the study's people that no fact states, whether or
    not a fact shares their words."""
    for sentence in (
        "The team is already preparing a clinical trial in Leeds, due to start next spring.",
        "The researchers now hope to turn celvoprant into a syrup to take at home.",
    ):
        r = judged("trial", sentence)
        assert r.verdict == "unsupported" and "plan" in reasons(r), (sentence, reasons(r))
    r = judged("trial", "Patients hope to find a treatment that works for their cough.")
    assert "plan something" not in reasons(r), reasons(r)  # nobody of the study


def test_where_the_findings_were_published_is_no_finding_of_its_own() -> None:
    """ "Researchers published their findings in the respected journal X this month" tells where
    the study appeared: its own words ("respected", "month") make no finding unsupported."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "gut-2024"
title = "Fibre and gut bacteria in older adults"
[[facts]]
id = "journal"
kind = "bibliographic"
text = "The study was published in Molecular Ageing on 3 May 2024."
[[facts]]
id = "fibre"
kind = "result"
text = "Adults on the high-fibre diet had 20% more Bifidobacterium after 8 weeks."
""",
        "gut.toml",
    )
    r = judged_on(
        sheet,
        "Researchers at the University of Northgate published their findings in the respected "
        "journal Molecular Ageing this month.",
    )
    assert r.verdict != "unsupported", reasons(r)


_KITES = parse_sheet(
    """
schema = 2
[study]
id = "kites"
title = "Red kites and wind turbines: a five-year survey"
subjects = "red kites"
observational = true
[[facts]]
id = "concl"
kind = "conclusion"
certainty = "suggested"
association = true
text = "Painting one turbine blade black may reduce collisions of red kites with turbines."
[[facts]]
id = "design"
kind = "design"
text = "The team counted kite carcasses under 40 turbines for five years."
""",
    "kites.toml",
)


def test_a_statement_with_a_question_tacked_on_is_judged_as_a_statement() -> None:
    """ "Study proves black blades save kites - is your wind farm ready?" asserts its first
    part; a sentence that asks ("Could black blades - cheap to paint - save kites?") asks."""
    r = judged_on(
        _KITES, "New study proves black blades stop kite deaths - is your wind farm ready?"
    )
    assert r.verdict == "overstated" and "proves" in reasons(r), reasons(r)
    r = judged_on(_KITES, "Could a black blade - cheap to paint - stop kite deaths at turbines?")
    assert r.verdict == "background" and "question" in reasons(r), reasons(r)


def test_a_proof_or_sciences_verdict_told_to_you_is_no_mere_writers_voice() -> None:
    """ "This paint proves your wind farm will never kill a kite" and "now science says
    they work" address the reader and still claim the study's finding; "your wind farm may
    need a repaint" is the writer's own voice."""
    r = judged_on(_KITES, "In short, this paint proves your wind farm will be kite-friendly.")
    assert r.verdict == "overstated", reasons(r)
    r = judged_on(
        _KITES,
        "If you run a wind farm, black blades are spreading, and now science says black "
        "blades work for kites.",
    )
    assert r.verdict == "overstated", reasons(r)
    r = judged_on(_KITES, "If you run a wind farm, your turbines may need a coat of paint.")
    assert r.verdict == "background", reasons(r)


_QUIT_APP = """
schema = 2
[study]
id = "quit-app"
title = "A phone app for quitting smoking"
[[facts]]
id = "design"
kind = "design"
text = "Clinics gave 600 smokers the QuitNow app or a leaflet and followed them for six months."
[[facts]]
id = "result"
kind = "result"
text = "At six months, 18% of app users and 11% of leaflet users had stopped smoking."
[[facts]]
id = "conclusion"
kind = "conclusion"
certainty = "speculated"
text = "The QuitNow app could help some smokers who want to stop."
"""


def test_a_recommendation_told_as_the_studys_reports_its_conclusion() -> None:
    """ "Every clinic should now give smokers the app, the researchers concluded" tells the
    study's conclusion as advice it never gave: overstated against the conclusion, not
    supported against what the clinics did."""
    sheet = parse_sheet(_QUIT_APP, "quit.toml")
    for text in (
        "Every clinic should now give smokers the QuitNow app, the researchers concluded.",
        "The authors conclude that the QuitNow app should be offered to every smoker.",
    ):
        r = judged_on(sheet, text)
        assert r.verdict == "overstated" and r.match.fact_id == "conclusion", (text, reasons(r))
        assert "recommendation" in reasons(r), reasons(r)


def test_advice_that_is_not_the_studys_or_not_to_act_is_no_recommendation() -> None:
    """Someone else's advice, an expectation ("should help") and a caution about the evidence
    ("should be repeated") are no recommendation of the study's."""
    assert recommendation("Smokers who want help should talk to their GP.") is None
    assert recommendation("Campaigners say every clinic should stock the app.") is None
    assert recommendation("The researchers say the app should help some smokers.") is None
    assert recommendation("The researchers say the result should be repeated elsewhere.") is None
    assert recommendation("The team say nobody should stop using patches.") is None
    found = recommendation("The team say every clinic should now stock the app.")
    assert found is not None and found.group().endswith("should now stock")


def test_a_recommendation_the_sheet_makes_is_supported() -> None:
    """Where the study's conclusion itself advises, saying so is no overstatement."""
    sheet = parse_sheet(
        _QUIT_APP.replace(
            "The QuitNow app could help some smokers who want to stop.",
            "Clinics should offer the QuitNow app to smokers who want to stop.",
        ).replace('certainty = "speculated"', 'certainty = "shown"'),
        "quit2.toml",
    )
    r = judged_on(
        sheet, "Clinics should offer the QuitNow app to smokers who want to stop, the team say."
    )
    assert r.verdict == "supported" and r.match.fact_id == "conclusion", reasons(r)


def test_where_a_study_comes_from_is_checkable_in_any_voice() -> None:
    """ "We were thrilled to read about a study from the University of X, published in Y"
    names the study's institution and journal: neither evaluation nor the writer's voice
    hides them. Without them, the thrill is background."""
    for said in (
        "We were thrilled to read about a new trial from the University of Eastbrook, "
        "published this month in the Journal of Respiratory Trials.",
        "So we were excited to read about the trial at Harlow General Hospital.",
    ):
        r = judged("trial", said)
        assert r.verdict != "background", (said, reasons(r))
    r = judged("trial", "We were thrilled to read about it.")
    assert r.verdict == "background", reasons(r)


def test_you_in_a_clause_the_researchers_finding_governs_is_anyone() -> None:
    """ "Researchers have pinpointed 40 genes linked to whether you cough at night" reports
    their finding; "you" there is anyone. "It makes you wonder" is the writer's."""
    assert presents_finding("Researchers have pinpointed 40 genes linked to coughing.")
    assert presents_finding("Scientists spotted a drop in coughing.")
    r = judged(
        "trial",
        "Researchers have pinpointed a tablet that cuts how often you cough per hour by 31%.",
    )
    assert r.verdict != "background", reasons(r)
    r = judged("trial", "It makes you wonder whether coughs ever stop.")
    assert r.verdict == "background", reasons(r)


def test_a_short_sentence_that_announces_what_follows_states_nothing() -> None:
    """ "And then there's the taste." and "Here's how they did it." announce; "There is no
    cure", "But there are 412 adults in it" and "There is one catch: X" state something."""
    for said in (
        "And then there's the taste.",
        "Here's how the researchers did it.",
        "But there is one unpleasant side effect.",
        "And here's the twist.",
    ):
        assert form_reason(said) == "background: it announces what follows, it states nothing"
    for said in (
        "There is no cure for a long-lasting cough.",
        "But there are 412 adults in the trial.",
        "There is one catch: the trial lasted only 12 weeks.",
        "There are three kinds of cough.",
    ):
        assert form_reason(said) is None, said


def test_a_method_or_the_writers_reaction_is_no_cause() -> None:
    """ "A sensitivity analysis that dropped the first four years", "to limit reverse
    causation" and "the part that made me put down my coffee" state no cause of what an
    observational study found; "Morning genes make the retina active" does."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "lark-genes"
title = "Genes of morning people"
observational = true
[[facts]]
id = "retina"
kind = "result"
text = "Many of the genes linked to being a morning person are active in the retina."
[[facts]]
id = "sensitivity"
kind = "result"
text = "In a sensitivity analysis excluding the first four years, the hazard ratio for the top \
group was 1.34."
""",
        "larks.toml",
    )
    for said in (
        "Here's the part that made me put down my coffee: a lot of these genes are active in "
        "the retina.",
        "In a sensitivity analysis that dropped the first four years of follow-up, to limit "
        "reverse causation from undiagnosed disease, the hazard ratio for the top group was 1.34.",
    ):
        r = judged_on(sheet, said)
        assert "causal" not in reasons(r), (said, reasons(r))
    r = judged_on(sheet, "Being a morning person makes the retina active, the study found.")
    assert r.verdict == "overstated", reasons(r)


def test_a_treatment_that_beats_another_arm_is_compared_not_promised() -> None:
    """ "Celvoprant beats saline sprays" compares it with another way to treat; "Celvoprant
    beats long-lasting cough" promises a cure."""
    r = judged("trial", "Celvoprant beats saline sprays for long-lasting cough.")
    assert "promise" not in reasons(r), reasons(r)
    r = judged("trial", "Celvoprant tablets beat long-lasting cough.")
    assert r.verdict == "overstated", reasons(r)


def test_work_the_studys_people_have_under_way_is_a_plan_no_fact_states() -> None:
    """ "Researchers now plan to test it in children", "the Eastbrook team is already running
    a follow-on trial" and "a follow-up study began, the authors said" tell further work of
    the study's people that no fact states: unsupported. "The trial ran in 2023" is no plan,
    nor is someone else's work."""
    for said in (
        "Researchers now plan to test the tablets in children.",
        "The Eastbrook team is already running a follow-on trial of celvoprant in children.",
        "A follow-up trial in three more hospitals began last spring, the authors said.",
        "The team is now recruiting local families for a follow-up study in teenagers.",
    ):
        r = judged("trial", said)
        assert r.verdict == "unsupported" and "plan" in reasons(r), (said, reasons(r))
    r = judged("trial", "A drug company is running a trial of a similar tablet in Japan.")
    assert r.verdict != "unsupported", reasons(r)


def test_a_cure_told_as_the_scientists_words_is_no_quote_of_theirs() -> None:
    """ "The pill that CURES coughs, according to scientists" is set beside Lindqvist's
    words, which promise no cure: overstated. "Can end years of coughing" promises one too."""
    r = judged("trial", "The pill that CURES coughs for good, according to Peter Lindqvist.")
    assert r.verdict == "overstated" and "promise" in reasons(r), reasons(r)
    r = judged(
        "trial",
        "Researchers say celvoprant tablets, tested on 412 adults, can end years of coughing.",
    )
    assert r.verdict == "overstated" and "promise" in reasons(r), reasons(r)


def test_a_letter_i_in_a_name_is_no_writer() -> None:
    """ "CBT-I" (therapy for insomnia) and "Phase-I" hold a capital I that is no "I" of the
    writer's; "I think the trial was small" is."""
    r = judged("trial", "Phase-I data: celvoprant beats placebo for cough.")
    assert "writer" not in reasons(r), reasons(r)
    r = judged("trial", "I think celvoprant tablets are worth a try.")
    assert r.verdict == "background", reasons(r)


def test_words_in_quotation_marks_changed_from_the_speakers_are_misreported() -> None:
    """ "This is the first pill that truly works" in quotation marks, where Lindqvist said
    "really works", misquotes him; his own words, or spelled the British way, do not."""
    r = judged(
        "trial",
        'Peter Lindqvist said: "For people who have coughed for years, this is the first pill '
        'that truly works."',
    )
    assert r.verdict == "misreported" and '"really works"' not in reasons(r), reasons(r)
    assert "the speaker said" in reasons(r), reasons(r)
    r = judged(
        "trial",
        'Peter Lindqvist said: "For people who have coughed for years, this is the first pill '
        'that really works."',
    )
    assert r.verdict == "supported", reasons(r)


def test_the_newsrooms_steps_and_readers_sent_to_their_doctor_are_background() -> None:
    """ "X did not respond to a request for comment", "The Courier has contacted the trust
    for comment" and "anyone worried should talk to their GP" are no claims about the study;
    "the study found patients should see their GP within two weeks" is."""
    for said in (
        "The drug's maker had not responded to a request for comment.",
        "The Courier has contacted Harlow General Hospital for comment.",
        "Anyone with a long-lasting cough should talk to their GP first.",
    ):
        assert form_reason(said) is not None, said
    assert form_reason("The study found patients should see their GP within two weeks.") is None


def test_someones_own_account_in_quotation_marks_is_background() -> None:
    """ "'I was sure I had the dummy tablets, and I still take celvoprant,' she said" is a
    patient's account; an investigator's quoted words are their quote, and a sentence with a
    short quoted phrase is still the writer's claim."""
    r = judged(
        "trial",
        '"I was sure I was on the placebo tablets twice a day, and I have bought celvoprant '
        'ever since," she said.',
    )
    assert r.verdict == "background" and "own account" in reasons(r), reasons(r)
    r = judged(
        "trial",
        'Peter Lindqvist said: "For people who have coughed for years, this is the first pill '
        'that really works."',
    )
    assert r.verdict == "supported", reasons(r)


def test_a_measured_claim_before_the_writers_aside_is_still_checked() -> None:
    """ "Coughs fell by 41%, the kind of result most of us can only dream of" states a figure
    before the writer's aside: it is checked (and wrong). "If you cough 20 times an hour, you
    will love this" is the writer's."""
    r = judged(
        "trial",
        "Coughs per hour dropped by 41% on celvoprant, the kind of relief most of us chase all "
        "winter.",
    )
    assert r.verdict == "misreported", reasons(r)
    r = judged("trial", "If you cough 20 times an hour, you will love this.")
    assert r.verdict == "background", reasons(r)


def test_what_the_studys_own_units_had_told_with_a_figure_is_the_studys_finding() -> None:
    """ "The adults in the trial also slept 40 minutes longer" and "Participants said they
    felt less tired" tell, of the study's own people, what no fact states: unsupported.
    "Patients who cough at night often sleep less" is about anyone: background."""
    for said in (
        "The adults in the trial also slept 40 minutes longer each night.",
        "Participants said they felt less tired during the celvoprant weeks.",
    ):
        r = judged("trial", said)
        assert r.verdict == "unsupported", (said, reasons(r))
    r = judged("trial", "Patients who cough at night often sleep less.")
    assert r.verdict == "background", reasons(r)


def test_a_count_made_and_all_of_a_whole_or_a_list_are_no_cause_or_wider_scope() -> None:
    """ "The busiest nest produced 19 chicks" and "making 71% of the visits" count what was
    made, no cause; "a third of all the birds" and "Wrens, robins and tits all visited" widen
    nothing. "The feeders produced 30% more chicks" is a cause, and "all the nests fledged
    chicks" says every one did."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "garden-birds"
title = "Garden feeders and nesting birds"
observational = true
[[facts]]
id = "busiest"
kind = "result"
text = "The busiest nest box fledged 19 chicks over three years."
[[facts]]
id = "visits"
kind = "result"
text = "Wrens, robins and blue tits were recorded at the feeders; blue tits made 71% of visits."
[[facts]]
id = "share"
kind = "result"
text = "Gardens with feeders had more fledged chicks (a third of the total) than gardens without."
""",
        "birds.toml",
    )
    for said in (
        "The busiest nest box produced 19 chicks over three years.",
        "Blue tits were the main visitors, making 71% of visits to the feeders.",
        "Wrens, robins and blue tits all turned up at the feeders.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    for said in (
        "Feeders produced 30% more fledged chicks in gardens, the study found.",
        "Feeders caused 40 extra chicks to fledge in gardens, the study found.",
    ):
        r = judged_on(sheet, said)
        assert "causal" in reasons(r), (said, reasons(r))


def test_a_cause_named_against_a_caveat_that_cannot_show_cause_is_overstated() -> None:
    """A caveat that the design cannot establish that a 0.5 mg dose causes rashes (a figure
    with a decimal point in it): "confirms the 0.5 mg dose as a direct trigger of the rashes"
    names a cause outright and is overstated; "may be a trigger" is not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "rash-registry"
title = "Rashes reported after a skin cream"
observational = true
[[facts]]
id = "no-cause"
kind = "caveat"
text = "The registry found a link, but its design cannot \
establish that the 0.5 mg dose causes the rashes."
""",
        "rash.toml",
    )
    r = judged_on(sheet, "The registry confirms the 0.5 mg dose as a direct trigger of the rashes.")
    assert r.verdict == "overstated" and "causal:" in reasons(r), reasons(r)
    r = judged_on(sheet, "The registry suggests the 0.5 mg dose may be a trigger of the rashes.")
    assert r.verdict != "overstated", reasons(r)


_OTTERS = parse_sheet(
    """
schema = 2
[study]
id = "otters"
title = "River otters and fish ladders"
subjects = "wild river otters"
[[facts]]
id = "design"
kind = "design"
text = "The team tagged 24 otters on two rivers and followed them for a year."
[[facts]]
id = "ladders"
kind = "result"
text = "Tagged otters crossed fish ladders on 61% of the nights they were tracked."
[[facts]]
id = "ladder-group"
kind = "result"
text = "Otters on the river with new ladders caught more fish than otters on the other river."
""",
    "otters.toml",
)


def test_more_of_what_the_studys_people_or_units_did_is_unsupported() -> None:
    """Work or results added to the study with "also" or "even" ("The team also dived ...",
    "The otters even shared ...", "They also mapped ..."), a group of the study compared,
    and a finding "according to the researchers": told as the study's, stated by no fact,
    they are unsupported. What the team said, or what any otter does, is not."""
    for said in (
        "The team also dived every ladder to count the eels living in them.",
        "The otters even shared their catch with cubs born that spring.",
        "They also mapped every holt along both riverbanks with drones.",
        "The ladder group also had thicker fur by the end of the winter.",
        "Female otters also swam further than males, according to the researchers.",
    ):
        r = judged_on(_OTTERS, said)
        assert r.verdict == "unsupported", (said, reasons(r))
    for said in (
        "The team also said that otters are shy animals.",
        "Otters are playful animals that love to slide down muddy banks.",
    ):
        r = judged_on(_OTTERS, said)
        assert r.verdict == "background", (said, reasons(r))


def test_each_handing_out_the_designs_own_amount_is_no_wider_scope() -> None:
    """ "Households were each sent 4,000 pesos", "each child drank one carton a day",
    "inside each one is a seed": what the study gave each, as its design says, not a finding
    widened to all; "each child grew taller" still widens the finding."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "milk-cartons"
title = "School milk and growth"
subjects = "schoolchildren"
[[facts]]
id = "milk"
kind = "design"
text = "Children in 20 schools drank one carton of milk daily; their families were sent \
4,000 pesos."
[[facts]]
id = "growth"
kind = "result"
text = "Most children given milk grew taller than those without (mean 1.2 cm more)."
""",
        "milk.toml",
    )
    for said in (
        "At school, each child drank one carton of milk daily.",
        "Their families were each sent 4,000 pesos.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    r = judged_on(sheet, "Each child given milk grew taller than those without.")
    assert r.verdict == "overstated", reasons(r)


def test_a_first_told_of_a_wider_place_or_without_one_of_is_overstated() -> None:
    """The study says it is "the first in Norway and one of the first in Europe": "the
    world's first" and "the first in Europe" claim more; "the first in Norway" and "one of
    the first in Europe" do not."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "kelp-farm"
title = "A kelp farm that cleans a fjord"
[[facts]]
id = "first"
kind = "context"
source = "press-release"
text = "The authors say the farm is the first of its kind in Norway and one of the first in Europe."
""",
        "kelp.toml",
    )
    for wrong in (
        "It is the world's first farm of its kind.",
        "The authors describe it as the first such farm in Europe.",
    ):
        r = judged_on(sheet, wrong)
        assert r.verdict == "overstated" and "first" in reasons(r), (wrong, reasons(r))
    for right in (
        "The farm is the first of its kind in Norway.",
        "It is one of the first farms of its kind in Europe, the authors say.",
    ):
        r = judged_on(sheet, right)
        assert r.verdict == "supported", (right, reasons(r))


def test_a_finding_according_to_the_study_that_no_fact_states_is_unsupported() -> None:
    """ "..., according to the study" frames a claim as the study's finding: where the
    closest fact is far, the claim is unsupported, not background; without the frame it is
    background."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "cycle-lanes"
title = "New cycle lanes and commuting"
[[facts]]
id = "trips"
kind = "result"
text = "Cycle trips on the new lanes rose by 38% in the first year."
[[facts]]
id = "towns"
kind = "design"
text = "Counters were placed in five towns."
""",
        "lanes.toml",
    )
    r = judged_on(
        sheet,
        "Dunmore has one of the lowest cycling rates in the region, with only half of commuters "
        "using the new lanes, according to the study.",
    )
    assert r.verdict == "unsupported", reasons(r)
    r = judged_on(
        sheet,
        "Dunmore has one of the lowest cycling rates in the region, with only half of commuters "
        "using the new lanes.",
    )
    assert r.verdict == "background", reasons(r)


def test_proof_denied_or_a_test_to_prove_which_is_no_claim_of_proof() -> None:
    """ "A link rather than proof", "a signal, not proof" and "samples tested to prove who
    was infected" claim no proof; "this is proof that" does."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "damp-homes"
title = "Damp homes and childhood wheeze"
observational = true
[[facts]]
id = "link"
kind = "conclusion"
certainty = "suggested"
text = "Damp homes may contribute to wheeze in young children."
association = true
[[facts]]
id = "swabs"
kind = "design"
text = "Nose swabs were tested in a laboratory to confirm infection."
""",
        "damp.toml",
    )
    for said in (
        "The authors stress the study shows a link rather than proof that damp homes cause "
        "wheeze in young children.",
        "They add that this is a link between damp homes and wheeze rather than proof.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict != "overstated", (said, reasons(r))
    r = judged_on(sheet, "Nose swabs were tested in a laboratory to prove who really was infected.")
    assert r.verdict == "supported", reasons(r)
    r = judged_on(sheet, "This is proof that damp homes cause wheeze in young children.")
    assert r.verdict == "overstated", reasons(r)


def test_a_statistic_yielded_or_adjusted_is_no_cause() -> None:
    """In an observational study, "41 reports yielded an odds ratio of 4.9", "adjustment
    attenuated the estimates", "the plastic the bottles are made from" and "sales eased only
    slightly" tell no cause; "the drug caused hair loss" does."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "tonic-reports"
title = "Reports of hair loss with a hair tonic"
observational = true
[[facts]]
id = "ror"
kind = "result"
text = "Hair loss was reported more often with the tonic (reporting odds ratio 4.9, 95% \
CI 3.6 to 6.7), from 41 reports."
association = true
[[facts]]
id = "adjusted"
kind = "result"
text = "Adjusting for age cut the estimate by about a quarter."
association = true
""",
        "tonic.toml",
    )
    for said in (
        "For hair loss, 41 tonic reports yielded a reporting odds ratio of 4.9.",
        "Further adjustment for age attenuated the estimates by roughly a quarter.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
    r = judged_on(sheet, "The tonic caused hair loss, the reports show.")
    assert r.verdict == "overstated", reasons(r)


def test_each_cubic_metre_or_each_scan_in_seconds_is_a_rate() -> None:
    """ "£38 on the price of each cubic metre" and "reads each scan in around 30 seconds" say
    how much per item, not that a finding holds for all."""
    sheet = parse_sheet(
        """
schema = 2
[study]
id = "scan-reader"
title = "Software that reads bone scans"
[[facts]]
id = "speed"
kind = "result"
text = "The software read a scan in a median of 30 seconds."
[[facts]]
id = "cost"
kind = "result"
text = "The new mix adds about £38 per cubic metre of concrete."
""",
        "scans.toml",
    )
    for said in (
        "The software reads each scan in around 30 seconds.",
        "The new mix adds about £38 to the price of each cubic metre of concrete.",
    ):
        r = judged_on(sheet, said)
        assert r.verdict == "supported", (said, reasons(r))
