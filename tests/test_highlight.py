"""Which matched words are lit for a reader: content words only."""

from __future__ import annotations

from claimdiff.results.highlight import content_spans


def words(text: str, spans: tuple[tuple[int, int], ...], base: int = 0) -> list[str]:
    return [text[s - base : e - base] for s, e in spans]


def test_function_words_inside_a_matched_run_are_not_lit() -> None:
    text = "Printed in the Review of Marine Biology, with the whole crew"
    run = (text.index("the Review"), text.index(" crew"))
    assert words(text, content_spans(text, [run])) == ["Review", "Marine Biology", "whole"]


def test_offsets_into_a_document_are_kept() -> None:
    text = "Sea otters and kelp"
    base = 100
    spans = content_spans(text, [(base, base + len(text))], base)
    assert words(text, spans, base) == ["Sea otters", "kelp"]


def test_only_function_words_light_nothing() -> None:
    assert content_spans("of the and", [(0, 10)]) == ()
    assert content_spans("", []) == ()
