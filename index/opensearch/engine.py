"""A corpus's index on OpenSearch: search it, fetch articles, count, list outlets, build it."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from typing import Any

from index.models import Article, BuildReport
from index.opensearch import writer
from index.opensearch.client import (
    EngineError,
    EngineMissing,
    configured_url,
    connect,
    engine_errors,
    public_url,
)
from index.opensearch.documents import article_from, doc_key
from index.opensearch.lock import lock_index
from index.opensearch.searching import SearchMethods
from index.opensearch.translate import Dsl
from index.search.limits import SEARCH_BUDGET_SECONDS, Budget

_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,199}")


class OneSearch:
    """`index.engine.Engine.one_search` for an engine searching through ``index``."""

    index: OpenSearchIndex

    def one_search(self) -> AbstractContextManager[None]:
        """See `index.engine.Engine.one_search`."""
        return self.index.budget.shared()


class OpenSearchIndex(SearchMethods):
    """One corpus's articles on an OpenSearch cluster, searched through the alias ``name``.

    Nothing is sent until a method needs the cluster; the client is thread-safe, so one
    object serves every thread.
    """

    def __init__(self, name: str, url: str | None = None, *, client: Any = None) -> None:
        """Name the index (lower-case letters, digits, ``-``, ``_``) on the cluster at
        ``url`` (default: `index.opensearch.client.configured_url`).

        Raises:
            EngineError: The name cannot be an OpenSearch index name.
        """
        if not _NAME.fullmatch(name):
            raise EngineError(
                f"{name!r} cannot name an OpenSearch index (lower-case letters, digits, - and _)"
            )
        self.name = name
        self.url = url or configured_url()
        self._client = client
        self.budget = Budget(SEARCH_BUDGET_SECONDS)
        """The time one search may take, as on Whoosh; sent as each request's ``timeout``."""

    @property
    def client(self) -> Any:
        """The OpenSearch client (connected on first use)."""
        if self._client is None:
            self._client = connect(self.url)
        return self._client

    @contextmanager
    def errors(self) -> Iterator[None]:
        try:
            with engine_errors(self.url):
                yield
        except EngineMissing as error:
            where = public_url(self.url)
            raise EngineMissing(
                f"no index {self.name!r} on OpenSearch at {where}; run `broadsheet index rebuild`"
            ) from error

    # -- building -----------------------------------------------------------------------

    def rebuild(
        self,
        articles: Iterable[Article],
        *,
        total: int = 0,
        shards: int = 1,
        replicas: int = 0,
        on_progress: writer.ProgressCallback | None = None,
    ) -> BuildReport:
        """Index every article anew and swap the alias to the new index in one request.

        See `index.opensearch.writer.rebuild`.
        """
        with self.errors():
            return writer.rebuild(
                self.client,
                self.name,
                articles,
                total=total,
                shards=shards,
                replicas=replicas,
                on_progress=on_progress,
            )

    def update(
        self,
        articles: Iterable[Article],
        *,
        total: int = 0,
        on_progress: writer.ProgressCallback | None = None,
        sent_ids: set[str] | None = None,
    ) -> BuildReport:
        """Send only the articles that changed, delete those that are gone.

        See `index.opensearch.writer.update`.
        """
        with self.errors():
            return writer.update(
                self.client,
                self.name,
                articles,
                total=total,
                on_progress=on_progress,
                sent_ids=sent_ids,
            )

    def drop(self) -> None:
        """Delete the index: every generation, and its lock."""
        with self.errors():
            serving, leftover = writer.concrete_indices(self.client, self.name)
            for index in [*serving, *leftover, lock_index(self.name)]:
                self.client.indices.delete(index=index, ignore_unavailable=True)

    # -- facts and articles -------------------------------------------------------------

    def exists(self) -> bool:
        """True when the index has been built."""
        with self.errors():
            return bool(self.client.indices.exists_alias(name=self.name))

    def __len__(self) -> int:
        with self.errors():
            return int(self.client.count(index=self.name)["count"])

    def article(self, article_id: str) -> Article:
        """Fetch a whole article by id.

        Raises:
            KeyError: No article has this id.
        """
        from opensearchpy.exceptions import NotFoundError

        with self.errors():
            if not self.client.indices.exists_alias(name=self.name):
                raise EngineMissing(self.name)
            try:
                answer = self.client.get(index=self.name, id=doc_key(article_id))
            except NotFoundError:
                raise KeyError(article_id) from None
        return article_from(answer["_source"])

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, by id: one multi-get per 500, titles alone."""
        wanted = list(dict.fromkeys(article_ids))
        found: dict[str, str] = {}
        with self.errors():
            if wanted and not self.client.indices.exists_alias(name=self.name):
                raise EngineMissing(self.name)
            for at in range(0, len(wanted), 500):
                chunk = wanted[at : at + 500]
                body = {"ids": [doc_key(i) for i in chunk]}
                answer = self.client.mget(
                    index=self.name, body=body, _source_includes=["card.title"]
                )
                for article_id, doc in zip(chunk, answer["docs"], strict=True):
                    if doc.get("found"):
                        card = doc["_source"].get("card") or {}
                        found[article_id] = str(card.get("title") or "")
        return found

    def matching(
        self,
        text: str,
        article_ids: Collection[str],
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> set[str]:
        """Which of these articles match a query and the limits: the query filtered to
        their ids, one search per 5,000 ids, no field fetched."""
        keys = {doc_key(i): i for i in article_ids}
        dsl = self.query(text, source=source, since=since, until=until)
        found: set[str] = set()
        chunks = [list(keys)[at : at + 5000] for at in range(0, len(keys), 5000)]
        with self.errors():
            for chunk in chunks:
                query = {"bool": {"must": [dsl], "filter": [{"ids": {"values": chunk}}]}}
                body = {"query": query, "size": len(chunk), "_source": False}
                body["track_total_hits"] = False
                answer = self.client.search(index=self.name, body=body)
                found.update(keys[raw["_id"]] for raw in answer["hits"]["hits"])
        return found

    def sources(self) -> list[tuple[str, int]]:
        """The outlets with their article counts, most articles first (as the Whoosh index)."""
        counts: dict[str, int] = {}
        composite: Dsl = {"size": 1000, "sources": [{"s": {"terms": {"field": "source_exact"}}}]}
        body: Dsl = {"size": 0, "aggs": {"outlets": {"composite": composite}}}
        with self.errors():
            while True:
                answer = self.client.search(index=self.name, body=body)["aggregations"]["outlets"]
                for bucket in answer["buckets"]:
                    counts[bucket["key"]["s"]] = int(bucket["doc_count"])
                if not answer["buckets"] or "after_key" not in answer:
                    break
                composite["after"] = answer["after_key"]
        return sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
