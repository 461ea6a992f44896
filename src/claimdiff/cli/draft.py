"""`claimdiff draft`: a fact sheet drafted from the study's own texts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimdiff.errors import ClaimdiffError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Draft a fact sheet from the study's own texts: the paper or its abstract (text, "
        "Markdown, HTML or PDF), the press release, the investigators' quotes. Each sentence "
        "that states something becomes a fact; comments in the sheet say what to check."
    )
    parser.add_argument(
        "sources",
        metavar="SOURCE",
        nargs="*",
        type=Path,
        help="study texts whose role is guessed (the sheet says how)",
    )
    for flag, role in (
        ("--paper", "the paper or its abstract"),
        ("--press-release", "a press release about the study"),
        ("--quote", "the investigators' own words (an interview, a statement)"),
    ):
        parser.add_argument(
            flag, metavar="FILE", type=Path, action="append", default=[], help=f"{role}"
        )
    parser.add_argument(
        "--output",
        "-o",
        metavar="SHEET",
        type=Path,
        default=None,
        help="write the sheet here (default: print it)",
    )
    parser.add_argument("--force", action="store_true", help="replace SHEET if it exists")
    parser.add_argument(
        "--id",
        dest="study_id",
        metavar="ID",
        default=None,
        help="the study's id (default: first author and year, or title words)",
    )
    parser.add_argument("--debug", action="store_true", help="show a traceback on a bug")


def run(args: argparse.Namespace) -> int:
    from claimdiff.authoring.draft import draft_sheet

    paths: list[tuple[Path, str | None]] = [(p, "paper") for p in args.paper]
    paths += [(p, "press-release") for p in args.press_release]
    paths += [(p, "quote") for p in args.quote]
    paths += [(p, None) for p in args.sources]
    if not paths:
        raise ClaimdiffError(
            None,
            "no sources: give the paper, its abstract or a press release "
            "(see 'claimdiff draft --help')",
        )
    out: Path | None = args.output
    if out is not None and out.exists() and not args.force:
        raise ClaimdiffError(
            out, "already exists; choose another name or add --force to replace it"
        )
    text = draft_sheet(paths, args.study_id)  # type: ignore[arg-type]
    if out is None:
        sys.stdout.write(text)
        return 0
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ClaimdiffError(out, f"cannot be written ({exc.strerror or exc})") from None
    facts = text.count("[[facts]]")
    checks = text.count("# check:")
    print(
        f"claimdiff: wrote {out}: {facts} facts, {checks} things to check "
        f"(lines starting '# check:'); next: claimdiff sheet check {out}",
        file=sys.stderr,
    )
    return 0
