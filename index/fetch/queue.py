"""What a fetch run asks for, and in which order: pages taking turns between hosts, and
the entries a feed's per-run cap leaves for the next fetch (nu43 #1: held back silently).
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol, TypeVar

from index.fetch.feeds import Entry
from index.fetch.items import item_key
from index.fetch.urls import host_of, url_key


class _Linked(Protocol):
    @property
    def link(self) -> str: ...


J = TypeVar("J", bound=_Linked)


def by_host(jobs: Iterable[J]) -> list[J]:
    """The jobs taking turns between hosts, so that pacing one host rarely stalls the run."""
    queues: dict[str, deque[J]] = defaultdict(deque)
    for job in jobs:
        queues[host_of(job.link)].append(job)
    ordered: list[J] = []
    while queues:
        for host in list(queues):
            ordered.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return ordered


def left_for_later(
    feed_url: str,
    entries: Iterable[Entry],
    known: Mapping[str, str],
    queued: set[str],
    since: datetime | None,
) -> int:
    """How many of ``entries`` (those after the cap was reached) a later fetch would save:
    not in the corpus, not queued already, not before ``since``, and savable (a link, or
    a linkless item with text of its own)."""
    left = 0
    seen: set[str] = set()
    for entry in entries:
        if since is not None and entry.published is not None and entry.published < since:
            continue
        if entry.link is not None:
            key = url_key(entry.link)
        elif entry.content and entry.problem == "item has no link":
            key = item_key(feed_url, entry)
        else:
            continue
        if key in known or key in queued or key in seen:
            continue
        seen.add(key)
        left += 1
    return left
