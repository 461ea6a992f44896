"""Draft a fact sheet from a study's own texts: the paper (or its abstract), the press
release, the investigators' quotes.

Each sentence that states something becomes a fact. Its kind comes from its role (the
section of the paper it stands in, and the words that frame it: methods verbs, a reporting
frame of the authors, a limitation, a quotation, a publication detail), its `source` from
the document, its certainty from the study's own hedges as the judge's cue reader
(`language.cues.read`) reads them, and its scope from the subjects it names. Abbreviations
the texts define become `[terms]`; the title, journal, date, DOI and authors come from the
paper's front matter, a PDF's metadata or the press release. A press release that restates a
paper's sentence adds its wording to that fact (`also`); a press-release conclusion that the
paper's texts do not state is kept at "suggested" at most, since the paper is what shows.
A design that a result states in passing ("Mice treated with X showed Y") becomes a design
fact, a headline of several claims gives each, and the caveats coverage repeats of nearly
every study (not tested in people, for animals or cells; more research is needed) are added
unless the texts state them, marked for the user to check.

`render` writes the draft as a schema 2 sheet with comments that tell the user what to
check; the result always loads (`study.sheet.parse_sheet`) without edits.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Literal

from claimdiff import __version__
from claimdiff.align.aligner import Aligner, acronyms
from claimdiff.authoring.bibliography import (
    FrontMatter,
    people_described,
    people_roles,
    person_key,
    read_citation,
    read_front_matter,
)
from claimdiff.authoring.check import ALIKE as CHECK_ALIKE
from claimdiff.claims.segment import segment
from claimdiff.clean.boilerplate import find_dropped
from claimdiff.errors import InputError
from claimdiff.language import cues
from claimdiff.language.clauses import first_verb_tense
from claimdiff.language.condition import (
    states_prevalence,
    view_set_against,
    without_view_set_against,
)
from claimdiff.language.dates import parse_date
from claimdiff.language.lexicon import load_lexicon
from claimdiff.language.quantities import quantities_of
from claimdiff.language.scope import human_scope, scope_class
from claimdiff.language.textnorm import UPPER, content_tokens
from claimdiff.locations import data_file
from claimdiff.model import Document, Fact, Rounding, Sheet, Study
from claimdiff.read.layout import layout
from claimdiff.read.load import document_from_bytes, read_bytes
from claimdiff.read.pdf import is_pdf, pdf_from_bytes, section_of
from claimdiff.study.sheet import parse_sheet

Role = Literal["paper", "press-release", "quote"]
ROLES: tuple[Role, ...] = ("paper", "press-release", "quote")

BACKED = 0.5  # a press-release sentence scoring this against a paper fact restates it ...
RESTATES = 0.62  # ... and from this on it is that fact's wording (an `also`), not a new fact
SAME = CHECK_ALIKE  # ... and from this on (same kind) they say the same: one fact, two wordings
ALIKE = CHECK_ALIKE  # two facts scoring this against each other both ways are hard to tell apart
MIN_WORDS = 5
MAX_FACTS = 60  # a full paper gives hundreds of sentences; the sheet keeps the telling ones


# --------------------------------------------------------------------------- word lists


@dataclass(frozen=True, slots=True)
class _Lexicon:
    study_reference: re.Pattern[str]
    study_voice: re.Pattern[str]  # the words of study_reference that name the study itself
    design: re.Pattern[str]
    not_done: re.Pattern[str]
    conclusion: re.Pattern[str]
    prior_work: re.Pattern[str]
    bibliographic: re.Pattern[str]
    conflicts: re.Pattern[str]
    limitations: re.Pattern[str]
    institution: re.Pattern[str]
    generic_heads: frozenset[str]
    instrument_heads: frozenset[str]
    sample_nouns: frozenset[str]
    treated: re.Pattern[str]  # "Mice treated with X displayed ...": subjects, participle, X
    given_forms: dict[str, str]  # the participle -> the design fact's verb ("were given")
    affected: re.Pattern[str]  # "the millions of people affected (by D)": the count, D
    wordings: dict[str, tuple[str, ...]]  # what nearly every study says, as coverage words it
    unknown_cause: re.Pattern[str]  # "the aetiology of D is not fully understood": D
    presupposing: re.Pattern[str]  # "Establishing that P will ...": the frame up to P
    presupposing_verbs: re.Pattern[str]  # ... and the verb that ends P


_STUDY_NOUNS = frozenset(
    {"study", "research", "researchers", "team", "authors", "investigators", "scientists"}
    | {"results", "findings", "finding", "data", "experiments", "trial", "work", "paper"}
    | {"cohort", "here"}
)


def _words(phrases: Sequence[str]) -> str:
    ordered = sorted(phrases, key=len, reverse=True)
    return r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) + r")\b"


@cache
def lexicon() -> _Lexicon:
    raw = tomllib.loads(data_file("drafting.toml").read_text(encoding="utf-8"))
    flags = re.IGNORECASE
    research = _words(raw["research_verbs"])
    not_done = (
        rf"\b(?:was|were|is|are|has|have|had)\s+not\s+(?:been\s+|yet\s+)*{research}"
        rf"|\b(?:did|do|does|could|can)\s*(?:not|n[o’']t)\s+(?:directly\s+)?{research}"
        rf"|\bno\s+data\s+(?:on|were|was)\b|\bnot\s+(?:yet\s+)?(?:been\s+)?tested\s+in\b"
    )
    inst = _words(raw["institution_words"])
    name = r"[A-Z][\w’'.&-]*"
    institution = (
        rf"(?:{name}\s+){{0,4}}{inst}(?:\s+(?:of|for|and|&|at|in)\s+(?:the\s+)?{name}"
        rf"(?:,?\s+(?:&\s+)?{name}){{0,3}})?(?:\s+{name}){{0,2}}"
    )
    return _Lexicon(
        study_reference=re.compile(_words(raw["study_reference"]), flags),
        study_voice=re.compile(
            _words([p for p in raw["study_reference"] if set(p.split()) & _STUDY_NOUNS]), flags
        ),
        design=re.compile(
            _words(raw["design_verbs"])
            # "The researchers took nine variants and examined them in 408,512 volunteers"
            + r"|\b(?:researchers|scientists|investigators|team|authors)\b[^.;:]{0,100}?"
            + _words([v for v in raw["research_verbs"] if v.split()[0].endswith("ed")]),
            flags,
        ),
        not_done=re.compile(not_done, flags),
        conclusion=re.compile(_words(raw["conclusion_frames"]), flags),
        prior_work=re.compile("|".join(raw["prior_work"]), flags),
        bibliographic=re.compile(_words(raw["bibliographic"]), flags),
        conflicts=re.compile(_words(raw["conflicts"]), flags),
        limitations=re.compile(_words(raw["limitations"]), flags),
        institution=re.compile(institution),
        generic_heads=frozenset(raw["generic_heads"]),
        instrument_heads=frozenset(raw["instrument_heads"]),
        sample_nouns=frozenset(raw["sample_nouns"]),
        treated=re.compile(
            r"^(?:in\s+)?(?P<subjects>(?:(?:the|all)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
            rf"(?P<given>{_words(list(raw['given_participles']))})\s+"
            r"(?P<what>\S+(?:\s+\S+){0,14}?)\s*,?\s+"
            rf"(?={_words(raw['result_verbs'])})",
            flags,
        ),
        given_forms={k.lower(): v for k, v in raw["given_participles"].items()},
        affected=re.compile(
            r"\b(?P<count>(?:(?:many|tens\s+of|hundreds\s+of)\s+)?(?:millions|thousands)"
            r"|\d+(?:[.,]\d+)?\s+(?:million|billion))\s+(?:of\s+)?people\s+"
            + f"(?P<link>{_words(raw['affected_people'])})"
            + r"(?:\s+(?P<condition>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}))?",
            flags,
        ),
        wordings={k: tuple(v) for k, v in raw["general_wordings"].items()},
        presupposing=re.compile(
            r"^[\"“‘']?\s*(?:(?:but|and|so|yet)\s+)?" + _words(raw["presupposing"]) + r"\s+that\s+",
            flags,
        ),
        presupposing_verbs=re.compile(_words(raw["presupposing_main_verbs"]), flags),
        unknown_cause=re.compile(
            r"(?:\b(?P<its>its)\s+)?"
            + _words(raw["cause_words"])
            + r"(?:\s+(?:and|or)\s+[\w-]+)?(?:\s+of\s+(?P<condition>(?:[\w-]+\s+){0,3}?[\w-]+))?\s+"
            r"(?P<state>(?:is|are|remains?|has\s+been|have\s+been)\s+(?:still\s+)?"
            + _words(raw["unknown_words"])
            + ")",
            flags,
        ),
    )


# --------------------------------------------------------------------------- sources


@dataclass(slots=True)
class Unit:
    """One sentence of a source, with where it stands and who said it."""

    text: str
    section: str | None
    quoted: bool = False
    speaker: str | None = None
    index: int = 0


@dataclass(slots=True)
class SourceText:
    """A study text read for drafting."""

    path: Path
    role: Role
    role_reason: str  # "given (--paper)" or why the role was guessed
    units: list[Unit]
    metadata: dict[str, object] = field(default_factory=dict)
    title: str | None = None
    pages: int | None = None
    text: str = ""  # the whole text as read (headings and labels too)
    front: FrontMatter = field(default_factory=FrontMatter)  # a paper's author, journal lines

    @property
    def guessed(self) -> bool:
        return not self.role_reason.startswith("given")


_HEADER_LINE = re.compile(r"^([A-Za-z][\w -]{0,30}?):[ \t]+(\S.*)$")
_RULE_LINE = re.compile(r"^\s*([=#*~_-])\1{2,}.*\1{3,}\s*$|^\s*([=#*~_-])\2{4,}\s*$")
# "Objective: ...", "Conclusions and Relevance: ...": a label before the text of a section
_LABEL = re.compile(
    r"^([A-Z][A-Za-z]{2,20}(?:,?\s+(?:and\s+)?[A-Za-z]{2,20}){0,4}):\s*[\"“″]?\s*(?=\S)"
)
_ATTRIBUTION = re.compile(
    r"^[—–-]\s*((?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,3})"
)
# "Kearney", "Núñez", "Marsh-Oduya", "O'Brien", "McAllister"
_NAME_WORD = rf"[{UPPER}](?:[^\W\d_A-Z]+|[’'])(?:[’'-]?[{UPPER}][^\W\d_A-Z]+|[’'-][^\W\d_A-Z]+)*"
_TITLE = r"(?:Dr|Prof|Professor|Mr|Ms|Mrs|Dame|Sir)\.?\s+"
_FULL_NAME = rf"{_NAME_WORD}(?:\s+(?:[{UPPER}]\.\s*)?{_NAME_WORD}){{1,2}}"
_NAME = rf"(?:{_TITLE})?{_FULL_NAME}"
_SPEECH_VERB = r"(?:said|says|added|adds|explained|explains|commented|comments|noted|notes|told)"
_SAID_QUOTE = re.compile(rf"^(?P<frame>.*?)\b{_SPEECH_VERB}\b[:,]?\s*[\"“](?P<quote>.+)$")
_QUOTE_SAID = re.compile(rf"^[\"“](?P<quote>.+?)[,.]?[\"”]\s*(?P<frame>.*\b{_SPEECH_VERB}\b.*)$")
_SPEAKER = re.compile(_NAME)
_TITLED_SPEAKER = re.compile(rf"\b{_TITLE}{_FULL_NAME}")


def _speaker_in(frame: str) -> str | None:
    """The person a frame names: a titled name first ("Co-author Dr Owen Prys said")."""
    name = _TITLED_SPEAKER.search(frame) or _SPEAKER.search(frame)
    return name.group() if name else None


_TRAILING_ATTRIBUTION = re.compile(
    r"\s+[—–]\s*(?P<name>(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,3}),[^—–]*$"
)
_APPOSITIVE_PUBLISHED = re.compile(
    r",\s+(?:which\s+(?:has\s+been|was|is)\s+|)published\b[^,]{0,80}?"
    r"(?:,\s*(?:19|20)\d\d\b[^,]{0,20}?)?\bin\s+(?:the\s+)?(?:journal\s+)?[A-Z][^,]{2,80},"
)
# A sentence's link to the one before it ("Furthermore, ...", "In contrast, ..."): a fact
# stands alone, and its id is made of its own words.
_CONNECTIVE = re.compile(
    r"^(?:furthermore|moreover|in addition|additionally|also|however|in contrast|by contrast|"
    r"conversely|similarly|likewise|importantly|notably|finally|then|thus|therefore|"
    r"consequently)\s*,\s+(?=\S)",
    re.IGNORECASE,
)
_PRONOUN_SPEAKER = re.compile(rf"^(?:he|she|they)\s+{_SPEECH_VERB}\b", re.IGNORECASE)
_ENCLOSED = re.compile(r'^\s*["“]([^"“”]+?)["”]\s*$')
_PRONOUN_FRAME = re.compile(rf"\b(?:he|she)\s+{_SPEECH_VERB}\b", re.IGNORECASE)
_LEAD_NAME = re.compile(rf"^(?:[\w-]+\s+){{0,2}}{_TITLE}{_FULL_NAME}|^{_FULL_NAME}(?=,)")


def read_source(path: Path | str, role: Role | None = None) -> SourceText:
    """Read one study text (text, Markdown, HTML or PDF); InputError when it cannot be."""
    path = Path(path)
    data = read_bytes(path)
    metadata: dict[str, object] = {}
    title: str | None = None
    pages = None
    if is_pdf(data):
        pdf = pdf_from_bytes(data, path)
        text, fmt, pages = pdf.text, "text", pdf.pages
        metadata.update(pdf.metadata)
        title = str(pdf.metadata["title"]) if "title" in pdf.metadata else None
    else:
        doc = document_from_bytes(data, path)
        text, fmt = doc.text, ("markdown" if doc.format == "markdown" else "text")
        metadata.update(doc.metadata)
        title = doc.title
    text, header = _strip_header(text)
    metadata.update(header)
    if people := people_roles(text):
        metadata["people"] = people
    if described := people_described(text):
        metadata["described"] = described
    if title is None and isinstance(header.get("title"), str):
        title = str(header["title"])
    units = _units(Document(path=path, text=text, format=fmt))  # type: ignore[arg-type]
    if title and _headline_statement(_CITATION.sub("", title)) and not is_pdf(data):
        head = _CITATION.sub("", title).strip().rstrip(" :|.") + "."
        units.insert(0, Unit(head, None, False, None, 0))
    if not units:
        raise InputError(path, "holds no sentence that states something (nothing to draft from)")
    reason = f"given (--{role})" if role else ""
    if role is None:
        role, reason = guess_role(units, pdf=pages is not None, name=path.name)
    if role == "paper" and title is None:
        title = _first_line_title(text)
        if title and units and units[0].text.rstrip(".") == title.rstrip("."):
            units[0].index = 0
    if role == "quote":
        for u in units:
            u.quoted = True
    elif role == "paper" and units and units[0].index == 0:
        units = units[1:]  # a paper's title is bibliographic, not a claim of its text
    front = read_front_matter(text, _first_section(text)) if role == "paper" else FrontMatter()
    return SourceText(path, role, reason, units, metadata, title, pages, text, front)


def _first_section(text: str) -> int:
    """Where a paper's first labelled section starts ("Background:", "METHODS"), or 0."""
    at = 0
    for line in text.splitlines(keepends=True):
        label = _LABEL.match(line)
        if section_of(line.strip()) or (label and section_of(label.group(1))):
            return at
        at += len(line)
    return 0


