# ruff: noqa: E501 - the articles are written as they would be on the page
"""Hand-written sheets and checked articles for TUI, review and export tests.

They are built directly from the model's dataclasses, so the tests do not depend on the judge,
whose verdicts change as it improves. The study is invented (green tea and memory in rats).
"""

from __future__ import annotations

import re
from pathlib import Path

from claimdiff.model import (
    ArticleResult,
    Claim,
    ClaimResult,
    Document,
    Dropped,
    Fact,
    Judgement,
    Match,
    Sheet,
    Study,
)

STUDY = Study(
    id="tea-memory-2024",
    title="Green tea extract and spatial memory in aged rats",
    authors=("Mira Okafor", "Jonas Lind"),
    journal="Journal of Nutritional Neuroscience",
    doi="10.0000/jnn.2024.001",
    subjects="rats",
)

FACTS = (
    Fact("journal", "The study was published in the Journal of Nutritional Neuroscience in March "
         "2024.", kind="bibliographic"),
    Fact("cohort", "Forty-eight aged rats were given green tea extract or water for 12 weeks.",
         kind="design"),
    Fact("maze", "Rats given the extract found the hidden platform 30 percent faster in the water "
         "maze.", kind="result"),
    Fact("neurons", "The extract may protect neurons in the hippocampus.", kind="result",
         certainty="suggested"),
    Fact("humans", "Similar effects in people are possible but were not tested.",
         kind="conclusion", certainty="speculated"),
    Fact("rats-only", "All experiments were done in rats, not people.", kind="caveat"),
    Fact("dose", "The dose was far higher than a person drinks in tea.", kind="caveat"),
    Fact("quote-lead", "Lead author Mira Okafor said the results are encouraging but early.",
         kind="quote", source="investigator", certainty="suggested"),
)  # fmt: skip

SHEET = Sheet(path=Path("tea-memory.toml"), study=STUDY, facts=FACTS)

ARTICLE = """Green tea boosts memory, scientists prove

A new study shows that green tea makes people remember better.

Researchers gave 48 aged rats green tea extract for 12 weeks. The rats found the hidden platform 30 percent faster.

BUY GREEN TEA NOW with code TEA10!

The study was published in the Journal of Nutritional Neuroscience in 2023.

Scientists believe the extract will cure dementia. "These results are encouraging but early," said Mira Okafor.

The rats found the hidden platform 30 percent faster.

Follow us on social media.
"""

# (sentence, kind, fact, verdict, reasons)
CLAIMS = [
    ("Green tea boosts memory, scientists prove", "headline", "maze", "overstated",
     ('certainty: the claim says "prove" where the study shows a maze result',
      "scope: the claim is about people; the finding is in rats")),
    ("A new study shows that green tea makes people remember better.", "sentence", "maze",
     "overstated", ("scope: the claim is about people; the finding is in rats",)),
    ("Researchers gave 48 aged rats green tea extract for 12 weeks.", "sentence", "cohort",
     "supported", ()),
    ("The rats found the hidden platform 30 percent faster.", "sentence", "maze", "supported",
     ()),
    ("The study was published in the Journal of Nutritional Neuroscience in 2023.", "sentence",
     "journal", "misreported", ("date: 2024 in the study, 2023 in the claim",)),
    ("Scientists believe the extract will cure dementia.", "sentence", None, "unsupported",
     ("reports a finding but matches no fact of the study", "benefit: promises a cure")),
    ('"These results are encouraging but early," said Mira Okafor.', "sentence", "quote-lead",
     "supported", ()),
    ("Follow us on social media.", "sentence", None, "background", ()),
]  # fmt: skip

WORD = re.compile(r"\w+")


def shared(a: str, a_offset: int, b: str) -> tuple[tuple[int, int], ...]:
    words = {w.casefold() for w in WORD.findall(b) if len(w) > 3 or w.isdigit()}
    return tuple(
        (a_offset + m.start(), a_offset + m.end())
        for m in WORD.finditer(a)
        if m.group().casefold() in words
    )


def article_result(
    path: Path = Path("tea-boosts-memory.txt"), text: str = ARTICLE
) -> ArticleResult:
    """The tea article, checked by hand: 8 claims, 2 dropped passages.

    With another `text` (an edited article), claims no longer in it are left out.
    """
    facts = {f.id: f for f in FACTS}
    results = []
    at = 0
    for sentence, kind, fact_id, verdict, reasons in CLAIMS:
        start = text.find(sentence, at)
        if start < 0:
            continue
        index = len(results)
        end = start + len(sentence)
        at = end
        claim = Claim(index, start, end, sentence, kind=kind)  # type: ignore[arg-type]
        if fact_id is None:
            match = Match(None, 0.21, runner_up=(("neurons", 0.2),))
        else:
            fact = facts[fact_id].text
            match = Match(
                fact_id,
                0.62 + 0.03 * index,
                shared(sentence, start, fact),
                shared(fact, 0, sentence),
                runner_up=(("neurons", 0.4), ("humans", 0.35)),
            )
        results.append(ClaimResult(claim, match, Judgement(verdict, reasons)))  # type: ignore[arg-type]
    spam = "BUY GREEN TEA NOW with code TEA10!"
    repeat = "The rats found the hidden platform 30 percent faster."
    dropped = [
        Dropped(text.index(spam), text.index(spam) + len(spam), "shop chrome: a discount code"),
    ]
    second = text.index(repeat, text.index(repeat) + 1)
    dropped.append(Dropped(second, second + len(repeat), "repeat of an earlier sentence"))
    doc = Document(path=path, text=text, title=CLAIMS[0][0], claims=[r.claim for r in results])
    doc.dropped = sorted(dropped, key=lambda d: d.start)
    return ArticleResult(document=doc, results=results)


