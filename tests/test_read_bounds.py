"""Bounded reading: deep HTML is read, hidden HTML is dropped with its reason, huge front matter
is metadata, a missing HTML dependency is named; nothing recurses without bound."""

from __future__ import annotations

import builtins
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.errors import InputError
from claimdiff.model import Document
from claimdiff.pipeline.checker import prepare_document
from claimdiff.read import frontmatter
from claimdiff.read.html import MAX_DEPTH, needs_sanitising, sanitise
from claimdiff.read.load import document_from_text
from hostile_cases import fuzz_examples

BODY = (
    "<p>Rats given the new drug slept about an hour longer than rats given water.</p>"
    "<p>The effect faded within two weeks, the authors reported.</p>"
)


def _page(inner: str) -> str:
    return (
        "<!doctype html><html><head><title>Rats Sleep Longer</title></head>"
        f"<body><article><h1>Rats Sleep Longer</h1>{inner}</article></body></html>"
    )


def _doc(html: str) -> Document:
    return prepare_document(document_from_text(html, "page.html"))


def _shown(doc: Document) -> str:
    return "\n".join(c.display for c in doc.claims)


# --------------------------------------------------------------------------- deep nesting


@pytest.mark.parametrize("depth", [300, 5000])
def test_deeply_nested_html_is_read_whole(depth: int) -> None:
    doc = _doc(_page("<div>" * depth + BODY + "</div>" * depth))
    shown = _shown(doc)
    assert "slept about an hour longer" in shown
    assert "faded within two weeks" in shown
    assert doc.metadata["flattened_elements"] == depth + 3 - MAX_DEPTH or depth > MAX_DEPTH


def test_unclosed_nesting_is_read_too() -> None:
    doc = _doc(_page("<div><span>" * 10000 + BODY))
    assert "faded within two weeks" in _shown(doc)


def test_deep_html_without_text_is_one_clear_line() -> None:
    with pytest.raises(InputError) as caught:
        _doc("<html><body>" + "<div>" * 3000 + "</div>" * 3000 + "</body></html>")
    assert caught.value.message == "page.html: no article text found in the HTML"


# --------------------------------------------------------------------------- hidden elements


@pytest.mark.parametrize(
    ("hidden", "why"),
    [
        (
            "<template><p>Secret copy: the drug cures insomnia in everyone.</p></template>",
            "template",
        ),
        ("<div hidden><p>Secret copy: the drug cures insomnia in everyone.</p></div>", "hidden"),
        ('<p aria-hidden="true">Secret copy: the drug cures insomnia in everyone.</p>', "aria"),
        (
            '<div style="color: red; display:none"><p>Secret copy: the drug cures '
            "insomnia in everyone.</p></div>",
            "style",
        ),
        (
            "<section style='visibility: hidden'>Secret copy: the drug cures insomnia in "
            "everyone.</section>",
            "style",
        ),
    ],
)
def test_hidden_html_is_dropped_with_its_reason(hidden: str, why: str) -> None:
    doc = _doc(_page(BODY + hidden + "<p>More visible text about rats sleeping in cages.</p>"))
    shown = _shown(doc)
    assert "Secret copy" not in shown
    assert "slept about an hour longer" in shown and "rats sleeping in cages" in shown
    reasons = [d.why for d in doc.dropped if "Secret copy" in doc.text[d.start : d.end]]
    assert len(reasons) == 1 and reasons[0].startswith("hidden in the page")
    assert why in reasons[0]


def test_a_visible_word_hidden_in_prose_does_not_hide_anything() -> None:
    html = _page("<p>The hidden costs of poor sleep were large, the authors said.</p>" + BODY)
    assert not needs_sanitising(html)
    assert "hidden costs" in _shown(_doc(html))


def test_many_hidden_passages_are_summed_up() -> None:
    hidden = "".join(f"<template><p>Template number {k} text.</p></template>" for k in range(60))
    doc = _doc(_page(BODY + hidden))
    assert "Template number" not in _shown(doc)
    assert any("more hidden passages" in doc.text[d.start : d.end] for d in doc.dropped)


_TAGS = st.sampled_from(["div", "p", "span", "section", "b", "em", "li", "ul", "template"])
_WORDS = st.text(alphabet="abcdefghij", min_size=3, max_size=8)


