"""Who wrote the study and where it appeared, as its texts say: a paper's front matter (its
author line and journal line), a reference line ("The paper: Roe J, Doe AB. Title. Journal
2025.") and the roles a press release gives people ("said first author Jane Roe", "Professor
Ann Lee, senior author of the study").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from claimdiff.language.textnorm import UPPER
from claimdiff.locations import data_file

_LOWER = r"[^\W\d_A-Z]"
# "Kearney", "Ferreira-Lund", "O'Riordan"
_WORD = rf"[{UPPER}](?:{_LOWER}+(?:[’'-][{UPPER}]?{_LOWER}+)*|[’'][{UPPER}]{_LOWER}+)"
_TITLE = r"(?:(?:Dr|Prof|Professor|Associate\s+Professor|Mr|Ms|Mrs|Dame|Sir)\.?\s+)"
NAME = rf"{_TITLE}?{_WORD}(?:\s+(?:[{UPPER}]\.\s*)?{_WORD}){{1,2}}"

# The roles a text gives the study's people, as the sheet names them.
_ROLES = {
    "first author": "first author",
    "lead author": "lead author",
    "first-named author": "first author",
    "senior author": "senior author",
    "last author": "senior author",
    "co-senior author": "senior author",
    "corresponding author": "corresponding author",
    "principal investigator": "principal investigator",
    "chief investigator": "principal investigator",
    "lead investigator": "principal investigator",
    "primary investigator": "primary investigator",
    "lead researcher": "lead researcher",
}
_ROLE = r"(?i:" + "|".join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True)) + r")"

_PATTERNS = (
    # "Jane Roe, the study's first author", "Jane Roe of the X Department, the study's ..."
    re.compile(
        rf"(?P<name>{NAME})(?:\s+(?:of|at|from)\s+[^,.;\"“”()]{{3,80}})?,\s+(?:the\s+)?"
        rf"(?:(?:study|paper|trial)(?:[’']s)?\s+)?(?P<role>{_ROLE})\b(?!,?\s+{_WORD})"
    ),
    # "said first author Jane Roe", "Lead author Dr Jane Roe, a ..."
    re.compile(
        rf"\b(?P<role>{_ROLE})(?:\s+of\s+the\s+(?:study|paper|trial|research|review))?,?\s+"
        rf"(?P<name>{NAME})"
    ),
    # "Dr Jane Roe, postdoctoral researcher at X and first author of the study, said"
    re.compile(
        rf"(?P<name>{NAME}),\s+(?:[^,.;\"“”()]{{0,120}}?(?:,\s+|\s+and\s+|\s+))?(?:the\s+)?"
        rf"(?P<role>{_ROLE})\b(?!\s+{_WORD})"
    ),
    # "Contact: Professor Jane Roe, Department of X, Y University (corresponding author)"
    re.compile(rf"(?P<name>{NAME}),[^()\n]{{0,160}}\((?P<role>{_ROLE})\)"),
    # "Correspondence: Jane A. Roe, Usher Institute"
    re.compile(
        rf"(?im:^\s*(?:correspondence|(?P<role>corresponding\s+author))\s*:\s*)(?P<name>{NAME})"
    ),
)


@cache
def _organisation_words() -> frozenset[str]:
    raw = tomllib.loads(data_file("drafting.toml").read_text(encoding="utf-8"))
    return frozenset(w.lower() for w in raw["institution_words"] + raw["department_words"])


def _someone(text: str, m: re.Match[str], group: str = "name") -> bool:
    """The match names a person, not the tail of a place ("Department of Clinical Medicine")."""
    words = {w.lower() for w in m.group(group).split()}
    return words.isdisjoint(_organisation_words()) and not re.search(
        r"\b(?:of|at|for|and|the)\s+$", text[max(0, m.start(group) - 5) : m.start(group)]
    )


def _bare(name: str) -> str:
    return re.sub(rf"^{_TITLE}", "", " ".join(name.split()))


def person_key(name: str) -> str:
    """One key for the forms of one name ("Professor Alasdair J. Kerr", "Alasdair Kerr")."""
    words = [w for w in _bare(name).split() if not re.fullmatch(rf"[{UPPER}]\.", w)]
    return f"{words[0]} {words[-1]}".lower() if words else ""


def people_roles(text: str) -> list[tuple[str, str]]:
    """(name, role) for each person the text gives a role in the study, in order, once."""
    found: list[tuple[int, str, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not _someone(text, m):
                continue
            said = m.group("role") or "corresponding author"
            role = _ROLES[" ".join(said.lower().split())]
            found.append((m.start("name"), _bare(m.group("name")), role))
    out: list[tuple[str, str]] = []
    for _, name, role in sorted(found):
        if not any(person_key(n) == person_key(name) and r == role for n, r in out):
            out.append((name, role))
    return out


# "Dr Jane Roe, a surgeon at the University of York and first author of the study, said":
# who the person is, as the text introduces them before their words
_SAID = r"(?:said|says|added|adds|explained|explains|told|commented|noted|notes)"
_DESCRIBED = re.compile(
    rf"(?P<name>{NAME}),\s+(?P<desc>[^\"“”;:()\n]{{5,160}}?),?\s+{_SAID}\b"
    # ... or after them: '"...," said first author Jane Roe, a PhD student at X.'
    rf"|\b{_SAID}\s+(?:{_ROLE}\s+)?(?P<name2>{NAME})(?:,\s+|\s+(?=(?:of|from|at)\s))"
    r"(?P<desc2>[^\"“”;:()\n]{5,160}?)\.(?:\s|$)"
)
_DESCRIPTION = re.compile(r"^(?:a|an|the|also)\b|\b(?:of|at|from|in)\s+(?:the\s+)?\w")
# someone from outside the study, whom the release asked for a view
_OUTSIDER = re.compile(r"\bnot\s+(?:involved|part|connected)\b|\bindependent\b", re.I)


def people_described(text: str) -> list[tuple[str, str]]:
    """(name as written, with any title; who they are) for each person the text introduces
    before their words, once each: "Dr Jane Roe", "a surgeon at the University of York".
    People from outside the study ("who was not involved in the work") are left out."""
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for m in _DESCRIBED.finditer(text):
        group = "name" if m.group("name") else "name2"
        name = " ".join(m.group(group).split())
        desc = " ".join((m.group("desc") or m.group("desc2")).split())
        if not _someone(text, m, group) or not _DESCRIPTION.search(desc) or _OUTSIDER.search(desc):
            continue
        if (key := person_key(name)) not in seen:
            seen.add(key)
            out.append((name, desc))
    return out


@dataclass(frozen=True, slots=True)
class Citation:
    """A reference to the paper as a press release's notes give it."""

    authors: tuple[str, ...]
    title: str
    journal: str
    text: str  # the whole reference, as written


