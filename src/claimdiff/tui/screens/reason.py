"""Write the reviewer's reason for a claim's verdict (the `r` prompt)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from claimdiff.safe_text import one_line


class ReasonScreen(ModalScreen[str | None]):
    """One line of text; enter saves it (empty clears it), escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without saving"),
    ]

    def __init__(self, claim: str, reason: str) -> None:
        super().__init__(classes="prompt")
        self.claim = one_line(claim)
        self.reason = one_line(reason)  # from a review file: it may hold anything

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content("Reason for the verdict")
            yield Label(Content.assemble(("Claim: ", "bold"), (self.claim, "italic")), id="heading")
            yield Input(self.reason, placeholder="Why? (saved with the review)", id="reason")
            yield Label(Content.styled("enter save · esc cancel", "$text-muted"), id="hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#reason")
    def _save(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
