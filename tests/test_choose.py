"""Choosing the fact a claim reports from the aligner's candidates, and judging a claim against
a fact a reviewer chose (`Checker.judge_pair`). The study is invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.align.aligner import Candidate, ClaimAlignment
from claimdiff.judge.choose import LOOSE_MATCH, NAMELESS_MARGIN, THRESHOLD, best
from claimdiff.model import Claim
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import parse_sheet
from studies import judged_on, reasons
from test_align import SHEET

CHECKER = Checker(SHEET)


def aligned(*cands: Candidate, tokens: int = 8) -> ClaimAlignment:
    return ClaimAlignment(cands, tokens, (), tokens, ())


def cand(fact_id: str, sim: float, quote: bool = False, **kw: object) -> Candidate:
    return Candidate(fact_id, sim, quote, **kw)  # type: ignore[arg-type]


def test_best_is_the_top_candidate_above_the_threshold() -> None:
    a = aligned(cand("x", 0.62), cand("y", 0.40))
    match = best(a)
    assert (match.fact_id, match.runner_up) == ("x", (("y", 0.4),))
    low = aligned(cand("x", THRESHOLD - 0.01))
    assert best(low).fact_id is None
    assert best(low).runner_up[0][0] == "x"  # the near miss is kept for the reviewer
    assert best(low, threshold=LOOSE_MATCH).fact_id == "x"


def test_best_reads_the_threshold_when_called(monkeypatch: pytest.MonkeyPatch) -> None:
    """A threshold set on the module (as benchmarks/fit_end_to_end.py does for a fit) is the
    one `best` applies, not the value it had when the module was loaded."""
    from claimdiff.judge import choose

    a = aligned(cand("x", 0.33, named=((0, "x"),)))
    assert best(a).fact_id == ("x" if THRESHOLD <= 0.33 else None)
    monkeypatch.setattr(choose, "THRESHOLD", 0.40)
    assert best(a).fact_id is None
    monkeypatch.setattr(choose, "THRESHOLD", 0.20)
    assert best(a).fact_id == "x"


def test_a_fact_the_claim_names_nothing_distinctive_of_must_clear_the_threshold() -> None:
    """A claim sharing only words many facts use ("the disease", "patients") with a short
    fact, just over the threshold, reports no fact; naming a word of its own, it does."""
    near = THRESHOLD + NAMELESS_MARGIN / 2
    nameless = aligned(cand("short", near, words=frozenset({"disease"})))
    match = best(nameless)
    assert match.fact_id is None and match.runner_up[0][0] == "short"
    named = aligned(cand("short", near, words=frozenset({"gut"}), named=((2, "gut"),)))
    assert best(named).fact_id == "short"
    clear = aligned(cand("short", THRESHOLD + NAMELESS_MARGIN + 0.01))
    assert best(clear).fact_id == "short"


def test_close_candidates_are_told_apart_by_the_word_named_first() -> None:
    """Within the tie margin, the fact whose distinctive word the claim names first wins."""
    a = aligned(
        cand("late", 0.50, words=frozenset({"x", "late"}), named=((5, "late"),)),
        cand("early", 0.48, words=frozenset({"x", "early"}), named=((1, "early"),)),
    )
    assert best(a).fact_id == "early"
    shared = aligned(
        cand("late", 0.50, words=frozenset({"x"}), named=((1, "x"),)),
        cand("early", 0.48, words=frozenset({"x"}), named=((1, "x"),)),
    )
    assert best(shared).fact_id == "late"  # a word both use tells nothing apart
    far = aligned(cand("late", 0.60, named=((5, "late"),)), cand("early", 0.48, named=((1, "e"),)))
    assert best(far).fact_id == "late"


def test_quotes_and_other_facts_can_be_chosen_apart() -> None:
    a = aligned(cand("fact", 0.7), cand("quote", 0.5, quote=True))
    assert best(a, quote=True).fact_id == "quote"
    assert best(a, quote=False).fact_id == "fact"
    assert best(aligned(cand("fact", 0.7)), quote=True).fact_id is None


# ------------------------------------------------------------------ judge_pair


def claim_in(text: str) -> tuple[Claim, object]:
    doc = prepare_document(document_from_text(text + "\n", Path("pair.txt")))
    assert len(doc.claims) == 1
    return doc.claims[0], doc


def test_judge_pair_against_a_supporting_and_a_contradicting_fact() -> None:
    claim, _ = claim_in("Tusselin users coughed 31% less often, in a trial in three countries.")
    match, judgement = CHECKER.judge_pair(claim, "cough")
    assert (match.fact_id, judgement.verdict) == ("cough", "supported")
    assert match.claim_spans  # the shared words, from the aligner
    claim, _ = claim_in("Tusselin users coughed 31% less often, in a trial in four countries.")
    match, judgement = CHECKER.judge_pair(claim, "design")
    assert (match.fact_id, judgement.verdict) == ("design", "misreported")
    assert "three" in " ".join(judgement.reasons)
    assert "cough" in dict(match.runner_up)  # the claim's other candidates
    # how many countries the trial ran in is one number, whichever fact the claim is paired with
    match, judgement = CHECKER.judge_pair(claim, "cough")
    assert judgement.verdict == "misreported" and "three" in " ".join(judgement.reasons)


def test_judge_pair_with_no_fact_and_an_unknown_fact() -> None:
    claim, _ = claim_in("The researchers found that tusselin also improved memory.")
    match, judgement = CHECKER.judge_pair(claim, None)
    assert match.fact_id is None and judgement.verdict == "unsupported"
    with pytest.raises(KeyError):
        CHECKER.judge_pair(claim, "no-such-fact")


def test_judge_pair_reads_a_quote_from_its_document() -> None:
    text = 'Dr Ana Lee said: "For people who have coughed for years, this could change daily life."'
    claim, doc = claim_in(text)
    _, judgement = CHECKER.judge_pair(claim, "quote-lee", document=doc)  # type: ignore[arg-type]
    assert judgement.verdict == "supported" and "quote" in judgement.reasons[0]
    checked = CHECKER.check_document(doc)  # type: ignore[arg-type]
    assert checked.results[0].verdict == judgement.verdict
    _, unquoted = CHECKER.judge_pair(claim, "quote-lee", quoted=False)
    assert not unquoted.reasons[0].startswith("quote:")


# ------------------------------------------------------------------ several facts


def check_one(text: str) -> object:
    doc = prepare_document(document_from_text(text + "\n", Path("many.txt")))
    (result,) = CHECKER.check_document(doc).results
    return result


def test_a_claim_reports_every_fact_it_names() -> None:
    r = check_one(
        "Published in the Journal of Airway Medicine, the trial shows that adults taking "
        "tusselin coughed 31% less often than those on placebo."
    )
    assert r.match.fact_id == "cough"  # type: ignore[attr-defined]
    assert r.match.facts == ("cough", "journal")  # type: ignore[attr-defined]
    assert r.verdict == "supported"  # type: ignore[attr-defined]
    reasons = " ".join(r.judgement.reasons)  # type: ignore[attr-defined]
    assert '"cough"' in reasons and '"journal"' in reasons
    single = check_one("Adults taking tusselin coughed 31% less often than those on placebo.")
    assert single.match.facts == ("cough",)  # type: ignore[attr-defined]


def test_the_worst_verdict_of_several_facts_stands_and_names_its_fact() -> None:
    r = check_one(
        "Published in the Journal of Airway Medicine in 2019, the trial shows that adults "
        "taking tusselin coughed 31% less often than those on placebo."
    )
    # the wrong detail is the journal's: the claim reports that fact first
    assert r.match.facts == ("journal", "cough")  # type: ignore[attr-defined]
    assert r.verdict == "misreported"  # type: ignore[attr-defined]
    first = r.judgement.reasons[0]  # type: ignore[attr-defined]
    assert "2019" in first and '"journal"' in first
    assert any(x.startswith("other fact, supported") for x in r.judgement.reasons)  # type: ignore[attr-defined]


def test_a_tie_break_never_leaves_a_matched_claim_with_no_fact() -> None:
    """A rival named first but below the threshold does not win over a best candidate that
    reaches it; among rivals that both reach it, the one named first still wins."""
    above, below = THRESHOLD + 0.02, THRESHOLD - 0.02
    a = aligned(
        cand("relapse", above, words=frozenset({"relapse"}), named=((6, "relapse"),)),
        cand("dosing", below, words=frozenset({"dose"}), named=((1, "dose"),)),
    )
    match = best(a)
    assert (match.fact_id, match.similarity) == ("relapse", above)
    assert match.runner_up == (("dosing", round(below, 3)),)
    both = aligned(
        cand("relapse", above + 0.02, words=frozenset({"relapse"}), named=((6, "relapse"),)),
        cand("dosing", above, words=frozenset({"dose"}), named=((1, "dose"),)),
    )
    assert best(both).fact_id == "dosing"


_SMELL = parse_sheet(
    """
