"""Reading article files: errors, formats, front matter and HTML extraction."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.errors import InputError
from claimdiff.pipeline.checker import prepare
from claimdiff.read import load
from claimdiff.read.frontmatter import parse_front_matter
from claimdiff.read.load import document_from_text, load_document
from hostile_cases import fuzz_examples

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SAMPLES = Path(__file__).parents[1] / "samples" / "articles"


# --------------------------------------------------------------------------- errors


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("An article.")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError) as info:
        load_document(path)
    assert info.value.message == f"{path}: permission denied"


def test_device_files_are_refused() -> None:
    with pytest.raises(InputError, match="not a regular file"):
        load_document(Path("/dev/zero"))


def test_empty_and_white_space_only(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="the file is empty"):
        load_document(empty)
    blank = tmp_path / "blank.md"
    blank.write_text(" \n\t\r\n  \u3000\n")
    with pytest.raises(InputError, match="only white space"):
        load_document(blank)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    monkeypatch.setattr(load, "MAX_BYTES", 100)
    with pytest.raises(InputError, match="too large"):
        load_document(path)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "figure.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    with pytest.raises(InputError, match="PNG image"):
        load_document(path)


def test_errors_are_one_line_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        load_document(tmp_path / "missing article.txt")
    assert info.value.message.startswith(str(tmp_path / "missing article.txt") + ": ")
    assert "\n" not in info.value.message


# --------------------------------------------------------------------------- encodings, endings


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("\ufeffMice Recovered\r\n\r\nThe mice recovered.".encode("utf-16"))
    doc = prepare(path)
    assert [c.text for c in doc.claims] == ["Mice Recovered", "The mice recovered."]


def test_latin1_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café Study\n\nThe café study found nothing.".encode("latin-1"))
    assert prepare(path).claims[1].text == "The café study found nothing."


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_keep_offsets_into_the_original(tmp_path: Path, newline: str) -> None:
    text = newline.join(["A Title Line", "", "First sentence here. Second one.", "", "Last."])
    path = tmp_path / "endings.txt"
    path.write_bytes(text.encode())
    doc = prepare(path)
    assert doc.text == text
    assert [c.text for c in doc.claims] == [
        "A Title Line",
        "First sentence here.",
        "Second one.",
        "Last.",
    ]
    assert doc.claims[0].kind == "headline"
    for claim in doc.claims:
        assert doc.text[claim.start : claim.end] == claim.text


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.md", "Plain words.", "markdown"),
        ("a.markdown", "Plain words.", "markdown"),
        ("a.txt", "Plain words.", "text"),
        ("a", "Plain words.", "text"),
        ("a.txt", "---\ntitle: T\n---\nBody.", "markdown"),
        ("a.txt", "# H\n\nSee [x](https://x.org) and **y** and **z**.", "markdown"),
        ("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("a.htm", "<p>x</p>", "html"),
    ],
)
def test_format_sniffing(name: str, text: str, expected: str) -> None:
    assert load.sniff_format(text, Path(name)) == expected


def test_markdown_front_matter_title_and_metadata() -> None:
    doc = load_document(SAMPLES / "might-be-autoimmune-blog.md")
    assert doc.format == "markdown"
    assert doc.title == "Fibromyalgia might be an autoimmune disease"
    assert doc.metadata["authors"] == ["Bruno Miguel"]
    assert doc.metadata["draft"] is False
    assert doc.metadata["date"] == "2021-11-05T00:48:00+01:00"
    assert "title" not in doc.metadata and "description" not in doc.metadata


# --------------------------------------------------------------------------- front matter


def test_front_matter_values_point_into_the_text() -> None:
    text = (
        "---\ntitle: 'It''s a \"test\"'\n"
        'description: "A \\"quoted\\" dek"  # note\n'
        "tags: [a, 'b c']\n---\nBody."
    )
    fm = parse_front_matter(text)
    assert fm is not None and fm.closed
    assert fm.title is not None and fm.title.text == 'It\'s a "test"'
    assert text[fm.title.start : fm.title.end] == "It''s a \"test\""
    assert fm.standfirst is not None and fm.standfirst.text == 'A "quoted" dek'
    assert fm.metadata == {"tags": ["a", "b c"]}
    assert text[fm.body :] == "Body."


def test_front_matter_block_scalars_lists_and_nesting() -> None:
    text = (
        "---\n"
        "title: >\n  A folded\n  title\n"
        "authors:\n  - Ann\n  - Bo\n"
        "params:\n  toc: true\n  weight: 3\n"
        "empty:\n"
        "---\n\nText."
    )
    fm = parse_front_matter(text)
    assert fm is not None
    assert fm.title is not None and fm.title.text == "A folded title"
    assert fm.metadata["authors"] == ["Ann", "Bo"]
    assert fm.metadata["params"] == {"toc": True, "weight": 3}
    assert fm.metadata["empty"] is None


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "Mice"\ntags = ["a",\n  "b"]\n[params]\nx = 1\n+++\nBody.'
    fm = parse_front_matter(text)
    assert fm is not None and fm.title is not None and fm.title.text == "Mice"
    assert fm.metadata == {"tags": ["a", "b"], "params.x": 1}


@pytest.mark.parametrize(
    "text",
    [
        "---\nNot a key value line at all\n---\nBody.",  # a rule, then prose
        "---\n",
        "---",
        "--- \n\nJust text after a rule.",
        "---\nNote: only one stray line\n\nMore prose follows here.",
    ],
)
def test_things_that_are_not_front_matter(text: str) -> None:
    assert parse_front_matter(text) is None


def test_unclosed_front_matter_ends_where_parsing_stops() -> None:
    text = "---\ntitle: Mice recover\ndate: 2021-01-01\n\nThe mice recovered after weeks."
    fm = parse_front_matter(text)
    assert fm is not None and not fm.closed
    assert fm.title is not None and fm.title.text == "Mice recover"
    assert text[fm.body :].lstrip().startswith("The mice recovered")


def test_broken_front_matter_never_crashes_the_pipeline(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text('---\ntitle: "never closed\n: : :\n  - - -\n[[[\nThe body text is here.\n')
    doc = prepare(path)
    assert any("body text" in c.text for c in doc.claims)


def test_front_matter_in_a_txt_file_becomes_headline_and_standfirst() -> None:
    doc = prepare(SAMPLES / "might-be-autoimmune-blog.md")
    kinds = [(c.kind, c.text) for c in doc.claims[:2]]
    assert kinds[0] == ("headline", "Fibromyalgia might be an autoimmune disease")
    assert kinds[1][0] == "standfirst" and kinds[1][1].startswith("A study being developed")
    meta = [d for d in doc.dropped if d.why == "front matter (metadata)"]
    covered = "".join(doc.text[d.start : d.end] for d in meta)
    for key in ("toc: false", "draft: false", "- Bruno Miguel", "featuredImage:", "lastmod:"):
        assert key in covered


@pytest.mark.fuzz
@settings(
    max_examples=fuzz_examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.lists(
        st.sampled_from(
            [
                "---",
                "...",
                "+++",
                "title: A",
                "title: 'x",
                'description: "d"',
                "- item",
                "  - x",
                "key:",
                "  k: v",
                "k = 'v'",
                "[t]",
                "tags: [a, b",
                "prose line",
                "",
                "|",
                "> x",
            ]
        ),
        max_size=12,
    ),
    st.text(max_size=40),
)
def test_front_matter_parser_never_raises(lines: list[str], tail: str) -> None:
    text = "\n".join(lines) + "\n" + tail
    fm = parse_front_matter(text)
    if fm is not None:
        assert 0 <= fm.start <= fm.end <= fm.body <= len(text)
        for value in (fm.title, fm.standfirst):
            if value is not None:
                assert fm.start <= value.start <= value.end <= fm.end


# --------------------------------------------------------------------------- HTML


def test_html_main_text_title_and_metadata() -> None:
    doc = load_document(FIXTURES / "news-page.html")
    assert doc.format == "html"
    assert doc.title == "Gut bacteria linked to better sleep in mice"
    assert doc.metadata.get("author") == "Jane Doe"
    assert doc.text.startswith("# Gut bacteria linked to better sleep in mice")
    assert "Skip to main content" not in doc.text and "cookies" not in doc.text


def test_html_headline_claim_and_offsets() -> None:
    doc = prepare(FIXTURES / "news-page.html")
    assert doc.claims[0].kind == "headline"
    assert doc.claims[0].text == "Gut bacteria linked to better sleep in mice"
    assert any(c.kind == "heading" and c.text == "What the study found" for c in doc.claims)
    assert any(
        c.display.startswith("Mice given a mix of gut bacteria slept 20% longer")
        for c in doc.claims
    )
    assert not any("Advertisement" in c.text for c in doc.claims)


def test_html_title_is_prepended_when_the_body_lacks_it() -> None:
    html = (
        "<html><head><title>Mice sleep more</title></head><body><article>"
        "<p>Mice given bacteria slept longer than untreated mice in a new study of sleep.</p>"
        "<p>The researchers tested forty mice over six weeks in a laboratory in Example.</p>"
        "</article></body></html>"
    )
    doc = document_from_text(html, "page.html")
    assert doc.text.startswith("# Mice sleep more\n\n")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html></html>",
        "<html><body><script>var x = 1;</script></body></html>",
    ],
)
def test_html_without_article_text(tmp_path: Path, html: str) -> None:
    path = tmp_path / "empty.html"
    path.write_text(html)
    with pytest.raises(InputError, match="no article text found in the HTML"):
        load_document(path)


@pytest.mark.fuzz
@settings(max_examples=fuzz_examples(30), deadline=None)
@given(st.text(max_size=300))
def test_html_on_arbitrary_text_raises_only_input_error(text: str) -> None:
    with contextlib.suppress(InputError):
        document_from_text("<html><body><p>" + text + "</p></body></html>", "fuzz.html")
