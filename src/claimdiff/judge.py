"""Give each aligned claim a verdict, with reasons that name the cue behind it.

The verdict definitions (supported, overstated, misreported, unsupported, background) follow
the project's contract. A claim is compared with the fact it reports:

- misreported: a checkable detail differs (a number, a duration, a date, a name, an
  institution, the journal, the species);
- overstated: more certainty than the fact has on the certainty ladder, a wider scope (mice to
  people; some to all), causation the study did not show, a promised benefit, or something the
  fact says the study did not establish;
- supported otherwise.

Claims that report no fact are `unsupported` when they present themselves as the study's
finding, `background` otherwise. Accurate investigator quotes are judged as quotes.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz

from claimdiff import cues
from claimdiff.align import Aligner, Alignment
from claimdiff.locations import data_file
from claimdiff.model import Claim, Document, Fact, Judgement, Match, Sheet, Verdict
from claimdiff.quantities import Quantity, extract
from claimdiff.textnorm import normalize_word, tokenize

LADDER = ("speculated", "suggested", "probable", "shown")
LOOSE_MATCH = 0.20  # a claim framed as the study's finding aligns down to this similarity
VERBATIM = 0.80  # a claim this close to a quote fact is that quote, marks or not
EVALUATIVE_MATCH = 0.45  # evaluative claims below this similarity are background
QUANTITY_GUARD = 2  # a number also in another fact sharing this many words is not a misreport


@lru_cache(maxsize=1)
def _framing() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    out = {}
    for key in ("study_nouns", "finding_verbs", "speech_verbs", "titles", "roles"):
        out[key] = frozenset(normalize_word(w) for w in raw.get(key, []))
    return out


def _rung(level: str | None) -> int:
    return LADDER.index(level) if level in LADDER else len(LADDER) - 1


def _quote(text: str) -> str:
    return f'"{text}"'


_QUOTE_CHARS = "\"“”„«»"
_NAME = re.compile(r"\b([A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+)+)")
_INSTITUTION_HEAD = re.compile(
    r"\b(?:University|College|Institute|Institut|Institutet|Hospital|School|Centre|Center|"
    r"Foundation|Council|Trust|Clinic|Laboratory|Laboratories|Academy|Society|Agency)\b"
)
_JOURNAL = re.compile(
    r"\b(?:published|appear(?:s|ed|ing)?|reported|described)\s+(?:\w+\s+){0,3}?in\s+(?:the\s+)?"
    r"((?:journal\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|[A-Z][\w&'’.-]*))*)"
)


_TITLED_NAME = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+"
    r"(?P<name>[A-Z][a-zA-Z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-zA-Z'’-]+)?)"
)
_INSTITUTION = re.compile(
    r"(?:(?:[A-Z][\w'’&.-]*|of|for|&|de|la|the)\s+){0,5}?"
    r"(?:University|College|Institute|Institutet|Hospital|School|Centre|Center|Clinic|"
    r"Laboratory|Laboratories|Academy)"
    r"(?:\s+(?:of|for|de)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})?"
)


def _institutions(text: str) -> list[str]:
    """Institution names written in a sentence ("the University of Liverpool")."""
    out = []
    for m in _INSTITUTION.finditer(text):
        name = m.group().strip()
        name = re.sub(r"^(?:(?:the|of|for|and|&|de|la)\s+)+", "", name, flags=re.I)
        if len(name.split()) >= 2 and name[0].isupper():
            out.append(name)
    return out


@lru_cache(maxsize=1)
def _species_groups() -> dict[str, str]:
    raw = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))
    return {w.lower(): group for group, words in raw["groups"].items() for w in words}


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


@dataclass(slots=True)
class _FactInfo:
    """What the judge needs to know about one fact, computed once per sheet."""

    fact: Fact
    reading: cues.Reading
    clauses: list[tuple[str, cues.Reading, frozenset[str]]]
    quantities: list[Quantity]
    disclaimers: list[tuple[frozenset[str], bool]]  # (content words, negative?) not established
    scope: str | None  # "animal", "cell" or "human"
    words: frozenset[str] = field(default_factory=frozenset)


def _content(text: str) -> frozenset[str]:
    return frozenset(t.norm for t in tokenize(text) if not t.stop)


_DISCLAIMER = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:establish|show|prove|demonstrate|test|examine|address|mean)"
    r"(?:\s+that)?\s+(?P<what>[^;.]+)"
    r"|\b(?:whether|if)\s+(?P<what2>[^;.]+?)\s+(?:was|were|has|have)\s+not\s+(?:been\s+)?"
    r"(?:tested|examined|studied|shown|established)"
    r"|\bnot\s+(?:yet\s+)?(?:tested|established|shown|proven)\s+(?:in|that|whether)\s+(?P<what3>[^;.]+)"
)


def _disclaimers(text: str) -> list[tuple[frozenset[str], bool]]:
    """Propositions a fact says the study did NOT establish, split on "or"."""
    out = []
    for m in _DISCLAIMER.finditer(text):
        what = m.group("what") or m.group("what2") or m.group("what3") or ""
        for alt in re.split(r"\s*,?\s+or\s+(?:that\s+)?", what):
            words = _content(alt)
            if len(words) >= 2:
                negative = bool(re.search(r"\b(?:not|no|never|rather than|instead of)\b", alt))
                out.append((words, negative))
    return out


def _clauses(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r";|\s+but\s+|\.\s+", text) if p.strip()]
    return parts or [text]


def _scope_class(scope: str | None) -> str | None:
    if not scope:
        return None
    reading = cues.read(scope)
    kinds = {c.value for c in reading.cues if c.kind in ("species", "population")}
    if "animal" in kinds:
        return "animal"
    if "cell" in kinds:
        return "cell"
    if "human" in kinds:
        return "human"
    return None


class Judge:
    """Judges the claims of documents against the facts of one sheet."""

    def __init__(self, sheet: Sheet, aligner: Aligner) -> None:
        self.sheet = sheet
        self.aligner = aligner
        self.quote_mask = np.array([f.kind == "quote" for f in sheet.facts], dtype=bool)
        self.info: list[_FactInfo] = []
        for fact in sheet.facts:
            scope = fact.scope or (sheet.study.subjects if fact.kind == "result" else None)
            info = _FactInfo(
                fact=fact,
                reading=cues.read(fact.text),
                clauses=[(c, cues.read(c), _content(c)) for c in _clauses(fact.text)],
                quantities=[q for t in (fact.text, *fact.also) for q in extract(t)],
                disclaimers=_disclaimers(fact.text),
                scope=_scope_class(scope),
                words=_content(" ".join((fact.text, *fact.also))),
            )
            self.info.append(info)
        self._index = {f.id: i for i, f in enumerate(sheet.facts)}
        corpus = " ".join(
            [
                *(f.text for f in sheet.facts),
                *(a for f in sheet.facts for a in f.also),
                *sheet.study.authors,
                *sheet.study.institutions,
                sheet.study.journal or "",
                sheet.study.title,
                *sheet.terms,
                *(p for ps in sheet.terms.values() for p in ps),
            ]
        )
        self._known_text = corpus
        self._known_names = {n.lower() for n in _NAME.findall(corpus)} | {
            a.lower() for a in sheet.study.authors
        }
        self._known_surnames = {n.split()[-1].lower() for n in self._known_names}
        self._species_known = {
            c.text.lower() for c in cues.read(corpus).cues if c.kind == "species"
        } | ({sheet.study.subjects.lower()} if sheet.study.subjects else set())

    # ------------------------------------------------------------------ documents

    def judge(self, doc: Document, alignment: Alignment) -> list[tuple[Match, Judgement]]:
        """The final match and the judgement of every claim of a document."""
        attributed = self._attributed(doc)
        out = []
        for i, claim in enumerate(doc.claims):
            match = alignment.matches[i]
            toks = alignment.claim_tokens[i]
            row = alignment.scores[i]
            is_quote = attributed[i]
            # A quote fact is only what an investigator said: an unattributed paraphrase of
            # it is judged as the article's own statement against the other facts.
            if match.fact_id is not None and self._fact(match).kind == "quote":
                if not is_quote and match.similarity < VERBATIM:
                    match = self.aligner.match(toks, row, ~self.quote_mask)
                else:
                    is_quote = True
            if match.fact_id is None and self._presents_finding(claim.display):
                allowed = None if is_quote else ~self.quote_mask
                match = self.aligner.match(toks, row, allowed, threshold=LOOSE_MATCH)
            out.append((match, self.judge_claim(claim, match, quoted=is_quote)))
        return out

    def _fact(self, match: Match) -> Fact:
        return self.sheet.facts[self._index[match.fact_id]]  # type: ignore[index]

    def _attributed(self, doc: Document) -> list[bool]:
        """Which claims are an attributed quote (marks, "X said", or a pull-quote's byline)."""
        words = _framing()
        paras = [0] + [m.end() for m in re.finditer(r"\n[ \t\r]*\n", doc.text)]
        para_of = [bisect.bisect_right(paras, c.start) - 1 for c in doc.claims]
        out = []
        for c in doc.claims:
            quoted = c.quoted or any(q in c.text for q in _QUOTE_CHARS)
            out.append(quoted or self._reported_speech(c.display, words))
        # A pull-quote: a paragraph followed by a short line that names a person and a role.
        for i, c in enumerate(doc.claims):
            if self._attribution_line(c.display, words) and i > 0:
                para = para_of[i - 1]
                if para != para_of[i]:
                    for j in range(i - 1, -1, -1):
                        if para_of[j] != para:
                            break
                        out[j] = True
        return out

    @staticmethod
    def _reported_speech(text: str, words: dict[str, frozenset[str]]) -> bool:
        toks = tokenize(text)
        for k, t in enumerate(toks):
            if t.norm in words["speech_verbs"]:
                window = text[max(0, t.start - 60) : t.end + 40]
                if _NAME.search(window) or re.search(r"\b(?:he|she|they)\b", window, re.I):
                    return True
        return bool(re.search(r"\baccording to (?:dr|prof|professor|mr|ms|mrs)\b", text, re.I))

    @staticmethod
    def _attribution_line(text: str, words: dict[str, frozenset[str]]) -> bool:
        toks = tokenize(text)
        if not 2 <= len(toks) <= 14 or text.rstrip().endswith((".", "!", "?")):
            return False
        has_title = bool(toks) and toks[0].norm in words["titles"]
        has_role = any(t.norm in words["roles"] for t in toks)
        return bool(_NAME.search(text)) and (has_title or has_role) and "," in text

    # ------------------------------------------------------------------ one claim

    def judge_claim(self, claim: Claim, match: Match, quoted: bool = False) -> Judgement:
        """The verdict of one claim against the fact it was aligned to (or none)."""
        text = claim.display
        reading = cues.read(text)
        background = self._background_reason(text, reading, match, quoted)
        if background:
            return Judgement("background", (background,))
        if match.fact_id is None:
            if self._presents_finding(text):
                return Judgement(
                    "unsupported",
                    ("unsupported: the claim presents as the study's finding something no fact "
                     "of the sheet states",),
                )
            return Judgement(
                "background",
                ("background: no fact of the study matches, and the claim does not present "
                 "itself as the study's finding",),
            )
        info = self.info[self._index[match.fact_id]]
        misreports = self._misreports(text, info)
        if misreports:
            return Judgement("misreported", tuple(misreports))
        if quoted and (info.fact.kind == "quote" or info.fact.source == "investigator"):
            return Judgement(
                "supported",
                (f"quote: an attributed quote matching {_quote(info.fact.id)} "
                 f"(similarity {match.similarity:.2f})",),
            )
        overs = self._overstatements(text, reading, info)
        if overs:
            return Judgement("overstated", tuple(overs))
        level = self._fact_level(info, text)
        return Judgement(
            "supported",
            (f"supported: reports {_quote(info.fact.id)} (similarity {match.similarity:.2f}) "
             f"with no more certainty than the study ({level})",),
        )

    # ------------------------------------------------------------------ background

    def _background_reason(
        self, text: str, reading: cues.Reading, match: Match, quoted: bool
    ) -> str | None:
        stripped = text.strip()
        if stripped.endswith("?"):
            return "background: a question, not a statement"
        if re.match(r"^(?:posted|written|published|updated)?\s*by\s+[A-Z]", stripped, re.I) and len(
            stripped.split()
        ) <= 8:
            return "background: a byline"
        evaluative = reading.of("evaluative")
        if evaluative and not quoted and match.similarity < EVALUATIVE_MATCH:
            if not self._presents_finding(text):
                return f"background: evaluative language ({_quote(evaluative[0].text)}), not a checkable statement"
        return None

    @staticmethod
    def _presents_finding(text: str) -> bool:
        words = _framing()
        norms = [t.norm for t in tokenize(text)]
        has_subject = any(w in words["study_nouns"] for w in norms)
        has_verb = any(w in words["finding_verbs"] for w in norms)
        return has_subject and has_verb

    # ------------------------------------------------------------------ misreported

    def _misreports(self, text: str, info: _FactInfo) -> list[str]:
        reasons = []
        reasons += self._number_conflicts(text, info)
        reasons += self._species_conflicts(text)
        reasons += self._institution_conflicts(text)
        reasons += self._journal_conflicts(text)
        reasons += self._name_conflicts(text, info)
        return reasons

    def _species_conflicts(self, text: str) -> list[str]:
        groups = _species_groups()
        named = {group for word, group in groups.items() if _has_word(text, word)}
        known = {group for word, group in groups.items() if _has_word(self._known_text, word)}
        subjects = self.sheet.study.subjects or ""
        known |= {group for word, group in groups.items() if _has_word(subjects, word)}
        wrong = sorted(named - known)
        if not wrong or not known:
            return []
        study = " and ".join(sorted(known))
        return [f"population: the claim is about {wrong[0]}; the study used {study}"]

    def _institution_conflicts(self, text: str) -> list[str]:
        out = []
        for name in _institutions(text):
            if fuzz.partial_ratio(name.lower(), self._known_text.lower()) < 85:
                known = ", ".join(self.sheet.study.institutions[:3]) or "other institutions"
                out.append(f"institution: {_quote(name)} is not among the study's institutions ({known})")
        return out[:1]

    def _journal_conflicts(self, text: str) -> list[str]:
        journal = self.sheet.study.journal
        m = _JOURNAL.search(text)
        if not journal or not m:
            return []
        named = m.group(1).strip(" .,")
        if len(named) < 4 or named.lower() in {"the", "their", "a", "an"}:
            return []
        if fuzz.partial_ratio(named.lower(), self._known_text.lower()) >= 85:
            return []
        if not re.search(r"journal|review|letters|proceedings|annals|lancet|nature|science|cell|bmj|jama|plos|medicine", named, re.I):
            return []
        return [f"journal: {_quote(named)} where the study appeared in {journal}"]

    def _name_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        words = _framing()
        out = []
        for m in _TITLED_NAME.finditer(text):
            surname = m.group("name").split()[-1].strip("'’s").lower()
            if not surname or surname in self._known_surnames:
                continue
            if any(fuzz.ratio(surname, k) >= 85 for k in self._known_surnames):
                continue
            if info.fact.kind in ("bibliographic", "quote") or any(
                t.norm in words["roles"] for t in tokenize(text)
            ):
                out.append(f"name: {_quote(m.group().strip())} is not named by the study")
        return out[:1]

    def _number_conflicts(self, text: str, info: _FactInfo) -> list[str]:
        out = []
        claim_words = _content(text)
        for q in extract(text):
            if q.kind == "number":
                continue
            same = [f for f in info.quantities if f.kind == q.kind and (q.kind != "count" or f.noun == q.noun)]
            if not same:
                continue
            tolerance = 0.1 if q.kind in ("percent", "ratio", "duration") else 0.0
            if any(q.overlaps(f, tolerance) for f in same):
                continue
            if self._elsewhere(q, info, claim_words):
                continue
            study = ", ".join(sorted({f.text for f in same}))
            label = "duration" if q.kind == "duration" else ("date" if q.kind == "year" else "number")
            if q.kind == "duration" and q.unit and all(f.unit and f.unit != q.unit for f in same):
                out.append(f"{label}: {_quote(q.text)} where the study says {study}")
            else:
                out.append(f"{label}: {study} in the study, {q.text} in the claim")
        return out

    def _elsewhere(self, q: Quantity, info: _FactInfo, claim_words: frozenset[str]) -> bool:
        """The number appears in another fact the claim also reports (a claim of two facts)."""
        for other in self.info:
            if other is info:
                continue
            if any(f.kind == q.kind and q.overlaps(f, 0.1) for f in other.quantities):
                if len(claim_words & other.words) >= QUANTITY_GUARD:
                    return True
        return False

    # ------------------------------------------------------------------ overstated

    def _fact_level(self, info: _FactInfo, text: str) -> str:
        """The certainty the fact gives the part of it the claim reports.

        A sheet may hedge one clause of a fact and state another plainly ("therapies that
        lower X may work; such therapies already exist"): a claim reporting the plain clause
        is held to "shown".
        """
        declared = info.fact.certainty
        if declared == "shown" or len(info.clauses) < 2:
            return declared
        words = _content(text)
        best = max(info.clauses, key=lambda c: len(words & c[2]))
        hedged_elsewhere = any(_rung(c[1].certainty) < _rung("shown") for c in info.clauses if c is not best)
        if best[1].certainty == "shown" and hedged_elsewhere and len(words & best[2]) >= 2:
            return "shown"
        return declared

    def _overstatements(self, text: str, reading: cues.Reading, info: _FactInfo) -> list[str]:
        out = []
        level = self._fact_level(info, text)
        claim_level = reading.certainty or "shown"
        if _rung(claim_level) > _rung(level):
            cue = self._certainty_cue(reading, claim_level)
            out.append(
                f"certainty: the claim says {cue} ({claim_level}) where the study "
                f"{'suggests' if level == 'suggested' else 'speculates' if level == 'speculated' else 'states'} it ({level})"
            )
        scope = self._scope_widening(reading, info, claim_level)
        if scope:
            out.append(scope)
        for words, negative in info.disclaimers:
            claim_words = _content(text)
            covered = len(words & claim_words) / len(words)
            if covered >= 0.6 and (negative and reading.of("negation") or _rung(claim_level) >= _rung("probable")):
                out.append(
                    "beyond the study: the claim asserts what the study did not establish ("
                    + ", ".join(sorted(words & claim_words)) + ")"
                )
                break
        return out

    @staticmethod
    def _certainty_cue(reading: cues.Reading, level: str) -> str:
        for c in reading.cues:
            if c.kind in ("booster", "hedge", "modal", "reporting") and c.value == level:
                return _quote(c.text)
        return "it plainly"

    def _scope_widening(self, reading: cues.Reading, info: _FactInfo, claim_level: str) -> str | None:
        if info.scope not in ("animal", "cell") or _rung(claim_level) < _rung("probable"):
            return None
        kinds = {c.value for c in reading.cues if c.kind in ("species", "population")}
        if info.scope in kinds or "animal" in kinds:
            return None
        if "human" not in kinds:
            return None
        human = next(c.text for c in reading.cues if c.value == "human")
        subject = "mice" if info.scope == "animal" else "cells"
        if info.fact.scope:
            subject = info.fact.scope
        elif self.sheet.study.subjects:
            subject = self.sheet.study.subjects
        return f"scope: the claim is about {human}; the finding is in {subject}"
