"""Every colour readable in every built-in theme (issue 13): the viewer's screens are walked in
each theme, and every styled span of text is checked against its background for WCAG AA
contrast (4.5:1). Run with `-s` to print the figures per theme.

The ANSI themes take their colours from the terminal's palette, which only the terminal knows:
they are walked (nothing may fail to draw) and measured with the xterm palette, not asserted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from textual.theme import BUILTIN_THEMES

from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from contrast import MINIMUM, Span, spans
from tui_fixtures import SHEET, STUDY, article_result, second_result

ANSI = {name for name, theme in BUILTIN_THEMES.items() if theme.ansi}
Step = Callable[[ClaimdiffApp, Any], Awaitable[None]]


def keys(*pressed: str) -> Step:
    async def step(app: ClaimdiffApp, pilot: Any) -> None:
        await pilot.press(*pressed)
        await pilot.pause()

    return step


async def toast(app: ClaimdiffApp, pilot: Any) -> None:
    for severity in ("information", "warning", "error"):
        app.notify("A message [b]as typed[/b]", title="Title", severity=severity)  # type: ignore[arg-type]
    await pilot.pause()


def practice(on: bool) -> Step:
    async def step(app: ClaimdiffApp, pilot: Any) -> None:
        app.main.set_practice(on)
        app.clear_notifications()
        await pilot.pause()

    return step


async def clear(app: ClaimdiffApp, pilot: Any) -> None:
    app.clear_notifications()
    await pilot.pause()


# Each screen a reviewer sees, and its states: (name, steps from the main screen, and back)
WALK: list[tuple[str, list[Step]]] = [
    ("main, every claim", [keys("j")] * 7 + [keys("g")]),
    ("main, reviewed claims", [keys("space", "m", "s", "o", "g")]),
    ("facts pane focused", [keys("tab", "j", "j"), keys("shift+tab")]),
    ("detail strip expanded", [keys("enter"), keys("enter")]),
    ("removed text shown", [keys("d", "j"), keys("d", "g")]),
    ("problems filter", [keys("f"), keys("f", "f")]),
    ("toasts", [toast, clear]),
    ("help", [keys("question_mark"), keys("escape")]),
    ("overview", [keys("O"), keys("down"), keys("escape")]),
    ("corpus by fact", [keys("O", "tab"), keys("down", "down"), keys("escape")]),
    ("practice mode", [practice(True), keys("s", "j", "o", "j"), practice(False)]),
    ("reason dialog", [keys("r", *"why"), keys("escape")]),
    ("re-align dialog", [keys("a"), keys("escape")]),
    ("search", [keys("slash", *"rats"), keys("escape")]),
    ("export dialog", [keys("e"), keys("escape")]),
]


NARROW = (
    "main, every claim",
    "main, reviewed claims",
    "detail strip expanded",
    "overview",
    "corpus by fact",
    "practice mode",
)
"""The states whose layout differs at 80x24 (the colours are the same at any size)."""


async def walk(app: ClaimdiffApp, pilot: Any, only: tuple[str, ...] = ()) -> dict[str, list[Span]]:
    """Every span of every state of the walk (or of the states named), by state."""
    seen: dict[str, list[Span]] = {}
    for name, steps in WALK:
        if only and name not in only:
            continue
        for step in steps:
            await step(app, pilot)
            seen.setdefault(name, []).extend(spans(app, _region(app)))
    return seen


def _region(app: ClaimdiffApp):  # noqa: ANN202
    """Only the dialog of a modal screen (the dimmed screen behind it is not for reading)."""
    dialogs = app.screen.query("#dialog")
    return dialogs.first().region if app.screen.is_modal and dialogs else None


@pytest.mark.parametrize("size", [(120, 35), (80, 24)], ids=["120x35", "80x24"])
async def test_every_span_is_readable_in_every_theme(
    tmp_path: Path, size: tuple[int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    app = ClaimdiffApp(
        SHEET,
        results=[article_result(), second_result()],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml", advance=False),
    )
    lines = [f"{'theme':22}{'spans':>7}{'below 4.5':>11}{'lowest':>8}"]
    failures: list[str] = []
    async with app.run_test(size=size) as pilot:
        for theme in BUILTIN_THEMES:
            app.theme = theme
            await pilot.pause()
            seen = await walk(app, pilot, NARROW if size == (80, 24) else ())
            everything = [s for found in seen.values() for s in found]
            low = [(where, s) for where, found in seen.items() for s in found if s.ratio < MINIMUM]
            lowest = min((s.ratio for s in everything), default=21.0)
            note = "  (terminal palette: not asserted)" if theme in ANSI else ""
            lines.append(f"{theme:22}{len(everything):>7}{len(low):>11}{lowest:>8.2f}{note}")
            assert len(everything) > 300, theme
            if theme not in ANSI:
                failures += [
                    f"{theme} / {where}: {s.text.strip()[:40]!r} {s.fg} on {s.bg}: {s.ratio:.2f}"
                    for where, s in low
                ]
            app.clear_notifications()
    with capsys.disabled():
        print(f"\ncontrast at {size[0]}x{size[1]}:\n" + "\n".join(lines))
    assert not failures, "\n".join(failures[:40])


def test_readable_moves_a_colour_only_as_far_as_it_must() -> None:
    from textual.color import Color

    from claimdiff.tui.colours import TARGET, contrast, readable, readable_variables

    dark = Color.parse("#1e1e1e")
    grey = Color.parse("#737373")  # 3.5:1 on dark
    fixed = readable(grey, [dark], dark=True)
    assert contrast(fixed, dark) >= TARGET > contrast(grey, dark)
    assert contrast(readable(fixed, [dark], dark=True), fixed) == 1.0  # already readable
    assert readable(Color.parse("#3a0000"), [Color(255, 255, 255)], dark=False).r <= 0x3A
    ansi = readable_variables(
        {"background": "ansi_default", "foreground": "ansi_default"}, dark=True
    )
    assert "cursor" in ansi and "cursor-blurred" in ansi  # the ANSI themes keep their colours