schema = 2
[study]
id = "smell-rats"
title = "Compound Q restores the sense of smell in rats after a viral infection"
subjects = "rats"
[[facts]]
id = "design"
kind = "design"
text = "After a viral infection, 40 rats drank water laced with compound Q for eight weeks."
[[facts]]
id = "smell"
kind = "result"
text = "Rats given compound Q regained their sense of smell within three weeks."
[[facts]]
id = "weight"
kind = "result"
text = "Compound Q did not change the rats' weight."
""",
    "smell.toml",
)


def test_of_a_design_and_a_result_about_as_close_the_claim_reports_the_result() -> None:
    """What was done names the subject ("rats drank water laced with Q"), what happened
    is the news ("... and regained their sense of smell"): the result is the main fact."""
    r = judged_on(
        _SMELL,
        "Several rats drank water laced with compound Q and regained their sense of smell "
        "within weeks.",
    )
    assert r.match.fact_id == "smell" and r.verdict == "supported", reasons(r)
    # a claim about the design alone still reports the design
    r = judged_on(_SMELL, "Forty rats drank water laced with compound Q for eight weeks.")
    assert r.match.fact_id == "design", reasons(r)


def test_of_close_candidates_the_one_whose_figure_the_claim_writes_wins() -> None:
    """A figure the claim shares with one fact only ("25%", "12.5", "3,800") tells close
    facts apart before any word does; a small number ("40" of "1 in 40") does not."""
    a = aligned(
        cand(
            "top", 0.46, words=frozenset({"3800", "step", "risk"}), named=((1, "3800"), (2, "step"))
        ),
        cand(
            "low", 0.47, words=frozenset({"3800", "25%", "risk"}), named=((1, "3800"), (5, "25%"))
        ),
    )
    assert best(a).fact_id == "low"
    small = aligned(
        cand("rate", 0.47, words=frozenset({"40", "peopl"}), named=((9, "40"),)),
        cand("cause", 0.46, words=frozenset({"immun", "peopl"}), named=((3, "immun"),)),
    )
    assert best(small).fact_id == "cause"


_STEPS = parse_sheet(
    """
