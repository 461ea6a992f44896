"""The footer: the active key bindings on one line, drawn as text by a single widget."""

from __future__ import annotations

from itertools import groupby

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widget import Widget

Item = tuple[str, str, str, bool]  # key shown, description, key to press, enabled


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
                items.append((display, group.description, members[0][0].key, enabled))
            else:
                for binding, enabled in members:
                    key = self.app.get_key_display(binding)
                    items.append((key, binding.description, binding.key, enabled))
        self._items = items
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        self._palette = None
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            binding = palette.binding
            self._palette = (self.app.get_key_display(binding), "palette", binding.key, True)
        self.refresh()

    def render(self) -> Content:
        parts: list[Content] = []
        self._hits = []
        x = 1
        for key, description, press, enabled in self._items:
            item = Content.assemble(
                (key, "bold $footer-key-foreground"),
                " ",
                (description, "$footer-description-foreground"),
            )
            if not enabled:
                item = item.stylize("dim")
            self._hits.append((x, x + item.cell_length, press.split(",")[0]))
            parts.append(item)
            x += item.cell_length + 2
        line = Content(" ") + Content("  ").join(parts)
        if self._palette is not None:
            key, description, press, _ = self._palette
            tail = Content.assemble(
                ("▏", "$footer-foreground 30%"),
                (key, "bold $footer-key-foreground"),
                " ",
                (description, "$footer-description-foreground"),
                " ",
            )
            room = self.size.width - tail.cell_length
            if line.cell_length > room:
                line = line.truncate(max(0, room))
            start = max(room, line.cell_length)
            self._hits.append((start, start + tail.cell_length, press))
            line = line.pad_right(max(0, room - line.cell_length)) + tail
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._hits:
            if start <= event.x < end:
                event.stop()
                self.app.simulate_key(key)
                return
