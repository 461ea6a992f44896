"""Exports: JSON (the check schema plus reviewer fields), Markdown, CSV, ClaimReview."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from claimdiff.cli.export import expand_paths
from claimdiff.cli.export import main as export_main
from claimdiff.results.export import (
    FORMATS,
    claimreview_data,
    json_data,
    render,
    to_csv,
    to_markdown,
)
from claimdiff.results.report import to_json_data
from claimdiff.results.review import ReviewedArticle
from claimdiff.results.store import ReviewStore
from tui_fixtures import SHEET, article_result, second_result, write_case

HOSTILE = "Cure [bold red]now[/] \x1b[2J\x1b]52;c;ZXZpbA==\x07 \u202eevil | <script> *x*"


def reviewed() -> list[ReviewedArticle]:
    first = ReviewedArticle.fresh(article_result())
    first.confirm(2)
    first.set_verdict(0, "supported")
    first.set_reason(0, "the headline is fair")
    first.set_verdict(7, "unsupported")
    second = ReviewedArticle.fresh(second_result())
    return [first, second]


def test_json_is_the_check_schema_plus_reviewer_fields() -> None:
    articles = reviewed()
    data = json_data(SHEET, articles)
    check = to_json_data(SHEET, [a.result for a in articles])
    assert data["study"] == check["study"]
    for ours, theirs in zip(data["articles"], check["articles"], strict=True):
        for key, value in theirs.items():
            if key != "claims":
                assert ours[key] == value
        for claim, base in zip(ours["claims"], theirs["claims"], strict=True):
            assert {k: claim[k] for k in base} == base
            assert {"review", "final_verdict", "final_fact"} <= set(claim)
    first = data["articles"][0]
    assert first["claims"][0]["review"]["verdict"] == "supported"
    assert first["claims"][0]["review"]["status"] == "overridden"
    assert first["claims"][0]["review"]["reason"] == "the headline is fair"
    assert first["claims"][2]["review"]["status"] == "confirmed"
    assert first["claims"][1]["review"] is None
    assert first["reviewed"] == 3
    assert first["final_accuracy"] == pytest.approx(4 / 8)
    assert first["accuracy"] == pytest.approx(3 / 7)
    assert data["corpus"]["final_accuracy"] == pytest.approx((4 / 8 + 1) / 2)
    json.dumps(data)


def test_markdown_report_is_escaped_and_inert() -> None:
    articles = reviewed()
    result = articles[1].result
    claim = replace(result.results[0].claim, display=HOSTILE)
    result.results[0] = replace(result.results[0], claim=claim)
    text = to_markdown(SHEET, articles)
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "␛" in text and "⟨U+202E⟩" in text
    assert r"\[bold red\]" in text and r"\<script\>" in text and r"\|" in text
    assert "# claimdiff review: Green tea extract" in text
    assert "(reviewed; claimdiff said overstated)" in text
    assert "reviewer: the headline is fair" in text
    assert "**caveat** `dose`" in text  # an omitted caveat is called out


def test_csv_has_one_row_per_claim_and_no_formulas() -> None:
    articles = reviewed()
    claim = replace(articles[1].result.results[0].claim, display='=HYPERLINK("x")')
    articles[1].result.results[0] = replace(articles[1].result.results[0], claim=claim)
    rows = list(csv.DictReader(io.StringIO(to_csv(SHEET, articles))))
    assert len(rows) == 8 + 3
    assert rows[0]["review_verdict"] == "supported" and rows[0]["final_verdict"] == "supported"
    assert rows[0]["verdict"] == "overstated"
    assert rows[8]["text"].startswith("'=")


def test_claimreview_per_reviewed_checkable_claim() -> None:
    articles = reviewed()
    articles[0].set_verdict(3, "background")  # reviewed but not rated
    data = claimreview_data(SHEET, articles, author="A. Checker")
    assert data["@context"] == "https://schema.org"
    graph = data["@graph"]
    assert [g["claimReviewed"] for g in graph] == [
        articles[0].result.results[i].claim.display for i in (0, 2, 7)
    ]
    for item in graph:
        assert item["@type"] == "ClaimReview"
        rating = item["reviewRating"]
        assert 1 <= rating["ratingValue"] <= rating["bestRating"] == 5
        assert item["author"] == {"@type": "Person", "name": "A. Checker"}
        assert item["isBasedOn"]["identifier"] == "doi:10.0000/jnn.2024.001"
    assert graph[2]["reviewRating"]["alternateName"] == "Not supported by the study"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_renders(fmt: str) -> None:
    assert render(fmt, SHEET, reviewed()).endswith("\n")


def test_expand_paths(tmp_path: Path) -> None:
    _, files = write_case(tmp_path / "case")
    (tmp_path / "case" / ".hidden.txt").write_text("x")
    (tmp_path / "case" / "notes.pdf").write_text("x")
    (tmp_path / "empty").mkdir()
    found, errors = expand_paths([tmp_path / "case", tmp_path / "empty", tmp_path / "a.txt"])
    assert found == files
    assert [e.message for e in errors] == [
        f"{tmp_path / 'empty'}: no articles (.txt, .md, .markdown, .html, .htm) in this folder",
        f"{tmp_path / 'a.txt'}: no such file or folder",
    ]


def test_export_command_reads_the_tui_reviews(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    from claimdiff.pipeline.checker import Checker
    from claimdiff.study.sheet import load_sheet

    sheet_path, files = write_case(tmp_path / "case")
    sheet = load_sheet(sheet_path)
    store = ReviewStore(sheet.study)
    article, _ = store.open(Checker(sheet).check_path(files[0]))
    article.set_verdict(0, "misreported")
    store.save(article)

    out = tmp_path / "out.json"
    code = export_main(["--study", str(sheet_path), "-o", str(out), *map(str, files)])
    assert code == 0
    data = json.loads(out.read_text())
    assert data["articles"][0]["claims"][0]["review"]["verdict"] == "misreported"
    assert data["articles"][1]["reviewed"] == 0

    code = export_main(["--study", str(sheet_path), "--format", "markdown", str(files[0])])
    assert code == 0 and "# claimdiff review" in capsys.readouterr().out


def test_export_command_errors(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    sheet_path, files = write_case(tmp_path / "case")
    out = tmp_path / "out.csv"
    code = export_main(
        ["--study", str(sheet_path), "--format", "csv", "-o", str(out), str(files[0]), "nope.txt"]
    )
    assert code == 1 and out.exists()
    assert "claimdiff: error: nope.txt: " in capsys.readouterr().err

    broken = tmp_path / "broken.json"
    broken.write_text("{")
    out2 = tmp_path / "never.json"
    code = export_main(
        ["--study", str(sheet_path), "--review", str(broken), "-o", str(out2), str(files[0])]
    )
    assert code == 2 and not out2.exists() and broken.read_text() == "{"
    assert "corrupted review file" in capsys.readouterr().err

    assert export_main(["--study", str(tmp_path / "missing.toml"), str(files[0])]) == 2
    assert "missing.toml" in capsys.readouterr().err


def test_export_subcommand_through_the_console_script(tmp_path: Path) -> None:
    sheet_path, files = write_case(tmp_path / "case")
    exe = Path(sys.executable).with_name("claimdiff")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "claimdiff"]
    proc = subprocess.run(
        [*command, "export", "--study", str(sheet_path), "--format", "claimreview", str(files[1])],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["@graph"] == []  # nothing reviewed yet