def _first_line_title(text: str) -> str | None:
    """A paper's title as its text's first line: a line of its own, of 4 to 30 words, with no
    full stop at its end and no section name ("Abstract", "Methods")."""
    lines = text.strip().split("\n")
    first = lines[0].strip().strip("#*_ ").strip()
    if len(lines) > 1 and lines[1].strip():
        return None  # a paragraph, not a line of its own
    if not 4 <= len(first.split()) <= 30 or first.endswith((".", "?", "!")) or section_of(first):
        return None
    return first


def _strip_header(text: str) -> tuple[str, dict[str, object]]:
    """A leading block of `key: value` lines (saved notes, e-mails, exported abstracts) is
    metadata, not text; rule lines ('===== part 2 =====') are dropped everywhere."""
    lines = text.split("\n")
    header: dict[str, object] = {}
    k = 0
    while k < len(lines) and (m := _HEADER_LINE.match(lines[k].strip())):
        header[m.group(1).strip().lower()] = m.group(2).strip()
        k += 1
    if len(header) < 2:  # one "Note: ..." line is text
        header, k = {}, 0
    body = ["" if _RULE_LINE.match(ln) else ln for ln in lines[k:]]
    return "\n".join(body).lstrip("\n"), header


def _units(doc: Document) -> list[Unit]:
    """The document's sentences, cleaned and segmented as articles are, with their section
    and speaker."""
    lay = layout(doc)
    doc.dropped = find_dropped(doc, lay)
    claims = segment(doc, lay)
    units: list[Unit] = []
    section: str | None = None
    speaker: str | None = None
    named: str | None = None  # the person the last sentence outside quotes was about
    prev_end, follows = 0, False  # where the claim before ended; whether it made the last unit
    for claim in claims:
        text = claim.display.strip()
        gap = doc.text[prev_end : claim.start]
        joined = follows and bool(units) and not gap.strip() and "\n\n" not in gap
        prev_end, follows = claim.end, False
        headline = claim.kind in ("heading", "headline") or _title_case(text)
        if headline and ";" in text and not section_of(text):
            # "Study shows X; Y causes Z in mice; W may help": a headline of several claims
            parts = [_SITE_SUFFIX.sub("", p).strip(" “”\"'‘’:|") for p in text.split(";")]
            stated = [p for p in parts if _headline_statement(p)]
            for part in stated:
                units.append(Unit(_tidy(part + "."), section, False, None, len(units) + 1))
            if stated:
                continue
        if claim.kind in ("heading", "headline") or section_of(text):
            if section_of(text) or not _headline_statement(text):
                section = section_of(text) or section
                continue
            text = _SITE_SUFFIX.sub("", text).rstrip(" :|") + "."  # a headline that states
        if m := _TRAILING_ATTRIBUTION.search(text):
            # "... unmet clinical need — Dr Jane Roe, lead author": her words.
            name = m.group("name")
            text = text[: m.start()].rstrip()
            if not _END.search(text):
                text += "."
            for u in reversed(units):
                if not u.quoted or u.speaker is not None:
                    break
                u.speaker = name
            units.append(Unit(_tidy(text), section, True, name, len(units) + 1))
            follows = True
            continue
        if m := _LABEL.match(text):
            label = section_of(m.group(1))
            if label or m.group(1).lower() in ("excerpt", "update", "note", "quote"):
                section = label or section
                text = text[m.end() :]
        if m := _ATTRIBUTION.match(text):
            # "— Dr Jane Roe, lead author": the preceding sentences were her words.
            for u in reversed(units):
                if u.speaker is not None:
                    break
                u.speaker, u.quoted = m.group(1), True
            continue
        if section == "skip":  # references, author contributions, data availability
            continue
        quoted = claim.quoted
        said = _SAID_QUOTE.match(text) or _QUOTE_SAID.match(text)
        if said and len(said.group("quote").split()) >= MIN_WORDS:
            frame = said.group("frame")
            if name := _speaker_in(frame):
                speaker = name
            elif _PRONOUN_FRAME.search(frame):
                speaker = named  # "Professor Roe ... was more cautious. '...,' she said."
            text, quoted = said.group("quote").strip('”" '), True
            if not _END.search(text):  # '"X," said Roe': the comma went with the quote
                text += "."
        elif quoted and _PRONOUN_SPEAKER.search(text):
            pass
        elif quoted and speaker is None:
            speaker = named
        elif not quoted:
            speaker = None
            lead = _LEAD_NAME.match(text)  # a sentence about a person, whose words may follow
            named = _speaker_in(lead.group()) if lead else None
        follows = True
        if quoted and (whole := _ENCLOSED.match(text)):
            text = whole.group(1)  # a sentence of a quote that is all of its own marks
        if joined and _ANAPHORIC_SHORT.match(text):
            # "... limited understanding of the illness. This should now change.": too short
            # to check alone, it goes on saying what the sentence before it says.
            units[-1].text = f"{units[-1].text} {_tidy(text)}"
            continue
        if _OPEN_END.search(text) and (
            claim.end >= len(doc.text.rstrip()) or _PARAGRAPH_END.match(doc.text, claim.end)
        ):
            text = _OPEN_END.sub(".", text)  # a copied paragraph cut after its last comma
        units.append(
            Unit(
                text=_tidy(text),
                section=section,
                quoted=quoted,
                speaker=speaker if quoted else None,
                index=len(units) + 1,
            )
        )
    return [u for u in units if _states_something(u.text)]


_SITE_SUFFIX = re.compile(  # "... | University of X", "... - The Daily Post": the site's name
    r"\s+(?:\|\s+(?:\S+\s+){0,5}\S+|[–—-]\s+(?:(?:[A-Z][\w’'.&-]*|of|the|and|&)\s+){0,4}"
    r"[A-Z][\w’'.&-]*)\s*:?\s*$"
)
_ANAPHORIC_SHORT = re.compile(
    r"^(?:this|that|it|these|those|they|such|so)\b(?:\s+\S+){1,3}[.!]$", re.IGNORECASE
)
_OPEN_END = re.compile(r"\s*[,;]$")
_PARAGRAPH_END = re.compile(r"[ \t]*(?:\n[ \t]*\n|$)")


def _title_case(text: str) -> bool:
    """A line in title case ("Study Shows Zinc Gel Heals Wounds"): a headline."""
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", text) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _headline_statement(text: str) -> bool:
    """A headline that makes a claim ("Study shows X likely causes Y"), not a label."""
    words = text.split()
    if (
        len(words) < MIN_WORDS
        or len(words) > 25
        or "|" in text
        and len(text.split("|")[0].split()) < 5
    ):
        return False
    return bool(
        re.search(
            r"\b(?:shows?|finds?|suggests?|reveals?|likely|may|might|could|causes?|"
            r"linked|result of|is|are)\b",
            text,
            re.IGNORECASE,
        )
    )


# A news dateline before the first sentence: "OSLO, Norway, 3 March 2025 — ", "BOSTON
# (Reuters) - ", "NEW YORK, July 1, 2021 /PRNewswire/ -- ".
_DATELINE = re.compile(
    r"^(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2})(?:,\s*[A-Z][\w.'’ -]{1,30}?){0,2}"
    r"(?:\s*\([\w .&-]{2,30}\))?"
    r"(?:,?\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4})?"
    r"(?:\s*/[^/]{2,30}/)?\s*(?:--|[-–—])\s+(?=[A-Z\"“‘'])"
)


def _tidy(text: str) -> str:
    text = text.strip().strip("″").strip()
    text = _DATELINE.sub("", text, count=1)
    if text.count('"') % 2 and text.endswith('"'):
        text = text[:-1]  # the closing mark of a quote whose opening one was cut off
    elif text.count('"') % 2 and text.startswith('"'):
        text = text[1:]
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    if text.count("“") > text.count("”"):
        text = text.replace("“", "", 1)
    if text.count("”") > text.count("“"):
        text = "".join(text.rsplit("”", 1))
    return text.strip()


_END = re.compile(r"[.!][\"'”’)\]]*$")


def _states_something(text: str) -> bool:
    """A full sentence that can be checked: enough words, a final full stop, no question."""
    words = text.split()
    if len(words) < MIN_WORDS or not _END.search(text) or text.rstrip("\"'”’)").endswith("?"):
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= 0.3 * len(text) and len(re.findall(r"[^\W\d_]{2,}", text)) >= MIN_WORDS


def guess_role(units: Sequence[Unit], *, pdf: bool, name: str) -> tuple[Role, str]:
    """paper, press-release or quote, from how the text speaks of the study."""
    if pdf:
        return "paper", "guessed: a PDF is taken for the paper"
    text = " ".join(u.text for u in units)
    quoted = sum(u.quoted for u in units)
    if quoted >= 0.6 * len(units):
        return "quote", "guessed: most of it is in quotation marks"
    first_person = len(_FIRST_PERSON.findall(text))
    third = len(
        re.findall(
            r"\b(?:researchers|the study|the team|scientists|said|according to|press release)\b",
            text,
            re.IGNORECASE,
        )
    )
    if any(u.section for u in units) or first_person > third:
        return "paper", "guessed: it speaks of the study as the authors do (we, our, sections)"
    if "press" in name.lower() or "release" in name.lower() or third:
        return "press-release", "guessed: it reports the study in the third person"
    return "paper", "guessed: nothing says otherwise"


# --------------------------------------------------------------------------- drafting


@dataclass(slots=True)
class DraftFact:
    """A fact as drafted, with where it came from and what the user should check."""

    text: str
    kind: str
    source: str
    certainty: str = "shown"
    origin: str = ""
    id: str = ""
    speaker: str | None = None
    subjects: list[str] = field(default_factory=list)
    not_done: bool = False
    association: bool = False
    also: list[str] = field(default_factory=list)
    rounding: dict[str, float] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    role: Role = "paper"

    def fact(self, study_subjects: str | None) -> Fact:
        scope = " and ".join(self.subjects) if self.subjects else None
        if scope is None and self.kind == "result":
            scope = study_subjects
        return Fact(
            id=self.id,
            text=self.text,
            kind=self.kind,  # type: ignore[arg-type]
            source=self.source,  # type: ignore[arg-type]
            certainty=self.certainty,  # type: ignore[arg-type]
            scope=scope,
            also=tuple(self.also),
            subjects=tuple(self.subjects),
            speaker=self.speaker,
            rounding=tuple(Rounding(k, _number(k), v) for k, v in self.rounding.items()),
            not_done=self.not_done,
            association=self.association,
        )


@dataclass(slots=True)
class Draft:
    """A drafted sheet: the study, its terms and facts, and notes for the user."""

    study: Study
    terms: dict[str, list[str]]
    facts: list[DraftFact]
    sources: list[SourceText]
    notes: list[str] = field(default_factory=list)

    def sheet(self) -> Sheet:
        facts = tuple(f.fact(self.study.subjects) for f in self.facts)
        terms = {k: tuple(v) for k, v in self.terms.items()}
        return Sheet(path=None, study=self.study, facts=facts, terms=terms, schema=2)


