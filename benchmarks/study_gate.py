"""Does an article report the sheet's study? Build the word-rarity table and measure the gate.

    python benchmarks/study_gate.py build     # writes src/claimdiff/data/word_rarity.tsv
    python benchmarks/study_gate.py           # measures the gate on every (sheet, article) pair

`build` counts, for each word, the documents it occurs in, over public text about science
that is not claimdiff's dev coverage: the abstracts of the Citation-Integrity corpus and the
press-release and abstract sentences of Yu et al.'s claim-strength sets (one document per
press release; one per abstract sentence). A word found in few of them is rare in writing
about science and says more about an article's subject than "study" or "patients" does.

The measurement runs every article of the project's dev sets (the samples and
../shared/eval/dev about Goebel et al. 2021; STEP 1 and the coffee cohort of benchmarks/dev)
against every sheet (the reference sheet, the two reworded sheets, a sheet drafted by
`claimdiff draft` from ../shared/research/sources, and the STEP 1 and coffee sheets): pairs of
the same study are genuine, the others foreign. It prints, per pair, the topic similarity and
the older alignment score, the smallest genuine and largest foreign figure, and how the gate
decides; then the SciFact abstracts (public, not used to build the table) against each sheet,
as articles about other studies, some near in subject. All figures on the project's articles
are dev figures (we read those articles).
"""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXTERNAL = SHARED / "eval" / "external"
DEV = ROOT / "benchmarks" / "dev"
TABLE = ROOT / "src" / "claimdiff" / "data" / "word_rarity.tsv"
sys.path.insert(0, str(ROOT / "src"))

from claimdiff.judge.document import STUDY_STRONG, TOPIC_MIN, study_score  # noqa: E402
from claimdiff.language.stem import stem  # noqa: E402
from claimdiff.language.topic import Topic, words  # noqa: E402
from claimdiff.pipeline.checker import Checker, prepare  # noqa: E402
from claimdiff.study.sheet import load_sheet  # noqa: E402


def source_documents() -> Iterator[str]:
    """The public texts the table is counted over (see the module docstring)."""
    with open(EXTERNAL / "citation_integrity" / "citint_corpus_devtest.jsonl") as f:
        for line in f:
            doc = json.loads(line)
            yield doc.get("title", "") + " " + " ".join(doc["abstract"])
    press: dict[str, list[str]] = defaultdict(list)
    with open(EXTERNAL / "yu_claim_strength" / "annotated_eureka.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            press[row["sentId"].split("-")[0]].append(row["sentence"])
    yield from (" ".join(sentences) for sentences in press.values())
    with open(EXTERNAL / "yu_claim_strength" / "annotated_pubmed.csv", encoding="utf-8") as f:
        yield from (row["sentence"] for row in csv.DictReader(f))


def build() -> None:
    counts: Counter[str] = Counter()
    n = 0
    for text in source_documents():
        counts.update({stem(w) for w in words(text)})
        n += 1
    kept = sorted(((w, c) for w, c in counts.items() if c >= 2), key=lambda wc: (-wc[1], wc[0]))
    lines = [
        "# How many of the documents below each word stem occurs in (in 2 or more only).",
        "# Written by benchmarks/study_gate.py build from public sets in ../shared/eval/external:",
        "# the Citation-Integrity abstracts and Yu et al.'s claim-strength press releases and",
        "# abstract sentences. Word stems (claimdiff.language.stem), stop words left out.",
        f"documents\t{n}",
        *(f"{w}\t{c}" for w, c in kept),
    ]
    TABLE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TABLE.relative_to(ROOT)}: {len(kept):,} word stems from {n:,} documents")


def drafted_sheet(tmp: Path) -> Path:
    out = tmp / "drafted.toml"
    sources = SHARED / "research" / "sources"
    subprocess.run(
        [sys.executable, "-m", "claimdiff", "draft", "--paper", str(sources / "jci_abstract.txt"),
         "--press-release", str(sources / "kcl_press_release.txt"), "-o", str(out)],
        check=True, capture_output=True,
    )  # fmt: skip
    return out


