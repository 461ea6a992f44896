"""What the judge knows about each fact of a sheet, read once per sheet.

`SheetFacts` holds, for every fact, its reading (certainty cues), quantities, checkable
details (`language.details`), what it says did not happen, the clauses it hedges and states
plainly, and what it says the study did not establish; and for the sheet its terms, the
words it uses for material and its names. The misreport checks (`misreported`) and the
verdicts (`verdicts`) build on it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from claimdiff.judge.framing import LADDER, known_surnames, sheet_corpus
from claimdiff.language import cues
from claimdiff.language.details import Detail, DetailBook
from claimdiff.language.quantities import Quantity, extract, quantities_of
from claimdiff.language.scope import fact_scope, human_scope, human_words, material_words
from claimdiff.language.textnorm import TermMap
from claimdiff.locations import data_file
from claimdiff.model import Fact, Sheet

UNIVERSAL = frozenset({"all", "every", "each", "everyone", "everybody", "always"})
DISCLAIMER = re.compile(
    r"\b(?:does|do|did)\s+not\s+(?:establish|show|prove|demonstrate|test|examine|address|mean|"
    r"measure|assess|evaluate|compare|investigate|study|look\s+at|track|record)"
    r"(?:\s+that)?\s+(?P<what>[^;.]+)"
    r"|\b(?:whether|if)\s+(?P<what2>[^;.]+?)\s+(?:was|were|has|have)\s+not\s+(?:been\s+)?"
    r"(?:tested|examined|studied|shown|established)"
    r"|\bnot\s+(?:yet\s+)?(?:tested|established|shown|proven)\s+(?:in|that|whether)\s+"
    r"(?P<what3>[^;.]+)"
    # "too small to estimate efficacy against X", "cannot tell whether X"
    r"|\btoo\s+(?:small|few|short|underpowered)\s+to\s+(?:estimate|tell|show|judge|detect|"
    r"assess|say|know)\s+(?P<what4>[^;.]+)"
    r"|\b(?:cannot|can\s+not|can't|could\s+not|couldn't)\s+(?:tell|say|know|establish)\s+"
    r"(?P<what5>whether\s+[^;.]+)"
    # "Whether the benefit lasts after programmes end is uncertain."
    r"|\b[Ww]hether\s+(?P<what6>[^;.]+?)\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:uncertain|unknown|unclear|not\s+known|untested|an\s+open\s+question)"
)
# What a result says did not happen: "did not lose weight", "were not affected".
_DENIAL = re.compile(
    r"\b(?:(?:did|does|do|was|were|is|are|has|have|had)\s*(?:not|n['’]t)|never|no longer)"
    r"\s+(?:been\s+)?(?P<what>[a-z][\w-]*(?:\s+(?!and\b|or\b|but\b)[a-z][\w-]*){0,2})",
    re.I,
)
# "no serious harms were linked to the drug", "no serious harms occurred": what the subject
# did not do, said of "no X".
_NO_DENIAL = re.compile(
    r"\bno\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
    r"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?|(?=(?:occurred|happened|arose|emerged)\b))"
    r"(?P<verb>[a-z][\w-]*)",
    re.I,
)
# "there is no single X gene", "there was no link between A and B": X is denied to exist;
# "no evidence that" says what is not known, not what is not so.
_NONE_EXISTS = re.compile(
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\s+"
    r"(?:(?:single|one|specific|particular|known)\s+)?"
    r"(?P<what>(?!(?:evidence|proof|data|sign|indication|reason|way)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:that|which|to|for|in|of|between)\b)[a-z][\w-]*){0,2}"
    r"(?:\s+between\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)",
    re.I,
)
# "nobody had side effects", "the tablet caused virtually no side effects": what no one had
_NONE_HAD = re.compile(
    r"\b(?:(?:(?:virtually|almost|practically)\s+)?(?:nobody|no\s+one|no-one)\s+(?:had|got|experienced|developed|suffered|reported)"
    r"\s+(?:any\s+)?|(?:had|has|have|caused|causes|produced|produces|brought|brings)\s+"
    r"(?:(?:virtually|almost|practically)\s+)?no\s+)"
    r"(?P<what>(?!(?:effect|benefit|impact|influence|difference|change|evidence|sign|"
    r"reason|way|idea|chance|time|need|choice|option|plans?)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:and|or|but|in|on|at|for|with|from|of|to|that|which)\b)[a-z][\w-]*){0,2})",
    re.I,
)
# A preposition or article a denial's span may end on ("is not yet approved by").
_TRAILING = re.compile(r"(?:\s+(?:by|to|in|of|at|on|for|with|from|the|a|an|any))+$", re.I)


@dataclass(frozen=True, slots=True)
class Denial:
    """What a sentence says did not happen: `span` as written, the denied `what`, the verb
    of a denied "no X" ("no serious harms were *linked*"; "" otherwise), and where it starts."""

    span: str
    what: str
    verb: str
    start: int


def denials(text: str) -> list[Denial]:
    """The denials of a sentence: "did not lose weight", "no serious harms were linked",
    "nobody had side effects"."""
    out = [Denial(_TRAILING.sub("", m.group().strip()), m.group("what"), "", m.start())
           for m in _DENIAL.finditer(text)]  # fmt: skip
    out += [
        Denial(_TRAILING.sub("", m.group().strip()), m.group("what"), m.group("verb"), m.start())
        for m in _NO_DENIAL.finditer(text)
    ]
    out += [
        Denial(_TRAILING.sub("", m.group().strip()), m.group("what"), "exist", m.start())
        for m in _NONE_EXISTS.finditer(text)
    ]
    out += [
        Denial(_TRAILING.sub("", m.group().strip()), m.group("what"), "have", m.start())
        for m in _NONE_HAD.finditer(text)
    ]
    return out


# the group a finding is compared with, named by what it did not do: "than those who never
# smoked", "compared with women who had not", "versus people who did not"
_REFERENCE_GROUP = re.compile(
    r"\b(?:than|with|versus|vs\.?|against)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:who|that)\s+"
    r"(?:had\s+|have\s+|did\s+|do\s+|were\s+|was\s+)?\Z"
    # "cleared 74% of people who did not have TB": a group described, not a denial
    r"|\b(?:people|persons|patients|participants|those|adults|children|individuals|women|men|"
    r"volunteers)\s+(?:who|whom)\s+(?:had\s+|have\s+|did\s+|do\s+|were\s+|was\s+)?\Z",
    re.I,
)

NEGATOR = re.compile(
    # "n't" ends a word ("wasn't", "didn't"): no word boundary before it
    r"\b(?:not|cannot|never|no|nor|neither|without|no longer|none|nothing|nobody)\b|n['’]t\b",
    re.I,
)
STUDY_SUBJECT = re.compile(
    r"\b(?:study|studies|trial|research|researchers|scientists|boffins|team|cohort|experiment|survey|"
    r"analysis|paper|authors)\b",
    re.I,
)
# Someone from outside the study ("Dr X of Y, who was not involved in the study, said"): where
# they work and who they are are no details of the study.
OUTSIDER = re.compile(
    r"\bnot\s+(?:been\s+)?(?:involved|part\s+of\s+the\s+(?:study|research|team|trial))\b"
    r"|\b(?:was|were|is|are)n['’]t\s+involved\b|\bunaffiliated\b|\buninvolved\b"
    r"|\b(?:did\s+not|didn['’]t)\s+(?:take\s+part|participate|work)\s+(?:in|on)\b"
    r"|\bindependent\s+(?:expert|researcher|scientist|commentator|specialist)s?\b"
    r"|\bcommenting\s+on\s+the\s+(?:study|findings|research|paper|results)\b",
    re.I,
)
# A claim that says it reports another study ("a later trial", "a follow-up study").
ANOTHER_STUDY = re.compile(
    r"\b(?:another|a second|a separate|a later|a newer|a new|an earlier|a previous|a prior|"
    r"a follow-up|the follow-up|follow-up|subsequent|earlier|previous|prior|later|separate|"
    r"other)\s+(?:[\w-]+\s+){0,2}?(?:study|studies|trial|trials|paper|work|research|experiment|"
    r"survey|evaluation|screen|simulation|investigation)\b"
    # ... or what came after it ("later", "since then"); "later in life" is an age
    r"|\b(?:later(?!\s+(?:on\s+)?(?:in\s+)?life\b)|since|subsequently|afterwards|since then)\b",
    re.I,
)
# Work other than this study's: "earlier studies have shown", "similar experiments have been
# done in other conditions". A claim about it reports no result or design of this study.
OTHER_WORK = re.compile(
    r"\b(?:another|a second|a separate|an earlier|a previous|a prior|earlier|previous|prior|"
    r"other|similar|past|older)\s+(?:\w+\s+)?(?:studies|trials|papers|experiments|research|"
    r"work|findings)\b"
    r"|\bin\s+other\s+(?:conditions|diseases|disorders|illnesses|species|animals)\b"
    # one such work, named as the sentence's subject: "An earlier study, Roe et al., had ..."
    r"|^\s*(?:an\s+earlier|a\s+previous|a\s+prior|an\s+older|a\s+separate)\s+(?:\w+\s+)?"
    r"(?:study|trial|paper|estimate|analysis|survey)\b",
    re.I,
)
# ... unless it sets this study against that work: "unlike earlier studies, this one ...",
# "in line with other studies, ..."
THIS_WORK = re.compile(
    r"\b(?:this|the\s+new|the\s+latest|the\s+present|the\s+current|our|the\s+new)\s+"
    r"(?:\w+\s+)?(?:study|trial|research|paper|work|findings|results|experiment)\b"
    r"|\b(?:unlike|in\s+contrast|compared\s+with|compared\s+to|than|builds?\s+on|confirm|"
    r"consistent\s+with|in\s+line\s+with|agrees?\s+with|echoe?s?|adds?\s+to)",
    re.I,
)
# "31 of the 84 sites", "41 of the surveyed sites": the count is of a part of what follows.
PART = " (a part of them)"
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|these|those|its|their|our|all\s+the)\s+((?:[\w'’-]+[ \t]+){0,3}[\w'’-]+)"
)
# Before "a day", "a week": something counted per unit of time ("9,800 steps", "6 days").
_RATE = re.compile(
    r"(?:\d[\d,.]*|\b(?:once|twice|times|cups?|steps?|days?|doses?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|"
    r"hundred|several|few))\s+[\w-]*\s*$",
    re.I,
)


# A number that is part of a name: "the Top-Ten list", "a Top 10 story", "Formula-One".
# "Covid-19", "top 10", "lag 2": a number that names, not an amount
_NAMED_NUMBER = re.compile(r"(?:\b[A-Z][a-z]+-|\b[Tt]op[ -]|\b[Ll]ags?\s+)$")


# ... unless a unit follows: "the top 10 metres of water" is a depth
_MEASURED = re.compile(
    r"\s*(?:m|cm|mm|km|ft|in|metres?|meters?|feet|foot|inch(?:es)?|miles?|yards?|"
    r"(?:centi|milli|kilo)met(?:re|er)s?|per\s*cent|percent)\b|\s*%",
    re.I,
)


# the number people dial: "999 calls", "a 911 operator", "calls to 111"
# the level of an interval ("95% CI", "a 90% confidence interval"): no figure of a finding
_INTERVAL_LEVEL = re.compile(
    r"\s*(?:CI|UI|CrI|confidence\s+interval|credible\s+interval|uncertainty\s+interval)\b",
    re.I,
)
_PHONE_LINE = re.compile(
    r"(?:999|911|112|111)\s+(?:calls?|callers?|operators?|lines?|services?|dispatch\w*)\b", re.I
)


def quote(text: str) -> str:
    return f'"{text}"'


@lru_cache(maxsize=4096)
def read_quantities(text: str) -> tuple[Quantity, ...]:
    """The quantities of a text (read once for all the checks that need them), without the
    "a day" of a rate ("9,800 steps a day", "twice a week"): that is not how long; nor the
    level of an interval ("95% CI")."""
    return tuple(
        q
        for q in quantities_of(text)
        if not (q.kind == "percent" and _INTERVAL_LEVEL.match(text, q.end))
        and not (
            q.kind == "duration" and q.vague and _RATE.search(text[max(0, q.start - 24) : q.start])
        )
        and not (
            _NAMED_NUMBER.search(text[max(0, q.start - 24) : q.start])
            and not _MEASURED.match(text, q.end)
        )
        and not _PHONE_LINE.match(text, q.start)
    )


def first_word(text: str) -> str:
    """The first word of a cue ("all patients" -> "all"), lower case."""
    return text.split()[0].lower() if text.split() else ""


# Where a sentence's clauses part: "; ", ". ", "but", a consequence (", so rarer harms could
# have been missed") and the next of listed that-clauses (", and that almost all were white").
_CLAUSE_BREAK = re.compile(r";|\.\s+|,?\s+but\s+|,\s+so\s+|,\s+(?:and\s+)?that\s+")


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, each stated or hedged on its own."""
    return [p.strip() for p in _CLAUSE_BREAK.split(text) if p.strip()] or [text]


