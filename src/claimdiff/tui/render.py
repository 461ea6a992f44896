"""How claims, facts and verdicts look: symbols, theme styles and `Content` builders.

Everything shown from an article or a sheet goes through `claimdiff.safe_text` (control
characters made visible) and is built as `Content` from plain strings, never parsed as
markup. Colours are theme variables, and every verdict also has a symbol, so nothing is said
by colour alone (and `NO_COLOR` loses nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

from claimdiff.model import SYMBOLS, Claim, Dropped, Fact, Verdict
from claimdiff.results.review import ReviewedArticle
from claimdiff.safe_text import one_line, one_line_indexed
from claimdiff.tui.practice import Practice

STYLE: dict[str, str] = {
    "supported": "$text-success",
    "overstated": "$text-warning",
    "misreported": "$text-error",
    "unsupported": "$text-unsupported",
    "background": "$text-muted",
}
BADGE: dict[str, str] = {
    "supported": "bold $text-success on $success-muted",
    "overstated": "bold $text-warning on $warning-muted",
    "misreported": "bold $text-error on $error-muted",
    "unsupported": "bold $text-unsupported on $unsupported-muted",
    "background": "bold $foreground on $panel",
}
LIT = "bold $text-primary on $primary-muted"
MUTED = "$text-muted"
KIND_TITLES: dict[str, str] = {
    "bibliographic": "Bibliographic",
    "design": "Design",
    "result": "Results",
    "conclusion": "Conclusions",
    "caveat": "Caveats",
    "context": "Context",
    "quote": "Quotes",
}
DROPPED_PREVIEW = 400


class Rows(Visual):
    """Rows of (gutter, body): the body wraps beside a fixed-width gutter (a hanging indent)."""

    def __init__(self, rows: Sequence[tuple[Content, Content]], gutter: int) -> None:
        self.rows = list(rows)
        self.gutter = gutter

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        widths = [b.get_optimal_width(rules, container_width) for _, b in self.rows]
        return self.gutter + max(widths, default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        body = max(1, width - self.gutter)
        return sum(max(1, b.get_height(rules, body)) for _, b in self.rows)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        body_width = max(1, width - self.gutter)
        base = style.rich_style
        strips: list[Strip] = []
        for gutter, body in self.rows:
            lines = body.render_strips(body_width, None, style, options) or [
                Strip.blank(body_width, base)
            ]
            head = gutter.render_strips(self.gutter, 1, style, options) if self.gutter else []
            for n, line in enumerate(lines):
                left = (
                    head[0].extend_cell_length(self.gutter, base).crop(0, self.gutter)
                    if n == 0 and head
                    else Strip.blank(self.gutter, base)
                )
                strips.append(Strip.join([left, line.extend_cell_length(body_width, base)]))
        if height is not None:
            strips = strips[:height]
        return strips


SHOWN_LIMIT = 1500
"""At most this many characters of one text are shown in a pane (a fact may be 100 KB)."""


LIST_LIMIT = 500
"""At most this many characters of a fact in the study pane (the detail strip shows more)."""


def _cut(shown: str, limit: int) -> tuple[str, str]:
    """`shown` cut to `limit` characters, and what to say about the rest."""
    if len(shown) <= limit:
        return shown, ""
    return shown[:limit], f" … ({len(shown):,} characters)"


def text(value: str, style: str = "", *, limit: int = SHOWN_LIMIT) -> Content:
    """Untrusted text as inert Content on one line (cut after `limit` characters)."""
    shown, more = _cut(one_line(value), limit)
    content = Content(shown)
    content = content.stylize(style) if style else content
    return Content.assemble(content, (more, MUTED)) if more else content


def _lit(shown: str, where: list[int], spans: Iterable[tuple[int, int]], base: int) -> list[Span]:
    """Spans over `shown` for source ranges `spans` (source index = base + where[i]).

    `where` only ever grows, so one sweep over it and the sorted ranges does (a fact of
    100 KB with thousands of lit words must not cost their product).
    """
    ranges = sorted((s - base, e - base) for s, e in spans if e > s)
    out: list[Span] = []
    if not ranges:
        return out
    start: int | None = None
    r = 0
    for i, src in enumerate(where):
        while r < len(ranges) and ranges[r][1] <= src:
            r += 1
        inside = r < len(ranges) and ranges[r][0] <= src
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            out.append(Span(start, i, LIT))
            start = None
    if start is not None:
        out.append(Span(start, len(where), LIT))
    return out


def align_display(display: str, text: str) -> list[int] | None:
    """Map each character of `display` to its index in `text`, if `display` is a subsequence
    of `text` up to white space (e.g. text with Markdown markers removed); else None."""
    where: list[int] = []
    j, n = 0, len(text)
    for char in display:
        if char.isspace():
            while j < n and not text[j].isspace():
                j += 1
            if j >= n:
                return None
            where.append(j)
            while j < n and text[j].isspace():
                j += 1
            continue
        while j < n and text[j] != char:
            j += 1
        if j >= n:
            return None
        where.append(j)
        j += 1
    return where


def lit_claim(claim: Claim, spans: Iterable[tuple[int, int]]) -> Content:
    """The claim's display text with the words at document offsets `spans` lit."""
    shown, where = one_line_indexed(claim.display)
    in_text = align_display(claim.display, claim.text)
    if in_text is None:  # display differs from the raw text: show the raw text folded
        shown, where = one_line_indexed(claim.text)
    else:
        where = [in_text[i] for i in where]
    return _lit_content(shown, where, spans, claim.start)


