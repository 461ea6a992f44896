"""Teach a fact sheet from a review: keep a claim's wording as an `also` phrasing of a fact,
or as a `[background]` example, in the sheet file itself.

The file is edited with tomlkit, so the user's comments, order and layout stay as they were:
only the one list changes. An edit is checked (`parse_sheet`) before it is written, and written
atomically (a temporary file renamed over the sheet), so a sheet is never left broken or half
written. A schema 1 sheet that gets a `[background]` example becomes schema 2 (the only schema
that has it); the edit says so. Every edit can be undone by its `undo()`.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimdiff.errors import SheetError
from claimdiff.model import Sheet
from claimdiff.safe_text import one_line
from claimdiff.study.sheet import load_sheet, parse_sheet


@dataclass(frozen=True, slots=True)
class SheetEdit:
    """One change to a sheet file, and how to take it back."""

    path: Path
    what: str  # for people: 'fact "cold": also + "more sensitive to cold"'
    fact_id: str | None  # None: a background example
    phrasing: str
    added: bool  # False when the phrasing was already there (nothing changed)
    schema_raised: bool = False

    def undo(self) -> SheetEdit:
        """Take the change back (a no-op edit when nothing had changed)."""
        if not self.added:
            return self
        if self.fact_id is None:
            return remove_background(self.path, self.phrasing, lower_schema=self.schema_raised)
        return remove_also(self.path, self.fact_id, self.phrasing)


def _read(path: Path) -> Any:
    import tomlkit

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    load_sheet(path)  # a sheet that does not load is not edited (SheetError says why)
    return tomlkit.parse(text)


def _write(path: Path, document: Any, *, trim_end: bool = False) -> Sheet:
    """Check the edited sheet, then replace the file with it atomically."""
    import tomlkit

    text = tomlkit.dumps(document)
    if trim_end:  # a table taken away leaves the blank line that came before it
        text = text.rstrip("\n") + "\n"
    sheet = parse_sheet(text, path)  # never write a sheet that would not load
    directory = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise SheetError(path, f"cannot be written ({exc.strerror or exc})") from None
    return sheet


def _fact_table(document: Any, path: Path, fact_id: str) -> Any:
    for table in document.get("facts", []):
        if table.get("id") == fact_id:
            return table
    raise SheetError(path, f'no fact "{one_line(fact_id)}" in the sheet (was it renamed?)')


def _clean(phrasing: str) -> str:
    text = " ".join(phrasing.split())
    if not text:
        raise ValueError("an empty phrasing")
    return text


def add_also(path: Path | str, fact_id: str, phrasing: str) -> SheetEdit:
    """Add `phrasing` to the `also` list of fact `fact_id` (nothing if it is there already)."""
    import tomlkit

    path = Path(path)
    phrasing = _clean(phrasing)
    document = _read(path)
    table = _fact_table(document, path, fact_id)
    what = f'fact "{fact_id}": also + "{phrasing}"'
    also = table.get("also")
    if also is not None and phrasing in [str(a) for a in also]:
        return SheetEdit(path, what, fact_id, phrasing, added=False)
    if also is None:
        also = tomlkit.array()
        table["also"] = also
    also.append(phrasing)
    _write(path, document)
    return SheetEdit(path, what, fact_id, phrasing, added=True)


def remove_also(path: Path | str, fact_id: str, phrasing: str) -> SheetEdit:
    """Remove `phrasing` from fact `fact_id`'s `also` list (an empty list goes too)."""
    path = Path(path)
    document = _read(path)
    table = _fact_table(document, path, fact_id)
    what = f'fact "{fact_id}": also - "{phrasing}"'
    also = table.get("also")
    items = [str(a) for a in also] if also is not None else []
    if phrasing not in items:
        return SheetEdit(path, what, fact_id, phrasing, added=False)
    also.pop(items.index(phrasing))
    if not len(also):
        del table["also"]
    _write(path, document)
    return SheetEdit(path, what, fact_id, phrasing, added=True)


def add_background(path: Path | str, example: str) -> SheetEdit:
    """Add `example` to `[background] examples` (creating the table; a schema 1 sheet
    becomes schema 2)."""
    import tomlkit

    path = Path(path)
    example = _clean(example)
    document = _read(path)
    what = f'[background]: examples + "{example}"'
    raised = False
    table = document.get("background")
    if table is None:
        if document.get("schema") == 1:
            document["schema"] = 2
            raised = True
            what += " (the sheet is now schema 2)"
        table = tomlkit.table()
        table["examples"] = tomlkit.array()
        document.add(tomlkit.nl())
        document["background"] = table
    examples = table.get("examples")
    if examples is None:
        examples = tomlkit.array()
        table["examples"] = examples
    if example in [str(e) for e in examples]:
        return SheetEdit(path, what, None, example, added=False)
    examples.append(example)
    _write(path, document)
    return SheetEdit(path, what, None, example, added=True, schema_raised=raised)


def remove_background(path: Path | str, example: str, *, lower_schema: bool = False) -> SheetEdit:
    """Remove `example` from `[background] examples`; with `lower_schema`, an emptied
    `[background]` goes and the sheet returns to schema 1 (undoing `add_background`)."""
    path = Path(path)
    document = _read(path)
    what = f'[background]: examples - "{example}"'
    table = document.get("background")
    examples = table.get("examples") if table is not None else None
    items = [str(e) for e in examples] if examples is not None else []
    if examples is None or example not in items:
        return SheetEdit(path, what, None, example, added=False)
    examples.pop(items.index(example))
    if lower_schema and not len(examples):
        del document["background"]
        if document.get("schema") == 2 and "related" not in document:
            document["schema"] = 1
    _write(path, document, trim_end=lower_schema)
    return SheetEdit(path, what, None, example, added=True)
