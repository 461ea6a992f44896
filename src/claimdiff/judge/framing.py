"""How a claim presents itself: as the study's finding, a promise, a question, someone's words.

Both halves of the judge read claims this way: choosing the fact a claim reports
(`choose`) and giving it a verdict (`verdicts`).
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from claimdiff.language import cues
from claimdiff.language.quantities import quantities_of
from claimdiff.language.stopwords import STOPWORDS
from claimdiff.language.textnorm import UPPER, alternation, normalize_word, tokenize
from claimdiff.locations import data_file
from claimdiff.model import Sheet

LADDER = cues.LADDER

QUOTE_CHARS = '"“”„«»'
# A name's word, accented letters too ("Émile", "Núñez-Ó").
_NAME_WORD = rf"[{UPPER}](?:[^\W\d_]|['’-])+"
NAME = re.compile(rf"\b({_NAME_WORD}(?:\s+(?:[{UPPER}]\.\s+)*{_NAME_WORD})+)")
TITLED_NAME = re.compile(
    r"\b(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+[{UPPER}]\.)?(?:\s+{_NAME_WORD})?)"
)
# "This would (therefore) prove that X": a conclusion drawn as proof, not a hypothesis.
WOULD_PROVE = re.compile(
    r"\b(?:would|will)\s+(?:(?:therefore|thus|then|also|now|finally|clearly)\s+)?"
    r"(?:prove|show|demonstrate|confirm|establish)\s+that\b",
    re.I,
)
# "calls into question the view that X", "the prevailing view is that X": the claim reports
# a challenge to a belief, or the belief itself, not a finding stated as fact.
CHALLENGE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+into\s+question|challeng(?:e|es|ed|ing)|question(?:s|ed|ing)|"
    r"cast(?:s|ing)?\s+doubt\s+on|throw(?:s|ing)?\s+doubt\s+on|at\s+odds\s+(?:with|of)|"
    r"contrary\s+to|counter\s+to)\s+(?:the|a|this|that|"
    r"long-held|widely|common|traditional|prevailing|current|established)\b"
    r"|\b(?:prevailing|traditional|common|widespread|current|currently\s+held|conventional|"
    r"dominant|popular|accepted|long-held|widely held|mainstream)\s+(?:view|belief|theory|"
    r"thinking|wisdom|assumption|paradigm|opinion|idea|understanding)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|shall|should|is set to|are set to|is going to|are going to)\b", re.I
)
_PASSIVE_FINDING = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:also\s+)?(?:found|shown|seen|observed|reported|"
    r"discovered|proven|confirmed)\s+to\b"
    # "observed that the mice ...", "observed higher levels": what was seen, not the watching
    # ("observed the mice for symptoms" tells the method)
    r"|\b(?:observed|observe|observes|noticed)\s+(?:that|an?\s+(?:increase|decrease|rise|"
    r"fall|drop|reduction)|no|more|less|fewer|higher|lower|increased|decreased|reduced|greater|"
    r"significant)\b"
    # "according to new research led by X", "according to the study"
    r"|\baccording\s+to\s+(?:the\s+|a\s+|an\s+|their\s+|this\s+)?(?:new\s+|latest\s+|recent\s+)?"
    r"(?:study|research|findings|results|paper|trial|data|analysis|experiments?)\b"
    # a headline that labels what follows as the study's: "New study: X", "Research: X"
    r"|\A\W*(?:(?:new|latest|major|huge|shock|landmark)\s+)?(?:study|research|trial|survey|"
    r"review|science)\s*[:|–—]\s*\w",
    re.I,
)


# What a certainty frame introduces: "shows that", "found evidence of how", "signs that".
_FRAMED = re.compile(
    r"\s*(?:(?:[\w-]+\s+)?(?:evidence|signs?|proof|hints?|indications?|clues?)\s+"
    r"(?:of\s+|for\s+)?)?(?:that|whether|how)\b",
    re.I,
)


_ENDS_THAT = re.compile(r"\s(?:that|whether)$", re.I)


def rung(level: str | None) -> int:
    """A certainty's place on the ladder (unknown levels count as the strongest)."""
    return LADDER.index(level) if level in LADDER else len(LADDER) - 1


