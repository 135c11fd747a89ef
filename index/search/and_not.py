"""``a ANDNOT b`` that excludes every document of ``b``: Whoosh's own keeps one.

Whoosh's `AndNotMatcher` (whoosh-reloaded 2.7.5) checks only whether its two sides start
on the same document: when the excluded side starts on an earlier one, the first document
of the kept side is never skipped past, and stays a hit even when it holds ``b``
("peacekeepers ANDNOT ceasefire" found an article with both). `ExcludingAndNot` is the same
query (an `AndNot`, scored by ``a`` alone, read the same way by highlights and the
OpenSearch translation) with a matcher that moves the excluded side up before it starts.
"""

from __future__ import annotations

from typing import Any

from whoosh.matching import AndNotMatcher
from whoosh.qparser import OperatorsPlugin
from whoosh.qparser.syntax import AndNotGroup
from whoosh.query import AndNot


class _ExcludingMatcher(AndNotMatcher):
    """Whoosh's matcher, starting the way it goes on: past every excluded document."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()  # skips b up to a's document, then a past b's


class ExcludingAndNot(AndNot):
    """`AndNot` with `_ExcludingMatcher`: ``a`` without any document ``b`` matches."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        kept = self.a.matcher(searcher, context)
        excluded = self.b.matcher(searcher, searcher.boolean_context())
        return _ExcludingMatcher(kept, excluded)


class _ExcludingGroup(AndNotGroup):
    """The parser's ``ANDNOT`` group, made into an `ExcludingAndNot`."""

    qclass = ExcludingAndNot


def excluding_operators(plugin: OperatorsPlugin) -> OperatorsPlugin:
    """``plugin`` with its ``ANDNOT`` operator making `ExcludingAndNot` (same precedence)."""
    for tagger, _ in plugin.ops:
        if tagger.grouptype is AndNotGroup:
            tagger.grouptype = _ExcludingGroup
    return plugin
