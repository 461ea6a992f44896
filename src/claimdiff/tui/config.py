"""The user's TUI settings, kept in `config.toml` under the user's config directory.

    theme = "nord"          # any Textual theme; changed from the palette and remembered
    author = "A. Reviewer"  # named as author in ClaimReview exports

    [keymap]                # binding id = keys, e.g. move with n/p instead of j/k
    "claim.next" = "n,down"

`CLAIMDIFF_CONFIG` names another file. A broken file is reported and ignored, never
overwritten: the theme is then not saved either.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from claimdiff.results.files import atomic_write_text


def config_path() -> Path:
    override = os.environ.get("CLAIMDIFF_CONFIG")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("claimdiff", appauthor=False)) / "config.toml"


@dataclass
class Config:
    """Settings read from the config file."""

    path: Path
    theme: str | None = None
    author: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    problem: str | None = None  # why the file could not be used (then it is never written)

    @classmethod
    def load(cls, path: Path | None = None) -> Config:
        path = path or config_path()
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return cls(path, problem=f"{path}: {exc}; settings ignored")
        theme, author = raw.get("theme"), raw.get("author")
        keymap = raw.get("keymap", {})
        if not isinstance(keymap, dict):
            keymap = {}
        return cls(
            path,
            theme=theme if isinstance(theme, str) else None,
            author=author if isinstance(author, str) else None,
            keymap={str(k): v for k, v in keymap.items() if isinstance(v, str)},
        )

    def save(self) -> None:
        """Write the settings (atomically); a file we could not read is left alone."""
        if self.problem:
            return
        lines = ["# claimdiff settings (written by claimdiff; comments are not kept)"]
        if self.theme:
            lines.append(f"theme = {_toml_str(self.theme)}")
        if self.author:
            lines.append(f"author = {_toml_str(self.author)}")
        if self.keymap:
            lines += ["", "[keymap]"]
            lines += [f"{_toml_str(k)} = {_toml_str(v)}" for k, v in sorted(self.keymap.items())]
        atomic_write_text(self.path, "\n".join(lines) + "\n")


def _toml_str(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, given raw non-ASCII)."""
    return json.dumps(value, ensure_ascii=False)
