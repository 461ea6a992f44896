"""The `claimdiff` command: the interactive viewer by default, and headless subcommands.

    claimdiff [ARTICLE...] [--study SHEET] [--theme NAME] [--no-mouse] [--review FILE] [--practice]
    claimdiff check [--study SHEET] [--format text|json|markdown] [ARTICLE...]

Subcommands are registered in one place, `COMMANDS` below. Every failure the user can cause
is one line on stderr, `claimdiff: error: FILE: what`, and an exit status:
0 all went well; 1 some articles could not be checked (the rest were); 2 nothing could be
done (bad usage, an unusable fact sheet, no readable article, an internal error);
130 interrupted; 141 the reader of the output went away (`| head`).
`--debug` shows the traceback of an unexpected error.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from claimdiff import __version__
from claimdiff.errors import ClaimdiffError
from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.model import ArticleResult, Sheet
from claimdiff.read.inputs import ARTICLE_SUFFIXES, expand_paths
from claimdiff.safe_text import one_line

PROG = "claimdiff"

EXIT_OK = 0
EXIT_PARTIAL = 1  # some articles failed, the others were checked and reported
EXIT_FATAL = 2  # usage error, unusable sheet, nothing readable, internal error
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # as if killed by SIGPIPE, like other command-line tools


class UsageError(Exception):
    """A command line argparse refused; shown as one line, exit 2."""

    def __init__(self, message: str, prog: str) -> None:
        super().__init__(message)
        self.prog = prog


class StudyMissing(Exception):
    """Articles were given without the fact sheet of their study; shown as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (no usage dump, no direct exit)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)


def error(message: str) -> None:
    """Print `claimdiff: error: MESSAGE` on stderr, with control characters made inert."""
    print(f"{PROG}: error: {one_line(message)}", file=sys.stderr, flush=True)


def warn(message: str) -> None:
    """Print `claimdiff: MESSAGE` on stderr (information, not a failure)."""
    print(f"{PROG}: {one_line(message)}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- shared options

SUFFIXES = ", ".join(ARTICLE_SUFFIXES)


def add_study_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--study",
        "-s",
        metavar="SHEET",
        type=Path,
        default=None,
        help="the study's fact sheet (TOML; see docs/fact-sheet.md). Needed with ARTICLE "
        "arguments; without them, the bundled samples are checked against their own sheet",
    )


def study_hint(command: str) -> str:
    """The one-line error for articles given without the sheet of the study they report."""
    return (
        "which study do these articles report? name its fact sheet with --study SHEET "
        f"(e.g. {PROG}{command} --study study.toml story.txt; the format is in "
        "docs/fact-sheet.md); without ARTICLE arguments claimdiff uses the bundled samples "
        "and their sheet"
    )


def require_study(args: argparse.Namespace, command: str = "") -> None:
    """Articles without `--study` are refused: a sheet of another study judges them wrongly."""
    if args.articles and args.study is None:
        raise StudyMissing(study_hint(command))


def add_article_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "articles",
        metavar="ARTICLE",
        nargs="*",
        type=Path,
        help=f"article files, or folders of them (a folder stands for its {SUFFIXES} files). "
        "Default: the bundled sample articles",
    )
    parser.add_argument(
        "--recursive",
        "-r",
        action="store_true",
        help="also look for articles in the sub-folders of a folder",
    )


def add_debug_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show a traceback when something unexpected goes wrong",
    )


def load_sheet_or_fail(path: Path | None) -> Sheet:
    """The fact sheet from `--study` (or the bundled one); SheetError propagates."""
    from claimdiff.study.sheet import load_sheet

    return load_sheet(path if path is not None else bundled_sheet())


def resolve_articles(arguments: Sequence[Path], recursive: bool) -> tuple[list[Path], int]:
    """Article paths from the arguments (the bundled samples when there are none).

    Arguments that name no article are reported on stderr; returns the paths and how many
    arguments failed.
    """
    if not arguments:
        return bundled_articles(), 0
    found = expand_paths(arguments, recursive=recursive)
    for problem in found.errors:
        error(problem.message)
    return found.paths, len(found.errors)


# --------------------------------------------------------------------------- check


def configure_check(parser: argparse.ArgumentParser) -> None:
    from claimdiff.results.report import FORMATS

    add_study_option(parser)
    parser.add_argument(
        "--format",
        "-f",
        choices=FORMATS,
        default="text",
        help="text: a readable report (styled on a terminal, plain when piped or when "
        "NO_COLOR is set); json: the machine-readable schema in the README; markdown: a "
        "report to paste. Default: text",
    )
    add_article_arguments(parser)
    add_debug_option(parser)


