"""Invented studies for the judge tests: one of each common design (fixtures/studies/).

None of them is real and none is shaped like the bundled sample (a mouse study of patients'
antibodies): a drug trial, an observational cohort, a study of cells in a dish, and a mouse
study of a food compound. Every sentence was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from claimdiff.model import ClaimResult, Sheet
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import load_sheet

FOLDER = Path(__file__).parent / "fixtures" / "studies"

# A randomised, placebo-controlled drug trial.
TRIAL = load_sheet(FOLDER / "trial.toml")

# An observational cohort: its results are associations.
COHORT = load_sheet(FOLDER / "cohort.toml")

# Cells in a dish.
CELLS = load_sheet(FOLDER / "cells.toml")

# A mouse study of a food compound.
MICE = load_sheet(FOLDER / "mice.toml")

STUDIES: dict[str, Sheet] = {
    "trial": TRIAL,
    "cohort": COHORT,
    "cells": CELLS,
    "mice": MICE,
}
_CHECKERS: dict[str, Checker] = {}


def check(study: str, text: str) -> list[ClaimResult]:
    """Every claim of an article (text) checked against one invented study."""
    checker = _CHECKERS.get(study)
    if checker is None:
        checker = _CHECKERS[study] = Checker(STUDIES[study])
    doc = prepare_document(document_from_text(text, "article.txt"))
    return checker.check_document(doc).results


def judged(study: str, sentence: str) -> ClaimResult:
    """One sentence checked on its own against one invented study."""
    results = check(study, sentence + "\n")
    assert len(results) == 1, [r.claim.text for r in results]
    return results[0]


def judged_on(sheet: Sheet, sentence: str) -> ClaimResult:
    """One sentence checked on its own against a sheet written inside a test."""
    doc = prepare_document(document_from_text(sentence + "\n", "article.txt"))
    results = Checker(sheet).check_document(doc).results
    assert len(results) == 1, [r.claim.text for r in results]
    return results[0]


def reasons(result: ClaimResult) -> str:
    return " | ".join(result.judgement.reasons)
