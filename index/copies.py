"""Exact copies: the same article saved twice by one outlet (same title and cleaned body, two
files).

A derived kind (`index.derived`) kept in ``gen-*/copies/``: each article's key (a digest of
its outlet, title and cleaned body, `key`) and, for every article whose key another article
shares, the id of the group's *original* (`same_text`). The original is the first by `rank`:
a name without a copy's suffix ("X.txt" before "X (1).txt", "X copy.txt", "X - Copy.txt"; nu44
saw the copy listed and the original folded into it), then the shorter id, then the least. It
depends on the set of articles alone, never on the order files were read or updated in: delete
the original and the next copy becomes it.

The outlet is part of the key: a wire story two outlets print word for word is two
articles (outlets count in stories and facets), not a copy. Search folds a copy into its
original's hit (`fold_hits`), and stories count an outlet's identical copies once
(`fold_story`) while still listing them.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.models import Article, Hit, ProgressCallback, SearchResult, Sort, Story
from index.story_models import precise_order

if TYPE_CHECKING:
    from index.engine import Engine

NAME = "copies"
"""The kind's folder in a generation."""

KEYS = "keys.json"
"""Every article's key, by id."""

SAME = "same_text.json"
"""Each copy's original, by the copy's id (small: read by every search)."""


def key(article: Article) -> str:
    """The digest of the article's outlet, title and cleaned body (blake2b, 16 bytes); an
    article with no body is no one's copy (two headlines a feed gave without text are two
    articles), so its key is its id's."""
    if not article.body.strip():
        text = f"\1{article.id}"
    else:
        text = f"{article.source or ''}\0{article.title or ''}\0{article.body}"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_COPY_MARK = re.compile(
    r"(?:[ _-]*\(\d{1,3}\)|[ _-]+copy(?:[ _-]*\(?\d+\)?)?|-\d"
    r"|[ _-]*\((?:another |\d+(?:st|nd|rd|th) )?copy(?: \d+)?\))$|^copy[ _-]of[ _-]",
    re.IGNORECASE,
)
"""What a file manager or a browser adds to a copy's name (the last part, less its suffix):
" (1)", " copy", " copy 2", "_copy", " - Copy", " - Copy (2)", "-1", "Copy of ", and GNOME
Files' " (copy)", " (another copy)", " (3rd copy)" (rv46). A year in brackets ("Election
(2019)") or a number after a dash ("covid-19") is part of the name, not a copy's number.
"""


def copy_named(article_id: str) -> bool:
    """True when the id's file name carries a copy's mark (`_COPY_MARK`)."""
    name = article_id.rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return _COPY_MARK.search(stem) is not None


def rank(article_id: str) -> tuple[bool, int, str]:
    """The order in which a text's articles are chosen as its original, first is chosen: a
    name without a copy's mark (`copy_named`), then the shorter id, then the least.

    The file's age is left out: the copies kind keeps only ids and keys, and a checkout or an
    unpacked archive gives every file one time."""
    return copy_named(article_id), len(article_id), article_id


def same_text(keys: Mapping[str, str]) -> dict[str, str]:
    """Each copy's original (the first of its key's articles by `rank`), by the copy's id.

    Only the keys two articles share are grouped (`Counter` counts in C): at 100,000
    articles with 1,460 copies, 0.034 -> 0.018 CPU s, and it runs in every update."""
    shared = {k for k, count in Counter(keys.values()).items() if count > 1}
    if not shared:
        return {}
    groups: dict[str, list[str]] = {}
    for article_id, k in keys.items():
        if k in shared:
            groups.setdefault(k, []).append(article_id)
    same: dict[str, str] = {}
    for ids in groups.values():
        original = min(ids, key=rank)
        same.update((i, original) for i in ids if i != original)
    return same