_SPLIT_FINDINGS = re.compile(
    r"^(?P<subject>.*?)\b(?P<v1>show|shows|showed|demonstrate|demonstrates|demonstrated|"
    r"indicate|indicates|reveal|reveals|establish|establishes)\s+that\s+(?P<p>.+?)"
    r"\s+and\s+(?P<v2>suggest|suggests|indicate|indicates|imply|implies|show|shows|"
    r"demonstrate|demonstrates)\s+that\s+(?P<q>.+)$"
)
_SPLIT_OBSERVED = re.compile(
    r"^(?P<p>.+?),?\s+and\s+(?:then\s+)?(?P<v>observed|found|showed|noted|saw)\s+that\s+(?P<q>.+)$"
)
_SPLIT_PARTICIPLE = re.compile(
    r"^(?P<p>.+?),\s+(?P<v>demonstrating|suggesting|indicating|showing|implying|confirming)"
    r"\s+that\s+(?P<q>.+)$"
)
_PARTICIPLE_VERB = {
    "demonstrating": "demonstrates",
    "suggesting": "suggests",
    "indicating": "indicates",
    "showing": "shows",
    "implying": "implies",
    "confirming": "confirms",
}
_FINITE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|did|does|do|showed|displayed|developed|became|"
    r"increased|decreased|reduced|lowered|raised|improved|caused|produced|remained)\b"
)
_CLAUSE_AND = re.compile(r",\s+and\s+(?=[a-z]+\b)")
_COMMA_BUT = re.compile(r",\s+but\s+(?=[a-z])")
_BUT_VERB = re.compile(
    r"\b(?:can|cannot|could|may|might|must|should|will|would|needs?|remains?|\w{3,}ed)\b"
)
_AND_THERE = re.compile(r",?\s+and\s+(?=there\s+(?:is|are|was|were|has|have)\b)")


def split_statements(text: str) -> list[str]:
    """One sentence's separate statements: 'Our results show that P and suggest that Q',
    'We did X and observed that Y', 'X, suggesting that Y', 'A did B, and C did D', 'A is
    unknown and there are no B', 'X may lower Y, but Z cannot be excluded'."""
    body = text.rstrip()
    end = "."
    if body.endswith((".", "!")):
        body, end = body[:-1], body[-1]
    if m := _SPLIT_FINDINGS.match(body):
        subject = m.group("subject").strip()
        return [
            f"{subject} {m.group('v1')} that {m.group('p')}{end}",
            f"{subject} {m.group('v2')} that {m.group('q')}{end}",
        ]
    if m := _SPLIT_OBSERVED.match(body):
        return [m.group("p") + end, _capital(m.group("q")) + end]
    if m := _SPLIT_PARTICIPLE.match(body):
        verb = _PARTICIPLE_VERB[m.group("v")]
        return [m.group("p") + end, f"This {verb} that {m.group('q')}{end}"]
    if (m := _COMMA_BUT.search(body)) and len(body[: m.start()].split()) >= MIN_WORDS:
        second = body[m.end() :]
        if len(second.split()) >= 4 and (_FINITE.search(second) or _BUT_VERB.search(second)):
            # "X may lower Y, but confounding cannot be excluded": a finding and its caveat
            return [body[: m.start()] + end, _capital(second) + end]
    if (m := _AND_THERE.search(body)) and len(body[: m.start()].split()) >= MIN_WORDS:
        # "The cause is unknown and there are no treatments": two statements
        return [body[: m.start()] + end, _capital(body[m.end() :]) + end]
    for m in _CLAUSE_AND.finditer(body):
        first, second = body[: m.start()], body[m.end() :]
        if first.count(",") > 1:  # "A, B, C, and D" closes a list
            continue
        second_verb = _FINITE.search(second) or re.search(r"\s\w{3,}ed\b", second)
        first_verb = _FINITE.search(first) or re.search(r"\b\w+ed\b", first)
        if len(first.split()) >= 6 and len(second.split()) >= 6 and second_verb and first_verb:
            frame = re.match(r"(.*?\bthat)\s", first)
            if frame and re.match(r"that\s", second):
                # "They caution that A, and that B": B is said under the same frame
                return [first + end, f"{frame.group(1)} {second[5:]}{end}"]
            return [first + end, _capital(second) + end]
    return [text]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_LIST_VERB = re.compile(r"\b(?:also\s+)?(?:had|showed|displayed|developed|exhibited)\s+")
_AS_WELL_AS = re.compile(
    r",?\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?P<verb>displaying|showing|developing|exhibiting|having)\s+"
)
_ING_PAST = {
    "displaying": "displayed",
    "showing": "showed",
    "developing": "developed",
    "exhibiting": "exhibited",
    "having": "had",
}
_ITEM_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|that|which|who|than|because|while|when|whereas)\b",
    re.IGNORECASE,
)


_SUCH = re.compile(r"^(?:such|these|those)\s+(?P<noun>[a-z][\w-]+)\b", re.IGNORECASE)
_AUX = r"(?:are|is|were|was|may|might|could|can|will|would|should|have|has|had|do|does|did)"


def resolve_such(text: str, before: str) -> str:
    """A sentence that names its subject only by pointing back ("Such drugs are already
    sold") takes the description the sentence before gave ("... that drugs which block
    the enzyme may help"): "Drugs which block the enzyme are already sold.". A fact must
    say what it is about on its own, since claims are aligned to it one at a time."""
    m = _SUCH.match(text)
    if m is None:
        return text
    noun = m.group("noun")
    described = re.search(
        rf"\b{re.escape(noun)}\s+(?:which|that|who)\s+(?P<rel>[^,;:.]+?)\s+(?={_AUX}\b)",
        before,
        re.IGNORECASE,
    )
    if described is None or len(described.group("rel").split()) > 12:
        return text
    return _capital(f"{noun} {described.group()[len(noun) :].strip()}") + text[m.end() :]


def split_outcomes(text: str) -> list[str]:
    """A result that lists its subjects' outcomes, one statement each: "Treated rats had
    lower blood pressure, slower heart rates, and less kidney damage" -> "Treated rats had
    lower blood pressure.", ...; "The rats developed X, as well as showing Y" -> "The rats
    developed X.", "The rats showed Y.". Coverage reports the outcomes one at a time, and a
    claim about one is judged against it alone. Each listed item must be a phrase of two
    words or more with no verb of its own (not "A, B and C" of single words, not clauses)."""
    body = text.rstrip()
    end = "."
    if body.endswith((".", "!")):
        body, end = body[:-1], body[-1]
    verb = _LIST_VERB.search(body)
    if verb is None or "," in body[: verb.start()] or len(body[: verb.start()].split()) > 8:
        return [text]
    head, rest = body[: verb.end()].rstrip(), body[verb.end() :]
    subject = re.sub(r"(?:\s+\w+ly)+$", "", body[: verb.start()].rstrip())
    if m := _AS_WELL_AS.search(rest):
        first, second = rest[: m.start()].strip(), rest[m.end() :].strip()
        if len(first.split()) >= 2 and len(second.split()) >= 2 and not _ITEM_VERB.search(second):
            past = _ING_PAST[m.group("verb").lower()]
            return [f"{head} {first}{end}", f"{subject} {past} {second}{end}"]
        return [text]
    tail = ""
    if m := _COMPARED_TO.search(rest):  # "... and C than controls": said of every item
        rest, tail = rest[: m.start()], m.group()
    items = [i.strip() for i in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)", rest)]
    if len(items) < 3 or "," not in rest:
        return [text]
    if any(len(i.split()) < 2 or _ITEM_VERB.search(i) or "(" in i for i in items):
        return [text]
    return [f"{head} {item}{tail}{end}" for item in items]


_COMPARED_TO = re.compile(r"\s+than\s+[^,]+$")


_FINDING_THAT = re.compile(
    r"\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|find|finds|found|"
    r"suggest|suggests|suggested|indicate|indicates|indicated|reveal|reveals|revealed|"
    r"establish|establishes|established|conclude|concludes|concluded)\s+that\b"
    # "..., according to a six-month trial published today in X": the finding, not the citation
    r"|\baccording\s+to\s+(?:a|an|the|this|new)\s+(?:[\w-]+\s+){0,3}(?:study|trial|research|"
    r"paper|analysis|review|survey|experiment|meta-analysis)\b"
    # "X reduced Y, in a phase 3 trial led by ...": the trial that found it, after it
    r"|,\s+in\s+(?:a|an|the|this|new)\s+(?:[\w-]+\s+){0,4}(?:study|trial|research|analysis|"
    r"review|experiment)\b[^,]*$"
    # "..., a Danish study has found.": the finding told first, its frame after it
    r"|,\s+(?:a|an|the|this|new)\s+[^,]{0,80}?\b(?:study|trial|research|paper|analysis|review|"
    r"team|researchers|scientists)\b[^,]{0,60}?\b(?:has\s+|have\s+)?(?:found|finds|shown|shows|"
    r"showed|reported|reports|revealed|reveals|concluded|concludes|suggests|suggested|"
    r"indicates|indicated)\W*$",
    re.IGNORECASE,
)
# "we", "our", "us" in any case but "US", the country ("in the UK and the US")
# "Researchers led by the University of X, ...", "A team based at Y ...": who did it, as the
# subject of what they did
_LED_TEAM = re.compile(
    r"^\W*(?:the\s+|a\s+)?(?:researchers|scientists|investigators|team)\s+(?:led\s+by|based\s+at|"
    r"from|at)\b",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:[Ww][Ee]|[Oo][Uu][Rr]|[Uu]s)\b")
# a release's note on who someone is: "About the Marigold Foundation: A charity ..."
_ABOUT_NOTE = re.compile(r"\s*About\s+(?:the\s+)?[A-Z][^:.]{1,80}:\s")


def classify(text: str, unit: Unit, role: Role, seen_study: bool) -> str:
    """The kind of fact one statement is."""
    lex = lexicon()
    section = unit.section
    if _TITLED.search(text):
        return "bibliographic"
    if role == "press-release" and _ABOUT_NOTE.match(text):
        return "context"  # "About the X Foundation: a charity funding ...": a note to editors
    if unit.quoted or role == "quote":
        # Background an investigator states in passing ("Treatment today is ...") is the
        # subject's context, whoever says it; their view of the study is their quote.
        return "context" if _general_statement(text) else "quote"
    if role == "press-release" and _FIRST_PERSON.search(text):
        return "quote"  # a release speaks of the study in the third person: "we" is quoted
    if (
        (m := lex.prior_work.search(text))
        and not lex.study_voice.search(text[m.end() :])
        # "The standard drug alone reduced tumour size by 41%": an arm of this study, measured
        and not (_measured(text) and _past(text) and not _EARLIER.search(text))
    ):
        return "context"  # "Studies in rats have previously shown ...": not this study
    finding = bool(_FINDING_THAT.search(text))
    # "The study, led by researchers at X, followed 612 people": who led it is said in passing
    told = _ASIDE.sub(",", text)
    # "Researchers led by X, working with Y, ran an experiment with 1,647 adults": the design
    led = _LED_TEAM.match(text) is not None and lex.design.search(text) is not None
    if section == "funding" or (lex.bibliographic.search(told) and not finding and not led):
        return "caveat" if lex.conflicts.search(text) else "bibliographic"
    if section == "conflicts" or (lex.conflicts.search(text) and not finding):
        return "caveat"
    reading = cues.read(text)
    if lex.not_done.search(text):
        # "intake was not measured" says what the study did; "the researchers caution that
        # it did not test X" is a limitation
        cautioned = _CAUTION.search(text) or _limits(text, reading)
        return "caveat" if section in ("caveat", "conclusion") or cautioned else "design"
    framed = bool(lex.conclusion.search(text)) or finding
    if (
        _OPEN_QUESTION.search(text)
        or _STATED_LIMIT.search(text)
        or _limits(text, reading)
        or section == "caveat"
        or (section != "result" and lex.limitations.search(text) and not framed)
    ):
        return "caveat"
    animals = bool(reading.subjects & {"animal", "cell"})
    names_study = bool(lex.study_reference.search(text)) or animals
    if section == "context" and _FIRST_PERSON.search(text) and lex.design.search(text):
        return "design"  # a background's last words: "We examined whether X is linked to Y"
    if section == "context" or (not names_study and not seen_study):
        return "context"
    if states_prevalence(text) and not names_study and not finding:
        return "context"  # "Migraine affects about one in seven people": known before the study
    if _DEFINES_TERM.search(text) and not names_study and not finding:
        return "context"  # "Atrial fibrillation (AF) causes an irregular heartbeat": a definition
    told = _proposition_of(text)  # "P, according to a study that followed 41,000 adults": P
    if section == "design" or (lex.design.search(told) and not _FINITE_RESULT.search(told)):
        return "design"
    causal = reading.rule_strength >= 2 or bool(reading.of("causal"))
    # an association is how the study found it, not a hedge on it ("was linked to a 6% lower
    # risk", "levelled off at 50 grams"): the sheet marks it as an association
    hedged = cues.rank(certainty_of(text, observed=True)[0]) < cues.rank("shown")
    measured = not hedged and _measured(text) and _past(text)
    if section != "conclusion" and (framed or role != "paper") and measured:
        # "X slept 40 minutes longer, according to the trial", "The vaccine was 91.7%
        # effective": what it measured
        return "result"
    # a release's "X killed cancer cells, according to a study": what happened, told as found
    narrated = (
        role != "paper"
        and not hedged
        and first_verb_tense(text, load_lexicon()) in ("past", "perfect")
    )
    if section != "conclusion" and framed and narrated:
        return "result"
    if section == "conclusion" or (framed and (causal or hedged or not animals)):
        return "conclusion"
    if narrated and seen_study:
        return "result"  # a release's "The night workers did as well on a memory test"
    # a release's "X lowers Y", said of no one, is what it concludes; "X is the second
    # leading cause of Y" ranks a condition, known before the study
    ranks = any(_RANKING.search(text, 0, c.end) for c in reading.of("causal"))
    if role != "paper" and reading.rule_strength >= 2 and not reading.subjects and not ranks:
        return "conclusion"
    if role == "paper" or section == "result" or names_study or _TREATED_GROUP.search(text):
        return "result"
    states_cause = any(c.scoped and c.value in ("verb", "connective") for c in reading.of("causal"))
    if _REVEALS.search(text) and not (states_cause or hedged):  # (a release or a quote)
        return "result"  # a release's "Spy photos reveal icefield is losing ice faster"
    return "conclusion" if states_cause or hedged else "context"


