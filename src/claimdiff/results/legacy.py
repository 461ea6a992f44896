"""The JSON review files of earlier claimdiff versions, read for a one-time import.

Earlier versions kept reviews in JSON (``schema = 1``), one file per article under
``<data>/reviews/<study>/`` or one file named by ``--review``::

    {"schema": 1, "kind": "claimdiff-review",
     "study": {"id": ..., "title": ...},
     "articles": {"<sha256>": {"path": ..., "resolved": ..., "title": ..., "updated": ...,
                               "reviews": [Review...], "orphans": [Review...]}}}

The store imports such a file once into its database and never changes or removes it. A file
is untrusted input: anything wrong with it (not JSON, nested too deeply, a field of the wrong
type, a FIFO) is one ValueError naming the problem, for that file only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from claimdiff.errors import ReviewError
from claimdiff.results.files import read_regular
from claimdiff.results.review import Review

SCHEMA = 1
KIND = "claimdiff-review"
LIMIT = 512_000_000  # bytes: far above any real review file, below what would exhaust memory


@dataclass(frozen=True, slots=True)
class LegacyRecord:
    """One article's reviews in a legacy file."""

    sha256: str
    path: str
    resolved: str
    title: str
    updated: str
    reviews: tuple[Review, ...]
    orphans: tuple[Review, ...]


@dataclass(frozen=True, slots=True)
class LegacyFile:
    """A parsed legacy review file."""

    study_id: str | None
    records: tuple[LegacyRecord, ...]

    @property
    def review_count(self) -> int:
        return sum(len(r.reviews) + len(r.orphans) for r in self.records)


def looks_legacy(data: bytes) -> bool:
    """Whether the start of a file looks like JSON (and so not like a database)."""
    return data.lstrip()[:1] == b"{"


def read_legacy(path: Path) -> LegacyFile:
    """Read and check a legacy review file: ValueError says what is wrong with it,
    ReviewError when a newer claimdiff wrote it."""
    try:
        raw = read_regular(path, LIMIT)
    except OSError as exc:
        raise ValueError(exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError("not UTF-8 text") from None
    return parse_legacy(path, text)


def parse_legacy(path: Path, text: str) -> LegacyFile:
    """Parse the text of a legacy review file (see `read_legacy`)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:
        raise ValueError("not a review file (JSON nested too deeply)") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise ValueError("not a claimdiff review file")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ValueError("no valid schema number")
    if schema > SCHEMA:
        raise ReviewError(path, f"written by a newer claimdiff (schema {schema}); not imported")
    study, articles = data.get("study", {}), data.get("articles")
    if not isinstance(study, dict) or not isinstance(articles, dict):
        raise ValueError("no articles")
    study_id = study.get("id")
    records = []
    for sha, record in articles.items():
        where = f"article {sha[:12]}"
        if not isinstance(record, dict):
            raise ValueError(f"{where} is not an object")
        fields = {name: record.get(name, "") for name in ("path", "resolved", "title", "updated")}
        for name, value in fields.items():
            if not isinstance(value, str):
                raise ValueError(f"{where} has a {name} that is not text")
        lists = {}
        for name in ("reviews", "orphans"):
            items = record.get(name, [])
            if not isinstance(items, list):
                raise ValueError(f"{where} has {name} that are not a list")
            try:
                lists[name] = tuple(Review.from_json(item) for item in items)
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from None
        records.append(
            LegacyRecord(
                sha256=sha,
                path=fields["path"],
                resolved=fields["resolved"] or fields["path"],
                title=fields["title"],
                updated=fields["updated"],
                reviews=lists["reviews"],
                orphans=lists["orphans"],
            )
        )
    return LegacyFile(study_id if isinstance(study_id, str) else None, tuple(records))