class CopiesDerived:
    """The `index.derived.Extracting` kind of copies: each article's `key`, and the copies'
    originals (`same_text`), written to ``keys.json`` and ``same_text.json``."""

    name = NAME
    light = True  # a build never forks a process for it (`index.derived.light`)

    def extract(self, article: Article) -> tuple[str, str]:
        """The article's id and `key`."""
        return article.id, key(article)

    def build(
        self,
        articles: Iterable[tuple[str, str]],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Keep every article's key and the copies' originals."""
        _write(dict(articles), folder)

    def update(
        self,
        previous: Path,
        added: Iterable[tuple[str, str]],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """The previous keys less ``removed``, with ``added``."""
        keys = _read(previous / KEYS)
        for article_id in removed:
            keys.pop(article_id, None)
        keys.update(added)
        _write(keys, folder)


def _write(keys: dict[str, str], folder: Path) -> None:
    from index.store.json_bytes import dumps_sorted

    for name, value in ((KEYS, keys), (SAME, same_text(keys))):
        # `json.dumps(value, sort_keys=True)`'s bytes, by orjson where it gives them
        (folder / name).write_bytes(dumps_sorted(value))


def keys_in(folder: Path) -> dict[str, str]:
    """Every article's key in a generation's ``copies`` folder, by id.

    Raises:
        BuildFailed: The keys are unreadable.
    """
    return _read(folder / KEYS)


def texts_gone(before: Mapping[str, str], after: Mapping[str, str]) -> dict[str, str]:
    """The articles of ``before`` (ids with their text's `key`, the index before a build)
    gone from ``after`` (every article's key after it) whose text is still there, each
    with the article that stands for it now (its key's first by `rank`, as `same_text` chooses).

    An article edited in the build has another key: a text deleted while its copy was
    edited is gone (rv35 #10).
    """
    gone = {article: k for article, k in before.items() if article not in after}
    wanted = set(gone.values())
    holder: dict[str, str] = {}
    for article, k in after.items():
        if k in wanted and (k not in holder or rank(article) < rank(holder[k])):
            holder[k] = article
    return {article: holder[k] for article, k in gone.items() if k in holder}


def _read(path: Path) -> dict[str, str]:
    from index.errors import BuildFailed
    from index.store.json_bytes import loads

    try:
        found = loads(path.read_bytes())  # orjson: 0.038 -> 0.024 CPU s on 100,000 keys
    except (OSError, ValueError) as error:
        raise BuildFailed(
            f"the copies are unreadable: {error}; run `broadsheet index rebuild`"
        ) from error
    if not isinstance(found, dict):
        raise BuildFailed("the copies are unreadable; run `broadsheet index rebuild`")
    if set(map(type, found.values())) <= {str}:  # as written: kept as parsed, not copied
        return found
    return {str(k): str(v) for k, v in found.items()}


@lru_cache(maxsize=4)
def originals(folder: Path | None) -> dict[str, str]:
    """Each copy's original in a generation's ``copies`` folder (a generation never
    changes: cached); {} without one (an index built before copies were kept)."""
    if folder is None:
        return {}
    from index.errors import BuildFailed

    try:
        return _read(folder / SAME)
    except BuildFailed:  # unreadable: no copies known (the self-check names damage)
        return {}


def fold_hits(hits: Sequence[Hit], same: Mapping[str, str]) -> list[Hit]:
    """``hits`` less each copy whose original is among them; the original's hit names its
    copies (`Hit.copies`), in order of id."""
    if not same:
        return list(hits)
    shown = {hit.id for hit in hits}
    folded: dict[str, list[str]] = {}
    for hit in hits:
        original = same.get(hit.id)
        if original is not None and original in shown:
            folded.setdefault(original, []).append(hit.id)
    return [
        replace(hit, copies=tuple(sorted(folded[hit.id]))) if hit.id in folded else hit
        for hit in hits
        if hit.id not in same or same[hit.id] not in shown
    ]


def folded_count(
    engine: Engine,
    same: Mapping[str, str],
    text: str,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
    total: int | None = None,
) -> int:
    """How many hits ``text`` gives within the limits once its copies are folded: the
    articles that match (``total`` when known) less the copies whose original matches too
    (the engine asked only about the copies and their originals, `Engine.matching`)."""
    if total is None:
        total = engine.count(text, source=source, since=since, until=until)
    if not same or not total:
        return total
    asked = set(same).union(same.values())
    found = engine.matching(text, asked, source=source, since=since, until=until)
    return total - sum(1 for copy, original in same.items() if copy in found and original in found)


def fold_story(
    story: Story,
    same: Mapping[str, str],
    dated: Sequence[tuple[str, str | None, datetime | None]],
) -> Story:
    """``story`` with its copies (whose original it holds too) counted once: named in
    `Story.copies`, left out of its size, outlets, articles per day, first article, start
    and end (rv73: a copy saved later ended the story at its date, which no listed article
    has: `stories` "last" and ``"end"``, --since, the list's order; 75 stories of 10,000
    newsarticles+Reuters records). ``dated`` is the story's (id, outlet, date) of each
    article, oldest first."""
    held = set(story.article_ids)
    copies = tuple(i for i in story.article_ids if same.get(i) in held)
    if not copies:
        return story
    skip = set(copies)
    kept = [(i, s, d) for i, s, d in dated if i not in skip]
    days = sorted({d.date() for _, _, d in kept if d is not None})
    per_day: list[int] = []
    if days:
        per_day = [0] * ((days[-1] - days[0]).days + 1)
        for _, _, d in kept:
            if d is not None:
                per_day[(d.date() - days[0]).days] += 1
    known = [(i, s, d) for i, s, d in kept if s and d is not None]
    # timed before a day alone on the earliest day, as `StoryTimeline.first` (nu38 #8)
    earliest = min(known, key=lambda row: precise_order(row[2]), default=None)
    lead = earliest or (kept[0] if kept else dated[0])
    when = [d for _, _, d in kept if d is not None]
    return replace(
        story,
        copies=copies,
        sources=tuple(dict.fromkeys(s for _, s, _ in kept if s)),
        start=min(when, default=None),
        end=max(when, default=None),
        first=lead[0],
        first_source=lead[1] if known else None,
        per_day=tuple(per_day),
        first_date=lead[2],
    )


def folded_page(
    engine: Engine,
    same: Mapping[str, str],
    text: str,
    limit: int | None,
    sort: Sort,
    count: bool,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
) -> SearchResult:
    """The first ``limit`` hits of ``engine.search(text, limit=None, ...)`` with its copies
    folded (`fold_hits`), asking the engine for a page only: the same ids, order and copies
    whatever ``limit``, as the README promises of ``-n N``.

    A copy on the page whose original lies past it folds into it all the same when the
    original matches (`Engine.matching`), and an original on the page names its matching
    copies past it; the page asked grows (twice) until ``limit`` hits remain. (Before tf33
    the copy stood for its group on a short page: ``-n 1`` listed a00.md, 02-14; ``-n 10``
    its original 00.md, 02-13, instead.)

    The total is less the copies folded: exact when every hit was fetched, else
    `folded_count`'s (a copy and its original may both lie past the page) when ``count``
    or the engine's total is exact, counted or not: the page's estimate is no exact total
    (the reader's first page of "-said" said 3,698 on Reuters, `search` 3,678)."""

    def search(n: int | None) -> SearchResult:
        return engine.search(
            text, limit=n, sort=sort, count=count, source=source, since=since, until=until
        )

    if not same:
        result = search(limit)
        return replace(result, hits=result.hits[:limit])
    more = None if limit is None else limit + min(len(same), limit)
    while True:
        result = search(more)
        if more is None or len(result.hits) < more:  # every hit
            hits = fold_hits(result.hits, same)
            break
        shown = {hit.id for hit in result.hits}
        asked = {same[i] for i in shown if i in same} | {c for c, o in same.items() if o in shown}
        asked -= shown
        found = shown | engine.matching(text, asked, source=source, since=since, until=until)
        copies: dict[str, list[str]] = {}
        for copy, original in same.items():
            if copy in found and original in found:
                copies.setdefault(original, []).append(copy)
        hits = [
            replace(hit, copies=tuple(sorted(copies[hit.id]))) if hit.id in copies else hit
            for hit in result.hits
            if same.get(hit.id) not in found
        ]
        if limit is not None and len(hits) >= limit:
            break
        more *= 2
    total = max(len(hits), result.total - (len(result.hits) - len(hits)))
    if len(result.hits) < result.total and (count or result.total_exact):
        total = folded_count(engine, same, text, source, since, until, result.total)
    return replace(result, hits=tuple(hits[:limit]), total=total)
