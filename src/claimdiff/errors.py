"""Errors that reach the user as one line naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class ClaimdiffError(Exception):
    """A documented, expected failure: bad input, unreadable file, invalid sheet.

    `str(error)` is the one-line message shown after `claimdiff: error: `.
    """

    def __init__(self, path: Path | str | None, problem: str) -> None:
        self.path = Path(path) if path is not None else None
        self.problem = " ".join(str(problem).split())
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return f"{self.path}: {self.problem}" if self.path is not None else self.problem


class InputError(ClaimdiffError):
    """An article that cannot be read or holds no article text."""


class SheetError(ClaimdiffError):
    """A fact sheet that cannot be read or does not follow the format."""


class ReviewError(ClaimdiffError):
    """A review file that cannot be read or written."""
