"""How fast the TUI starts and steps, measured against a bare Textual app in the same run.

    .venv/bin/python benchmarks/tui_speed.py [--runs N] [--study SHEET]

Prints:
- launch, as a fresh process, to the first frame (the screen is up and its keys work, with
  a progress bar while the articles are checked in a child process started before Textual
  is imported) and to the first frame that shows a checked article, for a bare Textual app
  (Header, Static, Footer) and for claimdiff on the samples and on a generated
  2,000-sentence article, built as the `claimdiff` command builds it (`build_app`); the
  ratios to the bare app (target <= 1.3x on the samples).
  "UI only" opens hand-made results without importing the core pipeline (numpy,
  rapidfuzz): the difference between it and the samples row is the core's import and
  first check, not the TUI;
- the app-side time of one claim step (target <= 16 ms): our handler (the key's action and
  the handlers it causes) and, separately, with Textual's screen update that follows, timed
  around those calls while Pilot presses `j` (Pilot's fixed overhead and waits not counted);
- the time of one review (confirm + atomic save with fsync + update), the same way.

The sheet is the bundled one, else `--study`; the generated article uses the test fixture's
invented sheet. Figures are medians.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from functools import wraps
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

BARE = """
from textual.app import App
from textual.widgets import Footer, Header, Static

class Bare(App):
    def compose(self):
        yield Header()
        yield Static("hello")
        yield Footer()

app = Bare()
app.first_frame = None
app.call_after_refresh(lambda: setattr(app, "first_frame", time.time()))
app.first_paint = None  # the bare app's first frame is both
"""

CLAIMDIFF = """
import os
os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = {data!r}
from pathlib import Path
from claimdiff.tui import build_app

app, problems = build_app([Path(p) for p in {articles!r}], Path({sheet!r}))
assert app is not None, problems
"""

UI_ONLY = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from tui_fixtures import SHEET, article_result, second_result
from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config

app = ClaimdiffApp(SHEET, results=[article_result(), second_result()],
                   store=ReviewStore(SHEET.study, root=Path({data!r})),
                   config=Config(Path({data!r}) / "config.toml"))
"""

DRIVER = """
import os, time
T0 = float(os.environ["T0"])
{setup}
async def auto(pilot):
    while app.first_frame is None:
        await pilot.pause(0.002)
    paint, shown = (app.first_paint or app.first_frame) - T0, app.first_frame - T0
    print(f"{{paint:.4f}} {{shown:.4f}} {{time.process_time():.4f}}", flush=True)
    pilot.app.exit()
app.run(headless=True, size=(120, 35), auto_pilot=auto)
"""


def launch_once(setup: str) -> tuple[float, float, float]:
    """Wall seconds from process start to the first frame (the screen is up and keys work;
    the first article may still be being checked), wall and CPU seconds to the first frame
    that shows an article.

    CPU time (of every thread of the process) does not depend on what else the machine runs,
    so it is the fairer figure on a busy machine; wall time is what a person waits.
    """
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "T0": repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-c", DRIVER.format(setup=setup)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    paint, wall, cpu = out.stdout.strip().splitlines()[-1].split()
    return float(paint), float(wall), float(cpu)


def launches(setups: list[str], runs: int) -> list[list[tuple[float, float, float]]]:
    """Launch times of each setup, interleaved run by run so that load on the machine is shared."""
    times: list[list[tuple[float, float, float]]] = [[] for _ in setups]
    for _ in range(runs):
        for n, setup in enumerate(setups):
            times[n].append(launch_once(setup))
    return times


class Timer:
    """Accumulates the time spent inside wrapped methods (outermost calls only)."""

    def __init__(self) -> None:
        self.total = 0.0
        self.depth = 0

    def wrap(self, owner: type, name: str) -> None:
        original = getattr(owner, name)

        @wraps(original)
        def timed(*args: object, **kwargs: object) -> object:
            self.depth += 1
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.total += time.perf_counter() - start

        setattr(owner, name, timed)


async def steps(make_app: Callable[[], object], presses: int, reviews: int) -> dict[str, float]:
    """Median app-side milliseconds of a claim step and of a review (confirm + save).

    `handler`: our code run by the key (action, watchers, message handlers); `frame`: Textual's
    screen update that follows (layout and rendering of what changed); `step` = both.
    """
    from textual.screen import Screen
    from textual.widgets import OptionList

    from claimdiff.tui.screens.main import MainScreen
    from claimdiff.tui.widgets.article_view import ArticleView

    handler, frame = Timer(), Timer()  # @on handlers are bound at class creation: time the
    handler.wrap(ArticleView, "action_step")  # methods they call
    handler.wrap(OptionList, "watch_highlighted")
    handler.wrap(MainScreen, "_select")
    handler.wrap(MainScreen, "action_confirm")
    frame.wrap(Screen, "_on_timer_update")
    app = make_app()
    samples: dict[str, list[float]] = {"handler": [], "step": [], "review": []}
    async with app.run_test(size=(120, 35)) as pilot:  # type: ignore[attr-defined]
        await app.checked()  # type: ignore[attr-defined]
        await pilot.pause(0.1)
        for n in range(presses + reviews):
            review = n >= presses
            if review:
                await pilot.press("j")
                await pilot.pause(0.03)
            handler.total = frame.total = 0.0
            await pilot.press("space" if review else "j")
            await pilot.pause(0.03)  # let the screen update run (waiting is not counted)
            total = (handler.total + frame.total) * 1000
            if review:
                samples["review"].append(total)
            else:
                samples["handler"].append(handler.total * 1000)
                samples["step"].append(total)
    return {k: statistics.median(v) for k, v in samples.items()}


