"""Page furniture: how much is removed, and how much real article text is lost with it.

    .venv/bin/python benchmarks/furniture.py [--shared ../shared] [--examples N]

Two measurements, both without the aligner or the judge (cleaning and segmentation only):

1. The annotated articles (samples: `eval/gold`, dev: `eval/dev/gold`): the share of the
   annotated furniture that no claim still shows (as `evaluate.py` counts it), and the gold
   claims no claim shows any more (each one lost is a real sentence dropped). Both are dev
   figures: the rules were written with these articles in view.
2. Pages labelled line by line (`benchmarks/dev/furniture/`: twenty plain-text copies of
   news pages of many kinds, written by a helper who never saw the code; each line marked
   furniture or article): the share of furniture lines no claim shows, and of article lines
   no claim shows any more. Dev figures too: the misses are read to write rules.
3. Real prose that holds no furniture: press releases (Yu et al.'s EurekAlert sentences, each
   release rebuilt as a headline and its sentences) and paper abstracts (SciFact: title and
   sentences), read as plain-text articles. Every sentence dropped there is a false drop.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

from claimdiff.pipeline.checker import prepare, prepare_document
from claimdiff.read.load import document_from_text

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def _norm(text: str) -> str:
    return " ".join(text.casefold().translate(_FOLD).split())


def annotated(articles: Path, gold: Path, examples: int) -> tuple[int, int, int, int]:
    """(furniture removed, furniture annotated, gold claims lost, gold claims)."""
    removed = furniture = lost = claims = 0
    for path in sorted(gold.glob("*.toml")):
        entry = tomllib.loads(path.read_text())
        doc = prepare(articles / entry["article"])
        shown = [_norm(c.text) for c in doc.claims]
        for item in entry.get("dropped", []):
            furniture += 1
            q = _norm(item["quote"])
            ok = sum(q in t for t in shown) <= item.get("keep", 0)
            removed += ok
            if not ok and examples:
                print(f"    kept  {path.stem}: {item['quote'][:70]!r} ({item.get('why', '')})")
        for item in entry.get("claims", []):
            claims += 1
            q = _norm(item["quote"])
            if not any(q in t for t in shown):
                lost += 1
                texts = ((d.why, _norm(doc.text[d.start : d.end])) for d in doc.dropped)
                why = next((w for w, t in texts if q in t), "")
                print(f"    LOST  {path.stem}: {item['quote'][:70]!r} ({why})")
    return removed, furniture, lost, claims


def labelled(folder: Path, examples: int) -> tuple[int, int, int, int]:
    """(furniture lines removed, furniture lines, article lines lost, article lines)."""
    removed = furniture = lost = content = 0
    shown = 0
    for page in sorted((folder / "pages").glob("*.txt")):
        labels = (folder / "labels" / page.name).read_text(encoding="utf-8").split("\n")
        doc = prepare(page)
        pos = 0
        for line, label in zip(doc.text.split("\n"), labels, strict=False):
            start, end = pos, pos + len(line)
            pos = end + 1
            if label not in ("F", "C") or not line.strip():
                continue
            covered = any(c.start < end and c.end > start for c in doc.claims)
            if label == "F":
                furniture += 1
                removed += not covered
                if covered and shown < examples:
                    shown += 1
                    print(f"    kept  {page.stem}: {line.strip()[:80]!r}")
            else:
                content += 1
                if not covered:
                    lost += 1
                    why = next((d.why for d in doc.dropped if d.start < end and d.end > start), "")
                    print(f"    LOST  {page.stem}: {line.strip()[:70]!r} ({why})")
    return removed, furniture, lost, content


def eureka_articles(external: Path) -> list[str]:
    """EurekAlert press releases rebuilt: the headline, then each sentence as a paragraph."""
    releases: dict[str, list[tuple[int, str]]] = {}
    with (external / "yu_claim_strength" / "annotated_eureka.csv").open(newline="") as fh:
        for row in csv.DictReader(fh):
            m = re.match(r"(.+)-(\d+)-(title|sentence)$", row["sentId"])
            if m:
                releases.setdefault(m.group(1), []).append((int(m.group(2)), row["sentence"]))
    return ["\n\n".join(s for _, s in sorted(parts)) for parts in releases.values()]


def headed_articles(external: Path) -> list[str]:
    """The same releases with other releases' headlines as a standfirst and sub-headings: short
    title-like lines in the page head and between paragraphs, where captions and labels sit."""
    releases = eureka_articles(external)
    titles = [r.split("\n\n", 1)[0] for r in releases]
    out = []
    for k, release in enumerate(releases):
        head, *body = release.split("\n\n")
        if not body:
            continue  # a headline alone is no article
        others = [titles[(k + d) % len(titles)] for d in (1, 2, 3)]
        paras = [head, others[0]]
        for j, sentence in enumerate(body):
            paras.append(sentence)
            if j < len(body) - 1:
                paras.append(others[1 + j % 2])
        out.append("\n\n".join(paras))
    return out


def scifact_articles(external: Path, limit: int) -> list[str]:
    """SciFact abstracts: the title, then the abstract's sentences as one paragraph."""
    out = []
    with (external / "scifact" / "corpus_cited.jsonl").open() as fh:
        for line in fh:
            entry = json.loads(line)
            out.append(entry["title"] + "\n\n" + " ".join(entry["abstract"]))
            if len(out) >= limit:
                break
    return out


