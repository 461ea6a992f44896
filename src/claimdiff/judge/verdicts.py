"""Give each claim a verdict against the fact chosen for it, with reasons naming the cues.

The verdict definitions (supported, overstated, misreported, unsupported, background) follow
the project's contract. A claim is compared with the fact it reports:

- misreported: a checkable detail differs (a number, a duration, a date, a name, a role, an
  institution, a country, the journal, the species, a detail of a category of
  `data/details.toml` such as a body fluid or how a treatment was given, the direction of a
  result), or the claim says the study did what a `not_done` fact says it did not;
- overstated: more certainty than the fact has on the certainty ladder, a wider scope (mice to
  people; some to all), a cause where the study found an association, something ruled out
  that the study did not test, a promised benefit, or what the fact says the study did not
  establish;
- supported otherwise.

Reasons are written for a reader: the claim's word and the study's word, the population in
plain words, and which fact's certainty was compared.

Which fact a claim reports is chosen before (`choose`). Claims that report no fact, or that
are framed as the study's finding in words no fact uses, are `unsupported` when they present
themselves as the study's finding, `background` otherwise; another study's finding (schema 2
`[[related]]`) is named as such.
Investigator quotes are judged as quotes: an attributed quote that matches a quote fact is
supported even where the investigator says more than the paper, while the same words passed
off as the study's own finding are overstated.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from claimdiff.align.aligner import ClaimAlignment
from claimdiff.judge.choose import SUPPORT_MIN, Choice
from claimdiff.judge.framing import (
    CHALLENGE,
    LADDER,
    NAME,
    TITLED_NAME,
    WOULD_PROVE,
    claim_certainty,
    form_reason,
    known_surnames,
    presents_finding,
    promise,
    rung,
    sheet_corpus,
)
from claimdiff.language import cues
from claimdiff.language.details import Detail, DetailBook, role_conflicts, roles_by_person
from claimdiff.language.quantities import Quantity, extract
from claimdiff.language.scope import fact_scope, human_scope, material_words, plain_population
from claimdiff.language.textnorm import TermMap, normalize_word
from claimdiff.locations import data_file
from claimdiff.model import Claim, Fact, Judgement, Match, Sheet

UNSTATED_MATCH = 0.50  # a claim framed as a finding this close to a fact reports that fact
UNSTATED_SHARE = 0.5  # ... below it, this share of words no fact uses makes it unsupported
EVALUATIVE_MATCH = 0.45  # evaluative claims below this similarity are background
WRITER_MATCH = 0.50  # claims in the writer's voice below this similarity are background
FINDING_MATCH = 0.60  # a claim this close to a result states that result
UNIVERSAL = frozenset({"all", "every", "each", "everyone", "everybody", "always"})
_IDIOMS = re.compile(
    r"\b(?:all over|at all|above all|after all|all in all|all the time|each other|"
    r"every (?:day|week|month|year|time)|all (?:of )?(?:which|whom|these|those|them)|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) every \w+)\b",
    re.IGNORECASE,
)


SEVERITY: tuple[str, ...] = ("misreported", "overstated", "unsupported", "supported", "background")


def worst(parts: Sequence[tuple[str, Judgement]]) -> Judgement:
    """The verdict of a claim that reports several facts: the worst of its verdicts against
    each, with every fact's reasons (the worst first), each naming its fact."""
    if len(parts) == 1:
        return parts[0][1]
    ordered = sorted(parts, key=lambda p: SEVERITY.index(p[1].verdict))
    reasons = []
    for fact_id, judgement in ordered:
        named = _quote(fact_id)
        for reason in judgement.reasons:
            reasons.append(reason if named in reason else f"{reason} (fact {named})")
    return Judgement(ordered[0][1].verdict, tuple(reasons))


def _quote(text: str) -> str:
    return f'"{text}"'


# ------------------------------------------------------------------ language data


@lru_cache(maxsize=1)
def _species_groups() -> dict[str, str]:
    raw = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))
    return {w.lower(): group for group, words in raw["groups"].items() for w in words}


# ------------------------------------------------------------------ reading helpers

