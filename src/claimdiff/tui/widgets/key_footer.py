"""The footer: the active key bindings on one line, drawn as text by a single widget."""

from __future__ import annotations

from itertools import groupby

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

Item = tuple[str, str, str, bool, int]  # key shown, description, key to press, enabled, rank

RANK: dict[str, int] = {
    "app.help": 100,
    "app.quit": 100,
    "claim.next": 90,
    "fact.next": 90,
    "review.confirm": 85,
    "review.supported": 80,
    "problem.next": 70,
    "fact.cycle-claims": 70,
    "detail.expand": 70,
    "review.undo": 60,
    "view.overview": 50,
    "view.filter": 40,
    "palette": 35,
    "app.export": 30,
}
"""Which keys stay in a narrow footer: the lowest rank is dropped first (unranked: 50)."""


class KeyFooter(Widget):
    """Shows the bindings with `show=True` of the focused widget, its screen and the app, like
    Textual's Footer (groups such as `s o m u b Verdict` are combined; a click presses the
    key), but as one line of text: Textual's Footer builds a widget per key and rebuilds them
    all on every focus change, which cost more than the rest of the start-up."""

    DEFAULT_CSS = """
    KeyFooter {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._items: list[Item] = []
        self._palette: Item | None = None
        self._hits: list[tuple[int, int, str]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        active = screen.active_bindings
        shown = [(b, enabled) for (_, b, enabled, _) in active.values() if b.show]
        by_action: dict[str, tuple[Binding, bool]] = {}
        for binding, enabled in shown:  # one entry per action (first key), in binding order
            by_action.setdefault(binding.action, (binding, enabled))
        items: list[Item] = []
        for group, grouped in groupby(by_action.values(), lambda m: m[0].group):
            members = list(grouped)
            if group is not None and len(members) > 1:
                keys = "" if group.compact else " "
                display = keys.join(self.app.get_key_display(b) for b, _ in members)
                enabled = any(e for _, e in members)
                first = members[0][0]
                rank = RANK.get(first.id or "", 50)
                items.append((display, group.description, first.key, enabled, rank))
            else:
                for binding, enabled in members:
                    key = self.app.get_key_display(binding)
                    rank = RANK.get(binding.id or "", 50)
                    items.append((key, binding.description, binding.key, enabled, rank))
        self._items = items
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        self._palette = None
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            binding = palette.binding
            key = self.app.get_key_display(binding)
            self._palette = (key, "palette", binding.key, True, RANK["palette"])
        self.refresh()

    def render(self) -> Content:
        """The keys that fit, in binding order; when they do not all fit, the lowest-ranked
        go first (help and quit stay), and the palette key keeps the right edge."""
        width = self.size.width or 200
        items = [(self._item(i), i) for i in self._items]
        tail = self._tail()
        palette = tail is not None

        def length() -> int:
            used = 1 + sum(c.cell_length for c, _ in items) + 2 * max(0, len(items) - 1)
            return used + (tail.cell_length if palette and tail is not None else 0)

        while items and length() > width:
            ranks = [i[4] for _, i in items]
            lowest = min([*ranks, RANK["palette"]] if palette else ranks)
            if lowest in ranks:  # the last of the lowest-ranked keys goes
                del items[len(ranks) - 1 - ranks[::-1].index(lowest)]
            else:
                palette = False
        self._hits = []
        parts: list[Content] = []
        x = 1
        for content, item in items:
            self._hits.append((x, x + content.cell_length, item[2].split(",")[0]))
            parts.append(content)
            x += content.cell_length + 2
        line = Content(" ") + Content("  ").join(parts)
        if palette and tail is not None and self._palette is not None:
            room = width - tail.cell_length
            line = line.truncate(max(0, room)) if line.cell_length > room else line
            start = max(room, line.cell_length)
            self._hits.append((start, start + tail.cell_length, self._palette[2]))
            line = line.pad_right(max(0, room - line.cell_length)) + tail
        return line

    def _item(self, item: Item) -> Content:
        key, description, _, enabled, _ = item
        content = Content.assemble(
            (key, "bold $footer-key-foreground"),
            " ",
            (description, "$footer-description-foreground"),
        )
        return content if enabled else content.stylize("italic")

    def _tail(self) -> Content | None:
        if self._palette is None:
            return None
        key, description, _, _, _ = self._palette
        return Content.assemble(
            ("▏", "$footer-foreground 30%"),
            (key, "bold $footer-key-foreground"),
            " ",
            (description, "$footer-description-foreground"),
            " ",
        )

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._hits:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
