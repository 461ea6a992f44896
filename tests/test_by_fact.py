"""The corpus by fact (issue 13): per fact, the articles and claims reporting it, their
verdicts as reviewed, and the caveats most articles leave out; and its Markdown table."""

from __future__ import annotations

from dataclasses import replace

from claimdiff.results.by_fact import corpus_by_fact, facts_of, omitted_caveats
from claimdiff.results.export import to_markdown
from claimdiff.results.review import ReviewedArticle
from tui_fixtures import SHEET, article_result, second_result


def articles() -> list[ReviewedArticle]:
    first = article_result()
    both = first.results[2]  # the cohort claim also reports the maze result
    first.results[2] = replace(both, match=replace(both.match, also=("maze",)))
    return [ReviewedArticle.fresh(first), ReviewedArticle.fresh(second_result())]


def test_each_fact_counts_the_articles_claims_and_verdicts_that_report_it() -> None:
    rows = {r.fact.id: r for r in corpus_by_fact(SHEET, articles())}
    assert [r.fact.id for r in corpus_by_fact(SHEET, articles())] == [f.id for f in SHEET.facts]
    maze = rows["maze"]
    assert maze.articles == [0, 1] and maze.considered == 2
    assert maze.claims == [(0, 0), (0, 1), (0, 2), (0, 3), (1, 0)]
    assert maze.counts["overstated"] == 2 and maze.counts["supported"] == 3
    assert maze.problems == 2 and maze.bar() == "▲▲✓✓✓"
    assert rows["journal"].counts["misreported"] == 1 and rows["journal"].articles == [0]
    assert rows["humans"].articles == [] and rows["humans"].omitted_by == 2


def test_reviews_count_and_a_realignment_moves_the_claim() -> None:
    corpus = articles()
    first = corpus[0]
    # the viewer's facts pane counts a claim for each fact it reports, its others too
    assert 2 in first.claims_for_fact("cohort") and 2 in first.claims_for_fact("maze")
    first.set_verdict(4, "supported")  # the journal claim, reviewed as supported
    first.realign(2, "neurons", "overstated", ())  # the cohort claim, to another fact
    assert facts_of(first, 2) == ["neurons"]  # no longer cohort, nor the aligner's "also"
    assert 2 not in first.claims_for_fact("maze") and 2 in first.claims_for_fact("neurons")
    rows = {r.fact.id: r for r in corpus_by_fact(SHEET, corpus)}
    assert rows["journal"].counts["supported"] == 1 and rows["journal"].problems == 0
    assert rows["neurons"].claims == [(0, 2), (1, 2)]
    assert (0, 2) not in rows["cohort"].claims and (0, 2) not in rows["maze"].claims


def test_caveats_most_articles_leave_out() -> None:
    rows = corpus_by_fact(SHEET, articles())
    caveats = omitted_caveats(rows)
    assert {r.fact.id for r in caveats} == {"rats-only", "dose"}
    assert all(r.omitted_by == 2 for r in caveats)


def test_articles_not_about_the_study_are_left_out() -> None:
    corpus = articles()
    corpus[1].result.reports_study = False
    rows = {r.fact.id: r for r in corpus_by_fact(SHEET, corpus)}
    assert rows["maze"].articles == [0] and rows["maze"].considered == 1
    assert rows["dose"].omitted_by == 1


def test_bar_is_cut_with_a_count() -> None:
    row = corpus_by_fact(SHEET, articles())[0]
    row.counts["supported"] = 20
    assert row.bar(8) == "✗✓✓✓✓+16"  # the journal fact: 1 misreported, 20 supported


def test_markdown_report_has_the_table() -> None:
    text = to_markdown(SHEET, articles())
    assert "## The corpus by fact" in text
    assert "| Fact | Kind | Articles | Claims | Verdicts | Problems | Left out by |" in text
    maze = next(line for line in text.splitlines() if line.startswith("| `maze`"))
    assert "| 2/2 | 5 |" in maze and "| 2 |" in maze
    dose = next(line for line in text.splitlines() if line.startswith("| `dose`"))
    assert "**2/2** ⚠" in dose
    assert "Caveats most articles leave out: `rats-only`, `dose`." in text
