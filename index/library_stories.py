"""The stories part of `index.library.Library`: stories, a story's timeline, related articles."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from index.models import (
    Article,
    BuildReport,
    IndexStatus,
    RelatedArticle,
    SearchResult,
    Story,
    StoryMember,
    StoryTimeline,
)

if TYPE_CHECKING:  # loaded on first use: a search needs none of it
    from index.analysis.stories import StoryModel
    from index.analysis.story_derived import StoryCache
    from index.analysis.story_wording import SharedWording
    from index.engine import Engine
    from index.models import Lean, Sort
    from index.notebook import FollowUps


QUERY_HITS = 2000
"""The best hits of a query whose stories `stories` lists (the reader's preview searches
the same: `tui.story_offer`)."""


class StoryMethods:
    """Stories kept in the generation by `index.analysis.story_derived.StoriesDerived`."""

    if TYPE_CHECKING:  # provided by `index.library.Library`

        def article(self, article_id: str) -> Article: ...

        def derived_folder(self, name: str) -> Path | None: ...

        engine: Engine

        def __len__(self) -> int: ...

        def titles(self, article_ids: Iterable[str]) -> dict[str, str]: ...

        def search(
            self,
            text: str,
            *,
            limit: int | None = 50,
            sort: Sort = "relevance",
            source: str | None = None,
            since: datetime | None = None,
            until: datetime | None = None,
            snippets: bool = False,
            count: bool = True,
        ) -> SearchResult: ...

    def stories(
        self,
        text: str = "",
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        min_articles: int = 2,
        limit: int = QUERY_HITS,
        keep: Collection[str] = (),
    ) -> list[Story]:
        """The stories of ``min_articles`` or more, largest first; with a query (see `search`),
        those whose articles are among its best ``limit`` hits, best first. ``since`` and
        ``until`` keep the stories that ran between them. The stories ``keep`` names (the
        followed ones, issue 16) are listed whatever their size, and first.

        Raises:
            QueryError: The query is malformed.
        """
        from index.analysis import story_view

        model = self._story_model()
        if text.strip():
            hits = self.search(text, limit=limit, since=since, until=until, count=False).hits
            found = story_view.ranked_by_hits(model, hits, min_articles, keep)
        else:
            found = list(model.stories(min_articles))
            listed = {s.id for s in found}
            small = [model.story(k) for k in keep if k not in listed]
            found += [s for s in small if s is not None]
        found = [s for s in map(self._folded, found) if s.size >= min_articles or s.id in keep]
        if not text.strip():  # largest first, as the model orders them (`StoryModel.stories`)
            found.sort(key=lambda s: (-s.size, -(s.end or datetime(1970, 1, 1)).timestamp(), s.id))
        found = [s for s in found if story_view.within(s, since, until)]
        # the followed first, each part in its order: the ★ rows are found at the top of a
        # list of hundreds, a small one not last (rv35 #11)
        return [s for s in found if s.id in keep] + [s for s in found if s.id not in keep]

    def story(self, story_id: str) -> StoryTimeline:
        """One story told in time: its articles (less its copies, `Story.counted`), articles
        per day per outlet, lags.

        Raises:
            KeyError: No story has this id.
        """
        from index.analysis import story_view

        found = self._story_model().story(story_id)
        if found is None:
            raise KeyError(story_id)
        found = self._folded(found)  # each text of an outlet once: its copies are not members
        members = [story_view.member(self.article(i)) for i in found.counted]
        return story_view.timeline(found, members)

    def story_ids_named(self, form: str) -> tuple[str, ...]:
        """The ids of the stories ``form`` names: the id itself, else every id it begins (a
        shortened id, as article ids take one: nu62 #9, fx157); one is the story's."""
        model = self._story_model()
        if model.story(form) is not None or not form:
            return (form,) if form else ()
        return tuple(sorted(s.id for s in model.stories() if s.id.startswith(form)))

    def earlier_outside(self, told: StoryTimeline) -> tuple[RelatedArticle, ...]:
        """Close articles outside the story ``told`` dated before its first: the grouping
        left them out, so its first may not be (`index.story_earlier`, issue 16). Kept per
        story and generation: 28-210 ms a story, and a story screen's resize asks again."""
        from index.story_earlier import earlier_outside

        generation, kept = self._earlier
        if generation != self.engine.generation:  # an update: what was kept is not its own
            generation, kept = self._earlier = (self.engine.generation, {})
        key = told.story.id
        if generation is None or key not in kept:
            found = earlier_outside(told, self.related)
            if generation is None:  # no generation on disk: nothing says when it changed
                return found
            kept[key] = found
        return kept[key]

    _earlier: tuple[str | None, dict[str, tuple[RelatedArticle, ...]]] = (None, {})
    """The generation `earlier_outside` answered for, and its answers by story id."""

    def story_outline(self, story_id: str) -> StoryTimeline:
        """`story` without reading an article, quick enough for every story of a list: the
        outlets and dates the story model keeps, titles from `titles`, no urls.

        Raises:
            KeyError: No story has this id.
        """
        from index.analysis import story_view

        model = self._story_model()
        found = model.story(story_id)
        if found is None:
            raise KeyError(story_id)
        found = self._folded(found)
        dated = model.dated(story_id)
        titles = self.titles(article_id for article_id, _, _ in dated)
        members = [
            StoryMember(i, titles.get(i, ""), source, when, None)
            for i, source, when in dated
            if i not in found.copies
        ]
        return story_view.timeline(found, members)

    def story_wording(self, article_id: str, story_id: str | None = None) -> SharedWording:
        """The stretches of an article that other articles of its story print word for word.

        Args:
            article_id: The article.
            story_id: Its story (the one it is in when None); an article alone shares none.

        Raises:
            KeyError: No article has this id, or no story has ``story_id``.
        """
        from index.analysis.story_wording import MAX_OTHERS, shared_wording

        article = self.article(article_id)
        model = self._story_model()
        found = model.story(story_id or model.story_of(article_id) or "")
        if story_id is not None and found is None:
            raise KeyError(story_id)
        same = self.copies()  # each other text once: never the article's own under another id
        texts = dict.fromkeys(same.get(i, i) for i in (found.article_ids if found else ()))
        mates = [i for i in texts if i != same.get(article_id, article_id)][:MAX_OTHERS]
        return shared_wording(article_id, article.body, [self.article(i).body for i in mates])

    def story_of(self, article_id: str) -> Story | None:
        """The story an article is in, or None when it is alone (or unknown, or no stories)."""
        from index.analysis.story_derived import StoriesMissing

        try:
            story = self._story_model().story(self._story_model().story_of(article_id) or "")
        except StoriesMissing:
            return None
        story = None if story is None else self._folded(story)
        return story if story is not None and story.size > 1 else None

    def story_holding(self, article_id: str) -> tuple[str, str] | None:
        """The id and title of the story an article is in, a story of it alone included;
        None when the index does not have the article (a followed story's articles that
        moved: `index.notebook.FollowedStories.news`).

        Raises:
            StoriesMissing: The index holds no stories.
        """
        model = self._story_model()
        story_id = model.story_of(article_id)
        found = None if story_id is None else model.story(story_id)
        return None if found is None else (found.id, found.title)

    def followups(self, story_id: str, limit: int = 5) -> FollowUps:
        """The ``limit`` closest of the later articles outside the story that `related`
        finds close to it, in date order (`story_followups`: its follow-ups, each a story
        of its own), and how many there are in all (`FollowUps.found`: nu48 #7, a list of
        five read 03-09, 03-04, 03-09 and did not say that others were left out).

        Raises:
            KeyError: No story has this id.
            StoriesMissing: The index holds no stories.
        """
        from index.analysis.story_followups import in_date_order, later_related
        from index.notebook import FollowUp, FollowUps
        from index.when import iso_when

        members = self.story(story_id).story.counted
        model = self._story_model()
        found = later_related(model, members, limit=10**6, leave_out=self.copies())
        out = []
        for article_id, likeness in in_date_order(model, found[: max(limit, 0)]):
            article = self.article(article_id)
            title, date = article.title or "(untitled)", iso_when(article.date)
            out.append(FollowUp(article_id, title, article.source, date, likeness))
        return FollowUps(out, len(found))

    def stories_missing(self) -> str | None:
        """Why the open index holds no stories (built `--no-stories`, or before them), in
        one line; None when it holds them (`story_of` is then None only for an article
        alone: nu29 #10)."""
        from index.analysis.story_derived import StoriesMissing

        try:
            self._story_model()
        except StoriesMissing as error:
            return str(error)
        return None

    def copies(self) -> dict[str, str]:
        """Each copy's original (`index.copies`: the same text from the same outlet), by
        the copy's id; {} for an index built before copies were kept."""
        from index.copies import NAME, originals

        return originals(self.derived_folder(NAME))

    def article_count(self) -> int:
        """Articles in the index, each text once: an exact copy counts in none (as search,
        `status` and the stories count them)."""
        return len(self) - len(self.copies())

    def counted_sources(self, sources: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """``sources`` (outlets and their article counts) less each outlet's copies, as a
        search lists them (`Hit.copies`: a copy's outlet is its original's); most first."""
        if not self.copies():
            return sources
        less = self.outlet_copies()
        counted = [(name, count - less[name]) for name, count in sources]
        return sorted(counted, key=lambda nc: (-nc[1], nc[0].lower()))  # as the engine orders

    def outlet_copies(self) -> Counter[str]:
        """How many exact copies each outlet's listed articles fold (`Hit.copies`: the
        "+2 copies" under a row), by outlet; none for an outlet that has none."""
        if not self.copies():
            return Counter()
        from index.copies import NAME

        folder = self.derived_folder(NAME)  # one generation's: a listing pass once for it
        kept: tuple[Path | None, Counter[str]] | None = getattr(self, "_copies_less", None)
        if kept is None or kept[0] != folder:
            less: Counter[str] = Counter()
            for hit in self.search("", limit=None, count=False).hits:
                if hit.copies and hit.source:
                    less[hit.source] += len(hit.copies)
            kept = (folder, less)
            self._copies_less = kept
        return kept[1]

    def outlet_copies_kept(self) -> Counter[str] | None:
        """`outlet_copies` when it costs nothing (no copies, or counted for this
        generation), else None: the first count is a whole search (0.4-0.9 s on Reuters,
        rv57), not for the UI thread."""
        if not self.copies():
            return Counter()
        from index.copies import NAME

        kept: tuple[Path | None, Counter[str]] | None = getattr(self, "_copies_less", None)
        if kept is None or kept[0] != self.derived_folder(NAME):
            return None
        return kept[1]

    def kept_leans(self) -> dict[str, Lean] | None:
        """The lean each article's metadata give, by id (those giving none left out), as
        the build kept them (`index.lean_map`: no article read); None when the index keeps
        none (built before they were kept: `index.leans.given_leans` reads the articles)."""
        from index.lean_map import NAME, kept_leans

        return kept_leans(self.derived_folder(NAME))

    def outlets_of(self) -> dict[str, str | None] | None:
        """Each article's outlet, by id, from the index listing (no article read); None
        when the engine keeps no listing (OpenSearch)."""
        listed = getattr(self.engine, "outlets_of", None)
        return listed() if callable(listed) else None

    def same_text_as(self, article_id: str) -> str | None:
        """The id of the article this one is a copy of, or None."""
        return self.copies().get(article_id)

    def _folded(self, story: Story) -> Story:
        """``story`` with its copies counted once (`index.copies.fold_story`)."""
        from index.copies import fold_story

        same = self.copies()
        if not any(i in same for i in story.article_ids):
            return story
        return fold_story(story, same, self._story_model().dated(story.id))

    def _story_model(self) -> StoryModel:
        return self._stories.model(self.derived_folder("stories"))

    @cached_property
    def _stories(self) -> StoryCache:
        from index.analysis.story_derived import StoryCache

        return StoryCache()

    def related(self, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        """Articles like this one: its story's first, then the nearest others, best first.

        Raises:
            KeyError: No article has this id.
        """
        from index.analysis import story_view
        from index.analysis.related_passages import sharing
        from index.copies_view import unrepeated

        asked_article = self.article(article_id)
        asked = asked_article.date
        model = self._story_model()
        same = self.copies()
        # a copy's quotes are its original's (`index.copies`): ask the original's groups
        passages = sharing(self.derived_folder("quotes"), same.get(article_id, article_id))
        ask = partial(model.related, article_id, passages=passages)
        passage = story_view.PassageTest(asked_article)  # its words read once for every row
        return [
            story_view.related_article(r, self.article(r.id), asked, asked_article, passage)
            for r in unrepeated(article_id, limit, same, ask)
        ]


def copy_count(index_dir: Path) -> int:
    """How many exact copies (`index.copies`) the live index folds into their originals, read
    without opening it; 0 when it keeps none or they cannot be read."""
    from index.copies import NAME, originals
    from index.errors import StoreError
    from index.store.generations import current_generation

    try:
        generation = current_generation(index_dir)
    except (StoreError, OSError, ValueError):
        return 0
    if generation is None or not (generation / NAME).is_dir():
        return 0
    return len(originals(generation / NAME))


def unknown_counts(index_dir: Path) -> tuple[int, int] | None:
    """How many articles of the live index have no date and no outlet, read from its stories
    without opening the index (nu23 #4); None without stories or when they cannot be read.

    Two small arrays are read, not the model's names: the reader asks every few seconds
    (`status`), and the names of 100,000 articles were 50 MB more at its high-water mark
    beside the open model's (issue 21)."""
    from index.analysis.story_files import StoryFilesError
    from index.copies import NAME, originals
    from index.errors import StoreError
    from index.store.generations import current_generation

    try:
        generation = current_generation(index_dir)
        if generation is None or not (generation / "stories").is_dir():
            return None
        copies = originals(generation / NAME) if (generation / NAME).is_dir() else {}
        if not copies:
            return unknown_in(generation / "stories")
        # the copies are left out (nu30 #7) by their ids, which only the model's names
        # give: read once for a generation (it never changes), not every few seconds
        return _unknown_once(str(generation / "stories"), frozenset(copies))
    except (StoreError, StoryFilesError, OSError, ValueError):
        return None


@functools.lru_cache(maxsize=2)
def _unknown_once(folder: str, copies: frozenset[str]) -> tuple[int, int]:
    from index.analysis.stories import StoryModel

    return StoryModel.load(Path(folder)).unknown_counts(copies)


def unknown_in(folder: Path) -> tuple[int, int]:
    """`StoryModel.unknown_counts` of the model saved in ``folder``, from its arrays alone.

    Raises:
        StoryFilesError: The folder holds no stories, or stories of another format.
    """
    import numpy as np

    from index.analysis.story_files import check_format, read_array

    check_format(folder)
    days, sources = read_array(folder, "time"), read_array(folder, "source")
    return int(np.isnan(days).sum()), int((sources < 0).sum())


def counted_report(report: BuildReport, index_dir: Path) -> BuildReport:
    """``report`` with the exact copies of the index it built, so that its summary counts a
    text once as the reader, search and `index status` do (nu25 #11: "143 indexed" beside
    their 142)."""
    same = copy_count(index_dir)
    return replace(report, copies=same) if same else report


def counted_status(report: IndexStatus, index_dir: Path) -> IndexStatus:
    """``report`` with each text counted once and its copies beside (as search and the
    reader count: nu24 #11), and the articles without a date or an outlet (nu23 #4)."""
    if report.state not in ("fresh", "stale"):
        return report
    same = copy_count(index_dir)
    if same and report.articles is not None:
        report = replace(report, articles=report.articles - same, copies=same)
    if "stories" in report.lacking:
        return report
    counts = unknown_counts(index_dir)  # None: the state above says what is wrong
    return report if counts is None else replace(report, undated=counts[0], no_outlet=counts[1])
