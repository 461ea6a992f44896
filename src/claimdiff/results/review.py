"""A reviewer's decisions on claims, with undo/redo, kept safe in a review file.

A review says what a person decided about one claim: they confirmed the verdict shown, chose
another verdict, aligned the claim to another fact, or wrote a reason. Reviews are keyed by the
claim's text (and its occurrence, for repeated sentences), never by its position, so they
survive a change of the article or of the segmenter; reviews that no longer match any claim are
kept as *orphans* and reported, never dropped.

The review file (JSON, ``schema = 1``) holds one record per article, keyed by the SHA-256 of
the article's text::

    {"schema": 1, "kind": "claimdiff-review",
     "study": {"id": ..., "title": ...},
     "articles": {"<sha256>": {"path": ..., "title": ..., "updated": ...,
                               "reviews": [Review...], "orphans": [Review...]}}}

By default each article has its own file under the user's data directory,
``<data>/reviews/<study>/<sha256[:16]>.json``; ``--review FILE`` keeps every article in one
file. Saving is atomic (temporary file in the same directory, fsync, rename, fsync of the
directory), so a crash at any moment leaves the old file or the new one.

Two claimdiff instances may review with the same file: every save takes an advisory lock
(``flock`` on a hidden ``.NAME.lock`` beside the file), reads what is on disk, applies only the
claims *this* instance changed since its last save, and writes the result. Each side keeps the
other's work (the last writer wins per claim), and reviews written by the other instance are
adopted into this one's view. A file that cannot be parsed is moved aside to
``NAME.<timestamp>.bak`` and the user told; a file from a newer claimdiff is never overwritten.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimdiff.errors import ReviewError
from claimdiff.model import PROBLEMS, SCORED, VERDICTS, ArticleResult, Study, Verdict
from claimdiff.safe_text import json_dumps

try:  # POSIX advisory locks; elsewhere saves still merge but are not serialised.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

SCHEMA = 1
KIND = "claimdiff-review"
UNDO_LIMIT = 10_000

ClaimKey = tuple[str, int]
"""A claim's identity in reviews: its normalised text and which occurrence of that text."""

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "–": "-", "—": "-", "\u00a0": " "})  # fmt: skip


def normalise(text: str) -> str:
    """Claim text as compared for re-matching: case, white space, quotes and dashes folded."""
    return " ".join(text.translate(_QUOTES).split()).casefold()


def article_hash(text: str) -> str:
    """The SHA-256 of an article's decoded text (the key of its review record)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- reviews


@dataclass(frozen=True, slots=True)
class Review:
    """A person's decision on one claim."""

    text: str  # the claim's display text when reviewed (the key, with `occurrence`)
    occurrence: int
    verdict: Verdict  # the reviewer's verdict
    fact: str | None  # the fact the claim reports, as the reviewer sees it
    machine_verdict: Verdict | None = None  # what claimdiff said at the time
    machine_fact: str | None = None
    realigned: bool = False  # the reviewer chose the fact
    reasons: tuple[str, ...] = ()  # claimdiff's reasons for a re-aligned claim
    reason: str = ""  # the reviewer's own words
    updated: str = ""

    @property
    def key(self) -> ClaimKey:
        return (normalise(self.text), self.occurrence)

    @property
    def status(self) -> str:
        """`confirmed` when the reviewer agreed with claimdiff, else `overridden`."""
        same = self.verdict == self.machine_verdict and not self.realigned
        return "confirmed" if same else "overridden"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "occurrence": self.occurrence,
            "status": self.status,
            "verdict": self.verdict,
            "fact": self.fact,
            "machine_verdict": self.machine_verdict,
            "machine_fact": self.machine_fact,
            "realigned": self.realigned,
            "reason": self.reason,
            "updated": self.updated,
        }
        if self.reasons:
            data["reasons"] = list(self.reasons)
        return data

    @classmethod
    def from_json(cls, data: object) -> Review:
        """Parse one review; raise ValueError naming what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a review is not an object")
        text, occurrence, verdict = data.get("text"), data.get("occurrence", 0), data.get("verdict")
        if not isinstance(text, str):
            raise ValueError("a review has no claim text")
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 0:
            raise ValueError("a review has a bad occurrence")
        if verdict not in VERDICTS:
            raise ValueError(f"a review has an unknown verdict {verdict!r}")
        machine = data.get("machine_verdict")
        if machine is not None and machine not in VERDICTS:
            raise ValueError(f"a review has an unknown verdict {machine!r}")
        for name in ("fact", "machine_fact"):
            if data.get(name) is not None and not isinstance(data.get(name), str):
                raise ValueError(f"a review has a bad {name}")
        reasons = data.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise ValueError("a review has bad reasons")
        reason, updated = data.get("reason", ""), data.get("updated", "")
        if not isinstance(reason, str) or not isinstance(updated, str):
            raise ValueError("a review has a bad reason or date")
        return cls(
            text=text,
            occurrence=occurrence,
            verdict=verdict,
            fact=data.get("fact"),
            machine_verdict=machine,
            machine_fact=data.get("machine_fact"),
            realigned=bool(data.get("realigned", False)),
            reasons=tuple(reasons),
            reason=reason,
            updated=updated,
        )


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable step: the review of claim `index` went from `before` to `after`."""

    index: int
    key: ClaimKey
    before: Review | None
    after: Review | None


