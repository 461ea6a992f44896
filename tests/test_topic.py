"""The subject of a text (language/topic.py): rare words weigh most. Texts invented here."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff.language.stem import stem
from claimdiff.language.topic import Topic, _rarity, cosine, weights, words

SHEET = """Weekly glucaron injections for type 2 diabetes: a 40-week randomised trial.
HbA1c fell by 1.8 percentage points with glucaron and by 0.4 points with placebo.
Those on glucaron lost 6.1% of their body weight in 40 weeks."""


def test_words_are_lower_case_content_words_of_three_letters_or_more() -> None:
    got = words("The glucaron trial of 860 Adults: it fell by 2 in an ox")
    assert "glucaron" in got and "adults" in got and "trial" in got
    assert "the" not in got and "860" not in got and "ox" not in got


def test_a_rare_word_weighs_more_than_a_common_one() -> None:
    w = weights("glucaron study")
    assert w["glucaron"] > 2 * w["studi"]


def test_a_text_on_the_study_s_subject_is_nearer_than_one_sharing_only_common_words() -> None:
    topic = Topic(SHEET)
    near = topic.similarity("A weekly jab of glucaron brought HbA1c down in diabetes.")
    far = topic.similarity("A study of patients found a lower risk in the weeks of the trial.")
    assert near > 0.2 > far


def test_nothing_shared_is_zero_and_the_same_text_is_one() -> None:
    topic = Topic(SHEET)
    assert topic.similarity("Tides rise twice daily along rocky coasts.") == 0.0
    assert topic.similarity("") == 0.0
    assert abs(topic.similarity(SHEET) - 1.0) < 1e-9


@given(st.text(max_size=200), st.text(max_size=200))
def test_cosine_is_symmetric_and_between_zero_and_one(a: str, b: str) -> None:
    x, y = cosine(weights(a), weights(b)), cosine(weights(b), weights(a))
    assert abs(x - y) < 1e-9 and -1e-9 <= x <= 1 + 1e-9


def test_the_rarity_table_is_counted_by_the_stems_claimdiff_uses() -> None:
    """Rebuild it (benchmarks/study_gate.py build) when the stemmer changes."""
    documents, counts = _rarity()
    assert documents > 4000
    for word in ("patients", "studies", "findings", "treatments", "suggested"):
        assert stem(word) in counts, word
    assert counts[stem("study")] > counts[stem("antibodies")] > 0
