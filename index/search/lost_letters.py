"""A word's copies that lost a letter to "?": ``Dudenhöffer`` finds "Dudenh?ffer" (sx44).

Messy copies lose accented letters to "?" ("Dudenh?ffer", "Sch?uble"). The analyzers keep
such a word whole, its "?" a letter of it (`index.store.hyphens.LOST_AT`), so the query
``dudenh?ffer`` (the "?" a wildcard, `index.search.wildcards`) finds both spellings. The
other way round, a plain word of the query in the title or the body also looks for its
spellings with one letter lost (`damaged_spellings`: "dudenh?ffer" of "dudenhoffer",
"stra?e" of "strasse"): the parser notes their terms on the word's term (`note_lost`), the
search ORs in those the index holds (`with_lost_letters`: a few term lookups, no word
list read) and the highlighter lights them (`index.search.highlight`). A phrase, a prefix,
a wildcard, a fuzzy word and the names fields (byline, outlet, dateline) are left as they
were, and so is a copy that lost two letters of one word.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from index.store.schema import TEXT_FIELDS

PAIRS = ("ss", "ae", "oe", "ij")
"""Two letters that stand for one a copy loses, as the analyzers fold it ("ß" is "ss":
`index.store.schema.FOLD_MORE`): "Straße" lost its "ß" as "Stra?e"."""


def damaged_spellings(word: str) -> list[str]:
    """``word`` (lower-cased, folded) with one letter, or one of `PAIRS`, put as "?" where
    a copy's "?" is read as a lost letter (`index.store.hyphens.LOST_AT`): between two
    letters, and not before an "s" ending the word (a lost apostrophe, rv62)."""
    if not word.isalpha():
        return []
    found: list[str] = []
    for at in range(1, len(word) - 1):
        for size in (1, 2):
            end = at + size
            if end >= len(word) or (size == 2 and word[at:end] not in PAIRS):
                continue
            if word[end] == "s" and end == len(word) - 1:
                continue
            found.append(word[:at] + "?" + word[end:])
    return found


def note_lost(term: Any, text: str) -> None:
    """Note on ``term`` (a `Term` of a text field, parsed from the query word ``text``)
    the terms of its spellings with a letter lost (`damaged_spellings`), as ``lost``."""
    from index.store.schema import make_words_analyzer, stem

    words = [t.text for t in make_words_analyzer()(text, mode="query", tokenize=False)]
    if len(words) == 1:
        term.lost = tuple(dict.fromkeys(stem(each) for each in damaged_spellings(words[0])))


def lost_terms(term: Any) -> tuple[str, ...]:
    """The terms `note_lost` noted on ``term`` (none if it noted none)."""
    lost: tuple[str, ...] = getattr(term, "lost", ())
    return lost


def with_lost_letters(query: Any, reader: Any) -> Any:
    """``query`` with each term of the title or the body ORed with its lost-letter terms
    (`lost_terms`) that ``reader``'s index holds; the very query when it holds none (most
    indexes: the query keeps its fast paths, `index.search.direct`)."""
    from whoosh.query import Or, Term

    if type(query) is Term:
        if query.fieldname not in TEXT_FIELDS:
            return query
        field = query.fieldname
        held = [text for text in lost_terms(query) if (field, text) in reader]
        if not held:
            return query
        return Or([query, *(Term(field, text, boost=query.boost) for text in held)])
    if query.is_leaf():
        return query
    # a node whose children changed is copied with its attributes (Whoosh's own `apply`
    # drops a compound's ``minmatch`` and ``scale``, and a subclass's own); else itself
    changed: dict[str, Any] = {}
    for name in _CHILDREN:
        child = getattr(query, name, None)
        if isinstance(child, list):
            kids = [with_lost_letters(each, reader) for each in child]
            if any(new is not old for new, old in zip(kids, child, strict=True)):
                changed[name] = kids
        elif child is not None and hasattr(child, "is_leaf"):
            kid = with_lost_letters(child, reader)
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
