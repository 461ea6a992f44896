"""End to end: the real `claimdiff` command in a real terminal (tmux), driven by keys.

Asserts what a person would see, never particular verdicts (the judge keeps improving).
Skipped when tmux or the installed console script is missing.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tui_fixtures import write_case

pytestmark = pytest.mark.tmux

EXE = Path(sys.executable).with_name("claimdiff")


class Terminal:
    """A tmux server of our own with one window of a fixed size."""

    def __init__(self, width: int = 120, height: int = 35) -> None:
        self.socket = f"claimdiff-test-{uuid.uuid4().hex[:8]}"
        self.size = (width, height)

    def tmux(self, *args: str) -> str:
        # COLUMNS/LINES (set by pytest's terminal) would override the window's real size
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "TMUX")}
        proc = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False, env=env
        )
        return proc.stdout

    def start(self, command: str) -> None:
        width, height = self.size
        # no user config; OSC 52 clipboard writes land in a tmux paste buffer we can read
        self.tmux(
            "-f", "/dev/null", "start-server", ";", "set", "-s", "set-clipboard", "on", ";",
            "new-session", "-d", "-s", "main", "-x", str(width), "-y", str(height), command,
        )  # fmt: skip

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "main")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.tmux("send-keys", "-t", "main", key)
            time.sleep(0.15)

    def wait_for(
        self, check: Callable[[str], bool] | str, timeout: float = 20, message: str = ""
    ) -> str:
        test = (lambda s: check in s) if isinstance(check, str) else check
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if test(text):
                return text
            time.sleep(0.1)
        raise AssertionError(f"not seen on screen in {timeout}s: {check!r} {message}\n{text}")

    def close(self) -> None:
        socket = self.tmux("display", "-p", "#{socket_path}").strip()
        self.tmux("kill-server")
        if socket:
            Path(socket).unlink(missing_ok=True)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed")
    if not EXE.exists():
        pytest.skip(f"the console script is not installed at {EXE}")
    term = Terminal()
    yield term
    term.close()


def detail_claim(screen: str) -> str:
    """The text after the 'Claim' label of the detail strip."""
    strip = screen.split("Study facts")[-1].split(" Accuracy ")[0]  # not the footer's keys
    match = re.search(r"Claim (.+)", strip)
    return match.group(1).strip(" │") if match else ""


def run_claimdiff(terminal: Terminal, tmp_path: Path, *args: str) -> Path:
    sheet, _ = write_case(tmp_path / "case")
    status = tmp_path / f"status-{uuid.uuid4().hex[:6]}"
    env = {
        "CLAIMDIFF_DATA_DIR": str(tmp_path / "data"),
        "CLAIMDIFF_CONFIG": str(tmp_path / "config.toml"),
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
    }
    exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
    command = " ".join(
        shlex.quote(a) for a in [str(EXE), "--study", str(sheet), *args, str(tmp_path / "case")]
    )
    terminal.start(f"env {exports} {command}; echo $? > {shlex.quote(str(status))}; sleep 60")
    return status


def wait_exit(status: Path, timeout: float = 15) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if status.exists() and status.read_text().strip():
            return int(status.read_text())
        time.sleep(0.1)
    raise AssertionError("claimdiff did not exit")


def test_walk_review_quit_and_reopen(terminal: Terminal, tmp_path: Path) -> None:
    status = run_claimdiff(terminal, tmp_path)
    screen = terminal.wait_for(
        lambda s: "Article 1/2" in s and "Reviewed 0/" in s and detail_claim(s) != ""
    )
    assert "claimdiff" in screen.splitlines()[0]
    assert "Green tea boosts memory" in screen
    assert "Study facts" in screen and "Accuracy" in screen and "Corpus" in screen
    before = detail_claim(screen)
    assert before

    terminal.keys("j")
    screen = terminal.wait_for(lambda s: detail_claim(s) not in ("", before))

    terminal.keys("Space")
    screen = terminal.wait_for("Reviewed 1/")

    terminal.keys("O")
    screen = terminal.wait_for("Corpus accuracy")
    assert "tea-compound" in screen or "Tea compound" in screen
    terminal.keys("Escape")
    terminal.wait_for("Reviewed 1/")

    terminal.keys("?")
    terminal.wait_for("claimdiff keys")
    terminal.keys("Escape")
    terminal.wait_for(lambda s: "claimdiff keys" not in s)

    terminal.keys("]")
    terminal.wait_for("Article 2/2")
    terminal.keys("q")
    assert wait_exit(status) == 0
    assert (tmp_path / "data" / "reviews.sqlite3").is_file()

    terminal.close()
    again = Terminal()
    terminal.socket = again.socket
    status = run_claimdiff(terminal, tmp_path)
    terminal.wait_for(lambda s: "Article 1/2" in s and "Reviewed 1/" in s)  # restored
    terminal.keys("q")
    assert wait_exit(status) == 0


def test_narrow_terminal_and_bad_study(terminal: Terminal, tmp_path: Path) -> None:
    terminal.size = (80, 24)
    status = run_claimdiff(terminal, tmp_path, "--no-mouse", "--theme", "nord")
    screen = terminal.wait_for(lambda s: "Article 1/2" in s and re.search(r"Rev(iewed)? 0/", s))
    assert "Study facts" in screen and "Article" in screen
    terminal.keys("q")
    assert wait_exit(status) == 0

    bad = tmp_path / "bad.toml"
    bad.write_text("schema = 1\n[study\n")
    proc = subprocess.run(
        [str(EXE), "--study", str(bad), str(tmp_path / "case")],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "CLAIMDIFF_DATA_DIR": str(tmp_path / "data")},
        timeout=30,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"claimdiff: error: {bad}")
    assert "Traceback" not in proc.stderr


HOSTILE = (
    "Tea cures [bold red]everything[/] [@click=app.quit]click[/]\n\n"
    "A study \x1b]0;PWNED\x07 in rats \x1b]52;c;ZXZpbA==\x07 found \x1b[2J\x1b[H little.\n\n"
    "Trust \u202eelbat\u202c this \x1b[?2004l sentence \x9b31m today.\n"
)


def test_hostile_article_leaves_the_terminal_intact(terminal: Terminal, tmp_path: Path) -> None:
    (tmp_path / "case").mkdir()
    (tmp_path / "case" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    status = run_claimdiff(terminal, tmp_path)
    screen = terminal.wait_for(lambda s: "Article 1/3" in s and "Reviewed 0/" in s)
    # hostile.txt sorts first; its markup shows as typed (the segmenter may split it at ".")
    assert "Tea cures [bold red]everything[/] [@click=app." in screen
    assert "␛]0;PWNED␇" in screen and "␛[2J␛[H" in screen
    title = terminal.tmux("display", "-p", "-t", "main", "#{pane_title}")
    assert "PWNED" not in title
    assert "evil" not in terminal.tmux("list-buffers")  # the OSC 52 payload never reached it
    terminal.keys("j", "j")
    assert "Study facts" in terminal.screen()  # nothing cleared the screen
    terminal.keys("q")
    assert wait_exit(status) == 0


def test_keys_in_one_read_land_on_the_claim_they_point_at(
    terminal: Terminal, tmp_path: Path
) -> None:
    """`jjm` typed in one terminal read marks the third claim misreported (issue 14)."""
    status = run_claimdiff(terminal, tmp_path)
    screen = terminal.wait_for(lambda s: "Reviewed 0/" in s and detail_claim(s) != "")
    claims = [detail_claim(screen)]
    for _ in range(2):
        terminal.keys("j")
        screen = terminal.wait_for(lambda s: detail_claim(s) not in ("", *claims))
        claims.append(detail_claim(screen))
    terminal.keys("g")
    terminal.wait_for(lambda s: detail_claim(s) == claims[0], message=repr(claims))
    terminal.tmux("send-keys", "-t", "main", "-l", "jjm")
    terminal.wait_for("Reviewed 1/")
    terminal.keys("k")  # a verdict moves on: back to the claim it marked
    screen = terminal.wait_for(lambda s: detail_claim(s) == claims[2])
    assert "MISREPORTED" in screen and ("your verdict" in screen or "confirmed by you" in screen)
    terminal.keys("q")
    assert wait_exit(status) == 0
