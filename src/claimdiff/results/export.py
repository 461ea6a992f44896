"""Export reviewed articles: JSON, Markdown, CSV and schema.org ClaimReview JSON-LD.

- ``json``: exactly the ``claimdiff check --format json`` document, plus reviewer fields: per
  claim ``review`` (or null), ``final_verdict`` and ``final_fact``; per article ``reviewed``,
  ``final_accuracy`` and ``final_counts``; at the top ``corpus`` and ``exported``.
- ``markdown``: a report to paste, every claim with its verdict, reasons and reviewer's note.
- ``csv``: one row per claim (cells that a spreadsheet would run as a formula are prefixed
  with an apostrophe).
- ``claimreview``: a JSON-LD ``@graph`` of schema.org ``ClaimReview`` objects, one per claim
  a person reviewed (background claims are not rated).

Article text is data (see `claimdiff.safe_text`): Markdown and CSV show control characters as
visible symbols, and Markdown escapes it; JSON keeps it unchanged (control characters
written as \\uXXXX escapes).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from typing import Any, cast

from claimdiff import __version__
from claimdiff.model import SCORED, SYMBOLS, Sheet
from claimdiff.results.by_fact import corpus_by_fact, omitted_caveats
from claimdiff.results.report import to_json_data
from claimdiff.results.review import ReviewedArticle
from claimdiff.results.score import corpus_accuracy
from claimdiff.safe_text import json_dumps, markdown_code, one_line
from claimdiff.safe_text import markdown_inline as md

FORMATS = {"json": "json", "markdown": "md", "csv": "csv", "claimreview": "jsonld"}
"""Export formats and their file extensions."""


# schema.org ratings: 5 is best. Background claims are not checkable and get no rating.
RATINGS: dict[str, tuple[int, str]] = {
    "supported": (5, "Supported by the study"),
    "overstated": (3, "Overstated"),
    "unsupported": (2, "Not supported by the study"),
    "misreported": (1, "Misreported"),
}


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0%}"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- JSON


def json_data(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> dict[str, Any]:
    """The `check` JSON document with the reviewer's fields added."""
    data = to_json_data(sheet, [a.result for a in articles])
    entries = cast(list[dict[str, Any]], data["articles"])
    for article, entry in zip(articles, entries, strict=True):
        claims = entry["claims"]
        if len(claims) != len(article):  # pragma: no cover - the check schema changed shape
            raise ValueError("the check report and the reviews disagree on the claims")
        for i, claim in enumerate(claims):
            review = article.review(i)
            claim["review"] = (
                None
                if review is None
                else {
                    "status": review.status,
                    "verdict": review.verdict,
                    "fact": review.fact,
                    "realigned": review.realigned,
                    "reason": review.reason,
                    "updated": review.updated,
                }
            )
            claim["final_verdict"] = article.verdict(i)
            claim["final_fact"] = article.fact_id(i)
        entry["reviewed"] = article.reviewed_count()
        entry["final_accuracy"] = article.accuracy()
        entry["final_counts"] = article.counts()
        if article.orphans:
            entry["unmatched_reviews"] = [o.to_json() for o in article.orphans]
    data["corpus"] = {
        "accuracy": corpus_accuracy(a.machine_accuracy() for a in articles),
        "final_accuracy": corpus_accuracy(a.accuracy() for a in articles),
    }
    data["exported"] = {"by": f"claimdiff {__version__}", "at": _stamp()}
    return data


