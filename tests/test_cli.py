"""The `claimdiff` command through a subprocess: exit codes, messages, formats.

Bad and hostile input (every case, every format) is in test_hostile_cli.py."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from claimdiff.cli import main as cli
from claimdiff.locations import bundled_articles, bundled_sheet
from claimdiff.model import VERDICTS
from json_contract import ARTICLE_KEYS, CLAIM_KEYS

ARTICLES = bundled_articles()
STUDY = ("--study", str(bundled_sheet()))  # articles are always given with their sheet
ERROR_LINE = re.compile(r"^claimdiff: error: \S.*$")
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

HOSTILE = (
    "Study finds antibodies cause pain in mice [bold red]x[/] today.\n\n"
    "Researchers said [link=file:///etc/passwd]click[/link] the mice recovered.\n\n"
    "The team [@click=app.quit]quit[/] said patients were helped.\n\n"
    "Scientists \x1b[2J\x1b]52;c;SGVsbG8=\x07 found "
    "\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\ "
    "more sensitivity to cold \x9b31m in mice \u202eevil.\n"
)


def run(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m claimdiff ARGS`, no terminal, no stdin."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "claimdiff", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        env=full_env,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def error_lines(proc: subprocess.CompletedProcess[str]) -> list[str]:
    lines = proc.stderr.splitlines()
    assert lines, "expected a message on stderr"
    assert "Traceback" not in proc.stderr
    for line in lines:
        assert ERROR_LINE.match(line), line
    return lines


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8", newline="")
    return path


# --------------------------------------------------------------------------- success


def test_check_bundled_samples_text_is_plain_when_piped() -> None:
    proc = run("check")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert "Passive transfer of fibromyalgia symptoms from patients to mice" in proc.stdout
    assert "\x1b" not in proc.stdout
    assert proc.stdout.count("accuracy ") >= len(ARTICLES)
    assert f"1/{len(ARTICLES)}" in proc.stdout


def test_check_json_schema() -> None:
    proc = run("check", *STUDY, "--format", "json", *ARTICLES)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) == {"study", "articles"}
    assert data["study"] == {
        "id": "goebel2021",
        "title": "Passive transfer of fibromyalgia symptoms from patients to mice",
    }
    assert [a["path"] for a in data["articles"]] == [str(p) for p in ARTICLES]
    for art in data["articles"]:
        assert set(art) == ARTICLE_KEYS
        assert isinstance(art["title"], str)
        assert art["accuracy"] is None or 0.0 <= art["accuracy"] <= 1.0
        assert list(art["counts"]) == list(VERDICTS)
        assert sum(art["counts"].values()) == len(art["claims"])
        for claim in art["claims"]:
            assert set(claim) == CLAIM_KEYS
            assert isinstance(claim["text"], str)
            assert isinstance(claim["start"], int) and isinstance(claim["end"], int)
            assert claim["end"] - claim["start"] == len(claim["text"])
            assert claim["fact"] is None or isinstance(claim["fact"], str)
            assert 0.0 <= claim["similarity"] <= 1.0
            assert claim["verdict"] in VERDICTS
            assert all(isinstance(r, str) for r in claim["reasons"])
        for dropped in art["dropped"]:
            assert set(dropped) == {"start", "end", "why"}


@pytest.mark.parametrize("command", [("check",), (), ("export",)])
def test_articles_without_their_study_are_refused_with_how_to_name_it(
    command: tuple[str, ...],
) -> None:
    """A sheet of another study would judge them wrongly, so claimdiff asks which study."""
    proc = run(*command, ARTICLES[0])
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = error_lines(proc)
    assert "--study SHEET" in line and "bundled samples" in line
    assert f"claimdiff {command[0]} --study" in line if command else "claimdiff --study" in line


def test_check_markdown() -> None:
    proc = run("check", *STUDY, "--format", "markdown", ARTICLES[0])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# claimdiff report: ")
    assert "| # | Article | File | Accuracy |" in proc.stdout


def test_folder_argument(tmp_path: Path) -> None:
    proc = run("check", *STUDY, "--format", "json", ARTICLES[0].parent)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["articles"]) == len(ARTICLES)


def test_reference_sheet_can_be_chosen() -> None:
    reference = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reference-study.toml"
    if not reference.is_file():
        pytest.skip("shared/eval is not beside this checkout")
    proc = run("check", "--study", reference, "--format", "json", ARTICLES[0])
    assert proc.returncode == 0, proc.stderr
    facts = {c["fact"] for c in json.loads(proc.stdout)["articles"][0]["claims"]} - {None}
    assert facts and all(" " not in f for f in facts)


def test_help_and_version() -> None:
    top = run("--help")
    assert top.returncode == 0
    assert "check" in top.stdout and "bundled" in top.stdout
    for flag in ("--study", "--theme", "--no-mouse", "--review", "--version"):
        assert flag in top.stdout
    check = run("check", "--help")
    assert check.returncode == 0
    assert "--format" in check.stdout and "bundled sample articles" in check.stdout
    version = run("--version")
    assert version.returncode == 0 and re.fullmatch(r"claimdiff \S+\n", version.stdout)


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--nope"),
        ("check", "--format", "xml"),
        ("check", "--study"),
        ("--nope",),
        ("--study", "x.toml", "check", "a.txt"),
    ],
)
def test_usage_errors_are_one_line_exit_2(args: tuple[str, ...]) -> None:
    proc = run(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    (line,) = error_lines(proc)
    assert "--help" in line or "put the command first" in line


def test_file_names_with_control_characters_are_shown_inert(tmp_path: Path) -> None:
    proc = run("check", *STUDY, tmp_path / "evil\x1b[2J.txt")
    assert proc.returncode == 2
    assert "\x1b" not in proc.stderr and "evil␛[2J.txt" in proc.stderr


# --------------------------------------------------------------------------- hostile text


def pty_run(*args: str, env: dict[str, str] | None = None) -> str:
    """Run claimdiff with stdout on a pseudo-terminal; return what it wrote."""
    pty = pytest.importorskip("pty")
    try:
        leader, follower = pty.openpty()
    except OSError:
        pytest.skip("no pseudo-terminals here")
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    full_env.update({"TERM": "xterm-256color", "COLUMNS": "120", **(env or {})})
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimdiff", *args],
        stdout=follower,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=full_env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(leader)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    return b"".join(chunks).decode("utf-8", "replace")


def test_text_is_styled_on_a_terminal_and_plain_with_no_color(hostile: Path) -> None:
    styled = pty_run("check", *STUDY, str(hostile))
    assert "\x1b[" in styled
    rest = re.sub(r"\x1b\[[0-9;]*m", "", styled)  # our own style codes
    assert not CONTROL.search(rest.replace("\r\n", "").replace("\n", ""))
    plain = pty_run("check", *STUDY, str(hostile), env={"NO_COLOR": "1"})
    assert "\x1b" not in plain
    assert "claimdiff" in plain


# --------------------------------------------------------------------------- in process


def test_viewer_falls_back_to_the_text_report_without_the_tui(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "claimdiff.tui", None)  # as if the package were absent
    assert cli.main([*STUDY, str(ARTICLES[0])]) == 0
    out, err = capsys.readouterr()
    assert "accuracy" in out and "printing the report instead" in err


def test_viewer_calls_run_app_with_the_contract(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls: list[tuple[object, ...]] = []

    def run_app(paths, sheet_path, *, theme, mouse, review, practice):  # type: ignore[no-untyped-def]
        calls.append((paths, sheet_path, theme, mouse, review, practice))
        return 0

    fake = types.ModuleType("claimdiff.tui")
    fake.run_app = run_app  # type: ignore[attr-defined]
    fake.__spec__ = types.SimpleNamespace(name="claimdiff.tui")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "claimdiff.tui", fake)
    monkeypatch.setattr(cli, "interactive", lambda: True)
    review = tmp_path / "review.json"
    status = cli.main(
        [*STUDY, str(ARTICLES[0].parent), "--theme", "nord", "--no-mouse", "--review", str(review)]
    )
    assert status == 0
    ((paths, sheet_path, theme, mouse, got_review, practice),) = calls
    assert paths == ARTICLES
    assert sheet_path == bundled_sheet()
    assert (theme, mouse, got_review, practice) == ("nord", False, review, False)

    calls.clear()
    assert cli.main([]) == 0
    assert calls[0][0] == ARTICLES and calls[0][2:] == (None, True, None, False)
    calls.clear()
    assert cli.main(["--practice"]) == 0
    assert calls[0][5] is True


def test_a_crash_in_one_article_does_not_stop_the_others(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimdiff.pipeline.checker import Checker

    original = Checker.check_document

    def flaky(self, doc):  # type: ignore[no-untyped-def]
        if doc.path == ARTICLES[0]:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(Checker, "check_document", flaky)
    assert cli.main(["check", *STUDY, "--format", "json", *map(str, ARTICLES[:2])]) == 1
    out, err = capsys.readouterr()
    assert err == (
        f"claimdiff: error: {ARTICLES[0]}: internal error while checking this article "
        "(RuntimeError: boom)\n"
    )
    assert len(json.loads(out)["articles"]) == 1

    assert cli.main(["check", *STUDY, "--debug", *map(str, ARTICLES[:1])]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_unexpected_error_is_one_line_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(path):  # type: ignore[no-untyped-def]
        raise ValueError("unexpected")

    monkeypatch.setattr("claimdiff.study.sheet.load_sheet", broken)
    assert cli.main(["check", *STUDY, str(ARTICLES[0])]) == 2
    _, err = capsys.readouterr()
    assert err == (
        "claimdiff: error: internal error: ValueError: unexpected (run with --debug for details)\n"
    )
    assert cli.main(["check", *STUDY, "--debug", str(ARTICLES[0])]) == 2
    assert "Traceback" in capsys.readouterr().err


def test_commands_registry() -> None:
    assert "check" in cli.COMMANDS
    command = cli.COMMANDS["check"]
    assert callable(command.configure) and callable(command.run) and command.summary


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_unwritable_output_is_one_line_exit_2() -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "claimdiff", "check", *STUDY, "-f", "json", str(ARTICLES[0])],
            stdout=full,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 2
    assert proc.stderr.startswith("claimdiff: error: <stdout>: cannot write the report")
    assert "Traceback" not in proc.stderr


def test_reader_going_away_is_quiet() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimdiff", "check", *STUDY, "-f", "json", *map(str, ARTICLES)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert "Traceback" not in err and "Exception ignored" not in err
    assert proc.returncode in (0, 141)  # 0 if everything fitted in the pipe before it closed


def test_viewer_without_a_terminal_prints_the_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = types.ModuleType("claimdiff.tui")
    fake.run_app = lambda *a, **k: pytest.fail("the viewer must not start without a terminal")  # type: ignore[attr-defined]
    fake.__spec__ = types.SimpleNamespace(name="claimdiff.tui")  # type: ignore[assignment]
    monkeypatch.setitem(sys.modules, "claimdiff.tui", fake)
    assert cli.main([*STUDY, str(ARTICLES[0])]) == 0
    out, err = capsys.readouterr()
    assert "accuracy" in out
    assert err == (
        "claimdiff: not running in a terminal; printing the report instead "
        "(see 'claimdiff check --help')\n"
    )