def prose(name: str, texts: list[str], examples: int) -> tuple[int, int]:
    """(sentences dropped, sentences) over articles of real prose."""
    dropped = total = 0
    reasons: Counter[str] = Counter()
    shown_examples = 0
    for k, text in enumerate(texts):
        doc = prepare_document(document_from_text(text, f"{name}-{k}.txt"))
        kept = sum(len(c.display.split()) for c in doc.claims)
        words = len(text.split())
        total += 1
        if doc.dropped and kept < words:
            for d in doc.dropped:
                reasons[d.why.split(" (")[0].split(" first seen")[0]] += 1
                if shown_examples < examples:
                    shown_examples += 1
                    print(f"    {name}: {d.why}: {doc.text[d.start : d.end][:90]!r}")
            dropped += 1
    if reasons:
        print(f"    {name} reasons: {dict(reasons.most_common())}")
    return dropped, total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(os.environ.get("CLAIMDIFF_SHARED", "../shared"))
    ap.add_argument("--shared", type=Path, default=default)
    ap.add_argument("--examples", type=int, default=10, help="misses and false drops to print")
    ap.add_argument("--scifact", type=int, default=2000, help="SciFact abstracts to read")
    args = ap.parse_args()
    shared: Path = args.shared
    if not (shared / "eval").is_dir():
        print(f"{shared}/eval not found (use --shared)", file=sys.stderr)
        return 2
    rows = []
    for name, articles, gold in (
        ("samples (dev)", shared / "seeds", shared / "eval" / "gold"),
        ("dev", shared / "eval" / "dev" / "articles", shared / "eval" / "dev" / "gold"),
    ):
        removed, furniture, lost, claims = annotated(articles, gold, args.examples)
        rows.append(
            f"{name:24} furniture removed {removed}/{furniture} = {removed / max(furniture, 1):.2f}"
            f"   gold claims lost {lost}/{claims}"
        )
    for pages in sorted((Path(__file__).resolve().parent / "dev").glob("furniture*")):
        removed, furniture, lost, content = labelled(pages, args.examples)
        name = f"labelled {pages.name} (dev)"
        rows.append(
            f"{name:24} furniture lines removed {removed}/{furniture} = "
            f"{removed / max(furniture, 1):.2f}   article lines lost {lost}/{content}"
        )
    external = shared / "eval" / "external"
    for name, texts in (
        ("EurekAlert releases", eureka_articles(external)),
        ("the same, sub-headed", headed_articles(external)),
        ("SciFact abstracts", scifact_articles(external, args.scifact)),
    ):
        hit, total = prose(name.split()[0], texts, args.examples)
        share = hit / max(total, 1)
        rows.append(f"{name:24} articles with text dropped {hit}/{total} = {share:.3f}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