@lru_cache(maxsize=1)
def framing_words() -> dict[str, frozenset[str]]:
    """Study nouns, finding, speech and knowing verbs, titles and roles (comparison forms)."""
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    out = {}
    for key in (
        "study_nouns",
        "finding_verbs",
        "speech_verbs",
        "titles",
        "roles",
        "knowing_verbs",
        "indefinites",
    ):
        out[key] = frozenset(normalize_word(w) for w in raw.get(key, []))
    return out


@lru_cache(maxsize=1)
def role_pattern() -> re.Pattern[str]:
    """A person's role as written ("the lead author", "researchers"), word for word: the
    comparison forms would take "research" for "researcher"."""
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    return re.compile(rf"\b{alternation(raw.get('roles', []))}s?\b", re.IGNORECASE)


def sheet_corpus(sheet: Sheet) -> str:
    """Every word the sheet writes: facts, phrasings, quotes' speakers, people, places, the
    journal and terms."""
    study = sheet.study
    return " ".join(
        [
            *(f.text for f in sheet.facts),
            *(a for f in sheet.facts for a in f.also),
            *(f.speaker for f in sheet.facts if f.speaker),
            *study.authors,
            *study.institutions,
            study.journal or "",
            study.title,
            study.subjects or "",
            *sheet.terms,
            *(p for ps in sheet.terms.values() for p in ps),
        ]
    )


def person_names(sheet: Sheet) -> frozenset[str]:
    """The surnames of the people the sheet names, lower case: its authors, its quotes'
    speakers and the names in its quote facts ("Anna Holm: '...'"). Alone in a sentence
    ("Holm said") such a word is a person; any other capitalised word may be a place."""
    names = [*sheet.study.authors, *(f.speaker or "" for f in sheet.facts)]
    for f in sheet.facts:
        if f.kind == "quote":
            names += NAME.findall(f.text) + [m.group("name") for m in TITLED_NAME.finditer(f.text)]
    return frozenset(n.split()[-1].lower() for n in names if n.split()) - STOPWORDS


def known_surnames(sheet: Sheet) -> frozenset[str]:
    """Names the sheet knows: any capitalised word of it ("Bullock (Versus Arthritis)") and
    the authors' surnames, lower case."""
    names = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]+", sheet_corpus(sheet))}
    names |= {a.split()[-1].lower() for a in sheet.study.authors if a.split()}
    return frozenset(names)


_PROOF_DENIED = re.compile(
    r"\b(?:rather\s+than|not|no|instead\s+of|short\s+of|not\s+yet)\s+(?:a\s+)?(?:proof|proving)\b",
    re.I,
)


def claim_certainty(reading: cues.Reading, text: str) -> str:
    """The certainty a claim gives its proposition.

    A frame's hedge ("suggests that", "reveals that") gives way to a hedge inside the
    proposition it introduces: "suggests that X is likely" is probable, "reveals that X is
    possibly Y" speculated.
    """
    level = reading.certainty or "shown"
    if any(c.kind == "caveat" and c.value == "limitation" for c in reading.cues):
        return "speculated"  # "does not prove", "cannot show": a limitation, not an assertion
    if _PROOF_DENIED.search(text):
        return "speculated"  # "a link rather than proof", "a signal, not proof": likewise
    if WOULD_PROVE.search(text) and not reading.negated and not reading.is_question:
        level = "shown"  # "this would therefore prove that X" asserts the proof
    if CHALLENGE.search(text):
        level = min(level, "suggested", key=rung)  # a challenge to a view, or the view
    pathway = any(c.kind == "benefit" and c.value == "pathway" and c.scoped for c in reading.cues)
    if pathway and not any(c.kind == "booster" and c.scoped for c in reading.cues):
        # "opens the way to", "paves the way for", "holds promise": a possibility, not a result
        level = min(level, "suggested", key=rung)
    frames = [c for c in reading.certainty_cues if _FRAMED.match(text, c.end)]
    if frames:
        inner = [
            c
            for c in reading.of("hedge", "modal")
            if c.start >= frames[0].end and c.value in LADDER
        ]
        if inner:
            level = min((c.value for c in inner), key=rung)
    proofs = [c for c in reading.of("booster") if c.value == "shown" and _FRAMED.match(text, c.end)]
    if proofs and not reading.negated and level == "speculated":
        inner = [c for c in reading.of("hedge", "modal") if c.start >= proofs[0].end]
        if inner and all(c.text.lower() == "would" for c in inner):
            level = "shown"  # "the findings show that X would ...": shown, the would a promise
    return level


