"""A hit from its document's stored fields (`index.store.stored_row`, before the listing is
read) is the hit the listing gives.

The oracle is the listing the build wrote: for every live document of generated corpora
(files in folders, JSON Lines with repeated ids, titles or none, outlets or none, dates
with and without a zone, names not in ASCII), rebuilt in one process or two, then updated
(files changed, removed, added, an id moving to another file) or moved to another folder
and updated there (the documents of the files not re-read keep their old paths: those
give no row, and their hits come from the listing), the stored row is the listing's row,
and every search's hits (and their JSON) are the hits a reader with the listing read
gives. A corpus that is one JSON Lines file too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.errors import CorpusEmpty
from index.library import Library
from index.records import hit_record
from index.store import reader as reader_module
from index.store.build import rebuild
from index.store.reader import StoreReader
from index.store.update import update

IDS = ["a", "b", "c", "é1", "日本"]
WORDS = ["oil", "prices", "rose", "on", "tuesday", "said", "the", "minister", "wheat"]
NAMES = ["f", "sub/g", "sub/deep/h", "é/ü", "a b", "Wire/X"]

bodies = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
dates = st.sampled_from(
    ["2020-03-04", "2021-02-10T10:00:00+05:00", "2021-02-10T10:00:00Z", "1987-06-18 13:30:20"]
)
records = st.fixed_dictionaries(
    {"body": bodies},
    optional={
        "id": st.sampled_from(IDS),
        "title": bodies,
        "source": st.sampled_from(["Herald", "Ledger", "Reuters"]),
        "date": dates,
    },
)
front = st.fixed_dictionaries(
    {}, optional={"title": bodies, "source": st.sampled_from(["Herald", "Ledger"]), "date": dates}
)
files = st.one_of(
    st.tuples(st.just("jsonl"), st.lists(records.map(json.dumps), min_size=1, max_size=6)),
    st.tuples(st.just("json"), records.map(json.dumps).map(lambda r: [r])),
    st.tuples(
        st.just("md"),
        st.tuples(front, bodies).map(
            lambda fb: [
                "---\n" + "".join(f"{k}: {v}\n" for k, v in fb[0].items()) + f"---\n{fb[1]}\n"
            ]
        ),
    ),
    st.tuples(st.just("txt"), bodies.map(lambda b: [b])),
)
corpora = st.lists(st.tuples(st.sampled_from(NAMES), files), min_size=1, max_size=6)
changes = st.lists(st.tuples(st.integers(0, 5), st.one_of(st.none(), files)), max_size=3)
"""An update: the n-th file rewritten, or removed (None); past the last, a file added."""

QUERIES = ["oil", "said", "prices rose", "minister OR wheat", "zzz", "", "source:Herald", "oil*"]


def _write(folder: Path, corpus: list[tuple[str, tuple[str, list[str]]]]) -> list[Path]:
    written = []
    for n, (name, (suffix, lines)) in enumerate(corpus):
        path = folder / f"{name}{n}.{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
        written.append(path)
    return written


def _check(index_dir: Path, corpus: Path, *, moved: bool = False) -> None:
    """Every live document's stored row is its listing row (or, for a document indexed
    from another folder, None); every search gives the listing's hits."""
    reader = StoreReader(index_dir)
    try:
        listing = reader.listing
        stored = 0
        with reader.lock:
            searcher = reader.searcher
            for docnum in searcher.reader().all_doc_ids():
                article_id = reader.ids[docnum]
                row = reader._stored_rows.row(searcher.stored_fields(docnum), article_id)
                if row is None:
                    assert moved, article_id
                    continue
                stored += 1
                assert row == listing[article_id], article_id
        assert stored == len(listing) or moved
    finally:
        reader.close()
    with Library.open(corpus, index_dir) as lazy, Library.open(corpus, index_dir) as read:
        assert read.engine.searcher.reader.listing is not None  # read before any search
        for query in QUERIES:
            for sort in ("relevance", "newest"):
                ours = lazy.search(query, limit=4, sort=sort, snippets=True, count=False)
                theirs = read.search(query, limit=4, sort=sort, snippets=True, count=False)
                assert ours == theirs, query
                assert [hit_record(h) for h in ours.hits] == [hit_record(h) for h in theirs.hits]


@pytest.fixture
def few(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page counts as few hits (`StoreReader.stored_for`): these corpora are small."""
    monkeypatch.setattr(reader_module, "STORED_SHARE", 0)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(corpus=corpora, change=changes, procs=st.sampled_from([1, 2]), move=st.booleans())
def test_stored_rows_are_the_listings(
    few: None,
    tmp_path_factory: pytest.TempPathFactory,
    corpus: list[tuple[str, tuple[str, list[str]]]],
    change: list[tuple[int, tuple[str, list[str]] | None]],
    procs: int,
    move: bool,
) -> None:
    top = tmp_path_factory.mktemp("rows")
    folder, index_dir = top / "corpus", top / "index"
    written = _write(folder, corpus)
    rebuild(folder, index_dir, procs=procs)
    _check(index_dir, folder)
    if move:  # the corpus moved: its documents keep their old folder's paths
        shutil.move(str(folder), str(top / "moved"))
        folder = top / "moved"
        written = [folder / p.relative_to(top / "corpus") for p in written]
    for n, made in change:
        if n < len(written):
            written[n].unlink(missing_ok=True)
            if made is not None:  # rewritten (in its new kind: its name's suffix)
                suffix, lines = made
                written[n] = written[n].with_suffix(f".{suffix}")
                written[n].write_text("\n".join(lines) + "\n\n", encoding="utf-8")
        elif made is not None:
            _write(folder / "new", [("n", made)])
    try:
        update(folder, index_dir, procs=procs)
    except CorpusEmpty:
        return  # every file gone: the index stays as it was (checked above)
    _check(index_dir, folder, moved=move)


def test_a_corpus_of_one_file(few: None, tmp_path: Path) -> None:
    """A corpus that is one JSON Lines file: its files are named from its folder."""
    rows = [{"id": f"n{n}", "body": f"oil said {n}", "source": "Herald"} for n in range(30)]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    rebuild(path, tmp_path / "index")
    _check(tmp_path / "index", path)
    with Library.open(path, tmp_path / "index") as library:
        hits = library.search("oil", limit=5, count=False).hits
        assert [h.path for h in hits] == ["wires.jsonl"] * 5
        assert library.engine.searcher.reader._listing is None  # not read for them


def test_a_page_of_many_hits_reads_the_listing(tmp_path: Path) -> None:
    """Past one hit in `STORED_SHARE` of the index, the listing is read for the page (the
    reader's pages of 100-600): the same hits; a page of few hits reads none."""
    rows = [{"id": f"n{n}", "body": f"oil said {n}", "source": "Herald"} for n in range(600)]
    path = tmp_path / "wires.jsonl"
    path.write_text("\n".join(map(json.dumps, rows)), encoding="utf-8")
    rebuild(path, tmp_path / "index")
    with (
        Library.open(path, tmp_path / "index") as few,
        Library.open(path, tmp_path / "index") as many,
    ):
        one = few.search("oil", limit=2, count=False).hits
        assert few.engine.searcher.reader._listing is None
        every = many.search("oil", limit=3, count=False).hits
        assert many.engine.searcher.reader._listing is not None
        assert every[:2] == one
