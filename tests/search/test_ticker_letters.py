"""A ticker of one letter finds the articles that write it in brackets, not every letter
(fx77 left ``<T>`` finding all 719 Reuters articles with a "T", where 52 write ``<T>``).

Oracle: a generated corpus whose articles write letters as tickers (``<T>``, ``<T.N>``,
``<F.TO>``) or otherwise ("T-bills", "T. Boone", "Mr T", "C" alone, "<TX>", a stop word "a"),
in the title or the body, and generated queries of those tickers, ``title:`` tickers and a
word, under AND, OR, NOT and brackets: each finds exactly the articles that the set
algebra of the mentions each article was written with gives.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.search.tickers import bracketed_letters, typed_letters
from index.store.build import rebuild

LETTERS = ("T", "F", "C", "A")
"""AT&T, Ford, Chrysler and Agilent: "A" is also a stop word, indexed in every article."""
TICKER_FORMS = ("<{}>", "<{}.N>", "<{}.TO>")
DECOY_FORMS = ("{}-bills", "{}. Boone", "Mr {}", "{}", "<{}X>", "({})", "{}.")
FILLER = ("market", "week", "plan", "trade", "price", "a", "rose")


def articles(count: int = 80, seed: int = 37) -> list[dict[str, str]]:
    """Wire records whose titles and bodies write letters as tickers or otherwise."""
    rng = random.Random(seed)
    records = []
    for n in range(count):
        parts: dict[str, list[str]] = {"title": [f"Wire{n}"], "body": []}
        for _ in range(rng.randint(1, 5)):
            field = "title" if rng.random() < 0.25 else "body"
            forms = TICKER_FORMS if rng.random() < 0.4 else DECOY_FORMS
            parts[field].append(rng.choice(forms).format(rng.choice(LETTERS)))
            parts[field].append(rng.choice(FILLER))
        title, body = (" ".join(parts[field]) for field in ("title", "body"))
        records.append({"id": f"w{n:02}", "title": title, "body": body or "quiet"})
    return records


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, dict[str, str]]]:
    folder = tmp_path_factory.mktemp("letters")
    records = articles()
    corpus = folder / "wire.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    engine = open_index(folder / "index")
    # the articles as the index holds them (ingestion may drop one, or clean its text)
    held = [engine.article(hit.id) for hit in engine.search("", limit=None).hits]
    assert len(held) > 60
    return engine, {a.id: {"title": a.title, "body": a.body} for a in held}


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){word}(?!\w)", text, re.IGNORECASE) is not None


def leaf_set(leaf: str, written: dict[str, dict[str, str]]) -> set[str]:
    """The articles a leaf of the generated queries should find, from the records."""
    if leaf.startswith("title:<"):
        letter = leaf[7].lower()
        return {i for i, r in written.items() if letter in bracketed_letters(r["title"])}
    if leaf.startswith("<"):
        letter = leaf[1].lower()
        return {
            i
            for i, r in written.items()
            if letter in bracketed_letters(r["title"]) | bracketed_letters(r["body"])
        }
    return {i for i, r in written.items() if _has_word(r["title"] + " " + r["body"], leaf)}


LEAVES = [*(f"<{x}>" for x in LETTERS), *(f"title:<{x}>" for x in LETTERS), "market", "rose"]


@st.composite
def combined(
    draw: Any, leaves: list[str], find: Callable[[str, Any], set[str]], depth: int = 2
) -> tuple[str, Any]:
    """A query of ``leaves`` under AND, OR, NOT and brackets, and a function of the records
    that gives the articles it should find (``find`` gives a leaf's from the records)."""
    if depth == 0 or draw(st.booleans()):
        leaf = draw(st.sampled_from(leaves))
        return leaf, lambda written: find(leaf, written)
    a, find_a = draw(combined(leaves, find, depth - 1))
    b, find_b = draw(combined(leaves, find, depth - 1))
    how = draw(st.sampled_from(["AND", "OR", "AND NOT", "", "-"]))
    text = f"({a} -{b})" if how == "-" else f"({a} {how} {b})".replace("  ", " ")
    if how == "OR":
        return text, lambda w: find_a(w) | find_b(w)
    if how in ("AND NOT", "-"):
        return text, lambda w: find_a(w) - find_b(w)
    return text, lambda w: find_a(w) & find_b(w)


def queries() -> st.SearchStrategy[tuple[str, Any]]:
    """A query of `LEAVES` and a function of the records that gives the articles it finds."""
    return combined(LEAVES, leaf_set)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(queries())
@example(("<T>", lambda w: leaf_set("<T>", w)))
@example(("(<A> AND NOT title:<T>)", lambda w: leaf_set("<A>", w) - leaf_set("title:<T>", w)))
def test_letter_tickers_find_the_bracketed_letters(
    made: tuple[Any, dict[str, dict[str, str]]], query: tuple[str, Any]
) -> None:
    engine, written = made
    text, find = query
    found = {hit.id for hit in engine.search(text, limit=None).hits}
    assert found == find(written), text
    assert engine.count(text) == len(found)


def test_the_corpus_has_both_kinds_of_letter(made: tuple[Any, dict[str, dict[str, str]]]) -> None:
    engine, written = made
    for letter in LETTERS:
        bracketed = leaf_set(f"<{letter}>", written)
        quoted = {hit.id for hit in engine.search(f'"{letter}"', limit=None).hits}
        # a letter in quotes is still the letter wherever it stands: more articles
        assert bracketed and quoted - bracketed, letter
        assert bracketed <= quoted | {i for i, r in written.items() if f"<{letter}." in str(r)}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("<T>", {(1, 2)}),
        ("title:<T> <GM>", {(7, 8)}),
        ('"<T>" <F>', {(7, 8)}),
        ("date:<2017 <c>", {(12, 13)}),
        ("<<T>>", set()),
    ],
)
def test_typed_letters(text: str, spans: set[tuple[int, int]]) -> None:
    assert typed_letters(text) == spans


