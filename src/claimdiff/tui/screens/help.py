"""Every key, what the symbols mean, and where reviews and settings are kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from claimdiff.model import SYMBOLS
from claimdiff.safe_text import one_line
from claimdiff.tui.render import MUTED, STYLE

if TYPE_CHECKING:
    from claimdiff.tui.app import ClaimdiffApp

KEY_NAMES = {
    "space": "space",
    "question_mark": "?",
    "slash": "/",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "down": "↓",
    "up": "↑",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "escape": "esc",
    "enter": "enter",
}

SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("Move", ("claim.", "problem.", "article.", "pane.", "fact.")),
    ("Review (saved at once)", ("review.",)),
    ("View", ("view.", "detail.")),
    ("In the overview", ("overview.",)),
    ("Export and app", ("app.",)),
]


def key_text(keys: str) -> str:
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


def all_bindings() -> list[Binding]:
    """The bindings of the main screen, its panes and the app (first of each id)."""
    from claimdiff.tui.app import ClaimdiffApp
    from claimdiff.tui.screens.main import MainScreen
    from claimdiff.tui.screens.overview import OverviewScreen
    from claimdiff.tui.widgets.article_view import ArticleView
    from claimdiff.tui.widgets.detail_strip import DetailStrip
    from claimdiff.tui.widgets.facts_view import FactsView

    seen: set[str] = set()
    out: list[Binding] = []
    owners = (ArticleView, FactsView, DetailStrip, MainScreen, OverviewScreen, ClaimdiffApp)
    for owner in owners:
        for binding in owner.BINDINGS:
            if isinstance(binding, Binding) and binding.id and binding.id not in seen:
                seen.add(binding.id)
                out.append(binding)
    return out


KEYS = 16
"""The width of the keys' column: descriptions start (and go on when they wrap) here."""


def _hang(head: Content, body: Content, width: int) -> Content:
    """`head` then `body`, which wraps (when `width` is set) to go on under itself."""
    if not width or head.cell_length + body.cell_length <= width:
        return head + body
    indent = head.cell_length
    lines = body.wrap(max(8, width - indent))
    return head + Content("\n" + " " * indent).join(line.rstrip() for line in lines)


def help_content(app: ClaimdiffApp, width: int = 0) -> Content:
    """Every key by section, the symbols, and the files; descriptions wrapped to `width`
    (0: not wrapped) with a hanging indent."""
    keymap: dict[str, str] = getattr(app, "_keymap", {}) or {}
    lines: list[Content] = []
    bindings = all_bindings()
    for title, prefixes in SECTIONS:
        lines.append(Content.styled(title.upper(), "bold $text-secondary"))
        for binding in bindings:
            if binding.id and binding.id.startswith(prefixes):
                keys = key_text(keymap.get(binding.id, binding.key))
                head = Content.styled(f"  {keys:<{KEYS - 2}}", "bold $text-accent")
                lines.append(_hang(head, Content(binding.tooltip or binding.description), width))
        if title.startswith("Export"):
            head = Content.styled(f"  {'ctrl+p':<{KEYS - 2}}", "bold $text-accent")
            palette = "Command palette: jump to an article or fact, export, theme, filters"
            lines.append(_hang(head, Content(palette), width))
        lines.append(Content(""))
    lines.append(Content.styled("VERDICTS", "bold $text-secondary"))
    meaning = {
        "supported": "reports the fact correctly",
        "overstated": "more certain, wider or more causal than the study",
        "misreported": "a checkable detail is wrong (number, name, population…)",
        "unsupported": "presented as the study's finding, but no fact says it",
        "background": "not a checkable claim about the study; not scored",
    }
    for verdict, text in meaning.items():
        head = Content.assemble(
            (f"  {SYMBOLS[verdict]} ", f"bold {STYLE[verdict]}"), (f"{verdict:<12}", "bold")
        )
        lines.append(_hang(head, Content.styled(text, MUTED), width))
    marks = Content.assemble(
        ("• ", "bold $text-primary"),
        "you confirmed the verdict   ",
        ("✎ ", "bold $text-primary"),
        "you set it or re-aligned the claim",
    )
    lines.append(_hang(Content("  "), marks, width))
    legend = Content.assemble(
        "● fact used   ○ fact not mentioned   ",
        ("⚠", "bold $text-warning"),
        " caveat the article omits   ▶ the selected claim's fact",
    )
    lines.append(_hang(Content("  "), legend, width))
    lines.append(Content(""))
    lines.append(Content.styled("FILES", "bold $text-secondary"))
    review = app.store.path
    lines.append(
        _hang(Content.styled("  Reviews   ", "bold"), Content(one_line(str(review))), width)
    )
    settings = Content(one_line(str(app.config.path)))
    lines.append(_hang(Content.styled("  Settings  ", "bold"), settings, width))
    accuracy = Content.styled(
        "Accuracy = supported / (supported + overstated + misreported + unsupported),"
        " counting your verdicts.",
        MUTED,
    )
    lines.append(_hang(Content("  "), accuracy, width))
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Generated from the bindings, so it always matches the keys (and a user's keymap)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,question_mark,q", "close", "Close", id="dialog.close", tooltip="Close help"
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._width = 0  # the width the text was wrapped to

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = Content("claimdiff keys")
            yield Static(help_content(self.app), id="help")  # type: ignore[arg-type]

    def on_mount(self) -> None:
        self.call_after_refresh(self._wrap)

    def on_resize(self) -> None:
        self.call_after_refresh(self._wrap)

    def _wrap(self) -> None:
        """Wrap the descriptions to the dialog's width, under themselves."""
        help_text = self.query_one("#help", Static)
        width = help_text.content_region.width
        if width and width != self._width:
            self._width = width
            help_text.update(help_content(self.app, width))  # type: ignore[arg-type]

    def action_close(self) -> None:
        self.dismiss(None)
