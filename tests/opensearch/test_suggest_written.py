"""A typo one edit from words of the index is offered the same words on OpenSearch as on
Whoosh (sg51, `index.search.written_near`): OpenSearch reads the words as written from its
keyword field of words, Whoosh from its segments' lists. The oracle is the Whoosh engine's
offer over the same generated corpus (`tests.search.test_suggest_written`, itself checked
there against the corpus's own words and counts)."""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

from index.library import Library
from index.models import SearchResult
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.search.engine import WhooshEngine
from index.search.written_near import one_edit
from tests.search.test_suggest_held import _accented_corpus
from tests.search.test_suggest_written import _corpus, _marked_corpus


@contextmanager
def _both(folder: Path, corpus: Path) -> Iterator[tuple[Library, Library]]:
    """``corpus`` indexed by both engines in ``folder``, open; closed and dropped after."""
    whoosh = Library(corpus, folder / "whoosh", engine=WhooshEngine(folder / "whoosh"))
    engine = OpenSearchEngine(
        folder / "os", configured_url(), name=f"bs-test-{uuid.uuid4().hex[:12]}"
    )
    opensearch = Library(corpus, folder / "os", engine=engine)
    whoosh.open_or_build()
    opensearch.open_or_build()
    try:
        yield whoosh, opensearch
    finally:
        whoosh.close()
        engine.index.drop()


def _indexed(
    factory: pytest.TempPathFactory,
    name: str,
    make: Callable[[Path], tuple[Path, Iterable[str]]],
) -> Iterator[tuple[Library, Library, list[str]]]:
    """The corpus ``make`` writes, indexed by both engines, and its words."""
    folder = factory.mktemp(name)
    corpus, words = make(folder / "corpus.jsonl")
    with _both(folder, corpus) as (whoosh, opensearch):
        yield whoosh, opensearch, sorted(words)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Library, list[str]]]:
    yield from _indexed(tmp_path_factory, "written-os", lambda path: _corpus(path, 5))


@pytest.fixture(scope="module")
def marked(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Library, Library, list[str]]]:
    """A corpus whose bodies write some words with "'s" (sx52: offered only so)."""
    yield from _indexed(
        tmp_path_factory, "marked-os", lambda path: _marked_corpus(path, 5, 0.1)[:2]
    )


@pytest.fixture(scope="module")
def accented(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Library, Library, list[str]]]:
    """A corpus of words written with accents in some articles (sx52: offered so)."""
    yield from _indexed(tmp_path_factory, "accented-os", lambda path: _accented_corpus(path, 7))


@pytest.mark.opensearch
def test_the_same_words_offered_as_whoosh(both: tuple[Library, Library, list[str]]) -> None:
    whoosh, opensearch, words = both
    draw = random.Random(51)
    asked = offered = 0
    while asked < 60:
        typo = draw.choice(one_edit(draw.choice(words)))
        expected = whoosh.search(typo, limit=1)
        if expected.total or typo in words:
            continue
        asked += 1
        found = opensearch.search(typo, limit=1)
        assert found.total == 0, typo
        assert found.suggestions == expected.suggestions, typo
        offered += bool(expected.suggestions)
    assert offered >= 40  # not a weak test


@pytest.mark.opensearch
def test_a_long_word_is_no_error(both: tuple[Library, Library, list[str]]) -> None:
    """A word past `index.search.written_near.LONGEST` asks no variants (a 1,000-letter
    word had more than one terms query takes)."""
    whoosh, opensearch, _ = both
    word = "tald" * 200
    assert opensearch.search(word, limit=1).suggestions == whoosh.search(word, limit=1).suggestions


@pytest.mark.opensearch
def test_a_word_with_an_apostrophe_is_offered_as_on_whoosh(
    marked: tuple[Library, Library, list[str]],
) -> None:
    """rv76: the longest part of a word with an apostrophe is respelt (`by_longest_part`),
    on both engines alike: "trumpp's" offers "trump's"; and only as an article writes it
    whole (sx52: OpenSearch reads the articles whose words hold its parts)."""
    whoosh, opensearch, words = marked
    offered = 0
    for typo, expected in _asked(whoosh, words, 76, 30, ["'s", "\u2019s"]):
        assert opensearch.search(typo, limit=1).suggestions == expected.suggestions, typo
        offered += bool(expected.suggestions) and expected.suggestions[0].endswith(typo[-2:])
    assert offered >= 15  # not a weak test


@pytest.mark.opensearch
def test_an_offer_is_written_as_on_whoosh(accented: tuple[Library, Library, list[str]]) -> None:
    """sx52: an offer is written as the articles write it, with its accents, on both
    engines alike (the oracle: `tests.search.test_suggest_held`, Whoosh's offers)."""
    whoosh, opensearch, words = accented
    accents = 0
    for typo, expected in _asked(whoosh, words, 52, 40):
        assert opensearch.search(typo, limit=1).suggestions == expected.suggestions, typo
        accents += any(not each.isascii() for each in expected.suggestions)
    assert accents >= 5  # not a weak test


def _asked(
    whoosh: Library, words: list[str], seed: int, count: int, marks: Sequence[str] = ("",)
) -> Iterator[tuple[str, SearchResult]]:
    """``count`` typos (one edit from a word of ``words``, one of ``marks`` after it) that
    the Whoosh engine finds nothing of, each with its answer."""
    draw = random.Random(seed)
    asked = 0
    while asked < count:
        typo = draw.choice(one_edit(draw.choice(words))) + draw.choice(marks)
        expected = whoosh.search(typo, limit=1)
        if expected.total or typo in words:
            continue
        asked += 1
        yield typo, expected


@pytest.mark.opensearch
def test_an_offer_written_past_its_first_articles_is_as_on_whoosh(tmp_path: Path) -> None:
    """rv77: a word with no apostrophe is read in as many articles on both engines (Whoosh
    reads up to `PLAIN_DOCS`, OpenSearch read `FORM_DOCS`): where the first articles write it
    only with "'s" ("Schäuble's", which is no "schäuble"), OpenSearch offered the lists'
    folded "schauble" and Whoosh "schäuble", which the next articles write."""
    rows = [{"id": f"a{n}", "title": "Berlin", "body": "Schäuble's plan."} for n in range(5)]
    rows += [{"id": f"b{n}", "title": "Berlin", "body": "Schäuble spoke."} for n in range(3)]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with _both(tmp_path, corpus) as (whoosh, opensearch):
        expected = whoosh.search("schaubel", limit=1).suggestions
        assert expected[:1] == ("schäuble",)
        assert opensearch.search("schaubel", limit=1).suggestions == expected
