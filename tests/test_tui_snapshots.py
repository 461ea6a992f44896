"""SVG snapshots of the main screens (pytest-textual-snapshot), built from the hand-written
fixture so the judge's changing verdicts do not change them.

Update after a deliberate change of the look: `.venv/bin/pytest tests/test_tui_snapshots.py
--snapshot-update`, then look at the SVGs in tests/__snapshots__/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.errors import InputError
from claimdiff.results.store import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from tui_fixtures import SHEET, STUDY, article_result, second_result

WIDE = (120, 35)
NARROW = (80, 24)


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimdiffApp:
    """The fixture articles; paths shown on screen are relative and fixed."""
    monkeypatch.chdir(tmp_path)
    app = ClaimdiffApp(
        SHEET,
        results=[
            article_result(),
            second_result(),
            InputError(Path("broken.pdf"), "this is a PDF document, not an article"),
        ],
        store=ReviewStore(STUDY, root=Path("data")),
        config=Config(Path("config.toml")),
        theme="textual-dark",
    )
    # Toasts vanish on a timer: keep them out of the pictures (Pilot tests cover them).
    monkeypatch.setattr(app, "notify", lambda *args, **kwargs: None)
    return app


def test_main_screen(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["j", "j", "j"], terminal_size=WIDE)


def test_main_screen_after_review(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["space", "j", "m", "n", "n"], terminal_size=WIDE)


def test_narrow_layout(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["j", "j"], terminal_size=NARROW)


def test_help_screen(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["question_mark"], terminal_size=WIDE)


def test_overview(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["space", "O"], terminal_size=WIDE)


def test_dropped_text_view(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["d", "j", "j", "j"], terminal_size=WIDE)


# --------------------------------------------------------------------------- the flows a reviewer
# uses most (issue 11), and the detail strip with a long claim at both sizes (issue 13)


def test_realign_flow(
    snap_compare,
    app: ClaimdiffApp,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    """The journal claim re-aligned to the cohort fact: the verdict, reason and lit words the
    core gives (a fixed judgement here, so that the judge's progress does not change the
    picture; tests/test_tui_realign.py runs the real one)."""
    from claimdiff.model import Judgement, Match

    claim = article_result().results[4].claim
    start = claim.start + claim.text.index("study")

    def judged(claim: object, fact_id: str | None) -> tuple[Match, Judgement]:
        match = Match(fact_id, 0.31, ((start, start + 5),), ())
        return match, Judgement("misreported", ("number: the cohort is 48 rats, not a journal",))

    monkeypatch.setattr(app, "_judge_pair", judged)
    assert snap_compare(app, press=["j", "j", "j", "j", "a", *"forty", "enter"], terminal_size=WIDE)


def test_review_with_a_reason(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    keys = ["m", "k", "r", *"says people", "enter"]
    assert snap_compare(app, press=keys, terminal_size=WIDE)


def test_undo_flow(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    """Three verdicts, one undone: the cursor is back on the claim whose review was undone."""
    assert snap_compare(app, press=["space", "s", "m", "z"], terminal_size=WIDE)


def test_overview_after_reviews(snap_compare, app: ClaimdiffApp) -> None:  # noqa: ANN001
    keys = ["space", "s", "space", "space", "space", "m", "space", "b", "space", "O"]
    assert snap_compare(app, press=keys, terminal_size=WIDE)


LONG = (
    "In a long sentence that goes on to restate, with every qualification a cautious writer "
    "could add and several more that nobody asked for, that the rats given green tea extract "
    "found the hidden platform thirty percent faster than the rats given water, the reporter "
    "finally concludes that tea boosts memory."
)


@pytest.fixture
def long_claim_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ClaimdiffApp:
    from dataclasses import replace

    from claimdiff.model import Judgement

    monkeypatch.chdir(tmp_path)
    result = article_result()
    first = result.results[1]
    claim = replace(first.claim, display=LONG, text=LONG)
    reasons = (
        'certainty: the claim says "boosts" where the study shows a maze result only',
        "scope: the claim is about memory in general; the finding is a maze test in rats",
        "population: the claim names no animal; the finding is in rats",
    )
    result.results[1] = replace(first, claim=claim, judgement=Judgement("overstated", reasons))
    app = ClaimdiffApp(
        SHEET,
        results=[result],
        store=ReviewStore(STUDY, root=Path("data")),
        config=Config(Path("config.toml")),
        theme="textual-dark",
    )
    monkeypatch.setattr(app, "notify", lambda *args, **kwargs: None)
    return app


async def _note(pilot) -> None:  # noqa: ANN001
    await pilot.press("j", "r", *"the headline goes further than the study", "enter")


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x35", "80x24"])
def test_detail_strip_long_claim(snap_compare, long_claim_app, size) -> None:  # noqa: ANN001
    """Verdict, first reason and note always shown; the claim and the fact cut to one line."""
    assert snap_compare(long_claim_app, run_before=_note, terminal_size=size)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x35", "80x24"])
def test_detail_strip_expanded(snap_compare, long_claim_app, size) -> None:  # noqa: ANN001
    async def expand(pilot) -> None:  # noqa: ANN001
        await _note(pilot)
        await pilot.press("enter")

    assert snap_compare(long_claim_app, run_before=expand, terminal_size=size)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x35", "80x24"])
def test_overview_sizes(snap_compare, app: ClaimdiffApp, size) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["space", "m", "O"], terminal_size=size)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x35", "80x24"])
def test_corpus_by_fact(snap_compare, app: ClaimdiffApp, size) -> None:  # noqa: ANN001
    assert snap_compare(app, press=["space", "m", "O", "tab", "down", "down"], terminal_size=size)


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x35", "80x24"])
def test_practice_mode(snap_compare, app: ClaimdiffApp, size) -> None:  # noqa: ANN001
    """The headline answered (the reader differs), the next claim still hidden."""

    async def practise(pilot) -> None:  # noqa: ANN001
        pilot.app.main.set_practice(True)
        await pilot.pause()
        await pilot.press("s", "j", "o", "j")

    assert snap_compare(app, run_before=practise, terminal_size=size)
