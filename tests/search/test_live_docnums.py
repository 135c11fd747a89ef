"""`live_docnums` (the copies' document numbers, looked for in each segment's id column read
whole) finds what Whoosh's own reading finds: the oracle is every live document's stored
id, over indexes of several segments with updated and deleted documents, ids that are
prefixes of one another, not ASCII, or not in the index."""

from __future__ import annotations

import tempfile
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.index import create_in

from index.search.filters import Filters
from index.store.listing import Listing
from index.store.reader import DocIds, live_docnums
from index.store.schema import make_schema

IDS = st.sampled_from(("a", "ab", "abc", "b", "ba", "é", "éé", "a.md", "x/a.md", "日本"))
BATCH = st.tuples(st.lists(IDS, max_size=6), st.lists(IDS, max_size=2))
"""One commit: the ids written (an id already in the index is replaced), the ids deleted."""


def _index(folder: str, batches: list[tuple[list[str], list[str]]]) -> Any:
    """A Whoosh index of broadsheet's schema, one segment per batch (none merged)."""
    index = create_in(folder, make_schema(), indexname="MAIN")
    for written, deleted in batches:
        writer = index.writer()
        for article_id in written:
            writer.update_document(id=article_id, body=f"text of {article_id}")
        for article_id in deleted:
            writer.delete_by_term("id", article_id)
        writer.commit(merge=False)
    return index


@settings(max_examples=40, deadline=None)
@given(batches=st.lists(BATCH, min_size=1, max_size=5), asked=st.lists(IDS, max_size=8))
def test_live_docnums_are_whooshs(
    batches: list[tuple[list[str], list[str]]], asked: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        index = _index(folder, batches)
        with index.reader() as reader:
            expected = {
                docnum: reader.stored_fields(docnum)["id"]
                for docnum in reader.all_doc_ids()
                if reader.stored_fields(docnum)["id"] in asked
            }
            found = live_docnums(reader, asked)
            assert found == expected, (batches, asked)
            if not reader.doc_count_all():
                return  # nothing written: Whoosh's empty reader has no columns
            # and through the filters, asked again and for others (the last answer kept)
            filters = Filters(Listing.from_rows({}), DocIds(reader), reader)
            assert filters.docnums(asked) == expected
            assert filters.docnums(set(asked)) == expected
            assert filters.docnums([]) == {}
            assert filters.docnums(asked[:1]) == {
                n: i for n, i in expected.items() if i in asked[:1]
            }


def test_another_id_column_maps_every_id() -> None:
    """An id column of another kind: `live_docnums` says None, and the filters map every id
    as `DocIds` reads it (the same answer)."""
    from whoosh.columns import RefBytesColumn
    from whoosh.fields import ID, Schema

    with tempfile.TemporaryDirectory() as folder:
        schema = Schema(id=ID(stored=True, unique=True, sortable=RefBytesColumn()))
        index = create_in(folder, schema, indexname="MAIN")
        for batch in (["a", "b", "c"], ["b", "d"]):
            with index.writer() as writer:
                writer.merge = False
                for article_id in batch:
                    writer.update_document(id=article_id)
        with index.reader() as reader:
            assert live_docnums(reader, ["a"]) is None
            filters = Filters(Listing.from_rows({}), DocIds(reader), reader)
            found = filters.docnums(["b", "c", "zz"])
            assert {i: n for n, i in found.items()} == {
                i: reader.first_id("id", i) for i in ("b", "c")
            }
