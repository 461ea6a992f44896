"""What in a fact sheet will judge badly, found before any article is read.

Closeness is the aligner's own similarity (`Aligner.align`): a fact's text, or one of its
`also` phrasings, is aligned as if it were a claim, so "too alike" means what it will mean
for a real claim. The rules:

- alike: two facts that align to each other nearly as well as a claim that repeats them,
  so a claim that reports one may land on the other;
- also: an `also` phrasing that aligns better to another fact than to its own (it pulls
  claims to the wrong fact), and phrasings of two facts that overlap;
- hedge: a conclusion stated as shown although the paper hedges it (its own words hedge,
  or the paper's closest conclusion is only suggested);
- subjects: results observed in animals or cells and no caveat that says so;
- ids: fact ids that differ only in case;
- background: a background example that reads like one of the facts.

`check_sheet` returns one `Finding` per problem; `pulls` says which fact each `also` phrasing
pulls claims to (the report `claimdiff sheet check --phrasings` prints).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimdiff.align.aligner import Aligner
from claimdiff.language import cues
from claimdiff.language.scope import human_scope, scope_class
from claimdiff.model import Claim, Fact, Sheet

ALIKE = 0.65  # both facts align to each other this well: claims cannot tell them apart
PULL_MARGIN = 0.3  # an `also` closer to another fact than to its own by this much ...
PULL_FLOOR = 0.5  # ... and at least this close to it
BACKED = 0.45  # a conclusion and the paper's conclusion about the same thing
BACKGROUND_PULL = 0.55  # a background example this close to a fact hides claims about it


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: the rule, the fact it is about (None: the whole sheet) and what to do."""

    rule: str
    fact_id: str | None
    message: str

    def line(self) -> str:
        where = f'fact "{self.fact_id}"' if self.fact_id is not None else "sheet"
        return f"{where}: {self.message} [{self.rule}]"


@dataclass(frozen=True, slots=True)
class Pull:
    """Where one phrasing of a fact pulls a claim that words it so."""

    fact_id: str
    phrasing: str
    to: str  # the fact it would go to without this phrasing (its own, unless another wins)
    score: float  # how well it aligns to the best other fact
    own: float  # how well it aligns to its own fact's other wordings


class _Scorer:
    """The aligner over the sheet's facts, scoring texts as claims."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.aligner = Aligner(sheet)
        self.index = {f.id: i for i, f in enumerate(sheet.facts)}

    def scores(self, texts: Sequence[str]) -> list[list[float]]:
        claims = [Claim(index=i, start=0, end=len(t), text=t) for i, t in enumerate(texts)]
        return [[float(x) for x in c.scores] for c in self.aligner.align(claims).claims]


def check_sheet(sheet: Sheet) -> list[Finding]:
    """Every problem found in the sheet, in sheet order, each rule's findings together."""
    scorer = _Scorer(sheet)
    findings: list[Finding] = []
    findings += _ids(sheet)
    findings += _alike(sheet, scorer)
    findings += _also(sheet, scorer)
    findings += _hedges(sheet, scorer)
    findings += _subjects(sheet)
    findings += _background(sheet, scorer)
    return findings


def pulls(sheet: Sheet) -> list[Pull]:
    """Which fact each `also` phrasing pulls claims to, and how strongly."""
    return pulls_from(sheet, _Scorer(sheet))


def _ids(sheet: Sheet) -> list[Finding]:
    seen: dict[str, str] = {}
    out: list[Finding] = []
    for f in sheet.facts:
        key = f.id.casefold()
        if key in seen:
            out.append(
                Finding(
                    "ids",
                    f.id,
                    f'its id differs from "{seen[key]}" only in case; reviews and reports '
                    "would confuse them (rename one)",
                )
            )
        else:
            seen[key] = f.id
    return out


def _alike(sheet: Sheet, scorer: _Scorer) -> list[Finding]:
    facts = sheet.facts
    rows = scorer.scores([f.text for f in facts])
    out: list[Finding] = []
    for i, f in enumerate(facts):
        for j in range(i + 1, len(facts)):
            g = facts[j]
            if "bibliographic" in (f.kind, g.kind) or (f.kind == g.kind == "quote"):
                continue
            close = min(rows[i][j], rows[j][i])
            if close >= ALIKE:
                out.append(
                    Finding(
                        "alike",
                        f.id,
                        f'too alike to "{g.id}" ({close:.2f}): a claim that reports one may be '
                        "judged against the other; merge them, or give each its own point",
                    )
                )
    return out


