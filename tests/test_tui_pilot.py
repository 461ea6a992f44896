"""The TUI driven through Pilot: every binding, asserting on state (not on pixels)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from claimdiff.errors import InputError
from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from claimdiff.tui.screens.export import ExportScreen
from claimdiff.tui.screens.fact_picker import FactPickerScreen
from claimdiff.tui.screens.help import HelpScreen, all_bindings
from claimdiff.tui.screens.main import MainScreen
from claimdiff.tui.screens.overview import OverviewScreen
from claimdiff.tui.screens.reason import ReasonScreen
from claimdiff.tui.screens.search import SearchScreen
from claimdiff.tui.widgets.article_view import ArticleView
from claimdiff.tui.widgets.facts_view import FactsView
from claimdiff.tui.widgets.score_bar import ScoreBar
from tui_fixtures import SHEET, STUDY, article_result, big_result, second_result, write_case

SIZE = (120, 35)


def make_app(tmp_path: Path, results: list | None = None, **kw: object) -> ClaimdiffApp:
    if results is None:
        results = [article_result(), second_result()]
    kw.setdefault("config", Config(tmp_path / "config.toml"))
    return ClaimdiffApp(
        SHEET,
        results=results,
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        **kw,  # type: ignore[arg-type]
    )


def stored(app: ClaimdiffApp, index: int = 0):  # noqa: ANN201 - a ReviewedArticle
    """The reviews of the app's article `index` as saved (read by another store)."""
    assert app.store.flush()
    article = app.slots[index].article
    assert article is not None
    store = ReviewStore(app.store.study, app.store.file, root=app.store.root)
    saved, _ = store.open(article.result)
    store.close()
    return saved


def main(app: ClaimdiffApp) -> MainScreen:
    return app.main


def claim(app: ClaimdiffApp) -> int | None:
    return main(app).claim


