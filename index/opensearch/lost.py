"""Which of a word's spellings with a letter lost an OpenSearch index holds (sx46).

The Whoosh engine ORs into a title or body term the terms of the word's spellings with a
letter lost ("dudenh?ffer" of "Dudenhöffer") or an umlaut spelled out ("schaeuble") that
its index holds, and only those (`index.search.lost_letters.with_lost_letters`). Here the
same terms are asked of the index in one request before the query is translated (a
``filters`` aggregation, a count for each term), so the query holds the same terms, its
hits and counts are the Whoosh engine's, and a query none of whose spellings the index
holds is translated as before (`index.opensearch.translate._term`).

A build records in the index's ``_meta`` whether any of its articles holds a word with a
lost letter (`record_marks`); a query of an index that holds none asks only of its words'
German spellings, and nothing when they have none (`worth_asking`, sx47).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

MAX_ASKED = 4_000
"""The most terms one request asks about (a long query of long words); the rest in more."""


def held_terms(
    client: Any, index: str, asked: Sequence[tuple[str, str]], timeout: str | None = None
) -> frozenset[tuple[str, str]] | None:
    """The (field, term) pairs among ``asked`` that some document of ``index`` holds, with
    a request per `MAX_ASKED` pairs, each within ``timeout`` ("250ms"); None when the
    shards stopped at the timeout (the answer would be partial)."""
    held: set[tuple[str, str]] = set()
    for start in range(0, len(asked), MAX_ASKED):
        chunk = asked[start : start + MAX_ASKED]
        filters = {
            str(at): {"term": {field: {"value": text}}} for at, (field, text) in enumerate(chunk)
        }
        body: dict[str, Any] = {"size": 0, "aggs": {"held": {"filters": {"filters": filters}}}}
        if timeout is not None:
            body["timeout"] = timeout
        reply = client.search(index=index, body=body)
        if reply.get("timed_out"):
            return None
        buckets = reply["aggregations"]["held"]["buckets"]
        held.update(pair for at, pair in enumerate(chunk) if buckets[str(at)]["doc_count"])
    return frozenset(held)


MARKS_FOR = 5.0
"""Seconds a process trusts what it read of an index's ``marks`` (`marks_held`): a query
asks nothing more of an index that holds no mark, and another process's update that adds
one is seen within this (this process's own at once: `forget_marks`)."""
_READ: dict[tuple[str, str], tuple[float, bool]] = {}


def holds_marks(client: Any, index: str) -> bool:
    """Whether an article of ``index`` holds a word with a lost letter in its title or its
    body: a term with "?" ("sch?ubl", "garda??" of U+FFFD, folded so), one request."""
    from index.store.schema import TEXT_FIELDS

    marked = [{"regexp": {field: {"value": ".*\\?.*"}}} for field in TEXT_FIELDS]
    body = {"size": 0, "terminate_after": 1, "query": {"bool": {"should": marked}}}
    reply = client.search(index=index, body=body)
    total = reply["hits"]["total"]
    return int(total["value"] if isinstance(total, dict) else total) > 0


def record_marks(client: Any, index: str, alias: str, *, known: bool = True) -> None:
    """Record in the ``_meta.broadsheet`` of ``index`` (a concrete index, once its articles
    are in) whether it `holds_marks`, as ``marks``; what this process read of ``alias``'s is
    forgotten. Not ``known``: ``marks`` is None, asked as held (an update about to send
    articles, which one that dies half way leaves in: else a "Dudenh?ffer" it sent went
    unasked until another update ended, rv70)."""
    mapping = client.indices.get_mapping(index=index).get(index, {}).get("mappings", {})
    marks = holds_marks(client, index) if known else None
    meta = {**mapping.get("_meta", {}).get("broadsheet", {}), "marks": marks}
    client.indices.put_mapping(index=index, body={"_meta": {"broadsheet": meta}})
    forget_marks(alias)


def forget_marks(alias: str) -> None:
    """Forget what was read of ``alias``'s ``marks`` (on every cluster)."""
    for key in [key for key in _READ if key[1] == alias]:
        _READ.pop(key, None)


def marks_held(client: Any, url: str, alias: str) -> bool:
    """Whether the index ``alias`` may hold a word with a lost letter: False only when its
    ``_meta.broadsheet.marks`` says it holds none (an index built before sx47 has none: it
    is asked, as before), read once per `MARKS_FOR` seconds."""
    now = time.monotonic()
    read = _READ.get((url, alias))
    if read is None or now - read[0] > MARKS_FOR:
        metas = [
            each.get("mappings", {}).get("_meta", {}).get("broadsheet", {})
            for each in client.indices.get_mapping(index=alias).values()
        ]
        read = (now, not metas or any(meta.get("marks") is not False for meta in metas))
        _READ[(url, alias)] = read
    return read[1]


def worth_asking(
    client: Any, url: str, alias: str, asked: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``asked`` without the terms with a lost letter ("?") when the index ``alias`` holds
    none (`marks_held`); a word's German spellings ("schaeubl") are asked still: an index
    without a lost letter may hold them."""
    if not asked or marks_held(client, url, alias):
        return asked
    return [(field, text) for field, text in asked if "?" not in text]
