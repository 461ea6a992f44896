"""Alignment: each claim's ranked candidate facts, with similarities and the shared words.

The sheet is an invented drug trial (no real study), written for these tests.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff.align.aligner as align_mod
from claimdiff.align.aligner import (
    CANDIDATES,
    Aligner,
    merge_spans,
    proposition_start,
    reported_clause,
)
from claimdiff.judge.choose import best
from claimdiff.language.textnorm import normalize_word
from claimdiff.model import Claim, Fact, Sheet, Study

SHEET = Sheet(
    path=None,
    study=Study(
        id="tusselin",
        title="Tusselin for chronic cough: a randomised placebo-controlled trial",
        journal="Journal of Airway Medicine",
        subjects="adults with chronic cough",
    ),
    terms={"tusselin": ["the drug", "the pill"], "placebo": ["dummy pill", "sugar pill"]},
    facts=(
        Fact(
            "cough",
            "Adults taking tusselin coughed 31% less often than those on placebo after 12 weeks.",
            "result",
        ),
        Fact(
            "taste",
            "Taste disturbance was reported by 18% of participants taking tusselin.",
            "result",
            also=("altered sense of taste",),
        ),
        Fact(
            "journal",
            "The trial was published in the Journal of Airway Medicine in 2023.",
            "bibliographic",
        ),
        Fact("design", "The trial enrolled 412 adults in three countries.", "design"),
        Fact(
            "quote-lee",
            "Dr Ana Lee: 'For people who have coughed for years, this could change daily life.'",
            "quote",
            source="investigator",
        ),
    ),
)


def claims_of(*texts: str) -> list[Claim]:
    out, pos = [], 0
    for i, t in enumerate(texts):
        out.append(Claim(i, pos, pos + len(t), t))
        pos += len(t) + 1
    return out


def test_each_claim_ranks_the_fact_it_reports_first() -> None:
    claims = claims_of(
        "People on the drug coughed about a third less often than the dummy pill group.",
        "Some participants noticed an altered sense of taste.",
        "The findings appear in the Journal of Airway Medicine.",
        "Over 400 adults in three countries took part in the trial.",
        "Bake the bread for an hour at a high heat.",
    )
    result = Aligner(SHEET).align(claims)
    assert len(result.claims) == 5
    firsts = [a.candidates[0].fact_id for a in result.claims[:4]]
    assert firsts == ["cough", "taste", "journal", "design"]
    for aligned in result.claims:
        sims = [c.similarity for c in aligned.candidates]
        assert sims == sorted(sims, reverse=True)
        assert all(0.0 <= s <= 1.0 for s in sims)
        assert len(aligned.scores) == 5
    # The chooser's default reading: below the threshold a claim reports no fact.
    assert [best(a).fact_id for a in result.claims] == [*firsts, None]


def test_a_linking_adverb_is_no_content() -> None:
    """ "Moreover", "Furthermore", "Nevertheless" link a sentence to the one before; they
    say nothing the fact could share, so the claim aligns as it would without them."""
    plain = "Some participants noticed an altered sense of taste."
    for lead in ("Moreover", "Furthermore", "Nevertheless", "Additionally"):
        linked = f"{lead}, some participants noticed an altered sense of taste."
        a, b = Aligner(SHEET).align(claims_of(plain, linked)).claims
        assert a.candidates[0].fact_id == b.candidates[0].fact_id == "taste"
        assert b.content_words == a.content_words, lead
        assert b.candidates[0].similarity == pytest.approx(a.candidates[0].similarity, abs=0.02)


def test_an_abbreviation_meets_the_facts_words_it_abbreviates() -> None:
    """ "No MACE were seen" meets a fact that writes out "major adverse cardiovascular
    events", as one word; capitals that spell no run of a fact's words ("NHS") meet nothing."""
    sheet = Sheet(
        path=None,
        study=Study(id="t", title="Tusselin and the heart: a safety trial"),
        facts=(
            Fact(
                "heart",
                "No major adverse cardiovascular events occurred on tusselin.",
                "result",
            ),
            Fact("design", "The trial enrolled 412 adults in three countries.", "design"),
        ),
    )
    a, b = (
        Aligner(sheet)
        .align(claims_of("No MACE occurred on tusselin.", "No NHS occurred on tusselin."))
        .claims
    )
    assert a.candidates[0].fact_id == "heart"
    assert b.candidates[0].similarity < a.candidates[0].similarity
    spelled = [w for w in a.candidates[0].words if w not in b.candidates[0].words]
    assert len(spelled) == 1, spelled  # one word for the abbreviation, not four


