"""Checking articles in a child process, so that a viewer can start while they are checked.

`BackgroundCheck(sheet, paths)` starts a process that imports the core pipeline, checks the
articles in order and sends back, for each, the stages it goes through and then its result
or its error. On two or more cores this overlaps the core's import and first check with the
viewer's own start-up, and the checking never holds the viewer's GIL. The parent reads the
events with `events()` (blocking; call it off the UI thread) and `stop()` ends the child at
once, even in the middle of a 20 MB article. When no process can be started, the same events
are computed in the calling thread.

Only the standard library and the light core modules are imported here: the point is that the
parent does not pay for numpy and rapidfuzz before its first frame.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

from claimdiff.errors import ClaimdiffError
from claimdiff.model import ArticleResult, Sheet

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stage:
    """Article `index` has reached a stage (`what`: "reading", "aligning and judging …")."""

    index: int
    what: str


@dataclass(frozen=True)
class Checked:
    """Article `index` is done: its result, or the error (a one-line message) that stopped it."""

    index: int
    result: ArticleResult | None
    error: str | None
    kind: Literal["ok", "input", "bug"] = "ok"


Event = Stage | Checked


def check_events(sheet: Sheet, paths: Sequence[Path]) -> Iterator[Event]:
    """Check each article in order, saying what stage it is in; never raises for one article."""
    from claimdiff.pipeline.checker import Checker

    checker = Checker(sheet)
    for index, path in enumerate(paths):
        for step in checker.progress(path):
            if isinstance(step, str):
                yield Stage(index, step)
            elif isinstance(step, ArticleResult):
                yield Checked(index, step, None)
            elif isinstance(step, ClaimdiffError):
                message = step.message if step.path else f"{path}: {step.problem}"
                yield Checked(index, None, message, "input")
            else:  # a bug costs one article, not the session
                yield Checked(index, None, f"{path}: unexpected error: {step!r}", "bug")


def _child(conn: Connection, sheet: Sheet, paths: Sequence[Path]) -> None:
    try:
        for event in check_events(sheet, paths):
            conn.send(event)
    except (BrokenPipeError, EOFError, KeyboardInterrupt):
        pass  # the parent has gone or stopped us: nothing to report to
    finally:
        conn.close()


class BackgroundCheck:
    """The articles `paths`, checked against `sheet` in a child process (or, without
    `process` or when no process can be started, in the thread that reads the events)."""

    def __init__(self, sheet: Sheet, paths: Sequence[Path], *, process: bool = True) -> None:
        self.sheet, self.paths = sheet, list(paths)
        self._conn: Connection | None = None
        self._process: multiprocessing.process.BaseProcess | None = None
        self._stopped = False
        if not process:
            return
        # fork is quick (the child has the sheet and the light modules already) but only safe
        # while this process has one thread; later (a viewer running), a fresh interpreter
        methods = multiprocessing.get_all_start_methods()
        single = threading.active_count() == 1
        context = multiprocessing.get_context("fork" if single and "fork" in methods else None)
        try:
            receive, send = context.Pipe(duplex=False)
            child = context.Process(
                target=_child, args=(send, sheet, self.paths), name="claimdiff-check", daemon=True
            )
            child.start()
        except (OSError, ValueError, RuntimeError) as exc:  # no processes here: check in-thread
            log.warning("checking in the viewer's process: %s", exc)
            return
        send.close()
        self._conn, self._process = receive, child

    @property
    def in_process(self) -> bool:
        """Is the checking done in a child process?"""
        return self._process is not None

    def events(self) -> Iterator[Event]:
        """Every stage and every result, in order, as they come; ends when all are checked,
        after `stop()`, or (each unchecked article then failing) if the child dies."""
        if self._conn is None:
            for event in check_events(self.sheet, self.paths):
                if self._stopped:
                    return
                yield event
            return
        done: set[int] = set()
        while len(done) < len(self.paths):
            try:
                event = self._conn.recv()
            except (EOFError, OSError):
                break
            if isinstance(event, Checked):
                done.add(event.index)
            yield event
        if self._stopped:
            return
        if self._process is not None:
            self._process.join(timeout=1)  # it has sent everything or died: let it be reaped
        code = self._process.exitcode if self._process else None
        for index in sorted(set(range(len(self.paths))) - done):
            why = f"the checking process stopped (exit status {code})" if code else "not checked"
            yield Checked(index, None, f"{self.paths[index]}: {why}", "bug")
        self.stop()

    def stop(self) -> None:
        """End the checking now (the events stop); safe to call more than once."""
        self._stopped = True
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
