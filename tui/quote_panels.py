"""The quotes panels computed, kept per index generation and scope (nu53 #7, fx129).

Going back (`esc`) to the whole corpus's quotes panel made it again: "Finding quotes…"
for about 2 s on Reuters, and the keys typed meanwhile waited for it, so `esc`
`/yeutter japan` gave the panel a `u` (an index update). A panel's quotes depend on the
index generation and its scope alone (the article, story or query it lists): those made
last are kept here, and a panel opened again on the same generation and scope shows them
at once. A new generation (an update) is another key, so nothing stale is shown.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from index.library import Library

KEPT_MOST = 8
"""Panels kept (the oldest go first): the way back holds a few at most."""

_KEPT: OrderedDict[tuple[int, str, Any], tuple[Any, ...]] = OrderedDict()
_LOCK = threading.Lock()


def keep_panel(
    library: Library, generation: str | None, scope: Any, loaded: tuple[Any, ...]
) -> None:
    """Keep what a panel's worker found for ``scope`` in ``generation`` (none without one)."""
    if generation is None:
        return
    with _LOCK:
        key = (id(library), generation, scope)
        _KEPT[key] = loaded
        _KEPT.move_to_end(key)
        while len(_KEPT) > KEPT_MOST:
            _KEPT.popitem(last=False)


def kept_panel(library: Library, scope: Any) -> tuple[Any, ...] | None:
    """What was found for ``scope`` in the library's open generation, or None."""
    generation = library.generation
    if generation is None:
        return None
    with _LOCK:
        return _KEPT.get((id(library), generation, scope))


def forget_panels() -> None:
    """Keep none (tests)."""
    with _LOCK:
        _KEPT.clear()