@dataclass(slots=True)
class FactInfo:
    """What the judge needs to know about one fact, computed once per sheet."""

    fact: Fact
    reading: cues.Reading
    quantities: list[Quantity]
    # what the fact says the study did not establish: its words, negative?, about people?, and
    # the disclaimer as written
    disclaimers: list[tuple[frozenset[str], bool, bool, str]]
    hedged: frozenset[str]  # words of the fact's hedged clauses
    plain: frozenset[str]  # words of its clauses stated without a hedge
    scope: str | None  # "animal", "cell" or "human"
    words: frozenset[str]
    universal: bool
    details: tuple[Detail, ...]  # checkable details its text and phrasings name
    counted: tuple[tuple[str, str, Quantity], ...]  # bare numbers: (word counted, as written)
    # "the mice did not lose weight": (the denial as written, the words of "lose weight", the
    # words of what it is said of, "the mice")
    denied: tuple[tuple[str, frozenset[str], frozenset[str]], ...]


@lru_cache(maxsize=1)
def _related_study_words() -> frozenset[str]:
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in raw["related_study_words"])


# a study's name in capitals: "SNOWDROP", "MOVE-60", "UKCTOCS" (not "US", "UK")
_CAPITALS_NAME = re.compile(r"[A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*")


class SheetFacts:
    """The facts of one sheet as the judge reads them (prepared once)."""

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
        self._related_words: dict[str, tuple[frozenset[str], str | None]] | None = None
        self._known_lower = corpus.lower()
        self._known_surnames = known_surnames(sheet)
        self._subject_words = (
            {t.norm for t in terms.tokens(study.subjects)} if study.subjects else set()
        )
        self._study_scope = fact_scope(None, "", "result", study.subjects)
        # the nouns that name who or what was studied ("cell lines", "mice"), not what they
        # model ("human pancreatic cancer cell lines": naming the cancer names no subject)
        heads = human_words() | material_words() | {"line", "lines", "culture", "cultures"}
        self._subject_heads = frozenset(
            t.norm
            for t in terms.tokens(study.subjects or "")
            if (study.subjects or "")[t.start : t.end].lower() in heads
            or cues.read((study.subjects or "")[t.start : t.end]).subjects
        )

    def named_related(self, text: str) -> frozenset[str]:
        """The facts of each related study that a claim names by a word of its own title or
        relation that this study's facts never use ("a smaller *pilot* in eight schools", "a
        *six-month* trial run"), or by its year ("the 2019 trial")."""
        if not self.sheet.related:
            return frozenset()
        if self._related_words is None:
            own = " ".join(
                (
                    self.sheet.study.title,
                    *(t for f in self.sheet.facts if f.study is None for t in (f.text, *f.also)),
                )
            )
            mine = self._words(own)
            kinds = _related_study_words()
            self._related_words = {
                r.id: (
                    frozenset(
                        w
                        for m in re.finditer(r"[\w'’-]+", f"{r.title} {r.relation or ''}")
                        if m.group().lower() in kinds or _CAPITALS_NAME.fullmatch(m.group())
                        for w in self._words(m.group())
                    )
                    - mine,
                    str(r.published.year) if r.published else None,
                )
                for r in self.sheet.related
            }
        said = self._words(text)
        named = {
            rid
            for rid, (words, year) in self._related_words.items()
            if said & words or (year and re.search(rf"\b{year}\b", text))
        }
        return frozenset(f.id for f in self.sheet.facts if f.study in named)

    def _words(self, text: str) -> frozenset[str]:
        """Content words as the aligner sees them (terms and synonyms folded)."""
        return frozenset(t.norm for t in self.terms.tokens(text))

    def _exact_words(self, text: str) -> frozenset[str]:
        """Content words with only the sheet's terms folded (no general synonyms)."""
        return frozenset(t.norm for t in self._plain_terms.tokens(text))

    def _fact_info(self, fact: Fact) -> FactInfo:
        reading = cues.read(fact.text)
        disclaimers = []
        for m in DISCLAIMER.finditer(fact.text):
            groups = ("what", "what2", "what3", "what4", "what5", "what6")
            what = next((w for w in m.group(*groups) if w), "")
            for alt in re.split(r"\s*,?\s+n?or\s+(?:that\s+)?", what):
                words = self._words(alt)
                if words:
                    negative = bool(re.search(r"\b(?:not|no|never|rather than|instead of)\b", alt))
                    about_people = human_scope(alt, self._material) is not None
                    said = m.group().strip().rstrip(",")
                    disclaimers.append((words, negative, about_people, said))
        # A fact may hedge one clause and state another plainly ("therapies that lower X may
        # work; such therapies already exist"): keep the words of each kind of clause apart.
        hedged: set[str] = set()
        plain: set[str] = set()
        for clause in clauses(fact.text):
            if DISCLAIMER.search(clause):
                continue
            clause_reading = cues.read(clause)
            is_hedged = any(c.value in LADDER[:-1] for c in clause_reading.of("hedge", "modal"))
            (hedged if is_hedged else plain).update(self._exact_words(clause))
        return FactInfo(
            fact=fact,
            reading=reading,
            quantities=[q for t in (fact.text, *fact.also) for q in read_quantities(t)],
            disclaimers=disclaimers,
            hedged=frozenset(hedged - plain),
            plain=frozenset(plain - hedged),
            scope=fact_scope(fact.scope, fact.text, fact.kind, self.sheet.study.subjects),
            words=self._words(" ".join((fact.text, *fact.also))),
            universal=any(first_word(c.text) in UNIVERSAL for c in reading.of("quantifier")),
            details=tuple(self.details.find(" . ".join((fact.text, *fact.also)))),
            counted=tuple(
                (*noun, q)
                for t in (fact.text, *fact.also)
                for q in extract(t)
                if q.kind in ("number", "count") and (noun := self._noun_after(t, q))
            ),
            denied=tuple(self._denied(fact)),
        )

    def _denied(self, fact: Fact) -> list[tuple[str, frozenset[str], frozenset[str]]]:
        """What a result says did not happen: "the mice did not lose weight" -> the denial
        as written, the words of the denied predicate ("lose weight") and of its subject
        (the words of the clause before it)."""
        if fact.kind not in ("result", "design", "caveat") or fact.not_done:
            return []
        out: list[tuple[str, frozenset[str], frozenset[str]]] = []
        for d in denials(fact.text):
            words = self._words(d.what)
            if d.verb:
                # "no serious harms were linked to X": the harms, whatever the verb ("seen",
                # "attributed"); "no deaths were recorded": one word, with its verb
                if len(words) < 2:
                    words = self._words(f"{d.what} {d.verb}")
                if len(words) >= 2:
                    out.append((d.span, words, frozenset()))
            elif (
                words
                and not DISCLAIMER.search(fact.text[max(0, d.start - 20) : d.start + len(d.span)])
                # "than nurses who never worked nights": the group compared with, not a denial
                and not _REFERENCE_GROUP.search(fact.text, max(0, d.start - 60), d.start)
            ):
                before = re.split(r"[;:,]|\b(?:and|but|while|whereas)\b", fact.text[: d.start])
                subject = self._words(" ".join(before[-1].split()[-4:]))
                out.append((d.span, words, subject))
        return out

    def _partitive_noun(self, words: str) -> tuple[str, str] | None:
        """What "31 of the (84 | surveyed) sites" counts: a part of a whole, compared only
        with the parts facts count. The first of the next words that a fact counts so, else
        the first that is neither a number nor a possessive ("the icefield's")."""
        found: list[tuple[str, str]] = []
        for word in words.split():
            if word[0].isdigit() or re.search(r"['’]s?$", word):
                continue
            norm = self._exact_words(word)
            if len(norm) == 1:
                found.append((f"{next(iter(norm))}{PART}", word))
        known = {n for info in getattr(self, "info", ()) for n, _, _ in info.counted}
        return next((f for f in found if f[0] in known), found[0] if found else None)

    def _noun_after(self, text: str, q: Quantity) -> tuple[str, str] | None:
        """The word a bare number counts ("9,800 steps", "2.5 ± 0.7 Gt": its comparison form,
        as written), or the arm it is given for ("401 to placebo", "412 in the control
        group")."""
        m = re.match(
            # "2.5 ± 0.7 Gt": the unit after the uncertainty is the value's too
            r"(?:\s*(?:±|\+/-|\+-)\s*\d[\d.,]*)?"
            r"\s*(?:(?:or|and)\s+(?:more|fewer|less|over|above|under)\s+|\+\s*)?"
            r"(?:(?:to|on|in|into)\s+(?:the\s+)?)?"
            # "ten more transits", "two additional doses": what is counted comes after
            # "three main themes", "two distinct groups": a count's plain adjective
            r"(?:(?:more|fewer|additional|extra|further|main|key|major|distinct|separate|"
            r"different|broad|core|central|overarching)\s+)?([A-Za-z][\w-]+)",
            text[q.end :],
        )
        if m is None:
            return None
        if of := _PARTITIVE.match(text, q.end):
            # "one of the sites" singles one out; "12 of the 41 trials" counts a part
            return None if q.low == 1 else self._partitive_noun(of.group(1))
        # A name of the sheet's may take more words than one: "64 pet dogs" and "80
        # pooches" count the same term (its shortest reading, up to three words).
        rest = text[q.end + m.start(1) :]
        run = re.match(r"[A-Za-z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,2}", rest)
        parts = []
        for part in run.group().split() if run else []:
            if not self._exact_words(part):
                break  # "pet dogs were", "of the icefield": the name ends before a small word
            parts.append(part)
        for n in range(1, len(parts) + 1):
            words = self._exact_words(" ".join(parts[:n]))
            if len(words) == 1 and " " in (term := next(iter(words))):
                return term, (m.group()[: m.start(1)] + " ".join(parts[:n])).strip()
        words = self._exact_words(m.group(1))
        if len(words) > 1 and "-" in m.group(1):  # "130 light-years": one compound word
            return " ".join(t.norm for t in self._plain_terms.tokens(m.group(1))), m.group(1)
        return (next(iter(words)), m.group().strip()) if len(words) == 1 else None
