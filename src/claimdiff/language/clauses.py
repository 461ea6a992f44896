"""Clause heuristics: which tokens of a sentence carry its main proposition.

`mark_clauses` sets `Tok.main` to False on the tokens outside the main proposition:
parentheses, adverbial and relative clauses, purpose infinitives ("strategies to reduce"),
aims put as a preposition and an -ing form ("a step in finding"), and the frame of reported
speech ("according to X", "..., researchers said", "A study in mice suggests that"). A cue
found there does not set the sentence's certainty or strength. `is_verbish` and
`verb_groups` are the finite-verb heuristics the marking (and the strength features) use.
Word lists come from the `Lexicon` (data/grammar.toml); nothing here is study-specific.
"""

from __future__ import annotations

from claimdiff.language.lexicon import (
    CLOSE,
    Hit,
    Lexicon,
    Tok,
    next_word,
    prev_word,
    to_tokens,
)


def is_verbish(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """A heuristic for finite verbs (auxiliaries, modals, lexicon verbs, -ed forms)."""
    t = toks[i].norm
    if t in lex.aux or t in lex.modal or t == "n't":
        return True
    prev = prev_word(toks, i)
    pn = toks[prev].norm if prev is not None else ""
    if pn in lex.determiners or pn in lex.prepositions:
        return False
    if t in lex.verbs and (t.endswith(("s", "ed")) or t in lex.irregular_past):
        return True
    return len(t) > 4 and t.endswith("ed") and t not in lex.function


def verb_groups(toks: list[Tok], lex: Lexicon) -> list[tuple[int, int]]:
    groups: list[tuple[int, int]] = []
    i, n = 0, len(toks)
    while i < n:
        if toks[i].verb:
            j = i + 1
            while (
                j < n
                and toks[j].word
                and (
                    toks[j].verb
                    or toks[j].norm in ("not", "n't", "also", "be", "been", "being")
                    or toks[j].norm.endswith("ly")
                )
            ):
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    return groups


def mark_clauses(toks: list[Tok], lex: Lexicon, hits: list[Hit]) -> None:
    """Set `main` False on tokens outside the main proposition: parentheses, subordinate
    and relative clauses, purpose infinitives and the subject of a reporting frame."""
    if not toks:
        return
    groups = verb_groups(toks, lex)
    frame_verbs = {
        h.i
        for h in hits
        if lex.groups[h.group].frame
        or (
            lex.groups[h.group].kind in ("reporting", "booster")
            and lex.groups[h.group].pos == "verb"
        )
    }
    _mark_brackets(toks)
    _mark_subordinate(toks, lex, groups, frame_verbs)
    _mark_purpose(toks, lex, hits, groups)
    _mark_frames(toks, lex, hits, groups, frame_verbs)


def _boundary_after(toks: list[Tok], i: int) -> int:
    """Index of the first clause-closing punctuation at or after i (or len(toks))."""
    j = i
    while j < len(toks) and (toks[j].word or toks[j].norm not in CLOSE):
        j += 1
    return j


def _unmark(toks: list[Tok], a: int, b: int) -> None:
    for k in range(max(a, 0), min(b, len(toks))):
        toks[k].main = False


def _mark_brackets(toks: list[Tok]) -> None:
    depth = 0
    for t in toks:
        if t.norm in _OPEN_BRACKETS:
            depth += 1
        if depth:
            t.main = False
        if t.norm in _CLOSE_BRACKETS and depth:
            depth -= 1


def _mark_subordinate(
    toks: list[Tok], lex: Lexicon, groups: list[tuple[int, int]], frame_verbs: set[int]
) -> None:
    """Adverbial clauses ("although", "because", "compared with") and relative clauses
    ("who", "which", relative "that"); a complement "that" after a frame verb or a
    certainty word ("suggest that", "likely that") opens the claim itself instead."""
    n = len(toks)

    def seen_main_verb(i: int) -> bool:
        return any(b <= i and toks[a].main for a, b in groups)

    def next_group(i: int) -> int | None:
        return next((a for a, _b in groups if a > i), None)

    i = 0
    while i < n:
        t = toks[i]
        if not t.word:
            i += 1
            continue
        prev = prev_word(toks, i)
        sub_len = _phrase_at(toks, i, lex.adverbial)
        what_colon = _what_before_colon(toks, i, prev)
        is_relative = t.norm in lex.relative or what_colon
        if t.norm == "that":
            if prev is None or toks[prev].norm in lex.prepositions:
                i += 1  # a determiner: "that study"
                continue
            if _takes_complement(toks, prev, lex, frame_verbs):
                i += 1
                continue
            is_relative = True
        if not (sub_len or is_relative):
            i += 1
            continue
        end_punct = _boundary_after(toks, i)
        if what_colon:
            stop = end_punct  # "what nurses have suspected for years:" runs to the colon
        elif prev is None and sub_len and end_punct < n:
            stop = end_punct  # fronted: "Although X, Y"
        elif seen_main_verb(i) and not is_relative:
            stop = end_punct  # trailing: "Y because X"
        else:
            # Embedded before the main verb: the clause ends where the verb group after
            # its own begins ("Mice that received IgG developed pain").
            own = next_group(i)
            after = next_group(own) if own is not None else None
            stop = min(end_punct, after if after is not None else n)
            if own is None or own >= end_punct:
                stop = end_punct
            elif _aux_main(toks, i, own, lex):
                stop = own  # its own verb went undetected: "Children who sleep less are"
            if not seen_main_verb(i) and stop >= n:
                stop = end_punct
            if is_relative and not what_colon:
                # "Women who drink coffee seem to live longer": a hedging verb in the plural
                # (no verb to the heuristic) begins the main clause
                stop = next(
                    (k for k in range(i + 2, stop) if toks[k].norm in _PLURAL_HEDGE_VERBS), stop
                )
        _unmark(toks, i, stop)
        i = max(stop, i + 1)


_PLURAL_HEDGE_VERBS = frozenset({"appear", "seem", "tend"})


def _what_before_colon(toks: list[Tok], i: int, prev: int | None) -> bool:
    """ "Scientists confirmed what many suspected: P": the free relative ("what many
    suspected") says whose belief P was; its hedge is not the claim's."""
    if toks[i].norm != "what" or prev is None:
        return False
    end = _boundary_after(toks, i)
    return end < len(toks) and toks[end].norm == ":"


def _mark_purpose(
    toks: list[Tok], lex: Lexicon, hits: list[Hit], groups: list[tuple[int, int]]
) -> None:
    """Purpose infinitives ("strategies to reduce", "is needed to determine") and aims
    put as a preposition and a certainty verb's -ing form ("a step in finding treatments")
    run to the next punctuation or the next finite verb ("Drugs used to treat X seem to ...").
    "to" inside a lexicon phrase ("lead to", "due to") or after a raising word ("appears
    to reduce", "was shown to cause") carries the claim and is kept."""
    in_phrase = {k for h in hits for k in range(h.i, h.j - 1)}
    aux = lex.aux | lex.modal

    def purpose_end(k: int, verb: int) -> int:
        stop = _boundary_after(toks, k)
        finite = [a for a, _b in groups if verb < a < stop and toks[a].norm in aux]
        # "designed to detect whether X could be Y, did not": the embedded question's own
        # verb is inside the aim; the next one is the main clause's
        asks = next((q for q in range(verb, stop) if toks[q].norm in _EMBEDDED_QUESTION), None)
        if asks is not None:
            finite = [a for a in finite if a > asks][1:] + [a for a in finite if a < asks]
        return min(finite, default=stop)

    for k, t in enumerate(toks):
        if not t.main or not t.word:
            continue
        fixed = _phrase_at(toks, k, lex.purpose)
        if fixed:
            _unmark(toks, k, purpose_end(k, k + fixed))
            continue
        if t.norm in lex.purpose_gerund:
            nxt = next_word(toks, k)
            if nxt is not None and toks[nxt].norm in lex.evidential_ing:
                _unmark(toks, k, purpose_end(k, nxt))  # "a step in finding treatments"
            continue
        if t.norm != "to" or k in in_phrase:
            continue
        nxt = next_word(toks, k)
        if nxt is None or toks[nxt].norm not in lex.bases:
            continue
        prev = prev_word(toks, k)
        if prev is not None and _raises(toks, prev, lex):
            continue
        _unmark(toks, k, purpose_end(k, nxt))


_EMBEDDED_QUESTION = frozenset({"whether", "if", "how", "why", "what", "which"})
_OPEN_BRACKETS = frozenset("([{")
_CLOSE_BRACKETS = frozenset(")]}")


def _phrase_at(toks: list[Tok], i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of `phrases` (keyed by first word) starting at i, or 0."""
    for phrase in phrases.get(toks[i].norm, ()):
        if tuple(t.norm for t in toks[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _aux_main(toks: list[Tok], i: int, own: int, lex: Lexicon) -> bool:
    """Is the first verb group after a relativizer really the main clause's auxiliary?"""
    between = [k for k in range(i + 1, own) if toks[k].word]
    return toks[own].norm in lex.aux | lex.modal and len(between) >= 2


def _raises(toks: list[Tok], prev: int, lex: Lexicon) -> bool:
    p = toks[prev].norm
    if p in lex.raising:
        return True
    before = prev_word(toks, prev)
    return p.endswith("ly") and before is not None and toks[before].norm in lex.raising


def _takes_complement(toks: list[Tok], prev: int, lex: Lexicon, frames: set[int]) -> bool:
    p: int | None = prev
    while p is not None and toks[p].norm.endswith("ly"):
        p = prev_word(toks, p)
    if p is None:
        return False
    return toks[p].norm in lex.complement_takers or p in frames


def _mark_frames(
    toks: list[Tok],
    lex: Lexicon,
    hits: list[Hit],
    groups: list[tuple[int, int]],
    frame_verbs: set[int],
) -> None:
    n = len(toks)
    # "According to X, Y" / "Y, according to X"
    for h in hits:
        g = lex.groups[h.group]
        if (
            g.kind == "reporting"
            and g.pos == "fixed"
            and len([t for t in toks[h.i : h.j] if t.word]) > 1
        ):
            _unmark(toks, h.i, _boundary_after(toks, h.j))
    # "..., researchers said." : a short trailing segment with a reporting verb.
    commas = [k for k, t in enumerate(toks) if t.norm in (",", "\u2013", "\u2014", "-")]
    if commas:
        last = commas[-1]
        tail = [k for k in range(last + 1, n) if toks[k].word]
        verbs = [k for k in tail[:5] if k in frame_verbs]
        # "..., researchers said" / "..., suggests a new study in X" (no clause of its own)
        # (not a predicate after a relative clause: "X, which ..., may need to consider Y")
        predicate = bool(tail) and toks[tail[0]].norm in lex.modal
        if (
            0 < len(tail) <= 16
            and verbs
            and not predicate
            and not any(toks[k].norm == "that" for k in tail)
        ):
            for k in range(last, n):
                if k not in frame_verbs:
                    toks[k].main = False
    # Leading frame: the words before the first main verb group, when that group holds
    # a frame verb followed by a clause ("A study in mice suggests (that) X").
    main_group = next(((a, b) for a, b in groups if toks[a].main), None)
    if main_group is not None:
        a, b = main_group
        has_frame = any(k in frame_verbs for k in range(a, b))
        rest = [k for k in range(b, n) if toks[k].word and toks[k].main]
        if has_frame and len(rest) >= 2:
            _unmark(toks, 0, a)


def first_verb_tense(text: str, lex: Lexicon) -> str | None:
    """The tense of the sentence's first finite verb: "past" ("killed", "were"), "perfect"
    ("has been losing", "have shown"), "present", or None when no verb is found."""
    toks = to_tokens(text, lex)
    for i, tok in enumerate(toks):
        t = tok.norm
        if not tok.word:
            continue
        prev = prev_word(toks, i)
        if not is_verbish(toks, i, lex):
            before = toks[prev].norm if prev is not None else ""
            past = t in lex.irregular_past and not t.endswith(("s", "ing"))
            if not (past and before and before not in lex.determiners | lex.prepositions):
                continue  # "the group made", not "a made-up word" or "in found objects"
        if t in ("is", "are", "am", "'s", "'re"):
            return "present"
        listed = i > 0 and (
            toks[i - 1].norm == "," or (prev is not None and toks[prev].norm in ("and", "or"))
        )
        if (prev is None or listed) and t not in lex.aux:
            continue  # a participle before its noun: "Supervised walks", "stiffness, reduced pain"
        if t in ("has", "have", "'ve"):
            nxt = next_word(toks, i)
            after = toks[nxt].norm if nxt is not None else ""
            if after == "been" or after.endswith("ed") or after in lex.irregular_past:
                return "perfect"
        if t in ("was", "were", "had", "did") or t.endswith("ed"):
            return "past"
        if t in lex.irregular_past and not t.endswith(("s", "ing")):
            return "past"
        return "present"
    return None
