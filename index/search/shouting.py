"""A query's loose words typed in capitals are shouted, as a headline's are (sx38).

The index reads a stop word in capitals among words in capitals ("LET US PRAY") as either
reading, the plain word and the initialism (`index.store.initialisms`). A query follows
the same rule (`shouted_words`, the same function), over its loose words in a row: an
operator, a bracket, a field name, a phrase or any other clause between two words breaks
the row, as the start of a line does, and a word after NOT, a minus or a field name stands
alone (``-IT JOBS`` leaves out IT, the initialism; ``title:IT JOBS`` keeps it, rv43). A
shouted loose stop word is either "u.s" or the pronoun "us", and a loose pronoun is left
out (a lower-case loose "us" is dropped, as "the" is), so the search leaves it out:
``IT JOBS`` is ``jobs``, ``THE BANK`` is ``bank``. ``US SENATE`` (first: never the
pronoun) and ``US Senate`` keep the initialism, and so does ``US`` alone. Quoted phrases
follow the rule in `index.search.phrases`.
"""

from __future__ import annotations

from typing import Any

from whoosh.qparser import syntax

from index.store.initialisms import shouted_words


def _rows(group: Any) -> list[list[Any]]:
    """The runs of loose words in ``group`` (each a `WordNode`; whitespace skipped), and
    those of the groups inside it."""
    rows: list[list[Any]] = [[]]
    inner: list[list[Any]] = []
    alone = False  # whether the last node was NOT, a minus or a field name: its word stands alone
    for node in group:
        if node.is_ws():
            continue
        if type(node) is syntax.WordNode:
            rows[-1].append(node)
            if alone:
                rows.append([])
            alone = False
            continue
        alone = isinstance(node, syntax.PrefixOperator | syntax.FieldnameNode)
        rows.append([])
        if isinstance(node, syntax.GroupNode):
            inner.extend(_rows(node))
    return [row for row in rows if row] + inner


class ShoutingPlugin:
    """A parser filter: each shouted loose stop word made the lower-case word (see above),
    before the field names and fields are applied."""

    def taggers(self, parser: Any) -> list[Any]:
        return []

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.do_shouting, 90)]

    def do_shouting(self, parser: Any, group: Any) -> Any:
        for row in _rows(group):
            for node, loud in zip(row, shouted_words([node.text for node in row]), strict=True):
                if loud:
                    node.text = node.text.lower()
        return group
