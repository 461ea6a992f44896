"""Where reviews are kept: a SQLite database, one row per reviewed claim.

One database per user, ``<data>/reviews.sqlite3`` (the platform's user data folder, or
``CLAIMDIFF_DATA_DIR``), holds every study's reviews, as Prodigy keeps its annotations;
``--review FILE`` names another database. Tables (schema 1)::

    meta      kind = "claimdiff-reviews", schema = 1
    articles  (study, sha256) -> path, resolved path, title, updated
    reviews   (study, sha256, claim, occurrence) -> the review; orphan = 1 when it no longer
              matches a claim of that article (kept and reported, never dropped)
    history   every change in order: claim, step (do, undo, redo), the review before and
              after, when, and which viewer made it: undo after a restart, and other viewers'
              changes shown
    imports   JSON review files of earlier versions already imported (by path)

An article is keyed by the SHA-256 of its text and a claim by its normalised text and
occurrence (see `claimdiff.results.review`): when an article changes, the reviews of its
previous version (same path) are matched to the new claims by text.

Every save is one small transaction (WAL, synchronous=FULL): a crash or kill -9 leaves the
database as it was before or after it. Two viewers may use one database at once: SQLite's
locks order their transactions, each writes only the claims it changed, and each adopts the
other's changes after its own saves. `save_later` runs saves in order on a writer thread, so
a review key never waits for the disk.

JSON review files of earlier versions (`claimdiff.results.legacy`) are imported once,
automatically: the study's folder ``<data>/reviews/<study>/``, or a ``--review FILE`` that
holds JSON (its reviews then go to ``FILE`` with the suffix ``.sqlite3``). They are kept.
A database that SQLite says is corrupt is set aside (``NAME.<time>.bak``), never deleted;
one written by a newer claimdiff is only read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import queue
import re
import sqlite3
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from claimdiff.errors import ReviewError
from claimdiff.model import ArticleResult, Study
from claimdiff.results.files import kind_problem
from claimdiff.results.legacy import looks_legacy, read_legacy
from claimdiff.results.review import (
    UNDO_LIMIT,
    Change,
    ClaimKey,
    Notice,
    Review,
    ReviewedArticle,
    attach,
    now,
)

log = logging.getLogger(__name__)

SCHEMA = 1
KIND = "claimdiff-reviews"
DATABASE = "reviews.sqlite3"
HEADER = b"SQLite format 3\x00"
BUSY_SECONDS = 15.0  # how long a save waits for another viewer's transaction

TABLES = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE articles (
        study TEXT NOT NULL, sha256 TEXT NOT NULL, path TEXT NOT NULL, resolved TEXT NOT NULL,
        title TEXT NOT NULL, updated TEXT NOT NULL,
        PRIMARY KEY (study, sha256)) WITHOUT ROWID""",
    "CREATE INDEX articles_by_path ON articles (study, resolved, updated)",
    """CREATE TABLE reviews (
        study TEXT NOT NULL, sha256 TEXT NOT NULL, claim TEXT NOT NULL,
        occurrence INTEGER NOT NULL, orphan INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL, verdict TEXT NOT NULL, fact TEXT, machine_verdict TEXT,
        machine_fact TEXT, realigned INTEGER NOT NULL, reasons TEXT NOT NULL,
        reason TEXT NOT NULL, updated TEXT NOT NULL,
        PRIMARY KEY (study, sha256, claim, occurrence)) WITHOUT ROWID""",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY, study TEXT NOT NULL, sha256 TEXT NOT NULL,
        claim TEXT NOT NULL, occurrence INTEGER NOT NULL, step TEXT NOT NULL,
        before TEXT, after TEXT, at TEXT NOT NULL, writer TEXT NOT NULL)""",
    "CREATE INDEX history_by_article ON history (study, sha256, id)",
    "CREATE TABLE imports (path TEXT PRIMARY KEY, at TEXT NOT NULL, reviews INTEGER NOT NULL)",
)
REVIEW_COLUMNS = (
    "text, verdict, fact, machine_verdict, machine_fact, realigned, reasons, reason, updated"
)


def data_dir() -> Path:
    """Where claimdiff keeps its data (`CLAIMDIFF_DATA_DIR` overrides the platform's)."""
    override = os.environ.get("CLAIMDIFF_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("claimdiff", appauthor=False))


def study_slug(study_id: str) -> str:
    """A safe file name part for a study id (a hash is added when the id had to be changed)."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", study_id).strip(".-")[:64]
    if slug != study_id or not slug:
        digest = hashlib.sha1(study_id.encode("utf-8", "replace")).hexdigest()[:8]
        slug = f"{slug or 'study'}-{digest}"
    return slug


def review_target_problem(path: Path) -> str | None:
    """Why `--review PATH` cannot name a review database (None when it can): a directory,
    a device, a FIFO, a socket or a symlink loop. Only looks (never opens: a FIFO would
    wait)."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{path}: {exc.strerror or exc}"
    problem = kind_problem(status.st_mode)
    if problem is None:
        return None
    return f"{path}: {problem} (--review takes a review database file)"


def resolved(path: Path) -> str:
    """The absolute path, with symlinks resolved where possible (how articles are matched)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


# --------------------------------------------------------------------------- values in rows


def _db_text(text: str) -> str | bytes:
    """Text as stored: a str, or UTF-8 bytes for text that holds lone surrogates."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass")
    return text


def _from_db(value: object) -> object:
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return value


def _key(claim: object, occurrence: object) -> ClaimKey | None:
    """A claim key from its columns (None when they have the wrong types)."""
    text = _from_db(claim)
    if not isinstance(text, str) or not isinstance(occurrence, int):
        return None
    return (text, occurrence)


def _review_row(review: Review) -> tuple[object, ...]:
    return (
        _db_text(review.text),
        review.verdict,
        review.fact if review.fact is None else _db_text(review.fact),
        review.machine_verdict,
        review.machine_fact if review.machine_fact is None else _db_text(review.machine_fact),
        int(review.realigned),
        json.dumps(list(review.reasons)),
        _db_text(review.reason),
        review.updated,
    )


def _review_from_row(row: Iterable[object]) -> Review:
    """A review from its columns (untrusted: ValueError when a value has the wrong type)."""
    values = [_from_db(v) for v in row]
    text, verdict, fact, machine, machine_fact, realigned, reasons, reason, updated = values
    if realigned not in (0, 1) or isinstance(realigned, float):
        raise ValueError("a review's realigned is not 0 or 1")
    try:
        reason_list = json.loads(reasons) if isinstance(reasons, str) else None
    except (ValueError, RecursionError):
        reason_list = None
    return Review.from_json(
        {
            "text": text,
            "occurrence": 0,
            "verdict": verdict,
            "fact": fact,
            "machine_verdict": machine,
            "machine_fact": machine_fact,
            "realigned": bool(realigned),
            "reasons": reason_list,
            "reason": reason,
            "updated": updated,
        }  # fmt: skip
    )


def _review_json(review: Review | None) -> str | None:
    return None if review is None else json.dumps(review.to_json())


def _review_from_json(text: object) -> Review | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise ValueError("a history entry is not text")
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError("a history entry is nested too deeply") from None
    return Review.from_json(data)


# --------------------------------------------------------------------------- the store


class _NotOurs(Exception):
    """The file is an SQLite database of something else."""


class _Newer(Exception):
    """The database was written by a newer claimdiff."""


@dataclass
class SaveOutcome:
    """What a save did: the claims another viewer changed since (their reviews now, None for
    removed), what to tell the user, and why it failed (None when saved)."""

    adopted: dict[ClaimKey, Review | None] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)
    problem: str | None = None


