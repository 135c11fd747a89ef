"""The comparison part of `index.library.Library`: two articles compared with the corpus's
own casing (`index.analysis.casing`, fn46), its common words read once per generation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from index.analysis.compare import Comparison
    from index.models import Article


class CompareMethods:
    """What compare reads of the open index: the words its corpus writes in lower case."""

    if TYPE_CHECKING:  # provided by `index.library.Library`

        def derived_folder(self, name: str) -> Path | None: ...

    def common_words(self) -> frozenset[str]:
        """The words the indexed corpus writes mostly in lower case ("place", "staff";
        `index.analysis.casing`), read once per generation; none when the index keeps no
        casing (built before fn46, or by `--no-...`: compare then goes by the compared texts
        alone). Reads a file: call it off the UI thread."""
        from index.analysis.casing import NAME, common_in

        return common_in(self.derived_folder(NAME))

    def compare(self, first: Article, second: Article) -> Comparison:
        """What two articles share, sentence by sentence, and what only one says (with the
        corpus's `common_words`)."""
        return self.compare_pair(first, second, self.common_words())

    @staticmethod
    def compare_pair(
        first: Article, second: Article, common: frozenset[str] = frozenset()
    ) -> Comparison:
        """`compare` with the corpus's common words given (none: the texts' own casing
        alone), for a caller without an open index (the reader's warm-up)."""
        from index.analysis.compare import compare

        outlets = (first.source or "", second.source or "")
        return compare(first.body, second.body, outlets, (first.title, second.title), common)
