"""Read and validate a study's fact sheet (TOML, schema 1).

Placeholder implementation: minimal validation.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from claimdiff.errors import SheetError
from claimdiff.model import Fact, Sheet, Study


def load_sheet(path: Path | str) -> Sheet:
    """Read a fact sheet; raise SheetError with a one-line reason."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SheetError(path, str(exc)) from None
    s = raw.get("study", {})
    study = Study(id=s.get("id", ""), title=s.get("title", ""), subjects=s.get("subjects"))
    facts = tuple(
        Fact(
            id=f["id"],
            text=f["text"],
            kind=f.get("kind", "result"),
            source=f.get("source", "paper"),
            certainty=f.get("certainty", "shown"),
            scope=f.get("scope"),
            also=tuple(f.get("also", ())),
        )
        for f in raw.get("facts", [])
    )
    terms = {k: tuple(v) for k, v in raw.get("terms", {}).items()}
    return Sheet(path=path, study=study, facts=facts, terms=terms)