def rendered(widget) -> str:  # noqa: ANN001
    """The plain text a widget shows now."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


# --------------------------------------------------------------------------- moving


async def test_opens_first_article_on_first_claim(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        assert screen.article_index == 0 and claim(app) == 0
        assert screen.sub_title.startswith("Article 1/2: Green tea boosts memory")
        assert app.focused is screen.article_view
        assert screen.facts_view.selected == "maze"
        await pilot.pause()
        assert app.first_frame is not None


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        (["j"], 1),
        (["down", "down"], 2),
        (["j", "j", "k"], 1),
        (["j", "up"], 0),
        (["G"], 7),
        (["end"], 7),
        (["G", "g"], 0),
        (["G", "home"], 0),
        (["pagedown"], 7),
        (["pagedown", "pageup"], 0),
        (["k"], 0),  # stays at the first claim
        (["G", "j"], 7),  # and at the last
    ],
)
async def test_claim_movement(tmp_path: Path, keys: list[str], expected: int) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*keys)
        assert claim(app) == expected


async def test_selected_claim_marks_and_shows_its_fact(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")  # "Researchers gave 48 aged rats..."
        facts = main(app).facts_view
        assert facts.selected == "cohort"
        assert facts.fact is not None and facts.fact.id == "cohort"
        detail = rendered(app.screen.query_one("#detail-body"))
        assert "Researchers gave 48 aged rats" in detail
        assert "Forty-eight aged rats" in detail and "SUPPORTED" in detail
        await pilot.press("j", "j", "j")  # the unsupported claim has no fact
        assert claim(app) == 5 and facts.selected is None and facts.highlighted is None
        detail = rendered(app.screen.query_one("#detail-body"))
        assert "No fact of the study matches" in detail
        assert "benefit: promises a cure" in detail


async def test_next_and_previous_problem_wrap_with_a_message(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("n")
        assert claim(app) == 1
        await pilot.press("n")
        assert claim(app) == 4
        await pilot.press("n")
        assert claim(app) == 5
        await pilot.press("n")  # past the last problem: back to the first, and told so
        assert claim(app) == 0
        assert any("back to the first" in n.message for n in app._notifications)
        await pilot.press("N")  # and backwards past the first: to the last
        assert claim(app) == 5
        assert any("back to the last" in n.message for n in app._notifications)
        await pilot.press("N")
        assert claim(app) == 4


async def test_articles_next_previous(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("right_square_bracket")
        assert screen.article_index == 1
        assert screen.sub_title.startswith("Article 2/2: Tea compound")
        await pilot.press("left_square_bracket")
        assert screen.article_index == 0
        await pilot.press("l")
        assert screen.article_index == 1 and claim(app) == 0
        await pilot.press("h")
        assert screen.article_index == 0


async def test_tab_switches_panes_and_enter_cycles_claims_of_a_fact(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        await pilot.press("tab")
        assert app.focused is screen.facts_view
        assert screen.facts_view.fact is not None and screen.facts_view.fact.id == "maze"
        await pilot.press("enter")
        assert claim(app) == 1  # the next claim reporting "maze" after the headline
        await pilot.press("enter")
        assert claim(app) == 3
        await pilot.press("enter")
        assert claim(app) == 0  # cycles back
        await pilot.press("k")  # moving in the facts pane moves the fact cursor only
        assert screen.facts_view.fact.id == "cohort" and claim(app) == 0  # type: ignore[union-attr]
        await pilot.press("j", "g")
        assert screen.facts_view.fact.id == "journal"  # type: ignore[union-attr]
        await pilot.press("G")
        assert screen.facts_view.fact.id == "quote-lead"  # type: ignore[union-attr]
        await pilot.press("pageup", "pagedown")
        await pilot.press("shift+tab")
        assert app.focused is screen.article_view


# --------------------------------------------------------------------------- reviewing


async def test_confirm_and_verdict_keys_update_score_and_save(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        article = screen.article
        assert article is not None
        score = app.screen.query_one(ScoreBar)
        assert score.score.accuracy == pytest.approx(3 / 7) and score.score.reviewed == 0
        await pilot.press("space")  # confirms, and moves on to the next unreviewed claim
        assert article.review(0).status == "confirmed"  # type: ignore[union-attr]
        assert score.score.reviewed == 1 and claim(app) == 1
        await pilot.press("s")  # overstated -> supported
        assert article.verdict(1) == "supported" and claim(app) == 2
        assert score.score.accuracy == pytest.approx(4 / 7)
        await pilot.press("o")
        assert article.verdict(2) == "overstated"
        await pilot.press("m")
        assert article.verdict(3) == "misreported"
        await pilot.press("u")
        assert article.verdict(4) == "unsupported"
        await pilot.press("b")
        assert article.verdict(5) == "background" and claim(app) == 6
        assert score.score.accuracy == pytest.approx(2 / 6)
        assert score.score.reviewed == 6
        assert "✎" in rendered(screen.article_view)
        assert stored(app).reviews == article.reviews and len(article.reviews) == 6
        await pilot.press("k")
        assert "your verdict" in rendered(app.screen.query_one("#detail-body"))


async def test_undo_redo_many_levels(tmp_path: Path) -> None:
    app = make_app(tmp_path, config=Config(tmp_path / "config.toml", advance=False))
    async with app.run_test(size=SIZE) as pilot:
        article = main(app).article
        assert article is not None
        await pilot.press("s", "o", "m", "u", "b")
        assert article.verdict(0) == "background"
        await pilot.press("z", "z", "z")
        assert article.verdict(0) == "overstated"
        await pilot.press("Z")
        assert article.verdict(0) == "misreported"
        await pilot.press("z", "z", "z")
        assert not article.is_reviewed(0)
        await pilot.press("z")  # nothing more to undo: no change
        assert not article.is_reviewed(0)
        await pilot.press("j", "j", "Z")  # redo jumps back to the claim it changes
        assert claim(app) == 0 and article.verdict(0) == "supported"
        saved = stored(app)
        assert saved.verdict(0) == "supported" and saved.reviewed_count() == 1
        assert [c.key for c in saved.undo_stack] == [c.key for c in article.undo_stack]


async def test_clear_review(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = main(app).article
        await pilot.press("m", "k", "x")
        assert article is not None and not article.is_reviewed(0)
        await pilot.press("z")
        assert article.verdict(0) == "misreported"


async def test_reason_prompt(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        article = main(app).article
        assert article is not None
        await pilot.press("o", "k", "r")
        assert isinstance(app.screen, ReasonScreen)
        await pilot.press(*"says people")
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        assert article.review(0).reason == "says people"  # type: ignore[union-attr]
        assert "says people" in rendered(app.screen.query_one("#detail-body"))
        await pilot.press("r", "escape")  # cancel changes nothing
        assert article.review(0).reason == "says people"  # type: ignore[union-attr]


async def test_realign_to_another_fact_and_to_none(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        article = screen.article
        assert article is not None
        await pilot.press("a")
        assert isinstance(app.screen, FactPickerScreen)
        await pilot.press(*"hippocampus", "enter")
        assert article.fact_id(0) == "neurons"
        assert article.review(0).realigned  # type: ignore[union-attr]
        assert screen.facts_view.selected == "neurons"
        assert "hippocampus" in rendered(app.screen.query_one("#detail-body"))
        await pilot.press("a", "up", "up", "up")  # the picker starts on the current fact
        await pilot.press("escape")
        assert article.fact_id(0) == "neurons"
        await pilot.press("a", *"no fact", "enter")
        assert article.fact_id(0) is None


async def test_filter_cycles_all_problems_unreviewed(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = main(app).article_view
        await pilot.press("f")
        assert view.filter == "problems" and view.visible_claims == [0, 1, 4, 5]
        assert app.screen.query_one(ScoreBar).score.filter == "problems"
        await pilot.press("j")
        assert claim(app) == 1
        await pilot.press("f")
        assert view.filter == "unreviewed" and len(view.visible_claims) == 8
        await pilot.press("space", "j", "f")
        assert view.filter == "all" and claim(app) is not None


async def test_dropped_text_toggle(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        view = main(app).article_view
        assert "BUY GREEN TEA" not in rendered(view)
        await pilot.press("d")
        assert view.show_dropped
        text = rendered(view)
        assert "BUY GREEN TEA NOW" in text and "removed: shop chrome" in text
        await pilot.press("j", "j", "j", "j")  # dropped passages are skipped by the cursor
        assert claim(app) == 4
        await pilot.press("d")
        assert "BUY GREEN TEA" not in rendered(view) and claim(app) == 4


async def test_search_jumps_to_claims_and_facts(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"hippocampus")
        choices = app.screen.query_one("#choices", OptionList)
        assert choices.option_count == 2  # a claim of article 2 and the fact
        await pilot.press("enter")
        screen = main(app)
        assert screen.article_index == 1 and claim(app) == 2
        await pilot.press("slash", *"hippocampus", "down", "enter")
        assert app.focused is screen.facts_view
        assert screen.facts_view.fact.id == "neurons"  # type: ignore[union-attr]
        await pilot.press("slash", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_overview_sort_and_open(tmp_path: Path) -> None:
    results = [article_result(), second_result(), InputError(Path("bad.pdf"), "this is a PDF")]
    app = make_app(tmp_path, results)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        assert isinstance(app.screen, OverviewScreen)
        table = app.screen.query_one(DataTable)
        assert table.row_count == 3
        assert "this is a PDF" in str(table.get_row_at(2)[-1])
        await pilot.press("s")  # by title
        assert app.screen.sort == "title"
        await pilot.press("s")  # by accuracy: the 43% article first, the failed one last
        assert app.screen.sort == "accuracy"
        assert [table.get_row_at(i)[0] for i in range(3)] == ["1", "2", "3"]
        await pilot.press("r")
        assert [table.get_row_at(i)[0] for i in range(3)] == ["3", "2", "1"]
        await pilot.press("r", "s", "s")
        assert app.screen.sort == "reviewed"
        await pilot.press("s", "home", "down")  # back to position order, second row
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen) and main(app).article_index == 1
        await pilot.press("O", "down", "enter")  # the failed article cannot be opened
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen) and main(app).article_index == 1


async def test_overview_titles_take_the_room_an_empty_status_column_leaves(tmp_path: Path) -> None:
    """At 120 columns a 41-character title is shown whole when no article has a status to
    show; an error takes its share of the room back."""
    title = "Green tea boosts memory, scientists prove"
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        table = app.screen.query_one(DataTable)
        assert title in rendered(table)
        status = next(c for c in table.columns.values() if str(c.label) == "Status")
        assert status.width >= len("Status")
    results = [article_result(), second_result(), InputError(Path("bad.pdf"), "x" * 40)]
    app = make_app(tmp_path, results)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        table = app.screen.query_one(DataTable)
        status = next(c for c in table.columns.values() if str(c.label) == "Status")
        assert status.width >= 15
        assert "Green tea boosts memory" in rendered(table)


async def test_overview_columns_refit_when_the_terminal_is_resized(tmp_path: Path) -> None:
    """Opened at 120 columns, then the terminal narrowed to 80: both tables fit the new width
    (no column pushed off the screen), and widened again they use the room."""

    def used(table: DataTable) -> int:
        return sum(c.get_render_width(table) for c in table.columns.values())

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        articles, facts = (
            screen.query_one("#articles", DataTable),
            screen.query_one("#by-fact", DataTable),
        )
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert used(articles) <= 78 and used(facts) <= 78
        assert "Status" in [str(c.label) for c in articles.columns.values()]
        title = next(c for c in articles.columns.values() if str(c.label) == "Article")
        assert title.width >= 24  # the claim count (also in Reviewed) left out for it
        await pilot.resize_terminal(120, 35)
        await pilot.pause()
        await pilot.pause()
        assert used(articles) > 100 and "claimdiff" in [
            str(c.label) for c in articles.columns.values()
        ]


async def test_export_dialog_writes_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "e")
        assert isinstance(app.screen, ExportScreen)
        path_input = app.screen.query_one("#path", Input)
        assert path_input.value == "tea-memory-2024-review.json"
        await pilot.press("right")  # the format radio set: Markdown
        await pilot.press("enter")
        assert path_input.value == "tea-memory-2024-review.md"
        await pilot.click("#export")
        assert isinstance(app.screen, MainScreen)
        text = (tmp_path / "tea-memory-2024-review.md").read_text()
        assert "**misreported** (reviewed; claimdiff said overstated)" in text
        assert "## 2. Tea compound helps old rats" in text


async def test_export_asks_before_replacing_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimdiff.tui.screens.confirm import ConfirmScreen

    monkeypatch.chdir(tmp_path)
    target = tmp_path / "tea-memory-2024-review.json"
    target.write_text("my earlier export\n")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("m", "e")
        await pilot.click("#export")
        assert isinstance(app.screen, ConfirmScreen)  # asked, nothing written yet
        question = str(app.screen.query_one("#question").render())
        assert "tea-memory-2024-review.json already exists. Replace it" in question
        await pilot.press("enter")  # the focus is on Cancel: enter never replaces
        assert isinstance(app.screen, ExportScreen)
        assert target.read_text() == "my earlier export\n"
        await pilot.click("#export")
        await pilot.press("y")
        assert isinstance(app.screen, MainScreen)
        assert json.loads(target.read_text())["articles"][0]["reviewed"] == 1
        # a read-only file is not offered for replacing: one clear line instead
        target.chmod(0o444)
        before = target.read_text()
        await pilot.press("e")
        await pilot.click("#export")
        assert isinstance(app.screen, ExportScreen)
        messages = [n.message for n in app._notifications]
        assert f"{target.name}: is read-only; it was not overwritten" in messages[-1]
        assert target.read_text() == before
        # nor is a folder, whose name is then kept in the dialog to be changed
        await pilot.press("escape")
        (tmp_path / "out").mkdir()
        app.export_asking("json", tmp_path / "out", [])
        await pilot.pause()
        assert "out: is a directory" in [n.message for n in app._notifications][-1]


async def test_palette_export_asks_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from claimdiff.tui.screens.confirm import ConfirmScreen

    monkeypatch.chdir(tmp_path)
    target = tmp_path / "tea-memory-2024-review.jsonld"
    target.write_text("keep me")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "ctrl+p", *"export as claimreview")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert target.read_text() == "keep me"


async def test_help_lists_every_binding(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(app.screen.query_one("#help").render()).split())
        for binding in all_bindings():
            assert binding.tooltip and " ".join(binding.tooltip.split()) in text, binding.id
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_at_80_columns_wraps_under_the_description(tmp_path: Path) -> None:
    """A description too long for the line goes on under itself, not under the keys."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        await pilot.pause()
        help_text = app.screen.query_one("#help")
        lines = [s.text.rstrip() for s in help_text.render_lines(help_text.region.reset_offset)]
        lines = [line for line in lines if line]
        assert any(line.startswith("  j ↓") for line in lines)
        for line in lines:  # a heading, a key's line, or a description going on
            heading = line == line.upper() and not line.startswith(" ")
            assert heading or line.startswith("  "), line
        wrapped = [line for line in lines if line.startswith(" " * 16)]
        assert wrapped, "nothing wrapped at 80 columns"