# ", a major new study suggests." closing a claim: who reports it, not how sure it is
_TRAILING_FRAME = re.compile(
    r",\s*(?:[\w'’-]+\s+){0,5}?(?:study|studies|research|researchers|scientists|experts|data|"
    r"findings|analysis|review|survey|trial|paper|report|authors)\s+(?:suggests?|indicates?|"
    r"hints?|implies|imply|claims?)\s*[.!]?\s*$",
    re.I,
)


def proposition_certainty(reading: cues.Reading, text: str) -> str:
    """The certainty of the proposition a claim reports, without the frame that reports it:
    "a study suggests that X causes Y", "evidence that X prevents Y" and "X causes Y, a study
    suggests" state a cause (Yu et al. keep "suggests that X causes Y" direct causal); "may
    cause" does not."""
    tail = _TRAILING_FRAME.search(text)
    end = tail.start() if tail else len(text)

    def framing(c: cues.Cue) -> bool:
        # "suggests that P", "evidence that P": the cue reports P, whose own words state it
        return c.start >= end or bool(_FRAMED.match(text, c.end) or _ENDS_THAT.search(c.text))

    if not any(framing(c) for c in reading.certainty_cues):
        return claim_certainty(reading, text)
    inner = [c.value for c in reading.of("hedge", "modal") if c.value in LADDER and not framing(c)]
    return min(inner, key=rung, default="shown")


# "has proven (once and for all) that ...", "has finally proven what parents suspected: ...",
# not "have proven ineffective"
_HAS_PROVEN = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?proven\s+(?:[\w,]+\s+){0,4}?(?:that|what|how|why)\b",
    re.I,
)


def presents_finding(text: str) -> bool:
    """The sentence presents itself as the study's work ("the study found", "results show")."""
    words = framing_words()
    toks = tokenize(text)
    nouns = {k for k, t in enumerate(toks) if t.norm in words["study_nouns"]}
    verbs = {k for k, t in enumerate(toks) if t.norm in words["finding_verbs"]}
    if nouns and _HAS_PROVEN.search(text):
        return True  # "the review has proven that ..." (not "a proven remedy")
    if nouns and verbs and (len(nouns | verbs) > 1):
        return True  # two words: "report" alone is not "the report found"
    return bool(
        _PASSIVE_FINDING.search(text)
        or _THE_FINDING.match(text)
        or _RESEARCHERS_SAY.search(text)
        or _THEY_FOUND_THAT.match(text)
        or _SCIENCE_SAYS.search(text)
    )


# "now science says they work", "science has shown": a finding told as science's verdict
_SCIENCE_SAYS = re.compile(
    r"\bscience\s+(?:now\s+)?(?:says|shows|has\s+shown|proves|has\s+proved|confirms|"
    r"tells\s+us)\b",
    re.I,
)


# "They found that X" opening a sentence: in a story about a study, its researchers' finding
# ("they found it hard to sleep", without "that", is what subjects did)
_THEY_FOUND_THAT = re.compile(
    r"\s*(?:\w+ly,\s+)?they\s+(?:also\s+)?(?:found|discovered|showed|established)\s+that\b",
    re.I,
)


