"""Review data that is broken, newer, nested, mistyped, stale or shared, in the viewer (Pilot)
and in the headless `claimdiff export` (a subprocess).

What must hold: a broken JSON review file of an earlier version is one message for that file
(never a RecursionError for every article) and is left as it is; a corrupt database is kept
aside (`NAME.<time>.bak`, byte for byte) and the user told; a newer database is never written;
reviews of a changed article are carried over or reported; two viewers on one database keep
each other's work.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from claimdiff.pipeline.checker import Checker
from claimdiff.results.store import SCHEMA, ReviewStore
from claimdiff.study.sheet import load_sheet
from claimdiff.tui import build_app
from claimdiff.tui.app import ClaimdiffApp
from hostile_cases import HOSTILE_TEXT, listing
from test_hostile_tui import assert_inert, settle
from tui_fixtures import STUDY, write_case

SIZE = (120, 35)
BAK = re.compile(r"^review\.sqlite3\.\d{8}-\d{6}(-\d+)?\.bak$")


def reviewed_database(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """The case's sheet and articles, and a review database with two reviews of the first."""
    sheet, articles = write_case(tmp_path / "case")
    file = tmp_path / "reviews" / "review.sqlite3"
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    store = ReviewStore(STUDY, file)
    article, _ = store.open(result)
    article.confirm(0)
    article.set_verdict(1, "misreported")
    article.set_reason(1, "the cohort was 48 rats")
    store.save(article)
    store.close()
    return sheet, articles, file


def legacy_file(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """The same two reviews in a JSON review file of claimdiff 0.x."""
    sheet, articles, database = reviewed_database(tmp_path)
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    article, _ = ReviewStore(STUDY, database).open(result)
    reviews = [r.to_json() for r in article.reviews.values()]
    record = {"path": str(articles[0]), "title": result.title, "updated": "2025-01-01",
              "reviews": reviews, "orphans": []}  # fmt: skip
    file = tmp_path / "old" / "review.json"
    file.parent.mkdir()
    file.write_text(json.dumps({"schema": 1, "kind": "claimdiff-review", "study": {"id": STUDY.id},
                                "articles": {article.sha256: record}}, indent=1))  # fmt: skip
    return sheet, articles, file


def recording(app: ClaimdiffApp) -> list[tuple[str, str]]:
    """Every toast the app shows from now on, as (message, severity)."""
    notes: list[tuple[str, str]] = []
    notify = app.notify

    def record(message: str, **kwargs: Any) -> None:
        notes.append((message, kwargs.get("severity", "information")))
        notify(message, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return notes


def export(
    tmp_path: Path, sheet: Path, file: Path | None, *articles: Path
) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMDIFF_DATA_DIR": str(tmp_path / "data")}
    review = ["--review", str(file)] if file is not None else []
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", "export", "--study", str(sheet), *review,
         "-f", "json", *map(str, articles)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


def nested(depth: int) -> str:
    return (
        '{"schema": 1, "kind": "claimdiff-review", "articles": ' + "[" * depth + "]" * depth + "}"
    )


BROKEN = {
    "truncated": lambda text: text[: len(text) // 2],
    "corrupted": lambda text: text.replace('"reviews"', '"rev\x00iews', 1)[:200] + "\x89PNG{{{",
    "not-utf8": lambda text: text.encode("utf-8")[:40] + b"\xff\xfe\x00\x9d garbage",
    "wrong-kind": lambda text: text.replace('"claimdiff-review"', '"something-else"'),
    "bad-review": lambda text: text.replace('"misreported"', '"great"'),
    "realigned-text": lambda text: text.replace('"realigned": false', '"realigned": "false"', 1),
    "nested": lambda text: nested(100_000),
}


@pytest.mark.parametrize("how", sorted(BROKEN))
async def test_a_broken_legacy_review_file_is_one_line_and_left_as_it_is(
    tmp_path: Path, how: str
) -> None:
    sheet, articles, file = legacy_file(tmp_path)
    broken = BROKEN[how](file.read_text(encoding="utf-8"))
    data = broken if isinstance(broken, bytes) else broken.encode("utf-8")
    file.write_bytes(data)

    # headless export: one line, exit 2, nothing on disk changes
    before = listing(file.parent)
    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"claimdiff: error: {file}: corrupted review file ("), line
    assert "Recursion" not in line
    assert listing(file.parent) == before and file.read_bytes() == data

    # the viewer: one message for that file, every article opens, the file is left as it is
    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        errors = [m for m, severity in notes if severity == "error"]
        assert len(errors) == 1, notes
        assert errors[0].startswith(f"{file}: corrupted review file (")
        assert "not imported, the file is left as it is" in errors[0]
        assert all(s.state == "ready" for s in app.slots)
        assert app.main.article is not None and app.main.article.reviewed_count() == 0
        assert_inert(app)
        await pilot.press("space")
        await pilot.press("q")
    assert file.read_bytes() == data  # never touched
    database = file.with_suffix(".sqlite3")
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    saved, _ = ReviewStore(STUDY, database).open(result)
    assert saved.reviewed_count() == 1


async def test_nested_json_in_the_study_folder_costs_only_that_file(tmp_path: Path) -> None:
    """Issue 14: a deeply nested file among the study's review files made every article
    fail with RecursionError. Now it is one line, and the other files are imported."""
    sheet, articles, file = legacy_file(tmp_path)
    folder = tmp_path / "data" / "reviews" / STUDY.id
    folder.mkdir(parents=True)
    os.replace(file, folder / "0123456789abcdef.json")
    (folder / "deep.json").write_text(nested(200_000))
    env = {"CLAIMDIFF_DATA_DIR": str(tmp_path / "data")}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        app, _ = build_app(articles, sheet)
        assert app is not None
        notes = recording(app)
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await settle(app, pilot)
            assert all(s.state == "ready" for s in app.slots)
            errors = [m for m, severity in notes if severity == "error"]
            assert (
                len(errors) == 1 and "deep.json" in errors[0] and "nested too deeply" in errors[0]
            )
            assert app.main.article is not None and app.main.article.reviewed_count() == 2
            await pilot.press("q")
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


async def test_a_corrupt_database_is_kept_aside_and_the_user_told(tmp_path: Path) -> None:
    sheet, articles, file = reviewed_database(tmp_path)
    data = b"SQLite format 3\x00" + os.urandom(3000)
    file.write_bytes(data)
    for extra in ("-wal", "-shm"):
        Path(f"{file}{extra}").unlink(missing_ok=True)

    before = listing(file.parent)
    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"claimdiff: error: {file}: corrupted review database (")
    assert "open it in claimdiff to set it aside" in line
    assert listing(file.parent) == before

    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        (backup,) = [p for p in file.parent.iterdir() if p.name.endswith(".bak")]
        assert BAK.match(backup.name) and backup.read_bytes() == data
        errors = [m for m, severity in notes if severity == "error"]
        assert any("corrupted review database" in m and backup.name in m for m in errors), notes
        assert app.main.article is not None and app.main.article.reviewed_count() == 0
        await pilot.press("space")
        await pilot.press("q")
    assert backup.read_bytes() == data  # never touched again
    with sqlite3.connect(file) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)


