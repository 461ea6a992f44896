"""Schema 2 of the fact sheet: what a fact-checker can say beyond schema 1, and how a
mistake in it reads (one line naming the fact)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.errors import SheetError
from claimdiff.model import Rounding
from claimdiff.study.sheet import load_sheet, parse_sheet

HEAD = """\
schema = 2

[study]
id = "tea2023"
title = "Green tea drinking and blood pressure in older adults"
subjects = "adults aged 60 to 80"
"""

FULL = (
    HEAD
    + """observational = true

[[facts]]
id = "cohort"
kind = "design"
text = "The cohort followed 2,149 adults for 4.5 years."
rounding = { "2,149" = 100, "4.5" = 0.5 }

[[facts]]
id = "pressure"
text = "Adults who drank three or more cups a day had lower systolic pressure, by 3.2 mmHg."

[[facts]]
id = "pressure-causal"
kind = "conclusion"
certainty = "speculated"
association = false
text = "Tea may lower blood pressure."

[[facts]]
id = "cells"
kind = "result"
subjects = ["endothelial cells", "mice"]
association = false
text = "Catechins relaxed vessel cells in culture and in mice."

[[facts]]
id = "intake"
kind = "design"
not_done = true
text = "Salt intake was not measured."

[[facts]]
id = "quote-lee"
kind = "quote"
source = "investigator"
speaker = "Dr Min Lee"
text = "It is too early to tell people to drink more tea."

[[facts]]
id = "lee-caveat"
kind = "caveat"
source = "investigator"
speaker = "Min Lee"
text = "The lead author says the result needs a trial."

[background]
examples = ["Tea has been drunk for thousands of years."]

[[related]]
id = "tea2025"
title = "A randomised trial of green tea extract"
relation = "later trial by the same group"
published = 2025-02-03
subjects = "adults with hypertension"

[[related.facts]]
id = "tea2025-trial"
text = "Extract capsules lowered systolic pressure by 2 mmHg over 12 weeks."
also = ["tea pills cut blood pressure"]
"""
)


def error_of(text: str) -> str:
    with pytest.raises(SheetError) as info:
        parse_sheet(text, "s.toml")
    message = info.value.message
    assert "\n" not in message
    assert message.startswith("s.toml: ")
    return message[len("s.toml: ") :]


def test_every_schema_2_field_loads() -> None:
    sheet = parse_sheet(FULL, "s.toml")
    assert sheet.schema == 2
    assert sheet.study.observational
    facts = {f.id: f for f in sheet.facts}
    assert [r.text for r in facts["cohort"].rounding] == ["2,149", "4.5"]
    assert facts["cohort"].rounding[0] == Rounding("2,149", 2149.0, 100.0)
    # observational: results are associations unless the fact says otherwise
    assert facts["pressure"].association
    assert not facts["pressure-causal"].association  # a conclusion is never one by default
    assert not facts["cells"].association
    assert facts["cells"].subjects == ("endothelial cells", "mice")
    assert facts["cells"].scope == "endothelial cells and mice"  # scope follows the subjects
    assert facts["pressure"].scope == "adults aged 60 to 80"  # results: study.subjects
    assert facts["intake"].not_done and facts["intake"].scope is None
    assert facts["quote-lee"].speaker == "Dr Min Lee"
    assert facts["lee-caveat"].speaker == "Min Lee"
    assert sheet.background == ("Tea has been drunk for thousands of years.",)
    (related,) = sheet.related
    assert (related.id, related.relation, str(related.published)) == (
        "tea2025",
        "later trial by the same group",
        "2025-02-03",
    )
    (trial,) = related.facts
    assert trial.study == "tea2025" and trial.scope == "adults with hypertension"
    assert all(f.study is None for f in sheet.facts)
    # a related finding is found by id, and knows its study; it is not one of this study's
    assert sheet.fact("tea2025-trial") is trial
    assert sheet.related_study(trial) is related
    assert sheet.related_study(facts["pressure"]) is None
    assert "tea2025-trial" not in facts


def test_subjects_may_be_one_text_and_scope_still_wins() -> None:
    sheet = parse_sheet(
        HEAD
        + """
