"""The whole check of an article: load, clean, segment, align, judge."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from claimdiff.align import Aligner
from claimdiff.clean import find_dropped
from claimdiff.errors import ClaimdiffError
from claimdiff.judge import Judge
from claimdiff.layout import layout
from claimdiff.load import load_document
from claimdiff.model import ArticleResult, ClaimResult, Document, Sheet
from claimdiff.segment import segment


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

    def check_path(self, path: Path) -> ArticleResult:
        return self.check_document(prepare(path))

    def check_paths(self, paths: Iterable[Path]) -> Iterator[ArticleResult | ClaimdiffError]:
        """Each article's result, or the error that stopped it (the others go on)."""
        for path in paths:
            try:
                yield self.check_path(path)
            except ClaimdiffError as exc:
                yield exc
