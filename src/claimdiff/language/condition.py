"""What a sentence says about the condition itself, apart from any study: how common it is
("affects 1 in 40 adults", "two million people in the UK live with it"), what its symptoms
are ("common symptoms include ...", "is characterised by ..."), how it is treated today
("there is still no cure"), how hard it is to diagnose ("there is no specific test"), how it
is defined ("is defined as a BMI of 30 or more"), what was believed of it before ("it has long
been thought to start in the brain") and that nobody knows its cause. Word lists live in
`data/condition.toml`."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from claimdiff.language.textnorm import alternation, any_of
from claimdiff.locations import data_file


@lru_cache(maxsize=1)
def _lists() -> dict[str, dict[str, list[str]]]:
    data: dict[str, dict[str, list[str]]] = tomllib.loads(
        data_file("condition.toml").read_text(encoding="utf-8")
    )
    return data


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = _lists()["prevalence"]
    approx = rf"(?:{alternation(raw['approximators'])}\s+)*"
    words = alternation(raw["counts"])
    # a count of a population, not of a handful of patients: "two million", "40,000"
    many = (
        rf"(?:(?:\d[\d,.]*|{words})\s*(?:million|billion|m|bn)\b|\d{{1,3}}(?:,\d{{3}})+|\d{{4,}}"
        rf"|{alternation(raw['magnitudes'])})"
    )
    share = (
        r"(?:\d[\d.]*(?:\s*(?:to|-|–)\s*\d[\d.]*)?\s*(?:%|per\s*cent|percent)"
        r"|a\s+third|a\s+quarter|half)"
    )
    people = alternation(raw["populations"])
    # "had obesity", not "had died" or "had been treated"
    having = alternation(raw["having"]) + r"(?!\s+(?:\w+ed|been|died|taken|given|seen)\b)"
    where = (
        r"(?:\s+(?:in|across|around|throughout)\s+(?:the\s+)?[\w.]+(?:\s+[A-Z]\w+)?"
        r"|\s+worldwide|\s+globally|\s+nationwide)?"
    )
    counted = rf"(?:{many}\s+{people}|{share}\s+of\s+(?:the\s+)?(?:[\w.]+\s+)?{people})"
    patterns = (
        # "affects at least 1 in 40 people", "affecting more than 2% of the population"
        rf"\baffect(?:s|ed|ing)?\s+{approx}(?:{counted}|{many}|{share}|(?:1|one)\s+in\s+\w+)",
        # "around two million people in the UK suffer with it", "5% of adults have it"
        rf"\b{approx}{counted}{where}\s+(?:\w+\s+)?{having}\b",
        # "one in 40 adults", "1 in every 20 people"
        rf"\b(?:1|one)\s+in\s+(?:every\s+)?\d[\d,]*\s+{people}",
        r"\bprevalen(?:ce|t)\b",
    )
    study = re.compile(rf"\b{alternation(raw['study_words'])}\b", re.IGNORECASE)
    return any_of(patterns), study


def states_prevalence(text: str) -> bool:
    """The sentence says how common a condition is among people (not how many people a study
    counted: "the trial enrolled 400 adults" is no prevalence)."""
    pattern, study = _patterns()
    return pattern.search(text) is not None and study.search(text) is None


@lru_cache(maxsize=1)
def _symptom_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = _lists()["symptoms"]
    signs, typical = alternation(raw["signs"]), alternation(raw["typical"])
    of = r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    patterns = (
        # "common symptoms of X include", "symptoms include", "typical features of X are"
        rf"\b(?:{typical}\s+)?{signs}{of}\s+(?:include[sd]?|range\s+from|such\s+as)\b",
        rf"\b{typical}\s+{signs}{of}\s+(?:are|were)\b",
        r"^\W*(?:symptoms?|signs?)\s*:",
        # "X is a long-term condition that causes pain all over the body"
        rf"\b(?:is|are)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}{alternation(raw['illness'])}\s+"
        rf"(?:that|which)\s+(?:\w+\s+)?{alternation(raw['causes'])}\b",
        r"\b(?:is|are)\s+(?:mainly\s+|mostly\s+|usually\s+)?characteri[sz]ed\s+by\b",
        # "It causes pain all over the body, fatigue and poor sleep": a list of complaints
        rf"^\W*(?:it|(?:the|this)\s+{alternation(raw['illness'])}|(?!(?:The|This|That|These|Those|A|An|Our|Their|Its|Such)\b)[A-Z][\w-]+"
        r"(?:\s+[A-Z]?[\w-]+)?)"
        rf"\s+(?:can\s+|often\s+|typically\s+|also\s+)?{alternation(raw['causes'])}\s+"
        rf"(?=[^.;]*\b{alternation(raw['complaints'])}\b)[^.;]*?,[^.;]*\b(?:and|or)\b",
        # "people with X can be hypersensitive to cold", "those living with X often feel"
        rf"\b{alternation(raw['sufferers'])}\s+(?:with|who\s+have|living\s+with|suffering\s+from)"
        rf"\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:\w+\s+)?{alternation(raw['feel'])}\b",
        # "patients often complain of poor sleep"
        rf"\b{alternation(raw['sufferers'])}\s+{alternation(raw['often'])}\s+{alternation(raw['complain'])}\b",
    )
    veto = re.compile(rf"\b{alternation(raw['experiment_words'])}\b", re.IGNORECASE)
    return any_of(patterns), veto


def describes_symptoms(text: str) -> bool:
    """The sentence says what the condition is like for those who have it ("symptoms include
    pain and fatigue"), not what a study's animals or participants showed."""
    pattern, veto = _symptom_patterns()
    return pattern.search(text) is not None and veto.search(text) is None


@lru_cache(maxsize=1)
def _treatment_patterns() -> re.Pattern[str]:
    raw = _lists()["treatment"]
    remedy = alternation(raw["remedies"])
    qualifier = alternation(raw["qualifiers"])
    patterns = (
        # "there is still no effective medical treatment", "with no known cure"
        rf"\b(?:there\s+is|there's|there\s+are|with)\s+(?:still\s+|currently\s+|as\s+yet\s+)?"
        rf"no\s+(?:{qualifier}\s+)*(?:\w+\s+(?:or|and)\s+)?(?:{qualifier}\s+)*{remedy}\b",
        r"\bno\s+(?:known\s+|effective\s+)?(?:cure|treatment)\s+(?:exists|is\s+available|"
        r"has\s+been\s+found)\b",
        r"\bhas\s+no\s+(?:known\s+)?cure\b",
        # a headline: "No effective medical treatment" (a qualifier, so that "No treatment was
        # given to the control group" stays the study's design)
        rf"^\W*no\s+(?:{qualifier}\s+)+{remedy}\b(?!\s+(?:was|were|is|are)\s+(?:given|used|offered))",
        # "patients are usually treated with exercise", "it is currently managed with drugs"
        rf"\b(?:is|are)\s+{alternation(raw['habitual'])}\s+{alternation(raw['handled'])}\s+"
        rf"(?:with|by|through)\b",
        # "current treatments ... only ease the pain", "standard care does not work for most"
        rf"\b{alternation(raw['current'])}\s+(?:\w+\s+)?{remedy}\b[^.;]{{0,140}}\b{alternation(raw['short'])}\b",
        # "treatment for the condition focuses on exercise"
        rf"\b{remedy}\s+(?:for\s+(?:[\w-]+\s+){{1,3}})?{alternation(raw['consists'])}\b",
    )
    return any_of(patterns)


def states_treatment(text: str) -> bool:
    """The sentence says how the condition is treated today, or that nothing treats it well
    ("there is still no cure", "current drugs only ease the pain")."""
    return _treatment_patterns().search(text) is not None


@lru_cache(maxsize=1)
def _definition_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(_lists()['definition']['phrases'])}\b", re.IGNORECASE)


