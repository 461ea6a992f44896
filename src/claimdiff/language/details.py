"""Checkable details of a sentence by category, and the swaps between a claim and a fact.

A detail is a word or phrase of a study-independent category (`data/details.toml`): a body
fluid or substance, a body part, a cell type, a stimulus, how a treatment is given, an age
group or health of the people studied; or a country (`data/institutions.toml`). A claim that
names details of a category where its fact names others of the same category, and none that
fits, has swapped a detail ("serum" where the study used purified antibodies).

A sheet's own `[terms]` join a category through their phrases: with the term
`IgG = ["antibodies", ...]`, "IgG" is a substance of the "antibodies" group.

    >>> book = DetailBook()
    >>> [(s.category, s.said.text, [d.text for d in s.study]) for s in
    ...  book.swaps("Mice were injected with serum.", "Mice were given purified antibodies.")]
    [('substance', 'serum', ['antibodies'])]
    >>> book.swaps("Antibodies from blood were given.", "Purified antibodies were given.")
    []

People's roles ("lead author", "nurse") are tied to the person they describe: see
`roles_by_person`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from claimdiff.locations import data_file

COUNTRY = "country"
ROLE = "role"
_REMEMBERED = 4096  # texts whose details a book keeps


@dataclass(frozen=True, slots=True)
class Detail:
    """One detail found in a text."""

    category: str  # the key in details.toml ("substance"), or "country"
    group: str  # the detail it names ("serum")
    text: str  # as written
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Swap:
    """A claim's details of one category that fit none of its fact's."""

    category: str
    label: str  # how a reason names the category ("substance", "population")
    said: Detail  # the claim's detail (the first one)
    study: tuple[Detail, ...]  # the fact's details of that category


@dataclass(frozen=True, slots=True)
class _Category:
    label: str
    within: Mapping[str, frozenset[str]]  # group -> all groups it is part of (transitively)
    narrower_ok: bool
    case_sensitive: bool = False


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(data_file("details.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, Any]:
    return tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))


def _closure(direct: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Every group each group is part of, following `within` transitively."""
    out: dict[str, frozenset[str]] = {}
    for group in direct:
        seen: set[str] = set()
        todo = list(direct[group])
        while todo:
            g = todo.pop()
            if g not in seen:
                seen.add(g)
                todo.extend(direct.get(g, ()))
        out[group] = frozenset(seen)
    return out


def _pattern(phrases: Iterable[str], case_sensitive: bool) -> re.Pattern[str] | None:
    alts = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(r"\s+".join(map(re.escape, p.split())) for p in alts)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)


