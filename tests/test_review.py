"""Reviews: undo/redo, the review file, re-matching, corruption, two instances, kills."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest

from claimdiff.errors import ReviewError
from claimdiff.results.review import (
    SCHEMA,
    Review,
    ReviewedArticle,
    ReviewStore,
    atomic_write_text,
    attach,
    claim_keys,
    normalise,
    parse_review_file,
    study_slug,
)
from tui_fixtures import ARTICLE, SHEET, STUDY, article_result, second_result


def store(tmp_path: Path, file: Path | None = None, **kw: object) -> ReviewStore:
    return ReviewStore(STUDY, file, root=tmp_path / "data", **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- in memory


def test_confirm_override_and_accuracy() -> None:
    article = ReviewedArticle.fresh(article_result())
    assert article.accuracy() == pytest.approx(3 / 7)
    article.confirm(2)
    assert article.review(2).status == "confirmed"  # type: ignore[union-attr]
    assert article.accuracy() == pytest.approx(3 / 7)
    article.set_verdict(0, "supported")  # headline: overstated -> supported
    article.set_verdict(7, "unsupported")  # background -> scored
    assert article.verdict(0) == "supported"
    assert article.review(0).status == "overridden"  # type: ignore[union-attr]
    assert article.accuracy() == pytest.approx(4 / 8)
    assert article.machine_accuracy() == pytest.approx(3 / 7)
    assert article.reviewed_count() == 3


def test_undo_redo_many_levels() -> None:
    article = ReviewedArticle.fresh(article_result())
    for verdict in ("supported", "misreported", "unsupported", "background", "overstated"):
        article.set_verdict(1, verdict)  # type: ignore[arg-type]
    article.set_reason(1, "  it   says people ")
    assert article.review(1).reason == "it says people"  # type: ignore[union-attr]
    for expected in ("overstated", "background", "unsupported", "misreported", "supported"):
        article.undo()
        assert article.verdict(1) == expected
    article.undo()
    assert not article.is_reviewed(1)
    assert article.undo() is None
    for expected in ("supported", "misreported", "unsupported"):
        article.redo()
        assert article.verdict(1) == expected
    article.confirm(2)  # a new change forgets what could be redone
    assert article.redo() is None


def test_realign_and_back() -> None:
    article = ReviewedArticle.fresh(article_result())
    article.realign(5, "neurons", "overstated", ("certainty: will cure vs may protect",))
    assert article.fact_id(5) == "neurons"
    assert article.reasons(5) == ("certainty: will cure vs may protect",)
    assert article.review(5).realigned  # type: ignore[union-attr]
    assert 5 in article.claims_for_fact("neurons")
    article.realign(5, None, "unsupported", ())  # back to claimdiff's own alignment
    assert article.fact_id(5) is None
    assert not article.review(5).realigned  # type: ignore[union-attr]


def test_claim_keys_count_repeats() -> None:
    result = article_result()
    keys = claim_keys(result)
    assert keys[0] == (normalise(CLAIM0 := result.results[0].claim.display), 0)
    assert normalise("“Quoted”  —  TEXT") == '"quoted" - text'
    assert CLAIM0


# --------------------------------------------------------------------------- files


def test_save_and_reopen_restores_everything(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, notices = s.open(article_result())
    assert notices == [] and article.reviews == {}
    article.confirm(2)
    article.set_verdict(0, "misreported")
    article.set_reason(0, "wrong population")
    article.realign(5, "neurons", "overstated", ("why",))
    s.save(article)
    path = s.file_for(article.sha256)
    assert path.parent == tmp_path / "data" / "reviews" / study_slug(STUDY.id)
    assert path.name == article.sha256[:16] + ".json"
    assert not list(path.parent.glob("*.tmp"))
    data = json.loads(path.read_text())
    assert data["schema"] == SCHEMA and data["kind"] == "claimdiff-review"
    assert data["study"]["id"] == STUDY.id

    again, notices = store(tmp_path).open(article_result())
    assert notices == []
    assert again.reviews == article.reviews
    assert again.verdict(0) == "misreported"
    assert again.review(0).reason == "wrong population"  # type: ignore[union-attr]
    assert again.fact_id(5) == "neurons"


def test_explicit_file_holds_every_article(tmp_path: Path) -> None:
    file = tmp_path / "my-review.json"
    s = store(tmp_path, file)
    first, _ = s.open(article_result())
    second, _ = s.open(second_result())
    first.confirm(0)
    second.set_verdict(1, "overstated")
    s.save(first)
    s.save(second)
    data = json.loads(file.read_text())
    assert set(data["articles"]) == {first.sha256, second.sha256}
    reopened, _ = store(tmp_path, file).open(second_result())
    assert reopened.verdict(1) == "overstated"


def test_changed_article_rematches_by_text_and_keeps_orphans(tmp_path: Path) -> None:
    s = store(tmp_path)
    article, _ = s.open(article_result())
    article.set_verdict(4, "supported")  # the journal sentence
    article.confirm(5)  # "Scientists believe the extract will cure dementia."
    article.set_verdict(7, "unsupported")  # "Follow us on social media."
    s.save(article)
    old_file = s.file_for(article.sha256)

    # The article is edited: a sentence is removed and a paragraph added at the top.
    edited = ("Editor's note: updated.\n\n" + ARTICLE).replace(
        "Scientists believe the extract will cure dementia. ", ""
    )
    result = article_result(text=edited)
    assert len(result.results) == 7
    again, notices = store(tmp_path).open(result)
    assert any("changed since it was reviewed" in text for text, _ in notices)
    assert any("1 review(s) no longer match" in text for text, _ in notices)
    assert again.verdict(4) == "supported"  # the journal sentence, found by its text
    assert [o.text for o in again.orphans] == ["Scientists believe the extract will cure dementia."]
    store(tmp_path).save(again)
    new_file = store(tmp_path).file_for(again.sha256)
    assert new_file != old_file and old_file.exists()  # the old record is never removed
    record = json.loads(new_file.read_text())["articles"][again.sha256]
    assert [o["text"] for o in record["orphans"]] == [
        "Scientists believe the extract will cure dementia."
    ]
    assert len(record["reviews"]) == 2


def test_orphans_come_back_when_their_claim_does() -> None:
    result = article_result()
    orphan = Review(result.results[3].claim.display, 0, "misreported", "maze")
    article, misses = attach(result, [], [orphan])
    assert misses == [] and article.orphans == []
    assert article.verdict(3) == "misreported"


@pytest.mark.parametrize(
    "content",
    [
        "{ not json",
        "",
        '{"schema": 1, "kind": "claimdiff-review", "articles": []}',
        '{"schema": 1, "kind": "something-else", "articles": {}}',
        '{"schema": 1, "kind": "claimdiff-review", "articles": {"x": {"reviews": '
        '[{"text": "a", "verdict": "great"}]}}}',
    ],
)
def test_corrupted_file_is_moved_aside_and_reported(tmp_path: Path, content: str) -> None:
    file = tmp_path / "review.json"
    file.write_text(content)
    article, notices = store(tmp_path, file).open(article_result())
    backups = list(tmp_path.glob("review.json.*.bak"))
    assert len(backups) == 1 and backups[0].read_text() == content
    assert not file.exists()
    assert notices and notices[0][1] == "error" and "corrupted" in notices[0][0]
    article.confirm(0)
    store(tmp_path, file).save(article)
    parse_review_file(file, file.read_text())


def test_headless_never_repairs(tmp_path: Path) -> None:
    file = tmp_path / "review.json"
    file.write_text("{ broken")
    with pytest.raises(ReviewError, match="corrupted review file"):
        store(tmp_path, file, repair=False).open(article_result())
    assert file.read_text() == "{ broken"
    assert not list(tmp_path.glob("*.bak"))


def test_newer_schema_is_never_overwritten(tmp_path: Path) -> None:
    file = tmp_path / "review.json"
    newer = json.dumps({"schema": SCHEMA + 1, "kind": "claimdiff-review", "articles": {}})
    file.write_text(newer)
    article, notices = store(tmp_path, file).open(article_result())
    assert article.read_only
    assert "newer claimdiff" in notices[0][0]
    article.confirm(0)
    with pytest.raises(ReviewError):
        store(tmp_path, file).save(article)
    assert file.read_text() == newer


def test_two_instances_merge_on_save(tmp_path: Path) -> None:
    file = tmp_path / "shared.json"
    a, _ = store(tmp_path, file).open(article_result())
    b, _ = store(tmp_path, file).open(article_result())
    a.confirm(0)
    store(tmp_path, file).save(a)
    b.set_verdict(3, "misreported")
    adopted, notices = store(tmp_path, file).save(b)
    assert adopted == [0] and b.is_reviewed(0)  # B now shows A's review
    assert notices and "another claimdiff" in notices[0][0]
    a.set_verdict(3, "overstated")  # both reviewed claim 3: the last writer wins
    store(tmp_path, file).save(a)
    final, _ = store(tmp_path, file).open(article_result())
    assert final.verdict(0) == final.result.results[0].verdict
    assert final.verdict(3) == "overstated"
    b.clear(0)  # B removes A's review: it goes for both
    store(tmp_path, file).save(b)
    final, _ = store(tmp_path, file).open(article_result())
    assert not final.is_reviewed(0) and final.verdict(3) == "overstated"


def test_hostile_text_round_trips(tmp_path: Path) -> None:
    result = article_result()
    result.results[-1] = replace(
        result.results[-1],
        claim=replace(
            result.results[-1].claim,
            text="Follow [bold red]us[/] \x1b]52;c;AAA\x07 \u202e now \ud800.",
            display="Follow [bold red]us[/] \x1b]52;c;AAA\x07 \u202e now \ud800.",
        ),
    )
    s = store(tmp_path)
    article, _ = s.open(result)
    article.set_reason(7, "[@click=app.quit]")
    s.save(article)
    again, _ = store(tmp_path).open(result)
    assert again.review(7).text == result.results[-1].claim.display  # type: ignore[union-attr]
    assert again.review(7).reason == "[@click=app.quit]"  # type: ignore[union-attr]


def test_atomic_write_keeps_mode_and_cleans_up(tmp_path: Path) -> None:
    file = tmp_path / "out.json"
    file.write_text("old")
    os.chmod(file, 0o640)
    atomic_write_text(file, "new")
    assert file.read_text() == "new"
    assert (file.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    file = tmp_path / "review.json"
    stale = tmp_path / ".review.json.abc123.tmp"
    stale.write_text("half a file")
    article, _ = store(tmp_path, file).open(article_result())
    article.confirm(0)
    store(tmp_path, file).save(article)
    assert not stale.exists()


KILLER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {tests!r})
    from pathlib import Path
    from tui_fixtures import STUDY, article_result
    from claimdiff.results.review import ReviewStore
    store = ReviewStore(STUDY, Path({file!r}))
    article, _ = store.open(article_result())
    verdicts = ["supported", "overstated", "misreported", "unsupported", "background"]
    n = 0
    print("ready", flush=True)
    while True:
        n += 1
        article.set_verdict(n % len(article), verdicts[n % 5])
        article.set_reason(n % len(article), "x" * (n % 5000))
        store.save(article)
    """
)