def defines_condition(text: str) -> bool:
    """The sentence says what a condition or a measure of it is taken to be ("obesity is
    defined as a BMI of 30 or more")."""
    return _definition_pattern().search(text) is not None


@lru_cache(maxsize=1)
def _prior_view_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = _lists()["prior_view"]
    held, believed = alternation(raw["held"]), alternation(raw["believed"])
    patterns = (
        # "the prevailing view is that", "the traditional understanding of X was"
        rf"\b{alternation(raw['usual'])}\s+{alternation(raw['views'])}\b",
        # "has long been thought", "have traditionally been regarded as"
        rf"\b(?:has|have|had)\s+(?:{held}\s+)?been\s+(?:{held}\s+)?{believed}\b",
        # "is widely believed", "was generally considered"
        rf"\b(?:is|are|was|were)\s+{held}\s+{believed}\b",
        # "doctors long believed", "it was thought that"
        rf"\b(?:{held})\s+(?:thought|believed|assumed)\s+(?:that|it|to)\b",
        r"\bit\s+(?:was|has\s+been)\s+(?:\w+\s+)?(?:thought|believed|assumed)\s+that\b",
        # "in the past, researchers have often associated it with the brain"
        rf"\b{alternation(raw['formerly'])}\b[^.;]{{0,60}}?\b(?:{believed}|associated|linked)\b",
    )
    against = alternation(raw["opposes"])
    # "contrary to what doctors have long thought": the view named by who held it
    believed_said = alternation([*raw["believed"], *raw["said"]])
    # "challenges the view that", "overturns this idea"
    opposes = re.compile(
        rf"\b{against}\b(?P<view>\s+(?:(?:with|of|to)\s+)?(?:(?:the|this|that|a|an)\s+"
        rf"(?:[\w-]+\s+){{0,2}}{alternation(raw['views'])}\b|what\s+(?:[\w-]+\s+){{0,4}}?"
        rf"(?:{held}\s+)?{believed_said}\b))?"
        # "does not, as previously believed, start in the brain": the view denied
        rf"|(?P<denied>\bnot,?\s+(?:[\w-]+\s+){{0,2}}?as\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
        rf"(?:(?:{held}|once|long|previously)\s+)?{believed_said}\b)",
        re.IGNORECASE,
    )
    turns = re.compile(rf"\b{alternation(raw['turns'])}\b", re.IGNORECASE)
    return any_of(patterns), opposes, turns


