"""`claimdiff draft`: a sheet drafted from a study's own texts loads as written, with kinds,
certainty, scope, terms and bibliographic facts read from the texts.

The study here is invented for the tests (a zinc gel and wound healing in diabetic mice).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from claimdiff.authoring.draft import (
    Unit,
    classify,
    draft,
    draft_sheet,
    implied_design,
    read_source,
    resolve_such,
    roundings,
    split_outcomes,
    split_statements,
)
from claimdiff.cli.main import main
from claimdiff.language.dates import parse_date
from claimdiff.model import Sheet
from claimdiff.study.sheet import load_sheet, parse_sheet
from studies import judged_on, reasons

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
_spec = importlib.util.spec_from_file_location("pdfgen", BENCHMARKS / "pdfgen.py")
assert _spec and _spec.loader
pdfgen = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pdfgen)

ABSTRACT = (
    "title: Topical zinc gel speeds wound closure in diabetic mice (Wound Repair Res. "
    "2024;12(3):e88; doi:10.5555/wrr.2024.088) - Abstract\n"
    "source: https://example.org/abstract/88\n"
    "\n"
    "Chronic wounds are a common complication of diabetes mellitus and there are few "
    "effective treatments. Here we show that a topical zinc gel accelerated wound closure"
    " in diabetic mice. Diabetic mice were treated with zinc gel or a placebo gel twice "
    "daily for 14 days. Mice treated with zinc gel closed their wounds 4 days earlier "
    "than controls, and their wound edges contained more new blood vessels. Gel without "
    "zinc had no effect on healing. Zinc levels in the blood were not measured. Our "
    "results demonstrate that zinc speeds wound repair in diabetic mice and suggest that "
    "zinc gels may help people with diabetic foot ulcers.\n"
)

RELEASE = (
    "Zinc gel could transform care of diabetic wounds, study suggests\n"
    "\n"
    "Researchers at the University of Northwick found that a simple zinc gel helped "
    "wounds heal days faster in mice with diabetes. The study, published today in Wound "
    "Repair Research, shows that zinc is the key to healing diabetic ulcers. Professor "
    "Ada Lindqvist, the study's lead author, said \"We were surprised by how quickly the "
    'wounds closed. This could one day spare patients months of treatment."\n'
)


@pytest.fixture
def sources(tmp_path: Path) -> tuple[Path, Path]:
    abstract = tmp_path / "abstract.txt"
    abstract.write_text(ABSTRACT, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    return abstract, release


def by_text(sheet_text: str, words: str):  # noqa: ANN201 - a Fact
    sheet = parse_sheet(sheet_text, "draft.toml")
    found = [f for f in sheet.facts if words.lower() in f.text.lower()]
    assert found, f"no fact says {words!r}"
    return found[0]


def test_draft_loads_without_edits_and_reads_the_roles(sources: tuple[Path, Path]) -> None:
    abstract, release = sources
    text = draft_sheet([(abstract, "paper"), (release, "press-release")])
    sheet = parse_sheet(text, "draft.toml")
    assert sheet.schema == 2
    s = sheet.study
    assert s.title == "Topical zinc gel speeds wound closure in diabetic mice"
    assert s.doi == "10.5555/wrr.2024.088"
    assert s.journal == "Wound Repair Research"  # the full name over "Wound Repair Res"
    assert s.subjects == "mice"
    assert "University of Northwick" in s.institutions
    ids = [f.id for f in sheet.facts]
    assert len({i.lower() for i in ids}) == len(ids)
    assert all(i == i.strip() and " " not in i for i in ids)

    assert by_text(text, "Chronic wounds are a common").kind == "context"
    design = by_text(text, "twice daily for 14 days")
    assert design.kind == "design"
    # 'A did X, and B did Y' is two results; both in mice (the study's subjects)
    closed = by_text(text, "closed their wounds 4 days earlier")
    vessels = by_text(text, "more new blood vessels")
    assert closed.id != vessels.id and closed.kind == vessels.kind == "result"
    assert closed.scope == "mice"
    # what the study did not do
    not_done = by_text(text, "were not measured")
    assert not_done.not_done and not_done.kind in ("design", "caveat")
    # 'demonstrate that P and suggest that Q': two conclusions with their own certainty
    shown = by_text(text, "demonstrate that zinc speeds")
    hedged = by_text(text, "suggest that zinc gels may help")
    assert (shown.kind, shown.certainty) == ("conclusion", "shown")
    assert (hedged.kind, hedged.certainty) == ("conclusion", "suggested")
    # an investigator's quote, with its speaker
    quote = by_text(text, "surprised by how quickly")
    assert (quote.kind, quote.speaker) == ("quote", "Professor Ada Lindqvist")
    # the release's stronger conclusion is not taken at its word
    key = by_text(text, "zinc is the key to healing")
    assert key.kind == "conclusion" and key.certainty in ("suggested", "speculated")
    assert "published today" not in key.text  # the citation went to the journal fact
    journal = sheet.fact("journal")
    assert journal is not None and any("published today" in a for a in journal.also)
    # an animal study gets the caveat about people, marked as such
    caveat = by_text(text, "did not test whether the findings hold in people")
    assert caveat.kind == "caveat" and caveat.not_done


def test_draft_comments_say_what_to_check(sources: tuple[Path, Path]) -> None:
    abstract, release = sources
    text = draft_sheet([(abstract, "paper"), (release, "press-release")])
    assert text.startswith("# Fact sheet drafted by claimdiff")
    assert "abstract.txt: paper (given (--paper))" in text
    assert "# check: certainty kept at suggested" in text
    assert "# check: added by claimdiff: the results are in mice" in text
    assert "claimdiff sheet check" in text


def test_roles_are_guessed_and_the_sheet_says_so(sources: tuple[Path, Path]) -> None:
    abstract, release = sources
    assert read_source(abstract).role == "paper"
    assert read_source(release).role == "press-release"
    text = draft_sheet([(abstract, None), (release, None)])
    assert "abstract.txt: paper (guessed:" in text


# A second invented study (a peptide and blood pressure in rats), with a release copied the
# way web pages copy them: an excerpt in odd quotation marks whose attribution comes last, a
# site name after the headline, a paragraph cut after a comma, a second copy with a frame.
PEPTIDE_ABSTRACT = (
    "title: An oral peptide lowers blood pressure in hypertensive rats (Cardiorenal Res. "
    "2023;7(2):e41; doi:10.5555/crr.2023.041) - Abstract\n"
    "source: https://example.org/abstract/41\n"
    "\n"
    "Hypertension (HTN) is a leading cause of stroke and its causes are only partly "
    "understood. Here we show that the oral peptide VX9 lowered blood pressure in "
    "hypertensive rats. Rats given VX9 for 6 weeks had lower systolic blood pressure than "
    "controls. A scrambled peptide had no effect. VX9 accumulated in the small intestine and "
    "a small number of lymph nodes, but in no other organs. Furthermore, VX9 bound to kidney "
    "tissue. Patient HDL did not bind VX9. Our data suggest that VX9 may help people with "
    "high blood pressure.\n"
)

PEPTIDE_RELEASE = (
    "Peptide pill lowers blood pressure, study finds | University of Eastmoor:\n"
    "Excerpt: \u2033a peptide pill lowers blood pressure, according to a new study.\n"
    "Our team has opened a completely new way of thinking about high blood pressure. This "
    "could change everything. Most patients today are treated with diuretics and beta "
    "blockers, which fail to control blood pressure in a third of them\n"
    "\u2014 Dr Mira Holt, study lead author, University of Eastmoor\u2033\n"
    "\n"
    "A new study by researchers at St Brannoc\u2019s Hospital and the University of Eastmoor "
    "has shown that a peptide pill lowers blood pressure.\n"
    "\n"
    "The research was led by St Brannoc's Hospital, in collaboration with the University of "
    "Eastmoor,\n"
    "\n"
    "The study shows that VX9 helps people with high blood pressure.\n"
)


@pytest.fixture
def peptide(tmp_path: Path) -> str:
    abstract = tmp_path / "abstract.txt"
    abstract.write_text(PEPTIDE_ABSTRACT, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(PEPTIDE_RELEASE, encoding="utf-8")
    return draft_sheet([(abstract, "paper"), (release, "press-release")])


def test_copied_release_gives_whole_quotes_with_their_speaker(peptide: str) -> None:
    sheet = parse_sheet(peptide, "draft.toml")
    # the attribution at the end of the excerpt names the speaker of every quote before it
    quote = by_text(peptide, "opened a completely new way")
    assert (quote.kind, quote.speaker) == ("quote", "Dr Mira Holt")
    # a short sentence that goes on from the one before it is kept with it, not lost
    assert quote.text.endswith("This could change everything.")
    # background an investigator states in passing is the subject's context, still theirs
    context = by_text(peptide, "treated with diuretics")
    assert (context.kind, context.source, context.speaker) == (
        "context",
        "investigator",
        "Dr Mira Holt",
    )
    # the site's name after the headline is not part of any statement
    assert not any("| University" in t for f in sheet.facts for t in (f.text, *f.also))


def test_copied_release_gives_who_did_the_study_once(peptide: str) -> None:
    sheet = parse_sheet(peptide, "draft.toml")
    assert sheet.study.institutions == ("St Brannoc\u2019s Hospital", "University of Eastmoor")
    # a paragraph cut after its last comma still states who led the research
    led = by_text(peptide, "The research was led by")
    assert led.kind == "bibliographic"
    # "A new study by researchers at X has shown that P" states P: the frame naming who did
    # it is not kept as a wording of P, which would pull claims about who did it to P
    wordings = [t for f in sheet.facts for t in (f.text, *f.also)]
    assert not any("researchers at St Brannoc" in t for t in wordings)
    assert "A peptide pill lowers blood pressure." in wordings


def test_the_study_subjects_certainty_and_scope(peptide: str) -> None:
    sheet = parse_sheet(peptide, "draft.toml")
    assert sheet.study.subjects == "rats"  # "... in hypertensive rats", not "patients"
    # "suggest that X may help": what the study suggests; the release's "shows that X helps"
    # is a wording of it (without its frame) and does not raise it
    hedged = by_text(peptide, "Our data suggest that VX9 may help")
    assert (hedged.kind, hedged.certainty) == ("conclusion", "suggested")
    assert "VX9 helps people with high blood pressure." in hedged.also
    # "bound to" here is the verb, not "bound to happen"
    assert by_text(peptide, "VX9 bound to kidney tissue").certainty == "shown"
    # a count in a result is not a limitation
    assert by_text(peptide, "a small number of lymph nodes").kind == "result"
    caveat = by_text(peptide, "did not test whether the findings hold in people")
    assert caveat.kind == "caveat" and caveat.not_done
    # material taken from patients does not make patients the subjects of a result
    hdl = by_text(peptide, "Patient HDL did not bind")
    assert hdl.subjects == () and hdl.scope == "rats"
    # a conclusion shown in rats holds for rats: a claim about people widens it
    pill = by_text(peptide, "A peptide pill lowers blood pressure, according to")
    assert pill.kind == "conclusion" and pill.scope == "rats"


def test_a_design_stated_in_passing_is_a_design_fact(tmp_path: Path, peptide: str) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Here we show that a fibre supplement protects mice from weight gain. Mice given "
        "the fibre supplement for eight weeks gained less weight, had lower blood glucose, "
        "slept longer and showed fewer signs of fat in the liver than mice on a standard "
        "diet.\n",
        encoding="utf-8",
    )
    text = draft_sheet([(paper, "paper")])
    # how the mice were treated, which coverage reports as the method ("the team gave mice
    # a fibre supplement"): no sentence of the text states it on its own
    design = by_text(text, "Mice were given the fibre supplement for eight weeks.")
    assert design.kind == "design" and not design.not_done
    assert by_text(text, "gained less weight").kind == "result"
    # a result that says little else would be too alike to it to tell apart: no design fact
    assert not any(
        f.kind == "design" and "VX9" in f.text for f in parse_sheet(peptide, "p.toml").facts
    )
    assert (
        implied_design("Patients receiving the vaccine reported fewer infections.")
        == "Patients received the vaccine."
    )
    assert (
        implied_design("Obese rats fed the fibre-rich diet also gained less weight.")
        == "Obese rats were fed the fibre-rich diet."
    )
    # not subjects, or not a result said of them
    assert implied_design("Wounds treated with the gel closed faster.") is None
    assert implied_design("Mice given the drug.") is None
    assert implied_design("Here we show that mice given X lived longer.") is None


def test_the_caveats_every_such_study_has(sources: tuple[Path, Path], tmp_path: Path) -> None:
    abstract, release = sources
    zinc = draft_sheet([(abstract, "paper"), (release, "press-release")])
    more = parse_sheet(zinc, "z.toml").fact("caveat-more-research")
    assert more is not None and more.kind == "caveat"
    assert "# check: added by claimdiff: coverage says this of nearly every study" in zinc
    # in the words coverage uses for it ("the next step is ...")
    assert "The next step is to find out how this works." in more.also
    people = parse_sheet(zinc, "z.toml").fact("caveat-only-mice")
    assert people is not None and people.not_done
    # texts that state what is still to be done are not given the general caveat
    paper = tmp_path / "paper.txt"
    paper.write_text(
        ABSTRACT.replace("Zinc levels", "Larger studies are needed to confirm this. Zinc levels"),
        encoding="utf-8",
    )
    own = parse_sheet(draft_sheet([(paper, "paper")]), "own.toml")
    assert own.fact("caveat-more-research") is None
    assert any("Larger studies are needed" in f.text for f in own.facts if f.kind == "caveat")


def test_the_subjects_other_names_are_a_term(sources: tuple[Path, Path]) -> None:
    abstract, _ = sources
    sheet = parse_sheet(draft_sheet([(abstract, "paper")]), "z.toml")
    # coverage says "the rodents" and "a mouse"
    assert set(sheet.terms["mice"]) >= {"mouse", "rodents"}


def test_a_headline_of_several_claims_gives_each(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "News from Northwick\n\n"
        "New Study Shows Zinc Gel Speeds Healing in Diabetic Mice; Zinc Gels Could Help "
        "Patients With Foot Ulcers; \u201cRemarkable Results\u201d\n\n"
        "Researchers at the University of Northwick found that zinc gel helped wounds heal "
        "faster in mice with diabetes.\n",
        encoding="utf-8",
    )
    text = draft_sheet([(release, "press-release")])
    wordings = [t for f in parse_sheet(text, "r.toml").facts for t in (f.text, *f.also)]
    # each claim of the headline, without the frame "New Study Shows"
    assert "Zinc Gel Speeds Healing in Diabetic Mice." in wordings
    could = by_text(text, "Zinc Gels Could Help Patients")
    assert could.certainty == "speculated"
    assert not any("Remarkable" in t for t in wordings)


def test_the_draft_passes_its_own_check(sources: tuple[Path, Path], peptide: str) -> None:
    """What the draft adds (a design stated in passing, the general caveats, wordings of
    facts) does not make facts or wordings that `sheet check` finds too alike."""
    from claimdiff.authoring.check import check_sheet

    abstract, release = sources
    zinc = draft_sheet([(abstract, "paper"), (release, "press-release")])
    for text in (zinc, peptide):
        assert check_sheet(parse_sheet(text, "draft.toml")) == []


def test_the_citation_is_a_wording_of_the_journal_fact(sources: tuple[Path, Path]) -> None:
    abstract, release = sources
    sheet = parse_sheet(draft_sheet([(abstract, "paper"), (release, "press-release")]), "z.toml")
    journal = sheet.fact("journal")
    assert journal is not None
    # the volume, issue and article number, which a claim can get wrong
    assert "(volume 12, issue 3, e88)" in journal.text
    # coverage copies the citation as it stands ("Citation: Wound Repair Res. 2024;...")
    assert "Wound Repair Res. 2024;12(3):e88" in journal.also


def test_a_fact_stands_alone(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Here we show that zinc gel speeds wound closure in mice. Furthermore, zinc gel "
        "reduced scarring in the treated mice. In contrast, gel without zinc had no effect on "
        "scarring.\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "The study, published online on March 5, 2024 in Wound Repair Research, shows that "
        "zinc gel heals wounds in mice without leaving scars.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper"), (release, "press-release")]), "z.toml")
    texts = [f.text for f in sheet.facts]
    # the link to the sentence before is not part of the fact (nor of its id)
    assert "Zinc gel reduced scarring in the treated mice." in texts
    assert "Gel without zinc had no effect on scarring." in texts
    assert not any(f.id.startswith(("furthermore", "contrast")) for f in sheet.facts)
    # a citation with a date in it goes to the journal fact, whole
    journal = sheet.fact("journal")
    assert journal is not None
    assert "published online on March 5, 2024 in Wound Repair Research" in journal.also
    assert not any("published online" in f.text for f in sheet.facts if f.id != "journal")


def test_abbreviations_and_lay_words_become_terms(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Here we show that serum immunoglobulin G (IgG) from donors with chronic itch "
        "syndrome (CIS) bound to sensory neurons in mice. Mice given CIS IgG scratched more "
        "often than controls, and their skin contained fewer nerve endings.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "x.toml")
    assert sheet.terms["CIS"] == ("chronic itch syndrome", "chronic itch")
    assert sheet.terms["IgG"][0] == "immunoglobulin g"
    assert "nerve cells" in sheet.terms["neurons"]  # a lay word coverage uses


def test_lay_words_are_not_everyday_words_with_other_senses() -> None:
    """A lay phrase folds into its technical term in every claim: "the causes are unknown"
    must not become "the etiology", nor "the activity of nerves" "locomotor activity"."""
    from claimdiff.authoring.draft import _lay_terms

    everyday = {"cause", "causes", "activity", "people", "group", "rate", "works", "affects",
                "strength", "weight", "growth", "spread", "shot"}  # fmt: skip
    for word, phrases in _lay_terms().items():
        assert not everyday & set(phrases), word


def test_split_statements() -> None:
    assert split_statements(
        "Our data show that A lowers B in rats and suggest that A may help people."
    ) == [
        "Our data show that A lowers B in rats.",
        "Our data suggest that A may help people.",
    ]
    assert split_statements(
        "The team gave rats the drug and observed that the rats slept longer."
    ) == ["The team gave rats the drug.", "The rats slept longer."]
    assert split_statements("Treated rats were unaffected, suggesting that the dose was low.") == [
        "Treated rats were unaffected.",
        "This suggests that the dose was low.",
    ]
    assert split_statements(
        "The cause of the rash is unknown and there are no approved treatments for it."
    ) == ["The cause of the rash is unknown.", "There are no approved treatments for it."]
    assert split_statements(
        "Coffee drinkers may live longer, but residual confounding cannot be excluded."
    ) == ["Coffee drinkers may live longer.", "Residual confounding cannot be excluded."]
    # "but" before a phrase without a verb keeps the sentence whole
    whole = "The gel healed the wounds of the treated mice, but no wounds of the controls."
    assert split_statements(whole) == [whole]
    # a list closed by ", and" stays one statement
    one = "The drug reduced pain, sleep problems, tiredness, and low mood were all less common."
    assert split_statements(one) == [one]
    # "they caution that A, and that B": B is said under the same frame
    assert split_statements(
        "The authors caution that the trial was short, and that the gel is not yet licensed."
    ) == [
        "The authors caution that the trial was short.",
        "The authors caution that the gel is not yet licensed.",
    ]


def test_split_outcomes() -> None:
    """A result that lists its subjects' outcomes is one statement per outcome."""
    assert split_outcomes(
        "Treated rats also had lower blood pressure, slower heart rates, and less kidney damage."
    ) == [
        "Treated rats also had lower blood pressure.",
        "Treated rats also had slower heart rates.",
        "Treated rats also had less kidney damage.",
    ]
    # a comparison closing the list is said of every outcome
    assert split_outcomes(
        "The fed hamsters showed thicker fur, warmer paws and longer naps than controls."
    ) == [
        "The fed hamsters showed thicker fur than controls.",
        "The fed hamsters showed warmer paws than controls.",
        "The fed hamsters showed longer naps than controls.",
    ]
    # "X, as well as showing Y": a second outcome with the subject, its verb in the past
    assert split_outcomes(
        "The fish quickly developed paler scales, as well as showing slower swimming speeds."
    ) == ["The fish quickly developed paler scales.", "The fish showed slower swimming speeds."]
    # a list of single words, items that are clauses, or two items joined by "and" stay whole
    for whole in (
        "The treated mice had red, swollen, and itchy ears.",
        "The rats had lower pressure, which lasted a week, and less damage to the kidney.",
        "The rats had lower blood pressure and less kidney damage.",
        "In contrast, the rats given saline, water, or nothing had no change in pressure.",
    ):
        assert split_outcomes(whole) == [whole]


