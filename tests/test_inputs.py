"""Article arguments: files, folders, patterns, and the errors for the ones that name nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimdiff.locations import bundled_articles
from claimdiff.read.inputs import ARTICLE_SUFFIXES, expand_paths, is_article


def touch(path: Path, text: str = "Some text.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for name in ("b.txt", "A.md", "c.HTML", "d.htm", "e.markdown", "notes.pdf", "image.png"):
        touch(tmp_path / "news" / name)
    touch(tmp_path / "news" / ".hidden.txt")
    touch(tmp_path / "news" / "sub" / "deep.txt")
    touch(tmp_path / "news" / ".git" / "config.txt")
    return tmp_path / "news"


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_folder_is_not_recursive_and_skips_hidden_and_other_files(folder: Path) -> None:
    found = expand_paths([folder])
    assert names(found.paths) == ["A.md", "b.txt", "c.HTML", "d.htm", "e.markdown"]
    assert found.errors == []


def test_recursive_folder_skips_hidden_folders(folder: Path) -> None:
    found = expand_paths([folder], recursive=True)
    assert "deep.txt" in names(found.paths)
    assert "config.txt" not in names(found.paths)


def test_explicit_file_is_taken_whatever_its_extension(tmp_path: Path) -> None:
    odd = touch(tmp_path / "article.text")
    hidden = touch(tmp_path / ".draft.txt")
    assert expand_paths([odd, hidden]).paths == [odd, hidden]


def test_order_is_kept_and_duplicates_dropped(folder: Path) -> None:
    first = folder / "b.txt"
    found = expand_paths([first, folder, str(first)])
    assert found.paths[0] == first
    assert names(found.paths).count("b.txt") == 1


def test_missing_path_is_an_error_and_the_rest_are_kept(folder: Path, tmp_path: Path) -> None:
    found = expand_paths([tmp_path / "missing.txt", folder / "b.txt"])
    assert names(found.paths) == ["b.txt"]
    (error,) = found.errors
    assert error.message == f"{tmp_path / 'missing.txt'}: no such file or folder"


def test_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    touch(tmp_path / "empty" / "photo.jpg")
    (error,) = expand_paths([tmp_path / "empty"]).errors
    assert "no articles (.txt, .md, .markdown, .html, .htm) in this folder" in error.message


def test_unexpanded_wildcard_is_expanded(folder: Path) -> None:
    found = expand_paths([str(folder / "*.txt")])
    assert names(found.paths) == ["b.txt"]
    (error,) = expand_paths([str(folder / "*.doc")]).errors
    assert "no file matches this pattern" in error.message


def test_broken_link(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    (error,) = expand_paths([link]).errors
    assert "broken link" in error.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads anything")
def test_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    touch(locked / "a.txt")
    locked.chmod(0)
    try:
        (error,) = expand_paths([locked]).errors
        assert "permission denied" in error.message
    finally:
        locked.chmod(0o755)


def test_is_article() -> None:
    assert all(is_article(Path(f"x{suffix}")) for suffix in ARTICLE_SUFFIXES)
    assert is_article(Path("X.TXT"))
    assert not is_article(Path(".x.txt"))
    assert not is_article(Path("x.pdf"))


def test_bundled_samples_folder_expands_to_the_bundled_articles() -> None:
    articles = bundled_articles()
    assert len(articles) == 5
    assert expand_paths([articles[0].parent]).paths == articles
