"""The self-check reads the live ids a segment at a time; the oracle is every live document's
id read one by one through the whole index's reader."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh.index import open_dir

from index.store.build import rebuild
from index.store.generations import current_generation
from index.store.schema import make_schema
from index.store.selfcheck import _live_ids
from index.store.update import update
from tests.quote_rows import ROWS, write_rows

SUFFIXES = ("0", "é", "字")  # ids of more than ASCII: the column is cut as bytes, read as UTF-8
IDS = [f"{row['id']}-{n}" for n in SUFFIXES for row in ROWS]


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rounds=st.lists(st.sets(st.sampled_from(IDS), max_size=5), min_size=1, max_size=3))
def test_live_ids_by_segment_are_the_live_documents(
    tmp_path_factory: object, rounds: list[set[str]]
) -> None:
    root = tmp_path_factory.mktemp("ids")  # type: ignore[attr-defined]
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in SUFFIXES for row in ROWS]
    corpus = write_rows(root / "corpus", rows)
    rebuild(corpus, root / "index", procs=1)
    for k, touched in enumerate(rounds):
        for row in rows:
            if row["id"] in touched:
                if k % 2:
                    (corpus / f"{row['id']}.json").unlink(missing_ok=True)
                else:
                    write_rows(corpus, [{**row, "body": row["body"] + f" Round {k}."}])
        update(corpus, root / "index", procs=1)
        live = current_generation(root / "index")
        assert live is not None
        ix = open_dir(str(live), schema=make_schema())
        try:
            with ix.reader() as reader:
                column = reader.column_reader("id")
                expected = {column[docnum] for docnum in reader.all_doc_ids()}
                assert _live_ids(reader) == expected
        finally:
            ix.close()
