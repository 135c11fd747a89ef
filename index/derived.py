"""Derived data: what every build computes from the articles and keeps in the generation.

Stories and quotes are kinds of derived data. Each is a `Derived`: it writes the files of
a folder of its own in the new generation (``gen-*/NAME/``), from every article on a
rebuild, or from its folder in the previous generation and what changed on an update.
The build runs each one after the index is written and before the new generation checks
itself and is swapped in, so the atomic swap, the checksums and the self-check cover its
files: a killed build leaves the previous generation's folders whole, and a damaged file
shows as a damaged index. The kinds a build runs are listed in `index.library.DERIVED`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Protocol

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
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        """Compute it from every article of the new generation into ``folder``.

        Args:
            articles: Every article, in order of id, read back from the new index (so
                they are exactly what was indexed); read them once, as they come.
            folder: An empty folder of the new generation; every file written there is
                checksummed. Flushing is the build's business.
            on_progress: Called with `Progress` now and then (may be None).
        """

    def update(
        self,
        previous: Path,
        added: Iterable[Article],
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
            added: The articles added or changed, in order of id.
            removed: The ids of the articles removed or changed.
            folder: An empty folder of the new generation.
            on_progress: Called with `Progress` now and then (may be None).
        """