class DetailBook:
    """The detail categories, with a sheet's terms joined to them (built once per sheet)."""

    def __init__(self, terms: Mapping[str, Sequence[str]] | None = None) -> None:
        data = _data()
        self._categories: dict[str, _Category] = {}
        self._group_of: dict[tuple[str, str], str] = {}  # (category, folded phrase) -> group
        phrases: dict[str, set[str]] = {}
        for key, spec in data.items():
            if key in ("ignore", ROLE) or not isinstance(spec, dict) or "groups" not in spec:
                continue
            self._categories[key] = _Category(
                label=str(spec.get("label", key)),
                within=_closure(spec.get("within", {})),
                narrower_ok=bool(spec.get("narrower_ok", False)),
            )
            for group, words in spec["groups"].items():
                for w in words:
                    self._group_of[(key, _fold(w))] = group
                    phrases.setdefault(key, set()).add(w)
        countries = _countries()
        self._categories[COUNTRY] = _Category(
            label="country",
            within=_closure(countries.get("country_within", {})),
            narrower_ok=True,
            case_sensitive=True,
        )
        for group, words in countries.get("countries", {}).items():
            for w in words:
                self._group_of[(COUNTRY, _fold(w))] = group
                phrases.setdefault(COUNTRY, set()).add(w)
        # A sheet's term joins the category of any of its phrases ("IgG" = "antibodies"), and
        # its phrases are one group there: the sheet's "pupils" for "adolescents" are no
        # children, whatever the general lists say.
        for term, alts in (terms or {}).items():
            for key in list(self._categories):
                if key == COUNTRY:
                    continue
                group = next(
                    (
                        g
                        for a in (term, *alts)
                        if (g := self._group_of.get((key, _fold(a)))) is not None
                    ),
                    None,
                )
                if group is not None:
                    for a in (term, *alts):
                        self._group_of[(key, _fold(a))] = group
                        phrases[key].add(a)
        # Phrases are looked up word by word (the longest phrase at a place wins: "blood
        # vessels" is a body part, not blood); country names keep their case ("US", not "us").
        self._of: dict[str, list[tuple[str, str]]] = {}  # folded phrase -> (category, group)
        self._countries: dict[str, str] = {}  # phrase as written -> country
        for (key, folded), group in self._group_of.items():
            if key != COUNTRY:
                self._of.setdefault(folded, []).append((key, group))
        for group, words in countries.get("countries", {}).items():
            for w in words:
                self._countries[" ".join(_WORDS.findall(w))] = group
        for phrase in data.get("ignore", {}).get("phrases", []):
            self._of.setdefault(_fold(" ".join(_WORDS.findall(phrase))), [])
        self._longest = max((len(k.split()) for k in (*self._of, *self._countries)), default=1)
        self._first = frozenset(k.split()[0] for k in self._of if k) | frozenset(
            k.split()[0].lower() for k in self._countries if k
        )
        # each check of a claim asks again for the same texts' details
        self._found: dict[str, tuple[Detail, ...]] = {}

    def label(self, category: str) -> str:
        return self._categories[category].label

    def find(self, text: str) -> list[Detail]:
        """The details a text names, in text order; where phrases overlap the longest wins
        ("blood vessels" is a body part, not blood), and the same words may name details of
        two categories. Idioms ("blood pressure", "the common cold") name no detail."""
        found = self._found.get(text)
        if found is None:
            if len(self._found) >= _REMEMBERED:
                self._found.clear()
            found = self._found[text] = tuple(self._find(text))
        return list(found)

    def _find(self, text: str) -> list[Detail]:
        words = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(text)]
        low = [re.sub(r"'s$", "", w.lower().replace("\u2019", "'")) for w, _, _ in words]
        found: list[Detail] = []
        i = 0
        while i < len(words):
            step = 1
            joined = low[i].replace("-", " ")
            if joined != low[i] and joined in self._of:  # "immune-system disorder"
                w, start, end = words[i]
                found.extend(Detail(k, g, w, start, end) for k, g in self._of[joined])
                i += 1
                continue
            if low[i] not in self._first:
                i += 1
                continue
            for n in range(min(self._longest, len(words) - i), 0, -1):
                start, end = words[i][1], words[i + n - 1][2]
                hits = self._of.get(" ".join(low[i : i + n]))
                country = self._countries.get(" ".join(w for w, _, _ in words[i : i + n]))
                if hits is None and country is None:
                    continue
                said = text[start:end]
                if not _inside_name(words, i, n):
                    found.extend(Detail(k, g, said, start, end) for k, g in hits or ())
                if country is not None:
                    found.append(Detail(COUNTRY, country, said, start, end))
                step = n
                break
            i += step
        return found

    def fits(self, category: str, said: str, study: str) -> bool:
        """A claim's detail fits the fact's: the same, broader, or (where a subgroup may be
        reported) narrower."""
        if said == study:
            return True
        cat = self._categories[category]
        if said in cat.within.get(study, ()):
            return True  # the claim names the broader detail
        return cat.narrower_ok and study in cat.within.get(said, ())

    def broader(self, category: str, wide: str, narrow: str) -> bool:
        """`wide` contains `narrow` ("United Kingdom" contains "Scotland")."""
        return wide in self._categories[category].within.get(narrow, ())

    def swaps(
        self,
        claim: str | Sequence[Detail],
        fact: str | Sequence[Detail],
        categories: Iterable[str] | None = None,
    ) -> list[Swap]:
        """Categories in which the claim names details and none of them fits any the fact
        names (the fact naming at least one)."""
        said = self.find(claim) if isinstance(claim, str) else list(claim)
        study = self.find(fact) if isinstance(fact, str) else list(fact)
        allowed = set(categories) if categories is not None else None
        out = []
        for key in dict.fromkeys(d.category for d in said):
            if allowed is not None and key not in allowed:
                continue
            mine = [d for d in said if d.category == key]
            theirs = [d for d in study if d.category == key]
            if not theirs:
                continue
            if any(self.fits(key, m.group, t.group) for m in mine for t in theirs):
                continue
            unique = tuple({t.group: t for t in theirs}.values())
            out.append(Swap(key, self.label(key), mine[0], unique))
        return out


