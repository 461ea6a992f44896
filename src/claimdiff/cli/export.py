"""`claimdiff export`: write the reviewed report of articles without opening the TUI.

    claimdiff export [-s SHEET] [--review FILE] [-f FORMAT] [-o OUT] [-r] [ARTICLE...]

The options read as `claimdiff check`'s (`-s/--study`, `-f/--format`, `-r/--recursive`,
`--debug`). Reviews are read from the same place the viewer saves them (or `--review FILE`);
nothing on disk is changed except OUT, which must be a regular file (or a symlink to one: its
target is replaced) that is not read-only. Exit 0 on success, 1 when some articles could not
be read (the rest are exported), 2 on bad usage or when nothing could be exported.
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
from claimdiff.results.files import writable_target, write_text
from claimdiff.results.review import ReviewedArticle
from claimdiff.results.store import ReviewStore, review_target_problem
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
    """The arguments of `claimdiff export` (the shared ones as `claimdiff check` has them)."""
    from claimdiff.cli.main import add_article_arguments, add_debug_option, add_study_option

    add_study_option(parser)
    parser.add_argument(
        "--review",
        type=Path,
        metavar="FILE",
        help="the review database to read (default: where the viewer saves reviews); a JSON "
        "review file of an earlier claimdiff is read as it is",
    )
    parser.add_argument(
        "--format",
        "-f",
        choices=list(FORMATS),
        default="json",
        help="json: the check report with the reviews; markdown: a report to paste; csv: one "
        "row per claim; claimreview: schema.org ClaimReview JSON-LD. Default: json",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="write to this file instead of stdout (a regular file, replaced atomically)",
    )
    parser.add_argument(
        "--author", metavar="NAME", help="reviewer named as author in ClaimReview output"
    )
    add_article_arguments(parser)
    add_debug_option(parser)


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
    problem = review_target_problem(args.review) if args.review is not None else None
    if problem is not None:
        _error(problem)
        return 2
    if args.output is not None:
        try:  # before the (slow) check: a FIFO, a device or a read-only OUT is refused at once
            writable_target(args.output)
        except ClaimdiffError as exc:
            hint = " (without -o the export goes to stdout)" if "FIFO" in exc.problem else ""
            _error(exc.message + hint)
            return 2
    found = inputs.expand_paths(
        args.articles or bundled_articles(), recursive=getattr(args, "recursive", False)
    )
    paths, errors = found.paths, list(found.errors)
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
            write_text(args.output, text)
        except ClaimdiffError as exc:
            _error(exc.message)
            return 2
    return 1 if failed else 0