@st.composite
def _trees(draw: st.DrawFn) -> tuple[str, set[str], set[str]]:
    """Random nested HTML: (html, words shown to readers, words hidden from them)."""
    out: list[str] = []
    shown: set[str] = set()
    hidden: set[str] = set()
    stack: list[tuple[str, bool]] = []
    for _ in range(draw(st.integers(1, 60))):
        action = draw(st.integers(0, 3))
        inside_hidden = any(h for _, h in stack)
        if action <= 1 or not stack:
            tag = draw(_TAGS)
            hides = tag == "template" or draw(st.integers(0, 9)) == 0
            attrs = " hidden" if hides and tag != "template" else ""
            stack.append((tag, hides))
            out.append(f"<{tag}{attrs}>")
        elif action == 2:
            word = draw(_WORDS)
            (hidden if inside_hidden else shown).add(word)
            out.append(f" {word} ")
        else:
            tag, _ = stack.pop()
            out.append(f"</{tag}>")
    while stack:
        out.append(f"</{stack.pop()[0]}>")
    return "".join(out), shown, hidden - shown


@pytest.mark.fuzz
@settings(max_examples=fuzz_examples(150), deadline=None)
@given(_trees(), st.integers(0, 400))
def test_sanitise_keeps_every_shown_word_and_no_hidden_one(
    tree: tuple[str, set[str], set[str]], extra_depth: int
) -> None:
    html, shown, hidden = tree
    html = "<div>" * extra_depth + html + "</div>" * extra_depth
    result = sanitise(html)
    words = set(re.findall(r"[a-j]{3,8}", re.sub(r"<[^>]*>", " ", result.html)))
    assert shown <= words
    assert not (hidden & words)
    depth = max_depth = 0
    for m in re.finditer(r"<(/?)([a-z]+)[^>]*>", result.html):
        depth += -1 if m.group(1) else 1
        max_depth = max(max_depth, depth)
    assert max_depth <= MAX_DEPTH


@pytest.mark.fuzz
@settings(
    max_examples=fuzz_examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>/=\"' abpdivtemplatehiddenstyle:;-&#x;")), max_size=300
    )
)
def test_sanitise_never_raises_on_tag_soup(soup: str) -> None:
    sanitise("<template>" + soup)
    sanitise("<div hidden>" + soup)


# --------------------------------------------------------------------------- front matter


def _front_matter(lines: int, closed: bool = True, toml: bool = False) -> str:
    if toml:
        keys = "".join(f'field{k} = "value {k} of the metadata block"\n' for k in range(lines))
        return '+++\ntitle = "Rats Sleep Longer"\n' + keys + ("+++\n" if closed else "")
    keys = "".join(f"field{k}: value {k} of the metadata block\n" for k in range(lines))
    return "---\ntitle: Rats Sleep Longer\n" + keys + ("---\n" if closed else "")


@pytest.mark.parametrize(("closed", "toml"), [(True, False), (False, False), (True, True)])
def test_front_matter_past_the_scan_is_metadata_not_claims(closed: bool, toml: bool) -> None:
    text = _front_matter(12_000, closed, toml) + "\nThe rats slept longer on the drug.\n"
    assert len(text) > frontmatter._SCAN
    doc = prepare_document(document_from_text(text, "post.md"))
    assert [c.display for c in doc.claims] == [
        "Rats Sleep Longer",
        "The rats slept longer on the drug.",
    ]
    assert any("past 256 KB" in d.why for d in doc.dropped)


@pytest.mark.fuzz
@settings(max_examples=fuzz_examples(60), deadline=None)
@given(st.integers(0, 80), st.booleans(), st.booleans(), st.integers(64, 600))
def test_front_matter_of_any_size_never_becomes_claims(
    lines: int, closed: bool, toml: bool, scan: int
) -> None:
    original = frontmatter._SCAN
    frontmatter._SCAN = scan  # a small scan: the same logic at a size tests can afford
    try:
        text = _front_matter(lines, closed, toml) + "\nThe rats slept longer on the drug.\n"
        doc = prepare_document(document_from_text(text, "post.md"))
    finally:
        frontmatter._SCAN = original
    shown = _shown(doc)
    assert "of the metadata block" not in shown
    assert "The rats slept longer on the drug." in shown


# --------------------------------------------------------------------------- install


def test_missing_html_support_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "trafilatura":
            raise ImportError(
                "lxml.html.clean module is now a separate project lxml_html_clean.\n"
                "Install lxml[html-clean] or lxml_html_clean directly."
            )
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(InputError) as caught:
        document_from_text(_page(BODY), Path("story.html"))
    message = caught.value.message
    assert message.startswith("story.html: HTML support is not installed")
    assert "lxml_html_clean" in message and "\n" not in message
