"""The fact sheet: what loads, what is refused, and how the refusal reads."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimdiff.errors import SheetError
from claimdiff.locations import bundled_sheet
from claimdiff.model import CERTAINTIES, FACT_KINDS, FACT_SOURCES
from claimdiff.study.sheet import load_sheet, parse_sheet
from hostile_cases import fuzz_examples

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reference-study.toml"

HEAD = """\
schema = 1

[study]
id = "toy2024"
title = "A toy study"
subjects = "mice"
"""

COLD = """
[[facts]]
id = "cold"
kind = "result"
text = "Mice became more sensitive to cold."
"""


def write(tmp_path: Path, text: str, name: str = "study.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(tmp_path: Path, text: str) -> str:
    """The one-line message for a sheet that must be refused."""
    path = write(tmp_path, text)
    with pytest.raises(SheetError) as info:
        load_sheet(path)
    message = info.value.message
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message[len(f"{path}: ") :]


# --------------------------------------------------------------------------- good sheets


def test_minimal_sheet_and_defaults(tmp_path: Path) -> None:
    sheet = load_sheet(write(tmp_path, HEAD + COLD))
    assert sheet.study.id == "toy2024"
    assert sheet.path == tmp_path / "study.toml"
    (fact,) = sheet.facts
    assert (fact.kind, fact.source, fact.certainty) == ("result", "paper", "shown")
    assert fact.scope == "mice"  # results default to the study's subjects
    assert fact.also == ()
    assert dict(sheet.terms) == {}


def test_every_field(tmp_path: Path) -> None:
    text = """\
schema = 1
[study]
id = "s1"
title = "Title"
authors = ["A. One", "B. Two"]
journal = "Journal"
published = 2021-07-01
doi = "10.1/x"
url = "https://example.org/x"
institutions = ["Uni A"]
subjects = "mice"

[terms]
IgG = ["antibodies", "antibody"]
"King's College London" = ["KCL"]

[[facts]]
id = "claim"
text = "Treatment may help."
kind = "conclusion"
source = "press-release"
certainty = "suggested"
scope = "patients"
also = ["could help patients"]

[[facts]]
id = "ctx"
text = "Common condition."
kind = "context"

