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

from index.models import Article, BuildReport, Progress, Skipped
from index.opensearch.documents import FORMAT_VERSION, doc_key, document, index_body
from index.opensearch.lock import BuildLock, lock_index

ProgressCallback = Callable[[Progress], None]

BATCH_DOCS = 500
"""Articles in one bulk request (Reuters-sized articles: about 1.5 MB)."""
BATCH_BYTES = 8 * 1024 * 1024
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
        client.indices.create(index=target, body=index_body(shards))
        try:
            actions = _Actions(target, articles, {}, on_progress, total)
            sent, failed = _send(client, actions, total, on_progress, lock.heartbeat)
            client.indices.put_settings(
                index=target,
                body={"index": {"refresh_interval": None, "number_of_replicas": replicas}},
            )
            client.indices.refresh(index=target)
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
) -> BuildReport:
    """Bring the index ``name`` in line with ``articles``, sending only what changed.

    Each document carries a digest of its content; an article whose digest is already
    in the index is not sent, an article no longer given is deleted. Unlike a rebuild,
    an update is applied article by article: one that dies half way leaves some changes
    in and the rest for the next update. With no index yet this is a rebuild.

    Raises:
        EngineLocked: Another rebuild or update of ``name`` is running.
    """
    started = time.perf_counter()
    if not client.indices.exists_alias(name=name):
        if client.indices.exists(index=name):
            raise _foreign(name)
        return rebuild(client, name, articles, total=total, on_progress=on_progress)
    serving, _ = concrete_indices(client, name)
    if not serving or _format(client, serving[0]) != FORMAT_VERSION:
        # another format of documents: they cannot be compared, every one is sent anew
        return rebuild(client, name, articles, total=total, on_progress=on_progress)
    with BuildLock(client, name) as lock:
        serving, _ = concrete_indices(client, name)
        target = serving[0]
        known = _digests(client, target)
        actions = _Actions(target, articles, known, on_progress, total)
        sent, failed = _send(client, actions, total, on_progress, lock.heartbeat)
        client.indices.refresh(index=target)
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


def _format(client: Any, index: str) -> object:
    """The document format an index was built with (None if not by broadsheet)."""
    mapping = client.indices.get_mapping(index=index).get(index, {}).get("mappings", {})
    return mapping.get("_meta", {}).get("broadsheet", {}).get("format")


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
                self.skipped.append(Skipped(article.path, f"duplicate id {article.id!r}"))
                continue
            seen.add(key)
            doc = document(article)
            if known.pop(key, None) == doc["digest"]:
                self.unchanged += 1
                continue
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

    The actions are made (analysed) in this thread while a second thread sends the
    previous batch, so Python's analysis and the cluster's indexing overlap.
    """
    from opensearchpy.helpers import streaming_bulk

    sent = _Sent()
    failed: list[Skipped] = []
    batches: queue.Queue[list[tuple[dict[str, Any], str]] | None] = queue.Queue(maxsize=2)
    errors: list[BaseException] = []

    def sender() -> None:
        try:
            while (batch := batches.get()) is not None:
                ids = {action["_id"]: article_id for action, article_id in batch}
                results = streaming_bulk(
                    client,
                    [action for action, _ in batch],
                    chunk_size=len(batch),
                    max_chunk_bytes=BATCH_BYTES,
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
                heartbeat()
        except BaseException as error:
            errors.append(error)
            while batches.get() is not None:  # let the producer finish
                pass

    thread = threading.Thread(target=sender, name="opensearch-bulk", daemon=True)
    thread.start()
    try:
        batch: list[tuple[dict[str, Any], str]] = []
        size = 0
        for action, article_id in actions:
            batch.append((action, article_id))
            size += len(action.get("_source", {}).get("article", {}).get("body", "")) * 2
            if len(batch) >= BATCH_DOCS or size >= BATCH_BYTES // 2:
                batches.put(batch)
                batch, size = [], 0
            if errors:
                break
        if batch and not errors:
            batches.put(batch)
    finally:
        batches.put(None)
        thread.join()
    if errors:
        raise errors[0]
    if on_progress:
        on_progress(Progress(actions.read, max(total, actions.read), "saving"))
    return sent, failed
