"""The export dialog: format, which articles, and the file to write."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

from claimdiff.results.export import FORMATS
from claimdiff.results.review import ReviewedArticle
from claimdiff.tui.commands import EXPORT_LABELS

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp


class ExportScreen(ModalScreen[bool]):
    """Pick a format (the file name follows it until you edit it) and write the export."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape", "cancel", "Cancel", id="dialog.cancel", tooltip="Close without exporting"
        ),
    ]

    def __init__(self, current: int | None) -> None:
        super().__init__(classes="prompt")
        self.current = current
        self.format = "json"
        self._auto_path = True

    @property
    def cd(self) -> ClaimdiffApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        ready = [s for s in self.cd.slots if s.article is not None]
        with Vertical(id="dialog") as dialog:
            dialog.border_title = Content("Export the review")
            yield Label(Content.styled("Format", "bold"))
            with RadioSet(id="format"):
                for n, (fmt, label) in enumerate(EXPORT_LABELS.items()):
                    yield RadioButton(label, value=n == 0, name=fmt)
            yield Label(Content.styled("Articles", "bold"))
            with RadioSet(id="scope"):
                yield RadioButton(f"All {len(ready)} open articles", value=True, name="all")
                yield RadioButton("Only this article", name="one", disabled=self.current is None)
            yield Label(Content.styled("File", "bold"))
            yield Input(str(self._default_path()), id="path")
            with Horizontal(id="buttons"):
                yield Button("Export", variant="primary", id="export")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#format", RadioSet).focus()

    def _default_path(self) -> Path:
        path = self.cd.default_export_path(self.format)
        try:
            return path.relative_to(Path.cwd())
        except ValueError:
            return path

    @on(RadioSet.Changed, "#format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.format = event.pressed.name or "json"
        path_input = self.query_one("#path", Input)
        if self._auto_path:
            path_input.value = str(self._default_path())
        else:
            current = Path(path_input.value)
            path_input.value = str(current.with_suffix("." + FORMATS[self.format]))
            self._auto_path = False

    @on(Input.Changed, "#path")
    def _path_edited(self, event: Input.Changed) -> None:
        if event.value != str(self._default_path()):
            self._auto_path = False

    @on(Input.Submitted, "#path")
    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            self.notify("Give a file name.", severity="error")
            return
        path = Path(raw).expanduser()
        scope = self.query_one("#scope", RadioSet).pressed_button
        if scope is not None and scope.name == "one" and self.current is not None:
            slot = self.cd.slots[self.current]
            articles = [slot.article] if slot.article is not None else []
        else:
            articles = [s.article for s in self.cd.slots if s.article is not None]
        chosen: list[ReviewedArticle] = [a for a in articles if a is not None]

        def written(ok: bool) -> None:
            if ok:
                self.dismiss(True)

        self.cd.export_asking(self.format, path, chosen, written)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)
