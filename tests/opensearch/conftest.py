"""OpenSearch tests run against the node at BROADSHEET_OPENSEARCH_URL (default 127.0.0.1:9200).

Tests marked ``opensearch`` are skipped, with the reason, when no node answers there;
`make opensearch` starts one (and with BROADSHEET_OPENSEARCH_REQUIRED=1, as in CI, they
fail instead). Each test works in indices of its own (``bs-test-*``),
removed afterwards, so the suite can run in parallel and beside real indices.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from index.ingest.files import ReadError
from index.ingest.readers import read_source, scan
from index.models import Article
from index.opensearch.client import configured_url, connect, public_url
from index.opensearch.engine import OpenSearchIndex


@functools.cache
def node_problem() -> str | None:
    """Why the OpenSearch tests cannot run here, or None when a healthy node answers."""
    url = configured_url()
    try:
        health = connect(url, timeout=5).cluster.health()
    except Exception as error:
        from opensearchpy.exceptions import ConnectionError as NoAnswer

        reason = "nothing answers" if isinstance(error, NoAnswer) else " ".join(str(error).split())
        return (
            f"no OpenSearch node at {public_url(url)} ({reason[:120]}); start one: make opensearch"
        )
    if health.get("status") not in ("green", "yellow"):
        return f"the OpenSearch cluster at {public_url(url)} is {health.get('status')}"
    return None


REQUIRED_ENV = "BROADSHEET_OPENSEARCH_REQUIRED"
"""Set to 1 where a node must be up (CI): the tests then fail instead of being skipped."""


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("opensearch"):
        problem = node_problem()
        if problem and os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(f"{problem} ({REQUIRED_ENV}=1)", pytrace=False)
        if problem:
            pytest.skip(problem)


def new_index() -> OpenSearchIndex:
    """An index with a name no other test uses."""
    return OpenSearchIndex(f"bs-test-{uuid.uuid4().hex[:12]}", configured_url())


@pytest.fixture
def os_index() -> Iterator[OpenSearchIndex]:
    """A fresh index name on the test node, dropped afterwards."""
    index = new_index()
    yield index
    index.drop()


def articles_of(corpus: Path) -> list[Article]:
    """The articles broadsheet reads from a corpus (the same the Whoosh build indexes)."""
    sources, _ = scan(corpus.resolve())
    found: list[Article] = []
    for source in sources:
        try:
            found.extend(read_source(source).articles)
        except ReadError:
            continue  # the Whoosh build skips it too
    return found


def both_engines(corpus: Path, folder: Path) -> tuple[Any, OpenSearchIndex]:
    """The Whoosh index of ``corpus`` (built in ``folder``) and a new OpenSearch index of it
    (the caller drops it), to compare what each finds."""
    from index.search.engine import open_index
    from index.search.limits import Budget
    from index.store.build import rebuild

    rebuild(corpus, folder, procs=1)
    node = new_index()
    node.budget = Budget(3600.0)
    articles = articles_of(corpus)
    node.rebuild(articles, total=len(articles))
    return open_index(folder), node