def test_sigkill_during_saves_always_leaves_a_valid_file(tmp_path: Path) -> None:
    """Kill a process that saves in a loop, many times: the file is always old or new."""
    file = tmp_path / "review.json"
    script = KILLER.format(tests=str(Path(__file__).parent), file=str(file))
    rng = random.Random(7)
    valid = 0
    for _ in range(20):
        proc = subprocess.Popen(
            [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"ready", proc.stderr.read()  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.005, 0.08))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if file.exists():
            parse_review_file(file, file.read_text(encoding="utf-8"))
            valid += 1
        assert not list(tmp_path.glob("*.bak"))
    assert valid >= 15
    # the next writer clears the temporary files the killed ones left behind
    article, notices = ReviewStore(STUDY, file).open(article_result())
    assert not [n for n in notices if n[1] == "error"]
    article.confirm(0)
    ReviewStore(STUDY, file).save(article)
    assert not list(tmp_path.glob(".review.json.*.tmp"))


def test_study_slug_is_a_safe_folder_name() -> None:
    assert study_slug("goebel2021") == "goebel2021"
    for hostile in ("../../etc", "a/b", "", "..", "x" * 300):
        slug = study_slug(hostile)
        assert "/" not in slug and slug not in ("", ".", "..") and len(slug) < 80