def test_candidates_keep_the_best_of_each_voice() -> None:
    """The best facts and the best quotes both stay candidates, however the two rank."""
    aligned = Aligner(SHEET).align(claims_of("Tusselin made patients cough less.")).claims[0]
    quotes = [c for c in aligned.candidates if c.quote]
    others = [c for c in aligned.candidates if not c.quote]
    assert [c.fact_id for c in quotes] == ["quote-lee"]
    assert len(others) == min(CANDIDATES, 4)


def test_matched_words_are_lit_on_both_sides() -> None:
    text = "The pill cut coughing by 31% compared with a sugar pill."
    aligned = Aligner(SHEET).align(claims_of(text)).claims[0]
    top = aligned.candidates[0]
    assert top.fact_id == "cough"
    assert [text[s:e] for s, e in top.claim_spans] == ["pill", "coughing", "31%", "sugar pill"]
    fact = SHEET.fact("cough")
    assert fact is not None
    lit = [fact.text[s:e] for s, e in top.fact_spans]
    assert lit == [
        "tusselin coughed 31%",
        "placebo",
    ]  # touching words are one span, a share with its sign


def test_the_reported_proposition_outweighs_its_frame() -> None:
    text = (
        "The trial, published in the Journal of Airway Medicine, shows that taste "
        "disturbance affected 18% of those on the drug."
    )
    start = proposition_start(text)
    assert start is not None and text[start:].strip().startswith("taste")
    assert Aligner(SHEET).align(claims_of(text)).claims[0].candidates[0].fact_id == "taste"
    lead = "According to the lead author, Dr Ana Lee, coughing fell by a third."
    start = proposition_start(lead)
    assert start is not None and lead[start:].strip().startswith("coughing")


def test_a_negation_meets_the_negative_prefix_the_fact_uses() -> None:
    """A negated word meets the fact's negative prefix: "no effective" meets "ineffective",
    "insufficient" meets "not sufficient"; a word that only starts like a prefix
    ("increased") does not read as negated."""
    sheet = Sheet(
        path=None,
        study=Study(id="ulcer", title="Honey dressings for leg ulcers: a cohort study"),
        facts=(
            Fact(
                "standard-care",
                "Compression bandaging, today's standard care, proved ineffective for "
                "one ulcer in three.",
                "context",
            ),
            Fact("healing", "Honey dressings were effective: 70% of ulcers healed.", "result"),
            Fact("oxygen", "Oxygen in the wound was not sufficient after a week.", "result"),
            Fact("size", "Wound size increased in 5% of the patients.", "result"),
        ),
    )
    aligner = Aligner(sheet)
    claims = claims_of(
        "For a third of ulcers, bandaging is no effective care.",
        "Wound oxygen was insufficient within a week.",
        "Wound size was not creased.",
    )
    tops = [a.candidates[0] for a in aligner.align(claims).claims]
    assert tops[0].fact_id == "standard-care" and normalize_word("ineffective") in tops[0].words
    assert tops[1].fact_id == "oxygen" and "¬suffici" in tops[1].words
    assert "increas" not in tops[2].words  # "not creased" is not "increased"


def test_words_no_fact_uses_are_listed() -> None:
    text = "The study found that tusselin also improved memory and sleep."
    aligned = Aligner(SHEET).align(claims_of(text)).claims[0]
    assert [text[s:e] for s, e in aligned.novel] == ["improved", "memory", "sleep"]
    assert aligned.content_words == 4  # "tusselin" is the sheet's; frame words do not count


