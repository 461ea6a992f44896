"""How long a review key takes in the viewer when the review store is large.

    .venv/bin/python benchmarks/review_speed.py [--reviews 100000] [--keys 40]

Builds a review file in the JSON exchange format of claimdiff 0.x (``--review FILE``), with
`--reviews` reviews spread over 100 articles, one of them a generated 1,000-claim article that
is then opened in the viewer (Pilot, headless). Whatever store this checkout has reads it
(the SQLite store imports it once into a database beside it; the first open includes that).

Prints medians and the worst of:
- open: opening the article with its reviews (the first time, and again);
- handler: our code run on the UI thread by a review key (`m`, `o`, `s`, ... each on a new
  claim): the key's action, which records the review, hands it to the store, and updates
  the claim, the facts, the detail and the score (and moves the cursor on);
- of which store: the part spent handing the review to the store (`ClaimdiffApp.save`), the
  store's own share of the key. Target for the key: under one frame, 16 ms;
- frame: Textual's screen update that follows;
- save: one save of one changed review by the store itself (on the UI thread in the JSON
  store; in the SQLite store it runs on its writer thread, off the UI thread).

Figures depend on the machine and its load: compare runs made one after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tui_speed import Timer  # noqa: E402


def legacy_file(path: Path, reviews: int, article: Any) -> None:
    """A claimdiff 0.x review file with `reviews` reviews, `article`'s first 1,000 among them."""
    from tui_fixtures import STUDY

    def review(text: str, verdict: str) -> dict[str, Any]:
        return {"text": text, "occurrence": 0, "status": "overridden", "verdict": verdict,
                "fact": "maze", "machine_verdict": "supported", "machine_fact": "maze",
                "realigned": False, "reason": "checked against the paper",
                "updated": "2026-01-01T00:00:00Z"}  # fmt: skip

    own = [r.claim.display for r in article.results[: min(1000, reviews)]]
    articles: dict[str, Any] = {
        hashlib.sha256(article.document.text.encode()).hexdigest(): {
            "path": str(article.document.path),
            "title": article.title,
            "updated": "2026-01-01T00:00:00Z",
            "reviews": [review(t, "background") for t in own],
            "orphans": [],
        }
    }
    rest, others = reviews - len(own), 99
    for n in range(others):
        count = rest // others + (1 if n < rest % others else 0)
        articles[hashlib.sha256(f"other {n}".encode()).hexdigest()] = {
            "path": f"other-{n}.txt",
            "title": f"Another article {n}",
            "updated": "2026-01-01T00:00:00Z",
            "reviews": [
                review(f"Claim {i} of another article {n}.", "supported") for i in range(count)
            ],  # fmt: skip
            "orphans": [],
        }
    data = {"schema": 1, "kind": "claimdiff-review", "articles": articles,
            "study": {"id": STUDY.id, "title": STUDY.title}}  # fmt: skip
    path.write_text(json.dumps(data), encoding="utf-8")


def store_class() -> Any:
    try:
        from claimdiff.results.store import ReviewStore
    except ImportError:  # claimdiff before the SQLite store
        from claimdiff.results.review import ReviewStore  # type: ignore[attr-defined,no-redef]
    return ReviewStore


def save_now(store: Any, article: Any) -> None:
    """One synchronous save of the article's pending change (either store)."""
    outcome = store.save(article)
    if hasattr(store, "flush"):
        store.flush()
    del outcome


async def keys(file: Path, data: Path, count: int) -> dict[str, list[float]]:
    from claimdiff.tui.app import ClaimdiffApp
    from claimdiff.tui.config import Config
    from claimdiff.tui.screens.main import MainScreen
    from tui_fixtures import SHEET, big_result

    store = store_class()(SHEET.study, file, root=data)
    handler, frame, saving = Timer(), Timer(), Timer()
    for name in ("action_verdict", "action_confirm"):
        if hasattr(MainScreen, name):
            handler.wrap(MainScreen, name)
    saving.wrap(ClaimdiffApp, "save")  # the store's part of the handler
    from textual.screen import Screen

    frame.wrap(Screen, "_on_timer_update")
    samples: dict[str, list[float]] = {"handler": [], "save": [], "frame": []}
    app = ClaimdiffApp(SHEET, results=[big_result(1200)], store=store,
                       config=Config(data / "config.toml"))  # fmt: skip
    async with app.run_test(size=(120, 35)) as pilot:
        await app.checked()
        await pilot.pause(0.2)
        verdicts = "mosub"
        for n in range(count):
            await pilot.press("j")
            await pilot.pause(0.05)
            handler.total = frame.total = saving.total = 0.0
            await pilot.press(verdicts[n % len(verdicts)])
            await pilot.pause(0.05)  # the screen update runs (waiting is not counted)
            samples["handler"].append(handler.total * 1000)
            samples["save"].append(saving.total * 1000)
            samples["frame"].append(frame.total * 1000)
        article = app.main.article
        assert article is not None and article.reviewed_count() >= count
        await pilot.press("q")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--keys", type=int, default=40)
    args = parser.parse_args()

    from tui_fixtures import STUDY, big_result

    article = big_result(1200)
    with tempfile.TemporaryDirectory(prefix="claimdiff-review-speed-") as tmp:
        folder = Path(tmp)
        file = folder / "reviews.json"
        legacy_file(file, args.reviews, article)
        size = file.stat().st_size
        store_type = store_class()
        opened: list[float] = []
        for _ in range(2):
            start = time.perf_counter()
            reviewed, _notices = store_type(STUDY, file, root=folder / "data").open(article)
            opened.append((time.perf_counter() - start) * 1000)
        saves = []
        store = store_type(STUDY, file, root=folder / "data")
        reviewed, _notices = store.open(article)
        for i in range(10):
            reviewed.set_verdict(1000 + i, "misreported")
            start = time.perf_counter()
            save_now(store, reviewed)
            saves.append((time.perf_counter() - start) * 1000)
        if hasattr(store, "close"):
            store.close()
        samples = asyncio.run(keys(file, folder / "data", args.keys))
        on_disk = sum(p.stat().st_size for p in folder.iterdir() if p.is_file())

    def fig(values: list[float]) -> str:
        return f"median {statistics.median(values):7.1f} ms   worst {max(values):7.1f} ms"

    print(f"claimdiff review speed: {store_type.__module__}.{store_type.__name__}")
    print(f"{args.reviews:,} reviews; the JSON file {size / 1e6:.1f} MB; on disk after the run "
          f"{on_disk / 1e6:.1f} MB")  # fmt: skip
    print(f"open the article (first, then again): {opened[0]:.0f} ms, {opened[1]:.0f} ms")
    print(f"save of one review (store):  {fig(saves)}")
    print(f"review key, handler (UI):    {fig(samples['handler'])}   ({args.keys} keys)")
    print(f"  of which the store (UI):   {fig(samples['save'])}")
    print(f"review key, frame (Textual): {fig(samples['frame'])}")


if __name__ == "__main__":
    main()
