"""Who a sentence is about: people, animals or cells.

A finding observed in animals or cells and stated about people is overstated; a sentence
about people most likely reports a fact about people. Word lists live in
`data/scope_phrases.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from functools import lru_cache

from claimdiff.language import cues
from claimdiff.language.textnorm import alternation, any_of
from claimdiff.locations import data_file

_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1)
def _scope_words() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(data_file("scope_phrases.toml").read_text(encoding="utf-8"))
    return {k: frozenset(w.lower() for w in v) for k, v in raw.items()}


def human_words() -> frozenset[str]:
    """Words for people ("patients", "adults", "you")."""
    return _scope_words()["people"]


def clinical_words() -> frozenset[str]:
    """Nouns for a disease as people have it ("symptoms", "cancer")."""
    return _scope_words()["clinical"]


def intervention_words() -> frozenset[str]:
    """Nouns for what a study gives or tests ("pill", "jab", "vaccine")."""
    return _scope_words()["interventions"]


def material_words() -> frozenset[str]:
    """Words for material taken from a subject ("blood", "cells", "antibodies")."""
    return _scope_words()["material"]


def human_scope(text: str, material: Collection[str] = ()) -> str | None:
    """The word that makes a sentence a statement about people, or None.

    "symptoms of the disease", "in patients", "in the human skin" make one; "antibodies from
    patients", "human blood" or "disease-like symptoms" only name a source or a model.
    `material` adds words for material (lower case), such as a sheet's terms for it.
    """
    words = _scope_words()
    stuff = words["material"] | {m.lower() for m in material}
    toks = [m.group() for m in _WORD.finditer(text)]
    low = [re.sub(r"['’]s?$", "", t.lower()) for t in toks]
    for i, w in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if w in words["people"]:
            if nxt in stuff:
                continue  # "patient antibodies", "human blood"
            before = low[max(0, i - 6) : i]
            if any(b in ("from", "of", "by") for b in before[-4:]) and any(
                b in stuff for b in before
            ):
                continue  # "antibodies from people with X"
            return toks[i]
        if w in words["clinical"]:
            if w.endswith("-like") or (i and low[i - 1].endswith("-like")):
                continue
            if nxt in words["model_markers"] or nxt in stuff:
                continue  # "a model of the disease", "cancer cells"
            return toks[i]
    return None


_PLAIN = {
    "patients": ("patient", "patients", "sufferer", "sufferers"),
    "children": ("child", "children", "kid", "kids", "baby", "babies", "infant", "infants"),
    "teenagers": ("teenager", "teenagers"),
    "women": ("woman", "women"),
    "men": ("man", "men"),
    "older people": ("elderly",),
}


def plain_population(word: str) -> str:
    """Who a scope word puts a claim about, in plain words: "patients" for "patient",
    "people" for "you", "humans" or "symptoms" (a disease as people have it)."""
    low = word.lower()
    return next((plain for plain, words in _PLAIN.items() if low in words), "people")


def scope_class(scope: str | None) -> str | None:
    """ "animal", "cell" or "human" for a fact's scope text ("mice", "patients"), else None."""
    if not scope:
        return None
    subjects = cues.read(scope).subjects
    for kind in ("animal", "cell", "human"):
        if kind in subjects:
            return kind
    return "human" if human_scope(scope) else None


def fact_scope(
    fact_scope: str | None, fact_text: str, kind: str, subjects: str | None
) -> str | None:
    """The class of who a fact holds for: its `scope`, else the study's subjects for a result,
    else what its own words say ("Mice given X ...", "in cultured cells")."""
    if fact_scope is not None:
        return scope_class(fact_scope)
    if kind == "result" and subjects:
        return scope_class(subjects)
    if kind in ("result", "conclusion", "design"):
        found = cues.read(fact_text).subjects & {"animal", "cell", "human"}
        if len(found) == 1:
            return next(iter(found))
    return None