@dataclass
class _Job:
    article: ReviewedArticle
    steps: list[Change]
    path: str
    resolved: str
    title: str
    done: Callable[[ReviewedArticle, SaveOutcome], None] | None = None


def _corrupt(exc: sqlite3.DatabaseError) -> bool:
    """SQLite says the file is damaged or is not a database."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc)
    return "malformed" in text or "not a database" in text


class ReviewStore:
    """The reviews of one study, in a SQLite database (see the module's docstring).

    `file` is `--review FILE` (None: the user's database under `root`, by default the user
    data folder). With `repair=False` (headless export) nothing on disk is ever changed: the
    database is read into memory, legacy files are imported there, and a corrupt database is
    an error instead of being set aside. Nothing is opened until the first `open`.
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
        self.root = root or data_dir()
        self.repair = repair
        self.legacy_file: Path | None = None
        self.path = self._locate()
        self.read_only = False
        self.problem: str | None = None  # why reviews cannot be saved at all
        self.writer = uuid.uuid4().hex[:12]  # this viewer, in the history table
        self._conn: sqlite3.Connection | None = None
        self._started = False
        self._lock = threading.RLock()
        self._seen: dict[str, int] = {}  # per article: the last history row already shown
        self._failed: dict[str, list[Change]] = {}  # per article: steps whose save failed
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._queued: dict[str, int] = {}  # per article: saves waiting for the writer
        self._waiting: dict[tuple[str, ClaimKey], int] = {}  # claims in those saves
        self._idle = threading.Condition()
        self._thread: threading.Thread | None = None

    @property
    def legacy_folder(self) -> Path:
        """Where claimdiff 0.x kept this study's review files (one per article)."""
        return self.root / "reviews" / study_slug(self.study.id)

    def _locate(self) -> Path:
        """The database's path; notes a `--review` file that holds JSON (imported)."""
        if self.file is None:
            return self.root / DATABASE
        target = Path(os.path.realpath(self.file))
        try:
            fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return target
        try:
            if kind_problem(os.fstat(fd).st_mode) is not None:
                return target
            head = os.read(fd, 64)
        finally:
            os.close(fd)
        if head and not head.startswith(HEADER) and looks_legacy(head):
            self.legacy_file = target
            database = target.with_suffix(".sqlite3")
            return database if database != target else target.with_name(target.name + ".db")
        return target

    # ------------------------------------------------------------------ opening

    def _start(self) -> list[Notice]:
        """Open the database (once); the notices about it for the user."""
        if self._started:
            return []
        self._started = True
        notices: list[Notice] = []
        if self.repair:
            self._conn = self._open_on_disk(notices)
        else:
            self._conn = self._open_in_memory()
        if self._conn is not None and not self.read_only:
            self._import_legacy(notices)
        return notices

    def _open_on_disk(self, notices: list[Notice]) -> sqlite3.Connection | None:
        path = self.path
        for attempt in range(2):
            read_only = path.exists() and (
                not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222
            )
            try:
                if not read_only:
                    path.parent.mkdir(parents=True, exist_ok=True)
                conn = _connect(path, read_only=read_only)
                try:
                    _prepare_waiting(conn, writable=not read_only)
                except BaseException:
                    conn.close()
                    raise
            except _NotOurs:
                self.problem = "not a claimdiff review database; reviews will not be saved"
            except _Newer as exc:
                self.read_only = True
                notices.append((f"{path}: {exc}; reviews are shown but not saved", "error"))
                return _connect(path, read_only=True)
            except sqlite3.DatabaseError as exc:
                if attempt == 0 and _corrupt(exc):
                    try:
                        backup = _set_aside(path)
                    except OSError as err:
                        self.problem = f"corrupted ({exc}); cannot set it aside: {err}"
                        break
                    notices.append(
                        (
                            f"{path}: corrupted review database ({exc}); kept as {backup.name}, "
                            "and a new one started",
                            "error",
                        )  # fmt: skip
                    )
                    continue
                self.problem = f"cannot be opened ({exc}); reviews will not be saved"
            except OSError as exc:
                self.problem = f"{exc.strerror or exc}; reviews will not be saved"
            else:
                if read_only:
                    self.read_only = True
                    notices.append(
                        (f"{path}: read-only; reviews are shown but not saved", "warning")
                    )
                return conn
            break
        if self.problem:
            notices.append((f"{path}: {self.problem}", "error"))
        return None

    def _open_in_memory(self) -> sqlite3.Connection:
        """A copy of the database in memory (headless: nothing on disk changes)."""
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        if not self.path.exists():
            _prepare(memory, writable=True)
            return memory
        try:
            source = _connect(self.path, read_only=True)
            try:
                _prepare(source, writable=False)
                source.backup(memory)
            finally:
                source.close()
        except _NotOurs:
            raise ReviewError(self.path, "not a claimdiff review database") from None
        except _Newer as exc:
            raise ReviewError(self.path, str(exc)) from None
        except sqlite3.DatabaseError as exc:
            hint = "; open it in claimdiff to set it aside" if _corrupt(exc) else ""
            raise ReviewError(self.path, f"corrupted review database ({exc}){hint}") from None
        if not _tables(memory):
            _prepare(memory, writable=True)
        return memory

    def _import_legacy(self, notices: list[Notice]) -> None:
        """Import, once, the JSON review files of earlier versions that apply here."""
        if self.legacy_file is not None:
            sources = [self.legacy_file]
        elif self.file is None and self.legacy_folder.is_dir():
            sources = sorted(self.legacy_folder.glob("*.json"))
        else:
            return
        imported, files = 0, 0
        for source in sources:
            try:
                count = self._import_file(source, notices)
            except ReviewError as exc:
                if not self.repair and source == self.legacy_file:
                    raise
                notices.append((exc.message, "error"))
                continue
            except sqlite3.Error as exc:
                notices.append((f"{source}: not imported ({exc})", "error"))
                continue
            if count is not None:
                imported, files = imported + count, files + 1
        if not files or not self.repair:
            return
        if self.legacy_file is not None:
            notices.append(
                (
                    f"{self.legacy_file}: {imported} review(s) imported into {self.path} "
                    "(saved there from now on; the JSON file is kept)",
                    "information",
                )  # fmt: skip
            )
        else:
            notices.append(
                (
                    f"{imported} review(s) from {files} earlier review file(s) imported into "
                    f"{self.path}; the files are kept in {self.legacy_folder}",
                    "information",
                )  # fmt: skip
            )

    def _import_file(self, source: Path, notices: list[Notice]) -> int | None:
        """Import one legacy file (None if it was imported before); ReviewError if broken."""
        conn = self._conn
        assert conn is not None
        key = resolved(source)
        if conn.execute("SELECT 1 FROM imports WHERE path = ?", (_db_text(key),)).fetchone():
            return None
        try:
            parsed = read_legacy(source)
        except ValueError as exc:
            problem = f"corrupted review file ({exc}); not imported, the file is left as it is"
            if not self.repair:
                problem = f"corrupted review file ({exc})"
            raise ReviewError(source, problem) from None
        study = parsed.study_id or self.study.id
        if study != self.study.id:
            notices.append(
                (f"{source}: written for study {study!r}, not {self.study.id!r}", "warning")
            )
        with _transaction(conn):
            if conn.execute("SELECT 1 FROM imports WHERE path = ?", (_db_text(key),)).fetchone():
                return None  # another viewer imported it meanwhile
            for record in parsed.records:
                conn.execute(
                    "INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        study,
                        record.sha256,
                        _db_text(record.path),
                        _db_text(record.resolved),
                        _db_text(record.title),
                        record.updated,
                    ),  # fmt: skip
                )
                # a review already in the database is newer than the file's: it is kept
                for orphan, reviews in ((0, record.reviews), (1, record.orphans)):
                    conn.executemany(
                        f"INSERT OR IGNORE INTO reviews (study, sha256, claim, occurrence, "
                        f"orphan, {REVIEW_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                        [
                            (
                                study,
                                record.sha256,
                                _db_text(r.key[0]),
                                r.occurrence,
                                orphan,
                                *_review_row(r),
                            )
                            for r in reviews
                        ],  # fmt: skip
                    )
            conn.execute(
                "INSERT INTO imports VALUES (?, ?, ?)", (_db_text(key), now(), parsed.review_count)
            )
        return parsed.review_count

    def open(self, result: ArticleResult) -> tuple[ReviewedArticle, list[Notice]]:
        """The article with its saved reviews and undo history, and anything the user must be
        told (the first call also says what happened to the database)."""
        with self._lock:
            notices = self._start()
            article = ReviewedArticle.fresh(result)
            if self._conn is None:
                article.read_only = True
                return article, notices
            article.read_only = self.read_only
            try:
                self._load(article, result, notices)
            except sqlite3.DatabaseError as exc:
                if not self.repair:
                    raise ReviewError(self.path, f"cannot be read ({exc})") from None
                article = ReviewedArticle.fresh(result)
                article.read_only = True
                notices.append(
                    (
                        f"{self.path}: cannot be read ({exc}); reviews of "
                        f"{result.document.path} will not be saved",
                        "error",
                    )  # fmt: skip
                )
            return article, notices

    def _load(self, article: ReviewedArticle, result: ArticleResult, notices: list[Notice]) -> None:
        conn = self._conn
        assert conn is not None
        sha, study = article.sha256, self.study.id
        reviews, orphans, bad = self._rows(sha)
        carried = False
        if not reviews and not orphans:
            previous = conn.execute(
                "SELECT sha256 FROM articles WHERE study = ? AND resolved = ? AND sha256 <> ? "
                "ORDER BY updated DESC LIMIT 1",
                (study, _db_text(resolved(result.document.path)), sha),
            ).fetchone()
            if previous is not None:
                reviews, orphans, bad = self._rows(previous[0])
                carried = bool(reviews or orphans)
        if bad:
            notices.append(
                (
                    f"{self.path}: {bad} review(s) of {result.document.path} could not be read "
                    "(a value of the wrong type); they are left in the database",
                    "warning",
                )  # fmt: skip
            )
        stored = {r.key for r in reviews}
        if reviews or orphans:
            loaded, misses = attach(result, reviews, orphans)
            article.reviews, article.orphans = loaded.reviews, loaded.orphans
            where = self.path.name
            if carried:
                notices.append(
                    (
                        f"{result.document.path}: the article changed since it was reviewed; "
                        f"{len(article.reviews)} review(s) carried over",
                        "warning",
                    )  # fmt: skip
                )
            if misses:
                notices.append(
                    (
                        f"{result.document.path}: {len(misses)} review(s) no longer match a "
                        f"claim; they are kept in {where}",
                        "warning",
                    )  # fmt: skip
                )
            if (carried or misses or set(article.reviews) != stored) and not article.read_only:
                self._write_record(article, result)
        steps = conn.execute(
            "SELECT id, claim, occurrence, step, before, after FROM history "
            "WHERE study = ? AND sha256 = ? ORDER BY id DESC LIMIT ?",
            (study, sha, 2 * UNDO_LIMIT),
        ).fetchall()
        self._seen[sha] = steps[0][0] if steps else 0
        article.restore_history(list(self._changes(article, reversed(steps))))

    def _rows(self, sha: str) -> tuple[list[Review], list[Review], int]:
        """The reviews and orphans stored for one article, and how many rows were unreadable."""
        assert self._conn is not None
        reviews: list[Review] = []
        orphans: list[Review] = []
        bad = 0
        for occurrence, orphan, *values in self._conn.execute(
            f"SELECT occurrence, orphan, {REVIEW_COLUMNS} FROM reviews "
            "WHERE study = ? AND sha256 = ?",
            (self.study.id, sha),
        ):
            try:
                review = _review_from_row(values)
                if not isinstance(occurrence, int) or occurrence < 0:
                    raise ValueError("bad occurrence")
            except ValueError:
                bad += 1
                continue
            review = replace(review, occurrence=occurrence)
            (orphans if orphan else reviews).append(review)
        return reviews, orphans, bad

    def _changes(self, article: ReviewedArticle, rows: Iterable[Any]) -> Iterable[Change]:
        for _id, claim, occurrence, step, before, after in rows:
            key = _key(claim, occurrence)
            index = None if key is None else article.index_of(key)
            if key is None or index is None or step not in ("do", "undo", "redo"):
                continue
            try:
                yield Change(index, key, _review_from_json(before), _review_from_json(after), step)
            except ValueError:
                continue

    def _write_record(self, article: ReviewedArticle, result: ArticleResult) -> None:
        """Write every review and orphan of the article (after re-matching)."""
        conn = self._conn
        assert conn is not None
        with _transaction(conn):
            _upsert_article(conn, self.study.id, article, _meta(result))
            conn.execute(
                "DELETE FROM reviews WHERE study = ? AND sha256 = ?",
                (self.study.id, article.sha256),
            )
            rows = [(key, 0, r) for key, r in article.reviews.items()]
            rows += [(r.key, 1, r) for r in article.orphans]
            conn.executemany(
                f"INSERT OR REPLACE INTO reviews (study, sha256, claim, occurrence, orphan, "
                f"{REVIEW_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                [
                    (
                        self.study.id,
                        article.sha256,
                        _db_text(key[0]),
                        key[1],
                        orphan,
                        *_review_row(r),
                    )
                    for key, orphan, r in rows
                ],  # fmt: skip
            )

    # ------------------------------------------------------------------ saving

    def _job(
        self,
        article: ReviewedArticle,
        done: Callable[[ReviewedArticle, SaveOutcome], None] | None = None,
    ) -> _Job:
        """Take the article's unsaved changes (on the caller's thread, with its journal)."""
        path, real, title = _meta(article.result)
        return _Job(article, article.take_journal(), path, real, title, done)

    def save(self, article: ReviewedArticle) -> SaveOutcome:
        """Save the article's changes now, in one transaction (waiting for queued saves)."""
        job = self._job(article)
        self.flush()
        return self._run(job)

    def save_later(
        self, article: ReviewedArticle, done: Callable[[ReviewedArticle, SaveOutcome], None]
    ) -> None:
        """Save the article's changes on the writer thread, in order; `done` is called there
        with the outcome. Returns at once."""
        job = self._job(article, done)
        if not job.steps:
            return
        with self._idle:
            self._queued[article.sha256] = self._queued.get(article.sha256, 0) + 1
            for change in job.steps:
                claim = (article.sha256, change.key)
                self._waiting[claim] = self._waiting.get(claim, 0) + 1
        self._queue.put(job)
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._write_loop, name="claimdiff-review-writer", daemon=True
            )
            self._thread.start()

    def _write_loop(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                outcome = self._run(job, queued=True)
            except Exception as exc:  # a bug must not stop later saves
                log.exception("saving reviews failed")
                outcome = SaveOutcome(problem=f"unexpected error: {exc!r}")
            with self._idle:
                self._queued[job.article.sha256] -= 1
                if not self._queued[job.article.sha256]:
                    del self._queued[job.article.sha256]
                self._idle.notify_all()
            if job.done is not None:
                try:
                    job.done(job.article, outcome)
                except Exception:
                    log.exception("reporting a save failed")

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until every queued save has run; False if that took longer than `timeout`."""
        with self._idle:
            return self._idle.wait_for(lambda: not self._queued, timeout)

    def unsaved(self, article: ReviewedArticle) -> bool:
        """The article has changes not (yet) in the database."""
        sha = article.sha256
        return bool(article.journal) or sha in self._failed or sha in self._queued

    def _run(self, job: _Job, *, queued: bool = False) -> SaveOutcome:
        """Write one job in one transaction; then what other viewers changed meanwhile."""
        if queued:
            with self._idle:
                for change in job.steps:
                    claim = (job.article.sha256, change.key)
                    self._waiting[claim] -= 1
                    if not self._waiting[claim]:
                        del self._waiting[claim]
        article = job.article
        sha = article.sha256
        steps = self._failed.pop(sha, []) + job.steps
        if not steps:
            return SaveOutcome()
        with self._lock:
            notices = self._start()
            conn = self._conn
            if conn is None or article.read_only or self.read_only:
                self._failed[sha] = steps
                why = self.problem or "is read-only here"
                return SaveOutcome(notices=notices, problem=f"{self.path}: {why}")
            try:
                with _transaction(conn):
                    _upsert_article(
                        conn, self.study.id, article, (job.path, job.resolved, job.title)
                    )
                    at = now()
                    conn.executemany(
                        "INSERT INTO history (study, sha256, claim, occurrence, step, before, "
                        "after, at, writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (
                                self.study.id,
                                sha,
                                _db_text(c.key[0]),
                                c.key[1],
                                c.step,
                                _review_json(c.before),
                                _review_json(c.after),
                                at,
                                self.writer,
                            )
                            for c in steps
                        ],  # fmt: skip
                    )
                    final = {c.key: c.state for c in steps}
                    gone = [k for k, r in final.items() if r is None]
                    conn.executemany(
                        "DELETE FROM reviews WHERE study = ? AND sha256 = ? AND claim = ? "
                        "AND occurrence = ?",
                        [(self.study.id, sha, _db_text(k[0]), k[1]) for k in gone],
                    )
                    conn.executemany(
                        f"INSERT OR REPLACE INTO reviews (study, sha256, claim, occurrence, "
                        f"orphan, {REVIEW_COLUMNS}) VALUES ({', '.join('?' * 14)})",
                        [
                            (self.study.id, sha, _db_text(k[0]), k[1], 0, *_review_row(r))
                            for k, r in final.items()
                            if r is not None
                        ],  # fmt: skip
                    )
            except (sqlite3.Error, OSError) as exc:
                self._failed[sha] = steps
                return SaveOutcome(notices=notices, problem=f"{self.path}: {exc}")
            return SaveOutcome(adopted=self._adopt(article), notices=notices)

    def _adopt(self, article: ReviewedArticle) -> dict[ClaimKey, Review | None]:
        """The reviews other viewers changed in this article since we last looked."""
        conn = self._conn
        assert conn is not None
        sha, study = article.sha256, self.study.id
        seen = self._seen.get(sha, 0)
        rows = conn.execute(
            "SELECT id, claim, occurrence, writer FROM history "
            "WHERE study = ? AND sha256 = ? AND id > ? ORDER BY id",
            (study, sha, seen),
        ).fetchall()
        if not rows:
            return {}
        self._seen[sha] = rows[-1][0]
        keys = {_key(c, o) for _, c, o, w in rows if w != self.writer}
        with self._idle:  # a claim this viewer changed again, in a save still queued, is kept
            found = [
                k
                for k in keys
                if k is not None
                and article.index_of(k) is not None
                and (sha, k) not in self._waiting
            ]
        adopted: dict[ClaimKey, Review | None] = {}
        for key in found:
            row = conn.execute(
                f"SELECT {REVIEW_COLUMNS} FROM reviews WHERE study = ? AND sha256 = ? "
                "AND claim = ? AND occurrence = ? AND orphan = 0",
                (study, sha, _db_text(key[0]), key[1]),
            ).fetchone()
            try:
                review = None if row is None else _review_from_row(row)
            except ValueError:
                continue
            if review is not None:
                review = replace(review, occurrence=key[1])
            adopted[key] = review
        return adopted

    def close(self) -> None:
        """Finish the queued saves and close the database."""
        if self._thread is not None:
            self.flush()
            self._queue.put(None)
            self._thread.join(timeout=10)
            self._thread = None
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
                self._started = False


# --------------------------------------------------------------------------- SQLite


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit). Read-only, the file is
    opened as immutable when no viewer has it open (no -wal file): nothing is created."""
    if read_only:
        wal = path.with_name(path.name + "-wal").exists()
        uri = f"file:{urllib.parse.quote(str(path))}?mode=ro" + ("" if wal else "&immutable=1")
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
    return sqlite3.connect(
        path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
    )


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _prepare_waiting(conn: sqlite3.Connection, *, writable: bool) -> None:
    """`_prepare`, waiting up to BUSY_SECONDS while another viewer holds the file: SQLite
    answers "database is locked" at once, without waiting, when two viewers switch a new
    database to WAL at the same moment."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            _prepare(conn, writable=writable)
            return
        except sqlite3.OperationalError as exc:
            if not _busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _busy(exc: sqlite3.Error) -> bool:
    """The error says another connection holds the database (SQLITE_BUSY or SQLITE_LOCKED)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def _prepare(conn: sqlite3.Connection, *, writable: bool) -> None:
    """Check (and, if new, create) the schema; _NotOurs, _Newer or sqlite3 errors. Another
    program's database is never changed, not even its journal mode."""
    tables = _tables(conn)
    if tables:
        _check_meta(conn, tables)
    if not writable:
        return
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    if tables:
        return
    with _transaction(conn):
        tables = _tables(conn)
        if not tables:  # else another viewer created it meanwhile
            for statement in TABLES:
                conn.execute(statement)
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("kind", KIND), ("schema", str(SCHEMA))]
            )
    if tables:
        _check_meta(conn, tables)