def states_prior_view(text: str) -> bool:
    """The sentence states what was believed of the condition before ("the prevailing view is
    that it starts in the brain", "it has long been regarded as psychological"), without
    setting a finding against it ("challenges the view that ..." reports the finding)."""
    pattern, opposes, turns = _prior_view_patterns()
    return (
        pattern.search(text) is not None
        and opposes.search(text) is None
        and turns.search(text) is None
    )


def opposes_prior_view(text: str) -> bool:
    """The sentence sets a finding against what was believed before ("challenges the widely
    held view that ...", "an immune disease rather than, as currently held, a brain one"): it
    reports the study's conclusion."""
    pattern, opposes, _ = _prior_view_patterns()
    found = list(opposes.finditer(text))
    if any(m.group("view") or m.group("denied") for m in found):
        return True  # "challenges the view that ...": the view named with its opposition
    return bool(found) and pattern.search(text) is not None


@lru_cache(maxsize=1)
def _view_set_against() -> re.Pattern[str]:
    raw = _lists()["prior_view"]
    return re.compile(
        rf"\b{alternation(raw['opposes'])}\s+(?:(?:with|of|to)\s+)?(?:the|this|a)\s+"
        rf"(?P<usual>(?:[\w-]+\s+){{0,2}}?)(?P<noun>{alternation(raw['views'])})\s+(?:that\s+(?P<that>[^.;:!?]{{8,}})|"
        r"of\s+(?P<of>[^.;:!?]{3,}?)\s+as\s+(?P<as>[^.;:!?]{3,}))",
        re.IGNORECASE,
    )


