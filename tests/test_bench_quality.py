"""The quality benchmark's loaders, conversions, metrics and report, on tiny inline data.

No full dataset is read and nothing is timed: each dataset section runs on a few rows
written to a temporary folder laid out like ../shared/eval/external.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
import textwrap
from pathlib import Path

import pytest

from claimdiff.model import ArticleResult, Claim, ClaimResult, Document, Judgement, Match

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str):
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


quality = _load("quality")
report = _load("report")


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


# --------------------------------------------------------------------------- metrics


def test_macro_f1_and_accuracy():
    gold = ["a", "a", "b", "b"]
    pred = ["a", "b", "b", "b"]
    assert quality.accuracy(gold, pred) == 0.75
    # a: P 1, R 0.5, F1 2/3; b: P 2/3, R 1, F1 0.8
    assert quality.macro_f1(gold, pred, ["a", "b"]) == pytest.approx((2 / 3 + 0.8) / 2)


def test_auroc_counts_ties_as_half():
    assert quality.auroc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert quality.auroc([0.1], [0.9]) == 0.0
    assert quality.auroc([0.5], [0.5]) == 0.5
    assert quality.auroc([], [0.5]) == 0.0


def test_ranking_is_stable_and_hit_at_k():
    order = quality.ranking([0.2, 0.9, 0.2, 0.9])
    assert order == [1, 3, 0, 2]  # ties keep sheet order
    assert quality.hit_at(order, {3}, 1) is False
    assert quality.hit_at(order, {3}, 2) is True


def test_top_confusions_most_frequent_first():
    gold = [1, 1, 1, 0, 2]
    pred = [0, 0, 1, 1, 2]
    assert quality.top_confusions(gold, pred) == [(1, 0, 2), (0, 1, 1)]


def test_row_targets():
    up = quality.Row("d", "test", "hit@1", 0.71, "", target=0.70)
    down = quality.Row("d", "test", "score-err", 0.12, "", target=0.10, lower_is_better=True)
    ref = quality.Row("d", "test", "accuracy", 0.5, "")
    assert (up.met, up.target_text, up.met_text) == (True, ">= 0.70", "yes")
    assert (down.met, down.target_text, down.met_text) == (False, "<= 0.10", "NO")
    assert (ref.met, ref.target_text, ref.met_text) == (None, "", "")
    table = quality.format_table([up, down, ref])
    assert table.splitlines()[0].split() == [
        "dataset",
        "split",
        "n",
        "metric",
        "claimdiff",
        "baselines",
        "target",
        "met",
    ]
    assert "NO" in table.splitlines()[3]


# --------------------------------------------------------------------------- conversions


def test_make_sheet_numbers_facts_and_keeps_defaults():
    sheet = quality.make_sheet("x", "", ["First.", "Second."])
    assert [f.id for f in sheet.facts] == ["s0", "s1"]
    assert {f.kind for f in sheet.facts} == {"result"}
    assert {f.certainty for f in sheet.facts} == {"shown"}
    assert sheet.study.title == "x"
    named = quality.make_sheet("y", "T", ["A.", "B."], ids=["p0", "c1"], kinds=["result", "caveat"])
    assert [(f.id, f.kind) for f in named.facts] == [("p0", "result"), ("c1", "caveat")]


def test_cue_of_reads_the_word_before_the_colon():
    assert quality.cue_of("scope: the claim is about people; the finding is in mice") == "scope"
    assert quality.cue_of("number: 8 in the study, 44 in the claim") == "number"
    assert quality.cue_of("A sentence: with a colon later") == "other"
    assert quality.cue_of("no colon at all") == "other"


def test_citation_markers_are_removed():
    text = "FMO3 knockdown prevents atherosclerosis (<|cit|>), and TMAO rises<|multi_cit|>."
    assert quality.citint_claim(text) == "FMO3 knockdown prevents atherosclerosis, and TMAO rises."
    assert quality.citint_claim("Shown before [<|other_cit|>].") == "Shown before."


def _result(*verdicts: str) -> ArticleResult:
    doc = Document(path=Path("a.txt"), text="x")
    results = [
        ClaimResult(Claim(i, 0, 1, "x"), Match(None, 0.0), Judgement(v))  # type: ignore[arg-type]
        for i, v in enumerate(verdicts)
    ]
    return ArticleResult(document=doc, results=results)


def test_article_verdict_takes_the_most_severe_claim():
    assert quality.article_verdict(_result("supported")).judgement.verdict == "supported"
    pick = quality.article_verdict(_result("supported", "overstated", "background"))
    assert pick.judgement.verdict == "overstated"
    assert quality.article_verdict(_result()) is None


def test_judge_pair_runs_the_checker_and_ranks_facts():
    sheet = quality.make_sheet(
        "t",
        "t",
        [
            "The trial enrolled 1,961 adults with obesity.",
            "Participants on semaglutide lost 14.9 percent of their body weight in 68 weeks.",
        ],
    )
    judged = quality.judge_pair(
        sheet,
        "Participants on semaglutide lost 14.9 percent of their body weight in 68 weeks.",
        "t1",
        rank=True,
    )
    assert judged.claims == 1
    assert judged.fact_id == "s1"
    assert len(judged.scores) == 2
    assert quality.ranking(judged.scores)[0] == 1
    assert judged.verdict in quality.VERDICTS


def test_missci_sheet_takes_p0_and_non_empty_contexts():
    arg = {
        "id": "arg-1",
        "argument": {
            "claim": "Coffee cures cancer.",
            "accurate_premise_p0": {"premise": "Coffee drinkers had fewer tumours in mice."},
            "fallacies": [
                {
                    "fallacy_context": "The study was done in mice.",
                    "interchangeable_fallacies": [{"class": "Biased Sample Fallacy"}],
                },
                {
                    "fallacy_context": "",
                    "interchangeable_fallacies": [{"class": "Causal Oversimplification"}],
                },
            ],
        },
    }
    sheet = quality.missci_sheet(arg)
    assert [(f.id, f.kind) for f in sheet.facts] == [("p0", "result"), ("context1", "caveat")]
    assert quality.missci_classes(arg) == {"Biased Sample Fallacy", "Causal Oversimplification"}


# --------------------------------------------------------------------------- dataset sections


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A tiny external-data folder: two rows per dataset, the files the loaders read."""
    root = tmp_path / "external"
    abstract = [
        "Obesity is common worldwide.",
        "Semaglutide reduced body weight by 14.9 percent over 68 weeks.",
        "Nausea was the most common side effect.",
    ]
    pairs = [
        {
            "claim_id": 1,
            "claim": "Semaglutide reduced body weight by 14.9 percent.",
            "doc_id": 10,
            "title": "STEP",
            "abstract_sentences": abstract,
            "label": "SUPPORT",
            "evidence_sets": [[1]],
            "evidence_sentence_ids": [1],
        },
        {
            "claim_id": 2,
            "claim": "Nausea was rare on semaglutide.",
            "doc_id": 10,
            "title": "STEP",
            "abstract_sentences": abstract,
            "label": "CONTRADICT",
            "evidence_sets": [[2]],
            "evidence_sentence_ids": [2],
        },
        {
            "claim_id": 3,
            "claim": "Semaglutide costs a lot of money.",
            "doc_id": 10,
            "title": "STEP",
            "abstract_sentences": abstract,
            "label": "NOT_ENOUGH_INFO",
            "evidence_sets": [],
            "evidence_sentence_ids": [],
        },
    ]
    for name in ("pairs_dev.jsonl", "pairs_train.jsonl"):
        write_jsonl(root / "scifact" / name, pairs)
    cit = [
        {
            "id": 0,
            "claim": "Semaglutide reduced body weight by 14.9 percent (<|cit|>).",
            "claim_finegrained_version": "",
            "source_sentences": abstract,
            "label": "SUPPORT",
            "finegrained_labels": ["ACCURATE"],
        },
        {
            "id": 1,
            "claim": "Semaglutide cured obesity in every patient<|cit|>.",
            "claim_finegrained_version": "",
            "source_sentences": abstract,
            "label": "REFUTE",
            "finegrained_labels": ["OVERSIMPLIFY"],
        },
    ]
    for name in ("merged_test.jsonl", "merged_dev.jsonl"):
        write_jsonl(root / "citation_integrity" / name, cit)
    arg = {
        "id": "arg-1",
        "argument": {
            "claim": "Coffee cures cancer in people.",
            "accurate_premise_p0": {"premise": "Coffee slowed tumour growth in mice."},
            "fallacies": [
                {
                    "fallacy_context": "The study was done in mice.",
                    "interchangeable_fallacies": [{"class": "Biased Sample Fallacy"}],
                }
            ],
        },
    }
    for name in ("test.missci.jsonl", "dev.missci.jsonl"):
        write_jsonl(root / "missci" / name, [arg])
    ins = [
        {
            "press_release_conclusion": "Coffee prevents heart disease.",
            "press_release_strength": 3,
            "abstract_conclusion": "Coffee drinking was associated with less heart disease.",
            "abstract_strength": 1,
            "exaggeration_label": "exaggerates",
        }
    ]
    for name in ("insciout_test.jsonl", "insciout_train.jsonl"):
        write_jsonl(root / "insciout_exaggeration" / name, ins)
    return root


