"""The bounds on a query's work (length, nesting, fuzziness, time) and the errors past them."""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator
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
    """

    def __init__(self, seconds: float = SEARCH_BUDGET_SECONDS) -> None:
        self.seconds = seconds
        self.deadline = math.inf

    def start(self) -> None:
        """Start counting the budget."""
        self.deadline = time.monotonic() + self.seconds

    def finish(self) -> None:
        """Stop counting (a query run later outside a search is not stopped)."""
        self.deadline = math.inf

    def check(self) -> None:
        """Raise `QueryTooSlow` if the time is up."""
        if time.monotonic() > self.deadline:
            raise QueryTooSlow(f"query stopped after {self.seconds:g} s; make it narrower")

    def watch(self, items: Iterable[Any]) -> Iterator[Any]:
        """Pass ``items`` through, checking the budget every few hundred."""
        for count, item in enumerate(items):
            if not count % _CHECK_EVERY:
                self.check()
            yield item


UNLIMITED = Budget(math.inf)
"""A budget that never runs out (queries parsed outside a search)."""