def run_check(args: argparse.Namespace) -> int:
    """`claimdiff check`: judge every article and print one report.

    Large batches are checked in worker processes; JSON is written article by article.
    """
    from claimdiff.pipeline.checker import Checker, check_many

    require_study(args, " check")
    sheet = load_sheet_or_fail(args.study)
    paths, failed = resolve_articles(args.articles, args.recursive)
    checker = Checker(sheet)
    tally = {"ok": 0, "failed": failed}

    def outcomes() -> Iterator[ArticleResult]:
        for path, outcome in check_many(checker, paths):
            if isinstance(outcome, ArticleResult):
                tally["ok"] += 1
                yield outcome
            elif isinstance(outcome, ClaimdiffError):
                error(outcome.message)
                tally["failed"] += 1
            else:  # a bug in a stage must not stop the other articles
                if args.debug:
                    traceback.print_exception(outcome)
                error(f"{path}: internal error while checking this article ({_describe(outcome)})")
                tally["failed"] += 1

    if args.format == "json":
        stream = outcomes()
        first = next(stream, None)
        if first is None:
            if not tally["failed"]:
                error("no articles to check")
            return EXIT_FATAL
        write_json(sheet, itertools.chain([first], stream))
    else:
        results = list(outcomes())
        if not results:
            if not tally["failed"]:
                error("no articles to check")
            return EXIT_FATAL
        write_report(sheet, results, args.format)
    return EXIT_PARTIAL if tally["failed"] else EXIT_OK


