"""A dialog with a query box over a list that narrows as you type (base of search and re-align)."""

from __future__ import annotations

from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

T = TypeVar("T")


class PickerScreen(ModalScreen[T], Generic[T]):
    """Type to narrow the list; up/down move, enter picks, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without choosing"),
        Binding("down", "move(1)", "Down", show=False, id="dialog.down", tooltip="Next item"),
        Binding("up", "move(-1)", "Up", show=False, id="dialog.up", tooltip="Previous item"),
        Binding("pagedown", "page(1)", show=False, id="dialog.page-down", tooltip="Page down"),
        Binding("pageup", "page(-1)", show=False, id="dialog.page-up", tooltip="Page up"),
    ]  # fmt: skip

    TITLE = "Pick"
    PLACEHOLDER = "Type to narrow the list"

    def __init__(self, heading: Content | None = None) -> None:
        super().__init__(classes="picker")
        self._heading = heading
        self._values: list[T | None] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(self.TITLE)
            if self._heading is not None:
                yield Label(self._heading, id="heading")
            yield Input(placeholder=self.PLACEHOLDER, id="query")
            yield OptionList(id="choices", markup=False)
            yield Label(
                Content.styled("↑↓ move · enter choose · esc cancel", "$text-muted"), id="hint"
            )

    def on_mount(self) -> None:
        self._fill("")
        self.query_one(Input).focus()

    def items(self, query: str) -> list[tuple[Option, T | None]]:
        """The options for `query` with the value each stands for (None: not choosable)."""
        raise NotImplementedError

    def initial(self) -> int | None:
        """The option to highlight first."""
        return None

    def _fill(self, query: str) -> None:
        pairs = self.items(query)
        self._values = [v for _, v in pairs]
        choices = self.query_one("#choices", OptionList)
        choices.set_options([o for o, _ in pairs])
        first = self.initial() if not query else None
        if first is None:
            first = next((i for i, v in enumerate(self._values) if v is not None), None)
        choices.highlighted = first

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self._choose(self.query_one("#choices", OptionList).highlighted)

    @on(OptionList.OptionSelected, "#choices")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and index < len(self._values) and self._values[index] is not None:
            self.dismiss(self._values[index])
        else:
            self.app.bell()

    def action_move(self, step: int) -> None:
        choices = self.query_one("#choices", OptionList)
        if step > 0:
            choices.action_cursor_down()
        else:
            choices.action_cursor_up()

    def action_page(self, step: int) -> None:
        choices = self.query_one("#choices", OptionList)
        if step > 0:
            choices.action_page_down()  # type: ignore[no-untyped-call]  # Textual leaves it untyped
        else:
            choices.action_page_up()  # type: ignore[no-untyped-call]

    def action_cancel(self) -> None:
        self.dismiss(None)
