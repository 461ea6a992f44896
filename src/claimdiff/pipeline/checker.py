"""The whole check of an article: load, clean, segment, align, judge."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import cast

from claimdiff.align.aligner import Aligner
from claimdiff.claims.segment import segment
from claimdiff.clean.boilerplate import find_dropped
from claimdiff.errors import ClaimdiffError, InputError
from claimdiff.judge.verdicts import Judge
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
    """Clean and segment a loaded document (its text, format and title already set)."""
    lay = layout(doc)
    doc.dropped = find_dropped(doc, lay)
    doc.claims = segment(doc, lay)
    if doc.title is None:
        headline = next((c for c in doc.claims if c.kind == "headline"), None)
        if headline is not None:
            doc.title = headline.display
    return doc


class Checker:
    """Checks articles against one sheet; the sheet's facts are prepared once."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.aligner = Aligner(sheet)
        self.judge = Judge(sheet, self.aligner)

    def check_document(self, doc: Document) -> ArticleResult:
        alignment = self.aligner.align(doc.claims)
        judged = self.judge.judge(doc, alignment)
        results = [ClaimResult(c, m, j) for c, (m, j) in zip(doc.claims, judged, strict=True)]
        return ArticleResult(document=doc, results=results)

    def judge_pair(
        self, claim: Claim, fact_id: str | None, quoted: bool = False
    ) -> tuple[Match, Judgement]:
        """A claim judged against the fact a reviewer chose for it (None: no fact).

        The match carries the aligner's similarity of that pair and the words the two share;
        an unknown fact id raises KeyError.
        """
        if fact_id is None:
            match = Match(None, 0.0)
        else:
            index = next((i for i, f in enumerate(self.sheet.facts) if f.id == fact_id), None)
            if index is None:
                raise KeyError(fact_id)
            alignment = self.aligner.align([claim])
            claim_spans, fact_spans = self.aligner.shared_spans(alignment.claim_tokens[0], index)
            similarity = max(0.0, float(alignment.scores[0][index]))
            match = Match(fact_id, similarity, claim_spans, fact_spans)
        return match, self.judge.judge_claim(claim, match, quoted=quoted)

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
