"""A hyphenated name typed joined ("jongnam") is offered as the phrase of its parts on
OpenSearch as on Whoosh (sx49, `index.search.suggest.split_options`): the oracle is the
Whoosh engine's own offer over the same generated corpus (`tests.search.test_joined_names`),
itself checked there against set logic."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from itertools import permutations

import pytest

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.search.engine import WhooshEngine
from tests.search.test_joined_names import PARTS, _rows


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Library]]:
    folder = tmp_path_factory.mktemp("joined-os")
    corpus = folder / "news"
    corpus.mkdir()
    (corpus / "joined.jsonl").write_text("".join(json.dumps(r) + "\n" for r in _rows()))
    whoosh = Library(corpus, folder / "whoosh", engine=WhooshEngine(folder / "whoosh"))
    engine = OpenSearchEngine(
        folder / "os", configured_url(), name=f"bs-test-{uuid.uuid4().hex[:12]}"
    )
    opensearch = Library(corpus, folder / "os", engine=engine)
    whoosh.open_or_build()
    opensearch.open_or_build()
    yield whoosh, opensearch
    whoosh.close()
    engine.index.drop()


@pytest.mark.opensearch
def test_the_same_phrases_offered_as_whoosh(both: tuple[Library, Library]) -> None:
    whoosh, opensearch = both
    offered = differ = 0
    for first, second in permutations(PARTS, 2):
        for query in (first + second, f"said {first}{second}", f"{first}{second}x"):
            expected = whoosh.search(query, limit=5)
            found = opensearch.search(query, limit=5)
            assert found.total == expected.total == 0, query
            offered += any('"' in option for option in expected.suggestions)
            differ += found.suggestions != expected.suggestions
            assert found.suggestions == expected.suggestions, query
    assert offered >= 40 and differ == 0  # not a weak test


@pytest.mark.opensearch
@pytest.mark.parametrize("prefix", ["s", "sa", "k", "j", "p", "t", "b", "h", "a", "v", "e"])
def test_a_starred_word_past_the_words_read_is_refused_not_guessed(
    both: tuple[Library, Library], monkeypatch: pytest.MonkeyPatch, prefix: str
) -> None:
    """sx49: past `MAX_WORDS` words a phrase's starred word was sp33's guess (the word as
    typed, a few endings), silently a fraction of them. The oracle: the words the prefix
    begins, read from the corpus (its words as letters, hyphens apart), and the Whoosh
    engine's hits where it is not refused."""
    import re

    from index.search.limits import QueryError

    monkeypatch.setattr("index.opensearch.prefixes.MAX_WORDS", 1)
    whoosh, opensearch = both
    words = {
        w
        for row in _rows()
        for f in ("title", "body")
        for w in re.findall(r"[a-z]+", row[f].lower())
    }
    query = f'"said {prefix}*"'
    if len({w for w in words if w.startswith(prefix)}) > 1:  # "s": said, sul
        with pytest.raises(QueryError, match="more than 1 words"):
            opensearch.search(query, limit=None)
    else:
        expected = {hit.id for hit in whoosh.search(query, limit=None).hits}
        assert {hit.id for hit in opensearch.search(query, limit=None).hits} == expected


@pytest.mark.opensearch
def test_the_same_offer_s_hits_shown_as_whoosh(both: tuple[Library, Library]) -> None:
    """nu66 (sx50): a joined name's offer is searched in its place on both engines, the
    same offer and the same articles (`Library.search_as_meant`)."""
    whoosh, opensearch = both
    shown = 0
    for first, second in permutations(PARTS, 2):
        for query in (first + second, f"said {first}{second}", f'"{first}{second}"'):
            expected = whoosh.search_as_meant(query, limit=None)
            found = opensearch.search_as_meant(query, limit=None)
            assert found.read_as == expected.read_as, query
            assert {h.id for h in found.hits} == {h.id for h in expected.hits}, query
            shown += expected.read_as is not None
    assert shown >= 40  # not a weak test