def claim_keys(result: ArticleResult) -> list[ClaimKey]:
    """Each claim's key: normalised text plus how many identical claims came before it."""
    seen: dict[str, int] = {}
    keys = []
    for r in result.results:
        text = normalise(r.claim.display)
        keys.append((text, seen.get(text, 0)))
        seen[text] = seen.get(text, 0) + 1
    return keys


@dataclass
class ReviewedArticle:
    """An article's result together with its reviews, undo history and unsaved changes."""

    result: ArticleResult
    sha256: str
    keys: list[ClaimKey]
    reviews: dict[ClaimKey, Review] = field(default_factory=dict)
    orphans: list[Review] = field(default_factory=list)
    file: Path | None = None  # where its reviews are saved
    read_only: bool = False  # the review file must not be written (e.g. a newer schema)
    dirty: set[ClaimKey] = field(default_factory=set)
    write_all: bool = False  # the whole record must be written (it came from elsewhere)
    undo_stack: list[Change] = field(default_factory=list)
    redo_stack: list[Change] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {k: i for i, k in enumerate(self.keys)}
        self._fact_claims: dict[str | None, list[int]] | None = None
        self._counts: dict[Verdict, int] | None = None  # kept up to date once computed

    @classmethod
    def fresh(cls, result: ArticleResult) -> ReviewedArticle:
        """An article with no reviews (nothing read from or written to disk)."""
        return cls(result, article_hash(result.document.text), claim_keys(result))

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.result.results)

    def review(self, index: int) -> Review | None:
        return self.reviews.get(self.keys[index])

    def verdict(self, index: int) -> Verdict:
        """The verdict shown: the reviewer's if there is one, else claimdiff's."""
        review = self.reviews.get(self.keys[index])
        return review.verdict if review else self.result.results[index].verdict

    def fact_id(self, index: int) -> str | None:
        """The fact the claim reports: the reviewer's choice if any, else claimdiff's."""
        review = self.reviews.get(self.keys[index])
        return review.fact if review else self.result.results[index].match.fact_id

    def reasons(self, index: int) -> tuple[str, ...]:
        """claimdiff's reasons for the verdict (for the re-aligned fact, if re-aligned)."""
        review = self.reviews.get(self.keys[index])
        if review is not None and review.realigned:
            return review.reasons
        return self.result.results[index].judgement.reasons

    def is_problem(self, index: int) -> bool:
        return self.verdict(index) in PROBLEMS

    def is_reviewed(self, index: int) -> bool:
        return self.keys[index] in self.reviews

    def accuracy(self) -> float | None:
        """Accuracy with the reviewer's verdicts in place of claimdiff's (None, n/a, for an
        article that does not appear to report the study)."""
        if not self.result.reports_study:
            return None
        counts = self.counts()
        scored = sum(counts[v] for v in SCORED)
        return counts["supported"] / scored if scored else None

    def machine_accuracy(self) -> float | None:
        return self.result.accuracy

    def reviewed_count(self) -> int:
        return sum(1 for k in self.reviews if k in self._index)

    def counts(self) -> dict[Verdict, int]:
        """How many claims have each verdict shown (counted once, then kept up to date: an
        article may have 200,000 claims and the score is shown after every review)."""
        if self._counts is None:
            counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
            for i in range(len(self)):
                counts[self.verdict(i)] += 1
            self._counts = counts
        return dict(self._counts)

    def claims_for_fact(self, fact_id: str | None) -> list[int]:
        """The claims (in reading order) that report this fact, as reviewed."""
        if self._fact_claims is None:
            table: dict[str | None, list[int]] = {}
            for i in range(len(self)):
                table.setdefault(self.fact_id(i), []).append(i)
            self._fact_claims = table
        return self._fact_claims.get(fact_id, [])

    def index_of(self, key: ClaimKey) -> int | None:
        return self._index.get(key)

    # ------------------------------------------------------------------ changing

    def _review_for(self, index: int, **changes: Any) -> Review:
        """A new review of claim `index` built on the current one (or on claimdiff's)."""
        r = self.result.results[index]
        base = self.review(index) or Review(
            text=r.claim.display,
            occurrence=self.keys[index][1],
            verdict=r.verdict,
            fact=r.match.fact_id,
        )
        changes.setdefault("machine_verdict", r.verdict)
        changes.setdefault("machine_fact", r.match.fact_id)
        return replace(base, text=r.claim.display, updated=_now(), **changes)

    def _apply(self, index: int, after: Review | None, *, record: bool = True) -> Change:
        key = self.keys[index]
        change = Change(index, key, self.reviews.get(key), after)
        self._set(key, after)
        if record:
            self.undo_stack.append(change)
            del self.undo_stack[:-UNDO_LIMIT]
            self.redo_stack.clear()
        return change

    def _set(self, key: ClaimKey, review: Review | None) -> None:
        self.dirty.add(key)
        self.put(key, review)

    def put(self, key: ClaimKey, review: Review | None) -> None:
        """Set (or, with None, remove) the review of a claim, keeping the tallies right."""
        index = self._index.get(key)
        before = (self.verdict(index), self.fact_id(index)) if index is not None else None
        if review is None:
            self.reviews.pop(key, None)
        else:
            self.reviews[key] = review
        if index is None or before is None:
            return
        verdict, fact = self.verdict(index), self.fact_id(index)
        if self._counts is not None and verdict != before[0]:
            self._counts[before[0]] -= 1
            self._counts[verdict] += 1
        if self._fact_claims is not None and fact != before[1]:
            self._fact_claims[before[1]].remove(index)
            bisect.insort(self._fact_claims.setdefault(fact, []), index)

    def confirm(self, index: int) -> Change:
        """Agree with the verdict shown."""
        return self._apply(index, self._review_for(index, verdict=self.verdict(index)))

    def set_verdict(self, index: int, verdict: Verdict) -> Change:
        """The reviewer's own verdict."""
        return self._apply(index, self._review_for(index, verdict=verdict))

    def set_reason(self, index: int, reason: str) -> Change:
        """The reviewer's reason (writing one also confirms the verdict shown)."""
        reason = " ".join(reason.split())
        return self._apply(index, self._review_for(index, reason=reason))

    def realign(
        self, index: int, fact_id: str | None, verdict: Verdict, reasons: tuple[str, ...]
    ) -> Change:
        """The reviewer's fact, with claimdiff's verdict and reasons for that pairing."""
        r = self.result.results[index]
        if fact_id == r.match.fact_id:  # back to claimdiff's own alignment
            return self._apply(
                index,
                self._review_for(
                    index, fact=fact_id, verdict=r.verdict, realigned=False, reasons=()
                ),
            )
        review = self._review_for(
            index, fact=fact_id, verdict=verdict, realigned=True, reasons=reasons
        )
        return self._apply(index, review)

    def clear(self, index: int) -> Change:
        """Forget the review of this claim."""
        return self._apply(index, None)

    def undo(self) -> Change | None:
        """Undo the last change; return it (None when there is nothing to undo)."""
        if not self.undo_stack:
            return None
        change = self.undo_stack.pop()
        self._set(change.key, change.before)
        self.redo_stack.append(change)
        return change

    def redo(self) -> Change | None:
        """Redo the last undone change."""
        if not self.redo_stack:
            return None
        change = self.redo_stack.pop()
        self._set(change.key, change.after)
        self.undo_stack.append(change)
        return change

    # ------------------------------------------------------------------ records

    def to_record(self) -> dict[str, Any]:
        doc = self.result.document
        return {
            "path": str(doc.path),
            "resolved": _resolved(doc.path),
            "title": self.result.title,
            "updated": _now(),
            "reviews": [self.reviews[k].to_json() for k in sorted(self.reviews, key=self._order)],
            "orphans": [o.to_json() for o in self.orphans],
        }

    def _order(self, key: ClaimKey) -> tuple[int, ClaimKey]:
        return (self._index.get(key, len(self.keys)), key)


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def attach(
    result: ArticleResult, reviews: list[Review], orphans: list[Review]
) -> tuple[ReviewedArticle, list[Review]]:
    """Match saved reviews to the article's claims by text; return the article and the misses.

    A review first matches the claim with the same text and occurrence, then any remaining claim
    with the same text. Every review that matches nothing is returned (and kept as an orphan);
    orphans from before that now match a claim are restored.
    """
    article = ReviewedArticle.fresh(result)
    free_by_text: dict[str, list[ClaimKey]] = {}
    for key in article.keys:
        free_by_text.setdefault(key[0], []).append(key)
    pending: list[Review] = []
    for review in [*reviews, *orphans]:
        key = review.key
        if key in article._index and key not in article.reviews:
            article.reviews[key] = review
            free_by_text[key[0]].remove(key)
        else:
            pending.append(review)
    misses: list[Review] = []
    for review in pending:
        free = free_by_text.get(review.key[0])
        if free:
            key = free.pop(0)
            article.reviews[key] = replace(review, occurrence=key[1])
        else:
            misses.append(review)
    article.orphans = misses
    return article, [m for m in misses if m not in orphans]