def _metrics(rows) -> dict[tuple[str, str], float]:
    return {(r.split, r.metric): r.claimdiff for r in rows}


def test_scifact_rows(data: Path):
    rows = quality.scifact_rows(data, ("test",))
    got = _metrics(rows)
    assert {r.split for r in rows} == {"dev (as test)"}
    assert got["dev (as test)", "hit@1"] == 1.0  # the claims repeat their evidence sentence
    assert got["dev (as test)", "hit@3"] == 1.0
    hit1 = next(r for r in rows if r.metric == "hit@1")
    assert hit1.n == 2 and hit1.target == quality.SCIFACT_TARGET
    assert "token_set_ratio" in hit1.baselines and "WRatio" in hit1.baselines
    verdict = [r for r in rows if r.dataset == "SciFact verdict (3-way)"]
    assert {r.n for r in verdict} == {3}
    assert all(0.0 <= r.claimdiff <= 1.0 for r in rows)
    details = quality.scifact_details(data, ("test", "train"))
    assert "| SUPPORT |" in details


def test_citint_rows(data: Path):
    rows = quality.citint_rows(data, ("test",))
    got = _metrics(rows)
    assert ("test", "supported vs not: macro-F1") in got
    assert ("test", "3-way accuracy") in got
    auc = next(r for r in rows if r.metric.startswith("AUROC"))
    assert auc.n == 2 and "token_set_ratio" in auc.baselines
    assert all(0.0 <= r.claimdiff <= 1.0 for r in rows)
    assert "OVERSIMPLIFY" in quality.citint_details(data)


