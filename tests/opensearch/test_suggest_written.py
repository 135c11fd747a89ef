"""A typo one edit from words of the index is offered the same words on OpenSearch as on
Whoosh (sg51, `index.search.written_near`): OpenSearch reads the words as written from its
keyword field of words, Whoosh from its segments' lists. The oracle is the Whoosh engine's
offer over the same generated corpus (`tests.search.test_suggest_written`, itself checked
there against the corpus's own words and counts)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator

import pytest

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.search.engine import WhooshEngine
from index.search.written_near import one_edit
from tests.search.test_suggest_written import _corpus


@pytest.fixture(scope="module")
def both(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Library, Library, list[str]]]:
    folder = tmp_path_factory.mktemp("written-os")
    corpus, held = _corpus(folder / "corpus.jsonl", 5)
    whoosh = Library(corpus, folder / "whoosh", engine=WhooshEngine(folder / "whoosh"))
    engine = OpenSearchEngine(
        folder / "os", configured_url(), name=f"bs-test-{uuid.uuid4().hex[:12]}"
    )
    opensearch = Library(corpus, folder / "os", engine=engine)
    whoosh.open_or_build()
    opensearch.open_or_build()
    yield whoosh, opensearch, sorted(held)
    whoosh.close()
    engine.index.drop()


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
    both: tuple[Library, Library, list[str]],
) -> None:
    """rv76: the longest part of a word with an apostrophe is respelt (`by_longest_part`),
    on both engines alike: "trumpp's" offers "trump's"."""
    whoosh, opensearch, words = both
    draw = random.Random(76)
    asked = offered = 0
    while asked < 30:
        mark = draw.choice(["'s", "\u2019s"])
        typo = draw.choice(one_edit(draw.choice(words))) + mark
        expected = whoosh.search(typo, limit=1)
        if expected.total:
            continue
        asked += 1
        assert opensearch.search(typo, limit=1).suggestions == expected.suggestions, typo
        offered += bool(expected.suggestions) and expected.suggestions[0].endswith(mark)
    assert offered >= 20  # not a weak test
