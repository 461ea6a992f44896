"""An OptionList that repaints only the options whose look changed when the cursor moves."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import OptionList


class OptionPane(OptionList, inherit_bindings=False):
    """The base of the article and study panes.

    OptionList repaints every visible line when `highlighted` changes; here only the lines of
    the old and the new option are refreshed (scrolling still repaints what it must), so a
    step costs two options, not a screenful.
    """

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def _watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            self.refresh_option(index)

    def refresh_option(self, index: int | None) -> None:
        """Repaint the lines of one option."""
        if index is None or not self.is_mounted:
            return
        try:
            line = self._index_to_line[index]
            height = self._heights[index]
        except KeyError:
            self.refresh()
            return
        self.refresh_lines(line, height)