_INSTITUTION = re.compile(
    r"(?:[A-Z][\w'’&.-]*\s+){0,4}?"
    r"(?:University|College|Institute|Institutet|Hospital|Hospitals|School|Centre|Center|"
    r"Clinic|Laboratory|Laboratories|Academy)\b"
    r"(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
    r"(?:\s+[A-Z][\w'’&.-]*){0,2}"
)
_TITLES = re.compile(
    r"^(?:.*\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\b\.?\s+)?(?:[A-Z][\w'’-]+\s+){0,2}?(?=[A-Z])"
)
_JOURNAL = re.compile(
    r"\b(?:published|appear(?:s|ed|ing)?|reported|described)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?"
    r"((?:journal\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)"
)
_JOURNAL_WORDS = re.compile(
    r"journal|review|letters|proceedings|annals|lancet|nature|science|cell|bmj|jama|plos|"
    r"medicine|reports|bulletin",
    re.IGNORECASE,
)
# The writer talking to or about the reader ("I", "we", "you") and exclamations. Outside
# quotes these are the article's voice, not the study's, unless they report the study.
_WRITER = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|us|our|ours|you|your|yours)\b|!\s*$")
# What a result says did not happen: "did not lose weight", "were not affected".
_DENIAL = re.compile(
    r"\b(?:(?:did|does|do|was|were|is|are|has|have|had)\s*(?:not|n['’]t)|never|no longer)"
    r"\s+(?:been\s+)?(?P<what>[a-z][\w-]*(?:\s+(?!and\b|or\b|but\b)[a-z][\w-]*){0,2})",
    re.I,
)
_NEGATOR = re.compile(r"\b(?:not|n['’]t|never|no|nor|neither|without|no longer|none)\b", re.I)
# What a study does: a claim saying it did this for a fact stating it did not is misreported.
_DOING = re.compile(
    r"\b(?:test|tested|testing|trial(?:l)?ed|stud(?:y|ied)|measur(?:e|ed|ing)|record(?:ed)?|"
    r"track(?:ed)?|assess(?:ed)?|examin(?:e|ed)|gave|given|administered|enrol(?:l)?ed|"
    r"included|recruited|followed|asked|surveyed|monitored|collected|analy[sz]ed|looked at|"
    r"checked|counted|took into account|accounted for|controlled for)\b",
    re.I,
)
# The study's own participants counted ("the trial followed 2,000 volunteers").
_ENROLLED = re.compile(
    r"\b(?:follow(?:ed|s|ing)?|enrol(?:l)?(?:ed|s|ing)?|recruit(?:ed|s|ing)?|involv(?:ed|es|ing)|"
    r"includ(?:ed|es|ing)|tested|studied|surveyed|tracked|analy[sz]ed|examined|assigned|"
    r"randomi[sz]ed|gave|of|among|in|with|from)\s+(?:(?:about|around|nearly|almost|more than|"
    r"over|some|roughly|just|the|a|an|total of|group of)\s+)*$",
    re.I,
)
_STUDY_SUBJECT = re.compile(
    r"\b(?:study|studies|trial|research|researchers|scientists|team|cohort|experiment|survey|"
    r"analysis|paper)\b",
    re.I,
)
# "X and not Y", "X rather than Y", "not Y but X": the claim rules Y out.
_EXCLUSION = re.compile(
    r"(?:\b(?:and|but)\s+not\s+|\brather\s+than\s+|\binstead\s+of\s+)"
    r"(?!only\b|just\b|merely\b|solely\b|simply\b|least\b|yet\b|always\b|all\b|every\b)"
    r"(?P<what>(?:(?:in|from|by|on|to|of)\s+)?(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,7}?)(?=\s*(?:[,;:.!?)]|$|\s+(?:and|but|or|as|which|that)\b))"
    r"|\bnot\s+(?:in\s+|from\s+)?(?:the\s+)?(?P<what2>[\w-]+)\s*,?\s+but\b",
    re.I,
)
# A claim that says it reports another study ("a later trial", "a follow-up study").
_ANOTHER_STUDY = re.compile(
    r"\b(?:another|a second|a separate|a later|a newer|a new|an earlier|a previous|a prior|"
    r"a follow-up|the follow-up|follow-up|subsequent|earlier|previous|prior|later|separate|"
    r"other)\s+(?:\w+\s+)?(?:study|studies|trial|trials|paper|work|research|experiment)\b"
    r"|\b(?:later|since|subsequently|afterwards|since then)\b",
    re.I,
)
# A claim set in the experiment: "In the mice, ...", "Among the volunteers, ...".
_IN_EXPERIMENT = re.compile(
    r"^\W*(?:in|among|across|for)\s+(?:the|these|those|both|all|treated|its)\s+"
    r"(?P<where>(?:[\w-]+\s+){0,2}[\w-]+)\s*,",
    re.I,
)
# Where a finding is said to hold: "in patients", "in humans".
_IN_PEOPLE = re.compile(
    r"\b(?:in|among|for)\s+(?:the\s+|human\s+)?(?P<who>people|patients|humans|adults|"
    r"children|women|men|volunteers|sufferers|humankind)\b",
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
# Before "a day", "a week": something counted per unit of time ("9,800 steps", "6 days").
_RATE = re.compile(
    r"(?:\d[\d,.]*|\b(?:once|twice|times|cups?|steps?|days?|doses?))\s+[\w-]*\s*$", re.I
)
_NOT_ONLY = re.compile(
    r"\bnot\b[^,;.]{0,40}\b(?:only|solely|just|exclusively|merely|purely)\b", re.I
)
_DISCLAIMER = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:establish|show|prove|demonstrate|test|examine|address|mean)"
    r"(?:\s+that)?\s+(?P<what>[^;.]+)"
    r"|\b(?:whether|if)\s+(?P<what2>[^;.]+?)\s+(?:was|were|has|have)\s+not\s+(?:been\s+)?"
    r"(?:tested|examined|studied|shown|established)"
    r"|\bnot\s+(?:yet\s+)?(?:tested|established|shown|proven)\s+(?:in|that|whether)\s+"
    r"(?P<what3>[^;.]+)"
)


@lru_cache(maxsize=1)
def _short_institutions() -> re.Pattern[str]:
    raw = tomllib.loads(data_file("institutions.toml").read_text(encoding="utf-8"))
    names = sorted(raw.get("short_names", []), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


_CREDIT_BEFORE = re.compile(
    r"\b(?:at|from|by|of|with|led by|conducted by|carried out by|done by)\s+(?:the\s+)?$", re.I
)
_CREDIT_AFTER = re.compile(
    r"^\s*(?:'s\s+)?(?:researchers?|scientists?|team|investigators?|study|scholars?|academics?)\b",
    re.I,
)
_TOP_LEVEL = re.compile(r"\b(?:University|College)\b")


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
def _direction_words() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    raw = tomllib.loads(data_file("directions.toml").read_text(encoding="utf-8"))

    def pattern(words: list[str]) -> re.Pattern[str]:
        alt = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)

    return [(pattern(a), pattern(b)) for a, b in raw["pairs"]]


def _has_any(text: str, pattern: re.Pattern[str]) -> str | None:
    m = pattern.search(text)
    return m.group() if m else None


_EXPERIMENT_WORDS = frozenset(
    normalize_word(w)
    for w in (
        "mice", "rats", "animals", "cells", "dishes", "dish", "participants", "patients",
        "volunteers", "group", "groups", "samples", "cultures", "experiments", "subjects",
        "children", "adults", "women", "men",
    )
)  # fmt: skip


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
    before = text[: country.start]
    return bool(
        re.search(r"\b(?:in|from|across|throughout)\s+(?:the\s+)?$", before, re.I)
        and _STUDY_SUBJECT.search(before)
    )


@lru_cache(maxsize=4096)
def _quantities(text: str) -> tuple[Quantity, ...]:
    """The quantities of a text (read once for all the checks that need them), without the
    "a day" of a rate ("9,800 steps a day", "twice a week"): that is not how long."""
    return tuple(
        q
        for q in extract(text)
        if not (
            q.kind == "duration" and q.vague and _RATE.search(text[max(0, q.start - 24) : q.start])
        )
    )


def _rounded(q: Quantity, infos: Sequence[_FactInfo]) -> bool:
    """The claim's number is one of the facts' numbers rounded as the sheet allows ("about
    2,100" or "2,150" for 2,149 with a rounding step of 100)."""
    if q.low != q.high:
        return False
    value = q.low
    if q.kind == "percent":
        return any(r.allows(value) for i in infos for r in i.fact.rounding if r.text.endswith("%"))
    return any(r.allows(value) for i in infos for r in i.fact.rounding)


def _first_word(text: str) -> str:
    """The first word of a cue ("all patients" -> "all"), lower case."""
    return text.split()[0].lower() if text.split() else ""


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


def _clauses(text: str) -> list[str]:
    return [p.strip() for p in re.split(r";|\.\s+|,?\s+but\s+", text) if p.strip()] or [text]


# ------------------------------------------------------------------ facts