SECOND = """Tea compound helps old rats learn a maze

Aged rats given green tea extract for 12 weeks learned a water maze faster, researchers report.

The extract may protect neurons in the hippocampus, the team suggests.
"""


def second_result(path: Path = Path("tea-compound-rats.txt")) -> ArticleResult:
    """A careful article: everything supported."""
    rows = [
        ("Tea compound helps old rats learn a maze", "headline", "maze"),
        ("Aged rats given green tea extract for 12 weeks learned a water maze faster, "
         "researchers report.", "sentence", "cohort"),
        ("The extract may protect neurons in the hippocampus, the team suggests.", "sentence",
         "neurons"),
    ]  # fmt: skip
    facts = {f.id: f for f in FACTS}
    results = []
    for index, (sentence, kind, fact_id) in enumerate(rows):
        start = SECOND.index(sentence)
        claim = Claim(index, start, start + len(sentence), sentence, kind=kind)  # type: ignore[arg-type]
        fact = facts[fact_id].text
        match = Match(fact_id, 0.7, shared(sentence, start, fact), shared(fact, 0, sentence))
        results.append(ClaimResult(claim, match, Judgement("supported")))
    doc = Document(path=path, text=SECOND, title=rows[0][0], claims=[r.claim for r in results])
    return ArticleResult(document=doc, results=results)


VERDICT_CYCLE = ["supported", "overstated", "supported", "background", "misreported",
                 "supported", "unsupported"]  # fmt: skip


def big_result(sentences: int = 2000, path: Path = Path("big-article.txt")) -> ArticleResult:
    """A long article: `sentences` claims in paragraphs of five, verdicts cycling."""
    parts: list[str] = []
    results = []
    at = 0
    for i in range(sentences):
        fact = FACTS[i % len(FACTS)]
        sentence = f"Sentence {i + 1} restates that {fact.text[0].lower()}{fact.text[1:]}"
        sep = "\n\n" if i % 5 == 4 else " "
        parts.append(sentence + sep)
        claim = Claim(i, at, at + len(sentence), sentence)
        verdict = VERDICT_CYCLE[i % len(VERDICT_CYCLE)]
        fact_id = None if verdict in ("unsupported", "background") else fact.id
        spans = shared(sentence, at, fact.text) if fact_id else ()
        match = Match(fact_id, 0.7, spans, shared(fact.text, 0, sentence) if fact_id else ())
        results.append(ClaimResult(claim, match, Judgement(verdict, (f"cue {i}",))))  # type: ignore[arg-type]
        at += len(sentence) + len(sep)
    text = "".join(parts)
    doc = Document(
        path=path, text=text, title="A very long article", claims=[r.claim for r in results]
    )
    return ArticleResult(document=doc, results=results)


SHEET_TOML = """schema = 1

[study]
id = "tea-memory-2024"
title = "Green tea extract and spatial memory in aged rats"
authors = ["Mira Okafor", "Jonas Lind"]
journal = "Journal of Nutritional Neuroscience"
published = 2024-03-01
doi = "10.0000/jnn.2024.001"
subjects = "rats"

[terms]
rats = ["rat", "rodents", "animals"]
"green tea extract" = ["green tea", "tea extract", "the extract"]

[[facts]]
id = "journal"
kind = "bibliographic"
source = "paper"
certainty = "shown"
text = "The study was published in the Journal of Nutritional Neuroscience in March 2024."

[[facts]]
id = "cohort"
kind = "design"
source = "paper"
certainty = "shown"
text = "Forty-eight aged rats were given green tea extract or water for 12 weeks."

[[facts]]
id = "maze"
kind = "result"
source = "paper"
certainty = "shown"
text = "Rats given the extract found the hidden platform 30 percent faster in the water maze."

[[facts]]
id = "neurons"
kind = "result"
source = "paper"
certainty = "suggested"
text = "The extract may protect neurons in the hippocampus."

[[facts]]
id = "rats-only"
kind = "caveat"
source = "paper"
certainty = "shown"
text = "All experiments were done in rats, not people."
"""


def write_case(folder: Path) -> tuple[Path, list[Path]]:
    """The sheet (TOML) and the two articles as files, for tests of the real pipeline."""
    folder.mkdir(parents=True, exist_ok=True)
    sheet = folder / "tea-memory.toml"
    sheet.write_text(SHEET_TOML, encoding="utf-8")
    first = folder / "tea-boosts-memory.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second = folder / "tea-compound-rats.txt"
    second.write_text(SECOND, encoding="utf-8")
    return sheet, [first, second]
