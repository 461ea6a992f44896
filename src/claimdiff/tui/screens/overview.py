"""All articles with their scores: sort them, open one with enter."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from claimdiff.model import PROBLEMS
from claimdiff.safe_text import one_line
from claimdiff.tui.render import MUTED, pct
from claimdiff.tui.widgets.key_footer import KeyFooter
from claimdiff.tui.widgets.score_bar import OFF_STUDY

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp, Slot

SORTS = ("position", "title", "accuracy", "problems", "reviewed")
COLUMNS = ("#", "Article", "Claims", "Problems", "Reviewed", "Accuracy", "claimdiff", "Status")
WIDTHS = (3, 0, 6, 8, 9, 9, 9, 0)  # 0: shared out of the remaining width
SORT_COLUMN = {"position": 0, "title": 1, "problems": 3, "reviewed": 4, "accuracy": 5}


class OverviewScreen(Screen[int | None]):
    """A table of the session's articles (failed ones included, with their error)."""

    BINDING_GROUP_TITLE = "Overview"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="overview.open", priority=True,
                tooltip="Open the article under the cursor"),
        Binding("s", "sort", "Sort", id="overview.sort",
                tooltip="Sort by the next column: position, title, accuracy, problems, reviewed"),
        Binding("r", "reverse", "Reverse", id="overview.reverse", tooltip="Reverse the order"),
        Binding("escape,O,q", "close", "Back", id="overview.close",
                tooltip="Back to the article"),
    ]  # fmt: skip

    def __init__(self, current: int | None) -> None:
        super().__init__()
        self.current = current
        self.sort = "position"
        self.reverse = False

    @property
    def cd(self) -> ClaimdiffApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        yield Static(id="summary")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield Static(id="row-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Overview"
        self._fill()
        self.query_one(DataTable).focus()

    def _key(self, index: int) -> tuple[object, ...]:
        slot = self.cd.slots[index]
        article = slot.article
        if self.sort == "title":
            return (slot.title.casefold(),)
        if article is None:
            return (1, 0.0)  # failed and pending articles last
        if self.sort == "accuracy":
            acc = article.accuracy()
            return (acc is None, acc or 0.0)
        if self.sort == "problems":
            return (0, sum(article.counts()[v] for v in PROBLEMS))
        if self.sort == "reviewed":
            return (0, article.reviewed_count() / max(1, len(article)))
        return (index,)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        selected = None
        if table.row_count:
            selected = table.coordinate_to_cell_key(Coordinate(cursor, 0)).row_key.value
        table.clear(columns=True)
        spare = max(30, self.size.width - sum(WIDTHS) - 2 * len(WIDTHS) - 2)
        flexible = {1: spare * 2 // 3, 7: spare - spare * 2 // 3}
        for n, label in enumerate(COLUMNS):
            if SORT_COLUMN.get(self.sort) == n:
                label += " ▼" if self.reverse else " ▲"
            table.add_column(label, key=str(n), width=WIDTHS[n] or flexible[n])
        order = sorted(range(len(self.cd.slots)), key=self._key, reverse=self.reverse)
        for index in order:
            table.add_row(*self._row(index, self.cd.slots[index]), key=str(index))
        target = selected if selected is not None else str(self.current or 0)
        if table.row_count:
            table.move_cursor(row=table.get_row_index(target) if target in table.rows else 0)
            key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
            if key is not None:
                self._describe(int(key))
        ready = [s.article for s in self.cd.slots if s.article is not None]
        reviewed = sum(a.reviewed_count() for a in ready)
        claims = sum(len(a) for a in ready)
        failed = sum(1 for s in self.cd.slots if s.state == "error")
        summary = Content.assemble(
            ("Corpus accuracy ", "bold"),
            (pct(self.cd.corpus()), "bold"),
            (f" over {len(ready)} article{'s' * (len(ready) != 1)}", MUTED),
            ("   Reviewed ", "bold"),
            f"{reviewed}/{claims} claims",
            (f"   {failed} could not be opened" if failed else "", "bold $text-error"),
            (f"   sorted by {self.sort}{' (reversed)' if self.reverse else ''}", MUTED),
        )
        self.query_one("#summary", Static).update(summary)

    def _row(self, index: int, slot: Slot) -> list[object]:
        title = Content(one_line(slot.title))
        if index == self.current:
            title = title.stylize("bold")
        article = slot.article
        if article is None:
            problem = (slot.error or "error").removeprefix(f"{slot.path}: ")
            status = "checking…" if slot.state == "pending" else one_line(problem)
            style = MUTED if slot.state == "pending" else "$text-error"
            return [str(index + 1), title, "", "", "", "", "", Content.styled(status, style)]
        counts = article.counts()
        problems = sum(counts[v] for v in PROBLEMS)
        reviewed = article.reviewed_count()
        done = "✓ reviewed" if reviewed == len(article) and len(article) else ""
        if not article.result.reports_study:
            status = f"{OFF_STUDY} · {done}" if done else OFF_STUDY
            return [
                str(index + 1),
                title,
                str(len(article)),
                Content.styled(str(problems), "$text-warning" if problems else ""),
                f"{reviewed}/{len(article)}",
                Content.styled("n/a", "bold"),
                Content.styled("n/a", MUTED),
                Content.styled(status, "$text-warning"),
            ]
        return [
            str(index + 1),
            title,
            str(len(article)),
            Content.styled(str(problems), "$text-warning" if problems else ""),
            f"{reviewed}/{len(article)}",
            Content.styled(pct(article.accuracy()), "bold"),
            Content.styled(pct(article.machine_accuracy()), MUTED),
            Content.styled(done, "$text-success"),
        ]

    def action_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self._fill()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        by_column = {v: k for k, v in SORT_COLUMN.items()}
        name = by_column.get(event.column_index)
        if name is not None:
            self.reverse = not self.reverse if name == self.sort else False
            self.sort = name
            self._fill()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.row_key.value is not None:
            self._describe(int(event.row_key.value))

    def _describe(self, index: int) -> None:
        """The highlighted article's file and, for one that failed, its whole error."""
        slot = self.cd.slots[index]
        path = one_line(str(slot.path))
        if slot.state == "error":
            problem = (slot.error or "error").removeprefix(f"{slot.path}: ")
            detail = Content.assemble(
                ("Could not be opened: ", "bold $text-error"),
                (one_line(problem), "$text-error"),
                (f"\n{path}", MUTED),
            )
        elif slot.state == "pending":
            detail = Content.assemble(("Still being checked… ", "italic"), (path, MUTED))
        else:
            detail = Content.styled(path, MUTED)
        self.query_one("#row-detail", Static).update(detail)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self._open(table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value)

    def _open(self, key: str | None) -> None:
        if key is None:
            return
        slot = self.cd.slots[int(key)]
        if slot.state != "ready":
            message = slot.error or "still being checked"
            self.notify(message, title="Cannot open", severity="error", markup=False)
            return
        self.dismiss(int(key))

    def action_close(self) -> None:
        self.dismiss(None)
