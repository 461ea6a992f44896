"""The speed benchmark's corpus generator (benchmarks/corpus.py) and a smoke run of
benchmarks/speed.py on a tiny corpus. No timing is asserted: speed is measured in benchmarks/.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from claimdiff.pipeline.checker import Checker, prepare
from claimdiff.study.sheet import load_sheet

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")
HAVE_EXTERNAL = (corpus.default_external() / "scifact" / "corpus_cited.jsonl").is_file()
needs_external = pytest.mark.skipif(
    not HAVE_EXTERNAL, reason="public datasets not beside the checkout"
)


def _files(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_same_seed_same_bytes_other_seed_other_articles(tmp_path: Path) -> None:
    a = corpus.generate(tmp_path / "a", articles=12, seed=3)
    b = corpus.generate(tmp_path / "b", articles=12, seed=3)
    c = corpus.generate(tmp_path / "c", articles=12, seed=4)
    assert _files(a.root) == _files(b.root)
    assert (a.sentences, a.noise_lines, a.repeats, a.sources) == (
        b.sentences,
        b.noise_lines,
        b.repeats,
        b.sources,
    )
    assert _files(a.folder) != _files(c.folder)
    assert a.sheet.read_bytes() == c.sheet.read_bytes()  # the sheet does not depend on the seed


def _check_corpus(c, articles: int) -> None:
    sheet = load_sheet(c.sheet)  # raises SheetError on any schema problem
    assert c.facts == len(sheet.facts)
    assert len(c.articles) == articles
    assert sorted(c.folder.iterdir()) == sorted(c.articles)
    assert {p.suffix for p in c.articles} <= {".txt", ".md"}
    checker = Checker(sheet)
    total_claims = 0
    for path in c.articles:
        text = path.read_text(encoding="utf-8")
        assert text.strip() and "\x00" not in text
        if path.suffix == ".md":
            lines = text.splitlines()
            assert lines[0] == "---"
            end = lines.index("---", 1)
            assert any(line.startswith("title: ") for line in lines[1:end])
        doc = prepare(path)
        assert doc.claims
        for claim in doc.claims:
            assert doc.text[claim.start : claim.end] == claim.text
        result = checker.check_document(doc)
        total_claims += len(result.results)
    assert total_claims >= c.sentences // 2
    # About the requested number of sentences per article, and real web noise.
    assert 30 <= c.sentences / articles <= 50
    assert c.noise_lines >= articles
    assert c.repeats > 0


@needs_external
def test_corpus_from_public_datasets_is_valid(tmp_path: Path) -> None:
    c = corpus.generate(tmp_path, articles=30)
    assert c.external
    _check_corpus(c, 30)
    sheet = load_sheet(c.sheet)
    assert len(sheet.facts) == corpus.DEFAULT_FACTS
    assert len({f.kind for f in sheet.facts}) >= 3
    assert sheet.terms, "abbreviations defined in the abstracts become [terms]"
    assert any(f.also for f in sheet.facts), "SciFact claims become `also` phrasings"
    assert c.sources["study"] > 0
    assert len([s for s in c.sources if s != "study"]) >= 4  # several real sources mixed in
    assert any(p.suffix == ".md" for p in c.articles)


def test_corpus_without_public_datasets_uses_the_samples(tmp_path: Path) -> None:
    c = corpus.generate(tmp_path / "out", articles=20, facts=30, external=tmp_path / "nothing")
    assert not c.external
    _check_corpus(c, 20)
    assert 1 <= len(load_sheet(c.sheet).facts) <= 30


def test_regenerating_into_a_folder_leaves_no_stale_articles(tmp_path: Path) -> None:
    corpus.generate(tmp_path, articles=10)
    c = corpus.generate(tmp_path, articles=4)
    assert sorted(c.folder.iterdir()) == sorted(c.articles)


def test_toml_strings_escape_controls_and_quotes() -> None:
    import tomllib

    value = 'a "quoted" \\ back\tslash\n\x00\x1f\x7f é 漢'
    assert tomllib.loads(f"v = {corpus.toml_string(value)}")["v"] == value


def test_bad_sizes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        corpus.generate(tmp_path, articles=0)


def test_speed_script_runs_end_to_end_on_a_tiny_corpus(tmp_path: Path, capsys) -> None:
    speed = _load("speed")
    out = tmp_path / "speed.md"
    args = ["--articles", "3", "--repeat", "1", "--mp-repeat", "1", "--difflib-claims", "5"]
    assert speed.main([*args, "--markdown", str(out), "--profile", "--profile-top", "3"]) == 0
    printed = capsys.readouterr().out
    for part in ("1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "by cumulative time"):
        assert part in printed
    assert "exit " not in printed  # the command succeeded
    text = out.read_text(encoding="utf-8")
    assert text.startswith("## Speed") and "| Figure | Measured |" in text
    assert "claims/s" in text and "peak memory" in text
