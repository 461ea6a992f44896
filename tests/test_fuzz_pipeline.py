"""Property tests over the whole pipeline: load -> clean -> segment -> align -> judge.

Arbitrary Unicode (built from pieces that exercise every stage: sentences, line endings,
Markdown, HTML, front matter, markup, escape sequences, bidi and zero-width characters) and
arbitrary bytes: nothing may raise but a documented `ClaimdiffError`, and every offset must
be valid (`claim.text == doc.text[start:end]`, every span inside its text).

`make test` runs 10,000 examples of the main property; `make fuzz` (CLAIMDIFF_FUZZ=1) twenty
times as many of every property.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from claimdiff.errors import ClaimdiffError
from claimdiff.model import VERDICTS, ArticleResult
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_bytes, document_from_text
from claimdiff.results.report import to_json, to_markdown, to_text
from claimdiff.study.sheet import parse_sheet
from hostile_cases import ACTIVE, fuzz_examples
from tui_fixtures import SHEET_TOML

pytestmark = pytest.mark.fuzz

SHEET = parse_sheet(SHEET_TOML, "tea.toml")
CHECKER = Checker(SHEET)
FACTS = {f.id: f for f in SHEET.facts}
SUFFIXES = (".txt", ".md", ".html", ".htm", ".markdown", "")

PIECES = [
    # words of the study and of coverage
    "Rats", "rats", "mice", "people", "given", "the", "green tea", "extract", "found",
    "the hidden platform", "30 percent", "faster", "48", "twelve", "12 weeks", "may",
    "proves", "suggests", "cure", "all", "Dr. Okafor", "said", "e.g.", "U.S.", "1.5", "2024",
    "Journal of Nutritional Neuroscience", "hippocampus", "not", "no", "Scientists believe",
    # punctuation and structure
    ". ", "? ", "! ", ", ", "; ", ": ", "...", "…", '"', "“", "”", "'", "‘", "’", "(", ")",
    " - ", " — ", "\n", "\n\n", "\r\n", "\r", "\r\r", "\t", "\x0c", "\u2028", "\u2029", "\x85",
    # Markdown and front matter
    "# ", "## ", "**", "*", "_", "> ", "- ", "1. ", "`", "```\n", "[link](http://x.example)",
    "---\n", "title: Tea\n", "description: x\n", "+++\n", "![img](a.png)", "| a | b |\n",
    # HTML
    "<p>", "</p>", "<h1>", "</h1>", "<br>", "<script>x()</script>", "<nav>", "</nav>",
    "<html><body>", "</body></html>", "&amp;", "&#x1b;", "<!--", "-->", "<title>T</title>",
    # text that tries to act
    "[bold red]", "[/]", "[@click=app.quit]", "[link=file:///etc/passwd]", "\x1b[2J",
    "\x1b]52;c;ZXZpbA==\x07", "\x1b]8;;http://x\x1b\\", "\x1b[?2004l", "\x9b31m", "\x00",
    "\x07", "\x7f",
    # Unicode that is hard to measure or to show
    "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "e\u0301", "Z\u0335\u0336", "👩‍🔬",
    "🐀", "研究表明", "مرحبا بالعالم", "日本語", "\ud800", "\U0010ffff", "İ", "ß", "ﬁ",
]  # fmt: skip

TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)
BYTES = st.one_of(
    st.binary(max_size=400),
    st.tuples(TEXT, st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1"])).map(
        lambda t: t[0].encode(t[1], errors="replace")
    ),
    st.tuples(TEXT, st.binary(max_size=6)).map(lambda t: t[0].encode("utf-8", "replace") + t[1]),
)
FAST = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def check_valid(result: ArticleResult) -> None:
    """Every offset and span points into its text; every value is in its domain."""
    doc = result.document
    text = doc.text
    assert isinstance(text, str) and isinstance(result.title, str)
    for d in doc.dropped:
        assert 0 <= d.start < d.end <= len(text) and isinstance(d.why, str)
    for r in result.results:
        claim, match, judgement = r.claim, r.match, r.judgement
        assert 0 <= claim.start <= claim.end <= len(text)
        assert claim.text == text[claim.start : claim.end]
        assert isinstance(claim.display, str)
        assert match.fact_id is None or match.fact_id in FACTS
        assert 0.0 <= float(match.similarity) <= 1.0
        for start, end in match.claim_spans:
            assert claim.start <= start <= end <= claim.end
        if match.fact_id is not None:
            fact_text = FACTS[match.fact_id].text
            for start, end in match.fact_spans:
                assert 0 <= start <= end <= len(fact_text)
        assert judgement.verdict in VERDICTS
        assert all(isinstance(reason, str) for reason in judgement.reasons)


def check(make: object) -> ArticleResult | None:
    """Run the pipeline on what `make()` loads; None if it was refused as documented."""
    try:
        doc = make()  # type: ignore[operator]
        result = CHECKER.check_document(prepare_document(doc))
    except ClaimdiffError as exc:
        assert "\n" not in exc.message and exc.message.startswith("fuzz")
        return None
    check_valid(result)
    return result


@settings(FAST, max_examples=fuzz_examples(10_000))
@given(TEXT, st.sampled_from(SUFFIXES))
def test_arbitrary_text_never_crashes_and_offsets_hold(text: str, suffix: str) -> None:
    check(lambda: document_from_text(text, Path("fuzz" + suffix)))


@settings(FAST, max_examples=fuzz_examples(1_000))
@given(BYTES, st.sampled_from(SUFFIXES))
def test_arbitrary_bytes_never_crash_and_offsets_hold(data: bytes, suffix: str) -> None:
    check(lambda: document_from_bytes(data, Path("fuzz" + suffix)))


@settings(FAST, max_examples=fuzz_examples(300))
@given(TEXT)
@example("<html><body>green tea:00")  # found by `make fuzz`: a .txt file holding a web page
def test_reports_of_arbitrary_text_are_inert_and_exact(text: str) -> None:
    result = check(lambda: document_from_text(text, Path("fuzz.txt")))
    if result is None:
        return
    data = json.loads(to_json(SHEET, [result]))
    (article,) = data["articles"]
    # offsets point into the decoded article: the text itself, or the main text extracted
    # when the content is a web page (a .txt file holding HTML is read as HTML)
    decoded = result.document.text
    if result.document.format != "html":
        assert decoded == text
    for claim, r in zip(article["claims"], result.results, strict=True):
        assert claim["text"] == r.claim.text == decoded[claim["start"] : claim["end"]]
    for report in (to_text(SHEET, [result]), to_markdown(SHEET, [result])):
        assert not ACTIVE.search(report.replace("\n", ""))
    assert not re.search("[\x00-\x1f]", to_json(SHEET, [result]).replace("\n", ""))
