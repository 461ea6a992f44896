"""Read and validate a study's fact sheet (TOML, `schema = 1` or `schema = 2`).

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
from claimdiff.model import (
    CERTAINTIES,
    FACT_KINDS,
    FACT_SOURCES,
    Fact,
    RelatedStudy,
    Rounding,
    Sheet,
    Study,
)
from claimdiff.safe_text import one_line

SCHEMA = 2
"""The newest sheet schema this version reads (and writes)."""
SCHEMAS = (1, 2)
"""Every schema this version reads: a schema 1 sheet loads as it always did."""

TOP_KEYS = ("schema", "study", "terms", "facts", "related", "background")
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
    "observational",
)
FACT_KEYS = (
    "id",
    "text",
    "kind",
    "source",
    "certainty",
    "scope",
    "also",
    "subjects",
    "speaker",
    "rounding",
    "association",
    "not_done",
)
RELATED_KEYS = (
    "id",
    "title",
    "relation",
    "authors",
    "journal",
    "published",
    "doi",
    "url",
    "subjects",
    "facts",
)
BACKGROUND_KEYS = ("examples",)
SCHEMA_2_KEYS = frozenset(
    {"related", "background", "observational", "subjects@fact"}
    | {"speaker", "rounding", "association", "not_done"}
)
"""Keys a schema 1 sheet may not use (`subjects@fact`: `subjects` in a fact; in [study] it
has always been allowed)."""

ASSOCIATION_KINDS = ("result", "conclusion")
NOT_DONE_KINDS = ("design", "caveat")
SPEAKER_SOURCES = ("investigator", "commentary")

_NUMBER = re.compile(r"^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?$")

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_END = re.compile(r"\s*\(at end of document\)$")


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


def _header_pattern(header: str) -> re.Pattern[str]:
    """`[[facts]]` or `[[related.facts]]` at the start of a line (bare or quoted keys)."""
    parts = [
        rf"""(?:{re.escape(p)}|"{re.escape(p)}"|'{re.escape(p)}')""" for p in header.split(".")
    ]
    return re.compile(
        r"^[ \t]*\[\[[ \t]*" + r"[ \t]*\.[ \t]*".join(parts) + r"[ \t]*\]\]", re.MULTILINE
    )


def _contains_number(text: str, number: str) -> bool:
    """`number` ("2,149", "38.5%") is written in `text`, not as part of a longer number."""
    pattern = r"(?<![\d.,])" + re.escape(number) + r"(?![\d]|[.,]\d)"
    return re.search(pattern, text) is not None


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text)


class _Validator:
    """Turns parsed TOML into a Sheet, raising one SheetError for the first problem."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.schema = SCHEMA
        self._header_lines: dict[str, list[int]] = {}

    def fail(self, problem: str) -> SheetError:
        return SheetError(self.path, problem)

    # ---- whole sheet

    def sheet(self, raw: dict[str, object]) -> Sheet:
        self.check_schema(raw)
        self.check_keys(raw, TOP_KEYS, "the sheet", "top-level key")
        study = self.study(raw.get("study"))
        terms = self.terms(raw.get("terms", {}))
        facts = self.facts(raw.get("facts"), study)
        related = self.related(raw.get("related", []), study, facts)
        background = self.background(raw.get("background", {}))
        return Sheet(
            path=self.path,
            study=study,
            facts=facts,
            terms=terms,
            schema=self.schema,
            related=related,
            background=background,
        )

    def check_schema(self, raw: Mapping[str, object]) -> None:
        if "schema" not in raw:
            raise self.fail(f'missing "schema = {SCHEMA}" at the top of the sheet')
        schema = raw["schema"]
        if isinstance(schema, bool) or not isinstance(schema, int):
            raise self.fail(f"schema must be a whole number, not {_type_name(schema)}")
        if schema not in SCHEMAS:
            newer = " (written for a newer claimdiff; upgrade claimdiff)" if schema > SCHEMA else ""
            raise self.fail(
                f"unsupported schema {schema}: this claimdiff reads schema "
                f"{_one_of(tuple(str(n) for n in SCHEMAS))}{newer}"
            )
        self.schema = schema

    def check_keys(
        self,
        table: Mapping[str, object],
        allowed: tuple[str, ...],
        where: str,
        what: str,
        *,
        fact: bool = False,
    ) -> None:
        """Refuse unknown keys, and schema 2 keys in a schema 1 sheet (with the fix)."""
        for key in table:
            if key in allowed:
                marker = f"{key}@fact" if fact and key == "subjects" else key
                if self.schema < 2 and marker in SCHEMA_2_KEYS:
                    raise self.fail(
                        f"{where}: {_quoted(key)} needs schema 2, and this sheet says "
                        f"schema = {self.schema} (write schema = 2 at the top)"
                    )
                continue
            usable = tuple(
                k
                for k in allowed
                if self.schema >= 2
                or (f"{k}@fact" if fact and k == "subjects" else k) not in SCHEMA_2_KEYS
            )
            close = difflib.get_close_matches(key, usable, n=1, cutoff=0.6)
            hint = f'did you mean "{close[0]}"? ' if close else ""
            raise self.fail(
                f"{where}: unknown {what} {_quoted(key)} ({hint}allowed: {', '.join(usable)})"
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
            published=None if published is None else self.date(published, "[study]"),
            doi=self.optional_text(table, "doi", "[study]", "study.doi"),
            url=self.optional_text(table, "url", "[study]", "study.url"),
            institutions=self.text_list(table, "institutions", "[study]", "study.institutions"),
            subjects=self.optional_text(table, "subjects", "[study]", "study.subjects"),
            observational=bool(self.flag(table, "observational", "[study]")),
        )

    def date(self, value: object, where: str) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                raise self.fail(
                    f"{where}: published {_quoted(value)} is not a date "
                    "(write published = 2021-07-01)"
                ) from None
        raise self.fail(
            f"{where}: published must be a date such as 2021-07-01, not {_type_name(value)}"
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
        return self.fact_tables(value, "facts", "", study.subjects, study.observational, None)

    def fact_tables(
        self,
        value: object,
        header: str,
        owner: str,
        subjects: str | None,
        observational: bool,
        study_id: str | None,
    ) -> tuple[Fact, ...]:
        """The facts of one `[[facts]]` (or `[[related.facts]]`) array; ids unique in it."""
        if isinstance(value, dict):
            raise self.fail(
                f"{owner}{header} must be an array of tables: write [[{header}]] before each fact"
            )
        if not isinstance(value, list):
            raise self.fail(
                f"{owner}{header} must be an array of [[{header}]] tables, not {_type_name(value)}"
            )
        if not value:
            raise self.fail(
                f"{owner}no facts: add at least one [[{header}]] table with an id and a text"
            )
        facts: list[Fact] = []
        first_seen: dict[str, int] = {}
        for index, table in enumerate(value):
            label = owner + self.fact_label(index, header)
            fact = self.fact(table, label, subjects, observational, study_id)
            if fact.id in first_seen:
                earlier = first_seen[fact.id]
                raise self.fail(
                    f"duplicate fact id {_quoted(fact.id)}: "
                    f"{owner}{self.fact_label(earlier, header)} "
                    f"and {label} both use it (ids must be unique)"
                )
            first_seen[fact.id] = index
            facts.append(fact)
        return tuple(facts)

    def fact(
        self,
        table: object,
        label: str,
        subjects: str | None,
        observational: bool,
        study_id: str | None,
    ) -> Fact:
        if not isinstance(table, dict):
            raise self.fail(f"{label} must be a table, not {_type_name(table)}")
        if "id" not in table:
            raise self.fail(f"{label}: missing id")
        fact_id = self.identifier(table, label, "id")
        where = f"fact {_quoted(fact_id)}"
        self.check_keys(table, FACT_KEYS, where, "key", fact=True)
        text = self.required_text(table, "text", where, "text")
        kind = self.choice(table, "kind", FACT_KINDS, "result", where)
        source = self.choice(table, "source", FACT_SOURCES, "paper", where)
        own_subjects = self.text_list(table, "subjects", where, "subjects", single=True)
        scope = self.optional_text(table, "scope", where, "scope", keep_empty=True)
        if scope is None and "scope" not in table:
            if own_subjects:
                scope = " and ".join(own_subjects)
            elif kind == "result":
                scope = subjects
        association = self.flag(table, "association", where, default=None)
        if association and kind not in ASSOCIATION_KINDS:
            raise self.fail(
                f"{where}: association applies to result and conclusion facts, "
                f'not to a {kind} (set kind = "result")'
            )
        not_done = bool(self.flag(table, "not_done", where))
        if not_done and kind not in NOT_DONE_KINDS:
            raise self.fail(
                f"{where}: not_done applies to design and caveat facts, not to a {kind} "
                '(set kind = "design" for what was not measured, kind = "caveat" for what '
                "was not tested)"
            )
        speaker = self.optional_text(table, "speaker", where, "speaker")
        if speaker is not None and kind != "quote" and source not in SPEAKER_SOURCES:
            raise self.fail(
                f'{where}: speaker applies to kind = "quote" facts and to facts whose source '
                f"is investigator or commentary, not to a {kind} from the {source}"
            )
        return Fact(
            id=fact_id,
            text=text,
            kind=kind,  # type: ignore[arg-type]
            source=source,  # type: ignore[arg-type]
            certainty=self.choice(table, "certainty", CERTAINTIES, "shown", where),  # type: ignore[arg-type]
            scope=scope or None,
            also=self.text_list(table, "also", where, "also"),
            subjects=own_subjects,
            speaker=speaker,
            rounding=self.rounding(table.get("rounding"), text, where),
            association=(observational and kind == "result")
            if association is None
            else association,
            not_done=not_done,
            study=study_id,
        )

    def rounding(self, value: object, text: str, where: str) -> tuple[Rounding, ...]:
        """`rounding = { "2,149" = 100 }`: each number as the text writes it, and the
        coarsest step coverage may round it to."""
        if value is None:
            return ()
        example = '(write rounding = { "2,149" = 100 })'
        if not isinstance(value, dict):
            raise self.fail(
                f"{where}: rounding must be a table of numbers, not {_type_name(value)} {example}"
            )
        out: list[Rounding] = []
        for number, step in value.items():
            written = number.strip()
            if not _NUMBER.match(written):
                raise self.fail(
                    f"{where}: rounding {_quoted(number)} is not a number as the text writes "
                    f"it {example}"
                )
            if not _contains_number(text, written):
                raise self.fail(
                    f"{where}: rounding {_quoted(number)} does not appear in the fact's text "
                    "(write the number exactly as the text does)"
                )
            if isinstance(step, bool) or not isinstance(step, int | float) or step <= 0:
                shown = (
                    step
                    if isinstance(step, int | float) and not isinstance(step, bool)
                    else (_type_name(step))
                )
                raise self.fail(
                    f"{where}: rounding {_quoted(number)} must be a positive step such as 10, "
                    f"100 or 0.5, not {shown}"
                )
            numeric = written.replace(",", "").replace("%", "").replace("−", "-").strip()
            out.append(Rounding(text=written, value=float(numeric), step=float(step)))
        return tuple(out)

    def fact_label(self, index: int, header: str = "facts") -> str:
        """'fact #3 (line 40)': how a fact without a usable id is named."""
        lines = self._header_lines.get(header)
        if lines is None:  # counted once per header, in one pass over the text
            lines = []
            line, at = 1, 0
            for m in _header_pattern(header).finditer(self.text):
                line += self.text.count("\n", at, m.start())
                at = m.start()
                lines.append(line)
            self._header_lines[header] = lines
        label = f"fact #{index + 1}"
        if index < len(lines) and header == "facts":
            label += f" (line {lines[index]})"
        return label

    # ---- [[related]] and [background] (schema 2)

    def related(
        self, value: object, study: Study, facts: tuple[Fact, ...]
    ) -> tuple[RelatedStudy, ...]:
        if isinstance(value, dict):
            raise self.fail("related must be an array of tables: write [[related]] before each")
        if not isinstance(value, list):
            raise self.fail(
                f"related must be an array of [[related]] tables, not {_type_name(value)}"
            )
        owners = {f.id: "this study's facts" for f in facts}
        out: list[RelatedStudy] = []
        seen = {study.id}
        for index, table in enumerate(value, 1):
            label = f"related study #{index}"
            if not isinstance(table, dict):
                raise self.fail(f"{label} must be a table, not {_type_name(table)}")
            self.check_keys(table, RELATED_KEYS, label, "key")
            related_id = self.identifier(table, label, "id")
            where = f"related study {_quoted(related_id)}"
            if related_id in seen:
                what = "the study's own id" if related_id == study.id else "another related study"
                raise self.fail(f"{where}: id is already used by {what} (ids must be unique)")
            seen.add(related_id)
            subjects = self.optional_text(table, "subjects", where, "subjects")
            if "facts" not in table:
                raise self.fail(
                    f"{where}: no facts: add at least one [[related.facts]] table with the "
                    "finding coverage confuses with this study's"
                )
            related_facts = self.fact_tables(
                table["facts"], "related.facts", f"{where}: ", subjects, False, related_id
            )
            for f in related_facts:
                if f.id in owners:
                    raise self.fail(
                        f"{where}: fact id {_quoted(f.id)} is already used by {owners[f.id]} "
                        "(fact ids must be unique in the whole sheet)"
                    )
                owners[f.id] = f"related study {_quoted(related_id)}"
            published = table.get("published")
            out.append(
                RelatedStudy(
                    id=related_id,
                    title=self.required_text(table, "title", where, "title"),
                    relation=self.optional_text(table, "relation", where, "relation"),
                    authors=self.text_list(table, "authors", where, "authors"),
                    journal=self.optional_text(table, "journal", where, "journal"),
                    published=None if published is None else self.date(published, where),
                    doi=self.optional_text(table, "doi", where, "doi"),
                    url=self.optional_text(table, "url", where, "url"),
                    subjects=subjects,
                    facts=related_facts,
                )
            )
        return tuple(out)

    def background(self, table: object) -> tuple[str, ...]:
        if not isinstance(table, dict):
            raise self.fail(
                f"background must be a table ([background] with examples = [...]), "
                f"not {_type_name(table)}"
            )
        self.check_keys(table, BACKGROUND_KEYS, "[background]", "key")
        return self.text_list(table, "examples", "[background]", "examples")

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
        self,
        table: Mapping[str, object],
        key: str,
        where: str,
        name: str,
        *,
        single: bool = False,
    ) -> tuple[str, ...]:
        """A list of text (or, with `single`, one text standing for a list of one)."""
        value = table.get(key)
        if value is None:
            return ()
        if single and isinstance(value, str):
            if not value.strip():
                raise self.fail(f"{where}: {name} is empty")
            return (value.strip(),)
        if isinstance(value, str):
            raise self.fail(
                f'{where}: {name} must be a list of text, not a single text (write ["..."])'
            )
        if not isinstance(value, list):
            expected = "text or a list of text" if single else "a list of text"
            raise self.fail(f"{where}: {name} must be {expected}, not {_type_name(value)}")
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

    def flag(
        self,
        table: Mapping[str, object],
        key: str,
        where: str,
        default: bool | None = False,
    ) -> bool | None:
        """A true/false value; `default` when absent."""
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, bool):
            raise self.fail(
                f"{where}: {key} must be true or false (no quotes), not {_type_name(value)}"
            )
        return value

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
