"""A deterministic corpus of realistic articles and a matching fact sheet, for speed benchmarks.

    python benchmarks/corpus.py [--articles 1000] [--sentences 40] [--seed 0] [--out DIR]

Everything is built from real sentences, never invented prose:

- the fact sheet (schema 1, about 50 facts) from the sentences of the SciFact abstracts that
  the most SciFact claims cite, with `[terms]` from the abbreviations those abstracts define
  ("myeloid-derived suppressor cells (MDSC)") and `also` phrasings from the SciFact claims
  whose evidence is that very sentence;
- the articles from those facts (verbatim, or drifted the way coverage drifts: a hedge made
  firm, mice made people, a number changed, a clause dropped, a reporting frame added), the
  SciFact claims citing the study, and unrelated real sentences (Yu et al. press-release and
  PubMed sentences, InSciOut press-release sentences, other SciFact abstracts and claims,
  Citation-Integrity reference sentences, the sample articles), drawn without replacement
  until the pool is used up and sometimes drifted, so articles overlap no more than
  syndicated coverage does;
- laid out as articles are: a headline, a standfirst, a byline, paragraphs, sub-headings, and
  a little web noise (share and comment-form lines, a photo credit, a line of spam in another
  script, a repeated paragraph) so that the cleaner and the segmenter do real work. About one
  article in five is Markdown with YAML front matter.

The external data is looked up in `$CLAIMDIFF_EXTERNAL`, else `../shared/eval/external`
beside the checkout. Without it the corpus is built from the sample articles alone (and says
so in `Corpus.sources`). The same arguments always give byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "articles"

DEFAULT_ARTICLES = 1000
DEFAULT_SENTENCES = 40
DEFAULT_FACTS = 50
DEFAULT_SEED = 0
MARKDOWN_SHARE = 0.2  # about one article in five is Markdown with front matter


def default_external() -> Path:
    """The public datasets folder: $CLAIMDIFF_EXTERNAL or ../shared/eval/external."""
    env = os.environ.get("CLAIMDIFF_EXTERNAL")
    return Path(env) if env else ROOT.parent / "shared" / "eval" / "external"


@dataclass(frozen=True, slots=True)
class Corpus:
    """What `generate` wrote."""

    root: Path
    sheet: Path
    articles: tuple[Path, ...]
    sentences: int  # article sentences written (headlines and sub-headings included)
    facts: int
    noise_lines: int  # web furniture and spam lines written
    repeats: int  # paragraphs written twice
    external: bool  # built with the public datasets (False: from the sample articles alone)
    sources: dict[str, int] = field(default_factory=dict)  # sentences drawn, per source

    @property
    def folder(self) -> Path:
        """The folder holding every article (and nothing else)."""
        return self.root / "articles"


# --------------------------------------------------------------------------- real sentences

_SPLIT = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z])")
_LATIN = re.compile(r"^[\x20-\x7e\u00a0-\u024f\u2010-\u2027\u00b0-\u00ff]*$")


def _usable(sentence: str) -> bool:
    """A clean English sentence of ordinary length (no stray markup, no other script)."""
    return (
        40 <= len(sentence) <= 320
        and sentence[-1] in '.!?"”'
        and sentence[0].isalnum()
        and _LATIN.match(sentence) is not None
        and not any(mark in sentence for mark in ("http", "www.", "@", "*", "#", "|", "\t"))
    )


def _sentences(text: str) -> list[str]:
    out = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = " ".join(paragraph.split())
        out.extend(s for s in _SPLIT.split(paragraph) if _usable(s))
    return out


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@dataclass(slots=True)
class _Sources:
    """Real sentences by role, each list in a fixed order."""

    abstracts: list[tuple[str, list[str]]]  # (title, sentences) of study candidates
    claims: dict[int, list[tuple[str, dict[int, list[int]]]]]  # abstract index -> claims
    background: dict[str, list[str]]  # source name -> unrelated sentences
    external: bool


def _load_sources(external: Path) -> _Sources:
    samples = []
    for path in sorted(SAMPLES.iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md"):
            samples.extend(_sentences(path.read_text(encoding="utf-8")))
    if not (external / "scifact" / "corpus_cited.jsonl").is_file():
        # Samples only: each sample article stands in for an abstract.
        abstracts = []
        for path in sorted(SAMPLES.iterdir()):
            if path.is_file() and path.suffix in (".txt", ".md"):
                found = _sentences(path.read_text(encoding="utf-8"))
                abstracts.append((found[0].rstrip("."), found))
        return _Sources(abstracts, {}, {"samples": samples}, external=False)

    docs = _jsonl(external / "scifact" / "corpus_cited.jsonl")
    claims = _jsonl(external / "scifact" / "claims_train.jsonl")
    claims += _jsonl(external / "scifact" / "claims_dev.jsonl")
    cited = Counter(d for c in claims for d in c["cited_doc_ids"])
    # The most cited abstracts first (ties by doc id), so the study is well covered by claims.
    docs.sort(key=lambda d: (-cited[d["doc_id"]], d["doc_id"]))
    abstracts = [(d["title"].rstrip("."), [s.strip() for s in d["abstract"]]) for d in docs]
    position = {d["doc_id"]: i for i, d in enumerate(docs)}
    by_abstract: dict[int, list[tuple[str, dict[int, list[int]]]]] = {}
    for c in claims:
        evidence: dict[int, list[int]] = {}
        for doc_id, sets in c["evidence"].items():
            evidence[position.get(int(doc_id), -1)] = [i for s in sets for i in s["sentences"]]
        for doc_id in c["cited_doc_ids"]:
            if doc_id in position:
                by_abstract.setdefault(position[doc_id], []).append((c["claim"], evidence))

    background: dict[str, list[str]] = {"samples": samples}
    yu = external / "yu_claim_strength"
    for name in ("annotated_eureka.csv", "annotated_pubmed.csv"):
        if (yu / name).is_file():
            with (yu / name).open(encoding="utf-8", newline="") as f:
                rows = [r["sentence"].strip() for r in csv.DictReader(f)]
            background[f"yu-{name.split('_')[1].split('.')[0]}"] = [r for r in rows if _usable(r)]
    insciout = external / "insciout_exaggeration"
    if insciout.is_dir():
        rows = []
        for path in sorted(insciout.glob("insciout_*.jsonl")):
            for r in _jsonl(path):
                rows.extend(_sentences(r["press_release_conclusion"]))
        background["insciout-press"] = rows
    citint = external / "citation_integrity" / "citint_corpus_devtest.jsonl"
    if citint.is_file():
        background["citint-papers"] = [
            s.strip() for d in _jsonl(citint) for s in d["abstract"] if _usable(s.strip())
        ]
    return _Sources(abstracts, by_abstract, background, external=True)


# --------------------------------------------------------------------------- the fact sheet

_ABBREVIATION = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,6})\(([A-Z][A-Za-z0-9-]{1,9})\)")
_HEDGED = re.compile(r"\b(may|might|could|suggests?|suggested|indicates?|possibl[ey])\b", re.I)
_RESULT = re.compile(r"\b(we (found|show|observed|report|demonstrate)|was|were|increased)\b", re.I)
_DESIGN = re.compile(
    r"\b(we (used|analy[sz]ed|studied|performed|enrolled)|participants|cohort"
    r"|randomi[sz]ed|trial|samples)\b",
    re.I,
)
_CAVEAT = re.compile(r"\b(however|limited|further (study|studies|research)|unclear)\b", re.I)
_SUBJECTS = ("mice", "rats", "patients", "adults", "children", "women", "men", "cells")


def _abbreviations(sentences: Iterable[str]) -> dict[str, list[str]]:
    """Abbreviations defined in parentheses whose initials match the words before them."""
    terms: dict[str, list[str]] = {}
    for sentence in sentences:
        for m in _ABBREVIATION.finditer(sentence):
            short = m.group(2)
            letters = [ch for ch in short if ch.isupper()]
            words = re.split(r"[\s-]+", m.group(1).strip())
            if len(letters) < 2 or len(words) < len(letters):
                continue
            phrase_words = words[-len(letters) :]
            if all(w[:1].upper() == ch for w, ch in zip(phrase_words, letters, strict=True)):
                phrase = " ".join(phrase_words)
                if phrase.lower() != short.lower() and phrase not in terms.get(short, []):
                    terms.setdefault(short, []).append(phrase)
    return terms


def _kind(sentence: str, position: int, last: int) -> str:
    if position == 0:
        return "context"
    if position == last:
        return "conclusion"
    if _CAVEAT.search(sentence):
        return "caveat"
    if _DESIGN.search(sentence):
        return "design"
    return "result" if _RESULT.search(sentence) or position > 1 else "context"


def toml_string(value: str) -> str:
    """A TOML basic string (every control character escaped)."""
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


@dataclass(slots=True)
class _Fact:
    id: str
    text: str
    kind: str
    certainty: str
    also: list[str]


def _build_sheet(sources: _Sources, n_facts: int) -> tuple[str, list[_Fact], list[int]]:
    """The sheet's TOML text, its facts, and the abstracts it was drawn from."""
    facts: list[_Fact] = []
    used: list[int] = []
    for index, (_, sentences) in enumerate(sources.abstracts):
        if len(facts) >= n_facts:
            break
        usable = [(i, s) for i, s in enumerate(sentences) if _usable(s)]
        if not usable:
            continue
        used.append(index)
        for i, sentence in usable[: n_facts - len(facts)]:
            also = [
                claim
                for claim, evidence in sources.claims.get(index, [])
                if i in evidence.get(index, ())
            ][:2]
            facts.append(
                _Fact(
                    id=f"a{len(used)}-s{i + 1}",
                    text=sentence,
                    kind=_kind(sentence, i, len(sentences) - 1),
                    certainty="suggested" if _HEDGED.search(sentence) else "shown",
                    also=also,
                )
            )
    texts = [f.text for f in facts]
    words = Counter(w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t))
    subjects = max(_SUBJECTS, key=lambda s: (words[s], -_SUBJECTS.index(s)))
    title = sources.abstracts[used[0]][0]
    lines = [
        "# Generated by benchmarks/corpus.py for speed benchmarks: real abstract sentences.",
        "schema = 1",
        "",
        "[study]",
        'id = "bench-study"',
        f"title = {toml_string(title)}",
        'authors = ["A. Author", "B. Author"]',
        'journal = "Journal of Benchmarks"',
        "published = 2021-07-01",
        f"subjects = {toml_string(subjects)}",
        "",
        "[terms]",
    ]
    for short, phrases in sorted(_abbreviations(texts).items()):
        lines.append(f"{toml_string(short)} = {_toml_list(phrases)}")
    for fact in facts:
        lines += [
            "",
            "[[facts]]",
            f"id = {toml_string(fact.id)}",
            f"kind = {toml_string(fact.kind)}",
        ]
        lines.append(f"certainty = {toml_string(fact.certainty)}")
        lines.append(f"text = {toml_string(fact.text)}")
        if fact.also:
            lines.append(f"also = {_toml_list(fact.also)}")
    return "\n".join(lines) + "\n", facts, used


