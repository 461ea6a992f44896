"""Hostile and broken input in the viewer, through Pilot (`App.run_test`).

The app is built the way `claimdiff` builds it (`claimdiff.tui.build_app`) and checks the files
with the real pipeline in its worker. For every case: a bad article among good ones shows in
the overview with its error while the others open; odd but readable articles open; text that
tries to act is shown as visible text; what would be written to the terminal holds no control
sequence but Textual's own cursor moves and colours; nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimdiff.tui import build_app, run_app
from claimdiff.tui.app import ClaimdiffApp
from hostile_cases import (
    ACTIVE,
    BAD_ARTICLES,
    BAD_SHEETS,
    GOOD_ARTICLES,
    MARKUP,
    SHOWN,
    ArticleCase,
    big_article,
    drop_root_read_override,
    listing,
    many_facts_sheet,
    need_unreadable,
    write_sheet,
)
from tui_fixtures import write_case

SIZE = (120, 35)
# Textual's own output: cursor moves and SGR colours. Anything else came from the text.
OWN = re.compile(r"\x1b\[\d+;\d+H|\x1b\[[0-9;]*m")


def terminal_output(app: ClaimdiffApp) -> str:
    """Exactly what the app would write to the terminal for a full repaint of its screen
    (Textual's compositor; a headless test app writes nothing, so we render it ourselves)."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


def screen_text(app: ClaimdiffApp) -> str:
    """The screen as plain text (what a person sees)."""
    return OWN.sub("", terminal_output(app))


def assert_inert(app: ClaimdiffApp) -> str:
    """The terminal output holds only Textual's own sequences; returns the screen text."""
    out = terminal_output(app)
    rest = OWN.sub("", out)
    assert not ACTIVE.search(rest.replace("\n", "")), repr(ACTIVE.findall(rest)[:5])
    return rest


async def settle(app: ClaimdiffApp, pilot: Any) -> None:
    await app.checked()
    await pilot.pause()


# --------------------------------------------------------------------------- bad articles


async def bad_among_good(sheet: Path, paths: list[Path], bad: Path) -> dict[str, Any]:
    """Open `paths` (one of them `bad`) as `claimdiff` would; what the viewer shows."""
    app, problems = build_app(paths, sheet)
    assert app is not None, problems
    seen: dict[str, Any] = {}
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        seen["slots"] = [(str(s.path), s.state, s.error) for s in app.slots]
        seen["open"] = app.main.article_index
        seen["claim"] = app.main.claim
        await pilot.press("j", "space")  # the good article is usable
        seen["reviewed"] = app.main.article.reviewed_count() if app.main.article else 0
        await pilot.press("O")
        seen["overview"] = assert_inert(app)
        index = next(i for i, s in enumerate(app.slots) if s.state == "error")
        table = app.screen.query_one("DataTable")
        table.move_cursor(row=table.get_row_index(str(index)))  # type: ignore[attr-defined]
        app.clear_notifications()  # (the toast from start-up would cover the detail line)
        await pilot.pause()
        seen["detail"] = screen_text(app)
        await pilot.press("enter")  # a failed article cannot be opened: a toast says why
        await pilot.pause()
        seen["after_enter"] = type(app.screen).__name__
        seen["toast"] = assert_inert(app)
        await pilot.press("escape", "q")
    return seen


def _bad_case_paths(tmp_path: Path, case: ArticleCase) -> tuple[Path, list[Path], Path]:
    sheet, good = write_case(tmp_path / "case")
    bad = case.write(tmp_path / "in")
    return sheet, [good[0], bad, good[1]], bad


@pytest.mark.parametrize("case", BAD_ARTICLES, ids=lambda c: c.id)
async def test_a_bad_article_is_in_the_overview_with_its_error(
    case: ArticleCase, tmp_path: Path
) -> None:
    sheet, paths, bad = _bad_case_paths(tmp_path, case)
    before = listing(tmp_path / "in")
    if case.id == "unreadable":
        seen = _in_a_process_that_cannot_read(tmp_path, sheet, paths, bad)
    else:
        seen = await bad_among_good(sheet, paths, bad)
    states = {path: (state, error) for path, state, error in seen["slots"]}
    assert [s for s, _ in states.values()].count("ready") == 2
    state, error = states[str(bad)]
    assert state == "error"
    prefix = f"{bad}: "
    assert error.startswith(prefix) and re.match(case.problem or "", error[len(prefix) :]), error
    assert seen["open"] == 0 and seen["claim"] is not None and seen["reviewed"] == 1
    overview = " ".join(seen["overview"].split())
    assert "1 could not be opened" in overview
    assert bad.name in overview or bad.name[:20] in overview
    detail = " ".join(seen["detail"].split())
    problem = error[len(prefix) :]
    assert f"Could not be opened: {problem}" in detail  # the whole error, not cut
    assert seen["after_enter"] == "OverviewScreen"
    assert "Cannot open" in seen["toast"]
    assert listing(tmp_path / "in") == before


def _in_a_process_that_cannot_read(
    tmp_path: Path, sheet: Path, paths: list[Path], bad: Path
) -> dict[str, Any]:
    """Run `bad_among_good` in a child that, even as root, cannot read a mode-000 file."""
    need_unreadable(tmp_path)
    code = (
        "import asyncio, json, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from pathlib import Path\n"
        "from test_hostile_tui import bad_among_good\n"
        f"seen = asyncio.run(bad_among_good(Path({str(sheet)!r}), "
        f"[Path(p) for p in {[str(p) for p in paths]!r}], Path({str(bad)!r})))\n"
        "print(json.dumps(seen))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        preexec_fn=drop_root_read_override,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


async def test_every_article_failing_stops_with_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing files and empty folders are found before the screen changes."""
    sheet, _ = write_case(tmp_path / "case")
    paths = [c.write(tmp_path / "in") for c in BAD_ARTICLES if c.id in ("missing", "directory")]
    assert run_app(paths, sheet) == 2
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ")[2] for line in lines] == [str(p) for p in paths]


async def test_articles_that_all_fail_in_the_worker_exit_2(tmp_path: Path) -> None:
    sheet, _ = write_case(tmp_path / "case")
    paths = [c.write(tmp_path / "in") for c in BAD_ARTICLES if c.id in ("png", "empty", "pdf")]
    app, _ = build_app(paths, sheet)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        while app.is_running:  # the app exits by itself once every article failed
            await pilot.pause(0.05)
    assert app.return_code == 2
    assert all(s.state == "error" for s in app.slots)


# --------------------------------------------------------------------------- readable oddities


@pytest.mark.parametrize("case", GOOD_ARTICLES, ids=lambda c: c.id)
async def test_an_odd_but_readable_article_opens_and_stays_inert(
    case: ArticleCase, tmp_path: Path
) -> None:
    sheet, good = write_case(tmp_path / "case")
    path = case.write(tmp_path / "in")
    before = listing(tmp_path / "in")
    app, _ = build_app([path, good[0]], sheet)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert [s.state for s in app.slots] == ["ready", "ready"], app.slots[0].error
        screen = app.main
        article = screen.article
        assert article is not None and len(article) > 0
        for claim in article.result.document.claims:
            assert article.result.document.text[claim.start : claim.end] == claim.text
        shown = [assert_inert(app)]
        await pilot.press("d")  # dropped text shown too
        for _ in range(len(article)):  # every claim, with its detail strip
            await pilot.press("j")
            shown.append(assert_inert(app))
        assert app.is_running  # nothing in the text acted (e.g. [@click=app.quit])
        seen = " ".join(" ".join(shown).split())
        for words in case.keeps:
            assert words in seen or words.replace("\u0301", "") in seen, words
        if case.id == "hostile-text":
            for markup in MARKUP:
                assert markup in seen
            for mark in SHOWN:
                assert mark in seen
        await pilot.press("q")
    assert listing(tmp_path / "in") == before


# --------------------------------------------------------------------------- fact sheets


@pytest.mark.parametrize("name", sorted(BAD_SHEETS))
def test_a_bad_sheet_stops_before_the_ui_starts(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    content, problem = BAD_SHEETS[name]
    sheet = write_sheet(tmp_path / "sheets", content)
    _, articles = write_case(tmp_path / "case")

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the UI started")

    monkeypatch.setattr(ClaimdiffApp, "__init__", never)
    before = listing(tmp_path)
    assert run_app(articles, sheet) == 2
    err = capsys.readouterr().err
    (line,) = err.splitlines()
    assert line.startswith(f"claimdiff: error: {sheet}: ")
    assert re.search(problem, line) and "\x1b" not in line
    assert listing(tmp_path) == before


async def test_ten_thousand_facts_and_a_100kb_fact(tmp_path: Path) -> None:
    sheet = write_sheet(tmp_path / "sheets", many_facts_sheet())
    _, articles = write_case(tmp_path / "case")
    app, _ = build_app(articles, sheet)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert len(app.sheet.facts) == 10_000
        assert app.main.article is not None
        await pilot.press("j", "tab", "j", "j", "G", "tab", "a")  # re-align: the fact picker
        await pilot.press("escape", "slash", "m", "a", "z", "e")  # search
        await pilot.press("escape")
        assert_inert(app)
        assert app.is_running


# --------------------------------------------------------------------------- big input


@pytest.mark.slow
async def test_a_twenty_megabyte_article_loads_in_a_worker(tmp_path: Path) -> None:
    sheet, good = write_case(tmp_path / "case")
    path = tmp_path / "in" / "big.txt"
    path.parent.mkdir()
    path.write_text(big_article(), encoding="utf-8")
    app, _ = build_app([good[0], path], sheet)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        while app.slots[1].state == "pending":  # the UI answers keys meanwhile
            await pilot.press("j")
            await asyncio.sleep(0.2)
        await settle(app, pilot)
        assert app.slots[1].state == "ready", app.slots[1].error
        await pilot.press("right_square_bracket", "G", "k", "g", "n", "space")
        assert app.main.article_index == 1 and app.main.article.reviewed_count() == 1


async def test_a_big_article_loads_in_a_worker_with_its_stage_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While an article is being judged (held here until the test lets it go), the screen
    says which stage it is at and the keys keep working on the article already open. (The
    check runs in the app's process so that the test can hold it; the events are the same
    as from the child process, see test_background.py.)"""
    import threading

    from claimdiff.pipeline.background import BackgroundCheck
    from claimdiff.pipeline.checker import Checker
    from claimdiff.results.store import ReviewStore
    from claimdiff.study.sheet import load_sheet
    from claimdiff.tui.config import Config

    sheet, good = write_case(tmp_path / "case")
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_text(big_article(size=400_000, unique=400), encoding="utf-8")
    release = threading.Event()
    check_document = Checker.check_document

    def held(self: Checker, doc: Any) -> Any:
        if doc.path == big:
            release.wait(30)
        return check_document(self, doc)

    monkeypatch.setattr(Checker, "check_document", held)
    loaded = load_sheet(sheet)
    app = ClaimdiffApp(
        loaded,
        [good[0], big],
        store=ReviewStore(loaded.study, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
        background=BackgroundCheck(loaded, [good[0], big], process=False),
    )
    async with app.run_test(size=SIZE) as pilot:
        while app.slots[0].state == "pending":
            await pilot.pause(0.02)
        for _ in range(1500):  # cleaning 400 kB takes a while on a busy machine
            text = " ".join(screen_text(app).split())
            if "checking 2/2: aligning" in text:  # not the first article's stage
                break
            await pilot.pause(0.02)
        assert app.slots[1].state == "pending"
        assert re.search(r"checking 2/2: aligning and judging [\d,]+ claims…", text), text
        first = app.main.claim
        await pilot.press("j", "j", "space")  # the UI answers while the worker works
        assert app.main.claim != first and app.main.article.reviewed_count() == 1
        release.set()
        await settle(app, pilot)
        assert app.slots[1].state == "ready"
        assert "checking" not in " ".join(screen_text(app).split())
        await pilot.press("right_square_bracket")
        assert app.main.article_index == 1
