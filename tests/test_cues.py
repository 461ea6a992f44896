"""The study-independent cue reader: certainty, causal strength, scope and rhetoric."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdiff.language.cues import (
    KINDS,
    LADDER,
    STRENGTHS,
    Cue,
    Reading,
    asks,
    exaggeration,
    rank,
    read,
)


def texts(reading: Reading, kind: str, scoped: bool | None = None) -> list[str]:
    return [c.text.lower() for c in reading.of(kind, scoped=scoped)]


# --------------------------------------------------------------------------- certainty


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ("Pollutants may cause the cough.", "speculated"),
        ("Pollutants might cause the cough.", "speculated"),
        ("Pollutants could possibly cause the cough.", "speculated"),
        ("It is possible that pollutants cause the cough.", "speculated"),
        ("Researchers speculate that pollutants cause the cough.", "speculated"),
        ("The results suggest that pollutants cause the cough.", "suggested"),
        ("The findings indicate that pollutants cause the cough.", "suggested"),
        ("The data point to pollutants as the cause of the cough.", "suggested"),
        ("Pollutants appear to cause the cough.", "suggested"),
        ("Pollutants are thought to cause the cough.", "suggested"),
        ("There is evidence that pollutants cause the cough.", "suggested"),
        ("Pollutants are linked to the cough.", "suggested"),
        ("Pollutants are likely to cause the cough.", "probable"),
        ("Pollutants probably cause the cough.", "probable"),
        ("The study strongly suggests that pollutants cause the cough.", "probable"),
        ("The results clearly suggest that pollutants cause the cough.", "probable"),
        ("The study shows that pollutants cause the cough.", "shown"),
        ("Scientists prove that pollutants cause the cough.", "shown"),
        ("Pollutants cause the cough.", "shown"),
        ("Pollutants caused the cough in every mouse.", "shown"),
        ("The drug will cure the disease.", "shown"),
        ("Lupus – an autoimmune disorder", "shown"),
    ],
)
def test_certainty_ladder(sentence: str, certainty: str) -> None:
    assert read(sentence).certainty == certainty


def test_certainty_names_the_cue_that_set_it() -> None:
    r = read("The results suggest that pollutants cause the cough.")
    assert [c.text for c in r.certainty_cues] == ["suggest"]
    assert r.certainty_cues[0].kind == "hedge"
    assert r.certainty_cues[0].value == "suggested"
    assert read("Pollutants cause the cough.").certainty_cues == ()


def test_weakest_hedge_on_the_main_clause_wins() -> None:
    r = read("The data suggest that the drug may likely reduce pain.")
    assert r.certainty == "speculated"
    assert "may" in [c.text for c in r.certainty_cues]


def test_inflections_and_spellings() -> None:
    for verb in ("suggest", "suggests", "suggested", "suggesting"):
        assert read(f"These data {verb} a role for the immune system in pain.").certainty == (
            "suggested"
        ), verb
    assert read("We hypothesise that the gene drives growth.").certainty == "speculated"
    assert read("We hypothesize that the gene drives growth.").certainty == "speculated"


def test_this_before_a_verb_that_agrees_with_it_stands_alone() -> None:
    """ "This suggests ..." hedges what follows ("this" is no determiner of "suggests");
    "this increase" and "this analysis" stay nouns."""
    assert read("This suggests a silenced phone does not dent memory.").certainty == "suggested"
    assert read("This indicates that the gel speeds healing.").certainty == "suggested"
    assert read("This analysis shows the gel works.").certainty == "shown"
    assert not read("This increase was small.").of("causal")


def test_hedge_in_a_relative_clause_does_not_hedge_the_claim() -> None:
    r = read("Mice that may have been exposed developed pain.")
    assert r.certainty == "shown"
    may = r.of("modal")[0]
    assert may.text == "may" and not may.scoped


def test_hedge_in_the_subject_of_a_reporting_frame_is_ignored() -> None:
    r = read("Scientists studying possible causes found that the pollutants cause coughing.")
    assert r.certainty == "shown"
    assert [c.text for c in r.of("hedge", scoped=False)] == ["possible"]


def test_hedge_in_a_fronted_subordinate_clause_is_ignored() -> None:
    assert (
        read("Although the cause may differ, the pollutants induce coughing.").certainty == "shown"
    )


def test_hedge_after_a_reporting_frame_counts() -> None:
    r = read("According to the authors, the condition is likely caused by pollutants.")
    assert r.certainty == "probable"
    assert r.attribution is not None and r.attribution.text == "According to"


def test_trailing_reporting_frame_keeps_the_claims_own_certainty() -> None:
    r = read("The pollutants cause the cough, the researchers said.")
    assert r.certainty == "shown"
    assert r.attribution is not None and r.attribution.text == "said"
    r = read("Long working hours may be linked to stroke, suggests a new study.")
    assert r.certainty == "speculated"


# --------------------------------------------------------------------------- negation


def test_plain_negation_keeps_certainty_and_sets_negated() -> None:
    r = read("The drug does not cause weight gain.")
    assert r.negated and r.certainty == "shown"
    assert "not" in texts(r, "negation")


def test_negated_evidential_leaves_the_claim_open() -> None:
    for sentence in (
        "There is no evidence that vaccines cause autism.",
        "The study does not show that coffee prevents cancer.",
        "It has not been proven that the diet works.",
    ):
        r = read(sentence)
        assert r.negated, sentence
        assert r.certainty == "speculated", sentence


def test_negative_finding_is_a_shown_negation() -> None:
    r = read("The researchers found no difference between the groups.")
    assert r.negated and r.certainty == "shown"


def test_phrases_with_not_that_do_not_negate() -> None:
    assert not read("Not only mice but also rats developed pain.").negated
    r = read("A role for the virus cannot be ruled out.")
    assert not r.negated and r.certainty == "speculated"


def test_contractions_split_cleanly() -> None:
    r = read("The drug doesn't cure the disease.")
    assert r.negated
    assert any(c.text == "n't" for c in r.of("negation"))
    assert any(c.text == "cure" for c in r.promises)


# --------------------------------------------------------------------------- questions


def test_questions_are_speculative() -> None:
    r = read("Could migraine be an autoimmune disease?")
    assert r.is_question and r.certainty == "speculated"
    r = read("Is migraine an autoimmune disease?")
    assert r.is_question and r.certainty == "speculated"
    assert [c.kind for c in r.certainty_cues] == ["question"]


def test_no_proposition_has_no_certainty() -> None:
    assert read("").certainty is None
    assert read("   ").certainty is None
    assert read("Migraine").certainty is None
    assert read("— 42 —").certainty is None


# --------------------------------------------------------------------------- causal strength


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("Obesity is associated with a higher risk of stroke.", 1),
        ("Coffee drinking is linked to longer life.", 1),
        ("Women were more likely than men to report pain.", 1),
        ("Sleep duration predicts weight gain in children.", 1),
        ("Exercise may reduce the risk of dementia.", 2),
        ("Exercise might improve memory in older adults.", 2),
        ("Vitamin D appears to protect against fractures.", 2),
        ("Exercise reduces the risk of dementia.", 3),
        ("Smoking causes lung cancer.", 3),
        ("The drug was effective in treating migraine.", 3),
        ("The study suggests that exercise improves memory.", 3),
        ("The clinic enrolled 200 patients in 2019.", 0),
        ("Further studies are needed to determine whether exercise reduces pain.", 0),
        ("Patients should be screened for depression.", 0),
    ],
)
def test_strength(sentence: str, strength: int) -> None:
    r = read(sentence)
    assert r.strength == strength, r.describe()
    if strength:
        assert r.strength_cues, "a relation must be explained by its cues"


def test_causal_word_in_a_purpose_clause_is_not_the_claim() -> None:
    r = read("Nutrition education is needed to improve outcomes.")
    assert r.strength == 0
    assert [c.text for c in r.of("causal", scoped=False)] == ["improve"]


@pytest.mark.parametrize(
    ("sentence", "aim", "kept"),
    [
        ("The study is a great step in finding effective treatments.", "finding", []),
        ("The team hopes for proving the idea in people.", "proving", []),
        # "by" reports what was done; a causal -ing after "in" is still the claim
        ("By showing that ozone causes coughing, the study made its case.", None, ["showing"]),
        ("The drug was effective in reducing pain.", None, []),
    ],
)
def test_a_certainty_verb_after_a_preposition_is_an_aim(
    sentence: str, aim: str | None, kept: list[str]
) -> None:
    r = read(sentence)
    boosters = r.of("booster", scoped=False)
    assert [c.text for c in boosters] == ([aim] if aim else [])
    assert [c.text for c in r.of("booster", scoped=True)] == kept
    if "reducing" in sentence:
        assert r.strength == 3, r.describe()


def test_a_question_inside_an_aim_is_not_the_claims_hedge() -> None:
    """ "Checks designed to find out whether X could Y did not change Z": the "could" asks
    what the checks were for; the claim is the finding after it, said plainly."""
    r = read(
        "Extra checks, designed to find out whether the pollen could be reaching the lungs "
        "another way, did not change the result."
    )
    assert [c.text for c in r.of("modal", scoped=False)] == ["could"]
    assert [c.text for c in r.of("negation", scoped=True)] == ["not"]
    # an aim with no question in it still ends at the main clause's verb
    r = read("Sprays designed to clear the nose may help some sleepers.")
    assert [c.text for c in r.of("modal", scoped=True)] == ["may"]


def test_participle_modifier_is_not_a_causal_verb() -> None:
    r = read("Poor outcome was common in patients treated with surgery.")
    assert r.strength != 3


# --------------------------------------------------------------------------- scope


def test_species_and_populations() -> None:
    r = read("Blood from patients caused fever in mice.")
    assert r.subjects == {"animal"}, "patients are the source of the blood"
    assert texts(r, "material") == ["blood"]
    r = read("The treatment relieved pain in women with lupus.")
    assert r.subjects == {"human"} and r.populations == {"women"}
    r = read("Female mice developed more pain than male mice.")
    assert r.subjects == {"animal"}
    r = read("The compound killed tumour cells in vitro.")
    assert r.subjects == {"cell"}
    r = read("Sufferers of chronic pain often feel tired.")
    assert r.populations == {"patients"}


def test_human_tissue_is_material_not_people() -> None:
    r = read("The virus bound to nerve cells in human skin.")
    assert "human" not in r.subjects
    assert any(c.kind == "material" for c in r.cues)


def test_bound_to_forecasts_only_after_a_form_of_be() -> None:
    assert read("The new rules are bound to fail.").certainty == "probable"
    assert read("Prices are almost bound to rise.").certainty == "probable"
    # a verb and its preposition: the protein bound to the cells, as observed
    assert read("The protein bound to kidney cells in the dish.").certainty == "shown"
    assert read("Furthermore, the toxin bound to human liver tissue.").certainty == "shown"


def test_quantifiers() -> None:
    assert read("All patients had the gene variant.").quantifier == "universal"
    assert read("Every mouse developed pain.").quantifier == "universal"
    assert read("Some patients had the gene variant.").quantifier == "existential"
    assert read("Many women report fatigue.").quantifier == "existential"
    assert read("Patients had the gene variant.").quantifier is None
    assert read("This is the most common form of pain.").quantifier is None


# --------------------------------------------------------------------------- rhetoric


def test_promises_evaluation_and_advice() -> None:
    r = read("This exciting breakthrough could lead to new treatments for sufferers.")
    assert {c.value for c in r.promises} >= {"breakthrough", "treatment"}
    assert texts(r, "evaluative") == ["exciting"]
    r = read("Scientists have found a cure for migraine.")
    assert [c.value for c in r.promises] == ["cure"]
    r = read("Patients should take vitamin D every day.")
    assert r.advice and r.advice[0].kind == "advice"
    r = read("Avoid sugar to protect your heart.")
    assert r.advice
    assert not read("Exercise capacity improved after the programme.").advice


def test_caveats() -> None:
    r = read("More research is needed before the findings apply to people.")
    assert {c.value for c in r.caveats} == {"further-research"}


def test_conditional() -> None:
    r = read("If confirmed, the results could lead to a blood test.")
    assert r.conditional
    assert r.certainty == "speculated"
    assert {c.value for c in r.promises} >= {"test"}


# --------------------------------------------------------------------------- API


def test_reading_api() -> None:
    r = read("The study suggests that exercise may reduce pain in mice.")
    assert r.text == "The study suggests that exercise may reduce pain in mice."
    assert r.rank == rank("speculated") == 0
    assert rank("shown") == len(LADDER) - 1 and rank(None) == -1
    assert r.strength == 2 and STRENGTHS[r.strength] == "conditional causal"
    assert all(c.kind in KINDS for c in r.cues)
    assert r.of("modal") == tuple(c for c in r.cues if c.kind == "modal")
    assert "speculated" in r.describe() and "conditional causal" in r.describe()
    assert [c.start for c in r.cues] == sorted(c.start for c in r.cues)
    with pytest.raises(AttributeError):
        r.certainty = "shown"  # type: ignore[misc]


def test_exaggeration_compares_strength() -> None:
    source = read("Coffee drinking is associated with a lower risk of dementia.")
    assert exaggeration(read("Coffee prevents dementia."), source) == "exaggerates"
    assert exaggeration(read("Coffee is linked to less dementia."), source) == "same"
    assert exaggeration(source, read("Coffee prevents dementia.")) == "downplays"


def test_read_is_cached() -> None:
    assert read("Coffee prevents cancer.") is read("Coffee prevents cancer.")


def test_cues_module_has_no_ui_imports() -> None:
    code = (
        "import sys\n"
        "class B:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('textual', 'rich'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, B())\n"
        "import claimdiff.language.cues as c\n"
        "print(c.read('Mice may feel pain.').certainty)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "speculated"


# --------------------------------------------------------------------------- properties


def _check_offsets(text: str, r: Reading) -> None:
    for c in r.cues:
        assert isinstance(c, Cue)
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert c.kind in KINDS
    assert r.certainty is None or r.certainty in LADDER
    assert r.strength in (0, 1, 2, 3)
    assert set(r.certainty_cues) <= set(r.cues) | {
        c for c in r.certainty_cues if c.kind in ("booster", "hedge")
    }


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises_and_offsets_are_valid(text: str) -> None:
    _check_offsets(text, read(text))


SALAD = (
    "may might could suggest shows not no mice patients all some cure will if that who "
    "which to reduce associated with linked higher than ? , ( ) . according said is are "
    "n't doesn't strongly likely evidence human skin cells from in The results"
)
WORDS = st.sampled_from(SALAD.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=25))
def test_cue_dense_word_salad_never_raises(words: list[str]) -> None:
    text = " ".join(words)
    _check_offsets(text, read(text))


def test_huge_input_is_read_without_blowing_up() -> None:
    text = "patients may " * 100_000 + "cure all mice?"
    r = read(text)
    assert r.is_question  # the end of the text still counts
    assert all(c.end <= len(text) and text[c.start : c.end] == c.text for c in r.cues)


# --------------------------------------------------------------------------- learned weights


def test_rules_decide_when_no_weights_are_shipped(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimdiff.language import cues

    monkeypatch.setattr(cues, "_weights", lambda: None)
    cues.read.cache_clear()
    try:
        r = cues.read("Exercise may reduce the risk of dementia.")
        assert r.strength == 2
        assert [c.text for c in r.strength_cues] == ["may", "reduce the risk"]
        assert cues.read("Further studies are needed.").strength == 0
    finally:
        cues.read.cache_clear()


def test_learned_strength_is_explained_by_cues() -> None:
    r = read("Coffee drinking is linked to a longer life.")
    assert r.strength == 1
    assert "linked to" in [c.text for c in r.strength_cues]
    r = read("Daily exercise reduces the risk of dementia.")
    assert r.strength == 3
    assert all(c in r.cues for c in r.strength_cues)


def test_features_carry_no_content_words() -> None:
    from claimdiff.language.cues import features

    feats = features("The Zorblax gene strongly suggests that Quuxine causes fibrosis in mice.")
    joined = " ".join(feats).lower()
    for word in ("zorblax", "quuxine", "fibrosis"):
        assert word not in joined
    assert "m:hedge:probable:strongly suggests" in feats


def test_shipped_weights_use_only_lexicon_terms_and_function_words() -> None:
    import json
    from importlib import resources

    from claimdiff.language.lexicon import load_lexicon

    lex = load_lexicon()
    terms = {term for gi_terms in _terms(lex.trie) for term in gi_terms}
    symbols = set(lex.function) | {"<s>", "</s>", "V", "X", "Xn", "Xj", "Xd", "Xg", "Xl"}
    symbols |= {"Xs", "N", ",", ";", ":", "(", ")", "?"}
    path = resources.files("claimdiff") / "data" / "strength_weights.json"
    weights = json.loads(path.read_text(encoding="utf-8"))["weights"]
    assert weights, "the shipped model has weights"
    for feat in weights:
        head, _, rest = feat.partition(":")
        if head in ("m", "s") and rest.count(":") == 2:
            assert rest.split(":", 2)[2] in terms, feat
        elif head in ("p2", "p3"):
            for sym in rest.split(" "):
                assert sym in symbols or ":" in sym, feat  # ":" marks a cue class


def test_shipped_weights_fit_the_features_they_were_fitted_on() -> None:
    from claimdiff.language import cues

    stored = cues.shipped_weights().get("feature_hash")
    assert stored == cues.feature_signature(), (
        "the cue lexicons or the feature reading changed since the strength weights were "
        "fitted: run .venv/bin/python benchmarks/train_cues.py"
    )


def test_the_feature_signature_follows_word_lists_and_feature_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimdiff.language import cues

    before = cues.feature_signature()
    real_features = cues.features
    monkeypatch.setattr(cues, "features", lambda text: [*real_features(text), "new:feature"])
    assert cues.feature_signature() != before
    monkeypatch.undo()
    real_load = cues.load_data

    def one_more_word(name: str) -> dict:
        data = real_load(name)
        if name == "causal":
            data["cues"][0]["terms"] = [*data["cues"][0]["terms"], "zap"]
        return data

    monkeypatch.setattr(cues, "load_data", one_more_word)
    assert cues.feature_signature() != before


def _terms(node: dict) -> list[set[str]]:
    out = [{term for _gi, term in node.get("", ())}]
    for key, child in node.items():
        if key:
            out.extend(_terms(child))
    return out


def test_module_docstring_example_holds() -> None:
    import doctest

    import claimdiff.language.cues

    result = doctest.testmod(claimdiff.language.cues)
    assert result.attempted >= 3 and result.failed == 0


def test_a_comparison_with_what_was_believed_before_is_no_hedge() -> None:
    """'as previously thought' sets the claim against an old view; 'is thought to' hedges."""
    plain = (
        "Chronic itch is driven by skin nerves, not by the brain as previously believed.",
        "Hiccups are caused by a reflex in the throat rather than the gut, as was long thought.",
    )
    for sentence in plain:
        assert read(sentence).certainty == "shown", sentence
    assert read("Chronic itch is thought to be driven by skin nerves.").certainty == "suggested"
    assert read("Doctors believe chronic itch is driven by skin nerves.").certainty != "shown"


def test_double_the_odds_is_an_amount_and_doubling_them_a_change() -> None:
    def causal(text: str) -> list[str]:
        return [c.text for c in read(text).cues if c.kind == "causal"]

    assert causal("Night-shift nurses had more than double the odds of a fall.") == []
    assert causal("Those sleeping less had nearly triple the risk of a cold.") == []
    assert causal("Night shifts can double the odds of a fall.") == ["double"]
    assert causal("Less sleep is expected to triple the risk of a cold.") == ["triple"]


def test_an_amount_compared_is_no_change_made() -> None:
    """ "was 3.1% lower" compares two groups; "lowered blood pressure" is a change made."""
    assert not read("Bone density was 3.1% lower in the night porters.").of("causal")
    assert not read("Grip strength was 20 per cent higher after the course.").of("causal")
    assert [c.text for c in read("The tea lowered blood pressure.").of("causal")] == ["lowered"]


def test_a_wildcard_in_a_phrase_stands_for_one_to_three_words() -> None:
    """ "keep * at bay", "knock * off", "play a * role in": the star is one to three words."""
    for sentence, said in (
        ("Green tea keeps gout at bay.", "keeps gout at bay"),
        ("Green tea keeps type 2 gout at bay.", "keeps type 2 gout at bay"),
        ("Each cup knocked another 4% off the risk.", "knocked another 4% off"),
        ("Uric acid plays a very important role in gout.", "plays a very important role in"),
    ):
        reading = read(sentence)
        assert [c.text for c in reading.of("causal")] == [said], sentence
        assert reading.strength == 3, sentence
    assert not read("The keep of the old castle looks over the bay.").of("causal")
    assert not read("Keep the lid off the pot for four minutes.").of("causal")


def test_a_hedge_in_what_someone_suspected_before_a_colon_is_not_the_claims() -> None:
    """ "Scientists confirmed what many suspected: P" states P as shown."""
    r = read("Scientists have confirmed what many parents suspected: screens harm sleep.")
    assert not any(c.kind == "hedge" and c.scoped for c in r.cues)
    assert r.strength == 3
    # with an auxiliary and an adverbial phrase in the free relative too
    r = read(
        "Teachers have now confirmed what parents have suspected for years: screens harm sleep."
    )
    assert not any(c.kind == "hedge" and c.scoped for c in r.cues)
    assert r.certainty == "shown"
    # a hedge of the claim itself is still read
    r = read("Scientists have confirmed what many suspected: screens may harm sleep.")
    assert any(c.kind == "modal" and c.scoped for c in r.cues)


def test_a_shouted_headline_is_read_like_any_sentence() -> None:
    """A headline in capitals states its cause as plainly as one in lower case; a cue word
    inside a name in capitals mid-sentence ("American Heart Association") is still a name."""
    for said in (
        "'WONDER' GEL HALVES ACNE: doctors hail the end of spots for millions of teenagers",
        "Wonder gel halves acne spots",
    ):
        r = read(said)
        assert any(c.kind == "causal" and c.scoped for c in r.cues), said
    r = read("A report by the Society for Cancer Prevention Research may matter.")
    assert not any(c.kind == "causal" and c.text == "Prevention" for c in r.cues)


def test_side_effects_name_harms_not_a_causal_claim() -> None:
    """ "No side effects were reported" counts harms; "effects" alone is still an effect."""
    for said in ("No side effects were reported.", "Side effects were rare."):
        assert read(said).strength == 0, said
    assert read("The gel had effects on the skin.").strength == 3


def test_a_hedging_verb_after_a_relative_clause_is_the_claims() -> None:
    """ "Women who drink tea seem to live longer": "seem" is the main verb after the
    relative clause, however the heuristic reads the plural verbs; a relative clause that
    starts with the verb keeps it ("pupils who seem tired")."""
    for said in (
        "Women who drink tea seem to live longer.",
        "People whose genes raise their vitamin D levels appear less likely to break a hip.",
        "Rats that received the compound appear to sleep more.",
    ):
        r = read(said)
        assert r.certainty == "suggested", (said, r.cues)
    r = read("Teachers who seem tired reported that pupils slept less.")
    assert not any(c.kind == "hedge" and c.scoped for c in r.cues)


def test_a_modal_after_a_relative_clause_is_the_main_clauses() -> None:
    """ "Checks, which focus on honeybees, may need to consider other bees": the modal after
    the relative clause hedges the claim; in a trailing frame ("..., the researchers may
    argue") it stays the frame's."""
    from claimdiff.language import cues

    r = cues.read("Risk checks, which focus on honeybees, may need to consider wild bees.")
    assert [c.text for c in r.of("modal", scoped=True)] == ["may"]
    r = cues.read("Wild bees are declining fast, the researchers may argue.")
    assert r.of("modal", scoped=True) == ()


def test_cell_free_dna_names_no_cells() -> None:
    """ "cell-free DNA" is DNA outside cells: no cells were studied."""
    from claimdiff.language import cues

    assert "cell" not in cues.read("The test reads cell-free DNA in the blood of women.").subjects
    assert "cell" in cues.read("The drug killed tumour cells grown in the lab.").subjects


def test_a_word_shouted_for_emphasis_is_read_as_the_word() -> None:
    """ "making ALL of Europe's heatwaves more likely", "back EVERY summer": a tabloid's
    emphasis, not a name; a name in capitals stays a name, and a shouted headline is read."""
    r = read("Climate change is making ALL of Europe's heatwaves more likely.")
    assert [c.text for c in r.of("quantifier")] == ["ALL of"]
    r = read("The heat will be back EVERY summer.")
    assert [c.text for c in r.of("quantifier")] == ["EVERY"]
    r = read("The American Heart Association says all of them may benefit.")
    assert [c.text for c in r.of("quantifier")] == ["all of"]


def test_feel_hedges_a_clause_but_not_a_feeling() -> None:
    """ "We feel that the dose is too high" hedges; "the carers felt isolated" and "feeling
    less fear" tell what people felt, stated plainly."""
    assert read("We feel that the dose is too high.").certainty == "suggested"
    assert read("We feel the dose is too high.").certainty == "suggested"
    for text in (
        "Most carers felt isolated at weekends.",
        "Parents described sleeping more and feeling less fear at night.",
        "Nine in ten patients said they feel better.",
    ):
        assert read(text).certainty == "shown", text


def test_beating_a_rival_in_a_comparison_is_no_cure() -> None:
    """ "The jab beat placebo" and "the chip beats its own best qubit" compare; "a drug that
    will beat the disease" promises a cure."""
    for text in ("The jab beat placebo in older adults.", "The new chip beats its own best part."):
        assert not [c for c in read(text).of("benefit") if c.value == "cure"], text
    cure = [c for c in read("A drug that will beat the disease.").of("benefit")]
    assert cure and cure[0].value == "cure"


def test_getting_or_keeping_people_doing_something_is_a_cause() -> None:
    """ "The scheme got retirees cycling" and "kept them fitter" state that it brought it
    about; "got a pass" and "kept a diary" state nothing of the kind."""
    for text in (
        "The free pass got retirees walking to the shops.",
        "Free swimming kept older residents fitter.",
    ):
        assert any(c.kind == "causal" for c in read(text).cues), text
    for text in ("Most retirees got a pass in the first year.", "Residents kept a diary."):
        assert not any(c.kind == "causal" for c in read(text).cues), text


def test_a_long_statement_that_ends_in_the_question_it_asked_is_a_statement() -> None:
    """ "The team compared the DNA of 9,000 volunteers with their answers to one question:
    are you a lark or an owl?" states what was done; "Here is the question: does it work?"
    and "Does it work?" ask."""
    assert not asks(
        "The team compared the DNA of 9,000 volunteers with their answers to one simple "
        "question: are you a lark or an owl?"
    )
    assert asks("Here is the big question: does it work?")
    assert asks("Does it work?")
