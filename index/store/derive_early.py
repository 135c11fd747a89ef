"""An update's derive child, forked before the scan: its imports and its kinds' previous
states opened beside the scan (issue 21).

An update with worker processes updates its extracting kinds in one forked child
(`index.store.derive.start_early`). Forked once the plan knew the files to read, that child
imported NumPy and the analysis modules and opened the quote store and the story model
(~0.25 CPU s) after the scan, and was then the update's longest path: from its fork to its
end it works without a pause (bench/README, "An update of 100 files").

`forked_early` forks it with the prefetch child (`index.store.prefetch`), before the
manifest is read and the corpus scanned, for the kinds the live generation holds. It
imports what they need (`warm`) and starts their updates at once, as `start_early`'s child
does, into the folders of a new generation whose name is chosen now (`Early.folder`) and
made later, under the build lock (`Early.start`). Each kind opens its previous state, then
waits for its values: a kind writes its folder only once it has them (`index.derived`'s
kinds read their values before writing), and they are sent only after that folder is made.

The child is killed unused when the update has nothing to do (or turns into a rebuild),
when the live generation changed before the lock was taken, or when older rules made one
of its kinds (``redo``: built whole from every article): `start_early` then forks one as
before, if any kind is left to it. It dies with its parent, as every child does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from index.derived import Derived, Extracting, extracting
from index.store.generations import temp_name

if TYPE_CHECKING:
    from index.store.aside import Aside, Later


class Early:
    """The derive child forked before the scan, updating ``kinds`` of the generation
    ``previous`` into their folders of the new generation ``folder`` (not made yet)."""

    def __init__(self, child: Aside, kinds: Sequence[Extracting], folder: str) -> None:
        self.child = child
        self.kinds = list(kinds)
        self.folder = folder
        """The name of the new generation's folder (`build.new_generation`'s ``name``)."""

    def start(self, folder: Path, redo: Collection[str] = ()) -> list[Aside] | None:
        """Make the kinds' folders in ``folder`` (the new generation, made from the
        generation the child opened) and return the child, as `start_early` would return
        it; None, the child killed, if ``folder`` is not `folder` or a kind is in ``redo``."""
        from index.store.derive import new_folder

        if folder.name != self.folder or any(kind.name in redo for kind in self.kinds):
            self.child.kill()
            return None
        for kind in self.kinds:
            new_folder(folder, kind)
        return [self.child]

    def kill(self) -> None:
        """End the child unless it was waited for (then a no-op)."""
        self.child.kill()


@contextlib.contextmanager
def forked_early(
    allowed: bool, index_dir: Path, previous: Path | None, derived: Sequence[Derived]
) -> Iterator[Early | None]:
    """An `Early` child updating the extracting kinds ``previous`` (the live generation of
    ``index_dir``) holds, if ``allowed`` and it holds any; killed at the block's end unless
    it was waited for."""
    kinds = [] if previous is None else _held(previous, derived)
    forked: list[Aside] = []  # recorded once forked: an interrupt after that kills it
    try:
        yield _fork(kinds, index_dir, previous, forked) if allowed and kinds and previous else None
    finally:
        for child in forked:
            child.kill()


def _held(previous: Path, derived: Sequence[Derived]) -> list[Extracting]:
    return [kind for kind in extracting(derived) if (previous / kind.name).is_dir()]


def _fork(kinds: list[Extracting], index_dir: Path, previous: Path, forked: list[Aside]) -> Early:
    from index.store.aside import start_later

    name = temp_name()
    befores = [previous / kind.name for kind in kinds]
    targets = [index_dir / name / kind.name for kind in kinds]
    work = partial(_update_early, kinds, befores, targets)
    child = start_later(" and ".join(kind.name for kind in kinds), work, record=forked)
    child.kinds = tuple(kind.name for kind in kinds)
    return Early(child, kinds, name)


def _update_early(
    kinds: Sequence[Extracting], befores: Sequence[Path], targets: Sequence[Path], later: Later
) -> None:
    """In the child: import what the kinds need, then update them (`start_early`'s work)."""
    from index.store.derive import _update_all_later, _update_later

    for kind in kinds:
        warm(kind)
    if len(kinds) == 1:
        _update_later(kinds[0], befores[0], targets[0], later)
    else:
        _update_all_later(kinds, befores, targets, later)


def warm(kind: Derived) -> None:
    """Import what ``kind``'s update needs: its module (an `index.derived.Deferred`'s), and
    what its ``warm`` imports, if it has one (what its ``extract`` imports on first use)."""
    made = getattr(kind, "made", None)
    real = made() if callable(made) else kind
    hook = getattr(real, "warm", None)
    if callable(hook):
        hook()
