"""Plain data that leaves the index package: articles, hits, spans, reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from index.first_dated import days_order as days_order  # re-exported: the story model's first
from index.first_dated import earlier_unknown as earlier_unknown  # re-exported: quote rows
from index.first_dated import earlier_words as earlier_words  # re-exported: the views' words
from index.first_dated import first_label as first_label  # re-exported: the views' words
from index.first_dated import moment as moment  # re-exported: a quote's date as compared
from index.first_dated import no_first as no_first  # re-exported
from index.first_dated import outlet_order as outlet_order  # re-exported: ties for first
from index.first_dated import precise_order as precise_order  # re-exported: ties for first
from index.leans import BLINDSPOT_ARTICLES as BLINDSPOT_ARTICLES  # re-exported: the tui's
from index.leans import LEAN_FIELDS as LEAN_FIELDS  # re-exported
from index.leans import LEANS as LEANS  # re-exported
from index.leans import Coverage as Coverage  # re-exported
from index.leans import Lean as Lean  # re-exported
from index.leans import lean_filter as lean_filter  # re-exported
from index.leans import lean_of as lean_of  # re-exported
from index.leans import leans_of as leans_of  # re-exported
from index.leans import library_outlet_leans as library_outlet_leans  # re-exported
from index.leans import outlet_key as outlet_key  # re-exported
from index.leans import outlet_leans as outlet_leans  # re-exported
from index.leans import story_coverage as story_coverage  # re-exported
from index.related_floor import hidden_words as hidden_words  # re-exported: related lists
from index.related_floor import stronger as stronger  # re-exported: related lists
from index.rules import ARTICLES
from index.story_models import RelatedArticle as RelatedArticle  # re-exported
from index.story_models import Story as Story  # re-exported
from index.story_models import StoryDay as StoryDay  # re-exported
from index.story_models import StoryLag as StoryLag  # re-exported
from index.story_models import StoryMember as StoryMember  # re-exported
from index.story_models import StoryTimeline as StoryTimeline  # re-exported
from index.when import day_or_minute as day_or_minute  # re-exported: the views' dates
from index.when import has_time as has_time  # re-exported: the CLI's text dates
from index.when import iso_when as iso_when  # re-exported: the CLI's JSON dates
from index.when import iso_when_text as iso_when_text  # re-exported
from index.wording import CHANGED as CHANGED  # re-exported: one phrase everywhere
from index.wording import NOT_FOUND as NOT_FOUND  # re-exported: one phrase everywhere
from index.wording import build_summary
from index.wording import copies_note as copies_note  # re-exported: the tui imports it
from index.wording import counted as counted  # re-exported
from index.wording import highlights_changed_said as highlights_changed_said  # re-exported
from index.wording import highlights_said as highlights_said
from index.wording import in_all_said as in_all_said  # re-exported: the CLI says it
from index.wording import mostly_undated as mostly_undated  # re-exported (nu46 #2)
from index.wording import no_stories as no_stories  # re-exported: callers import it from here
from index.wording import progress_count as progress_count
from index.wording import quoted as quoted  # re-exported: a kept passage marked once
from index.wording import quotes_found_in as quotes_found_in  # re-exported: CLI and reader
from index.wording import undated_left_words as undated_left_words  # re-exported
from index.wording import undated_said as undated_said  # re-exported

Sort = Literal["relevance", "newest", "oldest", "source"]  # by relevance, date, or outlet
SORTS: tuple[Sort, ...] = ("relevance", "newest", "oldest", "source")  # the reader's cycle


@dataclass(frozen=True, slots=True)
class Span:
    """A highlighted stretch of text: ``text[start:end]`` matched ``term``."""

    start: int
    end: int
    term: str = ""


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """A stretch of an article's body that its Markdown styles: ``body[start:end]``, its
    ``style`` one of bold, italic, code, link, heading1..heading6, quote."""

    start: int
    end: int
    style: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """What cleaning and metadata extraction found in one raw article text.

    Attributes:
        body: The cleaned article text (boilerplate removed, paragraphs kept).
        removed: The lines taken out as boilerplate, in document order.
        title: The headline, or a title derived from the lede, or None.
        title_derived: True when ``title`` was made from the lede, not given.
        source: The outlet, when the text names it ("Reuters", "dpa/NAN").
        byline: The author(s), when the text names them.
        dateline: The dateline ("UNITED NATIONS, March 20"), when present.
        date: The publication date the text gives (or its update time alone), else None.
        updated: The last-updated date the text gives, else None.
        url: The article's web address: given, or a line of the text that is only one.
        provenance: Where each fact came from, by field: ``'line 3: "By Jane Doe"'``,
            ``"sidecar"``, ``"derived from the lede (line 9)"``.
        styles: Markdown styles over ``body`` (bold, italic, headings, links...).
    """

    body: str
    removed: tuple[str, ...] = ()
    title: str | None = None
    title_derived: bool = False
    source: str | None = None
    byline: str | None = None
    dateline: str | None = None
    date: datetime | None = None
    updated: datetime | None = None
    url: str | None = None
    provenance: dict[str, str] = field(default_factory=dict)
    styles: tuple[StyleSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One article as stored in the index.

    Attributes:
        id: Stable id: the path relative to the corpus for files, the ``id`` field for JSON records.
        path: The file the article came from (absolute).
        title: The title ("" only when nothing at all could be derived).
        title_derived: True when the title was derived from the lede.
        source: The outlet, or None.
        byline: The author(s), or None.
        dateline: The dateline, or None.
        date: The publication date, or None when unknown.
        body: The cleaned body text; highlight spans index into it.
        removed: The boilerplate taken out of the body, one item per block.
        url: The article's address, when known.
        extra: Other metadata fields of the input (JSON), and ``updated`` when the text gives it.
        provenance: Where each fact came from, by field (see `Extracted`).
        styles: Markdown styles over ``body``, for the reading pane.
    """

    id: str
    path: str
    title: str
    title_derived: bool
    source: str | None
    byline: str | None
    dateline: str | None
    date: datetime | None
    body: str
    removed: tuple[str, ...] = ()
    url: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    provenance: dict[str, str] = field(default_factory=dict)
    styles: tuple[StyleSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    Attributes:
        id: The article id.
        title: The article title.
        title_derived: True when the title was derived from the lede.
        source: The outlet, or None.
        date: The publication date, or None.
        score: The relevance score (0.0 when the query was empty).
        snippet: A short passage around the best match (or the lede).
        snippet_spans: Matches inside ``snippet``.
        path: The file the article came from.
        copies: Other hits of the same text from the same outlet, folded into this one.
    """

    id: str
    title: str
    title_derived: bool
    source: str | None
    date: datetime | None
    score: float
    snippet: str = ""
    snippet_spans: tuple[Span, ...] = ()
    path: str = ""
    copies: tuple[str, ...] = ()  # `index.copies`


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or JSON line) that could not be read, with a one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Progress:
    """Build progress: ``done`` of ``total`` files, ``phase`` names the step."""

    done: int
    total: int
    phase: str = "indexing"
    records: tuple[int, int] | None = None  # a JSON Lines file's records read, of (nu28 #9)


ProgressCallback = Callable[[Progress], None]
"""What a build calls with its `Progress` (the CLI draws a bar, the reader posts messages)."""


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a rebuild or update did.

    Attributes:
        indexed: Articles written (added or replaced).
        deleted: Articles removed because their file changed or vanished.
        unchanged: Files found unchanged (update only).
        total: Articles in the index afterwards.
        skipped: Files that were skipped, with reasons.
        seconds: Wall-clock time taken.
        full: True for a full rebuild.
        reason: Why the build ran unasked (a missing or outdated index: "no index yet").
    """

    indexed: int
    deleted: int
    unchanged: int
    total: int
    skipped: tuple[Skipped, ...]
    seconds: float
    full: bool
    reason: str = ""
    added: int | None = None
    changed: int | None = None
    removed: int | None = None
    """For an update: articles new to the index, replaced, and gone (None: not counted)."""
    files: tuple[int, int, int] = (0, 0, 0)
    """For an update: files new, changed and deleted, as `index status` counts them, and
    changed too a JSON Lines file that gave an id up to an earlier file (its bytes the same:
    status cannot tell; sm33: "unchanged" counted it)."""
    skipped_in_all: int | None = None
    """For an update: the files its index lists as skipped, by it or by earlier builds (an
    update reads only new and changed files, so `skipped` holds only theirs)."""
    records_in_all: int = 0
    """Of ``skipped_in_all``, the JSON Lines records ("feed.jsonl:4"); the rest are files."""
    copies: int = 0
    """Exact copies (`index.copies`) among the articles: counted once, and named beside."""
    notes_moved: tuple[tuple[str, str], ...] = ()
    """Articles whose notes followed them to a new id, ``(old, new)``: a file moved or
    renamed in the corpus (`index.library_moves`; nu36 #4)."""

    @property
    def summary(self) -> str:
        """What the build did, in one line ("1,204 articles indexed, 2 files skipped in 3.1 s")."""
        return build_summary(self)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A page of hits for one query.

    Attributes:
        query: The query text as given.
        hits: The hits, best first (or in the requested order).
        total: How many articles matched in all.
        suggestion: A corrected query when this one found nothing, else None.
        total_exact: False when ``total`` is only a lower bound (asked not to count every match).
        suggestions: Every corrected query offered, best first (``suggestion`` is the first).
        read_as: The offer whose hits these are, when ``query`` as typed found nothing
            (`index.library_offer`: "Showing results for ..."), else None.
    """

    query: str
    hits: tuple[Hit, ...]
    total: int
    suggestion: str | None = None
    total_exact: bool = True
    suggestions: tuple[str, ...] = ()
    read_as: str | None = None

    @property
    def searched(self) -> str:
        """The query whose hits these are: ``read_as``, else ``query``."""
        return self.read_as or self.query


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """What `broadsheet index status` reports: the index's size, age and freshness.

    Attributes:
        corpus: The corpus folder or file.
        index: The index folder.
        state: "fresh", "stale", "missing" or "damaged"; or, when the index cannot be
            read at all, the one-line reason (another schema version, unsafe folder...).
        advice: What to run about it ("run `broadsheet index update`"), or "".
        building: True while a rebuild or update holds the build lock (None: unknown).
        verified: "as opened" (each size, CRCs of files changed since) or "checksums" (all).
        articles: Articles in the index, each text once (an exact copy's not: ``copies``).
        copies: Exact copies (`index.copies`) folded into their originals; None when none.
        files: Corpus files the index knows.
        skipped: Files and records the last build skipped (a part left out of a file
            indexed all the same is none: ``left_out``).
        left_out: Unreadable parts left out of files indexed all the same ("JSON field
            ignored: date ...": rv23), as the build counts them apart from the skips.
        built_at: When the live generation was built (ISO 8601, UTC).
        new_files: Corpus files the index lacks.
        changed_files: Corpus files changed since they were indexed.
        deleted_files: Indexed files gone from the corpus.
        skip_reasons: Each file or record skipped last and why, ``(path, reason)`` (``skipped``).
        left_out_reasons: Each part left out and why, ``(path, reason)`` (``left_out``).
        outdated: The kinds of its data older rules made (`index.rules`: "articles",
            "quotes", "stories"); an update derives them anew.
        lacking: The derived kinds it lacks (``--no-stories``: "stories"); an update adds them.
        undated: Articles without a date (they meet their stories by content alone and
            count in no "first"); None when unknown (an index without stories).
        no_outlet: Articles without an outlet; None when unknown.
        built_from: The corpus a copied index was built from (None: this one): not updated.
    """

    corpus: str
    index: str
    state: str
    advice: str = ""
    building: bool | None = None
    verified: str | None = None
    articles: int | None = None
    copies: int | None = None
    files: int | None = None
    skipped: int | None = None
    left_out: int | None = None
    built_at: str | None = None
    new_files: int | None = None
    changed_files: int | None = None
    deleted_files: int | None = None
    skip_reasons: tuple[tuple[str, str], ...] = ()
    left_out_reasons: tuple[tuple[str, str], ...] = ()
    outdated: tuple[str, ...] = ()
    lacking: tuple[str, ...] = ()
    undated: int | None = None
    no_outlet: int | None = None
    built_from: str | None = None

    @property
    def stale(self) -> bool:
        """True when the index lags the corpus's files, or older rules made some of its data."""
        return self.state == "stale"

    @property
    def rebuilds(self) -> bool:
        """True when older rules read the articles (or none are recorded): updates rebuild."""
        return ARTICLES in self.outdated

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (``state`` with its advice), leaving out what is unknown."""
        state = f"{self.state} ({self.advice})" if self.advice else self.state
        data: dict[str, Any] = {"corpus": self.corpus, "index": self.index, "state": state}
        keys = (
            "verified articles copies undated no_outlet files skipped left_out built_at new_files"
            " changed_files deleted_files built_from"
        )
        for key in (*keys.split(), "building"):
            value = getattr(self, key)
            if value is not None:
                data[key] = value
        if self.outdated:
            data["older_rules"] = ", ".join(self.outdated)  # a table row as JSON says it
        if self.lacking:  # "fresh" alone read as complete for a --no-stories index
            data["lacks"] = f"{', '.join(self.lacking)} (run `broadsheet index update` to add them)"
        return data