@lru_cache(maxsize=1)
def _caveat_patterns() -> re.Pattern[str]:
    raw = tomllib.loads(data_file("animal_caveats.toml").read_text(encoding="utf-8"))
    species = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))["groups"]
    model = alternation([w for ws in species.values() for w in ws] + raw["models"])
    human = alternation(raw["humans"])
    caution = alternation(raw["cautions"])
    untested = alternation(raw["untested"])
    patterns = (
        # "so far only in mice", "just in rats"
        rf"\b(?:only|just|so\s+far|thus\s+far|as\s+yet)\b[^.;]{{0,30}}\b(?:in|on|with|using|to)\s+"
        rf"(?:\w+\s+)?{model}\b",
        # "the findings were based on mice, so ...", "done in rats but ..."
        rf"\b(?:based\s+on|done\s+in|carried\s+out\s+in|conducted\s+in|performed\s+in|"
        rf"tested\s+in|was\s+in|were\s+in)\s+(?:\w+\s+){{0,2}}{model}\b[^.;]{{0,80}}\b{caution}\b",
        # "only mice were studied"
        rf"\bonly\s+{model}\s+(?:were|was|are)\b",
        # "effects in humans were not tested"
        rf"\b(?:in|on)\s+{human}\s+(?:was|were|has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?"
        rf"{untested}\b",
        # "all the experiments were done in mice"
        rf"\b(?:all|every)\s+(?:of\s+)?(?:the\s+)?(?:experiments?|work|tests?)\s+(?:was|were)\s+"
        rf"(?:done|carried\s+out|conducted|performed)\s+(?:in|on)\s+{model}\b",
        # "has not been tested in people"
        rf"\bnot\s+(?:yet\s+)?(?:been\s+)?{untested}\s+(?:\w+\s+){{0,3}}(?:in|on)\s+{human}\b",
        # "the subject is not human"
        rf"\b(?:subjects?|it|they)\s+(?:is|was|were|are)\s+not\s+{human}\b",
        # "a mouse study, so caution ...", "animal research: whether it holds in people ..."
        rf"\b{model}\s+(?:study|studies|research|model|models|experiments?)\b[^.;]{{0,80}}"
        rf"\b(?:{human}|{caution})\b",
        # "it is not known whether the same happens in humans"
        rf"\b(?:not|never|yet\s+to|unclear|unknown|remains\s+to\s+be\s+seen|open\s+question)\s+"
        rf"(?:\w+\s+){{0,2}}whether\b[^.;]{{0,80}}\b(?:in|to|for)\s+{human}\b",
        # "whether X causes the symptoms in people was not tested"
        rf"\bwhether\b[^.;]{{0,80}}\b(?:in|to|for)\s+{human}\b[^.;]{{0,10}}\b"
        r"(?:was|were|is|has|have|remains?)\s+(?:not|still|yet|unknown|unclear|to\s+be)\b",
    )
    return any_of(patterns)


@lru_cache(maxsize=1)
def _caveat_words() -> frozenset[str]:
    """The words one of which every animal caveat names: a model or people."""
    raw = tomllib.loads(data_file("animal_caveats.toml").read_text(encoding="utf-8"))
    species = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))["groups"]
    phrases = [w for ws in species.values() for w in ws] + raw["models"] + raw["humans"]
    return frozenset(w for p in phrases for w in p.lower().split()) - {"a", "the", "in", "and"}


def animal_caveat(text: str) -> bool:
    """The sentence says the work was done in animals or cells, not in people ("so far only
    in mice", "it has not been tested in humans")."""
    if _caveat_words().isdisjoint(w.lower() for w in _WORD.findall(text)):
        return False
    return _caveat_patterns().search(text) is not None


@lru_cache(maxsize=1)
def _participants() -> dict[str, list[str]]:
    """The word lists of data/participants.toml, read once."""
    raw: dict[str, list[str]] = tomllib.loads(
        data_file("participants.toml").read_text(encoding="utf-8")
    )
    return raw


