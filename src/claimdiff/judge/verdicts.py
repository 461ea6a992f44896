"""Give each claim a verdict against the fact chosen for it, with reasons naming the cues.

The verdict definitions (supported, overstated, misreported, unsupported, background) follow
the project's contract. A claim is compared with the fact it reports:

- misreported: a checkable detail differs (a number, a duration, a date, a name, a role, an
  institution, a country, the journal, the species, a detail of a category of
  `data/details.toml` such as a body fluid or how a treatment was given, the direction of a
  result), or the claim says the study did what a `not_done` fact says it did not;
- overstated: more certainty than the fact has on the certainty ladder, a wider scope (mice to
  people; some to all; "the treated mice" for "some of the treated mice"), a cause where the
  study found an association (advice included), something ruled out that the study did not
  test, a promised benefit, or what the fact says the study did not establish;
- supported otherwise.

Reasons are written for a reader: the claim's word and the study's word, the population in
plain words, and which fact's certainty was compared.

Which fact a claim reports is chosen before (`choose`). Claims that report no fact, or that
are framed as the study's finding in words no fact uses, are `unsupported` when they present
themselves as the study's finding ("the study also found", "in the mice, X", "the serum did
not cause X"), `background` otherwise; another study's finding (schema 2
`[[related]]`) is named as such.
Investigator quotes are judged as quotes: an attributed quote that matches a quote fact is
supported even where the investigator says more than the paper, while the same words passed
off as the study's own finding are overstated.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from claimdiff.align.aligner import ClaimAlignment
from claimdiff.judge.choose import LOOSE_MATCH, SUPPORT_MIN, THRESHOLD, Choice
from claimdiff.judge.facts import (
    ANOTHER_STUDY,
    DISCLAIMER,
    NEGATOR,
    OTHER_WORK,
    OUTSIDER,
    STUDY_SUBJECT,
    THIS_WORK,
    UNIVERSAL,
    FactInfo,
    clauses,
    first_word,
    quote,
    read_quantities,
)
from claimdiff.judge.framing import (
    CHALLENGE,
    LADDER,
    QUOTE_CHARS,
    WOULD_PROVE,
    claim_certainty,
    form_reason,
    presents_finding,
    promise,
    proposition_certainty,
    recommendation,
    rung,
)
from claimdiff.judge.misreported import _COMPARED as _GROUPS_COMPARED
from claimdiff.judge.misreported import NOT_YET_DONE, Misreports, _singled, insignificant
from claimdiff.language import cues
from claimdiff.language.quantities import parse_number
from claimdiff.language.scope import (
    claims_everyone,
    clinical_words,
    human_scope,
    intervention_words,
    plain_population,
    tells_reader,
)
from claimdiff.language.stem import stem
from claimdiff.language.textnorm import TermMap, alternation, normalize_word, unaccented
from claimdiff.locations import data_file
from claimdiff.model import Claim, Fact, Judgement, Match, Sheet

UNSTATED_MATCH = 0.50  # a claim framed as a finding this close to a fact reports that fact
FURTHER_MATCH = 0.48
"""A claim that gives the study a further finding ("the researchers also found that X") reports
a fact only this close to it. Set on the dev sets (all read): of 29 claims so framed, the 6
annotated supported or misreported were at 0.50 or more, the 23 unsupported mostly below."""
UNSTATED_SHARE = 0.5  # ... below it, this share of words no fact uses makes it unsupported
UNSTATED_COVER = 0.15  # ... and covering less of its best fact than this (a topic in common)
EVALUATIVE_MATCH = 0.45  # evaluative claims below this similarity are background
WRITER_MATCH = 0.50  # claims in the writer's voice below this similarity are background
FINDING_MATCH = 0.60  # a claim this close to a result states that result
PART_COVER = 0.6  # a claim restates a fact about part of a group with this share of its words
_IDIOMS = re.compile(
    r"\b(?:all over|at all|above all|after all|all in all|in all(?=\s*,)|all the time|each other|"
    r"all the (?:more|better|same|less|worse)|all along|all but|"
    # "Best of all, ...": a superlative weighing the sentence, not everyone
    r"(?:best|worst|most|least|first|last|\w+est) of all(?=\s*(?:[,.;:!?\u2013\u2014-]|$))|"
    r"(?:every|each) (?:hour|day|night|morning|evening|week|month|year|time|minute|second)|"
    r"all (?:of )?(?:which|whom|these|those|them)|all the way|"
    # "against all other drugs", "than every other city": what it is compared with
    r"(?:against|than|compared (?:with|to)|versus|vs\.?) (?:all|every|each) (?:other|the other)|"
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
    reasons: list[str] = []
    said: set[str] = set()  # a reason that holds against two facts (a promise) is given once
    verdict = ordered[0][1].verdict
    for fact_id, judgement in ordered:
        named = quote(fact_id)
        for reason in judgement.reasons:
            if reason in said:
                continue
            said.add(reason)
            reason = reason if named in reason else f"{reason} (fact {named})"
            if judgement.verdict != verdict:  # the other facts' verdicts say they are others
                reason = f"other fact, {reason}"
            reasons.append(reason)
    return Judgement(ordered[0][1].verdict, tuple(reasons))


# The writer talking to or about the reader ("I", "we", "you") and exclamations. Outside
# quotes these are the article's voice, not the study's, unless they report the study.
# a sentence that gives its words to a study: "..., according to a large repeat of a
# well-known experiment"
_ACCORDING_TO_STUDY = re.compile(
    r"\baccording\s+to\s+(?:a|an|the|new|this|their)\b[^,;:]{0,60}?\b(?:study|studies|research|"
    r"trial|trials|experiment|experiments|survey|analysis|paper|review|repeat|replication)\b",
    re.I,
)
# ("CBT-I" and "Phase-I" are no person)
_WRITER = re.compile(
    r"(?<![-/])\b(?:I|I'm|I’m|I've|I’ve|me|my|we|us|our|ours|you|your|yours)\b(?!-)|!\s*$"
)
_ASIDE = re.compile(r"\([^()]*\)")
# where a study comes from or came out: "from the University of X", "published in Y"
_CITES = re.compile(
    r"\bpublished\b[^.]{0,40}?\bin\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\b(?:from|at|by)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}(?:University|Institute|"
    r"College|Hospital|Infirmary|Clinic|Observatory)\b|"
    r"\b(?:from|at|by)\s+(?:the\s+)?(?:University|Institute|College)\s+of\s+(?-i:[A-Z])",
    re.I,
)
# "you" of anyone in a clause the study's claim governs: "genes linked to whether you are"
_GENERIC_YOU = re.compile(r"\b(?:whether|if|how|what|when|why)\s+\Z", re.I)
# A sentence whose subject is the study: "The trial included ...", "The researchers found".
_STUDY_LED = re.compile(
    # (after a short opening: "To be fair, the study only looked at ...")
    r"^\W*(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+)?"
    r"(?:the|this|a|an|their|its)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|research|researchers|"
    r"scientists|team|survey|review|analysis|authors|paper)\b",
    re.I,
)
# The writer or the readers as the subject: "I drink ...", "Many of us can't ...".
_WRITER_SUBJECT = re.compile(
    r"^\W*(?:(?:and|but|so|now|well|honestly),?\s+)?(?:I|I['’]m|I['’]ve|we|you|"
    r"(?:[\w-]+\s+){1,2}of\s+(?:us|you))\b(?!\s+(?:found|showed|observed|tested|measured))",
    re.I,
)
# "we selected", "we injected": researchers telling what they did (an investigator writing
# or quoted), not the writer talking to the reader.
_RESEARCH_WE = re.compile(
    r"\bwe\s+(?:(?:then|also|first|next|later|have|had|then|carefully)\s+){0,2}"
    r"(?:selected|used|recruited|injected|transferred|gave|tested|measured|asked|collected|"
    r"found|showed|observed|discovered|examined|studied|enrolled|followed|compared|treated|"
    r"purified|isolated|analy[sz]ed|identified|took|performed|conducted|removed|"
    r"randomi[sz]ed|assigned|sampled|recorded|tracked|surveyed|grew|fed)\b",
    re.I,
)
# What a study does: a claim saying it did this for a fact stating it did not is misreported.
_DOING = re.compile(
    r"\b(?:test|tested|testing|trial(?:l)?ed|stud(?:y|ied)|measur(?:e|ed|ing)|record(?:ed)?|"
    r"track(?:ed)?|assess(?:ed)?|examin(?:e|ed)|gave|given|administered|enrol(?:l)?ed|"
    r"included|recruited|followed|asked|surveyed|monitored|collected|analy[sz]ed|looked at|"
    r"checked|counted|took into account|accounted for|controlled for)\b",
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
# work said to come before this study's: "had earlier found", "previously showed", "a pilot"
# "a 2021 study", "the group's 2019 tracking study": a piece of work of its year
_YEAR_STUDY = re.compile(
    r"\b((?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:study|trial|paper|survey|analysis|experiment|result|findings?|work|evaluation|"
    r"screen|simulation|investigation|review)\b",
    re.I,
)
_EARLIER_WORK = re.compile(
    r"\b(?:had|have|has)\s+(?:\w+\s+)?(?:earlier|previously|already|before)\b|\bpreviously\b|"
    r"\b(?:a|an|the|their|its)\s+(?:\d{4}\s+)?(?:pilot|feasibility|phase\s+(?:1|2|i|ii)|preliminary)\b",
    re.I,
)


@lru_cache(maxsize=1)
def _magnitudes() -> tuple[re.Pattern[str], dict[str, int]]:
    data = tomllib.loads(data_file("magnitude.toml").read_text(encoding="utf-8"))
    level = {w: i for i, words in enumerate(data["levels"]) for w in words}
    nouns = "|".join(sorted(map(re.escape, data["nouns"]), key=len, reverse=True))
    adjectives = "|".join(
        sorted((re.escape(w) for w in level if w not in data["adverbs"]), key=len, reverse=True)
    )
    adverbs = "|".join(sorted(map(re.escape, data["adverbs"]), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?P<adj>(?:{adjectives})(?:[- ]to[- ](?:{adjectives}))?)\b"
        rf"(?=(?:\s+[\w-]+)?\s+(?:{nouns})\b)|\b(?P<adv>{adverbs})\b",
        re.I,
    )
    return pattern, level


def _size(text: str) -> tuple[int, str] | None:
    """The biggest size a text gives an effect, with its words ("small-to-moderate" is 1)."""
    pattern, level = _magnitudes()
    best: tuple[int, str] | None = None
    for m in pattern.finditer(text):
        said = m.group("adj") or m.group("adv") or ""
        last = re.split(r"[- ]to[- ]", said.lower())[-1]
        if last in level and (best is None or level[last] > best[0]):
            best = (level[last], said)
    return best


# "the first of its kind in Norway", "one of the first such studies in Europe"
_FIRST_IN = re.compile(
    r"\b(?P<one>one\s+of\s+the\s+)?(?:very\s+)?first\b[^.;,]{0,40}?\bin\s+(?:the\s+)?"
    r"(?P<place>(?-i:[A-Z])[\w'’-]*)",
    re.I,
)
# "the world's first", "the first in the world", "the first ever"
_WORLD_FIRST = re.compile(
    r"\bworld['’]?s\s+(?:very\s+)?first\b|\bfirst\b[^.;]{0,40}\b(?:in|of)\s+the\s+world\b|"
    r"\bfirst[\s-]+ever\b|\bglobal\s+first\b",
    re.I,
)


def _first_widened(text: str, fact_texts: Sequence[str]) -> str | None:
    """A first told of a wider place than the study claims it for ("the world's first"
    where the authors say "the first in Norway"), or told outright where the study says
    "one of the first" there."""
    theirs: dict[str, tuple[bool, str]] = {}  # place -> ("one of the first"?, as written)
    for fact_text in fact_texts:
        for m in _FIRST_IN.finditer(fact_text):
            theirs[m.group("place").lower()] = (bool(m.group("one")), m.group("place"))
    if not theirs or NEGATOR.search(text):
        return None
    study = " and ".join(
        f"{'one of the first' if one else 'the first'} in {place}" for one, place in theirs.values()
    )
    world = _WORLD_FIRST.search(text)
    if world and "world" not in theirs:
        return f"scope: the claim says {quote(world.group())}; the study, {study}"
    for m in _FIRST_IN.finditer(text):
        said = theirs.get(m.group("place").lower())
        if said is not None and said[0] and not m.group("one"):
            return f"scope: the claim says {quote(m.group())}; the study, {study}"
    return None


def _bigger_effect(text: str, fact_text: str) -> str | None:
    """ "a dramatic fall" where the fact says "a small-to-moderate reduction": the effect
    told bigger than the study sized it (only where the fact gives a size)."""
    study, said = _size(fact_text), _size(text)
    if study is None or said is None or said[0] <= study[0] or NEGATOR.search(text):
        return None
    return f"size: the claim says {quote(said[1])}; the study {quote(study[1])}"


@lru_cache(maxsize=1)
def _whole_words() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    """(what, the claim's words, the fact's words) for effects told as total or lasting."""
    data = tomllib.loads(data_file("magnitude.toml").read_text(encoding="utf-8"))
    # "for good reason" and "for good measure" are no lasting effect
    return [
        (
            what,
            re.compile(rf"\b{alternation(data[what])}\b(?!\s+(?:reason|measure|cause))", re.I),
            re.compile(rf"(?<![\w-]){alternation(data[what + '_in_fact'])}(?![\w-])", re.I),
        )
        for what in ("total", "lasting")
    ]


_EFFECT_KINDS = ("result", "conclusion", "quote")
# The study's people as the subject of finding or saying: "the researchers found", "the
# scientists warned ...", "..., the team found." (not "experts", not a named person)
_PEOPLE_FOUND = re.compile(
    r"\b(?:the|our|its|their)\s+(?:researchers|scientists|team|authors|study\s+authors|boffins)\s+"
    r"(?:also\s+|have\s+|had\s+)?(?:found|find|discovered|observed|noticed|warned|warn|say|said|"
    r"says|reported|report|believe|believes|concluded|showed)\b",
    re.I,
)


def _outside_voice(fact: Fact, text: str) -> bool:
    """The fact is an outside commentator's words, or its speaker is named in the claim."""
    if fact.source == "commentary":
        return True
    names = [w for w in re.findall(r"[^\W\d_]{3,}", fact.speaker or "") if w[0].isupper()]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in names)


def _tells_total(text: str) -> bool:
    """The claim tells an effect as total ("banishes psoriasis", "wiped out"), not denied."""
    if NEGATOR.search(text) or _CANNOT.search(text):
        return False
    return any(said.search(text) for what, said, _ in _whole_words() if what == "total")


def _whole_effect(text: str, fact_text: str) -> str | None:
    """ "the skin cleared completely" where the fact gives a 90% improvement, "for good" where
    it says nothing of how long: an effect told as total or lasting where the fact does not
    (not in a denial: "cannot be excluded entirely")."""
    if NEGATOR.search(text) or _CANNOT.search(text):
        return None
    for what, said, in_fact in _whole_words():
        m = said.search(text)
        if m and not in_fact.search(fact_text) and not _TO_DO_FULLY.search(text):
            return f"size: the claim says {quote(m.group())}; the study reports no {what} effect"
    return None


# A return to normal ("hear normally", "back to normal"), and what makes "normal" a
# comparison or a limit instead ("people with normal vision", "below normal", "near-normal").
_NORMAL = re.compile(r"(?<![\w-])(?:back\s+to\s+)?normal(?:ly|i[sz]ed)?(?![\w-])", re.I)
_NORMAL_OTHER = re.compile(
    r"\b(?:with|than|of|near|nearly|almost|close\s+to|below|above|under|outside|short\s+of)\s+"
    r"(?:the\s+)?\Z",
    re.I,
)


def _normal_denied(text: str, fact_texts: Sequence[str]) -> str | None:
    """ "Patients now see normally" where the study says no one's vision returned to the
    normal range: a gain told as complete."""
    m = _NORMAL.search(text)
    if m is None:
        return None
    # the stretch between commas that says it: "..., meaning they may never need X" is apart
    start = max(text.rfind(c, 0, m.start()) for c in ",;:") + 1
    ends = [i for i in (text.find(c, m.end()) for c in ",;:") if i >= 0]
    part = text[start : min(ends, default=len(text))]
    if NEGATOR.search(part) or _CANNOT.search(part):
        return None
    if _NORMAL_OTHER.search(text[max(0, m.start() - 20) : m.start()]):
        return None
    for t in fact_texts:
        for clause in clauses(t):
            denied, normal = NEGATOR.search(clause), _NORMAL.search(clause)
            if denied and normal and denied.start() < normal.start():
                said = re.search(rf"(?:[\w'’-]+\s+)?{re.escape(m.group())}", text[: m.end()])
                phrase = said.group() if said else m.group()
                return (
                    f"size: the claim says {quote(phrase)}; the study {quote(clause.rstrip('.'))}"
                )
    return None