# Before the study: "previously", "earlier", "a decade ago".
_EARLIER = re.compile(r"\b(?:previous(?:ly)?|earlier|prior|already|ago)\b", re.I)
# A finding verb with its clause straight after it ("X reveal Y is Z", "Study shows P"): a
# headline's way of telling what was found.
_REVEALS = re.compile(
    r"^\W*[^,;:]{3,60}?\b(?:reveals?|shows?|suggests?|finds?|confirms?|indicates?)\s+"
    r"(?!that\b|how\b|why\b|whether\b)(?:[\w'’-]+\s+){1,5}(?:is|are|was|were|has|have|can|could|"
    r"may|might|will|does|do)\b",
    re.I,
)


# A sentence that opens by naming a term with its abbreviation and says what it is or does:
# the term explained, not found ("Atrial fibrillation (AF) causes ...", "X (Y) is a ...").
_DEFINES_TERM = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}\([A-Z][A-Za-z]{1,6}s?\)\s+(?:is|are|causes|affects|occurs|"
    r"involves|refers\s+to|means|describes|develops)\b"
)


_RANKING = re.compile(
    r"\b(?:leading|main|major|commonest|common|biggest|top|chief|primary|principal|"
    r"second|third|fourth|fifth)\s+causes?\s+of\b",
    re.IGNORECASE,
)


def _proposition_of(text: str) -> str:
    """What a framed statement states: the part after "X found that", before ", according
    to a study ..." or ", a study has found"."""
    m = _FINDING_THAT.search(text)
    if m is None:
        return text
    return text[: m.start()] if m.start() > len(text) / 2 else text[m.end() :]


# Who did or paid for the work, said in passing between commas.
_ASIDE = re.compile(
    r",\s*(?:which\s+was\s+|that\s+was\s+)?(?:led|conducted|carried\s+out|run|funded|supported)"
    r"\s+by\b[^,;]{3,120},",
    re.IGNORECASE,
)
# A limitation said as such: "the researchers caution that ...", "they note that ...".
_CAUTION = re.compile(
    r"\b(?:caution(?:s|ed)?|warn(?:s|ed)?|acknowledge[sd]?|concede[sd]?|point(?:s|ed)?\s+out)"
    r"\s+that\b",
    re.IGNORECASE,
)
# What happened to a group of the study, told as such: "Those who took the drug slept longer",
# "People given the vaccine ...".
_TREATED_GROUP = re.compile(
    r"^\W*(?:those|people|participants|patients|volunteers|adults|children|women|men|mice|rats)"
    r"\s+(?:who\s+(?:took|received|were\s+given|got|used|drank|ate)|given|taking|receiving)\b"
    # "Some reported feeling drowsy", "Most of them lost weight"
    r"|^\W*(?:some|many|most|a\s+few|few|half|a\s+third|a\s+quarter)\s+(?:of\s+(?:them|those|the"
    r"\s+[\w-]+)\s+|(?:patients|participants|people|volunteers|users|women|men|adults|children|"
    r"mice|rats)\s+)?(?:reported|experienced|developed|had|felt|lost|gained)\b",
    re.IGNORECASE,
)
# A limit of the study stated as such: what it cannot speak to ("so the study says nothing
# about notifications"), how far its results reach, a bias it admits, its limits named.
_STATED_LIMIT = re.compile(
    r"\b(?:says?|tells?(?:\s+us)?|shows?)\s+nothing\s+about\b|\bcannot\s+tell\s+us\b"
    # "The researchers stress the limits of the study", "It has several limitations"
    r"|^(?!despite\b).*\b(?:the|its|their|several|some|study[’']s)\s+(?:limits|limitations)\b"
    # "so the results may not apply to other populations": how far they reach
    r"|\b(?:may|might|could|do|does)\s+not\s+(?:necessarily\s+)?(?:apply|generali[sz]e|"
    r"extend|transfer)\s+to\b"
    # "..., which may affect the results": a bias the study admits
    r"|\b(?:may|might|could)\s+(?:have\s+)?(?:affected|affect|biased|bias|influenced|"
    r"influence|skewed|skew|distorted|distort)\s+(?:the\s+|its\s+|their\s+)?(?:results|"
    r"findings|estimates?)\b",
    re.IGNORECASE,
)
# What the study leaves open: "Whether the benefit lasts is unknown", "it is unclear if ...".
_OPEN_QUESTION = re.compile(
    r"^\W*whether\b[^.;]*\b(?:is|are|remains?)\s+(?:still\s+|as\s+yet\s+)?(?:unknown|unclear|"
    r"uncertain|not\s+known|not\s+clear)\b"
    r"|\b(?:unknown|unclear|uncertain|not\s+known|not\s+clear)\s+(?:whether|if)\b"
    # "a causal effect cannot be established", "confounding could not be ruled out"
    r"|\b(?:cannot|could\s+not|can\s*not)\s+be\s+(?:established|ruled\s+out|excluded|"
    r"determined|inferred|proven|proved)\b",
    re.IGNORECASE,
)


def _measured(text: str) -> bool:
    """The statement gives a measured amount: a share, a length of time, a mass or another
    figure with its unit ("40 minutes longer", "by 15%", "5.8 metres a year"), not only a
    count of people or a year."""
    return any(
        (q.kind in ("percent", "duration", "mass") and not q.vague)
        or (q.kind == "number" and _UNIT_AFTER.match(text, q.end))
        for q in quantities_of(text)
    )


# A figure's unit: "2.5 billion tonnes", "5.8 metres", "7 mmHg", "450 square kilometres".
_UNIT_AFTER = re.compile(
    r"\s*(?:(?:million|billion|thousand|square|cubic)\s+)?"
    r"(?!(?:of|in|and|or|to|the|a|an|from|at|by|for|with|on|out|than|more|less|times)\b)"
    r"[^\W\d_]{1,14}\b",
    re.IGNORECASE,
)


def _past(text: str) -> bool:
    """A verb of the past: what happened in the study ("was 91.7% effective", "came from")."""
    lex = load_lexicon()
    return any(
        w in ("was", "were", "had", "did")
        or (len(w) > 4 and w.endswith("ed"))
        or (w in lex.irregular_past and not w.endswith(("s", "ing")))
        for w in re.findall(r"[a-z]+", text.lower())
    )


def _limits(text: str, reading: cues.Reading) -> bool:
    """The sentence states a limitation or a call for more work; "a small number of X" is
    one only when X are the study's participants, not a count in a result."""
    for c in reading.of("caveat"):
        if not c.scoped:
            continue
        m = _SMALL_COUNT.match(text, c.start)
        if m and m.group("noun").lower() not in lexicon().sample_nouns:
            continue
        if c.value == "further-research" and re.search(r"\d\s+(?:[\w-]+\s+)?$", text[: c.start]):
            continue  # "pooled 41 randomised controlled trials": the trials it counted
        return True
    return False


_SMALL_COUNT = re.compile(r"small\s+(?:number|sample)\s+of\s+(?:\w+\s+)?(?P<noun>\w+)", re.I)


def _general_statement(text: str) -> bool:
    """A plain statement about the subject in general: no first person, no word for the
    study, no hedge, no evaluation, no advice."""
    if _FIRST_PERSON.search(text) or lexicon().study_voice.search(text):
        return False
    reading = cues.read(text)
    if cues.rank(reading.certainty or "shown") < cues.rank("shown"):
        return False
    return not any(
        c.scoped and c.kind in ("evaluative", "advice", "source", "modal", "hedge")
        for c in reading.cues
    )


_FINITE_RESULT = re.compile(
    r"\b(?:displayed|developed|showed|became|had\s+(?:no|a|an|more|less|lower|higher)|"
    r"were\s+(?:un)?affected|increased|decreased|reduced|improved|worsened|recovered|"
    r"observed|found)\b",
    re.IGNORECASE,
)


def certainty_of(text: str, *, observed: bool = False, limit: bool = False) -> tuple[str, bool]:
    """The sheet certainty of a statement and whether it was a guess (no hedge or booster:
    the sentence simply states it). The cue reader's "probable" is kept at "suggested": a
    sheet sets no higher rung than the study's hedge allows. What a study `observed` (a
    result) is shown though it be an association ("X was associated with lower odds of Y"):
    that it is one, not a cause, is the fact's `association`. A `limit` that says what is
    not known ("so it is not yet known whether protection lasts") states the unknown
    plainly."""
    reading = cues.read(text)
    level = reading.certainty or "shown"
    if all(
        (observed and c.kind == "correlational" and c.value == "association")
        # "they could not check where ...": what the study could not do, said plainly
        or (c.kind == "modal" and _NOT_AFTER.match(text, c.end))
        or (limit and c.kind == "hedge" and _UNKNOWN.fullmatch(text[c.start : c.end]))
        # "heritability was estimated at 38% (95% CI 31-45)": a measurement with its figure,
        # not a hedge on it
        or (observed and _ESTIMATED.fullmatch(text[c.start : c.end]) and _A_FIGURE.search(text))
        # "were not confirmed by laboratory tests": a limit says plainly what was not done
        or (limit and c.kind in ("negation", "booster"))
        for c in reading.certainty_cues
    ):
        level = "shown"
    if level == "probable":
        level = "suggested"
    if level == "speculated" and any(
        c.kind == "hedge" and c.value == "suggested" and c.scoped and _THAT.match(text, c.end)
        for c in reading.cues
    ):
        # "Our data suggest that X may help": the study suggests (that X may help), and a
        # claim that it suggests X helps says no more.
        level = "suggested"
    return level, not reading.certainty_cues


_THAT = re.compile(r"\s+that\b")
# how a result's figure was obtained, not how sure it is
_ESTIMATED = re.compile(r"estimated?|estimates|is\s+expected|are\s+expected", re.I)
_A_FIGURE = re.compile(r"\d")
_UNKNOWN = re.compile(
    r"whether|if|unknown|unclear|uncertain|not\s+(?:yet\s+)?(?:known|clear)", re.IGNORECASE
)
_NOT_AFTER = re.compile(r"\s*(?:not\b|n[’']t\b)", re.IGNORECASE)


_NUMBER_IN_TEXT = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d{4,})(?:\.\d+)?(?![\w,]|\.\d)")
_YEARISH = re.compile(r"^(?:19|20)\d\d$")


def _number(written: str) -> float:
    return float(written.replace(",", "").replace("%", "").strip())


def roundings(text: str) -> dict[str, float]:
    """Counts of 1,000 and more that coverage rounds ("about 2,100" for 2,149): the step is
    the number's second significant digit."""
    out: dict[str, float] = {}
    for m in _NUMBER_IN_TEXT.finditer(text):
        written = m.group()
        if _YEARISH.match(written) or "." in written:
            continue
        value = _number(written)
        digits = len(str(int(value)))
        step = float(10 ** max(digits - 2, 0))
        if step >= 10 and value % step:
            out[written] = step
    return out


