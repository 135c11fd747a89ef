"""A corpus on OpenSearch behind `index.engine.Engine`: files read here, articles sent there.

`OpenSearchEngine` is what `index.library.Library` uses with ``--engine opensearch``. The articles
live on the cluster, in the alias `index_name` names (one per corpus, like the Whoosh index
folder); what only this machine knows stays in the index folder beside it: the corpus files each
build read (for `status` to count new, changed and deleted files) and the derived data (stories,
quotes), one folder per concrete index, both in the ``opensearch/`` folder of the corpus's index
folder. Everything an engine returns is computed as for Whoosh: the same reading of the files, the
same query parser, the same highlights and snippets (by the library, from the articles).
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from index.derived import Derived, fed
from index.errors import IndexMissing, IndexOutdated
from index.ingest.readers import scan
from index.models import (
    Article,
    BuildReport,
    Hit,
    IndexStatus,
    ProgressCallback,
    SearchResult,
    Sort,
)
from index.opensearch import writer
from index.opensearch.client import configured_url, public_url
from index.opensearch.documents import FORMAT_VERSION, analysed_terms, doc_key
from index.opensearch.engine import OneSearch, OpenSearchIndex
from index.opensearch.files import CorpusFiles, setting
from index.opensearch.kinds import derived_rules, held, judged, reason
from index.opensearch.lock import LOCK_ID, lock_index
from index.opensearch.ranking import Ranking
from index.opensearch.record import file_report, files_since, known_files, read_record, write_record
from index.opensearch.suggest import suggest_on
from index.search.suggest import finding
from index.skip_count import skip_counts
from index.store.phrase_stops import is_stop
from index.store.status import REBUILD, older_advice

SHARDS_ENV = "BROADSHEET_OPENSEARCH_SHARDS"
REPLICAS_ENV = "BROADSHEET_OPENSEARCH_REPLICAS"
"""Primary shards and replicas of the index a rebuild makes (default 1 and 0: one node)."""
SIMILAR_TERMS = 12
"""Key terms of an article that `most_similar` looks for (as the Whoosh engine)."""
_UNSAFE = re.compile(r"[^a-z0-9_-]+")


def index_name(index_dir: Path) -> str:
    """The alias of a corpus on the cluster: from its index folder's name (``NAME-HASH``)."""
    name = _UNSAFE.sub("-", Path(index_dir).name.lower()).strip("-_") or "corpus"
    return f"broadsheet-{name}"[:200]