def view_set_against(text: str) -> str | None:
    """The earlier view a finding is set against, as a sentence of its own: "... rather than
    the currently held view that X originates in the brain" -> "The currently held view is
    that X originates in the brain."; "calls into question the traditional belief of X as a
    brain disease" -> "The traditional belief is of X as a brain disease."."""
    m = _view_set_against().search(text)
    if m is None:
        return None
    usual = " ".join(m.group("usual").split()) or "earlier"
    noun = m.group("noun").lower()
    if m.group("that"):
        said = f"that {m.group('that').strip()}"
    else:
        said = f"of {m.group('of').strip()} as {m.group('as').strip()}"
    return f"The {usual} {noun} is {said}."


def without_view_set_against(text: str) -> str:
    """The sentence without the earlier view it sets a finding against ("X is an immune
    disease, rather than the currently held view that it starts in the brain." -> "X is an
    immune disease.")."""
    m = _view_set_against().search(text)
    if m is None:
        return text
    return text[: m.start()].rstrip(" ,;-–—") + "."


@lru_cache(maxsize=1)
def _cause_unknown_patterns() -> re.Pattern[str]:
    raw = _lists()["cause_unknown"]
    cause, unknown = alternation(raw["cause"]), alternation(raw["unknown"])
    patterns = (
        # "the causes of the disease are largely unknown", "its exact cause remains unclear"
        rf"\b{cause}\b[^.;]{{0,60}}?\b(?:is|are|remains?|has\s+been|have\s+been)\s+"
        rf"(?:still\s+|largely\s+|mostly\s+|entirely\s+)?{unknown}\b",
        # "no one knows what causes it", "doctors don't know why it happens"
        r"\b(?:no\s*one|nobody|doctors\s+(?:do\s+not|don't)|scientists\s+(?:do\s+not|don't))"
        r"\s+(?:yet\s+|really\s+|fully\s+)?knows?\s+(?:what|why|how)\b",
    )
    return any_of(patterns)


def states_cause_unknown(text: str) -> bool:
    """The sentence says nobody knows what causes the condition ("its causes are largely
    unknown", "no one knows what triggers it")."""
    return _cause_unknown_patterns().search(text) is not None


@lru_cache(maxsize=1)
def _diagnosis_patterns() -> re.Pattern[str]:
    raw = _lists()["diagnosis"]
    hard, tests = alternation(raw["hard"]), alternation(raw["tests"])
    qualifier = alternation(raw["test_qualifiers"])
    patterns = (
        # "difficult to diagnose", "hard condition to diagnose and treat"
        rf"\b{hard}\s+(?:(?:condition|disease|disorder|illness|syndrome)\s+)?to\s+"
        r"(?:diagnose|identify|detect|recognise|recognize|pin\s+down)\b",
        # "diagnosis is difficult", "diagnosing it can take years"
        rf"\b(?:diagnosis|diagnosing\s+\w+)\s+(?:is|can\s+be|remains|has\s+been)\s+"
        rf"(?:often\s+|very\s+|notoriously\s+|still\s+)?{hard}\b",
        r"\b(?:diagnosis|diagnosing\s+\w+)\s+(?:often\s+|can\s+|may\s+)?takes?\s+(?:years|months)",
        # "there is no specific test", "no blood test can confirm it"
        rf"\bno\s+(?:{qualifier}\s+)+{tests}\b",
        rf"\bno\s+{tests}\s+(?:for|to\s+(?:diagnose|confirm|detect)|can|exists?)\b",
        rf"\b(?:isn't|is\s+not|aren't|are\s+not)\s+(?:a|any)\s+(?:{qualifier}\s+)*{tests}\b",
        r"\b(?:often|frequently|commonly|sometimes)\s+(?:misdiagnosed|undiagnosed|overlooked)\b",
    )
    return any_of(patterns)


def describes_diagnosis(text: str) -> bool:
    """The sentence says how hard the condition is to diagnose ("it is difficult to diagnose",
    "there is no specific test for it", "it is often misdiagnosed")."""
    return _diagnosis_patterns().search(text) is not None
