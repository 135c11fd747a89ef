"""Whoosh's comparisons (``field:<value``), safe where a ``<`` or ``>`` opens a group.

Split from `index.search.query` by job (its size); `make_parser` adds it.
"""

from __future__ import annotations

from typing import Any

from whoosh.qparser import GtLtPlugin


class FirstSafeGtLt(GtLtPlugin):
    """Whoosh's ``field:<value`` comparisons, with a ``<`` or ``>`` first in a group (``<a``,
    ``(> x)``) left out as the other punctuation is: Whoosh looked at the node before it,
    there was none, and it raised IndexError (nu41 #4)."""

    def do_gtlt(self, parser: Any, group: Any) -> Any:
        from whoosh.qparser.syntax import FieldnameNode, GroupNode

        kept = group.empty_copy()
        i = 0
        while i < len(group):
            node = group[i]
            if isinstance(node, self.GtLtNode):
                after = group[i + 1] if i + 1 < len(group) else None
                before = kept[-1] if len(kept) else None
                if isinstance(before, FieldnameNode) and after is not None and after.has_text:
                    kept.append(self.make_range(after, node.rel))
                    i += 1
            elif isinstance(node, GroupNode):
                kept.append(self.do_gtlt(parser, node))
            else:
                kept.append(node)
            i += 1
        return kept
