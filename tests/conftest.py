"""Shared test set-up: every test gets its own data and config folders (never the user's)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/tui_fixtures.py

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        default=bool(os.environ.get("CLAIMDIFF_FUZZ")),
        help="also run the tests marked slow (make fuzz does)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with `make fuzz` (or pytest --run-slow)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDIFF_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLAIMDIFF_CONFIG", str(tmp_path / "config" / "config.toml"))
    monkeypatch.delenv("NO_COLOR", raising=False)
