"""Misreported details: a claim that gets a checkable detail of its fact wrong.

Numbers, durations, ranges, dates and amounts (with the rounding the sheet allows); the
number of people or animals the study followed; women for men, rats for mice; a detail of a
category of `data/details.toml` swapped for another ("serum" for purified antibodies); the
research placed in another country or credited to another university; another journal; a
person the sheet never names, or given another role; an effect the other way round, what
the study says did not happen stated as having happened (or success claimed where the
treatment failed), or a place the study says it was not found. A claim that reports no fact
still has its journal, year of publication, institution, country, species and participant
count checked (`sheet_misreports`). Each reason names the claim's word and the study's.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from claimdiff.judge.facts import (
    ANOTHER_STUDY,
    DISCLAIMER,
    NEGATOR,
    OUTSIDER,
    PART,
    STUDY_SUBJECT,
    FactInfo,
    SheetFacts,
    clauses,
    denials,
    quote,
    read_quantities,
)
from claimdiff.judge.framing import (
    NAME,
    TITLED_NAME,
    claim_certainty,
    framing_words,
    presents_finding,
    rung,
)
from claimdiff.language import cues, topic
from claimdiff.language.dates import DateMention, day_spans, read_dates, read_periods, read_seasons
from claimdiff.language.details import Detail, role_conflicts, role_word, roles_by_person
from claimdiff.language.quantities import Quantity, counted_end, parse_number
from claimdiff.language.stem import stem
from claimdiff.language.stopwords import STOPWORDS
from claimdiff.language.textnorm import (
    TERM_PREFIX,
    UPPER,
    TermMap,
    alternation,
    content_tokens,
    unaccented,
)
from claimdiff.locations import data_file
from claimdiff.model import Rounding, Sheet

PRECISE_DIGITS = 3  # a figure with a decimal point or this many digits is not chance
WORDED_SHARE = 0.05  # "half" is 50.5%, "a third" 32%: a share in words, this near


def _precise(q: Quantity) -> bool:
    """A single figure with a decimal point or `PRECISE_DIGITS` digits, or a year or span of
    years: two facts share it by design, not by chance."""
    if q.kind == "year":
        return True  # "2000 to 2021": a span of years is as particular as one year
    figure = re.search(r"\d[\d,.]*\d|\d", q.text)
    if figure is None or q.low != q.high:
        return False
    return "." in figure.group() or len(re.sub(r"\D", "", figure.group())) >= PRECISE_DIGITS


def _exact_figure(q: Quantity) -> bool:
    """A single figure in digits, without a bound and not a round number ("3,782", not
    "4,000" or "about 3,800")."""
    figure = re.fullmatch(r"\d[\d,]*", q.text.strip())
    return (
        figure is not None
        and len(q.text.replace(",", "")) >= PRECISE_DIGITS
        and not (q.text.replace(",", "").endswith("00"))
    )


# "12 of the", "three out of": the number after is the whole the part is counted in
_OF_TOTAL = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|most|"
    r"many|some|few|none|all)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?$",
    re.I,
)


def _states(info: FactInfo, q: Quantity) -> bool:
    """Whether a fact states the very value of a claim's quantity."""
    return any(f.kind == q.kind and (f.low, f.high) == (q.low, q.high) for f in info.quantities)


_SPELLED_OUT = re.compile(r"\b(?:journal|official|bulletin|proceedings|transactions)\b", re.I)


@lru_cache(maxsize=1)
def _told_as_change(text: str, q: Quantity) -> bool:
    return bool(
        _CHANGE_AFTER.match(text, q.end)
        or _CHANGE_BEFORE.search(text, 0, q.start)
        # "slashed the number of babies born early by half": "by" read with the figure
        or q.text.lower().startswith("by ")
        and _CHANGED_BY.search(text, 0, q.start)
    )


def _ratio_as_percent(text: str, q: Quantity, ratio: Quantity) -> bool:
    """A percentage told as a change ("40% higher", "cut by 36%") is the ratio's distance from
    one (a hazard ratio of 1.4 or 0.64)."""
    if not _told_as_change(text, q):
        return False
    share = q.low / 100
    # a change in words ("by half", "a third lower") is as rounded as its words; a ratio of
    # three decimals ("RR 1.012") is a precise change (1.2%, not 2.1%)
    precise = re.search(r"\.\d{3}", ratio.text) is not None
    close = (0.002 if precise else 0.015) if _DIGIT.search(q.text) else 0.05
    return any(abs(r - ratio.low) <= close for r in (1 + share, 1 - share))


# what sets one figure against another: "74% ... compared with 39%", "12 against 48"
_SET_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)\b", re.I)


_HOURS_A_YEAR = 365 * 24
_APART = re.compile(r"\s+(?:apart|later|afterwards)\b", re.I)
_A_TOTAL = re.compile(r"\d[\d,.]*\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(\d[\d,]*)\b", re.I)


def _not_totals(figures: Sequence[Quantity], info: FactInfo) -> list[Quantity]:
    """The figures but the totals the fact counts out of ("41 of 112 sites": not 112)."""
    totals = {
        float(m.group(1).replace(",", ""))
        for t in (info.fact.text, *info.fact.also)
        for m in _A_TOTAL.finditer(t)
    }
    return [f for f in figures if not (f.low == f.high and f.low in totals)]


# what a figure is counted per: "£1.12 per kilogram", "1,100 particles per litre", "£2 a bag"
_PER_UNITS = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme"), "kg"),
    **dict.fromkeys(("g", "gram", "grams", "gramme", "grammes"), "g"),
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters"), "l"),
    **dict.fromkeys(("ml", "millilitre", "millilitres", "milliliter", "milliliters"), "ml"),
    **dict.fromkeys(("tonne", "tonnes", "ton", "tons"), "tonne"),
    **dict.fromkeys(("ha", "hectare", "hectares"), "ha"),
    **dict.fromkeys(("acre", "acres"), "acre"),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers"), "km"),
    **dict.fromkeys(("mile", "miles"), "mile"),
    **dict.fromkeys(("punnet", "punnets"), "punnet"),
    **dict.fromkeys(("bottle", "bottles"), "bottle"),
    **dict.fromkeys(("bag", "bags"), "bag"),
    **dict.fromkeys(("pack", "packs", "packet", "packets"), "pack"),
    **dict.fromkeys(("can", "cans", "tin", "tins"), "can"),
    **dict.fromkeys(("glass", "glasses", "cup", "cups"), "glass"),
    **dict.fromkeys(("tablet", "tablets", "pill", "pills", "capsule", "capsules"), "tablet"),
    **dict.fromkeys(("serving", "servings", "portion", "portions"), "serving"),
}  # fmt: skip
_PER_UNIT_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:per|a|an|each|every|for\s+(?:a|each|every)|/)\s*"
    r"(?P<unit>[a-z]+)\b",
    re.I,
)


def _per_unit(text: str, end: int) -> tuple[str, str] | None:
    """The unit a figure ending at `end` is counted per, folded ("per kilogram" -> "kg"),
    and the words that say so; None if it is counted per no unit of `_PER_UNITS`."""
    m = _PER_UNIT_AFTER.match(text, end)
    unit = _PER_UNITS.get(m.group("unit").lower()) if m else None
    return (unit, m.group().strip()) if m and unit else None


def _per_unit_swap(text: str, q: Quantity, info: FactInfo) -> str | None:
    """The fact's figure counted per another unit ("£1.12 a punnet" where the study gives
    £1.12 per kilogram, "1,100 particles per millilitre" for per litre). The fact must give
    that figure per a unit, and never per the claim's."""
    said = _per_unit(text, q.end)
    if said is None:
        return None
    study = []
    for t in (info.fact.text, *info.fact.also):
        for f in read_quantities(t):
            if f.kind != q.kind or not q.same_value(f, 0.02):
                continue
            per = _per_unit(t, f.end)
            if per is not None and per[0] == said[0]:
                return None
            if per is not None:
                study.append(f"{f.text} {per[1]}")
    if not study:
        return None
    return f"unit: the claim says {quote(f'{q.text} {said[1]}')}; the study {quote(study[0])}"


def _compared_pair(
    text: str, q: Quantity, quantities: Sequence[Quantity], theirs: Sequence[Quantity]
) -> bool:
    """The claim sets this figure against the one before or after it, which is one of the
    fact's own, where the fact has two figures of the kind: then this one is the fact's other
    figure, not another fact's ("74% ... compared with 39%" where the fact has 74.1% and
    48.7%). A confidence interval's level ("95% CI") is no figure of the fact's."""
    figures: list[Quantity] = []
    for f in theirs:
        if f.kind == "percent" and f.low in (90, 95, 99) or f.bound in ("min", "max"):
            continue
        if not any(f.same_value(g, 0.03) for g in figures):
            figures.append(f)
    if len(figures) != 2:
        return False
    alike = [o for o in quantities if o.kind == q.kind]
    k = next(i for i, o in enumerate(alike) if o is q)
    for o in (alike[k - 1] if k else None, alike[k + 1] if k + 1 < len(alike) else None):
        if o is None or not any(
            o.same_value(f, 0.02) or (o.bound in ("min", "max") and f.within(o)) for f in figures
        ):
            continue
        between = text[min(o.end, q.end) : max(o.start, q.start)]
        if _SET_AGAINST.search(between) and len(between) <= 80:
            return True
    return False


# who an amount goes to: each person, each household, each village ...
_ALLOCATED = {
    **dict.fromkeys(
        ("person", "individual", "member", "adult", "child", "resident", "recipient",
         "participant", "patient", "pupil", "worker"),
        "person",
    ),
    **dict.fromkeys(("household", "family", "families", "home"), "household"),
    **dict.fromkeys(("village", "community", "communitie", "town"), "village"),
    **dict.fromkeys(("school", "clinic", "practice", "firm", "farm"), "site"),
}  # fmt: skip
_EACH_UNIT_OF = re.compile(
    r"\b(?:each|every|per)\s+(?:eligible\s+|single\s+|individual\s+)?"
    r"(person|individual|member|adult|child|resident|recipient|participant|patient|pupil|worker|"
    r"household|family|home|village|community|town|school|clinic|practice|firm|farm)s?\b",
    re.I,
)
# what a figure counts when it counts events, not people: "41 SRA reports", "37 crossings"
_EVENTS_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:reports|crossings|visits|samples|episodes|events|records|calls|"
    r"admissions|prescriptions|tests|journeys|trips|deliveries|sessions|consultations|"
    r"referrals|claims|attendances)\b",
    re.I,
)
# paid once, and paid over and over
_ONE_OFF = re.compile(r"\b(?:one-off|one-time|single|once|lump[- ]sum)\b", re.I)
_PAID_EVERY = re.compile(
    r"\s(?:a|per|each|every)\s+(?:month|week|year|day|fortnight)\b|\b(?:monthly|weekly|yearly|"
    r"annually|daily)\s+(?:payments?|transfers?|grants?|instalments?)\b",
    re.I,
)


def _anchored_kind(
    q: Quantity, quantities: Sequence[Quantity], info: FactInfo, infos: Sequence[FactInfo]
) -> bool:
    """The claim gives two figures of other kinds exactly as the fact does ("87% (95% CI
    81-92%)"), and the fact has one figure of this one's kind ("after 8 weeks"): this one is
    that figure, told wrong, not another fact's ("after four weeks")."""
    mine: list[Quantity] = []
    for f in info.quantities:
        if f.kind == "percent" and f.low in (90, 95, 99):
            continue  # a confidence level
        if f.kind == q.kind and not f.vague and not any(f.same_value(g, 0.03) for g in mine):
            mine.append(f)
    if len(mine) != 1:
        return False
    agree = sum(
        1
        for o in quantities
        if o.kind != q.kind
        and _DIGIT.search(o.text)
        and any(f.kind == o.kind and o.same_value(f, 0.01) for f in info.quantities)
    )
    # (a figure another fact states is that fact's: "a specificity of 74.1% (95% CI
    # 73.3-74.9)" beside the sensitivity's figures)
    return agree >= 2 and not any(
        f.kind == q.kind and q.same_value(f, 0.01)
        for other in infos
        if other is not info
        for f in other.quantities
    )


def _ratio_read_as_change(text: str, q: Quantity, info: FactInfo) -> str | None:
    """A ratio below one read as the size of the change ("62% lower" for a hazard ratio of
    0.62, which is 38% lower)."""
    if not _told_as_change(text, q) or not _DIGIT.search(q.text):
        return None
    for f in info.quantities:
        if f.kind == "ratio" and f.low == f.high and f.low < 1 and abs(f.low * 100 - q.low) < 0.6:
            change = round((1 - f.low) * 100)
            return (
                f"number: the claim says {quote(q.text)} as the change; the study's ratio "
                f"{quote(f.text)} is a change of {quote(f'{change}%')}"
            )
    return None


_POINTS = re.compile(r"\s*(?:percentage|per\s*cent(?:age)?)[\s-]+points?\b", re.I)


def _points_told_as_percent(text: str, q: Quantity, info: FactInfo) -> str | None:
    """A change in percentage points told as a per cent change ("humidity fell by 8.4%" for
    a fall of 8.4 percentage points: a relative change of 8.4% is another, smaller fall)."""
    if not _told_as_change(text, q) or not _DIGIT.search(q.text) or _POINTS.match(text, q.end):
        return None
    if any(f.kind == "percent" and f.low == f.high == q.low for f in info.quantities):
        return None  # the fact gives the figure as a per cent too
    for t in (info.fact.text, *info.fact.also):
        for f in read_quantities(t):
            if f.kind == "number" and f.low == f.high == q.low and _POINTS.match(t, f.end):
                points = t[f.start : _POINTS.match(t, f.end).end()]  # type: ignore[union-attr]
                return f"unit: the claim says {quote(q.text)}; the study {quote(points)}"
    return None


def _percent_told_as_points(text: str, q: Quantity, info: FactInfo) -> str | None:
    """A change in per cent told in percentage points ("fell by 45 percentage points" where
    bleeding fell from 41.2% to 22.6% of sites, a relative drop of 45% but 18.6 points): the
    claim's points against the difference of the fact's two shares."""
    if not _POINTS.match(text, q.end) or not _told_as_change(text, q):
        return None
    for t in (info.fact.text, *info.fact.also):
        if any(
            f.kind == "number" and f.low == f.high == q.low and _POINTS.match(t, f.end)
            for f in read_quantities(t)
        ):
            return None  # the fact gives these points
    pair = _change_pair(info.fact.text)
    if pair is None or not all(f.kind == "percent" for f in pair):
        return None
    a, b = pair
    points = abs(b.low - a.low)
    if abs(points - q.low) <= max(0.5, 0.05 * points):
        return None
    said = text[q.start : _POINTS.match(text, q.end).end()]  # type: ignore[union-attr]
    return (
        f"unit: the claim says {quote(said)}; the study {quote(a.text)} to {quote(b.text)}, "
        f"{points:.3g} points"
    )


def _words_alike(named: str, journal: str) -> bool:
    """Each longer word of a named journal is one of the journal's, misspelt or cut short
    ("Jounral", "Ecol"), and each of the journal's but its generic ones ("Journal", "Annals")
    is named: "Journal of Pelagic Biology" is not "... of Pelagic Ecology", nor "Annals of
    Gastroenterology" the "Annals of Gastroenterological Medicine"."""

    def words(name: str) -> list[str]:
        return [w.lower() for w in re.findall(r"[A-Za-z]{3,}", name)]

    def alike(a: str, b: str) -> bool:
        return fuzz.ratio(a, b) >= 80 or a.startswith(b) or b.startswith(a)

    said, own = words(named), words(journal)
    return all(any(alike(w, o) for o in own) for w in said if len(w) >= 4) and all(
        any(alike(o, w) for w in said) for o in own if o not in _GENERIC_JOURNAL_WORDS
    )


def _sister_journal(named: str, journal: str) -> bool:
    """ "The Lancet" for "The Lancet Neurology", "Nature" for "Nature Medicine": the name of
    a journal of the same family, a word or more short of the study's. After a colon, a
    spelled-out name is no part of it ("BMJ: British Medical Journal"); a family's member
    is ("Circulation: Heart Failure")."""

    def words(name: str) -> list[str]:
        head, _, tail = name.partition(":")
        if _SPELLED_OUT.search(tail):
            tail = ""
        name = f"{head} {tail}"
        return re.sub(r"\Athe\s+", "", name.strip(), flags=re.I).lower().split()

    said, study = words(named), words(journal)
    return 0 < len(said) < len(study) and study[: len(said)] == said


@lru_cache(maxsize=1)
def _species_groups() -> dict[str, str]:
    raw = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))
    return {w.lower(): group for group, words in raw["groups"].items() for w in words}


_INSTITUTION = re.compile(
    r"(?:[A-Z][\w'’&.-]*\s+){0,4}?"
    r"(?:University|College|Institute|Institutet|Hospital|Hospitals|School|Centre|Center|"
    r"Clinic|Laboratory|Laboratories|Academy|Infirmary|Observatory|"
    r"Universidad|Universidade|Università|Universität|Université|Universiteit|Universitet)\b"
    r"(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
    r"(?:\s+[A-Z][\w'’&.-]*){0,2}"
)
# a day or month after the name is when it appeared ("in the Journal of X on Tuesday")
_WHEN = (
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December)\b)"
)
_JOURNAL = re.compile(
    r"\b(?:published|appear(?:s|ed|ing)?|reported|described)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?"
    # "the prestigious New England Journal of Medicine": a word or two of praise before it
    r"(?:(?:prestigious|leading|respected|renowned|influential|top|major|peer-reviewed|"
    r"scientific|medical|academic|international)\s+){0,2}"
    r"((?:(?:[a-z-]+\s+){0,3}journal\s+)?[A-Z][\w&'’.-]*"
    rf"(?:\s+(?:(?:of|for|and|&|on|in)\s+(?:the\s+)?)?{_WHEN}[A-Z][\w&'’.-]*)*)"
)
_SUBTITLE = re.compile(
    r":\s*([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&|on|in)\s+)?[A-Z][\w&'’.-]*)*)"
)
_JOURNAL_WORDS = re.compile(
    r"journal|review|letters|proceedings|annals|lancet|nature|science|cell|bmj|jama|plos|"
    r"medicine|reports|bulletin",
    re.IGNORECASE,
)
# The study's own participants counted ("the trial followed 2,000 volunteers").
_ENROLLED = re.compile(
    r"\b(?:follow(?:ed|s|ing)?|enrol(?:l)?(?:ed|s|ing)?|recruit(?:ed|s|ing)?|involv(?:ed|es|ing)|"
    r"includ(?:ed|es|ing)|tested|studied|surveyed|tracked|analy[sz]ed|examined|assigned|"
    r"randomi[sz]ed|gave|of|among|in|with|from)\s+(?:(?:about|around|nearly|almost|more than|"
    r"over|some|roughly|just|the|a|an|total of|group of)\s+)*$",
    re.I,
)
# People who gave the material an animal or cell study used: "antibodies taken from 44
# patients", "cells donated by 12 people".
_DONORS = re.compile(r"\b(?:from|by)\s+(?:(?:about|around|some|the|a\s+total\s+of)\s+)*$", re.I)
_DONATED = re.compile(
    r"\b(?:donat\w*|donors?|collected|taken|drawn|harvested|obtained|isolated|purified)\b", re.I
)
# A fact that says who took part ("followed 412 adults", "a cohort of", "participants").
_ENROLMENT = re.compile(
    r"\b(?:follow(?:ed|s)?|enrol(?:l)?(?:ed|s|ment)?|recruit(?:ed|s|ment)?|includ(?:ed|es)|"
    r"involv(?:ed|es)|randomi[sz]ed|assigned|cohort|participants|took part|sample of|used)\b",
    re.I,
)
# A claim that sets two groups side by side names both ("in contrast, mice given X from
# healthy people ..."): its population and treatment details are not a swap.
_CONTRAST = re.compile(
    r"\b(?:in contrast|by contrast|compared (?:with|to)|unlike|whereas|while|versus|vs\.?|"
    r"than|instead|rather than|as opposed to|on the other hand)\b",
    re.I,
)
_CONTRASTED = frozenset({"age_group", "health", "route"})
# A count of a whole population, not of the people studied: "two million people in Spain
# live with it", "an estimated 50 million worldwide".
_POPULATION_BEFORE = re.compile(r"\b(?:an\s+)?estimated\s+$", re.I)
_POPULATION_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,4}?(?:(?:worldwide|globally|nationwide)\b|"
    r"(?:(?:in|across|throughout|around)\s+(?:the\s+)?[\w.]+(?:\s+[A-Z][\w.]*)?\s+)?"
    r"(?:are\s+|is\s+)?(?:suffer|suffers|suffering|live\s+with|living\s+with|"
    r"(?:are\s+)?affected\s+by|(?:are|have\s+been)\s+diagnosed)\b)"
)


@lru_cache(maxsize=1)
def _short_institutions() -> re.Pattern[str]:
    raw = tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))
    names = sorted(raw.get("short_names", []), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


_CITED_BEFORE = re.compile(
    r"(?:\bet\s+al\.?|\band\s+(?:colleagues|co-?workers|her\s+team|his\s+team))\s*,?\s*"
    r"(?:in\s+|\(\s*)?\Z|\(\s*[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?,?\s*\Z",
)
_CITED_AFTER = re.compile(r"\s+(?:study|paper|report|review|analysis)\b", re.I)


# what a figure is given to, right after it: "3.5 a month with daralopant", "55.4% of the 10
# mg arm", "29.3% on 10 mg", "2.1 with placebo"
_ARM_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|days?|points?)?\s*(?:a\s+(?:day|week|month)\s+)?(?:of\s+(?:patients|"
    r"participants|people)\s+)?(?:with|on|in|for|of|among|taking|given)\s+(?:the\s+)?"
    r"(?P<arm>\d[\d.]*\s*mg|[A-Za-z][\w-]*)",
    re.I,
)


# a result the study found null, and a claim that it was significant
_NULL = re.compile(
    r"\b(?:did\s+not\s+(?:differ|change)|no\s+(?:significant\s+|clear\s+|meaningful\s+)?"
    r"(?:difference|change)s?|(?:was|were)\s+not\s+(?:significantly\s+)?(?:different|changed)|"
    r"(?:practically|virtually|almost)\s+identical)\b",
    re.I,
)
# a link the study did not find: "showed no clear association with", "was not linked to"
_NULL_LINK = re.compile(
    r"\bno\s+(?:statistically\s+)?(?:significant\s+|clear\s+|meaningful\s+|consistent\s+)?"
    r"(?:association|link|relationship|correlation)s?\b|\b(?:was|were)\s+not\s+"
    r"(?:significantly\s+|clearly\s+)?(?:associated|linked|related|correlated)\b",
    re.I,
)
_NOT_SIGNIFICANT = re.compile(r"\bnot\s+(?:statistically\s+)?significant\b", re.I)
_TOLD_INSIGNIFICANT = re.compile(
    r"\b(?:non-?significant|insignificant|not\s+(?:statistically\s+)?significant)\b", re.I
)
_SIGNIFICANT = re.compile(r"\b(?:statistically\s+)?significant(?:ly)?\b", re.I)
# a result said to be within chance: "could have been due to chance", "did not reach
# significance", "statistically indistinguishable"
_CHANCE = re.compile(
    r"\b(?:(?:could|may|might)\s+(?:well\s+)?(?:have\s+been|be)\s+(?:due\s+to|down\s+to)\s+chance|"
    r"(?:could|may|might|to)\s+(?:well\s+)?have\s+(?:arisen|occurred|come\s+about)\s+by\s+chance|"
    r"(?:could|may|might)\s+(?:well\s+)?be\s+a\s+chance\s+finding|"
    r"did\s+not\s+reach\s+(?:statistical\s+)?significance|"
    r"(?:statistically\s+indistinguishable|not\s+statistically\s+distinguishable))\b",
    re.I,
)
# an interval of an estimate: "95% CI -0.01 to 0.09", "(OR 0.94, 95% CI 0.83-1.06)"
_INTERVAL = re.compile(
    r"\b9[059]\s*(?:%|per\s*cent)\s*(?:CI|UI|CrI|confidence\s+interval|uncertainty\s+interval|"
    r"credible\s+interval)[,:]?\s*(?P<lo>[-−–]?\d+(?:\.\d+)?)\s*(?:%|(?!to\b)[a-zµ]+\b)?\s*"
    r"(?:to|-|–|,)\s*(?P<hi>[-−–]?\d+(?:\.\d+)?)",
    re.I,
)
# what names an interval as the effect's: "a difference of 0.10 (95% CI ...", "effect 0.2,"
_EFFECT_BEFORE = re.compile(
    r"\b(?:difference|differed|effect|change|gap|reduction|increase|decrease)\b[^;()]{0,25}"
    r"\(?\s*\Z",
    re.I,
)
_RATIO_BEFORE = re.compile(r"\b(?:a?[HOR]R|IRR|ROR|PR|ratios?|odds|hazard)\b[^;]{0,40}\Z", re.I)


def insignificant(fact: str) -> str | None:
    """Where a fact says its result may be chance: "not statistically significant", "could
    have been due to chance", or intervals of the effect that all take in no effect (a
    difference from below 0 to above it, a ratio from below 1 to above it). Where the fact
    names which intervals are of the effect ("a difference of 0.10 (95% CI -0.04 to 0.23)"),
    only those count, not those of each group's level; None where one excludes no effect: it
    tells a significant result too."""
    spans, effects = [], []
    for m in _INTERVAL.finditer(fact):
        lo, hi = (float(re.sub("[−–]", "-", m.group(g))) for g in ("lo", "hi"))
        null = 1.0 if _RATIO_BEFORE.search(fact, 0, m.start()) else 0.0
        spans.append((m, lo < null < hi))
        if _EFFECT_BEFORE.search(fact, 0, m.start()) or null == 1.0:
            effects.append((m, lo < null < hi))
    counted = effects or spans
    if not all(within for _, within in counted):
        return None
    said = _NOT_SIGNIFICANT.search(fact) or _CHANCE.search(fact)
    if said:
        return said.group()
    return counted[0][0].group() if counted else None


# "people with (mildly) raised X", "patients with low Y": a direction word naming a state
_WITH_STATE = re.compile(
    r"\b(?:people|persons|adults|patients|women|men|children|kids|teenagers|those|participants|"
    r"volunteers|individuals|subjects|animals|mice|rats)\s+with\s+(?:\w+ly\s+)?$",
    re.I,
)  # not "linked with lower stress": an effect
_WHO_BEFORE = re.compile(r"\b(?:who|whom)\s+(?:\w+ly\s+)?$", re.I)  # a relative clause naming who
# A count's period, a few words after it: "1.1 servings per week", "one serving a day"
_PERIOD = re.compile(
    r"[^.;:]{0,40}?\b(?:a|an|per|each|every)\s+(?P<unit>day|week|month|year)\b", re.I
)


@lru_cache(maxsize=1)
def _metres() -> dict[str, float]:
    """Each unit of length in metres (numbers.toml `length_metres`)."""
    data = tomllib.loads(data_file("numbers.toml").read_text(encoding="utf-8"))
    return {unit: float(v) for unit, v in data["length_metres"].items()}


@lru_cache(maxsize=1)
def _lengths() -> dict[str, str]:
    """Each unit of length as written, with its unit (numbers.toml `lengths`)."""
    data = tomllib.loads(data_file("numbers.toml").read_text(encoding="utf-8"))["lengths"]
    return {w: unit for unit, words in data.items() for w in words}


# "m" for metres, where a length reads on: "10 m of water", "30 m deep", "5 m away"
_METRES_M = re.compile(
    r"\s?(?-i:m)\b(?=\s+(?:of|deep|high|long|wide|tall|below|above|away|from|down|up|"
    r"under|across|apart)\b|\s*[,;.)]|\s*\Z)"
)


_SMALL_LENGTHS = frozenset({"mm", "um", "nm"})


def _length_unit(after: str) -> tuple[str, str] | None:
    """The unit of length right after a number ("10 km outside"), with the word as written."""
    m = re.match(r"(?:\s*|-)([A-Za-zµμ]+)\b", after)  # "20 km", "a 20-mile ride"
    if m is None:
        return None
    if _METRES_M.match(after):
        return ("m", m.group(1))  # "the top 10 m of the lake" (not "£3 m", "2 m people")
    if re.fullmatch(r"[mµμnp]M", m.group(1)):
        return None  # "5 mM", "10 µM", "2 nM": concentrations (millimolar), not lengths
    unit = _lengths().get(m.group(1).lower())
    return (unit, m.group(1)) if unit else None


@lru_cache(maxsize=1)
def _measure_units() -> dict[str, str]:
    """Each unit of measure as written (lower case), with its unit: numbers.toml
    `measure_units`, `mass` and `lengths`."""
    data = tomllib.loads(data_file("numbers.toml").read_text(encoding="utf-8"))
    units = {w.lower(): u for u, words in data["measure_units"].items() for w in words}
    units.update({w.lower(): w for w in data["mass"]})
    for unit, words in data["lengths"].items():
        units.update({w.lower(): unit for w in words})
    return units


# a figure and the unit written after it: "12.8 mg", "10 m²", "70 square metres"
_FIGURE_UNIT = re.compile(
    r"(?P<fig>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>(?:square|sq)\s+[a-z]+|"
    r"parts\s+per\s+(?:thousand|million|billion|trillion)|[a-zµμ]+[²2]?)(?![\w²])",
    re.I,
)


def _unit_of(text: str, q: Quantity) -> tuple[str, str, str] | None:
    """(figure, unit, as written) of a figure in digits with a unit of measure after it; a
    currency's "m" is a million, not a metre."""
    start = q.start
    if q.low != q.high and (figures := list(_FIGURE_DIGITS.finditer(text, q.start, q.end))):
        start = figures[-1].start()  # "from 201 to 205 ppm": the unit after the last figure
    m = _FIGURE_UNIT.search(text, start, min(len(text), q.end + 20))
    if m is None or m.start() >= q.end or _CURRENCY_BEFORE.search(text, 0, m.start()):
        return None
    unit = _measure_units().get(re.sub(r"\s+", " ", m.group("unit").lower()))
    if unit is None:
        return None
    return m.group("fig").replace(",", ""), unit, m.group()


_CURRENCY_BEFORE = re.compile(r"[$£€¥]\s?\Z")


@lru_cache(maxsize=1)
def _steep() -> re.Pattern[str]:
    """Verbs of a steep change ("soared", "plunged"): magnitude.toml `steep`."""
    words = tomllib.loads(data_file("magnitude.toml").read_text(encoding="utf-8"))["steep"]
    alts = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alts})\b", re.I)


