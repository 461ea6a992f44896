"""Review files that are broken, newer, stale or shared, in the viewer (Pilot) and in the
headless `claimdiff export` (a subprocess); and two real processes saving to one file.

What must hold: a broken file is kept aside (`NAME.<timestamp>.bak`, byte for byte) and the
user told; nothing is overwritten silently (a newer file is never written); reviews of a
changed article are carried over or reported; two claimdiff instances on one file keep each
other's work (a lock around a merge on save).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from claimdiff.pipeline.checker import Checker
from claimdiff.results.review import SCHEMA, ReviewStore, parse_review_file
from claimdiff.study.sheet import load_sheet
from claimdiff.tui import build_app
from claimdiff.tui.app import ClaimdiffApp
from hostile_cases import HOSTILE_TEXT, listing
from test_hostile_tui import assert_inert, settle
from tui_fixtures import STUDY, big_result, write_case

SIZE = (120, 35)
BAK = re.compile(r"^review\.json\.\d{8}-\d{6}(-\d+)?\.bak$")


def reviewed_file(tmp_path: Path) -> tuple[Path, list[Path], Path]:
    """The case's sheet and articles, and a review file with two reviews of the first."""
    sheet, articles = write_case(tmp_path / "case")
    file = tmp_path / "reviews" / "review.json"
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    store = ReviewStore(STUDY, file)
    article, _ = store.open(result)
    article.confirm(0)
    article.set_verdict(1, "misreported")
    article.set_reason(1, "the cohort was 48 rats")
    store.save(article)
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


