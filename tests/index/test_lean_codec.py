"""The in-process writer's codec (`index.store.codec.LeanCodec`) writes the postings Whoosh's
own codec writes, readable by plain Whoosh: the oracle is the same documents indexed with
`W3Codec`, compared term by term (ids, weights, positions, the term's and each block's
length statistics) and document by document (stored fields, field lengths)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.index import create_in, open_dir
from whoosh.reading import IndexReader

from index.store.build import writer_for
from index.store.codec import LeanCodec
from index.store.schema import make_schema

WORDS = ["oil", "crude", "price", "opec", "barrel", "wheat", "grain", "yen", "dollar", "bank"]
BODY = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)
DOCS = st.lists(st.tuples(BODY, BODY), min_size=1, max_size=12)


def _index(folder: Path, docs: list[tuple[str, str]], codec: Any) -> None:
    ix = create_in(str(folder), make_schema())
    writer = ix.writer(limitmb=64, compound=False, codec=codec)
    for number, (title, body) in enumerate(docs):
        writer.add_document(id=f"d{number}", title=title, body=body)
    writer.commit()
    ix.close()


def _contents(folder: Path) -> tuple[list[Any], list[Any]]:
    """Every term's postings (doc ids, weights, positions) and every stored document."""
    ix = open_dir(str(folder))
    try:
        reader: IndexReader
        with ix.reader() as reader:
            postings = []
            for field, term in reader.all_terms():
                info = reader.term_info(field, term)
                stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length())
                matcher = reader.postings(field, term)
                items = []
                while matcher.is_active():
                    # the block statistics: made of each posting's field length at the flush
                    block = (matcher.block_min_length(), matcher.block_max_length())
                    items.append((matcher.id(), matcher.weight(), matcher.value(), block))
                    matcher.next()
                postings.append((field, term, stats, info.max_weight(), items))
            stored = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
            lengths = [
                reader.doc_field_length(n, field)
                for n in range(reader.doc_count_all())
                for field in ("title", "body")
            ]
            stored.append(lengths)
        return postings, stored
    finally:
        ix.close()


def _segment_codecs(folder: Path) -> set[type]:
    ix = FileStorage(str(folder)).open_index()
    try:
        return {type(segment.codec()) for segment in ix._read_toc().segments}
    finally:
        ix.close()


@settings(max_examples=30, deadline=None)
@given(DOCS)
def test_the_same_postings_and_documents_as_whooshs_codec(docs: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plain, lean = Path(tmp) / "plain", Path(tmp) / "lean"
        plain.mkdir()
        lean.mkdir()
        _index(plain, docs, W3Codec())
        _index(lean, docs, LeanCodec())
        assert _contents(lean) == _contents(plain)
        # the table of contents names Whoosh's own codec: any Whoosh opens the index
        assert _segment_codecs(lean) == {W3Codec}


def test_long_posting_lists_span_blocks_alike(tmp_path: Path) -> None:
    """Terms in more documents than a block holds (128), beside one-document terms."""
    docs = [(f"title{n}", f"oil crude word{n} " * (1 + n % 3)) for n in range(300)]
    (tmp_path / "plain").mkdir()
    (tmp_path / "lean").mkdir()
    _index(tmp_path / "plain", docs, W3Codec())
    _index(tmp_path / "lean", docs, LeanCodec())
    assert _contents(tmp_path / "lean") == _contents(tmp_path / "plain")


def test_the_in_process_writer_uses_it(tmp_path: Path) -> None:
    ix = create_in(str(tmp_path), make_schema())
    writer = writer_for(ix, procs=1, docs=100)
    try:
        assert isinstance(writer.codec, LeanCodec)
    finally:
        writer.cancel()
        ix.close()