def _also(sheet: Sheet, scorer: _Scorer) -> list[Finding]:
    out: list[Finding] = []
    wrong = [
        p
        for p in pulls_from(sheet, scorer)
        if p.to != p.fact_id and p.score >= p.own + PULL_MARGIN and p.score >= PULL_FLOOR
    ]
    done: set[int] = set()
    for k, p in enumerate(wrong):
        if k in done:
            continue
        # Two facts whose phrasings pull to each other: one overlap, said once.
        back = next(
            (
                j
                for j, q in enumerate(wrong)
                if j not in done and q.fact_id == p.to and q.to == p.fact_id
            ),
            None,
        )
        if back is not None:
            done.add(back)
            q = wrong[back]
            out.append(
                Finding(
                    "also",
                    p.fact_id,
                    f'also "{_short(p.phrasing)}" overlaps "{p.to}" and its also '
                    f'"{_short(q.phrasing)}": claims worded so cannot be told apart',
                )
            )
            continue
        out.append(
            Finding(
                "also",
                p.fact_id,
                f'also "{_short(p.phrasing)}" is closer to "{p.to}" ({p.score:.2f}) than to its '
                f"own fact's other wordings ({p.own:.2f}): it pulls claims to the wrong fact",
            )
        )
    return out


def pulls_from(sheet: Sheet, scorer: _Scorer) -> list[Pull]:
    """Each `also` phrasing aligned as a claim: the fact it pulls to, and (with the phrasing
    left out of the sheet) how well its own fact's other wordings would hold such a claim
    against the best other fact."""
    out: list[Pull] = []
    facts = list(sheet.facts)
    for i, fact in enumerate(facts):
        for k, phrasing in enumerate(fact.also):
            rest = (*fact.also[:k], *fact.also[k + 1 :])
            trimmed = replace(sheet, facts=(*facts[:i], replace(fact, also=rest), *facts[i + 1 :]))
            row = _Scorer(trimmed).scores([phrasing])[0]
            others = [j for j in range(len(row)) if j != i]
            best = max(others, key=lambda j: row[j]) if others else i
            to = facts[best].id if others and row[best] > row[i] else fact.id
            out.append(Pull(fact.id, phrasing, to, row[best] if others else row[i], row[i]))
    return out


_HEDGE_WORDS = re.compile(
    r"\b(?:may|might|could|suggests?|suggested|indicates?|possibl[ey]|likely|appears?|seems?)\b",
    re.IGNORECASE,
)


def _hedges(sheet: Sheet, scorer: _Scorer) -> list[Finding]:
    out: list[Finding] = []
    conclusions = [f for f in sheet.facts if f.kind == "conclusion"]
    paper = [f for f in conclusions if f.source == "paper"]
    others = [f for f in conclusions if f.certainty == "shown"]
    for f in others:
        reading = cues.read(f.text)
        level = reading.certainty
        if reading.negated or reading.is_question:
            continue  # "the paper does not establish that ...": certain, and right so
        if level is not None and cues.rank(level) < cues.rank("shown"):
            out.append(
                Finding(
                    "hedge",
                    f.id,
                    f'certainty is "shown" but its own words hedge ({level}): claims that '
                    f'state it plainly would pass; set certainty = "{_sheet_level(level)}"',
                )
            )
            continue
        if f.source == "paper" or not paper:
            continue
        row = scorer.scores([f.text])[0]
        best = max(paper, key=lambda g: row[scorer.index[g.id]])
        if row[scorer.index[best.id]] >= BACKED and best.certainty != "shown":
            out.append(
                Finding(
                    "hedge",
                    f.id,
                    f"a conclusion stated as shown (from the {f.source}), but the paper only "
                    f'{best.certainty.removesuffix("ed")}s it ("{best.id}"): set certainty = '
                    f'"{best.certainty}"',
                )
            )
    return out


def _sheet_level(level: str) -> str:
    return "suggested" if level == "probable" else level


def _subjects(sheet: Sheet) -> list[Finding]:
    """An animal or cell study with no caveat that names its subjects or says 'people'."""
    classes = {
        scope_class(f.scope or sheet.study.subjects) for f in sheet.facts if f.kind == "result"
    }
    model = next((c for c in ("animal", "cell") if c in classes), None)
    if model is None:
        return []
    subjects = sheet.study.subjects or ("mice" if model == "animal" else "cells")
    for f in sheet.facts:
        if f.kind != "caveat":
            continue
        reading = cues.read(f.text)
        if reading.subjects & {"animal", "cell"} or human_scope(f.text):
            return []
        if re.search(r"\b(?:humans?|people|patients|in vivo|in vitro)\b", f.text, re.I):
            return []
    first = next((f.id for f in sheet.facts if f.kind == "result"), None)
    return [
        Finding(
            "subjects",
            first,
            f"the results are in {subjects} and no caveat says so: add a caveat fact such as "
            f'"All the experiments were done in {subjects}; the results were not tested in '
            'people", so coverage that leaves it out is flagged',
        )
    ]


def _background(sheet: Sheet, scorer: _Scorer) -> list[Finding]:
    if not sheet.background:
        return []
    rows = scorer.scores(list(sheet.background))
    out: list[Finding] = []
    for example, row in zip(sheet.background, rows, strict=True):
        best = max(range(len(row)), key=lambda k: row[k])
        if row[best] >= BACKGROUND_PULL:
            fact: Fact = sheet.facts[best]
            out.append(
                Finding(
                    "background",
                    fact.id,
                    f'background example "{_short(example)}" reads like this fact '
                    f"({row[best]:.2f}): claims that report it may be taken for background",
                )
            )
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
