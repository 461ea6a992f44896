"""Segmentation: sentences, claim kinds, display text, quotes, and offset invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.claims.segment import segment
from claimdiff.errors import InputError
from claimdiff.language.sentences import MAX_SENTENCE, split_sentences
from claimdiff.model import Document, Dropped
from claimdiff.pipeline.checker import prepare, prepare_document
from claimdiff.read.load import document_from_text
from hostile_cases import fuzz_examples

SAMPLES = Path(__file__).parents[1] / "samples" / "articles"


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def _doc(text: str, name: str = "a.txt") -> Document:
    return prepare_document(document_from_text(text, name))


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mice recovered.The results show it.",
            ["The mice recovered.", "The results show it."],
        ),
        (
            "Dr. David Andersson said so. Prof. Ann Lee agreed.",
            ["Dr. David Andersson said so.", "Prof. Ann Lee agreed."],
        ),
        ("Use it, e.g.The first case. Then stop.", ["Use it, e.g.The first case.", "Then stop."]),
        (
            "J.R.R. Tolkien wrote it. The U.S. Army agreed.",
            ["J.R.R. Tolkien wrote it.", "The U.S. Army agreed."],
        ),
        (
            "It happened in the U.S. The study began later.",
            ["It happened in the U.S.", "The study began later."],
        ),
        (
            "It rose 2.5 times (DOI: 10.1172/JCI144201). Next.",
            ["It rose 2.5 times (DOI: 10.1172/JCI144201).", "Next."],
        ),
        (
            "See https://www.jci.org/Articles/View.Html now. Next.",
            ["See https://www.jci.org/Articles/View.Html now.", "Next."],
        ),
        (
            "Goebel et al. found it. Camilla I. Svensson led it.",
            ["Goebel et al. found it.", "Camilla I. Svensson led it."],
        ),
        ("Take vitamin D. The dose was small.", ["Take vitamin D.", "The dose was small."]),
        (
            '"It is profound," said Dr. X. Then he left.',
            ['"It is profound," said Dr. X.', "Then he left."],
        ),
        ('"Why?" he asked. Wow!This is it.', ['"Why?" he asked.', "Wow!", "This is it."]),
        (
            "He paused... The room was quiet. And then... silence.",
            ["He paused...", "The room was quiet.", "And then... silence."],
        ),
        (
            "See Fig. 3 and No. 5 on p. 12 of Vol. 131. Done.",
            ["See Fig. 3 and No. 5 on p. 12 of Vol. 131.", "Done."],
        ),
        ('She said "it is over." The end.', ['She said "it is over."', "The end."]),
        (
            "He works at Acme Inc. in Ohio. It is big.",
            ["He works at Acme Inc. in Ohio.", "It is big."],
        ),
        (
            "Published Jan. 5 in J. Clin. Invest. The paper is open.",
            ["Published Jan. 5 in J. Clin. Invest.", "The paper is open."],
        ),
        (
            "The drug (approx. 40 mg) worked. Mice vs. rats differ.",
            ["The drug (approx. 40 mg) worked.", "Mice vs. rats differ."],
        ),
        ("Is it real?Yes it is.", ["Is it real?", "Yes it is."]),
        ("44 people took part. 12 dropped out.", ["44 people took part.", "12 dropped out."]),
        (
            "Write to jane.doe@example.org. She replies.",
            ["Write to jane.doe@example.org.", "She replies."],
        ),
        # a unit after a number ends the sentence before any capitalised word
        (
            "The group lost 3.1 kg. Half of them kept it off.",
            ["The group lost 3.1 kg.", "Half of them kept it off."],
        ),
        ("Take 5 mg. twice a day.", ["Take 5 mg. twice a day."]),
        # a word in mixed case may open a sentence; after an abbreviation it does not
        (
            'She called it "promising". mRNA shots came later.',
            ['She called it "promising".', "mRNA shots came later."],
        ),
        ("Some, e.g. eGFR below 30, were left out.", ["Some, e.g. eGFR below 30, were left out."]),
        ("   ", []),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert _split(text) == expected


def test_run_together_sentences_are_marked_glued() -> None:
    spans = split_sentences("One is here.Two is there. Three.")
    assert [s.glued for s in spans] == [False, True, False]


def test_long_sentences_are_cut_at_a_sensible_place() -> None:
    text = ", ".join(["word number"] * 400)
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in spans)
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() for s in spans)


def test_a_megabyte_line_without_punctuation_is_split_quickly() -> None:
    text = "alpha beta gamma " * 60_000
    spans = split_sentences(text)
    assert len(spans) >= len(text) // MAX_SENTENCE
    assert "".join(text[s.start : s.end] for s in spans).replace(" ", "") == text.replace(" ", "")


# --------------------------------------------------------------------------- kinds


def test_kinds_of_a_plain_text_article() -> None:
    doc = prepare(SAMPLES / "probable-autoimmune-origin.txt")
    kinds = [(c.kind, c.display[:40]) for c in doc.claims]
    assert kinds[0] == ("headline", "Fibromyalgia: a probable autoimmune orig")
    assert kinds[1][0] == "standfirst"
    headings = [c.display for c in doc.claims if c.kind == "heading"]
    assert headings == ["Antibodies responsible for the symptoms", "Hope for effective treatment"]
    assert doc.title == "Fibromyalgia: a probable autoimmune origin"


def test_bylines_and_attributions_are_sentences_not_headings() -> None:
    doc = prepare(SAMPLES / "autoimmune-disorder-news.txt")
    kind = {c.display: c.kind for c in doc.claims}
    assert kind["Fibromyalgia Syndrome – An Autoimmune Disorder"] == "headline"
    assert kind["Antibodies Contribute to Disease"] == "heading"
    assert kind["Dr. David Andersson, study author"] == "sentence"
    assert kind["Professor Camilla Svensson, study’s primary investigator"] == "sentence"
    shop = prepare(SAMPLES / "cbd-shop-blog.txt")
    assert {c.display: c.kind for c in shop.claims}["Posted by Lewis Olden on"] == "sentence"


def test_markdown_headings_items_and_display() -> None:
    doc = _doc(
        "# Mice Sleep Longer\n\n"
        "Mice given **bacteria** slept [longer](https://x.org/a) than <small>others</small>.\n\n"
        "## What we know\n\n"
        "- Treated mice fell _asleep_ faster.\n"
        "* They woke less often,\n  and slept deeper.\n\n"
        "**The mice recovered after weeks.** Animals were fine.\n",
        "a.md",
    )
    got = [(c.kind, c.display) for c in doc.claims]
    assert got == [
        ("headline", "Mice Sleep Longer"),
        ("standfirst", "Mice given bacteria slept longer than others."),
        ("heading", "What we know"),
        ("sentence", "Treated mice fell asleep faster."),
        ("sentence", "They woke less often, and slept deeper."),
        ("sentence", "The mice recovered after weeks."),
        ("sentence", "Animals were fine."),
    ]
    bold = doc.claims[5]
    assert bold.text == "The mice recovered after weeks."  # markers trimmed out of the span


def test_setext_heading_and_rule() -> None:
    doc = _doc("Mice Study\n==========\n\nThe mice were fine. All of them.\n\n---\n\nMore here.")
    assert [(c.kind, c.text) for c in doc.claims] == [
        ("headline", "Mice Study"),
        ("sentence", "The mice were fine."),
        ("sentence", "All of them."),
        ("sentence", "More here."),
    ]


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = (
        "Mice that were given antibodies from patients became more\n"
        "sensitive to pressure and cold, and they recovered after a\n"
        "few weeks once the antibodies had cleared from their bodies.\n"
    )
    doc = _doc(text)
    assert len(doc.claims) == 1
    assert doc.claims[0].display.startswith(
        "Mice that were given antibodies from patients became more sensitive"
    )


# --------------------------------------------------------------------------- quotes


def _quoted(text: str) -> list[tuple[str, bool]]:
    return [(c.text, c.quoted) for c in _doc(text).claims]


def test_quote_with_attribution_after_it() -> None:
    assert _quoted('"The results are profound," said Dr. Lee. The team agreed.') == [
        ('"The results are profound," said Dr. Lee.', True),
        ("The team agreed.", False),
    ]


def test_quote_spanning_sentences_and_closing_later() -> None:
    got = _quoted("“This is big. It changes things. We are glad,” he said. Others disagreed.")
    assert [q for _, q in got] == [True, True, True, False]


def test_unclosed_quote_ends_at_the_paragraph_end() -> None:
    got = _quoted('He said "this is big. It changes things.\n\nThe next paragraph is not a quote.')
    assert [q for _, q in got] == [True, True, False]


def test_apostrophes_are_not_quotes() -> None:
    got = _quoted("King’s College studied the patients’ antibodies. The mice’s paws recovered.")
    assert [q for _, q in got] == [False, False]


def test_single_quotes_and_scare_quotes() -> None:
    got = _quoted(
        "‘We cannot say yet,’ she said. Fatigue, known as ‘fibro fog’, is common. "
        "'It works,' he said."
    )
    assert [q for _, q in got] == [True, False, True]


def test_reversed_quote_marks_still_pair_up() -> None:
    got = _quoted("“The implications are profound. Our work gives hope , “said Dr. X. Then more.")
    assert [q for _, q in got] == [True, True, False]


# --------------------------------------------------------------------------- invariants


def test_claims_skip_dropped_spans() -> None:
    text = "Keep this sentence. Drop this one entirely. Keep the last one."
    doc = Document(path=Path("a.txt"), text=text)
    start = text.index("Drop")
    doc.dropped = [Dropped(start, text.index("Keep the"), "test")]
    claims = segment(doc)
    assert [c.text for c in claims] == ["Keep this sentence.", "Keep the last one."]


def _check(doc: Document) -> None:
    text = doc.text
    last = 0
    for i, claim in enumerate(doc.claims):
        assert claim.index == i
        assert 0 <= claim.start < claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
        assert claim.start >= last
        last = claim.end
        assert claim.display and claim.display == " ".join(claim.display.split())
        for d in doc.dropped:
            assert claim.end <= d.start or claim.start >= d.end
    for d in doc.dropped:
        assert 0 <= d.start <= d.end <= len(text)


def test_samples_hold_the_invariants() -> None:
    for path in sorted(SAMPLES.iterdir()):
        _check(prepare(path))


_PIECES = st.sampled_from(
    [
        "Dr. ",
        "e.g.",
        "U.S. ",
        "2.5 ",
        ". ",
        ".",
        "!",
        "?",
        "…",
        "...",
        '"',
        "“",
        "”",
        "’",
        "'",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        "# ",
        "## ",
        "- ",
        "* ",
        "1. ",
        "> ",
        "**",
        "_",
        "`",
        "[link](https://x.org/a.b)",
        "<small>",
        "</small>",
        "---\n",
        "title: T\n",
        "Share this",
        "Leave a Reply",
        "كازينو وليام هيل ",
        "Казино ",
        "生きがい",
        "The mice recovered",
        " after weeks",
        "Related posts:",
        "Photo: X",
        "\u200b",
        "\ufeff",
        "\x1b[2J",
        "\u202e",
        "A",
        "b",
        " ",
        "\t",
        "\u00a0",
        "ﬁ",
        "é",
        "👍",
    ]
)
_ARTICLES = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300) | st.lists(
    _PIECES, max_size=60
).map("".join)


@pytest.mark.fuzz
@settings(
    max_examples=fuzz_examples(250), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(_ARTICLES, st.sampled_from(["text", "markdown"]))
def test_arbitrary_text_never_breaks_the_invariants(text: str, kind: str) -> None:
    _check(prepare_document(Document(path=Path("fuzz.txt"), text=text, format=kind)))


@pytest.mark.fuzz
@settings(
    max_examples=fuzz_examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(st.binary(max_size=400) | _ARTICLES.map(lambda t: t.encode("utf-8", "replace")))
def test_arbitrary_bytes_only_ever_raise_input_error(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "article.txt"
    path.write_bytes(data)
    try:
        doc = prepare(path)
    except InputError as exc:
        assert exc.message.startswith(str(path))
    else:
        _check(doc)
