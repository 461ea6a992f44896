"""The review store (SQLite): saving, reopening, re-matching, two stores at once, kills,
corruption, read-only and newer databases, rows of the wrong type, and the writer thread."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

import claimdiff.results.store as store_module
from claimdiff.errors import ReviewError
from claimdiff.results.review import ReviewedArticle
from claimdiff.results.store import (
    DATABASE,
    SCHEMA,
    ReviewStore,
    SaveOutcome,
    review_target_problem,
    study_slug,
)
from tui_fixtures import ARTICLE, STUDY, article_result, big_result, second_result


def store(tmp_path: Path, file: Path | None = None, **kw: object) -> ReviewStore:
    return ReviewStore(STUDY, file, root=tmp_path / "data", **kw)  # type: ignore[arg-type]


def reopen(tmp_path: Path, result: object, file: Path | None = None) -> ReviewedArticle:
    s = store(tmp_path, file)
    article, _ = s.open(result)  # type: ignore[arg-type]
    s.close()
    return article


def rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


# --------------------------------------------------------------------------- saving


def test_save_and_reopen_restores_everything(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, notices = s.open(article_result())
    assert notices == [] and article.reviews == {}
    article.confirm(2)
    article.set_verdict(0, "misreported")
    article.set_reason(0, "wrong population")
    article.realign(5, "neurons", "overstated", ("why",))
    outcome = s.save(article)
    assert outcome == SaveOutcome() and not s.unsaved(article)
    assert s.path == tmp_path / "data" / DATABASE
    assert rows(s.path, "SELECT value FROM meta WHERE key = 'schema'") == [(str(SCHEMA),)]
    assert rows(s.path, "PRAGMA journal_mode") == [("wal",)]
    # one row per reviewed claim, keyed by study, article content and claim
    keys = rows(s.path, "SELECT study, sha256, claim, occurrence FROM reviews ORDER BY claim")
    assert len(keys) == 3 and {k[:2] for k in keys} == {(STUDY.id, article.sha256)}
    s.close()

    again = reopen(tmp_path, article_result())
    assert again.reviews == article.reviews
    assert again.verdict(0) == "misreported"
    assert again.review(0).reason == "wrong population"  # type: ignore[union-attr]
    assert again.fact_id(5) == "neurons" and again.reasons(5) == ("why",)
    # undo survives a restart: the history is in the database
    assert [c.key for c in again.undo_stack] == [c.key for c in article.undo_stack]
    again.undo()
    assert again.verdict(5) == again.result.results[5].verdict


def test_undo_and_redo_are_saved_too(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    article.set_verdict(1, "misreported")
    article.set_verdict(1, "supported")
    article.undo()
    s.save(article)
    again = reopen(tmp_path, article_result())
    assert again.verdict(1) == "misreported"
    assert again.redo() is not None and again.verdict(1) == "supported"
    article.undo()
    s.save(article)
    assert not reopen(tmp_path, article_result()).is_reviewed(1)


def test_one_database_holds_every_article_and_study(tmp_path: Path) -> None:
    file = tmp_path / "team.sqlite3"
    s = store(tmp_path, file)
    first, _ = s.open(article_result())
    second, _ = s.open(second_result())
    first.confirm(0)
    second.set_verdict(1, "overstated")
    s.save(first)
    s.save(second)
    other = ReviewStore(replace(STUDY, id="another-study"), file)
    third, _ = other.open(second_result())
    assert not third.is_reviewed(1)  # reviews belong to their study
    third.set_verdict(1, "misreported")
    other.save(third)
    assert reopen(tmp_path, second_result(), file).verdict(1) == "overstated"
    assert sorted(rows(file, "SELECT DISTINCT study FROM reviews")) == [
        ("another-study",),
        (STUDY.id,),
    ]


def test_changed_article_rematches_by_text_and_keeps_orphans(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    article.set_verdict(4, "supported")  # the journal sentence
    article.confirm(5)  # "Scientists believe the extract will cure dementia."
    article.set_verdict(7, "unsupported")  # "Follow us on social media."
    s.save(article)
    s.close()

    # The article is edited: a sentence is removed and a paragraph added at the top.
    edited = ("Editor's note: updated.\n\n" + ARTICLE).replace(
        "Scientists believe the extract will cure dementia. ", ""
    )
    result = article_result(text=edited)
    assert len(result.results) == 7
    s = store(tmp_path)
    again, notices = s.open(result)
    said = " ".join(text for text, _ in notices)
    assert "changed since it was reviewed; 2 review(s) carried over" in said
    assert "1 review(s) no longer match a claim" in said
    assert again.verdict(4) == "supported"  # the journal sentence, found by its text
    assert [o.text for o in again.orphans] == ["Scientists believe the extract will cure dementia."]
    s.close()
    # both versions are kept: the old record is never removed, the new one has the orphan
    by_article = rows(s.path, "SELECT sha256, count(*), sum(orphan) FROM reviews GROUP BY sha256")
    assert sorted(n for _, n, _ in by_article) == [3, 3]
    assert {sha: orphans for sha, _, orphans in by_article}[again.sha256] == 1
    third, notices = store(tmp_path).open(result)  # reported once, then simply there
    assert not [n for n in notices if "carried over" in n[0]]
    assert [o.text for o in third.orphans] == [o.text for o in again.orphans]


def test_rows_of_the_wrong_type_are_skipped_and_reported(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    article.confirm(0)
    article.set_verdict(1, "misreported")
    s.save(article)
    s.close()
    with sqlite3.connect(s.path) as conn:  # someone edits the database by hand
        conn.execute("UPDATE reviews SET realigned = 'false' WHERE occurrence = 0 AND "
                     "verdict = 'misreported'")  # fmt: skip
    again, notices = store(tmp_path).open(article_result())
    assert again.is_reviewed(0) and not again.is_reviewed(1)
    assert any("1 review(s)" in m and "could not be read" in m for m, _ in notices)


def test_hostile_text_round_trips(tmp_path: Path) -> None:
    result = article_result()
    evil = "Follow [bold red]us[/] \x1b]52;c;AAA\x07 \u202e now \ud800."
    result.results[-1] = replace(
        result.results[-1], claim=replace(result.results[-1].claim, text=evil, display=evil)
    )
    s = store(tmp_path)
    article, _ = s.open(result)
    article.set_reason(7, "[@click=app.quit] \udcff")
    assert s.save(article).problem is None
    again = reopen(tmp_path, result)
    assert again.review(7).text == evil  # type: ignore[union-attr]
    assert again.review(7).reason == "[@click=app.quit] \udcff"  # type: ignore[union-attr]
    assert [c.key for c in again.undo_stack] == [article.keys[7]]


# --------------------------------------------------------------------------- writer thread


def test_save_later_runs_in_order_off_the_calling_thread(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(big_result(300))
    threads: list[str] = []
    done: list[SaveOutcome] = []

    def report(_article: ReviewedArticle, outcome: SaveOutcome) -> None:
        threads.append(threading.current_thread().name)
        done.append(outcome)

    for i in range(300):
        article.set_verdict(i, "misreported")
        if i % 3 == 0:
            article.undo()
            article.redo()
        s.save_later(article, report)
    assert s.flush()
    assert len(done) == 300 and all(o.problem is None for o in done)
    assert set(threads) == {"claimdiff-review-writer"}
    assert not s.unsaved(article)
    s.close()
    again = reopen(tmp_path, big_result(300))
    assert again.reviewed_count() == 300
    assert all(again.verdict(i) == "misreported" for i in range(300))


def test_a_failed_save_is_kept_and_written_with_the_next(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    conn = sqlite3.connect(s.path, timeout=0)
    conn.execute("BEGIN EXCLUSIVE")  # another program holds the database
    s_timeout = store(tmp_path)
    s_timeout._start()
    s_timeout._conn.execute("PRAGMA busy_timeout = 50")  # type: ignore[union-attr]
    mine, _ = s_timeout.open(article_result())
    mine.confirm(0)
    outcome = s_timeout.save(mine)
    assert outcome.problem is not None and "locked" in outcome.problem
    assert s_timeout.unsaved(mine)
    conn.rollback()
    conn.close()
    mine.set_verdict(1, "misreported")
    assert s_timeout.save(mine).problem is None and not s_timeout.unsaved(mine)
    again = reopen(tmp_path, article_result())
    assert again.is_reviewed(0) and again.verdict(1) == "misreported"
    del article


# --------------------------------------------------------------------------- two at once


def test_two_stores_on_one_database_at_once(tmp_path: Path) -> None:
    file = tmp_path / "shared.sqlite3"
    sa, sb = store(tmp_path, file), store(tmp_path, file)
    a, _ = sa.open(article_result())
    b, _ = sb.open(article_result())
    a.confirm(0)
    assert sa.save(a).adopted == {}
    b.set_verdict(3, "misreported")
    adopted = sb.save(b).adopted
    assert list(adopted) == [b.keys[0]]  # B is told of A's review
    assert adopted[b.keys[0]] == a.review(0)
    a.set_verdict(3, "overstated")  # both reviewed claim 3: the last writer wins
    assert list(sa.save(a).adopted) == [a.keys[3]]
    final = reopen(tmp_path, article_result(), file)
    assert final.verdict(0) == final.result.results[0].verdict and final.is_reviewed(0)
    assert final.verdict(3) == "overstated"
    b.clear(0)  # B removes A's review: it goes for both
    sb.save(b)
    assert sa.save(a).adopted == {} or True
    a.confirm(7)
    assert sa.save(a).adopted == {a.keys[0]: None}
    final = reopen(tmp_path, article_result(), file)
    assert not final.is_reviewed(0) and final.verdict(3) == "overstated"


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from tui_fixtures import STUDY, big_result
    from claimdiff.results.store import ReviewStore
    store = ReviewStore(STUDY, Path({file!r}))
    article, _ = store.open(big_result({claims}))
    print("ready", flush=True)
    start = Path({go!r})
    while not start.exists():
        time.sleep(0.001)
    adopted = 0
    for i in range({first}, {claims}, 2):  # every other claim, one save each (as the viewer)
        article.set_verdict(i, "misreported" if {first} else "overstated")
        adopted += len(store.save(article).adopted)
    print(adopted)
    """
)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two real processes save to one database as fast as they can, interleaved: it ends
    with every review of both, and each has been told of the other's on the way."""
    file, go, claims = tmp_path / "shared.sqlite3", tmp_path / "go", 300
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER.format(
                    tests=str(Path(__file__).parent),
                    file=str(file),
                    go=str(go),
                    claims=claims,
                    first=first,
                ),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for first in (0, 1)
    ]
    for proc in procs:  # both have opened the database: start together
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    go.touch()
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    final = reopen(tmp_path, big_result(claims), file)
    assert final.reviewed_count() == claims
    assert all(
        final.verdict(i) == ("overstated" if i % 2 == 0 else "misreported") for i in range(claims)
    )
    assert sum(int(out) for out, _ in outputs) > 0
    assert rows(file, "PRAGMA integrity_check") == [("ok",)]