# how long the study went on: "the study ran over six weeks", "the trial lasted a year"
# "a six-month study", "the 12-week trial", "a two-year-long experiment": the study's length
_LENGTH_OF_STUDY = re.compile(
    r"\b[\w.]+[-\s](?:day|week|month|year)(?:[-\s]long)?\s+"
    # (with a word or two of what kind: "a six-month clinical trial")
    r"(?:(?!(?:of|in|for|and|or|to|by|the|a|an)\b)[a-z]+\s+){0,2}?(?:study|trial|experiment|"
    r"programme|program|intervention)\b",
    re.I,
)
# "The year-long study": one of the unit, in words
_UNIT_LONG = re.compile(r"\b(?:a|the)\s+(day|week|month|year)[-\s]long\b", re.I)
_STUDY_RAN = re.compile(
    r"\b(?:study|trial|experiment|session|programme|program|intervention|research)\b[^.;:]{0,25}?"
    r"\b(?:ran|run|runs|lasted|lasts|lasting|took|spanned|continued)\b"
    # ... or how long its people were followed: "tracked 400,000 people for 20 years"
    r"|\b(?:tracked|followed|monitored|followed\s+up)\b[^.;:]{0,40}?\bfor\b",
    re.I,
)


# What a study left out or has still to do: no claim that it did it ("reptiles were outside
# the study's scope", "the team is working on the polarisation for a later paper")
NOT_YET_DONE = re.compile(
    r"\b(?:outside|beyond)\s+(?:the\s+|its\s+|their\s+)?(?:\w+'s\s+)?(?:scope|remit)\b"
    r"|\bout\s+of\s+scope\b"
    r"|\b(?:a\s+|the\s+)?(?:later|future|forthcoming|follow-up|separate)\s+(?:paper|study|analysis|report)\b"
    r"|\b(?:is|are)\s+(?:already\s+|now\s+)?working\s+on\b|\bplans?\s+to\b"
    r"|\b(?:held|kept)\s+back\b|\bwithheld\b",
    re.I,
)


# the other group named by a denial of what the first did: "... as those who had not"
_ELLIPTIC_NOT = re.compile(
    r"\b(?:those|people|ones|others|the\s+rest|\w+)\s+(?:who|that)\s+(?:had|did|were|was|have|has)"
    r"(?:\s+not|n['’]t)\b|\bthose\s+not\b",
    re.I,
)


def _home_pattern(names: dict[str, str]) -> re.Pattern[str]:
    """An institution said to be somewhere: "X University in Bristol", "X, based in Leeds"."""
    return re.compile(
        rf"\b(?P<inst>{alternation(list(names))}),?\s+(?:(?:which\s+is\s+)?based\s+in|in)\s+"
        r"(?:the\s+)?(?P<place>[A-Z][\w'’-]+(?:(?:,\s+|\s+)(?:the\s+)?[A-Z][\w'’-]+){0,2})"
    )


def _canonical(said: str, names: dict[str, str]) -> str:
    """The key of `names` that `said` is (case aside)."""
    return next((n for n in names if n.lower() == said.lower()), said)


def _arm_name(arm: str) -> str:
    if arm.startswith("dose:"):
        return f"the {arm[5:]} mg arm"
    if arm.startswith("group:"):
        return f"the {arm[6:]} group"
    if arm.startswith("treatment:") and arm != "treatment:":
        return arm[10:]
    return "placebo" if arm == "placebo" else "the treatment"


def _cited_year(text: str, q: Quantity) -> bool:
    """A year that dates a cited paper ("Ojeda and colleagues in 2016", "(Roe, 2019)",
    "a 2016 study"), not anything the study found."""
    if q.low != q.high:
        return False
    return bool(_CITED_BEFORE.search(text, 0, q.start) or _CITED_AFTER.match(text, q.end))


# a street or square named after someone: its name is an address, not a person in the story
_STREET_BEFORE = re.compile(
    r"\b(?:Rua|Avenida|Av\.|Calle|Via|Viale|Piazza|Praça|Largo|Plaza|Place|Square|Street|"
    r"Road|Avenue|Boulevard|Straße|Strasse|Platz|Rue)\s*\Z"
)
_CREDIT_BEFORE = re.compile(
    r"\b(?:at|from|by|of|with|led by|conducted by|carried out by|done by)\s+(?:the\s+)?$", re.I
)
_CREDIT_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:researchers?|scientists?|team|investigators?|study|scholars?|academics?)\b",
    re.I,
)
_TOP_LEVEL = re.compile(
    r"\b(?:University|College|Universidad|Universidade|Università|Universität|Université|"
    r"Universiteit|Universitet)\b"
)
# "led by researchers at X": who led the work, up to the partners ("with", "alongside")
# ... or who did it: "carried out by scientists at X", "conducted by a team at X"
_LED_BY = re.compile(
    r"\b(?:led|headed|coordinated|(?:carried|done)\s+out|conducted|performed|run)\s+by\b", re.I
)
_PARTNERS = re.compile(
    r"\b(?:with|alongside|together|in\s+collaboration|in\s+partnership|and\s+colleagues)\b", re.I
)
# Who paid for the work: "funded by the Wellcome Trust", "with a grant from the X Council".
# A word that may stand before a funder's name without being part of it: "the national X
# Council", "and the regional Y Programme"
_FUNDER_ADJECTIVE = (
    r"(?:(?:national|federal|state|regional|local|international|european|global|private|"
    r"public|government|charitable|independent)\s+)?"
)
_FUNDER_NAME = (
    rf"{_FUNDER_ADJECTIVE}(?P<NAME>[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&|de|on)\s+(?:the\s+)?"
    rf"{_FUNDER_ADJECTIVE})?[A-Z][\w'’&.-]*){{0,10}})"
)
_FUNDED_BY = re.compile(
    r"\b(?:funded|financed|paid\s+for|bankrolled|sponsored)\s+(?:\w+\s+){0,2}?by\s+(?:a\s+grant\s+"
    r"from\s+)?(?:the\s+)?" + _FUNDER_NAME.replace("NAME", "who") + "|"
    r"\b(?:with\s+(?:a\s+)?(?:grant|grants|funding|money)|(?:[Ff]unding|[Mm]oney|[Gg]rants?)\s+"
    r"(?:came|comes|was|were)\s+(?:\w+\s+)?)\s*from\s+(?:the\s+)?"
    + _FUNDER_NAME.replace("NAME", "who2")
)
# Two funders named together: "the X Trust and the Y Centre" (each is checked on its own)
_FUNDER_AND = re.compile(rf"\s+(?:and|&)\s+(?:the\s+)?{_FUNDER_ADJECTIVE}(?=[A-Z])")
# What kind of body a funder is: "the X Council" is not "the X Programme"
_BODY_KINDS = frozenset(
    re.findall(
        r"\w+",
        "council programme program foundation trust institute agency fund ministry department "
        "society association charity board office academy network initiative authority "
        "commission service",
    )
)
# Where a list of names breaks: "funded by A (AA), B and the C"
_LIST_ITEM = re.compile(r"\s*(?:[,;()]|\s(?:and|&)\s|\bby\b)\s*", re.I)
# Roles a paper gives one person (or a few named together): anyone else given one is wrong.
# A word with "pre" or "post" that its twin swaps: "postmenopausal" for "premenopausal",
# "postnatal" for "prenatal", "post-operative" for "pre-operative"
_BEFORE_AFTER = re.compile(r"\b(pre|post)-?[a-z]{5,}\b", re.I)
_TWIN = {"pre": "post", "post": "pre"}
DOSE_WORDS = 4  # a mass this many words after the treatment's name is its dose
_ONE_HOLDER = frozenset({"first author", "senior author", "corresponding author"})
_LEADS = frozenset({"first author", "senior author", "principal investigator"})
# Someone said to have led the work: "led by (Dr) X", "X, who led the study", "X led the team"
_TITLE = r"(?:(?:Dr|Prof|Professor)\.?\s+)?"
_PERSON = r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
_LED = re.compile(
    rf"\bled\s+by\s+{_TITLE}(?P<by>{_PERSON})|{_TITLE}(?P<who>{_PERSON}),?\s+(?:who\s+)?"
    r"(?<!co-)led\s+(?:the|this|a|an|their|her|his)\s+(?:\w+\s+)?"
    r"(?:study|research|work|team|trial|project|review|group)\b"
)
_FUNDING_FACT = re.compile(r"\b(?:fund|funded|funding|funders?|grants?|financed|sponsor)", re.I)
# Capitalised words that make a name an organisation's or a journal's, not a person's.
_ORGANISATION_WORD = frozenset(
    re.findall(
        r"\w+",
        "University College Institute Institutet Hospital Hospitals School Centre Center Clinic "
        "Laboratory Laboratories Academy Agency Pharma Pharmaceuticals Therapeutics Biotech Inc "
        "Ltd Foundation Trust Council Society Association Department Ministry Service Network "
        "Board Commission Organisation Organization Group Journal Lancet Neurology Medicine "
        "Review Reports Health Research Sciences Science Nature Infirmary Diagnostics Labs "
        "Biosciences Bioscience Genomics Analytics Technologies Solutions Museum Observatory "
        "Registry Unit Centres Centers Clinics Institutes Schools Universities Colleges "
        "GmbH AG plc LLC",
    )
)
# A majority or a minority of a group in words: "most teenagers", "the majority of them",
# "few patients" (not "the most common", "at most", "a few").
_MAJORITY = re.compile(
    r"(?<!\bthe\s)(?<!\bat\s)\b(?P<most>most|the\s+majority)\s+(?:of\s+(?:the|them|those|these)\b|"
    r"(?!likely\b|common\b|important\b|effective\b|recent\b)[a-z]+s\b)"
    r"|(?<!\ba\s)\b(?:few|a\s+minority\s+of|only\s+a\s+minority\s+of)\s+(?:of\s+)?(?:the\s+)?[a-z]+s\b",
    re.I,
)
# What is yet to come: "will be", "is expected to", "could soon".
_PROSPECT = re.compile(
    r"\b(?:will|would|could|may|might|shall|soon|(?:is|are)\s+(?:expected|set|likely|due|hoped|"
    r"going|poised)\s+to|hopes?\s+to|plans?\s+to|aims?\s+to|in\s+future)\b",
    re.I,
)
# "ways that are hard to measure": what is hard to do is not said to have been done
_DIFFICULT = re.compile(
    r"\b(?:hard|difficult|impossible|tricky|tough|not\s+easy|too\s+\w+)\s+to\s+(?:\w+\s+)?\Z",
    re.I,
)
# "girls used it more than boys": a comparison, its way and the group it is made with
_COMPARED = re.compile(
    r"\b(?:(?P<up>more|higher|greater|larger|longer|better|bigger|stronger)|"
    r"(?P<down>less|fewer|lower|smaller|shorter|worse|weaker))\b[^.;:]{0,60}?\bthan\s+(?:the\s+|"
    r"did\s+|do\s+|does\s+|in\s+|among\s+|for\s+)?(?P<other>[a-z][\w-]*)",
    re.I,
)
# the first comparing word of a claim, and a "than" anywhere in it
_DIRECTION_WORD = re.compile(
    r"\b(?:more|higher|greater|larger|longer|better|bigger|stronger|less|fewer|lower|smaller|"
    r"shorter|worse|weaker)\b",
    re.I,
)
_THAN_WORD = re.compile(r"\bthan\b", re.I)
# "stronger in women (odds ratio 1.84, 95% CI 1.31 to 2.59) than in men": figures in
# parentheses, left out where a comparison is read
_ASIDE = re.compile(r"\s*\([^()]*\)")
# "stronger among men": one group singled out by a comparative, with no "than"
_SINGLED = re.compile(
    r"\b(?:(?P<up>more|higher|greater|larger|better|bigger|stronger|strongest|largest|"
    r"greatest|biggest|highest)|(?P<down>less|lower|smaller|worse|weaker|weakest|smallest|"
    r"lowest))\s+(?:among|in|for)\s+"
    r"(?P<group>[\w-]+(?:\s+[\w-]+){0,5}?)\s*(?=[,.;:!?]|\s+(?:and|but|who|than)\b|$)",
    re.I,
)
# "And boys were hit hardest": a group singled out as the most affected
_HIT_HARDEST = re.compile(
    r"^\W*(?:and\s+|but\s+|yet\s+)?(?P<group>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:were|was|are|is)"
    r"\s+(?:(?:the\s+)?(?:hit|affected|harmed)\s+(?:the\s+)?(?:hardest|most|worst)|"
    r"(?:the\s+)?(?:worst|most|hardest)[\s-]+(?:hit|affected))\b",
    re.I,
)
# "less than 7 hours", "fewer than seven": a comparison with a number, not an effect
# "than a minute", "than an hour", "than a thousand": one of a unit, an amount
_THAN_A_UNIT = re.compile(
    r"\s+than\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+)?(?:an?|one)\s+"
    r"(?:(?:full|whole|single)\s+)?(?:second|minute|hour|day|week|fortnight|month|year|decade|"
    r"century|metre|meter|kilometre|kilometer|mile|foot|inch|kilogram|kilo|pound|stone|litre|"
    r"liter|gram|dozen|hundred|thousand|million|billion)s?\b",
    re.I,
)
_THAN = re.compile(
    r"\s+than\s+(?:about\s+|around\s+|roughly\s+)?(?P<n>\d[\d,.]*|"
    r"(?:an?\s+|one\s+|two\s+|three\s+)?(?:half|thirds?|quarters?|fifths?|tenths?)\b|"
    r"[a-z]+(?:-[a-z]+)?)",
    re.I,
)
_FRACTION = re.compile(r"(?:half|thirds?|quarters?|fifths?|tenths?)$", re.I)


def _ends(found: Sequence[Quantity]) -> list[Quantity]:
    """Each range ("45 to 80 dB") as its two ends; single values as they are."""
    out: list[Quantity] = []
    for f in found:
        if f.low != f.high and f.bound is None:
            out += [replace(f, high=f.low), replace(f, low=f.high)]
        else:
            out.append(f)
    return out


def _same_figure(q: Quantity, f: Quantity) -> bool:
    """Within a tenth either side; but years are years, a range of them with both ends
    ("2015 to 2019" is not "2015 to 2021", however they overlap), and an interval's bounds
    are exact."""
    if q.kind == "year":
        return (round(q.low), round(q.high)) == (round(f.low), round(f.high))
    if q.kind == "interval":  # the bounds of an estimate are given exactly
        return abs(q.low - f.low) <= 0.01 * abs(f.low) and abs(q.high - f.high) <= 0.01 * abs(
            f.high
        )
    if q.kind == "ratio":  # ratios sit near 1: "1.12" is another's 1.1 or 1.12, not 1.09
        return _rounds_to(f, q)
    return q.same_value(f, 0.1)


def _rounds_to(f: Quantity, q: Quantity) -> bool:
    """`f` rounded to the decimal places `q` is written with is `q` (1.17 is "1.2")."""
    places = len(m[1]) if (m := _DECIMALS.search(q.text)) else 0
    return (round(f.low, places), round(f.high, places)) == (q.low, q.high)


def _figures_written(info: FactInfo) -> set[float]:
    """Every figure the fact writes in digits, in any phrasing."""
    return {
        float(m.group().replace(",", ""))
        for t in (info.fact.text, *info.fact.also)
        for m in _FIGURE_DIGITS.finditer(t)
    }


def _interval_end_rounded(q: Quantity, info: FactInfo) -> bool:
    """The claim's single figure is an end of one of the fact's intervals, rounded to the
    places the claim writes ("about 7C" of "95% CI 7.1 to 13.4 °C")."""
    if q.low != q.high:
        return False
    places = len(m[1]) if (m := _DECIMALS.search(q.text)) else 0
    return any(
        f.low != f.high
        and f.kind in ("interval", q.kind)
        and q.low in (round(f.low, places), round(f.high, places))
        for f in info.quantities
    )


def _range_ends(q: Quantity, f: Quantity) -> list[tuple[float, float]]:
    """A fact's range as the claim's may give it: in its unit, or as the figures written
    ("IQR 21-42" for "21 to 42 days", where the unit is left to the figure before it)."""
    ends = [(f.low, f.high)]
    if q.kind == "interval" and q.unit is None and f.unit is not None:
        written = [float(n.replace(",", "")) for n in _FIGURE_DIGITS.findall(f.text)]
        if len(written) == 2:
            ends.append((written[0], written[1]))
    return ends


def _written_digits(q: Quantity) -> str | None:
    """The figure as written in digits ("85%" -> "85", "£1,240" -> "1240"), if it is one."""
    m = _FIGURE_DIGITS.search(q.text)
    return m.group().replace(",", "") if m and q.low == q.high else None


def _transposed(a: str, b: str) -> bool:
    """Two figures that differ by two neighbouring digits swapped ("58" and "85"), the
    decimal point, where it stays put, between them or not ("24.1" and "21.4")."""
    if len(a) != len(b) or a == b or a.find(".") != b.find("."):
        return False
    a, b = a.replace(".", ""), b.replace(".", "")
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and (a[diff[1]] == b[diff[0]])
    )


# "were not measured", "was not analysed", "did not record": what a study did not measure
_MEASURE = (
    r"measured?|analy[sz]ed?|recorded?|assessed?|tested?|collected?|counted?|surveyed?|"
    r"tracked?|examined?|studied|study|monitored?|followed"
)
_NOT_DONE_VERB = re.compile(
    r"(?P<subject>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:was|were|is|are|has\s+been|have\s+been|"
    rf"had\s+been)\s+not\s+(?:{_MEASURE})\b",
    re.I,
)
# ... or a list of them: "Blood sugar, cholesterol and other markers were not measured"
_NOT_DONE_LIST = re.compile(
    r"(?P<subject>[^.;:()]{1,120}?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    rf"not\s+(?:{_MEASURE})\b",
    re.I,
)
_STUDY_NOUNS = "study trial research paper experiment survey analysis data work team participants"
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*")
_LABEL = {  # what a wrong quantity of each kind is called in a reason
    "duration": "duration",
    "year": "date",
    "age": "age",
    "frequency": "frequency",
    "money": "amount",
    "mass": "amount",
    "mass rate": "rate",
    "ratio": "ratio",
    "temperature": "temperature",
    "temperature (°F)": "temperature",
}
# the word right before a number ("kept 44", "recruited 1,284"); function words are left out
_VERB_BEFORE = re.compile(
    r"\b(?!(?:within|about|around|than|from|into|over|under|after|before|between|among|"
    r"across|through|during|with|without|for|per|nearly|almost|some|only|just|the|and|or|"
    r"but|of|to|at|by|in|on|up|down|out|off|least|most|more|less|fewer|all|every|each)\b)"
    r"([a-z]{3,})\s+(?:about\s+|only\s+|just\s+)?\Z",
    re.I,
)
# a verb in the past right after a bare figure ("29 crossdated"), and the same verb a few
# words after a fact's figure ("Twenty-two oak samples crossdated")
_VERB_AFTER = re.compile(r"\s+([a-z]{3,}ed)\b")
_COUNTED_THEN_VERB = re.compile(
    r"(?:\s+(?!(?:and|or|of|to|than|per)\b)[a-z-]+){0,3}?\s+([a-z]{3,}ed)\b"
)
# a point in time counted from the start ("day 25", "week 16"), not a span
_TIME_POINT = re.compile(r"(?:day|week|month|(?-i:year))\s+\w", re.I)
# an amount right after another, in brackets or after "or": "US$2.90 (£2.30)", "$10 or £8"
_CONVERSION = re.compile(r"[\d.,]+\s*(?:[a-z]{1,3}\b)?\s*(?:\(\s*|,?\s+or\s+|\s*/\s*)\Z", re.I)
_FIGURE_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DECIMALS = re.compile(r"\d\.(\d+)")
# "more than twice as likely", "three times more common": a ratio told in words.
_TIMES = re.compile(
    r"\b(?:(?P<bound>more\s+than|over|at\s+least|upwards\s+of|nearly|almost|close\s+to|"
    r"just\s+under|about|around|roughly)\s+)?"
    r"(?:(?P<n>twice)|(?P<n2>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s+times|-fold))"
    r"\s+(?:as|more|less)\s+(?:likely|many|much|high|often|common|frequent|large|great)\b",
    re.I,
)
# "more than tripling", "doubled", "halved": how many times over, in a verb
_FOLD = re.compile(
    r"\b(?:(?P<bound>more\s+than|over|nearly|almost|close\s+to)\s+)?"
    r"(?P<fold>doubl(?:ed|es|ing|e)|tripl(?:ed|es|ing|e)|quadrupl(?:ed|es|ing|e)|"
    r"halv(?:ed|es|ing|e))\b",
    re.I,
)
_FOLD_TIMES = {"doub": 2.0, "trip": 3.0, "quad": 4.0, "halv": 0.5}
# "from 290 to 680": a change from one figure to another
_FROM_TO = re.compile(r"\bfrom\s+(?P<a>\d[\d,]*(?:\.\d+)?)\s*\S*\s+to\s+(?P<b>\d[\d,]*(?:\.\d+)?)")
# "by more than half", "by almost a third": a change told as a share of where it started
_BY_SHARE = re.compile(
    r"\bby\s+(?:(?P<bound>more\s+than|over|at\s+least|nearly|almost|close\s+to|about|around|"
    r"roughly)\s+)?(?P<share>half|an?\s+third|one\s+third|an?\s+quarter|one\s+quarter|"
    r"two[\s-]thirds|three[\s-]quarters)\b",
    re.I,
)
_SHARE_WORDS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "thirds": 2 / 3, "quarters": 0.75}
# what may stand between "from" and its first figure: "from an estimated 312"
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+)?(?:estimated|average\s+of|mean\s+of)?\s*\Z")
_BRACKETED = re.compile(r"\([^()]*\)")


def _change_pair(text: str) -> tuple[Quantity, Quantity] | None:
    """The one change from a figure to another a text gives: "from 290 to 680", "fell from an
    estimated 312 (95% CI 240-420) to 187"; None where it gives none or several."""
    figures = [q for q in read_quantities(text) if q.low == q.high and q.kind != "year"]
    pairs = [
        (a, b)
        for a, b in zip(figures, figures[1:], strict=False)
        if _FROM_BEFORE.search(text, 0, a.start)
        and re.fullmatch(r"\s*[^\s\d]{0,12}\s*to\s+", _BRACKETED.sub("", text[a.end : b.start]))
        and a.low > 0
    ]
    # (the same change told twice, in the fact and in its other words, is one)
    return pairs[0] if len({(a.low, b.low) for a, b in pairs}) == 1 else None


def _compared_figures(text: str) -> tuple[Quantity, Quantity] | None:
    """Two figures of one kind a text sets against each other: "3.4 errors per trial, against
    1.3 in controls"; None where it sets none."""
    figures = [
        q
        for q in read_quantities(text)
        if q.low == q.high
        and q.low > 0
        and q.kind in ("count", "number", "percent")
        and not _CI_LEVEL.match(text, q.end)
    ]
    for a, b in zip(figures, figures[1:], strict=False):
        between = text[a.end : b.start]
        if (
            (a.kind == "percent") == (b.kind == "percent")
            and _SHARES_COMPARED.search(between)
            and not re.search(r"\d|[;(]", between)
        ):
            return a, b
    return None


# "54.2% ... compared with 29.5%": two shares set against each other
_SHARES_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than|while|whereas)\s", re.I
)
# "95% CI", "95% confidence interval": a level, not a share of anyone
_CI_LEVEL = re.compile(r"\s*(?:CI|confidence|credible|uncertainty)\b", re.I)
# A code of capitals and digits: a gene, a protein, a strain, a variant ("PER2", "IL-6",
# "H5N1", "CD4"); the letters before the first digit are its stem.
_CODE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z]?-?\d+(?:[A-Za-z]+\d*)*(?![\w-])")
_CODE_STEM = re.compile(r"[A-Z]+")


# "40 AD", "AD 40", "55-25 BC", "300 BCE": a year with its era
_ERA = re.compile(r"\b(?P<y1>\d{1,4})\s*(?P<e1>BCE|BC|AD|CE)\b|\b(?P<e2>AD)\s*(?P<y2>\d{1,4})\b")
_ERAS = {"BC": "BC", "BCE": "BC", "AD": "AD", "CE": "AD"}
_SMALL = (
    r"(?<![\w-])(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen)"
)
_PART_WHOLE = re.compile(
    rf"\b(?P<part>{_SMALL})\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?"
    rf"(?P<total>{_SMALL})\b(?!\s*%|[.,]\d)"
    # "Of the 12 birds tested, nine managed ...": the whole first, then the part
    rf"|\b[Oo]f\s+(?:the|all|its|their)\s+(?P<total2>{_SMALL})\s+(?:[\w-]+\s+){{0,3}}[\w-]+,\s+"
    rf"(?:only\s+|just\s+)?(?P<part2>{_SMALL})\b(?!\s*%)",
    re.I,
)


def _parts(text: str) -> list[tuple[float, float, str]]:
    """Each part of a whole `text` gives: (part, whole, as written)."""
    out = []
    for m in _PART_WHOLE.finditer(text):
        part = parse_number(m["part"] or m["part2"])
        total = parse_number(m["total"] or m["total2"])
        if part is not None and total is not None and 1 < part < total:  # "one of the" singles out
            out.append((part, total, m.group()))
    return out


# a verb or preposition of absence just before what a fact denies: the claim denies it too
_PRIVATIVE = re.compile(
    r"\b(?:lack|lacks|lacked|lacking|without|missing|free\s+of|devoid\s+of|absent|"
    r"short\s+of)\s+(?:\w+\s+){0,2}\Z",
    re.I,
)
_UNCHANGED = re.compile(
    r"\b(?:unchanged|unaltered|stayed\s+the\s+same|remained\s+(?:the\s+same|stable|steady)|"
    r"held\s+steady|no\s+different)\b",
    re.I,
)
_MORE_AFTER = re.compile(r"\s+(?:more|additional|extra|further)\b", re.I)
_AVERAGE = re.compile(r"\b(?:on\s+average|average|mean|median|typically|typical)\b", re.I)
_PLACE_BEFORE = re.compile(r"\b(?:off|near|at|in|from|around|outside|across)\s+\Z")
_BODY_MASS_UNITS = frozenset({"kg", "lb", "stone", "tonne", "t"})
_OR_BOUND = re.compile(r"\d(?:\s*%|\s*per\s*cent|\s+[a-z]+)?\s+or\s+\Z", re.I)
_TIME_WORD = re.compile(
    r"(?:year|month|week|day|hour|minute|night|season|winter|summer|spring|autumn)s?", re.I
)


# plurals without an -s ("60 mice", "12 sheep"): a word counted as written
_PLURALS = frozenset(
    {
        "people",
        "children",
        "men",
        "women",
        "mice",
        "geese",
        "feet",
        "teeth",
        "fish",
        "sheep",
        "deer",
        "cattle",
        "data",
        "criteria",
        "bacteria",
        "larvae",
        "fungi",
        "cacti",
        "nuclei",
        "stimuli",
        "alumni",
        "phenomena",
        "staff",
        "police",
        "personnel",
        "livestock",
        "poultry",
        "offspring",
        "young",
        "series",
        "species",
        "aircraft",
        "salmon",
        "trout",
        "cod",
        "moose",
        "bison",
        "swine",
        "elk",
    }
)


def _one_group(said: str, study: str, fact: str) -> bool:
    """Two group words of which the claim's follows the fact's in the fact ("the Northmere
    region's"): one group, named in full in the fact and by its last word in the claim."""
    if not (said.startswith("group:") and study.startswith("group:")):
        return False
    a, b = re.escape(study[6:]), re.escape(said[6:])
    return re.search(rf"\b{a}\w*\W+(?:\w+\W+){{0,2}}?{b}", fact, re.I) is not None


def _modifier(q: Quantity, said: str, theirs: Sequence[str]) -> bool:
    """The claim writes in the singular, after a count above one, a word the facts count in
    the plural: it names what the counted things are ("six X-ray vans" beside "14,862
    X-rays"), not what is counted. The same form in both ("14 acute hospitals", "11 acute
    hospitals") is compared."""
    last = said.split()[-1].lower() if said.split() else ""
    singular = bool(re.fullmatch(r"[a-z][a-z-]*", last)) and not last.endswith("s")
    return (
        q.low > 1
        and singular
        and last not in _PLURALS
        and bool(theirs)
        and all(w.lower() != said.lower() and w.lower().endswith("s") for w in theirs)
    )


def _first_figure(text: str) -> float | None:
    """The first figure of a quantity's text, in digits or words ("at least three nights")."""
    return next(
        (v for w in re.findall(r"[\w.,]+", text) if (v := parse_number(w)) is not None), None
    )


