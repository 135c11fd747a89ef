"""Derived data: what every build computes from the articles and keeps in the generation.

Stories and quotes are kinds of derived data. Each is a `Derived`: it writes the files of
a folder of its own in the new generation (``gen-*/NAME/``), from every article on a
rebuild, or from its folder in the previous generation and what changed on an update.
The build runs each one after the index is written and before the new generation checks
itself and is swapped in, so the atomic swap, the checksums and the self-check cover its
files: a killed build leaves the previous generation's folders whole, and a damaged file
shows as a damaged index. The kinds a build runs are listed in `index.library.DERIVED`.

A kind whose work is mostly per article (a quote extractor) is `Extracting`: its
``extract`` runs where each article is already in hand, in the indexing worker processes
when there are some, and its ``build`` and ``update`` get what ``extract`` returned, in
order of id, instead of articles read back from the new index: only the cross-article
part (grouping, clustering) is left to the main process.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from importlib import import_module
from pathlib import Path
from typing import Any, Protocol

from index.models import Article, ProgressCallback

NAME = re.compile(r"[a-z][a-z0-9_-]{0,39}")
"""What a derived kind's name (its folder in a generation) may be."""


class Derived(Protocol):
    """One kind of derived data (stories, quotes): how to build it and keep it current.

    Attributes:
        name: Its folder in a generation (lower-case letters, digits, ``-`` and ``_``).
    """

    name: str

    def build(
        self, articles: Iterable[Any], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        """Compute it from every article of the new generation into ``folder``.

        Args:
            articles: Every article (an `Article`; for an `Extracting` kind, what its
                ``extract`` returned of it), in order of id, read back from the new index
                (so they are exactly what was indexed); read them once, as they come.
            folder: An empty folder of the new generation; every file written there is
                checksummed. Flushing is the build's business.
            on_progress: Called with `Progress` now and then (may be None).
        """

    def update(
        self,
        previous: Path,
        added: Iterable[Any],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """Compute it into ``folder`` from the previous generation's and what changed.

        An article whose file changed is both removed (its old version) and added. When
        the previous generation has no folder for it (it was added since), `build` is
        called instead, with every article.

        Args:
            previous: Its folder in the live generation (read it, never change it: a
                reader may have it open).
            added: The articles added or changed, in order of id (as for `build`).
            removed: The ids of the articles removed or changed.
            folder: An empty folder of the new generation.
            on_progress: Called with `Progress` now and then (may be None).
        """


class Extracting(Derived, Protocol):
    """A `Derived` whose per-article part runs where the article is in hand.

    ``extract`` may run in an indexing worker process, on an instance made there by
    calling the kind's class with no arguments (`spec`); what it returns is pickled back.
    ``build`` and ``update`` then get the extracted values, in order of article id, in
    place of the articles.
    """

    def extract(self, article: Article) -> Any:
        """What ``build`` and ``update`` need of one article (picklable)."""


def extracting(derived: Sequence[Derived]) -> list[Extracting]:
    """The kinds among ``derived`` that extract per article."""
    return [kind for kind in derived if _extracts(kind)]  # type: ignore[misc]


def _extracts(kind: Derived) -> bool:
    return callable(getattr(kind, "extract", None))


def fed(kind: Derived, articles: Iterable[Article]) -> Iterable[Any]:
    """What ``kind``'s ``build`` or ``update`` takes of ``articles``: the articles, or for an
    `Extracting` kind what its ``extract`` makes of each (for callers that hold articles
    where no worker extracted them, as the OpenSearch engine does)."""
    return map(kind.extract, articles) if _extracts(kind) else articles  # type: ignore[attr-defined]


def light(kind: Derived) -> bool:
    """Whether ``kind`` says its build is quick (a ``light`` attribute that is true): a build
    runs it in its own process, never in a forked child (`index.store.derive.build`)."""
    return bool(getattr(kind, "light", False))


def spec(kind: Derived) -> str | None:
    """``module:Class`` for a kind a worker process can make (its class takes no
    arguments and is importable by name), or None; a kind reusing a previous generation's
    folder (its ``previous``, `reusing`) has the folder after a tab."""
    previous = getattr(kind, "previous", None)
    after = f"\t{previous}" if previous is not None else ""
    if isinstance(kind, Deferred):
        return kind.named + after
    cls = type(kind)
    if cls.__module__ == "__main__" or "<" in cls.__qualname__:
        return None
    return f"{cls.__module__}:{cls.__qualname__}{after}"


def from_spec(text: str) -> Extracting:
    """The kind a `spec` names, made anew (in a worker process)."""
    named, tab, previous = text.partition("\t")
    module, _, qualname = named.partition(":")
    found: Any = import_module(module)
    for part in qualname.split("."):
        found = getattr(found, part)
    kind: Extracting = found(Path(previous)) if tab else found()
    return kind


def reusing(kind: Derived, previous: Path) -> Derived | None:
    """``kind`` taking what it can from ``previous`` (its folder in the live generation,
    made by the same rules) instead of computing it again, or None when it cannot: a kind
    with a ``reusing`` method (`index.analysis.quote_extracted`) can."""
    if isinstance(kind, Deferred):
        return kind.reusing(previous)
    reuse = getattr(kind, "reusing", None)
    made: Derived | None = reuse(previous) if callable(reuse) else None
    return made


def fresh_kind(kind: Derived) -> Derived:
    """``kind``, never reusing what the live generation holds (``--fresh-quotes``)."""
    return kind.fresh() if isinstance(kind, Deferred) else kind


class Deferred:
    """An `Extracting` kind whose module is imported when it is first used.

    A build names its kinds (``name``) and hands their `spec` to the worker processes long
    before it calls one: an update whose kinds run in forked children never calls them in
    its own process, so the analysis modules behind them (and what they import) are
    imported only where the work is done.

    Args:
        name: The kind's ``name`` (checked against the real kind's when it is made).
        named: Its `spec`, ``module:Class``.
        light: Its build is quick: a build never forks a process for it (`light`).
        reuse: A rebuild may hand it its folder of the live generation (`reusing`).
        previous: That folder, for a kind made to reuse it (`reusing`).
    """

    def __init__(
        self,
        name: str,
        named: str,
        *,
        light: bool = False,
        reuse: bool = False,
        previous: Path | None = None,
    ) -> None:
        self.name = name
        self.named = named
        self.light = light
        self.reuse = reuse
        """Whether a rebuild may reuse what the live generation holds (`reusing`): only a
        kind whose class takes that folder (`QuotesDerived`)."""
        self.previous = previous
        """The live generation's folder of the kind, reused (`reusing`), or None."""
        self._kind: Extracting | None = None

    def reusing(self, previous: Path) -> Deferred | None:
        """This kind reusing ``previous`` (see `reusing`), if it may; its module is not
        imported here."""
        if not self.reuse:
            return None
        return Deferred(self.name, self.named, light=self.light, reuse=True, previous=previous)

    def fresh(self) -> Deferred:
        """This kind, never reusing what the live generation holds (``--fresh-quotes``)."""
        return Deferred(self.name, self.named, light=self.light, reuse=False)

    def made(self) -> Extracting:
        """The kind itself (its module imported now if it was not)."""
        if self._kind is None:
            kind = from_spec(spec(self) or self.named)
            if kind.name != self.name:
                raise ValueError(f"{self.named} is named {kind.name!r}, not {self.name!r}")
            self._kind = kind
        return self._kind

    def extract(self, article: Article) -> Any:
        """The kind's ``extract``."""
        return self.made().extract(article)

    def build(
        self, articles: Iterable[Any], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        """The kind's ``build``."""
        self.made().build(articles, folder, on_progress)

    def update(
        self,
        previous: Path,
        added: Iterable[Any],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """The kind's ``update``."""
        self.made().update(previous, added, removed, folder, on_progress)