_SURNAME = rf"(?:(?:van|von|de|der|den|da|di|du|la|le)\s+)*{_WORD}(?:\s+{_WORD})?"
_AUTHOR = rf"{_SURNAME}\s+[{UPPER}]{{1,3}}"
_REFERENCE = re.compile(
    r"^[ \t]*(?:[-•*][ \t]*)?(?i:(?:(?:the|full)\s+)?(?:paper|study|article|reference|citation|"
    r"publication|journal\s+reference))\s*:\s*"
    rf"(?P<authors>{_AUTHOR}(?:,\s*{_AUTHOR}){{0,30}})(?:,\s*et\s+al\.?)?"
    r"(?:,\s*(?:on\s+behalf\s+of|for)\s+the\s+[^.\n]{3,80})?\.\s+"
    r"[\"“]?(?P<title>[^\n\"“”]{10,300}?)(?:[.?!][\"”]?|[\"”]\.?)\s+"
    r"(?P<journal>(?:The\s+)?[A-Z][^\n,;()]{1,80}?)"
    r"(?=\s*(?:,|\(|;|\.\s|\.$|\s+(?:19|20)\d\d|\s+\d+\s*[:;(]|$))",
    re.MULTILINE,
)


def _vancouver(author: str) -> str:
    """ "Kerr AJ" as "A.J. Kerr"."""
    surname, initials = author.rsplit(maxsplit=1)
    return "".join(f"{c}." for c in initials) + " " + surname


def read_citation(text: str) -> Citation | None:
    """The first reference line of the text ("The paper: Roe J, Doe AB. Title. Journal
    (2025). DOI: ..."), or None."""
    m = _REFERENCE.search(text)
    if m is None:
        return None
    authors = re.split(r",\s*", m.group("authors"))
    if len(authors) < 2 and not re.search(r"et\s+al", m.group()):
        return None
    line = text[m.start() : text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text)]
    return Citation(
        authors=tuple(_vancouver(a) for a in authors),
        title=m.group("title").strip(),
        journal=m.group("journal").strip(),
        text=line.strip(),
    )


