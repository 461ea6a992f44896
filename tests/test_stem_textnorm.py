"""The word normaliser: stems, spelling folds, stop words, offsets and the sheet's terms."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claimdiff.language.stem import stem
from claimdiff.language.textnorm import (
    TermMap,
    any_of,
    content_tokens,
    is_stopword,
    normalize_word,
    tokenize,
)


def test_stemmer_reference_words() -> None:
    expected = {
        "caresses": "caress",
        "ponies": "poni",
        "relational": "relat",
        "generalization": "gener",
        "hopefulness": "hope",
        "controlling": "control",
        "sensitivity": "sensit",
        "sensitized": "sensit",
    }
    assert {w: stem(w) for w in expected} == expected


def test_inflections_and_spellings_meet() -> None:
    assert normalize_word("antibodies") == normalize_word("antibody")
    assert normalize_word("fibres") == normalize_word("fibers")
    assert normalize_word("sensitised") == normalize_word("sensitized")
    assert normalize_word("tumours") == normalize_word("tumor")
    assert normalize_word("Mice") == normalize_word("mouse")
    assert normalize_word("King’s") == normalize_word("king")


def test_a_hedge_does_not_meet_a_like_suffix() -> None:
    # "likely" (probable) and "flu-like" share a stem, not a meaning; "likelihood" is kin
    assert normalize_word("likely") != normalize_word("like")
    assert normalize_word("likely") == normalize_word("likelihood")
    assert normalize_word("unlikely") == "¬" + normalize_word("likely")
    likely = {t.norm for t in content_tokens("The rash is likely an allergy")}
    assert not likely & {t.norm for t in content_tokens("patients had flu-like symptoms")}


def test_effective_is_not_effects() -> None:
    # "an effective drug" (it works) and "side effects" (what else it does) share a stem only
    assert normalize_word("effective") != normalize_word("effects")
    assert normalize_word("effective") == normalize_word("efficacy")
    assert normalize_word("ineffective") == "in" + normalize_word("effective")
    works = {t.norm for t in content_tokens("The cream was effective")}
    assert not works & {t.norm for t in content_tokens("The rash has lasting effects")}


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("mechanism", "mechanical"),
        ("experiments", "experiences"),
        ("responsible", "responsiveness"),
        ("several", "severity"),
        ("majority", "major"),
        ("generally", "generate"),
    ],
)
def test_words_of_other_meanings_keep_apart(word: str, other: str) -> None:
    # the stemmer gives each pair one stem; their meanings differ
    assert normalize_word(word) != normalize_word(other)


def test_plurals_of_unstemmed_words_still_meet() -> None:
    assert normalize_word("mechanisms") == normalize_word("mechanism")
    assert normalize_word("experimental") == normalize_word("experiment")
    assert normalize_word("experienced") == normalize_word("experience")


def test_un_is_a_negation_only_before_a_word() -> None:
    # "unaffected" is "not affected"; "university" and "understand" negate nothing
    assert normalize_word("unaffected") == "¬" + normalize_word("affected")
    assert normalize_word("unexplained") == "¬" + normalize_word("explained")
    for word in ("university", "understand", "underlying", "uniform", "unique"):
        assert not normalize_word(word).startswith("¬"), word
    assert {t.norm for t in content_tokens("It is not understood")} != {
        t.norm for t in content_tokens("It is understood")
    }


def test_accents_fold_away() -> None:
    # a copy that keeps the accent and one that drops it name the same thing
    assert normalize_word("naïve") == normalize_word("naive")
    assert normalize_word("Sjögren's") == normalize_word("Sjogren")
    assert normalize_word("café") == normalize_word("cafe")
    assert normalize_word("ℌ") == normalize_word("H")


def test_numbers_keep_their_form() -> None:
    norms = [t.norm for t in tokenize("1,200 people and 2.5%")]
    assert norms == ["1200", normalize_word("people"), "and", "2.5"]


def test_offsets_and_stop_words() -> None:
    text = "The mice were given antibodies."
    toks = content_tokens(text, base=10)
    assert [text[t.start - 10 : t.end - 10] for t in toks] == ["mice", "given", "antibodies"]
    assert all(not t.stop for t in toks)


def test_no_denies_each_item_of_the_list_it_opens() -> None:
    """ "no reliable blood tests or effective drugs" denies the drugs too, so it meets "there
    are no effective drugs"; a verb's "not ... or" and a list after "and" are left alone."""

    def norms(text: str) -> list[str]:
        return [t.norm for t in content_tokens(text)]

    assert norms("no reliable blood tests or effective drugs") == norms(
        "no reliable blood tests, no effective drugs"
    )
    assert "¬" + normalize_word("effective") in norms("no cheap tests or effective drugs")
    assert normalize_word("mood") in norms("it did not lift memory or mood")
    assert normalize_word("effective") in norms("no tests, and effective drugs or diets")


