"""How long `claimdiff draft` takes on a 40-page paper PDF (target: under 5 s).

Writes a two-column, 40-page paper with running heads and page numbers (benchmarks/pdfgen.py),
then times reading the PDF and drafting the sheet, three runs each; prints the figures.
No timing is asserted anywhere: machines are noisy.

    .venv/bin/python benchmarks/draft_speed.py [--pages 40] [--runs 3]
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("pdfgen", HERE / "pdfgen.py")
assert _spec and _spec.loader
pdfgen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfgen)

SECTIONS = ["Abstract", "Introduction", "Results", "Discussion", "Methods", "References"]
SUBJECTS = ["Treated mice", "Control mice", "Patients in the cohort", "Cultured neurons"]
VERBS = ["showed", "displayed", "developed", "had", "did not show"]
OBJECTS = [
    "a higher sensitivity to cold stimulation",
    "reduced grip strength over 14 days",
    "more new blood vessels at the wound edge",
    "lower levels of the inflammatory marker",
    "no change in body weight",
]
HEDGES = ["", "These results suggest that ", "We propose that ", "It is possible that "]


def paper(pages: int, seed: int = 7) -> list[list[str]]:
    """Paragraphs of a made-up paper, about 900 words a page."""
    rng = random.Random(seed)
    out: list[list[str]] = []
    for page in range(pages):
        paras: list[str] = []
        if page % 7 == 0:
            paras.append(SECTIONS[(page // 7) % len(SECTIONS)])
        for _ in range(6):
            sentences = []
            for _ in range(rng.randint(5, 8)):
                sentences.append(
                    f"{rng.choice(HEDGES)}{rng.choice(SUBJECTS)} "
                    f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} in experiment {rng.randint(1, 90)}."
                )
            paras.append(" ".join(sentences))
        out.append(paras)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent / "src"))
    from claimdiff.authoring.draft import draft, read_source, render
    from claimdiff.read.pdf import read_pdf

    with tempfile.TemporaryDirectory() as tmp:
        pdf = pdfgen.write_pdf(
            Path(tmp) / "paper.pdf",
            paper(args.pages),
            info={
                "Title": "A made-up paper",
                "Author": "A. One; B. Two",
                "CreationDate": "2024-01-02",
            },
            header="Journal of Benchmarks 2024;1:1-40",
            columns=2,
        )
        size = pdf.stat().st_size
        read_times, draft_times = [], []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            text = read_pdf(pdf)
            t1 = time.perf_counter()
            sheet = render(draft([read_source(pdf)]))
            t2 = time.perf_counter()
            read_times.append(t1 - t0)
            draft_times.append(t2 - t1)
        facts = sheet.count("[[facts]]")
    print(
        f"draft speed: {args.pages}-page PDF ({size // 1024} KB, {len(text.text):,} characters), "
        f"{args.runs} runs"
    )
    print(
        "  read the PDF (pypdf, furniture, paragraphs):"
        f" median {statistics.median(read_times):.2f} s"
    )
    print(
        "  draft the sheet (read again + draft + render):"
        f" median {statistics.median(draft_times):.2f} s"
        f"  ({facts} facts)"
    )
    print("  target: under 5 s for the whole draft")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
