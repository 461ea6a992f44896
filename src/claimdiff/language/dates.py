"""Dates written in text: "18 February 2025", "February 18, 2025", "March 2025", "in March",
"2021-07-01". A date may lack its day or its year; a month alone counts only after a
preposition ("in March"), and "May" only with a day or a year (it is also a verb)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        1,
    )
    for name in names
}

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_DATE = re.compile(
    rf"\b(?P<d1>{_DAY})\s+(?:of\s+)?(?P<m1>{_MONTH}),?(?:\s+(?P<y1>{_YEAR}))?"  # 18 February (2025)
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})(?:,?\s+(?P<y2>{_YEAR}))?"  # February 18(, 2025)
    rf"|\b(?P<m3>{_MONTH}),?\s+(?P<y3>{_YEAR})"  # February 2025
    rf"|\b(?P<y4>{_YEAR})-(?P<m4>[01]\d)-(?P<d4>[0-3]\d)\b"  # 2025-02-18
    rf"|\b(?i:in|on|since|from|until|till|by|during|between|early|late|mid-?)\s+(?P<m5>{_MONTH})\b"
    rf"(?!,?\s+(?:{_DAY}|{_YEAR}))"
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: its span and the parts it gives (day and year may be missing)."""

    start: int
    end: int
    text: str
    month: int
    day: int | None = None
    year: int | None = None

    def agrees(self, other: DateMention) -> bool:
        """Whether the two can name the same day: same month, and the same day where both
        give one (years are left to the year checks)."""
        if self.month != other.month:
            return False
        return self.day is None or other.day is None or self.day == other.day


def _month(word: str) -> int | None:
    """The number of a month's name or its abbreviation ("Feb", "Sept."); None for "Mark"."""
    word = word.rstrip(".").lower()
    if word in MONTHS:
        return MONTHS[word]
    full = (n for name, n in MONTHS.items() if len(name) > 4 and name.startswith(word))
    return next(full, None)


def read_dates(text: str) -> list[DateMention]:
    """Every date of `text`, in order."""
    out = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        if g["m4"]:
            month, day, year = int(g["m4"]), int(g["d4"]), int(g["y4"])
            if not 1 <= month <= 12:
                continue
        else:
            word = g["m1"] or g["m2"] or g["m3"] or g["m5"]
            month_or_none = _month(word)
            if month_or_none is None or (g["m5"] and word.rstrip(".") == "May"):
                continue
            month = month_or_none
            raw_day = g["d1"] or g["d2"]
            day = int(re.sub(r"\D", "", raw_day)) if raw_day else 0
            raw_year = g["y1"] or g["y2"] or g["y3"]
            year = int(raw_year) if raw_year else 0
        start = m.start("m5") if g["m5"] else m.start()
        out.append(
            DateMention(start, m.end(), text[start : m.end()], month, day or None, year or None)
        )
    return out


def parse_date(text: str) -> dt.date | None:
    """The first full date of `text` ('1 July 2021', 'July 1, 2021' or '2021-07-01')."""
    for d in read_dates(text):
        if d.day and d.year:
            with contextlib.suppress(ValueError):
                return dt.date(d.year, d.month, d.day)
    return None


_SPAN = re.compile(
    rf"\b(?P<d1>{_DAY})\s*(?:-|–|to|and)\s*(?P<d2>{_DAY})\s+(?P<m1>{_MONTH})\b"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d3>{_DAY})\s*(?:-|–|to|and)\s*(?P<d4>{_DAY})\b"
)


def day_spans(text: str) -> list[tuple[int, int, int]]:
    """The spans of days within one month that `text` gives ("21 to 27 June", "June 21-27"):
    (month, first day, last day)."""
    out = []
    for m in _SPAN.finditer(text):
        month = _month(m.group("m1") or m.group("m2"))
        days = [
            int(re.sub(r"\D", "", m.group(g) or "")) for g in ("d1", "d2", "d3", "d4") if m.group(g)
        ]
        if month is not None and len(days) == 2 and days[0] < days[1]:
            out.append((month, days[0], days[1]))
    return out


# Seasons by the months they can be, in either hemisphere: spring and autumn are March to
# May or September to November; summer and winter are June to August or December to
# February (a winter "of 2022" may begin in December 2021 or end in February 2023).
_SEASON = re.compile(
    rf"\b(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>{_YEAR})",
    re.I,
)
_MIDYEAR = (3, 4, 5, 9, 10, 11)
_TURN = (6, 7, 8)


@dataclass(frozen=True, slots=True)
class SeasonMention:
    """A season of a year as written, with the (year, month) pairs it can mean."""

    start: int
    end: int
    text: str
    months: frozenset[tuple[int, int]]


def read_seasons(text: str) -> list[SeasonMention]:
    """Every "spring of 2022" / "winter 2021" of `text`.

    >>> sorted(read_seasons("in the autumn of 2022")[0].months)[:2]
    [(2022, 3), (2022, 4)]
    """
    out = []
    for m in _SEASON.finditer(text):
        y = int(m["year"])
        if m["season"].lower() in ("spring", "autumn", "fall"):
            months = {(y, n) for n in _MIDYEAR}
        else:
            months = {(y, n) for n in (*_TURN, 1, 2, 12)} | {(y - 1, 12), (y + 1, 1), (y + 1, 2)}
        out.append(SeasonMention(m.start(), m.end(), m.group(), frozenset(months)))
    return out


_PERIOD = re.compile(
    rf"\b(?:between|from)\s+(?P<m1>{_MONTH})\s+(?P<y1>{_YEAR})\s+(?:and|to|until|till|through)"
    rf"\s+(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR})"
    rf"|\b(?P<m3>{_MONTH})\s+(?P<y3>{_YEAR})\s*(?:-|–|to|until)\s*(?P<m4>{_MONTH})\s+(?P<y4>{_YEAR})"
)


def read_periods(text: str) -> list[tuple[str, tuple[int, int], tuple[int, int]]]:
    """Each span of months with years `text` gives ("between September 2021 and January
    2022"): (as written, (first year, month), (last year, month))."""
    out = []
    for m in _PERIOD.finditer(text):
        g = ("1", "2") if m["m1"] else ("3", "4")
        first, last = _month(m["m" + g[0]]), _month(m["m" + g[1]])
        if first is not None and last is not None:
            begin, end = (int(m["y" + g[0]]), first), (int(m["y" + g[1]]), last)
            out.append((m.group(), begin, end))
    return out
