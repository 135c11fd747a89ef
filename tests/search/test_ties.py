"""One corpus, one list: equal scores and equal facts go by article id, titles by `title_key`.

Two builds of one corpus that add its files in opposite orders number the documents
differently; every search and every order must list the same hits all the same. The
Whoosh path's top N (`TiedTopCollector`) is checked against Whoosh's whole ranking with
ties put in id order: the same floats, and at the cut the smallest ids.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.collectors import UnlimitedCollector
from whoosh.qparser import MultifieldParser
from whoosh.query import Or, Term

from index.models import SORTS
from index.search.engine import WhooshEngine, open_index
from index.search.ties import TiedTopCollector, best_first
from index.store import build
from index.store.lengths import HeldLengthsBM25F
from index.store.phrase_stops import is_stop
from index.store.schema import DEFAULT_FIELDS, FIELD_BOOSTS, make_schema, title_key
from tests.ramstore import PrivateRamStorage

TITLES = ["Wheat report", "wheat report", "“Wheat report”", "Apple crop", "zebra wheat"]
DATES = ["2021-05-04", "2021-05-04", "2021-05-03", None]


def _write(corpus: Path) -> Path:
    """Twenty articles, most alike word for word (equal scores), titles and dates repeated."""
    corpus.mkdir()
    for number in range(20):
        title = TITLES[number % len(TITLES)]
        date = DATES[number % len(DATES)]
        head = f"title: {title}\nsource: {'Wire' if number % 3 else 'Post'}\n"
        head += f"date: {date}\n" if date else ""
        body = "Wheat prices rose in the port." if number % 4 else "Wheat prices fell."
        (corpus / f"a{(number * 7) % 20:02d}.md").write_text(f"---\n{head}---\n{body}\n")
    return corpus


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WhooshEngine, ...]]:
    root = tmp_path_factory.mktemp("ties")
    corpus = _write(root / "corpus")
    engines = []
    scan = build.scan
    for turn in (False, True):

        def scanned(where: Path, turn: bool = turn) -> Any:
            files, skipped = scan(where)
            return (list(reversed(files)) if turn else files), skipped

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(build, "scan", scanned)
            build.rebuild(corpus, root / f"index{turn}", procs=1)
        engines.append(open_index(root / f"index{turn}"))
    yield tuple(engines)
    for engine in engines:
        engine.close()


QUERIES = ["wheat", "wheat prices", "wheat OR port", '"wheat prices"', "whe*", "wheat -fell", ""]


def _listed(engine: WhooshEngine, query: str, limit: int | None, sort: Any) -> list[tuple]:
    return [(hit.id, hit.score) for hit in engine.search(query, limit=limit, sort=sort).hits]


def test_the_builds_number_the_documents_differently(builds: tuple[WhooshEngine, ...]) -> None:
    first, second = (list(engine.searcher.reader.ids) for engine in builds)
    assert sorted(first) == sorted(second) and first != second


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("sort", SORTS)
def test_both_builds_list_alike(builds: tuple[WhooshEngine, ...], query: str, sort: Any) -> None:
    first, second = builds
    every = _listed(first, query, None, sort)
    assert len(every) > 3 and every == _listed(second, query, None, sort)
    for limit in (1, 3, 7):
        # a page is the head of the whole list: at the cut, the smallest ids
        assert _listed(first, query, limit, sort) == every[:limit]
        assert _listed(second, query, limit, sort) == every[:limit]
    if sort == "relevance" and query:
        assert every == sorted(every, key=lambda pair: (0 - pair[1], pair[0]))
        assert len({score for _, score in every}) < len(every)  # ties were there to order


@pytest.mark.parametrize("article", ["a00.md", "a03.md"])
def test_most_similar_lists_alike(builds: tuple[WhooshEngine, ...], article: str) -> None:
    first, second = (engine.searcher for engine in builds)
    found = [(hit.id, hit.score) for hit in first.most_similar(article, 4)]
    assert len(found) == 4 and found == [(h.id, h.score) for h in second.most_similar(article, 4)]
    reader = first.reader
    with reader.lock:  # Whoosh's own, whole: the same floats, ties by id
        searcher = reader.searcher
        docnum = searcher.document_number(id=article)
        body = searcher.stored_fields(docnum)["body"]
        # Whoosh's `more_like` over its 12 key terms that are no stop words (indexed for
        # phrases since schema 6, they are no key terms)
        found_terms = searcher.key_terms_from_text("body", body, numterms=60, normalize=False)
        terms = [(w, weight) for w, weight in found_terms if not is_stop(w)][:12]
        query = Or([Term("body", w, boost=weight) for w, weight in terms])
        whole = searcher.search(query, limit=50, mask={docnum})
        every = sorted(
            (0 - whole.score(i), reader.ids[whole.docnum(i)]) for i in range(whole.scored_length())
        )
    assert found == [(article_id, 0 - negated) for negated, article_id in every][:4]


def test_titles_a_to_z_case_folded_quote_marks_ignored(builds: tuple[WhooshEngine, ...]) -> None:
    hits = builds[0].search("", limit=None, sort="newest").hits
    one_day = [hit for hit in hits if hit.date is not None and hit.date.day == 4]
    keys = [(title_key(hit.title), hit.id) for hit in one_day]
    assert keys == sorted(keys)
    assert {hit.title for hit in one_day} >= {"Wheat report", "wheat report", "“Wheat report”"}
    undated = [hit for hit in hits if hit.date is None]
    assert [(title_key(h.title), h.id) for h in undated] == sorted(
        (title_key(h.title), h.id) for h in undated
    )


def test_title_key() -> None:
    assert title_key('"Zebra') > title_key("apple") > title_key("") == title_key(" “…")
    assert title_key("Straße") == title_key("STRASSE")
    assert title_key("‘Oil’ up") == "oil’ up"


# the Whoosh path's top N against Whoosh's whole ranking
WORDS = ["oil", "wheat", "gold", "rate"]


@pytest.fixture(scope="module")
def small_ix() -> Iterator[Any]:
    ix = PrivateRamStorage().create_index(make_schema())
    rng = random.Random(3)
    with ix.writer() as writer:
        for number in rng.sample(range(400), 400):  # ids not in document order
            words = rng.choices(WORDS, k=rng.randint(1, 3))
            writer.add_document(id=f"d{number:03d}", title=words[0], body=" ".join(words))
    yield ix
    ix.close()


clause = st.sampled_from(WORDS).flatmap(
    lambda w: st.sampled_from([w, f'"{w} oil"', f"{w[:2]}*", f"title:{w}", f"-{w}"])
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(clause, min_size=1, max_size=3).map(" ".join),
    st.sampled_from([1, 2, 5, 30]),
)
def test_the_tied_top_is_the_whole_ranking_cut_by_id(small_ix: Any, text: str, limit: int) -> None:
    parser = MultifieldParser(list(DEFAULT_FIELDS), make_schema(), fieldboosts=FIELD_BOOSTS)
    query = parser.parse(text)
    with small_ix.searcher(weighting=HeldLengthsBM25F()) as searcher:
        column = searcher.reader().column_reader("id")

        def names(docnums: list[int]) -> list[str]:
            return [column[n] for n in docnums]

        every = UnlimitedCollector()
        searcher.search_with_collector(query, every)
        whole = every.results()
        pairs = [(whole.score(i), whole.docnum(i)) for i in range(whole.scored_length())]
        expected = sorted(pairs, key=lambda pair: (0 - pair[0], column[pair[1]]))[:limit]
        top = TiedTopCollector(limit)
        searcher.search_with_collector(query, top)
        found = top.results()
        kept = [(found.score(i), found.docnum(i)) for i in range(found.scored_length())]
        assert best_first(kept, limit, names) == expected
        assert best_first(pairs, limit, None) == sorted(pairs, key=lambda p: (-p[0], p[1]))[:limit]
