"""What a reviewer decided about an article's claims, with undo and redo: pure values.

A review says what a person decided about one claim: they confirmed the verdict shown, chose
another verdict, aligned the claim to another fact, or wrote a reason. Reviews are keyed by the
claim's text (and its occurrence, for repeated sentences), never by its position, so they
survive a change of the article or of the segmenter; reviews that no longer match any claim are
kept as *orphans* and reported, never dropped.

Nothing here reads or writes a file: `claimdiff.results.store` keeps reviews (SQLite), and
`claimdiff.results.legacy` reads the JSON review files of earlier versions. Every change made
here is also appended to the article's `journal`, which the store takes and writes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from claimdiff.model import PROBLEMS, SCORED, VERDICTS, ArticleResult, Verdict

UNDO_LIMIT = 10_000

ClaimKey = tuple[str, int]
"""A claim's identity in reviews: its normalised text and which occurrence of that text."""

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "–": "-", "—": "-", "\u00a0": " "})  # fmt: skip


def normalise(text: str) -> str:
    """Claim text as compared for re-matching: case, white space, quotes and dashes folded."""
    return " ".join(text.translate(_QUOTES).split()).casefold()


def article_hash(text: str) -> str:
    """The SHA-256 of an article's decoded text (the key of its review record)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


Notice = tuple[str, str]
"""A message for the user and its severity ("information", "warning" or "error")."""


def now() -> str:
    """The current UTC time as the reviews record it (ISO 8601, seconds, `Z`)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- reviews


@dataclass(frozen=True, slots=True)
class Review:
    """A person's decision on one claim."""

    text: str  # the claim's display text when reviewed (the key, with `occurrence`)
    occurrence: int
    verdict: Verdict  # the reviewer's verdict
    fact: str | None  # the fact the claim reports, as the reviewer sees it
    machine_verdict: Verdict | None = None  # what claimdiff said at the time
    machine_fact: str | None = None
    realigned: bool = False  # the reviewer chose the fact
    reasons: tuple[str, ...] = ()  # claimdiff's reasons for a re-aligned claim
    reason: str = ""  # the reviewer's own words
    updated: str = ""

    @property
    def key(self) -> ClaimKey:
        return (normalise(self.text), self.occurrence)

    @property
    def status(self) -> str:
        """`confirmed` when the reviewer agreed with claimdiff, else `overridden`."""
        same = self.verdict == self.machine_verdict and not self.realigned
        return "confirmed" if same else "overridden"

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "text": self.text,
            "occurrence": self.occurrence,
            "status": self.status,
            "verdict": self.verdict,
            "fact": self.fact,
            "machine_verdict": self.machine_verdict,
            "machine_fact": self.machine_fact,
            "realigned": self.realigned,
            "reason": self.reason,
            "updated": self.updated,
        }
        if self.reasons:
            data["reasons"] = list(self.reasons)
        return data

    @classmethod
    def from_json(cls, data: object) -> Review:
        """Parse one review (untrusted: a file or a database row); ValueError says what is
        wrong. Every field has its type checked: `"realigned": "false"` is an error, not true.
        """
        if not isinstance(data, dict):
            raise ValueError("a review is not an object")
        text, occurrence, verdict = data.get("text"), data.get("occurrence", 0), data.get("verdict")
        if not isinstance(text, str):
            raise ValueError("a review has no claim text")
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 0:
            raise ValueError("a review has a bad occurrence (not a whole number >= 0)")
        if verdict not in VERDICTS:
            raise ValueError(f"a review has an unknown verdict {_shown(verdict)}")
        machine = data.get("machine_verdict")
        if machine is not None and machine not in VERDICTS:
            raise ValueError(f"a review has an unknown verdict {_shown(machine)}")
        fact, machine_fact = data.get("fact"), data.get("machine_fact")
        for name, value in (("fact", fact), ("machine_fact", machine_fact)):
            if value is not None and not isinstance(value, str):
                raise ValueError(f"a review's {name} is not text")
        realigned = data.get("realigned", False)
        if not isinstance(realigned, bool):
            raise ValueError(f"a review's realigned is not true or false ({_shown(realigned)})")
        reasons = data.get("reasons", [])
        if not isinstance(reasons, list) or not all(isinstance(r, str) for r in reasons):
            raise ValueError("a review's reasons are not a list of text")
        reason, updated = data.get("reason", ""), data.get("updated", "")
        if not isinstance(reason, str):
            raise ValueError("a review's reason is not text")
        if not isinstance(updated, str):
            raise ValueError("a review's date is not text")
        return cls(
            text=text,
            occurrence=occurrence,
            verdict=verdict,
            fact=fact,
            machine_verdict=machine,
            machine_fact=machine_fact,
            realigned=realigned,
            reasons=tuple(reasons),
            reason=reason,
            updated=updated,
        )


