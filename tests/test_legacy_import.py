"""JSON review files of earlier versions: imported into the database once, automatically,
and kept; a broken one is one message for that file only."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from claimdiff.results.legacy import parse_legacy
from claimdiff.results.review import Review, article_hash
from claimdiff.results.store import DATABASE, ReviewStore, study_slug
from tui_fixtures import STUDY, article_result, second_result


def legacy(*articles: tuple[Any, list[tuple[int, str]]], study: str = STUDY.id) -> str:
    """A claimdiff 0.x review file: for each (result, [(claim index, verdict)])."""
    records = {}
    for result, reviews in articles:
        records[article_hash(result.document.text)] = {
            "path": str(result.document.path),
            "title": result.title,
            "updated": "2025-06-01T10:00:00Z",
            "reviews": [
                Review(result.results[i].claim.display, 0, verdict, None, "supported").to_json()
                for i, verdict in reviews
            ],
            "orphans": [],
        }
    data = {"schema": 1, "kind": "claimdiff-review", "study": {"id": study, "title": "t"},
            "articles": records}  # fmt: skip
    return json.dumps(data, indent=2)


def folder(root: Path) -> Path:
    path = root / "reviews" / study_slug(STUDY.id)
    path.mkdir(parents=True, exist_ok=True)
    return path


def test_the_study_folder_is_imported_once_and_kept(tmp_path: Path) -> None:
    root = tmp_path / "data"
    first = folder(root) / "aaaa.json"
    first.write_text(legacy((article_result(), [(0, "misreported"), (3, "overstated")])))
    second = folder(root) / "bbbb.json"
    second.write_text(legacy((second_result(), [(1, "unsupported")])))
    before = {p: p.read_bytes() for p in (first, second)}

    store = ReviewStore(STUDY, root=root)
    article, notices = store.open(article_result())
    assert notices == [
        (
            f"3 review(s) from 2 earlier review file(s) imported into {root / DATABASE}; "
            f"the files are kept in {folder(root)}",
            "information",
        )  # fmt: skip
    ]
    assert article.verdict(0) == "misreported" and article.verdict(3) == "overstated"
    other, notices = store.open(second_result())
    assert other.verdict(1) == "unsupported" and notices == []
    article.set_verdict(0, "supported")  # changed in the database ...
    store.save(article)
    store.close()
    assert {p: p.read_bytes() for p in (first, second)} == before  # ... the files are kept

    again, notices = ReviewStore(STUDY, root=root).open(article_result())
    assert notices == []  # not imported a second time
    assert again.verdict(0) == "supported"


def test_a_review_file_named_by_review_is_imported_beside_it(tmp_path: Path) -> None:
    file = tmp_path / "team review.json"
    file.write_text(legacy((article_result(), [(2, "misreported")])))
    before = file.read_bytes()
    store = ReviewStore(STUDY, file, root=tmp_path / "data")
    assert store.path == tmp_path / "team review.sqlite3"
    article, notices = store.open(article_result())
    assert notices == [
        (
            f"{file}: 1 review(s) imported into {store.path} (saved there from now on; the JSON "
            "file is kept)",
            "information",
        )  # fmt: skip
    ]
    assert article.verdict(2) == "misreported"
    article.confirm(0)
    store.save(article)
    store.close()
    assert file.read_bytes() == before
    again, notices = ReviewStore(STUDY, file).open(article_result())
    assert notices == [] and again.reviewed_count() == 2


def test_a_review_already_in_the_database_wins_over_the_file(tmp_path: Path) -> None:
    root = tmp_path / "data"
    store = ReviewStore(STUDY, root=root)
    article, _ = store.open(article_result())
    article.set_verdict(0, "background")
    store.save(article)
    store.close()
    late = legacy((article_result(), [(0, "misreported"), (1, "supported")]))
    (folder(root) / "late.json").write_text(late)
    again, notices = ReviewStore(STUDY, root=root).open(article_result())
    assert "2 review(s) from 1 earlier review file(s)" in notices[0][0]
    assert again.verdict(0) == "background" and again.verdict(1) == "supported"


def nested(depth: int) -> str:
    return (
        '{"schema": 1, "kind": "claimdiff-review", "articles": ' + "[" * depth + "]" * depth + "}"
    )


BROKEN = {
    "not json": "{ not json",
    "nested": nested(200_000),
    "truncated": legacy((article_result(), [(0, "misreported")]))[:150],
    "wrong kind": '{"schema": 1, "kind": "something-else", "articles": {}}',
    "bad verdict": legacy((article_result(), [(0, "misreported")])).replace(
        '"misreported"', '"great"'
    ),
    "realigned as text": legacy((article_result(), [(0, "misreported")])).replace(
        '"realigned": false', '"realigned": "false"'
    ),
    "title not text": legacy((article_result(), [(0, "misreported")])).replace(
        f'"title": "{article_result().title}"', '"title": {"x": 1}'
    ),
    "not utf-8": b"{\xff\xfe\x00 garbage",
}


@pytest.mark.parametrize("how", sorted(BROKEN))
def test_a_broken_file_is_one_message_and_the_others_are_imported(tmp_path: Path, how: str) -> None:
    root = tmp_path / "data"
    good = folder(root) / "good.json"
    good.write_text(legacy((second_result(), [(1, "unsupported")])))
    bad = folder(root) / "bad.json"
    content = BROKEN[how]
    bad.write_bytes(content if isinstance(content, bytes) else content.encode())
    before = bad.read_bytes()

    store = ReviewStore(STUDY, root=root)
    first, notices = store.open(article_result())  # every article opens
    second, more = store.open(second_result())
    assert more == [] and second.verdict(1) == "unsupported"
    errors = [m for m, severity in notices if severity == "error"]
    assert len(errors) == 1 and errors[0].startswith(f"{bad}: corrupted review file (")
    assert "not imported, the file is left as it is" in errors[0]
    assert len(errors[0]) < 300 and "\n" not in errors[0]
    assert first.reviewed_count() == 0
    assert bad.read_bytes() == before and not list(folder(root).glob("*.bak"))
    store.close()
    # not recorded as imported: reported again until it is fixed or removed
    _, notices = ReviewStore(STUDY, root=root).open(article_result())
    assert [m for m, _ in notices if "bad.json" in m]


def test_nested_json_gives_a_clear_reason() -> None:
    with pytest.raises(ValueError, match="nested too deeply"):
        parse_legacy(Path("x.json"), nested(100_000))
    with pytest.raises(ValueError, match="realigned is not true or false"):
        parse_legacy(Path("x.json"), BROKEN["realigned as text"])


def test_a_fifo_in_the_folder_never_blocks(tmp_path: Path) -> None:
    root = tmp_path / "data"
    os.mkfifo(folder(root) / "pipe.json")
    article, notices = ReviewStore(STUDY, root=root).open(article_result())
    assert article.reviewed_count() == 0
    assert any("pipe.json" in m and "FIFO" in m for m, _ in notices)


def test_headless_imports_in_memory_only(tmp_path: Path) -> None:
    file = tmp_path / "review.json"
    file.write_text(legacy((article_result(), [(2, "misreported")])))
    article, notices = ReviewStore(STUDY, file, repair=False).open(article_result())
    assert article.verdict(2) == "misreported" and notices == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["review.json"]
    file.write_text(BROKEN["nested"])
    with pytest.raises(Exception, match="corrupted review file .*nested too deeply"):
        ReviewStore(STUDY, file, repair=False).open(article_result())


def test_two_viewers_importing_at_once_import_once(tmp_path: Path) -> None:
    root = tmp_path / "data"
    (folder(root) / "a.json").write_text(legacy((article_result(), [(0, "misreported")])))
    one, two = ReviewStore(STUDY, root=root), ReviewStore(STUDY, root=root)
    a, _ = one.open(article_result())
    b, _ = two.open(article_result())
    assert a.verdict(0) == b.verdict(0) == "misreported"
    with sqlite3.connect(root / DATABASE) as conn:
        assert conn.execute("SELECT count(*) FROM imports").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM reviews").fetchone() == (1,)
