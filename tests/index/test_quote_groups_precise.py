"""Quote groups as a function of the set of quotes: a clip inside two different quotations
joins neither; any sequence of adds and removes gives the groups a plain O(n^2) reference
computes from the quotes held."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import (
    CLIP,
    NAMED,
    NONE,
    OVERLAP,
    PARAPHRASE,
    SAID_OVERLAP,
    STRONG,
    linked,
    overlap,
    relation,
    shorter,
)
from index.analysis.quote_relation import RUN
from index.analysis.quotes import extract_quotes

Key = tuple[str, int]

CLIP_TEXT = "the president of the United States"
ONE = f"A district judge cannot force {CLIP_TEXT} to change the law of the land"
TWO = f"Agitating {CLIP_TEXT} is not a good strategy for anyone in the region"


def _add(index: QuoteIndex, aid: str, *quotes: str) -> None:
    body = " ".join(f'"{q}," she said.' for q in quotes)
    index.add_article(aid, "Outlet " + aid, "2017-03-01", extract_quotes(body))


def _partition(index: QuoteIndex) -> set[frozenset[str]]:
    return {frozenset(g.articles) for g in index.groups()}


def test_a_clip_inside_two_different_quotations_joins_neither() -> None:
    index = QuoteIndex()
    _add(index, "one", ONE)
    _add(index, "two", TWO)
    _add(index, "clip", CLIP_TEXT)
    assert _partition(index) == {frozenset({"one"}), frozenset({"two"}), frozenset({"clip"})}
    index.remove_article("two")  # the clip is in one quotation only: it joins it
    assert _partition(index) == {frozenset({"one", "clip"})}
    _add(index, "two", TWO)  # and a new container makes it ambiguous again
    assert _partition(index) == {frozenset({"one"}), frozenset({"two"}), frozenset({"clip"})}


def test_a_reprint_with_its_clips_is_one_group() -> None:
    index = QuoteIndex()
    _add(index, "a", ONE)
    _add(index, "b", ONE.replace("cannot", "can not"))  # lightly edited
    _add(index, "c", "A district judge cannot force the president")  # a clip
    _add(index, "d", f"force {CLIP_TEXT} to change the law")  # a clip
    _add(index, "e", f"{CLIP_TEXT} to change")  # in "d" too: it sees "d" joined first
    assert _partition(index) == {frozenset("abcde")}
    [group] = index.groups()
    assert group.id == index.group_at("c", 0, 10)


# --- the oracle ----------------------------------------------------------------------------

PIECES = (
    "we will not raise the harbour fees this year",
    "and nobody who works the docks should fear for their job",
    "the president of the United States",
    "all options are on the table for the council",
    "the frost took half of the blossom in a single night",
)
QUOTE = st.lists(st.integers(0, len(PIECES) - 1), min_size=1, max_size=3).map(
    lambda parts: " ".join(PIECES[p] for p in parts)
)
EDIT = st.sampled_from(["", "the harbour", "fees", "job", "night"])
ARTICLE = st.lists(st.tuples(QUOTE, EDIT), min_size=1, max_size=2)
IDS = ("a0", "a1", "a2", "a3", "a4", "a5")
STEP = st.tuples(st.sampled_from(IDS), st.one_of(st.none(), ARTICLE))


def _reference(words: dict[Key, Sequence[str]]) -> set[frozenset[Key]]:
    """The groups of a set of quotes, computed plainly from every pair (the module's rule
    written again: strong links join, then overlaps unless a quote's end (or start) reaches
    two groups, a clip joins its containers' group when they are all in one, settled
    longest first)."""
    keys = sorted(words)
    group = {k: {k} for k in keys}  # each key's group (shared sets)

    def join(a: Key, b: Key) -> None:
        if group[a] is group[b]:
            return
        merged = group[a] | group[b]
        for k in merged:
            group[k] = merged

    containers: dict[Key, list[Key]] = {k: [] for k in keys}
    overlaps = []
    for a in keys:
        for b in keys:
            if a >= b:
                continue
            rel = linked(words[a], words[b])
            if rel == STRONG:
                join(a, b)
            elif rel == CLIP:
                short, long_ = (a, b) if shorter(words[a], words[b]) else (b, a)
                containers[short].append(long_)
            elif rel == OVERLAP:
                overlaps.append((a, b) if overlap(words[a], words[b]) else (b, a))
            elif rel in (SAID_OVERLAP, PARAPHRASE, NAMED, RUN):
                continue  # joins only one speaker's quotes near in time: these are undated
                # (RUN: one region only, where `quote_parts` finds parts of dated quotes)
            else:
                assert rel == NONE
    reach: dict[tuple[Key, str], set[frozenset[Key]]] = {}
    for first, last in overlaps:
        reach.setdefault((first, "end"), set()).add(frozenset(group[last]))
        reach.setdefault((last, "start"), set()).add(frozenset(group[first]))
    for first, last in overlaps:
        if len(reach[(first, "end")]) == 1 and len(reach[(last, "start")]) == 1:
            join(first, last)
    strong = {frozenset(group[k]) for k in keys}
    for part in sorted(strong, key=lambda p: (-max(len(words[k]) for k in p), min(p))):
        own = group[min(part)]
        outer = {frozenset(group[c]) for k in part for c in containers[k]} - {frozenset(own)}
        # (a clip inside two groups joins them as one statement only when a speaker is
        # named, `quote_stock.one_statement`: these quotes name none; a short clip with a
        # few words cut out is a `CLIP` of `linked`, as any clip)
        if len(outer) == 1:
            join(min(part), min(outer.pop()))
    return {frozenset(g) for g in map(frozenset, group.values())}


def _body(quotes: list[tuple[str, str]]) -> str:
    out = []
    for text, edit in quotes:
        if edit and edit in text:
            text = text.replace(edit, edit.upper() + " x", 1)  # a word put in
        out.append(f'"{text}," she said.')
    return " ".join(out)


@settings(max_examples=120, deadline=None)
@given(st.lists(STEP, min_size=1, max_size=14))
@example(  # ci67: two quotes of one length, a clip one way only before `shorter`
    [
        (
            "a0",
            [
                (" ".join(PIECES[p] for p in (3, 3, 1)), ""),
                (" ".join(PIECES[p] for p in (0, 3, 1)), ""),
            ],
        )
    ]
)
def test_any_adds_and_removes_group_as_the_reference(steps: list[tuple[str, object]]) -> None:
    index = QuoteIndex()
    for aid, quotes in steps:
        if quotes is None:
            index.remove_article(aid)
        else:
            body = _body(quotes)  # type: ignore[arg-type]
            index.add_article(aid, None, None, extract_quotes(body))
        held = {(a, i): q.words for a in IDS for i, q in enumerate(index.quotes(a))}
        got = {
            frozenset((o.article, _number(index, o.article, o.start)) for o in g.occurrences)
            for g in index.groups()
        }
        assert got == _reference(held)


def _number(index: QuoteIndex, article: str, start: int) -> int:
    return next(i for i, q in enumerate(index.quotes(article)) if q.start == start)


@settings(max_examples=300, deadline=None)
@given(st.tuples(QUOTE, EDIT), st.tuples(QUOTE, EDIT))
@example((" ".join(PIECES[p] for p in (3, 3, 1)), ""), (" ".join(PIECES[p] for p in (0, 3, 1)), ""))
def test_relation_is_the_same_whichever_quote_comes_first(
    one: tuple[str, str], two: tuple[str, str]
) -> None:
    a, b = (extract_quotes(_body([q]))[0].words for q in (one, two))
    assert relation(a, b) == relation(b, a)