def test_a_pair_the_reviewer_chose() -> None:
    claim = claims_of("Some participants noticed an altered sense of taste.")[0]
    aligner = Aligner(SHEET)
    pair = aligner.pair(claim, "design")
    assert pair.fact_id == "design" and pair.similarity < 0.3
    assert aligner.pair(claim, "taste").similarity == aligner.align([claim]).claims[0].scores[1]


def test_aligning_returns_new_values_and_changes_nothing() -> None:
    aligner = Aligner(SHEET)
    claims = claims_of("Tusselin made patients cough less.", "Tusselin made patients cough less.")
    first = aligner.align(claims)
    assert aligner.align(claims) == first  # the second time from the cache, the same values
    one, two = first.claims
    assert [c.similarity for c in one.candidates] == [c.similarity for c in two.candidates]
    assert two.candidates[0].claim_spans[0][0] == claims[1].start  # each claim's own offsets


def test_empty_sheet_and_empty_claims() -> None:
    empty = Sheet(None, Study("e", "e"), ())
    aligned = Aligner(empty).align(claims_of("Anything at all.")).claims[0]
    assert aligned.candidates == () and best(aligned).fact_id is None
    assert Aligner(SHEET).align([]).claims == ()
    assert best(Aligner(SHEET).align(claims_of("... !!! ...")).claims[0]).fact_id is None


def test_large_sheets_use_the_sparse_path_with_the_same_scores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = claims_of("Tusselin cut coughing by 31%.", "412 adults took part.")
    dense = [a.scores for a in Aligner(SHEET).align(claims).claims]
    monkeypatch.setattr(align_mod, "DENSE_LIMIT", 0)
    sparse_aligner = Aligner(SHEET)
    assert not sparse_aligner._dense
    sparse = [a.scores for a in sparse_aligner.align(claims).claims]
    np.testing.assert_allclose(sparse, dense)


def test_merge_spans() -> None:
    assert merge_spans([(5, 9), (0, 3), (4, 6), (12, 14)]) == ((0, 9), (12, 14))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=120), min_size=1, max_size=4))
def test_arbitrary_text_never_fails(texts: list[str]) -> None:
    claims = claims_of(*texts)
    result = Aligner(SHEET).align(claims)
    for claim, aligned in zip(claims, result.claims, strict=True):
        for cand in aligned.candidates:
            assert 0.0 <= cand.similarity <= 1.0
            for s, e in cand.claim_spans:
                assert claim.start <= s < e <= claim.end
        for s, e in aligned.novel:
            assert claim.start <= s < e <= claim.end


def test_the_blend_file_matches_the_feature_definitions() -> None:
    """Changing a signal (FEATURES) without refitting the blend fails here: run
    `benchmarks/train_align.py --write` (it prints the cross-validated figures)."""
    weights = align_mod.load_weights()
    assert weights.features == align_mod.features_hash()
    assert weights.recall + weights.precision + weights.fuzzy == pytest.approx(1.0)
    assert 0.0 < weights.threshold < 1.0


def test_a_share_is_not_the_same_number_in_another_unit() -> None:
    """ "2.4%" is a share and "2.4 mg" a dose: a claim giving the share shares its number with
    the fact giving the share, not with the dose."""
    sheet = Sheet(
        path=None,
        study=Study(id="pill", title="Pill Z for weight loss: a placebo-controlled trial"),
        facts=(
            Fact("dose", "Pill Z was given at 2.4 mg once a day for a year.", "design"),
            Fact("loss", "Weight fell by 9.6% on pill Z and by 2.4% on placebo.", "result"),
        ),
    )
    aligner = Aligner(sheet)
    (share,) = aligner.align(claims_of("Those on the placebo dropped 2.4 per cent.")).claims
    by_id = {c.fact_id: c for c in share.candidates}
    assert "2.4%" in by_id["loss"].words and not by_id["dose"].words & {"2.4", "2.4%"}
    assert share.candidates[0].fact_id == "loss"


