"""Messages that thread workers post back to the app: past-tense facts about index work."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from index.models import Article, BuildReport, Hit, Progress, SearchResult
from index.search.searcher import CorpusIndex, Highlighter


@dataclass
class IndexOpened(Message):
    """The index is open (built first if it had to be)."""

    index: CorpusIndex
    report: BuildReport | None


@dataclass
class IndexFailed(Message):
    """The index could not be opened or built; ``reason`` is one line."""

    reason: str


@dataclass
class BuildProgressed(Message):
    """A build or update moved on."""

    progress: Progress
    verb: str


@dataclass
class IndexUpdated(Message):
    """An incremental update finished (or a rebuild elsewhere was picked up)."""

    report: BuildReport | None


@dataclass
class SearchCompleted(Message):
    """Hits for a query; dropped if the query changed meanwhile."""

    key: tuple[object, ...]
    result: SearchResult
    highlighter: Highlighter


@dataclass
class SearchFailed(Message):
    """The query was malformed; ``reason`` says where."""

    key: tuple[object, ...]
    reason: str


@dataclass
class HitsCounted(Message):
    """The exact number of matches, counted after the first hits were shown."""

    key: tuple[object, ...]
    total: int


@dataclass
class SnippetsFilled(Message):
    """Snippets for hits the list is showing."""

    key: tuple[object, ...]
    hits: dict[str, Hit]


@dataclass
class ArticleLoaded(Message):
    """An article and its laid-out text, ready for the reading pane."""

    article: Article
    token: int


@dataclass
class FreshnessChecked(Message):
    """Whether the index matches the corpus on disk."""

    state: str
