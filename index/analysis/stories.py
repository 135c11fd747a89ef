"""Stories: the news events a corpus reports, each a group of articles, and related articles.

A `StoryModel` is built from `StoryArticle`s (``StoryModel.build``), kept current with
``update`` (new articles join existing stories, whose ids never change), asked which
story an article is in, which stories there are and which articles are related, and
saved into an index generation folder (``save``/``load``; loading reads only what a
question needs). NumPy and SciPy are imported only when a model is built or read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from index.analysis import story_files, story_mapped
from index.analysis.related_order import each_group, story_first
from index.analysis.story_order import members_order
from index.analysis.story_params import StoryParams as StoryParams  # callers import it from here
from index.models import Progress, Story, days_order
from index.when import timed_value

if TYPE_CHECKING:
    import numpy as np

    from index.analysis.related_fill import FillIndex
    from index.analysis.story_build import Built, Previous


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """What story grouping reads of an article.

    Attributes:
        id: The article id.
        title: The headline ("" when there is none).
        body: The cleaned text (only its lead is read).
        source: The outlet, or None.
        date: Publication time (naive UTC), or None when unknown.
        url: The article's address, or None; the words of its headline slug count as
            title words.
        words: The whole body's length in words when ``body`` holds only its start (a
            full text is told from a feed item by it: `story_length`); None when ``body``
            is whole.
    """

    id: str
    title: str
    body: str
    source: str | None = None
    date: datetime | None = None
    url: str | None = None
    words: int | None = None

    def __reduce__(self) -> tuple[type[StoryArticle], tuple[Any, ...]]:
        # pickled by the indexing workers for every article: the class and its fields,
        # not the per-field __getstate__/__setstate__ of a slots dataclass (~3x slower)
        fields = (self.id, self.title, self.body, self.source, self.date, self.url, self.words)
        return StoryArticle, fields


@dataclass(frozen=True, slots=True)
class Related:
    """An article related to another, and why.

    Attributes:
        id: The related article's id.
        score: What the list is ordered by, in [0, 1]: the likeness less
            ``params.related_hub`` times the article's hubness (see `StoryModel.related`);
            a fill's on the same scale (`related_fill.FILL_WEIGHT`), so that the scores
            a person reads go down the list within each group.
        same_story: True when both articles are in one story.
        shared_terms: The heaviest terms both articles use (stems), heaviest first.
        shared_passage: True when both contain the same run of eight or more words, or
            the same quotation of 12 words or more (`related_passages`).
        same_day: True when both are dated on the same (UTC) day.
        likeness: Likeness in [0, 1]: the TF-IDF cosine of title (with the address's
            headline words) and lead, times ``exp(-decay_per_day * days apart)``; 1.0
            for near copies.
    """

    id: str
    score: float
    same_story: bool
    shared_terms: tuple[str, ...]
    shared_passage: bool
    same_day: bool
    likeness: float


ProgressCallback = Callable[[Progress], None]


class StoryModel:
    """Stories of one corpus; build, update, ask, save, load. Safe to read from threads."""

    def __init__(
        self, folder: Path | None, meta: dict[str, Any], built: Built | None = None
    ) -> None:
        self._folder = folder
        self._meta = meta
        self._built = built
        self._arrays: dict[str, np.ndarray] = dict(built.parts.arrays) if built else {}
        self._lock = threading.Lock()
        self._index: dict[str, int] | None = None
        self._grouped: tuple[np.ndarray, np.ndarray] | None = None
        self._story_rows: dict[str, int] | None = None
        self._made: dict[int, Story] = {}
        self._fill: FillIndex | None = None
        self._left: tuple[str, ...] = ()
        """Keys of the saved JSON part not read (`load`'s ``reading``)."""

    # --- making -------------------------------------------------------------------------

    @classmethod
    def build(
        cls,
        articles: Iterable[StoryArticle],
        *,
        params: StoryParams | None = None,
        previous: Previous | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> StoryModel:
        """Group ``articles`` into stories.

        Args:
            articles: The corpus; a repeated id keeps its first article.
            params: Settings (the tuned defaults when None).
            previous: The model this one replaces: a story that keeps most of its
                articles keeps its id.
            on_progress: Called with a `Progress` at each step.

        Returns:
            The new model (in memory until ``save``).
        """
        from index.analysis.story_build import build

        built = build(list(articles), params or StoryParams(), previous, on_progress)
        return cls(None, built.parts.meta, built)

    def update(
        self,
        added: Sequence[StoryArticle] = (),
        removed: Iterable[str] = (),
        *,
        on_progress: ProgressCallback | None = None,
    ) -> StoryModel:
        """A new model with ``removed`` ids dropped and ``added`` articles placed.

        An added article joins the existing story it is most like (by the same average
        likeness, threshold and attachment rule as a build) or starts a new one; stories are not
        re-clustered, so their ids stay. An added id that is already present replaces
        that article. A story whose articles are all removed disappears.
        """
        from index.analysis.story_build import update

        built = update(self, list(added), set(removed), on_progress)
        return StoryModel(None, built.parts.meta, built)

    def save(self, folder: Path, base: Path | None = None) -> None:
        """Write the model into ``folder`` (inside a new index generation, before the swap);
        an update gives the folder it was made from as ``base``: what is the same there is
        hard-linked, not written again (`story_files.write`)."""
        from index.analysis.story_files import Parts, write

        if self._built is not None:
            write(folder, self._built.parts, base)
            return
        parts = self.parts()
        write(folder, Parts(parts.meta, parts.arrays, parts.counts, parts.vocab), base)

    @classmethod
    def load(cls, folder: Path, *, reading: bool = False) -> StoryModel:
        """Open a saved model; only its JSON part is read now, arrays on first use.
        ``reading``: for questions only, its per-article titles (an update's) left on disk
        (issue 21: 10 MB at 100,000 articles; `parts` reads them when asked).

        Raises:
            StoryFilesError: The folder holds no stories, or stories of another format.
        """
        from index.analysis.story_titles import TITLES

        left = (TITLES,) if reading else ()
        model = cls(folder, story_files.read_meta(folder, left))
        model._left = left
        return model

    def parts(self) -> story_files.Parts:
        """Everything the model holds (read from disk where needed), for an update. The
        arrays are mapped, not read: an update takes rows of them into new arrays, never
        writes them (100,000 articles: ~0.07 CPU s less, one copy of ~60 MB not made); the
        term counts' too (st75: 55 MB read whole there)."""
        if self._built is not None:
            return self._built.parts
        assert self._folder is not None
        names = story_files.CORE + story_files.NEIGHBOURS + story_files.UPDATE
        arrays = {name: self._array(name, mapped=True) for name in names}
        for name in (*story_files.LATER, story_files.COPY_DIGEST):
            if (self._folder / f"{name}.npy").exists():
                arrays[name] = self._array(name, mapped=True)
        counts = story_files.read_counts(self._folder, mapped=True)
        meta = story_files.read_meta(self._folder) if self._left else self._meta
        return story_files.Parts(meta, arrays, counts, story_files.read_vocab(self._folder))

    # --- asking -------------------------------------------------------------------------

    @property
    def params(self) -> StoryParams:
        """The settings the model was built with."""
        return StoryParams(**self._meta["params"])

    def __len__(self) -> int:
        return len(self._meta["ids"])

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._article_index()

    def story_of(self, article_id: str) -> str | None:
        """The id of the story ``article_id`` is in (every article is in one); None if unknown."""
        row = self._article_index().get(article_id)
        if row is None:
            return None
        return str(self._meta["stories"][int(self._array("story")[row])][0])

    def story(self, story_id: str) -> Story | None:
        """The story with this id, or None."""
        k = self._story_row(story_id)
        return None if k is None else self._make_story(k)

    def size(self, story_id: str) -> int:
        """How many articles the story has (0 for an unknown id), without making it."""
        k = self._story_row(story_id)
        offsets = self._members()[1]
        return 0 if k is None else int(offsets[k + 1] - offsets[k])

    def dated(self, story_id: str) -> list[tuple[str, str | None, datetime | None]]:
        """A story's articles as ``(id, outlet, date)`` in its order (oldest first, undated
        last), from the model alone: no article is read. Empty for an unknown id."""
        import numpy as np

        k = self._story_row(story_id)
        if k is None:
            return []
        order, offsets = self._members()
        rows = order[offsets[k] : offsets[k + 1]]
        ids: list[str] = self._meta["ids"]
        sources: list[str] = self._meta["sources"]
        codes, days = self._array("source")[rows], self._array("time")[rows]
        return [
            (ids[r], sources[c] if c >= 0 else None, None if np.isnan(d) else _datetime(float(d)))
            for r, c, d in zip(rows.tolist(), codes.tolist(), days.tolist(), strict=True)
        ]

    def unknown_counts(self, leave_out: Collection[str] = ()) -> tuple[int, int]:
        """How many articles have no date, and how many no outlet (not counting the ids
        ``leave_out``: the exact copies, which are counted once, as their original)."""
        import numpy as np

        undated, no_outlet = np.isnan(self._array("time")), self._array("source") < 0
        if leave_out:
            kept = np.array([i not in leave_out for i in self._meta["ids"]], dtype=bool)
            undated, no_outlet = undated & kept, no_outlet & kept
        return int(undated.sum()), int(no_outlet.sum())

    def _story_row(self, story_id: str) -> int | None:
        with self._lock:
            if self._story_rows is None:
                self._story_rows = {sid: k for k, (sid, _) in enumerate(self._meta["stories"])}
        return self._story_rows.get(story_id)

    def stories(self, min_articles: int = 1) -> tuple[Story, ...]:
        """The stories with at least ``min_articles`` articles, largest first, then newest."""
        import numpy as np

        members = self._members()
        sizes = np.diff(members[1])
        made = [self._make_story(int(k)) for k in np.flatnonzero(sizes >= max(min_articles, 1))]
        made.sort(key=lambda s: (-s.size, -(s.end or _EPOCH).timestamp(), s.id))
        return tuple(made)

    def related(
        self, article_id: str, limit: int = 10, passages: Iterable[str] = ()
    ) -> tuple[Related, ...]:
        """Articles like ``article_id``: its story's articles first, then the nearest others.

        Candidates are the articles within the time window with some likeness (up to
        ``params.neighbours``), best first inside each group: by likeness less
        ``params.related_hub`` times the candidate's hubness (see `StoryParams`); a full
        text's much closer row outside the story goes first (`related_order`).
        ``passages`` are the ids of articles sharing a long passage with it (a quotation,
        `related_passages`): each is listed, flagged so, scoring at least
        `related_passages.PASSAGE_SCORE`, however far in time or unlike its lead.
        """
        import numpy as np

        row = self._article_index().get(article_id)
        if row is None or limit <= 0:
            return ()
        partners = np.asarray(self._array("neighbours", mapped=True)[row])
        scores = np.asarray(self._array("scores", mapped=True)[row])
        passage = np.asarray(self._array("passage", mapped=True)[row])
        valid = partners >= 0
        partners, scores, passage = partners[valid], scores[valid], passage[valid]
        story = self._array("story")
        same = story[partners] == story[row]
        params = self.params
        best = np.asarray(self._array("scores", mapped=True)[partners, : params.related_hub_k])
        hubness = np.minimum(best, 1.0).mean(axis=1) if best.size else np.zeros(len(partners))
        rank = scores - params.related_hub * hubness
        fill = self._fill_index()
        terms = self._array("top_terms", mapped=True)
        words: list[str] = self._meta["why_terms"]
        mine = [int(t) for t in terms[row] if t >= 0]
        days = self._array("time")
        if fill is not None:  # outside the story: weak after the fill, strong fade slower
            apart = np.nan_to_num(days[partners] - days[row])
            rank = fill.outside_ranks(row, partners, apart, rank, same | passage)  # (nu18 #3)
        shared = [r for r in map(self._article_index().get, passages) if r not in (None, row)]
        if shared:  # (nu27 #6)
            from index.analysis.related_passages import with_passages

            partners, scores, passage, same, rank = with_passages(
                row,
                np.asarray(shared, np.int64),
                (partners, scores, passage, same, rank),
                story,
                fill,
            )

        def listed(k: int) -> Related:
            other = int(partners[k])
            theirs = {int(t) for t in terms[other] if t >= 0}
            return Related(
                id=self._meta["ids"][other],
                score=round(float(np.clip(rank[k], MIN_SCORE, 1.0)), 4),
                same_story=bool(same[k]),
                shared_terms=tuple(words[t] for t in mine if t in theirs),
                shared_passage=bool(passage[k]),
                same_day=bool(np.floor(days[row]) == np.floor(days[other])),
                likeness=round(float(min(scores[k], 1.0)), 4),
            )

        # one scale for every row, so the list reads in the order of the scores it shows
        # (the plain likeness ranked a hub above a lower score; a fill tied under a weak
        # neighbour, nu19 #2)
        shown = np.round(np.clip(rank, MIN_SCORE, 1.0), 4)
        order = np.lexsort((partners, -rank, -shown, ~same))
        if fill is None:
            return tuple(listed(k) for k in order[:limit])
        out = [listed(k) for k in each_group(order, same, limit)]  # (`related_order`, st93)
        out += fill.related(row, set(partners.tolist()), limit, self)  # the nearest further off
        rows = np.asarray([self._article_index()[r.id] for r in out], np.int64)
        return tuple(story_first(out, fill.pairs_full(row, rows))[:limit])

    def _fill_index(self) -> FillIndex | None:
        """The fill's index, made on first use from the term counts (None without them)."""
        from index.analysis.related_fill import FillIndex, full_texts

        with self._lock:
            if self._fill is None:
                if self._built is not None:
                    counts = self._built.parts.counts
                elif self._folder is not None and (self._folder / story_files.COUNTS).exists():
                    counts = story_mapped.map_counts(self._folder)
                else:
                    counts = None
                if counts is None:
                    return None
                df, terms = self._array("df"), self._array("top_terms")
                self._fill = FillIndex(counts, df, terms, full_texts(self))
            return self._fill

    # --- internals ----------------------------------------------------------------------

    def _array(self, name: str, *, mapped: bool = False) -> np.ndarray:
        array = self._arrays.get(name)
        if array is None:
            assert self._folder is not None
            array = story_files.read_array(self._folder, name, mapped=mapped)
            self._arrays[name] = array  # two threads may both read it: same result, no harm
        return array

    def _article_index(self) -> dict[str, int]:
        if self._index is None:
            self._index = {article_id: row for row, article_id in enumerate(self._meta["ids"])}
        return self._index

    def _members(self) -> tuple[np.ndarray, np.ndarray]:
        """Rows of every story's articles, oldest first: ``(rows, offsets)`` per story row."""
        import numpy as np

        with self._lock:
            if self._grouped is None:
                days = self._array("time")
                story = self._array("story")
                sources, ids = self._array("source"), self._meta["ids"]
                order = members_order(days, story, sources, ids, self._meta["sources"])
                offsets = np.searchsorted(story[order], np.arange(len(self._meta["stories"]) + 1))
                self._grouped = (order, offsets)
            return self._grouped

    def _make_story(self, k: int) -> Story:
        import numpy as np

        cached = self._made.get(k)
        if cached is not None:
            return cached
        order, offsets = self._members()
        rows = order[offsets[k] : offsets[k + 1]]
        ids: list[str] = self._meta["ids"]
        sources: list[str] = self._meta["sources"]
        days = self._array("time")[rows]
        dated = days[~np.isnan(days)]
        codes = [int(s) for s in self._array("source")[rows]]
        day = np.floor(dated).astype(np.int64)
        per_day = np.bincount(day - day.min()) if len(day) else day
        # the first: the earliest dated known outlet, timed before a day alone, then by name
        known = [i for i, s in enumerate(codes) if s >= 0 and not np.isnan(days[i])]
        lead = min(known, key=lambda i: days_order(days[i], sources[codes[i]]), default=0)
        story_id, title = self._meta["stories"][k]
        made = Story(
            id=story_id,
            title=title,
            article_ids=tuple(ids[r] for r in rows),
            sources=tuple(dict.fromkeys(sources[s] for s in codes if s >= 0)),
            first=ids[rows[lead]],
            start=_datetime(float(dated.min())) if len(dated) else None,
            end=_datetime(float(dated.max())) if len(dated) else None,
            first_source=sources[codes[lead]] if known else None,  # none undated (nu42 #1)
            per_day=tuple(int(c) for c in per_day),
            first_date=None if np.isnan(days[lead]) else _datetime(float(days[lead])),
        )
        self._made[k] = made
        return made


_EPOCH = datetime(1970, 1, 1)
MIN_SCORE = 0.01
"""The least score `related` gives a row: every row it lists passed a floor, so none reads
"0.00" (unrelated), and every row shows one (nu18 #3)."""


def _datetime(days: float) -> datetime:
    """Days since the epoch back to a naive UTC datetime (to the second): a day alone is a
    whole number of days, a midnight with a fraction a stated one (`timed_value`, fd34)."""
    moment = _EPOCH + timedelta(seconds=round(days * 86400))
    return timed_value(moment) if days % 1 else moment
