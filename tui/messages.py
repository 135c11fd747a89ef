"""Messages the thread workers post with their results: past-tense facts about index work.

Workers never touch widgets: each posts one of these to the screen (or widget) that
started it, and the handler there updates what is shown. A result for a query, article
or layout that is no longer wanted carries the ``key`` or ``token`` it was started with,
and is dropped when that no longer matches. User intents are not here: they are defined
inside the widget that sends them (`ArticleList.Opened`, `SearchBox.QueryChanged`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message

from index.models import (
    Article,
    BuildReport,
    Hit,
    Progress,
    RelatedArticle,
    SearchResult,
    Story,
    StoryTimeline,
)

if TYPE_CHECKING:  # annotations only: the reader's first screen imports none of these
    from index.library import Comparison, Highlighter, Library
    from index.models import Coverage
    from index.notebook import Entry, FollowedNews, FollowUp, Moved, SavedSearch
    from tui.widgets.article_layout import Layout
    from tui.widgets.compare_layout import SideLayout

SearchKey = tuple[object, ...]
"""What a search was started for (query, sort, outlet, index): its result is dropped if
the screen has moved on to another."""


@dataclass
class IndexOpened(Message):
    """The library is open (its index built first if it had to be)."""

    library: Library
    report: BuildReport | None


@dataclass
class IndexFailed(Message):
    """The index could not be opened, built or updated; ``reason`` is one line."""

    reason: str
    empty: bool = False
    """The corpus has no articles (``reason`` says so, and what was skipped)."""


@dataclass
class BuildProgressed(Message):
    """A build or update moved on."""

    progress: Progress
    verb: str


class UpdateCancelled(Message):
    """An update was cancelled (esc): nothing was swapped in, the index is as it was."""


class IndexWorkEnded(Message):
    """The build or update that quitting stopped has ended (`tui.index_work`)."""


@dataclass
class IndexUpdated(Message):
    """An incremental update finished (or a rebuild elsewhere was picked up: no report);
    ``highlights``: what it changed in the notebook's highlights, in the CLI's words ("1
    highlight not found in the text now …", `notebook_ops.highlights_changed`), or ""."""

    report: BuildReport | None
    highlights: str = ""


@dataclass
class FreshnessChecked(Message):
    """Whether the index matches the corpus on disk ("index fresh", "stale: 1 new file..."),
    what its builds skipped, in words ("2 files and 3 records": `skipped_words`), and
    whether its articles have dates."""

    state: str
    skipped: str = ""
    undated: str = ""
    """Where dates come from, when most articles have none (`undated_said`; "" else)."""
    dateless: bool = False
    """True when no article has a date: a sort by date has nothing to sort by (nu46 #2)."""
    reasons: tuple[tuple[str, str], ...] = ()
    """Each file skipped and why (`IndexStatus.skip_reasons`: the palette's "Skipped files")."""


@dataclass
class SearchCompleted(Message):
    """Hits for a query; dropped if the query changed meanwhile."""

    key: SearchKey
    result: SearchResult
    highlighter: Highlighter
    further: frozenset[str] = frozenset()
    """Marked articles the search finds beyond its listed hits (`marks_further`)."""


@dataclass
class SearchFailed(Message):
    """The query was malformed; ``reason`` says where."""

    key: SearchKey
    reason: str


@dataclass
class MoreHitsFound(Message):
    """The next page of hits for the list (``hits`` starts with the rows listed already)."""

    key: SearchKey
    hits: list[Hit]
    more: bool


@dataclass
class HitsCounted(Message):
    """The exact number of matches, counted after the first hits were shown."""

    key: SearchKey
    total: int


@dataclass
class UndatedLeftOut(Message):
    """How many undated matches the query's date filter left out (nu42 #5), counted after
    its hits were shown, and what `Library.search_note` says: when it found none, of its
    dates (nu44 #4), and what the wires write for its words (nu46 #7); sent only when
    there is something to say."""

    key: SearchKey
    left: int
    miss: str | None = None


@dataclass
class SnippetsFilled(Message):
    """Snippets for hits the list is showing, by article id."""

    key: SearchKey
    hits: dict[str, Hit]


@dataclass
class ArticleLoaded(Message):
    """An article, ready for the reading pane."""

    article: Article
    token: int


@dataclass
class SimilarFound(Message):
    """The article most like ``article_id`` (None: nothing is alike), to compare with it."""

    article_id: str
    similar_id: str | None
    ticket: int | None = None
    """Of the keys' wait for the comparison (`tui.key_waits.expect_screen`)."""


@dataclass
class ComparisonComputed(Message):
    """Two articles compared, for the comparison screen."""

    articles: tuple[Article, Article]
    comparison: Comparison
    token: int
    same_story: bool | None = None
    """Whether both are in one story, asked only of a closest article (`c` alone)."""


@dataclass
class ArticleLaidOut(Message, bubble=False):
    """An article wrapped for the reading pane (``complete`` False: its first screenful)."""

    layout: Layout
    token: int


@dataclass
class SidesLaidOut(Message, bubble=False):
    """Both sides of a comparison wrapped for their panes."""

    layouts: tuple[SideLayout, SideLayout]
    token: int


@dataclass
class NotebookLoaded(Message):
    """What the notebook keeps, read afresh: entries by article id, tags in use, saved
    searches with their new hits (None: not counted)."""

    entries: dict[str, Entry]
    tags: list[str]
    saved: list[tuple[SavedSearch, int | None]]


@dataclass
class SavedSearchesRead(Message):
    """The saved searches read again as the command palette opened (one saved from the CLI
    meanwhile is among them), with their new hits (None: not counted yet, or no longer runs)."""

    saved: list[tuple[SavedSearch, int | None]]


@dataclass
class NotebookChanged(Message):
    """A pin, tag, note or highlight was written; ``said`` is the line to show."""

    said: str
    article_id: str | None = None


@dataclass
class StoriesFound(Message):
    """The stories for the query ``text`` (every story when it is empty), best first; or
    why there are none to list (``problem``: the index has no stories, the query's articles
    are in none, the query is bad).
    ``highlighter``: what ``text`` lights in the reading pane (None when the query is bad)."""

    text: str
    stories: list[Story]
    problem: str = ""
    highlighter: Highlighter | None = None
    offered: str | None = None
    """The respelling ``problem`` offers ("Did you mean"): ctrl+y searches it."""
    read_as: str | None = None
    """The offer whose stories are listed, ``text`` having found nothing (fx169)."""
    best: dict[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)
    """Each story's matches for the query, best first (`tui.story_offer.best_matches`)."""
    alone: int | None = None
    """With no query, the articles in none of ``stories`` (`Library.articles_alone`: the
    status line says "11 stories · 10 articles alone", nu74); None with a query."""


@dataclass
class StoryTold(Message):
    """A story's timeline was read (for the story screen), and its coverage by side."""

    timeline: StoryTimeline
    coverage: Coverage | None = None
    earlier: tuple[RelatedArticle, ...] = ()
    """Close articles outside it dated before its first (`Library.earlier_outside`)."""
    outlets: tuple[str, ...] = ()
    """The corpus's outlets (a short name must not be another's: `compare_tabs.shortened`)."""


@dataclass
class StoryOutlets(Message):
    """The articles to compare for a story of the story list: the first of each outlet, or
    the first two when one outlet (``alone``) ran it all."""

    ids: list[str]
    alone: str | None = None
    ticket: int | None = None
    """Of the keys' wait for the comparison (`tui.key_waits.expect_screen`)."""


@dataclass
class RelatedFound(Message):
    """The articles related to ``article`` were found, best first."""

    article: Article
    related: list[RelatedArticle]


@dataclass
class ArticleFetched(Message):
    """An article chosen elsewhere (a story, a related list) was read, to show in the pane
    (and ``focus`` it; ``ticket``: of the keys' wait for it, `tui.key_order`)."""

    article: Article
    focus: bool = True
    ticket: int | None = None


@dataclass
class FollowedRead(Message):
    """The followed stories were checked against the index (``announce``: say their news;
    ``untold``: the news less what an earlier update told, `tui.news_told`)."""

    news: list[FollowedNews]
    announce: bool = False
    untold: list[FollowedNews] | None = None


@dataclass
class FollowChecked(Message):
    """Whether a story is followed; ``new``: its articles no earlier opening showed;
    ``moved`` and ``removed``: those seen in it at the last opening that are in another
    story now, or left the index (told on its screen before the opening forgets them);
    ``followups``: later articles outside it, close to it (listed under "Later, related");
    ``followed_title``: the title it was followed by, when an update renamed it since."""

    story_id: str
    following: bool
    new: frozenset[str] = frozenset()
    moved: tuple[Moved, ...] = ()
    removed: tuple[str, ...] = ()
    followups: tuple[FollowUp, ...] = ()
    followed_title: str | None = None


@dataclass
class StoryOpened(Message):
    """A followed story's opening was recorded: ``new``, ``moved`` and ``removed`` as
    `FollowChecked` has them, posted as soon as the notebook forgot them, so a read failing
    after it loses none: `f` reads the follow state again, and that opening finds nothing
    new (rv74)."""

    story_id: str
    new: frozenset[str]
    moved: tuple[Moved, ...] = ()
    removed: tuple[str, ...] = ()
