"""Query shapes users type, against the sets they must make (sx37's hunt).

The other oracles combine plain words, phrases and prefixes. Here the leaves are what a
wire reader types: initialisms (``U.S.``, ``US``), hyphenated words (``G-7``, ``T-bills``),
tickers (``<T>``, ``<GM>``), ampersand words, accents and capitals, prefixes and
wildcards over them, phrases with stop words, ``title:`` and ``source:`` clauses. Whatever
each leaf finds, the query built from leaves must find what the sets say, with no
search to compute it:

- ``(a AND b)``, ``(a b)`` intersect; ``(a OR b)`` unites; ``(a AND NOT b)`` and
  ``(a -b)`` take b away; ``(NOT b)`` is every article but b's (whole-bracketed: the
  grouping is not what is tested);
- a leaf without a field finds what the same leaf finds in its fields, together;
- a date clause keeps the articles whose date (as the hits give it) it names;
- ``count`` is the number of hits, and a short page is the head of the full list.

The corpus is generated: fragments of wire text, in mixed case, with dates and outlets.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.search.limits import QueryError
from index.store.build import rebuild

FRAGMENTS = (
    "U.S. officials said",
    "US troops",
    "told us",
    "LET US PRAY",
    "the G-7 finance ministers",
    "a G7 meeting",
    "G 7 talks",
    "AT&T <T> said",
    "Ford <F.N> rose",
    "General Motors <GM>",
    "GM plant",
    "T-bills",
    "Mr T",
    "Zürich bank",
    "ZURICH BANK",
    "zurich",
    "the Bank of Japan",
    "BANK OF JAPAN",
    "non-oil exports",
    "banks",
    "rates rose",
    "U.K. rates",
    "UK banks",
    "3.5 pct",
    "mln dlrs",
    "e.g. the",
)
SOURCES = ("Wire", "Other Wire", "Valley Gazette", None)
FIELDS = ("title", "body", "byline", "source", "dateline")
LEAVES = (
    "U.S.",
    "US",
    "u.s.",
    "G-7",
    "g7*",
    "us*",
    "AT&T",
    "<T>",
    "<GM>",
    "T-bills",
    "Zürich",
    "ZURICH",
    "ba?ks",
    "non-oil",
    '"G-7 finance"',
    '"bank of japan"',
    '"told us"',
    '"let us pray"',
    "dlrs",
    "3.5",
)


def records(count: int = 150, seed: int = 37) -> list[dict[str, str]]:
    """Generated wire records: titles and bodies of fragments, dated over two months."""
    rng = random.Random(seed)
    start = datetime(2017, 2, 1)
    made = []
    for n in range(count):
        title = " ".join(rng.sample(FRAGMENTS, rng.randint(1, 2)))
        body = ". ".join(rng.sample(FRAGMENTS, rng.randint(2, 6))) + "."
        record: dict[str, Any] = {"id": f"s{n:03}", "title": title, "body": body}
        source = rng.choice(SOURCES)
        if source:
            record["source"] = source
        if rng.random() < 0.9:
            record["date"] = (start + timedelta(hours=rng.randrange(60 * 24))).isoformat()
        made.append(record)
    return made


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("shapes")
    corpus = folder / "wire.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records()), encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    return open_index(folder / "index")


def found(engine: Any, text: str) -> set[str]:
    return {hit.id for hit in engine.search(text, limit=None).hits}


@st.composite
def combined(draw: Any, depth: int = 2) -> tuple[str, Any]:
    """A whole-bracketed query of leaves, and how to make its set from the leaves' sets."""
    if depth == 0 or draw(st.booleans()):
        leaf = draw(st.sampled_from(LEAVES))
        return leaf, lambda sets: sets(leaf)
    a, set_a = draw(combined(depth - 1))
    b, set_b = draw(combined(depth - 1))
    how = draw(st.sampled_from(["AND", "", "OR", "AND NOT", "-", "NOT"]))
    if how == "NOT":
        return f"(NOT {b})", lambda sets: sets("") - set_b(sets)
    if how == "-":
        return f"({a} -{b})", lambda sets: set_a(sets) - set_b(sets)
    text = f"({a} {how} {b})".replace("  ", " ")
    if how == "OR":
        return text, lambda sets: set_a(sets) | set_b(sets)
    if how == "AND NOT":
        return text, lambda sets: set_a(sets) - set_b(sets)
    return text, lambda sets: set_a(sets) & set_b(sets)


SHAPES = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@SHAPES
@given(combined())
@example(("(<T> -(US OR u.s.))", lambda sets: sets("<T>") - sets("US")))
def test_combined_leaves_make_their_sets(engine: Any, query: tuple[str, Any]) -> None:
    text, make = query
    known: dict[str, set[str]] = {}

    def sets(leaf: str) -> set[str]:
        if leaf not in known:
            known[leaf] = found(engine, leaf)
        return known[leaf]

    hits = [hit.id for hit in engine.search(text, limit=None).hits]
    assert set(hits) == make(sets), text
    assert engine.count(text) == len(hits)
    assert [hit.id for hit in engine.search(text, limit=5).hits] == hits[:5]


@pytest.mark.parametrize("leaf", LEAVES)
def test_a_leaf_finds_what_it_finds_in_its_fields(engine: Any, leaf: str) -> None:
    fields: set[str] = set()
    for name in FIELDS:
        try:
            fields |= found(engine, f"{name}:{leaf}")
        except QueryError:  # a field's analyzer leaves nothing of it (a stop word)
            continue
    assert found(engine, leaf) == fields
    assert found(engine, f"title:{leaf}") <= found(engine, leaf)


@SHAPES
@given(
    st.sampled_from(LEAVES),
    st.integers(0, 59),
    st.integers(0, 10),
    st.sampled_from(["[{a} to {b}]", "{{{a} to {b}}}", ">{a}", ">={a}", "<{b}", "<={b}", "{a}"]),
)
def test_a_date_clause_keeps_the_dates_it_names(
    engine: Any, leaf: str, start: int, days: int, form: str
) -> None:
    first = datetime(2017, 2, 1) + timedelta(days=start)
    last = first + timedelta(days=days)
    clause = "date:" + form.format(a=first.date().isoformat(), b=last.date().isoformat())
    after, end = first + timedelta(days=1), last + timedelta(days=1)
    keep = {
        "[": lambda d: first <= d < end,
        "{": lambda d: after <= d < last,
        ">=": lambda d: d >= first,
        ">": lambda d: d >= after,
        "<=": lambda d: d < end,
        "<": lambda d: d < last,
    }
    rule = next((v for k, v in keep.items() if form.startswith(k)), None)
    if form == "{a}":  # a day
        rule = lambda d: first <= d < after  # noqa: E731
    dated = {hit.id: hit.date for hit in engine.search(leaf, limit=None).hits}
    try:
        got = found(engine, f"{leaf} {clause}")
    except QueryError:  # an empty range is refused ("holds no moment between its ends")
        assert form.startswith("{") and form != "{a}" and days < 2
        return
    assert rule is not None
    assert got == {i for i, d in dated.items() if d is not None and rule(d)}, clause