def test_missci_rows(data: Path):
    rows = quality.missci_rows(data, ("test",))
    got = _metrics(rows)
    assert 0.0 <= got["test", "not supported (all are inaccurate)"] <= 1.0
    scope = next(r for r in rows if r.metric.startswith("overgeneralisation"))
    assert scope.n == 1  # the one argument carries a Biased Sample fallacy
    causal = next(r for r in rows if r.metric.startswith("correlation"))
    assert causal.n == 0
    assert "Biased Sample Fallacy" in quality.missci_details(data)


def test_insciout_judge_rows(data: Path):
    rows = quality.insciout_judge_rows(data, ("test",))
    assert len(rows) == 4  # default and read certainty, macro-F1 and accuracy each
    assert {r.n for r in rows} == {1}


# --------------------------------------------------------------------------- evaluate.py runs

EVAL_OUTPUT = """\
  art1: 'a distinctive piece of one sentence': gold f1/overstated got f2/supported
  art1: "it's another piece": gold -/background got f1/supported
  art1: boilerplate still shown 1x: 'Subscribe now'
art1: claims 4 fact 2/4 verdict 2/4 accuracy gold 0.5 got 1.0
confusion (gold -> got):
  overstated   -> supported    1
  background   -> supported    1
claims 4 found 1.00 fact 0.50 verdict 0.50 verdict-macroF1 0.40 \
boilerplate-removed 0.50 score-err 0.500
"""