def draft(sources: Sequence[SourceText], study_id: str | None = None) -> Draft:
    """A sheet drafted from the study's texts (papers first, then the rest)."""
    ordered = sorted(sources, key=lambda s: ROLES.index(s.role))
    facts: list[DraftFact] = []
    seen: dict[str, DraftFact] = {}
    published: list[str] = []
    for src in ordered:
        seen_study = src.role != "paper" or any(u.section for u in src.units)
        before = ""
        cited = read_citation(src.text)
        reference = " ".join(cited.text.split()) if cited else ""
        front = [" ".join(line.split()) for line in src.front.lines]
        for unit in src.units:
            flat = " ".join(unit.text.split()).rstrip(".")
            if reference and flat in reference:
                continue  # the paper's reference: its authors, title and journal are the study's
            if any(flat in line for line in front):
                continue  # the paper's author, affiliation or journal line
            unit_text, before = before, unit.text
            for text in split_statements(unit.text) if not unit.quoted else [unit.text]:
                m = _APPOSITIVE_PUBLISHED.search(text)
                rest = text[m.end() :] if m else ""
                said = _FINDING_THAT.search(text) or _FINITE.search(rest)
                if m and (said or lexicon().design.search(rest)):
                    # "The study, published in X, shows that P" or "..., followed N adults":
                    # a citation and a statement.
                    phrase = re.sub(r"^which\s+\w+(?:\s+been)?\s+", "", m.group()[1:-1].strip())
                    if phrase not in published:
                        published.append(phrase)
                    text = text[: m.start()] + " " + text[m.end() :].lstrip()
                if not unit.quoted:
                    text = unframe(_CONNECTIVE.sub("", text, count=1))
                    text = resolve_such(_capital(text), unit_text)
                key = _key(text)
                if key in seen:
                    _merge_duplicate(seen[key], text, unit, src)
                    continue
                kind = classify(text, unit, src.role, seen_study)
                if kind not in ("context",):
                    seen_study = True
                if (
                    kind == "context"
                    and src.role == "paper"
                    and unit.section
                    not in (
                        "context",
                        None,
                        "abstract",
                    )
                ):
                    kind = "result"
                parts = split_outcomes(text) if kind == "result" else [text]
                for part in parts:
                    fact = _new_fact(part, kind, unit, src)
                    seen[_key(part)] = fact
                    facts.append(fact)
                seen[key] = fact
    _quote_speakers(facts)
    if len(facts) > MAX_FACTS:
        facts = _keep_telling(facts)
    study, notes = _study(sources, facts, study_id)
    terms = _terms(study, facts)
    d = Draft(study=study, terms=terms, facts=facts, sources=list(sources), notes=notes)
    _subjects(d)
    _implied_design(d)
    _presupposed(d)
    _subject_caveat(d)
    _more_research_caveat(d)
    _earlier_events(d)
    _background_institutions(d)
    _press_release_against_paper(d)
    _passing_background(d)
    _prior_view(d)
    _treatment_wording(d)
    _unknown_cause_wording(d)
    _conclusion_scope(d)
    _bibliographic(d, published)
    _ids(d)
    _alike(d)
    return d


_ATTRIBUTED_FINDING = re.compile(
    r"^(?P<frame>[^\"“”]{3,250}?)\s+(?:has|have)\s+(?:now\s+)?(?:shown|found|revealed|"
    r"demonstrated|established|discovered|confirmed)\s+that\s+(?P<p>\S.{20,})$",
    re.IGNORECASE,
)


_STUDY_FINDS = re.compile(
    r"^(?:(?:a|the|this)\s+)?(?:(?:new|recent|latest|large|small)\s+)?(?:study|research|paper|"
    r"trial|analysis)\s+(?:shows?|finds?|found|reveals?|revealed|demonstrates?|confirms?)\s+"
    r"(?:that\s+)?(?P<p>\S.{10,})$",
    re.IGNORECASE,
)


_THEY_FOUND = re.compile(
    r"^(?:they|the\s+researchers|researchers|the\s+team|the\s+scientists|scientists|the\s+"
    r"authors)\s+(?:also\s+)?(?:found|showed|observed|discovered|measured)\s+that\s+"
    r"(?P<p>\S.{10,})$",
    re.IGNORECASE,
)


def unframe(text: str) -> str:
    """'A new study by X, with Y, has shown that P' states P: who did the study is the
    institutions' fact, and a wording that names them would pull claims about who did it
    to P. Only a frame that shows or finds is dropped (P then reads as plainly as the
    frame states it); 'suggests that P' keeps its hedge."""
    if (m := _STUDY_FINDS.match(text)) and not _FIRST_PERSON.search(text):
        return _capital(m.group("p"))  # "New study shows X likely Y" (a headline) states it
    if m := _THEY_FOUND.match(text):
        return _capital(m.group("p"))  # "They found that the lake lost 2 m": it lost 2 m
    m = _ATTRIBUTED_FINDING.match(text)
    if not m or _FIRST_PERSON.search(m.group("frame")):
        return text
    frame = m.group("frame")
    names = lexicon().institution.search(frame) or re.search(
        r"\b(?:researchers|scientists|team|investigators|study|research)\b", frame, re.I
    )
    if not names or re.search(r"\b(?:results|findings|data|analysis)\b", frame, re.I):
        return text
    return _capital(m.group("p"))


def _quote_speakers(facts: Sequence[DraftFact]) -> None:
    """Quotes in a row in one text are one person's words: an unattributed sentence next to
    an attributed one ("Our work ... The implications ... — Dr Jane Roe") takes its speaker."""
    runs: list[list[DraftFact]] = []
    for f in facts:
        spoken = f.kind == "quote" or f.source == "investigator"
        file = f.origin.split(",")[0]
        if spoken and runs and runs[-1] and runs[-1][-1].origin.split(",")[0] == file:
            runs[-1].append(f)
        elif spoken:
            runs.append([f])
        else:
            runs.append([])
    for run in runs:
        names = {f.speaker for f in run if f.speaker}
        if len(names) != 1:
            continue
        (name,) = names
        for f in run:
            if not f.speaker:
                f.speaker = name
                f.checks = [c for c in f.checks if not c.startswith("who said this")]
                f.checks.append(f"speaker: {name} said the quotes next to this one; check")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", text).lower()).strip()


def _merge_duplicate(fact: DraftFact, text: str, unit: Unit, src: SourceText) -> None:
    """The same sentence again (a release reprinted, a quote repeated): a quote with its
    speaker wins over an unattributed copy."""
    if unit.quoted and fact.kind != "quote":
        fact.kind, fact.source, fact.certainty = "quote", "investigator", "shown"
        fact.speaker = unit.speaker
        fact.checks = [c for c in fact.checks if "certainty" not in c]
    elif unit.speaker and not fact.speaker and fact.kind == "quote":
        fact.speaker = unit.speaker


def _new_fact(text: str, kind: str, unit: Unit, src: SourceText) -> DraftFact:
    source = {"paper": "paper", "press-release": "press-release", "quote": "investigator"}[src.role]
    if kind == "quote" or (unit.quoted and kind == "context"):
        source = "investigator"
    fact = DraftFact(
        text=text,
        kind=kind,
        source=source,
        origin=f"{src.path.name}, sentence {unit.index}",
        speaker=unit.speaker if source == "investigator" else None,
        role=src.role,
    )
    if kind == "quote" and not fact.speaker:
        fact.checks.append('who said this? add speaker = "..."')
    if kind in ("result", "conclusion", "caveat"):
        fact.certainty, guessed = certainty_of(
            text, observed=kind == "result", limit=kind == "caveat"
        )
        if guessed and kind == "conclusion":
            fact.checks.append(
                "certainty guessed: the sentence states it without a hedge; "
                "is it what the study shows?"
            )
    if lexicon().not_done.search(text) and kind in ("design", "caveat"):
        fact.not_done = True
        fact.checks.append("not_done: the study did not do this; a claim that it did is wrong")
    fact.rounding = roundings(text)
    if fact.rounding:
        fact.checks.append("rounding: how far may coverage round these numbers?")
    return fact


def _keep_telling(facts: list[DraftFact]) -> list[DraftFact]:
    """At most MAX_FACTS facts from a long paper: its conclusions, caveats and quotes first,
    then results and design in the paper's order."""
    rank = {"conclusion": 0, "caveat": 0, "quote": 0, "bibliographic": 0, "result": 1}
    order = sorted(range(len(facts)), key=lambda i: (rank.get(facts[i].kind, 2), i))
    keep = sorted(order[:MAX_FACTS])
    return [facts[i] for i in keep]


# ---- the study


_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"'<>;,)]+[^\s\"'<>;,).]")
_CITATION = re.compile(r"\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$")
_JOURNAL = re.compile(
    r"\bpublished\b[^.]{0,60}?\bin\s+(?:the\s+journal\s+|the\s+(?=[A-Z]))?"
    r"(?P<j>[A-Z][\w&-]*(?:\s+(?:of|for|and|&|in|the)\s+[A-Z][\w&-]*|\s+[A-Z][\w&-]*)*)"
)
_TITLED = re.compile(r"\b(?:titled|entitled)\s*[\"“'‘]+\s*(?P<t>[^\"”’]{10,300}?)[.]?[\"”’']")


def _study(
    sources: Sequence[SourceText], facts: list[DraftFact], study_id: str | None
) -> tuple[Study, list[str]]:
    notes: list[str] = []
    papers = [s for s in sources if s.role == "paper"] or list(sources)
    title = None
    journal = doi = None
    published: dt.date | None = None
    authors: list[str] = []
    for src in papers:
        raw = src.title or ""
        raw = re.sub(r"\s*[-–—|]\s*(?:abstract|full text|pubmed|pmc)\s*$", "", raw, flags=re.I)
        if m := _CITATION.search(raw):
            citation = m.group(1)
            raw = raw[: m.start()]
            doi = doi or _first(_DOI, citation)
            j = re.match(r"\s*([A-Z][A-Za-z .&]+?)\.?\s+(?:19|20)\d\d", citation)
            journal = journal or (j.group(1).strip() if j else None)
        title = title or (raw.strip() or None)
        value = src.metadata.get("doi")
        if isinstance(value, str):
            doi = doi or _first(_DOI, value)
        value = src.metadata.get("journal")
        if isinstance(value, str) and (m := re.match(r"\s*([^,;(\d]*[^\s,;(\d])", value)):
            journal = journal or m.group(1)  # "journal: The Cryosphere, 19, 1021-1044, 2025"
        value = src.metadata.get("authors")
        if isinstance(value, list) and not authors:
            authors = [str(a) for a in value]
        elif isinstance(value, str) and not authors:
            authors = [a.strip() for a in re.split(r";|,(?:\s+and)?|\s+and\s+", value) if a.strip()]
        date = src.metadata.get("date") or src.metadata.get("published")
        if isinstance(date, dt.date):
            published = published or date
        elif isinstance(date, str):
            published = published or parse_date(date) or _iso(date)
    for src in papers:
        authors = authors or list(src.front.authors)
        journal = journal or src.front.journal
        for line in src.front.lines:
            if m := re.search(r"\bpublished\b", line, re.IGNORECASE):
                published = published or parse_date(line[m.end() :])
    cited = next((c for s in papers + list(sources) if (c := read_citation(s.text))), None)
    if cited:
        authors = authors or list(cited.authors)
        title = title or cited.title
        journal = journal or cited.journal
    everything = " ".join(u.text for s in sources for u in s.units)
    doi = (
        doi
        or _first(_DOI, everything)
        or _first(_DOI, " ".join(str(v) for s in sources for v in s.metadata.values()))
        # a citation or reference line read as front matter ("Published online: ... doi:...")
        or _first(_DOI, " ".join(s.text for s in papers + list(sources)))
    )
    m = _JOURNAL.search(everything)
    if m and (journal is None or _abbreviates(journal, m.group("j"))):
        journal = m.group("j")  # "Journal of Clinical Investigation" over "J Clin Invest"
    for src in sources:
        for u in src.units:
            if re.search(r"\bpublished\b", u.text):
                published = published or _published_date(u.text, src)
    if title is None and (m := _TITLED.search(everything)):
        title = m.group("t").strip()
    if title is None:
        title = next((s.title for s in sources if s.title), None) or "Untitled study"
        notes.append("the title was not found in the sources: write the paper's title in [study]")
    year = published.year if published else None
    ident = study_id or _study_id(authors, title, year)
    subjects = _study_subjects(facts, title)
    study = Study(
        id=ident,
        title=title,
        authors=tuple(authors),
        journal=journal,
        published=published,
        doi=doi,
        institutions=tuple(_institutions(everything)),
        subjects=subjects,
        observational=_observational(title, facts, [s for s in sources if s.role == "paper"]),
    )
    if study.observational:
        for f in facts:
            if f.kind in ("result", "conclusion") and _states_association(f.text):
                f.association = True
    return study, notes


# A study that observes rather than intervenes: its results are associations.
_OBSERVATIONAL = re.compile(
    # "observational" of the study, not of its data ("the observational record is short")
    r"\b(?:observational(?!\s+(?:record|records|data|dataset|datasets|series|network|"
    r"measurements?|products?|estimates?))|cohort|case[- ]control|cross[- ]sectional|"
    r"population[- ]based|"
    r"registry|prospective\s+study|retrospective\s+study|longitudinal\s+study)\b",
    re.IGNORECASE,
)
_INTERVENTION = re.compile(
    r"\b(?:randomi[sz]ed|randomly\s+assigned|placebo|trial)\b", re.IGNORECASE
)


def _states_association(text: str) -> bool:
    """The statement reports an association ("associated with", "linked to"), as the cue
    reader the judge uses reads it."""
    return any(
        c.kind == "correlational" and c.value == "association" and c.scoped
        for c in cues.read(text).cues
    )


def _observational(title: str, facts: Sequence[DraftFact], papers: Sequence[SourceText]) -> bool:
    """Whether the study observes (a cohort, a case-control or cross-sectional study) rather
    than intervenes (a trial): the paper says so (its title, its facts, a "Design:" line),
    and neither its title nor its design speaks of a trial."""
    said = " ".join([title, *(f.text for f in facts), *(src.text for src in papers)])
    design = " ".join([title, *(f.text for f in facts if f.kind == "design")])
    return bool(_OBSERVATIONAL.search(said)) and not _INTERVENTION.search(design)


