"""`run_app` (what `claimdiff` runs): problems found before the UI starts, and the samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.results.store import ReviewStore
from claimdiff.study.sheet import load_sheet
from claimdiff.tui import run_app
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from tui_fixtures import write_case

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reference-study.toml"


def test_unknown_theme(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    sheet, files = write_case(tmp_path)
    assert run_app(files, sheet, theme="no-such-theme") == 2
    assert "unknown theme 'no-such-theme'" in capsys.readouterr().err


def test_review_must_be_a_file(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    sheet, files = write_case(tmp_path)
    assert run_app(files, sheet, review=tmp_path) == 2
    assert "is a directory" in capsys.readouterr().err


def _sample_sheet() -> Path:
    for candidate in (bundled_sheet(), REFERENCE):
        if candidate.exists():
            return candidate
    pytest.skip("no fact sheet for the samples here")


async def test_the_samples_open_and_walk(tmp_path: Path) -> None:
    """The real samples through the real pipeline: structure, not particular verdicts."""
    sheet = load_sheet(_sample_sheet())
    articles = bundled_articles()
    assert len(articles) == 5
    app = ClaimdiffApp(
        sheet,
        articles,
        store=ReviewStore(sheet.study, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=(120, 35)) as pilot:
        await app.checked()
        await pilot.pause()
        assert [s.state for s in app.slots] == ["ready"] * 5
        screen = app.main
        for n in range(5):
            article = screen.article
            assert article is not None and len(article) > 5
            assert screen.sub_title.startswith(f"Article {n + 1}/5: ")
            first = screen.claim
            await pilot.press("j")
            assert screen.claim != first
            await pilot.press("n", "G", "g", "space")
            assert article.reviewed_count() == 1
            await pilot.press("right_square_bracket")
        await pilot.press("O")
        assert app.screen.query_one("DataTable").row_count == 5  # type: ignore[attr-defined]