def test_parse_eval_output():
    figures = quality.parse_eval_line(EVAL_OUTPUT)
    assert figures == {
        "claims": 4.0,
        "found": 1.0,
        "fact": 0.5,
        "verdict": 0.5,
        "verdict-macroF1": 0.4,
        "boilerplate-removed": 0.5,
        "score-err": 0.5,
    }
    assert quality.parse_eval_line("nothing here") is None
    assert quality.parse_confusion(EVAL_OUTPUT)[0][2] == 1
    notes = quality.eval_notes(EVAL_OUTPUT)
    assert "2 claims aligned wrongly: 0 to no fact, 2 to another fact" in notes["fact"]
    assert "a distinctive piece" in notes["fact"]
    assert "Subscribe now" in notes["boilerplate-removed"]
    assert "art1 gold 0.5 got 1.0" in notes["score-err"]
    counts_only = quality.eval_notes(EVAL_OUTPUT, examples=False)
    assert "distinctive" not in counts_only["fact"]
    assert "Subscribe" not in counts_only["boilerplate-removed"]


def test_eval_rows_runs_the_command_and_reads_the_last_line(tmp_path: Path):
    shared = tmp_path / "shared"
    (shared / "eval").mkdir(parents=True)
    # A stand-in scorer: checks it got claimdiff's JSON, then prints a fixed summary.
    (shared / "eval" / "evaluate.py").write_text(
        textwrap.dedent(
            f"""
            import json, sys
            report = json.load(open(sys.argv[1]))
            assert report["articles"][0]["claims"], report
            print({EVAL_OUTPUT!r})
            """
        ),
        encoding="utf-8",
    )
    sheet = tmp_path / "study.toml"
    sheet.write_text(
        textwrap.dedent(
            """
            schema = 1
            [study]
            id = "t"
            title = "A trial"
            [[facts]]
            id = "f1"
            text = "Semaglutide reduced body weight by 14.9 percent over 68 weeks."
            """
        ),
        encoding="utf-8",
    )
    article = tmp_path / "art1.txt"
    article.write_text("Semaglutide reduced body weight by 15 percent.\n", encoding="utf-8")
    es = quality.EvalSet("tiny", "test", sheet, (article,), tmp_path / "gold", examples=False)
    rows = quality.eval_rows(es, shared)
    got = {r.metric: r for r in rows}
    assert set(got) == set(quality.EVAL_TARGETS)
    assert got["fact"].claimdiff == 0.5 and got["fact"].met is False
    assert got["score-err"].lower_is_better and got["score-err"].met is False
    assert got["found"].target is None
    assert "distinctive" not in got["fact"].note  # counts only
    # Annotated articles are development data: shown against the target, never counted.
    assert all(r.dev and not r.counts for r in rows)
    assert got["fact"].met_text == "dev: no"


def test_eval_rows_reports_a_failed_run_without_rows(tmp_path: Path, capsys):
    es = quality.EvalSet(
        "broken", "test", tmp_path / "missing.toml", (tmp_path / "a.txt",), tmp_path
    )
    assert quality.eval_rows(es, tmp_path) == []
    assert "broken" in capsys.readouterr().err


# --------------------------------------------------------------------------- the report


def _sections():
    rows = [
        quality.Row("SciFact evidence sentence", "dev", "hit@1", 0.5, "tsr 0.49", 9, target=0.7),
        quality.Row("Yu pubmed", "test", "macro-F1", 0.8, "lexicon | 0.56", 5, target=0.75),
        quality.Row("MISSCI", "test", "not supported", 0.4, "", 3, note="supported 2"),
    ]
    return [
        quality.Section("demo", "SciFact", "How SciFact was scored.", rows[:1], "| x |"),
        quality.Section("yu", "Yu", "How Yu was scored.", rows[1:], ""),
    ]


