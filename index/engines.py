"""Which engine holds a corpus's index: Whoosh (the default) or an OpenSearch cluster.

The CLI and the reader name the engine with an `EngineChoice` (from ``--engine`` and
``--opensearch-url``, or ``BROADSHEET_ENGINE`` and ``BROADSHEET_OPENSEARCH_URL``) and
the library makes it. The OpenSearch code, and its client library, are imported only when
that engine is made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast, get_args

from index.engine import Engine
from index.errors import StoreError

EngineKind = Literal["whoosh", "opensearch"]
ENGINES: tuple[str, ...] = get_args(EngineKind)
ENGINE_ENV = "BROADSHEET_ENGINE"
URL_ENV = "BROADSHEET_OPENSEARCH_URL"


class UnknownEngine(StoreError):
    """An engine name that is neither "whoosh" nor "opensearch"."""


@dataclass(frozen=True, slots=True)
class EngineChoice:
    """An engine, named but not yet made.

    Attributes:
        kind: "whoosh" (an index folder per corpus) or "opensearch" (a cluster).
        url: The OpenSearch cluster, ``http[s]://[user:password@]host:port`` (None:
            ``BROADSHEET_OPENSEARCH_URL``, else http://127.0.0.1:9200).
    """

    kind: EngineKind = "whoosh"
    url: str | None = None

    @classmethod
    def named(cls, kind: str | None = None, url: str | None = None) -> EngineChoice:
        """The engine called ``kind`` (None: ``BROADSHEET_ENGINE``, else Whoosh).

        Raises:
            UnknownEngine: ``kind`` is not an engine's name.
        """
        name = (kind or os.environ.get(ENGINE_ENV) or "whoosh").strip().lower()
        if name not in ENGINES:
            raise UnknownEngine(f"unknown engine {name!r} (engines: {', '.join(ENGINES)})")
        return cls(cast(EngineKind, name), url or os.environ.get(URL_ENV) or None)

    def make(self, index_dir: Path, procs: int | None = None) -> Engine:
        """The engine for the corpus whose index folder is ``index_dir`` (``procs``: the
        indexing processes of a Whoosh build; OpenSearch builds on its cluster)."""
        if self.kind == "opensearch":
            from index.opensearch.corpus import OpenSearchEngine

            return OpenSearchEngine(index_dir, self.url)
        from index.search.engine import WhooshEngine

        return WhooshEngine(index_dir, procs=procs)

    def describe(self, index_dir: Path) -> str:
        """Where the index of ``index_dir`` is, for messages: its folder, or its name and
        cluster (``broadsheet-news-1a2b on http://127.0.0.1:9200``)."""
        if self.kind == "opensearch":
            from index.opensearch.client import configured_url, public_url
            from index.opensearch.corpus import index_name

            return f"{index_name(index_dir)} on {public_url(self.url or configured_url())}"
        return str(index_dir)


WHOOSH = EngineChoice()
"""The default engine."""
