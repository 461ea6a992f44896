"""The whole check of an article: load, clean, segment, align, judge."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import cast

from claimdiff.align.aligner import Aligner, sheet_terms
from claimdiff.claims.segment import segment
from claimdiff.clean.boilerplate import find_dropped
from claimdiff.errors import ClaimdiffError, InputError
from claimdiff.judge.document import Judge
from claimdiff.model import ArticleResult, Claim, ClaimResult, Document, Judgement, Match, Sheet
from claimdiff.read.layout import layout
from claimdiff.read.load import load_document

log = logging.getLogger(__name__)

Outcome = ArticleResult | ClaimdiffError | BaseException
"""What checking one article ends in: its result, its error, or the exception a bug raised."""


def prepare(path: Path) -> Document:
    """Load, clean and segment one article; InputError when it cannot be read."""
    return prepare_document(load_document(path))


def prepare_document(doc: Document) -> Document:
    """A loaded document (its text, format and title set) cleaned and segmented: a new
    document with its dropped spans, its claims and (from the headline) a title."""
    lay = layout(doc)
    cleaned = replace(doc, dropped=find_dropped(doc, lay), metadata=dict(doc.metadata))
    claims = segment(cleaned, lay)
    title = doc.title
    if title is None:
        headline = next((c for c in claims if c.kind == "headline"), None)
        title = headline.display if headline is not None else None
    return replace(cleaned, claims=claims, title=title)


class Checker:
    """Checks articles against one sheet; the sheet's facts are prepared once."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        # Findings of related studies are aligned too, so that a claim reporting one is named
        # as that study's (schema 2 `[[related]]`).
        judged = replace(
            sheet, facts=sheet.facts + tuple(f for r in sheet.related for f in r.facts)
        )
        terms = sheet_terms(judged)
        self.aligner = Aligner(judged, terms)
        self.judge = Judge(judged, terms)

    def check_document(self, doc: Document) -> ArticleResult:
        alignment = self.aligner.align(doc.claims)
        judged = self.judge.judge(doc, alignment)
        reports = self.judge.reports_study(doc.claims, judged)
        if not reports:
            judged = self.judge.off_study(judged)
        results = [ClaimResult(c, m, j) for c, (m, j) in zip(doc.claims, judged, strict=True)]
        return ArticleResult(document=doc, results=results, reports_study=reports)

    def judge_pair(
        self,
        claim: Claim,
        fact_id: str | None,
        quoted: bool | None = None,
        document: Document | None = None,
    ) -> tuple[Match, Judgement]:
        """A claim judged against the fact a reviewer chose for it (None: no fact).

        The match carries the aligner's similarity of that pair and the words the two share;
        its runner-ups are the claim's other candidates. `quoted` says whether the claim is
        someone's words; when it is not given, that is read from the claim itself, and from
        its neighbours in `document` (a quote continued from the sentence before). An unknown
        fact id raises KeyError.
        """
        if fact_id is not None and self.sheet.fact(fact_id) is None:
            raise KeyError(fact_id)
        aligned = self.aligner.align([claim]).claims[0]
        candidate = None if fact_id is None else self.aligner.pair(claim, fact_id)
        return self.judge.judge_pair(claim, aligned, candidate, quoted, document)

    def check_path(self, path: Path) -> ArticleResult:
        return self.check_document(prepare(path))

    def progress(self, path: Path) -> Iterator[str | Outcome]:
        """One article, stage by stage: what each stage is about to do, as it begins, then the
        outcome (the result, the ClaimdiffError that stopped it, or the exception a bug
        raised). Never raises for the article: one bad article costs only itself."""
        try:
            yield "reading"
            doc = load_document(path)
            yield f"cleaning and splitting {len(doc.text):,} characters"
            doc = prepare_document(doc)
            yield f"aligning and judging {len(doc.claims):,} claims"
            yield self.check_document(doc)
        except ClaimdiffError as exc:
            yield exc
        except Exception as exc:  # a bug in a stage is reported for this article only
            log.exception("checking %s failed", path)
            yield exc

    def outcome(self, path: Path) -> Outcome:
        """The article's outcome, as `progress` ends it."""
        *_, last = self.progress(path)
        assert not isinstance(last, str)
        return last

    def check_paths(self, paths: Iterable[Path]) -> Iterator[ArticleResult | ClaimdiffError]:
        """Each article's result, or the error that stopped it (the others go on); a bug
        raises."""
        for path in paths:
            outcome = self.outcome(path)
            if not isinstance(outcome, ArticleResult | ClaimdiffError):
                raise outcome
            yield outcome


# --------------------------------------------------------------------------- many articles

POOL_MIN_ARTICLES = 16  # below this, starting worker processes costs more than it saves

_worker: Checker | None = None


def _start_worker(sheet: Sheet) -> None:
    global _worker
    _worker = Checker(sheet)


def _check_in_worker(path: Path) -> tuple[str, object]:
    """One article in a worker; errors travel back as plain values (they pickle safely)."""
    assert _worker is not None
    outcome = _worker.outcome(path)
    if isinstance(outcome, ArticleResult):
        return "ok", outcome
    if isinstance(outcome, ClaimdiffError):
        return "error", (str(outcome.path) if outcome.path else None, outcome.problem)
    return "bug", f"{type(outcome).__name__}: {outcome}"


def check_many(
    checker: Checker, paths: Sequence[Path], workers: int | None = None
) -> Iterator[tuple[Path, Outcome]]:
    """Every article's outcome, in order: its result, its ClaimdiffError, or the exception
    a bug raised. Large batches are spread over worker processes (one Checker each)."""
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if len(paths) >= POOL_MIN_ARTICLES else 1
    if workers <= 1:
        for path in paths:
            yield path, checker.outcome(path)
        return
    chunk = max(1, len(paths) // (workers * 8))
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(checker.sheet,)) as pool:
        for path, (status, value) in zip(
            paths, pool.map(_check_in_worker, paths, chunksize=chunk), strict=True
        ):
            if status == "ok":
                yield path, cast(ArticleResult, value)
            elif status == "error":
                where, problem = cast(tuple[str | None, str], value)
                yield path, InputError(where or path, problem)
            else:
                yield path, RuntimeError(str(value))
