"""Every string shown in a toast, a dialog or a title is text (issue 14): markup, `[@click=…]`
actions, escapes and bidi controls sent through every call site are shown, never parsed or run.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from textual.notifications import Notification
from textual.widgets._toast import Toast

from claimdiff.errors import InputError
from claimdiff.model import Sheet, Study
from claimdiff.results.store import ReviewStore
from claimdiff.tui import build_app
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from claimdiff.tui.screens.fact_picker import FactPickerScreen
from claimdiff.tui.screens.help import HelpScreen
from claimdiff.tui.screens.main import MainScreen
from claimdiff.tui.screens.overview import OverviewScreen
from claimdiff.tui.screens.reason import ReasonScreen
from claimdiff.tui.screens.search import SearchScreen
from tui_fixtures import FACTS, STUDY, article_result, second_result, write_case

SIZE = (120, 35)
QUIT = "[@click=app.quit]q[/]"
SHOT = "[@click=app.screenshot('shot.svg')]s[/]"
PAYLOAD = f"[b]bold[/b] {QUIT} {SHOT} [v=1:2] \x1b[31mred\x1b]0;T\x07 \u202eevil"
"""Markup, two click actions, a tag that is not valid markup, escapes and a bidi override."""
NAME = "[@click=app.quit]q [v=1:2] [b]x"
"""The payload's markup as a file name can hold it (no slash)."""
SHOWN = ("[b]bold[/b]", QUIT, SHOT, "[v=1:2]", "␛[31mred␛]0;T␇", "⟨U+202E⟩evil")
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
OWN = re.compile(r"\x1b\[\d+;\d+H|\x1b\[[0-9;]*m")


def screen_text(app: ClaimdiffApp) -> str:
    out = app.screen._compositor.render_full_update().render_segments(app.console)
    return OWN.sub("", out)


def flat(text: str) -> str:
    """Screen text without borders and line breaks (a long payload wraps)."""
    return re.sub(r"[│╭╮╰╯─▏\s]+", "", text)


def assert_shown(where: str, text: str) -> None:
    for shown in SHOWN:
        assert flat(shown) in flat(text), f"{where}: {shown!r} not shown as typed"
    assert not RAW.search(text), f"{where}: a raw control character"


def hostile_app(tmp_path: Path) -> ClaimdiffApp:  # run in tmp_path
    """Every place a string comes from holds the payload: the study, a fact, the article's
    path, title and claim, a failed input, the review folder and the config file (broken, so
    its problem is a toast)."""
    study = Study(id=f"tea {PAYLOAD}", title=f"Tea study {PAYLOAD}")
    facts = (replace(FACTS[0], text=f"Fact {PAYLOAD}"), *FACTS[1:])
    sheet = Sheet(path=Path("s.toml"), study=study, facts=facts)
    first = article_result(path=tmp_path / f"story {NAME}.txt")
    claim = first.results[0]
    evil = f"Claim {PAYLOAD}"
    first.results[0] = replace(claim, claim=replace(claim.claim, text=evil, display=evil))
    first.document.title = f"Title {PAYLOAD}"
    config = Path(f"config {NAME}.toml")  # relative: short enough to be shown whole
    config.write_text("theme = [broken\n")
    return ClaimdiffApp(
        sheet,
        results=[first, second_result(), InputError(tmp_path / f"bad {NAME}.pdf", PAYLOAD)],
        store=ReviewStore(STUDY, root=Path(f"data {NAME}")),
        config=Config.load(config),
    )


async def click_every_toast(app: ClaimdiffApp, pilot) -> None:  # noqa: ANN001
    """Click every visible toast all along its text (a click on an action link would run it)."""
    screen = app.screen.region
    for toast in list(app.screen.query(Toast)):
        region = toast.region
        for y in range(region.height):
            for x in range(0, region.width, 3):
                if not screen.contains(region.x + x, region.y + y) or not toast.is_attached:
                    continue
                await pilot.click(toast, offset=(x, y))
                assert app.is_running