def measure() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sheets = {
            "reference": (SHARED / "eval" / "reference-study.toml", "goebel"),
            "reworded-a": (DEV / "goebel-reworded-a.toml", "goebel"),
            "reworded-b": (DEV / "goebel-reworded-b.toml", "goebel"),
            "drafted": (drafted_sheet(Path(tmp)), "goebel"),
            "step1": (DEV / "studies" / "wilding2021.toml", "step1"),
            "coffee": (DEV / "studies" / "freedman2012.toml", "coffee"),
        }
        articles = {
            "goebel": sorted((SHARED / "seeds").glob("*.txt"))
            + sorted((SHARED / "eval" / "dev" / "articles").glob("*.txt")),
            "step1": sorted((DEV / "articles" / "wilding2021").iterdir()),
            "coffee": sorted((DEV / "articles" / "freedman2012").iterdir()),
        }
        docs = {p: prepare(p) for paths in articles.values() for p in paths}
        rows = []
        checkers = {}
        for name, (path, study) in sheets.items():
            checker = checkers[name] = Checker(load_sheet(path))
            kinds = {f.id: f.kind for f in checker.sheet.facts}
            for article_study, paths in articles.items():
                for p in paths:
                    doc = docs[p]
                    judged = checker.judge.judge(doc, checker.aligner.align(doc.claims))
                    topic = checker.judge.topic.similarity(" ".join(c.text for c in doc.claims))
                    score = study_score(judged, kinds)
                    reports = checker.judge.reports_study(doc.claims, judged)
                    rows.append((study == article_study, name, p.name, topic, score, reports))
    print("pair (sheet, article)                                  topic  align  reports")
    for genuine, name, art, topic, score, reports in sorted(rows, key=lambda r: r[3]):
        mark = "genuine" if genuine else "foreign"
        print(f"{mark} {name:10} {art[:36]:36} {topic:6.3f} {score:6.2f}  {reports}")
    genuine = [r for r in rows if r[0]]
    foreign = [r for r in rows if not r[0]]
    low, high = min(r[3] for r in genuine), max(r[3] for r in foreign)
    print(
        f"\n{len(genuine)} genuine pairs, topic similarity from {low:.3f}; {len(foreign)} "
        f"foreign pairs, up to {high:.3f}; geometric middle {math.sqrt(low * high):.3f} "
        f"(TOPIC_MIN {TOPIC_MIN}, STUDY_STRONG {STUDY_STRONG})"
    )
    print(
        f"gate: {sum(not r[5] for r in genuine)} of {len(genuine)} genuine pairs flagged, "
        f"{sum(r[5] for r in foreign)} of {len(foreign)} foreign pairs not flagged"
    )
    old_low = min(r[4] for r in genuine)
    old_high = max(r[4] for r in foreign)
    print(f"the alignment score alone: genuine from {old_low:.2f}, foreign up to {old_high:.2f}")
    abstracts = []
    with open(EXTERNAL / "scifact" / "corpus_cited.jsonl") as f:
        for line in f:
            doc = json.loads(line)
            abstracts.append((doc["title"], doc["title"] + " " + " ".join(doc["abstract"])))
    print(f"\nSciFact abstracts ({len(abstracts)}) against each sheet, topic similarity:")
    for name, checker in checkers.items():
        topic: Topic = checker.judge.topic
        sims = sorted(((topic.similarity(text), title) for title, text in abstracts), reverse=True)
        over = sum(s >= TOPIC_MIN for s, _ in sims)
        top = "; ".join(f"{s:.3f} {t[:48]}" for s, t in sims[:2])
        print(f"  {name:10} at or above TOPIC_MIN: {over:3}   highest: {top}")


if __name__ == "__main__":
    build() if sys.argv[1:] == ["build"] else measure()