def _code_key(code: str) -> str:
    return code.replace("-", "").upper()


def _credited_institutions(text: str) -> list[str]:
    """Universities (and well-known short names) credited with the research in a sentence.

    Sub-units (institutes, centres, schools, departments) are left out: coverage names them
    freely and a sheet rarely lists them all.
    """
    out = []
    candidates = [(m.group(), m.start(), m.end()) for m in _short_institutions().finditer(text)]
    for name in _institutions(text):
        if _TOP_LEVEL.search(name):
            at = text.find(name)
            candidates.append((name, at, at + len(name)))
    for name, start, end in candidates:
        if _CREDIT_BEFORE.search(text[max(0, start - 30) : start]) or _CREDIT_AFTER.match(
            text[end:]
        ):
            out.append(name)
    return out


def lead_institution(text: str) -> str | None:
    """The university a text says led the work ("led by researchers at the University of
    X, with ..."), or None."""
    for m in _LED_BY.finditer(text):
        window = text[m.end() : m.end() + 90]
        partners = _PARTNERS.search(window)
        window = window[: partners.start()] if partners else window
        found = [(n.start(), n.group()) for n in _short_institutions().finditer(window)]
        found += [(window.find(n), n) for n in _institutions(window) if _TOP_LEVEL.search(n)]
        if found:
            return min(found)[1]
    return None


def affiliations(text: str, surname: str) -> list[str]:
    """The institutions a text places a person at, by surname ("Jane Roe, a surgeon at the
    University of York", "Roe, Director of the York Trials Centre")."""
    out = []
    for m in re.finditer(rf"\b{re.escape(surname)}\b{_AFFILIATED}", text):
        window = text[m.end() : m.end() + 90]
        stop = _AFFILIATION_END.search(window)
        out += _institutions(window[: stop.start()] if stop else window)
    return out


# After a name, a title or a role in a few words, then "of", "from" or "at" an institution.
_AFFILIATED = r"(?:,?\s+(?:a|an|the)?\s*[^,;.()\"“”]{0,50}?)??\s*,?\s+(?:of|from|at)\s+(?:the\s+)?"
_AFFILIATION_END = re.compile(r";|\s(?:is|was|said|says|who)\s|[.)](?:\s|$)")


# a season told as a time ("every summer", "in the winters", "the following spring"), not as
# a kind ("winter wheat", "summer school")
_SEASON_WORD = re.compile(
    r"\b(?:each|every|in|during|last|this|next|that|following|per|through|across|over|by|"
    r"until|since|one)\s+(?:the\s+)?(?:\w+\s+)?(spring|summer|autumn|winter)s?\b"
    r"(?!\s+(?!(?:and|or|to|the|of|in|at|on|with|for|from|when|while|before|after|but|as|was|"
    r"were|is|are|they|it|that|than)\b)[a-z]{3,})",
    re.I,
)
_SEASON_ANY = re.compile(r"\b(spring|summer|autumn|winter)", re.I)
# A part of an institution named with its field: "School of the Built Environment",
# "Department of Surgery and Cancer". In the sheet a name may run on over commas ("School of
# Sport, Exercise and Health Sciences"); in a claim it stops at one, where a place may follow.
_UNIT_HEAD = r"\b(?:School|Department|Faculty|Division)\s+of\s+(?P<field>(?:the\s+)?[A-Z][\w'’-]*"
_UNIT_SAID = re.compile(_UNIT_HEAD + r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,5})")
_UNIT_KNOWN = re.compile(_UNIT_HEAD + r"(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,8})")
# A post with its field: "professor of dental public health", "Lecturer in Building Performance".
_TITLE_FIELD = re.compile(
    r"\b(?:[Pp]rofessor|[Ll]ecturer|[Rr]eader)\s+(?:of|in)\s+(?!(?:the|a|an|this|his|her)\b)"
    r"(?P<field>[A-Za-z][\w'’-]*(?:\s+(?:and\s+)?(?!(?:at|from|with|who|said|says|is|was|"
    r"and|in|of|the|for|to|on|has|had)\b)[A-Za-z][\w'’-]*){0,4})"
)


# fields as written with their words: (frozenset({"built", "environment"}), "School of the ...")
_Fields = list[tuple[frozenset[str], str]]


def _field_words(field: str) -> frozenset[str]:
    """A field's words, folded: "the Built Environment" -> {"built", "environment"}."""
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]{2,}", field)) - {"the", "and", "of"}


def _field_within(said: frozenset[str], known: frozenset[str]) -> bool:
    """Every word of a field said is one of a field known, or shares its first five letters
    ("Biology" in "Biological Sciences", "Science" in "Sciences")."""
    return all(any(w == k or (len(w) > 4 and w[:5] == k[:5]) for k in known) for w in said)


def _capitalised_words(text: str) -> frozenset[str]:
    """The capitalised words of five letters or more inside a text's sentences, without a
    possessive: the names it writes ("St Cuthwin's Hospice" -> Cuthwin, Hospice)."""
    return frozenset(
        re.sub(r"['’]s$", "", m.group())
        for m in re.finditer(r"(?<![.!?:]\s)(?<!\A)\b[A-Z][a-z]{4,}(?:['’]s)?\b", text)
    )


def _same_place(said: str, known: str) -> bool:
    """Two institution names that share a distinctive word ("University of Southampton",
    "Southampton Clinical Trials Centre")."""

    def words(name: str) -> set[str]:
        return {w for w in re.findall(r"[^\W\d_]{3,}", name) if w not in _ORGANISATION_WORD}

    return bool(words(said) & words(known)) or fuzz.partial_ratio(said, known) >= 90


def _named_among(said: str, known: Sequence[str]) -> bool:
    """Every distinctive word of an institution's name is in one of the sheet's names, in any
    order and with any generic words ("Leeds University", "Leeds Uni" for "University of
    Leeds"; not "Leeds Beckett University")."""
    own = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", said)}
    own -= {w.lower() for w in _ORGANISATION_WORD} | {"uni", "the"}
    return bool(own) and any(
        own <= {w.lower() for w in re.findall(r"[^\W\d_]{3,}", name)} for name in known
    )


def _institutions(text: str) -> list[str]:
    """Institution names written in a sentence ("the University of Liverpool")."""
    out = []
    for m in _INSTITUTION.finditer(text):
        name = m.group().strip().rstrip(".,;:")
        words = name.split()
        # Drop a person's title and name run into the institution ("Professor Jane Roe").
        for k, w in enumerate(words):
            if w.rstrip(".") in (
                "Dr",
                "Doctor",
                "Prof",
                "Professor",
                "Mr",
                "Mrs",
                "Ms",
                "Sir",
                "Dame",
            ):
                words = words[k + 3 :] if len(words) > k + 3 else []
        name = " ".join(words)
        if len(name.split()) >= 2 and name[0].isupper():
            out.append(name)
    return out


_SEXES = {
    "women": r"women|woman|female|females|girls|mothers|wives",
    "men": r"men|man|male|males|boys|fathers|husbands",
}


def _sexes(text: str) -> set[str]:
    """Which sexes a sentence names ("men and women" names both)."""
    return {sex for sex, words in _SEXES.items() if re.search(rf"\b(?:{words})\b", text, re.I)}


def _written_number(q: Quantity) -> str | None:
    m = re.search(r"\d+(?:[.,]\d+)*", q.text)
    return m.group() if m else None


@lru_cache(maxsize=1)
def _species_pattern() -> re.Pattern[str]:
    words = sorted(_species_groups(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _species_idioms() -> re.Pattern[str]:
    raw = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))
    phrases = sorted(raw.get("idioms", {}).get("phrases", []), key=len, reverse=True)
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


def _animals_named(text: str) -> list[re.Match[str]]:
    """The animals a text names, but those inside a saying ("down a rabbit hole")."""
    sayings = [m.span() for m in _species_idioms().finditer(text)]
    return [
        m
        for m in _species_pattern().finditer(text)
        if not any(a <= m.start() < b for a, b in sayings)
    ]


# A direction word inside an idiom that moves nothing ("give rise to" is "cause"), matched at
# the end of the text before the word and the word itself.
_IDIOM = re.compile(r"\b(?:give|gives|gave|given|giving)\s+rise$", re.IGNORECASE)
# "dropped out", "fell out of the study": who left, not a fall
_LEFT = re.compile(r"(?:drop|drops|dropped|dropping|fall|falls|fell|fallen|falling)\s+out\b", re.I)


# a gloss that says what a named thing is: "the cingulum, a bundle of nerve fibres ..."
_GLOSS = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){1,3}?(?:of|in|that|which)\b[^,;.()]{0,80}(?=[,;.)]|\Z)", re.I
)
_CONJUNCT = re.compile(r"\s(?:and|or|but|as|while|whereas)\s|[,;:]")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
# A rating of the evidence on its fixed scale: "rated as moderate", "rated it low and very
# low", "high-certainty evidence", "evidence of low quality".
_RATING = r"(?:very\s+low|low|moderate|high)"
_RATED = re.compile(
    rf"\brated\b(?:\s+(?:the|its|their|this|it|as|of|certainty|quality|evidence|overall)){{0,6}}"
    rf"\s+(?P<r>{_RATING})(?P<more>(?:\s*(?:,|and|or|to)\s*(?:(?:as\s+)?{_RATING}))*)"
    rf"|\b(?P<a>{_RATING})[-\s]+(?:certainty|quality)\b"
    rf"|\b(?:certainty|quality)\s+(?:of\s+(?:the\s+)?evidence\s+)?(?:was|is|as)\s+(?P<b>{_RATING})\b"
    rf"|\bof\s+(?P<c>{_RATING})\s+(?:certainty|quality)\b",
    re.IGNORECASE,
)


def _ratings(text: str) -> set[str]:
    """The ratings on the evidence scale a text gives ("moderate", "very low")."""
    out: set[str] = set()
    for m in _RATED.finditer(text):
        for word in (m.group("r"), m.group("a"), m.group("b"), m.group("c")):
            if word:
                out.add(" ".join(word.lower().split()))
        for extra in re.findall(_RATING, m.group("more") or "", re.IGNORECASE):
            out.add(" ".join(extra.lower().split()))
        if m.group("r"):  # "... as moderate for X, and low for Y": each rating of the list
            rest = text[m.end() :].split(".")[0]
            for extra in _RATED_FOR.findall(rest):
                out.add(" ".join(extra.lower().split()))
    return out


_RATED_FOR = re.compile(rf"\b({_RATING})\s+(?:for|in|at)\b", re.IGNORECASE)
# "unadjuvanted", "non-smoking", "nonsmokers": the word negated by its prefix
_NEGATING_PREFIX = re.compile(r"^(?:un|non-?)(?=[a-z]{5})")
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:not|no|never|without)|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE
)  # ("isn't cooked" is "uncooked")
# Only the verb before a direction word, its subject past a comma ("X, a measure of Y, was")
_LINK_VERB_ONLY = re.compile(
    r"^\s*(?:was|were|is|are|has\s+been|have\s+been|had\s+been|became|remained|grew|got)\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _direction_words() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    raw = tomllib.loads(data_file("directions.toml").read_text(encoding="utf-8"))

    def pattern(words: list[str]) -> re.Pattern[str]:
        alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)

    return [(pattern(a), pattern(b)) for a, b in raw["pairs"]]


@lru_cache(maxsize=4096)
def _singled(text: str) -> re.Match[str] | None:
    """A group the claim singles out ("stronger among men", "boys were hit hardest")."""
    return _SINGLED.search(text) or _HIT_HARDEST.search(text)


@lru_cache(maxsize=4096)
def _directions_in(text: str) -> tuple[int, ...]:
    """Which pairs of direction words a text uses a word of (read once per text)."""
    return tuple(
        k for k, (up, down) in enumerate(_direction_words()) if up.search(text) or down.search(text)
    )


_RESEARCH_NOUN = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:researchers?|scientists?|team|study|studies|trial|university|"
    r"universities|doctors|investigators|cohort|adults|participants|volunteers|patients|"
    r"children|men|women|people|mice|lab|laboratory|hospital)\b",
    re.I,
)


def _research_place(text: str, country: Detail) -> bool:
    """A country named as where the research was done or who took part ("Danish
    researchers", "British adults", "a study in Norway"), not merely mentioned."""
    if _RESEARCH_NOUN.match(text[country.end :]):
        return True
    before = _LISTED_BEFORE.sub("", text[: country.start])  # "across Ireland and Spain"
    return bool(
        re.search(
            r"\b(?:in|from|across|throughout)\s+(?:the\s+)?$"
            # "run across seven countries including Britain and Australia"
            r"|\b(?:countries|nations|sites|centres|centers)\s*,?\s+(?:including|such\s+as|like)\s+"
            r"(?:the\s+)?$",
            before,
            re.I,
        )
        and STUDY_SUBJECT.search(before)
    )


@lru_cache(maxsize=1)
def _sites() -> str:
    """Places a study is done at (institutions.toml `sites`), as an alternation."""
    data = tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))
    return alternation(data["sites"]["nouns"])


# "a cave in ", "the deep lake near ": one site, then the country; "Swedish lake": after it
_SITE_IN = re.compile(
    rf"\b(?:a|an|the|this|that)\s+(?:[\w-]+\s+){{0,2}}(?P<site>{_sites()})\s+(?:in|near)\s+"
    r"(?:the\s+)?\Z",
    re.I,
)
_SITE_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?P<site>{_sites()})\b(?!\s*s\b)", re.I)


# A named place of a kind ("Naryn Regional Museum of History", "Danish Cancer Registry"):
# capitalised words up to its kind, and what it is "of"
_NAMED_PLACE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,4}(?P<head>Museum|Registry|Register|Hospital|Infirmary|"
    r"Observatory|Zoo|Aquarium|Archive|Archives|Library|Gallery|Biobank)\b"
    r"(?:\s+of\s+(?:[A-Z][\w'’-]+\s*){1,3})?)"
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    """Words of a place's name that do not tell places apart (institutions.toml `name_heads`
    and `sites`): "Island", "University"."""
    data = tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))
    words = {*data["name_heads"]["words"], *data["sites"]["nouns"]}
    return frozenset(w for w in words if " " not in w)


_SENTENCE_START = re.compile(r"(?:\A|[.!?:]\s+)[\W]*\Z")
_GLUED = re.compile(r"[A-Za-z]")
_PER_BEFORE = re.compile(r"\bper\s+\Z", re.I)
_NAME_RUN = re.compile(rf"[{UPPER}][a-z][\w'’-]*(?:\s+[{UPPER}][a-z][\w'’-]*)*")
_MONTH_WORD = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day$",
    re.I,
)


def _names_in(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """The proper names of a text, each with the words that tell it from other names of its
    kind ("Castor Island" -> {"castor"}): no function words, months or generic heads."""
    out = []
    for m in _NAME_RUN.finditer(text):
        start = m.start()
        for w in m.group().split():  # "In Brackwater": the name starts at "Brackwater"
            if w.lower() not in STOPWORDS:
                break
            start = text.index(w, start) + len(w)
            start += len(text[start:]) - len(text[start:].lstrip())
        keys = frozenset(
            w.lower()
            for w in m.group().split()
            if w.lower() not in STOPWORDS
            and w.lower().rstrip("s") not in _name_heads()
            and w.lower() not in _name_heads()
            and not _MONTH_WORD.match(w)
        )
        if keys:
            out.append((start, m.end(), keys))
    return out


def _pair_figures(
    text: str, figures: Sequence[Quantity], names: Sequence[tuple[int, int, frozenset[str]]]
) -> list[frozenset[str] | None] | None:
    """Each figure's name, where one reading pairs two or more figures with names of their
    own: each named just after it ("20.1°C in Holtby to 22.8°C in Brackwater") or each just
    before ("Wrenfell Island (18 ha) and Castor Island (31 ha)"), a few words away at most
    (asides in brackets aside). Where both readings do, the one that pairs more, or whose
    names stand much closer; None where neither reading does, or both alike."""

    def gap(a: int, b: int) -> int:
        return len(_BRACKETED.sub("", text[a:b]))

    readings = []
    for after in (True, False):
        paired: list[frozenset[str] | None] = []
        distance = 0
        for i, f in enumerate(figures):
            if after:
                stop = figures[i + 1].start if i + 1 < len(figures) else len(text)
                found = [n for n in names if f.end <= n[0] < stop and gap(f.end, n[0]) <= 20]
                near = found[0] if found else None
                distance += gap(f.end, near[0]) if near else 0
            else:
                begin = figures[i - 1].end if i else 0
                found = [
                    n
                    for n in names
                    if begin <= n[0] and n[1] <= f.start and gap(n[1], f.start) <= 20
                ]
                near = found[-1] if found else None
                distance += gap(near[1], f.start) if near else 0
            paired.append(near[2] if near else None)
        named = [p for p in paired if p]
        if len(named) >= 2 and len(set(named)) == len(named):
            readings.append((len(named), distance, paired))
    if len(readings) == 2:
        (n1, d1, p1), (n2, d2, p2) = readings
        if n1 != n2:
            return p1 if n1 > n2 else p2
        if 2 * min(d1, d2) <= max(d1, d2) and d1 != d2:
            return p1 if d1 < d2 else p2
        return p1 if p1 == p2 else None
    return readings[0][2] if readings else None


# A part in the study: "one of the study's authors", "a co-investigator", "who led the trial"
_PART_OF_STUDY = re.compile(
    r"\bone\s+of\s+the\s+(?:(?:study|paper|trial|research)['’]s\s+)?(?:authors|researchers|"
    r"investigators|scientists\s+behind)\b|\bco-?(?:authors?|investigators?)\b|\b(?:lead|senior|"
    r"first|last|principal)\s+(?:author|researcher|investigator)\b|\bwho\s+led\s+the\s+"
    r"(?:study|research|trial|work)\b",
    re.I,
)


# the names listed before the last of a list ("Denmark, Germany and ", "Ireland or ")
_LISTED_BEFORE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+))+$"
)


_DIGIT = re.compile(r"\d")
# a part of a whole in figures before the whole: "38 of the " in "38 of the 96 schools"
_PART_OF = re.compile(
    r"(?<![\d.,])(?P<part>\d[\d,]*)\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?\Z"
)
_EVERY = re.compile(r"\bevery\s+(?P<n>\S+)\s+(?P<unit>day|week|fortnight|month|year)", re.I)
# a figure and then its interval in brackets: "(0.86, 0.79 to 0.91)", "0.86 (0.79 to 0.91)"
_ESTIMATE_THEN = re.compile(r"(?:\(\s*[-−]?\d[\d.,]*\s*%?\s*[,;]|\d\s*%?\s*\()\s*(?:95\s*%\s*)?\Z")
# words that put a figure at an interval's end: "as low as 0.68", "between", "up to"
# "more limited", "less crowded": a comparative whose direction is its adjective's
_COMPARED_ADJECTIVE = re.compile(r"\s+[a-z]+(?:ed|ive|ous|ful|able|ible)\b")
_COMPARATIVES = frozenset({"more", "less", "most", "least"})


def _with_adjective(
    found: list[tuple[str, frozenset[str]]], other: str
) -> list[tuple[str, frozenset[str]]]:
    """Direction words, without the comparatives of an adjective (`_COMPARED_ADJECTIVE`)
    that the other side does not use."""
    lower = other.lower()
    return [
        (word, near)
        for word, near in found
        if " " not in word
        or word.split()[0].lower() not in _COMPARATIVES
        or re.search(rf"\b{re.escape(word.split()[-1].lower())}\b", lower)
    ]


# the group a comparison is made against: "compared with three cities without a tax"
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|against|relative\s+to)\b[^,]*\Z", re.I
)
# what a design withheld: "water was withheld", "deprived of sleep", "under drought"
_WITHHELD = re.compile(
    r"\b(?:withh[eo]ld(?:s|ing)?|withheld|depriv(?:ed|ation|ing)|remov(?:ed|al)|"
    r"stopped|cut\s+off|went\s+without|kept\s+from|drought|fast(?:ed|ing)|starv\w*)\b",
    re.I,
)
# the span a statement holds for: "for the last 15,000 years", "reaching back 400 years"
_PERIOD_COVERED = re.compile(
    r"(?:\b(?:for|over|in|across|during|throughout)\s+(?:the|its)\s+"
    r"(?:last|past|first|previous|preceding|whole|entire)|"
    r"\b(?:reach|go|stretch|extend|dat)(?:es|ed|ing|s|e)?\s+back)\s+\Z",
    re.I,
)
_RANGE_WORDS = re.compile(
    r"(?:\b(?:C\.?I|interval|range|between|bound|as\s+(?:low|high|much|little|few|many)\s+as|"
    r"up\s+to|anywhere|could|might|may|lower|upper|margin)\b)(?:[^.;]|\.\d){0,40}\Z",
    re.I,
)
# a figure told as the most that happened: "up to 10%", "as many as 40"
_PEAK = re.compile(r"(?:up\s+to|as\s+much\s+as|as\s+many\s+as)\b", re.I)
_HYPHENED = re.compile(r"-([a-z]{3,})\b", re.I)  # "72-qubit", "a 5-star"
_A_RATE = re.compile(
    r"\b(?:a|an|per|each|every)\s+(?:year|month|week|day)\b|\bannual(?:ly)?\b|\byearly\b", re.I
)
# a total over a span, not a rate: "over their lifetimes", "over ten years", "in total"
_OVER_SPAN = re.compile(
    r"\b(?:over\s+(?:their|its|his|her|a|the|our)\s+(?:whole\s+|remaining\s+)?lifetimes?"
    r"|over\s+(?:the\s+)?(?:next\s+|first\s+)?(?:\d+|two|three|four|five|ten|twenty)\s+years"
    r"|in\s+total)\b",
    re.I,
)
BARE_MIN = 100  # a bare figure this large is checked against the fact's of its order
# "15,000 a year", "1,600 per day": a rate after a figure, not what it counts
_PER_TIME_AFTER = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:year|month|week|day)\b", re.I)
# A claim of success that asserts any effect: "it worked", "the drug helped".
_WORKED = re.compile(
    r"\b(?:worked|works|helped|helps|succeeded|was effective|were effective|is effective|"
    r"are effective|had an effect|had the same effect|did the same|paid off|benefited)\b",
    re.I,
)
WORKED_COVER = 0.6  # ... said of this share of the fact's other words
# a word that makes the capitalised words after it a subject or a place, not a person
_FIELD_BEFORE = re.compile(r"\b(?:of|in|for|at|the)\s+\Z", re.I)
_PUBLISHED = re.compile(r"\b(?:published|appeared|came out|printed)\b", re.I)
_ON_WEEKDAY = re.compile(
    r"\s+(?:online\s+)?on\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I
)
_TITLE_WORDS = frozenset({"Dr", "Doctor", "Prof", "Professor", "Mr", "Mrs", "Ms", "Sir", "Dame"})
_GENERIC_JOURNAL_WORDS = frozenset(
    {"the", "and", "for", "journal", "journals", "annals", "proceedings", "review", "reviews",
     "letters", "bulletin", "reports", "archives"}
)  # fmt: skip
_WHEN_BEFORE_JOURNAL = re.compile(
    r"\A(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{4})?,?\s+in\s+(?:the\s+)?"
)
# a percentage told as a change: "40% higher", "a 36% lower risk", "reduced the risk by 36%"
_CHANGE_AFTER = re.compile(
    r"\s*(?:higher|lower|greater|smaller|more|less|fewer|increased?|decreased?|reduced|"
    r"reduction|rise|drop|fall|cut|raised)\b",
    re.I,
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:increased?|decreased?|reduced?|raised?|cut|lowered|rose|fell|dropped)\s+"
    r"(?:\w+\s+){0,3}?by\s+(?:about\s+|around\s+|some\s+)?$",
    re.I,
)
_CHANGED_BY = re.compile(
    r"\b(?:increased?|decreased?|reduced?|raised?|cut|lowered|rose|fell|dropped|slashed|"
    r"halved|boosted|shrank|shrunk|trimmed)\s+(?:[\w'’-]+\s+){0,8}?$",
    re.I,
)
# "a study published", "the paper, published", "findings were published"
_OF_STUDY_BEFORE = re.compile(
    r"\b(?:study|paper|research|findings|results|trial|report|analysis|article)\b[^.;]{0,25}$",
    re.I,
)
_DATELINE = re.compile(r"\s*(?:posted|updated|last updated|by|written by)\b", re.I)
_PLACES = frozenset({"tissue", "cell"})
# Before a place: it is where the thing was not ("no cells in the", "but not in the").
_DENIED_PLACE = re.compile(
    r"\b(?:no|not|never|nor|neither|none)\b"
    r"(?:\s+(?!and\b|but\b|that\b|whether\b|if\b|yet\b|established\b|shown\b|known\b|"
    r"clear\b|proven\b|tested\b|studied\b|"
    r"(?:measur|test|stud|assess|examin|look|record|collect|track|report|check|analy)[\w-]*\b)"
    r"[\w-]+){0,3}?"
    r"(?:\s+(?:in|on|at|within|of|from|to|along|into|inside))?(?:\s+(?:the|a|an|any))?\s+$",
    re.I,
)
_RISK = re.compile(r"\s+(?:\w+\s+)?(?:risk|odds|chance|likelihood|probability)\b", re.I)
_AT_LEVEL = re.compile(r"\bat\s+(?:a\s+|an\s+|the\s+|much\s+|even\s+)?$", re.I)


_BOUNDS = ("min", "max")
# a fact that finds groups alike, and a claim that they differ ("stronger in A than in B")
# a denial that allows a few ("virtually no"), and a fact that found few
_NEARLY = re.compile(r"\b(?:virtually|almost|practically|hardly|barely|scarcely|nearly)\b", re.I)
_FEW = re.compile(r"\b(?:rare|rarely|few|uncommon|infrequent|low|small number)\b", re.I)
_ALIKE = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:very\s+|broadly\s+|largely\s+)?(?:similar|the same|"
    r"comparable|consistent)|did not differ|no (?:significant |clear )?differences?|"
    r"regardless of|(?:broadly|largely|roughly|very) similar)\b",
    re.I,
)
_DIFFERENT = re.compile(
    r"\b(?:stronger|weaker|higher|lower|greater|smaller|larger|bigger|more|less)\s+"
    r"(?:among|in|for)\s+(?P<a>[\w-]+(?:\s+[\w-]+){0,3}?)\s+than\s+(?:among|in|for)?\s*"
    r"(?P<b>[\w-]+(?:\s+[\w-]+){0,3}?)\b(?=\s*[,.;:!?)]|\s*$)"
    # one of them singled out: "the clear winner was strength training", "yoga produced the
    # biggest improvement"
    r"|\bwinner\s+(?:was|is)\s+(?P<w>[\w-]+(?:\s+[\w-]+){0,2}?)(?=\s*[,.;:!?]|\s+(?:which|that)\b)"
    r"|(?P<s>[\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:produced|gave|had|showed|brought)\s+the\s+"
    r"(?:biggest|largest|greatest|strongest|best)\b"
    # "Women who took the most saw the biggest benefit": the sentence's subject singled out
    r"|^\s*(?P<t>[\w-]+(?:\s+[\w-]+){0,6}?)\s+(?:saw|got|experienced|enjoyed|reaped)\s+the\s+"
    r"(?:biggest|largest|greatest|strongest|best|most)\b",
    re.I,
)


_ARM_WRITTEN = re.compile(r"(?:to|on|in|into)\s", re.I)  # "52 in the placebo group"


def _total_of(q: Quantity, info: FactInfo) -> bool:
    """A count that is the sum of two of the fact's ("61 cases" for 9 in the vaccine group
    and 52 in the placebo group)."""
    if q.kind not in ("count", "number") or q.low != q.high:
        return False
    parts = [f.low for f in info.quantities if f.kind in ("count", "number") and f.low == f.high]
    return any(a + b == q.low for i, a in enumerate(parts) for b in parts[i + 1 :])


def _arms_total(q: Quantity, info: FactInfo, nouns: set[str]) -> bool:
    """A number that is the sum of two the fact counts of the same thing or in arms ("53
    cases" for 12 cases in the vaccine group and 41 in the placebo group); not any two of its
    figures (ten cameras are not "8 on the overpass" and "two culverts")."""
    parts = sorted(  # each figure once: "2,000 IU" in the text and a phrasing is one dose
        {
            f.low
            for n, w, f in info.counted
            if (n in nouns or _ARM_WRITTEN.match(w)) and f.low == f.high
        }
    )
    return q.low == q.high and any(
        a + b == q.low for i, a in enumerate(parts) for b in parts[i + 1 :]
    )


def _same_percent(q: Quantity, f: Quantity) -> bool:
    """Two percentages agree: the same to the nearest whole point ("31%" for 30.6%), a round
    figure to the nearest five ("50%" for 51%), or within a tenth where either is
    approximate or written in words ("about 30%", "a third" for 31%). "13%" is not the
    study's 12%, nor "35%" its 31%."""
    loose = "approx" in (q.bound, f.bound) or not (_DIGIT.search(q.text) and _DIGIT.search(f.text))
    if f.bound in _BOUNDS and f.bound != q.bound:
        loose = False  # a bound is met (see `within`), not rounded to: "more than four in five"
    round_figure = q.low == q.high >= 10 and q.low % 5 == 0
    slack = 2.5 if round_figure else 0.5
    if loose:
        slack = max(slack, 0.1 * max(q.high, f.high))
    if slack == 0.5:  # rounded half up: "4%" is 3.5%, "3%" is not
        return q.low - slack <= f.high and f.low < q.high + slack
    return q.low - slack <= f.high and f.low - slack <= q.high


