"""The `claimdiff` command: the TUI by default, `check` for a headless report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from claimdiff import __version__
from claimdiff.errors import ClaimdiffError
from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.model import ArticleResult
from claimdiff.pipeline import Checker
from claimdiff.report import to_json, to_markdown, to_text
from claimdiff.sheet import load_sheet


def _error(message: str) -> None:
    print(f"claimdiff: error: {message}", file=sys.stderr)


def _check(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="claimdiff check", description="Check articles headlessly."
    )
    parser.add_argument("--study", type=Path, default=None, help="fact sheet (default: bundled)")
    parser.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    parser.add_argument("articles", nargs="*", type=Path)
    args = parser.parse_args(argv)
    try:
        sheet = load_sheet(args.study or bundled_sheet())
    except ClaimdiffError as exc:
        _error(exc.message)
        return 2
    paths = args.articles or bundled_articles()
    checker = Checker(sheet)
    results: list[ArticleResult] = []
    failed = 0
    for item in checker.check_paths(paths):
        if isinstance(item, ClaimdiffError):
            _error(item.message)
            failed += 1
        else:
            results.append(item)
    if failed and not results:
        return 2
    render = {"json": to_json, "markdown": to_markdown, "text": to_text}[args.format]
    sys.stdout.write(render(sheet, results))
    if args.format == "json":
        sys.stdout.write("\n")
    return 1 if failed else 0


def _tui(argv: Sequence[str]) -> int:  # TUI branch: re-apply onto the CLI engineer's cli.py
    parser = argparse.ArgumentParser(prog="claimdiff", description="Check articles in the TUI.")
    parser.add_argument("--version", action="version", version=f"claimdiff {__version__}")
    parser.add_argument("--study", type=Path, metavar="SHEET", help="fact sheet (default: bundled)")
    parser.add_argument("--theme", metavar="NAME", help="Textual theme (remembered when changed)")
    parser.add_argument("--no-mouse", action="store_true", help="leave the mouse to the terminal")
    parser.add_argument("--review", type=Path, metavar="FILE", help="review file to use")
    parser.add_argument("articles", nargs="*", type=Path, metavar="ARTICLE", help="files/folders")
    args = parser.parse_args(argv)
    from claimdiff.tui import run_app

    return run_app(args.articles, args.study or bundled_sheet(), theme=args.theme,
                   mouse=not args.no_mouse, review=args.review)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "check":
        return _check(argv[1:])
    if argv and argv[0] == "export":
        from claimdiff.cli_export import main as export_main

        return export_main(argv[1:])
    return _tui(argv)
