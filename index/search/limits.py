"""The bounds on a query's work (length, nesting, fuzziness, time) and the errors past them."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

MAX_QUERY_CHARS = 1000
"""Longest query accepted; Whoosh's parser slows down steeply on very long ones."""
MAX_DEPTH = 20
"""Deepest nesting of brackets accepted."""
MAX_FUZZY_EDITS = 2
"""Largest fuzzy distance (``word~2``); more matches most of the vocabulary, slowly."""
SEARCH_BUDGET_SECONDS = 5.0
"""Longest a search may run before it is stopped with `QueryTooSlow`."""
_CHECK_EVERY = 256
clock: Callable[[], float] = time.monotonic
"""What the time is for a budget made now (a test's fake clock replaces it)."""


class QueryError(ValueError):
    """A query that cannot be run; ``str(error)`` says what and where (1-based column)."""

    def __init__(self, message: str, column: int | None = None) -> None:
        where = f" at column {column}" if column is not None else ""
        super().__init__(f"{message}{where}")
        self.column = column


class QueryTooSlow(QueryError):
    """A query that ran past its time budget and was stopped."""


def check_query(text: str) -> None:
    """Refuse a malformed query before any index is opened or built (nu29 #9: a typo cost
    a whole first build, then exit 6); the same checks as a search's. An empty query
    (everything, newest first) passes.

    Raises:
        QueryError: The query is malformed or over a limit.
    """
    if text.strip():
        from index.search.query import parse_unbound  # Whoosh's parser loads only now

        parse_unbound(text)


class Budget:
    """The time one search may take. An index runs one search at a time, under its lock.

    `start` opens the budget, `finish` closes it; between the two, `check` raises
    `QueryTooSlow` once the time is up. Outside a search, nothing is ever too slow.

    One search of the CLI or the library is several runs of the index (the page, the
    count of every match, the copies folded, the undated matches a date filter left out):
    within `shared`, they all spend the one budget opened first, so a wide wildcard stops
    at 5 s as the README says, not after 5 s for each (rv45: ``*ed`` ran 8.3 s).
    """

    def __init__(self, seconds: float = SEARCH_BUDGET_SECONDS) -> None:
        self.seconds = seconds
        self.deadline = math.inf
        self.clock = clock
        """What the time is (a test's fake clock replaces it)."""
        self._shared = threading.local()
        """The deadline of the `shared` block the current thread is in, if any: one
        thread's steps spend one budget; another thread's search keeps its own."""

    @contextmanager
    def shared(self) -> Iterator[None]:
        """Every search started within spends one budget, opened here (a `shared` block
        within another spends the outer one's)."""
        if getattr(self._shared, "deadline", None) is not None:
            yield
            return
        self._shared.deadline = self.clock() + self.seconds
        try:
            yield
        finally:
            self._shared.deadline = None

    def ends(self) -> float:
        """When a search started now must stop: the shared block's deadline, if in one."""
        held: float | None = getattr(self._shared, "deadline", None)
        return held if held is not None else self.clock() + self.seconds

    def start(self) -> None:
        """Start counting the budget (within `shared`: go on counting the shared one)."""
        self.deadline = self.ends()

    def finish(self) -> None:
        """Stop counting (a query run later outside a search is not stopped)."""
        self.deadline = math.inf

    def check(self) -> None:
        """Raise `QueryTooSlow` if the time is up."""
        if self.clock() > self.deadline:
            raise QueryTooSlow(f"query stopped after {self.seconds:g} s; make it narrower")

    def watch(self, items: Iterable[Any]) -> Iterator[Any]:
        """Pass ``items`` through, checking the budget every few hundred."""
        for count, item in enumerate(items):
            if not count % _CHECK_EVERY:
                self.check()
            yield item


UNLIMITED = Budget(math.inf)
"""A budget that never runs out (queries parsed outside a search)."""
