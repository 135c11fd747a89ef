"""The quotes part of `index.library.Library`: quote groups, speakers, an article's quotes."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:  # loaded on first use: a search needs none of it
    from index.analysis.quote_derived import QuoteBook, Speaker
    from index.analysis.quote_groups import QuoteGroup
    from index.engine import Engine
    from index.models import Article, SearchResult, Story
    from index.quote_names import KeptNames
    from index.search.quote_query import QuoteQuery


class QuoteMethods:
    """Quotes kept in the generation by `index.analysis.quote_derived.QuotesDerived`."""

    if TYPE_CHECKING:  # provided by `index.library.Library`
        engine: Engine

        def derived_folder(self, name: str) -> Path | None: ...

        def story_of(self, article_id: str) -> Story | None: ...

        def copies(self) -> dict[str, str]: ...

        def article(self, article_id: str) -> Article: ...

        def search(
            self,
            text: str,
            *,
            limit: int | None = 50,
            source: str | None = None,
            since: datetime | None = None,
            count: bool = True,
        ) -> SearchResult: ...

    def quotes(
        self,
        query: str = "",
        *,
        speaker: str | None = None,
        articles: Collection[str] | None = None,
        since: datetime | None = None,
        source: str | None = None,
    ) -> Sequence[QuoteGroup]:
        """Quote groups: one quotation, every article that carries it, who ran it first.

        Args:
            query: Only quotes it matches as `search` matches an article, each quote in
                an article a document of its words, its speaker's name and the article's
                outlet, date and id (`index.search.quote_query`; "": every quote).
            speaker: Only quotes whose speaker has all these words ("warren"); when none
                has, those of the name without the titles typed before it
                ("president biden": `speaker_untitled`).
            articles: Only quotes carried by one of these articles (a story's).
            since: Only quotes carried by an article dated at or after this instant.
            source: Only quotes carried by an article of this outlet (any spelling of its
                name: `source_key`), as `search` keeps its articles; each still with every
                article that carries it.

        Returns:
            The groups, most carried first (with no speaker to filter by, a
            `NamedGroups`: each named by its stories only when read, so that counting them
            or reading the first few costs no naming of the rest).

        Raises:
            QueryError: The query is malformed.
            QuotesMissing: The index was built before quotes were kept.
        """
        from index.analysis.quote_derived import QuoteBook

        asked = self.quote_query(query) if query.strip() else None
        matched = None
        if asked is not None and asked.searched:  # its quotes are in the articles it finds
            hits = self.engine.search(asked.searched, limit=None, count=False).hits
            matched = {hit.id for hit in hits}
        book = self._quote_book()
        named = self._named_in_stories(book)
        chosen = book.select(matched=matched, articles=articles, since=since)
        if asked is not None:
            chosen = list(asked.select(chosen))
        if source is not None:  # the reader's outlet filter (issue 16: it listed them all)
            of = _outlet_test(source)
            chosen = [g for g in chosen if any(of(o.source) for o in g.occurrences)]
        if speaker is None:  # nothing filters by the names: named when read
            return NamedGroups(chosen, named)
        named_book = QuoteBook(named(g) for g in chosen)
        named.save()
        people = book.people if speaker else None  # read by a speaker's filter alone (qp42)
        found = named_book.select(speaker=speaker, people=people)
        bare = self.speaker_untitled(speaker) if speaker and not found else None
        if bare is not None:  # "president biden": titles are no part of a speaker's name
            found = named_book.select(speaker=bare, people=people)
        return found

    def articles_quotes(
        self, query: str, *, source: str | None = None, since: datetime | None = None
    ) -> tuple[Sequence[QuoteGroup], int] | None:
        """The quotes of the articles ``query`` finds (of ``source``'s, from ``since``), with
        how many articles it finds: what the reader's `q` and `broadsheet quotes` list for a
        query none of whose quotes match in their words or speaker (nu74: "kabul airport"
        said no quote matched over 6 articles full of quotes; `wording.quotes_found_in`
        heads them). None when it finds no article, or they carry no quote. A search for
        every hit, then their quotes: run it off the UI thread.

        Raises:
            QueryError: The query is malformed.
        """
        hits = self.search(query, source=source, since=since, limit=None, count=False).hits
        if not hits:
            return None
        found = {article for hit in hits for article in (hit.id, *hit.copies)}
        groups = self.quotes(articles=found, source=source, since=since)
        return (groups, len(hits)) if len(groups) else None

    @staticmethod
    def check_quote_query(text: str) -> None:
        """`check_query`, and a field no quotation has (``title:``) refused, before any
        index is opened (`index.search.quote_query.check_quote_fields`).

        Raises:
            QueryError: The query is malformed, or names such a field.
        """
        from index.search.limits import check_query
        from index.search.quote_query import check_quote_fields

        check_quote_fields(text)  # first: the search's check lists the search's fields
        check_query(text)

    def quote_query(self, query: str) -> QuoteQuery:
        """``query`` read against quotations (`index.search.quote_query`), its prefixes and
        wildcards expanded over this index's words, as the reader's highlighter does.

        Raises:
            QueryError: The query is malformed, or names a field quotations have not.
        """
        from index.search.quote_query import QuoteQuery

        return QuoteQuery(query, self.engine.prefix_stems, self.engine.wildcard_stems)

    @staticmethod
    def speaker_untitled(speaker: str) -> str | None:
        """The name `quotes` looks for when ``speaker`` as typed finds nothing: without the
        title words that open it ("President Biden" -> "Biden"; nu47 #8), or None when it
        opens with none."""
        from index.analysis.speaker_typed import without_titles

        return without_titles(speaker)

    def speakers(self, query: str = "", *, since: datetime | None = None) -> list[Speaker]:
        """Who the quotes of `quotes` (same filters) are from, most widely quoted first: one
        person once, under the name the corpus gives them most (`QuoteBook.people`)."""
        book = self._quote_book()

        def count() -> list[Speaker]:
            groups = list(self.quotes(query, since=since))
            return book.speakers(groups, book.people_with(g.speaker for g in groups))

        if query.strip() or since is not None:
            found = count()
            self._named_in_stories(book).save()
            return found
        named = self._named_in_stories(book)
        found = named.speakers(count)  # the corpus's whole list, kept with the generation
        named.save()
        return found

    def quote_group(self, group_id: str) -> QuoteGroup:
        """One quote group by its id.

        Raises:
            KeyError: No group has this id.
            QuotesMissing: The index was built before quotes were kept.
        """
        book = self._quote_book()
        return self._named_in_stories(book)(book.group(group_id))

    def article_quotes(self, article_id: str) -> tuple[QuoteGroup, ...]:
        """The quote groups an article carries, in the order its quotes come."""
        book = self._quote_book()
        named = self._named_in_stories(book)
        original = self.copies().get(article_id, article_id)  # a copy's are its original's
        return tuple(named(g) for g in book.of_article(original))

    def _named_in_stories(self, book: QuoteBook) -> KeptNames:
        """A group with a bare surname for its speaker ("Trump") named by the one full name
        ("Donald Trump") that the quotes, else the texts, of its articles' stories give;
        one namer a book, its names kept with the generation (`index.quote_names`, qp42)."""
        from index.analysis.story_speakers import StorySpeakers
        from index.quote_names import KeptNames

        kept: tuple[QuoteBook, KeptNames] | None = getattr(self, "_kept_names", None)
        if kept is not None and kept[0] is book:
            return kept[1]
        folder = self.derived_folder("quotes")
        named = StorySpeakers(book, self.story_of, self._body_titled).named
        namer = KeptNames(named, None if folder is None else folder.parent)
        self._kept_names = (book, namer)
        return namer

    def _body(self, article_id: str) -> str:
        try:
            return self.article(article_id).body
        except KeyError:  # gone since `quotes` (read lazily, after an update): no name
            return ""

    def _body_titled(self, article_id: str) -> str:
        """The body, then the title after it: a title can be the only place that gives a
        surname's full name (CNN's "What's next for Paul Ryan?", sp39); after the body, so
        offsets into the body still hold."""
        try:
            article = self.article(article_id)
        except KeyError:
            return ""
        return f"{article.body}\n\n{article.title}" if article.title else article.body

    def _quote_book(self) -> QuoteBook:
        from index.analysis.quote_derived import QuotesMissing

        folder = self.derived_folder("quotes")
        if folder is None:
            raise QuotesMissing("this index has no quotes yet: run `broadsheet index update`")
        book = _folded_book(folder, self.derived_folder("copies"))
        if book.body is None:  # before `people` is first read: its bare surnames read them
            book.body = self._body
        return book


@lru_cache(maxsize=4)
def _folded_book(quotes: Path, copies: Path | None) -> QuoteBook:
    """A generation's quote groups with its copies' occurrences folded (`index.copies`:
    a copy carrying a quote is not another article carrying it); read once."""
    from index.analysis.quote_derived import QuoteBook, quote_book
    from index.copies import originals
    from index.copies_view import fold_quotes

    book = quote_book(quotes)
    groups = fold_quotes(book.groups, originals(copies))
    unchanged = all(a is b for a, b in zip(groups, book.groups, strict=True))
    return book if unchanged else QuoteBook(groups)


class NamedGroups(Sequence["QuoteGroup"]):
    """Quote groups, each named by ``named`` when first read (and kept)."""

    def __init__(self, groups: Sequence[QuoteGroup], named: Callable[[QuoteGroup], QuoteGroup]):
        self._groups = groups
        self._named = named
        self._done: dict[int, QuoteGroup] = {}

    def __len__(self) -> int:
        return len(self._groups)

    @overload
    def __getitem__(self, index: int) -> QuoteGroup: ...

    @overload
    def __getitem__(self, index: slice) -> list[QuoteGroup]: ...

    def __getitem__(self, index: int | slice) -> QuoteGroup | list[QuoteGroup]:
        if isinstance(index, slice):
            return [self._one(i) for i in range(*index.indices(len(self._groups)))]
        return self._one(range(len(self._groups))[index])  # IndexError as a list's

    def __iter__(self) -> Iterator[QuoteGroup]:
        return (self._one(i) for i in range(len(self._groups)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, NamedGroups | list):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"NamedGroups({list(self)!r})"

    def _one(self, index: int) -> QuoteGroup:
        found = self._done.get(index)
        if found is None:
            found = self._done[index] = self._named(self._groups[index])
        return found


def _outlet_test(outlet: str) -> Callable[[str | None], bool]:
    """Whether an occurrence's source is ``outlet`` in any spelling (`source_key`, the
    search's filter: "dw" is Deutsche Welle), each outlet's key made once."""
    from index.store.schema import source_key

    wanted = source_key(outlet)
    keys: dict[str, bool] = {}

    def of(source: str | None) -> bool:
        if source is None:
            return False
        found = keys.get(source)
        if found is None:
            found = keys[source] = source_key(source) == wanted
        return found

    return of