# the last word of the name of a thing ("the Spence Children's Anxiety Scale", "Leeds
# Children's Hospital"): a detail word inside such a name names the thing, not a detail
_NAME_HEADS = frozenset(
    [
        "scale",
        "scales",
        "questionnaire",
        "inventory",
        "index",
        "hospital",
        "hospitals",
        "trust",
        "foundation",
        "fund",
        "society",
        "institute",
        "centre",
        "center",
        "unit",
        "clinic",
        "charity",
        "service",
        "commission",
        "council",
        "school",
        "college",
        "university",
        "programme",
        "program",
    ]
)


def _inside_name(words: Sequence[tuple[str, int, int]], i: int, n: int) -> bool:
    """Words i..i+n are capitalised and run on, in capitals, to a name's last word within
    three words ("Children's Anxiety Scale")."""
    if not words[i][0][:1].isupper():
        return False
    for w, _, _ in words[i + n : i + n + 3]:
        if not w[:1].isupper():
            return False
        if w.lower() in _NAME_HEADS:
            return True
    return False


_WORDS = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?(?:\.(?=[A-Za-z]\.))?(?:[A-Za-z]\.)*")
"""A word: letters and digits, inner hyphens and apostrophes ("co-author", "mother's"), and
the dots of an initialism ("U.S.")."""


def _fold(text: str) -> str:
    """A phrase as the lookup sees it: its words, lower case, one space apart."""
    return " ".join(w.lower().replace("\u2019", "'") for w in _WORDS.findall(text))


# ------------------------------------------------------------------ people's roles

_APPOSED = re.compile(r"^[\s,]*(?:(?:Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$")
_NAMED_AS = re.compile(
    r"^\s+(?:is|was|are|were)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}$"
)
# "the senior author and corresponding author", "a surgeon and the study's lead author"
_ROLE_AND = re.compile(
    r"^\s*(?:and|&|/)\s+(?:the\s+|a\s+)?"
    r"(?:(?:study|paper|trial|research|review|report|article)['’]s\s+)?$",
    re.I,
)
_ROLE_CUT = re.compile(r"[;:()]|\.\s|,\s*(?:and|but|while|whereas)\b", re.I)
# "... is the study's senior author": the subject's role (the work it belongs to may be named)
_COPULA = re.compile(
    r"\b(?:is|was|are|were|being)\s+(?:(?:the|a|an|its|their|also|"
    r"(?:study|paper|trial|research|review|report|article)['’]s)\s+)*\Z",
    re.I,
)
_ROLE_NOUN = r"(authors?|investigators?|researchers?|scientists?)\b"
# "the lead (first) author": a word in brackets inside a role names the same role
_ROLE_ASIDE = re.compile(r"\s*\([\w -]{1,20}\)\s*(?=" + _ROLE_NOUN + ")", re.I)
# "the senior and corresponding author": two roles of one person sharing their noun
_ROLE_PAIR = re.compile(
    r"\b([\w-]+)\s+(?:and|&|/)\s+([\w-]+)\s+(author|investigator|researcher|scientist)\b", re.I
)


