"""Did you mean and the per-query time budget on OpenSearch, against the Whoosh engine.

The oracle is the Whoosh engine over the same made-up corpus: for every query that finds
nothing there, OpenSearch must suggest the very same corrected query (or none); a budget
that has run out stops both engines with the same one-line error.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.opensearch.corpus import OpenSearchEngine
from index.opensearch.engine import OpenSearchIndex
from index.opensearch.suggest import suggest_on
from index.search.engine import WhooshEngine, open_index
from index.search.limits import SEARCH_BUDGET_SECONDS, Budget, QueryTooSlow
from index.store.build import rebuild
from tests.conftest import SEEDS
from tests.conftest import write_corpus as write_files
from tests.opensearch.conftest import articles_of, new_index
from tests.opensearch.generated import WORDS, misspelt, write_corpus


def _queries() -> list[str]:
    rng = random.Random(22)
    plain = [word for word in WORDS if word.isalpha() and len(word) > 3]
    queries = [misspelt(rng, rng.choice(plain)) for _ in range(60)]
    for _ in range(20):  # two words, an operator, a phrase or a field left as typed
        a, b = misspelt(rng, rng.choice(plain)), rng.choice(plain)
        form = rng.choice(("{a} {b}", "{a} AND {b}", '{a} "{b}"', "title:{b} {a}", "{a} -{b}"))
        queries.append(form.format(a=a, b=b))
    # a slip in the ending of a long word: the stem the word begins with is a candidate
    # ("evacu" of "evacuaton"), and the stem's written forms differ there
    long = [word for word in plain if len(word) >= 8]
    for _ in range(20):
        word = rng.choice(long)
        at = rng.randrange(len(word) * 2 // 3, len(word))
        queries.append(word[:at] + rng.choice(("", "e", "s", "n")) + word[at + 1 :])
    queries += ["zzqxj", "ceasefire", "xq", "peacekeeping OR qqqq", "Zelenskky", "café"]
    return queries


QUERIES = _queries()


@pytest.fixture(scope="module")
def engines(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[WhooshEngine, OpenSearchIndex]]:
    """A made-up corpus of 300 articles, in a Whoosh index and on OpenSearch."""
    folder = tmp_path_factory.mktemp("suggest")
    corpus = write_corpus(folder / "news.jsonl")
    rebuild(corpus, folder / "index", procs=1)
    whoosh = open_index(folder / "index")
    whoosh.searcher.budget = Budget(3600.0)  # a loaded machine: the oracle never stops
    opensearch = new_index()
    opensearch.rebuild(articles_of(corpus))
    yield whoosh, opensearch
    whoosh.close()
    opensearch.drop()


@pytest.mark.opensearch
def test_the_same_suggestions_as_whoosh(engines: tuple[WhooshEngine, OpenSearchIndex]) -> None:
    whoosh, opensearch = engines
    compared = suggested = 0
    differ = []
    for query in QUERIES:
        expected = whoosh.search(query, limit=5)
        if expected.total:
            continue  # Whoosh suggests only when nothing matched
        compared += 1
        found = suggest_on(opensearch.client, opensearch.name, query)
        suggested += expected.suggestion is not None
        if found != list(expected.suggestions):  # up to 3 respellings, best first (fx43)
            differ.append((query, expected.suggestions, found))
    assert not differ
    assert compared >= 50 and suggested >= 40, (compared, suggested)  # not a weak test


@pytest.mark.opensearch
def test_a_word_the_index_has_gets_no_suggestion(
    engines: tuple[WhooshEngine, OpenSearchIndex],
) -> None:
    _, opensearch = engines
    for word in ("ceasefire", "Peacekeepers", "title:zzz"):
        assert suggest_on(opensearch.client, opensearch.name, word) == []


@pytest.mark.opensearch
def test_the_engine_suggests_only_when_nothing_matched(tmp_path: Path) -> None:
    engine = OpenSearchEngine(tmp_path / f"bs-test-sugg-{random.randrange(10**9)}")
    try:
        engine.rebuild(SEEDS)
        engine.open()
        missed = engine.search("cesefire")
        assert (missed.total, missed.suggestion) == (0, "ceasefire")
        # the written form nearest the word typed, not the stem's form met first
        assert engine.search("peacekepers").suggestion == "peacekeepers"
        # a word of five letters is respelt by one edit at most (a swap counts as one)
        assert engine.search("-biden covid").suggestion is None
        assert engine.search("-biden trupm").suggestion == "-biden trump"
        found = engine.search("ceasefire")
        assert found.total and found.suggestion is None
    finally:
        engine.index.drop()


@pytest.mark.opensearch
def test_the_written_form_nearest_the_word_typed(tmp_path: Path) -> None:
    # tests/search/test_regressions.py asks the same of the Whoosh engine (nu15 #8): the
    # stem "evacu" of "evacuation" is four edits from "evacuaton" as stems, one as written
    bodies = {
        "a.txt": "Roads closed\n\nThe evacuation order was lifted on Monday.\n",
        "b.txt": "Towns emptied\n\nCrews were evacuating towns; many evacuated early.\n",
        "c.txt": "More towns\n\nThey kept evacuating the valley and the evacuated waited.\n",
    }
    corpus = write_files(tmp_path / "corpus", bodies)
    rebuild(corpus, tmp_path / "index", procs=1)
    whoosh = open_index(tmp_path / "index")
    engine = OpenSearchEngine(tmp_path / f"bs-test-sugg-{random.randrange(10**9)}")
    try:
        engine.rebuild(corpus)
        engine.open()
        for typed, offered in (
            ("evacuaton", "evacuation"),
            ("evacuatng", "evacuating"),
            ("evacuatd", "evacuated"),
            ("evacuaton order", "evacuation order"),
        ):
            assert engine.search(typed).suggestion == offered
            assert whoosh.search(typed).suggestion == offered
    finally:
        whoosh.close()
        engine.index.drop()


@pytest.mark.opensearch
def test_a_spent_budget_stops_both_engines_alike(
    engines: tuple[WhooshEngine, OpenSearchIndex],
) -> None:
    whoosh, opensearch = engines
    whoosh.searcher.budget = Budget(0.0)
    opensearch.budget = Budget(0.0)
    try:
        with pytest.raises(QueryTooSlow) as on_whoosh:
            whoosh.search("peacekeep* OR ceasefire~2", limit=None)
        with pytest.raises(QueryTooSlow) as on_opensearch:
            opensearch.search("peacekeep* OR ceasefire~2", limit=None)
    finally:
        whoosh.searcher.budget = Budget(3600.0)
        opensearch.budget = Budget(SEARCH_BUDGET_SECONDS)
    assert str(on_opensearch.value) == str(on_whoosh.value)
    assert str(on_whoosh.value) == "query stopped after 0 s; make it narrower"


@pytest.mark.opensearch
def test_each_request_carries_what_is_left_of_the_budget(
    engines: tuple[WhooshEngine, OpenSearchIndex], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, opensearch = engines
    sent: list[dict[str, Any]] = []
    searching = opensearch.client.search

    def watched(**kwargs: Any) -> Any:
        sent.append(dict(kwargs["body"]))
        return searching(**kwargs)

    monkeypatch.setattr(opensearch.client, "search", watched)
    every = opensearch.search("peacekeep*", limit=None)  # pages past one window
    assert every.total == len(every.hits) > 0
    timeouts = [int(body["timeout"].removesuffix("ms")) for body in sent]
    assert timeouts and all(0 < ms <= SEARCH_BUDGET_SECONDS * 1000 for ms in timeouts)
    assert timeouts == sorted(timeouts, reverse=True)  # one budget for all the pages


class _TimedOut:
    """A client whose shards always stop at the timeout (partial hits)."""

    def search(self, **kwargs: Any) -> dict[str, Any]:
        return {"timed_out": True, "hits": {"hits": [], "total": {"value": 0}}}

    @property
    def indices(self) -> Any:  # no ``_meta`` recorded: lost spellings are asked (sx47)
        from types import SimpleNamespace

        return SimpleNamespace(get_mapping=lambda **kwargs: {})


def test_a_request_the_shards_stopped_is_too_slow_not_partial() -> None:
    index = OpenSearchIndex("anything", "http://127.0.0.1:9", client=_TimedOut())
    with pytest.raises(QueryTooSlow) as caught:
        index.search("oil")
    assert str(caught.value) == (
        f"query stopped after {SEARCH_BUDGET_SECONDS:g} s; make it narrower"
    )
