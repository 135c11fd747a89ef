"""Did you mean reads a word's forms in its first articles by id, holding its terms in a row
(sx53, `index.search.first_by_id`).

A word with an apostrophe was read in the first 256 articles holding its longest part
(Whoosh) or its parts anywhere (OpenSearch): where those did not write it whole, as on
Reuters the first 256 of "won" wrote no "won't", it was never offered; "can't" was read
in none on Whoosh (a loose "can" and "t" are dropped). And Whoosh read the first articles
in its index's order, OpenSearch by id: where they wrote a word differently the engines
offered differently. The oracle of `first_by_id` is the matches' ids sorted.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.query import Term

from index.search.first_by_id import first_by_id, held_terms
from index.search.held_forms import FORM_DOCS, WHOLE_DOCS
from tests.search.test_suggest_written import whoosh_library


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_a_form_past_the_first_articles_of_its_part_is_offered(tmp_path: Path) -> None:
    """More than `WHOLE_DOCS` articles hold "won" and "t" before the first writing "won't"
    (sx53, Reuters): it was not offered for "wonn't"."""
    rows = [
        {"id": f"a{n:04d}", "title": "Vote", "body": "He won the vote. Don't stop."}
        for n in range(WHOLE_DOCS + 4)
    ]
    rows.append({"id": "b0001", "title": "Talks", "body": "They won't stop."})
    with whoosh_library(_write(tmp_path / "corpus.jsonl", rows), tmp_path) as library:
        assert library.search("wonn't", limit=1).suggestions == ("won't",)


def test_a_form_whose_part_is_a_stop_word_is_read(tmp_path: Path) -> None:
    """ "can't" was read in no article on Whoosh (a loose "can" and "t" are dropped), so
    "canm't" was offered the stems' "cane", "calm" and "cam", where OpenSearch read "can't"
    whole and offered nothing (unquoted, "can't" is a query of stop words: it cannot run).
    Both now read it (sx53, Reuters)."""
    rows = [
        {"id": f"a{n}", "title": "Talks", "body": "We can't stop. A cane, calm cam."}
        for n in range(3)
    ]
    with whoosh_library(_write(tmp_path / "corpus.jsonl", rows), tmp_path) as library:
        assert library.search("canm't", limit=1).suggestions == ()


def test_the_form_is_read_in_the_first_articles_by_id(tmp_path: Path) -> None:
    """The corpus's order is not its ids': the form is the one the first `FORM_DOCS`
    articles by id write (as OpenSearch reads them), not the first in the index."""
    rows = [{"id": f"b{n}", "title": "Berlin", "body": "Schauble spoke."} for n in range(FORM_DOCS)]
    rows += [
        {"id": f"a{n}", "title": "Berlin", "body": "Schäuble spoke."} for n in range(FORM_DOCS)
    ]
    with whoosh_library(_write(tmp_path / "corpus.jsonl", rows), tmp_path) as library:
        assert library.search("schaubel", limit=1).suggestions[:1] == ("schäuble",)


def test_held_terms_keep_stop_words_and_single_letters() -> None:
    assert held_terms("can't") == ["can", "t"]
    assert held_terms("won\u2019t") == ["won", "t"]
    assert held_terms("o'neill") == ["o", "neill"]


_ROW = st.tuples(st.text("abcxyz", min_size=1, max_size=3), st.booleans())
_SEGMENT = st.lists(_ROW, min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    segments=st.lists(_SEGMENT, min_size=1, max_size=4),
    gone=st.sets(st.text("abcxyz", min_size=1, max_size=3), max_size=4),
    most=st.integers(1, 20),
    on_disk=st.booleans(),
)
@example(  # ci144: a lazy run read the next segment's ids (IndexError)
    segments=[[("b", False)], [("a", False), ("b", True), ("c", True)]],
    gone=set(),
    most=1,
    on_disk=False,
)
def test_first_by_id_is_the_matches_sorted_by_id(
    segments: list[list[tuple[str, bool]]], gone: set[str], most: int, on_disk: bool
) -> None:
    """Segments written one by one (not merged), ids in any order, some deleted."""
    schema = Schema(id=ID(stored=True, unique=True, sortable=True), body=TEXT(stored=True))
    with tempfile.TemporaryDirectory() as folder:
        storage = FileStorage(folder) if on_disk else RamStorage()
        index = storage.create_index(schema)
        held: dict[str, bool] = {}
        for segment in segments:
            writer = index.writer()
            for key, holds in dict(segment).items():  # one writer updates a key once
                writer.update_document(id=key, body="held here" if holds else "here")
                held[key] = holds
            writer.commit(merge=False)
        writer = index.writer()
        for key in gone:
            writer.delete_by_term("id", key)
        writer.commit(merge=False)
        expected = sorted(k for k, holds in held.items() if holds and k not in gone)[:most]
        with index.searcher() as searcher:
            found = list(first_by_id(searcher, Term("body", "held"), most))
            assert [searcher.stored_fields(n)["id"] for n in found] == expected
