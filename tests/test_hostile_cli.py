"""Hostile and broken input through the real command (a subprocess), in every format.

For every case: the exit status, the one-line message (`claimdiff: error: FILE: what`), no
traceback, and nothing written anywhere (the folders are listed before and after). The runs
are independent processes, so they are started together (a few at a time) when the first
test of the matrix needs them, and each test then asserts on its own run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimdiff.safe_text import markdown_inline, one_line
from hostile_cases import (
    ACTIVE,
    BAD_ARTICLES,
    BAD_SHEETS,
    GOOD_ARTICLES,
    HOSTILE_PIECES,
    ONE_MB,
    ArticleCase,
    big_article,
    drop_root_read_override,
    listing,
    many_facts_sheet,
    need_unreadable,
    unreadable_works,
    write_sheet,
)
from tui_fixtures import write_case

FORMATS = ("text", "json", "markdown")
ERROR_LINE = re.compile(r"^claimdiff: error: \S.*$")
# What a styled report may emit: SGR colour codes only.
SGR = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class Run:
    """One `claimdiff` run and the state of its folder around it."""

    folder: Path
    argv: list[str]
    proc: subprocess.CompletedProcess[str]
    before: dict[str, int]
    after: dict[str, int]

    def only_error(self) -> str:
        """The single `claimdiff: error:` line on stderr (no traceback, nothing else)."""
        lines = self.proc.stderr.splitlines()
        assert "Traceback" not in self.proc.stderr, self.proc.stderr
        assert len(lines) == 1, self.proc.stderr
        assert ERROR_LINE.match(lines[0]), lines[0]
        return lines[0]

    def error_lines(self) -> list[str]:
        assert "Traceback" not in self.proc.stderr, self.proc.stderr
        lines = self.proc.stderr.splitlines()
        assert all(ERROR_LINE.match(line) for line in lines), self.proc.stderr
        return lines

    def nothing_written(self) -> None:
        assert self.after == self.before


def claimdiff(
    folder: Path,
    *args: str | Path,
    preexec: Callable[[], None] | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Run `python -m claimdiff ARGS` in `folder/cwd` with its data and config in `folder`."""
    cwd = folder / "cwd"
    cwd.mkdir(parents=True, exist_ok=True)
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(
        {
            "CLAIMDIFF_DATA_DIR": str(folder / "data"),
            "CLAIMDIFF_CONFIG": str(folder / "config" / "config.toml"),
            "COLUMNS": "100",
            **(env or {}),
        }
    )
    argv = [sys.executable, "-m", "claimdiff", *map(str, args)]
    before = listing(folder)
    proc = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        env=full_env,
        cwd=cwd,
        timeout=600,
        check=False,
        preexec_fn=preexec,
    )
    return Run(folder, argv, proc, before, listing(folder))


def run_all(jobs: dict[str, Callable[[], Run]]) -> dict[str, Run]:
    """Run independent jobs a few at a time."""
    with ThreadPoolExecutor(max_workers=max(2, min(4, os.cpu_count() or 2))) as pool:
        futures = {key: pool.submit(job) for key, job in jobs.items()}
        return {key: future.result() for key, future in futures.items()}


def case_preexec(case: ArticleCase) -> Callable[[], None] | None:
    return drop_root_read_override if case.id == "unreadable" else None


