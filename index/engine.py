"""The engine interface: what the library asks of the search engine holding a corpus's index.

`index.search.engine.WhooshEngine` implements it (the default, one folder per corpus);
`index/opensearch/` is the next. Queries are parsed by the shared parser
(`index.search.query`) and each engine runs or translates the parsed tree; highlights and
snippets are computed by the core from the articles, the same for every engine. Nothing
an engine returns is engine-specific: dataclasses of `index.models` only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Protocol

from index.derived import Derived
from index.models import (
    Article,
    BuildReport,
    Hit,
    IndexStatus,
    ProgressCallback,
    SearchResult,
    Sort,
)


class Engine(Protocol):
    """One corpus's index in a search engine: build it, keep it current, search it."""

    # -- building -----------------------------------------------------------------------

    def build_needed(self) -> str | None:
        """Why the index must be (re)built before it can be opened, or None when it can.

        For example "no index yet", or the index has another schema version. A damaged
        index is not a reason: it is refused when opened, and rebuilt when asked.
        """

    def rebuild(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """Index the whole corpus anew and make it live in one step (the old one serves
        until then); compute ``derived`` data with it."""

    def update(
        self,
        corpus: Path,
        *,
        derived: Sequence[Derived] = (),
        on_progress: ProgressCallback | None = None,
    ) -> BuildReport:
        """Index only what changed in the corpus (new, changed, deleted files), atomically."""

    def status(self, corpus: Path, *, verify: bool = False) -> IndexStatus:
        """The index's state, size, age and freshness against ``corpus``."""

    # -- the open index -----------------------------------------------------------------

    def open(self) -> None:
        """Open the live index for reading.

        Raises:
            IndexMissing: No index was built.
            IndexOutdated: The index has another schema version.
            IndexDamaged: The index is damaged.
        """

    def close(self) -> None:
        """Release the open index (safe to call twice)."""

    @property
    def generation(self) -> str | None:
        """A name for the open version of the index (changes with every build)."""

    def is_current(self) -> bool:
        """True when no newer version of the index has been made live since it was opened."""

    def refresh(self) -> bool:
        """Move to the live version of the index; True if it changed."""

    def derived_folder(self, name: str) -> Path | None:
        """The folder of derived data ``name`` in the open version, if it has one."""

    def __len__(self) -> int:
        """The number of articles."""

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
        """Search with a query in broadsheet's language; hits come without snippets.

        Raises:
            QueryError: The query is malformed, over a limit, or took too long.
        """

    def count(
        self,
        text: str,
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> int:
        """How many articles match a query and the limits."""

    def matching(
        self,
        text: str,
        article_ids: Collection[str],
        *,
        source: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> set[str]:
        """Which of these articles match a query and the limits (an unknown id never does):
        cheap for a few ids however many articles match, no stored field read."""

    def article(self, article_id: str) -> Article:
        """One whole article.

        Raises:
            KeyError: No article has this id.
        """

    def articles(self) -> Iterator[Article]:
        """Every article as it is indexed, in order of id."""

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, by id, without reading their bodies (an unknown id
        is left out)."""

    def sources(self) -> list[tuple[str, int]]:
        """The outlets with their article counts, most articles first."""

    def prefix_stems(self, prefix: str) -> frozenset[str]:
        """The stems, not starting with ``prefix`` (lower-cased, folded), of the words it
        begins in the text fields: what a prefix finds and lights besides the stems it
        begins (`index.search.prefixes`)."""

    def wildcard_stems(self, pattern: str) -> frozenset[str] | None:
        """The stems of the words a wildcard (lower-cased, folded: ``r?tes``) fits in the
        text fields, what it finds and lights (`index.search.wildcards`); None where the
        index cannot tell (the stemmed pattern is matched against the stems then)."""

    def one_search(self) -> AbstractContextManager[None]:
        """A block whose searches, counts and matchings (in this thread) are the steps of
        one search: they spend one time budget (`index.search.limits.Budget.shared`)."""

    def most_similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """The articles most like one (by its key terms), best first, itself excluded.

        Raises:
            KeyError: No article has this id.
        """
