"""Which claims of a document are someone's words: quotation marks, "X said", a pull-quote."""

from __future__ import annotations

import bisect
import re
from collections.abc import Set

from claimdiff.judge.framing import NAME, QUOTE_CHARS, TITLED_NAME, framing_words, role_pattern
from claimdiff.language.textnorm import tokenize
from claimdiff.model import Claim, Document


def attributed(doc: Document, surnames: Set[str], people: Set[str] = frozenset()) -> list[bool]:
    """Which claims are an attributed quote (marks, "X said", or a pull-quote's byline).

    `surnames` are the names the sheet knows (lower case): a person it names is a speaker.
    `people` are the surnames of people it names: alone ("Holm said") they are a person too,
    as is the surname of anyone the article names with a title ("Dr Anna Holm ... Holm said").
    """
    people = {
        *people,
        *(m.group("name").split()[-1].lower() for m in TITLED_NAME.finditer(doc.text)),
    }
    paras = [0] + [m.end() for m in re.finditer(r"\n[ \t\r]*\n", doc.text)]
    para_of = [bisect.bisect_right(paras, c.start) - 1 for c in doc.claims]
    out = [speaks(c, surnames, people) for c in doc.claims]
    # A pull-quote: a paragraph followed by a short line that names a person and a role.
    for i, c in enumerate(doc.claims):
        if i and _attribution_line(c.display) and para_of[i - 1] != para_of[i]:
            para = para_of[i - 1]
            for j in range(i - 1, -1, -1):
                if para_of[j] != para:
                    break
                out[j] = True
    return out


def speaks(claim: Claim, surnames: Set[str], people: Set[str] = frozenset()) -> bool:
    """The claim on its own reads as someone's words (marks or reported speech)."""
    return (
        claim.quoted
        or any(q in claim.text for q in QUOTE_CHARS)
        or _reported_speech(claim.display, surnames, people)
    )


def _reported_speech(text: str, surnames: Set[str], people: Set[str]) -> bool:
    """ "X said ...", "he added", "according to Professor X": words a person said."""
    words = framing_words()
    for t in tokenize(text):
        window = text[max(0, t.start - 70) : t.end + 50]
        if t.norm in words["speech_verbs"] and _mentions_person(window, surnames, people):
            return True
    m = re.search(r"\baccording to\b(.{0,80})", text, re.I)
    return bool(m and _mentions_person(m.group(1), surnames, people))


def _mentions_person(text: str, surnames: Set[str], people: Set[str]) -> bool:
    """A titled name, a pronoun, a role, a person the sheet names, or a known person's
    surname alone ("Holm told reporters")."""
    if TITLED_NAME.search(text) or re.search(r"\b(?:he|she|his|her)\b", text, re.I):
        return True
    if role_pattern().search(text):
        return True
    if any(n.lower().split()[-1] in surnames for n in NAME.findall(text)):
        return True
    return any(w.lower() in people for w in _CAPITALISED.findall(text))


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def _attribution_line(text: str) -> bool:
    """A short line naming a person with a title or role ("Dr Jane Roe, lead author")."""
    words = framing_words()
    toks = tokenize(text)
    if not 2 <= len(toks) <= 14 or text.rstrip().endswith((".", "!", "?")):
        return False
    has_title = toks[0].norm in words["titles"]
    has_role = role_pattern().search(text) is not None
    return bool(NAME.search(text)) and (has_title or has_role) and "," in text