def _population_count(text: str, q: Quantity) -> bool:
    """A count of people living somewhere or with a condition ("two million people in Spain
    have it"), not of the people a study followed."""
    if q.noun not in ("person", None):
        return False
    return bool(
        _POPULATION_BEFORE.search(text[max(0, q.start - 20) : q.start])
        or _POPULATION_AFTER.match(text[q.end : q.end + 60])
    )


def _rounded(q: Quantity, infos: Sequence[FactInfo]) -> bool:
    """The claim's number is one of the facts' numbers rounded as the sheet allows ("about
    2,100" or "2,150" for 2,149 with a rounding step of 100)."""
    if q.low != q.high:
        return False
    value = q.low

    def bounded(r: Rounding) -> bool:
        # "more than 15,000" is no rounding of 14,918: a bound must hold of the study's figure
        return not (
            (q.bound == "min" and r.value <= value) or (q.bound == "max" and r.value >= value)
        )

    if q.kind == "percent":
        return any(
            r.allows(value) and bounded(r)
            for i in infos
            for r in i.fact.rounding
            if r.text.endswith("%")
        )
    return any(r.allows(value) and bounded(r) for i in infos for r in i.fact.rounding)


_GROUP = r"(?:people|patients|adults|participants|volunteers|children|women|men|anyone|those)"
# Who a study left out: "people with asthma were excluded", "adults without asthma".
_EXCLUDED = re.compile(
    rf"\b{_GROUP}\s+(?:with|who\s+had|who\s+have)\s+(?P<cond>[\w-]+(?:\s+[\w-]+){{0,2}}?)"
    r"\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?excluded"
    rf"|\b{_GROUP}\s+without\s+(?:a\s+|any\s+)?(?P<cond2>[\w-]+)",
    re.I,
)
_EXCLUDED_WORD = re.compile(r"\bexclud|\bruled\s+out\b|\bleft\s+out\b", re.I)
_PARTICIPANTS = re.compile(r"\b(?:participants|volunteers|subjects|enrollees|recruits)\b", re.I)
# "while those with severe symptoms were referred on": others than the participants
_OTHERS_WITH = re.compile(r"\b(?:those|anyone|others|people)\s+\Z", re.I)
_HAVING = (
    r"(?:had|have|has|having|with|suffered\s+from|suffering\s+from|living\s+with|"
    r"diagnosed\s+with)"
)


# "but not with strokes caused by bleeding", "not in women"
_NOT_WITH = re.compile(
    r"\b(?:but\s+)?not\s+(?:with|in|for|among|from)\s+"
    # (idioms exclude nothing: "not for the first time", "not for long", "not in the least")
    r"(?!the\s+(?:first|last|only)\s+time\b|long\b|now\b|the\s+least\b|nothing\b)"
    r"(?P<what>[\w-]+(?:\s+[\w-]+){0,3})",
    re.I,
)
# "lost weight without dieting": what the claim says the participants went without
_WITHOUT = re.compile(
    r"\bwithout\s+(?:any\s+|the\s+|a\s+|an\s+|their\s+|your\s+|having\s+to\s+)?"
    r"(?P<what>[a-z][\w-]*)",
    re.I,
)
# "would have been", "wouldn't": a clause about what would have happened
_COUNTERFACTUAL = re.compile(r"\b(?:would|wouldn['’]t|might\s+have|could\s+have)\b", re.I)


def _clause_around(text: str, start: int, end: int) -> str:
    """The sentence part around a span: from the last ';' or sentence stop before it to the
    next one after it (commas kept: "Without X, it would have ...")."""
    left = max(text.rfind(";", 0, start), text.rfind(". ", 0, start)) + 1
    stops = [i for i in (text.find(";", end), text.find(". ", end)) if i >= 0]
    return text[left : min(stops) if stops else len(text)]


# "serum from healthy people", "blood of the patients": a material and whom it came from
_FROM = re.compile(
    r"\s+(?:from|of|taken\s+from|donated\s+by)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?", re.I
)
# "patients' antibodies", "patient serum", "healthy people's blood"
_OWNED = re.compile(r"(?:['’]s?)?\s+(?:own\s+)?", re.I)
# "immune cells called ...", "a fluid known as ...": what comes next is said to be one of those
_CALLED = re.compile(
    r"\s*,?\s*(?:called|known\s+as|named|termed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_GROUP_BEFORE = re.compile(
    r"\b(?:people|persons|adults|patients|participants|volunteers|those|women|men|children|"
    r"individuals|mice|rats|animals|subjects|anyone|others)\s+$",
    re.I,
)
# "the only side effect reported was", "the sole change seen": nothing else was found
_ONLY = re.compile(
    r"\b(?:the\s+)?(?:only|sole)\s+(?:[\w-]+\s+){1,2}?(?:reported|seen|observed|found|noted|"
    r"recorded|was|were)\b",
    re.I,
)
# A list of three or more: "rash, headache, dizziness and fatigue"
_LIST = re.compile(r"\b[\w-]+(?:\s[\w-]+)?(?:,\s+[\w-]+(?:\s[\w-]+)?)+,?\s+(?:and|or)\s+[\w-]+")


def _other_body(said: frozenset[str], known: frozenset[str]) -> bool:
    """Two names of bodies of different kinds: "X Council" and "X Programme"."""
    ours, theirs = said & _BODY_KINDS, known & _BODY_KINDS
    return bool(ours and theirs and not ours & theirs)


def _name_words(name: str) -> frozenset[str]:
    """The words of an organisation's name, lower case, without possessives ("UK" kept)."""
    words = re.findall(r"[^\W\d_]+", name.replace("’s", "").replace("'s", ""))
    return frozenset(w.lower() for w in words if len(w) >= 4 or (len(w) > 1 and w.isupper()))


def _common_words_name(name: str) -> bool:
    """A run of capitalised words that names no one: no title before them, and its first
    and last words of common use ("British English", "Climate Records"), a role ("Senior
    Lecturer") or an initialism first ("TU Elbstadt")."""
    words = name.split()
    if words[0].rstrip(".") in _TITLE_WORDS:
        return False
    if (len(words[0]) > 1 and words[0].isupper()) or any(role_word(w) for w in words):
        return True
    return all(topic.known(stem(w.lower().rstrip("'’s"))) for w in (words[0], words[-1]))


