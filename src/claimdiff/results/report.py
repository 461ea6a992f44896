"""Reports of checked articles: JSON (the documented schema), text (Rich), and Markdown.

Article text is data. JSON keeps it exactly. Text and Markdown show it through
`claimdiff.safe_text`: control characters made visible, never emitted, and never parsed as
Rich markup (every piece of article text goes into a `rich.text.Text`, not a markup string)
or as Markdown (every special character escaped). No Textual import here: this is core.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.segment import Segment
from rich.text import Text

from claimdiff.model import (
    PROBLEMS,
    SCORED,
    SYMBOLS,
    VERDICTS,
    ArticleResult,
    ClaimResult,
    Sheet,
    Verdict,
)
from claimdiff.results.score import corpus_accuracy
from claimdiff.safe_text import json_inert, markdown_inline, one_line, shorten

FORMATS = ("text", "json", "markdown")


STYLES: dict[Verdict, str] = {
    "supported": "green",
    "overstated": "yellow",
    "misreported": "bold red",
    "unsupported": "magenta",
    "background": "dim",
}

PLAIN_WIDTH = 100
"""Line width of the plain text report when the environment does not set COLUMNS."""

_PREVIEW = 70  # characters of a dropped span shown in the text report
_MAX_DROPPED_LISTED = 20
_FACT_PREVIEW = 140

OFF_STUDY = (
    "does not appear to report this study: its subject is far from the sheet's and few claims align"
)


def format_accuracy(value: float | None) -> str:
    """'43%', or 'n/a' when nothing was scored."""
    return "n/a" if value is None else f"{value:.0%}"


def scored_summary(result: ArticleResult) -> str:
    """'3 of 7 scored claims supported' (or why there is no score)."""
    counts = result.counts()
    scored = sum(counts[v] for v in SCORED)
    if not scored:
        return "no scored claims"
    noun = "claim" if scored == 1 else "claims"
    return f"{counts['supported']} of {scored} scored {noun} supported"


# --------------------------------------------------------------------------- JSON


def article_json_data(r: ArticleResult) -> dict[str, object]:
    """One article of the `check --format json` document."""
    return {
        "path": str(r.document.path),
        "title": r.title,
        "accuracy": r.accuracy,
        "reports_study": r.reports_study,
        "counts": r.counts(),
        "claims": [
            {
                "text": c.claim.text,
                "start": c.claim.start,
                "end": c.claim.end,
                "fact": c.match.fact_id,
                "facts": list(c.match.facts),
                "similarity": round(float(c.match.similarity), 3),
                "verdict": c.verdict,
                "reasons": list(c.judgement.reasons),
            }
            for c in r.results
        ],
        "dropped": [{"start": d.start, "end": d.end, "why": d.why} for d in r.document.dropped],
    }


def to_json_data(sheet: Sheet, results: Sequence[ArticleResult]) -> dict[str, object]:
    """The `check --format json` document (the schema in the README)."""
    return {
        "study": {"id": sheet.study.id, "title": sheet.study.title},
        "articles": [article_json_data(r) for r in results],
    }


def json_stream(sheet: Sheet, results: Iterable[ArticleResult]) -> Iterator[str]:
    """The JSON report in pieces, one article at a time (the same text as `to_json`), so a
    large batch never holds every article's report in memory at once."""
    study = json.dumps(
        {"id": sheet.study.id, "title": sheet.study.title}, ensure_ascii=False, indent=2
    )
    yield '{\n  "study": ' + json_inert(study.replace("\n", "\n  ")) + ',\n  "articles": ['
    first = True
    for r in results:
        text = json.dumps(article_json_data(r), ensure_ascii=False, indent=2)
        yield ("\n    " if first else ",\n    ") + json_inert(text.replace("\n", "\n    "))
        first = False
    yield "]\n}" if first else "\n  ]\n}"


def to_json(sheet: Sheet, results: Sequence[ArticleResult]) -> str:
    """The JSON report, indented; article text decodes to exactly the original.

    Text is written as is (`ensure_ascii=False`) except control characters: JSON escapes
    C0 controls itself, and C1 and bidi controls, line separators and lone surrogates are
    escaped here too, so the document is inert in a terminal and always encodable as UTF-8.
    """
    return "".join(json_stream(sheet, results))


# --------------------------------------------------------------------------- text


def text_report(sheet: Sheet, results: Sequence[ArticleResult]) -> RenderableType:
    """The text report as one Rich renderable (styles are dropped when printed plain)."""
    parts: list[RenderableType] = [_study_header(sheet, len(results))]
    facts = {f.id: f.text for f in sheet.facts}
    for number, result in enumerate(results, 1):
        parts.append(Text())
        parts.extend(_article_text(result, number, len(results), facts))
    if len(results) > 1:
        parts.append(Text())
        parts.append(_corpus_line(results))
    return Group(*parts)


