"""Checking articles in a child process (`claimdiff.pipeline.background`): the viewer's source of
articles. Events arrive in order, errors cost one article, `stop()` ends a long check at
once, and a child that dies leaves every unchecked article with an error, not a hang."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from claimdiff.pipeline.background import BackgroundCheck, Checked, Stage, check_events
from claimdiff.pipeline.checker import Checker
from claimdiff.study.sheet import load_sheet
from hostile_cases import big_article
from tui_fixtures import write_case


@pytest.fixture()
def case(tmp_path: Path) -> tuple[Path, list[Path]]:
    return write_case(tmp_path / "case")


def summary(events: list[Stage | Checked]) -> list[tuple[str, int, str]]:
    out = []
    for e in events:
        if isinstance(e, Stage):
            out.append(("stage", e.index, e.what.split()[0]))
        else:
            out.append((e.kind, e.index, "result" if e.result is not None else "error"))
    return out


@pytest.mark.parametrize("process", [True, False], ids=["child process", "in thread"])
def test_events_come_in_order_and_a_bad_file_costs_one_article(
    case: tuple[Path, list[Path]], tmp_path: Path, process: bool
) -> None:
    sheet_path, good = case
    sheet = load_sheet(sheet_path)
    missing = tmp_path / "missing.txt"
    paths = [good[0], missing, good[1]]
    check = BackgroundCheck(sheet, paths, process=process)
    assert check.in_process is process
    events = list(check.events())
    assert summary(events) == [
        ("stage", 0, "reading"), ("stage", 0, "cleaning"), ("stage", 0, "aligning"),
        ("ok", 0, "result"),
        ("stage", 1, "reading"), ("input", 1, "error"),
        ("stage", 2, "reading"), ("stage", 2, "cleaning"), ("stage", 2, "aligning"),
        ("ok", 2, "result"),
    ]  # fmt: skip
    failed = events[5]
    assert isinstance(failed, Checked) and failed.error == f"{missing}: no such file"
    # the child's result is the same as checking here
    here = Checker(sheet).check_path(good[0])
    there = events[3].result  # type: ignore[union-attr]
    assert there is not None
    assert [(r.claim.text, r.match.fact_id, r.verdict) for r in there.results] == [
        (r.claim.text, r.match.fact_id, r.verdict) for r in here.results
    ]
    if process:
        assert check._process is not None and not check._process.is_alive()


def test_stop_ends_a_long_check_at_once(case: tuple[Path, list[Path]], tmp_path: Path) -> None:
    sheet_path, _ = case
    big = tmp_path / "big.txt"
    big.write_text(big_article(size=3_000_000, unique=3000), encoding="utf-8")
    check = BackgroundCheck(load_sheet(sheet_path), [big, big])
    events = check.events()
    assert next(events) == Stage(0, "reading")
    started = time.monotonic()
    check.stop()
    assert list(events) == []  # no invented errors after a stop
    assert time.monotonic() - started < 5
    assert check._process is not None and not check._process.is_alive()


def test_a_child_that_dies_leaves_each_unchecked_article_with_an_error(
    case: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    sheet_path, good = case
    big = tmp_path / "big.txt"
    big.write_text(big_article(size=3_000_000, unique=3000), encoding="utf-8")
    check = BackgroundCheck(load_sheet(sheet_path), [good[0], big, good[1]])
    events = check.events()
    seen = []
    for event in events:
        seen.append(event)
        if event == Stage(1, "reading"):
            assert check._process is not None and check._process.pid
            os.kill(check._process.pid, signal.SIGKILL)  # as the OOM killer would
            break
    rest = list(events)
    assert isinstance(seen[3], Checked) and seen[3].result is not None
    failed = [e for e in rest if isinstance(e, Checked)]
    assert [(e.index, e.kind) for e in failed] == [(1, "bug"), (2, "bug")]
    assert all("checking process stopped" in (e.error or "") for e in failed)


def test_check_events_never_raise_for_an_article(case: tuple[Path, list[Path]]) -> None:
    sheet_path, good = case
    events = list(check_events(load_sheet(sheet_path), [good[0].parent, good[0]]))
    kinds = [e.kind for e in events if isinstance(e, Checked)]
    assert kinds == ["input", "ok"]  # a folder named as an article is one input error
