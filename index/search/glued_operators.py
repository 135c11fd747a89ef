"""The operators, read where Whoosh's parser reads them and where it read a word instead.

Whoosh reads ``AND``, ``OR``, ``ANDNOT``, ``ANDMAYBE`` and ``NOT`` only with a space after
them: ``frost NOT(dam)`` held the word ``NOT`` (the initialism N.O.T., ANDed in) and found
nothing, on plain Whoosh too, where a user meant ``frost NOT (dam)``. An operator word in
capitals glued to an opening bracket (``NOT(``, ``AND(``, ``OR(``, ``ANDNOT(``) is the
operator, then the group; a binary one glued to a closing bracket before it
(``(a)ANDNOT(b)``) too (sx54). A minus at the start of a word, a phrase or a group is NOT
(`index.search.negation.BEGUN`).
"""

from __future__ import annotations

from whoosh.qparser import OperatorsPlugin

from index.search.negation import BEGUN, excluding_operators

OPENS = r"(?=[\s(])"
"""What an operator word stands before: a space, or the bracket of its group."""
NOT = rf"(^|(?<=[\s()]))(NOT{OPENS}|-(?={BEGUN}))"
"""NOT, and a minus at the start of a word, a phrase or a group (``-word``, ``-"a b"``)."""


def _binary(word: str) -> str:
    return rf"(?<=[\s)]){word}{OPENS}"


def operators_plugin() -> OperatorsPlugin:
    """Whoosh's operators plugin reading the glued operators, its NOT and ANDNOT mended
    (`index.search.negation.excluding_operators`)."""
    words = {"And": "AND", "Or": "OR", "AndNot": "ANDNOT", "AndMaybe": "ANDMAYBE"}
    glued = {name: _binary(word) for name, word in words.items()}
    return excluding_operators(OperatorsPlugin(Not=NOT, **glued))