def test_report_renders_table_context_and_missed_targets(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(report, "SPEED_SCRIPT", tmp_path / "absent.py")
    started = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
    page = report.render(_sections(), started, 12.0, machine="Test CPU, 2 cores")
    assert "- Date: 2026-01-02 03:04 UTC" in page
    assert "- Machine: Test CPU, 2 cores" in page
    assert "- Commit: " in page
    assert "- Targets met: 1 of 2" in page
    assert "| dataset | split | n | metric | claimdiff | baselines | target | met? |" in page
    assert (
        "| SciFact evidence sentence | dev | 9 | hit@1 | 0.500 | tsr 0.49 | >= 0.70 | **no** |"
        in page
    )
    assert "lexicon \\| 0.56" in page  # a pipe inside a cell is escaped
    assert "**SciFact evidence sentence, dev, hit@1**: 0.500 against >= 0.70 (0.200 short)." in page
    assert report.PLACEHOLDER in page
    assert (
        "Yu pubmed, test, macro-F1" not in page.split("## What stands in the way")[1].split("##")[0]
    )
    assert "### SciFact\n\nHow SciFact was scored.\n\n| x |" in page
    assert "## Speed" not in page
    monkeypatch.setitem(report.OBSTACLES, ("demo", "hit@1"), "Because of X.")
    page = report.render(_sections(), started, 12.0, machine="m")
    assert "(0.200 short). Because of X." in page
    assert report.PLACEHOLDER not in page


def test_report_links_speed_figures_when_the_speed_benchmark_exists(monkeypatch, tmp_path):
    script = tmp_path / "speed.py"
    script.write_text("")
    page_path = tmp_path / "benchmarks-speed.md"
    monkeypatch.setattr(report, "SPEED_SCRIPT", script)
    monkeypatch.setattr(report, "SPEED_PAGE", page_path)
    started = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    assert "make bench-speed" in report.render(_sections(), started, 1.0, machine="m")
    page_path.write_text("## Speed\n\nMeasured 2026-01-01 by speed.py.\n")
    page = report.render(_sections(), started, 1.0, machine="m")
    assert "[benchmarks-speed.md](benchmarks-speed.md)" in page
    assert "Measured 2026-01-01 by speed.py." in page


def test_write_report_replaces_the_page(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(report, "SPEED_SCRIPT", tmp_path / "absent.py")
    target = tmp_path / "docs" / "benchmarks.md"
    started = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    report.write_report(target, _sections(), started, 1.0, partial="Partial run")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# claimdiff benchmarks")
    assert "**Partial run**" in text
    assert not list(target.parent.glob("*.tmp"))


def test_a_cause_shared_by_several_rows_is_written_once(monkeypatch):
    rows = [
        quality.Row("Set A", "test", "fact", 0.6, "", 9, target=0.85),
        quality.Row("Set B", "test", "fact", 0.7, "", 9, target=0.85),
    ]
    monkeypatch.setitem(report.OBSTACLES, ("demo", "fact"), "Paraphrase.")
    bullets = report.obstacles([quality.Section("demo", "Demo", "", rows)])
    assert bullets[0].endswith("Paraphrase.")
    assert bullets[1].endswith("The cause is the one given above for this metric.")


def test_dev_rows_are_shown_but_never_counted_as_targets_met():
    rows = [
        quality.Row("Real test set", "test", "verdict", 0.9, "", 9, target=0.82),
        quality.Row("Samples", "5 real articles", "verdict", 0.9, "", 9, target=0.82, dev=True),
        quality.Row("Dev", "14 real articles", "verdict", 0.7, "", 9, target=0.82, dev=True),
    ]
    section = quality.Section("samples", "Annotated", "", rows)
    page = report.render([section], dt.datetime(2026, 1, 2, tzinfo=dt.UTC), 1.0, machine="m")
    assert "Targets met: 1 of 1" in page
    assert "| dev: yes |" in page and "| dev: no |" in page
    assert report.obstacles([section]) == []
    assert "Dev, 14 real articles, verdict" in report.obstacles([section], dev=True)[0]
