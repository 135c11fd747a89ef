"""The queries searched, oldest first, and a walk through them from the search bar (`up`,
`down`), as a shell's history: kept with the reader's state between starts."""

from __future__ import annotations

HISTORY_KEPT = 100
"""The most queries remembered (the oldest go first)."""
QUERY_KEPT_CHARS = 1_000
"""The longest query remembered, the longest the search accepts (`MAX_QUERY_CHARS` of
index.search.limits, which tui may not import; a test holds them equal): a longer one (a
paste) is refused ("query too long") and never kept (rv41: a 100 KB paste could be kept, and the
reader's state file grew with every such search)."""
HISTORY_CHARS = 20_000
"""The most characters the history holds in all (the oldest queries go first): with
`QUERY_KEPT_CHARS`, what bounds the history's part of the reader's state file."""


def kept_ever(query: str) -> bool:
    """Whether the history would keep ``query``: not blank, one line, not too long."""
    return (
        bool(query.strip())
        and len(query) <= QUERY_KEPT_CHARS
        and "\n" not in query
        and "\r" not in query
    )


class QueryHistory:
    """The queries searched, each once, the latest last; and where a walk through them is.

    A walk starts from the query being typed (the draft), goes back one query at a time
    (passing over the one in the bar), and comes forward to the draft again.
    """

    def __init__(self, queries: tuple[str, ...] | list[str] = ()) -> None:
        self.queries: list[str] = []
        """Oldest first, no two the same, none blank."""
        self._at: int | None = None  # the query walked to (None: not walking)
        self._draft = ""
        for query in queries:
            self.remember(query)

    def remember(self, query: str) -> bool:
        """``query`` searched: it becomes the latest (moved there if known). Ends a walk.
        Whether the history changed."""
        self._at = None
        if not kept_ever(query):
            return False
        if self.queries and self.queries[-1] == query:
            return False
        if query in self.queries:
            self.queries.remove(query)
        self.queries.append(query)
        self._bound()
        return True

    def _bound(self) -> None:
        """The oldest queries go while there are more than `HISTORY_KEPT`, or more than
        `HISTORY_CHARS` characters in all."""
        del self.queries[:-HISTORY_KEPT]
        total = sum(map(len, self.queries))
        while total > HISTORY_CHARS:
            total -= len(self.queries.pop(0))

    def restore(self, older: tuple[str, ...] | list[str]) -> None:
        """Queries kept from before this session (oldest first) go before its own, as
        `remember` would have put them: a file may hold blanks, lines broken in two, the
        same query twice, more than `HISTORY_KEPT`, queries too long to keep, or more than
        `HISTORY_CHARS` in all (rv41: they went in as they were)."""
        self._at = None
        kept: list[str] = []
        seen = set(self.queries)
        for query in reversed(older):  # the latest of a query twice is the one kept
            if len(kept) + len(self.queries) >= HISTORY_KEPT:
                break
            if kept_ever(query) and query not in seen:
                seen.add(query)
                kept.append(query)
        self.queries[:0] = reversed(kept)
        self._bound()

    def stop(self) -> None:
        """The query was edited: the next walk starts from it."""
        self._at = None

    def older(self, shown: str) -> str | None:
        """The query before the one walked to (from ``shown``, the bar's query, when not
        walking): None when there is none older."""
        if self._at is None:
            self._draft = shown
        at = len(self.queries) if self._at is None else self._at
        at -= 1
        while at >= 0 and self.queries[at] == self._draft:  # the bar's, passed over (ci102
            at -= 1  # drew ["c", "a"] from "c": the walk from "a" came back to "c")
        if at < 0:
            return None
        self._at = at
        return self.queries[at]

    def newer(self) -> str | None:
        """The query after the one walked to, or the draft after the latest; None when
        not walking."""
        if self._at is None:
            return None
        self._at += 1
        if self._at >= len(self.queries):
            self._at = None
            return self._draft
        return self.queries[self._at]
