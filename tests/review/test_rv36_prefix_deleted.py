"""rv36 #3: a deleted article's words still stand for their stems in a prefix search.

Each segment lists the words it was given, and a merge lists the union, so the words of
deleted articles stay listed until a full rebuild (px34/px35 call it harmless: "a stem is
looked for only where the index has it"). It is not: the stem is shared with live words
the prefix does not begin. After the only article with "running" is deleted, ``runn*``
(and ``"he runn*"``) still find an article that says only "runs" (stem "run"), where the
OpenSearch engine, whose terms aggregation reads live documents only, finds nothing.
Fixed by px37 (`index.store.words_live`: counts of each word kept with the segment).
"""

from __future__ import annotations

import pytest

from tests.search.test_prefix_endings import hits
from tests.search.test_prefix_listed import _build

FOUND = [("", "running shoes for sale"), ("", "he runs daily")]


@pytest.mark.parametrize("merge", [False, True])
@pytest.mark.parametrize("query", ["runn*", '"he runn*"'])
def test_a_deleted_word_expands_no_prefix(query: str, merge: bool) -> None:
    ix = _build(FOUND, [1], {0}, merge=merge)
    assert hits(ix, query) == set()