def _check_meta(conn: sqlite3.Connection, tables: set[str]) -> None:
    if "meta" not in tables:
        raise _NotOurs
    meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("kind") != KIND:
        raise _NotOurs
    try:
        schema = int(meta.get("schema", ""))
    except (TypeError, ValueError):
        raise _NotOurs from None
    if schema > SCHEMA:
        raise _Newer(f"written by a newer claimdiff (schema {schema})")


@contextlib.contextmanager
def _transaction(conn: sqlite3.Connection) -> Any:
    """One write transaction (taken at once: no deadlock between two viewers)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _meta(result: ArticleResult) -> tuple[str, str, str]:
    path = result.document.path
    return str(path), resolved(path), result.title


def _upsert_article(
    conn: sqlite3.Connection, study: str, article: ReviewedArticle, meta: tuple[str, str, str]
) -> None:
    path, real, title = meta
    conn.execute(
        "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (study, sha256) DO UPDATE "
        "SET path = excluded.path, resolved = excluded.resolved, title = excluded.title, "
        "updated = excluded.updated",
        (study, article.sha256, _db_text(path), _db_text(real), _db_text(title), now()),
    )


def _set_aside(path: Path) -> Path:
    """Rename a corrupt database (and its -wal and -shm files) to `NAME.<time>.bak`."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{stamp}.bak")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.{stamp}-{n}.bak")
        n += 1
    os.replace(path, backup)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            os.replace(extra, backup.with_name(backup.name + suffix))
    return backup