async def test_every_toast_is_text_and_clicking_it_runs_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # a loaded machine must not let the toasts expire before the test reads them
    monkeypatch.setattr(Notification, "time_left", property(lambda _self: 600.0))
    app = hostile_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        screen = app.main
        # the call sites: start-up (config problem, failed input), a review notice, a failed
        # open, an export that fails (path), the palette's review location, the overview
        app._accept(1, app.slots[1].article, None, [(f"notice {PAYLOAD}", "warning")])
        screen.open_article(2)
        app.export("json", tmp_path / f"no such folder {PAYLOAD}" / "x" / "\0", [])
        app.notify(str(app.store.path), title=f"Reviews {PAYLOAD}")
        await pilot.press("O", "down", "down", "enter", "escape")
        assert isinstance(app.screen, MainScreen)
        messages = [n.message + " " + n.title for n in app._notifications]
        assert len(messages) >= 6
        for notification in app._notifications:
            assert notification.markup is False
            assert not RAW.search(notification.message + notification.title)
        text = " ".join(messages)
        assert QUIT in text and "[v=1:2]" in text and "⟨U+202E⟩" in text
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert toasts
        shown = " ".join(str(t.render()) for t in toasts)
        assert QUIT in shown
        await click_every_toast(app, pilot)
        assert app.is_running and not list(tmp_path.rglob("shot.svg"))


async def test_titles_and_dialogs_show_the_text_as_typed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = hostile_app(tmp_path)
    async with app.run_test(size=(200, 80), notifications=True) as pilot:
        app.clear_notifications()
        await pilot.pause()
        assert QUIT in app.main.sub_title  # the header: the article's title
        header = screen_text(app).splitlines()[0]
        assert "[b]bold[/b]" in header and not RAW.search(header)
        dialogs = [
            ("r", ReasonScreen),
            ("a", FactPickerScreen),
            ("question_mark", HelpScreen),
            ("O", OverviewScreen),
        ]
        for key, kind in dialogs:
            await pilot.press(key)
            assert isinstance(app.screen, kind)
            await pilot.pause()
            if kind is FactPickerScreen:
                await pilot.press(*"Fact")
                await pilot.pause()
            if kind is HelpScreen:  # the files are named at the end
                app.screen.query_one("#dialog").scroll_end(animate=False, immediate=True)
                await pilot.pause()
            text = screen_text(app)
            if kind is HelpScreen:  # the review folder's and the config file's names
                files = [line for line in text.splitlines() if "Reviews" in line or ".toml" in line]
                assert sum("[@click=app.quit]q" in line for line in files) == 2, files
                assert not RAW.search(text)
            elif kind is OverviewScreen:  # titles are cut to their column
                assert "Title [b]bold[/b] [@click=app.quit]" in text and not RAW.search(text)
                await pilot.press("down", "down")  # the failed input and its error
                await pilot.pause()
                assert_shown("overview detail", screen_text(app))
            else:
                assert_shown(kind.__name__, text)
            await pilot.press("escape")
            assert isinstance(app.screen, MainScreen)
        await pilot.press("slash", *"Claim")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert_shown("search", screen_text(app))
        await pilot.press("escape")
        await pilot.click(offset=(60, 0))  # the header, on the study title
        await pilot.pause()
        assert app.is_running and not list(tmp_path.rglob("shot.svg"))


async def test_an_empty_article_whose_name_looks_like_markup(tmp_path: Path) -> None:
    """`notes [v=1:2].txt`, empty, beside a good article: its error is a toast, no crash."""
    sheet, _ = write_case(tmp_path / "case")
    good = tmp_path / "case" / "tea-compound-rats.txt"
    empty = tmp_path / "case" / "notes [v=1:2].txt"
    empty.write_text("")
    app, problems = build_app([good, empty], sheet)
    assert app is not None, problems
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.checked()
        await pilot.pause()
        assert app.is_running
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any("notes [v=1:2].txt" in m for m in errors), errors
        await pilot.press("q")
    assert app.return_code == 0
