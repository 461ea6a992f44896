"""Reports of checked articles: JSON (the documented schema), plain/rich text, Markdown.

Placeholder implementation for text and Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from claimdiff.model import ArticleResult, Sheet


def to_json_data(sheet: Sheet, results: Sequence[ArticleResult]) -> dict[str, object]:
    """The `check --format json` document."""
    return {
        "study": {"id": sheet.study.id, "title": sheet.study.title},
        "articles": [
            {
                "path": str(r.document.path),
                "title": r.title,
                "accuracy": r.accuracy,
                "counts": r.counts(),
                "claims": [
                    {
                        "text": c.claim.text,
                        "start": c.claim.start,
                        "end": c.claim.end,
                        "fact": c.match.fact_id,
                        "similarity": round(c.match.similarity, 3),
                        "verdict": c.verdict,
                        "reasons": list(c.judgement.reasons),
                    }
                    for c in r.results
                ],
                "dropped": [
                    {"start": d.start, "end": d.end, "why": d.why} for d in r.document.dropped
                ],
            }
            for r in results
        ],
    }


def to_json(sheet: Sheet, results: Sequence[ArticleResult]) -> str:
    return json.dumps(to_json_data(sheet, results), ensure_ascii=False, indent=2)


def to_text(sheet: Sheet, results: Sequence[ArticleResult]) -> str:
    lines = [f"{sheet.study.title}"]
    for r in results:
        acc = "n/a" if r.accuracy is None else f"{r.accuracy:.0%}"
        lines.append(f"\n{r.document.path}  accuracy {acc}")
        for c in r.results:
            lines.append(f"  [{c.verdict}] {c.claim.display}")
    return "\n".join(lines) + "\n"


def to_markdown(sheet: Sheet, results: Sequence[ArticleResult]) -> str:
    return to_text(sheet, results)
