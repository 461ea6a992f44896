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


def help_content(app: ClaimdiffApp) -> Content:
    keymap: dict[str, str] = getattr(app, "_keymap", {}) or {}
    lines: list[Content] = []
    bindings = all_bindings()
    for title, prefixes in SECTIONS:
        lines.append(Content.styled(title.upper(), "bold $text-secondary"))
        for binding in bindings:
            if binding.id and binding.id.startswith(prefixes):
                keys = key_text(keymap.get(binding.id, binding.key))
                lines.append(
                    Content.assemble(
                        (f"  {keys:<14}", "bold $text-accent"),
                        binding.tooltip or binding.description,
                    )
                )
        if title.startswith("Export"):
            lines.append(
                Content.assemble(
                    (f"  {'ctrl+p':<14}", "bold $text-accent"),
                    "Command palette: jump to an article or fact, export, theme, filters",
                )  # fmt: skip
            )
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
        lines.append(
            Content.assemble(
                (f"  {SYMBOLS[verdict]} ", f"bold {STYLE[verdict]}"),
                (f"{verdict:<12}", "bold"),
                (text, MUTED),
            )
        )
    lines.append(
        Content.assemble(
            ("  • ", "bold $text-primary"),
            "you confirmed the verdict   ",
            ("✎ ", "bold $text-primary"),
            "you set it or re-aligned the claim",
        )
    )
    lines.append(
        Content.assemble(
            "  ● fact used   ○ fact not mentioned   ",
            ("⚠", "bold $text-warning"),
            " caveat the article omits   ▶ the selected claim's fact",
        )
    )
    lines.append(Content(""))
    lines.append(Content.styled("FILES", "bold $text-secondary"))
    review = app.store.path
    lines.append(Content.assemble(("  Reviews   ", "bold"), one_line(str(review))))
    lines.append(Content.assemble(("  Settings  ", "bold"), one_line(str(app.config.path))))
    lines.append(
        Content.styled(
            "  Accuracy = supported / (supported + overstated + misreported + unsupported),"
            " counting your verdicts.",
            MUTED,
        )
    )
    return Content("\n").join(lines)


class HelpScreen(ModalScreen[None]):
    """Generated from the bindings, so it always matches the keys (and a user's keymap)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,question_mark,q", "close", "Close", id="dialog.close", tooltip="Close help"
        ),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog") as dialog:
            dialog.border_title = Content("claimdiff keys")
            yield Static(help_content(self.app), id="help")  # type: ignore[arg-type]

    def action_close(self) -> None:
        self.dismiss(None)
