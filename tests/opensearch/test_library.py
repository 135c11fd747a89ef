"""The library on OpenSearch: the same `Library` calls as on Whoosh, the same answers.

The oracle is the same library over the Whoosh engine, on the same corpus files.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from index.engines import EngineChoice, UnknownEngine
from index.library import Library, StoreError
from index.models import Article, ProgressCallback
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine, index_name
from index.search.engine import WhooshEngine
from tests.opensearch.generated import write_corpus


class Titles:
    """A derived kind for the test: one file listing every article's id and title."""

    name = "titles"

    def __init__(self) -> None:
        self.builds = 0

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        self.builds += 1
        rows = [[article.id, article.title] for article in articles]
        (folder / "titles.json").write_text(json.dumps(rows))

    def update(
        self,
        previous: Path,
        added: Iterable[Article],
        removed: object,
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        raise AssertionError("the OpenSearch engine builds derived data anew")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of three JSON Lines files (80 made-up articles)."""
    folder = tmp_path / "news"
    folder.mkdir()
    for part, seed in enumerate((1, 2, 3)):
        write_corpus(folder / f"part{part}.jsonl", count=80 // 3, seed=seed, prefix=f"p{part}-")
    return folder


@pytest.fixture
def both(tmp_path: Path, corpus: Path) -> Iterator[tuple[Library, Library, OpenSearchEngine]]:
    """The corpus in a Whoosh library and an OpenSearch library (a name of its own)."""
    whoosh = Library(corpus, tmp_path / "whoosh", engine=WhooshEngine(tmp_path / "whoosh"))
    engine = OpenSearchEngine(tmp_path / "os", configured_url(), name=_unique())
    opensearch = Library(corpus, tmp_path / "os", engine=engine, derived=(Titles(),))
    yield whoosh, opensearch, engine
    whoosh.close()
    engine.index.drop()


def _unique() -> str:
    return f"bs-test-{uuid.uuid4().hex[:12]}"


@pytest.mark.opensearch
def test_the_library_builds_opens_and_answers_as_on_whoosh(
    both: tuple[Library, Library, OpenSearchEngine],
) -> None:
    whoosh, opensearch, _ = both
    assert whoosh.open_or_build() is not None
    built = opensearch.open_or_build()
    assert built is not None and built.reason.startswith("no index yet")
    assert len(opensearch) == len(whoosh) == built.total
    assert opensearch.sources() == whoosh.sources()
    assert list(opensearch.articles()) == list(whoosh.articles())
    first = next(whoosh.articles())
    assert opensearch.article(first.id) == first
    with pytest.raises(KeyError):
        opensearch.article("no-such-id")
    for query in ("oil OR gas", '"crude oil"', "peace* NOT russia", "date:[2015 to 2018]"):
        expected = whoosh.search(query, limit=None, snippets=True)
        found = opensearch.search(query, limit=None, snippets=True)
        assert {hit.id for hit in found.hits} == {hit.id for hit in expected.hits}, query
        # snippets come from the same core code, from the same article text
        snippets = {hit.id: hit.snippet for hit in expected.hits}
        assert all(hit.snippet == snippets[hit.id] for hit in found.hits)
        assert opensearch.count(query) == whoosh.count(query)


@pytest.mark.opensearch
def test_most_similar_excludes_the_article_and_shares_its_words(
    both: tuple[Library, Library, OpenSearchEngine],
) -> None:
    _, opensearch, _ = both
    opensearch.open_or_build()
    first = next(opensearch.articles())
    similar = opensearch.most_similar(first.id, limit=5)
    assert 0 < len(similar) <= 5
    assert first.id not in {hit.id for hit in similar}
    assert [hit.score for hit in similar] == sorted((hit.score for hit in similar), reverse=True)
    with pytest.raises(KeyError):
        opensearch.most_similar("no-such-id")


@pytest.mark.opensearch
def test_status_update_and_generations(
    both: tuple[Library, Library, OpenSearchEngine], corpus: Path, tmp_path: Path
) -> None:
    _, opensearch, engine = both
    assert opensearch.status().state == "missing"
    opensearch.open_or_build()
    status = opensearch.status()
    assert (status.state, status.files, status.articles) == ("fresh", 3, len(opensearch))
    folder = opensearch.derived_folder("titles")
    assert folder is not None
    assert len(json.loads((folder / "titles.json").read_text())) == len(opensearch)
    before = opensearch.generation
    # another process (another engine object) changes the corpus's index
    changed = corpus / "part1.jsonl"
    lines = changed.read_text().splitlines()
    changed.write_text("\n".join(lines[:-3]) + "\n")
    assert opensearch.status().state == "stale"
    assert opensearch.status().changed_files == 1
    another = OpenSearchEngine(tmp_path / "os", name=engine.name)
    other = Library(corpus, tmp_path / "os", engine=another)
    report = other.update()
    assert (report.full, report.deleted, report.indexed) == (False, 3, 0)
    assert not opensearch.is_current()
    assert opensearch.refresh() and opensearch.generation != before
    assert opensearch.is_current()
    assert opensearch.status().state == "fresh"
    assert len(opensearch) == report.total


@pytest.mark.opensearch
def test_a_rebuild_from_elsewhere_leaves_the_local_freshness_unknown(
    both: tuple[Library, Library, OpenSearchEngine], tmp_path: Path, corpus: Path
) -> None:
    _, opensearch, engine = both
    opensearch.rebuild()
    elsewhere = OpenSearchEngine(tmp_path / "elsewhere", name=engine.name)
    status = elsewhere.status(corpus)
    assert (status.state, status.articles) == ("unknown", len(engine))


def test_engine_choice_from_names_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BROADSHEET_ENGINE", raising=False)
    assert EngineChoice.named().kind == "whoosh"
    monkeypatch.setenv("BROADSHEET_ENGINE", "OpenSearch")
    monkeypatch.setenv("BROADSHEET_OPENSEARCH_URL", "http://example.invalid:9200")
    choice = EngineChoice.named()
    assert (choice.kind, choice.url) == ("opensearch", "http://example.invalid:9200")
    assert EngineChoice.named("whoosh").kind == "whoosh"
    with pytest.raises(UnknownEngine, match="unknown engine 'solr'"):
        EngineChoice.named("solr")


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        ("news-0123456789ab", "broadsheet-news-0123456789ab"),
        ("My Corpus.v2-ffee", "broadsheet-my-corpus-v2-ffee"),
        ("___", "broadsheet-corpus"),
    ],
)
def test_index_names_are_valid_opensearch_names(folder: str, name: str) -> None:
    assert index_name(Path("/x") / folder) == name


@pytest.mark.opensearch
def test_shards_and_replicas_come_from_the_environment(
    both: tuple[Library, Library, OpenSearchEngine], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, opensearch, engine = both
    monkeypatch.setenv("BROADSHEET_OPENSEARCH_SHARDS", "2")
    opensearch.rebuild()
    (settings,) = engine.index.client.indices.get_settings(index=engine.name).values()
    assert settings["settings"]["index"]["number_of_shards"] == "2"
    assert settings["settings"]["index"]["number_of_replicas"] == "0"
    monkeypatch.setenv("BROADSHEET_OPENSEARCH_REPLICAS", "some")
    with pytest.raises(StoreError, match="BROADSHEET_OPENSEARCH_REPLICAS must be a whole number"):
        opensearch.rebuild()
