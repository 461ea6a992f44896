"""Turn the article arguments of a command line into article files.

A file argument is taken as given, whatever its extension (the loader refuses what it cannot
read). A folder stands for the articles in it: files with an article extension, hidden files
and folders skipped, in name order; only its own files unless `recursive`. An argument with
shell wildcards that matches no file is expanded as a pattern (for shells that do not).
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from claimdiff.errors import InputError

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
"""Extensions of the files a folder is searched for (case-insensitive)."""


@dataclass(slots=True)
class Inputs:
    """The article files found, and one error per argument that gave none."""

    paths: list[Path] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)


def is_article(path: Path) -> bool:
    """A visible file with an article extension."""
    return not path.name.startswith(".") and path.suffix.lower() in ARTICLE_SUFFIXES


def expand_paths(arguments: Iterable[Path | str], *, recursive: bool = False) -> Inputs:
    """The article files named by `arguments`, in order, each at most once."""
    found = Inputs()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = _identity(path)
        if key not in seen:
            seen.add(key)
            found.paths.append(path)

    for argument in arguments:
        path = Path(argument)
        try:
            if path.is_dir():
                articles = _folder_articles(path, recursive)
                if not articles:
                    where = "this folder or below it" if recursive else "this folder"
                    found.errors.append(
                        InputError(path, f"no articles ({_suffix_list()}) in {where}")
                    )
                for article in articles:
                    add(article)
            elif path.exists():
                add(path)
            elif _has_wildcards(str(argument)):
                matches = [Path(m) for m in sorted(glob.glob(str(argument), recursive=recursive))]
                matches = [m for m in matches if m.is_file()]
                if not matches:
                    found.errors.append(InputError(path, "no file matches this pattern"))
                for match in matches:
                    add(match)
            elif path.is_symlink():
                found.errors.append(InputError(path, "broken link: its target does not exist"))
            else:
                found.errors.append(InputError(path, "no such file or folder"))
        except PermissionError:
            found.errors.append(InputError(path, "permission denied"))
        except OSError as exc:
            found.errors.append(InputError(path, f"cannot be read ({exc.strerror or exc})"))
    return found


def _folder_articles(folder: Path, recursive: bool) -> list[Path]:
    """Article files in `folder` (and its visible sub-folders when `recursive`), sorted."""
    articles: list[Path] = []

    def top_level_only(error: OSError) -> None:
        # The folder named on the command line must be readable; unreadable sub-folders of a
        # recursive search are skipped like hidden ones.
        if error.filename == os.fspath(folder):
            raise error

    for root, dirs, files in os.walk(folder, onerror=top_level_only):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        base = Path(root)
        articles.extend(
            base / name for name in sorted(files, key=_name_key) if is_article(base / name)
        )
    return [p for p in articles if p.is_file()]


def _name_key(name: str) -> tuple[str, str]:
    return (name.casefold(), name)


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def _has_wildcards(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _suffix_list() -> str:
    return ", ".join(ARTICLE_SUFFIXES)
