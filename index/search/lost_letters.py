"""A word's copies that lost a letter to "?": ``Dudenhöffer`` finds "Dudenh?ffer" (sx44).

Messy copies lose accented letters to "?" ("Dudenh?ffer", "Sch?uble"). The analyzers keep
such a word whole, its "?" a letter of it (`index.store.hyphens.LOST_AT`), so the query
``dudenh?ffer`` (the "?" a wildcard, `index.search.wildcards`) finds both spellings. The
other way round, a plain word of the query in the title or the body finds the damaged
copies whose "?" filled with one letter (`FILLS`) is that word, stem for stem: the search
adds their terms beside the word's (`with_lost_letters`, where the index lists a damaged
word that fills so), and the highlighter lights them (`lost_lit`). A phrase, a prefix, a
fuzzy word and the names fields (byline, outlet, dateline) are left as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from itertools import product
from string import ascii_lowercase
from typing import Any
from weakref import WeakKeyDictionary

from index.store.schema import TEXT_FIELDS

FILLS = (*ascii_lowercase, "ss", "ae", "oe", "ij")
"""What a lost letter may have been, as the analyzers fold it: a letter ("ö" is "o"), or
the two letters one folds to ("ß" is "ss": `index.store.schema.FOLD_MORE`)."""
MOST_LOST = 2
"""The most "?" a word may hold to be filled (the second filled with one letter only)."""

_TABLES: WeakKeyDictionary[Any, dict[str, frozenset[str]]] = WeakKeyDictionary()
"""`damaged_stems` by index reader (a reader's segments, and so its lists, never change)."""


def fillings(word: str) -> list[str]:
    """``word`` (lower-cased, folded) with each of its "?" filled: with each of `FILLS` for
    one "?", with each letter for two; none for more, or none."""
    count = word.count("?")
    if count == 0 or count > MOST_LOST:
        return []
    if count == 1:
        return [word.replace("?", fill) for fill in FILLS]
    head, middle, tail = word.split("?")
    return [head + a + middle + b + tail for a, b in product(ascii_lowercase, repeat=2)]


def filled_stems(word: str) -> set[str]:
    """The stems of ``word``'s fillings (`fillings`)."""
    from index.store.schema import stem

    return {stem(filled) for filled in fillings(word)}


def damaged_table(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each stem a damaged word of ``words`` fills to, the stems of those words."""
    from index.store.schema import stem

    table: dict[str, set[str]] = {}
    for word in words:
        if "?" not in word:
            continue
        damaged = stem(word)
        for whole in filled_stems(word):
            table.setdefault(whole, set()).add(damaged)
    return {whole: frozenset(found) for whole, found in table.items()}


def damaged_stems(reader: Any) -> dict[str, frozenset[str]]:
    """`damaged_table` of the words the segments of ``reader`` (a whole index's) list, or
    empty if a segment lists none (an index built before px34); cached by reader."""
    try:
        return _TABLES[reader]
    except KeyError:
        pass
    except TypeError:  # not weakly referable: worked out each time
        return _table(reader)
    table = _TABLES[reader] = _table(reader)
    return table


def _table(reader: Any) -> dict[str, frozenset[str]]:
    from index.store.words import segment_words

    damaged: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        listed = segment_words(leaf)
        if listed is None:
            return {}
        damaged.update(word for word in listed if "?" in word)
    return damaged_table(damaged)


def with_lost_letters(query: Any, reader: Any) -> Any:
    """``query`` with each term of the title or the body that a damaged word the index
    lists fills to ORed with that word's term (`damaged_stems`); the very query when
    there is none (most indexes: the query keeps its fast paths, `index.search.direct`)."""
    table = damaged_stems(reader)
    if not table:
        return query
    return _rewritten(query, table)


def _rewritten(query: Any, table: dict[str, frozenset[str]]) -> Any:
    """``query`` rewritten (`with_lost_letters`): a node whose children changed is copied
    with its attributes (Whoosh's own `apply` drops a compound's ``minmatch``, ``scale``
    and a subclass's own), one whose children did not is itself."""
    from whoosh.query import Or, Term

    if type(query) is Term:
        lost = table.get(query.text) if query.fieldname in TEXT_FIELDS else None
        if not lost or not isinstance(query.text, str):
            return query
        others = [Term(query.fieldname, text, boost=query.boost) for text in sorted(lost)]
        return Or([query, *others])
    if query.is_leaf():
        return query
    changed: dict[str, Any] = {}
    for name in _CHILDREN:
        child = getattr(query, name, None)
        if isinstance(child, list):
            kids = [_rewritten(each, table) for each in child]
            if any(new is not old for new, old in zip(kids, child, strict=True)):
                changed[name] = kids
        elif child is not None and hasattr(child, "is_leaf"):
            kid = _rewritten(child, table)
            if kid is not child:
                changed[name] = kid
    if not changed:
        return query
    copied = copy(query)
    for name, value in changed.items():
        setattr(copied, name, value)
    return copied


_CHILDREN = ("subqueries", "child", "query", "a", "b")
"""Where Whoosh's query nodes hold their children: a compound's list, a wrapper's child,
`Not`'s query, a binary node's two (`AndNot`, `AndMaybe`, `Require`)."""


def lost_lit(stems: frozenset[str], word: str) -> bool:
    """Whether ``word`` (lower-cased, folded) is a damaged word one of whose fillings has a
    stem of ``stems`` (a query's terms): what `with_lost_letters` finds it by."""
    return "?" in word and not stems.isdisjoint(filled_stems(word))