def _shown(value: object) -> str:
    """A bad value as quoted in an error (short: it comes from an untrusted file)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


Step = Literal["do", "undo", "redo"]


@dataclass(frozen=True, slots=True)
class Change:
    """One undoable step: the review of claim `index` went from `before` to `after`.

    In the journal, `step` says how it was applied: "do" and "redo" leave the claim with
    `after`, "undo" with `before`.
    """

    index: int
    key: ClaimKey
    before: Review | None
    after: Review | None
    step: Step = "do"

    @property
    def state(self) -> Review | None:
        """The claim's review once this step is applied."""
        return self.before if self.step == "undo" else self.after


def claim_keys(result: ArticleResult) -> list[ClaimKey]:
    """Each claim's key: normalised text plus how many identical claims came before it."""
    seen: dict[str, int] = {}
    keys = []
    for r in result.results:
        text = normalise(r.claim.display)
        keys.append((text, seen.get(text, 0)))
        seen[text] = seen.get(text, 0) + 1
    return keys


@dataclass
class ReviewedArticle:
    """An article's result together with its reviews, undo history and unsaved changes.

    `journal` holds the changes made since the store last took them (`take_journal`).
    """

    result: ArticleResult
    sha256: str
    keys: list[ClaimKey]
    reviews: dict[ClaimKey, Review] = field(default_factory=dict)
    orphans: list[Review] = field(default_factory=list)
    read_only: bool = False  # its reviews cannot be saved (e.g. a read-only database)
    journal: list[Change] = field(default_factory=list)
    undo_stack: list[Change] = field(default_factory=list)
    redo_stack: list[Change] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index = {k: i for i, k in enumerate(self.keys)}
        self._fact_claims: dict[str | None, list[int]] | None = None
        self._counts: dict[Verdict, int] | None = None  # kept up to date once computed
        self._reviewed: int | None = None  # likewise

    @classmethod
    def fresh(cls, result: ArticleResult) -> ReviewedArticle:
        """An article with no reviews (nothing read from or written to disk)."""
        return cls(result, article_hash(result.document.text), claim_keys(result))

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.result.results)

    def review(self, index: int) -> Review | None:
        return self.reviews.get(self.keys[index])

    def verdict(self, index: int) -> Verdict:
        """The verdict shown: the reviewer's if there is one, else claimdiff's."""
        review = self.reviews.get(self.keys[index])
        return review.verdict if review else self.result.results[index].verdict

    def fact_id(self, index: int) -> str | None:
        """The fact the claim reports: the reviewer's choice if any, else claimdiff's."""
        review = self.reviews.get(self.keys[index])
        return review.fact if review else self.result.results[index].match.fact_id

    def reasons(self, index: int) -> tuple[str, ...]:
        """claimdiff's reasons for the verdict (for the re-aligned fact, if re-aligned)."""
        review = self.reviews.get(self.keys[index])
        if review is not None and review.realigned:
            return review.reasons
        return self.result.results[index].judgement.reasons

    def is_problem(self, index: int) -> bool:
        return self.verdict(index) in PROBLEMS

    def is_reviewed(self, index: int) -> bool:
        return self.keys[index] in self.reviews

    def accuracy(self) -> float | None:
        """Accuracy with the reviewer's verdicts in place of claimdiff's (None, n/a, for an
        article that does not appear to report the study)."""
        if not self.result.reports_study:
            return None
        counts = self.counts()
        scored = sum(counts[v] for v in SCORED)
        return counts["supported"] / scored if scored else None

    def machine_accuracy(self) -> float | None:
        return self.result.accuracy

    def reviewed_count(self) -> int:
        """How many claims are reviewed (counted once, then kept up to date)."""
        if self._reviewed is None:
            self._reviewed = sum(1 for k in self.reviews if k in self._index)
        return self._reviewed

    def counts(self) -> dict[Verdict, int]:
        """How many claims have each verdict shown (counted once, then kept up to date: an
        article may have 200,000 claims and the score is shown after every review)."""
        if self._counts is None:
            counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
            for i in range(len(self)):
                counts[self.verdict(i)] += 1
            self._counts = counts
        return dict(self._counts)

    def facts_of(self, index: int) -> list[str]:
        """Every fact claim `index` reports, as reviewed, its main one first: the reviewer's
        fact alone where they re-aligned it, else claimdiff's facts."""
        main = self.fact_id(index)
        review = self.reviews.get(self.keys[index])
        realigned = review is not None and review.realigned
        also = () if realigned else self.result.results[index].match.also
        facts = [main] if main is not None else []
        return facts + [f for f in also if f != main]

    def _fact_keys(self, index: int) -> list[str | None]:
        """The claim's facts as keys of `claims_for_fact` (`[None]` for no fact)."""
        keys: list[str | None] = [*self.facts_of(index)]
        return keys or [None]

    def claims_for_fact(self, fact_id: str | None) -> list[int]:
        """The claims (in reading order) that report this fact, as reviewed: as their main
        fact or as another they report (`None`: the claims that report no fact)."""
        if self._fact_claims is None:
            table: dict[str | None, list[int]] = {}
            for i in range(len(self)):
                for fact in self._fact_keys(i):
                    table.setdefault(fact, []).append(i)
            self._fact_claims = table
        return self._fact_claims.get(fact_id, [])

    def index_of(self, key: ClaimKey) -> int | None:
        return self._index.get(key)

    # ------------------------------------------------------------------ changing

    def _review_for(self, index: int, **changes: Any) -> Review:
        """A new review of claim `index` built on the current one (or on claimdiff's)."""
        r = self.result.results[index]
        base = self.review(index) or Review(
            text=r.claim.display,
            occurrence=self.keys[index][1],
            verdict=r.verdict,
            fact=r.match.fact_id,
        )
        changes.setdefault("machine_verdict", r.verdict)
        changes.setdefault("machine_fact", r.match.fact_id)
        return replace(base, text=r.claim.display, updated=now(), **changes)

    def _apply(self, index: int, after: Review | None) -> Change:
        key = self.keys[index]
        change = Change(index, key, self.reviews.get(key), after)
        self._step(change)
        self.undo_stack.append(change)
        del self.undo_stack[:-UNDO_LIMIT]
        self.redo_stack.clear()
        return change

    def _step(self, change: Change) -> None:
        self.journal.append(change)
        self.put(change.key, change.state)

    def take_journal(self) -> list[Change]:
        """The changes not yet handed to the store, in order (the journal is emptied)."""
        taken, self.journal = self.journal, []
        return taken

    def put(self, key: ClaimKey, review: Review | None) -> None:
        """Set (or, with None, remove) the review of a claim, keeping the tallies right.

        Not journalled: for reviews that come from the store (e.g. another viewer's)."""
        index = self._index.get(key)
        before = (self.verdict(index), self._fact_keys(index)) if index is not None else None
        was_reviewed = key in self.reviews
        if review is None:
            self.reviews.pop(key, None)
        else:
            self.reviews[key] = review
        if index is None or before is None:
            return
        if self._reviewed is not None:
            self._reviewed += (review is not None) - was_reviewed
        verdict, facts = self.verdict(index), self._fact_keys(index)
        if self._counts is not None and verdict != before[0]:
            self._counts[before[0]] -= 1
            self._counts[verdict] += 1
        if self._fact_claims is not None and facts != before[1]:
            for fact in before[1]:
                self._fact_claims[fact].remove(index)
            for fact in facts:
                bisect.insort(self._fact_claims.setdefault(fact, []), index)

    def confirm(self, index: int) -> Change:
        """Agree with the verdict shown."""
        return self._apply(index, self._review_for(index, verdict=self.verdict(index)))

    def set_verdict(self, index: int, verdict: Verdict) -> Change:
        """The reviewer's own verdict."""
        return self._apply(index, self._review_for(index, verdict=verdict))

    def set_reason(self, index: int, reason: str) -> Change:
        """The reviewer's reason (writing one also confirms the verdict shown)."""
        reason = " ".join(reason.split())
        return self._apply(index, self._review_for(index, reason=reason))

    def realign(
        self, index: int, fact_id: str | None, verdict: Verdict, reasons: tuple[str, ...]
    ) -> Change:
        """The reviewer's fact, with claimdiff's verdict and reasons for that pairing."""
        r = self.result.results[index]
        if fact_id == r.match.fact_id:  # back to claimdiff's own alignment
            return self._apply(
                index,
                self._review_for(
                    index, fact=fact_id, verdict=r.verdict, realigned=False, reasons=()
                ),
            )
        review = self._review_for(
            index, fact=fact_id, verdict=verdict, realigned=True, reasons=reasons
        )
        return self._apply(index, review)

    def clear(self, index: int) -> Change:
        """Forget the review of this claim."""
        return self._apply(index, None)

    def undo(self) -> Change | None:
        """Undo the last change; return it (None when there is nothing to undo)."""
        if not self.undo_stack:
            return None
        change = self.undo_stack.pop()
        self._step(replace(change, step="undo"))
        self.redo_stack.append(change)
        return change

    def redo(self) -> Change | None:
        """Redo the last undone change."""
        if not self.redo_stack:
            return None
        change = self.redo_stack.pop()
        self._step(replace(change, step="redo"))
        self.undo_stack.append(change)
        return change

    def restore_history(self, steps: list[Change]) -> None:
        """Rebuild undo and redo from the steps a store kept (oldest first), as they were
        when this article was last reviewed; steps that do not fit are skipped."""
        for change in steps:
            if change.step == "do":
                self.undo_stack.append(change)
                self.redo_stack.clear()
            elif (
                change.step == "undo" and self.undo_stack and self.undo_stack[-1].key == change.key
            ):
                self.redo_stack.append(replace(self.undo_stack.pop(), step="do"))
            elif (
                change.step == "redo" and self.redo_stack and self.redo_stack[-1].key == change.key
            ):
                self.undo_stack.append(replace(self.redo_stack.pop(), step="do"))
        del self.undo_stack[:-UNDO_LIMIT]
        del self.redo_stack[:-UNDO_LIMIT]

    def index_order(self, key: ClaimKey) -> tuple[int, ClaimKey]:
        """A sort key putting reviews in reading order (orphans last)."""
        return (self._index.get(key, len(self.keys)), key)