[[facts]]
id = "a"
subjects = "volunteers"
text = "Ten volunteers drank tea."

[[facts]]
id = "b"
subjects = ["mice"]
scope = ""
text = "Tea lowered pressure in mice."
""",
        "s.toml",
    )
    a, b = sheet.facts
    assert a.subjects == ("volunteers",) and a.scope == "volunteers"
    assert b.subjects == ("mice",) and b.scope is None


def test_schema_1_sheet_loads_unchanged(tmp_path: Path) -> None:
    from claimdiff.locations import bundled_sheet

    sheet = load_sheet(bundled_sheet())
    assert sheet.schema == 1
    assert sheet.related == () and sheet.background == ()
    assert all(
        f.subjects == () and f.speaker is None and f.rounding == () and not f.association
        for f in sheet.facts
    )


@pytest.mark.parametrize(
    ("addition", "expected"),
    [
        ('[[facts]]\nid = "x"\ntext = "t"\nspeaker = "A"\n', '"speaker" needs schema 2'),
        ('[[facts]]\nid = "x"\ntext = "t"\nsubjects = ["mice"]\n', '"subjects" needs schema 2'),
        ('[[facts]]\nid = "x"\ntext = "t"\nnot_done = true\n', '"not_done" needs schema 2'),
        ('[[facts]]\nid = "x"\ntext = "t"\n[background]\nexamples = []\n', "background"),
        ('[[facts]]\nid = "x"\ntext = "t"\nassociaton = true\n', "unknown key"),
    ],
)
def test_schema_1_refuses_schema_2_keys(addition: str, expected: str) -> None:
    message = error_of(HEAD.replace("schema = 2", "schema = 1") + addition)
    assert expected in message
    if "needs schema 2" in message:
        assert "write schema = 2 at the top" in message
    else:  # a schema 1 sheet is not offered the schema 2 keys as "allowed"
        assert "association" not in message.split("allowed:")[1]


FACT = '\n[[facts]]\nid = "f"\ntext = "The cohort had 2,149 adults and 38.5% were women."\n'

BAD = {
    "association-on-design": ('kind = "design"\nassociation = true\n', "association applies to"),
    "association-text": ('association = "yes"\n', "association must be true or false"),
    "not-done-on-result": ("not_done = true\n", "not_done applies to design and caveat facts"),
    "speaker-on-paper-result": ('speaker = "Ann"\n', "speaker applies to"),
    "speaker-empty-list": ("speaker = []\n", "speaker must be text"),
    "subjects-number": ("subjects = 3\n", "subjects must be text or a list of text"),
    "subjects-empty": ('subjects = ""\n', "subjects is empty"),
    "rounding-list": ("rounding = [100]\n", "rounding must be a table of numbers"),
    "rounding-not-number": ('rounding = { "many" = 10 }\n', "is not a number"),
    "rounding-absent": ('rounding = { "2,150" = 10 }\n', "does not appear in the fact's text"),
    "rounding-part": ('rounding = { "149" = 10 }\n', "does not appear"),
    "rounding-zero": ('rounding = { "2,149" = 0 }\n', "must be a positive step"),
    "rounding-text": ('rounding = { "38.5%" = "1" }\n', "not text"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_schema_2_fact_is_one_line_naming_it(case: str) -> None:
    keys, expected = BAD[case]
    message = error_of(HEAD + FACT + keys)
    assert message.startswith('fact "f": ')
    assert expected in message


def test_rounding_key_may_be_written_with_a_percent() -> None:
    (fact,) = parse_sheet(HEAD + FACT + 'rounding = { "38.5%" = 1 }\n', "s.toml").facts
    assert fact.rounding == (Rounding("38.5%", 38.5, 1.0),)


RELATED = HEAD + FACT + '\n[[related]]\nid = "r"\ntitle = "Other"\n'


@pytest.mark.parametrize(
    ("addition", "expected"),
    [
        ("", 'related study "r": no facts'),
        ('[[related.facts]]\nid = "f"\ntext = "t"\n', 'fact id "f" is already used by this'),
        (
            '[[related.facts]]\nid = "g"\ntext = "t"\n[[related.facts]]\nid = "g"\ntext = "u"\n',
            'duplicate fact id "g": related study "r": fact #1',
        ),
        ('[[related.facts]]\ntext = "t"\n', 'related study "r": fact #1: missing id'),
        ('jurnal = "J"\n[[related.facts]]\nid = "g"\ntext = "t"\n', 'did you mean "journal"'),
        ('published = "soon"\n[[related.facts]]\nid = "g"\ntext = "t"\n', "is not a date"),
    ],
)
def test_bad_related_study_is_one_line(addition: str, expected: str) -> None:
    assert expected in error_of(RELATED + addition)


def test_related_id_may_not_reuse_the_study_id() -> None:
    text = HEAD + FACT + '[[related]]\nid = "tea2023"\ntitle = "x"\n'
    assert "already used by the study's own id" in error_of(text)


def test_related_and_background_shapes() -> None:
    assert "related must be an array of tables" in error_of(HEAD + FACT + "[related]\nid = 1\n")
    assert "background must be a table" in error_of(
        HEAD.replace("[study]", 'background = ["x"]\n[study]') + FACT
    )
    assert "[background]: examples item 1 is empty" in error_of(
        HEAD + FACT + '[background]\nexamples = [" "]\n'
    )


def test_observational_must_be_a_flag() -> None:
    assert "[study]: observational must be true or false" in error_of(
        HEAD + 'observational = "yes"\n' + FACT
    )


@pytest.mark.parametrize(
    ("value", "step", "allowed", "refused"),
    [
        (2149, 100, [2149, 2150, 2100], [2000, 2200, 2140]),
        (2149, 1000, [2000, 2100, 2150], [3000, 1000]),
        (38.5, 1, [38.5, 39, 38], [40, 37]),
        (4.5, 0.5, [4.5], [5, 4]),
        (4.5, 1, [4.5, 5], [6]),
    ],
)
def test_rounding_allows_the_rounded_forms_only(
    value: float, step: float, allowed: list[float], refused: list[float]
) -> None:
    rounding = Rounding(str(value), float(value), float(step))
    assert all(rounding.allows(v) for v in allowed)
    assert not any(rounding.allows(v) for v in refused)


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from([1, 10, 100, 1000]),
)
def test_rounding_allows_the_value_and_its_nearest_multiple(value: int, step: int) -> None:
    rounding = Rounding(str(value), float(value), float(step))
    assert rounding.allows(value)
    assert rounding.allows(round(value / step) * step)
    assert not rounding.allows(value + 2 * step)


def test_every_toml_example_in_the_sheet_docs_loads_or_is_a_fragment() -> None:
    """The complete example in docs/fact-sheet.md loads as written; so does the [[related]]
    example on top of it."""
    import re

    doc = (Path(__file__).resolve().parents[1] / "docs" / "fact-sheet.md").read_text("utf-8")
    blocks = re.findall(r"```toml\n(.*?)```", doc, re.DOTALL)
    complete = next(b for b in blocks if b.startswith("schema = 2"))
    sheet = parse_sheet(complete, "docs.toml")
    assert sheet.schema == 2 and sheet.study.observational
    related = next(b for b in blocks if b.startswith("[[related]]"))
    background = next(b for b in blocks if b.startswith("[background]"))
    both = parse_sheet(complete + "\n" + background + "\n" + related, "docs.toml")
    assert both.related[0].facts[0].study == both.related[0].id
    assert both.background
