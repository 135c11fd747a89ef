"""Boolean queries against set arithmetic: every hit, no more (px36).

`tests.search.oracle` compares with plain Whoosh, which shares Whoosh's faults: its
``ANDNOT`` kept a document holding the excluded word, and so did broadsheet's until px36
(`index.search.negation`). Here the expected hits are computed without any search: each
word's, phrase's and prefix's articles are found in plain Python over the texts, with the
same analyzer the index uses (`TEXT_ANALYZER`: a word is its stem), and the query's
operators are sets: AND and a space intersect, OR unites, NOT and ``-`` take away from
every article (or from the left side of an AND), ``a ANDNOT b`` is a - b and ``a ANDMAYBE
b`` is a. Queries are generated whole-bracketed, so precedence is not what is tested.

Corpora are generated too: few words, many articles, so every combination occurs; some
are then taken out and the index updated, so the hits are the live articles' and a prefix
stands for the stems of the live articles' words only (rv36 #3). The
hits are the engine's (`WhooshEngine.search`, all of them): `Library.search` folds copies
into their originals, and two generated articles of the same few words are copies.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.store.build import rebuild
from index.store.schema import TEXT_ANALYZER, make_words_analyzer
from index.store.update import update

VOCABULARY = (
    "peace",
    "peacekeepers",
    "peacekeeping",
    "run",
    "runs",
    "running",
    "truce",
    "troops",
    "talks",
    "harbour",
    "harbours",
    "frost",
)
ABSENT = "zyzzyva"
"""A word no article has."""
PREFIXES = ("pea", "peacek", "runn", "run", "tr", "harb", "fro", "zyz")
FIELDS = ("title", "body")


@dataclass(frozen=True)
class Doc:
    """One article's stems by field (in order) and its words as written (before stemming)."""

    id: str
    stems: dict[str, tuple[str, ...]]
    words: frozenset[str]


def _doc(number: int, title: str, body: str) -> Doc:
    stems = {
        name: tuple(token.text for token in TEXT_ANALYZER(text))
        for name, text in zip(FIELDS, (title, body), strict=True)
    }
    words = frozenset(token.text for text in (title, body) for token in make_words_analyzer()(text))
    return Doc(f"b{number:03d}", stems, words)


def _stem(word: str) -> str:
    (token,) = TEXT_ANALYZER(word, mode="query")
    return str(token.text)


def evaluate(node: Any, docs: list[Doc]) -> set[str]:
    """The ids of the articles ``node`` (a tree from `queries`) finds, by set arithmetic."""
    every = {doc.id for doc in docs}
    kind = node[0]
    if kind == "word":
        stem = _stem(node[1])
        return {doc.id for doc in docs if any(stem in doc.stems[f] for f in FIELDS)}
    if kind == "field":
        stem = _stem(node[2])
        return {doc.id for doc in docs if stem in doc.stems[node[1]]}
    if kind == "phrase":
        wanted = tuple(_stem(word) for word in node[1])
        return {doc.id for doc in docs if any(_holds(doc.stems[f], wanted) for f in FIELDS)}
    if kind == "prefix":
        begun = {w for doc in docs for w in doc.words if w.startswith(node[1])}
        stems = {_stem(word) for word in begun}
        return {
            doc.id
            for doc in docs
            if any(s.startswith(node[1]) or s in stems for f in FIELDS for s in doc.stems[f])
        }
    if kind == "not":
        return every - evaluate(node[1], docs)
    left, right = evaluate(node[1], docs), evaluate(node[2], docs)
    if kind in ("and", "space"):
        return left & right
    if kind == "or":
        return left | right
    if kind in ("andnot", "and_not_word"):
        return left - right
    if kind == "andmaybe":
        return left
    raise AssertionError(kind)