def lit_fact(fact_text: str, spans: Iterable[tuple[int, int]]) -> Content:
    head = fact_text[: 4 * SHOWN_LIMIT]  # only the start of a huge fact is prepared
    shown, where = one_line_indexed(head)
    total = len(fact_text) if len(head) < len(fact_text) else None
    return _lit_content(shown, where, spans, 0, total)


def _lit_content(
    shown: str,
    where: list[int],
    spans: Iterable[tuple[int, int]],
    base: int,
    total: int | None = None,
) -> Content:
    """`shown` with the source ranges `spans` lit, cut after SHOWN_LIMIT characters."""
    cut = shown[:SHOWN_LIMIT]
    content = Content(cut, _lit(cut, where[: len(cut)], spans, base))
    if len(cut) < len(shown) or total is not None:
        content = Content.assemble(content, (f" … ({total or len(shown):,} characters)", MUTED))
    return content


# --------------------------------------------------------------------------- list items


def review_mark(article: ReviewedArticle, index: int) -> str:
    review = article.review(index)
    if review is None:
        return " "
    return "•" if review.status == "confirmed" else "✎"


def claim_prompt(article: ReviewedArticle, index: int, practice: Practice | None = None) -> Rows:
    """A claim in the article pane: verdict symbol, review mark, text. In practice mode the
    verdict is hidden (○) until the reader picks one; then claimdiff's verdict is shown with
    = or ≠ for whether the reader agreed."""
    claim = article.result.results[index].claim
    verdict = article.verdict(index)
    mark = (review_mark(article, index), "$text-primary")
    if practice is not None:
        picked = practice.pick(article, index)
        verdict = article.result.results[index].verdict
        if picked is None:
            mark = (" ", "")
        else:
            mark = ("=" if picked == verdict else "≠", "bold $text-primary")
    hidden = practice is not None and mark[0] == " "
    symbol = ("○", MUTED) if hidden else (SYMBOLS[verdict], f"bold {STYLE[verdict]}")
    gutter = Content.assemble(symbol, mark)
    body = text(claim.display)
    if claim.kind in ("headline", "heading"):
        body = body.stylize("bold")
    elif claim.kind == "standfirst":
        body = body.stylize("italic")
    if hidden:
        pass
    elif verdict == "background":
        body = body.stylize(MUTED)
    elif verdict != "supported":
        body = body.stylize(STYLE[verdict])
    return Rows([(gutter, body)], 3)


def dropped_prompt(document_text: str, dropped: Dropped) -> Rows:
    """A passage claimdiff removed, struck through, with why."""
    length = dropped.end - dropped.start
    # Only the start of a long passage is made visible (it may be megabytes).
    head = document_text[dropped.start : dropped.start + min(length, 4 * DROPPED_PREVIEW)]
    # its lines joined by a visible mark: front matter such as "---\ntitle: " reads as such
    shown = " ↵ ".join(one_line(line) for line in head.splitlines() if line.strip())
    cut = len(shown) > DROPPED_PREVIEW or len(head) < length
    body = Content.assemble(
        (shown[:DROPPED_PREVIEW], "strike $text-muted"),
        (f" … ({length:,} characters in all)" if cut else "", MUTED),
        "  ",
        (f"removed: {one_line(dropped.why)}", "italic $text-warning"),
    )
    return Rows([(Content.styled("✂", MUTED), body)], 3)


def heading_prompt(kind: str, count: int, missing: int) -> Content:
    title = KIND_TITLES.get(kind, kind.title())
    parts: list[tuple[str, str] | str] = [(title.upper(), "bold $text-secondary"), f"  {count}"]
    if missing:
        style = "bold $text-warning" if kind == "caveat" else MUTED
        parts.append((f" · {missing} not mentioned", style))
    return Content.assemble(*parts)


def fact_prompt(fact: Fact, claims: int, *, selected: bool) -> Rows:
    """A fact in the study pane: mark, text, and a line with source, certainty and use."""
    if selected:
        mark = Content.styled("▶", "bold $text-primary")
    elif claims:
        mark = Content.styled("●", "$text-success")
    elif fact.kind == "caveat":
        mark = Content.styled("⚠", "bold $text-warning")
    else:
        mark = Content.styled("○", MUTED)
    meta: list[tuple[str, str] | str] = [
        (f"{fact.source} · {fact.certainty} · {one_line(fact.id)}", MUTED)
    ]
    if claims:
        meta.append((f" · {claims} claim{'s' if claims != 1 else ''}", "$text-success"))
    elif fact.kind == "caveat":
        meta.append((" · caveat not mentioned by the article", "bold $text-warning"))
    else:
        meta.append((" · not mentioned", MUTED))
    body = text(fact.text, "bold" if selected else "", limit=LIST_LIMIT)
    return Rows([(mark, Content.assemble(body, "\n", *meta))], 2)


def verdict_badge(verdict: Verdict) -> Content:
    return Content.styled(f" {SYMBOLS[verdict]} {verdict.upper()} ", BADGE[verdict])


def pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def bar(fraction: float | None, width: int, style: str) -> Content:
    """A horizontal bar; the filled part in `style`."""
    if fraction is None or width <= 0:
        return Content.styled("─" * max(0, width), MUTED)
    filled = round(max(0.0, min(1.0, fraction)) * width)
    return Content.assemble(("━" * filled, style), ("─" * (width - filled), "$panel-lighten-2"))
