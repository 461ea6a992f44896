"""WCAG contrast of what a Textual app shows: every styled span of text against its background.

`spans(app, region)` reads the screen as the terminal would get it (Textual's compositor), with
dim text blended toward its background the way a terminal (and Textual's DimFilter) shows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rich.color import Color as RichColor
from rich.segment import Segment
from textual.app import App
from textual.filter import dim_color
from textual.geometry import Region

MINIMUM = 4.5
"""WCAG 2 AA for normal text."""


def _decoration(char: str) -> bool:
    """Box drawing, block elements and bars: graphics, not text (WCAG asks 3:1 of those)."""
    code = ord(char)
    return char.isspace() or 0x2500 <= code <= 0x259F or char in "▏▕"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: tuple[int, int, int]) -> float:
    r, g, b = (_channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class Span:
    """Text shown in one colour on one background, where it is on the screen."""

    text: str
    fg: tuple[int, int, int]
    bg: tuple[int, int, int]
    x: int
    y: int

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)


def _rgb(color: RichColor | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    if color is None or color.is_default:
        return default
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def spans(app: App[object], region: Region | None = None) -> Iterator[Span]:
    """Every run of text (decoration left out) with its colours, inside `region`."""
    screen = app.screen
    update = screen._compositor.render_full_update()
    dark = app.current_theme.dark
    fallback_bg = (0, 0, 0) if dark else (255, 255, 255)  # the terminal's own colours
    fallback_fg = (255, 255, 255) if dark else (0, 0, 0)
    for y, line in enumerate(update.strips):
        x = 0
        for segment in (segment for strip in line for segment in strip):
            text, style = segment.text, segment.style
            width = Segment(text).cell_length
            if style is not None and not getattr(segment, "control", None):
                fg = _rgb(style.color, fallback_fg)
                bg = _rgb(style.bgcolor, fallback_bg)
                if style.reverse:
                    fg, bg = bg, fg
                if style.dim:
                    dimmed = dim_color(RichColor.from_rgb(*bg), RichColor.from_rgb(*fg))
                    fg = _rgb(dimmed, fg)
                shown = "".join(c for c in text if not _decoration(c))
                inside = region is None or region.contains(x, y)
                if shown and inside:
                    yield Span(text, fg, bg, x, y)
            x += width