def test_a_result_listing_outcomes_gives_a_fact_for_each(tmp_path: Path) -> None:
    paper = tmp_path / "paper.txt"
    paper.write_text(
        "Here we show that the peptide VX9 protects the kidneys of hypertensive rats. Rats "
        "given VX9 had lower blood pressure, slower heart rates, and less kidney scarring "
        "than controls.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "vx9.toml")
    results = [f.text for f in sheet.facts if f.kind == "result"]
    assert "Rats given VX9 had lower blood pressure than controls." in results
    assert "Rats given VX9 had slower heart rates than controls." in results
    assert "Rats given VX9 had less kidney scarring than controls." in results
    assert len({f.id for f in sheet.facts}) == len(sheet.facts)


def test_such_names_what_the_sentence_before_described() -> None:
    before = "Our results suggest that drugs which block the enzyme TK2 may protect the liver."
    assert (
        resolve_such("Such drugs are already sold for other illnesses.", before)
        == "Drugs which block the enzyme TK2 are already sold for other illnesses."
    )
    assert (
        resolve_such("These vaccines were tested in adults.", "Vaccines that carry mRNA can be "
                     "stored cold.") == "Vaccines that carry mRNA were tested in adults."
    )  # fmt: skip
    # nothing described before: the sentence is left as it is
    for text, prior in (
        ("Such drugs are already sold.", "The enzyme is common."),
        ("These drugs are already sold.", "Drugs help some people with the illness."),
        ("The drugs are sold.", "Drugs which block it may help."),
    ):
        assert resolve_such(text, prior) == text


def test_a_fact_names_its_subject_when_the_text_points_back(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "Researchers at the University of Northwick found that a liver enzyme drives fatty "
        "liver disease in rats. The finding suggests that drugs which block the enzyme may "
        "protect the liver. Such drugs are already sold to treat gout.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "liver.toml")
    texts = [f.text for f in sheet.facts]
    assert "Drugs which block the enzyme are already sold to treat gout." in texts
    assert not any(t.startswith("Such") for t in texts)


def test_numbers_dates() -> None:
    assert roundings("The cohort had 2,149 adults and 12,000 children in 2019.") == {"2,149": 100.0}
    assert str(parse_date("published online on July 1, 2021 in X")) == "2021-07-01"
    assert str(parse_date("(press release, 2 Jul 2021)")) == "2021-07-02"
    assert parse_date("no date here") is None


# --------------------------------------------------------------------------- PDF


PAGES = [
    [
        "Abstract",
        "Here we show that a topical zinc gel accelerated wound closure in diabetic mice. "
        "Mice treated with zinc gel closed their wounds 4 days earlier than controls.",
        "Methods",
        "Diabetic mice were treated with zinc gel or a placebo gel twice daily for 14 days.",
    ],
    [
        "Results",
        "Mice treated with zinc gel closed their wounds earlier than mice given the placebo "
        "gel, and the treated wounds contained more new blood vessels at day seven.",
        "Discussion",
        "Our findings suggest that zinc gels may help people with diabetic foot ulcers.",
        "A limitation of this study is that only male mice were examined.",
        "References",
        "Smith J, et al. Zinc and skin. J Skin Res. 2019;3:1-9.",
    ],
]


def test_pdf_paper_gives_metadata_sections_and_facts(tmp_path: Path) -> None:
    pdf = pdfgen.write_pdf(
        tmp_path / "paper.pdf",
        PAGES
        + [
            [f"Supplementary note {n}: the gel batch {n} was prepared as before."] for n in range(4)
        ],
        info={
            "Title": "Topical zinc gel speeds wound closure in diabetic mice",
            "Author": "Ada Lindqvist; Tom Okafor",
            "CreationDate": "2024-03-05",
        },
        header="Wound Repair Research 2024",
    )
    src = read_source(pdf)
    assert src.role == "paper" and src.pages == 6
    assert all("Wound Repair Research 2024" not in u.text for u in src.units)  # running head
    assert not any("Zinc and skin" in u.text for u in src.units)  # references are skipped
    d = draft([src])
    assert d.study.authors == ("Ada Lindqvist", "Tom Okafor")
    assert d.study.id == "lindqvist2024"
    kinds = {f.text: f.kind for f in d.facts}
    assert (
        kinds["Diabetic mice were treated with zinc gel or a placebo gel twice daily for 14 days."]
        == "design"
    )
    assert kinds["A limitation of this study is that only male mice were examined."] == "caveat"


def test_scanned_pdf_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scan = pdfgen.write_pdf(tmp_path / "scan.pdf", [["x"]] * 3, scanned=True)
    assert main(["draft", str(scan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{scan}: the PDF has no text layer" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.4\n garbage", "not a readable PDF"),
        (b"%PDF-", "not a readable PDF"),
    ],
)
def test_broken_pdf_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes, expected: str
) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)
    assert main(["draft", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err


# --------------------------------------------------------------------------- the command


def test_command_writes_the_sheet_and_never_overwrites(
    sources: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    abstract, release = sources
    out = tmp_path / "zinc.toml"
    assert (
        main(["draft", "--paper", str(abstract), "--press-release", str(release), "-o", str(out)])
        == 0
    )
    sheet = load_sheet(out)
    assert sheet.facts
    assert f"wrote {out}" in capsys.readouterr().err
    out.write_text("# my edits\n", encoding="utf-8")
    assert main(["draft", str(abstract), "-o", str(out)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "# my edits\n"
    assert main(["draft", str(abstract), "-o", str(out), "--force"]) == 0
    assert main(["draft"]) == 2
    assert "no sources" in capsys.readouterr().err


def test_command_prints_the_sheet_on_stdout(sources: tuple[Path, Path]) -> None:
    abstract, _ = sources
    proc = subprocess.run(
        [sys.executable, "-m", "claimdiff", "draft", str(abstract)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert parse_sheet(proc.stdout, "stdout.toml").facts


COUGH_ABSTRACT = (
    "Refractory chronic cough (RCC) is a persistent cough that does not respond to "
    "treatment. Here we show that blocking the enzyme TK2 reduced coughing in a cohort of "
    "212 adults with RCC. Our results suggest that drugs blocking TK2 may be effective for "
    "refractory chronic cough.\n"
)
COUGH_RELEASE = (
    "A trial led by the University of Eastmoor found that adults given the TK2 blocker "
    "coughed half as often as those given a placebo. The study shows that the broken sleep, "
    "hoarseness and chest pain that are typical of RCC, are all eased by the drug. "
    "Professor Ines Varga, the study's lead author, said \u201cThis is welcome news for the "
    "millions of people affected.\u201d\n"
)


def test_background_said_in_passing_is_a_fact_of_its_own() -> None:
    from claimdiff.authoring.draft import passing_background

    # how many people a condition affects: the condition said, else the study's
    assert passing_background("It could help the 3 million people living with gout in Spain.") == [
        "Gout affects 3 million people."
    ]
    assert passing_background("Good news for the thousands of people affected.", "psoriasis") == [
        "Psoriasis affects thousands of people."
    ]
    # "people with" names no condition; a study's sample is not how many have it
    assert passing_background("It helps the millions of people with a cough.", "asthma") == []
    assert passing_background("We recruited 1,200 people with psoriasis.", "psoriasis") == []
    assert passing_background("A finding in mice, with no hedges at all.") == []


def test_drafted_background_and_treatment_wordings(tmp_path: Path) -> None:
    paper = tmp_path / "abstract.txt"
    paper.write_text(COUGH_ABSTRACT, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(COUGH_RELEASE, encoding="utf-8")
    text = draft_sheet([(paper, "paper"), (release, "press-release")])
    millions = by_text(text, "affects millions of people")
    # the condition the texts define, said by the investigator who said the sentence
    assert millions.text == "Refractory chronic cough affects millions of people."
    assert millions.kind == "context" and millions.speaker == "Professor Ines Varga"
    # the conclusion that a treatment may work, in the words coverage uses for it
    therapy = by_text(text, "drugs blocking TK2 may be effective")
    assert therapy.kind == "conclusion" and therapy.certainty == "suggested"
    assert "The findings could open the way to new treatments for refractory chronic cough." in (
        therapy.also
    )
    # not a conclusion that a treatment does not work
    paper.write_text(COUGH_ABSTRACT.replace("may be", "may not be"), encoding="utf-8")
    negative = parse_sheet(draft_sheet([(paper, "paper")]), "n.toml")
    assert not any("open the way" in a for f in negative.facts for a in f.also)
    # and only that conclusion
    others = [f for f in parse_sheet(text, "c.toml").facts if f.id != therapy.id]
    assert not any("open the way" in a for f in others for a in f.also)


def test_the_earlier_view_a_finding_is_set_against_is_a_fact_of_its_own(tmp_path: Path) -> None:
    from claimdiff.language.condition import states_prior_view, view_set_against

    said = "It works in the gut, contrary to the widely held belief that it acts on nerves."
    assert view_set_against(said) == "The widely held belief is that it acts on nerves."
    assert view_set_against(
        "The work calls into question the traditional view of gout as a disease of diet."
    ) == ("The traditional view is of gout as a disease of diet.")
    assert view_set_against("Drug X lowered pain by 20%.") is None
    paper = tmp_path / "abstract.txt"
    paper.write_text(COUGH_ABSTRACT, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(
        "The results show that refractory chronic cough is a disorder of the airway nerves, "
        "rather than the prevailing view that it is a habit.\n",
        encoding="utf-8",
    )
    text = draft_sheet([(paper, "paper"), (release, "press-release")])
    view = by_text(text, "The prevailing view is")
    # "it" is the condition; the sentence is read as what was believed before
    assert view.text == "The prevailing view is that refractory chronic cough is a habit."
    assert view.kind == "context" and states_prior_view(view.text)
    assert by_text(text, "disorder of the airway nerves").kind == "conclusion"


def test_a_release_conclusion_is_backed_by_what_the_paper_says_not_by_its_frame(
    tmp_path: Path,
) -> None:
    # both say "results show that"; the paper shows something else, so the release's
    # claim that the cough is a nerve disorder is kept at "suggested"
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Chronic cough (CC) is common. Here we show that blocking the enzyme TK2 reduced "
        "coughing in 212 adults with chronic cough.\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "The results show that chronic cough is a disorder of the airway nerves, rather than "
        "the prevailing view that it is a habit.\n",
        encoding="utf-8",
    )
    text = draft_sheet([(paper, "paper"), (release, "press-release")])
    nerves = by_text(text, "disorder of the airway nerves")
    assert (nerves.kind, nerves.certainty) == ("conclusion", "suggested")


def test_an_unknown_cause_in_the_words_coverage_uses(tmp_path: Path) -> None:
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Interstitial cystitis (IC) causes bladder pain and frequent urination. The "
        "aetiology of interstitial cystitis is not fully understood and there are few "
        "effective treatments. In a cohort of 3,100 women, we found that IC was twice as "
        "common after recurrent infections.\n",
        encoding="utf-8",
    )
    text = draft_sheet([(paper, "paper")])
    cause = by_text(text, "aetiology of interstitial cystitis")
    assert cause.kind == "context"
    assert cause.text == "The aetiology of interstitial cystitis is not fully understood."
    assert cause.also == (
        "The causes of interstitial cystitis are unknown.",
        "The causes of interstitial cystitis are not fully understood.",
    )
    # the rest of the sentence is a fact of its own
    assert by_text(text, "few effective treatments").text == "There are few effective treatments."


def test_a_lay_word_for_a_painful_stimulus(tmp_path: Path) -> None:
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Rats fed the high-salt diet withdrew their tails sooner from noxious heat than "
        "rats fed the control diet.\n",
        encoding="utf-8",
    )
    # coverage says "painful heat"
    assert parse_sheet(draft_sheet([(paper, "paper")]), "r.toml").terms["noxious"] == ("painful",)


def test_what_a_quote_takes_as_established_is_a_conclusion(tmp_path: Path) -> None:
    from claimdiff.authoring.draft import presupposed

    assert (
        presupposed("Proving that statins lower the risk of gout would change practice.")
        == "Statins lower the risk of gout."
    )
    assert presupposed("The discovery that sleep loss drives weight gain opens new doors.") == (
        "Sleep loss drives weight gain."
    )
    # not a proposition taken as established
    assert presupposed("Despite the fact that it is common, gout is poorly treated.") is None
    assert presupposed("The team set out to test that idea in 400 adults.") is None
    release = tmp_path / "release.txt"
    release.write_text(
        "A cohort study from the University of Eastmoor followed 5,200 adults for ten years. "
        "Adults who slept less than six hours gained more weight than those who slept longer. "
        "Professor Ines Varga, the study's lead author, said \"Establishing that short sleep "
        'causes weight gain will change how we advise patients."\n',
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "s.toml")
    cause = next(f for f in sheet.facts if f.text == "Short sleep causes weight gain.")
    # the release's side draws it; the paper was not given: no more than suggested
    assert cause.kind == "conclusion" and cause.certainty == "suggested"
    assert any(f.kind == "quote" and f.text.startswith("Establishing") for f in sheet.facts)


TEA_ABSTRACT = (
    "Atrial fibrillation (AF) is a common arrhythmia and its aetiology is not fully "
    "understood. We followed 48,210 adults for a median of 9.4 years. Participants who drank "
    "three or more cups of tea per day had a 14% lower risk of AF than non-drinkers.\n"
)
TEA_RELEASE = (
    "The study, published today in Heart Rhythm Reports, followed more than 48,000 adults "
    "for almost a decade. Professor Amal Reyes, the study's senior author, said \"Tea is "
    'cheap. We now need a randomised trial."\n'
)


def test_a_cohort_study_drafts_whole_statements(tmp_path: Path) -> None:
    paper = tmp_path / "abstract.txt"
    paper.write_text(TEA_ABSTRACT, encoding="utf-8")
    release = tmp_path / "release.txt"
    release.write_text(TEA_RELEASE, encoding="utf-8")
    sheet = parse_sheet(draft_sheet([(paper, "paper"), (release, "press-release")]), "t.toml")
    texts = {f.text: f for f in sheet.facts}
    # the citation in passing goes to the journal fact; what the study did is a design fact
    assert texts["The study followed more than 48,000 adults for almost a decade."].kind == (
        "design"
    )
    journal = sheet.fact("journal")
    assert journal is not None and "published today in Heart Rhythm Reports" in journal.also
    # a quote's closing mark is not part of its last sentence
    assert "We now need a randomised trial." in texts
    # "its aetiology" is the condition's
    cause = next(f for f in sheet.facts if "aetiology" in f.text)
    assert "The causes of atrial fibrillation are unknown." in cause.also


def test_a_lay_phrase_that_adds_nothing_to_its_words_is_not_a_term(tmp_path: Path) -> None:
    """ "grip strength" = ["grip"], or "locomotor activity" = ["movement"] beside locomotor =
    ["movement"], would fold the phrase into one word and hide "strength" and "activity"
    from claims that use them alone."""
    from claimdiff.model import Claim
    from claimdiff.pipeline.checker import Checker

    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Rats fed the high-salt diet showed reduced locomotor activity and reduced grip "
        "strength compared with rats fed the control diet.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "r.toml")
    assert "grip strength" not in sheet.terms and "locomotor activity" not in sheet.terms
    assert "movement" in sheet.terms["locomotor"]  # the single word's lay name stays
    checker = Checker(sheet)
    for text, word in (
        ("The rats became less active.", "active"),
        ("The rats had less muscle strength.", "strength"),
    ):
        claim = Claim(index=0, start=0, end=len(text), text=text)
        best = checker.aligner.align([claim]).claims[0].candidates[0]
        fact = sheet.fact(best.fact_id)
        assert fact is not None and "grip" in fact.text, text
        at = text.index(word)
        assert any(s <= at < e for s, e in best.claim_spans), (text, best.claim_spans)


def test_a_lay_phrase_made_of_terms_is_not_a_term(tmp_path: Path) -> None:
    """ "intraepidermal innervation" beside intraepidermal = ["skin"] and innervation =
    ["nerve fibres"]: as one token it would hide the fact from a claim that names the skin
    and the nerve fibres apart."""
    from claimdiff.model import Claim
    from claimdiff.pipeline.checker import Checker

    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Here we show that the solvent damages peripheral nerves in rats. Rats exposed to "
        "the solvent for eight weeks lost intraepidermal innervation of the hind paws. "
        "Their blood pressure did not change.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "s.toml")
    assert "intraepidermal innervation" not in sheet.terms
    assert "skin" in sheet.terms["intraepidermal"] and sheet.terms["innervation"]
    checker = Checker(sheet)
    text = "Biopsies of their skin found far fewer nerve fibres than before."
    claim = Claim(index=0, start=0, end=len(text), text=text)
    best = checker.aligner.align([claim]).claims[0].candidates[0]
    fact = sheet.fact(best.fact_id)
    assert fact is not None and "intraepidermal innervation" in fact.text
    for word in ("skin", "nerve"):
        at = text.index(word)
        assert any(s <= at < e for s, e in best.claim_spans), (word, best.claim_spans)


def test_who_paid_for_the_work_is_no_institution_of_the_study(tmp_path: Path) -> None:
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Researchers at the University of Eastmoor gave 200 adults a daily walk for a year. "
        "Memory scores rose by 4 points. The work was funded by the Ruritania Brain Foundation "
        "and supported by a grant from the Westfield Research Council.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert sheet.study.institutions == ("University of Eastmoor",)


def test_a_release_tells_a_result_of_a_treated_group_and_a_cautioned_limit(
    tmp_path: Path,
) -> None:
    """In a press release, "Those who took X also did Y" is a result, not background; "the
    researchers caution that the trial did not test X" is a caveat, while a plain "X was not
    measured" stays what the study did."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "We randomly assigned 380 office workers with a new cold to zinc or placebo lozenges. "
        "Workers given zinc returned to work 1.2 days sooner on average. "
        "Vitamin intake was not measured.\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "Zinc lozenges shorten colds, trial finds\n\n"
        "A trial of 380 office workers found that zinc lozenges shortened colds.\n\n"
        "Those who took zinc also went back to work sooner.\n\n"
        "Some reported a bad taste in the mouth.\n\n"
        "The researchers caution that the trial did not test the lozenges in children.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper"), (release, "press-release")]), "t.toml")
    told = "Those who took zinc also went back to work sooner."
    holding = next(f for f in sheet.facts if told == f.text or told in f.also)
    assert holding.kind == "result"
    assert by_text_kind(sheet, "Some reported a bad taste") == "result"
    assert by_text_kind(sheet, "The researchers caution") == "caveat"
    assert by_text_kind(sheet, "Vitamin intake was not measured") == "design"


def by_text_kind(sheet: Sheet, start: str) -> str:
    return next(f.kind for f in sheet.facts if f.text.startswith(start))


def test_a_release_lead_with_a_dateline_is_its_finding_and_names_the_journal(
    tmp_path: Path,
) -> None:
    """ "OSLO, 3 March 2025 — X cut Y by 15%, according to a trial published today in Z": the
    dateline is no part of the fact, the sentence is the trial's result (not a citation, nor
    a conclusion the release alone draws), and the journal gets a fact of its own."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Zinc shortens colds\n\n"
        "CARDIFF, Wales, 3 March 2025 — Zinc lozenges shortened colds by 1.2 days, according to a "
        "trial of 380 office workers published today in the Journal of Everyday Medicine.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    lead = next(f for f in sheet.facts if "shortened colds by 1.2 days" in f.text)
    assert lead.text.startswith("Zinc lozenges shortened colds")
    # a measured difference the trial reports is its result, as certain as it is measured
    assert (lead.kind, lead.certainty) == ("result", "shown")
    assert sheet.study.journal == "Journal of Everyday Medicine"
    assert any(
        f.kind == "bibliographic" and "Journal of Everyday Medicine" in f.text for f in sheet.facts
    )


_COHORT = """Objective: To examine whether gardening is associated with the risk of depression in
retired men.

Design: Prospective cohort study.

Participants: 9,120 retired men aged 65 to 80 years, followed for a median of 6 years.

Results: Men who gardened weekly had a 22% lower risk of depression than men who did not.

Conclusions: Weekly gardening was associated with a lower risk of depression in retired men.
Because the study was observational, a causal effect of gardening cannot be established.
"""


def test_a_cohort_abstract_with_labels_drafts_an_observational_sheet(tmp_path: Path) -> None:
    """The labels of a structured abstract ("Objective:", "Conclusions:") give each sentence
    its section and are no part of it; a cohort study is marked observational, so its results
    and associated conclusions are associations; "cannot be established" is a caveat."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(_COHORT, encoding="utf-8")
    text = draft_sheet([(paper, "paper")])
    sheet = parse_sheet(text, "t.toml")
    assert sheet.study.observational and "observational = true" in text
    aim = next(f for f in sheet.facts if "To examine whether gardening" in f.text)
    assert aim.kind == "design" and not aim.text.startswith("Objective")
    result = next(f for f in sheet.facts if "22% lower risk" in f.text)
    assert result.kind == "result" and result.association
    conclusion = next(f for f in sheet.facts if f.text.startswith("Weekly gardening was"))
    assert conclusion.kind == "conclusion" and conclusion.association
    causal = next(f for f in sheet.facts if "cannot be established" in f.text)
    assert causal.kind == "caveat"


_STRUCTURED = """Daily Zinc Lozenges and the Length of Colds in Office Workers: A Randomised Trial

Abstract

BACKGROUND
Colds cost employers many working days, and no remedy clearly shortens them.

METHODS
We randomly assigned 380 office workers with a new cold to zinc or placebo lozenges for 5 days.

RESULTS
Colds lasted 5.1 days with zinc and 6.3 days with placebo. A bad taste was reported by 12% of
those given zinc.

CONCLUSIONS
Zinc lozenges shortened colds by about a day. Whether the effect holds in children is unknown.
"""


def test_a_structured_abstract_gives_its_title_and_what_it_leaves_open(tmp_path: Path) -> None:
    """A paper's first line, on its own, is its title (not "Untitled study"), and "Whether X
    is unknown" is a limitation of the study, not a conclusion it speculates."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(_STRUCTURED, encoding="utf-8")
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert sheet.study.title.startswith("Daily Zinc Lozenges and the Length of Colds")
    assert all(
        "Daily Zinc Lozenges" not in f.text or f.kind == "bibliographic" for f in sheet.facts
    )
    open_question = next(f for f in sheet.facts if f.text.startswith("Whether the effect"))
    assert open_question.kind == "caveat"


def test_who_led_the_study_said_in_passing_leaves_the_design(tmp_path: Path) -> None:
    """ "The study, led by researchers at X, followed 412 adults": a design fact (who led it
    is said in passing), and the institution is named with its article."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Walking keeps memory sharp\n\n"
        "The study, led by researchers at the University of Eastmoor, followed 412 adults for "
        "two years.\n\nThose who walked daily scored higher on memory tests.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "The study, led by researchers") == "design"
    assert any(
        f.text == "The research was done at the University of Eastmoor." for f in sheet.facts
    )


def test_a_release_tells_how_common_the_condition_is_some_patients_and_longer_studies(
    tmp_path: Path,
) -> None:
    """In a release, "X affects about one in seven people" is background known before the
    study (not its conclusion); "Some patients reported relief within minutes" is a result;
    "Longer studies are needed to ..." is the call for more work, so no generic one is added."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "We randomly assigned 620 adults with hay fever to a nasal gel or a placebo gel. "
        "After one week, sneezing fell by 38% with the gel and by 12% with placebo. "
        "Longer studies are needed to establish its safety over a whole season.\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "Nasal gel eases hay fever, trial finds\n\n"
        "A trial of 620 adults found that a nasal gel cut sneezing.\n\n"
        "Some patients reported relief within 20 minutes.\n\n"
        "Hay fever affects about one in four people in Europe.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper"), (release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Hay fever affects") == "context"
    assert by_text_kind(sheet, "Some patients reported relief") == "result"
    assert by_text_kind(sheet, "Longer studies are needed") == "caveat"
    assert not any(f.id == "caveat-more-research" for f in sheet.facts)


def test_a_release_reference_line_and_roles_give_the_authors_title_and_who_is_who(
    tmp_path: Path,
) -> None:
    """A release's notes cite the paper ("The paper: Roe J, Doe AB. Title. Journal 2025.")
    and name who did what ("said first author ...", "..., senior author of the study"): the
    sheet takes the authors, title and journal from the one and a role fact per person from
    the other, and the reference line is no fact of its own."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Seaweed snack lowers blood pressure, trial finds\n\n"
        "A daily seaweed snack lowered blood pressure in a trial of 240 adults.\n\n"
        '"We did not expect an effect this early," said first author Dr Ines Okoro-Blake of '
        "the Department of Clinical Nutrition.\n\n"
        "Professor Tomas Lindgren, senior author of the study and head of the unit, said: "
        '"Larger trials are needed."\n\n'
        "Contact: Professor Tomas Lindgren, Harbour University (corresponding author).\n\n"
        "The paper: Okoro-Blake I, van Dam P, O'Sullivan R, Lindgren TA. Dried seaweed and "
        "blood pressure in adults: a randomised trial. Journal of Coastal Nutrition 2025; "
        "4(2): e17. DOI: 10.5555/jcn.2025.017\n",
        encoding="utf-8",
    )
    text = draft_sheet([(release, "press-release")])
    sheet = parse_sheet(text, "t.toml")
    assert sheet.study.authors == ("I. Okoro-Blake", "P. van Dam", "R. O'Sullivan", "T.A. Lindgren")
    assert sheet.study.title == "Dried seaweed and blood pressure in adults: a randomised trial"
    assert sheet.study.journal == "Journal of Coastal Nutrition"
    facts = [f.text for f in sheet.facts]
    assert (
        "Dr Ines Okoro-Blake, of the Department of Clinical Nutrition, is the study's first "
        "author." in facts
    ), facts
    assert (
        "Professor Tomas Lindgren, senior author of the study and head of the unit, is the "
        "study's senior author and corresponding author." in facts
    ), facts
    assert not any("Clinical Nutrition is" in t for t in facts)  # a department is no one
    assert not any(t.startswith(("The paper:", "Okoro-Blake I")) for t in facts)


def test_a_release_tells_prior_work_a_measured_result_and_a_ranking_as_what_they_are(
    tmp_path: Path,
) -> None:
    """Work done before ("Studies in rats have previously shown ...") is context, not the
    study's conclusion; "The gel was 64% effective" is a result it measured; "a leading cause
    of X" ranks a condition and is context, while "are caused by" states the study's cause."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A gel cut ear infections in children, a trial from Harbour University has found.\n\n"
        "The gel was 64% effective against a first infection.\n\n"
        "Studies in rats have previously shown that the gel can kill bacteria in the ear.\n\n"
        "Doctors in Oslo showed more than a decade ago that the biofilm resists antibiotics.\n\n"
        "A nightly drop cut repeat infections by a third, in a trial led by researchers at "
        "Harbour University.\n\n"
        "Ear infections are a leading cause of hearing loss in children.\n\n"
        "Many of the repeat infections are caused by a biofilm in the middle ear.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "The gel was 64% effective") == "result"
    assert by_text_kind(sheet, "Studies in rats have previously") == "context"
    assert by_text_kind(sheet, "Doctors in Oslo showed more than a decade ago") == "context"
    # "..., in a trial led by X": the trial that found it, not a bibliographic detail
    assert by_text_kind(sheet, "A nightly drop cut repeat infections") == "result"
    assert by_text_kind(sheet, "Ear infections are a leading cause") == "context"
    assert by_text_kind(sheet, "Many of the repeat infections") == "conclusion"


def test_a_release_lead_that_tells_what_happened_is_a_result(tmp_path: Path) -> None:
    """ "X killed tumour cells and slowed tumours in mice, according to a study" and "The lake
    has been shrinking twice as fast since 2000, a study has found" tell what the study saw:
    results, stated as shown. "X is the key to Y, the study shows" interprets: a conclusion."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A compound from thyme killed bone cancer cells in the laboratory and slowed the "
        "growth of bone tumours in mice, according to a study led by Harbour University.\n\n"
        "Lake Arlen has been shrinking twice as fast since 2000 as it did before, a study by "
        "the same team has found.\n\n"
        "The study shows that thyme is the key to beating bone cancer.\n\n"
        "They found that the lake lost 2 metres of water in ten years.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    killed = next(f for f in sheet.facts if f.text.startswith("A compound from thyme"))
    assert (killed.kind, killed.certainty) == ("result", "shown")
    assert by_text_kind(sheet, "Lake Arlen has been shrinking") == "result"
    assert by_text_kind(sheet, "Thyme is the key") == "conclusion"
    # "They found that P" states P, as "the study shows that P" does
    assert by_text_kind(sheet, "The lake lost 2 metres of water") == "result"


def test_a_papers_front_matter_gives_authors_journal_and_date_and_no_facts(
    tmp_path: Path,
) -> None:
    """The lines above a structured abstract's first section name the authors (with degrees
    and affiliation marks), the affiliations, the journal and the date: they fill the study's
    details and are not drafted as results."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Sleep timing and exam scores in first-year students: a cohort study\n\n"
        "Ana Ribeiro, PhD; Joost van Leer, MSc (2); Mei Lin Tan, MD, PhD*\n\n"
        "School of Education, Harbour University, Porto, Portugal (A.R., M.L.T.)\n\n"
        "Journal of Student Health. Published online 3 May 2024. 2024;12(2):e55. "
        "doi:10.5555/jsh.2024.055\n\n"
        "Correspondence: Mei Lin Tan, Harbour University.\n\n"
        "Background: Late sleep is common among students.\n\n"
        "Methods: We followed 812 first-year students for one academic year.\n\n"
        "Results: Each hour of later sleep was associated with a 2.1-point lower exam score.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert sheet.study.authors == ("Ana Ribeiro", "Joost van Leer", "Mei Lin Tan")
    assert sheet.study.journal == "Journal of Student Health"
    assert str(sheet.study.published) == "2024-05-03"
    assert not any("Harbour University, Porto" in f.text for f in sheet.facts)
    assert not any(f.text.startswith(("Correspondence", "Journal of")) for f in sheet.facts)
    # an association the study observed is a result it shows, marked as an association
    scores = next(f for f in sheet.facts if "lower exam score" in f.text)
    assert (scores.kind, scores.certainty, scores.association) == ("result", "shown", True)


def test_what_the_study_could_not_do_is_a_caveat_said_plainly(tmp_path: Path) -> None:
    """ "It ran online, so they could not check ..." and "the study says nothing about X" are
    limits of the study, stated as facts (not hedged by "could"); "The researchers stress the
    limits of the study" introduces them."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A tidy desk did not improve typing speed, a study by Harbour University has found.\n\n"
        "It ran online, so the researchers could not check how tidy the desks really were.\n\n"
        "Desks were photographed once, so the study says nothing about clutter that builds up.\n"
        "\nThe researchers stress the limits of the study.\n\n"
        "Tidier workers often sit nearer the window, which may affect the results.\n\n"
        "The tidy-desk group made just as many typing errors as the others.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Tidier workers often sit") == "caveat"
    # what happened in the study, told in the past after the study is named: a result
    assert by_text_kind(sheet, "The tidy-desk group made") == "result"
    online = next(f for f in sheet.facts if f.text.startswith("It ran online"))
    assert (online.kind, online.certainty) == ("caveat", "shown")
    assert by_text_kind(sheet, "Desks were photographed once") == "caveat"
    assert by_text_kind(sheet, "The researchers stress the limits") == "caveat"


def test_a_result_made_mostly_of_figures_is_a_fact(tmp_path: Path) -> None:
    """ "Clearance was reached by 4 of 57 (7.0%), 19 of 57 (33.3%) and 34 of 56 (60.7%)" is
    the study's main result, however many of its characters are figures."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "We randomly assigned 170 adults with eczema to a cream or placebo for 8 weeks. "
        "Clearance was reached by 4 of 57 (7.0%), 19 of 57 (33.3%) and 34 of 56 (60.7%). "
        "Itch fell by 1.8%, 12.3% and 29.3%, respectively.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert by_text_kind(sheet, "Clearance was reached by 4 of 57") == "result"
    assert by_text_kind(sheet, "Itch fell by 1.8%") == "result"


def test_a_limit_that_says_what_is_unknown_states_it_plainly(tmp_path: Path) -> None:
    """ "..., so it is not yet known whether the benefit lasts" is what the study cannot tell:
    a caveat stated plainly (a claim that "the trial lasted only one winter" says no more)."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A nasal spray cut winter colds by a third, a trial by Harbour University has found.\n\n"
        "The researchers caution that the trial covered only one winter, so it is not yet "
        "known whether the benefit lasts.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    limit = next(f for f in sheet.facts if f.text.startswith("The researchers caution"))
    assert (limit.kind, limit.certainty) == ("caveat", "shown")


def test_the_tense_of_a_sentences_first_finite_verb() -> None:
    """What a sentence tells: what happened ("killed", "has been shrinking"), or what is
    ("is", "are caused"); a participle before its noun ("Supervised walks", "stiffness,
    reduced movement") is no verb of the sentence."""
    from claimdiff.language.clauses import first_verb_tense
    from claimdiff.language.lexicon import load_lexicon

    lex = load_lexicon()
    cases = {
        "A compound found in thyme killed cancer cells in the laboratory.": "past",
        "The lake has been shrinking twice as fast since 2000.": "perfect",
        "The treated group made fewer errors.": "past",
        "Thyme is the key to beating bone cancer.": "present",
        "Many of the symptoms are caused by antibodies.": "present",
        "The pain, stiffness, reduced movement and fatigue are all a consequence of it.": "present",
        "Supervised walks gently lift mood in older adults.": None,
    }
    for sentence, tense in cases.items():
        assert first_verb_tense(sentence, lex) == tense, sentence


def test_a_release_association_is_a_result_and_its_frame_is_no_design(tmp_path: Path) -> None:
    """ "People who X are less likely to Y, according to a study that followed 30,000
    adults" states a result (the study's design is in its frame); "Every extra cup was
    linked to a 4% lower risk" is one too, an association said plainly; "so the results may
    not apply to other groups" is a limit."""
    release = tmp_path / "release.txt"
    release.write_text(
        "People who drink green tea daily are less likely to develop gout than people who "
        "rarely drink it, according to a Welsh cohort study that followed 30,000 adults.\n\n"
        "Every extra cup a day was linked to a 4 per cent lower risk.\n\n"
        "Almost all participants were over 50, so the results may not apply to younger "
        "people.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "People who drink green tea") != "design"
    cup = next(f for f in sheet.facts if f.text.startswith("Every extra cup"))
    assert (cup.kind, cup.certainty) == ("result", "shown")
    assert by_text_kind(sheet, "Almost all participants were over 50") == "caveat"


def test_what_the_team_did_is_design_and_a_term_explained_is_context(tmp_path: Path) -> None:
    """ "The researchers picked 12 pollen counts and examined them in 9,000 adults" says what
    the study did, whatever its first verb; "Hay fever (HF) causes sneezing ..." explains a
    term the release goes on to use: known before the study, not its conclusion."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Pollen levels on the day of an exam may lower pupils' marks, a study suggests.\n\n"
        "Hay fever (HF) causes sneezing, itchy eyes and a blocked nose.\n\n"
        "The researchers picked 12 daily pollen counts from local weather stations and "
        "examined them against the marks of 9,000 pupils.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Hay fever (HF) causes") == "context"
    assert by_text_kind(sheet, "The researchers picked 12") == "design"
    assert by_text_kind(sheet, "Pollen levels on the day") == "conclusion"


def test_an_event_dated_before_the_study_is_context(tmp_path: Path) -> None:
    """ "The health agency named pollen a probable cause of exam stress in 2016", in a release
    of a 2024 study, is what was known before it; what the study found stays a finding."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Pollen levels on the day of an exam may lower pupils' marks, a study published on "
        "3 May 2024 in the Journal of School Health suggests.\n\n"
        "The national health agency named pollen a probable cause of exam stress in 2016.\n\n"
        "Pupils sitting exams on high-pollen days scored 2% lower, the study found.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert sheet.study.published is not None and sheet.study.published.year == 2024
    assert by_text_kind(sheet, "The national health agency") == "context"
    assert by_text_kind(sheet, "Pupils sitting exams") == "result"
    # the agency of the background is none of the study's institutions
    release.write_text(
        release.read_text(encoding="utf-8").replace(
            "The national health agency", "The National Institute of Pollen Research"
        )
        + "\nThe work was led by the University of Eastbrook.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "The National Institute of Pollen Research") == "context"
    assert sheet.study.institutions == ("University of Eastbrook",)


def test_the_journal_from_a_header_line_or_in_the_journal_x(tmp_path: Path) -> None:
    """ "journal: The Lake Review, 19, 1021-1044, 2025" in a saved page's header names the
    journal, as does a release's "published today in the journal The Lake Review"."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "title: Forty years of water loss from Lake Arlen\n"
        "journal: The Lake Review, 19, 1021-1044, 2025\n\n"
        "We measured the lake's level from 1980 to 2020. The lake lost 2.5 m of water.\n",
        encoding="utf-8",
    )
    assert parse_sheet(draft_sheet([(paper, "paper")]), "t.toml").study.journal == (
        "The Lake Review"
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "Lake Arlen is shrinking.\n\nThe research, published today in the journal The Lake "
        "Review, measured the lake's level from 1980 to 2020.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert sheet.study.journal == "The Lake Review"


def test_the_us_as_a_country_is_not_the_releases_we(tmp_path: Path) -> None:
    """A release speaks of the study in the third person, so "we" and "us" are someone's words;
    "the US" is a country: "The team tested 900 adults in the UK and the US" is the design."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Pollen levels on the day of an exam may lower pupils' marks, a study suggests.\n\n"
        "Researchers at the University of Eastbrook tested 900 pupils in the UK and the US.\n\n"
        "The pollen told us more than we expected about exam days.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Researchers at the University of Eastbrook") == "design"
    assert by_text_kind(sheet, "The pollen told us") == "quote"


def test_a_measure_named_by_what_it_measures_keeps_its_head(tmp_path: Path) -> None:
    """ "psoriasis score (PASI)" gives PASI the name "psoriasis score", not "psoriasis": that
    is the disease the score measures. A thing's own kind word still goes ("itch syndrome")."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A daily tablet improved psoriasis in a 12-week trial, a study suggests.\n\n"
        "The main measure was the share of patients whose psoriasis score (PASI) fell by "
        "at least 75 per cent.\n\n"
        "Patients with chronic itch syndrome (CIS) were left out of the trial.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert sheet.terms["PASI"] == ("psoriasis score",)
    assert sheet.terms["CIS"] == ("chronic itch syndrome", "chronic itch")


def test_the_doi_of_a_papers_front_page_line(tmp_path: Path) -> None:
    """A DOI given as a link on the line under the authors ("Published online: ... https://doi
    .org/...") is the paper's, like one in the text."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Pollen and exam marks: a cohort study of 9,000 pupils\n\n"
        "Ana Roe, Ben Doe, Cara Poe\n\n"
        "Journal of School Health (2024). Published online: 3 May 2024. "
        "https://doi.org/10.1234/jsh.2024.0567\n\n"
        "Background\nPollen may lower exam marks.\n\n"
        "Results\nPupils sitting exams on high-pollen days scored 2% lower.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert sheet.study.doi == "10.1234/jsh.2024.0567"
    assert any(f.text == "The paper's DOI is 10.1234/jsh.2024.0567." for f in sheet.facts)


def test_who_the_studys_people_are_goes_into_their_facts(tmp_path: Path) -> None:
    """A release introduces the study's people before or after their words ("Dr Ana Roe, a
    surgeon at X, said"; 'said first author Ben Doe, a PhD student at Y.'): their title and
    place go into the fact that gives their role, for a claim that gets them wrong. Someone
    from outside the study gets no fact."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Pollen levels on the day of an exam may lower pupils' marks, a study suggests.\n\n"
        '"Marks fell on high-pollen days," said first author Ben Doe, a PhD student at the '
        "University of Eastbrook.\n\n"
        "Dr Ana Roe, a lecturer in paediatrics at Westfield University and senior author of "
        'the study, said: "Schools could plan exams around pollen."\n\n'
        "Professor Cy Poe, of Northgate University, who was not involved in the study, said: "
        '"It is a small effect."\n',
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    texts = [f.text for f in sheet.facts if f.kind == "bibliographic"]
    assert (
        "Ben Doe, a PhD student at the University of Eastbrook, is the study's first author."
        in texts
    ), texts
    assert (
        "Dr Ana Roe, a lecturer in paediatrics at Westfield University and senior author of "
        "the study." in texts
    ), texts
    assert not any("Poe" in t for t in texts), texts
    r = judged_on(sheet, "Lead author Professor Ben Doe, of Westfield University, said so.")
    assert r.verdict == "misreported", reasons(r)


def test_a_release_lead_told_according_to_a_survey_led_by_someone_is_its_finding(
    tmp_path: Path,
) -> None:
    """ "X are more likely to Y, according to a large survey of pupils led by researchers at Z"
    tells the finding; who led the survey does not make it a bibliographic fact."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Pupils who sit exams on high-pollen days score lower, according to a large survey of "
        "secondary school pupils led by researchers at the University of Eastbrook.\n\n"
        "The survey covered 9,000 pupils in 40 schools.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Pupils who sit exams") in ("result", "conclusion")


def test_a_releases_headline_arm_and_aim_are_what_the_study_found_and_did(
    tmp_path: Path,
) -> None:
    """ "Satellite photos reveal lake is shrinking twice as fast" tells a result; "The standard
    drug alone cut tumour size by 41%" is an arm of this study, measured, and was seen in the
    mice of the sentence before; "has been shrinking since 2000" dates nothing before the
    study; a background's "We examined whether ..." is the study's aim."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Background: Lake levels are falling across the region. We examined whether the "
        "North Lake is shrinking faster than before.\n\n"
        "Results: The lake lost 12% of its area between 2000 and 2024.\n",
        encoding="utf-8",
    )
    release = tmp_path / "release.txt"
    release.write_text(
        "Satellite photos reveal North Lake is shrinking twice as fast as before 2000\n\n"
        "12 May 2025\n\n"
        "The North Lake has been shrinking twice as fast since 2000, according to a study "
        "published today in the Journal of Lakes.\n\n"
        "In a second experiment, the team gave 40 mice with lake-fish tumours a new drug. "
        "The standard drug alone reduced tumour size by 41%, and the new drug by 60%.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper"), (release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Satellite photos reveal") in ("result", "conclusion")
    assert by_text_kind(sheet, "The North Lake has been shrinking") in ("result", "conclusion")
    assert by_text_kind(sheet, "We examined whether") == "design"
    arm = next(f for f in sheet.facts if f.text.startswith("The standard drug alone"))
    assert (arm.kind, arm.scope) == ("result", "mice")
    unit = Unit("Old photos reveal the glacier is losing ice twice as fast as before 2000.", None)
    assert classify(unit.text, unit, "press-release", True) == "result"
    hedged = "Old photos reveal the glacier may lose ice faster."
    assert classify(hedged, Unit(hedged, None), "press-release", True) == "conclusion"


def test_what_a_team_led_by_someone_did_and_a_count_of_trials_pooled_are_the_design(
    tmp_path: Path,
) -> None:
    """ "Researchers led by X, working with Y, ran an online experiment with 900 adults" and
    "The study, published today in the journal Z, pooled 41 randomised controlled trials" say
    what the study did: who led it and where it appeared are said in passing, and trials
    counted are no call for more trials."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Exam stress is lower on low-pollen days, a review suggests.\n\n"
        "Researchers led by the University of Eastbrook, working with Westfield University, "
        "ran an online experiment with 900 pupils in the UK and Spain.\n\n"
        "The study, published today in the journal School Health, pooled the results of 41 "
        "randomised controlled trials involving 3,800 pupils.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    assert by_text_kind(sheet, "Researchers led by the University of Eastbrook") == "design"
    assert by_text_kind(sheet, "The study pooled the results of 41") == "design"


def test_a_group_the_results_compare_or_an_instruments_name_is_not_who_the_study_was_in(
    tmp_path: Path,
) -> None:
    """ "The link was stronger in girls" compares a group within the study, and "the Patient
    Health Questionnaire" names a questionnaire: neither says who the study was in."""
    paper = tmp_path / "abstract.txt"
    paper.write_text(
        "Results: Mood was rated with the Patient Health Questionnaire for Adolescents. "
        "Heavy screen use was linked to low mood. The link was stronger in girls (OR 1.9).\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert sheet.study.subjects not in ("girls", "patients"), sheet.study.subjects


def test_a_quotes_speaker_is_named_whole_after_a_role_or_a_sentence_about_them(
    tmp_path: Path,
) -> None:
    """Speakers are whole names: a double-barrelled surname ("Marsh-Oduya"), an "O'" name,
    a role before the title ("Co-author Dr Ivo Lund said"); and '"...," she said.' after a
    sentence about a person gives her words."""
    release = tmp_path / "release.txt"
    release.write_text(
        "A seaweed extract lowered blood sugar in a small trial of adults with prediabetes.\n\n"
        'Lead author Dr Nia Marsh-Oduya, of Eastbrook University, said: "Fasting glucose '
        'fell within four weeks in most of the volunteers."\n\n'
        'Co-author Dr Ivo Lund, a dietitian at the university, said: "The extract was easy '
        'to take with meals and nobody dropped out."\n\n'
        "Professor Sean O'Brien, the study's senior author, was more cautious. \"This is "
        'only a first step toward a treatment for anyone," she said. "We studied forty '
        'volunteers for a month, and only a longer trial can tell us more."\n',
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    speakers = {f.text.split()[0]: f.speaker for f in sheet.facts if f.source == "investigator"}
    assert speakers.get("Fasting") == "Dr Nia Marsh-Oduya", speakers
    assert speakers.get("The") == "Dr Ivo Lund", speakers
    assert speakers.get("We") == "Professor Sean O'Brien", speakers  # no quotation marks kept


def test_words_quoted_before_their_speaker_are_a_quote_fact_of_theirs(tmp_path: Path) -> None:
    """'"X," said Dr Roe, a surgeon at Y. "Z."': the words before "said" lost their comma
    to the quote mark, and are still a sentence of hers; both parts become her quotes."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Seaweed snack lowers blood pressure, trial finds\n\n"
        "A daily seaweed snack lowered blood pressure in a trial of 240 adults.\n\n"
        '"Watching the readings fall week after week is something our nurses will remember," '
        "said Dr Ines Okoro-Blake, a dietitian at Harbour University and lead author of the "
        'study. "But it was a small trial of short duration."\n',
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    quotes = {f.text: f.speaker for f in sheet.facts if f.kind == "quote"}
    assert quotes == {
        "Watching the readings fall week after week is something our nurses will remember.": (
            "Dr Ines Okoro-Blake"
        ),
        "But it was a small trial of short duration.": "Dr Ines Okoro-Blake",
    }, quotes


_FLOOD_PAPER = """Human influence on the October 2025 floods in the Tarn: a rapid attribution study

Methods: We compared 40 climate model simulations with station rainfall since 1950.
Findings: Climate change made the two-day rainfall about 20% heavier. \
In today's climate, an event like this is expected about once every 30 years.
Interpretation: The observational record is short, so the range of the estimate is wide.
"""

_TWIN_PAPER = """Genetic influences on snoring: a study of 4,000 twin pairs

Findings: Heritability of snoring was estimated at 41% (95% CI 35 to 47). \
Snoring may be more heritable in men.
"""


def test_observational_data_make_no_observational_study_and_an_estimate_is_a_result(
    tmp_path: Path,
) -> None:
    """ "The observational record is short" speaks of the data, not of the design: the sheet
    is not marked observational. A result "estimated at 41% (95% CI ...)" or "expected about
    once every 30 years" is what the study measured, shown; "may be" still hedges."""
    paper = tmp_path / "flood.txt"
    paper.write_text(_FLOOD_PAPER, encoding="utf-8")
    sheet = parse_sheet(draft_sheet([(paper, "paper")]), "t.toml")
    assert not sheet.study.observational
    expected = next(f for f in sheet.facts if "once every 30 years" in f.text)
    assert expected.certainty == "shown"
    twins = tmp_path / "twins.txt"
    twins.write_text(_TWIN_PAPER, encoding="utf-8")
    sheet = parse_sheet(draft_sheet([(twins, "paper")]), "t.toml")
    estimated = next(f for f in sheet.facts if "estimated at 41%" in f.text)
    assert estimated.certainty == "shown"
    hedged = next(f for f in sheet.facts if "may be more heritable" in f.text)
    assert hedged.certainty != "shown"


def test_what_was_not_confirmed_is_a_caveat_said_plainly(tmp_path: Path) -> None:
    """ "Reasons for absence came from parents and were not confirmed by laboratory tests": a
    limit of the study, stated as it is (shown), not a conclusion left open."""
    release = tmp_path / "release.txt"
    release.write_text(
        "Soap cuts school absence\n\nAbsence fell by 19% in schools with soap. "
        "Reasons for absence came from parents and were not confirmed by laboratory tests.\n",
        encoding="utf-8",
    )
    sheet = parse_sheet(draft_sheet([(release, "press-release")]), "t.toml")
    limit = next(f for f in sheet.facts if "not confirmed" in f.text)
    assert (limit.kind, limit.certainty) == ("caveat", "shown")


@pytest.mark.parametrize(
    "sentence",
    [
        # a release's note to editors on who someone is, not what the study concluded
        "About the Harrow Lung Foundation: A charity funding research into the causes of asthma.",
        "About Westmere University: Westmere is a research university with 20,000 students.",
    ],
)
def test_notes_to_editors_are_context(sentence: str) -> None:
    assert classify(sentence, Unit(sentence, None), "press-release", True) == "context"


def test_about_half_of_the_study_is_no_note_to_editors() -> None:
    finding = "About half of the treated cats walked further, the trial found."
    assert classify(finding, Unit(finding, None), "press-release", True) != "context"