class Misreports(SheetFacts):
    """The misreport checks of a claim against its fact (and the sheet)."""

    def __init__(self, sheet: Sheet, terms: TermMap) -> None:
        super().__init__(sheet, terms)
        study = sheet.study
        corpus = self._known_text
        groups = _species_groups()
        self._known_species = {groups[m.group().lower()] for m in _animals_named(corpus)}
        # Who is who: each person's roles anywhere in the sheet ("Okafor is the senior author").
        people = {a.split()[-1] for a in study.authors if a.split()}
        people |= {
            m.group(1).split()[-1]
            for f in sheet.facts
            for m in NAME.finditer(f.text)
            # "Danish Headache Centre" is no one, nor the field of "Professor of Cardiology"
            if _ORGANISATION_WORD.isdisjoint(m.group(1).split())
            and not _FIELD_BEFORE.search(f.text, 0, m.start())
            # "The Wessex team" is no one either
            and m.group(1).split()[0] not in ("The", "A", "An", "This", "That", "Our", "Its")
            # nor the place a wreck lies "off Punta Calvera"
            and not _PLACE_BEFORE.search(f.text, 0, m.start())
            # nor "British English", "Climate Records": words of common use, untitled
            and not _common_words_name(m.group(1))
        }
        people |= {f.speaker.split()[-1] for f in sheet.facts if f.speaker and f.speaker.split()}
        # names compared without accents: coverage drops them ("Grau-Marin" for "Grau-Marín")
        self._people = frozenset(unaccented(p) for p in people)
        self._roles = roles_by_person(
            unaccented(". ".join(f.text for f in sheet.facts)), self._people
        )
        # people the sheet says took no part: "Dr X ... was not involved", commentators
        self._outsiders = frozenset(
            p
            for p in self._people
            if any(
                re.search(rf"\b{re.escape(p)}\b", unaccented(f.text)) and OUTSIDER.search(f.text)
                for f in sheet.facts
            )
            or any(
                f.source == "commentary" and p in unaccented(f.speaker or "").split()
                for f in sheet.facts
            )
        )
        self._countries = [d for d in self.details.find(corpus) if d.category == "country"]
        self._homes = self._institution_homes()
        # each term's head words: "cameras" of "trail cameras" counts the sheet's camera traps
        self._term_heads: dict[str, set[str]] = {}
        for term, phrases in sheet.terms.items():
            key = TERM_PREFIX + " ".join(t.norm for t in content_tokens(term))
            for phrase in (term, *phrases):
                words = content_tokens(phrase)
                if words:
                    self._term_heads.setdefault(key, set()).add(words[-1].norm)
        self._instruments = [d for d in self.details.find(corpus) if d.category == "instrument"]
        self._dates = read_dates(corpus)
        self._day_spans = day_spans(corpus)
        if study.published is not None:
            day = study.published
            self._dates.append(DateMention(0, 0, day.isoformat(), day.month, day.day, day.year))
        self._sheet_ages = [
            q
            for text in (study.subjects or "", *(i.fact.text for i in self.info))
            for q in read_quantities(text)
            if q.kind == "age"
        ]
        self._affiliations = {
            p.lower(): found
            for p in people
            if (found := [a for f in sheet.facts for a in affiliations(f.text, p)])
        }
        leads = (lead_institution(f.text) for f in sheet.facts if not f.not_done)
        self._lead = next((lead for lead in leads if lead), None)
        funding = [f for f in sheet.facts if _FUNDING_FACT.search(f.text) and not f.not_done]
        self._funding = funding[0].text if funding else ""
        # what the funding facts say, with the other names of the sheet's terms they use
        said = " ".join(t for f in funding for t in (f.text, *f.also)).lower()
        self._funding_lower = " ".join(
            [said]
            + [
                " ".join((term, *alts)).lower()
                for term, alts in sheet.terms.items()
                if any(p.lower() in said for p in (term, *alts))
            ]
        )
        # each funder the sheet names, as words: the items of its lists ("by A, B and C")
        self._funders = [
            _name_words(item)
            for f in funding
            for t in (f.text, *f.also)
            for item in _LIST_ITEM.split(t)
            if _name_words(item)
        ]
        self._material_words = self._words(" ".join(self._material))
        # what a denial never rests on: how a thing was known, and "anyone"
        light = framing_words()
        self._affirmed_cache: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._sheet_counts: list[tuple[tuple[str, str], Quantity]] | None = None
        self._light_words = self._words(" ".join(light["knowing_verbs"] | light["indefinites"]))
        # Each fact's comparison of two groups, read once when first needed.
        self._fact_compared: dict[str, tuple[str, re.Match[str] | None]] = {}
        # Each fact's "no association" clause, found once when first needed.
        self._null_links: dict[str, re.Match[str] | None] = {}
        # Each fact's direction words with what they move, read once when first needed.
        self._fact_directed: dict[
            tuple[str, int], tuple[list[tuple[str, frozenset[str]]], ...]
        ] = {}
        # What each design fact says the participants did or received, by word, outside
        # what it denies or did not establish ("a diet with a deficit of 500 kcal" -> "diet"):
        # a claim that they went "without" it is misreported.
        self._received: dict[str, tuple[str, str]] = {}
        for other in self.info:
            if other.fact.kind != "design" or other.fact.not_done:
                continue
            text = other.fact.text
            cut = [m.span() for m in DISCLAIMER.finditer(text)]
            for clause in re.split(r"[;:]", text):
                if _EXCLUDED_WORD.search(clause):
                    continue  # "people with diabetes were excluded": not what they received
                # "water was withheld for 14 days": what they went without
                kept_from = [
                    p.span() for p in re.finditer(r"[^,]+", clause) if _WITHHELD.search(p.group())
                ]
                for m in re.finditer(r"[A-Za-z][\w-]*", clause):
                    before = clause[max(0, m.start() - 25) : m.start()]
                    start = text.find(clause) + m.start()
                    if NEGATOR.search(before) or any(a <= start < b for a, b in cut):
                        continue
                    if any(a <= m.start() < b for a, b in kept_from):
                        continue
                    for w in self._words(m.group()):
                        if not w.startswith(TERM_PREFIX):
                            self._received.setdefault(w, (clause.strip(), other.fact.id))
        self._sheet_sources: list[tuple[Detail, Detail]] | None = None
        self._sheet_words: frozenset[str] | None = None
        self._unit_cache: tuple[_Fields, dict[str, _Fields]] | None = None
        # the distinctive words of the study's institutions ("Northmere", "Carrick")
        self._institution_words = frozenset(
            w
            for name in study.institutions
            for w in re.findall(r"[^\W\d_]{3,}", name)
            if w not in _ORGANISATION_WORD and w[0].isupper()
        )
        # A sheet without the study's author list cannot tell a wrong name from one it lacks
        # (a drafted sheet names only the investigators its press release quotes).
        self._lists_people = bool(study.authors)
        # Each fact's exclusions ("but not with X"): the words of X it does not also state
        # outright ("caused by clots, but not with strokes caused by bleeding": not "caused"),
        # with the phrase; read once, for the facts that have any.
        self._exclusions: list[tuple[FactInfo, tuple[tuple[frozenset[str], str], ...]]] = []
        for other in self.info:
            texts = (other.fact.text, *other.fact.also)
            stated = self._words(" ".join(re.sub(r"\bnot\b[^,;.]*", " ", t) for t in texts))
            denied = tuple(
                (frozenset(self._words(m.group("what")) - stated), m.group().strip())
                for t in texts
                for m in _NOT_WITH.finditer(t)
            )
            if any(words for words, _ in denied):
                self._exclusions.append((other, denied))

    def _misreports(self, text: str, info: FactInfo) -> list[str]:
        found = [
            *self._number_conflicts(text, info),
            *self._date_conflicts(text, info),
            *self._season_conflicts(text, info),
            *self._era_conflicts(text),
            *self._participant_conflicts(text, info),
            *self._age_conflicts(text, info),
            *self._sex_conflicts(text, info),
            *self._arm_conflicts(text, info),
            *self._length_conflicts(text, info),
            *self._null_conflicts(text, info),
            *self._dose_conflicts(text, info),
            *self._direction_conflicts(text, info),
            *self._prefix_conflicts(text, info),
            *self._rating_conflicts(text, info),
            *self._denial_conflicts(text, info),
            *self._swapped_comparison(text, info),
            *self._figure_named_elsewhere(text, info),
            *self._lesser_singled_out(text, info),
            *self._difference_conflicts(text, info),
            *self._times_conflicts(text, info),
            *self._fold_conflicts(text, info),
            *self._share_change_conflicts(text, info),
            *self._part_conflicts(text, info),
            *self._worded_majority(text, info),
            *self._species_conflicts(text),
            *self._detail_conflicts(text, info),
            *self._excluded_condition_conflicts(text, info),
            *self._only_conflicts(text, info),
            *self._denied_elsewhere(text, info),
            *self._excluded_place_conflicts(text, info),
            *self._country_conflicts(text),
            *self._home_conflicts(text),
            *self._instrument_conflicts(text, info),
            *self._institution_conflicts(text),
            *self._lead_conflicts(text),
            *self._affiliation_conflicts(text),
            *self._unit_conflicts(text),
            *self._funder_conflicts(text),
            *self._journal_conflicts(text),
            *self._undated_conflicts(text, info),
            *self._name_conflicts(text, info),
            *self._lookalike_names(text, info),
            *self._code_conflicts(text, info),
            *self._named_place_conflicts(text, info),
            *self._without_conflicts(text),
            *self._called_conflicts(text, info),
            *self._source_conflicts(text, info),
            *self._published_day(text),
            *self._study_length_conflicts(text),
            *self._allocation_conflicts(text, info),
            *self._people_for_events(text, info),
            *self._one_off_conflicts(text, info),
        ]
        return list(dict.fromkeys(found))

    def _figure_named_elsewhere(self, text: str, info: FactInfo) -> list[str]:
        """A figure the study gives one named place or group, told of another ("Wrenfell, at
        31 hectares" where the fact has Wrenfell Island at 18 ha and Castor Island at 31 ha;
        "in Brackwater, 20.1°C" where 20.1°C was Holtby's)."""
        said_names = _names_in(text)
        if not said_names:
            return []
        said = [
            q
            for q in read_quantities(text)
            if q.low == q.high
            and not _GLUED.match(text, q.end)
            and not _PER_BEFORE.search(text, 0, q.start)
        ]
        for fact_text in (info.fact.text, *info.fact.also):
            # a capitalised word that starts the sentence is a name only where the sheet
            # writes it so inside a sentence too ("Crossing rates were ...": no name)
            found = [
                n
                for n in _names_in(fact_text)
                if not _SENTENCE_START.search(fact_text, 0, n[0])
                or re.search(
                    rf"[\w,;]\s+{re.escape(fact_text[n[0] : n[1]].split()[0])}\b", self._known_text
                )
            ]
            # "Ashby Pond" and "Marlow Pond" are told apart by "Ashby" and "Marlow"
            common = frozenset.intersection(*(n[2] for n in found)) if found else frozenset()
            names = [(a, b, keys - common) for a, b, keys in found if keys - common]
            if len({n[2] for n in names}) < 2:
                continue
            figures = [
                f
                for f in read_quantities(fact_text)
                if f.low == f.high
                and f.kind not in ("year", "interval")
                and not _CI_LEVEL.match(fact_text, f.end)
                and not _GLUED.match(fact_text, f.end)  # "Dressel 1B": a name's part
                and not _PER_BEFORE.search(fact_text, 0, f.start)  # "per 100 trap-nights"
            ]
            for kind in dict.fromkeys(f.kind for f in figures):
                same = [f for f in figures if f.kind == kind]
                pairs = _pair_figures(fact_text, same, names) if len(same) >= 2 else None
                if pairs is None:
                    continue
                known = [p for p in pairs if p]
                mentioned = [n for n in said_names if any(n[2] & p for p in known)]
                mine = [
                    q
                    for q in said
                    if q.kind == kind
                    and any(p and q.same_value(f, 0.001) for f, p in zip(same, pairs, strict=True))
                ]
                if not mentioned or not mine:
                    continue
                told: list[frozenset[str] | None]
                if len(mine) == 1 and len({n[2] for n in mentioned}) == 1:
                    told = [mentioned[0][2]]  # "Wrenfell, at 31 hectares, ..."
                else:
                    told = _pair_figures(text, mine, said_names) or []
                for q, name in zip(mine, told, strict=False):
                    owners = [
                        p for f, p in zip(same, pairs, strict=True) if p and q.same_value(f, 0.001)
                    ]
                    if name is None or not owners or any(name & p for p in owners):
                        continue
                    if any(name & p for p in known):
                        whose = next(n for n in said_names if n[2] == name)
                        theirs = next(n for n in names if n[2] == owners[0])
                        return [
                            f"figure: the claim gives {quote(q.text)} to "
                            f"{quote(text[whose[0] : whose[1]])}; the study gives it to "
                            f"{quote(fact_text[theirs[0] : theirs[1]])}"
                        ]
        return []

    def _amount_shared(self, text: str, info: FactInfo) -> bool:
        """The claim gives an amount of money the fact gives."""
        theirs = [f for f in info.quantities if f.kind == "money"]
        return any(
            q.kind == "money" and any(q.same_value(f, 0.05) for f in theirs)
            for q in read_quantities(text)
        )

    def _allocation_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """An amount said to go to each person where the fact gives it to each household (or
        the other way round): "each person received 9,600" for "each household received"."""
        said = {
            _ALLOCATED[m.group(1).lower().rstrip("s")]: m.group()
            for m in _EACH_UNIT_OF.finditer(text)
        }
        fact_text = " ".join((info.fact.text, *info.fact.also))
        theirs = {
            _ALLOCATED[m.group(1).lower().rstrip("s")]: m.group()
            for m in _EACH_UNIT_OF.finditer(fact_text)
        }
        if len(said) != 1 or not theirs or set(said) & set(theirs):
            return []
        if not self._amount_shared(text, info):
            return []
        (words,), study = said.values(), sorted(theirs.values())[0]
        return [f"allocation: the claim says {quote(words)}; the study {quote(study)}"]

    def _people_for_events(self, text: str, info: FactInfo) -> list[str]:
        """A count of people where the fact counts events with that figure ("41 patients
        developed it" for "reported in 41 reports", "37 otters" for "37 crossings"), and no
        fact counts people with it."""
        people = [q for q in read_quantities(text) if q.kind == "count" and q.noun == "person"]
        if not people:
            return []
        fact = info.fact.text
        for q in people:
            if any(
                f.kind == "count" and f.noun == "person" and q.same_value(f)
                for other in self.info
                for f in other.quantities
            ):
                continue
            for f in info.quantities:
                events = _EVENTS_AFTER.match(fact, f.end) if f.kind == "number" else None
                if events and q.same_value(f):
                    return [
                        f"count: the claim says {quote(q.text)} people; the study counts "
                        f"{quote(f.text + events.group())}, not people"
                    ]
        return []

    def _one_off_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """An amount paid once told as paid every month (or week, year): "$540 a month" for
        "a single transfer of US$540, paid once"."""
        fact_text = " ".join((info.fact.text, *info.fact.also))
        if not _ONE_OFF.search(fact_text) or not self._amount_shared(text, info):
            return []
        rate = _PAID_EVERY.search(text)
        if rate is None or _ONE_OFF.search(text):
            return []
        return [
            f"frequency: the claim says {quote(rate.group().strip())}; the study "
            f"{quote(_ONE_OFF.search(fact_text).group())}"  # type: ignore[union-attr]
        ]

    def _published_day(self, text: str) -> list[str]:
        published = self.sheet.study.published
        return [] if published is None else self._published_day_conflicts(text, published)

    def _sources(self, text: str) -> list[tuple[Detail, Detail]]:
        """Each material with whom it came from: "serum from healthy people", "patients'
        antibodies", "patient serum" -> (material, group)."""
        found = self.details.find(text)
        out = []
        for a, b in zip(found, found[1:], strict=False):
            between = text[a.end : b.start]
            if a.category == "substance" and b.category == "health" and _FROM.fullmatch(between):
                out.append((a, b))
            elif a.category == "health" and b.category == "substance" and _OWNED.fullmatch(between):
                out.append((b, a))
        return out

    def _source_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "serum from healthy people" where the study gave IgG from healthy people (and
        serum only from patients): the material of one group swapped for another's."""
        said = self._sources(text)
        if not said:
            return []
        study = self._sources(" . ".join((info.fact.text, *info.fact.also)))
        if self._sheet_sources is None:  # every fact's pairs, read once
            self._sheet_sources = [
                pair for other in self.info for pair in self._sources(other.fact.text)
            ]
        for mat, who in said:
            theirs = [m for m, w in study if w.group == who.group]
            anywhere = [m for m, w in self._sheet_sources if w.group == who.group]
            if not theirs or any(
                self.details.fits("substance", mat.group, m.group) for m in theirs + anywhere
            ):
                continue
            return [
                f"{self.details.label('substance')}: the claim says {quote(mat.text)} from "
                f"{quote(who.text)}; the study {quote(theirs[0].text)} from {quote(who.text)}"
            ]
        return []

    def _called_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "immune cells called glial cells": a detail of the study put in a class it does not
        belong to (the class named just before "called", "known as" or "named")."""
        found = self.details.find(text)
        stated = {(d.category, d.group) for d in info.details}
        for kind, name in zip(found, found[1:], strict=False):
            if kind.category != name.category or (name.category, name.group) not in stated:
                continue
            if not _CALLED.match(text[kind.end : name.start]):
                continue
            if self.details.fits(kind.category, kind.group, name.group):
                continue
            label = self.details.label(kind.category)
            return [f"{label}: the claim calls {quote(name.text)} {quote(kind.text)}"]
        return []

    def _without_conflicts(self, text: str) -> list[str]:
        """ "lost weight without dieting" where the study's participants were put on a diet:
        what a design fact says they did or received, said to have been left out. The sheet's
        own terms (the treatment, the placebo) are left to the other checks."""
        if re.search(r"\bnot\s+without\b", text, re.I):
            return []
        for m in _WITHOUT.finditer(text):
            if _GROUP_BEFORE.search(text[: m.start()]):
                continue  # "adults without diabetes": who they were, not what they did
            before = re.split(r"[;:]", text[: m.start()])[-1]
            if re.search(r"\bwith\s+or\s+\Z", before, re.I) or _COMPARED_WITH.search(before):
                continue  # "with or without the vest", "compared with cities without a tax"
            if _COUNTERFACTUAL.search(_clause_around(text, m.start(), m.end())):
                continue  # "without X, it would have been ...": what would have happened
            for w in self._words(m.group("what")):
                if w in self._received:
                    clause, fact_id = self._received[w]
                    return [
                        f"direction: the claim says {quote(m.group())}; the study "
                        f"{quote(clause)} (fact {quote(fact_id)})"
                    ]
        return []

    def _detail_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A detail swapped for another of its category: "serum" where the study gave
        purified antibodies, "heat" for the cold, a tablet for an injection (data/details.toml
        and the sheet's terms). A detail another fact of the sheet names, where the claim
        reports that fact too, is not a swap."""
        glosses = [m.span() for m in _GLOSS.finditer(text)]
        said = [
            d
            for d in self.details.find(text)
            if d.category != "country" and not any(a <= d.start < b for a, b in glosses)
        ]
        if _CONTRAST.search(text):
            said = [d for d in said if d.category not in _CONTRASTED]
        out = []
        for swap in self.details.swaps(said, self._stated_details(info)):
            if self._named_elsewhere(swap.said, info, text):
                continue
            study = " or ".join(quote(d.text) for d in swap.study[:2])
            out.append(f"{swap.label}: the claim says {quote(swap.said.text)}; the study {study}")
        return out

    @staticmethod
    def _stated_details(info: FactInfo) -> tuple[Detail, ...]:
        """The fact's details but those it names only in what the study did not establish
        ("nor that the brain plays no part" names no detail of the finding)."""
        fact_text = " . ".join((info.fact.text, *info.fact.also))
        spans = [m.span() for m in DISCLAIMER.finditer(fact_text)]
        return tuple(d for d in info.details if not any(a <= d.start < b for a, b in spans))

    def _excluded_condition_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """The participants said to have a condition the study excluded ("the volunteers all
        had asthma" where "people with asthma were excluded", "adults without asthma")."""
        if NEGATOR.search(text) or _EXCLUDED_WORD.search(text) or ANOTHER_STUDY.search(text):
            return []
        if not (
            STUDY_SUBJECT.search(text)
            or self._words(text) & self._subject_words
            or _PARTICIPANTS.search(text)
        ):
            return []
        for m in _EXCLUDED.finditer(info.fact.text):
            condition = (m.group("cond") or m.group("cond2") or "").strip()
            core = re.escape(condition.split()[-1])
            had = re.search(rf"\b{_HAVING}\s+(?:[\w-]+\s+){{0,3}}?{core}\b", text, re.I)
            if had and not _OTHERS_WITH.search(text, 0, had.start()):
                return [
                    f"population: the claim says {quote(had.group())}; the study "
                    f"{quote(m.group().strip())}"
                ]
        return []

    def _denied_elsewhere(self, text: str, info: FactInfo) -> list[str]:
        """A result stated of something another fact of the sheet rules out ("fewer strokes
        caused by bleeding" where "fewer clot strokes, but not with strokes caused by
        bleeding"): the claim's word that its own fact lacks is the one the study denies."""
        if not self._exclusions or NEGATOR.search(text):
            return []
        reading = cues.read(text)
        if reading.strength < 1 or reading.is_question or reading.negated or reading.caveats:
            return []  # "it cannot rule out that ...": a limit, not a result
        own = self._words(text) - info.words
        if not own:
            return []
        for other, denied in self._exclusions:
            if other is info:
                continue
            for words, said in denied:
                hit = own & words
                if hit:
                    return [
                        f"direction: the claim says it of {quote(self._span_of(text, hit))}; "
                        f"the study says {quote(said)} (fact {quote(other.fact.id)})"
                    ]
        return []

    def _only_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "The only harm was a rash" where the fact lists a rash among others."""
        only = _ONLY.search(text)
        if only is None or NEGATOR.search(text[: only.start()]):
            return []
        said = self._exact_words(text[: only.start()] + " " + text[only.end() :])
        for m in _LIST.finditer(info.fact.text):
            items = [i for i in re.split(r",\s*|\s+(?:and|or)\s+", m.group()) if i.strip()]
            named = [i for i in items if self._exact_words(i) & said]
            if len(items) >= 3 and len(named) == 1:
                said_only = text[only.start() :].strip().rstrip(".!")
                return [
                    f"only: the claim says {quote(said_only)}; the study lists {quote(m.group())}"
                ]
        return []

    def _excluded_place_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A place the study says it was not found ("bound in the ganglia but labelled no
        cells in the spinal cord"; "reached the liver but not the brain") said to be where
        it was. A place named only in what the study did not establish ("does not establish
        that the brain is not involved") was not ruled out."""
        if NEGATOR.search(text):
            return []
        fact_text = " . ".join((info.fact.text, *info.fact.also))
        denied, named = {}, set()
        for d in self._stated_details(info):
            if d.category not in _PLACES:
                continue
            m = _DENIED_PLACE.search(fact_text[max(0, d.start - 50) : d.start])
            if m:
                denied[d.group] = (m.group().strip() + " " + d.text).strip()
            else:
                named.add(d.group)
        for d in self.details.find(text):
            if d.category in _PLACES and d.group in denied and d.group not in named:
                return [
                    f"{self.details.label(d.category)}: the claim says {quote(d.text)}; the "
                    f"study {quote(denied[d.group])}"
                ]
        return []

    def _named_elsewhere(self, detail: Detail, info: FactInfo, text: str) -> bool:
        """Another fact names this detail and shares words with the claim that the aligned
        fact lacks (the claim reports that fact too)."""
        own = self._words(text) - info.words - self._words(detail.text)
        # a word half the sheet uses ("patients") ties the claim to no fact in particular
        common = max(2, len(self.info) // 3)
        own = frozenset(w for w in own if sum(w in i.words for i in self.info) <= common)
        for other in self.info:
            if other is info or not own & other.words:
                continue
            if any(
                d.category == detail.category and d.group == detail.group for d in other.details
            ):
                return True
        return False

    def _country_conflicts(self, text: str) -> list[str]:
        """The research placed in a country the sheet never names ("British adults" for a
        Danish cohort), when the sheet names where it was done."""
        if not self._countries:
            return []
        said = [
            d
            for d in self.details.find(text)
            if d.category == "country"
            and (
                _research_place(text, d)
                or self._study_site(text, d)
                or self._institution_place(text, d)
            )
        ]
        # "in England", and "in the UK" of the disease: the study was in England, and a claim
        # of Scotland does not fit it because the UK holds both
        known = [
            c
            for c in self._countries
            if not any(self.details.broader("country", c.group, o.group) for o in self._countries)
        ]
        for one in said:  # each country of a list ("Ireland and Spain" for Ireland and Portugal)
            for swap in self.details.swaps([one], known, ("country",)):
                study = " or ".join(quote(d.text) for d in swap.study[:2])
                return [f"country: the claim says {quote(swap.said.text)}; the study {study}"]
        return []

    def _institution_names(self) -> dict[str, str]:
        """Each name of the study's institutions (its `[terms]` forms too), to the name."""
        return {
            n: name
            for name in self.sheet.study.institutions
            for n in (name, *self.sheet.terms.get(name, ()))
            if len(n) > 3
        }

    def _institution_homes(self) -> dict[str, list[str]]:
        """Where the sheet says each institution is ("the Kivukoni Marine Institute in
        Zanzibar, Tanzania"): its places as written, by institution."""
        names = self._institution_names()
        homes: dict[str, list[str]] = {}
        if not names:
            return homes
        pattern = _home_pattern(names)
        for f in self.sheet.facts:
            for t in (f.text, *f.also):
                for m in pattern.finditer(t):
                    home = homes.setdefault(names[_canonical(m.group("inst"), names)], [])
                    home.append(m.group("place").strip(" ,."))
        return homes

    def _home_conflicts(self, text: str) -> list[str]:
        """One of the study's institutions placed elsewhere than the sheet places it ("the
        Kivukoni Marine Institute in Mombasa, Kenya" for the one in Zanzibar, Tanzania); a
        country that holds its place is no conflict ("Halden University in the UK")."""
        if not self._homes or OUTSIDER.search(text):
            return []
        names = self._institution_names()
        for m in _home_pattern(names).finditer(text):
            name = names[_canonical(m.group("inst"), names)]
            home = self._homes.get(name)
            said = {w.lower() for w in _CAPITALISED.findall(m.group("place"))}
            words = {w.lower() for place in home or () for w in _CAPITALISED.findall(place)}
            if not home or not said or said & words:
                continue
            theirs = [d for d in self.details.find("; ".join(home)) if d.category == "country"]
            mine = [d for d in self.details.find(m.group("place")) if d.category == "country"]
            if mine and not theirs:
                continue  # a country, where the sheet's place names none ("Greenville, NC")
            if mine and any(
                a.group == b.group or self.details.broader("country", a.group, b.group)
                for a in mine
                for b in theirs
            ):
                continue
            return [
                f"institution's place: the claim says {quote(m.group().strip())}; the study "
                f"places {name} in {' or '.join(dict.fromkeys(home))}"
            ]
        return []

    def _institution_place(self, text: str, country: Detail) -> bool:
        """The country is where one of the study's institutions is said to be ("colleagues
        at the X Institute in Austria", "X University, Germany")."""
        names = [
            n
            for name in self.sheet.study.institutions
            for n in (name, *self.sheet.terms.get(name, ()))
            if len(n) > 3
        ]
        if not names:
            return False
        before = text[: country.start]
        return bool(
            re.search(
                rf"(?:{alternation(names)}),?\s+(?:(?:which\s+is\s+)?(?:based\s+)?in\s+)?"
                r"(?:the\s+)?(?:[A-Z][\w'’-]+,?\s+)?$",
                before,
                re.I,
            )
        )

    def _study_site(self, text: str, country: Detail) -> bool:
        """The country is where the study's own site is ("a cave in Kazakhstan", "a Swedish
        lake"): a site the sheet names, one of it (a lake, not lakes)."""
        before, after = text[: country.start], text[country.end :]
        m = _SITE_IN.search(before) or _SITE_AFTER.match(after)
        return m is not None and re.search(rf"\b{m.group('site')}\b", self._known_lower) is not None

    def _instrument_conflicts(self, text: str, info: FactInfo | None) -> list[str]:
        """An instrument the sheet never names, where it names another ("Hubble" for a
        study with the Webb telescope, a brain scanner for an EEG), whatever fact the claim
        reports; the aligned fact's own instrument is checked with its other details."""
        if not self._instruments or (
            info is not None and any(d.category == "instrument" for d in info.details)
        ):
            return []
        said = [d for d in self.details.find(text) if d.category == "instrument"]
        for one in said:
            for swap in self.details.swaps([one], self._instruments, ("instrument",)):
                study = " or ".join(quote(d.text) for d in swap.study[:2])
                return [f"instrument: the claim says {quote(swap.said.text)}; the study {study}"]
        return []

    def _role_conflicts(self, text: str) -> list[str]:
        """A person given another role than the sheet gives them (the senior author called
        the lead author, a nurse called a doctor)."""
        out: list[str] = []
        text = unaccented(text)
        if not self._roles or not any(p in text for p in self._people):
            return out
        for person, roles in roles_by_person(text, self._people).items():
            name = self._person_named(person)
            known = self._roles.get(person, set())
            conflicts = role_conflicts(roles, known)
            for said, study in conflicts:
                out.append(
                    f"role: the claim calls {name} {quote(said)}; the study, "
                    + " and ".join(quote(r) for r in study)
                )
            for said in sorted(roles & _ONE_HOLDER - known - {r for r, _ in conflicts}):
                # a role one person holds, given to another ("lead author" for a co-author)
                holders = sorted(self._person_named(p) for p, r in self._roles.items() if said in r)
                if holders:
                    out.append(
                        f"role: the claim calls {name} {quote(said)}; the study's {said} is "
                        + " and ".join(holders)
                    )
        return out or self._led_by_coauthor(text) or self._outsider_inside(text)

    def _outsider_inside(self, text: str) -> list[str]:
        """Someone the sheet says took no part, made one of the study's people ("Dr X, one
        of the study's authors", "a co-investigator on the trial")."""
        if not self._outsiders or OUTSIDER.search(text):
            return []
        plain = unaccented(text)
        for person in sorted(self._outsiders):
            for name in re.finditer(rf"\b{re.escape(person)}\b", plain):
                near = plain[max(0, name.start() - 40) : name.end() + 60]
                part = _PART_OF_STUDY.search(near)
                if part:
                    return [
                        f"role: the claim makes {self._person_named(person)} "
                        f"{quote(part.group())}; the study, someone not involved in it"
                    ]
        return []

    def _led_by_coauthor(self, text: str) -> list[str]:
        """The work said to be led by someone the sheet names only as a co-author ("Dr X, who
        led the research" where X is a co-author): leading is a first or senior author's part."""
        for m in _LED.finditer(text):
            person = (m.group("by") or m.group("who")).split()[-1].lower().rstrip("'’s")
            known = self._roles.get(person, set())
            if "co-author" in known and not known & _LEADS:
                who = self._person_named(person)
                leads = sorted(self._person_named(p) for p, r in self._roles.items() if r & _LEADS)
                tail = f"; its lead: {' and '.join(leads)}" if leads else ""
                return [f"role: the claim says {who} led the work; the study, 'co-author'{tail}"]
        return []

    def _person_named(self, surname: str) -> str:
        """A lower-case surname as the sheet writes it."""
        return next((p for p in self._people if p.lower() == surname), surname)

    def _denial_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """What the study says did not happen, stated as having happened ("all the mice
        lost weight" where "the mice did not lose weight"), or the other way round."""
        if NEGATOR.search(text):
            return self._claim_denials(text, info)
        if NOT_YET_DONE.search(text):
            return []  # "outside the study's scope": not done, as the study says
        if _TOLD_INSIGNIFICANT.search(text):
            return []  # "a non-significant difference": no difference, as the study says
        claim_words = self._words(text)
        for span, words, subject in info.denied:
            # The predicate, and what it is said of unless the predicate is a phrase of its
            # own ("lose weight"): "observed" alone may be said of anything.
            if words <= claim_words and (len(words) >= 2 or subject & claim_words):
                said = self._span_of(text, words)
                before = re.split(r"[;,]|\b(?:and|but)\b", text[: max(text.find(said), 0)])[-1]
                if _PROSPECT.search(before):
                    continue  # "is expected to be licensed next year": not yet, as the study says
                if _PRIVATIVE.search(before):
                    continue  # "lacked a valid result": the denial, in other words
                if _DIFFICULT.search(text[: max(text.find(said), 0)]):
                    continue  # "ways that are hard to measure" beside "were not measured"
                return [f"direction: the claim says {quote(said)}; the study {quote(span)}"]
            # "it worked in lean mice too" where "in lean mice, X did not extend lifespan":
            # a claim of success for what the fact, besides its denial, says
            worked = _WORKED.search(text)
            if worked is None or not self._treatment(subject):
                continue  # "the mice did not lose weight": "it helped" may mean just that
            rest = {w for w in info.words - words if not w.startswith("¬")}
            if rest and len(rest & claim_words) / len(rest) >= WORKED_COVER:
                return [
                    f"direction: the claim says {quote(worked.group())}; the study {quote(span)}"
                ]
        return []

    def _claim_denials(self, text: str, info: FactInfo) -> list[str]:
        """The claim says did not happen what a result of the study says happened ("the spray
        made no one pain-free" where "24% were pain-free"; "no side effects were reported"
        where "the commonest side effect was X"). A verb that only tells how it was known
        ("reported", "seen", "made") need not be the fact's."""
        if info.fact.kind != "result" or rung(claim_certainty(cues.read(text), text)) < rung(
            "probable"
        ):
            return []
        affirmed = self._affirmed(info.fact.text)
        stated = frozenset().union(*(words for _, words in affirmed))
        for d in denials(text):
            words = self._words(f"{d.what} {d.verb}") - self._light_words
            shown = next((clause for clause, has in affirmed if words and words <= has), None)
            if shown is None:
                continue
            if _NEARLY.search(d.span) and _FEW.search(shown):
                continue  # "virtually no serious side effects" where they "were rare"
            if _WHO_BEFORE.search(text, 0, d.start):
                continue  # "women who haven't been through the menopause": who, not a finding
            if len(words) < 2 and not d.verb:
                before = re.split(r"[;:,]|\b(?:and|but|while|whereas)\b", text[: d.start])[-1]
                if not self._words(before) & stated:
                    continue  # "it did not work": what did not, the fact must name too
            return [f"direction: the claim says {quote(d.span)}; the study {quote(shown)}"]
        return []

    def _mirrored(self, text: str, info: FactInfo) -> tuple[re.Match[str], re.Match[str]] | None:
        """The claim and the fact compare the same two groups, each starting from the other
        ("boys ... than girls" beside "girls ... than boys"): both comparisons, or None."""
        claim = _COMPARED.search(text)
        if claim is None:
            return None
        fact_text, fact = self._compared(info)
        if fact is None:
            return None
        mine, theirs = self._words(claim.group("other")), self._words(fact.group("other"))
        if not mine or not theirs or mine == theirs:
            return None
        fact_than = fact_text.lower().rindex("than", fact.start(), fact.end())
        claim_than = text.lower().rindex("than", claim.start(), claim.end())
        if mine <= self._words(fact_text[:fact_than]) and theirs <= self._words(text[:claim_than]):
            return claim, fact
        return None

    def _told_from_other_side(self, text: str, info: FactInfo) -> bool:
        """The claim, with no "than" of its own, puts first the group the fact compares
        against ("glass bottles had fewer particles, ... against 52,300 in plastic" beside
        "plastic bottles had more particles than glass bottles"): the same comparison."""
        fact_text, fact = self._compared(info)
        said = _DIRECTION_WORD.search(text)
        if fact is None or said is None or _THAN_WORD.search(text):
            return False
        than = fact_text.lower().rindex("than", fact.start(), fact.end())
        subject = self._words(fact_text[: fact.start()])
        against = self._words(re.split(r"[,;:(.]", fact_text[than + 4 :])[0])
        ours, theirs = against - subject, subject - against
        before = self._words(text[: said.start()])
        return bool(ours) and ours <= before and not theirs & before

    def _swapped_comparison(self, text: str, info: FactInfo) -> list[str]:
        """A comparison the other way round: "boys used it more than girls" where "girls used
        it more than boys" ("boys used it less than girls" says the same as the study)."""
        mirrored = self._mirrored(text, info)
        if mirrored is None:
            return []
        claim, fact = mirrored
        if bool(claim.group("up")) != bool(fact.group("up")):
            return []
        said = text[: claim.end()].split(";")[-1].strip()
        study = self._compared(info)[0][: fact.end()].split(";")[-1].strip()
        return [f"comparison: the claim says {quote(said)}; the study {quote(study)}"]

    def _compared(self, info: FactInfo) -> tuple[str, re.Match[str] | None]:
        """The fact's text without its asides in parentheses, and the comparison it makes
        ("stronger in women than in men"), read once."""
        if info.fact.id not in self._fact_compared:
            bare = _ASIDE.sub("", info.fact.text)
            self._fact_compared[info.fact.id] = (bare, _COMPARED.search(bare))
        return self._fact_compared[info.fact.id]

    def _lesser_singled_out(self, text: str, info: FactInfo) -> list[str]:
        """The study's lesser group told as the greater one: "stronger among men" where the
        link "was stronger in women than in men", or "weaker in women than in men" ("stronger
        among women" says what it says)."""
        said = _singled(text)
        if said is None or NEGATOR.search(text[: said.start()]) or self._mirrored(text, info):
            return []
        up = said.re is _HIT_HARDEST or bool(said.group("up"))
        fact_text, fact = self._compared(info)
        if fact is None:
            return []
        than = fact_text.lower().rindex("than", fact.start(), fact.end())
        greater = self._words(fact_text[:than].split(";")[-1])
        lesser = self._words(fact_text[than:].split(";")[0])
        if up != bool(fact.group("up")):
            greater, lesser = lesser, greater  # "stronger in A" against "weaker in A than in B"
        # the group's words that the fact uses and that do not name its greater group
        group = self._words(said.group("group")) & self._words(fact_text) - greater
        if not group or not group <= lesser:
            return []
        start = fact_text.rfind(";", 0, fact.start()) + 1
        end = fact_text.find(";", fact.end())
        study = fact_text[start : end if end >= 0 else None].strip().rstrip(".")
        return [
            f"comparison: the claim says {quote(said.group().strip())}; the study {quote(study)}"
        ]

    def _difference_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A difference between groups the study found alike: "stronger in women than in
        men" where the association "was similar in women and men"."""
        same = _ALIKE.search(info.fact.text)
        said = _DIFFERENT.search(text) if same is not None else None
        if same is None or said is None or NEGATOR.search(text[: said.start()]):
            return []
        if said.group("t"):  # a subject singled out: one of the groups the study compared
            groups = self._words(said.group("t")) & self._words(info.fact.text[same.start() :])
            if not groups:
                return []
        else:
            groups = self._words(" ".join(g for g in said.group("a", "b", "w", "s") if g))
            if not groups or not groups <= self._words(info.fact.text):
                return []  # the claim compares other groups than the fact's
        study = info.fact.text[same.start() :].split(";")[0].rstrip(".")
        return [f"comparison: the claim says {quote(said.group())}; the study {quote(study)}"]

    def _worded_majority(self, text: str, info: FactInfo) -> list[str]:
        """ "Most teenagers" where the study's share is 34%, "few patients" where it is 70%:
        a majority or a minority in words against the fact's only kind of share."""
        m = _MAJORITY.search(text)
        if m is None or any(q.kind == "percent" for q in read_quantities(text)):
            return []
        shares = [q for q in info.quantities if q.kind == "percent"]
        if not shares:
            return []
        most = m.group("most") is not None
        if all((q.high < 50) if most else (q.low > 50) for q in shares):
            said, study = quote(m.group().strip()), quote(shares[0].text)
            return [f"number: the claim says {said}; the study {study}"]
        return []

    def _affirmed(self, text: str) -> list[tuple[str, frozenset[str]]]:
        """Each clause of a fact that denies nothing, with its words ("the dye reached the
        liver", not "but no dye was found in the brain"); a count told before a denial is
        affirmed ("occurred in 3 patients on 20 mg ... and none on 10 mg")."""
        found = self._affirmed_cache.get(text)
        if found is None:
            found = []
            for c in clauses(text):
                denial = NEGATOR.search(c)
                if denial is not None and re.search(r"\d", c[: denial.start()]):
                    # "occurred in 3 patients on 20 mg ... and none on 10 mg"
                    c = re.sub(r"[\s,;]*\b(?:and|or|but|with)?\s*$", "", c[: denial.start()])
                elif denial is not None:
                    continue
                found.append((c.rstrip(".").strip(), self._words(c)))
            self._affirmed_cache[text] = found
        return found

    def _treatment(self, subject: frozenset[str]) -> bool:
        """Words that name what the study gave or tested (a term of the sheet that is not
        its subjects): "vinoxol did not extend lifespan" is the treatment failing."""
        terms = self._words(" ".join(w for t, alts in self.sheet.terms.items() for w in (t, *alts)))
        return bool(subject & terms) and not subject & self._subject_words

    def _span_of(self, text: str, words: frozenset[str]) -> str:
        """The stretch of `text` from the first to the last of its words that are in `words`."""
        hits = [m for m in re.finditer(r"[\w'’-]+", text) if self._words(m.group()) & words]
        if not hits:
            return text
        return text[hits[0].start() : hits[-1].end()]

    def sheet_misreports(self, text: str) -> list[str]:
        """The details a claim can get wrong whatever fact it reports, for a claim that
        reports none closely: the journal, the year it was published, the institution, the
        country, the species, and how many took part."""
        return [
            *self._participant_conflicts(text, None),
            *self._age_conflicts(text, None),
            *self._length_conflicts(text, None),
            *self._study_length_conflicts(text),
            *self._species_conflicts(text, aligned=False),
            *self._country_conflicts(text),
            *self._instrument_conflicts(text, None),
            *self._institution_conflicts(text),
            *self._lead_conflicts(text),
            *self._affiliation_conflicts(text),
            *self._unit_conflicts(text),
            *self._funder_conflicts(text),
            *self._journal_conflicts(text),
            *self._published_conflicts(text),
            *self._era_anywhere(text),
            *self._sheet_count_conflicts(text),
            *self._singled_anywhere(text),
            *self._swapped_anywhere(text),
            *self._not_done_anywhere(text),
        ]

    def _not_done_anywhere(self, text: str, aligned: FactInfo | None = None) -> list[str]:
        """A finding presented as the study's about what a fact says the study did not
        measure or analyse ("researchers found fish numbers crashed" where "reef fish were not
        measured"), for a claim too far from that fact to be aligned to it; or aligned to
        another fact that does not name that thing ("children with the highest intake also
        had raised blood sugar, the paper adds" beside "Blood sugar was not measured")."""
        if not presents_finding(text) or NEGATOR.search(text):
            return []
        reading = cues.read(text)
        if reading.is_question or rung(claim_certainty(reading, text)) < rung("probable"):
            return []
        words = self._exact_words(text)
        if aligned is not None:
            # the fact the claim reports measured what it names; and beside a fact, every
            # word of the thing not measured must be said ("supplement use", not "use")
            words -= self._exact_words(" ".join((aligned.fact.text, *aligned.fact.also)))
        for info in self.info:
            if not info.fact.not_done:
                continue
            if aligned is not None:
                hit = any(p <= words for p in self._not_done_parts(info.fact.text) if p)
            else:
                hit = bool(words & self._not_done_things(info.fact.text))
            if hit:
                said = quote(info.fact.text.rstrip("."))
                return [f"not done: the claim says the study found this; the study says {said}"]
        return []

    def _not_done_things(self, text: str) -> frozenset[str]:
        """What a fact of what was not done names as not measured, when it opens with it: the
        head words of a short subject ("Reef fish and water quality were not measured": fish,
        quality). A long subject is a clause ("whether dogs respond to strangers was not
        tested"), whose words say too little alone; the study's nouns, subjects and title
        name no thing it left out."""
        m = _NOT_DONE_VERB.match(text)
        if m is None:
            return frozenset()
        parts = [p.split()[-1] for p in _LIST_SPLIT.split(m.group("subject")) if p.split()]
        return (
            self._exact_words(" ".join(parts))
            - self._subject_words
            # nor what the study is about ("The drug was not tested in children": the drug
            # was tested, in adults)
            - self._exact_words(f"{_STUDY_NOUNS} {self.sheet.study.title}")
        )

    def study_length_misreports(self, text: str) -> list[str]:
        """How long the study ran, given wrong in the words that name it ("a six-month
        clinical trial" for a 12-week one)."""
        return self._study_length_conflicts(text)

    def _not_done_parts(self, text: str) -> list[frozenset[str]]:
        """Each thing a fact of what was not done lists as not measured, with all its words
        ("Blood sugar, cholesterol and other markers were not measured": {blood, sugar},
        {cholesterol}, ...), less the study's own nouns, subjects and title."""
        m = _NOT_DONE_LIST.match(text)
        if m is None:
            return []
        common = self._subject_words | self._exact_words(f"{_STUDY_NOUNS} {self.sheet.study.title}")
        return [
            self._exact_words(p) - common
            for p in _LIST_SPLIT.split(m.group("subject"))
            if 0 < len(p.split()) <= 4  # a thing, not a clause
        ]

    def study_identity_misreports(self, text: str) -> list[str]:
        """Where the study was done, by whom, who paid and where it appeared, got wrong: the
        details that name the study, whatever voice the claim speaks in."""
        return [
            *self._country_conflicts(text),
            *self._institution_conflicts(text),
            *self._lead_conflicts(text),
            *self._affiliation_conflicts(text),
            *self._unit_conflicts(text),
            *self._funder_conflicts(text),
            *self._journal_conflicts(text),
            *self._published_conflicts(text),
        ]

    def _swapped_anywhere(self, text: str) -> list[str]:
        """A figure said of the study with two digits of a fact's figure swapped, for a
        claim too far from every fact to be aligned ("cut by 32%" where the study says 23%)."""
        if not STUDY_SUBJECT.search(text) and not self._treatment(self._words(text)):
            return []
        for q in read_quantities(text):
            if found := self._swapped_digits(q):
                return found
        return []

    def _singled_anywhere(self, text: str) -> list[str]:
        """A group singled out ("boys were hit hardest") that a comparison of the sheet
        found the lesser, whichever fact the claim is closest to."""
        if _singled(text) is None:
            return []
        for info in self.info:
            if info.fact.kind == "result" and self._compared(info)[1] is not None:
                found = self._lesser_singled_out(text, info)
                if found:
                    return found
        return []

    def _sheet_count_conflicts(self, text: str) -> list[str]:
        """A count of something the sheet counts, said of the study and given wrong where the
        claim is too far from every fact to be aligned ("the spray was tested in 19 countries"
        where "in 9 countries"): no fact counts that many of it."""
        if not STUDY_SUBJECT.search(text) and not self._treatment(self._words(text)):
            return []
        if self._sheet_counts is None:
            self._sheet_counts = [
                (noun, f)
                for info in self.info
                for t in (info.fact.text, *info.fact.also)
                for f in read_quantities(t)
                if f.kind in ("number", "count") and (noun := self._noun_after(t, f))
            ]
        for q in read_quantities(text):
            if q.kind not in ("number", "count"):
                continue
            noun = self._noun_after(text, q)
            if noun is None:
                continue
            counts = [(n[1], f) for n, f in self._sheet_counts if n[0] == noun[0]]
            if _modifier(q, noun[1], [w for w, _ in counts]):
                continue  # ("six X-ray vans" counts vans)
            if not counts or self._compatible(q, [f for _, f in counts]):
                continue
            if any(_rounded(q, [info]) for info in self.info):
                continue
            if any(
                self._counted_after_words(q, noun[0], (info.fact.text, *info.fact.also))
                for info in self.info
            ):
                continue
            study = " or ".join(sorted({quote(f"{f.text} {w}") for w, f in counts}))
            return [f"number: the claim says {quote(q.text + ' ' + noun[1])}; the study {study}"]
        return []

    def _arm_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A figure given to another arm of the trial than the study gives it ("fell by 2.1
        days with the drug and 3.5 with placebo" where 3.5 was the drug's, "55.4% of the
        10 mg arm" where 55.4% was the 20 mg arm's)."""
        said = self._arms(text)
        if not said:
            return []
        study = [b for t in (info.fact.text, *info.fact.also) for b in self._arms(t)]
        for q, arm in said:
            theirs = {a for f, a in study if (f.kind, f.low, f.high) == (q.kind, q.low, q.high)}
            if theirs and arm not in theirs and any(a == arm for _, a in study):
                other = sorted(theirs)[0]
                if _one_group(arm, other, " ".join((info.fact.text, *info.fact.also))):
                    continue  # "61% of the region's people" for "of the Northmere region's"
                return [
                    f"arm: the claim gives {quote(q.text)} to {_arm_name(arm)}; the study gives "
                    f"it to {_arm_name(other)}"
                ]
        return []

    def _null_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A change or a significant effect where the study found none: "memory scores
        dipped" where they "did not differ", "fell significantly" where the effect was "not
        statistically significant"."""
        fact = info.fact.text
        chance = insignificant(fact)
        if chance:
            said = _SIGNIFICANT.search(text) or _steep().search(text)
            if said and not NEGATOR.search(text[max(0, said.start() - 25) : said.start()]):
                return [
                    f"significance: the claim says {quote(said.group())}; the study {quote(chance)}"
                ]
        link = self._link_where_none(text, info)
        if link:
            return link
        null = _NULL.search(fact)
        if (
            null is None
            or NEGATOR.search(text)
            or _UNCHANGED.search(text)
            or _TOLD_INSIGNIFICANT.search(text)  # "a non-significant difference": the null
        ):
            return []  # (the claim tells the null too: its change is of something else)
        changes = [
            c
            for c in cues.read(text).cues
            if c.scoped and (c.kind, c.value) in (("causal", "change"), ("correlational", "trend"))
        ]
        if not changes or any(
            c.scoped and (c.kind, c.value) in (("causal", "change"), ("correlational", "trend"))
            for c in info.reading.cues
        ):
            return []  # the claim tells no change, or the fact tells one too (of something else)
        clause = fact[: null.end()].split(";")[-1]
        if not (self._words(text) - self._light_words) & self._words(clause):
            return []
        return [
            f"direction: the claim says {quote(changes[0].text)}; the study found "
            f"{quote(null.group())}"
        ]

    def _link_where_none(self, text: str, info: FactInfo) -> list[str]:
        """A link or an effect where the study found no association: "short naps were linked
        to better mood" where they "showed no clear association with mood". The claim must
        name what the null clause is about, and deny nothing."""
        fact = info.fact.text
        if info.fact.id not in self._null_links:
            self._null_links[info.fact.id] = _NULL_LINK.search(fact)
        null = self._null_links[info.fact.id]
        if null is None or NEGATOR.search(text) or ";" in fact[: null.start()]:
            return []
        if any(
            c.scoped
            and c.kind in ("correlational", "causal")
            and c.value != "comparative"
            and not null.start() <= c.start < null.end()
            for c in info.reading.cues
        ):
            return []  # "the association levelled off ...: more was not linked to ...": one found
        said = next(
            (
                c
                for c in cues.read(text).cues
                if c.scoped and c.kind in ("correlational", "causal") and c.value != "comparative"
            ),
            None,
        )
        if said is None:
            return []
        clause = fact[: null.end()]
        if len((self._words(text) - self._light_words) & self._words(clause)) < 2:
            return []
        return [
            f"direction: the claim says {quote(said.text)}; the study found {quote(null.group())}"
        ]

    def _length_conflicts(self, text: str, info: FactInfo | None) -> list[str]:
        """How long the study ran, given wrong ("the whole study ran over six weeks" where
        each took part in one 25-minute session), whatever fact the claim reports: checked
        against every duration of the sheet's design."""
        if not _STUDY_RAN.search(text):
            return []
        said = [q for q in read_quantities(text) if q.kind == "duration" and not q.vague]
        if not said or (info is not None and any(f.kind == "duration" for f in info.quantities)):
            return []
        known = [
            f
            for other in self.info
            if other.fact.kind == "design" and not other.fact.not_done
            for f in other.quantities
            if f.kind == "duration"
        ]
        for q in said:
            if known and not self._compatible(q, known) and not _rounded(q, self.info):
                study = " or ".join(sorted({quote(f.text) for f in known})[:3])
                return [f"duration: the claim says {quote(q.text)}; the study {study}"]
        return []

    def _study_length_conflicts(self, text: str) -> list[str]:
        """ "The six-month study" for a study the sheet runs over 12 weeks: the length the
        claim gives the study against the spans the sheet gives (not its time points, and
        only where one of them is a week or longer)."""
        m = _LENGTH_OF_STUDY.search(text)
        if m is None or self.named_related(text):
            return []  # none, or maybe the length of the other study the claim names
        length = _UNIT_LONG.sub(r"one-\1", m.group())
        said = [q for q in read_quantities(length) if q.kind == "duration" and not q.vague]
        week = 168.0  # hours
        known = [
            f
            for info in self.info
            if not info.fact.not_done and info.fact.study is None
            for f in info.quantities
            if f.kind == "duration" and not f.vague and not _TIME_POINT.match(f.text)
        ]
        if not said or not any(f.high >= week for f in known):
            return []
        q = said[0]
        if self._compatible(q, known) or _rounded(q, self.info):
            return []
        # "a ten-year study" of surveys "from 2013 to 2023": a span of years is a length too
        year = 8760.0  # hours
        spans = [
            f.high - f.low
            for info in self.info
            for f in info.quantities
            if f.kind == "year" and f.high > f.low
        ]
        # (only for a length of a year or more: an enrolment "from May 2023 to March 2024"
        # is no length for "the six-month study" of 10-week follow-up)
        if q.low >= 0.9 * year and any(abs(q.low / year - span) <= 1 for span in spans):
            return []
        study = " or ".join(sorted({quote(f.text) for f in known if f.high >= week})[:3])
        return [f"duration: the claim says {quote(m.group())}; the study {study}"]

    def _dose_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A dose of the study's treatment that no fact gives ("daralopant 25 mg" where the
        trial gave 50 mg), whatever fact the claim reports."""
        if any(f.kind == "mass" for f in info.quantities):
            return []  # the aligned fact's doses: the number check compares them
        doses = [
            q
            for q in read_quantities(text)
            if q.kind == "mass" and q.unit not in _BODY_MASS_UNITS and self._given(text, q)
        ]  # ("a difference of 0.4 kg" in grip strength, or weight lost, is no dose)
        if not doses:
            return []
        known = [
            f
            for other in self.info
            if other.fact.study is None  # another study's doses are not this one's
            for f in other.quantities
            if f.kind == "mass" and self._given(other.fact.text, f)
        ]
        for q in doses:
            if known and not self._compatible(q, known):
                study = " or ".join(sorted({quote(f.text) for f in known})[:3])
                return [f"dose: the claim says {quote(q.text)}; the study {study}"]
        return []

    def _given(self, text: str, q: Quantity) -> bool:
        """A mass written beside the study's treatment ("daralopant 25 mg", "25 mg of X",
        "X at a field-realistic 50 µg/kg")."""
        before = self._words(" ".join(text[: q.start].split()[-DOSE_WORDS:]))
        after = self._words(" ".join(text[q.end :].split()[:2]))
        return self._treatment(before) or self._treatment(after)

    def _arms(self, text: str) -> list[tuple[Quantity, str]]:
        """The figures of a text with the arm each is given to ("3.5 with daralopant",
        "55.4% of the 10 mg arm", "29.3% on 10 mg"): "placebo", "dose:<mg>", "treatment:<the
        sheet's term>" or another group's word."""
        out = []
        for q in read_quantities(text):
            if q.kind not in ("number", "percent", "count") or q.low != q.high:
                continue
            m = _ARM_AFTER.match(text, q.end)
            if m is None:
                continue
            group = m.group("arm")
            dose = re.match(r"(\d[\d.]*)\s*mg", group)
            if dose:
                out.append((q, f"dose:{dose.group(1)}"))
            elif group.lower() in ("placebo", "dummy", "control", "sham"):
                out.append((q, "placebo"))
            elif self._treatment(self._words(group)):
                out.append((q, f"treatment:{self._term_of(group)}"))
            elif words := self._words(group):
                # any other group by its word ("14.9% in the suture arm"): it is checked only
                # against a fact giving that word a figure of its own
                out.append((q, f"group:{min(words)}"))
        return out

    def _term_of(self, words: str) -> str:
        """The sheet's term whose words `words` share (a trial's two arms are two terms)."""
        said = self._words(words)
        return next(
            (
                term
                for term, alts in self.sheet.terms.items()
                if said & self._words(" ".join((term, *alts)))
            ),
            "",
        )

    def _age_conflicts(self, text: str, info: FactInfo | None) -> list[str]:
        """The ages of the study's participants given wrong ("aged 25 to 70" where the study
        took people aged 45 to 70), whatever fact the claim reports: a range of ages said of
        the study's people is checked against every age range of the sheet."""
        said = [q for q in read_quantities(text) if q.kind == "age" and q.low != q.high]
        if not said or (info is not None and any(f.kind == "age" for f in info.quantities)):
            return []  # none, or the aligned fact's ages: the number check compares them
        if not (
            presents_finding(text)
            or STUDY_SUBJECT.search(text)
            or re.search(rf"\b{_GROUP}\b", text, re.I)
            or self._words(text) & self._subject_words
        ):
            return []
        known = [f for f in self._sheet_ages if f.low != f.high and f.bound is None]
        for q in said:
            if _AVERAGE.search(text) and any(f.low <= q.low and q.high <= f.high for f in known):
                continue  # "in their early twenties on average": a mean, inside the ages
            if known and not self._compatible(q, known):
                study = " or ".join(sorted({quote(f.text) for f in known}))
                return [f"age: the claim says {quote(q.text)}; the study {study}"]
        return []

    def _age_swap(self, counted: str) -> str | None:
        """The age group of the people counted ("412 children") where the study's subjects
        are of another ("adults with a long-lasting cough")."""
        subjects = self.sheet.study.subjects
        if not subjects:
            return None
        said = [d for d in self.details.find(counted) if d.category == "age_group"][:1]
        study = [d for d in self.details.find(subjects) if d.category == "age_group"]
        for swap in self.details.swaps(said, study, ("age_group",)):
            return (
                f"population: the claim counts {quote(swap.said.text)}; the study's subjects "
                f"are {quote(subjects)}"
            )
        return None

    def _date_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A day or month the sheet never gives, where the fact reports a date ("published
        online 18 February" for a study published on 18 March)."""
        said = read_dates(text)
        if not said or _DATELINE.match(text):
            return []  # "Posted by the team · 17 October 2025": when the page went up
        study = read_dates(" ".join((info.fact.text, *info.fact.also)))
        if not study:
            return []  # the fact dates nothing: the claim's date is another matter
        if info.fact.kind == "bibliographic" and not (
            _PUBLISHED.search(text) or self._dated_alike(text, said, info, study)
        ):
            return []  # a date beside the journal's name is not the journal's date
        for d in said:
            agree = [known for known in self._dates if d.agrees(known)]
            if any(m == d.month and lo <= (d.day or 0) <= hi for m, lo, hi in self._day_spans):
                continue  # "23 June" within the sheet's "21 to 27 June"
            if d.day is not None and not any(k.day == d.day for k in agree):
                # "6 July" where the sheet gives "16 July" and, loosely, "in July": the
                # month alone excuses a day only where the sheet gives no day of that month
                agree = (
                    [k for k in agree if k.day is None]
                    if not any(k.month == d.month and k.day is not None for k in self._dates)
                    else []
                )
            if not agree:
                return [f"date: the claim says {quote(d.text)}; the study {quote(study[0].text)}"]
            # "February 2022" where the fact has February 2021 and the sheet never has
            # February 2022: the year of a month is the fact's to give
            other_year = [k for k in study if k.month == d.month and k.year not in (None, d.year)]
            if d.year is not None and other_year and not any(k.year == d.year for k in agree):
                return [
                    f"date: the claim says {quote(d.text)}; the study {quote(other_year[0].text)}"
                ]
        return []

    def _part_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A part of the fact's whole told wrong: "nine of the 12 birds" or "of the 12 birds,
        nine ..." where the fact has eight of the 12, and no fact of the sheet has nine."""
        said = _parts(text) if re.search(r"\bof\b", text, re.I) else []
        if not said:
            return []
        theirs = _parts(" ".join((info.fact.text, *info.fact.also)))
        known = {
            (part, total)
            for other in self.info
            for part, total, _ in _parts(" ".join((other.fact.text, *other.fact.also)))
        }
        stated = {f.low for f in info.quantities if f.low == f.high}
        given = {q.low for q in read_quantities(text) if q.low == q.high}
        for part, total, written in said:
            if (part, total) in known or part in stated:
                continue  # (or a part the fact gives otherwise: "... and 12 at high risk")
            if any(p in given for p, t, _ in theirs if t == total):
                continue  # "Of the 150 ponds, 41 held frogs, and 22 had ...": the fact's too
            study = [w for p, t, w in theirs if t == total and p != part]
            if study:
                return [f"number: the claim says {quote(written)}; the study {quote(study[0])}"]
        return []

    def _times_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "More than twice as likely" where the fact's ratio, or its two shares (54.2%
        against 29.5%), make 1.8 times; "three times as many" for 1.8; "nearly twice" for
        2.4. Plain "twice" passes for anything within a fifth of it."""
        lower = text.lower()
        m = _TIMES.search(text) if "twice" in lower or "times" in lower or "fold" in lower else None
        if m is None:
            return []
        n = 2.0 if m["n"] else parse_number(m["n2"])
        fact = info.fact.text
        ratios = [f for f in read_quantities(fact) if f.kind == "ratio" and f.low == f.high]
        shares = [
            f
            for f in read_quantities(fact)
            if f.kind == "percent"
            and f.low == f.high
            and f.low > 0
            and not _CI_LEVEL.match(fact, f.end)
        ]
        if ratios:
            values = [f.low for f in ratios]
            study = " or ".join(quote(f.text) for f in ratios)
        elif len(shares) == 2 and _SHARES_COMPARED.search(fact, shares[0].end, shares[1].start):
            values = [max(f.low for f in shares) / min(f.low for f in shares)]
            study = f"{quote(shares[0].text)} and {quote(shares[1].text)}, {values[0]:.1f} times"
        elif (pair := _compared_figures(fact)) is not None:
            # "3.4 errors per trial, against 1.3 in controls": 2.6 times
            a, b = pair
            values = [max(a.low, b.low) / min(a.low, b.low)]
            study = f"{quote(a.text)} against {quote(b.text)}, {values[0]:.1f} times"
        else:
            return []
        if n is None or n <= 1:
            return []
        bound = (m["bound"] or "").lower()
        if bound in ("more than", "over", "at least", "upwards of"):
            fits = any(v >= n * 0.98 for v in values)
        elif bound in ("nearly", "almost", "close to", "just under"):
            fits = any(n * 0.7 <= v <= n * 1.02 for v in values)
        else:
            fits = any(abs(v - n) <= 0.2 * n for v in values)
        if fits:
            return []
        return [f"number: the claim says {quote(m.group().strip())}; the study {study}"]

    def _fold_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "More than tripling" where the fact says it "more than doubled" (or went from 290
        to 680, 2.3 times): how many times over, told wrong. "Halved" is read with its
        direction: for a rise from 0.29 to 0.52 it is wrong, for a fall to a third it is too
        little."""
        m = _FOLD.search(text)
        if m is None:
            return []
        n = _FOLD_TIMES[m["fold"].lower()[:4]]
        fact = " ".join((info.fact.text, *info.fact.also))
        theirs = _FOLD.search(fact)
        span = _FROM_TO.search(fact)
        pair = _change_pair(fact) if span is None else None
        if theirs is not None:
            value, study = _FOLD_TIMES[theirs["fold"].lower()[:4]], quote(theirs.group().strip())
            said = (theirs["bound"] or "").lower()
            if said in ("more than", "over"):
                value *= 1.1 if value > 1 else 1 / 1.1  # "more than doubling": a little over
            elif said:
                value *= 0.95 if value > 1 else 1 / 0.95  # "nearly doubled": a little under
        elif span is not None or pair is not None:
            if span is not None:
                low, high = (parse_number(span["a"]) or 0.0), (parse_number(span["b"]) or 0.0)
                written = span.group().strip()
            else:
                assert pair is not None
                low, high, written = pair[0].low, pair[1].low, f"{pair[0].text} to {pair[1].text}"
            if not low or not high:
                return []
            value = high / low if n < 1 else max(low, high) / min(low, high)
            study = f"{quote(written)}, {max(value, 1 / value):.1f} times"
        else:
            return []
        if n < 1:  # halving: how many times fewer, and not a rise
            if value >= 1:
                return [f"number: the claim says {quote(m.group().strip())}; the study {study}"]
            n, value = 1 / n, 1 / value
        bound = (m["bound"] or "").lower()
        if bound in ("more than", "over"):
            fits = n * 0.98 <= value < (n + 1)
        elif bound in ("nearly", "almost", "close to"):
            fits = n * 0.7 <= value <= n * 1.02
        else:
            fits = abs(value - n) <= 0.2 * n
        if fits:
            return []
        return [f"number: the claim says {quote(m.group().strip())}; the study {study}"]

    def _share_change_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A change told as a share of where it started, where the fact gives the two ends and
        no share of its own: "crashed by more than half" for a fall from 312 to 187 (40%)."""
        m = _BY_SHARE.search(text)
        if m is None:
            return []
        fact = " ".join((info.fact.text, *info.fact.also))
        pair = _change_pair(fact)
        if pair is None or any(q.kind == "percent" for q in read_quantities(fact)):
            return []
        if _BY_SHARE.search(fact) or re.search(r"\b(?:half|thirds?|quarters?)\b", fact, re.I):
            return []  # the fact tells the change in words of its own
        share = _SHARE_WORDS[m["share"].split()[-1].split("-")[-1].lower()]
        a, b = pair
        change = abs(b.low - a.low) / a.low
        bound = (m["bound"] or "").lower()
        if bound in ("more than", "over", "at least"):
            fits = change >= share * 0.98
        elif bound in ("nearly", "almost", "close to"):
            fits = share * 0.8 <= change <= share * 1.02
        else:
            fits = abs(change - share) <= 0.2 * share
        if fits:
            return []
        return [
            f"number: the claim says {quote(m.group().strip())}; the study "
            f"{quote(a.text)} to {quote(b.text)}, {change:.0%}"
        ]

    def _era_anywhere(self, text: str) -> list[str]:
        """An era swapped in a claim too far from every fact to be aligned, where it shares a
        word with a fact that dates something in the study's era ("the ship went down around
        40 AD" beside "the ship sank between 55 and 25 BC")."""
        words = self._words(text)
        dated = any(_ERA.search(i.fact.text) and words & i.words for i in self.info)
        return self._era_conflicts(text) if dated else []

    def _era_conflicts(self, text: str) -> list[str]:
        """An early year in the era the sheet never uses ("around 40 AD" where every date
        of the study is BC)."""
        said = [m for m in _ERA.finditer(text) if int(m["y1"] or m["y2"]) < 1000]
        if not said:
            return []
        known = {_ERAS[m["e1"] or m["e2"]] for m in _ERA.finditer(self._known_text)}
        for m in said:
            era = _ERAS[m["e1"] or m["e2"]]
            if known and era not in known:
                study = next(e.group() for e in _ERA.finditer(self._known_text))
                return [f"date: the claim says {quote(m.group())}; the study {quote(study)}"]
        return []

    def _season_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A season of a year outside the fact's span of months ("recruited in the autumn of
        2022" for September 2021 to January 2022), in either hemisphere, and outside every
        span the sheet gives."""
        seasons = read_seasons(text)
        study = read_periods(" ".join((info.fact.text, *info.fact.also))) if seasons else []
        if not study:
            return self._season_word_conflicts(text, info)
        spans = [
            p
            for other in self.info
            for t in (other.fact.text, *other.fact.also)
            for p in read_periods(t)
        ]
        for season in seasons:
            if not any(a <= m <= b for _, a, b in spans for m in season.months):
                return [
                    f"date: the claim says {quote(season.text)}; the study {quote(study[0][0])}"
                ]
        return []

    def _season_word_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A season the sheet never names, where the fact names another ("sampled every
        summer" where "sampled each winter"): wrong in either hemisphere."""
        said = {m[1].lower() for m in _SEASON_WORD.finditer(text)}
        if not said:
            return []
        fact = " ".join((info.fact.text, *info.fact.also))
        theirs = [m.group() for m in _SEASON_WORD.finditer(fact)]
        known = {m[1].lower() for m in _SEASON_ANY.finditer(self._known_text)}
        wrong = sorted(said - known)
        if theirs and wrong:
            return [f"date: the claim says {quote(wrong[0])}; the study {quote(theirs[0])}"]
        return []

    def _dated_alike(
        self, text: str, said: list[DateMention], info: FactInfo, study: list[DateMention]
    ) -> bool:
        """The claim dates what the fact dates: a word just before one of its dates is one
        just before the fact's ("released on 6 July" beside "released on 16 July 2026")."""
        fact_text = " ".join((info.fact.text, *info.fact.also))

        def before(t: str, d: DateMention) -> frozenset[str]:
            return self._words(" ".join(t[: d.start].split()[-3:]))

        theirs = frozenset().union(*(before(fact_text, d) for d in study))
        return any(before(text, d) & theirs for d in said)

    def _published_conflicts(self, text: str) -> list[str]:
        """The year the study was published, given wrong ("published in 2008")."""
        published = self.sheet.study.published
        if published is None or not _PUBLISHED.search(text):
            return []
        years = [q for q in read_quantities(text) if q.kind == "year"]
        known = {round(q.low) for i in self.info for q in i.quantities if q.kind == "year"}
        for q in years:
            if round(q.low) != published.year and round(q.low) not in known:
                return [f"date: the claim says {quote(q.text)}; the study was published in "
                        f"{published.year}"]  # fmt: skip
        return self._published_day_conflicts(text, published)

    def _published_day_conflicts(self, text: str, published: dt.date) -> list[str]:
        """The day or month the study was published, given wrong ("a study published on 17
        January" for 17 February), where the sentence says it of the study or its journal
        (not a page's own "Published on ..." line)."""
        days = [published, *(r.published for r in self.sheet.related if r.published)]
        for m in _PUBLISHED.finditer(text):
            of_study = _OF_STUDY_BEFORE.search(text, 0, m.start())
            weekday = _ON_WEEKDAY.match(text, m.end())
            # "The study was published on Tuesday", "It was published on Tuesday in the
            # journal X"
            told = of_study or re.search(r"\bjournal\b", text[m.end() :], re.I)
            if weekday and told and all(weekday[1].lower() != f"{k:%A}".lower() for k in days):
                return [f"date: the claim says {quote(weekday[1])}; the study was published "
                        f"on {published:%A} {published.day} {published:%B %Y}"]  # fmt: skip
            for d in read_dates(text):
                gap = text[m.end() : d.start]
                journal = self.sheet.study.journal
                # the journal's name, however long, is no distance ("published in the
                # International Journal of ... in September")
                short = gap.replace(journal, "") if journal else gap
                if d.start < m.end() or len(short) > 60 or re.search(r"[.;!?]", short):
                    continue
                in_journal = re.search(r"\bjournal\b", gap, re.I) or (
                    journal is not None and journal.lower() in gap.lower()
                )  # "published in Paediatric Diabetes Care in January"
                if not (of_study or in_journal):
                    continue
                if not any(d.month == k.month and d.day in (None, k.day) for k in days):
                    return [f"date: the claim says {quote(d.text)}; the study was published "
                            f"on {published.day} {published:%B %Y}"]  # fmt: skip
        return []

    def _undated_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """The date of publication given wrong, where the fact the claim reports tells where
        the study was published but not when ("The study, published in X in 2008, pooled 41
        trials"), or is another detail of the paper (its DOI); a fact's own year is checked
        with its other figures."""
        of_paper = info.fact.kind == "bibliographic" or _PUBLISHED.search(info.fact.text)
        if not of_paper or any(q.kind == "year" for q in info.quantities):
            return []
        published = self.sheet.study.published
        if published is not None and _PUBLISHED.search(text) and not _DATELINE.match(text):
            # "NeuroImage, published online 18 February 2025. doi: ..." beside the DOI
            for d in read_dates(text):
                if d.day is not None and not any(d.agrees(known) for known in self._dates):
                    return [f"date: the claim says {quote(d.text)}; the study was published "
                            f"on {published.day} {published:%B %Y}"]  # fmt: skip
        return self._published_conflicts(text)

    def _participant_conflicts(self, text: str, info: FactInfo | None) -> list[str]:
        """The number of people (or animals) the study followed, given wrong ("the trial
        followed 2,000 volunteers" where it enrolled 412), even where the claim is aligned to
        another fact: the count is checked against every count of the sheet."""
        if not (
            presents_finding(text)
            or STUDY_SUBJECT.search(text)
            or self._words(text) & (self._subject_words | self._material_words)
        ):
            return []  # "the cells came from 60 patients" counts the study's donors too
        out = []
        for q in read_quantities(text):
            if q.kind != "count" or q.noun not in ("person", "animal") or q.low != int(q.low):
                continue  # ("1.39 for boys" is a ratio, not 1.39 boys)
            if not _ENROLLED.search(text[max(0, q.start - 40) : q.start]):
                continue
            if re.match(r"\s*cases?\b", text[q.end :], re.I):
                continue  # "5 cases in the vaccine arm": how many fell ill, not who took part
            age = self._age_swap(text[q.end : q.end + 40])
            if age:
                out.append(age)
            if info and any(f.kind == "count" and f.noun == q.noun for f in info.quantities):
                continue  # the aligned fact counts them: _number_conflicts compares the two
            # The facts that say how many took part: the study's design, or a fact that
            # counts them as enrolled ("followed 412 adults").
            counting = [
                other
                for other in self.info
                if any(f.kind == "count" and f.noun == q.noun for f in other.quantities)
                and (other.fact.kind == "design" or _ENROLMENT.search(other.fact.text))
            ]
            counts = [
                f for other in counting for f in other.quantities
                if f.kind == "count" and f.noun == q.noun
            ]  # fmt: skip
            everywhere = [
                f for other in self.info for f in other.quantities
                if f.kind == "count" and f.noun == q.noun
            ]  # fmt: skip
            if self._compatible(q, everywhere):
                continue  # another count of the sheet (a subgroup, the controls)
            if not counts and q.noun == "person" and self._study_scope in ("animal", "cell"):
                if _DONORS.search(text[max(0, q.start - 40) : q.start]) and (
                    self._words(text) & self._material_words or _DONATED.search(text)
                ):
                    continue  # "IgG collected from 44 patients": who gave the material
                where = self.sheet.study.subjects or "animals"
                counted = re.match(r"\s*[\w-]+", text[q.end :])
                said = q.text + (counted.group() if counted else "")
                out.append(f"population: the claim counts {quote(said)}; the study was in {where}")
                continue
            if not counts or self._compatible(q, counts) or _rounded(q, counting):
                continue
            # the study's own figure first: "14,918", not a phrasing's "nearly 15,000"
            biggest = max(counts, key=lambda f: (f.bound is None, f.high))
            out.append(f"number: the study counts {quote(biggest.text)}; the claim {quote(q.text)}")
        return out

    def _number_conflicts(self, text: str, info: FactInfo) -> list[str]:
        out = []
        quantities = read_quantities(text)
        # The words the numbers are written with ("two days") say nothing of which fact it is.
        masked = text
        for q in quantities:
            masked = masked[: q.start] + " " * (q.end - q.start) + masked[q.end :]
        claim_words = self._words(masked)
        study_length = _LENGTH_OF_STUDY.search(text)
        for q in quantities:
            if study_length and study_length.start() <= q.start < study_length.end():
                continue  # "the six-month study": the study's length, not the fact's figure
            if q.kind == "year" and _cited_year(text, q):
                continue  # "Ojeda and colleagues in 2016": when a paper appeared, not a finding
            if q.vague and q.kind == "duration" and len(q.text.split()) == 1:
                continue  # "suspected for years": no figure to get wrong
            if wrong_total := self._wrong_total(text, q, info):
                out.append(wrong_total)  # "38 of the 96 schools" for 38 of the 48 that had it
                continue
            if _OF_TOTAL.search(text, 0, q.start) and any(_states(o, q) for o in self.info):
                continue  # "12 of the 41 trials": the total, as another fact gives it
            if (
                q.kind == "money"
                and _CONVERSION.search(text, 0, q.start)
                and any(
                    o.kind == "money" and o.unit != q.unit and o.end <= q.start for o in quantities
                )
            ):
                continue  # "US$2.90 (£2.30)": the same amount in another currency
            if q.kind == "percent" and any(
                f.kind == "ratio" and _ratio_as_percent(text, q, f) for f in info.quantities
            ):
                continue  # "a 40% higher hazard" for a hazard ratio of 1.4
            if q.kind == "percent" and (points := _points_told_as_percent(text, q, info)):
                out.append(points)  # "fell by 8.4%" for 8.4 percentage points
                continue
            if q.kind == "number" and (points := _percent_told_as_points(text, q, info)):
                out.append(points)  # "fell by 45 percentage points" for a relative 45%
                continue
            if q.kind == "percent" and any(
                f.kind == "number" and f.low == f.high == q.low for f in info.quantities
            ):
                continue  # "by at least three-quarters" for a measure named "PASI 75"
            if q.kind == "percent" and (ratio_read := _ratio_read_as_change(text, q, info)):
                out.append(ratio_read)  # "62% lower" for a hazard ratio of 0.62
                continue
            if _TIME_POINT.match(q.text):
                # "2.4 mg at week 16": when something happened, which a fact's span or its
                # other time points do not contradict (read to match "25 days after surgery"),
                # unless the fact times it otherwise and no fact of the sheet says that time
                # ("a booster at week 6" for one at week 4)
                out.extend(self._time_point_conflict(q, info))
                continue
            if swapped := self._swapped_digits(q) or self._swapped_range(q):
                out.extend(swapped)
                continue
            if swap := self._measure_swap(text, q, info):
                out.append(swap)  # "12.8 mg" for 12.8 mmol
                continue
            if other := self._measured_conflict(text, q, info):
                out.append(other)  # "1 sq cm" for cells of 0.1 cm²
                continue
            if swap := _per_unit_swap(text, q, info):
                out.append(swap)  # "£1.12 a punnet" for £1.12 per kilogram
                continue
            if ends := self._interval_ends(q, info):
                if not _RANGE_WORDS.search(text, 0, q.start) and not any(
                    g.low == g.high and g.kind == q.kind and q.same_value(g)
                    for other in self.info
                    for g in other.quantities
                ):  # "occupancy was 0.68" for 0.81 (95% CI 0.68 to 0.90)
                    out.append(
                        f"number: the claim gives {quote(q.text)} as the figure; in the study "
                        f"it is an end of the interval {quote(ends[0].text)}"
                    )
                continue  # "could be as low as 0.68": the interval's end, told as one
            if _RANGE_WORDS.search(text, 0, q.start) and _interval_end_rounded(q, info):
                continue  # "a plausible range of about 7C to 13C" for a CI of 7.1 to 13.4 °C
            if q.kind == "count" and _length_unit(text[q.end :]):
                out.extend(self._length_swap(text, q, info))  # "a 20-mile time trial"
                continue
            if q.kind == "number":
                # "from 0.1 to 10 micromolar" spans "0.1, 0.5, 1, 5 and 10 µM"
                if q.low != q.high and {q.low, q.high} <= _figures_written(info):
                    # "from 0.1 to 10 micromolar" spans "0.1, 0.5, 1, 5 and 10 µM": only its
                    # unit may be wrong ("200-500 mm" for 200-500 µm)
                    out.extend(self._length_swap(text, q, info))
                    continue
                out.extend(
                    self._range_conflict(q, info)
                    or self._counted_conflict(text, q, info)
                    or self._hyphened_conflict(text, q)
                    or self._anchored_conflict(text, q, info)
                    or self._verb_after_conflict(text, q, info)
                    or self._named_conflict(text, q, info)
                    or self._length_swap(text, q, info)
                    or self._period_swap(text, q, info)
                    or self._bare_figure(text, q, info)
                )
                continue
            swap = self._unit_swap(q)
            if swap:
                out.append(swap)
                continue
            if q.kind in ("duration", "money") and (period := self._period_swap(text, q, info)):
                out.extend(period)  # "24 minutes more each day" for 24 minutes a week
                continue
            rate = self._rate_for_total(text, q, info)
            if rate:
                out.extend(rate)
                continue
            if (
                q.kind == "count"
                and _population_count(text, q)
                and not any(
                    f.kind == "count" and _population_count(t, f)
                    for t in (info.fact.text, *info.fact.also)
                    for f in read_quantities(t)
                )
            ):
                continue  # a population the sheet does not count is context it cannot check
            same = [
                f
                for f in info.quantities
                if f.kind == q.kind and (q.kind != "count" or f.noun == q.noun)
            ]
            if not same and q.kind == "percent" and _told_as_change(text, q):
                # "50% higher" beside a hazard ratio and no share: that ratio is the figure
                same = [f for f in info.quantities if f.kind == "ratio"]
            if (
                q.kind == "age"
                and _AVERAGE.search(text)
                and any(f.low <= q.low and q.high <= f.high for f in same if f.low != f.high)
                and not any(f.low == f.high for f in same)
            ):
                continue  # "in their early twenties on average", inside the ages "18 to 35"
            if q.unit == "°" and any(
                f.kind == "temperature (°F)" and q.same_value(f, 0.05) for f in info.quantities
            ):
                continue  # "below about 50 degrees" where the fact gives "10°C (50°F)"
            two_facts = any(
                o is not q and self._compatible(o, [f for f in info.quantities if f.kind == o.kind])
                for o in quantities
                if o.kind == q.kind
            )
            if q.kind == "count" and any(
                f.kind == "number" and q.same_value(f) for f in info.quantities
            ):
                continue  # "803 people" where the fact writes "803 to the drug"
            if q.kind == "duration" and two_facts and _PERIOD_COVERED.search(text, 0, q.start):
                continue  # "within 190 years for the last 15,000 years": the span it holds for
            if not same and (sites := self._sites_elsewhere(text, q, info)):
                out.append(sites)  # "eight clinics" where another fact has nine
                continue
            if not same and (often := self._frequency_elsewhere(text, q, info)):
                out.append(often)  # "samples every day" where another fact has twice a week
                continue
            arm = self._noun_after(text, q) if q.kind == "count" else None
            if arm and any(n == arm[0] for n, _, _ in info.counted):
                # "412 people ... and 250 to placebo" where the fact counts "206 to placebo"
                out.extend(self._counted_conflict(text, q, info))
                continue
            if (
                not same
                or self._compatible(q, same)
                # "a daily capsule and exercise three times a week" for a fact of a daily
                # dose alone: the claim's other figure gives the fact's; how often is said
                # of each thing done, and this one is of what the fact does not count
                or q.kind == "frequency"
                and all(
                    any(
                        o is not q and o.kind == q.kind and self._compatible(o, [f])
                        for o in quantities
                    )
                    for f in same
                )
                or _rounded(q, [info])
                or self._every_elsewhere(q)
                or not _compared_pair(text, q, quantities, _not_totals(same, info))
                and not _anchored_kind(q, quantities, info, self.info)
                and (
                    self._elsewhere(q, info, claim_words, two_facts)
                    or self._exact_elsewhere(q, info, claim_words)
                )
                or _total_of(q, info)
                or self._years_apart(text, q, info)
            ):
                continue
            ratios = [f for f in info.quantities if f.kind == "ratio"]
            if ratios and q.kind == "percent" and _told_as_change(text, q):
                same = ratios  # "60% higher" beside a hazard ratio: that ratio is the figure
            study = " or ".join(quote(t) for t in sorted({f.text for f in same}))
            out.append(
                f"{_LABEL.get(q.kind, 'number')}: the claim says {quote(q.text)}; the study {study}"
            )
        return out

    @staticmethod
    def _years_apart(text: str, q: Quantity, info: FactInfo) -> bool:
        """ "Two surveys carried out four years apart": the time between two years the fact
        gives (2018 and 2022), whatever span it states in words."""
        if q.kind != "duration" or q.unit != "year" or q.low != q.high:
            return False
        if not _APART.match(text, q.end):
            return False
        span = q.low / _HOURS_A_YEAR  # durations are read in hours
        years = {f.low for f in info.quantities if f.kind == "year"}
        return span == int(span) and any(y + span in years for y in years)

    def _every_elsewhere(self, q: Quantity) -> bool:
        """ "Once every 950 years" where the sheet has "a 1-in-950-year event": how often,
        in the sheet's own figure and unit."""
        every = _EVERY.search(q.text) if q.kind == "frequency" else None
        if every is None:
            return False
        figure, unit = re.escape(every["n"]), re.escape(every["unit"])
        return re.search(rf"\b{figure}[\s-]+{unit}", self._known_text, re.I) is not None

    def _hyphened_conflict(self, text: str, q: Quantity) -> list[str]:
        """A figure joined to what it counts ("a 72-qubit chip") where the sheet writes that
        word with other figures only ("a 54-qubit processor")."""
        unit = _HYPHENED.match(text, q.end)
        if unit is None or q.low != q.high:
            return []
        word = re.escape(unit[1])
        hyphened = re.compile(rf"\b(\d[\d,]*(?:\.\d+)?)-{word}\b", re.I)
        known = [m[1] for m in hyphened.finditer(self._known_text)]
        # "34 points" is the sheet's "34-point" too
        spaced = re.compile(rf"\b(\d[\d,]*(?:\.\d+)?)\s+{word}s?\b", re.I)
        given = known + [m[1] for m in spaced.finditer(self._known_text)]
        if not known or any(parse_number(k) == q.low for k in given) or _rounded(q, self.info):
            return []  # (or rounded as the sheet allows: "a 2,300-metre core" for 2,316 metres)
        if any(q.low in (f.low, f.high) for i in self.info for f in i.quantities):
            return []  # "the 500-point scale" of a score the sheet gives "from 0 to 500"
        study = " or ".join(quote(f"{k}-{unit[1]}") for k in dict.fromkeys(known))
        return [f"number: the claim says {quote(q.text + unit.group())}; the study {study}"]

    def _rate_for_total(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A total told as a yearly rate: "£1.1 billion a year" where the study's £1.1
        billion is over the cohort's lifetime."""
        per = _PER_TIME_AFTER.match(text, q.end)
        if per is None:
            return []
        for t in (info.fact.text, *info.fact.also):
            for f in read_quantities(t):
                span = _OVER_SPAN.search(t[f.end : f.end + 80])
                if (
                    span
                    and f.kind == q.kind
                    and q.same_value(f, 0.1)
                    # "£74 per pupil per year, averaged over three years" is a rate
                    and not _A_RATE.search(t[f.end : f.end + span.start()])
                ):
                    return [
                        f"rate: the claim says {quote(q.text + per.group())}; the study "
                        f"{quote(f.text)} {span.group()}"
                    ]
        return []

    def _time_point_conflict(self, q: Quantity, info: FactInfo) -> list[str]:
        points = [f for f in info.quantities if _TIME_POINT.match(f.text) and f.unit == q.unit]
        if not points or any(
            f.kind == q.kind and q.same_value(f) for i in self.info for f in i.quantities
        ):
            return []
        study = " or ".join(quote(f.text) for f in points)
        return [f"time: the claim says {quote(q.text)}; the study {study}"]

    def _measure_swap(self, text: str, q: Quantity, info: FactInfo) -> str | None:
        """The fact's figure with another unit of measure ("12.8 mg of nitrate" for 12.8
        mmol, "plots of 10 m²" for 10 m by 10 m), where no fact gives it with the claim's."""
        mine = _unit_of(text, q) if q.low == q.high else None
        if mine is None:
            return None
        theirs = []
        for other in self.info:
            for t in (other.fact.text, *other.fact.also):
                for f in read_quantities(t):
                    unit = _unit_of(t, f)
                    if unit is None or unit[0] != mine[0]:
                        continue
                    if unit[1] == mine[1]:
                        return None  # the sheet gives the figure with the claim's unit
                    if other is info and not {unit[1], mine[1]} <= set(_metres()):
                        # (two lengths are `_length_swap`'s: "10 miles" for "10 km")
                        theirs.append(unit[2])
        if not theirs:
            return None
        return f"unit: the claim says {quote(mine[2])}; the study {quote(theirs[0])}"

    def _measured_conflict(self, text: str, q: Quantity, info: FactInfo) -> str | None:
        """Another figure with the unit of measure the fact gives its figure in ("cells of
        1 sq cm" where they were 0.1 cm²), where no fact of the sheet gives the claim's figure
        in that unit and the fact gives no range that holds it."""
        mine = _unit_of(text, q) if q.low == q.high and q.bound is None else None
        if mine is None or q.vague:
            return None
        theirs = [
            (f, unit)
            for t in (info.fact.text, *info.fact.also)
            for f in read_quantities(t)
            if (unit := _unit_of(t, f)) is not None and unit[1] == mine[1]
        ]
        if not theirs or any(f.low <= q.low <= f.high for f, _ in theirs):
            return None
        for other in self.info:
            for t in (other.fact.text, *other.fact.also):
                for f in read_quantities(t):
                    unit = _unit_of(t, f)
                    if (
                        unit is not None
                        and unit[1] == mine[1]
                        and (q.same_value(f, 0.05) or q.low in (f.low, f.high))
                    ):
                        return None  # the sheet gives this figure in this unit elsewhere
                        # (or as an end of a range: "from 201 to 205 ppm")
        if _rounded(q, [info]):
            return None
        return f"number: the claim says {quote(mine[2])}; the study {quote(theirs[0][1][2])}"

    def _range_conflict(self, q: Quantity, info: FactInfo) -> list[str]:
        """A range with one end of the fact's range and another end ("scored from 0 to 39"
        for a scale from 0 to 26), which no fact gives."""
        if q.low == q.high or q.bound is not None:
            return []
        ranges = [f for f in info.quantities if f.kind == q.kind and f.low != f.high]
        near = [f for f in ranges if (f.low == q.low) != (f.high == q.high)]
        if not near or any(
            (f.low, f.high) == (q.low, q.high) for i in self.info for f in i.quantities
        ):
            return []
        return [f"number: the claim says {quote(q.text)}; the study {quote(near[0].text)}"]

    @staticmethod
    def _wrong_total(text: str, q: Quantity, info: FactInfo) -> str | None:
        """The fact's part of a whole told as a part of another whole ("38 of the 96 schools"
        where the fact says 38 of the 48 intervention schools)."""
        part = _PART_OF.search(text, 0, q.start)
        mine = _written_digits(q)
        if part is None or mine is None:
            return None
        figure = re.escape(part["part"])
        totals = [
            m
            for t in (info.fact.text, *info.fact.also)
            for m in re.finditer(
                rf"(?<![\d.,]){figure}\s+(?:out\s+)?of\s+(?:the\s+|all\s+|its\s+)?"
                r"(?P<total>\d[\d,]*)",
                t,
            )
        ]
        if not totals or any(m["total"].replace(",", "") == mine for m in totals):
            return None
        return (
            f"number: the claim says {quote(part.group() + q.text)}; the study "
            f"{quote(totals[0].group())}"
        )

    @staticmethod
    def _interval_ends(q: Quantity, info: FactInfo) -> list[Quantity]:
        """The fact's intervals of which `q` is an end, written in figures as in the fact
        ("0.68" of "0.81, 95% CI 0.68 to 0.90" or of "(0.86, 0.68 to 0.91)")."""
        if _written_digits(q) is None or q.bound is not None:
            return []
        if any(g.low == g.high != q.low and _rounds_to(g, q) for g in info.quantities):
            return []  # "1.2" for an odds ratio of 1.17 (1.14 to 1.20): the estimate, rounded
        fact = info.fact.text
        return [
            f
            for f in info.quantities
            if f.low != f.high
            and f.bound is None
            and q.low in (f.low, f.high)
            and fact[f.start : f.end] == f.text
            and (f.kind == "interval" or _ESTIMATE_THEN.search(fact, 0, f.start))
        ]

    def _swapped_range(self, q: Quantity) -> list[str]:
        """A range with one end of a fact's range and the other end that range's with two
        neighbouring digits swapped ("from nine to 130" where the study gives 9 to 310)."""
        if q.low == q.high:
            return []

        def ends(x: Quantity) -> tuple[str, str] | None:
            found = [m.group().replace(",", "") for m in _FIGURE_DIGITS.finditer(x.text)]
            return (found[0], found[-1]) if found else None

        mine = ends(q)
        if mine is None:
            return []
        for info in self.info:
            for f in info.quantities:
                theirs = ends(f)
                if f.kind != q.kind or f.low == f.high or theirs is None:
                    continue
                if (q.low, q.high) == (f.low, f.high):
                    return []
                if (q.low == f.low and _transposed(mine[1], theirs[1])) or (
                    q.high == f.high and _transposed(mine[0], theirs[0])
                ):
                    return [f"number: the claim says {quote(q.text)}; the study {quote(f.text)}"]
        return []

    def _anchored_conflict(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A bare number after the verb the fact puts before another ("kept 34" where the
        study "kept 44 simulations"), which no fact states: the fact's figure told wrong."""
        before = _VERB_BEFORE.search(text, 0, q.start)
        if before is None or not _DIGIT.search(q.text) or _length_unit(text[q.end :]):
            return []  # (a distance is converted and checked on its own)
        verb = self._exact_words(before.group(1))
        if not verb or any(_states(o, q) for o in self.info) or _rounded(q, [info]):
            return []
        fact_text = "; ".join((info.fact.text, *info.fact.also))
        for f in info.quantities:
            theirs = _VERB_BEFORE.search(fact_text, 0, f.start)
            if (
                f.kind in ("number", "count")
                and theirs is not None
                and self._exact_words(theirs.group(1)) == verb
                and not self._compatible(q, [f])
            ):
                return [f"number: the claim says {quote(q.text)}; the study {quote(f.text)}"]
        return []

    def _verb_after_conflict(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A bare number before the verb a fact's figure goes with ("29 crossdated" where
        "Twenty-two oak samples crossdated"), which no fact states: the fact's figure told
        wrong."""
        after = _VERB_AFTER.match(text, q.end)
        if after is None or any(_states(o, q) for o in self.info) or _rounded(q, [info]):
            return []
        verb = after.group(1).lower()
        fact_text = "; ".join((info.fact.text, *info.fact.also))
        for f in info.quantities:
            theirs = _COUNTED_THEN_VERB.match(fact_text, f.end)
            if (
                f.kind in ("number", "count")
                and theirs is not None
                and theirs.group(1).lower() == verb
                and not self._compatible(q, [f])
            ):
                return [f"number: the claim says {quote(q.text)}; the study {quote(f.text)}"]
        return []

    def _noun_past_adjectives(
        self, text: str, q: Quantity, info: FactInfo
    ) -> tuple[str, str] | None:
        """What a number counts where words the fact does not count come first ("two
        board-certified radiologists" for a fact's "three radiologists"): the next of the
        following two words that the fact counts."""
        counted = {n for n, _, _ in info.counted}
        run = re.match(r"\s+[A-Za-z][\w-]*((?:[ \t]+[A-Za-z][\w-]*){1,2})", text[q.end :])
        if run is None:
            return None
        first = run.group()[: run.start(1)].strip()
        if not self._exact_words(first):
            return None  # "two of the bare plots": a part, not words before a noun
        for m in re.finditer(r"[A-Za-z][\w-]*", run.group(1)):
            later = self._noun_after(text, replace(q, end=q.end + run.start(1) + m.start() - 1))
            if later is not None and later[0] in counted:
                return later
        return None

    def _named_conflict(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A bare number after a word the fact puts just before its own ("the threshold set
        at 65" where the study fixed "a threshold of 50"), which no fact states."""
        if q.low != q.high or not _DIGIT.search(q.text) or _length_unit(text[q.end :]):
            return []
        mine = self._lead_words(text, q.start)
        if (
            not mine
            or any(f.low == f.high == q.low for o in self.info for f in o.quantities)
            or _rounded(q, [info])
            or _total_of(q, info)
        ):
            return []  # (the very value, however another fact's reading names it: "ratio 2.47")
        single = [
            f.low
            for f in info.quantities
            if f.kind in ("number", "count") and f.low == f.high and f.bound is None
        ]
        if single and min(single) < q.low < max(single):
            return []  # "around 160" of "between 180 and 150 BC": within the fact's figures
        for t in (info.fact.text, *info.fact.also):
            for f in read_quantities(t):
                if (
                    f.kind in ("number", "count")
                    and f.low == f.high
                    and _DIGIT.search(f.text)
                    and mine & self._lead_words(t, f.start)
                    and not self._compatible(q, [f])
                ):
                    return [f"number: the claim says {quote(q.text)}; the study {quote(f.text)}"]
        return []

    def _lead_words(self, text: str, start: int) -> frozenset[str]:
        """The content words of the three before `start`, in its clause ("a threshold of")."""
        clause = re.split(r"[,;:()]", text[:start])[-1]
        words = [w for w in clause.split()[-3:] if parse_number(w) is None]
        # "in year 1 to 52.8": a time says when, not what the figure is of
        return self._exact_words(" ".join(w for w in words if not _TIME_WORD.fullmatch(w)))

    def _swapped_digits(self, q: Quantity) -> list[str]:
        """A figure no fact states whose two neighbouring digits swapped give one a fact
        states of the same kind ("lost 85% of their coral" where the study says 58%): the
        study's figure mistyped."""
        mine = _written_digits(q)
        if mine is None or len(mine.replace(".", "")) < 2 or q.kind == "year":
            return []
        same = [
            f
            for info in self.info
            for f in info.quantities
            if f.kind == q.kind and (f.unit == q.unit or q.kind not in ("duration", "mass"))
        ]
        precise = "." in mine  # "2.41" is neither a point of "1 to 250" nor about "2.3"
        if any(
            (f.low == f.high and q.same_value(f, 0.01))
            if precise
            else (q.same_value(f) or _same_figure(q, f))
            for f in same
        ):
            return []
        if any(_rounded(q, [info]) or _total_of(q, info) for info in self.info):
            return []
        swapped = sorted(
            {f.text for f in same if (d := _written_digits(f)) and _transposed(mine, d)}
        )
        if not swapped:
            return []
        study = " or ".join(quote(t) for t in swapped)
        return [
            f"{_LABEL.get(q.kind, 'number')}: the claim says {quote(q.text)}; the study {study}"
        ]

    def _bare_figure(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A large figure in digits with nothing counted after it ("could hit 15,000 a year")
        where the fact gives figures of its order but not it, and no fact states it: the
        fact's figure told wrong."""
        if q.low != q.high or q.low < BARE_MIN or not _DIGIT.search(q.text):
            return []
        if self._noun_after(text, q) is not None and not _PER_TIME_AFTER.match(text, q.end):
            return []  # "15,000 homes": a count, checked by what it counts
        theirs = [
            f
            for f in info.quantities
            if f.kind in ("number", "count") and _DIGIT.search(f.text) and f.high >= BARE_MIN
        ]
        near = [f for f in theirs if f.low / 3 <= q.low <= f.high * 3]
        if not near or self._compatible(q, _ends(theirs)) or _rounded(q, self.info):
            return []
        for other in self.info:
            if any(
                f.kind in ("number", "count") and (f.low == q.low or f.high == q.low)
                for f in other.quantities
            ) or _total_of(q, other):
                return []
        study = " or ".join(sorted({quote(f.text) for f in near}))
        return [f"number: the claim says {quote(q.text)}; the study {study}"]

    def _counted_conflict(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """A bare number of the same thing as one of the fact's ("12,000 steps a day" where
        the study says "9,800 steps")."""
        noun = self._noun_after(text, q)
        if noun is None:
            return []
        keys = {
            n for n, _, _ in info.counted if n == noun[0] or noun[0] in self._term_heads.get(n, ())
        }
        if not keys and (later := self._noun_past_adjectives(text, q, info)):
            noun, keys = later, {later[0]}  # "two board-certified radiologists"
        same = [(w, f) for n, w, f in info.counted if n in keys]
        if (
            same
            and _precise(q)
            and any(
                (f.kind, f.low, f.high, f.bound) == (q.kind, q.low, q.high, q.bound)
                for f in info.quantities
            )
        ):
            return []  # "0.9 times in every million words" where the fact has "0.9 per million"
        if _modifier(q, noun[1], [w for w, _ in same]):
            return []  # "six X-ray vans": the word names what the vans are, not what is counted
        parts = [f for n, _, f in info.counted if n == noun[0] + PART]
        if (
            not same
            or self._compatible(q, [f for _, f in same])
            # "Four birds never solved it" where "four of the 12 birds" did not
            or (parts and self._compatible(q, parts))
            or _rounded(q, [info])
            # "61 cases" for 9 cases in one arm and 52 in the other: the total of the arms
            or _arms_total(q, info, keys)
        ):
            return []
        if self._counted_after_words(q, noun[0], (info.fact.text, *info.fact.also)):
            return []
        if _MORE_AFTER.match(text, q.end) and any(
            f.low == f.high == q.low for f in info.quantities
        ):
            return []  # "six visits and four more calls": the fact's four, of another thing
        for other in self.info:  # another fact's number of the same thing: it reports that
            if other is not info and (
                # a range of another fact's states its ends, not what lies between them
                self._compatible(q, _ends([f for n, _, f in other.counted if n == noun[0]]))
                # "12 of the 41 trials" beside "41 randomised controlled trials"
                or self._counted_after_words(q, noun[0], (other.fact.text, *other.fact.also))
            ):
                return []
        study = " or ".join(sorted({quote(f"{f.text} {w}") for w, f in same}))
        return [f"number: the claim says {quote(q.text + ' ' + noun[1])}; the study {study}"]

    def _frequency_elsewhere(self, text: str, q: Quantity, info: FactInfo) -> str | None:
        """How often something was done, where the aligned fact does not say and another fact
        says it of the same thing otherwise ("samples were collected every day" beside
        "samples were taken twice a week"), and no fact of the sheet gives this frequency."""
        if q.kind != "frequency":
            return None

        def around(t: str, f: Quantity) -> frozenset[str]:
            # what is done that often: the words near the frequency, not the study's subjects
            near = f"{t[max(0, f.start - 60) : f.start]} {t[f.end : f.end + 30]}"
            return self._words(near) - self._subject_words

        mine = around(text, q)
        theirs = [
            (len(mine & around(t, f)), f)
            for o in self.info
            if o is not info
            for t in (o.fact.text, *o.fact.also)
            for f in read_quantities(t)
            if f.kind == "frequency"
        ]
        everywhere = [f for o in self.info for f in o.quantities if f.kind == "frequency"]
        shared, study = max(theirs, key=lambda p: p[0], default=(0, None))
        if not shared or study is None or self._compatible(q, everywhere):
            return None
        return f"frequency: the claim says {quote(q.text)}; the study {quote(study.text)}"

    def _sites_elsewhere(self, text: str, q: Quantity, info: FactInfo) -> str | None:
        """A count of places (sites, clinics, countries) that the aligned fact does not count,
        where other facts count the same places and none with this figure ("eight clinics"
        beside a fact of "nine equine clinics"): how many places a study ran in is one
        number, whichever fact a claim tells it with."""
        noun = self._noun_after(text, q)
        if q.noun != "country" or noun is None:
            return None
        theirs = [
            (t, f)
            for other in self.info
            if other is not info
            for t in (other.fact.text, *other.fact.also)
            for f in read_quantities(t)
            if f.kind == "count"
            and f.noun == q.noun
            and (self._noun_after(t, f) or ("",))[0] == noun[0]
        ]
        if not theirs or self._compatible(q, [f for _, f in theirs]):
            return None
        study = " or ".join(sorted({quote(t[f.start : counted_end(t, f)]) for t, f in theirs}))
        said = quote(text[q.start : counted_end(text, q)])
        return f"number: the claim says {said}; the study {study}"

    def _period_swap(self, text: str, q: Quantity, info: FactInfo) -> list[str]:
        """The fact's count of something with another period ("one serving a day" for 1.1
        servings per week), or its time or money ("24 minutes more each day" for 24 minutes of
        walking per week)."""
        noun = self._noun_after(text, q) if q.kind == "number" else None
        said = _PERIOD.match(text, q.end)
        if (noun is None and q.kind == "number") or said is None:
            return []
        counted = self._words(text[q.start : said.start("unit")])
        for t in (info.fact.text, *info.fact.also):
            for f in read_quantities(t):
                theirs = self._noun_after(t, f) if noun is not None else None
                study = _PERIOD.match(t, f.end)
                if (
                    (
                        (theirs[0] == noun[0] if noun and theirs else f.kind == q.kind != "number")
                        # "three night shifts a week" for "three nights a month": the same
                        # figure of the same thing, however each is read
                        or (
                            study is not None
                            and _first_figure(t[f.start : f.end]) == _first_figure(q.text)
                            and bool(counted & self._words(t[f.start : study.start("unit")]))
                        )
                    )
                    and study is not None
                    and study.group("unit").lower() != said.group("unit").lower()
                    and self._compatible(q, [f])
                ):
                    return [
                        f"rate: the claim says {quote(text[q.start : said.end()].strip())}; the "
                        f"study {quote(t[f.start : study.end()].strip())}"
                    ]
        return []

    def _counted_after_words(self, q: Quantity, noun: str, texts: Sequence[str]) -> bool:
        """A fact counts the same number of the same thing with words between ("142
        secondary schools" for the claim's "142 schools")."""
        for t in texts:
            for f in read_quantities(t):
                if f.kind not in ("number", "count") or (f.low, f.high) != (q.low, q.high):
                    continue
                if q.bound in ("min", "max") and f.bound == "approx":
                    continue  # "more than 15,000" is not "nearly 15,000"
                after = re.split(r"[,;:.()]", t[f.end : f.end + 40], maxsplit=1)[0]
                if noun in self._exact_words(" ".join(after.split()[:3])):
                    return True
        return False

    @staticmethod
    def _compatible(q: Quantity, facts: Sequence[Quantity]) -> bool:
        """A claim's quantity agrees with the fact's: the same value, or within its bounds.

        A fact that gives exact values ("69.1% lost at least 10%") is not satisfied by any
        number above its threshold ("96.1%"); a fact that only gives bounds ("more than a
        week") is.
        """
        # Ages are told to the year: "62" is not a mean age of 57 (10% either side would be).
        # How often is in weeks' worth: "four times a year" is "every three months".
        tolerance = {"percent": 0.1, "duration": 0.1, "age": 0.03, "ratio": 0.03}.get(
            q.kind, 0.05 if q.kind == "frequency" else 0.0
        )
        if q.kind in ("count", "number") and _exact_figure(q):
            # "3,782 adults" is no rounding of "almost 4,000": only the exact figures stand
            facts = [f for f in facts if f.bound != "approx"] or facts
        if q.low != q.high and q.bound is None:
            # A range is right only with the study's ends: "aged 30 to 50" is not "25 to 55".
            ranges = [f for f in facts if f.low != f.high and f.bound is None]
            # (a difference's interval may be told either way round: "-55 to -13", "13 to 55")
            ends = [(q.low, q.high)] + ([(-q.high, -q.low)] if q.kind == "interval" else [])
            if ranges:
                return any(
                    abs(low - f_low) <= tolerance * abs(f_low)
                    and abs(high - f_high) <= tolerance * abs(f_high)
                    for f in ranges
                    for f_low, f_high in _range_ends(q, f)
                    for low, high in ends
                )
        if q.kind == "year" and q.low != q.high:
            # "from January 2022 to November 2023" for a study run in 2023: each end of the
            # span must be one of the study's years
            return all(any(f.low <= end <= f.high for f in facts) for end in (q.low, q.high))
        if q.kind == "percent":
            if any(_same_percent(q, f) for f in facts):
                return True
        elif any(
            q.same_value(f, tolerance)
            # "more than 15,000" is not "nearly 15,000": a bound is not an approximation
            and not (q.bound in ("min", "max") and f.bound == "approx")
            for f in facts
        ):
            return True
        if (
            q.bound == "max"
            and _PEAK.match(q.text)
            and all(
                # a range's top is the study's largest; a single figure may be a mean below it
                f.high < q.low / (1.25 if f.low < f.high and f.bound is None else 2)
                for f in facts
            )
        ):
            # "up to 10%" where the study's largest is 3.8%, "up to three hours" for sessions
            # of 40 to 95 minutes: a peak never reached
            return False
        bounded = [f for f in facts if f.bound in ("min", "max")]
        if q.kind == "age" and q.bound in ("min", "max") and bounded:
            # an age limit is a line drawn: "under 18" is not the study's "under 15"
            return any(f.bound == q.bound and q.same_value(f, tolerance) for f in bounded)
        if q.bound in ("min", "max") and any(f.within(q) for f in facts):
            return True
        exact = [f for f in facts if f.bound not in ("min", "max")]
        # "more than 3,000" is no reading of "more than 300": a bound further out claims more
        return not exact and any(q.within(f) and q.bound != f.bound for f in facts)

    def _elsewhere(
        self, q: Quantity, info: FactInfo, claim_words: frozenset[str], two_facts: bool = False
    ) -> bool:
        """The number belongs to another fact the claim also reports (a claim of two facts).

        The claim must share words with that fact that the aligned fact lacks ("... 1 in 40
        people, 80% of them women": "women" is the other fact's).
        """
        # the figure itself is no word in common: "in July 2020" shares "2020" with every
        # fact that has that year
        own = claim_words - info.words - self._words(q.text)
        for other in self.info:
            if other is info:
                continue
            # "half of" the animals is not the "50%" of an effect: a claim's number in digits
            # is another fact's only where that fact writes it in digits too
            same = [
                f
                for f in other.quantities
                if f.kind == q.kind and (_DIGIT.search(f.text) or not _DIGIT.search(q.text))
            ]
            if own & other.words and any(_same_figure(q, f) for f in same):
                return True
            # The very number another fact writes ("80%"), beside a number of the aligned fact:
            # the claim reports that fact too. A share in words is as near as words go ("half"
            # for 50.5%).
            if two_facts and any(
                (f.low, f.high) == (q.low, q.high)
                or (not _DIGIT.search(q.text) and q.same_value(f, WORDED_SHARE))
                for f in same
            ):
                return True
        return False

    def _exact_elsewhere(self, q: Quantity, info: FactInfo, claim_words: frozenset[str]) -> bool:
        """Another fact states this very value, precise enough not to be chance ("2.4%",
        "1,961"): the claim reports that fact's figure, not a wrong one of the aligned fact.
        A single year is too common for that: the other fact must share a word of the claim's that
        the aligned fact lacks ("published in 2024" is no recruitment that ended in 2024, and
        "made compulsory in July 2020" no campaign of 2020), unless several facts give it."""
        own = claim_words - info.words - self._words(q.text)
        stating = [o for o in self.info if o is not info and _states(o, q)]
        if not _precise(q) or not stating:
            return False
        shares = any(own & o.words for o in stating)
        if q.kind == "year" and info.fact.kind == "bibliographic":
            return shares
        # a span of years is precise enough; a year several facts give is the study's own
        # (its horizon, its period)
        return q.kind != "year" or q.low != q.high or len(stating) > 1 or shares

    def borrowed_figures(self, text: str, own: FactInfo, other: FactInfo) -> list[str]:
        """Figures of another study's fact (`other`) given for a finding of this study's
        (`own`) that has figures of its own of the same kind ("sales fell by 38% in the first
        year", the other city's figure, where this study's first-year fall was 28.9%)."""
        out = []
        for q in read_quantities(text):
            if q.kind not in ("percent", "number", "count"):
                continue  # times and dates say when, and a finding's when is its own
            if not any(f.kind == q.kind and q.same_value(f) for f in other.quantities):
                continue
            same = [f for f in own.quantities if f.kind == q.kind]
            if same and not self._compatible(q, same) and not _rounded(q, [own]):
                study = " or ".join(sorted({quote(f.text) for f in same}))
                out.append(f"number: the claim says {quote(q.text)}; the study {study}")
        return out

    def _length_swap(self, text: str, q: Quantity, aligned: FactInfo) -> list[str]:
        """The sheet's distance with another unit ("10 miles" for "10 km"), or a distance
        that, converted, is none of the aligned fact's ("5 kilometres" for "1,000 metres")."""
        unit = _length_unit(text[q.end :])
        if unit is None:
            return []
        said = f"{q.text} {unit[1]}"
        distances = []  # (fact, as written, in metres)
        for info in self.info:
            for t in (info.fact.text, *info.fact.also):
                for f in read_quantities(t):
                    other = _length_unit(t[f.end :])
                    written = _written_number(f)
                    if (
                        other
                        and other[0] != unit[0]
                        and written == _written_number(q) is not None
                        # a slip between near units (miles and km), not metres and km, or
                        # between the small units that differ by a letter (mm, µm, nm)
                        and (
                            0.1 < _metres()[other[0]] / _metres()[unit[0]] < 10
                            or {other[0], unit[0]} <= _SMALL_LENGTHS
                        )
                    ):
                        study = f"{f.text} {other[1]}"
                        return [f"unit: the claim says {quote(said)}; the study {quote(study)}"]
                    if other:
                        metres = _metres()[other[0]]
                        distances.append(
                            (info, f"{f.text} {other[1]}", f.low * metres, f.high * metres)
                        )
        low, high = q.low * _metres()[unit[0]], q.high * _metres()[unit[0]]
        if any(abs(low - a) <= 0.1 * a and abs(high - b) <= 0.1 * b for _, _, a, b in distances):
            return []
        # a distance of another order (a range's length beside a site's altitude) is another thing
        near = [
            w
            for info, w, a, b in distances
            if info is aligned and 0.05 < (low + high) / (a + b) < 20
        ]
        study = " or ".join(sorted({quote(w) for w in near}))
        return [f"distance: the claim says {quote(said)}; the study {study}"] if study else []

    def _unit_swap(self, q: Quantity) -> str | None:
        """The sheet's number with another unit ("68 months" for "68 weeks")."""
        if q.kind != "duration" or q.vague or not q.unit:
            return None
        written = _written_number(q)
        if any(
            f.kind == "duration" and f.unit == q.unit and _written_number(f) == written
            for i in self.info
            for f in i.quantities
        ):
            return None  # "12-week" beside "12 weeks ... follow-up to 12 months": the sheet's
        for info in self.info:
            for f in info.quantities:
                swapped = f.kind == "duration" and f.unit and f.unit != q.unit and not f.vague
                if swapped and _written_number(f) == _written_number(q) is not None:
                    return f"duration: the claim says {quote(q.text)}; the study {quote(f.text)}"
        return None

    def _direction_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """An effect the other way round: "decreased" where the study says "increased".

        The two direction words must bear on the same thing (a content word next to both),
        and neither side may use the other word too."""
        fact_text = "; ".join((info.fact.text, *info.fact.also))  # each phrasing on its own
        if self._mirrored(text, info) or self._told_from_other_side(text, info):
            return []  # "boys read less than girls" is "girls read more than boys"
        pairs = _direction_words()
        for k in _directions_in(text):
            up, down = pairs[k]
            claim_up, claim_down = self._directed(text, up), self._directed(text, down)
            key = (info.fact.id, k)
            if key not in self._fact_directed:
                self._fact_directed[key] = (
                    self._directed(fact_text, up),
                    self._directed(fact_text, down),
                )
            fact_up, fact_down = self._fact_directed[key]
            # "more limited" moves as "limited" does: a side that lacks the adjective tells
            # its direction otherwise ("fewer options" beside "options become more limited")
            claim_up, claim_down = (
                _with_adjective(claim_up, fact_text),
                _with_adjective(claim_down, fact_text),
            )
            fact_up, fact_down = _with_adjective(fact_up, text), _with_adjective(fact_down, text)
            for said, study, other_said, other_study in (
                (claim_up, fact_down, claim_down, fact_up),
                (claim_down, fact_up, claim_up, fact_down),
            ):
                if not said or not study:
                    continue
                # what is moved, but the study's subjects, who are near every change ("the
                # cows' methane fell", "the more seaweed the cows ate")
                moved = {w for _, t in said for w in t} - self._subject_words
                theirs = {w for _, t in study for w in t} - self._subject_words
                if other_said:
                    # the claim moves things both ways ("higher specificity, fewer false
                    # alarms"): a conflict only where a thing it moves one way the fact moves
                    # the other, and nothing it moves either way the fact moves alike
                    both = [
                        ({w for _, t in c for w in t} - self._subject_words,
                         {w for _, t in f for w in t} - self._subject_words)
                        for c, f in ((said, other_study), (other_said, study))
                    ]  # fmt: skip
                    # (the sheet's named things are as often what acts as what moves)
                    plain = {w for w in moved if not w.startswith(TERM_PREFIX)}
                    hit = next((d for d in study if plain & d[1]), None)
                    if hit is None or any(c & f for c, f in both):
                        continue
                    return [
                        f"direction: the claim says {quote(said[0][0])}; the study {quote(hit[0])}"
                    ]
                if other_study:
                    # the fact moves some things one way and others the other ("Neisseria
                    # became more abundant, and Prevotella less"): a conflict only where the
                    # claim's things are those the fact moves the other way, and none of those
                    # it moves the claim's way
                    agreeing = {w for _, t in other_study for w in t} - self._subject_words
                    if moved & (agreeing - theirs) or not moved & (theirs - agreeing):
                        continue
                    hit = next((d for d in study if moved & (d[1] - agreeing)), study[0])
                    return [
                        f"direction: the claim says {quote(said[0][0])}; the study {quote(hit[0])}"
                    ]
                if moved & theirs:
                    return [
                        f"direction: the claim says {quote(said[0][0])}; "
                        f"the study {quote(study[0][0])}"
                    ]
        return []

    @staticmethod
    def _rating_conflicts(text: str, info: FactInfo) -> list[str]:
        """A rating of the evidence on its fixed scale swapped for another ("rated as high"
        where the authors rated it moderate, "high-quality evidence" for low)."""
        said = _ratings(text)
        if len(said) != 1:
            return []
        study = _ratings(" ".join((info.fact.text, *info.fact.also)))
        if not study or said & study:
            return []
        (claim,) = said
        return [f"rating: the claim says {quote(claim)}; the study {quote(sorted(study)[0])}"]

    def _prefix_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A word the study negates with a prefix, said plainly ("adjuvanted" where the study
        says "unadjuvanted" or "non-adjuvanted"). Neither side may use both forms, and a word
        the claim denies ("not adjuvanted") says the same. The other way round is no conflict:
        a claim's "untreated mice" are the control group of a fact's "treated for 21 days"."""
        fact = {w.lower() for w in _WORD.findall(" ".join((info.fact.text, *info.fact.also)))}
        claimed = {w.lower() for w in _WORD.findall(text)}
        for m in _WORD.finditer(text):
            said = m.group().lower()
            if len(said) < 5 or _DENIED_BEFORE.search(text[: m.start()]):
                continue
            if _NEGATING_PREFIX.match(said):
                continue
            study = next((f for f in (p + said for p in ("un", "non-", "non")) if f in fact), None)
            if study is None or said in fact or study in claimed:
                continue
            if _ELLIPTIC_NOT.search(text, m.end()):
                continue  # "vaccinated children ... than those who had not": both are named
            return [f"opposite: the claim says {quote(m.group())}; the study {quote(study)}"]
        for m in _BEFORE_AFTER.finditer(text):
            said = m.group().lower()
            twin = _TWIN[m.group(1).lower()] + said[len(m.group(1)) :]
            if twin in fact and said not in fact and twin not in claimed:
                # "postmenopausal" where the study says "premenopausal"
                return [f"opposite: the claim says {quote(m.group())}; the study {quote(twin)}"]
        return []

    def _directed(self, text: str, pattern: re.Pattern[str]) -> list[tuple[str, frozenset[str]]]:
        """Each direction word of `text` with the content words around it (what it moves).

        "more than 40" and "fewer than 10" compare numbers, not effects; "treatment to reduce
        X" states an aim, not a result."""
        out = []
        for m in pattern.finditer(text):
            than = _THAN.match(text, m.end())
            if than and (
                parse_number(than.group("n")) is not None or _FRACTION.search(than.group("n"))
            ):
                continue  # "less than 7 hours", "fewer than seven", "by more than a third"
            if _THAN_A_UNIT.match(text, m.end()):
                continue  # "more than a minute faster", "less than an hour": an amount
            if _OR_BOUND.search(text, 0, m.start()):
                continue  # "lost 15% or more": a bound on a figure, not a change
            if _AT_LEVEL.search(text[: m.start()]) and not _RISK.match(text[m.end() :]):
                # "at lower pressures", "at a higher dose": the stimulus, not the effect (but
                # "at higher risk" is the effect)
                continue
            if re.search(r"\bto\s+$", text[: m.start()]) and not m.group().endswith("ed"):
                continue
            if _IDIOM.search(text[: m.end()]) or _LEFT.match(text, m.start()):
                continue  # "gives rise to": causes, neither more nor less; "dropped out": left
            if _WITH_STATE.search(text, 0, m.start()):
                continue  # "adults with mildly raised blood pressure": who, not an effect
            # what the word moves stays within its own conjunct: in "short sleep and elevated
            # symptoms", "elevated" moves the symptoms, not the sleep
            parts = _CONJUNCT.split(text[: m.start()])
            before = parts[-1]
            if len(parts) >= 3 and _LINK_VERB_ONLY.match(before):
                before = parts[-3]  # "X, a measure of Y, was lower": X is what it moves
            after = _CONJUNCT.split(text[m.end() :])[0]
            # two words before it and three after, with a term of the sheet that reaches into
            # them whole ("fractional anisotropy was higher")
            before = before.rstrip()
            cut = len(before) - len(" ".join(before.split()[-2:]))
            after = after.lstrip()
            end = len(" ".join(after.split()[:3]))
            near = [t.norm for t in self._plain_terms.tokens(before) if t.end > cut]
            near += [t.norm for t in self._plain_terms.tokens(after) if t.start < end]
            adjective = _COMPARED_ADJECTIVE.match(text, m.end())
            if adjective and m.group().lower() in _COMPARATIVES:
                # "more limited": the direction is the adjective's, kept with the word
                out.append((m.group() + adjective.group(), frozenset(near)))
                continue
            out.append((m.group(), frozenset(near)))
        return out

    def _sex_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """ "men" where the fact's people are women (or the other way round)."""
        claim = _sexes(text)
        if not claim:
            return []
        fact = _sexes(" ".join((info.fact.text, *info.fact.also)))
        if len(claim) == 1 and len(fact) == 1 and claim != fact:
            (said,), (study,) = claim, fact
            return [f"population: the claim is about {said}; the study's people are {study}"]
        return []

    def _species_conflicts(self, text: str, aligned: bool = True) -> list[str]:
        """An animal named where the study used others, or none ("in mice" for a study of
        people). A claim aligned to no fact must speak of the study or its treatment to say
        where it was found ("the size of the fish" in an aside says nothing of it)."""
        groups = _species_groups()
        found = {groups[m.group().lower()]: m.group() for m in _animals_named(text)}
        wrong = sorted(set(found) - self._known_species)
        if not wrong:
            return []
        if not self._known_species:
            # A study of cells or people: a claim that the finding was in animals.
            if self._study_scope not in ("cell", "human") or ANOTHER_STUDY.search(text):
                return []
            if not cues.read(text).subjects & {"animal"}:
                return []  # "mouse antibodies" names a material, not who it was found in
            if not aligned and not (
                STUDY_SUBJECT.search(text)
                or presents_finding(text)
                or self._treatment(self._words(text))
            ):
                return []
            where = self.sheet.study.subjects or "people"
            return [
                f"population: the claim says {quote(found[wrong[0]])}; the study was in {where}"
            ]
        # the sheet's own word for its subjects ("mice"), else the species it names ("mouse")
        study = self.sheet.study.subjects or " and ".join(sorted(self._known_species))
        return [f"population: the claim says {quote(found[wrong[0]])}; the study used {study}"]

    def _institution_conflicts(self, text: str) -> list[str]:
        """The study credited to a university the sheet never names ("Oxford researchers")."""
        if OUTSIDER.search(text):
            return []
        for name in _credited_institutions(text):
            if not _named_among(name, self.sheet.study.institutions) and (
                fuzz.partial_ratio(name.lower(), self._known_lower) < 85
                or self._unknown_name_word(name)
            ):
                known = ", ".join(self.sheet.study.institutions[:3]) or "other institutions"
                return [
                    f"institution: the claim credits {quote(name)}; the study's institutions "
                    f"are {known}"
                ]
        return []

    def _unknown_name_word(self, name: str) -> str | None:
        """A distinctive word of a name that the sheet never writes, nor a misspelling of one
        ("Wexford" where the sheet has "Wexcombe"; "Wexcome" is a misspelling of it)."""
        if self._sheet_words is None:
            self._sheet_words = frozenset(re.findall(r"[^\W\d_]{3,}", self._known_lower))
        own: set[str] = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", name)}
        own -= {w.lower() for w in _ORGANISATION_WORD} | {"uni", "the", "and"}
        for word in sorted(own - self._sheet_words):
            if not any(fuzz.ratio(word, k) >= 85 for k in self._sheet_words if k[:1] == word[:1]):
                return word
        return None

    def _affiliation_conflicts(self, text: str) -> list[str]:
        """A person of the sheet placed at an institution that shares no name with the one
        the sheet gives them ("Professor Roe of the University of Leeds" where the sheet has
        "Jane Roe of the Department of Surgery, University of York")."""
        for surname, known in self._affiliations.items():
            person = self._person_named(surname)
            said = affiliations(text, person)
            if said and not any(_same_place(a, k) for a in said for k in known):
                return [
                    f"affiliation: the claim places {person} at {quote(said[0])}; the study, "
                    f"at {quote(known[-1])}"
                ]
        return []

    def _unit_conflicts(self, text: str) -> list[str]:
        """A school, department or post named with a field the sheet never gives it: "at
        Northmere's School of Engineering" where the study's school is "of the Built
        Environment"; "Castellane, a professor of psychology" where the sheet has him as
        "Professor of Systems Neuroscience". A post is checked against the posts and units the
        sheet gives that person; a unit, where the claim speaks of the study's own people or
        institutions, against every unit the sheet names."""
        if OUTSIDER.search(text):
            return []
        units, posts = self._units_and_posts()
        named = [(at, p) for at, p in self._surnames_at(text) if p not in self._outsiders]
        for m in _TITLE_FIELD.finditer(text):
            near = min(named, key=lambda n: abs(n[0] - m.start()), default=None)
            if near is None or abs(near[0] - m.start()) > 80:
                continue
            theirs = posts.get(near[1].lower(), [])
            said = _field_words(m["field"])
            if theirs and said and not any(_field_within(said, k) for k, _ in theirs):
                return [
                    f"post: the claim says {quote(m.group())}; the study: {quote(theirs[0][1])}"
                ]
        ours = named or any(w in text for w in self._institution_words)  # the study's own
        if not ours or not units:
            return []
        for m in _UNIT_SAID.finditer(text):
            said = _field_words(m["field"])
            if said and not any(_field_within(said, k) for k, _ in units):
                return [f"institution: the claim says {quote(m.group())}; the study: "
                        f"{quote(units[0][1])}"]  # fmt: skip
        return []

    def _surnames_at(self, text: str) -> list[tuple[int, str]]:
        """Where the text names each of the sheet's people: (offset, surname)."""
        folded = unaccented(text)
        return [
            (m.start(), p)
            for p in self._people
            for m in re.finditer(rf"\b{re.escape(p)}\b", folded)
        ]

    def _units_and_posts(self) -> tuple[_Fields, dict[str, _Fields]]:
        """The units the sheet names, and the posts and units it gives each person (by the
        nearest surname in the sentence), as (field words, as written); read once."""
        if self._unit_cache is not None:
            return self._unit_cache
        texts = [
            *(t for f in self.sheet.facts for t in (f.text, *f.also)),
            *self.sheet.study.institutions,
            *(a for term, alts in self.sheet.terms.items() for a in (term, *alts)),
        ]
        units = [
            (_field_words(m["field"]), m.group())
            for t in texts
            for m in _UNIT_KNOWN.finditer(t)
            if _field_words(m["field"])
        ]
        posts: dict[str, _Fields] = {}
        for t in texts:
            names = self._surnames_at(t)
            for m in [*_TITLE_FIELD.finditer(t), *_UNIT_KNOWN.finditer(t)]:
                near = min(names, key=lambda n: abs(n[0] - m.start()), default=None)
                if near is not None and _field_words(m["field"]):
                    posts.setdefault(near[1].lower(), []).append(
                        (_field_words(m["field"]), m.group())
                    )
        # a person with a unit but no post has nothing a post can be checked against
        posts = {
            p: found for p, found in posts.items() if any(_TITLE_FIELD.match(w) for _, w in found)
        }
        self._unit_cache = (units, posts)
        return self._unit_cache

    def _lead_conflicts(self, text: str) -> list[str]:
        """The work said to be led by a partner of the sheet's lead institution ("led by the
        University of X" where the sheet: "led by Y, with the University of X")."""
        said = lead_institution(text) if _LED_BY.search(text) else None
        if said is None or self._lead is None:
            return []
        lead = self._lead.lower()
        if (
            max(fuzz.partial_ratio(said.lower(), lead), fuzz.partial_ratio(lead, text.lower()))
            >= 85
            # "Leeds University" for "University of Leeds" (not "Leeds University Hospital")
            or _named_among(said, [self._lead])
            and set(said.split()) & _ORGANISATION_WORD <= set(self._lead.split())
        ):
            return []
        if fuzz.partial_ratio(said.lower(), self._known_lower) < 85:
            return []  # a university the sheet never names: the institution check's
        return [
            f"lead institution: the claim says led by {quote(said)}; "
            f"the study was led by {quote(self._lead)}"
        ]

    def _funder_conflicts(self, text: str) -> list[str]:
        """The work said to be paid for by someone the sheet never names, where the sheet
        says who funded it ("funded by the Department of Education")."""
        m = _FUNDED_BY.search(text)
        if not m or not self._funding:
            return []
        whole = (m.group("who") or m.group("who2")).strip(" .,")
        cuts = [a.span() for a in _FUNDER_AND.finditer(whole)][:4]
        # Which "and"s part two names: "the Foundation for Science and Technology" is one
        # name, "the X Trust and NASA" two. The most names of two words or more (or in
        # capitals) that the "and"s can part are read; the claim holds if one such reading
        # names only the sheet's funders.
        readings: dict[int, list[list[str]]] = {}
        for mask in range(2 ** len(cuts)):
            names, start = [], 0
            for k, (a, b) in enumerate(cuts):
                if mask >> k & 1:
                    names.append(whole[start:a])
                    start = b
            names.append(whole[start:])
            if all(len(n.split()) >= 2 or n.isupper() for n in names):
                readings.setdefault(len(names), []).append(names)
        if not readings:
            return []
        unknown = [
            [n for n in names if not self._known_funder(n)] for names in readings[max(readings)]
        ]
        if any(not u for u in unknown):
            return []
        return [f"funder: the claim says {quote(unknown[0][0])}; the sheet: {quote(self._funding)}"]

    def _known_funder(self, named: str) -> bool:
        """The sheet names this funder: in its words, or put another way (or translated:
        "Portugal's Foundation for Science" for "Portugal's science foundation"), sharing half
        its words, and two of them, with one funder the sheet names (not a word here and one
        there). A name the sheet gives only in another part ("seaweed supplied by X") is not
        a funder's."""
        bare = re.sub(r"\A[A-Z][\w.]*['’]s\s+", "", named)  # "the UK's Economic ..."
        if max(fuzz.partial_ratio(n.lower(), self._funding_lower) for n in (named, bare)) >= 85:
            return True
        said = _name_words(named)
        if any(
            len(said & funder) * 2 >= len(said)
            and (len(said & funder) >= 2 or len(said) == 1)
            and not _other_body(said, funder)
            for funder in self._funders
        ):
            return True  # "Ministry of Health" is not the "Child Health Foundation"
        # named elsewhere in the sheet, but not as a funder ("supplied by X"), where the sheet
        # names its funders: someone else
        return not self._funders and fuzz.partial_ratio(named.lower(), self._known_lower) >= 85

    def _journal_conflicts(self, text: str) -> list[str]:
        journal = self.sheet.study.journal
        m = _JOURNAL.search(text)
        if not journal or not m:
            return []
        named = m.group(1).strip(" .,")
        subtitle = _SUBTITLE.match(text, m.end(1))
        if subtitle:  # "NeuroImage: Clinical", "Circulation: Heart Failure"
            named = f"{named}: {subtitle.group(1)}"
        if len(named) < 4 or not _JOURNAL_WORDS.search(named):
            return []
        named = re.sub(r"\A(?:[a-z-]+\s+){0,3}journal\s+(?=[A-Z])", "", named)  # "the top journal"
        named = _WHEN_BEFORE_JOURNAL.sub("", named)  # "in October in the Journal of ..."
        # a journal the sheet names (this study's, a related study's, or one written with
        # its capitals in the sheet's text); "Coral Reefs" is not named by a sheet that speaks
        # of coral reefs
        journals = [journal, *(r.journal for r in self.sheet.related if r.journal)]
        if any(j.lower().startswith(named.lower()) and j.lower() in text.lower() for j in journals):
            return []  # named in full, commas and all ("Journal of Water, Sanitation and ...")
        elsewhere = self._known_text
        for j in journals:
            elsewhere = elsewhere.replace(j, " ")
        known = bool(re.search(rf"\b{re.escape(named)}\b", elsewhere)) or any(
            fuzz.partial_ratio(named.lower(), j.lower()) >= 85
            # of about one length: "Science" is not "Journal of Reef Science", nor "Cancer
            # Research" "Cancers"
            and 0.6 <= len(named) / len(j) <= 1 / 0.6
            # and word for word: "Journal of Pelagic Biology" is not "... Pelagic Ecology"
            and _words_alike(named, j)
            for j in journals
        )
        if known and not _sister_journal(named, journal):
            return []
        return [f"journal: the claim says {quote(named)}; the study appeared in {journal}"]

    def _code_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A code of letters and digits the sheet never writes, in place of the fact's one
        with the same letters ("PER3" for the gene PER2, "CD8" for CD4, "H3N2" for H5N1)."""
        fact = " ".join((info.fact.text, *info.fact.also))
        theirs = {_code_key(m.group()): m.group() for m in _CODE.finditer(fact)}
        if not theirs:
            return []
        known = {_code_key(m.group()) for m in _CODE.finditer(self._known_text)}
        said = {_code_key(m.group()): m.group() for m in _CODE.finditer(text)}
        for key, code in said.items():
            if key in known:
                continue
            stem = _CODE_STEM.match(key)
            study = [
                c
                for k, c in theirs.items()
                if stem and k not in said and _CODE_STEM.match(k)[0] == stem[0]  # type: ignore[index]
            ]
            if study:
                return [f"name: the claim says {quote(code)}; the study {quote(study[0])}"]
        return []

    def _named_place_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A museum, registry, hospital or the like named in place of the fact's one of the
        same kind ("the British Museum" for "the Naryn Regional Museum of History", "the
        Danish Cancer Registry" for "the Danish National Patient Registry")."""
        if OUTSIDER.search(text):
            return []
        fact_text = " ".join((info.fact.text, *info.fact.also))
        theirs = [(m.group("head").lower(), m.group(1)) for m in _NAMED_PLACE.finditer(fact_text)]
        if not theirs:
            return []
        for m in _NAMED_PLACE.finditer(text):
            head = m.group("head").lower()
            same = [name for h, name in theirs if h == head]
            words = set(_CAPITALISED.findall(m.group(1))) - {m.group("head")}
            if same and words and not any(words <= set(_CAPITALISED.findall(n)) for n in same):
                study = " or ".join(quote(n) for n in same)
                return [f"institution: the claim says {quote(m.group(1))}; the study {study}"]
        return []

    def _given_name_conflict(self, name: str) -> str | None:
        """ "Dr Rakesh Malhotra" where the sheet names only "Rajesh Malhotra": a known surname
        with another first name (an initial, or a first name the sheet gives, is no
        conflict)."""
        words = re.sub(r"['’]s$", "", name).split()
        if len(words) < 2 or len(words[0].rstrip(".")) < 2:
            return None
        first, surname = words[0], words[-1]
        pattern = rf"\b([{UPPER}][\w'’-]+)\s+(?:[{UPPER}]\.\s+)?{re.escape(surname)}\b"
        firsts = {f for f in re.findall(pattern, self._known_text) if f not in _TITLE_WORDS}
        if not firsts or unaccented(first).lower() in {unaccented(f).lower() for f in firsts}:
            return None  # "Siobhan" is "Siobhán"
        study = " or ".join(quote(f"{f} {surname}") for f in sorted(firsts))
        return f"name: the claim says {quote(f'{first} {surname}')}; the study {study}"

    def _title_conflict(self, m: re.Match[str]) -> str | None:
        """ "Professor Priya Roe" for the sheet's "Dr Priya Roe": a professor's title the sheet
        never gives that person (a professor called "Dr" is no conflict: most are)."""
        title = m.group().split()[0].rstrip(".")
        if title.lower() not in ("prof", "professor"):
            return None
        surname = re.escape(re.sub(r"['’]s$", "", m.group("name").split()[-1]))
        given = rf"(?:(?!Dr\b|Prof)[{UPPER}][\w'’.-]*\s+){{0,2}}"
        professor = (
            rf"\bProf(?:essor|\.)?\s+{given}{surname}\b"
            rf"|\b{surname}\b,?\s+(?:who\s+is\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}"
            r"(?i:professor)\b"
        )
        doctor = rf"\b(?:Dr|Doctor)\.?\s+{given}{surname}\b"
        texts = [
            *(t for f in self.sheet.facts for t in (f.text, *f.also)),
            *(t for term, alts in self.sheet.terms.items() for t in (term, *alts)),
        ]  # one by one: a list of names run together would put a title on the wrong one
        if any(re.search(professor, t) for t in texts) or not any(
            re.search(doctor, t) for t in texts
        ):
            return None
        return (
            f"title: the claim says {quote(m.group().strip())}; the study calls "
            f'{quote(m.group("name"))} "Dr", not a professor'
        )

    def _lookalike_names(self, text: str, info: FactInfo) -> list[str]:
        """A name of the fact written as another that starts alike ("St Cuthbert's Hospice"
        for St Cuthwin's, "Ravenswood" for Ravensmere), where the claim reports that fact,
        does not also write the fact's name, and the sheet never writes the claim's."""
        fact_names = {w for t in (info.fact.text, *info.fact.also) for w in _capitalised_words(t)}
        if not fact_names:
            return []
        said = _capitalised_words(text)
        known = self._known_lower
        for word in said - fact_names:
            if re.search(rf"\b{re.escape(word.lower())}", known) or topic.known(stem(word.lower())):
                continue  # a name of the sheet's, or a word of common use ("Northern")
            for theirs in fact_names - said:
                a, b = word.lower(), theirs.lower()
                shared = len(os.path.commonprefix([a, b]))
                # (a form of the same name differs only at its end: "Massaliot", "Massalia";
                # a misspelling by a letter or two is the same name: "Wallenburg")
                if 4 <= shared < min(len(a), len(b)) - 1 and 50 <= fuzz.ratio(a, b) < 80:
                    return [f"name: the claim says {quote(word)}; the study {quote(theirs)}"]
        return []

    def _name_conflicts(self, text: str, info: FactInfo) -> list[str]:
        """A person the sheet never names, where the fact names who it was (authors, quotes)."""
        fact_text = " ".join((info.fact.text, *info.fact.also))
        names_people = (
            info.fact.kind == "quote"
            or bool(NAME.search(fact_text))
            or (
                info.fact.kind == "bibliographic"
                and re.search(r"\bauthor|\bled\b|investigator", fact_text, re.I)
            )
        )
        if not names_people or not self._lists_people or OUTSIDER.search(text):
            return []
        for m in TITLED_NAME.finditer(text):
            if _STREET_BEFORE.search(text, 0, m.start()):
                continue  # "Rua Dr. António Bernardino de Almeida": a street, no one
            surname = re.sub(r"['’]s$", "", m.group("name").split()[-1]).lower()
            known = self._known_surnames
            if surname in known:
                wrong = self._given_name_conflict(m.group("name")) or self._title_conflict(m)
                if wrong:
                    return [wrong]
                continue
            if any(fuzz.ratio(surname, k) >= 85 for k in known):
                continue
            return [
                f"name: the claim names {quote(m.group().strip())}, whom the study does not name"
            ]
        return []