@lru_cache(maxsize=1)
def _roles() -> tuple[re.Pattern[str], dict[str, str]]:
    of = {}
    for groups in _data()[ROLE].values():
        for group, words in groups.items():
            for w in words:
                of[_fold(w)] = group
                of.setdefault(_fold(w) + "s", group)  # "first authors", "nurses"
    pattern = _pattern(of, False)
    assert pattern is not None
    return pattern, of


def role_word(word: str) -> bool:
    """The word names a role on its own ("Lecturer", "nurses"): no one's name."""
    return _fold(word) in _roles()[1]


def roles_by_person(text: str, surnames: Iterable[str]) -> dict[str, set[str]]:
    """The roles a text gives each named person (by lower-case surname).

    A role after a run of names belongs to all of them ("A and B are first authors"); a role
    before a name with no name before it in its clause belongs to the next name ("senior
    author C"). Clauses end at semicolons, colons, brackets and full stops. "Dr" and
    "Professor" before a name are titles, and are read as roles only as "professor"."""
    pattern, of = _roles()
    wanted = {s.lower() for s in surnames if s}
    if not wanted:
        return {}
    out: dict[str, set[str]] = {}
    text = _ROLE_PAIR.sub(r"\1 \3 and \2 \3", _ROLE_ASIDE.sub(" ", text))
    for clause in _ROLE_CUT.split(text):
        names = [
            (m.start(), m.group().lower())
            for m in re.finditer(r"\b[A-Z][\w'’-]+", clause)
            if m.group().lower().rstrip("'’s") in wanted or m.group().lower() in wanted
        ]
        roles = [
            (m.start(), m.end(), of[_fold(m.group())], m.group().endswith("s"))
            for m in pattern.finditer(clause)
        ]
        if not names or not roles:
            continue
        last, last_end = -1, -1
        owners: list[str] = []
        for start, end, group, plural in roles:
            after = next(((p, n) for p, n in names if p >= end), None)
            named = _NAMED_AS.match(clause[end : after[0]]) if after is not None else None
            if owners and _ROLE_AND.match(clause[last_end:start]):
                pass  # "the senior author and corresponding author": the same people's
            elif after is not None and _APPOSED.match(clause[end : after[0]]):
                owners = [after[1]]  # "nurse Ada Eze", "the lead author, Ruth Okafor"
            elif after is not None and named:
                # "The lead author is Ruth Okafor"; "The co-authors are A of X, B and C"
                owners = [n for p, n in names if p >= end] if plural else [after[1]]
            else:
                owners = [n for p, n in names if last < p < start]  # "A and B are first authors"
                if not owners and _COPULA.search(clause[:start]):
                    # "Juul, professor at the centre, is the senior author": the subject's
                    owners = [n for p, n in names if p < start][-1:]
            for n in owners:
                out.setdefault(_surname(n, wanted), set()).add(group)
            last, last_end = start, end
    return out


def _surname(word: str, wanted: set[str]) -> str:
    return word if word in wanted else re.sub(r"['’]s?$", "", word)


@lru_cache(maxsize=1)
def _dimension_of() -> dict[str, str]:
    return {g: dim for dim, groups in _data()[ROLE].items() for g in groups}


def role_conflicts(said: Iterable[str], study: Iterable[str]) -> list[tuple[str, list[str]]]:
    """The claim's roles for a person that conflict with the study's: another role of the
    same dimension (authorship, occupation, academic rank), none of the claim's fitting."""
    dim = _dimension_of()
    study_set = set(study)
    out = []
    for role in dict.fromkeys(said):
        same = sorted(r for r in study_set if dim.get(r) == dim.get(role))
        if role == "co-author" and same:
            continue  # every author of the paper is one of its co-authors, the senior one too
        if same and role not in same:
            out.append((role, same))
    return out
