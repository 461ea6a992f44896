"""Teaching the sheet from the review: kept wordings become `also` phrasings, "not about the
study" becomes a background example; the file keeps its comments; the next article aligns by
what was taught. The study is invented (a herbal tea and sleep in older adults)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.align.aligner import Aligner
from claimdiff.model import Claim
from claimdiff.pipeline.checker import Checker
from claimdiff.results.review import ReviewStore
from claimdiff.study.edit import add_also, add_background, remove_also
from claimdiff.study.sheet import load_sheet, parse_sheet
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from claimdiff.tui.screens.fact_picker import FactPickerScreen

SHEET = """\
# Sleep tea study: my notes are here and must survive every edit.
schema = 1

[study]
id = "valerian2025"
title = "Valerian tea and sleep onset in adults over 65"
subjects = "adults over 65"  # who took part

# ---- design
[[facts]]
id = "design"
kind = "design"
text = "Ninety adults over 65 drank valerian tea or a placebo tea each evening for six weeks."

# ---- results
[[facts]]
id = "onset"
text = "Those who drank valerian tea fell asleep 11 minutes sooner than the placebo group."

[[facts]]
id = "waking"
text = "Night-time waking did not differ between the groups."

[[facts]]
id = "mood"
text = "Daytime mood scores were unchanged."  # a note on a fact

[[facts]]
id = "small"
kind = "caveat"
text = "The trial was small and lasted only six weeks."
"""

# Wordings of three facts that share almost no words with them.
ONSET = "The brew got pensioners off to dreamland a quarter hour quicker."
WAKING = "Trips to the loo after midnight stayed just as frequent."
MOOD = "Grumpiness the next morning was no better or worse."
ASIDE = "Chamomile has long been a bedtime favourite across Europe."

ARTICLE_ONE = f"""Herbal tea for better sleep?

{ONSET} {WAKING} {MOOD}

{ASIDE}
"""

ARTICLE_TWO = f"""A cuppa before bed

Researchers tested a herbal brew on older people. {ONSET}

{WAKING} {MOOD} {ASIDE}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def facts_of(sheet_path: Path, article: Path) -> dict[str, str | None]:
    """Each sentence of interest -> the fact it is aligned to, checked with the sheet on disk."""
    result = Checker(load_sheet(sheet_path)).check_path(article)
    out: dict[str, str | None] = {}
    for r in result.results:
        for words in (ONSET, WAKING, MOOD, ASIDE):
            if words in r.claim.display:
                out[words] = r.match.fact_id
    return out


# --------------------------------------------------------------------------- the editor


def test_add_and_remove_also_keep_comments_and_layout(tmp_path: Path) -> None:
    path = write(tmp_path, "sleep.toml", SHEET)
    edit = add_also(path, "onset", ONSET)
    text = path.read_text(encoding="utf-8")
    assert edit.added and 'fact "onset": also + ' in edit.what
    assert "# Sleep tea study: my notes are here" in text
    assert 'text = "Daytime mood scores were unchanged."  # a note on a fact' in text
    assert load_sheet(path).fact("onset").also == (ONSET,)  # type: ignore[union-attr]
    assert not add_also(path, "onset", ONSET).added  # kept once only
    edit.undo()
    assert path.read_text(encoding="utf-8") == SHEET  # undone byte for byte
    assert not remove_also(path, "onset", ONSET).added


def test_background_example_raises_schema_and_undo_restores(tmp_path: Path) -> None:
    path = write(tmp_path, "sleep.toml", SHEET)
    edit = add_background(path, ASIDE)
    sheet = load_sheet(path)
    assert sheet.schema == 2 and sheet.background == (ASIDE,)
    assert "now schema 2" in edit.what
    edit.undo()
    assert path.read_text(encoding="utf-8") == SHEET


