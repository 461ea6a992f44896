"""The review flow at a reviewer's pace: one key per claim, keys that land where they point."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events

from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from tui_fixtures import SHEET, STUDY, article_result, second_result

SIZE = (120, 35)


def make_app(tmp_path: Path, **config: object) -> ClaimdiffApp:
    return ClaimdiffApp(
        SHEET,
        results=[article_result(), second_result()],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml", **config),  # type: ignore[arg-type]
    )


def burst(app: ClaimdiffApp, keys: str) -> None:
    """Keys as one terminal read delivers them: all queued before the first is handled."""
    assert app._driver is not None
    for key in keys:
        name = {" ": "space"}.get(key, key)
        event = events.Key(name, key)
        event.set_sender(app)
        app._driver.send_message(event)


async def test_one_key_per_claim_reviews_a_whole_article(tmp_path: Path) -> None:
    """Eight claims, eight keys: each verdict key moves on to the next unreviewed claim."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = app.main.article
        assert article is not None and len(article) == 8
        await pilot.press("space", "s", "space", "space", "space", "m", "space", "b")
        assert article.reviewed_count() == 8
        assert [article.verdict(i) for i in range(8)] == [
            "overstated", "supported", "supported", "supported", "misreported",
            "misreported", "supported", "background",
        ]  # fmt: skip
        # after the article's last claim, the next article's first unreviewed claim
        assert app.main.article_index == 1 and app.main.claim == 0
        assert app.main.sub_title.startswith("Article 2/2")


