"""The one entry point of the core: a corpus and its index, as the CLI and the reader use them.

Everything outside `index/` talks to the core through `Library` and the dataclasses of
`index.models` (plus the few names this module re-exports): no Whoosh object, no engine
detail. The library reaches the index through an `index.engine.Engine` (Whoosh by
default), computes highlights, snippets and comparisons itself, and runs the derived data
of `DERIVED` with every build.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from index.derived import Deferred, Derived, fresh_kind
from index.engine import Engine
from index.engines import WHOOSH, EngineChoice, UnknownEngine
from index.errors import (
    BuildCancelled,
    BuildFailed,
    CorpusEmpty,
    IndexDamaged,
    IndexLocked,
    IndexMissing,
    IndexOfAnotherCorpus,
    IndexOutdated,
    IndexReadOnly,
    IndexUnsafe,
    StoreError,
    another_corpus,
)
from index.ingest.files import NotRegular, read_state
from index.ingest.sanitize import printable
from index.library_compare import CompareMethods
from index.library_dates import DateMethods
from index.library_files import FileMethods
from index.library_moves import files_before, follow_moves
from index.library_notebook import NOTEBOOK_FILE, NotebookMethods
from index.library_offer import OfferMethods
from index.library_quotes import QuoteMethods
from index.library_search import SearchMethods
from index.library_snippets import SnippetMethods
from index.library_stories import QUERY_HITS, StoryMethods, counted_report, counted_status
from index.models import (
    Article,
    BuildReport,
    IndexStatus,
    ProgressCallback,
    Story,
)
from index.records import article_record, hit_record, read_date
from index.search.highlight import Highlighter
from index.search.limits import QueryError, QueryTooSlow, check_query
from index.search.outlet_near import outlet_named, outlet_resolver, outlets_near, unknown_outlet
from index.search.query_dates import DateUnreadable
from index.short_ids import ShortForm, shortest_form
from index.short_ids import resolve as resolve_short_id
from index.skip_count import is_note, paths_skipped_words
from index.store.generations import default_index_dir
from index.store.live import indexed_corpus

if TYPE_CHECKING:  # loaded on first use (`__getattr__`): a search needs none of it
    from index.analysis.quote_derived import QuotesMissing, Speaker
    from index.analysis.quote_groups import Occurrence, QuoteGroup
    from index.analysis.story_derived import StoriesMissing
    from index.text.outlets import known_outlet

    DERIVED: tuple[Derived, ...]  # `default_derived()`, through `__getattr__`
    from index.analysis.compare import Alignment, Comparison, Passage, Quote
    from index.analysis.multicompare import (
        MultiComparison,
        SentenceCoverage,
        SharedPassage,
        compare_many,
    )
    from index.analysis.story_wording import SharedSpan, SharedWording
    from index.notebook.memo import markdown_link

_LAZY = {
    name: f"index.analysis.{module}"
    for module, names in {
        "compare": "Alignment Comparison Passage Quote",
        "multicompare": "MultiComparison SentenceCoverage SharedPassage compare_many",
        "quote_derived": "QuotesMissing Speaker",
        "quote_groups": "Occurrence QuoteGroup",
        "story_derived": "StoriesMissing",
        "story_wording": "SharedSpan SharedWording",
    }.items()
    for name in names.split()
}
"""Names re-exported from the analysis modules (and the outlet table's `known_outlet`),
imported when first asked for."""
_LAZY["known_outlet"] = "index.text.outlets"  # its table is TOML: not before the first paint
_LAZY["markdown_link"] = "index.notebook.memo"  # the notebook's memo and compare's (nu74 #3)


def __getattr__(name: str) -> Any:
    if name == "DERIVED":
        return default_derived()
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [  # what the CLI and the reader may use besides `index.models`
    "DERIVED",
    "NOTEBOOK_FILE",
    "QUERY_HITS",
    "WHOOSH",
    "Alignment",
    "BuildCancelled",
    "BuildFailed",
    "Comparison",
    "CorpusEmpty",
    "DateUnreadable",
    "EngineChoice",
    "Highlighter",
    "IndexDamaged",
    "IndexLocked",
    "IndexMissing",
    "IndexOfAnotherCorpus",
    "IndexOutdated",
    "IndexReadOnly",
    "IndexUnsafe",
    "Library",
    "MultiComparison",
    "NotRegular",
    "Occurrence",
    "Passage",
    "QueryError",
    "QueryTooSlow",
    "Quote",
    "QuoteGroup",
    "QuotesMissing",
    "SentenceCoverage",
    "SharedPassage",
    "SharedSpan",
    "SharedWording",
    "ShortForm",
    "Speaker",
    "StoreError",
    "StoriesMissing",
    "UnknownEngine",
    "article_record",
    "check_query",
    "compare_many",
    "default_index_dir",
    "fresh_kind",
    "hit_record",
    "indexed_corpus",
    "is_note",
    "known_outlet",
    "markdown_link",
    "outlet_named",
    "outlet_resolver",
    "outlets_near",
    "paths_skipped_words",
    "printable",
    "read_date",
    "read_state",
    "resolve_short_id",
    "shortest_form",
    "unknown_outlet",
]


@cache
def default_derived() -> tuple[Derived, ...]:
    """The derived data every build computes and keeps (``DERIVED``; `index.derived`): the
    registry the build iterates, each `Derived` in a module of its own, imported when the
    kind is first used (`index.derived.Deferred`: an update whose kinds run in forked
    children never imports them)."""
    return (
        Deferred("quotes", "index.analysis.quote_derived:QuotesDerived", reuse=True),
        Deferred("stories", "index.analysis.story_derived:StoriesDerived"),
        Deferred("copies", "index.copies:CopiesDerived", light=True),  # quick: never forked
        Deferred("leans", "index.lean_map:LeansDerived", light=True),  # the metadata's leans
        Deferred("casing", "index.analysis.casing:CasingDerived", light=True),  # compare's (fn46)
    )


class Library(
    SearchMethods,
    QuoteMethods,
    StoryMethods,
    NotebookMethods,
    FileMethods,
    DateMethods,
    SnippetMethods,
    CompareMethods,
    OfferMethods,
):
    """One corpus and its index: build it, keep it current, search it, read it, compare.

    Nothing is opened until `open_or_build` (or the `open` shortcut); building and
    status need nothing open. Safe to share between threads once open.

    Args:
        corpus: The corpus folder or file.
        index_dir: Its index folder (default: one per corpus in the user data folder).
        engine: The engine holding the index (default: Whoosh, in ``index_dir``).
        derived: The derived data builds compute (default: `DERIVED`).
        procs: Indexing processes of the default engine's builds (default: every core
            the memory allows).
    """

    def __init__(
        self,
        corpus: Path,
        index_dir: Path | None = None,
        *,
        engine: Engine | None = None,
        derived: Sequence[Derived] | None = None,
        procs: int | None = None,
    ) -> None:
        self.corpus = Path(corpus)
        self.index_dir = Path(index_dir) if index_dir is not None else default_index_dir(corpus)
        if engine is None:
            # imported here, not with the module: the reader's first frame needs no Whoosh
            from index.search.engine import WhooshEngine

            engine = WhooshEngine(self.index_dir, procs=procs)
        self.engine: Engine = engine
        self._derived = None if derived is None else tuple(derived)
        self.built: BuildReport | None = None
        """What `open_or_build` had to build first (its ``reason`` says why), or None."""

    @classmethod
    def open(
        cls,
        corpus: Path,
        index_dir: Path | None = None,
        *,
        on_progress: ProgressCallback | None = None,
        engine: Engine | None = None,
        derived: Sequence[Derived] | None = None,
    ) -> Library:
        """A library with its index open, built first if there is none (see `open_or_build`)."""
        library = cls(corpus, index_dir, engine=engine, derived=derived)
        library.open_or_build(on_progress)
        return library

    @property
    def derived(self) -> tuple[Derived, ...]:
        """The derived data this library's builds compute."""
        return default_derived() if self._derived is None else self._derived

    def open_or_build(self, on_progress: ProgressCallback | None = None) -> BuildReport | None:
        """Open the index, building it first when there is none or an outdated one.

        Returns:
            What was built (its ``reason`` says why: "no index yet"), or None.

        Raises:
            StoreError: The index is damaged, unsafe, locked by a build, or cannot be built.
        """
        why = self.engine.build_needed()
        if why is not None:
            self.refuse_other_corpus("rebuild")
            before = files_before(self)
            report = self.engine.rebuild(self.corpus, derived=self.derived, on_progress=on_progress)
            self.built = follow_moves(self, before, replace(report, reason=why))
        self.engine.open()
        return self.built

    def refuse_other_corpus(self, how: str) -> None:
        """Raise `IndexOfAnotherCorpus` when the (Whoosh) index folder holds another
        corpus's index, which a build (``how``) would replace (nu23 #1, cl24 #3)."""
        whoosh = getattr(self.engine, "index_dir", None) == self.index_dir  # not a service
        held = indexed_corpus(self.index_dir) if whoosh else None
        if held is not None and held.resolve() != self.corpus.resolve():
            raise another_corpus(self.index_dir, held, self.corpus, how)

    def close(self) -> None:
        """Release the index."""
        self.engine.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- keeping the index --------------------------------------------------------------

    def rebuild(self, on_progress: ProgressCallback | None = None) -> BuildReport:
        """Build the whole index anew and swap it in atomically (the old one serves until then).

        Raises:
            IndexLocked: Another build is running.
            BuildFailed: A worker died, a write failed, or the new index failed its check.
            BuildCancelled: ``on_progress`` raised it to stop the build (the old index stays).
        """
        before = files_before(self)  # notes follow moved files (nu36 #4)
        report = self.engine.rebuild(self.corpus, derived=self.derived, on_progress=on_progress)
        return follow_moves(self, before, counted_report(report, self.index_dir))

    def update(self, on_progress: ProgressCallback | None = None) -> BuildReport:
        """Index only the new, changed and deleted files (a rebuild when there is no index).

        Raises:
            IndexDamaged: The live index is damaged (`rebuild` repairs it).
            IndexLocked: Another build is running.
            BuildCancelled: ``on_progress`` raised it to stop the update (the old index stays).
        """
        before = files_before(self)  # notes follow moved files (nu36 #4)
        report = self.engine.update(self.corpus, derived=self.derived, on_progress=on_progress)
        return follow_moves(self, before, counted_report(report, self.index_dir))

    def status(self, *, verify: bool = False) -> IndexStatus:
        """The index's state, size, age and freshness (``verify``: read every checksum),
        and how many articles have no date or no outlet (read from its stories, when it has
        them: nu23 #4)."""
        return counted_status(self.engine.status(self.corpus, verify=verify), self.index_dir)

    @property
    def generation(self) -> str | None:
        """A name for the open version of the index (changes with every build)."""
        return self.engine.generation

    def is_current(self) -> bool:
        """True when no newer index was made live (by any process) since this one opened."""
        return self.engine.is_current()

    def refresh(self) -> bool:
        """Move to the newest live index; True if it changed."""
        return self.engine.refresh()

    def derived_folder(self, name: str) -> Path | None:
        """The folder of derived data ``name`` (see `DERIVED`) in the open index, if any."""
        return self.engine.derived_folder(name)

    # -- reading ------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.engine)

    def article(self, article_id: str) -> Article:
        """One whole article.

        Raises:
            KeyError: No article has this id.
        """
        return self.engine.article(article_id)

    def articles(self) -> Iterator[Article]:
        """Every article as it is indexed, in order of id."""
        return self.engine.articles()

    def titles(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The titles of these articles, by id, without reading their bodies."""
        return self.engine.titles(article_ids)

    def articles_alone(self, stories: Iterable[Story]) -> int:
        """How many articles (each text once) are in none of ``stories`` (those
        `stories` listed: no article is read, nu74)."""
        from index.stories_alone import alone_count

        return alone_count(stories, self.copies(), self.article_count())

    def sources(self) -> list[tuple[str, int]]:
        """The outlets with their article counts (copies once: `counted_sources`), most first."""
        return self.counted_sources(self.engine.sources())

    def export_jsonl(self, handle: IO[str]) -> int:
        """Write every article as one JSON object a line (`article_record`); returns how many."""
        count = 0
        for article in self.articles():
            handle.write(json.dumps(article_record(article)))
            handle.write("\n")
            count += 1
        handle.flush()
        return count
