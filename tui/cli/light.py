"""The core imported without the standard library modules Whoosh names but never uses.

Whoosh's ``whoosh.compat`` imports ``urllib.request`` (for a download helper; with it
come ``http.client``, ``email`` and ``ssl``), and ``whoosh.reading`` imports the
``cached_property`` package, which imports ``asyncio`` (with ``concurrent.futures``,
``subprocess`` and ``ssl`` again) to ask `asyncio.iscoroutinefunction` of each property
it computes (`_iscoroutinefunction` answers the same without it). Together they were
about a third of what importing Whoosh costs, paid on every `broadsheet search`.
``whoosh.query.terms`` imports ``whoosh.lang.morph_en`` for its `Variations` query
(English word forms: 115 rules compiled into six large regular expressions and a
table of 582 exceptions built on import, ~5 ms), which broadsheet's parser never makes.
`import_library` imports the core, Whoosh with it, with stand-ins for those modules:
a stand-in imports the real module the moment anything of it is used, so nothing
behaves differently; only the import happens later, or never.

Only for the command's main thread, before anything has imported Whoosh (`tui.cli` calls
it first): while the core is imported, the stand-ins are what ``sys.modules`` holds.

`index.library` itself imports no Whoosh: its engine is imported when a `Library` is
made. The reader makes it in a thread once its first frame is under way (Textual has
imported asyncio by then), so for the reader `tui.cli` imports the library alone; every
other command imports the engine here too, behind the stand-ins.

The reader's app is imported the same way (`import_app`): Textual's command palette
imports ``textual.types`` for one type alias, and that module imports the directory tree,
select and placeholder widgets (with the tree widget) to re-export a name of each; the
reader uses none of them, and they were ~3% of what importing Textual costs, paid before
the first frame.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import types
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.app import BroadsheetApp


class Deferred(types.ModuleType):
    """A stand-in for a module: asking it for anything imports the real module."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.real(), name)

    def real(self) -> types.ModuleType:
        """The module itself (imported now if it was not)."""
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return importlib.import_module(self.__name__)


def _forward(stand_in: Deferred, name: str) -> Callable[..., Any]:
    """A function that calls the real module's ``name``."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(stand_in.real(), name)(*args, **kwargs)

    call.__name__ = name
    return call


def _iscoroutinefunction(func: object) -> bool:
    """`asyncio.iscoroutinefunction`, without importing asyncio while nothing else has.

    asyncio's answer is `inspect`'s, or True for a function carrying the marker of
    ``asyncio.coroutines``; before that module is loaded, no function can carry it.
    """
    coroutines = sys.modules.get("asyncio.coroutines")
    if coroutines is not None:
        return bool(coroutines.iscoroutinefunction(func))
    return inspect.iscoroutinefunction(func)


DEFERRED: dict[str, dict[str, Callable[..., Any] | None]] = {
    "urllib.request": {"urlretrieve": None},
    "asyncio": {"iscoroutinefunction": _iscoroutinefunction},
    "whoosh.lang.morph_en": {"variations": None},
}
"""The modules stood in for, and what each must hold while Whoosh imports it (a
function of ours, or None: the real module's, imported when called)."""


LIBRARY = "index.library"
ENGINE = "index.search.engine"
"""The core's Whoosh engine (and Whoosh with it)."""
SEARCHER = "index.search.searcher"
"""The engine's searcher (Whoosh's query, parser and searching modules with it), which
the engine imports only when it opens an index (an update never does)."""


def import_library(whoosh: bool = True, *, search: bool = False) -> None:
    """Import `index.library`, and with ``whoosh`` its Whoosh engine, and with ``search``
    (`broadsheet search`) its searcher too, deferring `DEFERRED` (see the module)."""
    modules = (LIBRARY, ENGINE, SEARCHER)[: 3 if search else 2] if whoosh else (LIBRARY,)
    if "whoosh" in sys.modules or not whoosh:
        for module in modules:
            importlib.import_module(module)
        return
    with standing_in(DEFERRED):
        for module in modules:
            importlib.import_module(module)


def import_app() -> type[BroadsheetApp]:
    """The reader's app class, imported without ``textual.types`` (see the module): while
    it imports, a stand-in holds the one name Textual asks of it."""
    if "textual.command" in sys.modules:
        from tui.app import BroadsheetApp

        return BroadsheetApp
    from textual._types import IgnoreReturnCallbackType

    with standing_in({"textual.types": {"IgnoreReturnCallbackType": IgnoreReturnCallbackType}}):
        from tui.app import BroadsheetApp
    return BroadsheetApp


@contextmanager
def standing_in(deferred: Mapping[str, Mapping[str, object]]) -> Iterator[None]:
    """Stand-ins in ``sys.modules`` for the modules of ``deferred`` that are not imported,
    each holding the names given (a None: the real module's, imported when called), and
    no longer there once the block ends (an import after it is the real module's)."""
    placed = []
    for module, names in deferred.items():
        if module not in sys.modules:
            stand_in = Deferred(module)
            for name, value in names.items():
                setattr(stand_in, name, _forward(stand_in, name) if value is None else value)
            sys.modules[module] = stand_in
            placed.append(stand_in)
    try:
        yield
    finally:
        for stand_in in placed:
            if sys.modules.get(stand_in.__name__) is stand_in:
                del sys.modules[stand_in.__name__]
