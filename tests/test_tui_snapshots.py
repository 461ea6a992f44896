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
