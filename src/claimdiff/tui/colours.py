"""Theme colours made readable: every text colour the viewer uses reaches WCAG AA contrast
(4.5:1) on every background it is drawn on, in any theme.

Textual's themes choose their text colours for their own widgets; claimdiff draws verdict
colours on cursor rows, muted notes on panels and badges on tinted cells, where some themes
fall short (e.g. a muted "auto 60%" that a table cell resolves to black). `readable_variables`
takes the theme's variables and returns them with each text colour moved, only as far as it
must, toward white on a dark theme or black on a light one; the hue stays the theme's.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.color import Color, ColorParseError

TARGET = 4.6
"""A little above WCAG AA's 4.5:1, so that rounding never drops a colour below it."""

TEXT = (
    "text-muted",
    "text-primary",
    "text-secondary",
    "text-accent",
    "text-success",
    "text-warning",
    "text-error",
    "text-unsupported",
    "foreground",
)
"""Text colours drawn on the panes, the panels, the cursor rows and the tinted badges."""

BACKGROUNDS = (
    "background",
    "surface",
    "panel",
    "cursor",
    "cursor-blurred",
    "primary-muted",
    "success-muted",
    "warning-muted",
    "error-muted",
    "unsupported-muted",
)
"""Where those text colours are drawn."""

FOOTER = ("footer-key-foreground", "footer-description-foreground")


def _luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in color.rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: Color, b: Color) -> float:
    """The WCAG contrast ratio of two opaque colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(color: Color, backgrounds: Iterable[Color], *, dark: bool) -> Color:
    """`color`, moved toward white (dark theme) or black (light) until it reaches TARGET
    contrast against every background (or as close as the extreme gets)."""
    grounds = list(backgrounds)
    if not grounds:
        return color
    extreme = Color(255, 255, 255) if dark else Color(0, 0, 0)
    for step in range(21):
        candidate = color.blend(extreme, step / 20)
        if min(contrast(candidate, g) for g in grounds) >= TARGET:
            return candidate
    return extreme


def _opaque(value: str, under: Color, foreground: Color) -> Color:
    """A theme value as an opaque colour: alpha blended over `under`, "auto" as the
    foreground."""
    text = value.strip()
    if text.startswith("auto"):
        parts = text.split()
        alpha = float(parts[1].rstrip("%")) / 100 if len(parts) > 1 else 1.0
        return under.blend(foreground, alpha)
    color = Color.parse(text)
    return under.blend(color.with_alpha(1.0), color.a) if color.a < 1 else color


def readable_variables(variables: dict[str, str], *, dark: bool) -> dict[str, str]:
    """The theme's variables with `cursor`, `cursor-blurred` (the claim-cursor rows) added
    and every text colour readable on every background it meets. Themes whose colours are
    the terminal's own (ANSI) are returned unchanged: their contrast is the terminal's."""
    ansi = dict(variables)
    ansi["cursor"] = f"{variables.get('block-cursor-background', 'ansi_blue')} 50%"
    ansi["cursor-blurred"] = variables.get("block-cursor-blurred-background", "ansi_default")
    try:
        background = Color.parse(variables["background"])
        foreground = Color.parse(variables["foreground"])
        if background.ansi is not None or foreground.ansi is not None:
            return ansi
        background = background.with_alpha(1.0)
        surface = _opaque(variables["surface"], background, foreground)
        out = dict(variables)
        block = _opaque(variables["block-cursor-background"], surface, foreground)
        out["cursor"] = surface.blend(block, 0.3).hex
        out["cursor-blurred"] = surface.blend(block, 0.15).hex
        grounds = [_opaque(out[name], surface, foreground) for name in BACKGROUNDS if name in out]
        for name in TEXT:
            if name in out:
                color = _opaque(out[name], surface, foreground)
                out[name] = readable(color, grounds, dark=dark).hex
        footer = _opaque(out["footer-background"], background, foreground)
        for name in FOOTER:
            if name in out:
                color = _opaque(out[name], footer, foreground)
                light = contrast(footer, Color(0, 0, 0)) > contrast(footer, Color(255, 255, 255))
                out[name] = readable(color, [footer], dark=not light).hex
        return out
    except (KeyError, ColorParseError, ValueError):
        return ansi
