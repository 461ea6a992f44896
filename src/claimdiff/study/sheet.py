"""Read and validate a study's fact sheet (TOML, `schema = 1`).

The format is documented for users in `docs/fact-sheet.md`. Every problem becomes one
`SheetError(path, problem)` naming the file and, where it applies, the fact: a sheet is written
by hand, and a typo must never silently change a verdict or end in a traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from claimdiff.errors import SheetError
from claimdiff.model import CERTAINTIES, FACT_KINDS, FACT_SOURCES, Fact, Sheet, Study
from claimdiff.safe_text import one_line

SCHEMA = 1
"""The only sheet schema this version reads."""

TOP_KEYS = ("schema", "study", "terms", "facts")
STUDY_KEYS = (
    "id",
    "title",
    "authors",
    "journal",
    "published",
    "doi",
    "url",
    "institutions",
    "subjects",
)
FACT_KEYS = ("id", "text", "kind", "source", "certainty", "scope", "also")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")
_FACTS_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(?:facts|\"facts\"|'facts')[ \t]*\]\]", re.MULTILINE)


def load_sheet(path: Path | str) -> Sheet:
    """Read and validate a fact sheet file; raise SheetError with a one-line reason."""
    path = Path(path)
    if path.is_dir():
        raise SheetError(path, "is a folder, not a fact sheet (expected a .toml file)")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SheetError(path, "no such file") from None
    except PermissionError:
        raise SheetError(path, "permission denied") from None
    except OSError as exc:
        raise SheetError(path, f"cannot be read ({exc.strerror or exc})") from None
    if data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark, as some editors write
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SheetError(
            path,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the sheet as UTF-8",
        ) from None
    return parse_sheet(text, path)


def parse_sheet(text: str, path: Path | str = "<sheet>") -> Sheet:
    """Validate the text of a fact sheet; `path` is used in messages and kept on the Sheet."""
    path = Path(path)
    raw = _parse_toml(text, path)
    return _Validator(path, text).sheet(raw)


def _parse_toml(text: str, path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = ""
        if m := _TOML_POSITION.search(message):
            message = message[: m.start()]
            where = f" at line {m.group(1)}, column {m.group(2)}"
        elif m := _TOML_END.search(message):
            message = message[: m.start()]
            where = f" at the end of the file (line {text.count(chr(10)) + 1})"
        message = message[:1].lower() + message[1:]
        raise SheetError(path, f"TOML syntax error{where}: {message}") from None
    except RecursionError:
        raise SheetError(path, "TOML syntax error: arrays or tables nested too deeply") from None


# --------------------------------------------------------------------------- validation


def _type_name(value: object) -> str:
    """How a TOML value's type is named in messages."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dt.datetime):
        return "a date and time"
    if isinstance(value, dt.date):
        return "a date"
    if isinstance(value, dt.time):
        return "a time"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _one_of(values: tuple[str, ...]) -> str:
    """'a, b or c'."""
    return ", ".join(values[:-1]) + f" or {values[-1]}" if len(values) > 1 else values[0]


def _quoted(value: object) -> str:
    """A value quoted for a message: one line, shortened, control characters made visible."""
    text = one_line(str(value))
    if len(text) > 60:
        text = text[:57] + "..."
    return f'"{text}"'


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


