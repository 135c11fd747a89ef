"""Did you mean reads a word's written forms in its first articles *by id*, on both engines.

An offer's written form (`index.search.held_forms`) and a stem's (`index.search.written_forms`)
are read in a few of the articles holding them: the Whoosh engine read the first in its
index's order, OpenSearch the first by id, so where those few did not all write a word
alike the two engines offered differently ("schauble" on one, "schäuble" on the other,
sx53). Both now read the first by id (`first_by_id`), the articles whose title or body
hold the word's terms in a row (`held_terms`: "won't" is "won" then "t", so the articles
of "won" alone, of which the first 256 on Reuters wrote no "won't", are not read; sx53).
"""

from __future__ import annotations

import heapq
import os
from collections import deque
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from whoosh.query import NullQuery, Or, Phrase, Query, Term

from index.search.kept import Kept
from index.store.schema import TEXT_ANALYZER, TEXT_FIELDS


def held_terms(word: str) -> list[str]:
    """The terms the text fields index ``word`` under, in order, stop words and single
    letters kept as in a quoted phrase ("can't" is "can", "t": a loose "can" and "t" are
    dropped, and "can't" was read in no article, so never offered; sx53)."""
    return [token.text for token in TEXT_ANALYZER(word, mode="query", chars=True)]


def holding_query(terms: list[str]) -> Query:
    """The Whoosh query of the articles whose title or body hold ``terms`` in a row."""
    if not terms:
        return NullQuery
    if len(terms) == 1:
        return Or([Term(field, terms[0]) for field in TEXT_FIELDS])
    return Or([Phrase(field, terms) for field in TEXT_FIELDS])


_Run = Iterator[tuple[str, int]]
"""A segment's matches as (id, document number), by id."""


def first_by_id(searcher: Any, query: Query, most: int) -> Iterator[int]:
    """The document numbers of the first ``most`` articles by id (as OpenSearch sorts its
    ``id`` keyword) that ``query`` matches in ``searcher``'s index, first first, found
    as they are read (`index.search.held_forms` stops at its fourth writing).

    A segment whose articles are in id order (most: a build adds them in the corpus's
    order) is read only as far as needed, the matches of one that is not are sorted; a
    segment is not read before its first id could come next (an update's, often never)."""
    parts = searcher.subsearchers or [(searcher, 0)]
    leaves = sorted(
        ((_ids(leaf.reader()), leaf, offset) for leaf, offset in parts),
        key=lambda each: each[0][2],
    )
    waiting = deque(each for each in leaves if each[0][0])
    runs: list[tuple[str, int, _Run]] = []
    for _ in range(most):
        while waiting and (not runs or waiting[0][0][2] <= runs[0][0]):
            (ids, ordered, _lowest), leaf, offset = waiting.popleft()
            found = _matches(ids, query.docs(leaf), offset)
            _push(runs, iter(found if ordered else sorted(found)))
        if not runs:
            return
        _, docnum, run = heapq.heappop(runs)
        yield docnum
        _push(runs, run)


def _matches(ids: list[str], docnums: Iterator[int], offset: int) -> _Run:
    """A segment's matches as (id, document number in the searcher), read as they are asked
    (a generator of its own: one written in `first_by_id`'s loop read the names ``ids`` and
    ``offset`` when asked, by then the next segment's: ci144 drew two segments, IndexError)."""
    return ((ids[docnum], docnum + offset) for docnum in docnums)


def _push(runs: list[tuple[str, int, _Run]], run: _Run) -> None:
    """``run``'s next match onto the heap ``runs`` (by id), if it has one."""
    match = next(run, None)
    if match is not None:
        heapq.heappush(runs, (*match, run))


def _ids(reader: Any) -> tuple[list[str], bool, str]:
    """A segment's ids by document number, whether they are in order, and the first; read
    once a process for a segment on disk (a segment's name names its articles for ever)."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    folder = getattr(getattr(reader, "_storage", None), "folder", None)
    key = os.path.join(folder, segment.segment_id()) if segment and folder else None
    if key is None:
        return _read_ids(reader)
    return _IDS.read(key, lambda: _read_ids(reader))


def _read_ids(reader: Any) -> tuple[list[str], bool, str]:
    """A segment's ids by document number, whether they are in order, and the first."""
    if reader.has_column("id"):
        ids = [str(each) for each in reader.column_reader("id")]
    else:  # an index written before the id was sortable
        ids = [str(reader.stored_fields(n).get("id", "")) for n in range(reader.doc_count_all())]
    return ids, all(a <= b for a, b in pairwise(ids)), min(ids, default="")


_IDS: Kept[tuple[list[str], bool, str]] = Kept(64)
"""The ids of the 64 segments read last (as `index.search.written_near` keeps counts)."""
