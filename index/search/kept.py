"""A small cache of what a segment gives (its ids, its words' counts, a ticker's articles),
kept across searches: a segment's name names its contents for ever, so what was read once
stays true; at most ``most`` values, the oldest dropped first.

Searches run in thread workers, two at once at times: the dictionary is touched only under
a lock (an eviction iterating it while another thread added a value raised "dictionary
changed size during iteration", shown as a bug; rv78), and the value is made outside it (a
slow read holds no other search back; two threads making the same value keep one)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Kept(Generic[V]):
    """At most ``most`` values by key, the oldest dropped first, safe across threads."""

    def __init__(self, most: int) -> None:
        self.most = most
        self._values: dict[Hashable, V] = {}
        self._lock = threading.Lock()

    def read(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value kept for ``key``, else ``make()``'s, kept."""
        with self._lock:
            if key in self._values:
                return self._values[key]
        value = make()
        with self._lock:
            while len(self._values) >= self.most:
                del self._values[next(iter(self._values))]
            self._values[key] = value
        return value

    def clear(self) -> None:
        """Forget every value (tests)."""
        with self._lock:
            self._values.clear()

    def __len__(self) -> int:
        return len(self._values)
