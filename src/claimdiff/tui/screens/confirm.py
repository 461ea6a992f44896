"""A yes/no question before something that cannot be undone (e.g. replacing a file)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from claimdiff.safe_text import one_line


class ConfirmScreen(ModalScreen[bool]):
    """`question` (plain text: it may quote a file name) with a button that does it and one
    that does not. Cancel has the focus, so enter never replaces anything by accident."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "Cancel", id="confirm.no", tooltip="Do not do it"),
        Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Do it"),
    ]

    def __init__(self, title: str, question: str, action: str) -> None:
        super().__init__(classes="prompt")
        self.heading = one_line(title)
        self.question = one_line(question)
        self.action_label = one_line(action)

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content(self.heading)
            yield Label(Content(self.question), id="question")
            with Horizontal(id="buttons"):
                yield Button(f"{self.action_label} (y)", variant="error", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
