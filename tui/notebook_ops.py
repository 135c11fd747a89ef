"""What the notebook's CLI commands and reader screens share: lookups, saved runs, exports.

No Textual and no Typer here: plain functions over a `Library` and its `Notebook`, run by
the CLI in its process and by the reader in thread workers.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from index.library import Library, StoreError, read_date
from index.models import SORTS, Article, SearchResult, Sort, counted, highlights_changed_said
from index.notebook import (
    Anchor,
    ArticleRecord,
    ArticleText,
    Entry,
    FollowedNews,
    FollowedStory,
    InvalidValue,
    Notebook,
    NotebookError,
    NotFound,
    QuoteNotFound,
    SavedSearch,
    anchor_at,
)
from index.notebook.exports import ExportFormat, export

SavedCount = tuple[SavedSearch, int | None]
"""A saved search and how many new hits it has (None: it no longer runs)."""

FOLLOWUPS = 5
"""How many possible follow-ups of a followed story are told (`Library.followups`)."""
TRACKED = 1000
"""Hits of a saved search whose ids are remembered at each run, to count the new ones."""

SORT_NAMES: dict[str, Sort] = {name: name for name in SORTS} | {
    "date": "newest",
    "outlet": "source",
}
"""The sort names a saved search may keep, and the library's order for each."""

SUFFIXES: dict[str, ExportFormat] = {
    ".md": ExportFormat.MARKDOWN,
    ".markdown": ExportFormat.MARKDOWN,
    ".csv": ExportFormat.CSV,
    ".json": ExportFormat.JSON,
    ".ris": ExportFormat.RIS,
}
"""The export format a file name asks for (``.csl.json`` is CSL-JSON, checked first)."""


def record(article: Article) -> ArticleRecord:
    """What the notebook keeps of an article (its snapshot)."""
    return ArticleRecord.of(article)


def lookup(library: Library, article_id: str) -> ArticleText | None:
    """An article as the index has it now, for finding highlights again (None: gone)."""
    try:
        article = library.article(article_id)
    except KeyError:
        return None
    return ArticleText(record(article), article.body)


def refreshed(library: Library, notebook: Notebook) -> None:
    """Check the notebook's articles against the index: fresher records, orphans marked."""
    notebook.refresh(lambda article_id: lookup(library, article_id))


def highlights_changed(
    library: Library, lists: str = "`broadsheet notes`", *, open_index: bool = False
) -> str:
    """After a build or an update: one line when highlights became fuzzy or were no longer
    found in their articles' new text (`highlights_changed_said`, nu57 #3), the notebook
    checked against the index as `notes` does (so each change is told once); "" when none
    changed, or there is no notebook. ``open_index``: open the index first (the CLI's).
    The reader's update said nothing of them (nu59 #3, fx143)."""
    if not library.has_notebook():  # asked first: no SQLite imported for nothing
        return ""
    try:
        with library.notebook() as notebook:
            if not any(entry.highlights for entry in notebook.notes()):
                return ""
            if open_index:
                library.open_or_build()  # the index just built (opening it builds nothing)
            report = notebook.refresh(lambda article_id: lookup(library, article_id))
    except (NotebookError, StoreError):
        return ""
    return highlights_changed_said(report.became_fuzzy, report.became_lost, lists)


def read_all(library: Library) -> tuple[dict[str, Entry], list[str], list[SavedCount]]:
    """Everything the notebook keeps, checked against the index first.

    Returns:
        The entries by article id (most recently changed first), the tags in use (most
        used first), and each saved search with its new hits (None: it no longer runs).
    """
    with library.notebook() as notebook:
        refreshed(library, notebook)
        entries = {entry.article.id: entry for entry in notebook.notes()}
        tags = [tag.name for tag in notebook.tags()]
        saved = counted_saved(library, notebook, notebook.saved.all())
    return entries, tags, saved


def counted_saved(
    library: Library, notebook: Notebook, searches: list[SavedSearch]
) -> list[SavedCount]:
    """Each saved search with its new hits (None: it no longer runs): runs every one."""
    saved: list[SavedCount] = []
    for search in searches:
        try:
            ids = hit_ids(run_saved(library, search))
            saved.append((search, notebook.saved.count_new(search.name, ids)))
        except ValueError:  # a query or date this version no longer reads
            saved.append((search, None))
    return saved


