"""Quotes as derived data: every article's quotations and their groups, kept in the generation.

`QuotesDerived` is the `index.derived.Derived` of quotes: a rebuild extracts the quotes of
every article (`index.analysis.quotes`) and groups them across articles
(`index.analysis.quote_groups`); an update loads the previous generation's state, drops the
removed articles and adds the new ones, so only what changed is read. The folder holds:

every article's quotes and words, each quote's group, every group as it is read
(occurrences, first, word-level changes: a reader loads them without recomputing anything)
and the quotes' shingles, laid out so that an update reads and writes only what its
articles touch (`index.analysis.quote_store`). An index of the first format (``state.json``
and ``groups.json``) is read whole by its next update and written in the new one.

`QuoteBook` is the reading side: the groups of one generation, selected by the articles a
query matched, a speaker, a set of articles (a story) and a date.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol

from index.analysis import quote_store
from index.analysis.quote_extracted import (
    ArticleQuotes,
    Reused,
    carried_parts,
    filled,
    noted,
    part_digest,
    read_parts,
    write_parts,
)
from index.analysis.quote_group_json import group_from as _group_from
from index.analysis.quote_group_json import stored as _stored
from index.analysis.quote_groups import Occurrence, QuoteGroup, QuoteIndex
from index.analysis.quote_limit import quoted_part
from index.analysis.quote_people import People
from index.analysis.quote_terms import nobodys_term
from index.analysis.quotes import extract_quotes, quote_words
from index.analysis.speaker_match import name_has
from index.errors import IndexOutdated
from index.models import Article, Progress, ProgressCallback

__all__ = [
    "NAME",
    "ArticleQuotes",
    "QuoteBook",
    "QuotesDerived",
    "QuotesMissing",
    "Speaker",
    "quote_book",
]

NAME = "quotes"
"""The folder of quotes in a generation."""
FORMAT = quote_store.FORMAT
"""The version of the files; another version is read as no quotes (an update redoes them)."""
LEGACY_FORMAT = 1
"""The first format: ``state.json`` and ``groups.json``, each whole."""
STATE = "state.json"
LEGACY_GROUPS = "groups.json"
GROUPS = quote_store.GROUPS
_PROGRESS_EVERY = 500


class QuotesMissing(IndexOutdated):
    """The open index was built before quotes were kept (or by another format of them)."""


class Lights(Protocol):
    """What selection asks of a highlighter: the spans a query lights in a text."""

    def __bool__(self) -> bool: ...

    def spans(self, text: str) -> tuple[Any, ...]: ...


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone quoted in the corpus, and how widely.

    Attributes:
        name: The name as the articles give it in full ("Elizabeth Warren").
        quotes: How many quote groups (distinct quotations) are theirs.
        occurrences: How many times they are quoted, over every article.
        articles: How many articles quote them.
        outlets: The outlets that quote them, most quoting first.
    """

    name: str
    quotes: int
    occurrences: int
    articles: int
    outlets: tuple[str, ...]