def test_every_binding_has_an_id_and_tooltip() -> None:
    ids = [b.id for b in all_bindings()]
    assert len(ids) == len(set(ids))
    assert {
        "claim.next", "claim.previous", "claim.first", "claim.last", "problem.next",
        "problem.previous", "article.next", "article.previous", "pane.switch",
        "fact.cycle-claims", "review.confirm", "review.supported", "review.overstated",
        "review.misreported", "review.unsupported", "review.background", "review.realign",
        "review.undo", "review.redo", "view.filter", "view.search", "view.dropped",
        "view.overview", "app.export", "app.help", "app.quit",
    } <= set(ids)  # fmt: skip
    for binding in all_bindings():
        assert binding.tooltip, binding.id


async def test_command_palette_runs_commands(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"problems only")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert main(app).article_view.filter == "problems"
        await pilot.press("ctrl+p", *"go to article tea compound")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert main(app).article_index == 1


async def test_palette_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "ctrl+p", *"export as claimreview")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        data = json.loads((tmp_path / "tea-memory-2024-review.jsonld").read_text())
        assert len(data["@graph"]) == 1


async def test_quit(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0


# --------------------------------------------------------------------------- persistence


async def test_reopen_restores_reviews(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "space", "q")
    again = make_app(tmp_path)
    async with again.run_test(size=SIZE):
        article = main(again).article
        assert article is not None
        assert article.verdict(0) == "misreported" and article.is_reviewed(1)
        assert again.screen.query_one(ScoreBar).score.reviewed == 2


async def test_theme_is_remembered(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert Config.load(tmp_path / "config.toml").theme == "nord"
    again = make_app(tmp_path, config=Config.load(tmp_path / "config.toml"))
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"
    forced = make_app(tmp_path, config=Config.load(tmp_path / "config.toml"), theme="dracula")
    async with forced.run_test(size=SIZE):
        assert forced.theme == "dracula"
    assert Config.load(tmp_path / "config.toml").theme == "nord"  # --theme is not saved


async def test_corrupted_review_database_is_set_aside_and_reported(tmp_path: Path) -> None:
    file = tmp_path / "review.sqlite3"
    file.write_bytes(b"SQLite format 3\x00" + b"\x13" * 200)
    app = ClaimdiffApp(
        SHEET,
        results=[article_result()],
        store=ReviewStore(STUDY, file),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        messages = [n.message for n in app._notifications]
        assert any("corrupted review database" in m for m in messages), messages
        (backup,) = tmp_path.glob("review.sqlite3.*.bak")
        assert backup.read_bytes().startswith(b"SQLite format 3")
        await pilot.press("space")
        assert stored(app).reviewed_count() == 1


async def test_failed_save_is_reported_and_quit_asks_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    import claimdiff.results.store

    real = claimdiff.results.store._upsert_article

    def disk_full(*args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        monkeypatch.setattr(claimdiff.results.store, "_upsert_article", disk_full)
        await pilot.press("space")
        assert app.store.flush()
        await pilot.pause()
        assert any("Review not saved" in n.title for n in app._notifications)
        assert [s.path for s in app.unsaved()] == [app.slots[0].path]
        await pilot.press("q")  # the first q tries again, warns and stays
        assert app.is_running and app.return_code is None
        monkeypatch.setattr(claimdiff.results.store, "_upsert_article", real)
        await pilot.press("j", "space")  # the next save writes everything pending
        assert app.store.flush()
        assert not app.unsaved()
        await pilot.press("q")
    assert app.return_code == 0
    again = make_app(tmp_path)
    async with again.run_test(size=SIZE):
        assert main(again).article.reviewed_count() == 2  # type: ignore[union-attr]


# --------------------------------------------------------------------------- data is data


async def test_hostile_text_is_shown_inert(tmp_path: Path) -> None:
    from dataclasses import replace

    result = article_result()
    evil = "[bold red]Cure[/] [@click=app.quit]now[/] \x1b[2J\x1b]52;c;ZXZpbA==\x07 \u202eok"
    first = result.results[0]
    result.results[0] = replace(first, claim=replace(first.claim, display=evil, text=evil))
    result.document.title = evil
    app = make_app(tmp_path, [result])
    async with app.run_test(size=SIZE) as pilot:
        text = "".join(rendered(main(app).article_view).replace("│", "").split())
        assert "[boldred]Cure[/][@click=app.quit]now[/]␛[2J␛]52;c;ZXZpbA==␇⟨U+202E⟩ok" in text
        assert "[@click=app.quit]" in main(app).sub_title
        await pilot.click(ArticleView, offset=(10, 1))
        assert app.is_running


# --------------------------------------------------------------------------- real input


async def test_real_pipeline_in_a_worker(tmp_path: Path) -> None:
    """The default loader (the core pipeline) on files: structure only, not verdicts."""
    from claimdiff.study.sheet import load_sheet

    sheet_path, files = write_case(tmp_path / "case")
    app = ClaimdiffApp(
        load_sheet(sheet_path),
        [*files, tmp_path / "missing.txt"],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.checked()
        await pilot.pause()
        assert [s.state for s in app.slots] == ["ready", "ready", "error"]
        assert "missing.txt" in (app.slots[2].error or "")
        screen = main(app)
        assert screen.article_index == 0 and screen.claim is not None
        article = screen.article
        assert article is not None and len(article) > 0
        await pilot.press("j", "space", "right_square_bracket", "a", "enter")
        assert screen.article_index == 1
        assert main(app).article is not None and main(app).article.is_reviewed(0)  # type: ignore[union-attr]


async def test_two_thousand_sentences_stay_responsive(tmp_path: Path) -> None:
    app = make_app(tmp_path, [big_result(2000)])
    async with app.run_test(size=SIZE) as pilot:
        view = main(app).article_view
        assert len(view.visible_claims) == 2000
        await pilot.press("G")
        assert claim(app) == 1999
        await pilot.press("k", "n", "space", "g", "pagedown")
        assert main(app).article.is_reviewed(1999)  # type: ignore[union-attr]
        assert claim(app) not in (None, 0)


async def test_a_review_re_measures_only_its_own_claim(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review key on a 1,000-claim article measures the changed claim again, not every
    claim of the article (it did: 25 ms a key), and the pane shows the new verdict."""
    from claimdiff.tui.render import Rows

    app = make_app(tmp_path, [big_result(1000)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        await pilot.pause()
        measured = 0
        height = Rows.get_height

        def counted(self: Rows, rules: object, width: int) -> int:
            nonlocal measured
            measured += 1
            return height(self, rules, width)  # type: ignore[arg-type]

        monkeypatch.setattr(Rows, "get_height", counted)
        await pilot.press("m")  # claim 1 misreported; on to claim 2
        await pilot.pause()
        assert main(app).article.verdict(1) == "misreported"  # type: ignore[union-attr]
        assert claim(app) == 2
        assert measured < 50, measured
        view = main(app).article_view
        line = next(t for t in rendered(view).splitlines() if "Sentence 2 " in t)
        assert "✗" in line  # the claim's line shows its new verdict


async def test_narrow_layout_stacks_panes(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = main(app)
        assert screen.has_class("-narrow")
        article, facts = screen.article_view.region, screen.facts_view.region
        assert facts.y >= article.bottom and article.width == facts.width == 80
        await pilot.press("j")
        assert claim(app) == 1


async def test_a_resize_keeps_the_selected_claim_in_view(tmp_path: Path) -> None:
    """Lines re-wrap at the new width: the selected claim (and its fact) is scrolled into view
    again, not left wherever the old line offset now points."""
    app = make_app(tmp_path, [big_result(300)])

    def in_view(pane) -> bool:  # noqa: ANN001
        line = pane._index_to_line[pane.highlighted]
        top = pane.scroll_offset.y
        return top <= line and line + pane._heights[pane.highlighted] <= top + pane.size.height

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("G", *["k"] * 40)
        await pilot.pause()
        view = main(app).article_view
        assert claim(app) == 259 and in_view(view)
        for size in ((160, 50), (80, 24), (120, 35)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert in_view(view), size
            assert in_view(main(app).facts_view), size


async def test_no_color_keeps_meaning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE):
        assert app.no_color
        text = rendered(main(app).article_view)
        for symbol in "▲✓✗?·":
            assert symbol in text


async def test_facts_pane_counts_every_fact_a_claim_reports(tmp_path: Path) -> None:
    """A claim that reports two facts marks both as used in the study pane, not only its
    main one."""
    result = article_result()
    first = result.results[0]
    result.results[0] = replace(first, match=replace(first.match, also=("humans",)))
    app = make_app(tmp_path, results=[result])
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.pause()
        assert 0 in stored(app).claims_for_fact("humans")
        shown = rendered(main(app).facts_view)
        line = next(n for n, row in enumerate(shown.splitlines()) if "Similar effects" in row)
        card = " ".join(shown.splitlines()[line : line + 3])
        assert "1 claim" in card and "not mentioned" not in card, card


def test_facts_view_lists_kinds_in_order(tmp_path: Path) -> None:
    view = FactsView(SHEET)
    assert view._kinds == ["bibliographic", "design", "result", "conclusion", "caveat", "quote"]


async def test_keymap_from_config_rebinds_by_id(tmp_path: Path) -> None:
    config = Config(tmp_path / "config.toml", keymap={"claim.next": "ctrl+n", "view.overview": "w"})
    app = make_app(tmp_path, config=config)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+n")
        assert claim(app) == 1
        await pilot.press("w")
        assert isinstance(app.screen, OverviewScreen)


def test_config_round_trip_and_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    Config(path, theme="nord", author='A "quoted" 名前', keymap={"claim.next": "ctrl+n"}).save()
    loaded = Config.load(path)
    assert (loaded.theme, loaded.author, loaded.keymap) == (
        "nord",
        'A "quoted" 名前',
        {"claim.next": "ctrl+n"},
    )
    path.write_text("theme = [unclosed\n")
    broken = Config.load(path)
    assert broken.problem and broken.theme is None
    broken.theme = "dracula"
    broken.save()  # a file we could not read is never overwritten
    assert path.read_text() == "theme = [unclosed\n"


async def test_footer_shows_the_focused_bindings_and_clicks_press_keys(tmp_path: Path) -> None:
    from claimdiff.tui.widgets.key_footer import KeyFooter

    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        footer = app.screen.query_one(KeyFooter)
        text = str(footer.render())
        for shown in ("jk Claim", "nN Problem", "space Confirm", "somub Verdict", "q Quit"):
            assert shown in text
        assert text.rstrip().endswith("^p palette")
        await pilot.press("tab")  # the facts pane has its own keys
        assert "⏎ Its claims" in str(footer.render())
        await pilot.press("shift+tab")
        start = next(x for x, _, key in footer._hits if key == "j")
        await pilot.click(KeyFooter, offset=(start, 0))
        assert claim(app) == 1