def _holds(stems: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    size = len(wanted)
    return any(stems[i : i + size] == wanted for i in range(len(stems) - size + 1))


JOINTS = {
    "and": " AND ",
    "space": " ",
    "or": " OR ",
    "andnot": " ANDNOT ",
    "andmaybe": " ANDMAYBE ",
    "and_not_word": " NOT ",  # "a NOT b": a AND NOT b
}


def render(node: Any) -> str:
    """The query text of a tree: every compound in brackets."""
    kind = node[0]
    if kind == "word":
        return str(node[1])
    if kind == "field":
        return f"{node[1]}:{node[2]}"
    if kind == "phrase":
        return '"' + " ".join(node[1]) + '"'
    if kind == "prefix":
        return f"{node[1]}*"
    if kind == "not":
        inner = _bracketed(render(node[1]))
        return f"-{inner}" if node[1][0] in ("word", "phrase", "field") else f"NOT {inner}"
    right = render(node[2])
    if kind == "and_not_word":
        right = _bracketed(right)
    return f"({render(node[1])}{JOINTS[kind]}{right})"


def _bracketed(text: str) -> str:
    """A negation in brackets: "NOT NOT x" and "a NOT -b" are refused as two NOTs in a row
    (Whoosh's parser broke on them)."""
    return f"({text})" if text.startswith(("NOT ", "-")) else text


leaves = st.one_of(
    st.sampled_from((*VOCABULARY, ABSENT)).map(lambda word: ("word", word)),
    st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=3).map(
        lambda words: ("phrase", tuple(words))
    ),
    st.sampled_from(PREFIXES).map(lambda prefix: ("prefix", prefix)),
    st.tuples(st.just("field"), st.sampled_from(FIELDS), st.sampled_from(VOCABULARY)),
)
queries = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.tuples(st.sampled_from(sorted(JOINTS)), inner, inner),
        inner.map(lambda node: ("not", node)),
    ),
    max_leaves=6,
)
texts = st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=5).map(" ".join)
corpora = st.lists(st.tuples(texts, texts), min_size=5, max_size=40)


def _index(folder: Path, found: list[tuple[str, str]], gone: set[int] = frozenset()) -> list[Doc]:
    """Index ``found``; then, if ``gone`` names some, take those out of the corpus and
    update the index (their documents deleted). The live articles."""
    rows = [
        {"id": f"b{number:03d}", "title": title.capitalize(), "body": body.capitalize() + "."}
        for number, (title, body) in enumerate(found)
    ]
    corpus = folder / "news.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    gone = {number for number in gone if number < len(found)}
    if gone:
        kept = [row for number, row in enumerate(rows) if number not in gone]
        corpus.write_text("".join(json.dumps(row) + "\n" for row in kept), encoding="utf-8")
        update(corpus, folder / "index", procs=1)
    return [
        _doc(number, title, body)
        for number, (title, body) in enumerate(found)
        if number not in gone
    ]


@settings(
    max_examples=60,
    deadline=None,  # a shared 2-core machine: time is not what is tested here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    found=corpora,
    gone=st.sets(st.integers(0, 39), max_size=6),
    asked=st.lists(queries, min_size=1, max_size=12),
)
def test_hits_are_the_set_arithmetic_of_the_terms(
    found: list[tuple[str, str]], gone: set[int], asked: list[Any]
) -> None:
    with tempfile.TemporaryDirectory(prefix="px36-boolean-") as name:
        docs = _index(Path(name), found, gone)
        engine = open_index(Path(name) / "index")
        try:
            for node in asked:
                query = render(node)
                result = engine.search(query, limit=None)
                hits = {hit.id for hit in result.hits}
                assert hits == evaluate(node, docs), query
                assert result.total == len(result.hits), query
        finally:
            engine.close()


def test_andnot_of_an_earlier_excluded_article() -> None:
    """The case that Whoosh's own AndNotMatcher got wrong, as a tree."""
    found = [("truce", "truce"), ("peace truce", "peace"), ("peace", "peace")]
    node = ("andnot", ("word", "peace"), ("word", "truce"))
    with tempfile.TemporaryDirectory(prefix="px36-boolean-") as name:
        docs = _index(Path(name), found)
        engine = open_index(Path(name) / "index")
        try:
            hits = {hit.id for hit in engine.search(render(node), limit=None).hits}
        finally:
            engine.close()
    assert hits == evaluate(node, docs) == {"b002"}