def _abbreviates(short: str, name: str) -> bool:
    """'J Clin Invest' abbreviates 'Journal of Clinical Investigation'."""
    small = {"of", "the", "and", "for", "in", "&"}
    words = [w for w in name.lower().split() if w not in small]
    parts = [p.strip(".") for p in short.lower().split() if p.strip(".") not in small]
    return len(parts) == len(words) and all(
        w.startswith(p) for p, w in zip(parts, words, strict=True)
    )


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group() if m else None


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip()[:10])
    except ValueError:
        return None


def _published_date(sentence: str, src: SourceText) -> dt.date | None:
    """'published online on July 1, 2021 in ...', or 'published today' in a dated release."""
    if date := parse_date(sentence):
        return date
    if re.search(r"\bpublished\s+today\b", sentence, re.IGNORECASE):
        for value in src.metadata.values():
            if isinstance(value, str) and (date := parse_date(value)):
                return date
    return None


def _study_id(authors: Sequence[str], title: str, year: int | None) -> str:
    if authors:
        surname = authors[0].split()[-1]
        base = _slug(surname)
    else:
        words = [title[t.start : t.end] for t in content_tokens(title) if len(t.norm) > 3][:2]
        base = "-".join(_slug(w) for w in words) or "study"
    return f"{base}{year}" if authors and year else (f"{base}-{year}" if year else base)


def _slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