class _Validator:
    """Turns parsed TOML into a Sheet, raising one SheetError for the first problem."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._header_lines: list[int] | None = None

    def fail(self, problem: str) -> SheetError:
        return SheetError(self.path, problem)

    # ---- whole sheet

    def sheet(self, raw: dict[str, object]) -> Sheet:
        self.check_keys(raw, TOP_KEYS, "the sheet", "top-level key")
        self.check_schema(raw)
        study = self.study(raw.get("study"))
        terms = self.terms(raw.get("terms", {}))
        facts = self.facts(raw.get("facts"), study)
        return Sheet(path=self.path, study=study, facts=facts, terms=terms)

    def check_schema(self, raw: Mapping[str, object]) -> None:
        if "schema" not in raw:
            raise self.fail(f'missing "schema = {SCHEMA}" at the top of the sheet')
        schema = raw["schema"]
        if isinstance(schema, bool) or not isinstance(schema, int):
            raise self.fail(f"schema must be a whole number, not {_type_name(schema)}")
        if schema != SCHEMA:
            newer = " (written for a newer claimdiff; upgrade claimdiff)" if schema > SCHEMA else ""
            raise self.fail(
                f"unsupported schema {schema}: this claimdiff reads schema {SCHEMA}{newer}"
            )

    def check_keys(
        self, table: Mapping[str, object], allowed: tuple[str, ...], where: str, what: str
    ) -> None:
        for key in table:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
                hint = f'did you mean "{close[0]}"? ' if close else ""
                raise self.fail(
                    f"{where}: unknown {what} {_quoted(key)} ({hint}allowed: {', '.join(allowed)})"
                )

    # ---- [study]

    def study(self, table: object) -> Study:
        if table is None:
            raise self.fail("missing [study] table (it needs at least id and title)")
        if not isinstance(table, dict):
            raise self.fail(f"study must be a table ([study]), not {_type_name(table)}")
        self.check_keys(table, STUDY_KEYS, "[study]", "key")
        published = table.get("published")
        return Study(
            id=self.identifier(table, "[study]", "study.id"),
            title=self.required_text(table, "title", "[study]", "study.title"),
            authors=self.text_list(table, "authors", "[study]", "study.authors"),
            journal=self.optional_text(table, "journal", "[study]", "study.journal"),
            published=None if published is None else self.date(published),
            doi=self.optional_text(table, "doi", "[study]", "study.doi"),
            url=self.optional_text(table, "url", "[study]", "study.url"),
            institutions=self.text_list(table, "institutions", "[study]", "study.institutions"),
            subjects=self.optional_text(table, "subjects", "[study]", "study.subjects"),
        )

    def date(self, value: object) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail(
                    f"[study]: published {_quoted(value)} is not a date "
                    "(write published = 2021-07-01)"
                ) from None
        raise self.fail(
            f"[study]: published must be a date such as 2021-07-01, not {_type_name(value)}"
        )

    # ---- [terms]

    def terms(self, table: object) -> dict[str, tuple[str, ...]]:
        if not isinstance(table, dict):
            raise self.fail(f"terms must be a table ([terms]), not {_type_name(table)}")
        terms: dict[str, tuple[str, ...]] = {}
        for key, value in table.items():
            where = f"[terms] {_quoted(key)}"
            if not key.strip():
                raise self.fail("[terms]: a term must not be empty")
            if isinstance(value, dict):
                raise self.fail(
                    f"{where} must be a list of phrases, not a table "
                    "(put keys that contain a dot in quotes)"
                )
            terms[key] = self.text_list(table, key, where, "its phrases")
        return terms

    # ---- [[facts]]

    def facts(self, value: object, study: Study) -> tuple[Fact, ...]:
        if value is None:
            raise self.fail("no facts: add at least one [[facts]] table with an id and a text")
        if isinstance(value, dict):
            raise self.fail("facts must be an array of tables: write [[facts]] before each fact")
        if not isinstance(value, list):
            raise self.fail(f"facts must be an array of [[facts]] tables, not {_type_name(value)}")
        if not value:
            raise self.fail("no facts: add at least one [[facts]] table with an id and a text")
        facts: list[Fact] = []
        first_seen: dict[str, int] = {}
        for index, table in enumerate(value):
            fact = self.fact(table, index, study)
            if fact.id in first_seen:
                earlier = first_seen[fact.id]
                raise self.fail(
                    f"duplicate fact id {_quoted(fact.id)}: {self.fact_label(earlier)} "
                    f"and {self.fact_label(index)} both use it (ids must be unique)"
                )
            first_seen[fact.id] = index
            facts.append(fact)
        return tuple(facts)

    def fact(self, table: object, index: int, study: Study) -> Fact:
        label = self.fact_label(index)
        if not isinstance(table, dict):
            raise self.fail(f"{label} must be a table, not {_type_name(table)}")
        if "id" not in table:
            raise self.fail(f"{label}: missing id")
        fact_id = self.identifier(table, label, "id")
        where = f"fact {_quoted(fact_id)}"
        self.check_keys(table, FACT_KEYS, where, "key")
        kind = self.choice(table, "kind", FACT_KINDS, "result", where)
        scope = self.optional_text(table, "scope", where, "scope", keep_empty=True)
        if scope is None and "scope" not in table and kind == "result":
            scope = study.subjects
        return Fact(
            id=fact_id,
            text=self.required_text(table, "text", where, "text"),
            kind=kind,  # type: ignore[arg-type]
            source=self.choice(table, "source", FACT_SOURCES, "paper", where),  # type: ignore[arg-type]
            certainty=self.choice(table, "certainty", CERTAINTIES, "shown", where),  # type: ignore[arg-type]
            scope=scope or None,
            also=self.text_list(table, "also", where, "also"),
        )

    def fact_label(self, index: int) -> str:
        """'fact #3 (line 40)': how a fact without a usable id is named."""
        if self._header_lines is None:  # counted once, in one pass over the text
            self._header_lines = []
            line, at = 1, 0
            for m in _FACTS_HEADER.finditer(self.text):
                line += self.text.count("\n", at, m.start())
                at = m.start()
                self._header_lines.append(line)
        label = f"fact #{index + 1}"
        if index < len(self._header_lines):
            label += f" (line {self._header_lines[index]})"
        return label

    # ---- values

    def identifier(self, table: Mapping[str, object], where: str, name: str) -> str:
        key = name.rsplit(".", 1)[-1]
        value = self.required_text(table, key, where, name)
        if value != value.strip() or _has_control(value):
            raise self.fail(
                f"{where}: {name} {_quoted(value)} must not start or end with spaces "
                "or contain control characters"
            )
        return value

    def required_text(self, table: Mapping[str, object], key: str, where: str, name: str) -> str:
        if key not in table:
            raise self.fail(f"{where}: missing {name}")
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(f"{where}: {name} must be text in quotes, not {_type_name(value)}")
        if not value.strip():
            raise self.fail(f"{where}: {name} is empty")
        return value

    def optional_text(
        self,
        table: Mapping[str, object],
        key: str,
        where: str,
        name: str,
        *,
        keep_empty: bool = False,
    ) -> str | None:
        """A text value, None when absent; blank text is None unless `keep_empty`."""
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}: {name} must be text in quotes, not {_type_name(value)}")
        if not value.strip():
            return "" if keep_empty else None
        return value.strip()

    def text_list(
        self, table: Mapping[str, object], key: str, where: str, name: str
    ) -> tuple[str, ...]:
        value = table.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            raise self.fail(
                f'{where}: {name} must be a list of text, not a single text (write ["..."])'
            )
        if not isinstance(value, list):
            raise self.fail(f"{where}: {name} must be a list of text, not {_type_name(value)}")
        items: list[str] = []
        for position, item in enumerate(value, 1):
            if not isinstance(item, str):
                raise self.fail(
                    f"{where}: {name} item {position} must be text in quotes, "
                    f"not {_type_name(item)}"
                )
            if not item.strip():
                raise self.fail(f"{where}: {name} item {position} is empty")
            items.append(item.strip())
        return tuple(items)

    def choice(
        self,
        table: Mapping[str, object],
        key: str,
        allowed: tuple[str, ...],
        default: str,
        where: str,
    ) -> str:
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(
                f"{where}: {key} must be one of {_one_of(allowed)} in quotes, "
                f"not {_type_name(value)}"
            )
        if value not in allowed:
            folded = value.strip().lower()
            hint = f'; did you mean "{folded}"?' if folded in allowed else ""
            raise self.fail(
                f"{where}: unknown {key} {_quoted(value)} (expected {_one_of(allowed)}){hint}"
            )
        return value
