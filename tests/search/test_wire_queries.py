"""Wire readers' queries (nu41 #4, #5, #7, #8): tickers in brackets and with an exchange,
words with an ampersand, plural wire abbreviations, and no query shows a Python error.

Oracles: the parser never lets a Python error's name through, whatever the text
(hypothesis); a bracketed ticker is the same query as the quoted ticker, kept to the
articles that bracket it; `wire_stem` is
Porter2's stem but for the table's words and tickers; a generated corpus of ticker and
ampersand mentions is searched against the mentions each article was written from.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.lang.porter2 import stem as porter2
from whoosh.query import Term

from index.search.engine import open_index
from index.search.limits import QueryError
from index.search.query import parse_unbound, walk
from index.search.tickers import TickerTerm
from index.store.build import rebuild
from index.store.wire import EXCHANGES, TICKER, WIRE_PLURALS, wire_stem

PYTHON_ERROR = re.compile(r"\b[A-Z]\w*(?:Error|Exception)\b")
BITS = """< > <= >= => =< <GM> <BSDM.O> GM a AT&T & ( ) " - NOT AND OR ANDNOT title: date:
* ~ ~2 [ ] { } TO to . ^ 2 = ! / \\ ' : + ? 1987 2017-03"""
PIECES = st.sampled_from([*BITS.split(), " ", " "])


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.lists(PIECES, max_size=12).map("".join), st.text(max_size=20)))
def test_no_query_shows_a_python_error(text: str) -> None:
    try:
        parse_unbound(text)
    except QueryError as error:
        message = str(error)
        assert "\n" not in message
        assert not PYTHON_ERROR.search(message), (text, message)


@pytest.mark.parametrize(
    "text", ["<<", "<a", "> x", "(< x) y", "x (> y)", "<GM>", "<BSDM.O>", 'x~2date:<"a"']
)
def test_queries_that_crashed_the_parser_are_read(text: str) -> None:
    """Each raised inside Whoosh's parser (IndexError, Exception): now a query, or an
    error that says what is wrong, not the catch-all."""
    try:
        parse_unbound(text)
    except QueryError as error:
        assert not str(error).startswith("cannot parse the query"), text


@pytest.mark.parametrize("ticker", ["GM", "GRA", "BSDM.O", "F", "AT&T", "WAMU.O"])
@pytest.mark.parametrize("around", ["{}", "title:{}", "-{} opec", "opec {}", "({} OR xon)"])
def test_a_bracketed_ticker_is_the_quoted_ticker(ticker: str, around: str) -> None:
    # kept to the articles that write it in brackets (sx37: one letter; sx41: every ticker)
    bracketed = parse_unbound(around.format(f"<{ticker}>"))
    assert any(type(node) is TickerTerm for node in walk(bracketed))
    assert _plain(bracketed) == parse_unbound(around.format(f'"{ticker}"'))


def _plain(query: Any) -> Any:
    """``query`` with its `TickerTerm` nodes plain terms."""
    return query.accept(
        lambda node: (
            Term(node.fieldname, node.text, boost=node.boost) if type(node) is TickerTerm else node
        )
    )


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[a-z]{1,9}(\.[a-z]{1,3})?", fullmatch=True))
def test_wire_stem_is_porter2_but_for_tickers_and_plurals(word: str) -> None:
    ticker = TICKER.fullmatch(word)
    if ticker is not None:
        assert wire_stem(word) == porter2(ticker.group(1))
    else:
        assert wire_stem(word) == porter2(WIRE_PLURALS.get(word, word))


def test_wire_plurals_meet_their_singulars() -> None:
    for plural, singular in WIRE_PLURALS.items():
        assert wire_stem(plural) == wire_stem(singular)
    assert wire_stem("dlrs") == wire_stem("dlr") == "dlr"


TICKERS = ("WAMU", "BSDM", "CVGT")
AMPERSANDS = ("AT&T", "S&P", "M&A")
DECOYS = ("A.T. BROD", "FIXED AT 25-MONTH HIGH", "at this time", "S P Q", "ma and pa")
"""Texts the ampersand words were confused with: their parts, or an initialism of them."""
FILLER = ("market", "week", "plan", "official", "trade", "report", "price")


Article = tuple[str, set[str]]
"""An article's text and what it mentions (a ticker, an ampersand word)."""


def articles(count: int = 60, seed: int = 77) -> dict[str, Article]:
    """Articles of filler, tickers (bare, with an exchange, in brackets) and ampersand
    words or their decoys, by file name."""
    rng = random.Random(seed)
    made: dict[str, Article] = {}
    for n in range(count):
        words = [rng.choice(FILLER)]
        mentions: set[str] = set()
        for _ in range(rng.randint(1, 3)):
            roll = rng.random()
            if roll < 0.4:
                ticker = rng.choice(TICKERS)
                mentions.add(ticker)
                form = rng.choice(["{}", "{}.O", "<{}.O>", "<{}>", "{}.L"])
                if form.startswith("<"):
                    mentions.add(f"<{ticker}>")  # written as a ticker, in brackets
                words.append(form.format(ticker))
            elif roll < 0.7:
                word = rng.choice(AMPERSANDS)
                mentions.add(word)
                words.append(word)
            else:
                words.append(rng.choice(DECOYS))
            words.append(rng.choice(FILLER))
        made[f"w{n:02}.txt"] = (f"Wire {n}\n\n{' '.join(words)}\n", mentions)
    return made


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Article]]:
    corpus = tmp_path_factory.mktemp("wire") / "corpus"
    corpus.mkdir()
    texts = articles()
    for name, (text, _) in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    rebuild(corpus, corpus.parent / "index", procs=1)
    return open_index(corpus.parent / "index"), texts


@pytest.mark.parametrize("ticker", TICKERS)
@pytest.mark.parametrize("typed", ["{}", "{}.O", "<{}.O>", "<{}>", '"{}"', "{}.N"])
def test_a_ticker_finds_every_way_it_is_written(
    made: tuple[Any, dict[str, Article]], ticker: str, typed: str
) -> None:
    # typed in brackets, it is the ticker in brackets only (with or without an exchange)
    engine, written = made
    mention = f"<{ticker}>" if typed.startswith("<") else ticker
    expected = {name for name, (_, mentions) in written.items() if mention in mentions}
    found = {hit.id for hit in engine.search(typed.format(ticker), limit=None).hits}
    assert expected and found == expected


@pytest.mark.parametrize("word", AMPERSANDS)
@pytest.mark.parametrize("typed", ["{}", '"{}"', "{} market"])  # "<{}>": none in brackets
def test_an_ampersand_word_is_one_word(
    made: tuple[Any, dict[str, Article]], word: str, typed: str
) -> None:
    engine, written = made
    expected = {
        name
        for name, (text, mentions) in written.items()
        if word in mentions and ("market" in text or "market" not in typed)
    }
    query = typed.format(word)
    found = {hit.id for hit in engine.search(query, limit=None).hits}
    assert expected and found == expected, query


def test_exchanges_are_codes() -> None:
    assert all(code.isalpha() and code.islower() and len(code) <= 3 for code in EXCHANGES)
