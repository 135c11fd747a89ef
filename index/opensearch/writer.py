"""Writing to OpenSearch: a rebuild swaps an alias in one request, an update sends changes.

The index a reader searches is an alias (the corpus's name) over one concrete index,
``NAME.<timestamp>``. A rebuild fills a new concrete index and then, in one
``_aliases`` request, points the alias at it and removes the old one: a rebuild that
dies before that request leaves the old index serving, and what it left behind is
removed by the next rebuild. An update sends only the articles whose content changed
(and deletes the ones that are gone), through the bulk API, retrying requests and items
that the cluster refused with 429 (too many requests) with a growing back-off.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any

from index.errors import DUPLICATE_HINT
from index.models import Article, BuildReport, Progress, Skipped
from index.opensearch.documents import doc_key, document, index_body, same_articles
from index.opensearch.lock import BuildLock, lock_index
from index.opensearch.lost import record_marks

ProgressCallback = Callable[[Progress], None]

BATCH_BYTES = 5 * 1024 * 1024
"""About this much JSON in one bulk request (OpenSearch advises 5-15 MB), however many
articles that is."""
BATCH_DOCS = 10_000
"""At most this many articles in one bulk request (very short articles)."""
SENDERS = 2
"""Threads sending bulk requests at once, while this thread analyses the next batch."""
LOADING = {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}
"""Index settings while a rebuild loads (a new index: nobody searches it, a dead build is
deleted); `index_body` creates it so, and the rebuild restores `SERVING` before the swap."""
SERVING = {"refresh_interval": None, "translog.durability": "request"}
RETRIES = 8
"""How often a bulk request (or an item in it) refused with 429 is sent again."""
FIRST_BACKOFF = 1
MAX_BACKOFF = 30
PROGRESS_EVERY = 100
"""Articles between two progress reports (made in the caller's thread, as analysed)."""


def concrete_indices(client: Any, name: str) -> tuple[list[str], list[str]]:
    """The generations of ``name``: those behind the alias, and leftovers of dead builds."""
    found = client.indices.get_alias(index=f"{name}.*", ignore_unavailable=True)
    found.pop(lock_index(name), None)
    serving = sorted(index for index, info in found.items() if name in info.get("aliases", {}))
    leftover = sorted(index for index in found if index not in serving)
    return serving, leftover


def rebuild(
    client: Any,
    name: str,
    articles: Iterable[Article],
    *,
    total: int = 0,
    shards: int = 1,
    replicas: int = 0,
    on_progress: ProgressCallback | None = None,
) -> BuildReport:
    """Index ``articles`` into a new index and make it the one the alias ``name`` serves.

    Args:
        client: An OpenSearch client (`index.opensearch.client.connect`).
        name: The alias readers search (a valid index name without dots).
        articles: Every article of the corpus; a repeated id keeps its first article.
        total: How many articles to expect, for progress (0 if unknown).
        shards: Primary shards of the new index.
        replicas: Replicas, added once the load is done.
        on_progress: Called with `Progress` now and then, from this thread.

    Raises:
        EngineLocked: Another rebuild or update of ``name`` is running.
    """
    started = time.perf_counter()
    with BuildLock(client, name) as lock:
        if client.indices.exists(index=name) and not client.indices.exists_alias(name=name):
            raise _foreign(name)
        serving, leftover = concrete_indices(client, name)
        for index in leftover:  # from rebuilds that died; we hold the lock, none is running
            client.indices.delete(index=index, ignore_unavailable=True)
        target = f"{name}.{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"
        body = index_body(shards)
        body["settings"]["index"].update(LOADING)
        client.indices.create(index=target, body=body)
        try:
            actions = _Actions(target, articles, {}, on_progress, total)
            sent, failed = _send(client, actions, total, on_progress, lock.heartbeat)
            client.indices.put_settings(
                index=target, body={"index": {**SERVING, "number_of_replicas": replicas}}
            )
            client.indices.refresh(index=target)
            record_marks(client, target, name)  # whether a query need ask (sx47)
            swap = [{"add": {"index": target, "alias": name}}]
            swap += [{"remove_index": {"index": index}} for index in serving]
            client.indices.update_aliases(body={"actions": swap})
        except BaseException:
            with suppress(Exception):  # if this fails too, the next rebuild removes it
                client.indices.delete(index=target, ignore_unavailable=True)
            raise
    return BuildReport(
        indexed=sent.indexed,
        deleted=0,
        unchanged=0,
        total=sent.indexed,
        skipped=tuple(actions.skipped + failed),
        seconds=time.perf_counter() - started,
        full=True,
    )


def update(
    client: Any,
    name: str,
    articles: Iterable[Article],
    *,
    total: int = 0,
    on_progress: ProgressCallback | None = None,
    sent_ids: set[str] | None = None,
) -> BuildReport:
    """Bring the index ``name`` in line with ``articles``, sending only what changed.

    Each document carries a digest of its content; an article whose digest is already
    in the index is not sent (the ids of those sent are added to ``sent_ids``), an article no
    longer given is deleted. Unlike a rebuild,
    an update is applied article by article: one that dies half way leaves some changes
    in and the rest for the next update. With no index yet, or one whose articles another
    format or older rules made (`documents.same_articles`), this is a rebuild.

    Raises:
        EngineLocked: Another rebuild or update of ``name`` is running.
    """
    started = time.perf_counter()
    if not client.indices.exists_alias(name=name):
        if client.indices.exists(index=name):
            raise _foreign(name)
        return rebuild(client, name, articles, total=total, on_progress=on_progress)
    serving, _ = concrete_indices(client, name)
    if not serving or not same_articles(_meta(client, serving[0])):
        # another format of documents, or older rules read them: every one is sent anew
        return rebuild(client, name, articles, total=total, on_progress=on_progress)
    with BuildLock(client, name) as lock:
        serving, _ = concrete_indices(client, name)
        target = serving[0]
        known = _digests(client, target)
        actions = _Actions(target, articles, known, on_progress, total)
        actions.sent = sent_ids if sent_ids is not None else set()
        record_marks(client, target, name, known=False)  # sent articles stay in (rv70)
        sent, failed = _send(client, actions, total, on_progress, lock.heartbeat)
        client.indices.refresh(index=target)
        record_marks(client, target, name)
        count = int(client.count(index=target)["count"])
    return BuildReport(
        indexed=sent.indexed,
        deleted=sent.deleted,
        unchanged=actions.unchanged,
        total=count,
        skipped=tuple(actions.skipped + failed),
        seconds=time.perf_counter() - started,
        full=False,
    )


def _meta(client: Any, index: str) -> dict[str, Any]:
    """What broadsheet recorded of an index (`documents.index_meta`; {} if not its own)."""
    mapping = client.indices.get_mapping(index=index).get(index, {}).get("mappings", {})
    meta = mapping.get("_meta", {}).get("broadsheet", {})
    return dict(meta) if isinstance(meta, dict) else {}


def _foreign(name: str) -> Exception:
    from index.opensearch.client import EngineError

    return EngineError(
        f"an index named {name!r} exists that broadsheet did not make; pick another name"
    )


def _digests(client: Any, index: str) -> dict[str, str]:
    """``_id`` -> content digest of every document of ``index`` (a scroll, in index order)."""
    from opensearchpy.helpers import scan

    body = {"query": {"match_all": {}}, "_source": False, "docvalue_fields": ["digest"]}
    found: dict[str, str] = {}
    for hit in scan(client, index=index, query=body, size=5000, scroll="2m"):
        values = hit.get("fields", {}).get("digest") or [""]
        found[hit["_id"]] = values[0]
    return found


class _Actions:
    """Bulk actions, each with the article id it concerns: new and changed articles, then
    deletions of the ``known`` documents that no article matched.

    Attributes:
        read: Articles looked at so far (for progress).
        unchanged: Articles whose digest the index already holds (not sent).
        sent: The ids of the articles sent (new or changed).
        skipped: Articles left out (a repeated id).
    """

    def __init__(
        self,
        index: str,
        articles: Iterable[Article],
        known: dict[str, str],
        on_progress: ProgressCallback | None = None,
        total: int = 0,
    ) -> None:
        self.index = index
        self.articles = articles
        self.known = known
        self.on_progress = on_progress
        self.total = total
        self.read = 0
        self.unchanged = 0
        self.sent: set[str] = set()
        self.skipped: list[Skipped] = []

    def __iter__(self) -> Iterator[tuple[dict[str, Any], str]]:
        seen: set[str] = set()
        known = self.known
        for article in self.articles:
            self.read += 1
            if self.on_progress and self.read % PROGRESS_EVERY == 0:
                self.on_progress(Progress(self.read, max(self.total, self.read)))
            key = doc_key(article.id)
            if key in seen:
                why = f"duplicate id {article.id!r}: {DUPLICATE_HINT}"
                self.skipped.append(Skipped(article.path, why))
                continue
            seen.add(key)
            doc = document(article)
            if known.pop(key, None) == doc["digest"]:
                self.unchanged += 1
                continue
            self.sent.add(article.id)
            yield (
                {"_op_type": "index", "_index": self.index, "_id": key, "_source": doc},
                article.id,
            )
        for key in list(known):
            yield {"_op_type": "delete", "_index": self.index, "_id": key}, key
        known.clear()


class _Sent:
    """Counts of what the cluster accepted."""

    def __init__(self) -> None:
        self.indexed = 0
        self.deleted = 0


def _send(
    client: Any,
    actions: _Actions,
    total: int,
    on_progress: ProgressCallback | None,
    heartbeat: Callable[[], None],
) -> tuple[_Sent, list[Skipped]]:
    """Send ``actions`` in bulk requests and count what was accepted.

    The actions are made (analysed) in this thread, in batches of about `BATCH_BYTES`,
    while `SENDERS` threads send the previous batches, so Python's analysis and the
    cluster's indexing overlap and the cluster always has a request to work on.
    """
    sent = _Sent()
    failed: list[Skipped] = []
    batches: queue.Queue[list[tuple[dict[str, Any], str]] | None] = queue.Queue(SENDERS)
    errors: list[BaseException] = []
    counted = threading.Lock()

    def sender() -> None:
        try:
            while (batch := batches.get()) is not None:
                accepted, refused = _bulk(client, batch)
                with counted:
                    sent.indexed += accepted.indexed
                    sent.deleted += accepted.deleted
                    failed.extend(refused)
                    heartbeat()
        except BaseException as error:
            errors.append(error)
            while batches.get() is not None:  # let the producer finish
                pass

    threads = [
        threading.Thread(target=sender, name=f"opensearch-bulk-{n}", daemon=True)
        for n in range(SENDERS)
    ]
    for thread in threads:
        thread.start()
    try:
        batch: list[tuple[dict[str, Any], str]] = []
        size = 0
        for action, article_id in actions:
            batch.append((action, article_id))
            size += _json_size(action)
            if len(batch) >= BATCH_DOCS or size >= BATCH_BYTES:
                batches.put(batch)
                batch, size = [], 0
            if errors:
                break
        if batch and not errors:
            batches.put(batch)
    finally:
        for _ in threads:
            batches.put(None)
        for thread in threads:
            thread.join()
    if errors:
        raise errors[0]
    if on_progress:
        on_progress(Progress(actions.read, max(total, actions.read), "saving"))
    return sent, failed


def _bulk(client: Any, batch: list[tuple[dict[str, Any], str]]) -> tuple[_Sent, list[Skipped]]:
    """Send one batch (429s retried with back-off); what was accepted, what was refused."""
    from opensearchpy.helpers import streaming_bulk

    sent = _Sent()
    failed: list[Skipped] = []
    ids = {action["_id"]: article_id for action, article_id in batch}
    results = streaming_bulk(
        client,
        [action for action, _ in batch],
        chunk_size=len(batch),
        max_chunk_bytes=2 * BATCH_BYTES,  # the batch is one request: the estimate is close
        raise_on_error=False,
        max_retries=RETRIES,
        initial_backoff=FIRST_BACKOFF,
        max_backoff=MAX_BACKOFF,
    )
    for ok, item in results:
        op, info = next(iter(item.items()))
        if ok or (op == "delete" and info.get("status") == 404):
            if op == "delete":
                sent.deleted += 1
            else:
                sent.indexed += 1
        else:
            reason = " ".join(str(info.get("error", info)).split())[:200]
            failed.append(Skipped(ids.get(info.get("_id"), "?"), reason))
    return sent, failed


def _json_size(action: dict[str, Any]) -> int:
    """About how many bytes ``action`` takes in a bulk request (its strings, plus 200 for
    keys and the action line), without serialising it twice."""
    return 200 + sum(_chars(value) for value in action.get("_source", {}).values())


def _chars(value: object) -> int:
    if isinstance(value, str):
        return len(value) + 8
    if isinstance(value, dict):
        return sum(len(key) + _chars(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return sum(_chars(item) for item in value)
    return 8