def to_text(sheet: Sheet, results: Sequence[ArticleResult], *, width: int = PLAIN_WIDTH) -> str:
    """The text report as plain text: no styles, no escape sequences, no trailing spaces."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=False,
        no_color=True,
        color_system=None,
        highlight=False,
        markup=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(text_report(sheet, results))
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def print_text(sheet: Sheet, results: Sequence[ArticleResult], console: Console) -> None:
    """Print the text report on a Rich console (styled if the console is a terminal)."""
    console.print(text_report(sheet, results), markup=False, highlight=False, emoji=False)


def _study_header(sheet: Sheet, articles: int) -> Text:
    noun = "article" if articles == 1 else "articles"
    header = Text.assemble(
        ("claimdiff", "bold"),
        "  ",
        (one_line(sheet.study.title), "bold"),
        f" ({one_line(sheet.study.id)})",
    )
    header.append(f"\n{articles} {noun} checked against {len(sheet.facts)} facts", style="dim")
    if sheet.path is not None:
        header.append(f" from {one_line(str(sheet.path))}", style="dim")
    return header


def _counts_text(counts: dict[Verdict, int]) -> Text:
    pieces: list[Text | str] = []
    for verdict in VERDICTS:
        if pieces:
            pieces.append("   ")
        pieces.append(Text(f"{SYMBOLS[verdict]} {counts[verdict]} {verdict}", STYLES[verdict]))
    return Text.assemble(*pieces)


def _article_text(
    result: ArticleResult, number: int, total: int, facts: dict[str, str]
) -> list[RenderableType]:
    heading = Text.assemble(
        (f"{number}/{total}  ", "bold cyan"),
        (one_line(result.title), "bold"),
    )
    heading.append(f"\n{one_line(str(result.document.path))}", style="dim")
    accuracy = Text.assemble(
        "accuracy ",
        (format_accuracy(result.accuracy), "bold"),
        f" ({scored_summary(result)})",
    )
    parts: list[RenderableType] = [heading, accuracy, _counts_text(result.counts())]
    if not result.reports_study:
        parts.insert(1, Text(OFF_STUDY, "bold yellow"))
    if result.results:
        parts.append(Text())
        parts.extend(_claims(result, facts))
    else:
        parts.append(Text("no claims found in this article", style="dim"))
    dropped = _dropped_text(result)
    if dropped is not None:
        parts.append(Text())
        parts.append(dropped)
    return parts


class _Marked:
    """A verdict symbol, then a body wrapped beside it with a hanging indent.

    Cheaper than a Table grid for thousands of claims (no column measuring).
    """

    def __init__(self, mark: Text, body: Text) -> None:
        self.mark = mark
        self.body = body

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        indent = self.mark.cell_len + 1
        width = max(options.max_width - indent, 10)
        lines = console.render_lines(self.body, options.update_width(width), pad=False)
        mark = list(self.mark.render(console)) + [Segment(" ")]
        blank = [Segment(" " * indent)]
        for number, line in enumerate(lines):
            yield from mark if number == 0 else blank
            yield from line
            yield Segment.line()


def _claims(result: ArticleResult, facts: dict[str, str]) -> list[RenderableType]:
    return [
        _Marked(Text(SYMBOLS[c.verdict], STYLES[c.verdict]), _claim_body(c, facts))
        for c in result.results
    ]


def _claim_body(claim_result: ClaimResult, facts: dict[str, str]) -> Text:
    verdict = claim_result.verdict
    claim = claim_result.claim
    body = Text(one_line(claim.display or claim.text))
    if verdict == "background":
        body.stylize("dim")
    meta = Text("\n")
    meta.append(verdict, STYLES[verdict])
    if claim.kind != "sentence":
        meta.append(f" · {claim.kind}", "dim")
    fact_id = claim_result.match.fact_id
    if fact_id is not None:
        meta.append(" · fact ", "dim")
        meta.append(one_line(fact_id), "cyan")
        meta.append(f" ({claim_result.match.similarity:.2f})", "dim")
        for other in claim_result.match.also:
            meta.append(" + ", "dim")
            meta.append(one_line(other), "cyan")
        fact_text = facts.get(fact_id)
        if fact_text and verdict in PROBLEMS:
            meta.append(f': "{shorten(one_line(fact_text), _FACT_PREVIEW)}"', "dim")
    body.append_text(meta)
    for reason in claim_result.judgement.reasons:
        body.append("\n- ")
        body.append(one_line(reason), "italic")
    return body


def _dropped_text(result: ArticleResult) -> Text | None:
    dropped = result.document.dropped
    if not dropped:
        return None
    text = result.document.text
    chars = sum(max(d.end - d.start, 0) for d in dropped)
    reasons = Counter(one_line(d.why) for d in dropped)
    summary = ", ".join(f"{why} ×{n}" if n > 1 else why for why, n in reasons.most_common())
    noun = "span" if len(dropped) == 1 else "spans"
    out = Text.assemble(
        ("dropped ", "bold"),
        f"{len(dropped)} {noun} ({chars:,} characters) not part of the article: ",
        (summary, "dim"),
    )
    for d in dropped[:_MAX_DROPPED_LISTED]:
        preview = _preview(text, d.start, d.end)
        out.append(f"\n  - {one_line(d.why)}: ", "dim")
        out.append(f'"{preview}"', "dim strike")
    if len(dropped) > _MAX_DROPPED_LISTED:
        out.append(f"\n  … and {len(dropped) - _MAX_DROPPED_LISTED} more", "dim")
    return out


def _preview(text: str, start: int, end: int) -> str:
    """The start of a dropped passage on one line (only its start is read: it may be huge)."""
    stop = min(end, start + 4 * _PREVIEW)
    shown = shorten(one_line(text[start:stop]), _PREVIEW)
    return shown if stop == end or shown.endswith("…") else shown + " …"


def _corpus_line(results: Sequence[ArticleResult]) -> Text:
    scores = [r.accuracy for r in results]
    known = sum(s is not None for s in scores)
    noun = "article" if known == 1 else "articles"
    return Text.assemble(
        ("corpus accuracy ", "bold"),
        (format_accuracy(corpus_accuracy(scores)), "bold"),
        f" (mean over {known} {noun} with scored claims)",
    )


# --------------------------------------------------------------------------- Markdown


def to_markdown(sheet: Sheet, results: Sequence[ArticleResult]) -> str:
    """A Markdown report to paste: a summary table, then one section per article."""
    md = markdown_inline
    lines = [
        f"# claimdiff report: {md(sheet.study.title)}",
        "",
        f"Study {md(sheet.study.id)} · {len(sheet.facts)} facts · "
        f"{len(results)} article{'s' if len(results) != 1 else ''} · corpus accuracy "
        f"**{format_accuracy(corpus_accuracy(r.accuracy for r in results))}**",
        "",
        "Verdicts: "
        + " · ".join(f"{SYMBOLS[v]} {v}" for v in VERDICTS)
        + " (not scored). Accuracy = supported / (supported + overstated + misreported + "
        "unsupported).",
        "",
        "| # | Article | File | Accuracy | "
        + " | ".join(f"{SYMBOLS[v]} {v}" for v in VERDICTS)
        + " |",
        "| ---: | --- | --- | ---: | " + " | ".join("---:" for _ in VERDICTS) + " |",
    ]
    for number, r in enumerate(results, 1):
        counts = r.counts()
        lines.append(
            f"| {number} | {md(r.title)} | {md(str(r.document.path))} | "
            f"{format_accuracy(r.accuracy)} | "
            + " | ".join(str(counts[v]) for v in VERDICTS)
            + " |"
        )
    for number, r in enumerate(results, 1):
        lines.extend(["", *_article_markdown(r, number)])
    return "\n".join(lines) + "\n"


def _article_markdown(result: ArticleResult, number: int) -> list[str]:
    md = markdown_inline
    lines = [
        f"## {number}. {md(result.title)}",
        "",
        f"File: {md(str(result.document.path))} · accuracy "
        f"**{format_accuracy(result.accuracy)}** ({scored_summary(result)})",
        "",
    ]
    if not result.reports_study:
        lines[-1:-1] = [f"**{OFF_STUDY}**", ""]
    if result.results:
        lines.append("| Verdict | Claim | Fact | Similarity | Reasons |")
        lines.append("| --- | --- | --- | ---: | --- |")
        for c in result.results:
            fact = ", ".join(md(f) for f in c.match.facts) or "—"
            claim_text = md(c.claim.display or c.claim.text)
            if c.claim.kind != "sentence":
                claim_text = f"*{c.claim.kind}:* {claim_text}"
            reasons = "; ".join(md(reason) for reason in c.judgement.reasons) or " "
            lines.append(
                f"| {SYMBOLS[c.verdict]} {c.verdict} | {claim_text} | {fact} | "
                f"{c.match.similarity:.2f} | {reasons} |"
            )
    else:
        lines.append("No claims found in this article.")
    dropped = result.document.dropped
    if dropped:
        text = result.document.text
        noun = "span" if len(dropped) == 1 else "spans"
        lines.extend(["", f"Dropped {len(dropped)} {noun} that are not part of the article:", ""])
        for d in dropped[:_MAX_DROPPED_LISTED]:
            preview = md(_preview(text, d.start, d.end))
            lines.append(f"- {md(d.why)}: ~~{preview}~~" if preview else f"- {md(d.why)}")
        if len(dropped) > _MAX_DROPPED_LISTED:
            lines.append(f"- … and {len(dropped) - _MAX_DROPPED_LISTED} more")
    return lines
