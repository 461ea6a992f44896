"""Keys are addressed to what the user saw (issue 14): any sequence of keys typed in one burst
(all queued before the first is handled, as one terminal read delivers them) leaves the same
saved reviews, and the cursor in the same place, as the same keys typed slowly.

`make test` runs BURST_EXAMPLES random sequences; `make fuzz` twenty times as many.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual import events

from claimdiff.results.review import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from hostile_cases import fuzz_examples
from tui_fixtures import SHEET, STUDY, article_result, second_result

BURST_EXAMPLES = 25
KEYS = {  # every key that moves or changes a review (no dialogs)
    "j": "j", "k": "k", "g": "g", "G": "G", "n": "n", "N": "N", "space": " ",
    "s": "s", "o": "o", "m": "m", "u": "u", "b": "b", "x": "x", "z": "z", "Z": "Z",
    "right_square_bracket": "]", "left_square_bracket": "[", "f": "f", "d": "d",
    "enter": "\r", "tab": "\t", "shift+tab": "",
}  # fmt: skip
SEQUENCES = st.lists(st.sampled_from(sorted(KEYS)), min_size=1, max_size=30)


async def run(keys: list[str], data: Path, *, burst: bool, advance: bool) -> dict[str, Any]:
    """Type `keys` into a fresh app; what was saved, and where the cursor ended."""
    app = ClaimdiffApp(
        SHEET,
        results=[article_result(), second_result()],
        store=ReviewStore(STUDY, root=data),
        config=Config(data / "config.toml", advance=advance),
    )
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        if burst:
            assert app._driver is not None
            for key in keys:
                event = events.Key(key, KEYS[key] if len(KEYS[key]) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)
        else:
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
        for _ in range(3):
            await pilot.pause()
        where = (app.main.article_index, app.main.claim)
        await pilot.press("q")
    store = ReviewStore(STUDY, root=data)
    saved = {}
    for result in (article_result(), second_result()):
        article, _ = store.open(result)
        saved[result.document.path.name] = sorted(
            (i, article.verdict(i), article.fact_id(i), article.review(i).status)  # type: ignore[union-attr]
            for i in range(len(article))
            if article.is_reviewed(i)
        )
    return {"saved": saved, "cursor": where}


def both(keys: list[str], advance: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="claimdiff-burst-") as tmp:
        fast = asyncio.run(run(keys, Path(tmp) / "burst", burst=True, advance=advance))
        slow = asyncio.run(run(keys, Path(tmp) / "slow", burst=False, advance=advance))
    return fast, slow


@settings(
    max_examples=fuzz_examples(BURST_EXAMPLES),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(SEQUENCES, st.booleans())
def test_a_burst_of_keys_does_what_the_same_keys_typed_slowly_do(
    keys: list[str], advance: bool
) -> None:
    fast, slow = both(keys, advance)
    assert fast == slow, keys


def test_the_reported_sequences() -> None:
    """The cases of the issue: `jjm` marks the third claim; ` j j j` reviews every other."""
    fast, slow = both(["j", "j", "m"], advance=False)
    assert fast == slow
    assert fast["saved"]["tea-boosts-memory.txt"] == [(2, "misreported", "cohort", "overridden")]
    fast, slow = both(["space", "j", "space", "j", "space", "j"], advance=False)
    assert fast == slow
    assert [c for c, *_ in fast["saved"]["tea-boosts-memory.txt"]] == [0, 1, 2]


def test_the_sequences_hypothesis_found() -> None:
    """The facts pane follows the claim at once (`G G tab enter`), and a late highlight from
    the article left behind does not reach the next one (`G G tab m`: IndexError); `enter` on
    a fact moves the claim before the next key acts (`tab enter m`)."""
    for keys, advance in (
        (["G", "G", "tab", "enter"], False),
        (["G", "G", "tab", "m"], True),
        (["tab", "enter", "m"], False),
        (["tab", "j", "enter", "shift+tab", "m"], False),
        (["tab", "G", "f", "enter"], False),  # the facts pane has the focus before it hears
        (["tab", "G", "shift+tab", "tab", "enter"], False),
    ):
        fast, slow = both(keys, advance)
        assert fast == slow, keys
