"""Only regular files are written: `export -o` and `--review` refuse folders, devices and FIFOs
with one line; a symlink is written through to its target; a read-only file is not
overwritten; `export -f` reads as `check -f`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.errors import ClaimdiffError
from claimdiff.results.files import write_text
from claimdiff.tui import build_app
from tui_fixtures import write_case


def claimdiff(tmp_path: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "CLAIMDIFF_DATA_DIR": str(tmp_path / "data"), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", *args],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def target(tmp_path: Path, kind: str) -> Path:
    if kind == "directory":
        path = tmp_path / "out"
        path.mkdir()
    elif kind == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    else:
        path = Path("/dev/null")
    return path


WHAT = {"directory": "is a directory", "fifo": "is a FIFO (named pipe), not a regular file",
        "device": "is a device, not a regular file"}  # fmt: skip


@pytest.mark.parametrize("kind", sorted(WHAT))
def test_export_output_that_is_not_a_file_is_one_line(tmp_path: Path, kind: str) -> None:
    sheet, articles = write_case(tmp_path / "case")
    out = target(tmp_path, kind)
    proc = claimdiff(
        tmp_path, "export", "-s", str(sheet), "-o", str(out), str(articles[0]), timeout=60
    )  # fmt: skip  (a FIFO opened for writing would hang here)
    assert proc.returncode == 2 and proc.stdout == ""
    hint = " (without -o the export goes to stdout)" if kind == "fifo" else ""
    assert proc.stderr.splitlines() == [f"claimdiff: error: {out}: {WHAT[kind]}{hint}"]
    if kind == "device":
        assert Path("/dev/null").is_char_device()


def test_export_to_dev_stdout_is_refused_not_replaced(tmp_path: Path) -> None:
    sheet, articles = write_case(tmp_path / "case")
    proc = claimdiff(tmp_path, "export", "-s", str(sheet), "-o", "/dev/stdout", str(articles[0]))
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = proc.stderr.splitlines()
    assert line.startswith("claimdiff: error: /dev/stdout: is a") and "not a regular file" in line
    assert Path("/dev/stdout").is_symlink()


@pytest.mark.parametrize("kind", sorted(WHAT))
def test_review_that_is_not_a_file_is_one_line(tmp_path: Path, kind: str) -> None:
    sheet, articles = write_case(tmp_path / "case")
    review = target(tmp_path, kind)
    proc = claimdiff(tmp_path, "export", "-s", str(sheet), "--review", str(review),
                     str(articles[0]), timeout=60)  # fmt: skip
    assert proc.returncode == 2 and proc.stdout == ""
    expected = f"claimdiff: error: {review}: {WHAT[kind]} (--review takes a review database file)"
    assert proc.stderr.splitlines() == [expected]
    # the viewer stops before its screen starts, with the same line (a FIFO never hangs it)
    app, problems = build_app(articles, sheet, review=review)
    assert app is None and problems == [expected.removeprefix("claimdiff: error: ")]


def test_export_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    sheet, articles = write_case(tmp_path / "case")
    shared = tmp_path / "shared" / "report.md"
    shared.parent.mkdir()
    shared.write_text("old\n")
    shared.chmod(0o640)
    link = tmp_path / "report.md"
    link.symlink_to(shared)
    proc = claimdiff(tmp_path, "export", "-s", str(sheet), "-f", "markdown", "-o", str(link),
                     str(articles[0]))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(shared)
    assert shared.read_text().startswith("# claimdiff review")
    assert shared.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in shared.parent.iterdir()) == ["report.md"]  # no temporary left


def test_export_over_a_read_only_file_is_refused(tmp_path: Path) -> None:
    sheet, articles = write_case(tmp_path / "case")
    out = tmp_path / "report.json"
    out.write_text("keep\n")
    out.chmod(0o444)
    proc = claimdiff(tmp_path, "export", "-s", str(sheet), "-o", str(out), str(articles[0]))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"claimdiff: error: {out}: is read-only; it was not overwritten"
    ]
    assert out.read_text() == "keep\n"


def test_export_flags_read_as_checks(tmp_path: Path) -> None:
    """`-f` is --format and `-s` is --study in both commands; `-r` looks in sub-folders."""
    sheet, articles = write_case(tmp_path / "case")
    nested = tmp_path / "nested" / "deeper"
    nested.mkdir(parents=True)
    (nested / articles[0].name).write_bytes(articles[0].read_bytes())
    check = claimdiff(tmp_path, "check", "-s", str(sheet), "-f", "json", "-r",
                      str(tmp_path / "nested"))  # fmt: skip
    export = claimdiff(tmp_path, "export", "-s", str(sheet), "-f", "json", "-r",
                       str(tmp_path / "nested"))  # fmt: skip
    assert check.returncode == export.returncode == 0, export.stderr
    checked, exported = json.loads(check.stdout), json.loads(export.stdout)
    assert [a["path"] for a in exported["articles"]] == [a["path"] for a in checked["articles"]]
    assert len(exported["articles"]) == 1
    help_text = claimdiff(tmp_path, "export", "--help").stdout
    assert "--format {json,markdown,csv,claimreview}, -f {json" in help_text
    assert "--study SHEET, -s SHEET" in help_text


def test_write_text_refuses_a_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(ClaimdiffError, match="is a symlink loop"):
        write_text(a, "x")


def test_write_text_creates_a_dangling_links_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "real.json")
    assert write_text(link, "{}\n") == tmp_path / "real.json"
    assert link.is_symlink() and (tmp_path / "real.json").read_text() == "{}\n"