def test_a_word_meets_the_longer_fact_word_it_ends_even_when_a_fact_uses_it_alone() -> None:
    """ "sensitivity" meets "hypersensitivity" although another fact says "sensitivity": the
    claim word counts for both facts."""
    sheet = Sheet(
        path=None,
        study=Study(id="rats", title="Compound Q and pain in rats"),
        facts=(
            Fact("pressure", "Compound Q caused pressure hypersensitivity in rats.", "result"),
            Fact("nerves", "The rats' nerve fibres showed raised sensitivity.", "result"),
            Fact("weight", "Compound Q did not change the rats' weight.", "result"),
        ),
    )
    (claim,) = (
        Aligner(sheet)
        .align(claims_of("The rats grew more sensitive to pressure after compound Q."))
        .claims
    )
    by_id = {c.fact_id: c for c in claim.candidates}
    assert claim.candidates[0].fact_id == "pressure"
    assert any("hypersensit" in w for w in by_id["pressure"].words)


def test_the_title_fact_is_for_claims_quoting_the_title() -> None:
    """A sentence of its own with the title's words reports what the title sums up (the
    design); the title fact is for a claim quoting it."""
    title = "Giving lemon balm tea to students to ease exam stress"
    sheet = Sheet(
        path=None,
        study=Study(id="tea", title=title),
        facts=(
            Fact("title", f"The paper is titled '{title}'.", "bibliographic"),
            Fact(
                "design",
                "120 students drank lemon balm tea or a look-alike tea daily for a month "
                "before exams; their stress was rated on a questionnaire.",
                "design",
            ),
            Fact("stress", "Stress scores fell by 12% on lemon balm tea.", "result"),
        ),
    )
    aim, quoted = (
        Aligner(sheet)
        .align(
            claims_of(
                "The researchers set out to see whether giving students lemon balm tea eased "
                "their stress before exams.",
                "Their paper, 'Giving lemon balm tea to students to ease exam stress', is out.",
            )
        )
        .claims
    )
    assert aim.candidates[0].fact_id == "design", aim.candidates[:3]
    assert quoted.candidates[0].fact_id == "title", quoted.candidates[:3]


@pytest.mark.parametrize(
    ("text", "proposition"),
    [
        ("The team has proven once and for all that tea calms nerves.", "tea calms nerves."),
        (
            "New Study Proves Night Shifts Are Ageing Your Heart",
            "Night Shifts Are Ageing Your Heart",
        ),
        ("The findings prove parents must limit screens.", "parents must limit screens."),
        ("Researchers showed that the drug works.", "the drug works."),
        ("The study found higher levels of iron in the soil.", None),
        ("The survey reveals the true toll of loneliness.", None),
    ],
)
def test_the_proposition_a_frame_reports_is_found(text: str, proposition: str | None) -> None:
    start = reported_clause(text)
    assert (None if start is None else text[start:].strip()) == proposition


def test_a_denied_term_still_names_the_fact_about_it() -> None:
    """ "No side effects were reported" is about the sheet's "adverse events" (a term): the
    aligner finds that fact and leaves the denial to the judge. An everyday word denied
    ("did not cause") stays apart from the plain word."""
    sheet = Sheet(
        path=None,
        study=Study(id="gel", title="Gel R for acne: a randomised trial"),
        terms={"adverse events": ["side effects"]},
        facts=(
            Fact("spots", "Gel R cleared half of the spots within eight weeks.", "result"),
            Fact("harms", "Adverse events, mostly dry skin, occurred in 12% of users.", "result"),
            Fact("hormones", "Acne is caused by hormones and skin bacteria.", "context"),
        ),
    )
    aligner = Aligner(sheet)
    (claim,) = aligner.align(claims_of("No side effects were reported.")).claims
    assert claim.candidates[0].fact_id == "harms"
    assert claim.candidates[0].similarity >= 0.4
    (claim,) = aligner.align(claims_of("The gel did not cause dry skin in anyone.")).claims
    assert not any("caus" in w for c in claim.candidates for w in c.words)