async def test_a_newer_database_is_never_written(tmp_path: Path) -> None:
    sheet, articles, file = reviewed_database(tmp_path)
    with sqlite3.connect(file) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (str(SCHEMA + 1),))
    conn.close()
    newer = file.read_bytes()

    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 2
    assert f"{file}: written by a newer claimdiff (schema {SCHEMA + 1})" in proc.stderr

    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert any("newer claimdiff" in m and "not saved" in m for m, _ in notes)
        assert app.main.article is not None and app.main.article.reviewed_count() == 2
        await pilot.press("space", "o", "z")  # refused, with a message each time
        assert app.main.article.reviewed_count() == 2
        assert any("cannot be written" in m for m, _ in notes)
        await pilot.press("q")
    assert file.read_bytes() == newer


async def test_reviews_of_a_changed_article_are_carried_over_or_reported(tmp_path: Path) -> None:
    sheet, articles, file = reviewed_database(tmp_path)
    original = articles[0].read_text(encoding="utf-8")
    # the article is edited: the second claim (reviewed as misreported) is gone, text added
    second = Checker(load_sheet(sheet)).check_path(articles[0]).results[1].claim.text
    articles[0].write_text(original.replace(second, "") + "\nA new closing line.\n")

    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 0, proc.stderr
    assert "the article changed since it was reviewed" in proc.stderr
    assert "1 review(s) no longer match a claim" in proc.stderr
    exported = json.loads(proc.stdout)
    assert exported["articles"][0]["reviewed"] == 1
    assert exported["articles"][0]["unmatched_reviews"][0]["verdict"] == "misreported"

    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        said = " ".join(m for m, _ in notes)
        assert "changed since it was reviewed; 1 review(s) carried over" in said
        assert "1 review(s) no longer match a claim; they are kept in review.sqlite3" in said
        assert app.main.article is not None and app.main.article.reviewed_count() == 1
        await pilot.press("q")
    with sqlite3.connect(file) as conn:
        orphans = conn.execute("SELECT reason FROM reviews WHERE orphan = 1").fetchall()
    assert orphans == [("the cohort was 48 rats",)]  # kept, not dropped


async def test_hostile_text_in_the_database_is_inert(tmp_path: Path) -> None:
    """Review data is data too: a reason full of escapes is shown as visible text."""
    sheet, articles, file = reviewed_database(tmp_path)
    with sqlite3.connect(file) as conn:
        conn.execute("UPDATE reviews SET reason = ?", (HOSTILE_TEXT,))
    conn.close()
    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert "␛]52;c;" in " ".join(assert_inert(app).split())  # the note in the detail strip
        await pilot.press("r")  # the reason dialog, filled with the stored reason
        assert_inert(app)
        await pilot.press("escape", "q")


# --------------------------------------------------------------------------- two at once


async def test_two_viewers_on_one_database_keep_each_others_work(tmp_path: Path) -> None:
    sheet, articles = write_case(tmp_path / "case")
    file = tmp_path / "shared.sqlite3"
    first, _ = build_app(articles, sheet, review=file)
    second, _ = build_app(articles, sheet, review=file)
    assert first is not None and second is not None
    first.config.advance = second.config.advance = False  # the cursor stays on the claim

    async def saved(app: ClaimdiffApp, pilot: Any) -> None:
        assert app.store.flush()
        await pilot.pause()

    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        await settle(first, one)
        await settle(second, two)
        await one.press("space")  # first confirms claim 0
        await saved(first, one)
        await two.press("j", "j", "o")  # second: claim 2 overstated (and adopts claim 0)
        await saved(second, two)
        assert second.main.article is not None and second.main.article.is_reviewed(0)
        assert second.main.claim == 2  # adopting does not move the cursor
        await one.press("j", "j", "j", "m")  # first: claim 3 misreported (adopts claim 2)
        await saved(first, one)
        assert first.main.article is not None and first.main.article.is_reviewed(2)
        await two.press("j", "s")  # second: claim 3 supported: the last writer wins
        await saved(second, two)
        await one.press("q")
        await two.press("q")
    store = ReviewStore(STUDY, file)
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    final, notices = store.open(result)
    assert not notices
    assert final.reviewed_count() == 3
    assert final.verdict(2) == "overstated" and final.verdict(3) == "supported"