def test_an_edit_that_would_break_the_sheet_is_not_written(tmp_path: Path) -> None:
    from claimdiff.errors import SheetError

    path = write(tmp_path, "sleep.toml", SHEET)
    with pytest.raises(SheetError, match='no fact "gone"'):
        add_also(path, "gone", ONSET)
    broken = write(tmp_path, "broken.toml", SHEET.replace('id = "mood"', 'id = ""'))
    with pytest.raises(SheetError):
        add_also(broken, "onset", ONSET)
    assert path.read_text(encoding="utf-8") == SHEET


# --------------------------------------------------------------------------- the aligner


def test_aligner_takes_a_background_example_for_no_fact(tmp_path: Path) -> None:
    sheet = parse_sheet(
        SHEET.replace("schema = 1", "schema = 2") + f'\n[background]\nexamples = ["{ASIDE}"]\n',
        "s.toml",
    )
    aligner = Aligner(sheet)
    claims = [
        Claim(0, 0, len(ASIDE), ASIDE),
        Claim(1, 0, 60, "Valerian tea drinkers fell asleep 11 minutes sooner than placebo."),
    ]
    aside, onset = aligner.align(claims).claims
    assert aside.candidates == () and aside.background > 0.9
    assert onset.candidates[0].fact_id == "onset" and onset.background < 0.6


# --------------------------------------------------------------------------- the viewer


async def realign(pilot, app: ClaimdiffApp, claim: int, search: str) -> None:  # noqa: ANN001
    app.main.article_view.select_claim(claim)
    await pilot.pause()
    await pilot.press("a")
    assert isinstance(app.screen, FactPickerScreen)
    await pilot.press(*search, "enter")
    await pilot.pause()


async def test_pilot_three_kept_wordings_align_the_next_article(tmp_path: Path) -> None:
    sheet_path = write(tmp_path, "sleep.toml", SHEET)
    one = write(tmp_path, "one.txt", ARTICLE_ONE)
    two = write(tmp_path, "two.txt", ARTICLE_TWO)
    before = facts_of(sheet_path, two)
    assert before[ONSET] != "onset" and before[WAKING] != "waking" and before[MOOD] != "mood"

    sheet = load_sheet(sheet_path)
    result = Checker(sheet).check_path(one)
    index = {
        w: next(i for i, r in enumerate(result.results) if w in r.claim.display)
        for w in (ONSET, WAKING, MOOD, ASIDE)
    }
    app = ClaimdiffApp(
        sheet,
        results=[result],
        store=ReviewStore(sheet.study, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
    )
    async with app.run_test(size=(120, 35)) as pilot:
        article = app.main.article
        assert article is not None
        await pilot.press("w")  # nothing re-aligned yet, and no background: nothing written
        for words, fact, search in (
            (ONSET, "onset", "sooner"),
            (WAKING, "waking", "waking"),
            (MOOD, "mood", "mood"),
        ):
            await realign(pilot, app, index[words], search)
            assert article.fact_id(index[words]) == fact
            await pilot.press("w")
            await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(f'fact "mood": also + "{MOOD}"' in m for m in messages)
        # w again on the same claim takes the wording back; once more keeps it again
        await pilot.press("w")
        await pilot.pause()
        assert load_sheet(sheet_path).fact("mood").also == ()  # type: ignore[union-attr]
        assert any("took back" in n.message for n in app._notifications)
        await pilot.press("w")
        await pilot.pause()
        # "not about the study": background, then kept as an example
        app.main.article_view.select_claim(index[ASIDE])
        await pilot.pause()
        await pilot.press("b")
        app.main.article_view.select_claim(index[ASIDE])
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert app.sheet.background == (ASIDE,)

    taught = sheet_path.read_text(encoding="utf-8")
    assert "# Sleep tea study: my notes are here and must survive every edit." in taught
    assert "# a note on a fact" in taught and "# who took part" in taught
    after = facts_of(sheet_path, two)
    assert after == {ONSET: "onset", WAKING: "waking", MOOD: "mood", ASIDE: None}
