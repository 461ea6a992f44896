"""An article about another study: flagged as not reporting the sheet's study, accuracy n/a,
and (almost) nothing supported; a genuine article still reports it. The studies and the
articles are invented for these tests."""

from __future__ import annotations

from pathlib import Path

from claimdiff.model import ArticleResult
from claimdiff.pipeline.checker import Checker, prepare_document
from claimdiff.read.load import document_from_text
from claimdiff.study.sheet import parse_sheet
from test_align import SHEET as COUGH_SHEET

DIABETES_SHEET = parse_sheet(
    """
schema = 1

[study]
id = "glucaron-trial"
title = "Weekly glucaron injections for type 2 diabetes: a 40-week randomised trial"
authors = ["Mara Okafor", "Lene Brandt"]
journal = "Journal of Metabolic Trials"
published = 2024-03-14
institutions = ["University of Eastmere"]
subjects = "adults with type 2 diabetes"

[[facts]]
id = "hba1c"
kind = "result"
text = "HbA1c fell by 1.8 percentage points with glucaron and by 0.4 points with placebo."

[[facts]]
id = "weight"
kind = "result"
text = "Those on glucaron lost 6.1% of their body weight in 40 weeks; on placebo, 1.2%."

[[facts]]
id = "nausea"
kind = "result"
text = "Nausea was the most common side effect, reported by 22% of the glucaron group."

[[facts]]
id = "design"
kind = "design"
text = "The trial randomised 860 adults with type 2 diabetes to glucaron or placebo for 40 weeks."

[[facts]]
id = "journal"
kind = "bibliographic"
text = "The trial was published in the Journal of Metabolic Trials in March 2024."

[[facts]]
id = "prevalence"
kind = "context"
source = "background"
text = "About one in ten adults worldwide lives with diabetes."

[[facts]]
id = "caveat"
kind = "caveat"
text = "The trial lasted 40 weeks, so longer-term effects are not known."
""",
    "glucaron.toml",
)

DIABETES_ARTICLE = """Weekly jab brings blood sugar down in type 2 diabetes

A once-a-week injection of a new drug, glucaron, lowered blood sugar far more than a dummy
injection in a trial of 860 adults with type 2 diabetes.

Over 40 weeks, HbA1c fell by 1.8 percentage points in people given glucaron, against 0.4
points in those on placebo, the researchers report in the Journal of Metabolic Trials.

Those on the drug also lost about 6% of their body weight.

Nausea was the most common complaint, affecting roughly a fifth of the glucaron group.

The team at the University of Eastmere says longer studies are needed, because the trial
lasted only 40 weeks.

About one in ten adults around the world has diabetes.
"""

COUGH_ARTICLE = """New pill quiets a stubborn cough

People who had coughed for years coughed about a third less often after taking tusselin, a
new pill, for 12 weeks, a trial has found.

The drug was compared with a dummy pill in 412 adults in three countries.

Some participants said the pill changed their sense of taste.

The results were published in the Journal of Airway Medicine.

Dr Ana Lee, who led the work, said the drug could change daily life for people with a long
cough.

Those given a placebo pill coughed slightly less too.
"""


def check(sheet_checker: Checker, text: str) -> ArticleResult:
    doc = prepare_document(document_from_text(text, Path("article.txt")))
    return sheet_checker.check_document(doc)


def supported_share(result: ArticleResult) -> float:
    return sum(r.verdict == "supported" for r in result.results) / len(result.results)


def test_an_article_about_another_study_is_flagged_and_supports_nothing() -> None:
    for sheet, text in ((DIABETES_SHEET, COUGH_ARTICLE), (COUGH_SHEET, DIABETES_ARTICLE)):
        result = check(Checker(sheet), text)
        assert result.reports_study is False
        assert result.accuracy is None
        assert supported_share(result) <= 0.05
        assert all(r.match.fact_id is None for r in result.results)


def test_a_genuine_article_reports_its_study() -> None:
    for sheet, text in ((DIABETES_SHEET, DIABETES_ARTICLE), (COUGH_SHEET, COUGH_ARTICLE)):
        result = check(Checker(sheet), text)
        assert result.reports_study is True
        assert result.accuracy is not None
        assert supported_share(result) >= 0.3


def test_no_claim_is_supported_on_a_far_fetched_alignment() -> None:
    """A finding matched loosely to a fact is not guessed supported: the reason says unsure."""
    text = "Glucaron also helped people sleep, the researchers found.\n"
    (result,) = check(Checker(DIABETES_SHEET), DIABETES_ARTICLE + "\n" + text).results[-1:]
    assert result.verdict != "supported"