@lru_cache(maxsize=1)
def _participant_patterns() -> re.Pattern[str]:
    raw = _participants()
    who, group = alternation(raw["who"]), alternation(raw["groups"])
    share = alternation(raw["shares"]) + r"|\d[\d.]*\s*(?:%|per\s*cent|percent)"
    patterns = (
        # "most of the volunteers were men", "74% were women"
        rf"\b(?:{share})\s+(?:of\s+(?:the\s+)?)?(?:{who}\s+)?(?:were|was|are)\s+(?:\w+\s+)?{group}\b",
        # "the participants were mostly women"
        rf"\b{who}\s+(?:were|was)\s+{alternation(raw['mostly'])}\s+(?:\w+\s+)?{group}\b",
        # "their average age was 46", "a mean age of 46"
        r"\b(?:average|mean|median)\s+age\b",
        # "the participants were aged 50 to 71", "volunteers in their forties"
        rf"\b{who}\s+(?:were|was|are)\s+(?:\w+\s+)?(?:aged|between\s+the\s+ages)\s+\d",
        rf"\b{who}\s+(?:were|was)\s+(?:\w+\s+){{0,3}}in\s+their\s+(?:\w+ies|\d0s)\b",
        # "men and women aged 50 to 71"
        r"\b(?:men|women)\s+(?:and\s+(?:men|women)\s+)?aged\s+\d",
    )
    return any_of(patterns)


def describes_participants(text: str) -> bool:
    """The sentence says who took part in a study: their sex, age or background ("most of the
    volunteers were women", "their average age was 46")."""
    return _participant_patterns().search(text) is not None


@lru_cache(maxsize=1)
def _follow_up_patterns() -> re.Pattern[str]:
    raw = _participants()
    span = (
        r"(?:for|until|till|up\s+to|through|over)\s+(?:the\s+end\s+of\s+|a\s+period\s+of\s+|"
        r"an?\s+average\s+of\s+|a\s+median\s+of\s+|about\s+|around\s+|more\s+than\s+|"
        r"nearly\s+|almost\s+|roughly\s+|some\s+)?(?:\d|a\s+decade|decades|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|twelve|twenty)"
    )
    return any_of(
        (
            # "they followed the participants for about 13 years", "tracked them until 2011"
            rf"\b{alternation(raw['following'])}\b[^.;]{{0,100}}?\b{span}",
            # "the trial ran for 68 weeks"
            rf"\b(?:trial|study|experiment)\s+{alternation(raw['lasting'])}\s+{span}",
        )
    )


def describes_follow_up(text: str) -> bool:
    """The sentence says how long a study followed its participants ("they were tracked until
    the end of 2011", "the trial ran for 68 weeks")."""
    return _follow_up_patterns().search(text) is not None


@lru_cache(maxsize=1)
def _aim_patterns() -> re.Pattern[str]:
    raw = _participants()
    verbs = alternation(raw["aim_verbs"])
    return any_of(
        (
            # "Examining whether FM IgG binds ...", one aim of a list
            rf"^\W*{alternation(raw['aim_gerunds'])}\s+(?:whether|if|how)\b",
            # "the aim of the research was to determine", "its objective was to test"
            rf"\b{alternation(raw['aim_nouns'])}\s+(?:of\s+(?:the|this|their)\s+[\w-]+\s+)?"
            rf"(?:was|were|is|are)\s+to\s+{verbs}\b",
            # "they set out to test whether", "the team aimed to find out if"
            rf"\b(?:aimed|aims|set\s+out|sought|wanted|tried)\s+to\s+{verbs}\s+"
            r"(?:whether|if|how)\b",
        )
    )


def states_aim(text: str) -> bool:
    """The sentence says what a study set out to find ("the aim was to determine whether
    ...", "Examining whether the antibodies bind ...")."""
    return _aim_patterns().search(text) is not None


_NEGATED = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


