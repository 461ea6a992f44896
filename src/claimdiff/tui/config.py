"""The user's TUI settings, kept in `config.toml` under the user's config directory.

    theme = "nord"          # any Textual theme; changed from the palette and remembered
    author = "A. Reviewer"  # named as author in ClaimReview exports
    advance = false         # a verdict key stays on the claim (default: on to the next
                            # unreviewed claim)

    [keymap]                # binding id = keys, e.g. move with n/p instead of j/k
    "claim.next" = "n,down"

`CLAIMDIFF_CONFIG` names another file. Settings are typed: one of the wrong type (`theme = 3`)
or one claimdiff does not know (`them = "nord"`) is reported with its line and left out, never
silently ignored. A file that is not TOML is reported and never overwritten (the theme is then
not saved either).

Saving changes only the settings that changed, in place (tomlkit): the user's comments, order
and other settings stay as written. It reads the file again under a lock (filelock), so two
viewers saving at once do not undo each other's change.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdiff.errors import ClaimdiffError
from claimdiff.results.files import read_regular, write_text

LIMIT = 1_000_000  # bytes: a settings file larger than this is not one
SETTINGS: dict[str, str] = {
    "theme": "text",
    "author": "text",
    "advance": "true or false",
    "keymap": "table",
}
HEADER = "claimdiff settings (see docs/tui.md); edit freely: comments are kept"


def config_path() -> Path:
    override = os.environ.get("CLAIMDIFF_CONFIG")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("claimdiff", appauthor=False)) / "config.toml"


_TYPES = {str: "text", int: "a number", float: "a number", bool: "true or false",
          list: "a list", dict: "a table"}  # fmt: skip


def _type_name(value: object) -> str:
    for kind, name in _TYPES.items():
        if isinstance(value, kind):
            return "true or false" if isinstance(value, bool) else name
    return "a date or time"


@dataclass
class Config:
    """Settings read from the config file."""

    path: Path
    theme: str | None = None
    author: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    advance: bool = True  # a verdict key moves on to the next unreviewed claim
    problem: str | None = None  # why the file could not be used (then it is never written)
    warnings: list[str] = field(default_factory=list)  # settings left out, with their lines
    _loaded: dict[str, object] = field(default_factory=dict, repr=False)  # as in the file

    def __post_init__(self) -> None:
        if not self._loaded:  # nothing read yet: the file holds only the defaults
            self._loaded = Config(self.path, _loaded={"-": None})._values()

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        path = path or config_path()
        try:
            text = read_regular(path, LIMIT).decode("utf-8")
            raw = tomllib.loads(text)
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as exc:  # also UnicodeDecodeError and TOMLDecodeError
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            return cls(path, problem=f"{path}: {reason}; settings ignored")
        config = cls(path)
        for key, value in raw.items():
            where = _where(path, text, None, key)
            kind = SETTINGS.get(key)
            if kind is None:
                config.warnings.append(f"{where}: unknown setting {key!r}; ignored")
            elif kind == "text" and not isinstance(value, str):
                config.warnings.append(
                    f"{where}: {key} must be text, not {_type_name(value)}; ignored"
                )
            elif kind == "text":
                setattr(config, key, value)
            elif kind == "true or false":
                if isinstance(value, bool):
                    setattr(config, key, value)
                else:
                    config.warnings.append(
                        f"{where}: {key} must be true or false, not {_type_name(value)}; ignored"
                    )
            elif not isinstance(value, dict):
                config.warnings.append(
                    f"{where}: {key} must be a table, not {_type_name(value)}; ignored"
                )
            else:
                for binding, keys in value.items():
                    if isinstance(keys, str):
                        config.keymap[binding] = keys
                    else:
                        config.warnings.append(
                            f"{_where(path, text, key, binding)}: the keys of {binding!r} must "
                            f'be text such as "n,down", not {_type_name(keys)}; ignored'
                        )
        config._loaded = config._values()
        return config

    def _values(self) -> dict[str, object]:
        return {
            "theme": self.theme,
            "author": self.author,
            "advance": self.advance,
            "keymap": dict(self.keymap),
        }

    def save(self) -> None:
        """Write the settings that changed since loading, keeping everything else in the file
        as the user wrote it. ClaimdiffError if it cannot be written; a file that could not be
        read is left alone."""
        if self.problem:
            return
        changed = {k: v for k, v in self._values().items() if v != self._loaded.get(k)}
        if not changed:
            return
        import filelock
        import tomlkit

        lock = filelock.FileLock(f"{self.path}.lock", timeout=5)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with lock:
                try:
                    text = read_regular(self.path, LIMIT).decode("utf-8")
                except FileNotFoundError:
                    document = tomlkit.document()
                    document.add(tomlkit.comment(HEADER))
                else:
                    document = tomlkit.parse(text)  # it changed meanwhile? its new content
                for key, value in changed.items():
                    _set(document, key, value)
                write_text(self.path, tomlkit.dumps(document))
        except (OSError, ValueError, filelock.Timeout) as exc:  # incl. TOML and decode errors
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ClaimdiffError(self.path, reason or "cannot be written") from None
        self._loaded = self._values()


def _set(document: Any, key: str, value: object) -> None:
    """Set one setting in a tomlkit document (None or an empty table removes it)."""
    if value is None or value == {}:
        if key in document:
            del document[key]
        return
    if isinstance(value, dict):
        import tomlkit

        table = document.get(key)
        if not isinstance(table, dict):
            table = tomlkit.table()
            document[key] = table
        for name in [n for n in table if n not in value]:
            del table[name]
        for name, keys in value.items():
            table[name] = keys
        return
    document[key] = value


def _where(path: Path, text: str, table: str | None, key: str) -> str:
    """`PATH line N` for the line that sets `key` (in `[table]`), else just `PATH`."""
    current: str | None = None
    name = re.escape(key)
    assign = re.compile(rf"""\s*(?:{name}|"{name}"|'{name}')\s*=""")
    header = re.compile(r"\s*\[\s*([^\]]+?)\s*\]")
    for number, line in enumerate(text.splitlines(), 1):
        found = header.match(line)
        if found and not line.lstrip().startswith("[["):
            current = found.group(1).strip("\"'")
            continue
        if current == table and assign.match(line):
            return f"{path} line {number}"
    return str(path)