def test_claims_of_an_article_about_another_study_report_no_fact() -> None:
    from claimdiff.judge.document import Judge
    from claimdiff.model import Judgement, Match

    judged = [
        (Match("hba1c", 0.41), Judgement("supported")),
        (Match(None, 0.1), Judgement("background")),
    ]
    (first, _), (second, _) = Judge.off_study(judged)[0], Judge.off_study(judged)[1]
    assert first.fact_id is None and ("hba1c", 0.41) in first.runner_up
    verdict, reasons = Judge.off_study(judged)[0][1].verdict, Judge.off_study(judged)[0][1].reasons
    assert verdict == "background" and "does not appear to report this study" in reasons[0]
    assert second.fact_id is None


# A personal blog about the glucaron trial: it tells the story in its own words, so few of
# its sentences align to a fact, but its subject (glucaron, HbA1c, diabetes) is the study's.
DIABETES_BLOG = """Why I signed up for the glucaron trial

I have lived with type 2 diabetes since my forties, and my HbA1c never behaved.

When the clinic asked for volunteers to try glucaron, a weekly jab, I said yes at once.

Every Monday for months I pricked my belly and wrote my sugar readings in a notebook.

My diabetes nurse was more excited about my HbA1c than I was.

I will never know whether I had the real drug or the dummy one.
"""

# A migraine trial, told with trial words the glucaron sheet uses too (adults, placebo,
# weeks, nausea, a journal), about another subject.
MIGRAINE_ARTICLE = """Monthly jab halves migraine attacks

A monthly injection cut the number of days with a migraine headache by half in a trial of
adults with chronic migraine, against a quarter with placebo.

Volunteers kept a headache diary for 24 weeks before and during treatment.

Nausea and pain where the needle went in were the most common side effects.

The results were published in a neurology journal this month.

Neurologists said the jab could spare patients from daily tablets.
"""


def test_an_article_in_its_own_words_still_reports_its_study() -> None:
    """Few claims align, but the article's rare words are the study's: not flagged."""
    from claimdiff.judge.document import STUDY_STRONG, study_score

    checker = Checker(DIABETES_SHEET)
    doc = prepare_document(document_from_text(DIABETES_BLOG, Path("blog.txt")))
    judged = checker.judge.judge(doc, checker.aligner.align(doc.claims))
    assert study_score(judged, {f.id: f.kind for f in DIABETES_SHEET.facts}) < STUDY_STRONG
    result = checker.check_document(doc)
    assert result.reports_study is True
    assert result.accuracy is not None or not any(r.match.fact_id for r in result.results)


def test_an_article_on_another_subject_is_flagged_though_its_trial_words_align() -> None:
    """Nausea and a journal align to the sheet, the subject does not."""
    checker = Checker(DIABETES_SHEET)
    doc = prepare_document(document_from_text(MIGRAINE_ARTICLE, Path("migraine.txt")))
    judged = checker.judge.judge(doc, checker.aligner.align(doc.claims))
    assert sum(match.fact_id is not None for match, _ in judged) >= 2
    result = checker.check_document(doc)
    assert result.reports_study is False
    assert result.accuracy is None
    assert supported_share(result) == 0.0


def test_no_claim_of_an_article_about_another_study_is_judged_against_the_sheet() -> None:
    """Its findings are not "unsupported" by this study nor its numbers "misreported": the
    article is about something else, so every claim is background, saying why."""
    from claimdiff.judge.document import Judge
    from claimdiff.model import Judgement, Match

    judged = [
        (Match(None, 0.2), Judgement("unsupported", ("unsupported: presented as ...",))),
        (Match(None, 0.3), Judgement("misreported", ('number: the study counts "40"',))),
        (Match(None, 0.1), Judgement("background", ("background: no fact matches",))),
    ]
    out = Judge.off_study(judged)
    assert [j.verdict for _, j in out] == ["background"] * 3
    assert all("does not appear to report this study" in j.reasons[0] for _, j in out[:2])
    assert out[2][1].reasons == ("background: no fact matches",)


def test_a_sentence_or_two_is_too_short_to_be_called_another_study() -> None:
    """A pasted sentence shares no rare word with the sheet, yet it is checked, not flagged."""
    result = check(Checker(DIABETES_SHEET), "The trial, published in 2019, followed 90 adults.")
    assert result.reports_study is True
    assert [r.verdict for r in result.results] == ["misreported"]
