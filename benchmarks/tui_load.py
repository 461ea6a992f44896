"""How the viewer answers keys while many articles load (issue 14: 5,000 articles).

    .venv/bin/python benchmarks/tui_load.py [--articles 5000] [--interval 0.2] [--keys 60]

Generates ARTICLES small articles (five to nine sentences each, from the test fixture's
invented study) in a temporary folder, and opens them as `claimdiff` does (`build_app`: the
articles are checked in a child process) in a headless app of 120x35. As soon as the first
frame is up, a key (`j`, then `k`, …) is sent every INTERVAL seconds, as a terminal would
deliver it, while the articles load; each key's answer time is measured from the moment it
is sent to the moment its action has run. Prints:

- first frame: launch to the first frame (the screen is up and keys work);
- first article: launch to the first frame that shows a checked article;
- all loaded: launch until every article is checked and opened;
- keys while loading: how many were answered, and their answer times (median, 95th
  percentile, worst); the target is every key within 100 ms.

Wall-clock figures on a shared machine: run it twice and compare like with like.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

DRIVER = """
import os, sys, time, asyncio, json
T0 = float(os.environ["T0"])
from pathlib import Path
os.environ["CLAIMDIFF_DATA_DIR"] = {data!r}
os.environ["CLAIMDIFF_CONFIG"] = {data!r} + "/config.toml"
from claimdiff.tui import build_app
from claimdiff.tui.widgets.article_view import ArticleView

paths = [Path(line) for line in Path({listing!r}).read_text().splitlines()]
app, problems = build_app(paths, Path({sheet!r}))
assert app is not None, problems
answered = []
original = ArticleView.action_step

def timed(self, direction):
    original(self, direction)
    answered.append(time.perf_counter())

ArticleView.action_step = timed

async def auto(pilot):
    from textual import events
    while app.first_paint is None:
        await asyncio.sleep(0.002)
    first_paint = time.time() - T0
    sent = []
    n = 0
    while any(s.state == "pending" for s in app.slots) and n < {keys}:
        key = "j" if n % 2 == 0 else "k"
        event = events.Key(key, key)
        event.set_sender(app)
        sent.append(time.perf_counter())
        app._driver.send_message(event)
        n += 1
        await asyncio.sleep({interval})
    loading_keys = len(sent)
    while any(s.state == "pending" for s in app.slots):
        await asyncio.sleep(0.05)
    all_loaded = time.time() - T0
    await asyncio.sleep(0.5)
    latencies = [a - s for s, a in zip(sent, answered)]
    result = {{
        "first_paint": first_paint,
        "first_article": (app.first_frame or 0) - T0 if app.first_frame else None,
        "all_loaded": all_loaded,
        "sent": loading_keys,
        "answered": len(answered),
        "latencies": latencies,
        "articles": sum(1 for s in app.slots if s.state == "ready"),
    }}
    print("RESULT " + json.dumps(result), flush=True)
    app.exit()

app.run(headless=True, size=(120, 35), auto_pilot=auto)
"""


def generate(folder: Path, count: int) -> tuple[Path, Path]:
    """The fixture's sheet and `count` articles; returns the sheet and a listing file."""
    from tui_fixtures import FACTS, write_case

    sheet, _ = write_case(folder / "case")
    words = ["Notably", "Reportedly", "In short", "Meanwhile", "Overall", "Again", "Today"]
    articles = folder / "articles"
    articles.mkdir()
    paths = []
    for n in range(count):
        lines = [f"Report number {n + 1} on tea and memory", ""]
        for k in range(5 + n % 5):
            fact = FACTS[(n + k) % len(FACTS)]
            lead = words[(n * 3 + k) % len(words)]
            lines.append(f"{lead}, {fact.text[0].lower()}{fact.text[1:]}")
        path = articles / f"article-{n:05d}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    listing = folder / "listing.txt"
    listing.write_text("\n".join(paths), encoding="utf-8")
    return sheet, listing


def run(sheet: Path, listing: Path, data: Path, keys: int, interval: float) -> dict[str, object]:
    import json

    script = textwrap.dedent(DRIVER).format(
        data=str(data), listing=str(listing), sheet=str(sheet), keys=keys, interval=interval
    )
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none", "T0": repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT ") :])  # type: ignore[no-any-return]
    raise SystemExit(f"the viewer did not report:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between keys")
    parser.add_argument("--keys", type=int, default=60, help="keys sent at most while loading")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="claimdiff-load-") as tmp:
        folder = Path(tmp)
        sheet, listing = generate(folder, args.articles)
        r = run(sheet, listing, folder / "data", args.keys, args.interval)
    latencies = sorted(float(x) * 1000 for x in r["latencies"])  # type: ignore[union-attr]
    sent, answered = int(r["sent"]), len(latencies)  # type: ignore[call-overload]

    def ms(value: float | None) -> str:
        return "—" if value is None else f"{value * 1000:,.0f} ms"

    print(f"claimdiff viewer while {args.articles:,} articles load (keys every {args.interval} s)")
    print(f"  first frame        {ms(r['first_paint'])}")  # type: ignore[arg-type]
    print(f"  first article      {ms(r['first_article'])}")  # type: ignore[arg-type]
    print(f"  all loaded         {ms(r['all_loaded'])}  ({r['articles']:,} articles opened)")  # type: ignore[arg-type]
    if latencies:
        p95 = latencies[min(len(latencies) - 1, round(0.95 * (len(latencies) - 1)))]
        print(
            f"  keys while loading {answered}/{sent} answered: median "
            f"{statistics.median(latencies):,.0f} ms, 95th percentile {p95:,.0f} ms, "
            f"worst {latencies[-1]:,.0f} ms (target: every key within 100 ms)"
        )
    else:
        print(f"  keys while loading 0/{sent} answered")


if __name__ == "__main__":
    main()