# words inside quote marks: what is said, not who says it
# a test of whether an effect differs between subgroups
_SUBGROUP_TEST = re.compile(
    r"\b(?:interaction|subgroups?|between\s+(?:the\s+)?(?:sub)?groups|even\s+(?:more|larger|bigger|"
    r"greater|better))\b",
    re.I,
)
# comparisons that tell no effect: an age, a time, or sameness
_NO_EFFECT_COMPARISONS = frozenset(
    {"older", "younger", "earlier", "later", "similar", "comparable", "same", "equal", "equivalent"}
)
# the claim's own word that a difference may be chance, small or unsure
_OWNS_CHANCE = re.compile(
    r"\b(?:chance|non-?significant|insignificant|significan\w*|statistical\w*|uncertain\w*|"
    r"unclear|not\s+clear|slight(?:ly)?|marginal(?:ly)?|a\s+little|a\s+bit|trend\w*|hint\w*|"
    r"indistinguishabl\w*|interval|(?:crossing|crosses|spans?|spanning|includ\w+)\s+zero)\b",
    re.I,
)
_IN_QUOTES = re.compile(r'"[^"]*"|“[^”]*”|‘[^’]*’(?!\w)')

# a closing "without X": what came along, not a denial of what the claim says was done
# groups of people by sex or age that a finding may single out
_SUBGROUP_WORDS = frozenset(
    {
        *("women", "men", "woman", "man", "girls", "boys", "girl", "boy"),
        *("female", "females", "male", "males"),
        *("older", "younger", "elderly", "pensioners", "teenagers", "teens", "adolescents"),
    }
)
# what the claim says was not the way ("by questionnaire rather than in a sleep laboratory")
_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of|in\s+place\s+of)\b", re.I)
# words that tell a limit as the study's own: "X were excluded", "results were based on
# participants' own reports", "only adults took part" agree with what it did not do
_RESTRICTED = re.compile(
    r"\b(?:only|solely|exclud(?:e|ed|es|ing)|left\s+out|ruled\s+out|omitted|barred|kept\s+out|"
    r"(?:based|relied|rel(?:y|ies)|rested|depended)\s+(?:\w+\s+)?on)\b",
    re.I,
)
# "people with no family history": a negator inside a noun phrase, not the clause's
_WITH_NO = re.compile(r"\b(?:with|(?:who|that)\s+(?:had|have|has))\s+\Z", re.I)


def _clause_negated(text: str, reading: cues.Reading) -> bool:
    """The claim's proposition is denied: a negator of the clause, not one inside a noun
    phrase ("causes insomnia even in people with no family history" is not negated)."""
    if not reading.negated:
        return False
    return any(
        c.scoped and not _WITH_NO.search(text, 0, c.start)
        for c in reading.of("negation")
        if c.value == "not"
    )


_WITHOUT_TAIL = re.compile(r",?\s+without\b[^,;]{0,60}\Z", re.I)
# a negative that tells a result, not that something was not done: "no more N2O than",
# "almost no extra deaths", "no difference"
_FINDING_NEGATIVE = re.compile(
    r"\b(?:almost\s+|nearly\s+|virtually\s+)?no\s+(?:more|less|fewer|extra|higher|lower|"
    r"greater|smaller|different|difference|change|increase|rise|fall|drop|significant|"
    r"additional)\b",
    re.I,
)
# a comparison the exclusion belongs to: "compared with A rather than with B", "compared
# with A, such as a walk or a talk, rather than with B" (one comma: A's own words)
_COMPARED = re.compile(
    r"\b(?:compar(?:ed|ing|e)\s+(?:with|to|against)|versus|vs\.?|against)\b[^,;.]{0,80}"
    r"(?:,[^,;.]{0,60})?,?\s*\Z",
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
# What an experiment's material or animals did: "the serum did not produce X", "the treated
# rats gained weight", "nor did it cause Y".
_RESULT_VERB = re.compile(
    r"\b(?:did\s+not|didn['’]t|never)\s+(?:\w+\s+)?"
    r"(?:produce|cause|trigger|induce|increase|reduce|lower|raise|change|lead|release|secrete|"
    r"activate|block|kill|damage|bind|attach|affect|improve|worsen|prevent|develop|show|gain|"
    r"lose)\b"
    r"|\b(?:produced|caused|triggered|induced|increased|reduced|lowered|raised|changed|led\s+to|"
    r"released|secreted|activated|blocked|killed|damaged|bound|attached|affected|improved|"
    r"worsened|prevented|developed|showed|gained|lost|stopped|cleared|eased|relieved|cured|"
    r"halved|shrank|boosted|slashed|protected|worked)\b",
    re.I,
)
_DETERMINER = re.compile(r"\b(?:the|a|an|these|those|their|its|this|that|our|all)\s+$", re.I)
# Other ways of telling something as the study's: what its findings mean or suggest, what
# the team's work shows, "..., the study warns", "scientists say P" after a colon, what the
# participants said
_TOLD_AS_FOUND = re.compile(
    r"\b(?:the|these|its|their|our|this)\s+(?:new\s+)?(?:findings?|results?|data|study|research|"
    r"work|analysis|trial)\s+(?:also\s+)?(?:mean|means|suggests?|indicates?|impl(?:y|ies)|"
    r"points?\s+to)\b"
    r"|\b(?:team|researchers|scientists|authors)(?:'s|’s|'|’)\s+(?:work|research|findings?|data|"
    r"study|analysis)\s+(?:also\s+)?(?:suggests?|shows?|indicates?|found|finds|reveals?)\b"
    r"|,\s*(?:the\s+)?(?:study|research|paper|report|analysis)\s+(?:warns|says|said|suggests|"
    r"claims|predicts)\s*[.!]?\s*$"
    r"|[:;]\s*(?:the\s+)?(?:scientists|researchers|study\s+authors|team)\s+(?:say|says|said|"
    r"believe|think|warn)\s+(?:that\s+)?(?![^\"“”]*[\"“”])"
    r"|^\W*(?:the\s+)?(?:trial\s+|study\s+)?(?:participants|volunteers)\s+(?:also\s+)?"
    r"(?:said|reported|told)\b"
    # "The paper also says X", "an analysis included in the paper", "teachers in the trial
    # said": what the paper holds, or what the study's own people reported
    r"|\b(?:the|this|their)\s+(?:paper|study|report)\s+(?:also\s+)?(?:says|states|notes|"
    r"mentions|describes|claims)\b"
    r"|\b(?:included|reported|described|presented)\s+in\s+the\s+(?:paper|study|report)\b"
    r"|^\W*(?:[\w-]+\s+){1,2}(?:in|on)\s+the\s+(?:trial|study)\s+(?:also\s+)?(?:said|say|"
    r"reported|told|described)\b"
    # a trial's own measures stated as its results: "Efficacy was consistent across
    # subgroups", "Antibody titres remained high", "No liver safety signal emerged"
    r"|^\W*(?:the\s+)?(?:efficacy|safety|tolerability|immunogenicity|"
    r"(?:neutrali[sz]ing\s+)?antibody\s+(?:titres|titers|levels|responses)|titres|titers)\b"
    r"[^.;]{0,30}?\b(?:was|were|remained|held|proved|stayed)\b"
    r"|^\W*no\s+(?:new\s+)?(?:[\w-]+\s+)?(?:safety\s+)?signals?\s+(?:emerged|was\s+seen|"
    r"were\s+seen|was\s+observed|appeared)",
    re.I,
)
_NOR_DID = re.compile(r"^\W*(?:nor|neither)\s+did\s+(?:it|they|this|these)\b", re.I)
# A result that holds for part of a group: "most patients", "some of the treated mice".
_PART = re.compile(
    r"(?<!\bthe\s)(?<!\bat\s)\b(?:most|many|some|several|a few|a minority of|half|a third|"
    r"a quarter|a fraction|a subset|a proportion)\s+(?:of\s+)?(?:the\s+|these\s+|those\s+|"
    r"their\s+)?(?P<group>(?![\w-]+ly\b)[a-z][\w-]*(?:\s+(?!and\b|or\b|but\b|who\b|that\b|"
    r"which\b|with\b|in\b|of\b|to\b|did\b|were\b|was\b|had\b|have\b)[a-z][\w-]*)?)",
    re.I,
)
# Words that keep a claim's statement to part of a group.
# a part of the study's people or things singled out ("most", "12 of the 48", "a third")
_SUBJECTS_SAY = re.compile(
    r"(?:\s+single)?(?:\s+one)?(?:\s+of)?(?:\s+(?:the|them|those))?\s+((?:[\w'’-]+\s+){0,3}?)"
    r"(?:said|told|reported|described|say|tell|felt|agreed|spoke)\b",
    re.I,
)
_SOME_OF = re.compile(
    r"\b(?:most|many|some|several|few|half|third|quarter|fraction|subset|proportion|minority|"
    r"majority|part)\b|\b\d[\d,]*\s+(?:of|out\s+of)\b|%",
    re.I,
)
_PART_WORDS = re.compile(
    r"\b(?:most|many|some|several|few|half|third|quarter|fraction|subset|proportion|minority|"
    r"majority|part|certain|percent|per\s+cent|one\s+in|out\s+of)\b|%|\b\d",
    re.I,
)
_NOT_ONLY = re.compile(
    r"\bnot\b[^,;.]{0,40}\b(?:only|solely|just|exclusively|merely|purely)\b", re.I
)
# Advice in the imperative with what it is for: "Walk more to keep dementia away", "Eat
# fish and protect your heart".
_ADVICE = re.compile(
    r"^\W*(?:walk|eat|drink|take|avoid|skip|cut|get|do|try|add|swap|sleep|exercise|run|keep|"
    r"stop|start|have|choose|limit|reduce|increase|use|go|switch|ditch|give up)\b(?![-'’])"
    r"[^.?!;]*?\b(?:to|and|for)\s+(?:(?:help|better|really|your|you)\s+){0,2}"
    r"(?P<goal>keep\s+[\w-]+\s+(?:away|at bay)|stay\s+\w+|prevent|protect|avoid|lower|"
    r"reduce|cut|boost|improve|ward off|stave off|beat|fight|live longer|lose|slash|halve|"
    r"a longer life|a healthier|better health)",
    re.I,
)
_CLINICAL = clinical_words()  # "symptoms", "the disease": as people have it
_ANIMAL = re.compile(
    r"\b(?:mice|mouse|rats?|animals?|monkeys?|primates?|pigs?|dogs?|zebrafish|fish|flies|worms)\b",
    re.I,
)
_DENIED_BEFORE = re.compile(r"\b(?:no|not|never|nor|without|none of the)\s+(?:[\w-]+\s+)?\Z", re.I)


# Advice given to the reader, or as general guidance, with no one's authority: "Counsel
# patients that ...", "Adults are advised to get 300 mg a day", "it is recommended that"
_GUIDANCE = re.compile(
    r"^\W*(?:counsel|advise|remind|tell|encourage|urge|reassure|ask|refer|recommend)\s+"
    r"(?:your\s+|all\s+|the\s+|any\s+)?(?:patients|clients|customers|parents|pupils|staff|"
    r"readers|members|families|carers)\b"
    r"|\b(?:are|is)\s+(?:generally\s+|usually\s+|currently\s+)?(?:advised|recommended|"
    r"encouraged|urged)\s+to\b"
    r"|\bit\s+is\s+(?:generally\s+|usually\s+|currently\s+)?(?:recommended|advised)\s+that\b",
    re.I,
)
# A harm the investigators judged only possibly the treatment's, and a claim that blames it
_POSSIBLY_RELATED = re.compile(
    r"\b(?:possibly|probably|potentially|may\s+have\s+been|might\s+have\s+been|could\s+have\s+"
    r"been)\s+(?:related|linked|attributable|due)\s+to\b",
    re.I,
)


@lru_cache(maxsize=1024)
def _possibly_related(fact_text: str) -> re.Match[str] | None:
    return _POSSIBLY_RELATED.search(fact_text)


_BLAME = re.compile(
    r"\b(?:caused\s+by|triggered\s+by|brought\s+on\s+by|because\s+of|due\s+to|(?:left|made)\s+"
    r"[\w-]+\s+by|by)\s+(?:the|this|that|a|an|their|its)\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)",
    re.I,
)
# someone's plan ("the company said it planned to seek approval"), and the words of a fact
# that tells of plans or of what is to come
_PLAN = re.compile(
    # not a plan someone follows: "walking plans", "their plans", "meal plans"
    r"(?<!ing\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bour\s)(?<!\bmeal\s)(?<!\bdiet\s)"
    r"\b(?:plans?|planned|planning|intends?|intended|intending|hopes?|hoping|aims?|aiming|"
    r"preparing|prepares?)\s+(?:to\s+(?:seek|apply|file|"
    r"launch|start|begin|run|test|conduct|submit|recruit|expand|develop|study|take|bring|market|"
    r"sell|open|carry|follow|publish|repeat|extend|look|investigate|explore|trial|make|turn|give|"
    r"offer|use|treat|build|tag|scale|roll|create|design|grow|enrol|enroll|fit|deploy)\b|"
    r"an?\s+(?:[\w-]+\s+){0,3}?(?:trial|study|follow-up|programme|program|"
    r"launch|application))",
    re.I,
)
# ... said of the study's people: "The team now plans a follow-up"
# who the study's people are: "the team", "the Harrowdene team", "Researchers" opening a sentence
_STUDY_PEOPLE = (
    r"(?:\b(?:the|our|its|their)\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}|^\W*)"
    r"(?:researchers|scientists|team|authors|investigators|boffins|group|lab|experts)\s+"
)
_STUDY_PEOPLE_PLAN = re.compile(
    _STUDY_PEOPLE + r"(?:is\s+|are\s+)?(?:now\s+|also\s+|already\s+|say\s+they\s+|said\s+they\s+)?"
    r"(?:plans?|planned|planning|intends?|intended|hopes?|hoping|aims?|aiming|preparing|"
    r"prepares?)\b",
    re.I,
)
_STUDY_PEOPLE_PLAN_TO = re.compile(_STUDY_PEOPLE_PLAN.pattern + r"\s+to\s+[a-z]+\b", re.I)
# "the team is already running a follow-on trial", "is now recruiting residents for a study"
_STUDY_PEOPLE_RUNNING = re.compile(
    _STUDY_PEOPLE + r"(?:is|are)\s+(?:now\s+|already\s+|also\s+)?(?:running|recruiting|"
    r"launching|setting\s+up)\s+(?:[\w'’-]+\s+){0,4}?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:trial|study|follow-up|programme|project)\b",
    re.I,
)
# "A follow-up trial at three further sites began, the authors said": further work of theirs
_FOLLOW_ON = re.compile(
    r"\b(?:a|an)\s+(?:new\s+|further\s+|larger\s+|bigger\s+|second\s+)?follow-(?:up|on)\s+"
    r"(?:study|trial|project)\b(?=.*\b(?:researchers|team|authors|scientists|group)\b)",
    re.I,
)
_NEGATED_HYPE = re.compile(
    r"\b(?:no|not|nor|never|hardly|far from)\s+(?:an?\s+|the\s+)?\W*\Z", re.I
)


@lru_cache(maxsize=1)
def _hype() -> re.Pattern[str]:
    """Words that call a treatment or a result a marvel (magnitude.toml `hype`)."""
    data = tomllib.loads(data_file("magnitude.toml").read_text(encoding="utf-8"))
    return re.compile(rf"\b{alternation(data['hype'])}\b", re.I)


_PLAN_REASON = re.compile(
    r"unsupported: the study's people are said to plan|background: tells a plan"
)
_FUTURE = re.compile(
    r"\b(?:plans?|planned|planning|intends?|will|next|future|further|upcoming|seek|apply|"
    r"hopes?|expects?|expected)\b",
    re.I,
)
# a study's subjects who are grown up: "adults aged 40 to 79", "over-60s", "older people"
_ADULTS = re.compile(
    r"\b(?:adults?|grown-ups?|older|elderly|pensioners?|seniors?|retirees?|over-\d\ds|"
    r"aged (?:[2-9]\d|1[89])\b)",
    re.I,
)


# words for the young that name adults too ("university students", "young people")
_GROWN_UP_TOO = frozenset(
    {"student", "students", "youth", "youths", "young person", "young people", "minor", "minors"}
)


def _denied(word: str, text: str) -> bool:
    """Whether each mention of `word` is denied ("no human patients", "not in people")."""
    spots = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I)]
    return bool(spots) and all(_DENIED_BEFORE.search(text[max(0, at - 40) : at]) for at in spots)


_EXPERIMENT_WORDS = frozenset(
    normalize_word(w)
    for w in (
        "mice", "rats", "animals", "cells", "dishes", "dish", "participants", "patients",
        "volunteers", "group", "groups", "samples", "cultures", "experiments", "subjects",
        "children", "adults", "women", "men",
    )
)  # fmt: skip


def _denied_before(text: str, at: int) -> bool:
    """A negation earlier in the clause that ends at `at` ("no cure", "does not call it a
    cure", "is not yet a treatment"): what follows is denied, not stated."""
    clause = re.split(r"[;:,.]|\b(?:but|while|whereas|although)\b", text[:at])[-1]
    return NEGATOR.search(clause) is not None


def _negated(text: str, at: int) -> bool:
    """A negation among the few words just before `at`, in its clause ("cannot be cured",
    "there is no cure"): the word is denied."""
    clause = re.split(r"[;:,.]|\b(?:and|but|or|while|whereas|although)\b", text[:at])[-1]
    near = " ".join(clause.split()[-3:])
    return NEGATOR.search(near) is not None or _CANNOT.search(near) is not None


_CANNOT = re.compile(r"\bcannot\b", re.I)
# what someone would do in full, not an effect: "hard to measure fully", "to fully understand"
_TO_DO_FULLY = re.compile(
    r"\bto\s+(?:(?:fully|completely|entirely)\s+\w+|\w+\s+(?:fully|completely|entirely))\b", re.I
)


