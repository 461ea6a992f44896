"""Verdict rules on details a claim can get wrong or inflate, each on an invented study written
for this file: a promise the study denies, an outcome it did not measure, an age, the count of
one arm of a trial."""

from __future__ import annotations

from claimdiff.study.sheet import parse_sheet
from studies import judged_on, reasons

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
id = "days"
kind = "result"
text = "Ostrafen cut monthly migraine days from eight to four over six months."
[[facts]]
id = "conclusion"
kind = "conclusion"
text = "The authors conclude that ostrafen halves migraine days; they do not call it a cure."
[[facts]]
id = "strokes"
kind = "conclusion"
certainty = "speculated"
text = "It might cut strokes; the trial did not measure strokes, heart attacks or deaths."
""",
    "migraine.toml",
)


def test_a_benefit_the_fact_denies_does_not_back_a_promise() -> None:
    # the fact names a cure only to deny it ("they do not call it a cure")
    r = judged_on(_MIGRAINE, "Ostrafen cures migraine, doctors say.")
    assert (r.match.fact_id, r.verdict) == ("conclusion", "overstated"), reasons(r)
    assert 'promises "cures"' in reasons(r)


def test_an_outcome_the_study_did_not_measure_claimed_as_found_is_overstated() -> None:
    r = judged_on(_MIGRAINE, "The tablet also lowers the risk of strokes and heart attacks.")
    assert (r.match.fact_id, r.verdict) == ("strokes", "overstated"), reasons(r)
    assert "did not measure strokes" in reasons(r)
    # told as the possibility the fact names, it is supported
    r = judged_on(_MIGRAINE, "Ostrafen might one day cut strokes.")
    assert (r.match.fact_id, r.verdict) == ("strokes", "supported"), reasons(r)


def test_an_age_is_told_to_the_year() -> None:
    r = judged_on(_MIGRAINE, "Most participants were women, and their average age was 46.")
    assert (r.match.fact_id, r.verdict) == ("people", "misreported"), reasons(r)
    assert '"average age was 46"' in reasons(r)
    r = judged_on(_MIGRAINE, "Most participants were women, and their average age was 41.")
    assert (r.match.fact_id, r.verdict) == ("people", "supported"), reasons(r)


def test_the_count_of_one_arm_of_a_trial_is_compared() -> None:
    r = judged_on(_MIGRAINE, "In all, 803 people were assigned to ostrafen and 590 to placebo.")
    assert (r.match.fact_id, r.verdict) == ("arms", "misreported"), reasons(r)
    assert '"590 to placebo"' in reasons(r) and '"401 to placebo"' in reasons(r)
    r = judged_on(_MIGRAINE, "In all, 803 people were assigned to ostrafen and 401 to placebo.")
    assert (r.match.fact_id, r.verdict) == ("arms", "supported"), reasons(r)