def saved_dates(saved: SavedSearch) -> tuple[datetime | None, datetime | None]:
    """The saved search's ``since`` and ``until`` as instants (read again, as when saved).

    Raises:
        DateUnreadable: A date can no longer be read.
    """
    since = read_date(saved.since) if saved.since else None
    until = read_date(saved.until, end=True) if saved.until else None
    return since, until


def run_saved(library: Library, saved: SavedSearch, limit: int | None = TRACKED) -> SearchResult:
    """The hits of a saved search now, in its order, with its filters.

    Raises:
        QueryError: The query no longer parses.
        DateUnreadable: A date can no longer be read.
    """
    since, until = saved_dates(saved)
    return library.search(
        saved.query,
        limit=limit,
        sort=SORT_NAMES.get(saved.sort or "relevance", "relevance"),
        source=saved.source,
        since=since,
        until=until,
    )


def hit_ids(result: SearchResult) -> list[str]:
    """The article ids of a result, in order."""
    return [hit.id for hit in result.hits]


def records_of(library: Library, ids: Sequence[str]) -> list[ArticleRecord]:
    """Full records (with URL and byline) of the articles still in the index, in order."""
    found = []
    for article_id in ids:
        current = lookup(library, article_id)
        if current is not None:
            found.append(current.record)
    return found


def export_offered(folder: Path | None = None) -> str:
    """What the notebook's export dialog offers first: ``notebook.md`` in ``folder`` (the
    current one), said in full, ``~`` for the home folder (nu45 #9: a bare `notebook.md`
    landed unseen in whatever folder the reader was started from)."""
    path = (folder or Path.cwd()) / "notebook.md"
    home = Path.home()
    return f"~/{path.relative_to(home)}" if path.is_relative_to(home) else str(path)


def export_said(entries: Sequence[Entry], stories: int = 0) -> str:
    """What an export holds, as its dialog and toast say it: "2 articles, 3 highlights",
    "1 followed story" (nu70 #4: "Export 2 articles" left out the passages kept, and asked
    to "Export 0 articles" of followed stories alone)."""
    kept = sum(len(entry.highlights) for entry in entries)
    said = [counted(len(entries), "article")] if entries or not stories else []
    said += [counted(kept, "highlight")] if kept else []
    said += [counted(stories, "followed story", "followed stories")] if stories else []
    return ", ".join(said)


def format_for(path: Path) -> ExportFormat | None:
    """The export format a file name asks for (``memo.md``, ``refs.csl.json``), or None."""
    name = path.name.lower()
    if name.endswith(".csl.json"):
        return ExportFormat.CSLJSON
    return SUFFIXES.get(Path(name).suffix)


def write_export(
    entries: Sequence[Entry],
    form: ExportFormat,
    path: Path,
    *,
    title: str = "Notebook",
    story: Mapping[str, Any] | None = None,
    followed: Sequence[Mapping[str, Any]] = (),
) -> Path:
    """Write an export to ``path`` whole or not at all (a temporary file, then renamed;
    ``story``, ``followed``: the story exported and the followed stories, as `export`
    takes them).

    Returns:
        The file's absolute path.

    Raises:
        OSError: The file cannot be written.
    """
    # the mode of any file the user writes there; imported here, since the other
    # commands load nothing of fetching (tests/cli/test_fetch_cli.py)
    from index.fetch.files import new_file_beside

    text = export(entries, form, title=title, story=story, followed=followed)
    target = path.expanduser().resolve()
    handle, temporary = new_file_beside(target)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def follow(library: Library, notebook: Notebook, story_id: str) -> FollowedStory:
    """Follow a story: its articles now count as seen (following again marks them seen).

    Raises:
        KeyError: No story has this id.
    """
    story = library.story(story_id).story
    return notebook.stories.follow(story.id, story.counted, title=story.title)


