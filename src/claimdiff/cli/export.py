"""`claimdiff export`: write the reviewed report of articles without opening the TUI.

    claimdiff export [--study SHEET] [--review FILE] [--format FORMAT] [-o OUT] ARTICLE...

Reviews are read from the same place the TUI saves them (or `--review FILE`); nothing on disk
is changed except OUT. Exit 0 on success, 1 when some articles could not be read (the rest are
exported), 2 on bad usage or when nothing could be exported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from claimdiff.errors import ClaimdiffError
from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.pipeline.checker import Checker
from claimdiff.read import inputs
from claimdiff.results.export import FORMATS, render
from claimdiff.results.review import ReviewedArticle, ReviewStore, atomic_write_text
from claimdiff.safe_text import one_line
from claimdiff.study.sheet import load_sheet


def expand_paths(paths: Iterable[Path]) -> tuple[list[Path], list[ClaimdiffError]]:
    """Files as given, folders as the articles in them (name order), with one error per
    argument that names nothing (see `claimdiff.read.inputs`)."""
    found = inputs.expand_paths(paths)
    return found.paths, list(found.errors)


def _error(message: str) -> None:
    print(f"claimdiff: error: {one_line(message)}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimdiff export",
        description="Export checked articles with their reviews (made in the claimdiff TUI).",
    )
    configure(parser)
    return parser


def configure(parser: argparse.ArgumentParser) -> None:
    """The arguments of `claimdiff export`."""
    parser.add_argument(
        "--study",
        type=Path,
        metavar="SHEET",
        help="the study's fact sheet (needed with ARTICLE; default: the bundled samples' sheet)",
    )
    parser.add_argument(
        "--review", type=Path, metavar="FILE", help="review file (default: where the TUI saves)"
    )
    parser.add_argument(
        "--format", choices=list(FORMATS), default="json", help="output format (default: json)"
    )
    parser.add_argument("-o", "--output", type=Path, metavar="OUT", help="write here, not stdout")
    parser.add_argument(
        "--author", metavar="NAME", help="reviewer named as author in ClaimReview output"
    )
    parser.add_argument(
        "articles", nargs="*", type=Path, metavar="ARTICLE", help="files or folders"
    )


def main(argv: Sequence[str] | None = None) -> int:
    return run(build_parser().parse_args(list(sys.argv[1:] if argv is None else argv)))


def run(args: argparse.Namespace) -> int:
    """Export the articles with their reviews; the exit status."""
    if args.articles and args.study is None:
        from claimdiff.cli.main import study_hint

        _error(study_hint(" export"))
        return 2
    try:
        sheet = load_sheet(args.study or bundled_sheet())
    except ClaimdiffError as exc:
        _error(exc.message)
        return 2
    paths, errors = expand_paths(args.articles or bundled_articles())
    for error in errors:
        _error(error.message)
    store = ReviewStore(sheet.study, args.review, repair=False)
    articles: list[ReviewedArticle] = []
    failed = len(errors)
    for item in Checker(sheet).check_paths(paths):
        if isinstance(item, ClaimdiffError):
            _error(item.message)
            failed += 1
            continue
        try:
            article, notices = store.open(item)
        except ClaimdiffError as exc:  # a broken review file: export nothing rather than mislead
            _error(exc.message)
            return 2
        for message, severity in notices:
            label = "error" if severity == "error" else "warning"
            print(f"claimdiff: {label}: {one_line(message)}", file=sys.stderr)
        articles.append(article)
    if not articles:
        return 2
    try:
        text = render(args.format, sheet, articles, args.author)
    except ValueError as exc:  # the check report and the reviews disagree (a version mismatch)
        _error(f"export: {exc}")
        return 2
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            atomic_write_text(args.output, text)
        except OSError as exc:
            _error(f"{args.output}: {exc.strerror or exc}")
            return 2
    return 1 if failed else 0
