"""A ticker in brackets finds the same articles on OpenSearch as on Whoosh, and as an oracle
of the text the articles hold, alone and combined: a letter (sx37), over the generated
corpus of `tests.search.test_ticker_letters` (letters written as tickers, with and without
an exchange, and otherwise); a ticker of several letters (sx42), over wires that write
tickers spelling initialisms and words (`tests.search.test_ticker_initialisms`: ``<UN.A>``,
``<US.N>``, ``<AT&T>``) beside the prose they spell ("the U.N. said", "told us")."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from index.search.tickers import bracketed_tickers
from tests.opensearch.conftest import both_engines
from tests.search.test_ticker_initialisms import CODES, written
from tests.search.test_ticker_letters import LETTERS, articles, combined, leaf_set, queries

pytestmark = pytest.mark.opensearch


def _both(folder: Path, records: list[dict[str, str]]) -> tuple[Any, Any, Any]:
    """Both engines' indexes of ``records`` and the title and body each article holds."""
    corpus = folder / "wire.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    whoosh, node = both_engines(corpus, folder / "index")
    held = [whoosh.article(hit.id) for hit in whoosh.search("", limit=None).hits]
    return whoosh, node, {a.id: {"title": a.title, "body": a.body} for a in held}


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    whoosh, node, held = _both(tmp_path_factory.mktemp("tickers_os"), articles())
    yield whoosh, node, held
    node.drop()


def _ids(engine: Any, text: str) -> set[str]:
    return {hit.id for hit in engine.search(text, limit=None).hits}


def test_each_letter_ticker_finds_the_oracle_on_both(made: tuple[Any, Any, Any]) -> None:
    whoosh, node, written = made
    for letter in LETTERS:
        for query in (f"<{letter}>", f"title:<{letter}>"):
            expected = leaf_set(query, written)
            assert _ids(node, query) == expected == _ids(whoosh, query), query
            assert node.count(query) == len(expected)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(queries())
def test_combined_tickers_find_the_same_on_both(
    made: tuple[Any, Any, Any], query: tuple[str, Any]
) -> None:
    _agree(made, query)


def _agree(made: tuple[Any, Any, Any], query: tuple[str, Any]) -> None:
    """Both engines find what the oracle says a generated query should."""
    whoosh, node, held = made
    text, find = query
    assert _ids(node, text) == find(held) == _ids(whoosh, text), text


NAMES = ("UN", "US", "IT", "AT&T", "T", "GM")
"""Tickers that spell initialisms and words (`tests.search.test_ticker_initialisms`)."""
TYPED_CODES = ("", ".N", ".A")
WORDS = ("quiet", "trading")
"""Loose words of every generated wire's filler, found where written."""


def wires(count: int = 60, seed: int = 42) -> list[dict[str, str]]:
    """Wire records that write tickers of several letters in brackets (with and without an
    exchange code, in the title or the body) beside the prose they spell ("U.N.", "UN",
    "told us", "GM said"): sx42."""
    rng = random.Random(seed)
    records = []
    for n in range(count):
        parts: dict[str, list[Any]] = {"title": [], "body": []}
        for _ in range(rng.randint(1, 4)):
            field = "title" if rng.random() < 0.25 else "body"
            ticker = rng.choice(NAMES)
            if rng.random() < 0.5:
                parts[field].append(("ticker", ticker, rng.choice(CODES)))
            else:
                parts[field].append(("prose", ticker, rng.randrange(3)))
        title = f"Wire {n} " + (written(parts["title"]) if parts["title"] else "report")
        body = f"Wire number {n}. " + (written(parts["body"]) if parts["body"] else "Quiet.")
        records.append({"id": f"t{n:02}", "title": title, "body": body})
    return records


def ticker_set(leaf: str, held: dict[str, dict[str, str]]) -> set[str]:
    """The articles a leaf of `TICKER_LEAVES` should find, from the text they hold."""
    fields = ("title",) if leaf.startswith("title:") else ("title", "body")
    if "<" in leaf:
        named = leaf.split("<", 1)[1].rstrip(">").lower()
        for code in TYPED_CODES[1:]:
            named = named.removesuffix(code.lower())
        return {i for i, r in held.items() if any(named in bracketed_tickers(r[f]) for f in fields)}
    word = re.compile(rf"\b{leaf}\b", re.IGNORECASE)
    return {i for i, r in held.items() if word.search(r["title"] + " " + r["body"])}


TICKER_LEAVES = [
    *(f"<{name}{code}>" for name in NAMES for code in TYPED_CODES),
    *(f"title:<{name}>" for name in NAMES),
    *WORDS,
]


@pytest.fixture(scope="module")
def made_wires(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, Any]]:
    whoosh, node, held = _both(tmp_path_factory.mktemp("wire_tickers_os"), wires())
    assert len(held) > 50
    yield whoosh, node, held
    node.drop()


def test_each_bracketed_ticker_finds_the_oracle_on_both(
    made_wires: tuple[Any, Any, Any],
) -> None:
    # before sx42, OpenSearch found the prose a ticker of several letters spells:
    # <UN.A> found "the U.N. said" and "UN troops" there, not on Whoosh
    whoosh, node, held = made_wires
    for leaf in TICKER_LEAVES:
        expected = ticker_set(leaf, held)
        assert _ids(node, leaf) == expected == _ids(whoosh, leaf), leaf
        assert node.count(leaf) == len(expected)
    # the corpus is a test of something: each ticker is bracketed somewhere, and the
    # word it spells, typed without brackets, finds prose where no bracket is
    for name in NAMES:
        bracketed = ticker_set(f"<{name}>", held)
        assert bracketed, name
        if len(name) > 1:  # a loose letter is left out of a query
            assert _ids(node, name) - bracketed, name


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(combined(TICKER_LEAVES, ticker_set))
@example(("(<UN.A> OR <US>)", lambda held: ticker_set("<UN.A>", held) | ticker_set("<US>", held)))
def test_combined_bracketed_tickers_find_the_same_on_both(
    made_wires: tuple[Any, Any, Any], query: tuple[str, Any]
) -> None:
    _agree(made_wires, query)