@dataclass(slots=True)
class _FactInfo:
    """What the judge needs to know about one fact, computed once per sheet."""

    fact: Fact
    reading: cues.Reading
    quantities: list[Quantity]
    disclaimers: list[tuple[frozenset[str], bool, bool]]  # words, negative?, about people?
    hedged: frozenset[str]  # words of the fact's hedged clauses
    plain: frozenset[str]  # words of its clauses stated without a hedge
    scope: str | None  # "animal", "cell" or "human"
    words: frozenset[str]
    universal: bool
    details: tuple[Detail, ...]  # checkable details its text and phrasings name
    counted: tuple[tuple[str, str, Quantity], ...]  # bare numbers: (word counted, as written)
    denied: tuple[tuple[str, frozenset[str]], ...]  # "did not lose weight": (span, words)


class Verdicts:
    """Gives claims their verdicts against the facts of one sheet (prepared once)."""

    def __init__(self, sheet: Sheet, terms: TermMap) -> None:
        self.sheet = sheet
        self.terms = terms
        study = sheet.study
        self._index = {f.id: i for i, f in enumerate(sheet.facts)}
        self._plain_terms = TermMap(sheet.terms)
        self.details = DetailBook(sheet.terms)
        # The sheet's words for material ("IgG" = "antibodies"): "IgG from patients" names a
        # source, not people.
        stuff = material_words()
        self._material = frozenset(
            w.lower()
            for term, alts in sheet.terms.items()
            if any(a.lower() in stuff for a in (term, *alts))
            for w in (term, *alts)
        )
        self.info = [self._fact_info(f) for f in sheet.facts]
        corpus = sheet_corpus(sheet)
        self._known_text = corpus
        self._known_lower = corpus.lower()
        self._known_surnames = known_surnames(sheet)
        groups = _species_groups()
        self._known_species = {
            groups[m.group().lower()] for m in _species_pattern().finditer(corpus)
        }
        self._subject_words = (
            {t.norm for t in terms.tokens(study.subjects)} if study.subjects else set()
        )
        # Who is who: each person's roles anywhere in the sheet ("Okafor is the senior author").
        people = {a.split()[-1] for a in study.authors if a.split()}
        people |= {n.split()[-1] for f in sheet.facts for n in NAME.findall(f.text)}
        people |= {f.speaker.split()[-1] for f in sheet.facts if f.speaker and f.speaker.split()}
        self._people = frozenset(people)
        self._roles = roles_by_person(". ".join(f.text for f in sheet.facts), people)
        self._countries = [d for d in self.details.find(corpus) if d.category == "country"]
        self._study_scope = fact_scope(None, "", "result", study.subjects)
        # Each fact's direction words with what they move, read once when first needed.
        self._fact_directed: dict[
            tuple[str, int], tuple[list[tuple[str, frozenset[str]]], ...]
        ] = {}

    def _words(self, text: str) -> frozenset[str]:
        """Content words as the aligner sees them (terms and synonyms folded)."""
        return frozenset(t.norm for t in self.terms.tokens(text))

    def _exact_words(self, text: str) -> frozenset[str]:
        """Content words with only the sheet's terms folded (no general synonyms)."""
        return frozenset(t.norm for t in self._plain_terms.tokens(text))

    def _fact_info(self, fact: Fact) -> _FactInfo:
        reading = cues.read(fact.text)
        disclaimers = []
        for m in _DISCLAIMER.finditer(fact.text):
            what = m.group("what") or m.group("what2") or m.group("what3") or ""
            for alt in re.split(r"\s*,?\s+n?or\s+(?:that\s+)?", what):
                words = self._words(alt)
                if len(words) >= 2:
                    negative = bool(re.search(r"\b(?:not|no|never|rather than|instead of)\b", alt))
                    about_people = human_scope(alt, self._material) is not None
                    disclaimers.append((words, negative, about_people))
        # A fact may hedge one clause and state another plainly ("therapies that lower X may
        # work; such therapies already exist"): keep the words of each kind of clause apart.
        hedged: set[str] = set()
        plain: set[str] = set()
        for clause in _clauses(fact.text):
            if _DISCLAIMER.search(clause):
                continue
            clause_reading = cues.read(clause)
            is_hedged = any(c.value in LADDER[:-1] for c in clause_reading.of("hedge", "modal"))
            (hedged if is_hedged else plain).update(self._exact_words(clause))
        return _FactInfo(
            fact=fact,
            reading=reading,
            quantities=[q for t in (fact.text, *fact.also) for q in _quantities(t)],
            disclaimers=disclaimers,
            hedged=frozenset(hedged - plain),
            plain=frozenset(plain - hedged),
            scope=fact_scope(fact.scope, fact.text, fact.kind, self.sheet.study.subjects),
            words=self._words(" ".join((fact.text, *fact.also))),
            universal=any(_first_word(c.text) in UNIVERSAL for c in reading.of("quantifier")),
            details=tuple(self.details.find(" . ".join((fact.text, *fact.also)))),
            counted=tuple(
                (*noun, q)
                for t in (fact.text, *fact.also)
                for q in extract(t)
                if q.kind == "number" and (noun := self._noun_after(t, q))
            ),
            denied=tuple(self._denied(fact)),
        )

    def _denied(self, fact: Fact) -> list[tuple[str, frozenset[str]]]:
        """What a result says did not happen: "the mice did not lose weight" -> the words
        of "lose weight" (the denied predicate), with the words that deny it."""
        if fact.kind not in ("result", "design") or fact.not_done:
            return []
        out = []
        for m in _DENIAL.finditer(fact.text):
            words = self._words(m.group("what"))
            if words and not _DISCLAIMER.search(fact.text[max(0, m.start() - 20) : m.end()]):
                out.append((m.group().strip(), words))
        return out

    # ------------------------------------------------------------------ choices

    def judge(self, claim: Claim, choice: Choice, alignment: ClaimAlignment) -> Judgement:
        """The verdict of a claim given the fact chosen for it (or why none was)."""
        if choice.basis == "form":
            return Judgement("background", (form_reason(claim.display) or "background",))
        if choice.basis == "novel":
            words = ", ".join(
                _quote(claim.text[s - claim.start : e - claim.start])
                for s, e in alignment.novel[:4]
            )
            return Judgement(
                "unsupported",
                (
                    "unsupported: presented as the study's finding; "
                    f"no fact of the sheet speaks of {words}",
                ),
            )
        if choice.basis == "paraphrased-quote":
            return self._unattributed_quote(claim.display, choice.match)
        main = self.judge_claim(claim, choice.match, quoted=choice.quoted)
        if main.verdict in ("supported", "background") and not choice.quoted:
            # Only a topic in common with its fact: a finding no fact states. A claim found
            # overstated or misreported against the fact does report it.
            unstated = self._unstated_finding(claim, choice, alignment)
            if unstated is not None:
                return unstated
        if not choice.match.also or main.verdict == "background":
            return main
        parts = [(choice.match.fact_id or "", main)]
        for fact_id in choice.match.also:
            cand = next((c for c in alignment.candidates if c.fact_id == fact_id), None)
            match = Match(fact_id, cand.similarity if cand else 0.0)
            part = self.judge_claim(claim, match, quoted=choice.quoted, paired=True)  # by coverage
            if part.verdict != "background":
                parts.append((fact_id, part))
        return worst(parts)

    def _unstated_finding(
        self, claim: Claim, choice: Choice, alignment: ClaimAlignment
    ) -> Judgement | None:
        """A claim framed as the study's work or result ("the study also found", "the
        researchers discovered", "in the mice, X happened") whose words are largely new to
        the sheet, and that no fact states closely: unsupported, not background and not
        supported by the fact that shares its topic words."""
        text = claim.display
        novel = alignment.novel
        if choice.match.similarity >= UNSTATED_MATCH or len(novel) < 2:
            return None
        if len(novel) / max(alignment.content_words, 1) < UNSTATED_SHARE:
            return None
        if not self.frames_finding(text):
            return None
        reading = cues.read(text)
        if reading.is_question or reading.caveats or reading.evaluative:
            return None
        if rung(claim_certainty(reading, text)) < rung("probable"):
            return None  # a hypothesis or a possibility, not a finding stated as found
        words = ", ".join(
            _quote(claim.text[s - claim.start : e - claim.start]) for s, e in novel[:4]
        )
        return Judgement(
            "unsupported",
            (
                "unsupported: presented as the study's finding, but no fact of the sheet states "
                f"it (nothing about {words})",
            ),
        )

    def frames_finding(self, text: str) -> bool:
        """The claim presents itself as the study's work or result: "the study found", "the
        researchers discovered", or set in the experiment ("In the mice, ...", "In the
        trial, ...")."""
        if _ANOTHER_STUDY.search(text):
            return False  # "earlier studies have shown": not this study's finding
        if presents_finding(text):
            return True
        m = _IN_EXPERIMENT.match(text)
        if m is None:
            return False
        where = self._words(m.group("where"))
        return bool(where & (self._subject_words | _EXPERIMENT_WORDS)) or bool(
            _STUDY_SUBJECT.search(m.group("where"))
        )

    @staticmethod
    def _unattributed_quote(text: str, match: Match) -> Judgement:
        reading = cues.read(text)
        fact_id = _quote(match.fact_id or "")
        if not reading.of("evaluative") and (
            presents_finding(text) or promise(text, reading) is not None
        ):
            return Judgement(
                "overstated",
                (
                    f"attribution: presents an investigator's words ({fact_id}) as the study's "
                    "own finding",
                ),
            )
        return Judgement(
            "background",
            (
                f"background: restates an investigator's opinion ({fact_id}) without "
                "attribution; not a checkable finding",
            ),
        )

    # ------------------------------------------------------------------ one claim

    def judge_claim(
        self, claim: Claim, match: Match, quoted: bool = False, paired: bool = False
    ) -> Judgement:
        """The verdict of one claim against the fact it was aligned to (or none).

        Below `SUPPORT_MIN` similarity a claim is not called supported (the reason says
        claimdiff is unsure), unless the pair was not found by similarity (`paired`: chosen
        by a reviewer, or another fact the claim covers).
        """
        text = claim.display
        reading = cues.read(text)
        background = self._background_reason(text, reading, match, quoted)
        if background:
            return Judgement("background", (background,))
        roles = self._role_conflicts(text)
        if roles:
            return Judgement("misreported", tuple(roles))  # whatever fact it reports
        if match.fact_id is None:
            if self.frames_finding(text):
                return Judgement(
                    "unsupported",
                    (
                        "unsupported: the claim presents as the study's finding something no fact "
                        "of the sheet states",
                    ),
                )
            return Judgement(
                "background",
                (
                    "background: no fact of the study matches, and the claim does not present "
                    "itself as the study's finding",
                ),
            )
        info = self.info[self._index[match.fact_id]]
        if info.fact.study is not None:
            return self._other_study(text, info)
        misreports = self._misreports(text, info)
        if misreports:
            return Judgement("misreported", tuple(misreports))
        undone = self._not_done(text, reading, info)
        if undone is not None:
            return undone
        if match.similarity < SUPPORT_MIN and not paired:
            unsure = (
                f"unsure: the closest fact, {_quote(info.fact.id)}, is only at similarity "
                f"{match.similarity:.2f}; too far to say the study states this"
            )
        else:
            unsure = None
        if quoted and (info.fact.kind == "quote" or info.fact.source == "investigator"):
            if unsure:
                return Judgement("background", (unsure,))
            return Judgement(
                "supported",
                (
                    f"quote: an attributed quote matching {_quote(info.fact.id)} "
                    f"(similarity {match.similarity:.2f})",
                ),
            )
        overs = self._overstatements(text, reading, info, match)
        if overs:
            return Judgement("overstated", tuple(overs))
        if unsure:
            return Judgement("background", (unsure,))
        return Judgement("supported", (self._supported_reason(text, reading, info, match),))

    def _supported_reason(
        self, text: str, reading: cues.Reading, info: _FactInfo, match: Match
    ) -> str:
        """Which fact was compared, at which certainty and why, for a supported claim."""
        level = self._fact_level(info, text)
        fact = _quote(info.fact.id)
        head = f"supported: reports {fact} (similarity {match.similarity:.2f})"
        if level != info.fact.certainty:
            plain = self._plain_clause(info, text)
            return (
                f"{head}: its plainly stated part ({_quote(plain)}, {level}), not its hedged "
                f"part (the fact card says {info.fact.certainty}); no wider in scope"
            )
        claim_level = claim_certainty(reading, text)
        if level == "shown":
            return f"{head}, no more certain than the study (shown) and no wider in scope"
        said = self._claim_word(reading, text, claim_level)
        return (
            f"{head}: the claim says {said} ({claim_level}), no more than the study, which "
            f"{self._study_word(info, level, text)}; no wider in scope"
        )

    def _not_done(self, text: str, reading: cues.Reading, info: _FactInfo) -> Judgement | None:
        """A claim that the study did what a fact says it did not do or measure ("the drug
        worked in children" where "the drug was not tested in children"). Stated about people
        where the study was in animals or cells, without saying the study did it, it widens
        the scope instead ("X extends life in humans")."""
        if not info.fact.not_done or _NEGATOR.search(text) or reading.is_question:
            return None
        if rung(claim_certainty(reading, text)) < rung("probable") or reading.caveats:
            return None  # "might one day be tested in people" does not say it was
        said = _quote(info.fact.text.rstrip("."))
        human = human_scope(text, self._material)
        if human and self._study_scope in ("animal", "cell") and not _DOING.search(text):
            who = plain_population(human)
            named = "" if human.lower() == who else f" ({_quote(human)})"
            where = self.sheet.study.subjects or (
                "animals" if self._study_scope == "animal" else "cells"
            )
            return Judgement(
                "overstated",
                (
                    f"scope: the claim is about {who}{named}; the study was in {where} and "
                    f"says {said}",
                ),
            )
        return Judgement(
            "misreported",
            (f"not done: the claim says the study did this; the study says {said}",),
        )

    def _other_study(self, text: str, info: _FactInfo) -> Judgement:
        """A finding of another study that coverage confuses with this one: background when
        the claim says it is another study's, unsupported when it passes it off as this
        one's."""
        other = self.sheet.related_study(info.fact)
        if other is None:
            name = "another study"
        else:
            year = f", {other.published.year}" if other.published else ""
            relation = f"{other.relation}: " if other.relation else ""
            name = f"another study ({relation}{_quote(other.title)}{year})"
        if _ANOTHER_STUDY.search(text):
            return Judgement(
                "background",
                (f"background: reports a finding of {name}, not of this study",),
            )
        return Judgement(
            "unsupported",
            (
                f"unsupported: this is a finding of {name}; the claim presents it as this "
                f"study's ({_quote(info.fact.id)})",
            ),
        )

    # ------------------------------------------------------------------ background

    def _background_reason(
        self, text: str, reading: cues.Reading, match: Match, quoted: bool
    ) -> str | None:
        form = form_reason(text)
        if form or reading.is_question:
            return form or "background: a question, not a statement"
        evaluative = reading.of("evaluative")
        if (
            evaluative
            and not quoted
            and match.similarity < EVALUATIVE_MATCH
            and promise(text, reading) is None
            and not presents_finding(text)
        ):
            return (
                f"background: evaluative language ({_quote(evaluative[0].text)}), not a "
                "checkable statement"
            )
        voice = _WRITER.search(text)
        if (
            voice
            and not quoted
            and match.similarity < WRITER_MATCH
            and reading.strength < 2
            and not presents_finding(text)
        ):
            return f"background: the writer's own voice ({_quote(voice.group())}), not the study's"
        return None

    # ------------------------------------------------------------------ misreported

    def _misreports(self, text: str, info: _FactInfo) -> list[str]:
        return [
            *self._number_conflicts(text, info),
            *self._participant_conflicts(text, info),
            *self._sex_conflicts(text, info),
            *self._direction_conflicts(text, info),
            *self._denial_conflicts(text, info),
            *self._species_conflicts(text),
            *self._detail_conflicts(text, info),
            *self._country_conflicts(text),
            *self._institution_conflicts(text),
            *self._journal_conflicts(text),
            *self._name_conflicts(text, info),
        ]

    def _detail_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """A detail swapped for another of its category: "serum" where the study gave
        purified antibodies, "heat" for the cold, a tablet for an injection (data/details.toml
        and the sheet's terms). A detail another fact of the sheet names, where the claim
        reports that fact too, is not a swap."""
        said = [d for d in self.details.find(text) if d.category != "country"]
        if _CONTRAST.search(text):
            said = [d for d in said if d.category not in _CONTRASTED]
        out = []
        for swap in self.details.swaps(said, info.details):
            if self._named_elsewhere(swap.said, info, text):
                continue
            study = " or ".join(_quote(d.text) for d in swap.study[:2])
            out.append(f"{swap.label}: the claim says {_quote(swap.said.text)}; the study {study}")
        return out

    def _named_elsewhere(self, detail: Detail, info: _FactInfo, text: str) -> bool:
        """Another fact names this detail and shares words with the claim that the aligned
        fact lacks (the claim reports that fact too)."""
        own = self._words(text) - info.words - self._words(detail.text)
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
            if d.category == "country" and _research_place(text, d)
        ]
        for swap in self.details.swaps(said, self._countries, ("country",)):
            study = " or ".join(_quote(d.text) for d in swap.study[:2])
            return [f"country: the claim says {_quote(swap.said.text)}; the study {study}"]
        return []

    def _role_conflicts(self, text: str) -> list[str]:
        """A person given another role than the sheet gives them (the senior author called
        the lead author, a nurse called a doctor)."""
        out: list[str] = []
        if not self._roles or not any(p in text for p in self._people):
            return out
        for person, roles in roles_by_person(text, self._people).items():
            known = self._roles.get(person)
            if not known:
                continue
            for said, study in role_conflicts(roles, known):
                name = next((p for p in self._people if p.lower() == person), person)
                out.append(
                    f"role: the claim calls {name} {_quote(said)}; the study, "
                    + " and ".join(_quote(r) for r in study)
                )
        return out

    def _denial_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """What the study says did not happen, stated as having happened ("all the mice
        lost weight" where "the mice did not lose weight"), or the other way round."""
        if _NEGATOR.search(text):
            return []
        claim_words = self._words(text)
        for span, words in info.denied:
            if words <= claim_words:
                return [f"direction: the claim says it happened; the study says {_quote(span)}"]
        return []

    def _participant_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """The number of people (or animals) the study followed, given wrong ("the trial
        followed 2,000 volunteers" where it enrolled 412), even where the claim is aligned to
        another fact: the count is checked against every count of the sheet."""
        if not presents_finding(text) and not _STUDY_SUBJECT.search(text):
            return []
        out = []
        for q in _quantities(text):
            if q.kind != "count" or q.noun not in ("person", "animal"):
                continue
            if not _ENROLLED.search(text[max(0, q.start - 40) : q.start]):
                continue
            if any(f.kind == "count" and f.noun == q.noun for f in info.quantities):
                continue  # the aligned fact counts them: _number_conflicts compares the two
            counting = [
                other
                for other in self.info
                if any(f.kind == "count" and f.noun == q.noun for f in other.quantities)
            ]
            counts = [
                f for other in counting for f in other.quantities
                if f.kind == "count" and f.noun == q.noun
            ]  # fmt: skip
            if not counts or self._compatible(q, counts) or _rounded(q, counting):
                continue
            biggest = max(counts, key=lambda f: f.high)
            out.append(
                f"number: the study counts {_quote(biggest.text)}; the claim {_quote(q.text)}"
            )
        return out

    def _number_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        out = []
        quantities = _quantities(text)
        # The words the numbers are written with ("two days") say nothing of which fact it is.
        masked = text
        for q in quantities:
            masked = masked[: q.start] + " " * (q.end - q.start) + masked[q.end :]
        claim_words = self._words(masked)
        for q in quantities:
            if q.kind == "number":
                out.extend(self._counted_conflict(text, q, info))
                continue
            swap = self._unit_swap(q)
            if swap:
                out.append(swap)
                continue
            same = [
                f
                for f in info.quantities
                if f.kind == q.kind and (q.kind != "count" or f.noun == q.noun)
            ]
            two_facts = any(
                o is not q and self._compatible(o, [f for f in info.quantities if f.kind == o.kind])
                for o in quantities
                if o.kind == q.kind
            )
            if (
                not same
                or self._compatible(q, same)
                or _rounded(q, [info])
                or self._elsewhere(q, info, claim_words, two_facts)
            ):
                continue
            study = " or ".join(_quote(t) for t in sorted({f.text for f in same}))
            label = {
                "duration": "duration",
                "year": "date",
                "age": "age",
                "frequency": "frequency",
                "money": "amount",
            }
            out.append(
                f"{label.get(q.kind, 'number')}: the claim says {_quote(q.text)}; the study {study}"
            )
        return out

    def _noun_after(self, text: str, q: Quantity) -> tuple[str, str] | None:
        """The word a bare number counts ("9,800 steps": its comparison form, as written)."""
        m = re.match(
            r"\s*(?:(?:or|and)\s+(?:more|fewer|less|over|above|under)\s+|\+\s*)?([A-Za-z][\w-]+)",
            text[q.end :],
        )
        if m is None:
            return None
        words = self._exact_words(m.group(1))
        return (next(iter(words)), m.group(1)) if len(words) == 1 else None

    def _counted_conflict(self, text: str, q: Quantity, info: _FactInfo) -> list[str]:
        """A bare number of the same thing as one of the fact's ("12,000 steps a day" where
        the study says "9,800 steps")."""
        noun = self._noun_after(text, q)
        if noun is None:
            return []
        same = [(w, f) for n, w, f in info.counted if n == noun[0]]
        if not same or self._compatible(q, [f for _, f in same]) or _rounded(q, [info]):
            return []
        for other in self.info:  # another fact's number of the same thing: it reports that
            if other is not info and self._compatible(
                q, [f for n, _, f in other.counted if n == noun[0]]
            ):
                return []
        study = " or ".join(sorted({_quote(f"{f.text} {w}") for w, f in same}))
        return [f"number: the claim says {_quote(q.text + ' ' + noun[1])}; the study {study}"]

    @staticmethod
    def _compatible(q: Quantity, facts: Sequence[Quantity]) -> bool:
        """A claim's quantity agrees with the fact's: the same value, or within its bounds.

        A fact that gives exact values ("69.1% lost at least 10%") is not satisfied by any
        number above its threshold ("96.1%"); a fact that only gives bounds ("more than a
        week") is.
        """
        tolerance = 0.1 if q.kind in ("percent", "duration", "age") else 0.0
        if q.low != q.high and q.bound is None:
            # A range is right only with the study's ends: "aged 30 to 50" is not "25 to 55".
            ranges = [f for f in facts if f.low != f.high and f.bound is None]
            if ranges:
                return any(
                    abs(q.low - f.low) <= tolerance * f.low
                    and abs(q.high - f.high) <= tolerance * f.high
                    for f in ranges
                )
        if any(q.same_value(f, tolerance) for f in facts):
            return True
        if q.bound in ("min", "max") and any(f.within(q) for f in facts):
            return True
        exact = [f for f in facts if f.bound not in ("min", "max")]
        return not exact and any(q.within(f) for f in facts)

    def _elsewhere(
        self, q: Quantity, info: _FactInfo, claim_words: frozenset[str], two_facts: bool = False
    ) -> bool:
        """The number belongs to another fact the claim also reports (a claim of two facts).

        The claim must share words with that fact that the aligned fact lacks ("... 1 in 40
        people, 80% of them women": "women" is the other fact's).
        """
        own = claim_words - info.words
        for other in self.info:
            if other is info:
                continue
            same = [f for f in other.quantities if f.kind == q.kind]
            if own & other.words and any(q.same_value(f, 0.1) for f in same):
                return True
            # The very number another fact writes ("80%"), beside a number of the aligned fact:
            # the claim reports that fact too.
            if two_facts and any((f.low, f.high) == (q.low, q.high) for f in same):
                return True
        return False

    def _unit_swap(self, q: Quantity) -> str | None:
        """The sheet's number with another unit ("68 months" for "68 weeks")."""
        if q.kind != "duration" or q.vague or not q.unit:
            return None
        for info in self.info:
            for f in info.quantities:
                swapped = f.kind == "duration" and f.unit and f.unit != q.unit and not f.vague
                if swapped and _written_number(f) == _written_number(q) is not None:
                    return f"duration: the claim says {_quote(q.text)}; the study {_quote(f.text)}"
        return None

    def _direction_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """An effect the other way round: "decreased" where the study says "increased".

        The two direction words must bear on the same thing (a content word next to both),
        and neither side may use the other word too."""
        fact_text = " ".join((info.fact.text, *info.fact.also))
        for k, (up, down) in enumerate(_direction_words()):
            if not (up.search(text) or down.search(text)):
                continue
            claim_up, claim_down = self._directed(text, up), self._directed(text, down)
            key = (info.fact.id, k)
            if key not in self._fact_directed:
                self._fact_directed[key] = (
                    self._directed(fact_text, up),
                    self._directed(fact_text, down),
                )
            fact_up, fact_down = self._fact_directed[key]
            for said, study, other_said, other_study in (
                (claim_up, fact_down, claim_down, fact_up),
                (claim_down, fact_up, claim_up, fact_down),
            ):
                if not said or not study or other_said or other_study:
                    continue
                shared = {w for _, t in said for w in t} & {w for _, t in study for w in t}
                if shared:
                    return [
                        f"direction: the claim says {_quote(said[0][0])}; "
                        f"the study {_quote(study[0][0])}"
                    ]
        return []

    def _directed(self, text: str, pattern: re.Pattern[str]) -> list[tuple[str, frozenset[str]]]:
        """Each direction word of `text` with the content words around it (what it moves).

        "more than 40" and "fewer than 10" compare numbers, not effects; "treatment to reduce
        X" states an aim, not a result."""
        out = []
        for m in pattern.finditer(text):
            if re.match(r"\s+than\s+\d", text[m.end() :]):
                continue
            if re.search(r"\bto\s+$", text[: m.start()]) and not m.group().endswith("ed"):
                continue
            before = " ".join(text[: m.start()].split()[-2:])
            after = " ".join(text[m.end() :].split()[:3])
            out.append((m.group(), self._exact_words(before + " " + after)))
        return out

    def _sex_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """ "men" where the fact's people are women (or the other way round)."""
        claim = _sexes(text)
        if not claim:
            return []
        fact = _sexes(" ".join((info.fact.text, *info.fact.also)))
        if len(claim) == 1 and len(fact) == 1 and claim != fact:
            (said,), (study,) = claim, fact
            return [f"population: the claim is about {said}; the study's people are {study}"]
        return []

    def _species_conflicts(self, text: str) -> list[str]:
        groups = _species_groups()
        found = {groups[m.group().lower()]: m.group() for m in _species_pattern().finditer(text)}
        wrong = sorted(set(found) - self._known_species)
        if not wrong:
            return []
        if not self._known_species:
            # A study of cells or people: a claim that the finding was in animals.
            if self._study_scope not in ("cell", "human") or _ANOTHER_STUDY.search(text):
                return []
            if not cues.read(text).subjects & {"animal"}:
                return []  # "mouse antibodies" names a material, not who it was found in
            where = self.sheet.study.subjects or "people"
            return [
                f"population: the claim says {_quote(found[wrong[0]])}; the study was in {where}"
            ]
        study = " and ".join(sorted(self._known_species))
        return [f"population: the claim says {_quote(found[wrong[0]])}; the study used {study}"]

    def _institution_conflicts(self, text: str) -> list[str]:
        """The study credited to a university the sheet never names ("Oxford researchers")."""
        for name in _credited_institutions(text):
            if fuzz.partial_ratio(name.lower(), self._known_lower) < 85:
                known = ", ".join(self.sheet.study.institutions[:3]) or "other institutions"
                return [
                    f"institution: the claim credits {_quote(name)}; the study's institutions "
                    f"are {known}"
                ]
        return []

    def _journal_conflicts(self, text: str) -> list[str]:
        journal = self.sheet.study.journal
        m = _JOURNAL.search(text)
        if not journal or not m:
            return []
        named = m.group(1).strip(" .,")
        if len(named) < 4 or not _JOURNAL_WORDS.search(named):
            return []
        if fuzz.partial_ratio(named.lower(), self._known_lower) >= 85:
            return []
        return [f"journal: the claim says {_quote(named)}; the study appeared in {journal}"]

    def _name_conflicts(self, text: str, info: _FactInfo) -> list[str]:
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
        if not names_people:
            return []
        for m in TITLED_NAME.finditer(text):
            surname = re.sub(r"['’]s$", "", m.group("name").split()[-1]).lower()
            known = self._known_surnames
            if surname in known or any(fuzz.ratio(surname, k) >= 85 for k in known):
                continue
            return [
                f"name: the claim names {_quote(m.group().strip())}, whom the study does not name"
            ]
        return []

    # ------------------------------------------------------------------ overstated

    def _fact_level(self, info: _FactInfo, text: str) -> str:
        """The certainty the fact gives the part of it the claim reports.

        A fact may hedge one clause and state another plainly ("therapies that lower X may be
        effective; such therapies already exist"): a claim that reports the plain clause more
        than the hedged one is held to "shown".
        """
        declared = info.fact.certainty
        if declared == "shown" or not info.plain or not info.hedged:
            return declared  # no clause carries the hedge: the declaration covers them all
        words = self._exact_words(text)
        plain, hedged = len(words & info.plain), len(words & info.hedged)
        return "shown" if plain >= 1 and plain >= hedged else declared

    def _names_subjects(self, text: str) -> bool:
        """The claim names the study's subjects, in the sheet's own words ("rodents")."""
        return bool(self._subject_words & self._words(text))

    def _overstatements(
        self, text: str, reading: cues.Reading, info: _FactInfo, match: Match
    ) -> list[str]:
        out = []
        level = self._fact_level(info, text)
        claim_level = claim_certainty(reading, text)
        if rung(claim_level) > rung(level):
            out.append(
                f"certainty: the claim says {self._claim_word(reading, text, claim_level)} "
                f"({claim_level}); the study {self._study_word(info, level, text)}"
            )
        for reason in (
            self._causal(text, reading, info),
            self._excludes(text, info),
            self._scope_widening(text, reading, info, claim_level, match),
            self._quantifier_widening(text, reading, info, claim_level),
            self._promised(text, reading, info),
            self._beyond(text, reading, info, claim_level),
        ):
            if reason:
                out.append(reason)
        return out

    @staticmethod
    def _claim_word(reading: cues.Reading, text: str, level: str) -> str:
        """The word that gives a claim its certainty ("proves", "may"), or for a plain
        statement the verb that states it ("is", "leads to")."""
        kinds = ("booster", "hedge", "modal", "reporting")
        for c in (*reading.certainty_cues, *reading.cues):
            # a cue outside the main clause ("a step in finding") is not it
            if c.scoped and c.kind in kinds and c.value == level:
                return _quote(c.text)
        m = WOULD_PROVE.search(text)
        if m and level == "shown":
            return _quote(m.group().strip())
        if level != "shown":
            m = CHALLENGE.search(text)
            return _quote(m.group()) if m else "it"
        verb = reading.main_verb or next(
            (c.text for c in (*reading.of("causal"), *reading.of("correlational")) if c.scoped),
            None,
        )
        return f"{_quote(verb)}, stated plainly" if verb else "it plainly"

    def _study_word(self, info: _FactInfo, level: str, text: str) -> str:
        """How the study states the fact the claim is held to: its hedge ("says "may"
        (suggested) in "option""), and why the level differs from the fact card's when the
        claim reports the plainly stated part of a hedged fact."""
        fact = info.fact
        if level != fact.certainty:
            plain = self._plain_clause(info, text)
            return (
                f"states {_quote(plain)} plainly ({level}) in {_quote(fact.id)}, whose other "
                f"part is hedged (the card says {fact.certainty})"
            )
        hedges = [
            c.text
            for c in info.reading.of("hedge", "modal", "reporting")
            if c.scoped and c.value in LADDER[:-1]
        ]
        if not hedges:
            return f"states {_quote(fact.id)} as {level}"
        words = " and ".join(_quote(h) for h in dict.fromkeys(hedges))
        return f"says {words} ({level}) in {_quote(fact.id)}"

    def _plain_clause(self, info: _FactInfo, text: str) -> str:
        """The clause of a fact stated without a hedge that a claim's words cover best."""
        words = self._exact_words(text)
        best, score = info.fact.text, -1
        for clause in _clauses(info.fact.text):
            clause_words = self._exact_words(clause)
            if any(c.value in LADDER[:-1] for c in cues.read(clause).of("hedge", "modal")):
                continue
            if len(words & clause_words) > score:
                best, score = clause, len(words & clause_words)
        return best.rstrip(".")

    def _causal(self, text: str, reading: cues.Reading, info: _FactInfo) -> str | None:
        """A cause stated where the study found an association: the sheet marks the result
        as one (schema 2: `association`, or any result of an observational study), or its
        text says "associated with", "linked to" without a causal word."""
        if info.fact.kind not in ("result", "conclusion"):
            return None
        if info.fact.association:
            said = self._stated_cause(text, reading)
            if said is None:
                return None
            return (
                f"causal: the claim says {_quote(said)}, a cause; the study found an "
                "association (an observational result), not an effect"
            )
        # Only an explicit association ("associated with", "linked to") is weaker than a cause:
        # a trial's "more" or "difference" is itself causal evidence.
        found = next(
            (
                c.text
                for c in info.reading.cues
                if c.kind == "correlational" and c.value == "association"
            ),
            None,
        )
        if found is None or any(c.kind == "causal" and c.scoped for c in info.reading.cues):
            return None
        if reading.strength < 3:
            return None
        said = next((c.text for c in reading.strength_cues if c.kind == "causal"), None)
        if said is None:
            return None
        study = f" ({_quote(found)})" if found else ""
        return (
            f"causal: the claim says {_quote(said)}, a cause; the study found an association{study}"
        )

    @staticmethod
    def _stated_cause(text: str, reading: cues.Reading) -> str | None:
        """The words of a claim that state a direct cause ("lowers", "leads to", "raises your
        risk of"), or None for a hedged cause ("may lower"), an association, or a denial."""
        if reading.negated or reading.strength < 3:
            return None
        if rung(claim_certainty(reading, text)) < rung("probable"):
            return None
        return next(
            (c.text for c in reading.strength_cues if c.kind == "causal"),
            next((c.text for c in reading.of("causal", scoped=True)), None),
        )

    def _excludes(self, text: str, info: _FactInfo) -> str | None:
        """The claim rules something out that the study did not ("the immune system and not
        the brain", "rather than the diet"): overstated however it is hedged, unless the fact
        itself states that exclusion as a finding."""
        m = _EXCLUSION.search(text)
        if m is None or info.fact.kind in ("quote", "bibliographic"):
            return None
        what = (m.group("what") or m.group("what2") or "").strip()
        if human_scope(what) or self._names_subjects(what):
            return None  # "in mice and not in people" states the study's limits
        excluded = self._exact_words(what)
        if not excluded:
            return None
        for clause in _clauses(info.fact.text):
            if _DISCLAIMER.search(clause):
                continue
            if _NEGATOR.search(clause) and excluded & self._exact_words(clause):
                return None  # the study itself says it was not that
        return (
            f"beyond the study: the claim rules out {_quote(what)}, "
            f"which {_quote(info.fact.id)} does not"
        )

    def _scope_widening(
        self, text: str, reading: cues.Reading, info: _FactInfo, claim_level: str, match: Match
    ) -> str | None:
        """A finding in animals or cells stated, confidently, about people."""
        if info.scope not in ("animal", "cell") or rung(claim_level) < rung("probable"):
            return None
        if "animal" in reading.subjects:
            return None  # "mice given X, as in humans with the disease": about the mice
        in_people = _IN_PEOPLE.search(text)
        if not in_people and ("cell" in reading.subjects or self._names_subjects(text)):
            return None  # but "tumour cells in patients" is about patients all the same
        states_finding = (
            reading.strength >= 2 or presents_finding(text) or match.similarity >= FINDING_MATCH
        )
        human = in_people.group("who") if in_people else human_scope(text, self._material)
        if human is None or not states_finding:
            return None
        return self._scope_reason(human, info)

    def _scope_reason(self, word: str, info: _FactInfo) -> str:
        """ "scope: the claim is about people ("you"); the finding is in mice"."""
        subject = (
            info.fact.scope
            or self.sheet.study.subjects
            or ("animals" if info.scope == "animal" else "cells")
        )
        who = plain_population(word)
        named = "" if word.lower() == who else f" ({_quote(word)})"
        return f"scope: the claim is about {who}{named}; the finding is in {subject}"

    def _quantifier_widening(
        self, text: str, reading: cues.Reading, info: _FactInfo, claim_level: str
    ) -> str | None:
        """ "each", "all", "every" where the fact holds for some."""
        if info.universal or info.fact.kind in ("context", "bibliographic", "quote"):
            return None
        if rung(claim_level) < rung("probable"):
            return None
        masked = _IDIOMS.sub(" ", text)
        for c in reading.of("quantifier"):
            word = _first_word(c.text)
            clause = re.split(r"[;:,]|\bbut\b", text[: c.start])[-1]
            if _NEGATOR.search(clause):
                continue  # "this does not mean every patient ...": not a wider scope
            if word in UNIVERSAL and c.scoped and _has_word(masked, word):
                return (
                    f"scope: the claim says {_quote(c.text)}; "
                    "the study's finding does not hold for all"
                )
        return None

    def _promised(self, text: str, reading: cues.Reading, info: _FactInfo) -> str | None:
        """A cure, breakthrough or coming treatment the fact does not establish."""
        cue = promise(text, reading)
        if cue is None:
            return None
        # Only a fact that states the same benefit plainly backs it: a treatment does not
        # back a cure.
        kept = {c.value for c in info.reading.of("benefit")}
        if cue.value == "treatment":
            kept |= {"treatment"} if "cure" in kept else set()
        if info.fact.certainty == "shown" and info.fact.kind != "caveat" and cue.value in kept:
            return None
        promised = _quote(cue.text)
        return f"promise: the claim promises {promised}; the study did not show that benefit"

    def _beyond(
        self, text: str, reading: cues.Reading, info: _FactInfo, claim_level: str
    ) -> str | None:
        """The claim asserts what the fact says the study did not establish."""
        claim_words = self._words(text)
        about_subjects = bool(reading.subjects & {"animal", "cell"}) or self._names_subjects(text)
        negated = bool(reading.of("negation")) and not _NOT_ONLY.search(text)
        for words, negative, about_people in info.disclaimers:
            if about_people and about_subjects:
                continue  # "in mice" is what was shown; "in people" is what was not
            shared = words & claim_words
            covered = len(shared) / len(words)
            if (
                negative
                and negated
                and covered >= 0.5
                or (not negated and covered >= 0.6 and rung(claim_level) >= rung("probable"))
            ):
                return "beyond the study: the claim asserts what the study did not establish"
        return None