# --------------------------------------------------------------------------- drift

_FIRMER = (
    (r"\bsuggests\b", "proves"),
    (r"\bsuggest\b", "prove"),
    (r"\bmay\b", "will"),
    (r"\bmight\b", "does"),
    (r"\bcould\b", "will"),
    (r"\bindicates?\b", "shows"),
    (r"\bis associated with\b", "causes"),
    (r"\bwere associated with\b", "caused"),
)
_WIDER = ((r"\bmice\b", "people"), (r"\brats\b", "humans"), (r"\bpatients\b", "everyone"))
_FRAMES = (
    "Researchers found that ",
    "The study shows that ",
    "According to the researchers, ",
    "Scientists say ",
    "The authors report that ",
)


def _drift(sentence: str, rng: random.Random) -> str:
    """The sentence as coverage might report it: 0 to 2 drifts, all of them general."""
    out = sentence
    for _ in range(rng.choice((0, 1, 1, 2))):
        move = rng.randrange(5)
        if move == 0:
            for pattern, repl in _FIRMER:
                if re.search(pattern, out):
                    out = re.sub(pattern, repl, out, count=1)
                    break
        elif move == 1:
            for pattern, repl in _WIDER:
                if re.search(pattern, out):
                    out = re.sub(pattern, repl, out, count=1)
                    break
        elif move == 2:
            numbers = list(re.finditer(r"\b\d+\b", out))
            if numbers:
                m = rng.choice(numbers)
                out = f"{out[: m.start()]}{int(m.group()) * 2 + 1}{out[m.end() :]}"
        elif move == 3:
            words = out.rstrip(".").split()
            if len(words) > 12:
                out = " ".join(words[: max(8, len(words) * 2 // 3)]).rstrip(",;:-") + "."
        elif not out.startswith(_FRAMES) and out[:1].isupper() and not out[1:2].isupper():
            out = rng.choice(_FRAMES) + out[0].lower() + out[1:]
    return out


# --------------------------------------------------------------------------- web noise

_SHARE = (
    "Share this article: Facebook Twitter LinkedIn Email",
    "Share on Facebook | Share on X | Share via Email",
    "Click to share on Twitter (Opens in new window)",
)
_COMMENT = (
    "Leave a Reply Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
)
_FURNITURE = (
    "Advertisement",
    "Photo: Getty Images",
    "Subscribe to our newsletter for the latest science news.",
    "Related posts",
    "Skip to main content",
)
_SPAM = (  # one line of casino advertising in another script, as content farms inject
    "كازينو اون لاين بأفضل العروض",
    "Лучшие онлайн казино с бонусами",
)
_SUBHEADINGS = (
    "What the researchers found",
    "How the study worked",
    "What it means for patients",
    "Limitations",
    "What comes next",
    "Background",
)
_NAMES = ("Alex Morgan", "Sam Patel", "Jordan Lee", "Robin Okafor", "Kim Schmidt")


# --------------------------------------------------------------------------- articles


STUDY_SHARE = 0.35  # of article sentences report the study; the rest are unrelated


@dataclass(slots=True)
class _Pools:
    reporting: list[str]  # sentences about the study (facts, their phrasings, cited claims)
    background: list[tuple[str, str]]  # (source, sentence) unrelated to the study
    _order: list[int] = field(default_factory=list)

    def next_background(self, rng: random.Random) -> tuple[str, str]:
        """Unrelated sentences drawn without replacement (a new shuffle when all are used),
        so articles repeat each other no more than real coverage does."""
        if not self._order:
            self._order = list(range(len(self.background)))
            rng.shuffle(self._order)
        return self.background[self._order.pop()]


def _pools(sources: _Sources, facts: list[_Fact], used: list[int]) -> _Pools:
    reporting = [f.text for f in facts] + [a for f in facts for a in f.also]
    for index in used:
        reporting += [claim for claim, _ in sources.claims.get(index, [])]
    background = [(name, s) for name, rows in sorted(sources.background.items()) for s in rows]
    taken = set(used)
    for index, (_, sentences) in enumerate(sources.abstracts):
        if index not in taken:
            background += [("scifact-abstracts", s) for s in sentences if _usable(s)]
    if sources.external:
        for index in sorted(sources.claims):
            if index not in taken:
                background += [("scifact-claims", c) for c, _ in sources.claims[index]]
    reported = set(reporting)
    first: dict[str, str] = {}  # each distinct sentence once, under the first source seen
    for name, text in background:
        if text not in reported:
            first.setdefault(text, name)
    return _Pools(reporting, [(name, text) for text, name in first.items()])


def _article(
    number: int, pools: _Pools, n_sentences: int, rng: random.Random, tally: Counter
) -> tuple[str, str, int, int, int]:
    """One article: (suffix, text, sentences written, noise lines, repeated paragraphs)."""

    def sentence() -> str:
        if rng.random() < STUDY_SHARE:
            tally["study"] += 1
            return _drift(rng.choice(pools.reporting), rng)
        source, text = pools.next_background(rng)
        tally[source] += 1
        return _drift(text, rng) if rng.random() < 0.3 else text

    markdown = rng.random() < MARKDOWN_SHARE
    headline = _drift(rng.choice(pools.reporting), rng).rstrip(".")
    standfirst = sentence()
    written = 2
    paragraphs: list[str] = []
    body: list[str] = []  # paragraphs and headings, in order
    noise = repeats = 0
    while written < n_sentences:
        if paragraphs and rng.random() < 0.12 and written + 1 < n_sentences:
            heading = rng.choice(_SUBHEADINGS)
            body.append(f"## {heading}" if markdown else heading)
            written += 1
        size = min(rng.randint(2, 5), n_sentences - written)
        paragraph = " ".join(sentence() for _ in range(size))
        if markdown and rng.random() < 0.1:
            paragraph = f"**{paragraph}**"
        paragraphs.append(paragraph)
        body.append(paragraph)
        written += size
        if rng.random() < 0.08:
            body.append(rng.choice(_FURNITURE))
            noise += 1
    if rng.random() < 0.5 and len(paragraphs) > 2:  # a repeated paragraph, as scrapers make
        body.insert(rng.randint(len(body) // 2, len(body)), rng.choice(paragraphs[:3]))
        repeats += 1
    if rng.random() < 0.1:
        body.insert(rng.randint(1, len(body) - 1), rng.choice(_SPAM))
        noise += 1
    if rng.random() < 0.7:
        body.insert(rng.randint(1, len(body)), rng.choice(_SHARE))
        noise += 1
    if rng.random() < 0.5:
        body.append("\n".join(_COMMENT[: rng.randint(1, len(_COMMENT))]))
        noise += 1
    date = f"{2021 + number % 3}-{1 + number % 12:02d}-{1 + number % 28:02d}"
    byline = f"By {rng.choice(_NAMES)} | {date}"

    if markdown:
        head = [
            "---",
            f"title: {json.dumps(headline, ensure_ascii=False)}",
            f"description: {json.dumps(standfirst, ensure_ascii=False)}",
            f"date: '{date}'",
            f"author: {rng.choice(_NAMES)}",
            "tags:",
            "  - science",
            "  - health",
            "---",
            "",
        ]
        text = "\n".join(head) + "\n\n".join(body) + "\n"
        return ".md", text, written, noise, repeats
    parts = [headline, standfirst, byline, *body]
    noise += 1  # the byline
    return ".txt", "\n\n".join(parts) + "\n", written, noise, repeats


# --------------------------------------------------------------------------- entry point


def generate(
    out: Path | None = None,
    *,
    articles: int = DEFAULT_ARTICLES,
    sentences: int = DEFAULT_SENTENCES,
    facts: int = DEFAULT_FACTS,
    seed: int = DEFAULT_SEED,
    external: Path | None = None,
) -> Corpus:
    """Write `articles` articles of about `sentences` sentences and a sheet of `facts` facts.

    `out` is created if needed (a new temporary folder when None); the articles go in
    `out/articles/`, the sheet is `out/study.toml`.
    """
    if articles < 1 or sentences < 4 or facts < 1:
        raise ValueError("need at least 1 article, 4 sentences per article and 1 fact")
    root = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="claimdiff-corpus-"))
    folder = root / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():  # a re-run into the same folder leaves no stale articles
        if old.is_file() and old.suffix in (".txt", ".md"):
            old.unlink()

    sources = _load_sources(external if external is not None else default_external())
    sheet_text, fact_list, used = _build_sheet(sources, facts)
    sheet = root / "study.toml"
    sheet.write_text(sheet_text, encoding="utf-8")
    pools = _pools(sources, fact_list, used)

    rng = random.Random(seed)
    tally: Counter = Counter()
    paths = []
    written = noise = repeats = 0
    width = max(4, len(str(articles)))
    for number in range(1, articles + 1):
        n = max(4, round(rng.gauss(sentences, sentences / 8)))
        suffix, text, w, k, r = _article(number, pools, n, rng, tally)
        path = folder / f"article-{number:0{width}d}{suffix}"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        written, noise, repeats = written + w, noise + k, repeats + r
    return Corpus(
        root=root,
        sheet=sheet,
        articles=tuple(paths),
        sentences=written,
        facts=len(fact_list),
        noise_lines=noise,
        repeats=repeats,
        external=sources.external,
        sources=dict(sorted(tally.items())),
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", "-n", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--sentences", type=int, default=DEFAULT_SENTENCES, help="per article")
    parser.add_argument("--facts", type=int, default=DEFAULT_FACTS)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=None, help="default: a new temporary folder")
    parser.add_argument("--external", type=Path, default=None, help="public datasets folder")
    args = parser.parse_args(argv)
    corpus = generate(
        args.out,
        articles=args.articles,
        sentences=args.sentences,
        facts=args.facts,
        seed=args.seed,
        external=args.external,
    )
    print(f"sheet:    {corpus.sheet} ({corpus.facts} facts)")
    print(f"articles: {corpus.folder} ({len(corpus.articles)} files, {corpus.sentences} sentences)")
    print(f"noise:    {corpus.noise_lines} lines, {corpus.repeats} repeated paragraphs")
    print("sources:  " + ", ".join(f"{k} {v}" for k, v in corpus.sources.items()))
    if not corpus.external:
        print("external data absent: built from the sample articles alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
