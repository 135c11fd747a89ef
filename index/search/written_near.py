"""Did you mean, by the words as written: the index's words one edit from a word typed.

The text fields index Porter2 stems, and the candidates `index.search.suggest` ranks are
stems: "klling" is two edits from the stem "king" and three from "kill", the stem of
"killing", which was never a candidate (sg51). But each segment lists its words as
written, with how many of its articles hold each (`index.store.words`; OpenSearch keeps
them in a keyword field, `index.opensearch.prefixes.WORDS`). A word typed with one slip
is one edit (OSA: a swap of two neighbouring letters is one) from the word meant as
written: its one-edit variants (`one_edit`) that the index lists are the best offers,
the one most articles hold first (`first_offers`); the stems are read only when none is.
"""

from __future__ import annotations

import os
import re
import string
from bisect import bisect_left
from collections.abc import Callable, Mapping
from typing import Any

from index.search.kept import Kept
from index.store.schema import fold_map

_LETTERS = string.ascii_lowercase + string.digits
"""Letters put in or for another by `one_edit` (with the word's own): the lists hold
words folded to these, most of them."""


def folded(word: str) -> str:
    """``word`` as the lists hold it: lower-cased and folded ("schäuble": "schauble")."""
    return word.lower().translate(fold_map())


LONGEST = 64
"""A word longer than this has no variants read (`one_edit`): a 1,000-letter query word
had 74,000, past what OpenSearch takes in one terms query (65,536)."""


def one_edit(word: str) -> list[str]:
    """Every word one edit (OSA) from ``word``: a letter left out, put in, put for another
    (of `_LETTERS` or the word's own), or two neighbouring letters swapped; none for a
    word of more than `LONGEST` letters."""
    if len(word) > LONGEST:
        return []
    letters = dict.fromkeys(_LETTERS + word)
    cuts = [(word[:at], word[at:]) for at in range(len(word) + 1)]
    out = [head + tail[1:] for head, tail in cuts if tail]
    out += [head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1]
    out += [head + c + tail[1:] for head, tail in cuts if tail for c in letters if c != tail[0]]
    out += [head + c + tail for head, tail in cuts for c in letters]
    return [each for each in dict.fromkeys(out) if each and each != word]


def one_edit_from(word: str, options: list[str]) -> bool:
    """Whether one of ``options`` is one edit (OSA) from ``word`` as written, both folded
    (the lists' offers are: "françoiss" is one edit from "francois")."""
    from rapidfuzz.distance import OSA  # only a search with no hits gets here

    return any(OSA.distance(folded(word), folded(o), score_cutoff=1) <= 1 for o in options)


def first_offers(word: str, written: Mapping[str, int], fits: Any) -> list[str]:
    """The words of ``written`` (words the index lists one edit from ``word``, with how
    many articles hold each) that ``fits`` keeps (`index.search.suggest.close`, and no
    lost letter), the one most articles hold first, then alphabetically."""
    kept = [each for each in written if written[each] > 0 and fits(each)]
    return sorted(kept, key=lambda each: (-written[each], each))


_MARK = re.compile(r"['’]")


def by_longest_part(
    word: str, near: Callable[[str], dict[str, int] | None]
) -> dict[str, int] | None:
    """``near(word)`` (the words listed one edit from it, with their counts); for a word
    with an apostrophe, its longest part's instead, the other parts and marks put back
    ("trumpp's": "trump's", counted as "trump" is): the lists hold a word's parts apart
    ("trump", "s"), so such a word had no written offers ("trumpets" was offered; rv76)."""
    parts = _MARK.split(word)
    if len(parts) == 1:
        return near(word)
    marks = [*_MARK.findall(word), ""]
    at = max(range(len(parts)), key=lambda k: len(parts[k]))
    found = near(parts[at])
    if found is None:
        return None
    head = "".join(p + m for p, m in zip(parts[:at], marks[:at], strict=True))
    tail = marks[at] + "".join(p + m for p, m in zip(parts[at + 1 :], marks[at + 1 :], strict=True))
    return {head + each + tail: count for each, count in found.items()}


def listed_near(reader: Any, word: str) -> dict[str, int] | None:
    """The words one edit from ``word`` (`one_edit` of it folded) that the segments of
    ``reader`` list, with how many of their articles hold each; None if a segment has no
    list. A segment written without counts counts each word once; a segment's deleted
    articles count until a merge (their words are left out when a writer noted them gone)."""
    from index.store.words import segment_words

    variants = one_edit(folded(word))
    found: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        listed = segment_words(leaf)
        if listed is None:
            return None
        counts = _counts(leaf)
        for each in variants:
            at = bisect_left(listed, each)
            if at < len(listed) and listed[at] == each:
                found[each] = found.get(each, 0) + (counts.get(each, 1) if counts else 1)
    return found


def _counts(leaf: Any) -> dict[str, int] | None:
    """How many of a segment's articles hold each of its listed words, or None."""
    from index.store.words import COUNTS_EXTENSION, segment_counts

    storage, segment = getattr(leaf, "_storage", None), leaf.segment()
    folder = getattr(storage, "folder", None)
    if not folder:
        return segment_counts(storage, segment)
    path = os.path.join(folder, segment.make_filename(COUNTS_EXTENSION))
    # a file's name names one list for ever: read once a process; the oldest go first
    # (clearing all re-read every segment's counts when an index had more, rv76)
    return _COUNTS.read(path, lambda: segment_counts(storage, segment))


_COUNTS: Kept[dict[str, int] | None] = Kept(64)
"""The counts of the 64 segments read last (as `segment_words` keeps their words)."""
