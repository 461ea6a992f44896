"""`claimdiff sheet check SHEET`: what in a fact sheet will judge badly, before any article."""

from __future__ import annotations

import argparse
from pathlib import Path

EXIT_CLEAN = 0
EXIT_FOUND = 1


def configure(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Check a fact sheet before reading articles: facts too alike to tell apart, `also` "
        "phrasings that pull claims to another fact, conclusions stated more firmly than the "
        "paper states them, an animal or cell study with no caveat saying so, ids that differ "
        "only in case. One line per problem, naming the fact; exit status 1 when any is found."
    )
    parser.add_argument("action", choices=("check",), help="check: check a sheet (see above)")
    parser.add_argument("sheet", metavar="SHEET", type=Path, help="the fact sheet (TOML)")
    parser.add_argument(
        "--phrasings",
        action="store_true",
        help="also list, for every `also` phrasing, the fact it pulls claims to",
    )


def run(args: argparse.Namespace) -> int:
    from claimdiff.authoring.check import check_sheet, pulls
    from claimdiff.safe_text import one_line
    from claimdiff.study.sheet import load_sheet

    sheet = load_sheet(args.sheet)
    findings = check_sheet(sheet)
    for finding in findings:
        print(one_line(f"{args.sheet}: {finding.line()}"))
    if args.phrasings:
        for p in pulls(sheet):
            arrow = "its own fact" if p.to == p.fact_id else f'"{p.to}" (not its own fact)'
            print(
                one_line(
                    f'{args.sheet}: fact "{p.fact_id}": also "{p.phrasing}" pulls claims to '
                    f"{arrow}; without it: own {p.own:.2f}, best other {p.score:.2f}"
                )
            )
    if not findings:
        facts = len(sheet.facts)
        print(f"{args.sheet}: no problems found ({facts} facts checked)")
        return EXIT_CLEAN
    return EXIT_FOUND
