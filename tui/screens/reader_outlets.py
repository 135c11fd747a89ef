"""`f`, the outlet filter: the outlets counted over the hits of the query listed (in a
worker), or over the whole corpus when no query is (nu40 #15: it counted the corpus while
the list held a query's hits, so the counts did not say where the hits were)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from index.library import Library, QueryError
from tui.dialogs.source_picker import SourcePicker
from tui.key_waits import expect_screen, keys_wait_for, screen_not_coming
from tui.screens.library_screen import LibraryScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.status_line import fold_note, without_copies


@dataclass
class OutletsCounted(Message):
    """The outlets of the hits of ``query`` with how many each, most first."""

    query: str
    counts: list[tuple[str, int]]
    unknown: int = 0
    """How many hits name no outlet (no row: the filter picks an outlet by name)."""
    ticket: int | None = None
    """Of the keys' wait for the picker (`tui.key_waits.expect_screen`)."""


class OutletCopiesCounted(Message):
    """`Library.outlet_copies` was counted for the generation: the status line can say it."""


def hit_counts(library: Library, query: str) -> tuple[list[tuple[str, int]], int]:
    """The outlets of every hit of ``query`` (copies folded, as the list counts them), with
    how many hits each, most first (then by name); and how many hits name no outlet (nu52
    #3: 12 outlets x 1 listed for 14 hits, the other 2 not said)."""
    hits = library.search(query, limit=None, count=False).hits
    counts = Counter(hit.source for hit in hits if hit.source)
    named = sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))
    return named, sum(1 for hit in hits if not hit.source)


def corpus_counts(library: Library) -> tuple[list[tuple[str, int]], int]:
    """The corpus's outlets with how many articles each (copies folded, `Library.sources`),
    and how many articles name no outlet: said with no query as with one (fx128: only a
    query's picker said them, so the corpus's counts seemed to cover every article)."""
    counts = library.sources()
    return counts, max(0, library.article_count() - sum(count for _, count in counts))


def hit_outlets(library: Library, query: str) -> list[tuple[str, int]]:
    """The outlets of every hit of ``query`` with how many hits each (`hit_counts`)."""
    return hit_counts(library, query)[0]


class OutletPicking(LibraryScreen):
    """The reader's `f`: which outlet the list is limited to."""

    source: str | None
    total: int | None
    total_exact: bool
    showing_stories: bool

    if TYPE_CHECKING:  # the reader screen's

        def listed_query(self) -> str: ...

        def outlet_chosen(self, source: str | None) -> None: ...

    def listed_of(self, said: str) -> str:
        """The status line's count of articles, ``said`` (`articles_said`), said of the list
        when it holds one outlet's articles and no query: "6 of 70 articles" (fx116: "70
        articles │ 5 unread" over 6 rows, the corpus's count beside the list's unread). A
        query's list says its hits ("6 hits"), and stories count themselves. The copies it
        says are the list's, folded under its rows ("+2 copies"), not the corpus's: "6 of
        70 articles (9 exact copies)" read as 9 of the 6 (fx128)."""
        found_for = self.query_one(ArticleList).key  # (query, sort, outlet, library)
        if self.showing_stories or self.total is None or len(found_for) < 3 or not found_for[2]:
            return said
        if str(found_for[0]).strip() or self.library is None:
            return said
        brief = without_copies(said)  # "70 articles, 3 skipped (why: ^p)"
        head = re.match(r"[\d,]+ articles?", brief)
        at = head.end() if head else 0
        listed = f"{self.total:,}{'' if self.total_exact else '+'}"
        return f"{listed} of {brief[:at]}{self._folded(str(found_for[2]))}{brief[at:]}"

    def _folded(self, outlet: str) -> str:
        """The note of the copies folded under the rows of ``outlet`` (`fold_note`); none
        until a worker has counted them for this generation (a whole search: 0.4-0.9 s on
        Reuters, on the UI thread after an update or a restored filter: rv57)."""
        assert self.library is not None
        try:
            copies = self.library.outlet_copies_kept()
        except Exception:  # an index gone under it: the next status says so
            return ""
        if copies is None:  # one worker a generation (not one a status line: a burst of them)
            asked = (id(self.library), self.library.engine.generation)
            if self._copies_asked != asked:
                self._copies_asked = asked
                self._count_copies(self.library)
            return ""
        key = outlet.strip().casefold()
        return fold_note(sum(n for name, n in copies.items() if name.strip().casefold() == key))

    _copies_asked: tuple[int, str | None] | None = None
    """The library and generation a worker was started to count the copies of."""

    @work(thread=True, exit_on_error=False, group="copies", name="copies")
    def _count_copies(self, library: Library) -> None:
        library.outlet_copies()  # kept for the generation: the status line says it now
        self.post_message(OutletCopiesCounted())

    def on_outlet_copies_counted(self, message: OutletCopiesCounted) -> None:
        self.library_checked()

    def action_filter_source(self) -> None:
        if self.library is None:
            return
        # counted by a worker with or without a query: the corpus's counts fold the copies,
        # a whole search the first time (0.4-0.9 s on Reuters: rv57); the keys typed
        # meanwhile ("f" then "reu") go to the picker
        ticket = expect_screen(self.app)
        keys_wait_for(
            self._count_outlets(self.library, self.listed_query().strip(), ticket), ticket
        )

    @work(thread=True, exclusive=True, exit_on_error=False, group="outlets", name="outlets")
    def _count_outlets(self, library: Library, query: str, ticket: int | None = None) -> None:
        try:
            counts, unknown = hit_counts(library, query) if query else corpus_counts(library)
        except QueryError:
            counts, unknown = corpus_counts(library)  # the query does not parse: the corpus's
            query = ""
        if not get_current_worker().is_cancelled:  # `f` again meanwhile: its count opens one
            self.post_message(OutletsCounted(query, counts, unknown, ticket))

    def on_outlets_counted(self, message: OutletsCounted) -> None:
        if message.query != self.listed_query().strip():
            screen_not_coming(self.app, message.ticket)  # the keys held for it act here
            return  # another query listed meanwhile
        self._pick(message.counts, message.unknown, message.query)

    def _pick(self, counts: list[tuple[str, int]], unknown: int, query: str) -> None:
        if self.source and self.source not in dict(counts):  # the outlet filtered: offered
            counts = [*counts, (self.source, 0)]
        picker = SourcePicker(counts, self.source, query=query, unknown=unknown)
        self.app.push_screen(picker, self.outlet_chosen)