[[facts]]
id = "unscoped-result"
text = "Cells did not fire."
scope = ""
"""
    sheet = load_sheet(write(tmp_path, text))
    assert sheet.study.authors == ("A. One", "B. Two")
    assert sheet.study.published == dt.date(2021, 7, 1)
    assert sheet.study.institutions == ("Uni A",)
    assert sheet.terms["IgG"] == ("antibodies", "antibody")
    claim, ctx, unscoped = sheet.facts
    assert claim.certainty == "suggested" and claim.scope == "patients"
    assert claim.also == ("could help patients",)
    assert ctx.scope is None  # only results inherit the study's subjects
    assert unscoped.scope is None  # scope = "" opts out
    assert sheet.fact("ctx") is ctx


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"2021-07-01"', dt.date(2021, 7, 1)),
        ("2021-07-01T12:00:00Z", dt.date(2021, 7, 1)),
        ("2021-07-01", dt.date(2021, 7, 1)),
    ],
)
def test_published_forms(tmp_path: Path, value: str, expected: dt.date) -> None:
    text = HEAD.replace('subjects = "mice"', f"published = {value}") + COLD
    assert load_sheet(write(tmp_path, text)).study.published == expected


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + (HEAD + COLD).encode())
    assert load_sheet(path).study.id == "toy2024"


def test_bundled_sheet_loads() -> None:
    sheet = load_sheet(bundled_sheet())
    kinds = {f.kind for f in sheet.facts}
    assert kinds == set(FACT_KINDS)
    assert {f.certainty for f in sheet.facts} >= {"shown", "suggested"}
    assert sheet.study.subjects
    assert sheet.terms
    assert len(sheet.facts) >= 40


@pytest.mark.skipif(not REFERENCE.is_file(), reason="shared/eval is not beside this checkout")
def test_reference_sheet_loads() -> None:
    sheet = load_sheet(REFERENCE)
    assert sheet.study.id == "goebel2021"
    assert sheet.fact("cold") is not None


# --------------------------------------------------------------------------- bad sheets

BAD = {
    "syntax": (
        HEAD + "[[facts]]\nid = cold\n",
        "TOML syntax error at line 8, column 6: invalid value",
    ),
    "syntax-at-end": (HEAD + "[[facts]]\nid = ", "TOML syntax error at the end of the file"),
    "no-schema": (HEAD.replace("schema = 1\n", "") + COLD, 'missing "schema = 2"'),
    "schema-newer": (HEAD.replace("schema = 1", "schema = 3") + COLD, "unsupported schema 3"),
    "schema-text": (HEAD.replace("schema = 1", 'schema = "1"') + COLD, "schema must be a whole"),
    "schema-bool": (HEAD.replace("schema = 1", "schema = true") + COLD, "not true/false"),
    "no-study": ("schema = 1\n" + COLD, "missing [study]"),
    "study-not-table": ('schema = 1\nstudy = "x"\n' + COLD, "study must be a table"),
    "no-study-id": (HEAD.replace('id = "toy2024"\n', "") + COLD, "[study]: missing study.id"),
    "empty-title": (HEAD.replace('"A toy study"', '"  "') + COLD, "study.title is empty"),
    "study-typo": (HEAD + 'jurnal = "J"\n' + COLD, 'unknown key "jurnal" (did you mean "journal"?'),
    "authors-text": (HEAD + 'authors = "Ann"\n' + COLD, "study.authors must be a list of text"),
    "authors-number": (HEAD + "authors = [1]\n" + COLD, "authors item 1 must be text"),
    "bad-date": (HEAD + 'published = "July 2021"\n' + COLD, 'published "July 2021" is not a date'),
    "date-number": (HEAD + "published = 2021\n" + COLD, "published must be a date"),
    "unknown-top": (HEAD + COLD + "[fact]\nid = 1\n", 'unknown top-level key "fact"'),
    "terms-text": (HEAD + '[terms]\nIgG = "antibody"\n' + COLD, '[terms] "IgG": its phrases must'),
    "terms-dotted": (HEAD + '[terms]\na.b = ["x"]\n' + COLD, "put keys that contain a dot"),
    "terms-not-table": (HEAD.replace("[study]", "terms = 3\n[study]") + COLD, "terms must be a"),
    "no-facts": (HEAD, "no facts"),
    "facts-empty": (HEAD.replace("[study]", "facts = []\n[study]"), "no facts"),
    "facts-table": (HEAD + '[facts]\nid = "a"\ntext = "b"\n', "write [[facts]] before each fact"),
    "facts-not-array": (HEAD.replace("[study]", "facts = 3\n[study]"), "facts must be an array"),
    "fact-no-id": (HEAD + COLD + '[[facts]]\ntext = "x"\n', "fact #2 (line 12): missing id"),
    "fact-id-number": (
        HEAD + "[[facts]]\nid = 7\ntext = 'x'\n",
        "fact #1 (line 7): id must be text",
    ),
    "fact-id-blank": (HEAD + "[[facts]]\nid = ''\ntext = 'x'\n", "fact #1 (line 7): id is empty"),
    "fact-id-spaces": (HEAD + "[[facts]]\nid = ' a'\ntext = 'x'\n", "must not start or end"),
    "fact-no-text": (HEAD + '[[facts]]\nid = "a"\n', 'fact "a": missing text'),
    "fact-text-number": (HEAD + '[[facts]]\nid = "a"\ntext = 3.5\n', 'fact "a": text must be text'),
    "fact-empty-text": (HEAD + '[[facts]]\nid = "a"\ntext = ""\n', 'fact "a": text is empty'),
    "also-text": (HEAD + COLD + 'also = "chilly"\n', 'fact "cold": also must be a list of text'),
    "also-item": (HEAD + COLD + "also = ['a', 2]\n", 'fact "cold": also item 2 must be text'),
    "also-blank": (HEAD + COLD + "also = ['a', ' ']\n", 'fact "cold": also item 2 is empty'),
    "scope-list": (HEAD + COLD + "scope = ['mice']\n", 'fact "cold": scope must be text'),
    "kind": (HEAD + COLD.replace('"result"', '"finding"'), 'fact "cold": unknown kind "finding"'),
    "kind-case": (HEAD + COLD.replace('"result"', '"Result"'), 'did you mean "result"?'),
    "source": (HEAD + COLD + 'source = "blog"\n', 'fact "cold": unknown source "blog"'),
    "certainty-number": (HEAD + COLD + "certainty = 1\n", 'fact "cold": certainty must be one'),
    "typo-key": (HEAD + COLD + 'certanty = "shown"\n', 'unknown key "certanty" (did you mean'),
    "duplicate": (
        HEAD + COLD + COLD,
        'duplicate fact id "cold": fact #1 (line 8) and fact #2 (line 13) both use it',
    ),
    "fact-not-table": (HEAD.replace("[study]", "facts = [1]\n[study]"), "fact #1 must be a table"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_sheet_is_one_clear_line(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    assert expected in error_of(tmp_path, text)


def test_unknown_certainty_message_names_the_choices(tmp_path: Path) -> None:
    message = error_of(tmp_path, HEAD + COLD + 'certainty = "sure"\n')
    assert (
        message == 'fact "cold": unknown certainty "sure" (expected speculated, suggested or shown)'
    )


@pytest.mark.parametrize(
    ("key", "allowed"),
    [("kind", FACT_KINDS), ("source", FACT_SOURCES), ("certainty", CERTAINTIES)],
)
def test_choice_errors_list_every_allowed_value(
    tmp_path: Path, key: str, allowed: tuple[str, ...]
) -> None:
    body = HEAD + '[[facts]]\nid = "f"\ntext = "t"\n' + f'{key} = "nope"\n'
    message = error_of(tmp_path, body)
    assert all(value in message for value in allowed)


def test_control_characters_in_values_are_shown_inert(tmp_path: Path) -> None:
    body = HEAD + '[[facts]]\nid = "f"\ntext = "t"\nsource = "\\u001b[2J"\n'
    message = error_of(tmp_path, body)
    assert "\x1b" not in message and "␛[2J" in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="no such file"):
        load_sheet(tmp_path / "nope.toml")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(SheetError, match="is a folder, not a fact sheet"):
        load_sheet(tmp_path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes((HEAD + COLD).replace("toy study", "étude").encode("latin-1"))
    with pytest.raises(SheetError, match=r"not UTF-8 text \(byte 0xe9 at offset \d+\)"):
        load_sheet(path)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(SheetError):
        load_sheet(path)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads anything")
def test_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + COLD)
    path.chmod(0)
    with pytest.raises(SheetError, match="permission denied"):
        load_sheet(path)


def test_deep_nesting_is_a_sheet_error() -> None:
    with pytest.raises(SheetError, match="nested too deeply"):
        parse_sheet("a = " + "[" * 100_000, "deep.toml")


# --------------------------------------------------------------------------- size and fuzz


def test_ten_thousand_facts_and_a_100kb_fact(tmp_path: Path) -> None:
    facts = "".join(
        f'[[facts]]\nid = "f{i}"\ntext = "Fact number {i} about mice."\n' for i in range(10_000)
    )
    big = "word " * 20_000
    text = HEAD + facts + f'[[facts]]\nid = "big"\ntext = "{big}"\n'
    sheet = load_sheet(write(tmp_path, text))  # about a second; speed belongs in benchmarks/
    assert len(sheet.facts) == 10_001
    assert len(sheet.fact("big").text) == 100_000  # type: ignore[union-attr]


def test_duplicate_among_ten_thousand_is_found(tmp_path: Path) -> None:
    facts = "".join(f'[[facts]]\nid = "f{i}"\ntext = "t"\n' for i in range(10_000))
    message = error_of(tmp_path, HEAD + facts + '[[facts]]\nid = "f5"\ntext = "t"\n')
    assert 'duplicate fact id "f5"' in message and "fact #6" in message and "fact #10001" in message


TOML_BITS = st.sampled_from(
    [
        "schema = 1\n",
        "schema = 2\n",
        "[study]\n",
        'id = "s"\n',
        'title = "t"\n',
        "[[facts]]\n",
        "[facts]\n",
        "[terms]\n",
        'text = "x"\n',
        "id = 3\n",
        'kind = "quote"\n',
        'certainty = "maybe"\n',
        "also = []\n",
        'also = "x"\n',
        "published = 2021-07-01\n",
        'published = "nope"\n',
        "a.b = [1, 2]\n",
        '"IgG" = ["x"]\n',
        "= =\n",
        "[[\n",
        "\x00",
        '"\\u001b"\n',
    ]
)


@pytest.mark.fuzz
@settings(
    max_examples=fuzz_examples(300), suppress_health_check=[HealthCheck.too_slow], deadline=None
)
@given(st.lists(st.one_of(TOML_BITS, st.text(max_size=20)), max_size=25))
def test_arbitrary_toml_ish_text_only_raises_sheet_error(parts: list[str]) -> None:
    try:
        sheet = parse_sheet("".join(parts), "fuzz.toml")
    except SheetError as exc:
        assert "\n" not in exc.message
        assert exc.message.startswith("fuzz.toml: ")
    else:
        assert sheet.facts and sheet.study.id and sheet.study.title