# --------------------------------------------------------------------------- the matrix


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Every article case in every format, alone; the bad ones among good ones."""
    root = tmp_path_factory.mktemp("matrix")
    unreadable_ok = unreadable_works(root)
    jobs: dict[str, Callable[[], Run]] = {}
    for case in (*BAD_ARTICLES, *GOOD_ARTICLES):
        if case.id == "unreadable" and not unreadable_ok:
            continue
        for fmt in FORMATS:
            folder = root / f"{case.id}-{fmt}"
            sheet, _ = write_case(folder / "case")
            path = case.write(folder / "in")
            jobs[f"{case.id}-{fmt}"] = (
                lambda folder=folder, sheet=sheet, path=path, fmt=fmt, case=case: claimdiff(
                    folder, "check", "--study", sheet, "-f", fmt, path, preexec=case_preexec(case)
                )
            )
    for fmt in FORMATS:
        folder = root / f"mixed-{fmt}"
        sheet, good = write_case(folder / "case")
        bad = [
            c.write(folder / "in" / c.id)
            for c in BAD_ARTICLES
            if c.id != "unreadable" or unreadable_ok
        ]
        preexec = drop_root_read_override if unreadable_ok else None
        args = ["check", "--study", sheet, "-f", fmt, good[0], *bad, good[1]]
        jobs[f"mixed-{fmt}"] = lambda folder=folder, args=args, preexec=preexec: claimdiff(
            folder, *args, preexec=preexec
        )
    folder = root / "one-mb-line"
    sheet, _ = write_case(folder / "case")
    path = ONE_MB.write(folder / "in")
    args = ["check", "--study", sheet, "-f", "json", path]
    jobs["one-mb-line-json"] = lambda: claimdiff(folder, *args)
    many = root / "many-facts"
    big_sheet = write_sheet(many / "sheets", many_facts_sheet())
    _, articles = write_case(many / "case")
    jobs["many-facts"] = lambda: claimdiff(
        many, "check", "--study", big_sheet, "-f", "json", *articles
    )
    return run_all(jobs)


def _run(matrix: dict[str, Run], key: str, folder: Path) -> Run:
    if key not in matrix:
        need_unreadable(folder)  # the only case that may be missing
    return matrix[key]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", BAD_ARTICLES, ids=lambda c: c.id)
def test_a_bad_article_alone_is_one_line_and_exit_2(
    matrix: dict[str, Run], case: ArticleCase, fmt: str, tmp_path: Path
) -> None:
    run = _run(matrix, f"{case.id}-{fmt}", tmp_path)
    assert run.proc.returncode == 2
    assert run.proc.stdout == ""
    line = run.only_error()
    prefix = f"claimdiff: error: {run.argv[-1]}: "
    assert line.startswith(prefix), line
    assert re.match(case.problem or "", line[len(prefix) :]), line
    run.nothing_written()


@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_articles_among_good_ones_are_reported_and_the_rest_checked(
    matrix: dict[str, Run], fmt: str
) -> None:
    run = matrix[f"mixed-{fmt}"]
    assert run.proc.returncode == 1
    lines = run.error_lines()
    bad = [Path(a) for a in run.argv[run.argv.index(fmt) + 2 : -1]]
    assert len(lines) == len(bad)
    for line, path in zip(lines, bad, strict=True):  # in the order given
        assert line.startswith(f"claimdiff: error: {path}: "), line
    titles = ("Green tea boosts memory, scientists prove", "Tea compound helps old rats")
    if fmt == "json":
        paths = [a["path"] for a in json.loads(run.proc.stdout)["articles"]]
        assert paths == [run.argv[run.argv.index(fmt) + 1], run.argv[-1]]
    else:
        assert all(title.split(",")[0] in run.proc.stdout for title in titles)
    run.nothing_written()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", GOOD_ARTICLES, ids=lambda c: c.id)
def test_an_odd_but_readable_article_is_checked(
    matrix: dict[str, Run], case: ArticleCase, fmt: str
) -> None:
    run = matrix[f"{case.id}-{fmt}"]
    assert run.proc.returncode == 0, run.proc.stderr
    assert run.proc.stderr == ""
    out = run.proc.stdout
    assert not ACTIVE.search(out.replace("\n", "")), "a control character reached the output"
    if fmt == "json":
        (article,) = json.loads(out)["articles"]
        assert article["claims"]
        text = case.text
        assert text is not None
        for claim in article["claims"]:
            assert text[claim["start"] : claim["end"]] == claim["text"]
        for dropped in article["dropped"]:
            assert 0 <= dropped["start"] < dropped["end"] <= len(text)
        # every word is in a claim or in a passage reported as dropped (never lost)
        kept = " ".join(c["text"] for c in article["claims"])
        kept += " ".join(text[d["start"] : d["end"]] for d in article["dropped"])
        for words in case.keeps:
            assert words in kept
        if case.id == "hostile-text":  # every piece of it round-trips exactly
            for piece in HOSTILE_PIECES:
                assert piece in kept, piece
    else:
        folded = " ".join(out.split())
        escape = markdown_inline if fmt == "markdown" else str
        for words in case.keeps:
            assert escape(words) in folded or words in folded, words
        for mark in case.marks:  # escape sequences shown as visible text
            assert (markdown_inline if fmt == "markdown" else one_line)(mark) in folded, mark
    run.nothing_written()


def test_a_megabyte_on_one_line_is_checked(matrix: dict[str, Run]) -> None:
    run = matrix["one-mb-line-json"]
    assert run.proc.returncode == 0, run.proc.stderr
    (article,) = json.loads(run.proc.stdout)["articles"]
    text = ONE_MB.text
    assert text is not None and article["claims"]
    assert all(text[c["start"] : c["end"]] == c["text"] for c in article["claims"])
    assert sum(len(c["text"]) for c in article["claims"]) > 0.9 * len(text)
    run.nothing_written()


# --------------------------------------------------------------------------- styled output


def test_a_styled_report_emits_only_colours(tmp_path: Path) -> None:
    """On a terminal (FORCE_COLOR) the only escape sequences are our own SGR colours."""
    case = next(c for c in GOOD_ARTICLES if c.id == "hostile-text")
    sheet, _ = write_case(tmp_path / "case")
    run = claimdiff(tmp_path, "check", "--study", sheet, case.write(tmp_path / "in"),
                    env={"FORCE_COLOR": "1"})  # fmt: skip
    assert run.proc.returncode == 0, run.proc.stderr
    assert SGR.search(run.proc.stdout)
    assert not ACTIVE.search(SGR.sub("", run.proc.stdout).replace("\n", ""))
    assert "␛]52;c;ZXZpbCBjbGlwYm9hcmQ=␇" in run.proc.stdout


# --------------------------------------------------------------------------- fact sheets


VIEWER_SHEETS = ("missing", "toml-syntax", "unknown-certainty", "directory")
"""The viewer reads the sheet the same way: a few cases show it stops before the screen."""


@pytest.fixture(scope="module")
def sheet_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """Every bad sheet with `check` (formats in turn) and with the viewer (no terminal)."""
    root = tmp_path_factory.mktemp("sheets")
    jobs: dict[str, Callable[[], Run]] = {}
    cases = {**BAD_SHEETS, "directory": ("<dir>", r"is a folder, not a fact sheet")}
    unreadable_ok = unreadable_works(root)
    if unreadable_ok:
        cases["unreadable"] = ("<locked>", "permission denied")
    for n, (name, (content, _)) in enumerate(sorted(cases.items())):
        for face in ("check", "viewer") if name in VIEWER_SHEETS else ("check",):
            folder = root / f"{name}-{face}"
            _, articles = write_case(folder / "case")
            if content == "<dir>":
                sheet = folder / "sheets"
                sheet.mkdir(parents=True)
            else:
                sheet = write_sheet(folder / "sheets", None if content == "<locked>" else content)
                if content == "<locked>":
                    sheet.write_text("schema = 1\n")
                    sheet.chmod(0)
            args: list[str | Path] = ["--study", sheet, *articles]
            if face == "check":
                args = ["check", "-f", FORMATS[n % 3], *args]
            preexec = drop_root_read_override if content == "<locked>" else None
            jobs[f"{name}-{face}"] = lambda folder=folder, args=args, preexec=preexec: claimdiff(
                folder, *args, preexec=preexec
            )
    return run_all(jobs)


SHEET_CASES = sorted([*BAD_SHEETS, "directory", "unreadable"])


@pytest.mark.parametrize(
    ("name", "face"),
    [(name, "check") for name in SHEET_CASES] + [(name, "viewer") for name in VIEWER_SHEETS],
)
def test_a_bad_sheet_stops_everything_with_one_line(
    sheet_runs: dict[str, Run], name: str, face: str, tmp_path: Path
) -> None:
    key = f"{name}-{face}"
    if key not in sheet_runs:
        need_unreadable(tmp_path)
    run = sheet_runs[key]
    problem = BAD_SHEETS[name][1] if name in BAD_SHEETS else {
        "directory": "is a folder, not a fact sheet",
        "unreadable": "permission denied",
    }[name]  # fmt: skip
    assert run.proc.returncode == 2
    assert run.proc.stdout == ""
    line = run.only_error()
    sheet = Path(run.argv[run.argv.index("--study") + 1])
    prefix = f"claimdiff: error: {sheet}: "
    assert line.startswith(prefix), line
    assert re.search(problem, line[len(prefix) :]), line
    assert "\x1b" not in line
    run.nothing_written()


def test_ten_thousand_facts_and_a_100kb_fact_are_checked(matrix: dict[str, Run]) -> None:
    run = matrix["many-facts"]
    assert run.proc.returncode == 0, run.proc.stderr
    data = json.loads(run.proc.stdout)
    assert len(data["articles"]) == 2 and all(a["claims"] for a in data["articles"])
    run.nothing_written()


# --------------------------------------------------------------------------- big input


@pytest.mark.slow
def test_a_twenty_megabyte_article_is_checked(tmp_path: Path) -> None:
    """20 MB: 4,000 different sentences, then copies of them that the cleaner drops."""
    text = big_article()
    path = tmp_path / "in" / "big.txt"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size >= 20 * 2**20
    sheet, _ = write_case(tmp_path / "case")
    run = claimdiff(tmp_path, "check", "--study", sheet, "-f", "json", path)
    assert run.proc.returncode == 0, run.proc.stderr
    (article,) = json.loads(run.proc.stdout)["articles"]
    assert 4000 <= len(article["claims"]) < 5000
    assert all(text[c["start"] : c["end"]] == c["text"] for c in article["claims"][::97])
    assert sum(d["end"] - d["start"] for d in article["dropped"]) > 0.8 * len(text)
    run.nothing_written()


def test_debug_shows_a_traceback_only_when_asked(tmp_path: Path) -> None:
    """Without --debug a fatal error is one line; with it, the same line after a traceback."""
    sheet, articles = write_case(tmp_path / "case")
    plain = claimdiff(tmp_path, "check", "--study", tmp_path / "nope.toml", *articles)
    assert plain.proc.returncode == 2 and "Traceback" not in plain.proc.stderr
    debug = claimdiff(tmp_path, "check", "--debug", "--study", tmp_path / "nope.toml", *articles)
    assert debug.proc.returncode == 2
    assert debug.proc.stderr.rstrip().splitlines()[-1] == plain.proc.stderr.strip()