# who "any" may single out, in "for any woman who ..."
_ANY_WHO = (
    r"(?:woman|women|man|men|person|people|patient|child|adult|parent|mother|mum|father|dad|"
    r"reader|smoker|driver|worker|owner|baby|teenager|pupil|student)"
)


@lru_cache(maxsize=1)
def _everyone_pattern() -> re.Pattern[str]:
    raw = _participants()
    verbs, everyone = alternation(raw["benefit_verbs"]), alternation(raw["everyone"])
    return any_of(
        (
            # "works for everyone", "the benefits apply to anyone who ..."
            rf"\b{verbs}\b[^.;]{{0,30}}?\b(?:for|to)\s+{everyone}\b",
            # "it will help anyone with ...", "benefits everybody", "could help any teenager"
            rf"\b(?:help|helps|benefit|benefits|suit|suits)\s+(?:{everyone}|any\s+{_ANY_WHO})\b",
            # "half as likely for any woman who takes it", "words for anyone who has lost ..."
            rf"\b(?:likely|effective|better|safer|lower|higher|fewer|less|more|half|twice|times|"
            rf"works?|cuts?|reduces?|protects?|prevents?|words|voice|treatment|test|cure)\b"
            rf"[^.;]{{0,40}}?\bfor\s+(?:{everyone}|any\s+(?:one|{_ANY_WHO}))\s+"
            r"(?:who|with|that|whose)\b",
            # "whatever your age", "no matter how old you are"
            r"\b(?:whatever|no\s+matter)\s+(?:your|their)\s+(?:age|weight|sex|gender|background)\b",
            r"\bno\s+matter\s+how\s+(?:old|young)\b",
        )
    )


def claims_everyone(text: str) -> str | None:
    """Where the sentence says a finding holds for everyone ("the benefits work for everyone,
    young or old", "it will help anyone who wants to lose weight", "whatever your age"): the
    words that say so, or None."""
    m = _everyone_pattern().search(text)
    if m is None or _NEGATED.search(text[: m.start()]):
        return None  # "it does not work for everyone" says the opposite
    return m.group()


@lru_cache(maxsize=1)
def _reader_pattern() -> re.Pattern[str]:
    raw = _participants()
    verbs = alternation(raw["reader_effect_verbs"])
    return any_of(
        (
            # "makes you faster", "will cut your risk", "protects your baby"
            rf"\b{verbs}\s+(?:you|your)\b(?!\s+(?:think|wonder|feel\s+like))",
            # "you're far less likely to die of it", "you are twice as likely"
            r"\byou(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:less|more|as)\s+likely\b",
            # "your risk of a stroke goes up", "your child's odds are halved"
            r"\byour\s+(?:[\w-]+['’]s\s+)?(?:risk|odds|chances?)\s+(?:of\s+(?:[\w-]+\s+){1,4}?)?"
            r"(?:goes|go|rises?|falls?|drops?|doubles?|halves?|is|are|will)\b",
        )
    )


def tells_reader(text: str) -> str | None:
    """Where the sentence tells the reader what a finding will do for them ("makes you
    faster", "cuts your risk", "you're far less likely to ..."): the words, or None. Not in
    a conditional that names who is meant ("if you are over 60, ...") or a denial."""
    m = _reader_pattern().search(text)
    if m is None or _NEGATED.search(text[: m.start()].rsplit(",", 1)[-1]):
        return None
    if re.search(r"\bif\s+(?:you|your)\b", text, re.IGNORECASE):
        return None
    return m.group()


@lru_cache(maxsize=1)
def _limited_pattern() -> re.Pattern[str]:
    raw = _participants()
    return re.compile(rf"\b{alternation(raw['limited_to'])}\b", re.IGNORECASE)


def limits_population(text: str) -> bool:
    """The sentence says for whom a study's results may not hold ("so the results may not
    apply to younger people")."""
    return _limited_pattern().search(text) is not None
