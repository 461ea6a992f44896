"""The claimdiff Textual app: loads the articles, owns the reviews, and hosts the screens."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

import platformdirs
from textual import events, on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.color import Color, ColorParseError
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.worker import get_current_worker

from claimdiff.errors import ClaimdiffError
from claimdiff.model import ArticleResult, Claim, Judgement, Match, Sheet, Verdict
from claimdiff.pipeline.background import BackgroundCheck, Stage
from claimdiff.results.review import Notice, ReviewedArticle
from claimdiff.results.store import ReviewStore, SaveOutcome, study_slug
from claimdiff.safe_text import one_line
from claimdiff.tui.colours import readable_variables
from claimdiff.tui.commands import ClaimdiffCommands
from claimdiff.tui.config import Config
from claimdiff.tui.messages import ArticleLoaded, InboxReady, LoadProgress, ReviewsSaved
from claimdiff.tui.practice import Practice

if TYPE_CHECKING:
    from claimdiff.pipeline.checker import Checker
    from claimdiff.study.edit import SheetEdit
    from claimdiff.tui.screens.main import MainScreen

log = logging.getLogger(__name__)

DRAIN = 0.012
"""Seconds the screen spends opening arrived articles before it answers waiting keys."""
TOASTS = 3
"""More errors (or review messages) than this at once make one toast, not one each."""

"""Turns an article file into its checked result (raises ClaimdiffError for bad input)."""


@dataclass
class Slot:
    """One article of the session: waiting, loaded, or failed with an error."""

    path: Path
    state: Literal["pending", "ready", "error"] = "pending"
    article: ReviewedArticle | None = None
    error: str | None = None

    @property
    def title(self) -> str:
        if self.article is not None:
            return self.article.result.title
        return self.path.name


class ClaimdiffApp(App[int]):
    """Walk articles claim by claim against a study's facts, and review the verdicts."""

    CSS_PATH = "app.tcss"
    TITLE = "claimdiff"
    COMMANDS = App.COMMANDS | {ClaimdiffCommands}
    BINDING_GROUP_TITLE = "claimdiff"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="app.help",
                tooltip="All keys, the verdict symbols and where reviews are saved"),
        Binding("q", "quit", "Quit", id="app.quit",
                tooltip="Quit (reviews are already saved)"),
    ]  # fmt: skip

    def __init__(
        self,
        sheet: Sheet,
        paths: Sequence[Path] = (),
        *,
        results: Sequence[ArticleResult | ClaimdiffError] | None = None,
        background: BackgroundCheck | None = None,
        store: ReviewStore | None = None,
        config: Config | None = None,
        theme: str | None = None,
        errors: Sequence[ClaimdiffError] = (),
        practice: bool = False,
    ) -> None:
        """Open `paths`, checked by `background` (one is started after the first frame if not
        given), or show precomputed `results` at once. `errors` are inputs that failed before
        the app started."""
        super().__init__()
        self.sheet = sheet
        self.store = store or ReviewStore(sheet.study)
        self.config = config or Config.load()
        self._background = background  # checking `paths`, started before the app, if it was
        self._checker: Checker | None = None
        self._kept: dict[tuple[str, int], SheetEdit] = {}  # what `w` taught the sheet
        self._checker_lock = threading.Lock()
        self._pairs: dict[tuple[str, int, str | None], Match] = {}  # the core's re-aligned pairs
        self._pending_pairs: set[tuple[str, int, str | None]] = set()
        self._results = list(results) if results is not None else None
        if self._results is not None:
            paths = [
                r.document.path if isinstance(r, ArticleResult) else (r.path or Path("?"))
                for r in self._results
            ]
        self.slots = [Slot(Path(p)) for p in paths]
        for error in errors:
            self.slots.append(Slot(error.path or Path("?"), "error", error=error.message))
        self._pending = sum(1 for s in self.slots if s.state == "pending")
        self._accuracies: dict[int, float] = {}  # each open article's accuracy, as counted
        self._corpus = (0.0, 0)  # their sum and number (see `corpus`)
        self._ready_indices: list[int] = []  # the slots checked and open, in order
        self._inbox: deque[ArticleLoaded] = deque()  # articles checked, not yet shown
        self._stage: LoadProgress | None = None  # the latest stage, not yet shown
        self._inbox_lock = threading.Lock()
        self._inbox_told = False  # an InboxReady message is on its way
        self.title = "claimdiff"
        self.practice: Practice | None = Practice() if practice else None
        self._picks = self.practice  # kept when practice is left and taken up again
        self._quit_armed = False
        self.first_paint: float | None = None  # time.time() of the first frame (keys work)
        self.first_frame: float | None = None  # time.time() of the first frame with an article
        chosen = theme or self.config.theme
        if chosen and chosen in self.available_themes:
            self.theme = chosen

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast whose text is always plain and inert: messages quote file names, article and
        review text, so they are never markup and their control characters are made visible."""
        super().notify(
            one_line(message),
            title=one_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    # ------------------------------------------------------------------ start-up

    async def on_mount(self) -> None:
        if self.config.problem:
            self.notify(self.config.problem, severity="warning", markup=False)
        for warning in self.config.warnings:  # a setting of the wrong type, with its line
            self.notify(warning, title="Settings", severity="warning", markup=False)
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        for slot in self.slots:
            if slot.error:  # inputs that failed before the app started (missing, empty folder)
                self.notify(slot.error, title="Not opened", severity="error", markup=False)
        self.watch(self, "theme", self._theme_changed, init=False)
        from claimdiff.tui.screens.main import MainScreen

        await self.push_screen(MainScreen())
        # the checking worker starts after the first frame: it shares the GIL with the UI,
        # and a person sees the screen (and can use it) before the first article is ready
        self.call_after_refresh(self._first_paint)
        if self._results is not None:
            for index, item in enumerate(self._results):
                self._accept(index, *self._open(item))

    def on_unmount(self) -> None:
        if self._background is not None:
            self._background.stop()  # a child still checking a big article ends with the app
        self.store.close()  # the queued saves are finished first

    def _first_paint(self) -> None:
        self.first_paint = time.time()
        if self._results is None:
            self._load([(i, s.path) for i, s in enumerate(self.slots) if s.state == "pending"])

    def _open(
        self, item: ArticleResult | ClaimdiffError
    ) -> tuple[ReviewedArticle | None, str | None, list[Notice]]:
        if isinstance(item, ClaimdiffError):
            return None, item.message, []
        article, notices = self.store.open(item)
        return article, None, notices

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load(self, todo: list[tuple[int, Path]]) -> None:
        """Relay the background check of the articles (slot index, path): the stage of each
        (a 20 MB article takes minutes) and each article as soon as it is ready.

        Articles go into an inbox that the screen drains a few milliseconds at a time (one
        message waits in the app's queue at most), so keys pressed while thousands of
        articles arrive are answered between two drains, not after all of them.
        """
        worker = get_current_worker()
        paths = [path for _, path in todo]
        if self._background is None or self._background.paths != paths:
            self._background = BackgroundCheck(self.sheet, paths)
        names = [path.name for _, path in todo]
        for event in self._background.events():
            if worker.is_cancelled:
                return
            if isinstance(event, Stage):
                name = names[event.index]
                self._deliver(progress=LoadProgress(event.index, len(todo), name, event.what))
                continue
            article, error = None, event.error
            notices: list[Notice] = []
            if event.result is not None:
                try:
                    article, error, notices = self._open(event.result)
                except ClaimdiffError as exc:
                    error = exc.message
                except Exception as exc:  # a bug must cost one article, not the session
                    log.exception("opening %s failed", names[event.index])
                    error = f"{todo[event.index][1]}: unexpected error: {exc!r}"
            self._deliver(ArticleLoaded(todo[event.index][0], article, error, notices))
        self._deliver(progress=LoadProgress(len(todo), len(todo), ""))

    def _deliver(
        self, loaded: ArticleLoaded | None = None, progress: LoadProgress | None = None
    ) -> None:
        """From the loading thread: put an article (or the latest stage) in the inbox, and
        tell the screen if it has not been told since it last drained it."""
        with self._inbox_lock:
            if loaded is not None:
                self._inbox.append(loaded)
            if progress is not None:
                self._stage = progress
            if self._inbox_told:
                return
            self._inbox_told = True
        self.post_message(InboxReady())

    @on(InboxReady)
    def _drain(self) -> None:
        """Open the articles that arrived, for at most DRAIN seconds (the rest after the keys
        waiting behind), then show the progress and the score once."""
        start = time.perf_counter()
        errors: list[str] = []
        notices: list[Notice] = []
        while time.perf_counter() - start < DRAIN:
            with self._inbox_lock:
                if not self._inbox:
                    self._inbox_told = False
                    break
                loaded = self._inbox.popleft()
            error = self._accept(loaded.index, loaded.article, loaded.error, tell=False)
            if error:
                errors.append(error)
            notices += loaded.notices
        else:  # time is up: the rest after whatever is waiting (keys first)
            self.call_later(self._drain)
        with self._inbox_lock:
            stage, self._stage = self._stage, None
        self._tell(errors, notices)
        try:
            main = self.main
        except LookupError:
            return
        if stage is not None:
            main.show_progress(stage.done, stage.total, stage.name, stage.stage)
        main.article_arrived(None)
        if self._pending == 0 and not self.ready_slots:
            self.exit(2, return_code=2)

    def _tell(self, errors: list[str], notices: list[Notice]) -> None:
        """Toasts for what went wrong, a few one by one, many as one."""
        if len(errors) <= TOASTS:
            for error in errors:
                self.notify(error, title="Article not opened", severity="error", markup=False)
        else:
            self.notify(
                f"{len(errors):,} articles could not be opened (O lists them with the reason).",
                title="Articles not opened",
                severity="error",
                timeout=10,
            )
        for text, severity in notices[:TOASTS]:
            self.notify(text, severity=severity, markup=False, timeout=10)  # type: ignore[arg-type]
        if len(notices) > TOASTS:
            self.notify(f"… and {len(notices) - TOASTS:,} more messages about reviews.", timeout=10)

    @on(ArticleLoaded)
    def _article_loaded(self, message: ArticleLoaded) -> None:
        self._accept(message.index, message.article, message.error, message.notices)

    def _accept(
        self,
        index: int,
        article: ReviewedArticle | None,
        error: str | None,
        notices: list[Notice] = (),  # type: ignore[assignment]
        *,
        tell: bool = True,
    ) -> str | None:
        """Article `index` is checked: keep it (or its error). With `tell`, show its toasts
        and the screen's update now (else the caller does, once for many)."""
        slot = self.slots[index]
        if slot.state == "pending":
            self._pending -= 1
        slot.article, slot.error = article, error
        slot.state = "ready" if article is not None else "error"
        if article is not None:
            self._ready_indices.append(index)
            self._ready_indices.sort()
        self.accuracy_changed(index)
        if not tell:
            return error
        self._tell([error] if error else [], list(notices))
        self.main.article_arrived(index)
        if self._pending == 0 and not self.ready_slots:
            self.exit(2, return_code=2)
        return error

    @property
    def main(self) -> MainScreen:
        from claimdiff.tui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not open")

    async def checked(self) -> None:
        """Wait until every article has been checked (or failed), and its worker is done."""
        while self._pending:
            await asyncio.sleep(0.005)
        await self.workers.wait_for_complete()

    @property
    def ready_slots(self) -> list[int]:
        """The indices of the articles checked and open, in order."""
        return list(self._ready_indices)

    def corpus(self) -> float | None:
        """The mean accuracy (with reviews) of the articles loaded so far (n/a ones left
        out). Kept as a running total: with thousands of articles it is asked for on every
        key, and only `accuracy_changed` articles are counted again."""
        total, known = self._corpus
        return total / known if known else None

    def accuracy_changed(self, index: int | None) -> None:
        """Article `index`'s accuracy may have changed (a review): count it again."""
        if index is None:
            return
        slot = self.slots[index]
        old = self._accuracies.pop(index, None)
        new = slot.article.accuracy() if slot.article is not None else None
        total, known = self._corpus
        if old is not None:
            total, known = total - old, known - 1
        if new is not None:
            self._accuracies[index] = new
            total, known = total + new, known + 1
        self._corpus = (total, known) if known else (0.0, 0)

    # ------------------------------------------------------------------ reviews

    def save(self, article: ReviewedArticle) -> None:
        """Hand the article's review changes to the store, which saves them off the UI thread;
        the outcome comes back as a ReviewsSaved message."""
        self.store.save_later(article, self._saved)

    def _saved(self, article: ReviewedArticle, outcome: SaveOutcome) -> None:
        """Called on the store's writer thread."""
        self.post_message(ReviewsSaved(article, outcome))

    @on(ReviewsSaved)
    def _reviews_saved(self, message: ReviewsSaved) -> None:
        self._report_save(message.article, message.outcome)

    def _report_save(self, article: ReviewedArticle, outcome: SaveOutcome) -> None:
        """Tell the user what a save did; show reviews another viewer made meanwhile."""
        for text, severity in outcome.notices:
            self.notify(text, severity=severity, markup=False)  # type: ignore[arg-type]
        if outcome.problem is not None:
            self.notify(
                f"{outcome.problem}. Not saved yet (tried again with the next review and on "
                "quit): export your review (e) to keep it.",
                title="Review not saved",
                severity="error",
                markup=False,
                timeout=15,
            )
        adopted = [
            index
            for key, review in outcome.adopted.items()
            if (index := article.index_of(key)) is not None
            and not any(c.key == key for c in article.journal)  # the reviewer's newer change
            and article.reviews.get(key) != review
        ]
        if not adopted:
            return
        for index in adopted:
            article.put(article.keys[index], outcome.adopted[article.keys[index]])
        self.notify(f"{len(adopted)} review(s) from another claimdiff were merged", markup=False)
        position = next((i for i, s in enumerate(self.slots) if s.article is article), None)
        if position is not None:
            self.main.reviews_adopted(position, sorted(adopted))

    def _judge_pair(self, claim: Claim, fact_id: str | None) -> tuple[Match, Judgement]:
        """The core's judgement of `claim` against `fact_id` (thread-safe). The pipeline is
        imported on first use, never at start-up."""
        with self._checker_lock:
            if self._checker is None:
                from claimdiff.pipeline.checker import Checker

                self._checker = Checker(self.sheet)
            return self._checker.judge_pair(claim, fact_id)

    def rejudge(
        self, article: ReviewedArticle, index: int, fact_id: str | None
    ) -> tuple[Verdict, tuple[str, ...]]:
        """claimdiff's verdict and reasons for the claim paired with another fact."""
        claim = article.result.results[index].claim
        try:
            match, judgement = self._judge_pair(claim, fact_id)
        except Exception:  # the reviewer's choice stands even if the judge fails on it
            log.exception("judging a re-aligned claim failed")
            return article.verdict(index), ("claimdiff could not judge this pairing",)
        self._pairs[(article.sha256, index, fact_id)] = match
        return judgement.verdict, judgement.reasons

    def keep_wording(self, article: ReviewedArticle, index: int) -> tuple[str, SeverityLevel]:
        """Keep the claim's wording in the sheet file: an `also` phrasing of the fact the
        reviewer aligned it to, or a background example when the reviewer's verdict is
        background. The same key on the same claim takes it back. Returns the message that
        shows the change."""
        from claimdiff.study.edit import add_also, add_background
        from claimdiff.study.sheet import load_sheet

        path = self.sheet.path
        if path is None or not path.is_file():
            return "This sheet has no file to write to.", "error"
        key = (str(article.result.document.path), index)
        kept = self._kept.pop(key, None)
        claim = article.result.results[index].claim.display
        review = article.review(index)  # only the reviewer's own decision teaches the sheet
        try:
            if kept is not None:
                edit = kept.undo()
                message = f"{path.name}: took back {kept.what}"
            elif review is not None and review.verdict == "background":
                edit = add_background(path, claim)
                message = f"{path.name}: {edit.what} (w again takes it back)"
            elif review is not None and review.fact is not None:
                edit = add_also(path, review.fact, claim)
                message = f"{path.name}: {edit.what} (w again takes it back)"
            else:
                hint = "Re-align this claim to a fact (a), or mark it background (b), first."
                return hint, "warning"
            if kept is None and edit.added:
                self._kept[key] = edit
            elif kept is None:
                message = f"{path.name}: already has {edit.what.split(': ', 1)[1][2:]}"
            self.sheet = load_sheet(path)
            self._checker = None  # the next re-align judges with the taught sheet
            self._pairs.clear()
        except (ClaimdiffError, ValueError) as exc:
            return f"The sheet was not changed: {exc}", "error"
        return message, "information"

    def pair(self, article: ReviewedArticle, index: int, fact_id: str | None) -> Match | None:
        """The core's match (similarity, shared words) of claim `index` with a fact the
        reviewer chose. None while it is computed (for a re-alignment restored from the
        review store): the detail strip is redrawn when it is ready."""
        key = (article.sha256, index, fact_id)
        match = self._pairs.get(key)
        if match is None and key not in self._pending_pairs:
            self._pending_pairs.add(key)
            self._compute_pair(article, index, fact_id)
        return match

    @work(thread=True, group="pairs", exit_on_error=False)
    def _compute_pair(self, article: ReviewedArticle, index: int, fact_id: str | None) -> None:
        try:
            match, _ = self._judge_pair(article.result.results[index].claim, fact_id)
        except Exception:  # the strip then shows the pair without lit words
            log.exception("matching a re-aligned claim failed")
            return
        self.call_from_thread(self._pair_ready, (article.sha256, index, fact_id), match)

    def _pair_ready(self, key: tuple[str, int, str | None], match: Match) -> None:
        self._pairs[key] = match
        self._pending_pairs.discard(key)
        with contextlib.suppress(LookupError):  # the app is closing
            self.main.pair_ready(key[0], key[1])

    def set_practice(self, on: bool) -> None:
        """Practice mode on or off (the reader's picks are kept for the session)."""
        if on and self._picks is None:
            self._picks = Practice()
        self.practice = self._picks if on else None

    def unsaved(self) -> list[Slot]:
        return [s for s in self.slots if s.article and self.store.unsaved(s.article)]

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        """Save an SVG of the screen (the palette's "Screenshot"): in the Downloads folder, or
        in the working folder when there is none (a server reached over SSH often has none)."""
        if path is None and not platformdirs.user_downloads_path().is_dir():
            path = str(Path.cwd())
        return super().deliver_screenshot(filename, path, time_format)

    @on(events.DeliveryComplete)
    def _screenshot_saved(self, event: events.DeliveryComplete) -> None:
        """Say where the screenshot went, in plain words: Textual's own toast carries markup,
        which claimdiff's toasts never read."""
        if event.name != "screenshot":
            return
        event.prevent_default()
        self.notify(f"Saved screenshot to {event.path}" if event.path else "Saved screenshot")

    async def action_quit(self) -> None:
        """Quit once every review is saved: wait for the queued saves, try failed ones again,
        and ask for a second `q` before losing work."""
        self.store.flush()
        for slot in self.unsaved():
            if slot.article and not slot.article.read_only:
                self._report_save(slot.article, self.store.save(slot.article))
        if self.unsaved() and not self._quit_armed:
            self._quit_armed = True
            self.notify(
                "Some reviews could not be saved. Export them (e), or press q again to quit.",
                severity="error",
                timeout=15,
            )
            return
        self.exit(0)

    def action_help(self) -> None:
        from claimdiff.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    # ------------------------------------------------------------------ export

    def default_export_path(self, fmt: str) -> Path:
        from claimdiff.results.export import FORMATS

        return Path.cwd() / f"{study_slug(self.sheet.study.id)}-review.{FORMATS[fmt]}"

    def export_asking(
        self,
        fmt: str,
        path: Path,
        articles: list[ReviewedArticle],
        done: Callable[[bool], None] | None = None,
    ) -> None:
        """Export to `path`, first asking before replacing a file that exists; `done` gets
        whether it was written. A folder, a device, a FIFO or a read-only file is refused."""
        from claimdiff.results.files import writable_target
        from claimdiff.tui.screens.confirm import ConfirmScreen

        def write(replace: bool | None = True) -> None:
            written = bool(replace) and self.export(fmt, path, articles)
            if done is not None:
                done(written)

        try:
            writable_target(path)
        except ClaimdiffError as exc:
            self.notify(exc.message, title="Export failed", severity="error", markup=False)
            return
        if not path.exists():
            write()
            return
        question = f"{path} already exists. Replace it with this export?"
        self.push_screen(ConfirmScreen("Replace the file?", question, "Replace"), write)

    def export(self, fmt: str, path: Path, articles: list[ReviewedArticle]) -> bool:
        """Write an export; tell the user where (or why not)."""
        from claimdiff.results.export import count_exported, render
        from claimdiff.results.files import write_text

        try:
            write_text(path, render(fmt, self.sheet, articles, self.config.author))
        except ClaimdiffError as exc:  # not a regular file, read-only, or the write failed
            self.notify(exc.message, title="Export failed", severity="error", markup=False)
            return False
        except ValueError as exc:
            self.notify(f"{path}: {exc}", title="Export failed", severity="error", markup=False)
            return False
        n = count_exported(fmt, articles)
        what = "reviewed claims" if fmt == "claimreview" else "claims"
        self.notify(f"{n} {what} written to {path}", title="Exported", markup=False)
        return True

    # ------------------------------------------------------------------ looks

    def format_title(self, title: str, sub_title: str) -> Content:
        """claimdiff · study │ sub-title (e.g. the article and its position), fitted to width.

        The study's title is cut only when the line would not fit otherwise, and then only
        down to a quarter of the width: the rest of the room goes to the sub-title.
        """
        room = max(20, self.size.width - 20)  # Header: 8 columns of icon, 10 of clock space
        study = one_line(self.sheet.study.title)
        fixed = len(title) + len(" · ") + len("  │  ") * bool(sub_title)
        spare = room - fixed - len(sub_title)
        keep = max(spare, min(len(study), max(12, room // 4)))
        if len(study) > keep:
            study = study[: keep - 1] + "…"
        parts: list[Content | tuple[str, str] | str] = [
            (title, "bold"),
            (f" · {study}", "$text-muted"),
        ]
        if sub_title:
            parts += [("  │  ", "$text-muted"), Content(sub_title)]
        return Content.assemble(*parts)

    def _refit_title(self) -> None:
        """Fit the header's title to the new width (Textual formats it only when it changes)."""
        from textual.widgets import Header
        from textual.widgets._header import HeaderTitle

        for header in self.screen.query(Header):
            for label in header.query(HeaderTitle):
                label.update(header.format_title())

    def on_resize(self) -> None:
        self.call_after_refresh(self._refit_title)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables plus `$text-unsupported`/`$unsupported-muted` and the claim
        cursor's `$cursor`/`$cursor-blurred`, every text colour made readable on every
        background it is drawn on (`claimdiff.tui.colours`).

        Unsupported claims take the theme's accent colour, unless the accent is too close to
        its warning colour (overstated), as in textual-dark: then a mix of error and primary.
        """
        variables = super().get_css_variables()
        colour = variables.get("text-accent", "magenta")
        try:
            accent = Color.parse(variables["text-accent"])
            warning = Color.parse(variables["text-warning"])
            background = Color.parse(variables["background"])
            if sum(abs(a - b) for a, b in zip(accent.rgb, warning.rgb, strict=True)) < 90:
                accent = Color.parse(variables["text-error"]).blend(
                    Color.parse(variables["text-primary"]), 0.5
                )
            colour = accent.hex
            muted = background.blend(accent, 0.3).hex
        except (KeyError, ColorParseError):
            muted = variables.get("accent-muted", "magenta 30%")
        variables["text-unsupported"] = colour
        variables["unsupported-muted"] = muted
        variables = readable_variables(variables, dark=self.current_theme.dark)
        self.theme_variables = variables
        return variables

    # ------------------------------------------------------------------ settings

    def _theme_changed(self, theme: str) -> None:
        """Remember a theme chosen in the app (not one given with --theme)."""
        self.config.theme = theme
        try:
            self.config.save()
        except ClaimdiffError as exc:
            self.notify(f"theme not saved: {exc.message}", severity="warning", markup=False)

    def started(self) -> None:
        """Called by the main screen after the frame that first shows an article."""
        if self.first_frame is None:
            self.first_frame = time.time()