def test_sheet_fixture_is_consistent() -> None:
    assert {f.id for f in SHEET.facts} >= {"maze", "cohort", "journal"}


def test_review_and_export_import_without_textual() -> None:
    """review, export and cli_export are core: they must not need the UI."""
    code = textwrap.dedent(
        """
        import importlib, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "textual" or name.startswith("textual."):
                    raise ImportError("textual is blocked")
        sys.meta_path.insert(0, Block())
        names = ("claimdiff.results.review", "claimdiff.results.export", "claimdiff.cli.export")
        for name in names:
            importlib.import_module(name)
        print("ok")
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.stdout.strip() == "ok", proc.stderr


def test_tallies_follow_every_change() -> None:
    """Counts and claims-per-fact are kept up to date, not recounted (huge articles)."""
    article = ReviewedArticle.fresh(article_result())
    article.counts(), article.claims_for_fact("maze")  # computed once, then maintained
    rng = random.Random(3)
    verdicts = ["supported", "overstated", "misreported", "unsupported", "background"]
    for _ in range(300):
        i = rng.randrange(len(article))
        step = rng.choice(["verdict", "realign", "clear", "undo", "redo", "confirm"])
        if step == "verdict":
            article.set_verdict(i, rng.choice(verdicts))  # type: ignore[arg-type]
        elif step == "realign":
            fact = rng.choice(["maze", "cohort", "journal", None])
            article.realign(i, fact, rng.choice(verdicts), ())  # type: ignore[arg-type]
        elif step == "clear":
            article.clear(i)
        elif step == "confirm":
            article.confirm(i)
        else:
            article.undo() if step == "undo" else article.redo()
        fresh = ReviewedArticle.fresh(article.result)
        fresh.reviews = dict(article.reviews)
        assert article.counts() == fresh.counts()
        assert article.accuracy() == fresh.accuracy()
        for fact in ("maze", "cohort", "journal", None):
            assert article.claims_for_fact(fact) == fresh.claims_for_fact(fact)
