"""Practice mode (issue 13): the verdict is hidden until the reader picks one; then it is shown
with its reasons, and the reader's agreement with claimdiff and with saved reviews is scored.
Reviews are never changed."""

from __future__ import annotations

from pathlib import Path

from claimdiff.results.review import ReviewStore
from claimdiff.tui.app import ClaimdiffApp
from claimdiff.tui.config import Config
from claimdiff.tui.practice import Practice
from claimdiff.tui.widgets.score_bar import ScoreBar
from tui_fixtures import SHEET, STUDY, article_result, second_result

SIZE = (120, 35)


def make_app(tmp_path: Path, *, practice: bool = True) -> ClaimdiffApp:
    return ClaimdiffApp(
        SHEET,
        results=[article_result(), second_result()],
        store=ReviewStore(STUDY, root=tmp_path / "data"),
        config=Config(tmp_path / "config.toml"),
        practice=practice,
    )


def detail(app: ClaimdiffApp) -> str:
    rows = app.main.query_one("#detail-body").visual
    return "\n".join(f"{g.plain} {b.plain}" for g, b in rows.rows)  # type: ignore[attr-defined]


def pane(app: ClaimdiffApp) -> str:
    view = app.main.article_view
    return "\n".join(s.text for s in view.render_lines(view.region.reset_offset))


async def test_the_verdict_is_hidden_until_the_reader_picks_one(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        shown = detail(app)
        assert "Your verdict?" in shown
        assert "OVERSTATED" not in shown and "certainty" not in shown  # nor its reasons
        text = pane(app)
        assert "○" in text and "▲" not in text and "✗" not in text
        assert app.main.sub_title.startswith("Practice · Article 1/2")

        await pilot.press("s")  # the headline is overstated: the reader differs
        shown = detail(app)
        assert "OVERSTATED" in shown and "you said ✓ supported" in shown
        assert "≠ you differ" in shown and "certainty" in shown
        assert "▲≠" in pane(app).replace(" ", "")
        assert app.main.claim == 0  # stays: the reader reads the reason

        await pilot.press("j", "o")  # the second claim is overstated too: agree
        assert "= you agree" in detail(app)
        score = app.main.query_one(ScoreBar).score.practice
        assert score is not None
        assert (score.machine.agreed, score.machine.compared) == (1, 2)
        assert score.answered == 2 and score.claims == 8
        bar = str(app.main.query_one(ScoreBar).render())
        assert "Agreement with claimdiff 50%" in bar and "Answered 2/8" in bar

        article = app.main.article
        assert article is not None and article.reviewed_count() == 0  # reviews untouched
        await pilot.press("x", "z", "r")
        assert article.reviewed_count() == 0 and app.screen is app.main


async def test_space_goes_to_the_next_unanswered_claim_and_n_is_not_a_hint(tmp_path: Path) -> None:
    app = make_app(tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("s", "space")
        assert app.main.claim == 1
        await pilot.press("j", "m", "g", "space")  # 0 and 2 answered: 1 is next
        assert app.main.claim == 1
        await pilot.press("n")
        assert app.main.claim == 1
        assert any("give the answers away" in n.message for n in app._notifications)
        await pilot.press("f")  # the problems filter would tell too: straight to unreviewed
        assert app.main.article_view.filter == "unreviewed"


async def test_agreement_with_saved_reviews(tmp_path: Path) -> None:
    app = make_app(tmp_path, practice=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m", "s")  # saved reviews: claim 0 misreported, claim 1 supported
        app.main.set_practice(True)
        await pilot.pause()
        await pilot.press("g", "m", "j", "o")  # agrees with the first review, not the second
        score = app.main.query_one(ScoreBar).score.practice
        assert score is not None
        assert (score.reviews.agreed, score.reviews.compared) == (1, 2)
        assert (score.machine.agreed, score.machine.compared) == (1, 2)
        assert "saved review: ✓ supported" in detail(app)  # claim 1, as reviewed
        app.main.set_practice(False)
        await pilot.pause()
        assert "○" not in pane(app) and "✗✎" in pane(app)
        assert app.main.query_one(ScoreBar).score.practice is None
        article = app.main.article
        assert article is not None and article.verdict(0) == "misreported"


async def test_practice_from_the_palette(tmp_path: Path) -> None:
    app = make_app(tmp_path, practice=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"practice mode")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.practice, Practice)
        assert "Your verdict?" in detail(app)


async def test_the_verdict_keys_are_named_at_80_columns(tmp_path: Path) -> None:
    """A new reader at 80x24 sees what each key means before picking, not letters alone."""
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = " ".join(detail(app).split())
        assert "Your verdict?" in shown
        for named in (
            "s supported",
            "o overstated",
            "m misreported",
            "u unsupported",
            "b background",
        ):
            assert named in shown, named
        strip = app.main.query_one("#detail")
        assert strip.query_one("#detail-body").outer_size.height <= strip.size.height
