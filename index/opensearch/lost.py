"""Which of a word's spellings with a letter lost an OpenSearch index holds (sx46).

The Whoosh engine ORs into a title or body term the terms of the word's spellings with a
letter lost ("dudenh?ffer" of "Dudenhöffer") or an umlaut spelled out ("schaeuble") that
its index holds, and only those (`index.search.lost_letters.with_lost_letters`). Here the
same terms are asked of the index in one request before the query is translated (a
``filters`` aggregation, a count for each term), so the query holds the same terms, its
hits and counts are the Whoosh engine's, and a query none of whose spellings the index
holds is translated as before (`index.opensearch.translate._term`).
"""

from __future__ import annotations

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
