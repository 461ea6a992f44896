"""Probe sentences: single claims about five invented studies of designs the annotated sets
lack (a step-count cohort, a nasal-spray trial, a cancer-cell and mouse study, a genetic
association study, a survey), each with the verdict a careful reader would give.

    .venv/bin/python benchmarks/probes.py        # how many come out as expected
    .venv/bin/python benchmarks/probes.py -v     # and the ones that do not

The sheets are in benchmarks/dev/probes/, written the way a newcomer writes them (few `also`
lines). The sentences were written to find failures, and rules were then written for them:
this is a development set, and its figure is in-sample for those rules.
"""

from __future__ import annotations

import sys
from pathlib import Path

from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import load_sheet

FOLDER = Path(__file__).resolve().parent / "dev" / "probes"

# (sheet, sentence, expected verdict)
P = [
    (
        "steps.toml",
        "Walking 10,000 steps a day halves your risk of dementia, a new study shows.",
        "overstated",
    ),
    (
        "steps.toml",
        "Scientists at Aarhus University followed 84,300 Danish adults for about seven years.",
        "misreported",
    ),
    (
        "steps.toml",
        "Those who took about 9,800 steps a day were 61% less likely to develop dementia than"
        " those who walked the least.",
        "misreported",
    ),
    ("steps.toml", "Even 3,800 steps a day was linked to a 25% lower risk.", "supported"),
    (
        "steps.toml",
        "The study, published in The Lancet, is the largest of its kind.",
        "misreported",
    ),
    ("steps.toml", "Walking prevents dementia, the researchers say.", "overstated"),
    (
        "steps.toml",
        "However, because the study was observational, it cannot prove that walking itself "
        "lowers the risk.",
        "supported",
    ),
    (
        "steps.toml",
        "Nearly fifty thousand Danes took part in the study, published on 12 March 2023 in "
        "JAMA Neurology.",
        "misreported",
    ),
    (
        "steps.toml",
        "The volunteers, all in their forties to sixties, wore an activity tracker on the "
        "wrist for a week.",
        "supported",
    ),
    (
        "steps.toml",
        "Walking about 3,800 steps daily was tied to a 25 per cent lower risk.",
        "supported",
    ),
    (
        "steps.toml",
        "Walking about 3,800 steps daily was tied to a risk that was a third lower.",
        "misreported",
    ),
    (
        "steps.toml",
        "The work was led by Peter Lund of the University of Copenhagen.",
        "misreported",
    ),
    ("steps.toml", "The findings apply to everyone, whatever their age.", "overstated"),
    (
        "steps.toml",
        "Holm told reporters that a step target should not be seen as a guarantee.",
        "supported",
    ),
    ("steps.toml", "Speaking to CNN, Holm said the link was surprisingly strong.", "supported"),
    (
        "steps.toml",
        "Dr Maria Lopez, a neurologist at King's College London who was not involved in the "
        "study, said the findings were encouraging but needed confirming.",
        "background",
    ),
    (
        "steps.toml",
        "The researchers followed the volunteers for a median of 17 years.",
        "misreported",
    ),
    (
        "spray.toml",
        "The phase 3 trial, led by the University of Porto, included 1,410 adults with "
        "episodic migraine.",
        "misreported",
    ),
    (
        "spray.toml",
        "Two hours after using the spray, nearly a quarter of patients were completely pain-"
        "free, compared with 15% of those given a dummy spray.",
        "supported",
    ),
    ("spray.toml", "Zelmitant has been approved by regulators.", "misreported"),
    ("spray.toml", "The spray is expected to be approved next year.", "supported"),
    ("spray.toml", "Serious adverse events were linked to the drug.", "misreported"),
    ("spray.toml", "The spray did not make anyone pain-free.", "misreported"),
    ("spray.toml", "No side effects were reported.", "misreported"),
    ("spray.toml", "The trial showed the spray prevents future attacks.", "overstated"),
    ("spray.toml", "Zelmitant is a cure for migraine.", "overstated"),
    ("spray.toml", "Half of all patients were pain-free within two hours.", "misreported"),
    ("spray.toml", "The spray was tested in 19 countries.", "misreported"),
    ("broc.toml", "Broccoli compound kills pancreatic cancer, scientists find.", "overstated"),
    (
        "broc.toml",
        "A compound based on a chemical in broccoli killed 70% of pancreatic cancer cells in "
        "the lab.",
        "supported",
    ),
    (
        "broc.toml",
        "The researchers say SFX-2 is an effective treatment for pancreatic cancer.",
        "overstated",
    ),
    ("gene.toml", "Scientists discover the insomnia gene.", "misreported"),
    (
        "gene.toml",
        "Together, the genetic variants explained only about 3% of the risk.",
        "supported",
    ),
    ("gene.toml", "The findings apply to people of all backgrounds.", "overstated"),
    ("gene.toml", "The study identified 75 genetic loci associated with insomnia.", "misreported"),
    ("survey.toml", "Most teenagers sleep less than seven hours on school nights.", "misreported"),
    (
        "survey.toml",
        "Heavy social media users were twice as likely to sleep less than seven hours.",
        "supported",
    ),
    (
        "survey.toml",
        "Using social media for more than four hours a day causes teenagers to lose sleep.",
        "overstated",
    ),
    ("survey.toml", "Boys spent more time on social media than girls.", "misreported"),
    (
        "survey.toml",
        "Researchers at the University of Bergen surveyed nearly 10,000 Norwegian teens.",
        "supported",
    ),
]


def main(argv: list[str]) -> int:
    checkers: dict[str, Checker] = {}
    right = 0
    for name, sentence, want in P:
        checker = checkers.setdefault(name, Checker(load_sheet(FOLDER / name)))
        doc = prepare_document(document_from_text(sentence + "\n", "probe.txt"))
        results = checker.check_document(doc).results
        got = results[0].judgement.verdict if results else "none"
        right += got == want
        if "-v" in argv and got != want:
            print(f"  want {want:11} got {got:11} {sentence[:80]}")
    print(f"{right} of {len(P)} probe sentences as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