def attach(
    result: ArticleResult, reviews: list[Review], orphans: list[Review]
) -> tuple[ReviewedArticle, list[Review]]:
    """Match saved reviews to the article's claims by text; return the article and the misses.

    A review first matches the claim with the same text and occurrence, then any remaining claim
    with the same text. Every review that matches nothing is returned (and kept as an orphan);
    orphans from before that now match a claim are restored.
    """
    article = ReviewedArticle.fresh(result)
    pending: list[Review] = []
    for review in [*reviews, *orphans]:
        key = review.key
        if key in article._index and key not in article.reviews:
            article.reviews[key] = review
        else:
            pending.append(review)
    free_by_text: dict[str, list[ClaimKey]] = {}
    if pending:
        for key in reversed(article.keys):  # popped from the end: the first occurrence first
            if key not in article.reviews:
                free_by_text.setdefault(key[0], []).append(key)
    misses: list[Review] = []
    for review in pending:
        free = free_by_text.get(review.key[0])
        if free:
            key = free.pop()
            article.reviews[key] = replace(review, occurrence=key[1])
        else:
            misses.append(review)
    article.orphans = misses
    known = set(orphans)
    return article, [m for m in misses if m not in known]


def __getattr__(name: str) -> object:
    """`ReviewStore` and `study_slug`, which moved to `claimdiff.results.store`, still import
    from here (the model itself never touches storage)."""
    if name in ("ReviewStore", "study_slug"):
        from claimdiff.results import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