async def test_the_first_sample_article_takes_one_key_per_claim(tmp_path: Path) -> None:
    """The bundled first article, through the real pipeline: each of its claims confirmed with
    one `space` (59 keys when `space` stayed on the claim: space and j for all but the last)."""
    from claimdiff.locations import bundled_articles, bundled_sheet
    from claimdiff.study.sheet import load_sheet

    sheet = load_sheet(bundled_sheet())
    app = ClaimdiffApp(
        sheet,
        bundled_articles()[:1],
        store=ReviewStore(sheet.study, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.checked()
        await pilot.pause()
        article = app.main.article
        assert article is not None and len(article) >= 20
        keys = 0
        while article.reviewed_count() < len(article) and keys < 2 * len(article):
            await pilot.press("space")
            keys += 1
        assert keys == len(article)
        assert all(article.verdict(i) == article.result.results[i].verdict for i in range(keys))


async def test_advance_skips_reviewed_claims_and_comes_back_round(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        article = app.main.article
        assert article is not None
        await pilot.press("j", "j", "space")  # claim 2 reviewed; on to 3
        assert app.main.claim == 3
        await pilot.press("g", "j", "space")  # claim 1 reviewed: 2 is done, so on to 3
        assert app.main.claim == 3
        await pilot.press("G", "space")  # the last claim: to the next article
        assert app.main.article_index == 1 and app.main.claim == 0
        assert any("5 left unreviewed" in n.message for n in app._notifications)
        await pilot.press("space", "space", "space")  # article 2 done: back to article 1
        assert app.main.article_index == 0 and app.main.claim == 0
        await pilot.press(*"s" * 5)
        assert article.reviewed_count() == 8
        assert any("Every claim of every open article" in n.message for n in app._notifications)


async def test_advance_setting_off_stays_on_the_claim(tmp_path: Path) -> None:
    app = make_app(tmp_path, advance=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space")
        assert app.main.claim == 0 and app.main.article is not None
        assert app.main.article.is_reviewed(0)
        await pilot.press("m")
        assert app.main.claim == 0 and app.main.article.verdict(0) == "misreported"


def test_advance_setting_is_read_and_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("advance = false\n")
    assert Config.load(path).advance is False
    Config.load(path).save()
    assert Config.load(path).advance is False
    path.write_text("")
    assert Config.load(path).advance is True


async def test_a_burst_marks_the_claim_the_keys_point_at(tmp_path: Path) -> None:
    """`jjm` in one read marks the third claim, not the first (issue 14)."""
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = app.main.article
        assert article is not None
        burst(app, "jjm")
        await pilot.pause(0.1)
        assert [i for i in range(8) if article.is_reviewed(i)] == [2]
        assert article.verdict(2) == "misreported"
        burst(app, " j j j")  # confirm 3, skip 4, confirm 5, skip 6...
        await pilot.pause(0.1)
        assert [i for i in range(8) if article.is_reviewed(i)] == [2, 3, 5, 7]


# --------------------------------------------------------------------------- what is in view


LONG = " ".join(["In a sentence that restates, with one qualification after another,"] * 4) + (
    " that the rats given the extract found the hidden platform 30 percent faster."
)


@pytest.mark.parametrize("size", [(80, 24), (120, 35)], ids=["80x24", "120x35"])
async def test_verdict_first_reason_and_note_always_in_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """A long claim with three reasons and a note: the strip shows the verdict, the first
    reason and the note without scrolling; `enter` shows the claim and every reason whole;
    the footer keeps ? and q."""
    from dataclasses import replace

    from claimdiff.model import Judgement
    from claimdiff.tui.widgets.detail_strip import DetailStrip
    from claimdiff.tui.widgets.key_footer import KeyFooter

    result = article_result()
    first = result.results[1]
    reasons = (
        "certainty: the first reason, which the reviewer must always see",
        "scope: a second reason that may wait for enter",
        "population: a third reason that may wait for enter",
    )
    claim = replace(first.claim, text=LONG, display=LONG)
    result.results[1] = replace(first, claim=claim, judgement=Judgement("overstated", reasons))
    app = ClaimdiffApp(
        SHEET,
        results=[result],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=size) as pilot:
        await pilot.press("j", "r", *"my own note on it", "enter")
        await pilot.pause()
        assert app.main.claim == 1
        strip = app.main.query_one(DetailStrip)

        def shown() -> str:
            rows = strip.body.visual
            return "\n".join(f"{g.plain} {b.plain}" for g, b in rows.rows)  # type: ignore[attr-defined]

        assert strip.body.outer_size.height <= strip.scrollable_content_region.height
        text = shown()
        for part in ("OVERSTATED", reasons[0], "my own note on it"):
            assert part in " ".join(text.split()), part
        assert strip.cut and LONG not in " ".join(text.split())
        await pilot.press("tab", "tab", "enter")  # the strip focused, expanded
        assert strip.expanded
        text = " ".join(shown().split())
        assert LONG in text and all(r in text for r in reasons)
        footer = str(app.screen.query_one(KeyFooter).render())
        assert "? Help" in footer and "q Quit" in footer


# --------------------------------------------------------------------------- what the core adds


async def test_every_fact_a_claim_reports_is_in_the_detail_strip(tmp_path: Path) -> None:
    from dataclasses import replace

    result = article_result()
    both = result.results[2]  # "Researchers gave 48 aged rats ... for 12 weeks."
    result.results[2] = replace(both, match=replace(both.match, also=("maze",)))
    app = ClaimdiffApp(
        SHEET,
        results=[result],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")
        rows = app.main.query_one("#detail-body").visual
        text = "\n".join(f"{g.plain} {b.plain}" for g, b in rows.rows)  # type: ignore[attr-defined]
        assert "Forty-eight aged rats" in text  # the main fact
        assert "Also" in text and "hidden platform 30 percent faster in the water maze" in text


async def test_an_article_that_does_not_report_the_study(tmp_path: Path) -> None:
    from claimdiff.tui.screens.overview import OverviewScreen
    from claimdiff.tui.widgets.score_bar import ScoreBar

    other = second_result()
    other.reports_study = False
    app = ClaimdiffApp(
        SHEET,
        results=[article_result(), other],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=SIZE) as pilot:
        assert app.corpus() == pytest.approx(3 / 7)  # the other article is n/a, not 100%
        await pilot.press("right_square_bracket")
        bar = str(app.main.query_one(ScoreBar).render())
        assert "Accuracy n/a" in bar and "does not appear to report this study" in bar
        assert app.main.sub_title.endswith("not about this study")
        await pilot.press("space")  # a review does not give it an accuracy
        assert app.main.article is not None and app.main.article.accuracy() is None
        await pilot.press("O")
        assert isinstance(app.screen, OverviewScreen)
        row = [str(cell) for cell in app.screen.query_one("DataTable").get_row_at(1)]  # type: ignore[attr-defined]
        assert row[5] == "n/a" and "does not appear to report this study" in row[-1]


# --------------------------------------------------------------------------- the corpus by fact


async def test_corpus_by_fact_tab_and_enter_jumps_to_the_claims(tmp_path: Path) -> None:
    from textual.widgets import DataTable

    from claimdiff.tui.screens.main import MainScreen
    from claimdiff.tui.screens.overview import OverviewScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("O", "tab")
        screen = app.screen
        assert isinstance(screen, OverviewScreen) and screen.on_facts
        table = screen.query_one("#by-fact", DataTable)
        assert table.row_count == len(SHEET.facts)
        cells = [str(c) for c in table.get_row_at(2)]  # the maze fact
        assert cells[2] == "2/2" and cells[3] == "4" and cells[4] == "▲▲✓✓"
        dose = [str(c) for c in table.get_row_at(6)]
        assert dose[-1] == "2/2 ⚠"  # a caveat both articles leave out
        summary = str(screen.query_one("#summary").render())
        assert "Caveats most articles leave out: rats-only, dose" in summary
        await pilot.press("s")  # by how many articles report it (ties in the sheet's order)
        assert screen.fact_sort == "articles"
        assert str(table.get_row_at(0)[0]).startswith("Forty-eight aged rats")
        await pilot.press("s")  # by problems
        assert screen.fact_sort == "problems"
        assert str(table.get_row_at(0)[0]).startswith("Rats given the extract found")
        table.move_cursor(row=0)  # (the cursor stays on its fact when the order changes)
        await pilot.press("enter")  # its claims: the first one
        assert isinstance(app.screen, MainScreen)
        assert app.main.article_index == 0 and app.main.claim == 0
        assert any("Claim 1 of 4 reporting this fact in 2 articles" in n.message
                   for n in app._notifications)  # fmt: skip
        await pilot.press("tab")  # the facts pane, on the maze fact: enter steps through
        assert app.main.facts_view.fact is not None and app.main.facts_view.fact.id == "maze"
        await pilot.press("enter")
        assert (app.main.article_index, app.main.claim) == (0, 1)
        await pilot.press("enter", "enter")  # past this article's last: the next article
        assert (app.main.article_index, app.main.claim) == (1, 0)
        await pilot.press("enter")  # and round to the first
        assert (app.main.article_index, app.main.claim) == (0, 0)


async def test_corpus_by_fact_from_the_palette(tmp_path: Path) -> None:
    from claimdiff.tui.screens.overview import OverviewScreen

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"corpus by fact")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen) and app.screen.on_facts
        await pilot.press("tab")
        assert not app.screen.on_facts


async def test_a_screenshot_without_a_downloads_folder_is_saved_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The palette's "Screenshot" on a machine with no Downloads folder saves the SVG where
    claimdiff was started, instead of failing."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_downloads_path", lambda: tmp_path / "no-such-dir")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.deliver_screenshot()  # what the palette's "Screenshot" calls
        for _ in range(50):
            await pilot.pause(0.05)
            if list(here.glob("*.svg")):
                break
        for _ in range(50):
            await pilot.pause(0.05)
            if app._notifications:
                break
        toasts = [str(n.message) for n in app._notifications]
    (saved,) = here.glob("*.svg")
    assert "<svg" in saved.read_text(encoding="utf-8")
    # the toast names the file in plain words, without Textual's markup showing
    assert toasts == [f"Saved screenshot to {saved}"]
