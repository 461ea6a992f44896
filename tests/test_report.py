"""Reports built from hand-made results: schema, layout, and hostile article text."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from claimdiff.model import (
    VERDICTS,
    ArticleResult,
    Claim,
    ClaimResult,
    Document,
    Dropped,
    Fact,
    Judgement,
    Match,
    Sheet,
    Study,
)
from claimdiff.results.report import (
    SYMBOLS,
    format_accuracy,
    print_text,
    to_json,
    to_json_data,
    to_markdown,
    to_text,
)
from json_contract import ARTICLE_KEYS, CLAIM_KEYS

SHEET = Sheet(
    path=Path("study.toml"),
    study=Study(id="toy", title="A toy study", subjects="mice"),
    facts=(
        Fact(id="cold", text="Mice became more sensitive to cold.", scope="mice"),
        Fact(id="cause", text="Antibodies may help.", kind="conclusion", certainty="suggested"),
    ),
)

HOSTILE = (
    "Headline [bold red]x[/] here.\n"
    "A [link=file:///etc/passwd]link[/link] and [@click=app.quit]quit[/] claim.\n"
    "Escapes \x1b[2J\x1b]52;c;SGVsbG8=\x07 and \x9b31m and \u202egnp.exe here.\n"
    "Spam spam spam.\n"
)


def article(
    text: str, verdicts: list[tuple[str, str | None]], path: str = "a.txt"
) -> ArticleResult:
    """A result whose claims are the lines of `text`, with the given (verdict, fact) pairs."""
    doc = Document(path=Path(path), text=text)
    results = []
    offset = 0
    for index, line in enumerate(text.split("\n")):
        start, offset = offset, offset + len(line) + 1
        if not line or index >= len(verdicts):
            continue
        verdict, fact = verdicts[index]
        claim = Claim(index=len(results), start=start, end=start + len(line), text=line)
        reasons = (f'certainty: the claim says "{line[:12]}"',) if verdict != "supported" else ()
        results.append(
            ClaimResult(claim, Match(fact, 0.8 if fact else 0.1), Judgement(verdict, reasons))  # type: ignore[arg-type]
        )
    doc.claims = [r.claim for r in results]
    return ArticleResult(document=doc, results=results)


def hostile_result() -> ArticleResult:
    result = article(
        HOSTILE,
        [("overstated", "cause"), ("supported", "cold"), ("misreported", "cold")],
        path="evil\x1b[31m.txt",
    )
    spam_start = HOSTILE.index("Spam")
    result.document.dropped = [Dropped(spam_start, spam_start + 15, "spam \x1b[5m")]
    return result


# --------------------------------------------------------------------------- JSON


def test_json_schema_and_types() -> None:
    result = hostile_result()
    data = json.loads(to_json(SHEET, [result]))
    assert data["study"] == {"id": "toy", "title": "A toy study"}
    (art,) = data["articles"]
    assert set(art) == ARTICLE_KEYS
    assert art["path"] == "evil\x1b[31m.txt"
    assert list(art["counts"]) == list(VERDICTS)
    assert art["counts"]["overstated"] == 1 and art["counts"]["background"] == 0
    assert art["accuracy"] == pytest.approx(1 / 3)
    for claim in art["claims"]:
        assert set(claim) == CLAIM_KEYS
        assert HOSTILE[claim["start"] : claim["end"]] == claim["text"]
        assert isinstance(claim["similarity"], float) and isinstance(claim["reasons"], list)
    assert art["dropped"] == [
        {"start": HOSTILE.index("Spam"), "end": HOSTILE.index("Spam") + 15, "why": "spam \x1b[5m"}
    ]


def test_json_keeps_article_text_exactly() -> None:
    text = to_json(SHEET, [hostile_result()])
    # Control characters are escaped in the JSON text (so it is inert when shown) ...
    assert not re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text.replace("\n", ""))
    assert "\\u001b[2J" in text and "\\u009b" in text and "\\u202e" in text
    # ... other characters are not (ensure_ascii=False) ...
    assert "—" in to_json(SHEET, [article("A — dash.\n", [("supported", "cold")])])
    # ... and every string decodes to exactly the original.
    claims = json.loads(text)["articles"][0]["claims"]
    assert [c["text"] for c in claims] == HOSTILE.split("\n")[:3]
    assert "\x1b[2J\x1b]52;c;SGVsbG8=\x07" in claims[2]["text"]
    assert "[@click=app.quit]" in claims[1]["text"]


def test_json_accuracy_null_when_nothing_scored() -> None:
    result = article("Byline.\n", [("background", None)])
    data = to_json_data(SHEET, [result])
    assert data["articles"][0]["accuracy"] is None  # type: ignore[index]
    assert json.loads(to_json(SHEET, [result]))["articles"][0]["accuracy"] is None


def test_json_with_a_lone_surrogate_can_be_encoded_and_decodes_back() -> None:
    text = "Odd \ud800 char.\n"
    result = article(text, [("supported", "cold")])
    out = to_json(SHEET, [result])
    out.encode("utf-8")  # would raise on a raw surrogate
    assert json.loads(out)["articles"][0]["claims"][0]["text"] == text.strip("\n")


# --------------------------------------------------------------------------- text


def test_text_layout() -> None:
    text = "Mice felt cold.\nIt proves everything.\nBy A. Writer\n"
    result = article(text, [("supported", "cold"), ("overstated", "cause"), ("background", None)])
    result.document.dropped = [Dropped(0, 4, "navigation"), Dropped(5, 9, "navigation")]
    out = to_text(SHEET, [result, result])
    assert "A toy study (toy)" in out
    assert "1/2  Mice felt cold." in out and "2/2" in out
    assert "accuracy 50% (1 of 2 scored claims supported)" in out
    assert "✓ 1 supported   ▲ 1 overstated   ✗ 0 misreported" in out
    assert "▲ It proves everything." in out
    assert 'overstated · fact cause (0.80): "Antibodies may help."' in out
    assert '- certainty: the claim says "It proves ev"' in out
    assert "· By A. Writer" in out
    assert "dropped 2 spans (8 characters) not part of the article: navigation ×2" in out
    assert "corpus accuracy 50% (mean over 2 articles with scored claims)" in out
    assert not any(line != line.rstrip() for line in out.splitlines())


def test_text_is_plain_and_inert() -> None:
    out = to_text(SHEET, [hostile_result()])
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out and "\u202e" not in out
    assert "[bold red]x[/]" in out
    assert "[link=file:///etc/passwd]link[/link]" in out
    assert "[@click=app.quit]quit[/]" in out
    assert "␛[2J␛]52;c;SGVsbG8=␇" in out
    assert "⟨U+009B⟩31m" in out and "⟨U+202E⟩gnp.exe" in out
    assert "evil␛[31m.txt" in out
    assert "spam ␛[5m" in out


def test_styled_text_keeps_markup_literal_and_only_our_escapes() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="truecolor", width=120)
    print_text(SHEET, [hostile_result()], console)
    styled = buffer.getvalue()
    assert "\x1b[" in styled  # it is styled
    # Remove the style codes we emitted (SGR): no other escape or control may remain.
    rest = re.sub(r"\x1b\[[0-9;]*m", "", styled)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", rest)
    assert "[bold red]x[/]" in rest and "[@click=app.quit]quit[/]" in rest
    assert "␛[2J" in rest


def test_text_counts_accuracy_na() -> None:
    out = to_text(SHEET, [article("Byline.\n", [("background", None)])])
    assert "accuracy n/a (no scored claims)" in out


def test_article_without_claims() -> None:
    doc = Document(path=Path("empty.txt"), text="...")
    out = to_text(SHEET, [ArticleResult(document=doc, results=[])])
    assert "no claims found in this article" in out


# --------------------------------------------------------------------------- Markdown


def test_markdown_summary_and_sections() -> None:
    text = "Mice felt cold.\nIt proves everything.\n"
    result = article(text, [("supported", "cold"), ("overstated", "cause")])
    out = to_markdown(SHEET, [result])
    assert out.startswith("# claimdiff report: A toy study\n")
    assert "| 1 | Mice felt cold\\. |" not in out  # '.' is not escaped needlessly
    assert "| 1 | Mice felt cold. | a.txt | 50% | 1 | 1 | 0 | 0 | 0 |" in out
    assert "## 1. Mice felt cold." in out
    assert "| ▲ overstated | It proves everything. | cause | 0.80 |" in out


def test_markdown_escapes_article_text() -> None:
    out = to_markdown(SHEET, [hostile_result()])
    assert "\x1b" not in out and "\x9b" not in out and "\u202e" not in out
    assert "\\[bold red\\]x\\[/\\]" in out
    assert "\\[link=file:///etc/passwd\\]link\\[/link\\]" in out
    assert "␛\\[2J" in out
    # every table row has the same number of unescaped cell separators
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    claim_rows = [r for r in rows if r.startswith(("| ▲", "| ✗", "| ✓"))]
    assert claim_rows and all(len(re.findall(r"(?<!\\)\|", r)) == 6 for r in claim_rows)


def test_symbols_cover_every_verdict() -> None:
    assert set(SYMBOLS) == set(VERDICTS) and len(set(SYMBOLS.values())) == len(VERDICTS)
    assert format_accuracy(None) == "n/a" and format_accuracy(0.4286) == "43%"


def test_wide_and_combining_text_is_kept() -> None:
    line = "研究表明 👩‍🔬 e\u0301 zero\u200bwidth " + "字" * 80
    out = to_text(SHEET, [article(line + "\n", [("supported", "cold")])], width=60)
    # emoji (with their joiner), wide and combining characters are kept; a zero-width
    # space, which hides text, is shown
    assert "研究表明 👩‍🔬 e\u0301 zero⟨U+200B⟩width" in out
    assert out.count("字") == 160  # the headline (first claim) and the claim
    assert "字" * 80 in to_markdown(SHEET, [article(line + "\n", [("supported", "cold")])])


def test_report_modules_do_not_import_textual() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'textual':\n"
        "            raise ImportError('textual is blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import claimdiff.results.report, claimdiff.safe_text\n"
        "import claimdiff.read.inputs, claimdiff.study.sheet\n"
        "import claimdiff.cli.main\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_every_fact_of_a_claim_and_an_article_about_another_study_are_reported() -> None:
    base = article("Mice felt cold, and antibodies may help.\nAnother line.\n", [])
    claim = Claim(0, 0, 40, "Mice felt cold, and antibodies may help.")
    two = ClaimResult(claim, Match("cold", 0.7, also=("cause",)), Judgement("supported"))
    result = ArticleResult(base.document, [two])
    data = to_json_data(SHEET, [result])["articles"][0]  # type: ignore[index]
    assert data["claims"][0]["fact"] == "cold"
    assert data["claims"][0]["facts"] == ["cold", "cause"]
    assert data["reports_study"] is True and data["accuracy"] == 1.0
    assert "fact cold (0.70) + cause" in to_text(SHEET, [result])
    assert "| cold, cause |" in to_markdown(SHEET, [result])

    off = ArticleResult(base.document, [two], reports_study=False)
    data = to_json_data(SHEET, [off])["articles"][0]  # type: ignore[index]
    assert data["reports_study"] is False and data["accuracy"] is None
    assert "does not appear to report this study" in to_text(SHEET, [off])
    assert "does not appear to report this study" in to_markdown(SHEET, [off])
    assert to_json_data(SHEET, [base])["articles"][0]["claims"] == []  # type: ignore[index]