class OpenSearchEngine(OneSearch):
    """One corpus's index on an OpenSearch cluster (`index.engine.Engine`).

    Args:
        index_dir: The corpus's index folder: its name names the alias, and its
            ``opensearch/`` folder keeps the record of builds and the derived data.
        url: The cluster (default: `index.opensearch.client.configured_url`).
        name: The alias on the cluster (default: `index_name` of ``index_dir``).
        client: An OpenSearch client to use instead of connecting (tests).
    """

    def __init__(
        self,
        index_dir: Path,
        url: str | None = None,
        *,
        name: str | None = None,
        client: Any = None,
    ) -> None:
        self.url = url or configured_url()
        self.index = OpenSearchIndex(name or index_name(index_dir), self.url, client=client)
        self.local = Path(index_dir) / "opensearch"
        """This machine's record of the builds it made, and their derived data."""
        self._generation: str | None = None

    @property
    def name(self) -> str:
        """The alias readers search."""
        return self.index.name

    def where(self) -> str:
        """The index as a user names it: ``NAME on http://host:9200``."""
        return f"{self.name} on {public_url(self.url)}"

    # -- building -----------------------------------------------------------------------

    def build_needed(self) -> str | None:
        """Why the index must be built before it opens ("no index yet"), or None."""
        with self.index.errors():
            serving = self._serving()
            if serving is None:
                return "no index yet"
            if self._meta(serving).get("format") != FORMAT_VERSION:
                return "the index on OpenSearch has another format; rebuilding"
        return None

    def rebuild(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """Send every article to a new index and swap the alias to it in one request."""
        files = CorpusFiles(corpus)
        report = self.index.rebuild(
            files.articles(),
            shards=setting(SHARDS_ENV, 1, 1),
            replicas=setting(REPLICAS_ENV, 0, 0),
            on_progress=on_progress,
        )
        return self._finish(report, files, derived, on_progress)

    def update(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """Send only the articles that changed, delete those that are gone (bulk API); when
        older rules read the articles, send them all to a new index (a rebuild)."""
        files = CorpusFiles(corpus)
        with self.index.errors():
            serving = self._serving()
            before = self._kinds(serving) if serving else None
        record = self._record()
        sent: set[str] = set()
        report = self.index.update(files.articles(), on_progress=on_progress, sent_ids=sent)
        report = file_report(report, record, serving, files, sent)  # as a Whoosh update's
        if not report.full:
            with self.index.errors():
                serving = self._serving()
                if serving is not None:  # readers of this index see it changed
                    meta = {**self._meta(serving), "updated": time.time_ns()}
                    self.index.client.indices.put_mapping(
                        index=serving, body={"_meta": {"broadsheet": meta}}
                    )
        report = self._finish(report, files, derived, on_progress)
        names = [kind.name for kind in derived]
        return replace(report, reason=reason(*before, names, report.full)) if before else report

    def _finish(
        self,
        report: BuildReport,
        files: CorpusFiles,
        derived: Sequence[Derived],
        on_progress: ProgressCallback | None,
    ) -> BuildReport:
        with self.index.errors():
            serving = self._serving()
        if serving is not None:
            self._derive(serving, derived, on_progress)
            self._write_record(serving, files, report, [kind.name for kind in derived])
        self.refresh()
        return replace(report, skipped=tuple(files.skipped) + report.skipped)

    def _derive(
        self, serving: str, derived: Sequence[Derived], on_progress: ProgressCallback | None
    ) -> None:
        """Compute the derived data of the index ``serving`` anew, from its articles, and
        drop its folders of kinds not derived now (they would be of older articles)."""
        home = self.local / "derived"
        names = {kind.name for kind in derived}
        for name in held(home / serving):
            if name not in names:
                shutil.rmtree(home / serving / name, ignore_errors=True)
        for kind in derived:
            folder = home / serving / kind.name
            partial = home / f".{serving}.{kind.name}.partial"
            shutil.rmtree(partial, ignore_errors=True)
            partial.mkdir(parents=True)
            kind.build(fed(kind, self._articles_of(serving)), partial, on_progress)
            shutil.rmtree(folder, ignore_errors=True)
            folder.parent.mkdir(parents=True, exist_ok=True)
            partial.rename(folder)
        for old in home.iterdir() if home.is_dir() else ():  # of indices no longer serving
            if old.name != serving and not old.name.startswith("."):
                shutil.rmtree(old, ignore_errors=True)

    def _write_record(
        self, serving: str, files: CorpusFiles, report: BuildReport, derived: list[str]
    ) -> None:
        record = {
            "index": serving,
            "url": public_url(self.url),
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "files": files.signatures,
            "ids": files.ids,
            **skip_counts((*files.skipped, *report.skipped)),  # "skipped", "left_out" (rv24)
            "rules": derived_rules(derived),  # written once every kind is derived
        }
        write_record(self.local, record)

    def _kinds(self, serving: str) -> tuple[dict[str, Any], object, list[str]]:
        """The ``_meta`` of the index ``serving``, the versions of its derived kinds in this
        machine's record (None: no record of it), and the kinds held here (`kinds.judged`)."""
        record = self._record()
        recorded = record.get("rules") if record.get("index") == serving else None
        return self._meta(serving), recorded, held(self.local / "derived" / serving)

    def _record(self) -> dict[str, Any]:
        return read_record(self.local)

    def status(self, corpus: Path, *, verify: bool = False) -> IndexStatus:
        """The index's state on the cluster, and the corpus files changed since the last
        build made from this machine (OpenSearch checks its own files: ``verify`` adds
        nothing)."""
        where = str(corpus), self.where()
        with self.index.errors():
            serving = self._serving()
            building = bool(self.index.client.exists(index=lock_index(self.name), id=LOCK_ID))
            if serving is None:
                return IndexStatus(*where, state="missing", advice=REBUILD, building=building)
            kinds = self._kinds(serving)
            if kinds[0].get("format") != FORMAT_VERSION:
                return IndexStatus(*where, state="outdated", advice=REBUILD, building=building)
            articles = len(self.index)
        record = self._record()
        known = known_files(record, serving)
        older, lacking = judged(*kinds)
        counts: dict[str, Any] = {}
        state = "fresh"
        if known is not None:
            sources, _ = scan(corpus)
            seen = {source.rel: list(source.signature) for source in sources}
            new, changed, deleted = files_since(known, seen)
            counts = {
                "new_files": new,
                "changed_files": changed,
                "deleted_files": deleted,
                "files": len(known),
                **{key: record.get(key) for key in ("skipped", "left_out", "built_at")},
            }
            if counts["new_files"] or counts["changed_files"] or counts["deleted_files"]:
                state = "stale"
        else:  # built from another machine: its files are not known here
            state = "unknown"
        if older:  # as a Whoosh index's: an update remakes them (rebuilds, for the articles)
            state = "stale"
        return IndexStatus(
            *where,
            state=state,
            advice=older_advice(older) if state != "fresh" else "",
            building=building,
            articles=articles,
            outdated=older,
            lacking=lacking,
            **counts,
        )

    # -- the open index -----------------------------------------------------------------

    def open(self) -> None:
        """Check that the index exists and has this format, and remember its generation.

        Raises:
            IndexMissing: No index was built.
            IndexOutdated: The index has another format.
            EngineUnavailable: No OpenSearch answers at the URL.
        """
        generation = self._live_generation()
        if generation is None:
            raise IndexMissing(f"no index {self.where()}; run `broadsheet index rebuild`")
        if generation == "":
            raise IndexOutdated(f"the index {self.where()} has another format; rebuild it")
        self._generation = generation

    def close(self) -> None:
        """Forget the open generation (the client holds no files)."""
        self._generation = None

    def _live_generation(self) -> str | None:
        """The serving index and its last update (None: no index, "": another format)."""
        with self.index.errors():
            serving = self._serving()
            if serving is None:
                return None
            meta = self._meta(serving)
        if meta.get("format") != FORMAT_VERSION:
            return ""
        return f"{serving}@{meta.get('updated', 0)}"

    @property
    def generation(self) -> str | None:
        """The concrete index behind the alias, and when it was last updated."""
        return self._generation

    def is_current(self) -> bool:
        """True when no rebuild or update was made live since `open` (or `refresh`)."""
        return self._generation is not None and self._live_generation() == self._generation

    def refresh(self) -> bool:
        """Move to the live index; True if it changed (False when nothing is open)."""
        if self._generation is None:
            return False
        live = self._live_generation()
        if not live or live == self._generation:
            return False
        self._generation = live
        return True

    def derived_folder(self, name: str) -> Path | None:
        """The folder of derived data ``name`` of the open index, if this machine has it."""
        if not self._generation:
            return None
        folder = self.local / "derived" / self._generation.split("@")[0] / name
        return folder if folder.is_dir() else None

    def __len__(self) -> int:
        return len(self.index)

    def search(
        self,
        text: str,
        *,
        limit: int | None = 50,
        sort: Sort = "relevance",
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        count: bool = True,
    ) -> SearchResult:
        """See `index.opensearch.engine.OpenSearchIndex.search`; with no hit, a suggestion
        chosen as the Whoosh engine chooses it (`index.opensearch.suggest`)."""
        found: Ranking = self.index.search(
            text, limit=limit, sort=sort, source=source, since=since, until=until, count=count
        )
        offered: list[str] = []
        if found.total == 0 and text.strip():
            with self.index.errors():
                offered = suggest_on(self.index.client, self.index.name, text)
            offered = finding(
                offered, lambda option: self.count(option, source=source, since=since, until=until)
            )
        first = offered[0] if offered else None
        return SearchResult(text, found.hits, found.total, first, found.total_exact, tuple(offered))

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """How many articles match a query and the limits."""
        return self.index.count(text, source=source, since=since, until=until)

    def article(self, article_id: str) -> Article:
        """One whole article (KeyError for an unknown id)."""
        return self.index.article(article_id)

    def matching(self, text: str, article_ids: Collection[str], **limits: Any) -> set[str]:
        """See `index.opensearch.engine.OpenSearchIndex.matching`."""
        return self.index.matching(text, article_ids, **limits)

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, by id (an unknown id is left out)."""
        return self.index.titles(article_ids)

    def articles(self) -> Iterator[Article]:
        """Every article as it is indexed, in order of id."""
        with self.index.errors():
            serving = self._serving()
        if serving is None:
            raise IndexMissing(f"no index {self.where()}; run `broadsheet index rebuild`")
        return self._articles_of(serving)

    def _articles_of(self, index: str) -> Iterator[Article]:
        from index.opensearch.documents import article_from

        body: dict[str, Any] = {
            "query": {"match_all": {}},
            "size": 1000,
            "sort": [{"id": "asc"}],
            "track_total_hits": False,
        }
        while True:
            with self.index.errors():
                page = self.index.client.search(index=index, body=body)["hits"]["hits"]
            for raw in page:
                yield article_from(raw["_source"])
            if len(page) < body["size"]:
                return
            body["search_after"] = page[-1]["sort"]

    def sources(self) -> list[tuple[str, int]]:
        """The outlets with their article counts, most articles first."""
        return self.index.sources()

    def prefix_stems(self, prefix: str) -> frozenset[str]:
        """See `index.opensearch.engine.OpenSearchIndex.prefix_stems`."""
        return self.index.prefix_stems(prefix)

    def wildcard_stems(self, pattern: str) -> frozenset[str] | None:
        """See `index.opensearch.engine.OpenSearchIndex.wildcard_stems`."""
        return self.index.wildcard_stems(pattern)

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """The articles sharing most of one's key body terms (OpenSearch's more_like_this
        over the same analysed terms, stop words left out, as Whoosh's), itself excluded.

        Raises:
            KeyError: No article has this id.
        """
        article = self.article(article_id)
        terms = " ".join(t for t in analysed_terms("body", article.body) if not is_stop(t))
        if not terms:
            return []
        like = {"fields": ["body"], "like": terms, "max_query_terms": SIMILAR_TERMS}
        like |= {"min_term_freq": 1, "min_doc_freq": 1}
        itself = {"ids": {"values": [doc_key(article_id)]}}
        query = {"bool": {"must": {"more_like_this": like}, "must_not": itself}}
        with self.index.errors():
            return list(self.index.ranked(query, "relevance", limit, False).hits)

    # -- on the cluster -----------------------------------------------------------------

    def _serving(self) -> str | None:
        """The concrete index the alias points at (None when there is no index)."""
        serving, _ = writer.concrete_indices(self.index.client, self.name)
        return serving[0] if serving else None

    def _meta(self, index: str) -> dict[str, Any]:
        mapping = self.index.client.indices.get_mapping(index=index).get(index, {})
        meta = mapping.get("mappings", {}).get("_meta", {}).get("broadsheet", {})
        return dict(meta) if isinstance(meta, dict) else {}