def export(tmp_path: Path, sheet: Path, file: Path, *articles: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMDIFF_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", "export", "--study", str(sheet), "--review",
         str(file), "--format", "json", *map(str, articles)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


BROKEN = {
    "truncated": lambda text: text[: len(text) // 2],
    "corrupted": lambda text: text.replace('"reviews"', '"rev\x00iews', 1)[:200] + "\x89PNG{{{",
    "not-utf8": lambda text: text.encode("utf-8")[:40] + b"\xff\xfe\x00\x9d garbage",
    "empty": lambda text: "",
    "wrong-kind": lambda text: text.replace('"claimdiff-review"', '"something-else"'),
    "bad-review": lambda text: text.replace('"misreported"', '"great"'),
}


@pytest.mark.parametrize("how", sorted(BROKEN))
async def test_a_broken_review_file_is_kept_aside_and_the_user_told(
    tmp_path: Path, how: str
) -> None:
    sheet, articles, file = reviewed_file(tmp_path)
    broken = BROKEN[how](file.read_text(encoding="utf-8"))
    data = broken if isinstance(broken, bytes) else broken.encode("utf-8")
    file.write_bytes(data)

    # headless export never repairs: it refuses, and leaves everything as it was
    before = listing(tmp_path / "reviews")
    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"claimdiff: error: {file}: corrupted review file (")
    assert "open it in claimdiff to set it aside" in line
    assert listing(tmp_path / "reviews") == before and file.read_bytes() == data

    # the viewer keeps it aside, byte for byte, says so, and starts afresh
    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        (backup,) = [p for p in file.parent.iterdir() if p.name.endswith(".bak")]
        assert BAK.match(backup.name) and backup.read_bytes() == data
        errors = [m for m, severity in notes if severity == "error"]
        assert any("corrupted review file" in m and backup.name in m for m in errors), notes
        assert not file.exists()  # nothing written until there is something to save
        assert app.main.article is not None and app.main.article.reviewed_count() == 0
        assert_inert(app)
        await pilot.press("space")
        await pilot.press("q")
    assert backup.read_bytes() == data  # never touched again
    content = parse_review_file(file, file.read_text(encoding="utf-8"))
    (record,) = content.articles.values()
    assert len(record["reviews"]) == 1


async def test_a_newer_review_file_is_never_written(tmp_path: Path) -> None:
    sheet, articles, file = reviewed_file(tmp_path)
    data = json.loads(file.read_text(encoding="utf-8"))
    data["schema"] = SCHEMA + 1
    data["future"] = {"something": "new"}
    newer = json.dumps(data).encode()
    file.write_bytes(newer)

    proc = export(tmp_path, sheet, file, articles[0])
    assert proc.returncode == 2
    assert f"{file}: written by a newer claimdiff (schema {SCHEMA + 1})" in proc.stderr

    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    notes = recording(app)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert any("newer claimdiff" in m and "will not be saved" in m for m, _ in notes)
        await pilot.press("space", "o", "z")  # refused, with a message each time
        assert app.main.article is not None and app.main.article.reviewed_count() == 0
        assert any("cannot be written" in m for m, _ in notes)
        await pilot.press("q")
    assert file.read_bytes() == newer
    assert sorted(p.name for p in file.parent.iterdir()) == [".review.json.lock", "review.json"]


async def test_reviews_of_a_changed_article_are_carried_over_or_reported(tmp_path: Path) -> None:
    sheet, articles, file = reviewed_file(tmp_path)
    original = articles[0].read_text(encoding="utf-8")
    lines = original.splitlines(keepends=True)
    # the article is edited: the second claim (reviewed as misreported) is gone, text added
    second = Checker(load_sheet(sheet)).check_path(articles[0]).results[1].claim.text
    articles[0].write_text(original.replace(second, "") + "\nA new closing line.\n")
    assert lines

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
        assert "1 review(s) no longer match a claim; they are kept in review.json" in said
        assert app.main.article is not None and app.main.article.reviewed_count() == 1
        await pilot.press("q")
    data = json.loads(file.read_text(encoding="utf-8"))
    orphans = [o for r in data["articles"].values() for o in r["orphans"]]
    assert [o["reason"] for o in orphans] == ["the cohort was 48 rats"]  # kept, not dropped


async def test_hostile_text_in_a_review_file_is_inert(tmp_path: Path) -> None:
    """A review file is data too: a reason full of escapes is shown as visible text."""
    sheet, articles, file = reviewed_file(tmp_path)
    data = json.loads(file.read_text(encoding="utf-8"))
    for record in data["articles"].values():
        for review in record["reviews"]:
            review["reason"] = HOSTILE_TEXT
    file.write_text(json.dumps(data), encoding="utf-8")
    app, _ = build_app(articles, sheet, review=file)
    assert app is not None
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(app, pilot)
        assert "␛]52;c;" in " ".join(assert_inert(app).split())  # the note in the detail strip
        await pilot.press("r")  # the reason dialog, filled with the stored reason
        assert_inert(app)
        await pilot.press("escape", "q")


# --------------------------------------------------------------------------- two at once


async def test_two_viewers_on_one_review_file_keep_each_others_work(tmp_path: Path) -> None:
    sheet, articles = write_case(tmp_path / "case")
    file = tmp_path / "shared.json"
    first, _ = build_app(articles, sheet, review=file)
    second, _ = build_app(articles, sheet, review=file)
    assert first is not None and second is not None
    async with first.run_test(size=SIZE) as one, second.run_test(size=SIZE) as two:
        await settle(first, one)
        await settle(second, two)
        await one.press("space")  # first confirms claim 0
        await two.press("j", "j", "o")  # second: claim 2 overstated (and adopts claim 0)
        assert second.main.article is not None and second.main.article.is_reviewed(0)
        await one.press("j", "j", "j", "m")  # first: claim 3 misreported (adopts claim 2)
        assert first.main.article is not None and first.main.article.is_reviewed(2)
        await two.press("j", "s")  # second: claim 3 supported: the last writer wins
        await one.press("q")
        await two.press("q")
    store = ReviewStore(STUDY, file)
    result = Checker(load_sheet(sheet)).check_path(articles[0])
    final, notices = store.open(result)
    assert not notices
    assert final.reviewed_count() == 3
    assert final.verdict(2) == "overstated" and final.verdict(3) == "supported"


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from tui_fixtures import STUDY, big_result
    from claimdiff.results.review import ReviewStore
    store = ReviewStore(STUDY, Path({file!r}))
    article, _ = store.open(big_result({claims}))
    print("ready", flush=True)
    start = Path({go!r})
    while not start.exists():
        time.sleep(0.001)
    adopted = 0
    for i in range({first}, {claims}, 2):  # every other claim, one save each (as the TUI)
        article.set_verdict(i, "misreported" if {first} else "overstated")
        got, _ = store.save(article)
        adopted += len(got)
    print(article.reviewed_count(), adopted)
    """
)


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two real processes save to one file as fast as they can, interleaved: the file ends
    with every review of both, and each process has adopted the other's as it went."""
    file, go, claims = tmp_path / "shared.json", tmp_path / "go", 300
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
    for proc in procs:  # both have imported everything and opened the file: start together
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    go.touch()
    outputs = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    final, _ = ReviewStore(STUDY, file).open(big_result(claims))
    assert final.reviewed_count() == claims
    assert all(
        final.verdict(i) == ("overstated" if i % 2 == 0 else "misreported") for i in range(claims)
    )
    seen = [tuple(map(int, out.split())) for out, _ in outputs]
    # the one that finished last saw everything; both adopted reviews of the other on the way
    assert max(count for count, _ in seen) == claims
    assert all(adopted > 0 for _, adopted in seen)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".shared.json.lock", "go", "shared.json"]
