"""The claimdiff TUI. `run_app` is the entry point; Textual is imported only when it runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp


def _error(message: str) -> None:
    from claimdiff.safe_text import one_line

    print(f"claimdiff: error: {one_line(message)}", file=sys.stderr)


def run_app(
    paths: list[Path],
    sheet_path: Path,
    *,
    theme: str | None = None,
    mouse: bool = True,
    review: Path | None = None,
    practice: bool = False,
) -> int:
    """Open articles (files or folders; none: the bundled samples) against a fact sheet.

    Returns the exit status: 0 after a normal quit, 2 when the sheet, the theme or every
    article is unusable (each problem printed as one `claimdiff: error:` line, before the
    screen changes).
    """
    app, problems = build_app(paths, sheet_path, theme=theme, review=review, practice=practice)
    if app is None:
        for problem in problems:
            _error(problem)
        return 2
    app.run(mouse=mouse)
    code = app.return_code or 0
    if code == 2:
        for slot in app.slots:
            if slot.error:
                _error(slot.error)
    for slot in app.unsaved():
        _error(f"{slot.path}: reviews not saved (see the messages above)")
    return code


def build_app(
    paths: list[Path],
    sheet_path: Path,
    *,
    theme: str | None = None,
    review: Path | None = None,
    practice: bool = False,
) -> tuple[ClaimdiffApp | None, list[str]]:
    """The app for `run_app`, or None and the one-line problems that stop it from starting.

    Everything that can be known before the screen changes is checked here: the sheet, the
    theme, the review file argument and the article arguments. Articles that are missing or
    name no file are passed to the app, which shows them (with their error) beside the others.
    """
    from claimdiff.errors import ClaimdiffError, InputError
    from claimdiff.locations import bundled_articles
    from claimdiff.read.inputs import expand_paths
    from claimdiff.results.store import ReviewStore, review_target_problem
    from claimdiff.study.sheet import load_sheet

    try:
        sheet = load_sheet(sheet_path)
    except ClaimdiffError as exc:
        return None, [exc.message]
    problem = review_target_problem(review) if review is not None else None
    if problem is not None:  # a directory, device or FIFO: never opened (a FIFO would hang)
        return None, [problem]
    found = expand_paths(paths or bundled_articles())
    files = found.paths
    errors: list[ClaimdiffError] = list(found.errors)
    missing = [f for f in files if not f.exists()]
    errors += [InputError(f, "no such file") for f in missing]
    files = [f for f in files if f not in missing]
    if not files:
        return None, [e.message for e in errors] or ["no articles to open"]

    from claimdiff.pipeline.background import BackgroundCheck

    # The articles are checked in another process from now on, while Textual is imported and
    # the first frame drawn: the first article is ready sooner than if the viewer checked it.
    background = BackgroundCheck(sheet, files)

    from textual.theme import BUILTIN_THEMES

    from claimdiff.tui.app import ClaimdiffApp
    from claimdiff.tui.config import Config

    if theme is not None and theme not in BUILTIN_THEMES:
        background.stop()
        themes = ", ".join(sorted(BUILTIN_THEMES))
        return None, [f"--theme: unknown theme {theme!r} (choose from {themes})"]
    app = ClaimdiffApp(
        sheet, files, store=ReviewStore(sheet.study, review), config=Config.load(), theme=theme,
        errors=errors, background=background, practice=practice,
    )  # fmt: skip
    return app, []


__all__ = ["build_app", "run_app"]
