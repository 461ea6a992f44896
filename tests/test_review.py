"""The review model (pure values): verdicts, undo/redo, tallies, re-matching by text.

Storage is tested in test_store.py."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap

import pytest

from claimdiff.results.review import (
    Change,
    Review,
    ReviewedArticle,
    attach,
    claim_keys,
    normalise,
)
from tui_fixtures import SHEET, article_result

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


def test_orphans_come_back_when_their_claim_does() -> None:
    result = article_result()
    orphan = Review(result.results[3].claim.display, 0, "misreported", "maze")
    article, misses = attach(result, [], [orphan])
    assert misses == [] and article.orphans == []
    assert article.verdict(3) == "misreported"


def test_sheet_fixture_is_consistent() -> None:
    assert {f.id for f in SHEET.facts} >= {"maze", "cohort", "journal"}


def test_review_and_export_import_without_textual() -> None:
    """The review model, its store, export and cli_export are core: they need no UI."""
    code = textwrap.dedent(
        """
        import importlib, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "textual" or name.startswith("textual."):
                    raise ImportError("textual is blocked")
        sys.meta_path.insert(0, Block())
        names = ("claimdiff.results.review", "claimdiff.results.store", "claimdiff.results.legacy",
                 "claimdiff.results.files", "claimdiff.results.export", "claimdiff.cli.export")
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
    article.counts(), article.claims_for_fact("maze"), article.reviewed_count()  # then kept
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
        assert article.reviewed_count() == fresh.reviewed_count()
        assert article.accuracy() == fresh.accuracy()
        for fact in ("maze", "cohort", "journal", None):
            assert article.claims_for_fact(fact) == fresh.claims_for_fact(fact)


def test_the_journal_holds_every_step_in_order() -> None:
    article = ReviewedArticle.fresh(article_result())
    article.set_verdict(1, "misreported")
    article.confirm(2)
    article.undo()
    article.redo()
    steps = article.take_journal()
    assert [(c.index, c.step) for c in steps] == [(1, "do"), (2, "do"), (2, "undo"), (2, "redo")]
    assert steps[2].state is None and steps[3].state == article.review(2)
    assert article.take_journal() == []


def test_history_is_restored_as_it_was() -> None:
    """Undo and redo rebuilt from the journal give the same stacks (a restart keeps undo)."""
    article = ReviewedArticle.fresh(article_result())
    rng = random.Random(5)
    for _ in range(200):
        step = rng.choice(["verdict", "verdict", "undo", "redo", "clear"])
        i = rng.randrange(len(article))
        if step == "verdict":
            article.set_verdict(i, rng.choice(["supported", "misreported", "overstated"]))
        elif step == "clear":
            article.clear(i)
        else:
            article.undo() if step == "undo" else article.redo()
    again = ReviewedArticle.fresh(article.result)
    again.restore_history(article.take_journal())
    assert again.undo_stack == article.undo_stack
    assert again.redo_stack == article.redo_stack
    assert all(isinstance(c, Change) for c in again.undo_stack)


@pytest.mark.parametrize(
    ("field", "value", "problem"),
    [
        ("realigned", "false", "realigned is not true or false"),
        ("realigned", 1, "realigned is not true or false"),
        ("occurrence", True, "bad occurrence"),
        ("occurrence", -1, "bad occurrence"),
        ("occurrence", 1.0, "bad occurrence"),
        ("verdict", "great", "unknown verdict"),
        ("verdict", ["supported"], "unknown verdict"),
        ("machine_verdict", 3, "unknown verdict"),
        ("fact", 7, "fact is not text"),
        ("machine_fact", {"a": 1}, "machine_fact is not text"),
        ("reasons", "one reason", "reasons are not a list"),
        ("reasons", [1, 2], "reasons are not a list"),
        ("reason", None, "reason is not text"),
        ("updated", 20260101, "date is not text"),
        ("text", None, "no claim text"),
    ],
)
def test_review_fields_are_type_checked(field: str, value: object, problem: str) -> None:
    good = Review("A claim.", 0, "misreported", "maze", "supported", "maze", True, ("r",), "why")
    data = good.to_json()
    assert Review.from_json(data) == good
    data[field] = value
    with pytest.raises(ValueError, match=problem):
        Review.from_json(data)


def test_a_long_bad_value_is_shortened_in_the_error() -> None:
    data = Review("A claim.", 0, "supported", None).to_json()
    data["verdict"] = "x" * 10_000
    with pytest.raises(ValueError) as info:
        Review.from_json(data)
    assert len(str(info.value)) < 100
