"""The Whoosh engine: an index folder of generations (the store), searched by the searcher."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from index.derived import Derived
from index.errors import IndexDamaged
from index.models import (
    Article,
    BuildReport,
    Hit,
    IndexStatus,
    ProgressCallback,
    SearchResult,
    Sort,
)
from index.store.generations import IndexMissing, StoreError, current_generation, load_manifest
from index.store.reader import StoreReader

if TYPE_CHECKING:
    from index.search.searcher import Searcher

_T = TypeVar("_T")


class WhooshEngine:
    """One corpus's index in a folder of Whoosh generations (`index.engine.Engine`).

    Building and status need nothing open; reading needs `open` first (or `open_index`).
    Safe to share between threads once open.

    Args:
        index_dir: The index folder.
        check: Verify every file's checksum when a generation is opened.
        procs: Indexing processes for builds (None: `index.store.build.DEFAULT_PROCS`).
    """

    def __init__(self, index_dir: Path, *, check: bool = True, procs: int | None = None) -> None:
        self.index_dir = Path(index_dir)
        self.check = check
        self.procs = procs
        self._searcher: Searcher | None = None
        self._read: tuple[Path, dict[str, Any]] | None = None
        """The manifest `build_needed` read, and its generation: `open` reads it once."""

    # -- building -----------------------------------------------------------------------

    def build_needed(self) -> str | None:
        """Why the index must be built before it opens ("no index yet"), or None."""
        generation = current_generation(self.index_dir)
        if generation is None:
            return "no index yet"
        try:
            self._read = generation, load_manifest(generation)
        except StoreError as error:  # another schema version, or a manifest beyond reading
            return f"{error}; rebuilding"
        return None

    def rebuild(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """A full rebuild (`index.store.build.rebuild`); an open index moves to it."""
        from index.store.build import rebuild  # not loaded for searching: startup counts

        report = rebuild(
            corpus, self.index_dir, procs=self.procs, on_progress=on_progress, derived=derived
        )
        self.refresh()
        return report

    def update(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """An incremental update (`index.store.update.update`); an open index moves to it."""
        from index.store.update import update  # not loaded for searching: startup counts

        report = update(
            corpus, self.index_dir, procs=self.procs, on_progress=on_progress, derived=derived
        )
        self.refresh()
        return report

    def status(self, corpus: Path, *, verify: bool = False) -> IndexStatus:
        """See `index.store.status.index_status`."""
        from index.store.status import index_status  # reads the corpus: not for searching

        return index_status(corpus, self.index_dir, verify=verify)

    # -- the open index -----------------------------------------------------------------

    def open(self) -> None:
        """Open the live generation (see `StoreReader` for what it raises)."""
        if self._searcher is None:
            from index.search.searcher import Searcher  # not for an update (Whoosh's search)

            read, self._read = self._read, None
            self._searcher = Searcher(StoreReader(self.index_dir, check=self.check, read=read))

    @property
    def searcher(self) -> Searcher:
        """The searcher of the open index (its `budget` and `now` can be set).

        Raises:
            IndexMissing: The index is not open.
        """
        if self._searcher is None:
            raise IndexMissing(f"the index in {self.index_dir} is not open")
        return self._searcher

    def close(self) -> None:
        """Release the index files."""
        if self._searcher is not None:
            self._searcher.reader.close()
            self._searcher = None

    def __enter__(self) -> WhooshEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def generation(self) -> str | None:
        """The open generation's folder name (None when nothing is open)."""
        if self._searcher is None or self._searcher.reader.generation is None:
            return None
        return self._searcher.reader.generation.name

    @property
    def built_at(self) -> str | None:
        """When the open generation was built (ISO 8601, UTC)."""
        return self.searcher.reader.built_at

    @property
    def outdated(self) -> tuple[str, ...]:
        """The kinds of the open generation's data older rules made (`index.rules.outdated`:
        its manifest alone, no corpus read), as `index status` names them."""
        from index.rules import outdated

        manifest = self.searcher.reader.manifest
        return tuple(outdated(manifest, manifest.get("derived") or []))

    def is_current(self) -> bool:
        """True when no newer generation was published since the open one."""
        return self._searcher is not None and self._searcher.reader.is_current()

    def refresh(self) -> bool:
        """Move to the newest published generation; True if it changed (False if not open)."""
        return self._searcher is not None and self._searcher.reader.refresh()

    def derived_folder(self, name: str) -> Path | None:
        """The folder of derived data ``name`` in the open generation, if it holds one."""
        generation = self.searcher.reader.generation
        folder = generation / name if generation is not None else None
        return folder if folder is not None and folder.is_dir() else None

    def __len__(self) -> int:
        return self._listed(len)

    def _listed(self, ask: Callable[[StoreReader], _T]) -> _T:
        """``ask`` of the open reader; once more on the live generation when the open one's
        listing, read when first asked for, is gone (two updates pruned it since: rv31)."""
        reader = self.searcher.reader
        try:
            return ask(reader)
        except IndexDamaged:
            if reader.is_current() or not self.refresh():
                raise
            return ask(self.searcher.reader)

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
        """See `index.search.searcher.Searcher.search`."""
        return self.searcher.search(
            text, limit=limit, sort=sort, source=source, since=since, until=until, count=count
        )

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """See `index.search.searcher.Searcher.count`."""
        return self.searcher.count(text, source=source, since=since, until=until)

    def undated_matching(self, text: str, *, source: str | None = None) -> set[str]:
        """See `index.search.searcher.Searcher.undated_matching`."""
        return self.searcher.undated_matching(text, source=source)

    def matching(self, text: str, article_ids: Collection[str], **limits: Any) -> set[str]:
        """See `index.search.searcher.Searcher.matching`."""
        return self.searcher.matching(text, article_ids, **limits)

    def article(self, article_id: str) -> Article:
        """One whole article (raises KeyError for an unknown id)."""
        return self.searcher.reader.article(article_id)

    def articles(self) -> Iterator[Article]:
        """Every article as it is indexed, in order of id."""
        return self.searcher.reader.articles()

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, from the listing (no document read)."""
        ids = list(article_ids)  # asked twice if the first reader's listing is gone
        return self._listed(lambda reader: reader.titles(ids))

    def sources(self) -> list[tuple[str, int]]:
        """The outlets with their article counts, most articles first."""
        return self._listed(StoreReader.sources)

    def article_ids(self) -> list[str]:
        """Every article's id, from the listing (no document read)."""
        return self._listed(lambda reader: list(reader.listing))

    def outlets_of(self) -> dict[str, str | None]:
        """Each article's outlet, by id, from the listing (no document read)."""
        return self._listed(
            lambda reader: dict(zip(reader.listing, reader.listing.sources(), strict=True))
        )

    def prefix_stems(self, prefix: str) -> frozenset[str]:
        """See `index.search.searcher.Searcher.prefix_stems` (not open: the guessed
        endings', `index.search.prefixes.ending_stems`)."""
        if self._searcher is None:
            from index.search.prefixes import ending_stems

            return ending_stems(prefix)
        return self._searcher.prefix_stems(prefix)

    def wildcard_stems(self, pattern: str) -> frozenset[str] | None:
        """See `index.search.searcher.Searcher.wildcard_stems` (not open: None)."""
        if self._searcher is None:
            return None
        return self._searcher.wildcard_stems(pattern)

    def one_search(self) -> AbstractContextManager[None]:
        """See `index.engine.Engine.one_search` (not open: nothing is timed yet)."""
        if self._searcher is None:
            return nullcontext()
        return self._searcher.budget.shared()

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """See `index.search.searcher.Searcher.most_similar`."""
        return self.searcher.most_similar(article_id, limit)


def open_index(index_dir: Path, *, check: bool = True) -> WhooshEngine:
    """Open the live generation of an index for searching.

    Args:
        index_dir: The index folder.
        check: Verify the files' checksums first (detects damage and bit flips).

    Raises:
        IndexMissing: No index was built here.
        IndexOutdated: The index has another schema version.
        IndexDamaged: The files are damaged.
        IndexUnsafe: Other users can write the folder.
    """
    engine = WhooshEngine(index_dir, check=check)
    engine.open()
    return engine