_FUNDED_BY = re.compile(
    r"\b(?:funded|supported|sponsored|financed|paid\s+for)\s+(?:in\s+part\s+)?by\s+(?:the\s+)?$"
    r"|\b(?:grants?|funding|support)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _institutions(text: str) -> list[str]:
    """The institutions the texts name, each once ("King’s College London" is "King's
    College London"; "Psychology, & Neuroscience" is "Psychology & Neuroscience")."""
    out: list[str] = []
    lex = lexicon()
    found: list[str] = []
    for m in lex.institution.finditer(text):
        if _FUNDED_BY.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # who paid for the work, not where it was done
        if re.search(r"\bJournal\s+of\s+(?:the\s+)?$", text[max(0, m.start() - 25) : m.start()]):
            continue  # "the Journal of School Health": a journal's name
        name = re.split(r"\.\s", m.group())[0].strip(" ,.")  # a name ends with its sentence
        # "X Hospital and the University of Y" names two; "Psychology and Neuroscience" one
        found += re.split(r"\s+(?:and|&)\s+the\s+", name)
    for name in found:
        name = re.sub(r"^(?:The|A|An|New|From|At|By|With|In)\s+", "", name)
        name = re.sub(r"\s+\((?:[A-Za-z]+)\)$", "", name)
        key = _name_key(name)
        if len(name.split()) < 2 or any(key in _name_key(o) or _name_key(o) in key for o in out):
            continue
        out.append(name)
    return out[:8]


def _with_article(name: str) -> str:
    """ "University of Bergen" is "the University of Bergen"; "King's College London" stays."""
    if re.match(
        r"(?:University|Institute|College|School|Department|Centre|Center|Hospital|"
        r"Faculty|Division|Laboratory)\s+(?:of|for)\b",
        name,
    ):
        return "the " + name
    return name


def _name_key(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).replace("’", "'").replace("‘", "'").lower()
    return " ".join(re.sub(r"[^\w']+|\band\b", " ", folded).split())


def _species_words(text: str) -> list[tuple[str, str]]:
    """(class, word) of the subjects a sentence names: ('animal', 'mice'), ('cell', ...)."""
    reading = cues.read(text)
    out = [(c.value, c.text.lower()) for c in reading.cues if c.kind == "species" and c.scoped]
    # "patient IgG", "DNA from patients": an abbreviation names material taken from people
    material = {w.lower() for w in _ACRONYM.findall(text)}
    if not out and human_scope(text, material):
        people = [
            c
            for c in reading.cues
            if c.kind == "population"
            and c.scoped
            # "the Patient Health Questionnaire": a capital mid-sentence names something else
            and not (c.start > 0 and c.text[:1].isupper())
        ]
        out += [("human", c.text.lower()) for c in people[:1]]
    return out


_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")
_IN_SUBJECTS = re.compile(r"\bin\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_PLURAL = {"mouse": "mice", "rat": "rats", "animal": "animals", "patient": "patients"}


def _study_subjects(facts: Sequence[DraftFact], title: str | None = None) -> str | None:
    """Who the results were observed in: the subject the paper's results name most, and
    most of all the one its title and findings say they hold 'in' ("... in diabetic mice";
    "bacteria" given to rats are not the subjects)."""
    counts: Counter[str] = Counter()
    for f in facts:
        if f.kind in ("result", "design") and f.role == "paper":
            for cls, word in _species_words(f.text):
                if cls in ("animal", "cell", "human"):
                    counts[_PLURAL.get(word, word)] += 2 if f.kind == "result" else 1
    said = [f.text for f in facts if f.role == "paper" and f.kind in ("result", "conclusion")]
    for text in [title or "", *said]:
        for c in cues.read(text).cues:
            species = c.kind == "species" and c.value in ("animal", "cell", "human")
            if species and _IN_SUBJECTS.search(text[: c.start]):
                counts[_PLURAL.get(c.text.lower(), c.text.lower())] += 3
    if not counts:
        for f in facts:
            if f.kind in ("result", "design"):
                for _cls, word in _species_words(f.text):
                    counts[_PLURAL.get(word, word)] += 1
    # "stronger in girls": a group the results compare, not who the study was in
    counts = Counter({w: n for w, n in counts.items() if w not in _SUBGROUPS})
    return counts.most_common(1)[0][0] if counts else None


_SUBGROUPS = frozenset(
    {"girls", "boys", "women", "men", "males", "females", "girl", "boy", "woman", "man"}
)


def _subjects(d: Draft) -> None:
    """A result observed in other subjects than the study's names them (`subjects`); a result
    that names none, told in the sentence after one that does, was seen in the same ("...
    tumours in 40 mice. The standard drug alone reduced tumour size by 41%.")."""
    main = scope_class(d.study.subjects) if d.study.subjects else None
    last: tuple[str, int, list[str]] | None = None  # (source, sentence, subjects)
    for f in d.facts:
        at = _ORIGIN.match(f.origin)
        where = (at.group(1), int(at.group(2))) if at else None
        named = _species_words(f.text)
        classes = {cls for cls, _ in named}
        if f.kind == "result" and named and main and main not in classes:
            f.subjects = sorted({_PLURAL.get(w, w) for _, w in named})
        elif (
            f.kind == "result"
            and not named
            and last
            and where
            and where[0] == last[0]
            and 0 <= where[1] - last[1] <= 1
        ):
            f.subjects = list(last[2])
        if where and f.kind in ("result", "design"):
            last = (where[0], where[1], f.subjects) if f.subjects else None


# "from press_release.txt, sentence 14": where a drafted fact was read
_ORIGIN = re.compile(r"^(?:from )?(.+), sentence (\d+)$")


def _terms(study: Study, facts: Sequence[DraftFact]) -> dict[str, list[str]]:
    """Abbreviations the texts define ("fibrosis syndrome (FS)"), with the long form and the
    long form without a generic head word ("fibrosis")."""
    sheet = Sheet(
        path=None,
        study=study,
        facts=tuple(Fact(id=str(i), text=f.text) for i, f in enumerate(facts)),
    )
    heads = lexicon().generic_heads
    out: dict[str, list[str]] = {}
    for short, longs in acronyms(sheet).items():
        phrases = [longs[0].lower() if not longs[0].isupper() else longs[0]]
        words = phrases[0].split()
        if (
            len(words) >= 2
            and words[-1] in heads
            and (len(words) > 2 or words[-1] not in lexicon().instrument_heads)
        ):
            phrases.append(" ".join(words[:-1]))
        out[short] = phrases
    texts = " ".join(f.text for f in facts if f.role == "paper") or " ".join(f.text for f in facts)
    for word, lay in _lay_terms().items():
        if word in out or not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", texts, re.I):
            continue
        if any(word.lower() in (p.lower() for p in v) for v in out.values()):
            continue
        out[word] = list(lay)
    for phrase in [w for w in out if " " in w and w in _lay_terms()]:
        if _adds_nothing(phrase, out) or _made_of_terms(phrase, out):
            del out[phrase]
    if study.subjects and study.subjects not in out:
        names = subject_names(study.subjects)
        if names:
            out[study.subjects] = names
    return out


def _adds_nothing(phrase: str, terms: Mapping[str, Sequence[str]]) -> bool:
    """A term of several words whose every other name is one of its own words or a name the
    sheet already gives one of them ("grip strength" = ["grip"], "locomotor activity" =
    ["movement"] beside locomotor = ["movement"]): it finds nothing its words do not, and
    folding the phrase into one token hides its other words from a claim that uses them
    alone ("less active", "muscle strength")."""
    words = phrase.lower().split()
    given = {n.lower() for w in words for n in terms.get(w, ())}
    return all(n.lower() in words or n.lower() in given for n in terms[phrase])


def _made_of_terms(phrase: str, terms: Mapping[str, Sequence[str]]) -> bool:
    """A lay term of several words each of which is a term of its own ("intraepidermal
    innervation" beside intraepidermal = ["skin"] and innervation = ["nerve fibres"]): the
    words' own names meet a claim that says them apart ("skin biopsies showed few nerve
    fibres"), and folding the phrase into one token would hide the fact from it."""
    keys = {k.lower() for k in terms if k.lower() != phrase.lower()}
    return all(w in keys for w in phrase.lower().split())


def subject_names(subjects: str) -> list[str]:
    """The other words for a study's animals ("mice": "mouse", "murine", "rodents"), from the
    species groups and the class words coverage uses for them."""
    raw = tomllib.loads(data_file("species.toml").read_text(encoding="utf-8"))
    classes = tomllib.loads(data_file("drafting.toml").read_text(encoding="utf-8"))
    word = subjects.lower().strip()
    for group, names in raw["groups"].items():
        if word in names:
            extra = classes.get("subject_class_words", {}).get(group, [])
            return [n for n in (*names, *extra) if n != word]
    return []


@cache
def _lay_terms() -> dict[str, tuple[str, ...]]:
    raw = tomllib.loads(data_file("lay_terms.toml").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in raw["terms"].items()}


_REPORTS_THAT = re.compile(
    r"^[^,;:\"“”]{0,80}?\b(?:show|shows|showed|shown|demonstrate|demonstrates|demonstrated|"
    r"suggest|suggests|suggested|reveal|reveals|revealed|find|finds|found|indicate|indicates|"
    r"indicated|establish|establishes|established|confirm|confirms|confirmed)\s+that\s+",
    re.IGNORECASE,
)


def _proposition(text: str) -> str:
    """What a sentence states, without the frame that reports it ("Our results show that P"
    -> "P") or the earlier view it sets P against: two statements are compared by what they
    say, not by both saying "results"."""
    return without_view_set_against(_REPORTS_THAT.sub("", text, count=1))


def _press_release_against_paper(d: Draft) -> None:
    """A press-release statement that restates a paper fact becomes that fact's wording (the
    paper's certainty stands); a conclusion the paper states more cautiously takes the
    paper's hedge; one the paper's texts do not state is kept at "suggested" at most."""
    paper = [f for f in d.facts if f.role == "paper" and f.kind != "quote"]
    others = [f for f in d.facts if f.role != "paper" and f.kind in ("result", "conclusion")]
    if not paper or not others:
        return
    sheet = Sheet(
        path=None,
        study=d.study,
        facts=tuple(
            Fact(id=str(i), text=_proposition(f.text), kind=f.kind)  # type: ignore[arg-type]
            for i, f in enumerate(paper)
        ),
        terms={k: tuple(v) for k, v in d.terms.items()},
    )
    scores = similarity(sheet, [_proposition(f.text) for f in others])
    drop: set[int] = set()
    for row, f in zip(scores, others, strict=True):
        best = max(range(len(paper)), key=lambda k: row[k])
        target = paper[best]
        if row[best] >= RESTATES and target.kind == f.kind:
            target.also += [t for t in (f.text, *f.also) if t not in target.also]
            drop.add(id(f))
        elif (
            row[best] >= BACKED
            and f.kind == target.kind == "conclusion"
            and cues.rank(f.certainty) > cues.rank(target.certainty)
        ):
            f.certainty = target.certainty
            f.checks = [c for c in f.checks if "certainty" not in c]
            f.checks.append(
                f"certainty lowered to {target.certainty}: the paper states this more "
                "cautiously than the press release does"
            )
        elif row[best] < BACKED:
            if f.kind == "conclusion" and f.certainty == "shown":
                f.certainty = "suggested"
                f.checks = [c for c in f.checks if "certainty" not in c]
                f.checks.append(
                    "certainty kept at suggested: the press release states this, the paper's "
                    "texts given do not; raise it only if the paper shows it"
                )
            elif f.kind == "result":
                f.checks.append("only the press release states this result; is it the study's?")
    d.facts = [f for f in d.facts if id(f) not in drop]


_CONDITION_HEADS = frozenset({"syndrome", "disease", "disorder", "condition", "infection"})
_CONDITION_END = frozenset(
    {"in", "and", "or", "who", "which", "that", "the", "a", "an", "of", "at", "to", "across"}
    | {"around", "worldwide", "today", "now", "is", "are", "was", "were", "will", "could"}
    | {"should", "may", "can", "each", "every", "alone", "globally", "but", "for", "with"}
)


def condition_of(d: Draft) -> str | None:
    """The condition the study is about: of the abbreviations the texts define for a
    syndrome, disease or disorder (or as the subject of their background: "Chronic itch
    (CI) is ..."), the one they use most, by its long form ("chronic itch syndrome (CIS)"
    -> "chronic itch syndrome"; the sheet's term folds in the other names)."""
    text = " ".join(f.text for f in d.facts)
    background = [f.text.lower() for f in d.facts if f.kind == "context"]
    best, most = None, 0
    for short, phrases in d.terms.items():
        long = phrases[0]
        named = long.split()[-1].lower() in _CONDITION_HEADS or any(
            b.startswith(long.lower()) for b in background
        )
        if not _ACRONYM.fullmatch(short) or not named:
            continue
        uses = sum(
            len(re.findall(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE))
            for w in (short, *phrases)
        )
        if uses > most:
            best, most = long, uses
    return best


def passing_background(text: str, condition: str | None = None) -> list[str]:
    """Background a sentence gives in passing, as sentences of their own: "... for the
    millions of people affected" -> "<condition> affects millions of people." (the condition
    the sentence names, or the study's)."""
    lex = lexicon()
    out: list[str] = []
    for m in lex.affected.finditer(text):
        words: list[str] = []
        for w in (m.group("condition") or "").split():
            if w.lower() in _CONDITION_END:
                break
            words.append(w)
        named = " ".join(words)
        link = m.group("link").lower()
        if not named and not link.startswith("affected"):
            continue  # "people with": with what is not said
        subject = named or condition
        if not subject:
            continue
        count = " ".join(m.group("count").split())
        people = f"{count} of people" if re.search(r"ions|ands$", count) else f"{count} people"
        out.append(f"{_capital(subject)} affects {people.lower()}.")
    return out


def _context_of(d: Draft, said: Callable[[DraftFact], list[str]], why: str, check: str) -> None:
    """Context facts that the drafted facts state within themselves (`said` of each), each
    once and not already a fact, from the fact that says it ("<origin> (<why>)")."""
    have = {_key(t) for f in d.facts for t in (f.text, *f.also)}
    added: list[DraftFact] = []
    for f in d.facts:
        for text in said(f):
            if _key(text) in have:
                continue
            have.add(_key(text))
            added.append(
                DraftFact(
                    text=text,
                    kind="context",
                    source=f.source,
                    speaker=f.speaker,
                    origin=f"{f.origin} ({why})",
                    role=f.role,
                    checks=[check],
                )
            )
    d.facts += added


# "... in 2019": a year the sentence dates what it tells by.
# ("since 2000" runs up to now: it dates nothing before the study)
_IN_YEAR = re.compile(r"\b(?:in|by)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b")


def _earlier_events(d: Draft) -> None:
    """A release's statement dated before the study's year that does not speak of the study
    ("The agency classified night work as probably carcinogenic in 2019") is background
    known before it, not a finding or a conclusion of it."""
    if d.study.published is None:
        return
    year = d.study.published.year
    for f in d.facts:
        if f.role == "paper" or f.kind not in ("result", "conclusion"):
            continue
        years = [int(y) for y in _IN_YEAR.findall(f.text)]
        if not years or max(years) >= year or lexicon().study_voice.search(f.text):
            continue
        if _FINDING_THAT.search(f.text):
            continue  # "..., according to a study that used photographs from 1976": its finding
        if first_verb_tense(f.text, load_lexicon()) not in ("past", "perfect"):
            continue
        f.kind, f.certainty = "context", "shown"
        f.checks.append(f"dated {max(years)}, before the study: background; check it")


def _background_institutions(d: Draft) -> None:
    """An organisation the texts name only in background ("The International Agency for
    Research on Cancer classified night work ... in 2019") is not one of the study's."""
    told = " ".join(" ".join(u.text.split()) for s in d.sources for u in s.units)
    background = " ".join(" ".join(f.text.split()) for f in d.facts if f.kind == "context")
    kept = tuple(
        name
        for name in d.study.institutions
        if not (background.count(name) and background.count(name) >= told.count(name))
    )
    if kept != d.study.institutions:
        d.study = replace(d.study, institutions=kept)


def _passing_background(d: Draft) -> None:
    """Background the texts give only in passing (how many people the condition affects)
    becomes a context fact: coverage states it as a sentence of its own, and a claim that
    does is then supported, not taken for the investigator's words it was said in."""
    condition = condition_of(d)
    _context_of(
        d,
        lambda f: [] if f.kind == "bibliographic" else passing_background(f.text, condition),
        "background it gives in passing",
        "background said in passing: check it against what the paper says",
    )


def _prior_view(d: Draft) -> None:
    """The earlier view a finding is set against ("... rather than the currently held view
    that it originates in the brain") becomes a context fact of its own: coverage tells it
    as background ("it has long been thought to start in the brain"), and such a claim is
    then supported, not taken for the finding that overturns it."""
    condition = condition_of(d)

    def view(f: DraftFact) -> list[str]:
        text = view_set_against(f.text) if f.kind in ("result", "conclusion", "quote") else None
        if text and condition:  # "the view that it originates in the brain": the condition
            text = re.sub(r"\b(that|of) it\b", rf"\1 {condition}", text, count=1)
        return [text] if text else []

    _context_of(
        d,
        view,
        "the earlier view it is set against",
        "the earlier view, as the text sets the finding against it: check it",
    )


_NEGATION = re.compile(r"\b(?:not|no|never|nor|unlikely|ineffective)\b|n[’']t\b", re.I)
_TREATMENT = re.compile(
    r"\b(?:therap(?:y|ies)|treatments?|drugs?|medicines?|medications?|interventions?|"
    r"vaccines?)\b[^.;]*?\b(?:may|might|could|can|should|would|likely)\b[^.;]*?\b(?:be\s+)?"
    r"(?:effective|helpful|beneficial|useful|help|benefit|work|improve|prevent|treat)\b"
    r"(?:[^.;]*?\b(?:for|in|against)\s+(?P<condition>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))?",
    re.IGNORECASE,
)


def _treatment_wording(d: Draft) -> None:
    """A conclusion that a treatment may work is the one coverage words as "the findings
    could open the way to new treatments": the first such conclusion (the paper's before
    the release's) takes that wording, so that such a claim is not taken for an
    investigator's hope or left unaligned."""
    for f in sorted(d.facts, key=lambda f: ROLES.index(f.role)):
        if f.kind != "conclusion" or not (m := _TREATMENT.search(f.text)):
            continue
        if _NEGATION.search(m.group()):
            continue  # "X may not be effective"
        _add_wordings(f, "treatment", _named(m.group("condition")) or condition_of(d))
        return


def _named(words: str | None) -> str:
    """The condition a sentence names after "for" or "of", without what follows it."""
    out: list[str] = []
    for w in (words or "").split():
        if w.lower() in _CONDITION_END:
            break
        out.append(w)
    return " ".join(out)


def _add_wordings(f: DraftFact, key: str, condition: str | None, **more: str) -> None:
    if not condition:
        return
    for wording in lexicon().wordings[key]:
        text = wording.format(condition=condition, **more)
        if _key(text) not in {_key(t) for t in (f.text, *f.also)}:
            f.also.append(text)


def _unknown_cause_wording(d: Draft) -> None:
    """A statement that the causes of a condition are not known ("The aetiology of X is not
    fully understood", "X is common and its origin is unclear") takes the words coverage
    uses: "The causes of X are unknown", "The causes of X are not fully understood"."""
    for f in d.facts:
        if f.kind in ("context", "caveat") and (m := lexicon().unknown_cause.search(f.text)):
            if not m.group("condition") and not m.group("its"):
                continue  # "the mechanism is unknown": of what is not said
            state = " ".join(m.group("state").split())
            state = re.sub(r"^(?:is|remains|has)\b", _plural_verb, state, flags=re.I)
            condition = _named(m.group("condition")) or condition_of(d)
            _add_wordings(f, "unknown_cause", condition, state=state)


def _plural_verb(m: re.Match[str]) -> str:
    return {"is": "are", "remains": "remain", "has": "have"}[m.group().lower()]


def _conclusion_scope(d: Draft) -> None:
    """What an animal or cell study shows, it shows in its subjects: a conclusion stated as
    shown that names no one else holds for them (a claim about people widens it)."""
    subjects = d.study.subjects
    if scope_class(subjects) not in ("animal", "cell") or subjects is None:
        return
    for f in d.facts:
        if f.kind != "conclusion" or f.certainty != "shown" or f.subjects:
            continue
        if not _species_words(f.text) and not re.search(r"\bhumans?\b", f.text, re.I):
            f.subjects = [subjects]


def implied_design(text: str) -> str | None:
    """What a result says in passing was done to its subjects, as a design statement:
    "Mice treated with zinc gel healed faster" -> "Mice were treated with zinc gel."."""
    lex = lexicon()
    m = lex.treated.match(text)
    if m is None:
        return None
    subjects = m.group("subjects")
    head = subjects.split()[-1].lower()
    if not (_species_words(subjects) or head in lex.sample_nouns):
        return None
    what = m.group("what").strip(" ,;:")
    if len(what.split()) < 1 or _FINDING_THAT.search(what):
        return None
    subjects = re.sub(r"^(?:in|the|all)\s+", "", subjects, flags=re.IGNORECASE)
    verb = lex.given_forms[" ".join(m.group("given").lower().split())]
    return f"{_capital(subjects)} {verb} {what}."


def _implied_design(d: Draft) -> None:
    """A design the results state only in passing ("Mice treated with X showed Y") is a
    design fact too: coverage describes the method in those words ("the team treated mice
    with X"), and a claim that does is not about the result. Not when the result says
    little else (the two would be too alike to tell apart); a design fact that says the same
    takes it as its wording (`_alike`)."""
    have = {_key(t) for f in d.facts for t in (f.text, *f.also)}
    added: list[tuple[DraftFact, DraftFact]] = []  # (the design, the result it came from)
    for f in list(d.facts):
        if f.kind not in ("result", "conclusion"):
            continue
        text = implied_design(f.text)
        if text is None or _key(text) in have:
            continue
        have.add(_key(text))
        design = DraftFact(
            text=text,
            kind="design",
            source=f.source,
            origin=f"{f.origin} (the design it states in passing)",
            role=f.role,
        )
        d.facts.append(design)
        added.append((design, f))
    if not added:
        return
    sheet = d.sheet()
    index = {id(f): k for k, f in enumerate(d.facts)}
    scores = similarity(sheet, [f.text for _, f in added])
    alike = {
        id(design)
        for row, (design, _) in zip(scores, added, strict=True)
        if row[index[id(design)]] >= ALIKE
    }
    d.facts = [f for f in d.facts if id(f) not in alike]


_HAS_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|could|may|might|causes?|caused|leads?|led|"
    r"plays?|played|drives?|drove|contributes?|contributed|\w{3,}ed)\b",
    re.IGNORECASE,
)


def presupposed(text: str) -> str | None:
    """What a sentence takes as established: "Establishing that X is Y will change Z" ->
    "X is Y."; None when it takes nothing so."""
    lex = lexicon()
    m = lex.presupposing.match(text)
    if m is None:
        return None
    verbs = list(lex.presupposing_verbs.finditer(text, m.end()))
    for k, v in enumerate(verbs):
        said = text[m.end() : v.start()].strip(" ,")
        # "that the drug may cause X will ...": "may" is P's own verb, not the sentence's
        if len(said.split()) >= 3 and (_HAS_VERB.search(said) or k == len(verbs) - 1):
            return _capital(said) + "."
    return None


def _presupposed(d: Draft) -> None:
    """A proposition a text takes as established in passing ("Establishing that X is Y will
    transform ...", often in an investigator's quote) is a conclusion the study's side
    draws: coverage states it, hedged or not. It becomes a conclusion fact (kept at
    "suggested" at most unless the paper states it, `_press_release_against_paper`)."""
    have = {_key(t) for f in d.facts for t in (f.text, *f.also)}
    for f in list(d.facts):
        if f.kind == "bibliographic" or (text := presupposed(f.text)) is None:
            continue
        if _key(text) in have:
            continue
        have.add(_key(text))
        level, _ = certainty_of(text)
        d.facts.append(
            DraftFact(
                text=text,
                kind="conclusion",
                source="paper" if f.role == "paper" else "press-release",
                certainty=level,
                origin=f"{f.origin} (what it takes as established)",
                role=f.role,
                checks=["taken as established in passing: is it what the study concludes?"],
            )
        )


def _subject_caveat(d: Draft) -> None:
    """An animal or cell study whose texts never say so as a limitation gets the caveat
    every such study has: the results were not tested in people."""
    subjects = d.study.subjects
    if scope_class(subjects) not in ("animal", "cell"):
        return
    for f in d.facts:
        if f.kind != "caveat" or not (human_scope(f.text) or re.search(r"\bhumans?\b", f.text)):
            continue
        classes = {cls for cls, _ in _species_words(f.text)}
        if f.not_done or classes & {"animal", "cell"} or cues.read(f.text).of("caveat"):
            return  # the texts say themselves what holds for people
    d.facts.append(
        DraftFact(
            text=f"The study was done in {subjects} only; it did not test whether the findings "
            "hold in people.",
            kind="caveat",
            source="paper",
            origin="claimdiff, for a study in animals or cells",
            id=f"caveat-only-{_slug(subjects or 'subjects')}",
            not_done=True,
            checks=[
                f"added by claimdiff: the results are in {subjects}; say what the paper "
                "says about people (or delete this fact if it tested people too)"
            ],
        )
    )


def _calls_for_research(text: str) -> bool:
    """ "Further research is needed", "longer trials are needed": the cue reader's call for
    more work."""
    return any(c.value == "further-research" for c in cues.read(text).of("caveat"))


def _more_research_caveat(d: Draft) -> None:
    """The caveat nearly every study states in its discussion and nearly all coverage
    repeats ("more research is needed"), when the texts given do not state it: a claim that
    says so is then supported, not aligned to some finding and judged against it."""
    if not d.facts or any(_calls_for_research(f.text) for f in d.facts if f.kind == "caveat"):
        return
    d.facts.append(
        DraftFact(
            text="Further research is needed to confirm the findings and to understand how "
            "they come about.",
            kind="caveat",
            source="paper",
            origin="claimdiff, for every study",
            id="caveat-more-research",
            also=list(lexicon().wordings["more_research"]),
            checks=[
                "added by claimdiff: coverage says this of nearly every study; keep it if "
                "the paper's discussion says so, and name what it says is still to be done"
            ],
        )
    )


def _bibliographic(d: Draft, published: Sequence[str] = ()) -> None:
    """Facts for the title, journal and date, the DOI, the authors and the investigators
    the texts name, ahead of the others."""
    s = d.study
    bib: list[DraftFact] = []
    have = " ".join(f.text for f in d.facts if f.kind == "bibliographic").lower()
    if s.title and s.title != "Untitled study" and s.title.lower() not in have:
        bib.append(
            DraftFact(f"The paper is titled '{s.title}'.", "bibliographic", "paper", id="title")
        )
    dated = s.published is not None and str(s.published.year) not in have
    if s.journal and (s.journal.lower() not in have or dated):
        when = f" on {s.published.day} {s.published:%B %Y}" if s.published else ""
        cited = _citation(d.sources)
        where = ""
        if cited and (m := _VOLUME.search(cited)):
            where = f" (volume {m.group('volume')}, issue {m.group('issue')}"
            where += f", {m.group('page')})" if m.group("page") else ")"
        bib.append(
            DraftFact(
                f"The study was published in {s.journal}{when}{where}.",
                "bibliographic",
                "paper",
                id="journal",
                also=list(published) + ([cited] if cited else []),
            )
        )
    if s.doi:
        bib.append(DraftFact(f"The paper's DOI is {s.doi}.", "bibliographic", "paper", id="doi"))
    if s.authors:
        bib.append(
            DraftFact(
                "The authors are " + _and(s.authors) + ".", "bibliographic", "paper", id="authors"
            )
        )
    if s.institutions and not any(i.lower() in have for i in s.institutions):
        bib.append(
            DraftFact(
                "The research was done at "
                + _and([_with_article(i) for i in s.institutions])
                + ".",
                "bibliographic",
                "press-release" if any(x.role == "press-release" for x in d.sources) else "paper",
                id="institutions",
                checks=["which institution led the study, and which took part?"],
            )
        )
    people: dict[str, tuple[str, list[str]]] = {}
    for src in sorted(d.sources, key=lambda x: x.role == "paper"):
        for name, role in src.metadata.get("people", []):  # type: ignore[attr-defined]
            _, roles = people.setdefault(person_key(name), (name, []))
            if role not in roles:
                roles.append(role)
    described: dict[str, tuple[str, str]] = {}
    for src in d.sources:
        for name, desc in src.metadata.get("described", []):  # type: ignore[attr-defined]
            described.setdefault(person_key(name), (name, desc))
    for key, (name, roles) in people.items():
        text = f"{name} is the study's {_and(roles)}."
        if key in described:
            # "Dr Jane Roe, a surgeon at X, is the study's first author": the title and the
            # place a claim can get wrong
            written, desc = described.pop(key)
            told = all(r in desc.lower() for r in roles)
            text = (
                f"{written}, {desc}."
                if told
                else f"{written}, {desc}, is the study's {_and(roles)}."
            )
        bib.append(
            DraftFact(
                text,
                "bibliographic",
                "press-release",
                id="investigator-" + _slug(name.split()[-1]),
            )
        )
    for written, desc in described.values():
        bib.append(
            DraftFact(
                f"{written}, {desc}.",
                "bibliographic",
                "press-release",
                id="investigator-" + _slug(written.split()[-1]),
            )
        )
    for f in bib:
        f.origin = f.origin or "the study's details"
    d.facts = bib + d.facts


_VOLUME = re.compile(
    r"(?:19|20)\d\d\s*;\s*(?P<volume>\d+)\((?P<issue>[\w-]+)\)(?::\s*(?P<page>[\w-]+))?"
)


def _citation(sources: Sequence[SourceText]) -> str | None:
    """The paper's citation as coverage copies it ("J Clin Invest. 2021;131(13):e144201"),
    from the end of its title line, without the DOI."""
    for src in sources:
        if src.role != "paper" or not src.title:
            continue
        raw = re.sub(
            r"\s*[-–—|]\s*(?:abstract|full text|pubmed|pmc)\s*$", "", src.title, flags=re.I
        )
        if m := _CITATION.search(raw):
            cited = re.split(r"[;,]?\s*doi\s*:", m.group(1), flags=re.I)[0].strip(" ;,")
            if re.search(r"(?:19|20)\d\d", cited) and re.match(r"[A-Z]", cited):
                return cited
    return None


def _and(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


_ID_PREFIX = {"quote": "quote", "caveat": "caveat", "context": "context", "design": "design"}


def _ids(d: Draft) -> None:
    """Readable, unique ids: the fact's most telling words ('cold-sensitivity')."""
    docs = [{t.norm for t in content_tokens(f.text)} for f in d.facts]
    df: Counter[str] = Counter(w for words in docs for w in words)
    limit = max(2, len(d.facts) // 4)
    used: set[str] = set()
    for f in d.facts:
        if f.id:
            used.add(f.id)
    for f in d.facts:
        if f.id:
            continue
        if f.kind == "quote" and f.speaker:
            base = "quote-" + _slug(f.speaker.split()[-1])
        else:
            words: list[str] = []
            for t in content_tokens(f.text):
                w = _slug(f.text[t.start : t.end])
                if (
                    len(w) > 2
                    and not w.isdigit()
                    and df[t.norm] <= limit
                    and w not in words
                    and t.norm not in ("study", "result", "finding", "researcher")
                ):
                    words.append(w)
                if len(words) == 3:
                    break
            base = "-".join(words) or f.kind
            prefix = _ID_PREFIX.get(f.kind)
            if prefix and not base.startswith(prefix):
                base = f"{prefix}-{base}"
        ident, n = base, 2
        while ident.lower() in {u.lower() for u in used}:
            ident, n = f"{base}-{n}", n + 1
        f.id = ident
        used.add(ident)


def similarity(sheet: Sheet, texts: Sequence[str]) -> list[list[float]]:
    """How well each text aligns to each fact of the sheet, by the aligner itself."""
    from claimdiff.model import Claim

    aligner = Aligner(sheet)
    claims = [Claim(index=i, start=0, end=len(t), text=t) for i, t in enumerate(texts)]
    return [[float(x) for x in c.scores] for c in aligner.align(claims).claims]


def _alike(d: Draft) -> None:
    """Merge facts that say the same (a release reprinted with small changes), and mark
    facts that align to each other about as well as to themselves."""
    sheet = d.sheet()
    scores = similarity(sheet, [f.text for f in d.facts])
    gone: set[int] = set()
    for i, f in enumerate(d.facts):
        for j in range(i + 1, len(d.facts)):
            g = d.facts[j]
            if j in gone or i in gone or f.kind != g.kind or f.kind == "bibliographic":
                continue
            if min(scores[i][j], scores[j][i]) >= SAME:
                if g.kind == "quote" and not f.speaker:
                    f.speaker = g.speaker
                if _key(g.text) != _key(f.text):
                    f.also.append(g.text)  # the other wording still helps alignment
                gone.add(j)
    if gone:
        d.facts = [f for k, f in enumerate(d.facts) if k not in gone]
        _alike(d)
        return
    for i, f in enumerate(d.facts):
        for j, g in enumerate(d.facts):
            if j <= i or f.kind == "bibliographic" or g.kind == "bibliographic":
                continue
            if scores[i][j] >= ALIKE and scores[j][i] >= ALIKE:
                f.checks.append(
                    f'too alike to "{g.id}": merge them, or make each say its own point'
                )
                g.checks.append(
                    f'too alike to "{f.id}": merge them, or make each say its own point'
                )


# --------------------------------------------------------------------------- rendering


def toml_string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's; DEL is escaped too)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _list(items: Sequence[str]) -> str:
    return "[" + ", ".join(toml_string(i) for i in items) + "]"


def _key_text(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


KIND_ORDER = ("bibliographic", "design", "result", "conclusion", "caveat", "quote", "context")


def render(d: Draft) -> str:
    """The draft as a schema 2 sheet, with comments telling the user what to check."""
    out: list[str] = [
        f"# Fact sheet drafted by claimdiff {__version__} from the study's own texts:",
    ]
    for src in d.sources:
        pages = f", {src.pages} pages" if src.pages else ""
        out.append(f"#   {src.path.name}: {src.role} ({src.role_reason}{pages})")
    out += [
        "# It loads as it is, but it is a draft: read every fact against the study.",
        "# Lines starting with '# check:' say what the draft guessed. Then run",
        "#   claimdiff sheet check THIS-FILE",
        "# and add the wordings coverage uses to `also` (the viewer can do it as you review).",
        "# The format is described in docs/fact-sheet.md.",
    ]
    for note in d.notes:
        out.append(f"# check: {note}")
    out += ["schema = 2", "", "[study]"]
    s = d.study
    out.append(f"id = {toml_string(s.id)}")
    out.append(f"title = {toml_string(s.title)}")
    if s.authors:
        out.append(f"authors = {_list(s.authors)}")
    if s.journal:
        out.append(f"journal = {toml_string(s.journal)}")
    if s.published:
        out.append(f"published = {s.published.isoformat()}")
    if s.doi:
        out.append(f"doi = {toml_string(s.doi)}")
    if s.institutions:
        out.append(f"institutions = {_list(s.institutions)}")
    if s.observational:
        out.append(
            "observational = true  # check: the study observes, so its results are associations"
        )
    if s.subjects:
        out.append(f"subjects = {toml_string(s.subjects)}  # check: who the results were seen in")
    else:
        out.append('# check: subjects = "..." (who the results were observed in) was not found')
    out += ["", "[terms]"]
    if not d.terms:
        out.append('# abbreviation = ["long form", "other words coverage uses"]')
    for key, phrases in d.terms.items():
        out.append(f"{_key_text(key)} = {_list(phrases)}")
    facts = sorted(d.facts, key=lambda f: KIND_ORDER.index(f.kind))
    current = None
    for f in facts:
        if f.kind != current:
            current = f.kind
            out += ["", f"# ---- {f.kind} " + "-" * max(3, 70 - len(f.kind))]
        out.append("")
        if f.origin:
            out.append(f"# from {f.origin}")
        for check in f.checks:
            out.append(f"# check: {check}")
        out.append("[[facts]]")
        out.append(f"id = {toml_string(f.id)}")
        out.append(f'kind = "{f.kind}"')
        out.append(f'source = "{f.source}"')
        if f.kind in ("result", "conclusion", "caveat"):
            out.append(f'certainty = "{f.certainty}"')
        if f.speaker:
            out.append(f"speaker = {toml_string(f.speaker)}")
        if f.subjects:
            out.append(f"subjects = {_list(f.subjects)}")
        if f.not_done:
            out.append("not_done = true")
        if f.association:
            out.append("association = true  # check: an association, not an effect")
        out.append(f"text = {toml_string(f.text)}")
        if f.rounding:
            pairs = ", ".join(f"{toml_string(k)} = {v:g}" for k, v in f.rounding.items())
            out.append(f"rounding = {{ {pairs} }}")
        if f.also:
            out.append(f"also = {_list(f.also)}")
    text = "\n".join(out) + "\n"
    parse_sheet(text, f"{s.id}.toml")  # a draft that would not load is a bug, not a draft
    return text


def draft_sheet(paths: Sequence[tuple[Path, Role | None]], study_id: str | None = None) -> str:
    """Read the sources and return the drafted sheet's text."""
    sources = [read_source(path, role) for path, role in paths]
    return render(draft(sources, study_id))