# "X cuts Y, researchers say", "..., say scientists", "..., scientists warn": the study's
# people tell its finding, after the fact
_RESEARCHERS = r"(?:the\s+)?(?:scientists|researchers|boffins|(?:study\s+)?authors|team)"
_SAYING = r"(?:say|says|said|warn|warns|warned|claim|claims|claimed|believe|believes)"
_RESEARCHERS_SAY = re.compile(
    rf",\s*(?:{_SAYING}\s+{_RESEARCHERS}|{_RESEARCHERS}\s+{_SAYING}|according\s+to\s+"
    rf"{_RESEARCHERS})\s*[.!]?\s*$"
    # ... or before it, without quotation marks: "The researchers say it will be in pharmacies",
    # also after an opening word ("Worryingly, the researchers say ...")
    rf"|^\s*(?:\w+ly,\s+)?{_RESEARCHERS}\s+(?:{_SAYING}|predict|predicts|expect|expects|think|"
    r"thinks|estimate|estimates|estimated|calculate|calculates|calculated|attribute|attributes|"
    r"attributed)\s+(?:that\s+)?(?![^\"“”]*[\"“”])"
    # "According to the researchers, it can be mixed by hand"
    rf"|^\s*according\s+to\s+{_RESEARCHERS}\s*,"
    # "Using standard cost values, the authors estimate ...": after a leading phrase
    rf"|^[^,;:]{{3,80}},\s+{_RESEARCHERS}\s+(?:estimate|estimates|estimated|calculate|"
    r"calculates|calculated|attribute|attributes|attributed)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _recommendation_pattern() -> re.Pattern[str]:
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    agents = alternation(raw["recommendation_agents"])
    nots = alternation(raw["recommendation_not"])
    modal = r"(?:should|must|ought\s+to)"
    adverb = r"(?:\s+(?:now|also|all|urgently|routinely|immediately|therefore|really|first))?"
    # "X should (now) be offered/scrapped/made compulsory": the thing to be done, passive
    participle = r"(?:\w+ed|given|made|built|put|set|taught|brought|kept|cut|shut|rolled)"
    passive = rf"{modal}{adverb}\s+(?!{nots}\b)be\s+(?:\w+ly\s+)?{participle}\b"
    # "every school should (now) install ...": someone told to act
    active = (
        rf"\b{agents}(?:e?s)?\b(?:\s+[\w'’-]+){{0,4}}?\s+{modal}{adverb}\s+(?!{nots}\b|be\b)"
        r"[a-z]+\b"
    )
    return re.compile(rf"{passive}|{active}", re.I)


# who speaks for the study, and how it says what ought to be done
_STUDY_VOICE = re.compile(
    r"\b(?:study|studies|research|researchers?|scientists?|team|authors?|investigators?|"
    r"findings?|results?|paper|trial|analysis|review|evaluators?|boffins)\b",
    re.I,
)
_RECOMMENDING = re.compile(
    r"\b(?:say|says|said|conclude[sd]?|concluding|argue[sd]?|recommend(?:s|ed)?|urge[sd]?|"
    r"call(?:s|ed)?\s+for|prove[sd]?|proven|show(?:s|ed)?|shown|mean|means|meant|insist(?:s|ed)?)\b",
    re.I,
)


def recommendation(text: str) -> re.Match[str] | None:
    """A recommendation told as the study's ("Dr Roe's team say every school should now install
    the dispensers", "..., the researchers concluded"): someone ought to act. Not an
    expectation ("should help"), a caution about the evidence ("should be repeated") or a
    negative one ("should not stop their medication"), and not someone else's advice."""
    found = _recommendation_pattern().search(text)
    if found is None:
        return None
    rest = text[: found.start()] + " " + text[found.end() :]
    if _STUDY_VOICE.search(rest) and _RECOMMENDING.search(rest):
        return found
    return None


def told_by_researchers(text: str) -> bool:
    """The claim gives its words to the study's people as a body, no one by name ("..., the
    researchers said", or "The researchers say P" with no quotation marks): a finding told
    in reported speech, not a quote."""
    return _RESEARCHERS_SAY.search(text) is not None


# "The association was strongest among ...", "The difference also appeared larger in ...":
# the study's own finding, named by the definite article, said to hold somewhere
_THE_FINDING = re.compile(
    r"\s*(?:the|this|that)\s+(?:(?:same|overall|protective|main)\s+)?(?:association|link|"
    r"effect|difference|benefit|reduction|increase|improvement|relationship|correlation)s?\s+"
    r"(?:also\s+|was\s+also\s+)?(?:was|were|appeared|seemed|remained|held|grew|became|"
    r"proved)\s+(?:\w+\s+)?(?:strongest|weakest|stronger|weaker|larger|smaller|greater|"
    r"bigger|largest|biggest|most|least|only|more|less|twice)\b",
    re.I,
)


_HEART_BEFORE = re.compile(r"\bhearts?\s+(?:\w+\s+)?\Z", re.I)
_BEAT_NO_CURE = re.compile(
    r"(?:s|ing)?(?:\s*(?:a|per|/)\s*min|(?:\s+[\w'-]+){1,3},?\s+(?:by|to)\b)",
    re.I,
)


def promise(text: str, reading: cues.Reading) -> cues.Cue | None:
    """A promised benefit: a cure or breakthrough, or a treatment or test that will come."""
    benefits = tuple(
        c
        for c in reading.of("benefit")
        # "their hearts beat more slowly", "4 beats a minute", "beat the ambulance by three
        # minutes": a heartbeat or a race, no victory over a disease
        if not (
            c.text.lower().startswith("beat")
            and (_HEART_BEFORE.search(text, 0, c.start) or _BEAT_NO_CURE.match(text, c.end))
        )
    )
    strong = [
        c
        for c in benefits
        if c.value in ("cure", "breakthrough") or re.match(r"(?:will|can)\b", c.text, re.I)
    ]
    if strong:
        return strong[0]
    if rung(claim_certainty(reading, text)) < rung("probable") or not _FUTURE.search(text):
        return None
    return next((c for c in benefits if c.value in ("treatment", "test", "prevention")), None)


def claims_outcome(text: str) -> bool:
    """The claim presents a finding of the study or a benefit it promises."""
    return presents_finding(text) or promise(text, cues.read(text)) is not None


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# "By Jane Roe", "Posted on: 3 May 2023 by Jane Roe", "Updated March 2, 2024, by J. Roe"
_BYLINE = re.compile(
    r"^(?:(?:posted|written|published|updated)(?:\s+on)?\s*:?\s*"
    rf"(?:(?:\d{{1,4}}(?:st|nd|rd|th)?|{_MONTHS})[\s,./-]*){{0,4}})?by\s+(?-i:[A-Z])",
    re.I,
)
# "Niamh Doherty, Clinical Editor | 20 November 2024": a writer named with a job in journalism
_BYLINE_TITLE = re.compile(
    rf"^{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}},\s*(?:[\w&-]+\s+){{0,3}}(?i:reporter|correspondent|"
    r"editor|writer|journalist|columnist|contributor|producer|blogger)\b(?:\s*[|·•,–-]\s*.{0,40})?$"
)
_META_SPLIT = re.compile(r"\s+[|·•]\s+")
# A section heading that announces what follows: "What we found", "How it works", "About
# the trial".
_SECTION = re.compile(
    r"^(?:(?:what|how|why|where|when|who)\b(?!\s+(?:is|are|was|were|do|does|did|can|could|"
    r"will|would|should|may|might)\b)(?:\s+[\w'’-]+){1,4}|about(?:\s+[\w'’-]+){1,2})\s*:?$",
    re.I,
)


# "What the study can and cannot show", "What the new trial means for your family": a
# heading naming what follows (not "What surprised us was ...", a sentence)
_WHAT_IT_MEANS = re.compile(
    r"^what\s+(?:the|it|this|these|that|they|we|our|your|a|an)\b(?:\s+[\w'’-]+){1,9}\s*:?$",
    re.I,
)


def form_reason(text: str, kind: str = "sentence") -> str | None:
    """Why a sentence is background by its form alone (a question, a byline, a heading that
    announces a section), or None."""
    stripped = text.strip()
    if cues.asks(stripped):
        return "background: a question, not a statement"
    first = _META_SPLIT.split(stripped, maxsplit=1)[0]  # "... by Jane Roe | 5 min read"
    if (_BYLINE.match(stripped) or _BYLINE_TITLE.match(stripped)) and len(first.split()) <= 12:
        return "background: a byline"
    if _APPEAL.search(stripped):
        return "background: an appeal to readers, not a statement"
    if _FOR_COMMENT.search(stripped):
        return "background: how the story was reported, not a statement about the study"
    if _SEE_YOUR_DOCTOR.search(stripped) and not presents_finding(stripped):
        return "background: advice to readers to ask a professional, not a finding"
    if (
        _ANNOUNCES.fullmatch(stripped)
        and len(stripped.split()) <= 9
        and not _NEGATED.search(stripped)
        and all(q.kind == "year" or q.text.lower() == "one" for q in quantities_of(stripped))
    ):
        return "background: it announces what follows, it states nothing"
    if kind == "heading" and _SECTION.match(stripped):
        return "background: a section heading, not a statement"
    if kind in ("heading", "headline") and _WHAT_IT_MEANS.match(stripped):
        return "background: a heading that names a topic, not a statement"
    if kind in ("heading", "headline") and _topic_label(stripped):
        return "background: a heading that names a topic, not a statement"
    return None


# An appeal for the readers' money or help: "Readers wishing to support cancer research can
# donate to X", "Donations can be made at ..."
_APPEAL = re.compile(
    r"\b(?:readers|residents|anyone|those|people|you)\s+(?:who\s+(?:wish|want|would\s+like)|"
    r"wishing|wanting)\s+to\s+(?:support|help|donate|contribute|give)\b.{0,80}\b(?:can|could|may|"
    r"should)\s+(?:donate|give|visit|contact|write|call)\b"
    r"|\bdonations?\s+(?:can|may)\s+be\s+made\b",
    re.I,
)

# The newsroom's own steps: "X did not respond to a request for comment", "The Courier has
# contacted the trust for comment", "a spokesperson declined to comment"
_FOR_COMMENT = re.compile(
    r"\b(?:did\s+not|had\s+not|has\s+not|have\s+not|didn['’]t|hadn['’]t|hasn['’]t)\s+"
    r"(?:yet\s+)?respond(?:ed)?\s+to\s+(?:a\s+|our\s+|repeated\s+)?requests?\s+for\s+comment\b"
    r"|\b(?:has|have|had)\s+(?:contacted|approached|asked)\b[^.]{0,80}\bfor\s+(?:comment|a\s+"
    r"response|a\s+statement)\b"
    r"|\bdeclined\s+to\s+comment\b",
    re.I,
)
# Readers sent to a professional: "owners interested in the treatment should speak to their
# vet", "anyone worried should talk to their GP first"
_SEE_YOUR_DOCTOR = re.compile(
    r"\bshould\s+(?:first\s+)?(?:speak|talk|contact|consult|ask|see|check\s+with)\s+(?:to\s+|with\s+)?"
    r"(?:their|your|a|his|her)\s+(?:own\s+)?(?:vet|veterinarian|vet\s+surgeon|gp|doctor|"
    r"pharmacist|dentist|midwife|nurse|physio|physiotherapist|consultant|specialist|"
    r"health\s+visitor|care\s+team)s?\b",
    re.I,
)

# A short sentence that announces what comes next: "And then there's carbon.", "Here's how
# they did it.", "But there is one catch." (not "There is no cure", not "There is: X")
_ANNOUNCES = re.compile(
    r"(?:(?:and|but|so|now|then)\s*,?\s+(?:then\s+)?there|(?:(?:and|but|so|now)\s*,?\s+)?here)"
    r"(?:['’]s|\s+is|\s+are)\s+[^\d:;]+[.!]?",
    re.I,
)
_NEGATED = re.compile(r"\b(?:no|not|never|none|nothing|nobody)\b|n['’]t\b", re.I)

# Cues a topic label may carry: "Study limitations", "Key findings", "Side effects".
_LABEL_CUES = frozenset({"source", "measure", "caveat"})


def _topic_label(text: str) -> bool:
    """A heading of at most three words with no verb, number, hedge, direction, subject or
    benefit in it ("Migraine spray", "Side effects"): it names what follows, it claims nothing."""
    words = text.split()
    if not 1 <= len(words) <= 3 or any(ch.isdigit() for ch in text):
        return False
    reading = cues.read(text)
    return reading.main_verb is None and all(
        c.kind in _LABEL_CUES or (c.kind == "causal" and c.value == "effect") for c in reading.cues
    )