def generated_article(folder: Path, sentences: int = 2000) -> Path:
    from tui_fixtures import FACTS

    words = ["notably", "reportedly", "in short", "meanwhile", "overall", "again"]
    lines = []
    for i in range(sentences):
        fact = FACTS[i % len(FACTS)]
        lead = words[i % len(words)].capitalize()
        lines.append(f"{lead}, item {i + 1}: {fact.text[0].lower()}{fact.text[1:]}")
        if i % 5 == 4:
            lines.append("\n")
    path = folder / "generated-2000.txt"
    path.write_text("Generated article for speed tests\n\n" + " ".join(lines), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--study", type=Path, help="sheet for the samples (default: bundled)")
    args = parser.parse_args()

    from claimdiff.locations import bundled_articles, bundled_sheet
    from claimdiff.results.store import ReviewStore
    from claimdiff.study.sheet import load_sheet
    from claimdiff.tui.app import ClaimdiffApp
    from claimdiff.tui.config import Config
    from tui_fixtures import write_case

    sheet = args.study or bundled_sheet()
    if not sheet.exists():
        fallback = ROOT.parent / "shared" / "eval" / "reference-study.toml"
        sheet = fallback if fallback.exists() else sheet
    samples = [str(p) for p in bundled_articles()]
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        case_sheet, _ = write_case(tmpdir / "case")
        big = generated_article(tmpdir)

        def setup(sheet_path: Path, articles: list[str], name: str) -> str:
            return textwrap.dedent(CLAIMDIFF).format(
                sheet=str(sheet_path), articles=articles, data=str(tmpdir / name)
            )

        ui_only = textwrap.dedent(UI_ONLY).format(
            tests=str(ROOT / "tests"), data=str(tmpdir / "d0")
        )
        bare, on_fixture, on_samples, on_big = launches(
            [BARE, ui_only, setup(sheet, samples, "d1"), setup(case_sheet, [str(big)], "d2")],
            args.runs,
        )

        def make(sheet_path: Path, files: list[Path], name: str) -> Callable[[], ClaimdiffApp]:
            loaded = load_sheet(sheet_path)
            return lambda: ClaimdiffApp(
                loaded,
                files,
                store=ReviewStore(loaded.study, root=tmpdir / name),
                config=Config(tmpdir / name / "config.toml"),
            )

        small = asyncio.run(steps(make(sheet, [Path(p) for p in samples], "d3"), 30, 10))
        large = asyncio.run(steps(make(case_sheet, [big], "d4"), 30, 10))

    def ms(values: list[tuple[float, float, float]], which: int) -> float:
        return statistics.median(v[which] for v in values) * 1000

    def ratio(values: list[tuple[float, float, float]], which: int) -> float:
        return statistics.median(v[which] / b[which] for v, b in zip(values, bare, strict=True))

    print(f"claimdiff TUI speed: median of {args.runs} interleaved launches; sheet {sheet.name}")
    print(f"{'':37}{'first frame':>16}{'article shown':>23}{'handler':>10}{'step':>9}{'review':>9}")
    print(f"{'':37}{'wall':>9}{'vs bare':>8}{'wall':>8}{'cpu':>8}{'vs bare':>8}")
    rows = [
        ("bare Textual app", bare, None),
        ("claimdiff UI only (no core pipeline)", on_fixture, None),
    ]
    rows += [
        ("claimdiff, the 5 samples", on_samples, small),
        ("claimdiff, generated 2,000 sentences", on_big, large),
    ]
    for name, times, fig in rows:
        line = (
            f"{name:37}{ms(times, 0):>6.0f} ms{ratio(times, 0):>7.2f}x"
            f"{ms(times, 1):>6.0f} ms{ms(times, 2):>5.0f} ms{ratio(times, 1):>7.2f}x"
        )
        if fig:
            line += f"{fig['handler']:>7.1f} ms{fig['step']:>6.1f} ms{fig['review']:>6.1f} ms"
        print(line)
    print(
        "first frame: launch to the first frame, the screen up and its keys working (the "
        "articles are\nchecked after it, in a worker; target <= 1.3x bare); article shown: "
        "launch to the first frame\nshowing a checked article (cpu: of every thread); handler: "
        "our code per claim step (target\n<= 16 ms); step: handler + Textual's screen update; "
        "review: confirm + atomic save (fsync) + update."
    )


if __name__ == "__main__":
    main()
