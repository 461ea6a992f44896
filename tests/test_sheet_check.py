"""`claimdiff sheet check`: each rule finds the problem planted for it in a sheet about an
invented study, a clean sheet yields nothing, and the reference sheet yields only what a
reader would agree with."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdiff.authoring.check import check_sheet, pulls
from claimdiff.cli.main import main
from claimdiff.study.sheet import parse_sheet

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reference-study.toml"

HEAD = """\
schema = 2

[study]
id = "zinc2024"
title = "Topical zinc gel speeds wound closure in diabetic mice"
subjects = "mice"
"""

DESIGN = """
[[facts]]
id = "design"
kind = "design"
text = "Diabetic mice were treated with zinc gel or a placebo gel twice daily for 14 days."
"""

CLOSURE = """
[[facts]]
id = "closure"
text = "Mice treated with zinc gel closed their wounds four days earlier than controls."
also = ["wounds healed days faster"]
"""

VESSELS = """
[[facts]]
id = "vessels"
text = "The wound edges of treated mice held more new blood vessels at day seven."
"""

CONCLUSION = """
[[facts]]
id = "help-people"
kind = "conclusion"
certainty = "speculated"
text = "Zinc gels may help people with diabetic foot ulcers."
"""

CAVEAT = """
[[facts]]
id = "mice-only"
kind = "caveat"
text = "All the experiments were done in mice; the gel was not tested in people."
"""

CLEAN = HEAD + DESIGN + CLOSURE + VESSELS + CONCLUSION + CAVEAT

PLANTED = {
    "alike": (
        CLEAN
        + """
[[facts]]
id = "closure-again"
text = "Treated mice closed their wounds four days earlier than control mice."
""",
        "closure",
    ),
    "also": (
        CLEAN.replace(
            'also = ["wounds healed days faster"]',
            'also = ["wounds healed days faster", '
            '"more new blood vessels grew at the wound edges"]',
        ),
        "closure",
    ),
    "hedge": (
        CLEAN
        + """
[[facts]]
id = "release-claim"
kind = "conclusion"
source = "press-release"
text = "Zinc gel heals diabetic foot ulcers in people."
""",
        "release-claim",
    ),
    "hedge-own-words": (
        CLEAN.replace('certainty = "speculated"\n', ""),
        "help-people",
    ),
    "subjects": (CLEAN.replace(CAVEAT, ""), "closure"),
    "ids": (
        CLEAN
        + """
[[facts]]
id = "Vessels"
kind = "context"
text = "Diabetic foot ulcers affect about one in four people with diabetes."
""",
        "Vessels",
    ),
    "background": (
        CLEAN + '\n[background]\nexamples = ["Treated mice closed their wounds earlier."]\n',
        "closure",
    ),
}


def test_a_clean_sheet_yields_nothing() -> None:
    assert check_sheet(parse_sheet(CLEAN, "clean.toml")) == []


@pytest.mark.parametrize("case", sorted(PLANTED))
def test_each_rule_finds_its_planted_problem(case: str) -> None:
    text, fact_id = PLANTED[case]
    rule = case.split("-")[0]
    findings = check_sheet(parse_sheet(text, "planted.toml"))
    assert [(f.rule, f.fact_id) for f in findings] == [(rule, fact_id)], [
        f.line() for f in findings
    ]
    assert "\n" not in findings[0].line()


def test_also_report_says_where_each_phrasing_pulls() -> None:
    sheet = parse_sheet(PLANTED["also"][0], "planted.toml")
    found = {p.phrasing: p for p in pulls(sheet)}
    assert found["wounds healed days faster"].to == "closure"
    stray = found["more new blood vessels grew at the wound edges"]
    assert stray.to == "vessels" and stray.score > stray.own


@pytest.mark.skipif(not REFERENCE.is_file(), reason="needs ../shared/eval")
def test_reference_sheet_yields_only_the_phrase_it_files_under_two_facts() -> None:
    from claimdiff.study.sheet import load_sheet

    findings = check_sheet(load_sheet(REFERENCE))
    # The reference lists one press-release phrase under two facts ("antibodies that
    # increase the activity of pain-sensing nerves"): a real overlap, and the only finding.
    assert [(f.rule, f.fact_id) for f in findings] == [("also", "nociceptors")]
    assert "conclusion-mechanism" in findings[0].message


def test_command_lines_and_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.toml"
    clean.write_text(CLEAN, encoding="utf-8")
    assert main(["sheet", "check", str(clean)]) == 0
    assert "no problems found (5 facts checked)" in capsys.readouterr().out
    planted = tmp_path / "planted.toml"
    planted.write_text(PLANTED["ids"][0], encoding="utf-8")
    assert main(["sheet", "check", str(planted)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f'{planted}: fact "Vessels": its id differs from "vessels" only in case; '
        "reviews and reports would confuse them (rename one) [ids]"
    ]
    assert main(["sheet", "check", str(planted), "--phrasings"]) == 1
    assert (
        'also "wounds healed days faster" pulls claims to its own fact' in capsys.readouterr().out
    )
    assert main(["sheet", "check", str(tmp_path / "missing.toml")]) == 2
    assert "no such file" in capsys.readouterr().err