def test_a_denied_word_meets_its_denied_synonym() -> None:
    """ "The survey could not prove cause" meets the fact's "cannot show": both deny the
    same general verb; "proved" alone stays with the fact that affirms it."""
    sheet = Sheet(
        path=None,
        study=Study(id="naps", title="Naps and school marks: a survey"),
        facts=(
            Fact("marks", "Pupils who napped had better marks in maths.", "result"),
            Fact("limits", "A survey of this kind cannot show cause and effect.", "caveat"),
            Fact("proof", "The authors proved the link held in every school year.", "result"),
        ),
    )
    aligner = Aligner(sheet)
    (claim,) = aligner.align(claims_of("The survey could not prove that naps help.")).claims
    assert claim.candidates[0].fact_id == "limits"
    assert any(w.startswith("¬") for w in claim.candidates[0].words)


def test_expectant_mums_are_pregnant_women() -> None:
    """ "Expectant mums" and "pregnant mothers" are the fact's "pregnant women"'s words in
    everyday English: the claim shares them with the recruitment fact."""
    sheet = Sheet(
        path=None,
        study=Study(id="births", title="Iron in pregnancy"),
        facts=(
            Fact("recruit", "The trial recruited 900 pregnant mothers at three clinics.", "design"),
            Fact("result", "Iron tablets raised haemoglobin by 8 g/L at term.", "result"),
        ),
    )
    aligner = Aligner(sheet)
    (claim,) = aligner.align(
        claims_of("Some 900 expectant mums signed up at three clinics.")
    ).claims
    assert claim.candidates[0].fact_id == "recruit"
    assert {"≈pregnant", "≈mother"} <= set(claim.candidates[0].words)


def test_two_figures_of_one_fact_align_a_claim_that_shares_few_words() -> None:
    """ "Its misses dropped from about 30% to about 18%" shares one word with a fact of a
    fall from 29.7% to 18.4%, but both figures, rounded as coverage rounds them: it reports
    that fact. One figure alone, or figures two facts share, does not decide."""
    sheet = Sheet(
        path=None,
        study=Study(id="t", title="A flu forecast from sewage"),
        facts=(
            Fact("error", "Adding sewage data cut forecast error from 29.7% to 18.4%.", "result"),
            Fact("plants", "Sewage came from 14 plants serving 2.3 million people.", "design"),
            Fact("winters", "Three winters of data, 2022 to 2025, were used.", "design"),
        ),
    )
    claims = claims_of(
        "Its misses dropped from about 30% to about 18%.",
        "Its misses dropped to about 18%.",
    )
    two, one = Aligner(sheet).align(claims).claims
    assert best(two).fact_id == "error"
    assert best(one).fact_id is None


def test_shares_told_as_one_in_n_are_the_facts_percentages() -> None:
    """ "Roughly one in 50 against one in 24" is 2.0% against 4.2%: each "one in N" is as
    near as a whole N gets, so both figures are the fact's; "one in 30" is not 4.2%."""
    sheet = Sheet(
        path=None,
        study=Study(id="t", title="Zinc drops and ear infections"),
        facts=(
            Fact(
                "ears",
                "Ear infections occurred in 2.0% of the zinc group and 4.2% of controls.",
                "result",
            ),
            Fact("sites", "Children came from 14 clinics in three towns.", "design"),
        ),
    )
    claims = claims_of(
        "That's roughly one in 50 against one in 24.",
        "That's roughly one in 50 against one in 30.",
    )
    right, wrong = Aligner(sheet).align(claims).claims
    assert best(right).fact_id == "ears"
    assert best(wrong).fact_id is None


def test_a_comparative_meets_its_synonym() -> None:
    """ "Quicker" is "faster": a comparative of a general synonym meets the fact's word."""
    sheet = Sheet(
        path=None,
        study=Study(id="sled", title="Waxed runners on sleds"),
        facts=(
            Fact("speed", "Sleds with waxed runners were faster on every slope.", "result"),
            Fact("quote", "Dr Roe: 'Children on the slopes loved the waxed sleds.'", "quote"),
        ),
    )
    aligned = Aligner(sheet).align(claims_of("Every sled was quicker with wax.")).claims[0]
    assert aligned.candidates[0].fact_id == "speed"
    quick, fast = (
        Aligner(sheet).align(claims_of(t)).claims[0].candidates[0].similarity
        for t in ("Sleds with waxed runners were quicker.", "Sleds with waxed runners were faster.")
    )
    assert quick == pytest.approx(fast, abs=0.01)