def test_terms_fold_synonym_phrases_into_one_token() -> None:
    terms = TermMap({"IgG": ["antibodies", "immunoglobulin G"], "patients": ["people with FMS"]})
    text = "Immunoglobulin G from people with FMS, and antibodies."
    toks = terms.tokens(text)
    assert [t.norm for t in toks] == ["§igg", "§patient", "§igg"]
    assert text[toks[0].start : toks[0].end] == "Immunoglobulin G"
    assert text[toks[1].start : toks[1].end] == "people with FMS"


@given(st.text())
@example("ﾞ")  # a half-width sound mark: no letter once normalised
def test_tokenize_never_fails_and_offsets_are_valid(text: str) -> None:
    for tok in tokenize(text, base=3):
        assert 3 <= tok.start < tok.end <= len(text) + 3
        assert tok.norm


def test_any_of_matches_where_any_of_its_patterns_does() -> None:
    pattern = any_of((r"^\W*symptoms?\s*:", r"\bno\s+cure\b"))
    assert pattern.search("Symptoms: pain and fatigue")
    assert pattern.search("There is still NO cure.")
    assert not pattern.search("The main symptoms: pain")  # the first is anchored at the start


def test_as_well_as_is_no_word_of_content() -> None:
    """ "as well as" joins two things, so "well" in it is no word a fact could fail to use;
    "feel well" and "well tolerated" keep it."""

    def words(text: str) -> list[str]:
        return [text[t.start : t.end] for t in content_tokens(text)]

    assert words("heat as well as touch") == ["heat", "touch"]
    assert "well" in words("the patients felt well")
    assert "well" in words("the drug was well tolerated, as were the others")


def test_a_change_of_size_meets_the_size_it_leads_to() -> None:
    """ "Long commutes shrink the lungs" says what a fact tells as "smaller lungs": the verb of
    the change folds with the comparative, as "reduce" does with "lower"."""
    terms = TermMap({}, general=True)
    shrink = [t.norm for t in terms.tokens("Long commutes shrink the lungs; they shrank.")]
    smaller = [t.norm for t in terms.tokens("Long commutes, smaller lungs; they were smaller.")]
    assert shrink == smaller
    assert [t.norm for t in terms.tokens("the lungs grew")] != [
        t.norm for t in terms.tokens("the lungs shrank")
    ]


def test_leads_to_is_a_cause_not_a_lead_author() -> None:
    """ "can lead to blindness" states a cause (it meets "causes blindness"); the "lead" of
    "lead author" and the "led" of "led by" stay what they are."""
    terms = TermMap({}, general=True)

    def norms(text: str) -> list[str]:
        return [t.norm for t in terms.tokens(text)]

    assert norms("Smoking can lead to blindness.") == norms("Smoking can cause blindness.")
    assert norms("It led to pain") == norms("It caused pain")
    assert normalize_word("lead") in norms("the lead author")
    assert normalize_word("led") in norms("the work was led by Roe")


def test_a_contraction_of_a_function_word_is_no_content() -> None:
    """ "We'll" is "we will", not "well"; "we're" is not "were" and "she'll" no "shell":
    a function word with its contracted verb stays a function word."""
    for word in ("We'll", "we’re", "she'll", "they've", "I'd", "it's", "You'll"):
        assert is_stopword(word), word
    toks = [t for t in tokenize("We'll report back when it does.") if not t.stop]
    assert [t.norm for t in toks] == [normalize_word("report"), normalize_word("back")]
    # a possessive of a content word is still that word
    assert not is_stopword("children's") and not is_stopword("Alzheimer's")


def test_a_denied_term_stays_denied_when_folded() -> None:
    """ "no side effects" folds into the denied term; in "no serious side effects" the term
    is what is denied, not its modifier; a denied word of a synonym group folds denied."""
    terms = TermMap({"adverse events": ["side effects"]}, general=True)
    assert [t.norm for t in terms.tokens("No side effects.")] == ["¬§advers event"]
    norms = [t.norm for t in terms.tokens("No serious side effects.")]
    assert norms == [normalize_word("serious"), "¬§advers event"]
    (proved,) = [t.norm for t in terms.tokens("not proved")]
    (shown,) = [t.norm for t in terms.tokens("cannot show")]
    assert proved == shown and proved.startswith("¬")


def test_nor_before_an_auxiliary_denies_the_verb() -> None:
    """ "Nor did it include anyone under 18" denies "include" as "did not include" does;
    "neither X nor Y was measured" denies neither noun."""
    nor = [t.norm for t in content_tokens("Nor did it include anyone under 18.")]
    plain = [t.norm for t in content_tokens("It did not include anyone under 18.")]
    assert nor == plain and nor[0] == "¬" + normalize_word("include")
    both = [t.norm for t in content_tokens("Neither cortisol nor melatonin was measured.")]
    assert both == [
        normalize_word("cortisol"),
        normalize_word("melatonin"),
        normalize_word("measured"),
    ]


def test_news_is_not_new() -> None:
    """ "The news was good" shares no word with "New Jersey" or "a new drug"."""
    assert normalize_word("news") != normalize_word("new")
    assert normalize_word("views") == normalize_word("view")
