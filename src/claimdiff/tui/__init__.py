"""The claimdiff TUI. `run_app` is the entry point; Textual is imported only when it runs."""

from __future__ import annotations

import sys
from pathlib import Path


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
) -> int:
    """Open articles (files or folders; none: the bundled samples) against a fact sheet.

    Returns the exit status: 0 after a normal quit, 2 when the sheet, the theme or every
    article is unusable (each problem printed as one `claimdiff: error:` line).
    """
    from claimdiff.cli_export import expand_paths
    from claimdiff.errors import ClaimdiffError, InputError
    from claimdiff.locations import bundled_articles
    from claimdiff.review import ReviewStore
    from claimdiff.sheet import load_sheet

    try:
        sheet = load_sheet(sheet_path)
    except ClaimdiffError as exc:
        _error(exc.message)
        return 2
    if review is not None and review.is_dir():
        _error(f"{review}: is a directory (--review takes a file)")
        return 2
    files, errors = expand_paths(paths or bundled_articles())
    missing = [f for f in files if not f.exists()]
    errors += [InputError(f, "no such file") for f in missing]
    files = [f for f in files if f not in missing]
    if not files:
        for error in errors:
            _error(error.message)
        if not errors:
            _error("no articles to open")
        return 2

    from textual.theme import BUILTIN_THEMES

    from claimdiff.tui.app import ClaimdiffApp
    from claimdiff.tui.config import Config

    config = Config.load()
    if theme is not None and theme not in BUILTIN_THEMES:
        _error(
            f"--theme: unknown theme {theme!r} (choose from {', '.join(sorted(BUILTIN_THEMES))})"
        )
        return 2
    app = ClaimdiffApp(
        sheet, files, store=ReviewStore(sheet.study, review), config=config, theme=theme,
        errors=errors,
    )  # fmt: skip
    app.run(mouse=mouse)
    code = app.return_code or 0
    if code == 2:
        for slot in app.slots:
            if slot.error:
                _error(slot.error)
    for slot in app.unsaved():
        _error(f"{slot.path}: reviews not saved (see the messages above)")
    return code


__all__ = ["run_app"]