schema = 2
[study]
id = "steps-cohort"
title = "Daily steps and later memory loss in an invented cohort"
subjects = "adults aged 40 to 69"
[[facts]]
id = "top"
kind = "result"
text = "About 9,800 steps a day went with a 51% lower risk of memory loss than under 3,800 steps."
[[facts]]
id = "low"
kind = "result"
text = "As few as 3,800 steps a day was associated with a 25% lower risk of memory loss."
""",
    "steps.toml",
)


def test_a_share_written_per_cent_is_the_same_share() -> None:
    """ "25 per cent" is "25%": the words of the sign are no words the fact lacks, and the
    claim reports the fact that gives that share."""
    r = judged_on(_STEPS, "Walking about 3,800 steps daily was tied to a 25 per cent lower risk.")
    assert r.match.fact_id == "low" and r.verdict == "supported", reasons(r)
    sign = judged_on(_STEPS, "Walking about 3,800 steps daily was tied to a 25% lower risk.")
    assert round(r.match.similarity, 2) == round(sign.match.similarity, 2)


_KELP = parse_sheet(
    """
schema = 2
[study]
id = "kelp-liver"
title = "Kelp extract K and liver scarring in mice on a fatty diet"
subjects = "mice"
[[facts]]
id = "burden"
kind = "context"
text = "Fatty liver disease scars the liver of one adult in twenty; no drug is approved for it."
[[facts]]
id = "design"
kind = "design"
text = "Mice fed a high-fat diet for 16 weeks were given extract K or water."
[[facts]]
id = "scarring"
kind = "result"
subjects = ["mice"]
text = "Extract K reduced collagen scarring in the liver by 37% compared with untreated mice."
[[facts]]
id = "weight"
kind = "result"
subjects = ["mice"]
text = "Body weight did not differ between the groups."
""",
    "kelp-liver.toml",
)


def test_a_claim_told_as_found_reports_a_finding_not_the_background_it_shares_words_with() -> None:
    """ "Kelp extract shrinks fatty liver scarring by more than a third, scientists find"
    shares more words with what fatty liver disease is than with the result, but tells what
    the study found; a claim much closer to the background reports it, whatever its frame.
    "By more than a third" bounds the change (37% meets it): no word of direction."""
    r = judged_on(
        _KELP, "Kelp extract shrinks fatty liver scarring by more than a third, scientists find."
    )
    assert r.match.fact_id == "scarring", reasons(r)
    assert r.verdict != "misreported", reasons(r)
    r = judged_on(
        _KELP, "Fatty liver disease scars the liver of one adult in twenty, scientists say."
    )
    assert (r.match.fact_id, r.verdict) == ("burden", "supported"), reasons(r)
    r = judged_on(
        _KELP, "In mice, extract K cut collagen scarring in the liver by more than a third."
    )
    assert (r.match.fact_id, r.verdict) == ("scarring", "supported"), reasons(r)
    r = judged_on(_KELP, "In mice, extract K cut collagen scarring in the liver by more than half.")
    assert r.verdict == "misreported", reasons(r)
