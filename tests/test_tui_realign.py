"""Re-aligning a claim (`a`): claimdiff's core judges the pair, and the viewer shows its verdict,
its reason, the score, and the words the core matched (content words only)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from textual.content import Content

from claimdiff.model import ArticleResult, Judgement, Match
from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from claimdiff.tui.render import LIT, Rows
from claimdiff.tui.screens.fact_picker import FactPickerScreen
from claimdiff.tui.widgets.score_bar import ScoreBar
from tui_fixtures import SHEET, STUDY, article_result

SIZE = (120, 35)


def misaligned() -> ArticleResult:
    """The tea article as if the aligner had missed two pairings: the maze claim given the
    neurons fact (overstated), the journal claim given none (unsupported)."""
    result = article_result()
    maze, journal = result.results[3], result.results[4]
    result.results[3] = replace(
        maze, match=Match("neurons", 0.2), judgement=Judgement("overstated", ("certainty",))
    )
    result.results[4] = replace(
        journal, match=Match(None, 0.0), judgement=Judgement("unsupported", ("no fact",))
    )
    return result


def make_app(tmp_path: Path) -> ClaimdiffApp:
    return ClaimdiffApp(
        SHEET,
        results=[misaligned()],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )


def lit(app: ClaimdiffApp) -> dict[str, list[str]]:
    """The words lit in the detail strip's claim and fact rows."""
    rows = app.main.query_one("#detail-body").visual
    assert isinstance(rows, Rows)
    out: dict[str, list[str]] = {}
    for label, body in rows.rows:
        name = label.plain.strip()
        if name in ("Claim", "Fact") and isinstance(body, Content):
            out[name] = [body.plain[s.start : s.end] for s in body.spans if s.style == LIT]
    return out


def detail_text(app: ClaimdiffApp) -> str:
    rows = app.main.query_one("#detail-body").visual
    assert isinstance(rows, Rows)
    return "\n".join(f"{g.plain} {b.plain}" for g, b in rows.rows)


async def realign(app: ClaimdiffApp, pilot, claim: int, words: str) -> None:  # noqa: ANN001
    app.main.article_view.select_claim(claim)
    await pilot.pause()
    await pilot.press("a")
    assert isinstance(app.screen, FactPickerScreen)
    await pilot.press(*words, "enter")
    await pilot.pause()


async def test_realign_to_a_supporting_and_to_a_contradicting_fact(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = app.main.article
        assert article is not None
        score = app.main.query_one(ScoreBar)
        assert score.score.accuracy == 2 / 7  # 2 supported of 7 scored

        # the maze claim to the maze fact: claimdiff's core finds it supported
        await realign(app, pilot, 3, "hidden platform")
        assert article.fact_id(3) == "maze" and article.verdict(3) == "supported"
        assert article.review(3).realigned  # type: ignore[union-attr]
        assert score.score.accuracy == 3 / 7 and score.score.supported == 3
        shown = detail_text(app)
        assert "SUPPORTED" in shown and "you re-aligned it" in shown
        assert "could not judge" not in shown
        words = lit(app)
        assert "hidden platform 30 percent faster" in words["Claim"]
        assert any("hidden platform" in w for w in words["Fact"])

        # the journal claim to the journal fact: the year contradicts it
        await realign(app, pilot, 4, "journal")
        assert article.fact_id(4) == "journal" and article.verdict(4) == "misreported"
        assert score.score.accuracy == 3 / 7 and score.score.scored == 7
        shown = detail_text(app)
        assert "MISREPORTED" in shown and "2024" in shown and "2023" in shown
        words = lit(app)
        assert "Journal" in words["Claim"] and "Nutritional Neuroscience" in words["Claim"]
        for word in (*words["Claim"], *words["Fact"]):  # content words only
            assert word.casefold() not in {"the", "of", "in", "was", "and"}, word

        # back to no fact: unsupported again, and undo restores the re-alignment
        await realign(app, pilot, 4, "no fact")
        assert article.fact_id(4) is None
        await pilot.press("z")
        assert article.fact_id(4) == "journal" and article.verdict(4) == "misreported"


async def test_a_restored_realignment_is_lit_once_the_core_has_matched_it(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await realign(app, pilot, 4, "journal")
        await pilot.press("q")
    again = make_app(tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        article = again.main.article
        assert article is not None and article.fact_id(4) == "journal"
        again.main.article_view.select_claim(4)
        await pilot.pause()
        await again.workers.wait_for_complete()
        await pilot.pause()
        assert "Nutritional Neuroscience" in lit(again)["Claim"]