class QuotesDerived:
    """The quotes of every article and their groups, computed with every build.

    Extracting (`index.derived.Extracting`): the quotes of each article are found where it
    is indexed (in the worker processes), only the grouping here.
    """

    name = NAME

    def __init__(self, previous: Path | None = None) -> None:
        self.previous = previous
        """The live generation's quotes folder, whose values a rebuild reuses
        (`quote_extracted`; `index.store.reuse`), or None: every article is extracted."""
        self._known: dict[str, str] | None = None

    def reusing(self, previous: Path) -> QuotesDerived:
        """This kind, taking from ``previous`` what it holds (`previous`)."""
        return QuotesDerived(previous)

    def extract(self, article: Article) -> ArticleQuotes | Reused:
        """An article's quotes and their words, with what grouping keeps of the article;
        a `Reused` when the ``previous`` quotes hold what extraction would find."""
        part = quoted_part(article.body)
        digest = part_digest(part)
        if self.previous is not None:
            if self._known is None:
                self._known = read_parts(self.previous)
            if digest in self._known:
                return Reused(article.id, article.source, article.date, digest)
        quotes = extract_quotes(part)
        words = tuple(q.words for q in quotes)
        return ArticleQuotes(article.id, article.source, article.date, quotes, words, digest)

    def warm(self) -> None:
        """Import what `extract` imports on its first call (the attribution rules, ~0.03
        CPU s): an update's child does it beside the scan (`index.store.derive_early`)."""
        import_module("index.analysis.attribution")
        import_module("index.analysis.quotetitles")

    def build(
        self,
        articles: Iterable[ArticleQuotes],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Group the quotes of every article (see `index.derived.Extracting`)."""
        index = QuoteIndex()
        parts: dict[str, str | None] = {}
        found = filled(articles, self.previous) if self.previous else articles
        _add(index, noted(found, parts), on_progress)
        quote_store.write_all(index, folder, _stored)
        write_parts(folder, parts)

    def update(
        self,
        previous: Path,
        added: Iterable[ArticleQuotes],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Drop the removed articles' quotes, add the new ones' (see `index.derived.Derived`).

        Raises:
            QuotesMissing: The previous state has another format (a rebuild redoes it).
        """
        parts = carried_parts(previous, removed)
        index = _opened(previous)
        for article_id in removed:
            index.remove_article(article_id)
        _add(index, noted(added, parts), on_progress)
        if isinstance(index, quote_store.StoredQuotes):
            # the groups no change touched are copied as the previous generation stored them
            changed, _ = index.changes()
            index.write(folder, changed, _stored)
        else:  # an older format, read whole: written anew
            quote_store.write_all(index, folder, _stored)
        write_parts(folder, parts)


def _opened(previous: Path) -> QuoteIndex:
    """The previous quotes an update changes: a `quote_store.StoredQuotes`, or an older
    format read whole (the first, ``state.json``; format 2, single-link groups)."""
    if not (previous / quote_store.TOC).is_file():
        return _read_legacy(previous)
    try:
        return quote_store.StoredQuotes(previous)
    except quote_store.StoreFormatError as error:
        try:
            return quote_store.read_state(previous)
        except quote_store.StoreFormatError:
            raise QuotesMissing(_OTHER_FORMAT) from error


def _add(
    index: QuoteIndex, articles: Iterable[ArticleQuotes], on_progress: ProgressCallback | None
) -> None:
    for count, found in enumerate(articles, 1):
        index.add_article(found.id, found.source, found.date, found.quotes, found.words)
        if on_progress and count % _PROGRESS_EVERY == 0:
            on_progress(Progress(count, 0, NAME))


_OTHER_FORMAT = "the index keeps quotes in another format: run `broadsheet index rebuild`"


def _read_legacy(folder: Path) -> QuoteIndex:
    """A quotes folder of the first format (``state.json``), read whole."""
    data = json.loads((folder / STATE).read_text(encoding="utf-8"))
    if data.get("format") != LEGACY_FORMAT:
        raise QuotesMissing(_OTHER_FORMAT)
    return QuoteIndex.from_json(data["index"])


def _read_state(folder: Path) -> QuoteIndex:
    """Every quote of a quotes folder in memory, grouped as it stores them."""
    try:
        return quote_store.read_state(folder)
    except quote_store.StoreFormatError as error:
        raise QuotesMissing(_OTHER_FORMAT) from error


def _read_groups(folder: Path) -> list[dict[str, Any]]:
    """The groups a quotes folder holds, in reading order (of either format: an index of
    the first is read as it is until an update writes it anew)."""
    legacy = folder / LEGACY_GROUPS
    if not (folder / quote_store.TOC).is_file() and legacy.is_file():
        data = json.loads(legacy.read_text(encoding="utf-8"))
        if data.get("format") != LEGACY_FORMAT:
            raise QuotesMissing(_OTHER_FORMAT)
        groups: list[dict[str, Any]] = data["groups"]
        return groups
    try:
        return quote_store.read_groups(folder)
    except quote_store.StoreFormatError as error:
        raise QuotesMissing(_OTHER_FORMAT) from error


class QuoteBook:
    """The quote groups of one generation, ready to select from.

    Args:
        groups: Every group, most carried first (as ``groups.json`` holds them).
    """

    def __init__(self, groups: Iterable[QuoteGroup]) -> None:
        self.groups = tuple(groups)
        self.body: Callable[[str], str] | None = None
        """An article's body by its id, for `people` to read (set by the library)."""
        self._by_id = {g.id: g for g in self.groups}

    @cached_property
    def _by_article(self) -> dict[str, tuple[QuoteGroup, ...]]:
        """Each article's groups in the order its quotes come (made when first asked: a
        book folded or named anew, and `quotes` listing, never ask it; qp42)."""
        positions: dict[str, list[tuple[int, QuoteGroup]]] = defaultdict(list)
        for group in self.groups:
            for o in group.occurrences:
                positions[o.article].append((o.start, group))
        return {
            a: tuple(dict.fromkeys(g for _, g in sorted(found, key=lambda p: p[0])))
            for a, found in positions.items()
        }

    @classmethod
    def read(cls, folder: Path) -> QuoteBook:
        """The groups a quotes folder holds.

        Raises:
            QuotesMissing: They are in another format.
        """
        return cls(_group_from(g) for g in _read_groups(folder))

    def group(self, group_id: str) -> QuoteGroup:
        """One group by its id.

        Raises:
            KeyError: No group has this id.
        """
        return self._by_id[group_id]

    def of_article(self, article_id: str) -> tuple[QuoteGroup, ...]:
        """The groups an article carries, in the order its quotes come."""
        return self._by_article.get(article_id, ())

    def select(
        self,
        *,
        matched: Collection[str] | None = None,
        lights: Lights | None = None,
        speaker: str | None = None,
        articles: Collection[str] | None = None,
        since: datetime | None = None,
        people: People | None = None,
    ) -> list[QuoteGroup]:
        """The groups that pass every filter given, in the most outlets first, then articles.

        Args:
            matched: Only groups carried by one of these articles (those a query matched).
            lights: Only groups whose words or speaker it lights (a query's highlighter;
                one that lights nothing filters nothing).
            speaker: Only groups whose speaker (or one occurrence's) has all these words, or
                is a person one of whose names has them (`People.saying`).
            articles: Only groups carried by one of these articles (a story's).
            since: Only groups carried by an article dated at or after this instant.
            people: Whom the speakers' names stand for (by default `QuoteBook.people`).
        """
        wanted = _name_words(speaker) if speaker else None
        people = people or self.people if wanted else people
        persons: set[str] = people.saying(wanted) if wanted and people else set()
        chosen = []
        for group in self.groups:
            carriers = group.articles
            if matched is not None and not any(a in matched for a in carriers):
                continue
            if articles is not None and not any(a in articles for a in carriers):
                continue
            if since is not None and not any(_on_or_after(o, since) for o in group.occurrences):
                continue
            if wanted is not None and not _spoken_by(group, wanted, people, persons):
                continue
            if lights and not (
                lights.spans(group.text) or (group.speaker and lights.spans(group.speaker))
            ):
                continue
            chosen.append(group)
        # one outlet's 3 reprints came before 2 outlets (nu40 #4); ties keep the stored order;
        # a quoted term of no one's ("lower indicative price") after the rest (sp48)
        chosen.sort(
            key=lambda g: (nobodys_term(g.speaker, g.text), -len(g.outlets), -len(g.articles))
        )
        return chosen

    @cached_property
    def people(self) -> People:
        """The persons the speakers of every group and occurrence stand for."""
        return People(self._names, self._bodies if self.body else None)

    def _bodies(self, name: str) -> Iterator[str]:
        """The bodies of (at most 5 of) the articles that give ``name`` for a speaker."""
        for article in self._speakers_articles.get(name, ())[:5]:
            yield self.body(article) if self.body else ""

    @cached_property
    def _speakers_articles(self) -> dict[str, list[str]]:
        found: dict[str, dict[str, None]] = defaultdict(dict)
        for g in self.groups:
            for o in g.occurrences:
                name = o.speaker or g.speaker
                if name:
                    found[name][o.article] = None
        return {name: list(articles) for name, articles in found.items()}

    @cached_property
    def _names(self) -> tuple[str, ...]:
        return tuple(
            name
            for g in self.groups
            for name in (g.speaker, *(o.speaker for o in g.occurrences))
            if name
        )

    def people_with(self, names: Iterable[str | None]) -> People:
        """`people`, with these names (those stories give groups: "Anne Shortall" for a
        "Shortall" the articles give alone) counted too."""
        known = self.people.names
        more = [n for n in names if n and n not in known]
        if not more:
            return self.people
        return People([*self._names, *more], self._bodies if self.body else None)

    @staticmethod
    def speakers(groups: Iterable[QuoteGroup], people: People | None = None) -> list[Speaker]:
        """Who the groups quote, most quoted first (by outlets, then occurrences).

        Args:
            groups: The groups to count.
            people: Whom their speakers' names stand for (`QuoteBook.people` of the corpus);
                by default as the names of these groups alone tell.
        """
        quotes: Counter[str] = Counter()
        counts: Counter[str] = Counter()
        articles: dict[str, set[str]] = defaultdict(set)
        outlets: dict[str, Counter[str]] = defaultdict(Counter)
        groups = [g for g in groups if g.speaker]
        if people is None:
            people = People(g.speaker for g in groups)
        for group in groups:
            name = people.shown(group.speaker or "")
            quotes[name] += 1
            counts[name] += len(group.occurrences)
            articles[name].update(group.articles)
            outlets[name].update(o.source for o in group.occurrences if o.source)
        found = [
            Speaker(
                name,
                quotes[name],
                counts[name],
                len(articles[name]),
                tuple(s for s, _ in outlets[name].most_common()),
            )
            for name in quotes
        ]
        found.sort(key=lambda s: (-len(s.outlets), -s.occurrences, -s.quotes, s.name))
        return found


@lru_cache(maxsize=4)
def quote_book(folder: Path) -> QuoteBook:
    """The groups of a generation's quotes folder, read once (a published folder never changes)."""
    return QuoteBook.read(folder)


def _name_words(name: str) -> tuple[str, ...]:
    return quote_words(name)


def _spoken_by(
    group: QuoteGroup, wanted: tuple[str, ...], people: People | None, persons: set[str]
) -> bool:
    """Whether a name of the group (its speaker's or an occurrence's) has all the ``wanted``
    words, or stands for one of ``persons`` (keys of ``people``)."""
    names = {group.speaker, *(o.speaker for o in group.occurrences)}
    if any(name and set(wanted) <= set(quote_words(name)) for name in names):
        return True
    if any(name and name_has(wanted, name) for name in names):  # "Sch?uble" too (fx161)
        return True
    return people is not None and any(name and people.key(name) in persons for name in names)


def _on_or_after(occurrence: Occurrence, since: datetime) -> bool:
    if not occurrence.date:
        return False
    when = datetime.fromisoformat(occurrence.date)
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    if since.tzinfo is not None:
        since = since.astimezone(UTC).replace(tzinfo=None)
    return when >= since
