"""An OptionList that repaints only the options whose look changed when the cursor moves."""

from __future__ import annotations

from textual import events
from textual.reactive import reactive
from textual.visual import VisualType
from textual.widgets import OptionList


class OptionPane(OptionList, inherit_bindings=False):
    """The base of the article and study panes.

    OptionList repaints every visible line when `highlighted` changes; here only the lines of
    the old and the new option are refreshed (scrolling still repaints what it must), so a
    step costs two options, not a screenful. Likewise `replace_prompt` re-measures and
    repaints only the option it changes (OptionList measures every option again).
    """

    highlighted: reactive[int | None] = reactive(None, repaint=False)

    def on_resize(self, event: events.Resize) -> None:
        """The lines wrap anew at a new width: bring the highlighted option back into view
        (the old scroll offset now points elsewhere)."""
        self.call_after_refresh(self.scroll_to_highlight)

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

    def replace_prompt(self, index: int, prompt: VisualType) -> None:
        """Give option `index` a new prompt. When its height is unchanged (a new verdict mark,
        a new count), only its own rendered lines are dropped and repainted; otherwise the
        lines of every option are measured again, as OptionList does."""
        option = self.get_option_at_index(index)
        cache = self._line_cache
        height = cache.heights.get(index)
        option._set_prompt(prompt)
        if height is None or not self.is_mounted or not self.scrollable_content_region:
            self._clear_caches()
            return
        padding = self.get_component_styles("option-list--option").padding
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        visual = self._get_visual(option)
        rules = self.styles  # as OptionList measures its options
        if visual.get_height(rules, width - padding.width) + option._divider != height:  # type: ignore[arg-type]
            self._clear_caches()
            return
        for key in [k for k in self._option_render_cache.keys() if k[0] is option]:  # noqa: SIM118
            self._option_render_cache.discard(key)
        self.refresh_lines(cache.index_to_line[index], height)