def test_opensearch_keeps_a_letter_ticker_to_the_listed_letters() -> None:
    # the letter's terms (with an exchange: "<T.N>" is "tn"), where the document lists the
    # field's bracketed letter (`index.opensearch.documents.ticker_keys`)
    from index.models import Article
    from index.opensearch.documents import TICKERS, ticker_keys
    from index.opensearch.translate import translate
    from index.search.query import parse_unbound

    dsl = translate(parse_unbound("title:<T>"))
    assert dsl["bool"]["filter"] == [{"term": {TICKERS: "title:t"}}]
    forms = [each["term"]["title"]["value"] for each in dsl["bool"]["should"]]
    assert forms[0] == "t" and "tn" in forms
    article = Article("a", "a", "AT&T <T> up", False, None, None, None, None, "T-bills <F.N>")
    assert ticker_keys(article) == ["body:f", "title:t"]


def test_opensearch_keeps_a_longer_ticker_to_the_listed_tickers() -> None:
    # sx42: <UN.A> keeps to the documents whose field lists "un" (before, only letters
    # were listed, and a longer ticker was its term alone: the U.N. too)
    from index.models import Article
    from index.opensearch.documents import TICKERS, ticker_keys
    from index.opensearch.translate import translate
    from index.search.query import parse_unbound

    dsl = translate(parse_unbound("title:<UN.A>"))
    assert dsl["bool"]["filter"] == [{"term": {TICKERS: "title:un"}}]
    forms = [each["term"]["title"]["value"] for each in dsl["bool"]["should"]]
    assert forms[0] == "un"
    dsl = translate(parse_unbound("byline:<T.N>"))  # the letter, not the typed "t.n"
    assert dsl["bool"]["filter"] == [{"term": {TICKERS: "byline:t"}}]
    article = Article("a", "a", "U.N. <UN.A> up", False, None, None, None, None, "<AT&T> <T>")
    assert ticker_keys(article) == ["body:at&t", "body:t", "title:un"]