# A reason given for an evaluation: "good news, because the pill is cheap".
_BECAUSE = re.compile(r"\b(?:since|because|given that|now that)\s+(?:\w+\s+){2,}", re.I)


def _gives_reason(text: str, evaluative: cues.Cue) -> bool:
    """An evaluation followed by the reason for it, which is checkable ("good news, because
    the pill costs little")."""
    return _BECAUSE.search(text, evaluative.end) is not None


# "10% lower", "two times higher": a comparison of amounts, not a verb of cause.
# A caveat that the study cannot tell cause from association ("cannot establish whether X
# causes Y", "cannot prove cause and effect")
_NO_CAUSE = re.compile(
    r"\b(?:cannot|can't|can\s+not|could\s+not|couldn't|does\s+not|doesn't|did\s+not|didn't|"
    r"not\s+designed\s+to|unable\s+to|no\s+way\s+to)\s+(?:\w+\s+){0,2}?(?:establish|show|prove|"
    r"determine|tell|demonstrate|confirm)\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:caus\w*|cause\s+and\s+effect)",
    re.I,
)
# An analysis step as the subject: "Adjusting for sleep attenuated X", "Dropping a variant
# made little difference" tell how the data were analysed, not what causes what.
_ANALYSIS_STEP = re.compile(
    r"\s*(?:after\s+)?(?:adjusting|controlling|accounting|correcting|dropping|excluding|"
    r"removing|restricting|stratifying|weighting)\b",
    re.I,
)
# A size told by what it would do: "enough to raise sea level by 1 mm", "equivalent to".
_AMOUNT_LIKE = re.compile(r"\b(?:enough|sufficient|equivalent|equal)\s+to\s+\Z", re.I)
_AFTER_AMOUNT = re.compile(r"(?:\d\s*%|\d|\bper\s?cent|\btimes)\s*$", re.I)
# The cause a fact names after its link ("... are a consequence of patient antibodies that
# ..."): the words up to a clause boundary.
_CAUSE_PHRASE = re.compile(r"[^,;:.()]*?(?=\s+(?:that|which|who|in|on|at|with)\b|[,;:.()]|$)")
_LINKS = ("effect", "connective")  # causal cue values of a link: "consequence of", "caused by"
_LINK_TO_CAUSE = re.compile(r"(?:^|\s)(?:of|by|from)(?:\s|$)")
# A verb acting on a risk states an effect on it, whatever the verb: "X trims your risk of
# Y", "halves the odds of". Verbs that measure, predict or report a risk do not.
_ON_RISK = re.compile(
    r"\b(?P<verb>[a-z]+(?:s|ed))\s+(?:your|the|their|his|her|one's|one’s|our)\s+"
    r"(?:[a-z]+\s+)?(?:risk|risks|odds|chance|chances|likelihood)\s+of\b",
    re.I,
)
# a finding said to be proved: "has proven that", "Study Proves X", "proof that"; not a thing
# that "proved difficult" or "has proven ineffective" (turned out so)
_PROOF = re.compile(
    r"\b(?:prov(?:es|ed|en|e|ing)|proof)\b(?!\s+(?:to\s+be\b|ineffective|effective|useful|"
    r"safe|difficult|hard|easy|popular|successful|elusive|wrong|right|false|true|fatal|"
    r"costly|controversial|challenging|impossible|invaluable|reliable|unreliable)\b)"
    # "proof of age", "proof of purchase": a document, not a finding proved
    r"(?!\s+of\s+(?:age|identity|id|address|purchase|payment|residence|ownership|postage|"
    r"insurance|delivery|vaccination|concept)\b)",
    re.I,
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*%?")
_MARKED = re.compile(r"[\"“”«»]")  # quotation marks: someone's own words
# after "all": what they had or were ("all had mild asthma", "all were on no medication")
_ALL_HAD = re.compile(
    r"\s+(?:of\s+them\s+)?(?:had|have|were|are|carried|shared)\s+(?P<what>[^.;]{3,120})", re.I
)
# what a design enrolled people with: "adults with mild asthma", "children who had X"
_WITH_CONDITION = re.compile(
    r"\b(?:with|who\s+had|who\s+have|who\s+were|diagnosed\s+with)\s+([^.;]{3,160})", re.I
)
# A benefit promised to come: "will protect", "will never lose ... again", "will no longer face"
_WILL_BENEFIT = re.compile(
    r"\b(?:will|shall)\s+(?:\w+ly\s+)?(?:no\s+longer\s+\w+|never\s+(?:again\s+)?\w+|"
    r"(?:help|protect|prevent|cure|save|spare|stop|end|keep|boost|lower|reduce|cut|improve|fix|"
    r"transform|revolutioni[sz]e|stay)\w*)",
    re.I,
)
_WRITERS_VOICE = "background: the writer's own voice"
_NON_INFERIOR = re.compile(
    r"\bnon-?inferior(?:ity)?\b|\bnot\s+(?:unacceptably\s+)?inferior\b", re.I
)
# "just as good as", "worked as well as" (not "patients as well as doctors"), "equally effective"
_AS_GOOD = re.compile(
    r"(?:\b(?P<hedge>nearly|almost|roughly|about|close\s+to|not\s+quite)\s+)?"
    r"(?:\b(?:just|every\s+bit|quite)\s+)?(?:\bas\s+(?:good|effective|successful|safe|"
    r"efficient|effectively|successfully)\s+as\b|\b(?:work(?:s|ed)?|perform(?:s|ed)?|did|do|"
    r"does|fared?|fares)\s+(?:just\s+|every\s+bit\s+)?as\s+well\s+as\b)"
    r"|\bequally\s+(?:good|effective|successful|well)\b",
    re.I,
)
_A_STUDY = re.compile(r"\b(?:study|research|trial|paper|researchers|scientists)\b", re.I)
# "every ounce", "each day", "every 100 ml": a measure or a time, a rate's "per"
_FOR_EVERY = re.compile(r"\bfor\s+$", re.I)  # "earning 50p for every point": so much per one
_PER_UNIT = re.compile(
    r"(?:every|each)\s+(?:single\s+)?"
    r"(?:(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|other|"
    r"few)\s*)?(?:ounces?|oz|litres?|liters?|ml|millilitres?|grams?|"
    r"kg|kilos?|pounds?|dollars?|cents?|pence|penny|euros?|servings?|doses?|days?|nights?|"
    r"weeks?|months?|years?|hours?|minutes?|seconds?|mile|miles|km|kilometres?|winters?|"
    r"summers?|springs?|autumns?|seasons?|terms?|semesters?|"
    r"(?:cubic\s+|square\s+)?(?:metres?|meters?|feet|foot|yards?)|tonnes?|tons?)\b"
    # "each scan in around 30 seconds": so long per item
    r"|(?:every|each)\s+[\w-]+\s+in\s+(?:just\s+|about\s+|around\s+|under\s+)?[\w.]+\s+"
    r"(?:seconds?|minutes?|hours?|days?)\b",
    re.I,
)
# What a proof verb has for subject, when that subject is the study or the finding just told:
# "It proves", "this finally proves", "the results prove", "science has proven" (or none: a
# headline's "Proves what we all knew")
_PROVER = re.compile(
    # "this battery proves": what the story is about, pointed at, as the prover
    r"(?:^|[,;:—–-]\s*|\b(?:it|this|that|which|science|(?:this|these)\s+(?:new\s+)?[a-z]+|"
    r"the\s+(?:study|research|findings?|"
    r"results?|data|paper|trial|work|evidence|discovery|experiment))(?:['’]s\s+|\s+(?:is|was)\s+|\s+))"
    r"(?:\w+ly\s+)?(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?\W*$",
    re.I,
)
# the study or its findings said to confirm, establish or demonstrate something: a proof
# ("the data establish that X", "this basically confirms X", "Science Confirms: X"), not
# something still to be confirmed, nor earlier work the study agrees with
_ESTABLISH = re.compile(
    r"\b(?:confirm(?:s|ed)?|establish(?:es|ed)?|demonstrat(?:e|es|ed))\b"
    r"(?!\s+(?:the\s+)?(?:earlier|previous|prior|past|other|their|its)\b)",
    re.I,
)
_ESTABLISHER = re.compile(
    r"\b(?:it|this|science|(?:the|this|these|their|its|our)\s+(?:new\s+|latest\s+)?(?:study|"
    r"research|findings?|results?|data|paper|trial|work|evidence|discovery|experiment|survey|"
    r"analys[ie]s))(?:\s+(?:\w+ly|now|also|has|have|had))*\s+\Z",
    re.I,
)
# A finding explained by a cause: "and that is why it spread", "antibodies are what keep the
# virus out" (a plain "because" gives the reasons people gave as often as a cause)
_EXPLAINS = re.compile(
    r"\b(?:that(?:'s|’s|\s+is|\s+was)\s+why|which\s+is\s+why|(?:is|are|was|were)\s+what\s+"
    r"(?:makes?|made|keeps?|kept|drives?|drove|causes?|caused|triggers?|triggered)|"
    r"the\s+reason\s+(?:why|that)|thanks\s+to|owing\s+to)\b",
    re.I,
)


def _explained_cause(text: str, info: FactInfo) -> str | None:
    """The words with which a claim explains a finding by a cause, where the fact gives no
    such explanation itself; not when the claim denies it ("not because ...")."""
    m = _EXPLAINS.search(text)
    if m is None or re.search(r"\b(?:not|n['’]t)\s+(?:\w+\s+)?\Z", text[: m.start()], re.I):
        return None
    own = " ".join((info.fact.text, *info.fact.also))
    if _EXPLAINS.search(own) or re.search(r"\b(?:due\s+to|caused\s+by)\b", own, re.I):
        return None
    return m.group()


# "explaining less than 1% of the variation in mood": variance explained, a statistic
_EXPLAINED_VARIANCE = re.compile(
    r"\bexplain\w*\b[^.;]{0,60}?\b(?:variance|variation|variability|differences?)\b", re.I
)
# a noun phrase set beside another between commas, up to where a cause word stands: ", a gas
# produced by ..." (its description, not the finding)
_APPOSITION = re.compile(r",\s+(?:a|an)\s+[^,;.()]+\Z", re.I)
_UNPROVED = re.compile(  # "hasn't been proven": "n't" ends a word, no boundary before it
    r"\b(?:not|never|cannot|no|none|nothing|nor|neither|yet to|far from|rather than|"
    r"instead of|short of)\b"
    r"|n['’]t\b",
    re.I,
)
_PROOF_WORDS = re.compile(r"(?:(?:a|the)\s+)?(?:proof|proving|evidence\s+of\s+cause)\b", re.I)
# "grown in a lab to prove who really had TB": what a test was for, not a finding proved
_TO_PROVE_WHICH = re.compile(r"\bto\s+prove\s+(?:who|whether|which|what|if|how)\b", re.I)
# advice put in the mouths of the study's people: "The study's authors recommend that ..."
_STUDY_ADVICE = re.compile(
    r"\b(?:researchers|authors|team|scientists|investigators|study)\b[^.;:,]{0,20}?\b(?:"
    r"recommend(?:s|ed)?|advise[sd]?|urge[sd]?|call(?:s|ed)? for|tell(?:s)? (?:people|everyone|"
    r"readers|parents|patients))\b",
    re.I,
)
_ADVISING = re.compile(r"\b(?:recommend|advis|urge|should|call(?:s|ed)? for|guideline)", re.I)
# verbs that look at a risk or state it without changing it ("assessed their risk of")
_LOOK_AT_RISK = (
    "assess", "measure", "estimate", "calculate", "predict", "reflect", "track", "examine",
    "study", "show", "explain", "describe", "determine", "evaluate", "model", "report",
    "mirror", "indicate", "signal", "suggest", "say", "carry", "run", "face", "bear", "take",
    "weigh", "compare", "analyse", "analyze", "give", "note", "discuss",
)  # fmt: skip
_RISK_NOT_CAUSE = {
    base + end for base in _LOOK_AT_RISK for end in ("s", "es", "d", "ed")
} | {base[:-1] + end for base in _LOOK_AT_RISK for end in ("ies", "ied")} | {
    "is", "was", "has", "had", "does", "did", "puts", "put", "ran", "bore", "took", "gave"
}  # fmt: skip


def _acts_on_risk(text: str, reading: cues.Reading) -> str | None:
    """The words of a claim that act on a risk ("slims your risk of"), stated plainly (not
    hedged, negated or asked)."""
    if reading.negated or reading.is_question or reading.caveats:
        return None
    if rung(claim_certainty(reading, text)) < rung("probable"):
        return None
    for m in _ON_RISK.finditer(text):
        if m.group("verb").lower() not in _RISK_NOT_CAUSE:
            return m.group().removesuffix(" of")
    return None


# A further finding given to the study: "the researchers also found", "they even discovered",
# "the study showed, too"
_FURTHER_FOUND = re.compile(
    r"\b(?:also|even|further|additionally)\s+(?:found|finds?|showed|shown|shows?|discovered|"
    r"revealed|reported|observed|noted|saw|identified|uncovered)\b"
    r"|\b(?:found|showed|discovered|revealed|reported)\s+(?:also|too)\b",
    re.I,
)
# Where a clause begins, and the words that may open it before its subject
_CLAUSE_CUT = re.compile(r"[;:,]|\b(?:that|which|who|because|if|when|while|whereas)\b", re.I)
_LEAD_WORDS = re.compile(r"^\s*(?:(?:and|but|so|also|even|the|these|those|its|their)\s+)*", re.I)
_THEY = frozenset({"they"})
# "They also found ...": the study's people, named in the sentence before
_THEY_FOUND = re.compile(r"\s*they\s+(?:also|even|further|additionally)\s+\w+", re.I)
_ADDITIONAL = re.compile(
    r"\b(?:also|in addition|additionally|moreover|furthermore|another finding)\b", re.I
)


# What already exists or is done today for other conditions: "such drugs are already
# available for other diseases". A plain statement of that is no hedged conclusion of the
# study stated more strongly (but "the new drug is already used for X" is).
_ALREADY = re.compile(
    r"\balready\s+(?:\w+\s+)?(?:available|exists?|existing|used|in\s+use|approved|licensed|"
    r"prescribed|on\s+the\s+market|given)\b",
    re.I,
)
_OTHER_CONDITIONS = re.compile(
    r"\bother\s+(?:[\w-]+\s+)?(?:diseases?|disorders?|conditions?|illness(?:es)?|uses?|"
    r"cancers?|infections?)\b",
    re.I,
)


def _already_elsewhere(text: str) -> bool:
    return bool(_ALREADY.search(text) and _OTHER_CONDITIONS.search(text))


# "X links A to B", "ties A to B": the verb with its object between (the cue reader reads
# "linked to" and "link between")
_LINKS_X_TO_Y = re.compile(r"\b(?:links?|ties?|connects?)\b[^.;:]{1,60}?\b(?:to|with)\b", re.I)


def _observed_link(reading: cues.Reading, info: FactInfo) -> bool:
    """The claim states only a link ("X links A to lower B"), where the fact hedges a cause
    ("A may lower B"): what was observed, told plainly, claims less than the hedged cause."""
    linked = any(c.value == "association" for c in reading.of("correlational"))
    linked = linked or _LINKS_X_TO_Y.search(reading.text) is not None
    return (
        linked
        and not reading.of("causal", scoped=True)
        and bool(info.reading.of("causal", scoped=True))
    )


def _states_cause(reading: cues.Reading, any_clause: bool = False) -> bool:
    """A plain causal statement ("the pill banishes psoriasis"), whatever words praise it;
    `any_clause` counts one in a relative clause too ("a vaccine that protects the old")."""
    verbs = [c for c in reading.of("causal") if c.value in ("verb", "change")]
    if any_clause and not reading.of("hedge", "modal", "negation"):
        return bool(verbs)
    return reading.strength >= 3 and any(c.scoped for c in verbs)


_WORD = re.compile(r"[\w'’-]+")
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|my|me)\b")


def _personal_account(text: str) -> str | None:
    """A sentence that is mostly someone's quoted words about themselves ("'I was convinced I'd
    been on the placebo,' she said"): the first-person word, or None."""
    quoted = list(_IN_QUOTES.finditer(text))
    inside = sum(len(m.group()) for m in quoted)
    if not quoted or inside < 0.6 * len(text.strip()):
        return None
    first = next((f for m in quoted if (f := _FIRST_PERSON.search(m.group()))), None)
    return first.group() if first else None