def followed_ids(library: Library) -> frozenset[str]:
    """The ids of the followed stories, which a story list shows whatever their size (fs34,
    issue 16: one shrunk to a single article was in no list but `b`); none when the corpus
    has no notebook yet (none is made for it) or it cannot be read."""
    from index.notebook import NotebookError

    if not library.has_notebook():
        return frozenset()
    try:
        with library.notebook() as notebook:
            return frozenset(followed.story for followed in notebook.stories.all())
    except NotebookError:
        return frozenset()


def followed_news(library: Library, notebook: Notebook, followups: int = 0) -> list[FollowedNews]:
    """Every followed story with the articles that joined it since it was last opened, titled
    as the index titles it now (an update that changes its articles may rename it: nu29 #7
    read the title it had when followed), with the title it was followed by beside it when
    that differs (``followed_title``: nu39 #5, the user knew it by that); a gone story keeps
    the title it was followed by.
    ``followups``: how many of its possible follow-ups to find (`Library.followups`), for
    the followed stories only, and only where they are told (`following`, an update).

    Raises:
        StoriesMissing: The index holds no stories (built before them): nothing is gone.
    """
    titles: dict[str, str | None] = {}

    def members(story_id: str) -> tuple[str, ...] | None:
        try:
            story = library.story(story_id).story
        except KeyError:
            return None
        titles[story_id] = story.title
        return story.counted

    found = [
        news
        if titles.get(news.followed.story) in (None, news.followed.title)
        else replace(
            news,
            followed=replace(news.followed, title=titles[news.followed.story]),
            followed_title=news.followed.title,
        )
        for news in notebook.stories.news(members, library.story_holding)
    ]
    if not followups:
        return found
    return [
        news
        if news.gone
        else replace(news, followups=library.followups(news.followed.story, followups))
        for news in found
    ]


def line_start(lines: Sequence[str], body: str, index: int) -> int:
    """About where line ``index`` of an article as laid out starts in its body.

    The lines up to it are found in the body in order (each after the one before), so a
    line whose words occur earlier too is placed right; lines not in the body (the
    header, removed text) are passed over.
    """
    cursor = 0
    for number, line in enumerate(lines[: index + 1]):
        text = line.strip()
        found = body.find(text, cursor) if text else -1
        if found != -1:
            cursor = found if number == index else found + len(text)
    return cursor


def selection_anchor(body: str, selected: str, near: int) -> Anchor:
    """The anchor of a passage selected in the pane (lines joined by its wrapping).

    Runs of spaces in a line match any whitespace; a line break matches whitespace or
    none (a long word folded across lines). Of several occurrences, the one nearest
    ``near`` (where the selection starts, about) is taken.

    Raises:
        QuoteNotFound: The selection is not in the text (it took the header, say).
        InvalidValue: Nothing but whitespace is selected.
    """
    lines = [line.split() for line in selected.splitlines()]
    pattern = r"\s*".join(r"\s+".join(map(re.escape, words)) for words in lines if words)
    if not pattern:
        raise InvalidValue("the selection is empty")
    spans = [m.span() for m in re.finditer(pattern, body)]
    if not spans:
        raise QuoteNotFound("the selection is not in the article's text")
    start, end = min(spans, key=lambda span: abs(span[0] - near))
    return anchor_at(body, start, end)


@dataclass(frozen=True, slots=True)
class Removal:
    """What the notebook screen's `d` removes: one of a highlight, a saved search or all
    kept on an article; ``what`` names it for the question and the answer."""

    what: str
    highlight: int | None = None
    search: str | None = None
    article: str | None = None


def remove(library: Library, removal: Removal) -> str:
    """Remove it from the notebook; the line saying what was done (or that it was gone)."""
    with library.notebook() as notebook:
        try:
            if removal.highlight is not None:
                notebook.remove_highlight(removal.highlight)
            elif removal.search is not None:
                notebook.saved.remove(removal.search)
            elif removal.article is not None and not notebook.forget(removal.article):
                raise NotFound("gone")
        except NotFound:  # removed meanwhile (by the CLI, say)
            return f"Already gone: {removal.what}"
    return f"Removed {removal.what}"