# ------------------------------------------------------------------ a paper's front matter

_DEGREE = re.compile(
    r"^(?:PhD|DPhil|MD|MSc|MS|MA|BA|BSc|MBChB|MBBS|MPH|DrPH|PharmD|RN|DO|DVM|FRCP|FRCPC|"
    r"MRCP|FMedSci|FRS|MRes|MPhil|Dr\.?\s*med\.?)$"
)
_MARKS = re.compile(r"\s*(?:\([\d,\s*†‡]+\)|[\d*†‡]+(?:,[\d*†‡]+)*)\s*$")
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|la|le|dos|das|del|ter|ten)"
_PERSON = re.compile(
    rf"^{_WORD}(?:\s+(?:[{UPPER}]\.?|[{UPPER}]\.[{UPPER}]\.|{_PARTICLE}|{_WORD})){{1,4}}$"
)
_GROUP = re.compile(r",?\s+(?:on\s+behalf\s+of|for)\s+the\s+.*$", re.IGNORECASE)


def read_author_line(line: str) -> tuple[str, ...]:
    """The names of an author line ("Jane Roe, PhD; John A. Doe, MD", "Ana Sousa (1,2),
    Rui Lima (3)*, for the X Study Group"), or () when the line is not one."""
    line = _GROUP.sub("", line.strip()).strip()
    line = re.sub(r"\s*\([\d,\s*†‡]+\)\s*\*?", " ", line)  # "(1,2)*": affiliation marks
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*|\s+and\s+", line) if p.strip()]
    names = []
    for part in parts:
        part = _MARKS.sub("", part).strip()
        if _DEGREE.match(part):
            continue
        if not _PERSON.match(part):
            return ()
        names.append(part)
    return tuple(names) if len(names) >= 2 else ()


_JOURNAL_LINE = re.compile(
    rf"^(?P<j>(?:The\s+)?[{UPPER}][^\n.,;(]*?(?::\s+[{UPPER}][^\n.,;(]*?)?)"
    r"(?=\s*(?:[.,]\s*(?:published|epub|volume|vol\b|\d)|\s+\d|\s*\(\s*(?:19|20)\d\d|;))",
    re.IGNORECASE,
)
_JOURNAL_MARK = re.compile(r"\bdoi\b|\bpublished\b|\b(?:19|20)\d\d\s*;|\bvolume\b", re.I)


def read_journal_line(line: str) -> str | None:
    """The journal named by a front-matter line ("Circulation: Genomic and Precision
    Medicine. Published online March 11, 2025. 2025;18(2):e004871", "NeuroImage: Clinical 45
    (2025) 103712"), or None."""
    line = line.strip()
    if not _JOURNAL_MARK.search(line) or re.match(r"(?i)(?:published|doi|https?:)", line):
        return None
    m = _JOURNAL_LINE.match(line)
    if m is None:
        return None
    journal = m.group("j").strip()
    return journal if 1 <= len(journal.split()) <= 10 else None


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What the lines above a paper's first section say: its authors and journal, and the
    lines that are neither a statement nor a section (to be left out of the facts)."""

    authors: tuple[str, ...] = ()
    journal: str | None = None
    lines: tuple[str, ...] = ()


_FRONT_LINE = re.compile(
    r"^\s*(?:correspondence|corresponding\s+author|\*\s*corresponding|received|accepted|"
    r"published|doi|https?://|trial\s+registration|keywords|©|copyright)\b"
    r"|\((?:[A-Z]\.(?:[A-Z]\.|-)*,?\s*)+\)"  # "(I.M., R.O.-B.)": whose affiliation it is
    r"|^\s*\(\d+\)\s",  # "(1) Faculty of Pharmacy, ...": a numbered affiliation
    re.IGNORECASE,
)


def read_front_matter(text: str, first_section: int) -> FrontMatter:
    """The front matter of a paper whose first section starts at `first_section`."""
    authors: tuple[str, ...] = ()
    journal = None
    lines = []
    for line in text[:first_section].splitlines():
        if not line.strip():
            continue
        if not authors and (names := read_author_line(line)):
            authors = names
            lines.append(line)
        elif journal is None and (found := read_journal_line(line)):
            journal = found
            lines.append(line)
        elif _FRONT_LINE.search(line):
            lines.append(line)
    return FrontMatter(authors, journal, tuple(lines))
