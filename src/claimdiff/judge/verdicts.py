"""Give each claim a verdict against the fact chosen for it, with reasons naming the cues.

The verdict definitions (supported, overstated, misreported, unsupported, background) follow
the project's contract. A claim is compared with the fact it reports:

- misreported: a checkable detail differs (a number, a duration, a date, a name, an
  institution, the journal, the species);
- overstated: more certainty than the fact has on the certainty ladder, a wider scope (mice to
  people; some to all), a promised benefit, or what the fact says the study did not establish;
- supported otherwise.

Which fact a claim reports is chosen before (`choose`). Claims that report no fact are
`unsupported` when they present themselves as the study's finding, `background` otherwise.
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
    LADDER,
    NAME,
    TITLED_NAME,
    claim_certainty,
    form_reason,
    known_surnames,
    presents_finding,
    promise,
    rung,
    sheet_corpus,
)
from claimdiff.language import cues
from claimdiff.language.quantities import Quantity, extract
from claimdiff.language.scope import fact_scope, human_scope
from claimdiff.language.textnorm import TermMap
from claimdiff.locations import data_file
from claimdiff.model import Claim, Fact, Judgement, Match, Sheet

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
# The writer talking to or about the reader: "I drink three cups", "most of us", "your cup",
# and exclamations. Outside quotes these are the article's voice, not the study's.
_WRITER = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|us|our|ours|you|your|yours)\b|!\s*$")
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


class Verdicts:
    """Gives claims their verdicts against the facts of one sheet (prepared once)."""

    def __init__(self, sheet: Sheet, terms: TermMap) -> None:
        self.sheet = sheet
        self.terms = terms
        self._index = {f.id: i for i, f in enumerate(sheet.facts)}
        self._plain_terms = TermMap(sheet.terms)
        self.info = [self._fact_info(f) for f in sheet.facts]
        study = sheet.study
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
                    disclaimers.append((words, negative, human_scope(alt) is not None))
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
            quantities=[q for t in (fact.text, *fact.also) for q in extract(t)],
            disclaimers=disclaimers,
            hedged=frozenset(hedged - plain),
            plain=frozenset(plain - hedged),
            scope=fact_scope(fact.scope, fact.text, fact.kind, self.sheet.study.subjects),
            words=self._words(" ".join((fact.text, *fact.also))),
            universal=any(_first_word(c.text) in UNIVERSAL for c in reading.of("quantifier")),
        )

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
        if match.fact_id is None:
            if presents_finding(text):
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
        misreports = self._misreports(text, info)
        if misreports:
            return Judgement("misreported", tuple(misreports))
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
        level = self._fact_level(info, text)
        if unsure:
            return Judgement("background", (unsure,))
        return Judgement(
            "supported",
            (
                f"supported: reports {_quote(info.fact.id)} (similarity {match.similarity:.2f}) "
                f"with no more certainty than the study ({level}) and no wider scope",
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
            *self._sex_conflicts(text, info),
            *self._direction_conflicts(text, info),
            *self._species_conflicts(text),
            *self._institution_conflicts(text),
            *self._journal_conflicts(text),
            *self._name_conflicts(text, info),
        ]

    def _number_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        out = []
        quantities = extract(text)
        # The words the numbers are written with ("two days") say nothing of which fact it is.
        masked = text
        for q in quantities:
            masked = masked[: q.start] + " " * (q.end - q.start) + masked[q.end :]
        claim_words = self._words(masked)
        for q in quantities:
            if q.kind == "number":
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
            if not same or self._compatible(q, same) or self._elsewhere(q, info, claim_words):
                continue
            study = ", ".join(sorted({f.text for f in same}))
            label = {
                "duration": "duration",
                "year": "date",
                "age": "age",
                "frequency": "frequency",
                "money": "amount",
            }
            out.append(
                f"{label.get(q.kind, 'number')}: {study} in the study, {q.text} in the claim"
            )
        return out

    @staticmethod
    def _compatible(q: Quantity, facts: Sequence[Quantity]) -> bool:
        """A claim's quantity agrees with the fact's: the same value, or within its bounds.

        A fact that gives exact values ("69.1% lost at least 10%") is not satisfied by any
        number above its threshold ("96.1%"); a fact that only gives bounds ("more than a
        week") is.
        """
        tolerance = 0.1 if q.kind in ("percent", "duration", "age") else 0.0
        if any(q.same_value(f, tolerance) for f in facts):
            return True
        if q.bound in ("min", "max") and any(f.within(q) for f in facts):
            return True
        exact = [f for f in facts if f.bound not in ("min", "max")]
        return not exact and any(q.within(f) for f in facts)

    def _elsewhere(self, q: Quantity, info: _FactInfo, claim_words: frozenset[str]) -> bool:
        """The number belongs to another fact the claim also reports (a claim of two facts).

        The claim must share words with that fact that the aligned fact lacks ("... 1 in 40
        people, 80% of them women": "women" is the other fact's).
        """
        own = claim_words - info.words
        for other in self.info:
            if other is info or not own & other.words:
                continue
            if any(f.kind == q.kind and q.same_value(f, 0.1) for f in other.quantities):
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
                    return f"duration: {_quote(q.text)} where the study says {_quote(f.text)}"
        return None

    def _direction_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """An effect the other way round: "decreased" where the study says "increased".

        The two direction words must bear on the same thing (a content word next to both),
        and neither side may use the other word too."""
        fact_text = " ".join((info.fact.text, *info.fact.also))
        for up, down in _direction_words():
            if not (up.search(text) or down.search(text)):
                continue
            claim_up, claim_down = self._directed(text, up), self._directed(text, down)
            fact_up, fact_down = self._directed(fact_text, up), self._directed(fact_text, down)
            for said, study, other_said, other_study in (
                (claim_up, fact_down, claim_down, fact_up),
                (claim_down, fact_up, claim_up, fact_down),
            ):
                if not said or not study or other_said or other_study:
                    continue
                shared = {w for _, t in said for w in t} & {w for _, t in study for w in t}
                if shared:
                    return [
                        f"direction: the claim says {_quote(said[0][0])} "
                        f"where the study says {_quote(study[0][0])}"
                    ]
        return []

    def _directed(self, text: str, pattern: re.Pattern[str]) -> list[tuple[str, frozenset[str]]]:
        """Each direction word of `text` with the content words around it (what it moves).

        "more than 40" and "fewer than 10" compare numbers, not effects."""
        out = []
        for m in pattern.finditer(text):
            if re.match(r"\s+than\s+\d", text[m.end() :]):
                continue
            before = " ".join(text[: m.start()].split()[-2:])
            after = " ".join(text[m.end() :].split()[:3])
            out.append((m.group(), self._exact_words(before + " " + after)))
        return out

    def _sex_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        """ "men" where the fact's people are women (or the other way round)."""
        claim = _sexes(text)
        fact = _sexes(" ".join((info.fact.text, *info.fact.also)))
        if len(claim) == 1 and len(fact) == 1 and claim != fact:
            (said,), (study,) = claim, fact
            return [f"population: the claim is about {said}; the study's are {study}"]
        return []

    def _species_conflicts(self, text: str) -> list[str]:
        groups = _species_groups()
        named = {groups[m.group().lower()] for m in _species_pattern().finditer(text)}
        wrong = sorted(named - self._known_species)
        if not wrong or not self._known_species:
            return []
        study = " and ".join(sorted(self._known_species))
        return [f"population: the claim is about {wrong[0]}; the study used {study}"]

    def _institution_conflicts(self, text: str) -> list[str]:
        """The study credited to a university the sheet never names ("Oxford researchers")."""
        for name in _credited_institutions(text):
            if fuzz.partial_ratio(name.lower(), self._known_lower) < 85:
                known = ", ".join(self.sheet.study.institutions[:3]) or "other institutions"
                return [
                    f"institution: {_quote(name)} is not among the study's institutions ({known})"
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
        return [f"journal: {_quote(named)} where the study appeared in {journal}"]

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
            return [f"name: {_quote(m.group().strip())} is not named by the study"]
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
            cue = self._certainty_cue(reading, claim_level)
            verb = {"suggested": "suggests", "speculated": "only speculates"}.get(level, "states")
            out.append(
                f"certainty: the claim says {cue} ({claim_level}) "
                f"where the study {verb} it ({level})"
            )
        for reason in (
            self._causal(reading, info),
            self._scope_widening(text, reading, info, claim_level, match),
            self._quantifier_widening(text, reading, info, claim_level),
            self._promised(text, reading, info),
            self._beyond(text, reading, info, claim_level),
        ):
            if reason:
                out.append(reason)
        return out

    @staticmethod
    def _certainty_cue(reading: cues.Reading, level: str) -> str:
        kinds = ("booster", "hedge", "modal", "reporting")
        for c in reading.cues:  # a cue outside the main clause ("a step in finding") is not it
            if c.scoped and c.kind in kinds and c.value == level:
                return _quote(c.text)
        return "it plainly"

    @staticmethod
    def _causal(reading: cues.Reading, info: _FactInfo) -> str | None:
        """A cause stated where the study found an association."""
        if info.fact.kind not in ("result", "conclusion"):
            return None
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

    def _scope_widening(
        self, text: str, reading: cues.Reading, info: _FactInfo, claim_level: str, match: Match
    ) -> str | None:
        """A finding in animals or cells stated, confidently, about people."""
        if info.scope not in ("animal", "cell") or rung(claim_level) < rung("probable"):
            return None
        if reading.subjects & {"animal", "cell"} or self._names_subjects(text):
            return None
        states_finding = (
            reading.strength >= 2 or presents_finding(text) or match.similarity >= FINDING_MATCH
        )
        human = human_scope(text)
        if human is None or not states_finding:
            return None
        subject = (
            info.fact.scope
            or self.sheet.study.subjects
            or ("mice" if info.scope == "animal" else "cells")
        )
        return f"scope: the claim is about {human}; the finding is in {subject}"

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