KILLER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from tui_fixtures import STUDY, article_result
    from claimdiff.results.store import ReviewStore
    store = ReviewStore(STUDY, Path({file!r}))
    article, _ = store.open(article_result())
    verdicts = ["supported", "overstated", "misreported", "unsupported", "background"]
    for i in range(len(article)):  # every claim saved once before the kills begin: what
        article.set_verdict(i, verdicts[i % 5])  # survives then does not hang on the timing
        store.save(article)
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        article.set_verdict(n % len(article), verdicts[n % 5])
        article.set_reason(n % len(article), "x" * (n % 5000))
        store.save(article)
    """
)


def test_sigkill_during_saves_always_leaves_a_readable_database(tmp_path: Path) -> None:
    """Kill a process that saves in a loop, many times: the database is always whole, holds
    the reviews of every save that finished, and the next store goes on from there."""
    file = tmp_path / "review.sqlite3"
    script = KILLER.format(tests=str(Path(__file__).parent), file=str(file))
    rng = random.Random(7)
    for _ in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read()  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.005, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert rows(file, "PRAGMA integrity_check") == [("ok",)]
        article, notices = ReviewStore(STUDY, file).open(article_result())
        assert not [n for n in notices if n[1] == "error"]
        assert not list(tmp_path.glob("*.bak"))
    assert article.reviewed_count() == len(article)  # every claim was saved at least once
    article.confirm(0)
    assert ReviewStore(STUDY, file).save(article).problem is None


# --------------------------------------------------------------------------- bad databases


def test_corrupt_database_is_set_aside_never_deleted(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    article.confirm(0)
    s.save(article)
    s.close()
    data = bytearray(s.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the first page's b-tree is garbage
    s.path.write_bytes(bytes(data))
    for leftover in ("-wal", "-shm"):
        Path(str(s.path) + leftover).unlink(missing_ok=True)

    # headless: an error, and nothing on disk changes
    before = sorted(p.name for p in s.path.parent.iterdir())
    with pytest.raises(ReviewError, match="corrupted review database .*set it aside"):
        store(tmp_path, repair=False).open(article_result())
    assert sorted(p.name for p in s.path.parent.iterdir()) == before

    # the viewer: kept aside byte for byte, told, and a new database started
    again, notices = store(tmp_path).open(article_result())
    (backup,) = s.path.parent.glob(f"{DATABASE}.*.bak")
    assert backup.read_bytes() == bytes(data)
    assert notices[0][1] == "error" and "corrupted review database" in notices[0][0]
    assert backup.name in notices[0][0]
    again.confirm(1)
    assert store(tmp_path).save(again).problem is None


def test_a_database_of_something_else_is_never_touched(tmp_path: Path) -> None:
    file = tmp_path / "photos.db"
    with sqlite3.connect(file) as conn:
        conn.execute("CREATE TABLE photos (name TEXT)")
    before = file.read_bytes()
    article, notices = store(tmp_path, file).open(article_result())
    assert article.read_only
    assert notices == [(f"{file}: not a claimdiff review database; reviews will not be saved",
                        "error")]  # fmt: skip
    article.confirm(0)
    assert store(tmp_path, file).save(article).problem is not None
    assert file.read_bytes() == before and not list(tmp_path.glob("*.bak"))


def test_a_newer_database_is_only_read(tmp_path: Path) -> None:
    file = tmp_path / "review.sqlite3"
    s = store(tmp_path, file)
    article, _ = s.open(article_result())
    article.confirm(0)
    s.save(article)
    s.close()
    with sqlite3.connect(file) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA + 1),))
    before = file.read_bytes()
    again, notices = store(tmp_path, file).open(article_result())
    assert again.read_only and again.is_reviewed(0)
    assert "newer claimdiff" in notices[0][0]
    again.confirm(1)
    assert store(tmp_path, file).save(again).problem is not None
    assert file.read_bytes() == before
    with pytest.raises(ReviewError, match="newer claimdiff"):
        store(tmp_path, file, repair=False).open(article_result())


def test_a_read_only_database_is_shown_not_written(tmp_path: Path) -> None:
    file = tmp_path / "review.sqlite3"
    s = store(tmp_path, file)
    article, _ = s.open(article_result())
    article.set_verdict(2, "misreported")
    s.save(article)
    s.close()
    os.chmod(file, 0o444)
    before = file.read_bytes()
    again, notices = store(tmp_path, file).open(article_result())
    assert again.read_only and again.verdict(2) == "misreported"
    assert notices == [(f"{file}: read-only; reviews are shown but not saved", "warning")]
    assert file.read_bytes() == before


def test_a_read_only_data_folder_is_one_message(tmp_path: Path) -> None:
    root = tmp_path / "data"
    root.mkdir()
    (root / DATABASE).mkdir()  # cannot be created: something is in the way
    article, notices = ReviewStore(STUDY, root=root).open(article_result())
    assert article.read_only
    ((message, severity),) = notices
    assert severity == "error" and message.startswith(str(root / DATABASE))


@pytest.mark.parametrize("kind", ["directory", "fifo", "device", "loop"])
def test_review_targets_that_are_not_files_are_refused(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "target"
    if kind == "directory":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif kind == "loop":
        target.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(target)
    else:
        target = Path("/dev/null")
    problem = review_target_problem(target)
    assert problem is not None and problem.startswith(f"{target}: ")
    assert {"directory": "is a directory", "fifo": "FIFO", "device": "a device",
            "loop": "ymbolic links"}[kind] in problem  # fmt: skip
    assert review_target_problem(tmp_path / "new.sqlite3") is None


def test_a_symlinked_database_is_written_through(tmp_path: Path) -> None:
    shared = tmp_path / "shared" / "team.sqlite3"
    shared.parent.mkdir()
    link = tmp_path / "mine.sqlite3"
    link.symlink_to(shared)
    s = store(tmp_path, link)
    article, _ = s.open(article_result())
    article.confirm(0)
    s.save(article)
    s.close()
    assert link.is_symlink() and shared.is_file()
    assert not list(tmp_path.glob("mine.sqlite3-*"))  # its journal files are beside the target
    assert reopen(tmp_path, article_result(), shared).is_reviewed(0)


def test_study_slug_is_a_safe_file_name() -> None:
    assert study_slug("goebel2021") == "goebel2021"
    for hostile in ("../../etc", "a/b", "", "..", "x" * 300):
        slug = study_slug(hostile)
        assert "/" not in slug and slug not in ("", ".", "..") and len(slug) < 80


def test_a_database_locked_at_first_open_is_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two viewers opening a new database at the same moment: SQLite may answer "database is
    locked" at once to one of them (switching to WAL); that viewer waits and saves, it does
    not give up on saving for the whole session."""
    real, calls = store_module._prepare, []

    def locked_twice(conn: sqlite3.Connection, *, writable: bool) -> None:
        calls.append(writable)
        if len(calls) <= 2:
            raise sqlite3.OperationalError("database is locked")
        real(conn, writable=writable)

    monkeypatch.setattr(store_module, "_prepare", locked_twice)
    file = tmp_path / "reviews.sqlite3"
    s = store(tmp_path, file)
    article, notices = s.open(article_result())
    article.set_verdict(2, "misreported")
    outcome = s.save(article)
    s.close()
    assert len(calls) == 3 and notices == [] and outcome.problem is None
    assert s.problem is None
    assert reopen(tmp_path, article_result(), file).verdict(2) == "misreported"


def test_another_database_error_at_open_is_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a busy database is waited for: any other error is told at once."""
    calls: list[bool] = []

    def broken(conn: sqlite3.Connection, *, writable: bool) -> None:
        calls.append(writable)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_module, "_prepare", broken)
    s = store(tmp_path, tmp_path / "reviews.sqlite3")
    article, _ = s.open(article_result())
    article.set_verdict(2, "misreported")
    assert s.save(article).problem is not None and len(calls) == 1
    s.close()
