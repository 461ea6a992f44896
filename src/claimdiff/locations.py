"""Where claimdiff finds its bundled samples and keeps its data and configuration."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def samples_dir() -> Path:
    """The bundled samples: inside the package when installed, else the source tree's."""
    for candidate in (_PACKAGE / "samples", _PACKAGE.parents[1] / "samples"):
        if (candidate / "studies").is_dir():
            return candidate
    return _PACKAGE.parents[1] / "samples"


def bundled_sheet() -> Path:
    """The fact sheet used when no `--study` is given."""
    return samples_dir() / "studies" / "goebel2021.toml"


def bundled_articles() -> list[Path]:
    """The bundled sample articles, in name order."""
    folder = samples_dir() / "articles"
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def data_file(name: str) -> Path:
    """A study-independent language data file shipped in `claimdiff/data/`."""
    return _PACKAGE / "data" / name
