"""The stems a prefix in a text field stands for: ``investigat*`` is "investig" too.

The text fields index stems (Porter2, `index.store.schema.stem`), not words. A prefix
matched against the stems alone misses every word whose stem is shorter than the prefix
or differs within it: "investigated" is indexed as "investig", which does not start with
"investigat" (nu34 #1). So a prefix is also the stems of the words it begins: each
segment lists its words as written (`index.store.words`, px34), and `listed_stems` stems
those of the whole index that start with the prefix; the search keeps those the index
has, as exact terms, beside the stems that start with the prefix.

An index whose segments do not all list their words (built before px34) gets sp33's
guess instead (`ending_stems`): Porter2 only takes endings off (and turns a last "y" into
"i"), so a word that starts with the prefix and whose stem does not is the prefix, then
an ending Porter2 takes off that begins inside the prefix; `ending_stems` stems the
prefix followed by the rest of each such ending ("investigat" + "ed", "investigat" +
"ion", ...). The guess holds stems of non-words too ("governous": "govern", so
``governo*`` found "government", rv34 #1). A phrase's starred word is looked for as
each stem of the words it begins that the index lists (`begun_stems`,
`index.search.starred`), or, without lists, as the guess's.

The endings are made once a process from Porter2's own tables (`endings`), and a query
stems a few hundred to a few thousand strings (cached).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from itertools import product
from typing import Any

from index.search.listed_words import stems_of_listed

LONGEST_HEAD = 12
"""The most letters of an ending looked for at the end of a prefix (the longest ending,
"ationalizations", has 15; a prefix ending in more of one is rare)."""

_INFLECTIONS = ("s", "es", "'s", "'", "ed", "ing", "edly", "ingly", "eed", "eedly", "ly", "y")
"""Porter2's steps 0, 1a and 1b (and 1c's "y"), in the forms a word shows them."""


@cache
def endings() -> tuple[str, ...]:
    """Every ending, as a word shows it, that Porter2 may take off, sorted.

    Porter2's tables combined: a derivational ending of steps 2 to 5 (or none), then
    another (or none), then an inflection of steps 0 and 1 (or none): "ation" + "al" +
    "ly". Where two meet, the first's "e" may go ("ate" + "ed" is "ated") and its "y" may
    be "i" ("y" + "es" is "ies"); a last "i" may be written "y" ("ity": step 1c reads a
    last "y" as "i"). A doubled consonant before "ed" or "ing" is `ending_stems`' job
    ("runn*").
    """
    from whoosh.lang import porter2

    derived = {""} | {"e", "l", "y", "sion", "tion"}
    for end, repl, _ in porter2.s2_triples:
        derived |= {end, repl}
    for end, repl, _ in porter2.s3_triples:
        derived |= {end, repl}
    derived |= set(porter2.s4_delete_list)
    inflections = {"", *_INFLECTIONS, "sses", "ies", "ied"}
    found: set[str] = set()
    for first, second, last in product(derived, derived, inflections):
        for head, middle in _joined(first, second):
            found.update(left + right for left, right in _joined(head + middle, last))
    # Porter2 reads a last "y" as "i" (step 1c) before its tables: "ity" is "iti"
    found |= {ending[:-1] + "y" for ending in found if ending.endswith("i")}
    found.discard("")
    return tuple(sorted(found))


def _joined(left: str, right: str) -> list[tuple[str, str]]:
    """``left`` and ``right`` as a word may show them together: as they are, with the
    first's "e" dropped before a vowel, or its "y" made "i". Pairs of (left part, right)."""
    joined = [(left, right)]
    if left and right and right[0] in "aeiouy":
        if left.endswith("e"):
            joined.append((left[:-1], right))
        if left.endswith("y"):
            joined.append((left[:-1] + "i", right))
    return joined


@lru_cache(maxsize=256)
def ending_stems(prefix: str) -> frozenset[str]:
    """The stems of the words ``prefix`` begins that Porter2 may cut back inside it.

    ``prefix`` is as a text field's words are written (lower-cased, folded: the parser's
    `index.search.query` leaves it so). For each ending Porter2 strips whose first letters
    end the prefix ("ation" after "investigat" shares "at"), the stem of the prefix with
    the rest of it ("investigat" + "ion": "investig"); the prefix's own stem; the prefix
    with a doubled last consonant undone ("runn": "run", as "running" is); and Porter2's
    exceptions that begin with it ("dyi": "die"). Only those not starting with the prefix
    (the others the prefix finds itself). Kept for the segments and fields a search asks.
    """
    from whoosh.lang.porter2 import doubles, exceptional_forms

    from index.store.schema import stem

    if not prefix:
        return frozenset()
    words = {prefix}
    table = endings()
    for size in range(1, min(len(prefix), LONGEST_HEAD) + 1):
        head = prefix[-size:]
        at = bisect_left(table, head)
        while at < len(table) and table[at].startswith(head):
            words.add(prefix + table[at][size:])
            at += 1
    stems = {stem(word) for word in words}
    if prefix[-2:] in doubles:
        stems.add(prefix[:-1])
    stems.update(form for word, form in exceptional_forms.items() if word.startswith(prefix))
    return frozenset(found for found in stems if not found.startswith(prefix))


def prefix_stems(reader: Any, prefix: str) -> frozenset[str]:
    """The stems, not starting with ``prefix``, of the words it begins in an index.

    Exact where every segment lists its words (`listed_stems`); else the stems Porter2 may
    cut such words to (`ending_stems`: a guess, which pulls in "govern" for ``governo*``
    from the non-word "governous"). The search keeps those the index has, as exact terms,
    beside the stems that start with the prefix.
    """
    listed = listed_stems(reader, prefix)
    return ending_stems(prefix) if listed is None else listed


def listed_stems(reader: Any, prefix: str) -> frozenset[str] | None:
    """The stems, not starting with ``prefix``, of the words the segments of ``reader`` (a
    whole index's: a word of one segment stands for its stem in all) list that it begins
    (`index.store.words`), or None if a segment has no list."""
    stems = begun_stems(reader, prefix)
    if stems is None:
        return None
    return frozenset(each for each in stems if not each.startswith(prefix))


def begun_stems(reader: Any, prefix: str) -> frozenset[str] | None:
    """The stems of all the words the segments of ``reader`` list that ``prefix`` begins
    (those starting with it too: a phrase's starred word is expanded to them all,
    `index.search.starred`), or None if a segment has no list (`index.search.listed_words`)."""
    return stems_of_listed(reader, ("begun", prefix), lambda words: begun_words(words, prefix))


def begun_words(words: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    """The words of a sorted list that ``prefix`` begins."""
    at = bisect_left(words, prefix)
    end = at
    while end < len(words) and words[end].startswith(prefix):
        end += 1
    return words[at:end]
