"""The settings file: typed (a wrong type is reported with its line), comments kept on save,
two viewers saving at once keep each other's change, never written when it could not be read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimdiff.errors import ClaimdiffError
from claimdiff.tui.config import Config

WRITTEN = """# my claimdiff settings
theme = "nord"   # the dark one

# who signs the ClaimReview exports
author = "A. Reviewer"

[keymap]
# vi keys are fine, but I like n/p
"claim.next" = "n,down"
"""


def test_saving_keeps_the_users_comments_and_order(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(WRITTEN)
    config = Config.load(path)
    assert (config.theme, config.author, config.keymap) == (
        "nord", "A. Reviewer", {"claim.next": "n,down"},
    )  # fmt: skip
    assert config.warnings == [] and config.problem is None
    config.theme = "dracula"
    config.save()
    assert path.read_text() == WRITTEN.replace('"nord"', '"dracula"')
    config.save()  # nothing changed since: nothing written
    assert path.read_text() == WRITTEN.replace('"nord"', '"dracula"')


def test_a_new_file_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    config = Config.load(path)
    config.theme = "gruvbox"
    config.save()
    text = path.read_text()
    assert text.startswith("# claimdiff settings") and 'theme = "gruvbox"' in text
    assert Config.load(path).theme == "gruvbox"


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ('author = "x"\ntheme = 3\n', "config.toml line 2: theme must be text, not a number"),
        ("theme = true\n", "config.toml line 1: theme must be text, not true or false"),
        ('theme = ["nord"]\n', "config.toml line 1: theme must be text, not a list"),
        ("author = 1979-05-27\n", "config.toml line 1: author must be text, not a date or time"),
        ('them = "nord"\n', "config.toml line 1: unknown setting 'them'"),
        ('keymap = "n"\n', "config.toml line 1: keymap must be a table, not text"),
        ('theme = "nord"\n\n[keymap]\n"claim.next" = 5\n',
         "config.toml line 4: the keys of 'claim.next' must be text"),
    ],
)  # fmt: skip
def test_a_setting_of_the_wrong_type_is_reported_with_its_line(
    tmp_path: Path, text: str, warning: str
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text)
    config = Config.load(path)
    assert config.problem is None
    (said,) = config.warnings
    assert said.startswith(str(tmp_path / warning.split(":")[0])) and warning in said
    assert said.endswith("; ignored")
    if "keymap" in text and "claim.next" in text:
        assert config.theme == "nord" and config.keymap == {}  # the good settings are used


def test_two_viewers_saving_keep_each_others_change(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(WRITTEN)
    one, two = Config.load(path), Config.load(path)
    one.theme = "dracula"
    one.save()
    two.author = "B. Checker"
    two.save()
    final = Config.load(path)
    assert (final.theme, final.author) == ("dracula", "B. Checker")
    assert "# vi keys are fine" in path.read_text()


def test_a_broken_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("theme = [unclosed\n")
    broken = Config.load(path)
    assert broken.problem and broken.problem.startswith(f"{path}: ") and broken.theme is None
    broken.theme = "dracula"
    broken.save()
    assert path.read_text() == "theme = [unclosed\n"


def test_a_fifo_or_a_read_only_file(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    assert "FIFO" in (Config.load(fifo).problem or "")  # never waits for a writer
    locked = tmp_path / "locked.toml"
    locked.write_text(WRITTEN)
    locked.chmod(0o444)
    config = Config.load(locked)
    config.theme = "dracula"
    with pytest.raises(ClaimdiffError, match="is read-only; it was not overwritten"):
        config.save()
    assert locked.read_text() == WRITTEN