def _misquoted(text: str, said: str) -> str | None:
    """Words in quotation marks that are the speaker's but for a word or two ("a hard term
    noticeably less burnt out" where they said "a hard year noticeably less burnt out")."""
    theirs = [normalize_word(w) for w in _WORD.findall(said)]  # (spelling and form aside)
    for m in _IN_QUOTES.finditer(text):
        mine = [normalize_word(w) for w in _WORD.findall(m.group())]
        n = len(mine)
        if n < 4 or n > len(theirs):
            continue
        best = min(
            (sum(a != b for a, b in zip(mine, theirs[k : k + n], strict=True)), k)
            for k in range(len(theirs) - n + 1)
        )
        window = theirs[best[1] : best[1] + n]
        # a word changed inside the words, not at either end (where the quote may just run
        # on differently: "adds to the evidence base" beside "adds to the evidence that")
        if 0 < best[0] <= max(1, n // 4) and mine[0] == window[0] and mine[-1] == window[-1]:
            words = " ".join(_WORD.findall(said)[best[1] : best[1] + n])
            return f"quote: the claim quotes {m.group()}; the speaker said {quote(words)}"
    return None


def _framed_by(text: str, evaluative: cues.Cue) -> bool:
    """The evaluation is a lead-in before a colon, and a statement follows it ("Good news
    for families: the vaccine protects young and old alike")."""
    colon = text.find(":", evaluative.end)
    return (
        colon >= 0 and len(text[colon + 1 :].split()) >= 4 and ":" not in text[: evaluative.start]
    )


def _measured(text: str) -> bool:
    """The sentence gives a count or a measure (not a year, not "a few"): something to check
    whatever words it is wrapped in."""
    return any(q.kind != "year" and not q.vague for q in read_quantities(text))


_PUBLISHING = re.compile(r"\bpublish(?:ed|es|ing)?\b", re.I)


def _keeps_hedge(text: str, info: FactInfo) -> bool:
    """The claim repeats every hedge of the fact ("..., which doctors judged possibly related
    to the jab" for "... was judged possibly related"), wherever in the sentence it puts it,
    and those words are what make the fact as uncertain as the sheet holds it."""
    if rung(claim_certainty(info.reading, info.fact.text)) > rung(info.fact.certainty):
        return False  # the sheet holds the fact below its own words ("strongly suggests")
    hedges = {
        c.text.lower() for c in info.reading.cues if c.kind in ("hedge", "modal") and c.scoped
    }
    return bool(hedges) and all(_has_word(text, h) for h in hedges)


@lru_cache(maxsize=1)
def _projection() -> re.Pattern[str]:
    """Words that frame a figure as a model's output (framing.toml `projection_words`)."""
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    return re.compile(rf"(?<![\w-]){alternation(raw['projection_words'])}(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _no_cause_after() -> re.Pattern[str]:
    """What follows a causal verb that states no cause (framing.toml `not_causing_after`):
    "made a (remarkable) comeback", "make up a third"."""
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    phrases = [
        r"\s+".join(
            (re.escape(w) + r"(?:\s+[a-z]+)?" if w in ("a", "an") else re.escape(w))
            for w in p.split()
        )
        for p in raw["not_causing_after"]
    ]
    return re.compile(rf"\s+(?:{'|'.join(phrases)})\b", re.I)


# "slowed down by an average of 1.9 mph": the subject changed by an amount; no agent is named
# (a particle makes the verb intransitive: "lowered the risk by 9%" has an object)
_CHANGED_BY = re.compile(
    r"\s+by\s+(?:an\s+average\s+of\s+|(?:about|around|nearly|"
    r"almost|some|just|only|roughly)\s+)?[\d£$€]",
    re.I,
)
_PARTICLE = re.compile(r"\s+(?:down|up|back)\b", re.I)
_PARTICLE_END = re.compile(r"\b(?:down|up|back)$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+$", re.I)


def _claimed_proof(text: str) -> re.Match[str] | None:
    """Where the claim says a finding is proved: "proves", "proof", or the study said to
    confirm, establish or demonstrate it ("the data establish that X")."""
    proof = _PROOF.search(text)
    if proof is not None:
        return proof
    return next(
        (m for m in _ESTABLISH.finditer(text) if _ESTABLISHER.search(text, 0, m.start())),
        None,
    )


def _says_proved(text: str, proof: re.Match[str]) -> bool:
    """A fact's text that itself says proved, confirmed or established (not "cannot")."""
    words = _PROOF if _PROOF.fullmatch(proof.group()) else _ESTABLISH
    return any(
        not _UNPROVED.search(text, max(0, m.start() - 30), m.start()) for m in words.finditer(text)
    )


def _asserts_proof(text: str) -> bool:
    """The claim says something proves something ("this battery proves your phone will"),
    not that it has not been proven."""
    proof = _PROOF.search(text)
    return proof is not None and not _UNPROVED.search(text, 0, proof.start())


# a share of the variation after "explained" ("explained just 3%", "accounts for about 40%")
_A_SHARE = re.compile(
    r"(?:\s+for)?\s+(?:just|only|about|around|roughly|some|nearly|almost|over|under|less\s+than|"
    r"more\s+than)?\s*\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)",
    re.I,
)


# "with daytime effects", "with lasting impact": a noun of what someone had, unless it says
# of what and on what ("with an effect on sleep")
_WITH_EFFECTS = re.compile(r"\bwith\s+(?:[a-z-]+\s+)?\Z", re.I)
_OF_ON = re.compile(r"\s+(?:of|on|in)\b", re.I)


# a word naming what an observational study measured ("effectiveness", "protection"), which a
# claim may use as the study does
_MEASURE_NAME = re.compile(r"[a-z]+(?:ness|ive|ion|cy)", re.I)


@lru_cache(maxsize=1)
def _absolutes() -> re.Pattern[str]:
    """The absolutes of framing.toml."""
    raw = tomllib.loads(data_file("framing.toml").read_text(encoding="utf-8"))
    return re.compile(rf"\b{alternation(raw['absolutes'])}\b", re.I)


# what softens or denies an absolute right before it: "almost impossible", "not entirely",
# and a writer's "put it perfectly"
_SOFTENED = re.compile(
    r"\b(?:almost|nearly|virtually|practically|not|never|no|hardly|isn['’]t|wasn['’]t|aren['’]t|"
    r"weren['’]t|cannot|can['’]t|put\s+it)\s+\Z",
    re.I,
)


# a fact that itself says all of something: "removed all seagrass from five plots"
# ("all five cell lines" counts them: no whole)
_WHOLE = re.compile(
    r"\b(?:all|entire|whole)\b(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"|\b(?:bare|none)\b",
    re.I,
)
# "all" as the whole a share is of ("make up a third of all the coral"), or floated after a
# list of what it sums up ("Foxes, badgers, hares and hedgehogs all turned up")
# verbs of cause too common to be the study's own word for it ("made up" is no "made")
_LIGHT_CAUSES = frozenset({"make", "makes", "made", "making", "get", "gets", "got", "let", "lets"})
_FRACTION_WORD = re.compile(r"\b(?:half|third|quarter|fifth|tenth)\b", re.I)
_OF_ALL = re.compile(r"\b(?:of|across)\s+\Z", re.I)  # "of all the coral", "across all founders"
_LISTED_ALL = re.compile(
    r"\w+,\s+(?:[\w-]+\s+){0,3}?and\s+(?:[\w-]+\s+)?(?!(?:are|were|is|was)\b)[\w-]+\s+\Z", re.I
)
_CLAUSE_EDGE = re.compile(r"[;:,.]\s|\bbut\b")
_OUGHT = re.compile(r"\b(?:should|must|ought\s+to|need\s+to)\b", re.I)
_COUNTED_AFTER = re.compile(
    r"\w+\s+(?:one\s+of\s+(?:the\s+)?)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)",
    re.I,
)
# "inside each one", "in each of them": a place in each thing
_INSIDE_EACH = re.compile(
    r"\b(?:in|inside|within|on|into)\s+each\s+(?:one|of\s+them)\b"
    r"\s*\Z|\b(?:in|inside|within|on|into)\s+each\s*\Z",
    re.I,
)
# "each" of a unit counted, not of everyone: "each copy of the variant", "each extra year"
_EACH_UNIT = re.compile(
    r"\s+(?:(?:[\w-]+\s+)?(?:copy|allele|unit|point|dose|serving|year|month|week|day|hour|"
    r"session|lesson|class|period|phase|step|increase|rise)s?\b|one,?\s+(?:lasting|lasted|"
    r"taking|took|ran|running)\b)",
    re.I,
)
# a count of what was made right after the verb, no comparison with it: "produced 19 bursts",
# "making 71% of the trips" (not "produced 30% fewer cases")
_COUNT_MADE = re.compile(
    r"\s+(?:up\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+)?(?>\d[\d,.]*)\s*%?"
    r"(?!\s*(?:%\s*)?(?:more|fewer|less|higher|lower|greater|smaller)\b)",
    re.I,
)
_MAKING = re.compile(r"(?:produc|mak|made|generat|yield)", re.I)
# an analysis as the doer: what it "dropped" or "cut" is data, not an effect
_ANALYSIS_DID = re.compile(
    r"\b(?:analys[ie]s|models?|researchers|authors|team)\s+(?:that|which|who)\s+\Z", re.I
)


def _not_causing(text: str, cue: cues.Cue) -> bool:
    """A causal word that states no cause where it stands: inside a compound adjective
    ("slow-growing", "table-shaped"), before a particle or object that makes it an idiom
    ("made a comeback", "make up"), or told of a subject that changed by an amount with no
    agent ("drivers slowed down by 1.9 mph"; not the passive "were cut by 23%"); a share of
    the variation "explained" ("explained just 3%") is no cause either."""
    before, after = text[max(0, cue.start - 1) : cue.start], text[cue.end : cue.end + 1]
    if before == "-" or after == "-":
        return True
    if _no_cause_after().match(text, cue.end):
        return True
    if _ANALYSIS_DID.search(text, 0, cue.start):
        return True  # "a sensitivity analysis that dropped the first four years": a method
    if _MAKING.match(cue.text) and _COUNT_MADE.match(text, cue.end):
        return True  # "produced 19 bursts", "making 71% of the trips": what was made, counted
    if cue.text.lower().startswith(("explain", "account")) and _A_SHARE.match(text, cue.end):
        return True  # "explained just 3%" of the variation: a share, no cause
    if (
        cue.text.lower() in ("effect", "effects", "impact", "impacts", "consequences")
        and _WITH_EFFECTS.search(text, 0, cue.start)
        and not _OF_ON.match(text, cue.end)
    ):
        return True  # "problems with daytime effects": what they had, no cause of anything
    particle = _PARTICLE.match(text, cue.end) or _PARTICLE_END.search(cue.text)
    end = particle.end() if particle and particle.re is _PARTICLE else cue.end
    return (
        particle is not None
        and bool(_CHANGED_BY.match(text, end))
        and not _PASSIVE_BEFORE.search(text[: cue.start])
    )


# what makes a projection told as established: "the model shows that ..."
_SHOWN = re.compile(
    r"\b(?:show|shows|showed|shown|prove|proves|proved|proven|confirm|confirms|"
    r"confirmed|demonstrate|demonstrates|demonstrated|reveal|reveals|revealed)\b",
    re.I,
)


def _keeps_projection(text: str, info: FactInfo) -> bool:
    """The fact is a projection or an estimate ("deaths were projected to reach 6,940") and
    the claim tells it as one ("is projected to", "the model estimates"), not as shown."""
    fact_text = " ".join((info.fact.text, *info.fact.also))
    if not _projection().search(fact_text) or _SHOWN.search(text):
        return False
    # "cost about $9 a kilo" for "estimated to cost about US$9": an estimate's figure, told
    # as near as the study gives it, is told as an estimate
    return bool(_projection().search(text)) or any(
        q.bound == "approx" and any(q.same_value(f) for f in info.quantities if f.kind == q.kind)
        for q in read_quantities(text)
    )


# who takes part in any study
_PARTICIPANT_WORDS = ("participants", "volunteers", "patients", "subjects", "respondents", "users")
# a sentence that opens with some of the study's units: "The riders' ...", "Participants said",
# "The app users also ...", "The horses in the study ..."
_UNITS_FIRST = re.compile(
    r"^\W*(?:(?P<the>the|their|these|those|all\s+the|most\s+of\s+the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<unit>[a-z][\w-]*s|group|arm)(?:['’]s?)?\b(?P<in>\s+in\s+the\s+(?:study|trial))?",
    re.I,
)
# who are the study's without "the": "Participants said ...", "Volunteers who ..."
_BARE_PARTICIPANTS = frozenset({"participants", "volunteers", "respondents"})
# "The team also filmed ...", "The birds even taught ...", "They also built ...": more of
# what the study's people or units did, told as done
_ALSO_DID = re.compile(
    r"^\W*(?:(?:the|their)\s+(?:(?P<people>researchers|scientists|team|authors|investigators)"
    r"|(?:[\w-]+\s+){0,2}?(?P<unit>[a-z][\w-]*s))|(?P<they>they))\s+(?:also|even)\s+"
    r"(?!(?:said|say|says|told|noted|warned|believe|think|hope|plan|want)\b)"
    r"(?:[a-z]+ed|built|taught|made|took|kept|ran|began|grew|fed|caught|dug|saw|found|fought|"
    r"drew|wrote|brought|held|led|spent|won|lost|swam|flew|sang)\b",
    re.I,
)
# a comparison in what follows: "were lower", "felt less tired", "slept an extra 48 minutes"
_COMPARED_OR_MEASURED = re.compile(
    r"\b(?:more|less|fewer|lower|higher|better|worse|extra|faster|slower|longer|shorter|"
    r"greater|smaller|bigger|larger|earlier|later|stronger|weaker|heavier|lighter|thicker|"
    r"thinner|denser|healthier|fitter|quicker)\b",
    re.I,
)


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.I) is not None


class Verdicts(Misreports):
    """Gives claims their verdicts against the facts of one sheet (prepared once)."""

    def __init__(self, sheet: Sheet, terms: TermMap) -> None:
        super().__init__(sheet, terms)
        # The study's material and subjects ("the antibodies", "the mice"): what they did is
        # what the experiment found.
        self._experiment_words = self._material_words | self._subject_words
        # the study's own units: what the sheet counts ("34 riders", "54 plots") and those who
        # take part in any study (see `_units_measured`)
        self._counted_units = frozenset(
            n for info in self.info for n, _, _ in info.counted if not n.startswith("§")
        ) | frozenset(normalize_word(w) for w in _PARTICIPANT_WORDS)
        # ... and what it gave or tested, as the sheet names it ("the pill", "nelvoratinib"
        # where "the pill" is one of its names): "the pill stopped the itch" is a finding
        given = intervention_words() & set(re.findall(r"[a-z]+", self._known_lower))
        named = [
            phrase
            for term, alts in sheet.terms.items()
            for phrase in (term, *alts)
            if given & set(re.findall(r"[a-z]+", " ".join((term, *alts)).lower()))
        ]
        self._treatment_words = self._words(" ".join((*given, *named)))
        self._experiment_words |= self._treatment_words
        # what the study is about: its title, terms and subjects
        self._topic_words = self._words(
            " ".join(
                (
                    sheet.study.title,
                    sheet.study.subjects or "",
                    *(w for term, alts in sheet.terms.items() for w in (term, *alts)),
                )
            )
        )
        # whether any fact gives advice ("should", "recommend"): if none, advice said to be
        # the study's is the article's own
        self._advises = any(_ADVISING.search(t) for f in sheet.facts for t in (f.text, *f.also))
        # the study's findings that one treatment was non-inferior to another
        self._noninferior = [
            f.id
            for f in sheet.facts
            if f.study is None
            and f.kind in ("result", "conclusion")
            and _NON_INFERIOR.search(f.text)
        ]

    def judge(self, claim: Claim, choice: Choice, alignment: ClaimAlignment) -> Judgement:
        """The verdict of a claim given the fact chosen for it (or why none was).

        A finding no fact states, said to be proved ("Study proves that herb fights cancer"),
        is overstated: whatever the study found, it did not prove it, and coverage that says
        "proves" inflates a finding the study has rather than inventing one."""
        judged = self._judge(claim, choice, alignment)
        text = claim.display
        hyped = self._hyped(text, judged, choice)
        if hyped is not None:
            return hyped
        if judged.verdict == "supported" and not judged.reasons[0].startswith("quote:"):
            subgroup = self._unreported_subgroup(text)
            if subgroup is not None:
                return Judgement("unsupported", (subgroup,))
        equal = self._equal_for_noninferior(text, judged, choice)
        if equal is not None:
            return equal
        promised = self._promise_to_come(text, judged, choice)
        if promised is not None:
            return promised
        proof = _claimed_proof(text)
        framed = self._proof_beside(text, judged, choice, proof)
        if framed is not None:
            return framed
        if (
            (
                judged.verdict != "unsupported"
                # "It proves what we always knew", "That proves X": what the study found,
                # said to be proof, where no fact is close enough to name
                and not (
                    judged.verdict == "background"
                    and choice.basis != "form"
                    and proof is not None
                    and _PROVER.search(text, 0, proof.start())
                )
            )
            or proof is None
            or _UNPROVED.search(text, 0, proof.start())
            or _MARKED.search(text)
            or cues.read(text).is_question
        ):
            return judged
        return Judgement(
            "overstated",
            (
                f"certainty: the claim says {quote(proof.group())}; the study shows or suggests "
                "its findings, it does not prove them, and no fact of the sheet states this one",
                # (why it would have been background is no reason for this verdict)
                *(
                    r.removeprefix("unsupported: ")
                    for r in judged.reasons
                    if not r.startswith("background")
                ),
            ),
        )

    def _proof_beside(
        self, text: str, judged: Judgement, choice: Choice, proof: re.Match[str] | None
    ) -> Judgement | None:
        """A claim that says the study proved something, closest to a fact that states no
        finding (where it appeared, how it was done, background): the proof is overstated."""
        fact_id = choice.match.fact_id
        if (
            proof is None
            or judged.verdict != "supported"
            or fact_id is None
            # (told of someone, "experts say the findings prove X", it is still the
            # writer's "prove"; only quotation marks make it their words)
            or self.info[self._index[fact_id]].fact.kind
            not in ("bibliographic", "design", "context")
            or _UNPROVED.search(text, 0, proof.start())
            or _TO_PROVE_WHICH.search(text)
            or _MARKED.search(text)
            or cues.read(text).is_question
        ):
            return None
        return Judgement(
            "overstated",
            (
                f"certainty: the claim says {quote(proof.group())}; the study shows or suggests "
                f"its findings, it does not prove them (closest fact {quote(fact_id)})",
            ),
        )

    def _promise_to_come(self, text: str, judged: Judgement, choice: Choice) -> Judgement | None:
        """A benefit the study's topic is said to bring ("growers who plant hedgerows will never
        lose a harvest again"), where no finding is named: the writer promises what the study
        did not show."""
        if judged.verdict != "background" or choice.basis == "form":
            return None
        m = _WILL_BENEFIT.search(text)
        if (
            m is None
            or NEGATOR.search(text[: m.start()] + " " + text[m.end() :])
            or _MARKED.search(text)
            or cues.read(text).is_question
            or not self._words(text) & (self._experiment_words | self._topic_words)
        ):
            return None
        return Judgement(
            "overstated",
            (
                f"promise: the claim says {quote(m.group())}; no fact of the study shows this "
                "benefit",
            ),
        )

    def _judge(self, claim: Claim, choice: Choice, alignment: ClaimAlignment) -> Judgement:
        if choice.basis == "form":
            reason = form_reason(claim.display, claim.kind) or "background"
            return Judgement("background", (reason,))
        plan = self._people_plan(claim.display)
        if plan and choice.basis in ("novel", "paraphrased-quote"):
            said = choice.match.fact_id and self.sheet.fact(choice.match.fact_id)
            if not (said and _PLAN.search(said.text)):
                # "The team plans to tag another 60 turtles": a plan no fact states, its
                # figures no finding to check
                return Judgement(
                    "unsupported",
                    (
                        f"unsupported: the study's people are said to plan something "
                        f"({quote(plan.group())}) that no fact states",
                    ),
                )
        if choice.basis == "novel":
            wrong = self.sheet_misreports(claim.display)
            if wrong:  # "boys were hit hardest" where the study found girls were
                return Judgement("misreported", tuple(wrong))
            words = ", ".join(
                quote(claim.text[s - claim.start : e - claim.start]) for s, e in alignment.novel[:4]
            )
            return Judgement(
                "unsupported",
                (
                    "unsupported: presented as the study's finding; "
                    f"no fact of the sheet speaks of {words}",
                ),
            )
        if choice.basis == "paraphrased-quote":
            # a finding of the experiment that only shares words with an investigator's
            # quote is unsupported, not the investigator's opinion restated
            unstated = self._unstated_finding(claim, choice, alignment)
            return unstated or self._unattributed_quote(claim.display, choice.match)
        main = self.judge_claim(claim, choice.match, quoted=choice.quoted)
        further = self._further_finding(claim, choice)
        if further is not None:
            return further
        if main.verdict in ("supported", "background") and not choice.quoted:
            # Only a topic in common with its fact: a finding no fact states. A claim found
            # overstated or misreported against the fact does report it.
            unstated = self._unstated_finding(claim, choice, alignment)
            if unstated is not None:
                return unstated
        if not choice.match.also or main.verdict == "background":
            return main
        planned = choice.match.fact_id is not None and self._states_future(choice.match.fact_id)
        parts = [(choice.match.fact_id or "", main)]
        for fact_id in choice.match.also:
            cand = next((c for c in alignment.candidates if c.fact_id == fact_id), None)
            match = Match(fact_id, cand.similarity if cand else 0.0)
            part = self.judge_claim(claim, match, quoted=choice.quoted, paired=True)  # by coverage
            if planned and part.reasons and _PLAN_REASON.match(part.reasons[0]):
                continue  # the plan is the main fact's; this one need not state it
            if part.verdict != "background":
                parts.append((fact_id, part))
        return worst(parts)

    def _unreported_subgroup(self, text: str) -> str | None:
        """A group singled out or compared ("girls benefited even more than boys", "strongest
        among older pupils") by sex or age, where no result, conclusion or caveat of the
        study speaks of such a group: a subgroup finding the study did not report."""
        if NEGATOR.search(text) or cues.read(text).is_question:
            return None
        singled = _singled(text)
        compared = _GROUPS_COMPARED.search(text)
        if singled is not None and "group" in singled.groupdict():
            said = singled.group("group")
        elif compared is not None:
            said = f"{text[: compared.start()]} {compared.group('other')}"
        else:
            return None
        groups = {w for w in re.findall(r"[a-z]+", said.lower()) if w in _SUBGROUP_WORDS}
        groups -= {w.lower() for w in re.findall(r"[A-Za-z]+", self.sheet.study.subjects or "")}
        if not groups:
            return None
        findings = " ".join(
            t.lower()
            for f in self.sheet.facts
            if f.kind in ("result", "conclusion", "caveat")
            for t in (f.text, *f.also)
        )
        told = {w for w in re.findall(r"[a-z]+", findings) if w in _SUBGROUP_WORDS}
        if told:
            return None
        named = " and ".join(sorted(groups))
        return (
            f"subgroup: the claim singles out {named}; no finding of the study is about such "
            "a group"
        )

    def _equal_for_noninferior(
        self, text: str, judged: Judgement, choice: Choice
    ) -> Judgement | None:
        """ "Antibiotics worked just as well as surgery" where the study found antibiotics
        non-inferior: not worse by more than a set margin is not as good (not where the claim
        says "nearly as good", or denies it)."""
        if not self._noninferior or choice.quoted or choice.basis == "form":
            return None
        if judged.verdict not in ("supported", "background", "unsupported"):
            return None  # ("Splints worked just as well": the splint's doing, told as found)
        m = _AS_GOOD.search(text)
        if m is None or m.group("hedge") or NEGATOR.search(text, 0, m.start()):
            return None
        return Judgement(
            "overstated",
            (
                f"non-inferiority: the claim says {quote(m.group().strip())}; the study found "
                f"only that it was not worse by more than a set margin "
                f"({quote(self._noninferior[0])}), not that it is as good",
            ),
        )

    def _hyped(self, text: str, judged: Judgement, choice: Choice) -> Judgement | None:
        """ "MIRACLE JAB stops killer virus": a claim that calls the study's treatment or
        finding a miracle inflates it, whatever fact it is closest to (not where it is denied,
        "no miracle cure", or where the claim tells no finding of the study)."""
        if judged.verdict in ("overstated", "misreported") or choice.quoted:
            return None
        m = _hype().search(text)
        if m is None or _NEGATED_HYPE.search(text, 0, m.start()):
            return None
        if judged.verdict in ("background", "unsupported") and not (
            self.treatment_effect(text) or self.frames_finding(text)
        ):
            return None
        return Judgement(
            "overstated",
            (
                f"benefit: the claim calls it {quote(m.group())}; the study reports what it "
                "measured, not a miracle",
                *(r for r in judged.reasons if not r.startswith(("background", "supported"))),
            ),
        )

    def planned(self, claim: Claim, choice: Choice, alignment: ClaimAlignment) -> Choice:
        """ "The test isn't available yet, and the team plans a bigger study": a plan the claim
        tells is the fact that states that plan, when one reaches the threshold, and
        the fact it was chosen for, which states none, is one of its others."""
        match = choice.match
        if match.fact_id is None or choice.quoted or not _PLAN.search(claim.display):
            return choice
        if self._states_future(match.fact_id):
            return choice
        plan = next(
            (
                c
                for c in alignment.candidates
                if c.fact_id != match.fact_id
                and not c.quote
                and c.similarity >= THRESHOLD
                and self._states_future(c.fact_id)
            ),
            None,
        )
        if plan is None:
            return choice
        others = tuple(f for f in (match.fact_id, *match.also) if f != plan.fact_id)
        moved = Match(plan.fact_id, plan.similarity, plan.claim_spans, plan.fact_spans,
                      match.runner_up, others)  # fmt: skip
        return replace(choice, match=moved)

    def _states_future(self, fact_id: str) -> bool:
        """Whether the fact tells a plan or what is to come ("plans", "will", "next")."""
        info = self.info[self._index[fact_id]] if fact_id in self._index else None
        return info is not None and bool(
            _FUTURE.search(" ".join((info.fact.text, *info.fact.also)))
        )

    def _further_finding(self, claim: Claim, choice: Choice) -> Judgement | None:
        """ "The researchers also found that X": a further finding the claim gives the study,
        which must be a fact of the sheet told closely (at `FURTHER_MATCH`); sharing the
        study's words ("the test", "women") is not stating it. Unsupported otherwise, whatever
        detail it gets wrong or inflates: the study reports no such finding."""
        text = claim.display
        if choice.quoted or any(q in text for q in QUOTE_CHARS):
            return None
        if not _FURTHER_FOUND.search(text) or ANOTHER_STUDY.search(text):
            return None
        if choice.match.similarity >= FURTHER_MATCH:
            return None
        if not (self.frames_finding(text) or _THEY_FOUND.match(text)):
            return None
        reading = cues.read(text)
        if reading.is_question or reading.negated:
            return None
        near = choice.match.fact_id or (choice.match.runner_up[:1] or (("", 0.0),))[0][0]
        closest = f"; the closest fact, {quote(near)}, says something else" if near else ""
        return Judgement(
            "unsupported",
            (
                "unsupported: presented as a further finding of the study, but no fact of the "
                f"sheet states it{closest}",
            ),
        )

    def _unstated_finding(
        self, claim: Claim, choice: Choice, alignment: ClaimAlignment
    ) -> Judgement | None:
        """A claim framed as the study's work or result ("the study also found", "the
        researchers discovered", "in the mice, X happened") whose words are largely new to
        the sheet, and that no fact states closely: unsupported, not background and not
        supported by the fact that shares its topic words."""
        text = claim.display
        novel = alignment.novel
        if _PUBLISHING.search(text) and any(
            self.info[self._index[c.fact_id]].fact.kind == "bibliographic"
            for c in alignment.candidates[:3]
            if c.fact_id in self._index
        ):
            return None  # "published their findings in the journal X": where, not a finding
        # "also found", "in addition": a finding beside those already told; one word no fact
        # uses ("fewer headaches") is enough to say no fact states it
        additional = _ADDITIONAL.search(text) is not None
        if choice.match.similarity >= UNSTATED_MATCH or len(novel) < (1 if additional else 2):
            return None
        share = UNSTATED_SHARE / 2 if additional else UNSTATED_SHARE
        if len(novel) / max(alignment.content_words, 1) < share:
            return None
        best = next(
            (c for c in alignment.candidates if c.fact_id == choice.match.fact_id),
            alignment.candidates[0] if alignment.candidates else None,
        )
        if best is not None and best.coverage >= UNSTATED_COVER:
            return None  # a paraphrase of much of a fact, in words of its own
        if not self.frames_finding(text):
            return None
        reading = cues.read(text)
        if reading.is_question or reading.caveats or reading.evaluative:
            return None
        if rung(claim_certainty(reading, text)) < rung("probable"):
            return None  # a hypothesis or a possibility, not a finding stated as found
        not_done = self._not_done_anywhere(text)
        if not_done:  # "deaths were halved" where deaths were not analysed
            return Judgement("misreported", tuple(not_done))
        wrong = self.study_length_misreports(text)
        if wrong:  # "a new six-month trial has confirmed ..." for a 12-week trial
            return Judgement("misreported", tuple(wrong))
        words = ", ".join(
            quote(claim.text[s - claim.start : e - claim.start]) for s, e in novel[:4]
        )
        return Judgement(
            "unsupported",
            (
                "unsupported: presented as the study's finding, but no fact of the sheet states "
                f"it (nothing about {words})",
            ),
        )

    def treatment_effect(self, text: str) -> bool:
        """The claim plainly states what the study's treatment does, in the sheet's words for
        it ("Miracle pill banishes psoriasis", "the vaccine protects young and old")."""
        return bool(self._words(text) & self._treatment_words) and _states_cause(
            cues.read(text), any_clause=True
        )

    def frames_finding(self, text: str) -> bool:
        """The claim presents itself as the study's work or result: "the study found", "the
        researchers discovered", or set in the experiment ("In the mice, ...", "In the
        trial, ...")."""
        if ANOTHER_STUDY.search(text) or OUTSIDER.search(text):
            return False  # "earlier studies have shown", "X, who was not involved, said"
        if (
            presents_finding(text)
            or self._experiment_result(text)
            or self._units_measured(text)
            or self._also_did(text)
        ):
            return True
        if _TOLD_AS_FOUND.search(text) and not any(q in text for q in QUOTE_CHARS):
            return True  # (someone's words about the study are theirs: "while this study ...")
        m = _IN_EXPERIMENT.match(text)
        if m is None:
            return False
        where = self._words(m.group("where"))
        return bool(where & (self._subject_words | _EXPERIMENT_WORDS)) or bool(
            STUDY_SUBJECT.search(m.group("where"))
        )

    def _units_measured(self, text: str) -> bool:
        """The claim tells, with a comparison or a figure, what the study's own units had or
        did: "The riders' heart rates were lower", "The app users slept an extra 48 minutes",
        "Participants said they felt less tired"."""
        m = _UNITS_FIRST.match(text)
        if m is None:
            return False
        unit = normalize_word(m.group("unit"))
        if unit not in self._counted_units and not (
            m.group("unit").lower() in ("group", "arm") and m.group("the")
        ):  # "the protein group": one of the study's arms
            return False
        if not (m.group("the") or m.group("in") or m.group("unit").lower() in _BARE_PARTICIPANTS):
            return False  # "Patients with the disease are more sensitive": anyone's
        rest = text[m.end() :]
        return bool(_COMPARED_OR_MEASURED.search(rest)) or any(
            not q.vague and q.kind != "year" for q in read_quantities(rest)
        )

    def _also_did(self, text: str) -> bool:
        """The claim adds something the study's people or units did: "The team also filmed
        every trial", "The birds even taught each other the trick", "They also built a
        model": a further piece of the study's work or result."""
        m = _ALSO_DID.match(text)
        if m is None:
            return False
        if m.group("people") or m.group("they"):
            return True
        return normalize_word(m.group("unit")) in self._counted_units

    def _experiment_result(self, text: str) -> bool:
        """The claim tells what the study's material or animals did ("the serum did not
        produce X", "the treated rats gained weight"), or goes on with it ("Nor did it ...")."""
        if _NOR_DID.match(text):
            return True
        m = next(
            (
                m
                for m in _RESULT_VERB.finditer(text)
                # "antibodies produced by the body", "the affected mice": a participle naming
                # a thing, not a result
                if not _DETERMINER.search(text[: m.start()])
                and (
                    not re.match(r"\s+by\b", text[m.end() :])
                    or re.search(r"\b(?:was|were|been|being)\s+$", text[: m.start()])
                )
            ),
            None,
        )
        if m is None:
            return False
        subject = re.split(r"[;:,]|\b(?:that|which|who|because|if|when)\b", text[: m.start()])[-1]
        return bool(self._words(subject) & self._experiment_words)

    @staticmethod
    def _unattributed_quote(text: str, match: Match) -> Judgement:
        reading = cues.read(text)
        fact_id = quote(match.fact_id or "")
        if presents_finding(text) or (
            not reading.of("evaluative") and promise(text, reading) is not None
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
        if background and background.startswith(_WRITERS_VOICE) and _A_STUDY.search(text):
            # "Now a brand-new study from Norway backs us up": the writer's voice, but the
            # study it names is placed, dated or published wrongly all the same (its own
            # figures, "our 4,000 IU formula", are the writer's, not the study's)
            wrong = self.study_identity_misreports(text)
            if wrong:
                return Judgement("misreported", tuple(wrong))
        if background:
            return Judgement("background", (background,))
        roles = self._role_conflicts(text)
        if roles:
            return Judgement("misreported", tuple(roles))  # whatever fact it reports
        if match.fact_id is None:
            plan = self._people_plan(text)
            # a plan's figures ("to tag another 60 turtles") are no finding to check; who the
            # team is still is
            wrong = self.study_identity_misreports(text) if plan else self.sheet_misreports(text)
            if wrong:
                return Judgement("misreported", tuple(wrong))
            outsider = OUTSIDER.search(text)
            if outsider:
                return Judgement(
                    "background",
                    (
                        f"background: the view of someone outside the study "
                        f"({quote(outsider.group())}), not a finding of it",
                    ),
                )
            if plan:
                return Judgement(
                    "unsupported",
                    (
                        f"unsupported: the study's people are said to plan something "
                        f"({quote(plan.group())}) that no fact states",
                    ),
                )
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
            return self._other_study(text, info, match)
        work = OTHER_WORK.search(text)
        if (
            work
            and info.fact.kind in ("result", "conclusion", "design")
            and not THIS_WORK.search(text)
        ):
            return Judgement(
                "background",
                (
                    f"background: about other work ({quote(work.group())}), not a result or "
                    f"the design of this study (nearest fact {quote(info.fact.id)})",
                ),
            )
        guidance = _GUIDANCE.search(text)
        if (
            guidance
            and info.fact.kind in ("design", "result", "context", "caveat")
            and not presents_finding(text)
            and not _STUDY_ADVICE.search(text)
            and not _ADVISING.search(" ".join((info.fact.text, *info.fact.also)))
        ):
            return Judgement(
                "background",
                (
                    f"background: general advice ({quote(guidance.group().strip())}), not a "
                    f"finding of the study; {quote(info.fact.id)} gives none",
                ),
            )
        plan = _PLAN.search(text) or self._people_plan(text)
        people_plan = self._people_plan(text)
        if (
            plan
            and (
                info.fact.kind in ("design", "result", "bibliographic", "context")
                # "The researchers now plan to test it in younger children" beside "it was not
                # tested in younger children": a plan the caveat does not state
                or (people_plan and info.fact.kind == "caveat")
            )
            and not _FUTURE.search(" ".join((info.fact.text, *info.fact.also)))
        ):
            if self._people_plan(text):
                return Judgement(
                    "unsupported",
                    (
                        f"unsupported: the study's people are said to plan something "
                        f"({quote(plan.group())}) that no fact states (the closest, "
                        f"{quote(info.fact.id)}, states no plan)",
                    ),
                )
            return Judgement(
                "background",
                (
                    f"background: tells a plan ({quote(plan.group())}), which "
                    f"{quote(info.fact.id)} does not state; not a finding of the study",
                ),
            )
        misreports = self._misreports(text, info)
        if misreports:
            return Judgement("misreported", tuple(misreports))
        undone = self._not_done(text, reading, info)
        if undone is not None:
            return undone
        elsewhere = [] if info.fact.not_done else self._not_done_anywhere(text, info)
        if elsewhere:
            return Judgement("misreported", tuple(elsewhere))
        advice = _STUDY_ADVICE.search(text)
        if advice and not self._advises:
            return Judgement(
                "unsupported",
                (
                    f"unsupported: the claim says {quote(advice.group())}; no fact of the sheet "
                    "gives a recommendation",
                ),
            )
        if (
            advice
            and info.fact.kind in ("design", "result")
            and not _ADVISING.search(" ".join((info.fact.text, *info.fact.also)))
        ):
            # "The researchers recommend three sessions a week" matched to what was done
            return Judgement(
                "unsupported",
                (
                    f"unsupported: the claim says {quote(advice.group())}; "
                    f"{quote(info.fact.id)} gives no recommendation, and no fact gives this one",
                ),
            )
        advised = recommendation(text) if not quoted else None
        if (
            advised
            and info.fact.kind == "conclusion"
            and not _ADVISING.search(" ".join((info.fact.text, *info.fact.also)))
        ):
            # "Every school should now install dispensers, the team say" where the study
            # concluded that such programmes "could be a low-cost option"
            return Judgement(
                "overstated",
                (
                    f"recommendation: the claim says {quote(advised.group())}; "
                    f"{quote(info.fact.id)} recommends nothing ({info.fact.certainty})",
                ),
            )
        if match.similarity < SUPPORT_MIN and not paired and not match.also:
            unsure = (
                f"unsure: the closest fact, {quote(info.fact.id)}, is only at similarity "
                f"{match.similarity:.2f}; too far to say the study states this"
            )
        else:
            unsure = None
        if info.fact.kind == "context":
            # Background knowledge told of a whole group where it holds for part of it is a
            # wrong detail, not an inflated finding of the study; so is an investigator's
            # background quoted without its limit ("in most patients"): not their words.
            part = self._dropped_part(text, info, claim_certainty(reading, text), match)
            if part is not None:
                return Judgement("misreported", (part,))
        if quoted and (info.fact.kind == "quote" or info.fact.source == "investigator"):
            outsider = OUTSIDER.search(text)
            if outsider and not _outside_voice(info.fact, text):
                # "X, who was not involved in the study, said: '...'" matched to the words of
                # one of the study's people
                return Judgement(
                    "background",
                    (
                        f"background: the words of someone outside the study "
                        f"({quote(outsider.group())}), not those of {quote(info.fact.id)}",
                    ),
                )
            if unsure:
                return Judgement("background", (unsure,))
            proof = None if _MARKED.search(text) else self._proof(text, reading, info, True)
            if proof:  # "Experts say the findings prove X": reported speech, not their words
                return Judgement("overstated", (proof,))
            firmer = None if _MARKED.search(text) else self._firmer_than_said(text, reading, info)
            if firmer:  # "The findings show that 0.5% is the right dose, the authors say"
                return Judgement("overstated", (firmer,))
            cure = None if _MARKED.search(text) else promise(text, reading)
            said = " ".join((info.fact.text, *info.fact.also))
            if (
                cure is not None
                and cure.value in ("cure", "breakthrough")
                and promise(said, cues.read(said)) is None
            ):  # "The app that CURES insomnia, according to scientists": not what they said
                return Judgement(
                    "overstated",
                    (
                        f"promise: the claim says {quote(cure.text)}; {quote(info.fact.id)} "
                        "promises no such benefit",
                    ),
                )
            other = self._other_speaker(text, info.fact)
            if other:
                return Judgement("misreported", (other,))
            changed = _misquoted(text, " ".join((info.fact.text, *info.fact.also)))
            if changed:  # "a hard term" in quotation marks for the "a hard year" they said
                return Judgement("misreported", (changed,))
            return Judgement(
                "supported",
                (f"quote: an attributed quote matching {quote(info.fact.id)}",),
            )
        if unsure and info.fact.kind == "bibliographic":
            # a far bibliographic fact states no finding a claim could inflate
            return Judgement("background", (unsure,))
        overs = self._overstatements(text, reading, info, match)
        if quoted and self._study_person_speaks(text):
            # the words of the study's own people, in quote marks: theirs, however sure
            overs = [r for r in overs if not r.startswith("certainty:")]
        if advice and _ADVISING.search(" ".join((info.fact.text, *info.fact.also))):
            # "The researchers recommend pasteurised egg": the study's advice, reported as
            # advice; how sure the fact is of what the advice may bring is not told
            overs = [r for r in overs if not r.startswith("certainty:")]
        if overs:
            return Judgement("overstated", tuple(overs))
        if (
            unsure
            and (
                _PEOPLE_FOUND.search(text)
                # told as the study's, unless with a figure of the closest fact ("identified
                # 38 regions of DNA" for its 38 loci): that fact, in other words
                or presents_finding(text)
                and not any(
                    q.same_value(f, 0.02)
                    for q in read_quantities(text)
                    if q.kind != "year" and not q.vague
                    for f in info.quantities
                    if f.kind == q.kind
                )
            )
            and not OUTSIDER.search(text)
        ):
            return Judgement(
                "unsupported",
                (
                    "unsupported: the study's people are said to have found or said something "
                    f"no fact of the sheet states (the closest, {quote(info.fact.id)}, is only at "
                    f"similarity {match.similarity:.2f})",
                ),
            )
        if unsure:
            return Judgement("background", (unsure,))
        return Judgement("supported", (self._supported_reason(text, reading, info, match),))

    def _supported_reason(
        self, text: str, reading: cues.Reading, info: FactInfo, match: Match
    ) -> str:
        """Which fact was compared, at which certainty and why, for a supported claim."""
        level = self._fact_level(info, text)
        fact = quote(info.fact.id)
        head = f"supported: reports {fact}"
        if level != info.fact.certainty:
            plain = self._plain_clause(info, text)
            return (
                f"{head}: its plainly stated part ({quote(plain)}, {level}), not its hedged "
                f"part (the fact card says {info.fact.certainty}); no wider in scope"
            )
        claim_level = claim_certainty(reading, text)
        if level == "shown":
            return f"{head}, no more certain than the study (shown) and no wider in scope"
        if rung(claim_level) > rung(level) and _already_elsewhere(text):
            return (
                f"{head}: tells what is already in use for other conditions, not its hedged "
                "finding more strongly; no wider in scope"
            )
        if rung(claim_level) > rung(level) and (cause := self._unsaid_cause(text, reading, info)):
            return (
                f"{head}: states what the study ties to {quote(cause)}, not that link, which "
                "is what the study hedges; no wider in scope"
            )
        if rung(claim_level) > rung(level) and _observed_link(reading, info):
            return (
                f"{head}: states the link the study observed, not its hedged cause more "
                "strongly; no wider in scope"
            )
        if rung(claim_level) > rung(level) and _keeps_hedge(text, info):
            hedges = sorted(
                {c.text for c in info.reading.cues if c.kind in ("hedge", "modal") and c.scoped}
            )
            return (
                f"{head}: the claim keeps the study's own hedge "
                f"({', '.join(quote(h) for h in hedges)}), no more certain than the study; "
                "no wider in scope"
            )
        if rung(claim_level) > rung(level):  # passed as an account of the method
            return (
                f"{head}: tells what the study did ({quote(reading.main_verb or '')}), not "
                f"its hedged finding more strongly; no wider in scope"
            )
        said = self._claim_word(reading, text, claim_level)
        return (
            f"{head}: the claim says {said} ({claim_level}), no more than the study, which "
            f"{self._study_word(info, level, text)}; no wider in scope"
        )

    def _not_done(self, text: str, reading: cues.Reading, info: FactInfo) -> Judgement | None:
        """A claim that the study did what a fact says it did not do or measure ("the drug
        worked in children" where "the drug was not tested in children"). Stated about people
        where the study was in animals or cells, without saying the study did it, it widens
        the scope instead ("X extends life in humans")."""
        if not info.fact.not_done or reading.is_question:
            return None
        if NEGATOR.search(_FINDING_NEGATIVE.sub("", _WITHOUT_TAIL.sub("", text))):
            # (but "as well as drugs, without the side effects" still says it did, and so
            # does a finding told with a negative: "the plots gave off no more N2O")
            return None
        if NOT_YET_DONE.search(text):
            return None  # "outside the study's scope", "working on it for a later paper"
        if _RESTRICTED.search(text):
            return None  # "racehorses were excluded": the limit, told as the study's
        if rung(claim_certainty(reading, text)) < rung("probable") or reading.caveats:
            return None  # "might one day be tested in people" does not say it was
        if not self._claims_undone(text, info):
            return None
        said = quote(info.fact.text.rstrip("."))
        human = human_scope(text, self._material)
        if human and self._study_scope in ("animal", "cell") and not _DOING.search(text):
            who = plain_population(human)
            named = "" if human.lower() == who else f" ({quote(human)})"
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

    def _claims_undone(self, text: str, info: FactInfo) -> bool:
        """Whether the claim says the study did what the fact says it did not. Not where it
        puts that thing after "rather than" ("measured by questionnaire rather than in a sleep
        laboratory"), nor where the fact also says what the study did and the claim names
        only that ("turns attempted speech into words" beside "decoded attempted speech; it
        did not decode inner speech or thoughts")."""
        parts = re.split(r";|\bbut\b", info.fact.text)
        denied = [self._words(p) for p in parts if NEGATOR.search(p)]
        done = [self._words(p) for p in parts if not NEGATOR.search(p)]
        undone = frozenset().union(*denied) if denied else info.words
        instead = _INSTEAD.search(text)
        if instead and self._words(text[instead.end() :]) & undone:
            return False
        only_undone = undone - frozenset().union(*done) if done else frozenset()
        return not only_undone or bool(only_undone & self._words(text))

    def _other_study(self, text: str, info: FactInfo, match: Match) -> Judgement:
        """A finding of another study that coverage confuses with this one: supported (or
        misreported) when the claim says it is that study's, by a word ("an earlier study",
        "had previously found", "a pilot") or by its year or journal; unsupported when it
        passes it off as this one's, unless this study has a finding of its own that the
        claim tells with the other's figure ("38% in the first year", this study's 28.9%):
        that one is misreported."""
        other = self.sheet.related_study(info.fact)
        if other is None:
            name = "another study"
        else:
            year = f", {other.published.year}" if other.published else ""
            relation = f"{other.relation}: " if other.relation else ""
            name = f"another study ({relation}{quote(other.title)}{year})"
        named = bool(
            ANOTHER_STUDY.search(text)
            or _EARLIER_WORK.search(text)
            or info.fact.id in self.named_related(text)
        )
        dated = _YEAR_STUDY.search(text)
        if other is not None and not named:
            this_year = self.sheet.study.published.year if self.sheet.study.published else None
            its_year = other.published.year if other.published else None
            named = (
                (its_year not in (None, this_year) and str(its_year) in text)
                or bool(other.journal and other.journal.lower() in text.lower())
                # "the group's 2021 study": a study of another year than this one's
                or (dated is not None and this_year is not None and int(dated[1]) < this_year)
            )
        if named:
            wrong = self._misreports(text, info)
            if (
                other is not None
                and other.published
                and dated is not None
                and int(dated[1]) != other.published.year  # "a 2017 study" of one from 2016
            ):
                wrong.append(
                    f"date: the claim says {quote(dated[1])}; that study was published in "
                    f"{other.published.year}"
                )
            if wrong:
                return Judgement("misreported", tuple(wrong))
            return Judgement(
                "supported",
                (
                    f"supported: reports {quote(info.fact.id)}, a finding of {name}, "
                    "as that study's",
                ),
            )
        for fact_id, similarity in match.runner_up[:2]:
            own = self.info[self._index[fact_id]] if fact_id in self._index else None
            if (
                own is None
                or own.fact.study is not None
                or own.fact.kind not in ("result", "conclusion")
                or similarity < LOOSE_MATCH
            ):
                continue
            wrong = self.borrowed_figures(text, own, info)
            if wrong:
                return Judgement(
                    "misreported",
                    (*wrong, f"the claim's figure is that of {name} ({quote(info.fact.id)})"),
                )
            break
        return Judgement(
            "unsupported",
            (
                f"unsupported: this is a finding of {name}; the claim presents it as this "
                f"study's ({quote(info.fact.id)})",
            ),
        )

    @staticmethod
    def _people_plan(text: str) -> re.Match[str] | None:
        """A plan told of the study's people ("The team now plans a trial", "The researchers
        hope to turn it into a pill", "the team is already running a follow-on trial")."""
        plan = _PLAN.search(text)
        if plan and _STUDY_PEOPLE_PLAN.search(text[: plan.end()]):
            return plan
        # "The team plans to ring 300 more swifts", "The team is now recruiting for a study"
        return (
            _STUDY_PEOPLE_PLAN_TO.search(text)
            or _STUDY_PEOPLE_RUNNING.search(text)
            or _FOLLOW_ON.search(text)
        )

    def _background_reason(
        self, text: str, reading: cues.Reading, match: Match, quoted: bool
    ) -> str | None:
        form = form_reason(text)
        if form or reading.is_question:
            return form or "background: a question, not a statement"
        own = _personal_account(text)
        fact = self.info[self._index[match.fact_id]].fact if match.fact_id in self._index else None
        if (
            own
            and not self._study_person_speaks(text)
            and (fact is None or (fact.kind != "quote" and fact.source != "investigator"))
        ):
            return (
                f"background: someone's own account in their words ({quote(own)}), not a "
                "finding of the study"
            )
        evaluative = reading.of("evaluative")
        if (
            evaluative
            and not quoted
            and match.similarity < EVALUATIVE_MATCH
            and promise(text, reading) is None
            and not presents_finding(text)
            and not self._hedged_proposition(reading, evaluative[0])
            and not _gives_reason(text, evaluative[0])
            and not _measured(text)  # "a huge trial of 6,000 adults": the count is checkable
            and not _CITES.search(text)  # "thrilled to read a study from the University of X"
            and not _states_cause(reading)  # "Miracle jab stops the virus": a claim all the same
            and not _tells_total(text)  # "'Miracle' pill banishes psoriasis": so is this
            and not _framed_by(text, evaluative[0])  # "Good news: the jab protects the old"
            and not self._people_plan(text)  # "The researchers hope to turn it into a pill"
        ):
            return (
                f"background: evaluative language ({quote(evaluative[0].text)}), not a "
                "checkable statement"
            )
        # a gloss in parentheses ("(your brain's memory centre)") is not the claim's voice
        voice = _WRITER.search(_ASIDE.sub(lambda m: " " * len(m.group()), text))
        if (
            voice
            and not (_STUDY_LED.match(text) and "," in text[: voice.start()])  # "The trial
            # included X, so it is good news whatever you have": the study's claim comes first
            and not (
                presents_finding(text[: voice.start()])
                and _GENERIC_YOU.search(text, 0, voice.start())
            )  # "Scientists have pinpointed genes linked to whether you are a lark"
            and not _CITES.search(text)  # "We read of a study from the University of X"
            # "Average power went up by 17 watts, a gain most of us chase all winter": a
            # measured claim first, the writer's aside after it
            and not _measured(text[: max(0, text.rfind(",", 0, voice.start()))])
            and not quoted
            and (match.similarity < WRITER_MATCH or _WRITER_SUBJECT.match(text))
            and reading.strength < 2
            and not presents_finding(text)
            and not _asserts_proof(text)  # "this battery proves your phone will ...": a proof
            and not _RESEARCH_WE.search(text)
            and not _ACCORDING_TO_STUDY.search(text)  # "..., according to a large trial"
            and _acts_on_risk(text, reading) is None  # "X trims your risk of Y": a claim
            and promise(text, reading) is None  # "X will help you live longer": so is this
        ):
            return f"{_WRITERS_VOICE} ({quote(voice.group())}), not the study's"
        return None

    @staticmethod
    def _hedged_proposition(reading: cues.Reading, evaluative: cues.Cue) -> bool:
        """An evaluative word that only describes the subject ("Baffling illness may start
        in the gut") in a sentence that hedges a proposition about it: a claim, not an
        evaluation."""
        hedges = [
            c
            for c in reading.of("hedge", "modal")
            if c.scoped and c.value in LADDER[:-1] and c.start > evaluative.end
        ]
        return bool(hedges) and evaluative.start <= 2

    @staticmethod
    def _proof(text: str, reading: cues.Reading, info: FactInfo, said: bool = False) -> str | None:
        """A finding said to be proved ("scientists have proven that X", "Study Proves X",
        "proof that X"): a study shows or suggests its findings; it does not prove them.
        `said`: in reported speech, against a quote too ("X says the trial proves P")."""
        # a limit of the study said to be proved turns it into a finding ("It proves the spray
        # is to blame" where the farm data cannot show a cause)
        kinds = (
            ("result", "conclusion", "caveat", "quote")
            if said
            else ("result", "conclusion", "caveat")
        )
        if info.fact.kind not in kinds or reading.is_question:
            return None
        m = _claimed_proof(text)
        if (
            m is None
            or _says_proved(" ".join((info.fact.text, *info.fact.also)), m)
            or _UNPROVED.search(text, 0, m.start())
        ):
            return None  # "cannot prove", "has yet to prove": a limit, not a proof
        if _TO_PROVE_WHICH.search(text):
            return None
        return (
            f"certainty: the claim says {quote(m.group())}; the study shows or suggests its "
            "findings, it does not prove them"
        )

    def _firmer_than_said(self, text: str, reading: cues.Reading, info: FactInfo) -> str | None:
        """Someone's words told in other words, as shown ("the findings show that X, the
        authors say"), where the sentence of theirs the claim reports hedges it ("we think",
        "may"): the paraphrase makes them surer than they were."""
        # "the findings show that X", "X will keep more turtles alive, the researchers say"
        firm = (*reading.of("booster", scoped=True), *reading.of("modal", scoped=True))
        shown = next((c for c in firm if c.value == "shown"), None)
        if shown is None or reading.negated or reading.is_question:
            return None
        if claim_certainty(reading, text) != "shown":
            return None  # "shows X, suggesting Y": the claim hedges too
        reported = text[shown.end :]  # what is said to be shown, without the frame
        words, figures = self._words(reported), set(_FIGURE.findall(reported))
        said = max(
            re.split(r"(?<=[.!?])\s+", info.fact.text),
            key=lambda t: len(self._words(t) & words) + 2 * len(set(_FIGURE.findall(t)) & figures),
        )
        theirs = cues.read(said)
        if theirs.certainty not in ("speculated", "suggested") or theirs.negated:
            return None
        hedge = theirs.certainty_cues[0].text if theirs.certainty_cues else theirs.certainty
        return (
            f"certainty: the claim says {quote(shown.text)} (shown); "
            f"the words it reports say {quote(hedge)} ({theirs.certainty}) in "
            f"{quote(info.fact.id)}"
        )

    def _fact_level(self, info: FactInfo, text: str) -> str:
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
        """The claim names the study's subjects, in the sheet's own words ("rodents", "cell
        lines"; not the disease they model)."""
        return bool(self._subject_heads & self._words(text))

    def _overstatements(
        self, text: str, reading: cues.Reading, info: FactInfo, match: Match
    ) -> list[str]:
        out = []
        level = self._fact_level(info, text)
        claim_level = claim_certainty(reading, text)
        if (
            rung(claim_level) > rung(level)
            and not self._tells_method(text, reading, info)
            and not _already_elsewhere(text)
            and self._unsaid_cause(text, reading, info) is None
            and not _observed_link(reading, info)
            and not _keeps_hedge(text, info)
            and not _keeps_projection(text, info)
        ):
            out.append(
                f"certainty: the claim says {self._claim_word(reading, text, claim_level)} "
                f"({claim_level}); the study {self._study_word(info, level, text)}"
            )
        for reason in (
            self._causal(text, reading, info),
            self._blamed(text, info),
            self._proof(text, reading, info),
            self._excludes(text, info),
            self._scope_widening(text, reading, info, claim_level, match),
            self._population_widening(text, reading, info, claim_level),
            self._quantifier_widening(text, reading, info, claim_level),
            self._reader_widening(text, info, claim_level),
            self._chance_as_effect(text, reading, info, claim_level),
            None
            if info.fact.kind == "context"
            else self._dropped_part(text, info, claim_level, match),
            self._promised(text, reading, info),
            self._beyond(text, reading, info, claim_level),
            _bigger_effect(text, " ".join((info.fact.text, *info.fact.also))),
            _whole_effect(text, " ".join((info.fact.text, *info.fact.also)))
            if info.fact.kind in _EFFECT_KINDS
            else None,
            _normal_denied(text, (info.fact.text, *info.fact.also))
            if info.fact.kind in _EFFECT_KINDS
            else None,
            self._absolute(text, info),
            _first_widened(text, (info.fact.text, *info.fact.also)),
        ):
            if reason:
                out.append(reason)
        return out

    @staticmethod
    def _absolute(text: str, info: FactInfo) -> str | None:
        """An absolute the fact does not have ("milk from the cows is totally safe", "the
        healthy cells were left completely untouched"), outside quotation marks and not
        softened ("almost impossible")."""
        if info.fact.kind in ("quote", "bibliographic"):
            return None
        bare = _IN_QUOTES.sub(lambda m: " " * len(m.group()), text)
        said = next(
            (
                m
                for m in _absolutes().finditer(bare)
                if not _SOFTENED.search(bare, 0, m.start())
                # "cannot be excluded entirely": a denial, no absolute claim
                and not NEGATOR.search(re.split(r"[;:,]|\bbut\b", bare[: m.start()])[-1])
            ),
            None,
        )
        if said is None or _absolutes().search(" ".join((info.fact.text, *info.fact.also))):
            return None
        if _WHOLE.search(" ".join((info.fact.text, *info.fact.also))):  # "removed all seagrass"
            return None
        return (
            f"absolute: the claim says {quote(said.group())}; {quote(info.fact.id)} says "
            "nothing so absolute"
        )

    def _study_person_speaks(self, text: str) -> bool:
        """One of the study's people (not an outsider) is named outside the quote marks of a
        quoted claim: the words are theirs."""
        if OUTSIDER.search(text) or not _MARKED.search(text):
            return False
        said = unaccented(_IN_QUOTES.sub(" ", text))
        return any(
            re.search(rf"\b{re.escape(p)}\b", said)
            for p in self._people
            if p not in self._outsiders
        )

    def _other_speaker(self, text: str, fact: Fact) -> str | None:
        """A quote's words given to another of the study's people ("Dr Varga said: ..." for
        the senior author Hollis's words), the speaker unnamed (names inside the quoted
        words are not who says them)."""
        if not fact.speaker:
            return None
        said = unaccented(_IN_QUOTES.sub(" ", text))
        # "Professor Inés Núñez-Ó Dálaigh, senior author": any of the names before the role
        names = {unaccented(w) for w in re.findall(r"[^\W\d_][\w'’-]+", fact.speaker.split(",")[0])}
        if any(re.search(rf"\b{re.escape(n)}\b", said) for n in names if n[0].isupper()):
            return None
        for person in sorted(self._people):
            if person not in names and re.search(rf"\b{re.escape(person)}\b", said):
                return (
                    f"speaker: the claim gives these words to {self._person_named(person)}; "
                    f"the study, to {fact.speaker}"
                )
        return None

    def _unsaid_cause(self, text: str, reading: cues.Reading, info: FactInfo) -> str | None:
        """The cause a fact ties what it states to ("X and Y are a consequence of Z", "X is
        caused by Z") when the claim states X or Y without Z, else None: the fact's
        certainty is that of the link, which the claim does not report ("patients have X and
        Y" is not "Z causes X", however plainly it is said). Z is named by its head word."""
        link = next(
            (
                c
                for c in info.reading.of("causal", scoped=True)
                if c.value == "connective"
                # "a consequence of Z", "caused by Z": a link names its cause; "an effective
                # measure" names none
                or (
                    c.value == "effect"
                    and bool(
                        _LINK_TO_CAUSE.search(c.text)
                        or _LINK_TO_CAUSE.match(" " + info.fact.text[c.end :].lstrip())
                    )
                )
            ),
            None,
        )
        if link is None or any(c.value in _LINKS for c in reading.of("causal")):
            return None
        m = _CAUSE_PHRASE.match(info.fact.text, link.end)
        words = m.group().split() if m else []
        head = self._words(words[-1]) if words else frozenset()  # "patient antibodies"
        if not head or head & self._words(text):
            return None
        return " ".join(words)

    @staticmethod
    def _tells_method(text: str, reading: cues.Reading, info: FactInfo) -> bool:
        """A plain account of what the study did ("the trial enrolled 412 adults") states no
        hedged conclusion more strongly, whichever conclusion it shares words with."""
        if info.fact.kind not in ("conclusion", "result") or reading.of("booster"):
            return False
        verb = reading.main_verb or ""
        return bool(verb and _DOING.fullmatch(verb)) and not reading.strength_cues

    @staticmethod
    def _claim_word(reading: cues.Reading, text: str, level: str) -> str:
        """The word that gives a claim its certainty ("proves", "may"), or for a plain
        statement the verb that states it ("is", "leads to")."""
        kinds = ("booster", "hedge", "modal", "reporting")
        for c in (*reading.certainty_cues, *reading.cues):
            # a cue outside the main clause ("a step in finding") is not it
            if c.scoped and c.kind in kinds and c.value == level:
                return quote(c.text)
        m = WOULD_PROVE.search(text)
        if m and level == "shown":
            return quote(m.group().strip())
        if level != "shown":
            m = CHALLENGE.search(text)
            return quote(m.group()) if m else "it"
        verb = reading.main_verb or next(
            (c.text for c in (*reading.of("causal"), *reading.of("correlational")) if c.scoped),
            None,
        )
        return f"{quote(verb)}, stated plainly" if verb else "it plainly"

    def _study_word(self, info: FactInfo, level: str, text: str) -> str:
        """How the study states the fact the claim is held to: its hedge ("says "may"
        (suggested) in "option""), and why the level differs from the fact card's when the
        claim reports the plainly stated part of a hedged fact."""
        fact = info.fact
        if level != fact.certainty:
            plain = self._plain_clause(info, text)
            return (
                f"states {quote(plain)} plainly ({level}) in {quote(fact.id)}, whose other "
                f"part is hedged (the card says {fact.certainty})"
            )
        hedges = [
            c.text
            for c in info.reading.of("hedge", "modal", "reporting")
            if c.scoped and c.value in LADDER[:-1]
        ]
        if not hedges:
            return f"states {quote(fact.id)} as {level}"
        words = " and ".join(quote(h) for h in dict.fromkeys(hedges))
        return f"says {words} ({level}) in {quote(fact.id)}"

    def _plain_clause(self, info: FactInfo, text: str) -> str:
        """The clause of a fact stated without a hedge that a claim's words cover best."""
        words = self._exact_words(text)
        best, score = info.fact.text, -1
        for clause in clauses(info.fact.text):
            clause_words = self._exact_words(clause)
            if any(c.value in LADDER[:-1] for c in cues.read(clause).of("hedge", "modal")):
                continue
            if len(words & clause_words) > score:
                best, score = clause, len(words & clause_words)
        return best.rstrip(".")

    def _blamed(self, text: str, info: FactInfo) -> str | None:
        """A harm put down to the treatment ("left paralysed by the jab", "a rash caused by
        the gel") where the study judged it only possibly related to it."""
        judged = _possibly_related(info.fact.text)
        if judged is None or NEGATOR.search(text):
            return None
        # what the harm may be due to: "possibly related to MPF-120", "... to the zinc gel"
        due = re.match(
            r"\s*(?:the\s+|this\s+)?([\w-]+(?:\s+[\w-]+)?)", info.fact.text[judged.end() :]
        )
        blamed = self._treatment_words | (self._words(due.group(1)) if due else frozenset())
        for m in _BLAME.finditer(text):
            words = m.group("what").split()
            at = next((k for k, w in enumerate(words) if self._words(w) & blamed), None)
            if at is not None:
                said = text[m.start() : m.start("what")] + " ".join(words[: at + 1])
                return (
                    f"causal: the claim says {quote(said.strip())}; the study judged it only "
                    f"{quote(judged.group())}"
                )
        return None

    def _causal(self, text: str, reading: cues.Reading, info: FactInfo) -> str | None:
        """A cause stated where the study found an association: the sheet marks the result
        as one (schema 2: `association`, or any result of an observational study), or its
        text says "associated with", "linked to" without a causal word."""
        if info.fact.kind in ("caveat", "result", "conclusion") and any(
            _NO_CAUSE.search(t) for t in (info.fact.text, *info.fact.also)
        ):  # "X may lower the risk; the study cannot show cause and effect"
            said = (
                self._stated_cause(text, reading)
                or self._named_cause(text, reading)
                or _explained_cause(text, info)
            )
            if said is None:
                return None
            return (
                f"causal: the claim says {quote(said)}, a cause; the study says it cannot "
                "establish cause and effect"
            )
        if info.fact.kind not in ("result", "conclusion"):
            return None
        if info.fact.association:
            said = self._stated_cause(text, reading) or _explained_cause(text, info)
            if said is None or self._subjects_did(text, said):
                return None
            if _EXPLAINED_VARIANCE.search(text) and said.lower().startswith("explain"):
                return None  # "use explained 0.4% of the variation": a statistic, no cause
            at = text.find(said)
            if at >= 0 and _APPOSITION.search(text, 0, at) and "," in text[at:]:
                return None  # "Methane, a gas produced largely by wetlands, rose": a gloss
            own = " ".join((info.fact.text, *info.fact.also))
            causes = [said, *(c.text for c in reading.cues if c.kind == "causal" and c.scoped)]
            if said.lower() not in _LIGHT_CAUSES and all(
                re.search(rf"\b{re.escape(c)}", own, re.I) for c in causes
            ):
                return None  # "attributable to heat": the study's own words for its estimate
            if re.search(
                rf"\b(?:the|an?|its|their|this|that)\s+(?:\w+(?:est|er)\s+)?{re.escape(said)}\s+"
                r"(?:of|in|among|for|seen)\b",
                text,
                re.I,
            ):
                return None  # "the steepest increase of any cause": the size of a change, named
            if _MEASURE_NAME.fullmatch(said) and re.search(
                rf"\b{re.escape(said)}", " ".join((info.fact.text, *info.fact.also)), re.I
            ):
                return None  # the study's measure: a vaccine "58% effective" (its effectiveness)
            return (
                f"causal: the claim says {quote(said)}, a cause; the study found an "
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
        if found is None or any(
            c.kind == "causal" and c.scoped and not _AFTER_AMOUNT.search(info.fact.text[: c.start])
            for c in info.reading.cues
        ):
            return None
        said = None
        if reading.strength >= 3:
            said = next((c.text for c in reading.strength_cues if c.kind == "causal"), None)
        said = said or _acts_on_risk(text, reading)
        if said is None:
            return None
        study = f" ({quote(found)})" if found else ""
        return (
            f"causal: the claim says {quote(said)}, a cause; the study found an association{study}"
        )

    def _subjects_did(self, text: str, said: str) -> bool:
        """The verb is what the study's subjects did or underwent ("Colonies near sprayed
        fields grew less", "They produced fewer queens"), not what an exposure did to them: no
        cause is stated: the clause's subject starts with a word for the subjects, or "they"."""
        at = re.search(rf"\b{re.escape(said)}\b", text, re.I)
        if at is None:
            return False
        clause = _CLAUSE_CUT.split(text[: at.start()])[-1]
        first = next(iter(re.findall(r"[A-Za-z][\w'’-]*", _LEAD_WORDS.sub("", clause))), "")
        if not first:
            return False
        word = self._words(first)
        return bool(word & self._subject_words) or first.lower() in _THEY

    @staticmethod
    def _named_cause(text: str, reading: cues.Reading) -> str | None:
        """A cause named outright and unhedged ("confirm PM2.5 as a direct trigger of
        asthma attacks"), where the sentence as a whole reads weaker than a causal verb."""
        if _clause_negated(text, reading) or reading.is_question:
            return None
        if rung(proposition_certainty(reading, text)) < rung("probable"):
            return None
        return next(
            (
                c.text
                for c in reading.of("causal", scoped=True)
                if c.value == "effect" and not _not_causing(text, c)
            ),
            None,
        )

    @staticmethod
    def _stated_cause(text: str, reading: cues.Reading) -> str | None:
        """The words of a claim that state a direct cause ("lowers", "leads to", "raises your
        risk of"), or None for a hedged cause ("may lower"), an association, or a denial.
        Advice is a cause too: "walk more to keep dementia away"."""
        advice = _ADVICE.match(text)
        negated = _clause_negated(text, reading)
        if advice and not negated and not reading.is_question:
            return advice.group("goal")
        if negated or reading.strength < 3:
            return _acts_on_risk(text, reading)
        if rung(proposition_certainty(reading, text)) < rung("probable"):
            return None
        if _ANALYSIS_STEP.match(text):
            return None  # "Adjusting for sleep attenuated the difference": how it was analysed
        said = [
            c
            for c in (
                *[c for c in reading.strength_cues if c.kind == "causal"],
                *reading.of("causal", scoped=True),
            )
            if not _AMOUNT_LIKE.search(text, 0, c.start)  # "enough to raise sea level by 1 mm"
            and not _not_causing(text, c)
        ]
        return said[0].text if said else None

    def _excludes(self, text: str, info: FactInfo) -> str | None:
        """The claim rules out another explanation than the study's ("the immune system and
        not the brain", "because of X rather than the diet"): overstated however it is hedged,
        unless the fact itself states that exclusion as a finding. Against what was done, the
        context, or a result told without a cause, "rather than" only tells two things apart
        ("a waiting list rather than an active control", "live young rather than eggs")."""
        m = _EXCLUSION.search(text)
        if m is None or info.fact.kind not in ("conclusion", "result"):
            return None
        if info.fact.kind == "result" and not any(
            c.kind == "causal" and c.start < m.start() for c in cues.read(text).cues
        ):
            return None  # a result's "rather than" tells two things apart; only a cause it
            # gives ("shrank because of X rather than Y") rules another out
        what = (m.group("what") or m.group("what2") or "").strip()
        if human_scope(what) or self._names_subjects(what):
            return None  # "in mice and not in people" states the study's limits
        if _PROOF_WORDS.match(what):
            return None  # "a link rather than proof": how sure, not a thing ruled out
        excluded = self._exact_words(what)
        if not excluded:
            return None
        if parse_number(re.sub(r"\A(?:the|a)\s+", "", what, flags=re.I).rstrip("%")) is not None:
            return None  # "two arrays rather than four": a count, for the number checks
        if _COMPARED.search(text[: m.start()]):
            return None  # "compared with an attention control rather than with usual care"
        hedged = any(
            c.kind in ("hedge", "modal") and c.value in ("speculated", "suggested")
            for c in cues.read(text).cues
        )
        for other in _EXCLUSION.finditer(info.fact.text) if hedged else ():
            if excluded & self._exact_words(other.group("what") or other.group("what2") or ""):
                return None  # "may come from X rather than from Y", as the fact hedges it too
        # the fact, or any fact saying what the study did not do ("not given by mouth")
        for fact in (info.fact, *(i.fact for i in self.info if i.fact.not_done)):
            for clause in (c for t in (fact.text, *fact.also) for c in clauses(t)):
                if DISCLAIMER.search(clause):
                    continue
                # (the negated words come marked: "not wards" gives "¬ward")
                said = {w.lstrip("¬") for w in self._exact_words(clause)}
                if NEGATOR.search(clause) and excluded & said:
                    return None  # the study itself says it was not that
        return (
            f"beyond the study: the claim rules out {quote(what)}, "
            f"which {quote(info.fact.id)} does not"
        )

    def _scope_widening(
        self, text: str, reading: cues.Reading, info: FactInfo, claim_level: str, match: Match
    ) -> str | None:
        """A finding in animals or cells stated, confidently, about people (also where the
        claim is closest to a caveat of an animal or cell study: "X raises your chances")."""
        caveat = info.scope is None and info.fact.kind == "caveat"
        scope = self._study_scope if caveat else info.scope
        if scope not in ("animal", "cell") or rung(claim_level) < rung("probable"):
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
        if caveat and (human.lower() in _CLINICAL or reading.strength < 3):
            return None  # a caveat about "symptoms": only people told of a cause are wider
        if _denied(human, text):
            return None  # "no patients were treated": what the study did not do, not wider
        if scope == "animal" and human.lower() in _CLINICAL and self._subjects_have(human, info):
            return None  # "tumours" of "mice with human tumour xenografts": the subjects' own
        return self._scope_reason(human, info)

    def _population_widening(
        self, text: str, reading: cues.Reading, info: FactInfo, claim_level: str
    ) -> str | None:
        """A finding in adults told, confidently, of children ("so kids can keep their
        phones at school") where the fact names no one and the study's subjects are adults."""
        if "children" not in reading.populations or rung(claim_level) < rung("probable"):
            return None
        if info.fact.kind in ("bibliographic", "quote") or _ADULTS.search(text):
            return None  # "unlike teenagers, adults ...": the grown-ups are named too
        subjects = "; ".join(info.fact.subjects) or info.fact.scope or self.sheet.study.subjects
        if not subjects or not _ADULTS.search(subjects):
            return None
        if "children" in cues.read(subjects).populations:
            return None  # "university students": the word for children, of adults
        if cues.read(info.fact.text).populations - {"people"}:
            return None  # the fact names its own group (a swap is a wrong detail)
        said = next(
            (
                c.text
                for c in reading.cues
                if c.kind == "population"
                and c.value == "children"
                and c.text.lower() not in _GROWN_UP_TOO
                and not _denied(c.text, text)
                and not _denied_before(text, c.start)  # "did not test it in children"
            ),
            None,
        )
        if said is None:
            return None
        return f"scope: the claim is about children ({quote(said)}); the study was in {subjects}"

    @staticmethod
    def _chance_as_effect(
        text: str, reading: cues.Reading, info: FactInfo, claim_level: str
    ) -> str | None:
        """A result the study says may be chance, told plainly as an effect ("the varnish also
        protects the adult teeth" where the difference "was not statistically significant";
        "they survived better" where the interval of the difference takes in none)."""
        if info.fact.kind != "result" or rung(claim_level) < rung("probable"):
            return None
        chance = insignificant(info.fact.text)
        if chance is None or NEGATOR.search(text) or _OWNS_CHANCE.search(text):
            return None
        chance_of = info.fact.text
        if _singled(text) or _GROUPS_COMPARED.search(text) or _SUBGROUP_TEST.search(chance_of):
            # "even fewer in girls than boys": a subgroup, for the subgroup checks; and where
            # what may be chance is the difference between subgroups, the effect itself is not
            return None
        said = next(
            (
                c
                for c in reading.cues
                if c.scoped
                and (c.kind, c.value) in (("causal", "verb"), ("causal", "change"))
                or (c.kind, c.value) == ("correlational", "comparative")
                and c.scoped
                and c.text.lower() not in _NO_EFFECT_COMPARISONS
            ),
            None,
        )
        if said is None or said.start == 0 or text[max(0, said.start - 1) : said.start] == "-":
            return None  # "non-inferior", "iron-boosted flour", "Damage rates": no effect told
        return (
            f"certainty: the claim tells an effect ({quote(said.text)}); the study "
            f"{quote(chance)}, so it may be chance"
        )

    @staticmethod
    def _figure_each(text: str, start: int, end: int) -> bool:
        """ "each" that hands a figure out per item: after the things, before a figure of the
        clause ("the homes each used 3,420 kWh less"), or after the figure at the clause's end
        ("half a surface fewer each"). The study's mean, told per item, is no wider scope."""
        clause_end = _CLAUSE_EDGE.search(text, end)
        rest = text[end : clause_end.start() if clause_end else len(text)]
        before = re.split(r"[;:,]", text[:start])[-1]
        if re.match(r"\s*(?:[.;:,)!?]|\Z)", text[end:]):
            return _measured(before) or _FRACTION_WORD.search(before) is not None
        return bool(re.search(r"[a-z]s\s+\Z", before)) and _measured(rest)

    def _reader_widening(self, text: str, info: FactInfo, claim_level: str) -> str | None:
        """A finding in a narrower group told, without a hedge, as what it will do for the
        reader ("makes you faster" of trained male cyclists; "cuts your risk" of adults aged
        50 to 74 with a condition). A group of one plain word ("adults") is anyone."""
        if info.fact.kind not in ("result", "conclusion") or rung(claim_level) < rung("probable"):
            return None
        if self._study_scope in ("animal", "cell"):
            return None  # told of people, a finding in mice is wider already
        told = tells_reader(_IN_QUOTES.sub(lambda m: " " * len(m.group()), text))
        subjects = "; ".join(info.fact.subjects) or info.fact.scope or self.sheet.study.subjects
        if told is None or not subjects:
            return None
        group = re.split(r"\s+in\s+", subjects, maxsplit=1)[0]
        if len(re.findall(r"[A-Za-z][\w-]*", group)) < 2 or self._subject_words & self._words(text):
            return None  # "adults" is anyone; "you cyclists" names the group
        return (
            f"scope: the claim tells the reader it holds for them ({quote(told)}); the study was "
            f"in {subjects}"
        )

    def _subjects_have(self, word: str, info: FactInfo) -> bool:
        """Whether animal subjects, as the sheet describes them, are named by what they have
        ("tumours" in "mice with human pancreatic tumour xenografts"; but the "cancer" of
        "cancer cell lines" is the disease the cells come from)."""
        subjects = info.fact.scope or self.sheet.study.subjects or ""
        animal = _ANIMAL.search(subjects)
        if animal is None:
            return False
        own = re.split(r"\band\b|[;,]", subjects[animal.end() :])[0]  # "mice with ... grafts"
        return stem(word.lower()) in {stem(w) for w in re.findall(r"\w+", own.lower())}

    def _scope_reason(self, word: str, info: FactInfo) -> str:
        """ "scope: the claim is about people ("you"); the finding is in mice"."""
        subject = (
            info.fact.scope
            or self.sheet.study.subjects
            or ("animals" if info.scope == "animal" else "cells")
        )
        if word.lower() in _CLINICAL:  # "symptoms": the disease as people have it
            return (
                f"scope: the claim is about people (it speaks of {quote(word)} without saying "
                f"in {subject}); the finding is in {subject}"
            )
        who = plain_population(word)
        named = "" if word.lower() == who else f" ({quote(word)})"
        return f"scope: the claim is about {who}{named}; the finding is in {subject}"

    def _quantifier_widening(
        self, text: str, reading: cues.Reading, info: FactInfo, claim_level: str
    ) -> str | None:
        """ "each", "all", "every" where the fact holds for some; "it works for everyone"."""
        if info.universal or info.fact.kind in ("context", "bibliographic", "quote"):
            return None
        everyone = claims_everyone(text)
        if everyone:
            return (
                f"scope: the claim says it holds for everyone ({quote(everyone)}); the study's "
                "finding is for those it studied"
            )
        if rung(claim_level) < rung("probable"):
            return None
        masked = _IDIOMS.sub(" ", text)
        for c in reading.of("quantifier"):
            word = first_word(c.text)
            clause = re.split(r"[;:,]|\bbut\b", text[: c.start])[-1]
            if NEGATOR.search(clause):
                continue  # "this does not mean every patient ...": not a wider scope
            if _PER_UNIT.match(text, c.start) or _FOR_EVERY.search(text, 0, c.start):
                continue  # "1.5 cents on every ounce", "50p for every point": a rate
            if (
                word == "each"
                and info.fact.kind == "design"
                and not re.match(r"\s+(?:one\s+)?of\b", text[c.end :], re.I)
            ):
                # "each vendor named the account", "each woman took": how it was done (but
                # "each one of the participants" claims them all)
                continue
            if word == "each" and _EACH_UNIT.match(text, c.end):
                continue  # "each session lasted 40 minutes", "each copy of the variant": per item
            if word == "each" and self._figure_each(text, c.start, c.end):
                continue  # "the homes each used 3,420 kWh less", "a surface fewer each": a mean
            if word == "all" and (
                _OF_ALL.search(text, 0, c.start) or _LISTED_ALL.search(text, 0, c.start)
            ):
                continue  # "a third of all the coral"; "Foxes, badgers and hares all turned up"
            if info.fact.kind == "design" and self._enrolled_with(text, c.end, info):
                continue  # "all had mild asthma" where the trial enrolled adults with it
            if self._described_so(text, c.end, info):
                continue  # "48 cows, all in mid-lactation": how the study was done
            if self._given_each(text, c.start, info):
                continue  # "were each sent 9,600 kwacha": what the design gave each
            if _INSIDE_EACH.search(text, 0, c.end):
                continue  # "inside each one are spores": where, in each thing, not who
            rest = re.split(r"[;:,]|\b(?:and|but)\b", text[c.start :])[0]
            if not self._words(clause + " " + rest) & info.words:
                continue  # "..., and all the twins were Norwegian": not what the fact says
            # "every parent interviewed said ...": the study's own people as the speakers,
            # so what they said is the finding, and "every" widens it
            scoped = c.scoped or self._subjects_report(text, c.end)
            if word in UNIVERSAL and scoped and _has_word(masked, word):
                return (
                    f"scope: the claim says {quote(c.text)}; "
                    "the study's finding does not hold for all"
                )
        return None

    def _given_each(self, text: str, at: int, info: FactInfo) -> bool:
        """A claim of the design whose quantifier's clause hands out an amount a design fact
        states ("households were each sent 9,600 kwacha", "each was paid £3,750"): what the
        study gave or did to each, not a finding widened to all. A count of the study's
        subjects ("all 54 turtles", "each of the 20 patients") is no amount handed out."""
        if info.fact.kind != "design" or _COUNTED_AFTER.match(text, at) or _OUGHT.search(text):
            return False  # ("all 54 turtles", "every one of the 14 sites": the subjects counted;
            # "every mother should take one a day": advice to all, not what the study gave)
        start = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)), default=0)
        edge = _CLAUSE_EDGE.search(text, at)
        clause = text[start : edge.start() if edge else len(text)]
        stated = [
            f
            for other in self.info
            if other.fact.kind == "design"
            for f in other.quantities
            if not f.vague
        ]
        for q in read_quantities(clause):
            if q.vague or q.kind in ("year", "count", "percent", "age"):
                continue  # (a count of people or animals is whom the study had, not what)
            if any(f.kind == q.kind and q.same_value(f, 0.02) for f in stated):
                return True
        return False

    def _subjects_report(self, text: str, at: int) -> bool:
        """The words after a quantifier name the study's subjects as speakers ("every single
        parent interviewed said", "all the farmers told us")."""
        m = _SUBJECTS_SAY.match(text, at)
        if m is None or re.search(r"\b(?:was|were|is|are|been|being|be)\b", m.group(1), re.I):
            return False  # "each volunteer was told to ...": told, not telling
        return bool(self._words(m.group(1)) & self._subject_words)

    def _described_so(self, text: str, at: int, info: FactInfo) -> bool:
        """What "all" is said to be or have, right after it, is what a design or caveat fact
        says of the whole study, with no part of it singled out ("48 cows, all in
        mid-lactation", "all cows were housed", "it was all questionnaires")."""
        if info.fact.kind not in ("design", "caveat") or _SOME_OF.search(info.fact.text):
            return False
        rest = re.split(r"[;:,.]|\b(?:and|but|so)\b", text[at:])[0]
        said = self._words(rest) - self._subject_words
        return bool(said) and said <= info.words

    def _enrolled_with(self, text: str, at: int, info: FactInfo) -> bool:
        """What "all" had or were (right after the quantifier) is what the design enrolled
        people with ("adults with mild asthma", "who had ..."): true of all by design."""
        had = _ALL_HAD.match(text, at)
        if had is None:
            return False
        said = self._exact_words(re.split(r"[;.]|\band\b", had.group("what"))[0])
        fact = info.fact.text
        enrolled = self._exact_words(" ".join(m.group(1) for m in _WITH_CONDITION.finditer(fact)))
        return len(said) >= 2 and len(said & enrolled) >= 2

    def _dropped_part(
        self, text: str, info: FactInfo, claim_level: str, match: Match
    ) -> str | None:
        """The fact holds for part of a group ("in most patients", "some of the treated
        mice"); the claim restates it of the whole group, its limit dropped."""
        if info.fact.kind in ("bibliographic", "quote") or match.similarity < FINDING_MATCH:
            return None
        if rung(claim_level) < rung("probable") or _PART_WORDS.search(text):
            return None
        if NEGATOR.search(text):
            return None  # "this does not mean every treated mouse ...": not a wider scope
        claim_words = self._exact_words(text)
        for m in _PART.finditer(info.fact.text):
            group = self._exact_words(m.group("group"))
            if not group or not group <= claim_words:
                continue
            # the claim restates what the fact says of the part, not only names the group
            clause = next((c for c in clauses(info.fact.text) if m.group() in c), info.fact.text)
            said_of = self._exact_words(clause) - group
            if said_of and len(said_of & claim_words) / len(said_of) >= PART_COVER:
                said = self._span_of_words(text, group)
                return (
                    f"scope: the claim says it of {quote(said)}; the study, of "
                    f"{quote(m.group().strip())}"
                )
        return None

    def _span_of_words(self, text: str, words: frozenset[str]) -> str:
        hits = [m for m in re.finditer(r"[\w'’-]+", text) if self._exact_words(m.group()) & words]
        return text[hits[0].start() : hits[-1].end()] if hits else text

    def _promised(self, text: str, reading: cues.Reading, info: FactInfo) -> str | None:
        """A cure, breakthrough or coming treatment the fact does not establish."""
        cue = promise(text, reading)
        if cue is None or _negated(text, cue.start):
            return None  # "most forms cannot be cured" promises nothing
        # Only a fact that states the same benefit plainly backs it: a treatment does not
        # back a cure.
        kept = {
            c.value
            for c in info.reading.of("benefit")
            if not _denied_before(info.fact.text, c.start)  # "this is not a cure"
        }
        if cue.value == "treatment":
            kept |= {"treatment"} if "cure" in kept else set()
        if info.fact.certainty == "shown" and info.fact.kind != "caveat" and cue.value in kept:
            return None
        promised = quote(cue.text)
        return f"promise: the claim promises {promised}; the study did not show that benefit"

    def _beyond(
        self, text: str, reading: cues.Reading, info: FactInfo, claim_level: str
    ) -> str | None:
        """The claim asserts what the fact says the study did not establish."""
        claim_words = self._words(text)
        about_subjects = bool(reading.subjects & {"animal", "cell"}) or self._names_subjects(text)
        negated = bool(reading.of("negation")) and not _NOT_ONLY.search(text)
        negated = negated or DISCLAIMER.search(text) is not None  # "too short to assess X"
        for words, negative, about_people, said in info.disclaimers:
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
                return (
                    "beyond the study: the claim asserts what the study did not establish "
                    f"({quote(said)})"
                )
        return None