def write_json(sheet: Sheet, results: Iterable[ArticleResult]) -> None:
    """The JSON report on stdout, written as each article is checked."""
    from claimdiff.results import report

    try:
        for piece in report.json_stream(sheet, results):
            _write_utf8(piece)
        _write_utf8("\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        problem = f"cannot write the report ({exc.strerror or exc})"
        raise ClaimdiffError("<stdout>", problem) from exc


def styled_output(stream: object = None) -> bool:
    """Style the text report: stdout is a terminal (or FORCE_COLOR is set) and neither
    NO_COLOR nor TERM=dumb says otherwise."""
    stream = sys.stdout if stream is None else stream
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def write_report(sheet: Sheet, results: Sequence[ArticleResult], fmt: str) -> None:
    """Write the report in format `fmt` on stdout."""
    try:
        _write_report(sheet, results, fmt)
    except BrokenPipeError:
        raise
    except OSError as exc:
        problem = f"cannot write the report ({exc.strerror or exc})"
        raise ClaimdiffError("<stdout>", problem) from exc


def _write_report(sheet: Sheet, results: Sequence[ArticleResult], fmt: str) -> None:
    from claimdiff.results import report

    if fmt == "json":
        _write_utf8(report.to_json(sheet, results) + "\n")
    elif fmt == "markdown":
        sys.stdout.write(report.to_markdown(sheet, results))
    elif styled_output():
        from rich.console import Console

        console = Console(highlight=False, markup=False, emoji=False, force_terminal=True)
        report.print_text(sheet, results, console)
    else:
        width = _columns() or report.PLAIN_WIDTH
        sys.stdout.write(report.to_text(sheet, results, width=width))
    sys.stdout.flush()


def _write_utf8(text: str) -> None:
    """JSON is UTF-8 whatever the locale says (RFC 8259)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _columns() -> int | None:
    try:
        value = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return value if value >= 40 else None


# --------------------------------------------------------------------------- subcommands


@dataclass(frozen=True, slots=True)
class Command:
    """A subcommand: `configure` adds its arguments, `run` does the work and returns the
    exit status (ClaimdiffError raised from `run` becomes the one-line error, exit 2)."""

    name: str
    summary: str
    configure: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


# Register subcommands here, and only here. `claimdiff NAME ...` dispatches to them and
# `claimdiff --help` lists them. Import heavy modules inside `configure`/`run`, not above.
COMMANDS: dict[str, Command] = {
    command.name: command
    for command in (
        Command(
            "check",
            "check articles and print a report (text, json or markdown) without the viewer",
            configure_check,
            run_check,
        ),
        Command(
            "draft",
            "draft a fact sheet from the study's own texts (paper, abstract, press release)",
            lambda parser: _draft().configure(parser),
            lambda args: _draft().run(args),
        ),
        Command(
            "sheet",
            "check a fact sheet before reading articles (sheet check SHEET)",
            lambda parser: _sheet().configure(parser),
            lambda args: _sheet().run(args),
        ),
        Command(
            "export",
            "export checked articles with their reviews (json, markdown, csv, claimreview)",
            lambda parser: _export().configure(parser),
            lambda args: _export().run(args),
        ),
    )
}


def _draft() -> ModuleType:
    """The draft command's module, imported when the command runs."""
    from claimdiff.cli import draft as cli_draft

    return cli_draft


def _sheet() -> ModuleType:
    """The sheet command's module, imported when the command runs."""
    from claimdiff.cli import sheet as cli_sheet

    return cli_sheet


def _export() -> ModuleType:
    """The export command's module, imported when the command runs."""
    from claimdiff.cli import export as cli_export

    return cli_export


# --------------------------------------------------------------------------- the viewer


def viewer_parser() -> _Parser:
    commands = "\n".join(f"  {c.name:<10} {c.summary}" for c in COMMANDS.values())
    parser = _Parser(
        prog=PROG,
        description="Check news articles about a scientific study against the study's\n"
        "facts, claim by claim, in an interactive terminal viewer.",
        epilog=f"commands:\n{commands}\n\n"
        f"Run '{PROG} COMMAND --help' for a command's options.\n"
        f"Without ARTICLE, {PROG} opens the bundled sample articles with the bundled\n"
        "fact sheet.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", "-V", action="version", version=f"{PROG} {__version__}")
    add_study_option(parser)
    add_article_arguments(parser)
    parser.add_argument("--theme", metavar="NAME", default=None, help="Textual theme to use")
    parser.add_argument(
        "--no-mouse", dest="mouse", action="store_false", help="do not capture the mouse"
    )
    parser.add_argument(
        "--review",
        metavar="FILE",
        type=Path,
        default=None,
        help="the review database (SQLite) to read and save to; a JSON review file of an "
        "earlier claimdiff is imported once into a .sqlite3 file beside it. Default: "
        "reviews.sqlite3 in your user data folder",
    )
    parser.add_argument(
        "--practice",
        action="store_true",
        help="practice mode: each verdict is hidden until you pick yours; your agreement "
        "with claimdiff and with saved reviews is kept as a score (reviews are not changed)",
    )
    add_debug_option(parser)
    return parser


def interactive() -> bool:
    """Both stdin and stdout are terminals, so a full-screen viewer can run."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_viewer(args: argparse.Namespace) -> int:
    """Open the viewer; without a terminal (or without the viewer) print the text report."""
    if args.articles and str(args.articles[0]) in COMMANDS and not args.articles[0].exists():
        raise UsageError(
            f"put the command first: {PROG} {args.articles[0]} [options] [ARTICLE...]", PROG
        )
    require_study(args)
    load_sheet_or_fail(args.study)  # a bad sheet stops before the screen changes
    paths, failed = resolve_articles(args.articles, args.recursive)
    if not paths:
        return EXIT_FATAL
    reason = None
    if importlib.util.find_spec("claimdiff.tui") is None:
        reason = "the interactive viewer is not part of this build"
    elif not interactive():
        reason = "not running in a terminal"
    if reason is not None:
        warn(f"{reason}; printing the report instead (see '{PROG} check --help')")
        args.format = "text"
        args.articles = paths
        args.recursive = False
        status = run_check(args)
        return status if status != EXIT_OK or not failed else EXIT_PARTIAL
    from claimdiff.tui import run_app

    status = run_app(
        paths,
        args.study if args.study is not None else bundled_sheet(),
        theme=args.theme,
        mouse=args.mouse,
        review=args.review,
        practice=args.practice,
    )
    return EXIT_PARTIAL if failed and status == EXIT_OK else status


# --------------------------------------------------------------------------- entry point


def _describe(exc: BaseException) -> str:
    detail = str(exc)
    return f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__


def build_parser(argv: Sequence[str]) -> tuple[_Parser, Callable[[argparse.Namespace], int]]:
    """The parser for this command line and the function that runs it."""
    if argv and argv[0] in COMMANDS:
        command = COMMANDS[argv[0]]
        parser = _Parser(prog=f"{PROG} {command.name}", description=command.summary)
        command.configure(parser)
        return parser, command.run
    return viewer_parser(), run_viewer


def main(argv: Sequence[str] | None = None) -> int:
    """Run `claimdiff` with `argv` (default: the process's arguments); return the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # never fail on a character the terminal cannot show
            reconfigure(errors="backslashreplace")
    debug = "--debug" in argv
    try:
        parser, run = build_parser(argv)
        argv_rest = argv[1:] if argv and argv[0] in COMMANDS else argv
        try:
            args = parser.parse_intermixed_args(argv_rest)
        except SystemExit as exc:  # --help and --version
            return exc.code if isinstance(exc.code, int) else EXIT_OK
        return run(args)
    except UsageError as exc:
        error(f"{exc} (see '{exc.prog} --help')")
        return EXIT_FATAL
    except StudyMissing as exc:
        error(str(exc))
        return EXIT_FATAL
    except ClaimdiffError as exc:
        if debug:
            traceback.print_exc()
        error(exc.message)
        return EXIT_FATAL
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        if debug:
            traceback.print_exc()
        error(f"internal error: {_describe(exc)} (run with --debug for details)")
        return EXIT_FATAL