# --------------------------------------------------------------------------- files


def atomic_write_text(path: Path, text: str) -> None:
    """Replace `path` with `text` so that readers only ever see the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory handles
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold the advisory lock of a review file; remove temporary files that dead writers left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = path.parent / f".{path.name}.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        # Every writer holds this lock while its temporary file exists: any left now is stale.
        for stale in path.parent.glob(f".{glob_escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
        yield
    finally:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _dumps(data: dict[str, Any]) -> str:
    """The file's text: UTF-8, hostile characters (and lone surrogates) as \\u escapes."""
    return json_dumps(data) + "\n"


def _backup_name(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{stamp}.bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stamp}-{n}.bak")
        n += 1
    return candidate


@dataclass
class ReviewFile:
    """The parsed content of a review file."""

    study: dict[str, Any]
    articles: dict[str, dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, "kind": KIND, "study": self.study, "articles": self.articles}


def parse_review_file(path: Path, text: str) -> ReviewFile:
    """Parse and validate a review file; ValueError if it is broken, ReviewError if newer."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("kind") != KIND:
        raise ValueError("not a claimdiff review file")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise ValueError("no valid schema number")
    if schema > SCHEMA:
        raise ReviewError(
            path, f"written by a newer claimdiff (schema {schema}); it is left untouched"
        )
    study, articles = data.get("study", {}), data.get("articles")
    if not isinstance(study, dict) or not isinstance(articles, dict):
        raise ValueError("no articles")
    for sha, record in articles.items():
        if not isinstance(record, dict):
            raise ValueError(f"article {sha[:12]} is not an object")
        for name in ("reviews", "orphans"):
            items = record.setdefault(name, [])
            if not isinstance(items, list):
                raise ValueError(f"article {sha[:12]} has bad {name}")
            for item in items:
                Review.from_json(item)
    return ReviewFile(study, articles)


def _records(record: dict[str, Any], name: str) -> list[Review]:
    return [Review.from_json(item) for item in record.get(name, [])]


def data_dir() -> Path:
    """Where claimdiff keeps its data (`CLAIMDIFF_DATA_DIR` overrides the platform's)."""
    override = os.environ.get("CLAIMDIFF_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("claimdiff", appauthor=False))


def study_slug(study_id: str) -> str:
    """A safe folder name for a study id (a hash is added when the id had to be changed)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", study_id).strip(".-")[:64]
    if slug != study_id or not slug:
        digest = hashlib.sha1(study_id.encode("utf-8", "replace")).hexdigest()[:8]
        slug = f"{slug or 'study'}-{digest}"
    return slug


Notice = tuple[str, str]
"""A message for the user and its severity ("information", "warning" or "error")."""


class ReviewStore:
    """Finds, reads and writes the review files of one study.

    With `file`, every article's reviews live in that one file; otherwise each article has its
    own file under `<data>/reviews/<study>/`. `repair=False` (headless export) never changes
    anything on disk: a broken file is an error instead of being moved aside.
    """

    def __init__(
        self,
        study: Study,
        file: Path | None = None,
        *,
        root: Path | None = None,
        repair: bool = True,
    ) -> None:
        self.study = study
        self.file = file
        self.folder = (root or data_dir()) / "reviews" / study_slug(study.id)
        self.repair = repair

    def file_for(self, sha256: str) -> Path:
        return self.file if self.file is not None else self.folder / f"{sha256[:16]}.json"

    # ------------------------------------------------------------------ reading

    def _read(self, path: Path, notices: list[Notice]) -> ReviewFile | None:
        """The file's content, None if there is none; a broken file is moved aside."""
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            text = None
        except OSError as exc:
            raise ReviewError(path, exc.strerror or "cannot be read") from None
        try:
            if text is None:
                raise ValueError("not UTF-8 text")
            return parse_review_file(path, text)
        except ValueError as exc:
            if not self.repair:
                raise ReviewError(
                    path, f"corrupted review file ({exc}); open it in claimdiff to set it aside"
                ) from None
            backup = _backup_name(path)
            try:
                os.replace(path, backup)
            except OSError as err:
                raise ReviewError(path, f"corrupted ({exc}); cannot move it aside: {err}") from None
            notices.append(
                (f"{path}: corrupted review file ({exc}); kept as {backup.name}", "error")
            )
            return None

    def open(self, result: ArticleResult) -> tuple[ReviewedArticle, list[Notice]]:
        """The article with its saved reviews, and anything the user must be told."""
        notices: list[Notice] = []
        sha = article_hash(result.document.text)
        path = self.file_for(sha)
        try:
            content = self._read(path, notices)
        except ReviewError as exc:
            if not self.repair:
                raise
            article = ReviewedArticle.fresh(result)
            article.file, article.read_only = path, True
            notices.append((f"{exc.message}; reviews of this article will not be saved", "error"))
            return article, notices
        other_study = content.study.get("id") if content else None
        if other_study not in (None, self.study.id):
            notices.append(
                (f"{path}: written for study {other_study!r}, not {self.study.id!r}", "warning")
            )
        record = content.articles.get(sha) if content else None
        moved = False
        if record is None:
            record = self._previous_record(result, content)
            moved = record is not None
        if record is None:
            article = ReviewedArticle.fresh(result)
        else:
            article, misses = attach(
                result, _records(record, "reviews"), _records(record, "orphans")
            )
            if moved:
                article.write_all = True
                notices.append(
                    (
                        f"{result.document.path}: the article changed since it was reviewed; "
                        f"{len(article.reviews)} review(s) carried over",
                        "warning",
                    )
                )
            if misses:
                article.write_all = True
                notices.append(
                    (
                        f"{result.document.path}: {len(misses)} review(s) no longer match a "
                        f"claim; they are kept in {path.name}",
                        "warning",
                    )
                )
        article.file = path
        return article, notices

    def _previous_record(
        self, result: ArticleResult, content: ReviewFile | None
    ) -> dict[str, Any] | None:
        """The latest record of the same article path under another content hash."""
        target = _resolved(result.document.path)
        candidates: list[dict[str, Any]] = []
        if self.file is not None:
            if content is not None:
                candidates = list(content.articles.values())
        elif self.folder.is_dir():
            for other in sorted(self.folder.glob("*.json")):
                try:  # other articles' files are only read: a broken one is left for its own
                    found = parse_review_file(other, other.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError, ValueError, ReviewError):
                    continue
                candidates.extend(found.articles.values())
        same = [r for r in candidates if r.get("resolved", r.get("path")) == target]
        return max(same, key=lambda r: str(r.get("updated", ""))) if same else None

    # ------------------------------------------------------------------ writing

    def save(self, article: ReviewedArticle) -> tuple[list[int], list[Notice]]:
        """Write the article's unsaved changes, merged with what is on disk.

        Returns the claims whose reviews came from another instance (now adopted) and notices.
        Raises ReviewError if the file cannot be written.
        """
        notices: list[Notice] = []
        if article.read_only:
            raise ReviewError(article.file, "review file is read-only here; changes not saved")
        if not article.dirty and not article.write_all:
            return [], notices
        path = article.file or self.file_for(article.sha256)
        try:
            with _locked(path):
                content = self._read(path, notices) or ReviewFile({}, {})
                content.study = {"id": self.study.id, "title": self.study.title}
                old = content.articles.get(article.sha256)
                on_disk = {r.key: r for r in _records(old, "reviews")} if old else {}
                orphans = _records(old, "orphans") if old else []
                merged = dict(on_disk) if not article.write_all else {**on_disk, **article.reviews}
                for key in article.dirty:
                    if key in article.reviews:
                        merged[key] = article.reviews[key]
                    else:
                        merged.pop(key, None)
                adopted: list[int] = []
                for key, review in merged.items():
                    index = article.index_of(key)
                    if index is None:
                        if review not in article.orphans and review not in orphans:
                            orphans.append(review)
                        continue
                    if article.reviews.get(key) != review:
                        article.put(key, review)
                        adopted.append(index)
                for key in list(article.reviews):
                    if key not in merged:  # removed by another instance
                        article.put(key, None)
                        adopted.append(article.index_of(key) or 0)
                for o in orphans:
                    if o not in article.orphans:
                        article.orphans.append(o)
                content.articles[article.sha256] = article.to_record()
                atomic_write_text(path, _dumps(content.to_json()))
        except OSError as exc:
            raise ReviewError(path, exc.strerror or str(exc)) from None
        article.dirty.clear()
        article.write_all = False
        article.file = path
        if adopted:
            notices.append(
                (f"{len(adopted)} review(s) from another claimdiff were merged", "information")
            )
        return sorted(set(adopted)), notices


def open_all(
    store: ReviewStore, results: list[ArticleResult], report: Callable[[Notice], None]
) -> list[ReviewedArticle]:
    """Open the reviews of several articles, passing every notice to `report`."""
    opened = []
    for result in results:
        article, notices = store.open(result)
        for notice in notices:
            report(notice)
        opened.append(article)
    return opened
