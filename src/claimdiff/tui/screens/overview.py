"""The corpus at a glance, in two tabs: every article with its scores, and every fact with the
articles that report it (`tab` switches). Sort with `s`, open with `enter`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static, TabbedContent, TabPane

from claimdiff.model import PROBLEMS, SYMBOLS
from claimdiff.results.by_fact import FactRow, corpus_by_fact, omitted_caveats
from claimdiff.safe_text import one_line, shorten
from claimdiff.tui.messages import JumpTo
from claimdiff.tui.render import MUTED, STYLE, pct
from claimdiff.tui.widgets.key_footer import KeyFooter
from claimdiff.tui.widgets.score_bar import OFF_STUDY

if TYPE_CHECKING:
    from claimdiff.results.review import ReviewedArticle
    from claimdiff.tui.app import ClaimdiffApp, Slot

SORTS = ("position", "title", "accuracy", "problems", "reviewed")
COLUMNS = ("#", "Article", "Claims", "Problems", "Reviewed", "Accuracy", "claimdiff", "Status")
WIDTHS = (4, 0, 6, 10, 10, 10, 9, 0)  # 0: a share of the room left (at least MIN_FLEX)
OPTIONAL = (6, 2)  # columns left out, in this order, when the screen is too narrow
SORT_COLUMN = {"position": 0, "title": 1, "problems": 3, "reviewed": 4, "accuracy": 5}

FACT_SORTS = ("sheet", "articles", "problems", "omitted")
FACT_COLUMNS = ("Fact", "Kind", "Articles", "Claims", "Verdicts", "Problems", "Left out by")
FACT_WIDTHS = (0, 13, 10, 6, 12, 10, 13)  # sortable ones with room for ▲
FACT_OPTIONAL = (1, 3)
MIN_FLEX = 24
FACT_SORT_COLUMN = {"sheet": 0, "articles": 2, "problems": 5, "omitted": 6}
BAR = 12


class OverviewScreen(Screen[int | JumpTo | None]):
    """Articles (failed ones included, with their error) and facts across the corpus."""

    BINDING_GROUP_TITLE = "Overview"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="overview.open", priority=True,
                tooltip="Open the article under the cursor, or the first claim reporting the fact"),
        Binding("tab,shift+tab", "switch", "By fact", id="overview.switch",
                tooltip="Switch between the articles and the corpus by fact"),
        Binding("s", "sort", "Sort", id="overview.sort",
                tooltip="Sort by the next column (articles: position, title, accuracy, problems, "
                        "reviewed; facts: sheet order, articles, problems, left out)"),
        Binding("r", "reverse", "Reverse", id="overview.reverse", tooltip="Reverse the order"),
        Binding("escape,O,q", "close", "Back", id="overview.close",
                tooltip="Back to the article"),
    ]  # fmt: skip

    def __init__(self, current: int | None, *, tab: str = "articles") -> None:
        super().__init__()
        self.current = current
        self.sort = "position"
        self.fact_sort = "sheet"
        self.reverse = False
        self.fact_reverse = False
        self._tab = tab
        self._rows: list[FactRow] = []
        self._width = 0  # the width the columns were fitted to

    @property
    def cd(self) -> ClaimdiffApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header(icon="◆")
        yield Static(id="summary")
        with TabbedContent(initial=self._tab):
            with TabPane("Articles", id="articles-tab"):
                yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
            with TabPane("By fact", id="facts-tab"):
                yield DataTable(id="by-fact", cursor_type="row", zebra_stripes=True)
        yield Static(id="row-detail")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = "Overview"
        self._width = self.size.width
        self._fill()
        self._fill_facts()
        self._show_tab(self._tab)

    def on_resize(self, event: events.Resize) -> None:
        """The columns fitted again to a new width (the cursor stays on its row)."""
        if event.size.width != self._width:
            self._width = event.size.width
            self._fill()
            self._fill_facts()

    @property
    def on_facts(self) -> bool:
        return self._tab == "facts-tab"

    @property
    def table(self) -> DataTable[object]:
        return self.query_one("#by-fact" if self.on_facts else "#articles", DataTable)

    def _show_tab(self, tab: str) -> None:
        self._tab = tab if tab in ("articles-tab", "facts-tab") else "articles-tab"
        self.query_one(TabbedContent).active = self._tab
        self.table.focus()
        self._describe_cursor()

    def action_switch(self) -> None:
        self._show_tab("articles-tab" if self.on_facts else "facts-tab")

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id and event.pane.id != self._tab:
            self._show_tab(event.pane.id)

    # ------------------------------------------------------------------ articles

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

    def _columns(
        self,
        table: DataTable[object],
        labels: tuple[str, ...],
        widths: tuple[int, ...],
        optional: tuple[int, ...],
        sorted_by: int | None,
        rows: list[list[object]],
    ) -> list[int]:
        """Add the columns that fit, sized by `_fit` (on a narrow screen the `optional` ones are
        left out, in order, until the title or the fact has MIN_FLEX cells); return the
        indices of the columns added."""
        keep = list(range(len(labels)))
        need = {n: max([len(labels[n]) + 2, *(_cells(row[n]) for row in rows)]) for n in keep}
        width = _fit(self.size.width - 2, keep, labels, widths, need)
        first = next(n for n in keep if widths[n] == 0)
        for n in optional:  # the first flexible column at least MIN_FLEX wide, if it needs it
            if width[first] >= min(MIN_FLEX, need[first]):
                break
            keep.remove(n)
            width = _fit(self.size.width - 2, keep, labels, widths, need)
        for n in keep:
            label = labels[n]
            if sorted_by == n:
                reverse = self.fact_reverse if labels is FACT_COLUMNS else self.reverse
                label += " ▼" if reverse else " ▲"
            table.add_column(label, key=str(n), width=width[n])
        return keep

    def _fill(self) -> None:
        table = self.query_one("#articles", DataTable)
        cursor = table.cursor_row
        selected = None
        if table.row_count:
            selected = table.coordinate_to_cell_key(Coordinate(cursor, 0)).row_key.value
        table.clear(columns=True)
        order = sorted(range(len(self.cd.slots)), key=self._key, reverse=self.reverse)
        rows = [self._row(index, self.cd.slots[index]) for index in order]
        keep = self._columns(table, COLUMNS, WIDTHS, OPTIONAL, SORT_COLUMN.get(self.sort), rows)
        for index, cells in zip(order, rows, strict=True):
            table.add_row(*(cells[n] for n in keep), key=str(index))
        target = selected if selected is not None else str(self.current or 0)
        if table.row_count:
            table.move_cursor(row=table.get_row_index(target) if target in table.rows else 0)
        self._summary()
        self._describe_cursor()

    def _summary(self) -> None:
        ready = [s.article for s in self.cd.slots if s.article is not None]
        reviewed = sum(a.reviewed_count() for a in ready)
        claims = sum(len(a) for a in ready)
        failed = sum(1 for s in self.cd.slots if s.state == "error")
        off = sum(1 for a in ready if not a.result.reports_study)
        caveats = omitted_caveats(self._rows)
        sort = self.fact_sort if self.on_facts else self.sort
        reverse = self.fact_reverse if self.on_facts else self.reverse
        parts: list[Content | tuple[str, str] | str] = [
            ("Corpus accuracy ", "bold"),
            (pct(self.cd.corpus()), "bold"),
            (f" over {len(ready) - off} article{'s' * (len(ready) - off != 1)}", MUTED),
            ("   Reviewed ", "bold"),
            f"{reviewed}/{claims} claims",
            (f"   {off} not about this study" if off else "", "bold $text-warning"),
            (f"   {failed} could not be opened" if failed else "", "bold $text-error"),
            (f"   sorted by {sort}{' (reversed)' if reverse else ''}", MUTED),
        ]
        if caveats:
            names = ", ".join(one_line(r.fact.id) for r in caveats[:4])
            more = f" and {len(caveats) - 4} more" if len(caveats) > 4 else ""
            parts += [
                ("\nCaveats most articles leave out: ", "bold $text-warning"),
                f"{names}{more}",
            ]
        self.query_one("#summary", Static).update(Content.assemble(*parts))

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
        off = not article.result.reports_study
        status = f"{OFF_STUDY} · {done}" if off and done else (OFF_STUDY if off else done)
        return [
            str(index + 1),
            title,
            str(len(article)),
            Content.styled(str(problems), "$text-warning" if problems else ""),
            f"{reviewed}/{len(article)}",
            Content.styled("n/a" if off else pct(article.accuracy()), "bold"),
            Content.styled("n/a" if off else pct(article.machine_accuracy()), MUTED),
            Content.styled(status, "$text-warning" if off else "$text-success"),
        ]

    # ------------------------------------------------------------------ facts

    def _articles(self) -> tuple[list[int], list[ReviewedArticle]]:
        """The loaded articles: their slot indices and the articles."""
        slots = [i for i, s in enumerate(self.cd.slots) if s.article is not None]
        return slots, [self.cd.slots[i].article for i in slots]  # type: ignore[misc]

    def _fact_key(self, row: FactRow) -> tuple[object, ...]:
        if self.fact_sort == "articles":
            return (len(row.articles),)
        if self.fact_sort == "problems":
            return (row.problems,)
        if self.fact_sort == "omitted":
            return (row.omitted_by if row.fact.kind == "caveat" else -1,)
        return ()

    def _fill_facts(self) -> None:
        table = self.query_one("#by-fact", DataTable)
        cursor = table.cursor_row
        selected = None
        if table.row_count:
            selected = table.coordinate_to_cell_key(Coordinate(cursor, 0)).row_key.value
        _, articles = self._articles()
        self._rows = corpus_by_fact(self.cd.sheet, articles)
        table.clear(columns=True)
        order = list(range(len(self._rows)))
        if self.fact_sort != "sheet":  # most first; stable, so sheet order breaks ties
            order.sort(key=lambda n: self._fact_key(self._rows[n]), reverse=True)
        if self.fact_reverse:
            order.reverse()
        rows = [self._fact_cells(self._rows[n]) for n in order]
        column = FACT_SORT_COLUMN.get(self.fact_sort)
        keep = self._columns(table, FACT_COLUMNS, FACT_WIDTHS, FACT_OPTIONAL, column, rows)
        for n, cells in zip(order, rows, strict=True):
            table.add_row(*(cells[k] for k in keep), key=str(n))
        if table.row_count and selected is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected))
        self._summary()

    def _fact_cells(self, row: FactRow) -> list[object]:
        fact = row.fact
        text = Content(shorten(one_line(fact.text), 300))
        considered = row.considered
        bar = Content.assemble(
            *((symbol, STYLE[verdict]) for symbol, verdict in _bar_symbols(row, BAR))
        )
        if fact.kind == "caveat" and considered:
            omitted = f"{row.omitted_by}/{considered}"
            style = "bold $text-warning" if row.mostly_omitted else ""
            left_out = Content.styled(f"{omitted} ⚠" if row.mostly_omitted else omitted, style)
        elif considered:
            left_out = Content.styled(f"{row.omitted_by}/{considered}", MUTED)
        else:
            left_out = Content("")
        return [
            text,
            Content.styled(fact.kind, MUTED),
            f"{len(row.articles)}/{considered}",
            str(len(row.claims)),
            bar,
            Content.styled(str(row.problems), "$text-warning" if row.problems else ""),
            left_out,
        ]

    # ------------------------------------------------------------------ keys

    def action_sort(self) -> None:
        if self.on_facts:
            self.fact_sort = FACT_SORTS[(FACT_SORTS.index(self.fact_sort) + 1) % len(FACT_SORTS)]
            self._fill_facts()
        else:
            self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
            self._fill()

    def action_reverse(self) -> None:
        if self.on_facts:
            self.fact_reverse = not self.fact_reverse
            self._fill_facts()
        else:
            self.reverse = not self.reverse
            self._fill()

    @on(DataTable.HeaderSelected)
    def _header(self, event: DataTable.HeaderSelected) -> None:
        if event.data_table.id == "by-fact":
            by_column = {v: k for k, v in FACT_SORT_COLUMN.items()}
            name = by_column.get(event.column_index)
            if name is not None:
                self.fact_reverse = not self.fact_reverse if name == self.fact_sort else False
                self.fact_sort = name
                self._fill_facts()
            return
        articles = {v: k for k, v in SORT_COLUMN.items()}
        name = articles.get(event.column_index)
        if name is not None:
            self.reverse = not self.reverse if name == self.sort else False
            self.sort = name
            self._fill()

    @on(DataTable.RowHighlighted)
    def _row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._describe_cursor()

    def _describe_cursor(self) -> None:
        table = self.table
        if not table.row_count:
            self.query_one("#row-detail", Static).update("")
            return
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        if key is None:
            return
        if self.on_facts:
            self._describe_fact(self._rows[int(key)])
        else:
            self._describe(int(key))

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

    def _describe_fact(self, row: FactRow) -> None:
        """The highlighted fact whole, and the articles that report it."""
        slots, _ = self._articles()
        names = [one_line(self.cd.slots[slots[n]].title) for n in row.articles]
        reported = (
            f"Reported by: {'; '.join(shorten(n, 50) for n in names[:4])}"
            + (f" and {len(names) - 4} more" if len(names) > 4 else "")
            if names
            else "Reported by no article"
        )
        detail = Content.assemble(
            (f"{one_line(row.fact.id)} · {row.fact.certainty}: ", "bold"),
            one_line(row.fact.text),
            (f"\n{reported}", MUTED),
            ("  (enter: its claims)" if names else "", MUTED),
        )
        self.query_one("#row-detail", Static).update(detail)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def action_open(self) -> None:
        table = self.table
        if table.row_count:
            self._open(table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value)

    def _open(self, key: str | None) -> None:
        if key is None:
            return
        if self.on_facts:
            row = self._rows[int(key)]
            if not row.claims:
                self.notify("No article reports this fact.", severity="warning")
                return
            slots, _ = self._articles()
            article, claim = row.claims[0]
            self.dismiss(JumpTo(slots[article], claim=claim, fact_id=row.fact.id))
            return
        slot = self.cd.slots[int(key)]
        if slot.state != "ready":
            message = slot.error or "still being checked"
            self.notify(message, title="Cannot open", severity="error", markup=False)
            return
        self.dismiss(int(key))

    def action_close(self) -> None:
        self.dismiss(None)


def _bar_symbols(row: FactRow, width: int) -> list[tuple[str, str]]:
    """(symbol, verdict) pairs for `row.bar(width)`: problems first, then "+N" for the rest."""
    order = ("misreported", "overstated", "unsupported", "supported", "background")
    verdicts = [v for v in order for _ in range(row.counts[v])]  # type: ignore[index]
    if len(verdicts) <= width:
        return [(SYMBOLS[v], v) for v in verdicts]
    shown = [(SYMBOLS[v], v) for v in verdicts[: width - 3]]
    return [*shown, (f"+{len(verdicts) - (width - 3)}", "background")]


def _cells(cell: object) -> int:
    """The width of a table cell's text."""
    return cell.cell_length if isinstance(cell, Content) else cell_len(str(cell))


def _fit(
    room: int,
    keep: list[int],
    labels: tuple[str, ...],
    widths: tuple[int, ...],
    need: dict[int, int],
) -> dict[int, int]:
    """The widths of the columns `keep` in `room` cells: the fixed ones as given, the flexible
    (0) ones sharing what is left: the others at most a third between them and only what they
    `need` (their label at least), the first (the title or the fact) the rest, less what it
    does not need itself."""
    width = {n: widths[n] for n in keep if widths[n]}
    flexible = [n for n in keep if widths[n] == 0]
    first, others = flexible[0], flexible[1:]
    left = room - sum(width[n] + 2 for n in width) - 2 * len(flexible)
    for n in others:
        share = (left - left * 2 // 3) // len(others)
        width[n] = max(len(labels[n]) + 2, min(share, need[n]))
    width[first] = max(MIN_FLEX // 2, left - sum(width[n] for n in others))
    for n in others:
        spare = width[first] - max(MIN_FLEX // 2, need[first])
        grow = min(max(0, spare), need[n] - width[n])
        if grow > 0:
            width[n] += grow
            width[first] -= grow
    return width