def to_json(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> str:
    return json_dumps(json_data(sheet, articles)) + "\n"


# --------------------------------------------------------------------------- Markdown


def to_markdown(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> str:
    study = sheet.study
    out: list[str] = [f"# claimdiff review: {md(study.title)}", ""]
    meta = []
    if study.authors:
        meta.append(md(", ".join(study.authors)))
    if study.journal:
        meta.append(f"*{md(study.journal)}*")
    if study.published:
        meta.append(study.published.isoformat())
    if study.doi:
        meta.append(f"doi:{md(study.doi)}")
    if meta:
        out += [" · ".join(meta), ""]
    final = corpus_accuracy(a.accuracy() for a in articles)
    machine = corpus_accuracy(a.machine_accuracy() for a in articles)
    out += [
        f"Corpus accuracy **{_pct(final)}** after review (claimdiff alone: {_pct(machine)}), "
        f"{len(articles)} article(s). Exported {_stamp()} by claimdiff {__version__}.",
        "",
        "Legend: ✓ supported · ▲ overstated · ✗ misreported · ? unsupported · · background. "
        "*Reviewed* marks a verdict a person confirmed or set.",
        "",
    ]
    out += _markdown_by_fact(sheet, articles)
    for n, article in enumerate(articles, 1):
        out += _markdown_article(sheet, n, article)
    return "\n".join(out).rstrip() + "\n"


def _markdown_by_fact(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> list[str]:
    """The corpus by fact as a table: which articles report each fact, the verdicts of their
    claims, and (for caveats) how many articles leave it out."""
    rows = corpus_by_fact(sheet, articles)
    if not rows or not articles:
        return []
    considered = rows[0].considered
    out = [
        "## The corpus by fact",
        "",
        f"Of the {considered} article(s) that report the study. Verdicts as reviewed; a claim "
        "may report more than one fact.",
        "",
        "| Fact | Kind | Articles | Claims | Verdicts | Problems | Left out by |",
        "| --- | --- | ---: | ---: | --- | ---: | ---: |",
    ]
    for row in rows:
        left = f"{row.omitted_by}/{considered}" if considered else ""
        if row.mostly_omitted:
            left = f"**{left}** ⚠"
        fact = f"{markdown_code(row.fact.id)}: {md(row.fact.text)}"
        out.append(
            f"| {fact} | {row.fact.kind} | {len(row.articles)}/{considered} | {len(row.claims)} "
            f"| {md(row.bar()) or '—'} | {row.problems} | {left} |"
        )
    caveats = omitted_caveats(rows)
    if caveats:
        names = ", ".join(markdown_code(r.fact.id) for r in caveats)
        out += ["", f"Caveats most articles leave out: {names}."]
    return [*out, ""]


def _markdown_article(sheet: Sheet, n: int, article: ReviewedArticle) -> list[str]:
    result = article.result
    path = markdown_code(str(result.document.path))
    out = [
        f"## {n}. {md(result.title)}",
        "",
        f"{path} · accuracy "
        f"**{_pct(article.accuracy())}** after review (claimdiff: "
        f"{_pct(article.machine_accuracy())}) · {article.reviewed_count()} of {len(article)} "
        "claims reviewed",
        "",
    ]
    counts = article.counts()
    out += [" · ".join(f"{SYMBOLS[v]} {v} {counts[v]}" for v in counts), ""]
    for i, r in enumerate(result.results):
        verdict = article.verdict(i)
        review = article.review(i)
        line = f"- {SYMBOLS[verdict]} **{verdict}**"
        if review is not None:
            line += " (reviewed"
            if review.status == "overridden":
                line += f"; claimdiff said {r.verdict}"
            line += ")"
        out.append(f"{line}: {md(r.claim.display)}")
        fact_id = article.fact_id(i)
        fact = sheet.fact(fact_id)
        if fact is not None:
            out.append(f"  - fact {markdown_code(fact.id)}: {md(fact.text)}")
        elif fact_id is not None:
            out.append(f"  - fact {markdown_code(fact_id)} (not in this sheet)")
        for reason in article.reasons(i):
            out.append(f"  - {md(reason)}")
        if review is not None and review.reason:
            out.append(f"  - reviewer: {md(review.reason)}")
    mentioned = {article.fact_id(i) for i in range(len(article))}
    missing = [f for f in sheet.facts if f.id not in mentioned]
    if missing:
        out += ["", "Facts of the study the article never mentions:", ""]
        for fact in missing:
            flag = "**caveat** " if fact.kind == "caveat" else ""
            out.append(f"- {flag}{markdown_code(fact.id)}: {md(fact.text)}")
    if article.orphans:
        out += ["", "Reviews that no longer match a claim of this article:", ""]
        for o in article.orphans:
            out.append(f"- {SYMBOLS[o.verdict]} **{o.verdict}**: {md(o.text)}")
    dropped = result.document.dropped
    if dropped:
        out += ["", f"{len(dropped)} passage(s) removed as not part of the article.", ""]
    out.append("")
    return out


# --------------------------------------------------------------------------- CSV

CSV_COLUMNS = [
    "article",
    "title",
    "claim",
    "start",
    "end",
    "text",
    "fact",
    "similarity",
    "verdict",
    "reasons",
    "review_status",
    "review_verdict",
    "review_fact",
    "review_reason",
    "final_verdict",
    "final_fact",
]


def _cell(value: object) -> str:
    """A CSV cell: text on one line with control characters visible (a CSV file has no
    escapes, and may be shown in a terminal), never starting like a spreadsheet formula."""
    text = "" if value is None else one_line(str(value))
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def to_csv(sheet: Sheet, articles: Sequence[ReviewedArticle]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for article in articles:
        doc = article.result.document
        for i, r in enumerate(article.result.results):
            review = article.review(i)
            row = [
                doc.path,
                article.result.title,
                i + 1,
                r.claim.start,
                r.claim.end,
                r.claim.display,
                r.match.fact_id,
                f"{r.match.similarity:.3f}",
                r.verdict,
                "; ".join(r.judgement.reasons),
                review.status if review else "",
                review.verdict if review else "",
                review.fact if review else "",
                review.reason if review else "",
                article.verdict(i),
                article.fact_id(i),
            ]
            writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


# --------------------------------------------------------------------------- ClaimReview


def claimreview_data(
    sheet: Sheet, articles: Sequence[ReviewedArticle], author: str | None = None
) -> dict[str, Any]:
    """schema.org ClaimReview objects for every reviewed, checkable claim."""
    study = sheet.study
    based_on: dict[str, Any] = {"@type": "ScholarlyArticle", "name": study.title}
    if study.doi:
        based_on["identifier"] = f"doi:{study.doi}"
    if study.url:
        based_on["url"] = study.url
    if study.journal:
        based_on["isPartOf"] = {"@type": "Periodical", "name": study.journal}
    if study.published:
        based_on["datePublished"] = study.published.isoformat()
    graph: list[dict[str, Any]] = []
    for article in articles:
        doc = article.result.document
        appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.result.title}
        url = doc.metadata.get("url") if isinstance(doc.metadata, dict) else None
        if isinstance(url, str):
            appearance["url"] = url
        for i, r in enumerate(article.result.results):
            review = article.review(i)
            if review is None or review.verdict not in SCORED:
                continue
            value, name = RATINGS[review.verdict]
            fact = sheet.fact(review.fact)
            body = list(article.reasons(i))
            if fact is not None:
                body.insert(0, f"The study: {fact.text}")
            if review.reason:
                body.append(review.reason)
            item: dict[str, Any] = {
                "@type": "ClaimReview",
                "claimReviewed": r.claim.display,
                "datePublished": (review.updated or _stamp())[:10],
                "itemReviewed": {"@type": "Claim", "appearance": appearance},
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name,
                },
                "reviewBody": " ".join(body),
                "isBasedOn": based_on,
            }
            if author:
                item["author"] = {"@type": "Person", "name": author}
            graph.append(item)
    return {"@context": "https://schema.org", "@graph": graph}


def to_claimreview(
    sheet: Sheet, articles: Sequence[ReviewedArticle], author: str | None = None
) -> str:
    data = claimreview_data(sheet, articles, author)
    return json_dumps(data) + "\n"


def render(
    fmt: str, sheet: Sheet, articles: Sequence[ReviewedArticle], author: str | None = None
) -> str:
    """The export in one of FORMATS."""
    if fmt == "json":
        return to_json(sheet, articles)
    if fmt == "markdown":
        return to_markdown(sheet, articles)
    if fmt == "csv":
        return to_csv(sheet, articles)
    if fmt == "claimreview":
        return to_claimreview(sheet, articles, author)
    raise ValueError(f"unknown export format {fmt!r}")


def count_exported(fmt: str, articles: Sequence[ReviewedArticle]) -> int:
    """How many claims an export holds (ClaimReview: reviewed, checkable claims only)."""
    if fmt != "claimreview":
        return sum(len(a) for a in articles)
    return sum(
        1
        for a in articles
        for i in range(len(a))
        if (rv := a.review(i)) is not None and rv.verdict in SCORED
    )
