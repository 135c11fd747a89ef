"""lf31 (rv30's note, brief #2): an edit of a JSON Lines file that drops one line.

- A record's id is its ``id`` field when it has one (`index.ingest.records.record_id`). With
  ids, every record keeps its id, so saved state keyed by id (notebook, marks) stays with
  its record; an update re-indexes and re-derives only the records whose digest changed
  (`index.ingest.digests`, jr32): it reported every record of the file "changed" when the
  file's digest was the only thing compared ("39 changed, 1 removed").
- Without ids, a record was keyed ``path:line``: the records after the dropped line took
  their neighbours' ids, and a note pinned to line 5's record was shown on the record that
  was on line 6. It is keyed by its url, else by its content (`record_key`, jr32): never
  by its line. A note keyed ``path:line`` by an index before is orphaned, never moved.
- A live blog repeats its url with new text: the records of a url that repeats in a file
  are keyed ``url#`` and their content's digest, not by order (``url``, ``url#2``: the
  first dropped, the second took its id and its note, rv32 #2, fx36a).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.ingest.held import file_ids
from index.library import Library
from index.notebook import ArticleRecord, ArticleText, Entry, Notebook
from index.store.build import rebuild
from index.store.update import update


def _feed(path: Path, numbers: list[int], ids: bool) -> None:
    rows = [
        {
            **({"id": f"story-{n}"} if ids else {}),
            "title": f"Story number {n} about harbours",
            "body": f"Body of story {n}. Harbour {n} opened with ships and cranes.",
        }
        for n in numbers
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _built(tmp_path: Path, *, ids: bool) -> tuple[Path, Path]:
    """A corpus of one .jsonl file of six records, indexed."""
    corpus, folder = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    _feed(corpus / "feed.jsonl", [1, 2, 3, 4, 5, 6], ids=ids)
    rebuild(corpus, folder, procs=1)
    return corpus, folder


def test_records_with_ids_keep_their_ids_and_notes(tmp_path: Path) -> None:
    corpus, folder = _built(tmp_path, ids=True)
    with Library.open(corpus, folder) as library:
        fifth = library.article("story-5")
    with Notebook.open(folder) as notebook:
        notebook.pin(ArticleRecord.of(fifth), note="the fifth")
    _feed(corpus / "feed.jsonl", [1, 3, 4, 5, 6], ids=True)
    report = update(corpus, folder, procs=1)
    assert report.removed == 1 and report.added == 0
    with Library.open(corpus, folder) as library:
        assert library.article("story-5").title == "Story number 5 about harbours"
    with Notebook.open(folder) as notebook:
        entry = notebook.entry("story-5")
        assert entry is not None and entry.note == "the fifth"


def test_records_a_line_drop_leaves_alone_are_not_changed(tmp_path: Path) -> None:
    corpus, folder = _built(tmp_path, ids=True)
    _feed(corpus / "feed.jsonl", [1, 3, 4, 5, 6], ids=True)
    report = update(corpus, folder, procs=1)
    assert (report.added, report.changed, report.removed) == (0, 0, 1)


def test_a_note_on_a_record_without_an_id_stays_with_it(tmp_path: Path) -> None:
    corpus, folder = _built(tmp_path, ids=False)
    with Library.open(corpus, folder) as library:
        fifth = library.article(file_ids(corpus, "feed.jsonl")[4])
    assert fifth.title == "Story number 5 about harbours"
    with Notebook.open(folder) as notebook:
        notebook.pin(ArticleRecord.of(fifth), note="the fifth")
    _feed(corpus / "feed.jsonl", [1, 3, 4, 5, 6], ids=False)
    update(corpus, folder, procs=1)
    noted = _refreshed(corpus, folder, "the fifth")
    # on story 5 still, or said to be orphaned: never on story 6, which took its id
    assert noted.orphaned or noted.article.title == "Story number 5 about harbours"
    assert not noted.orphaned  # its record is as it was: keyed by its content, it stays


def test_a_note_keyed_by_a_line_before_the_new_ids_is_orphaned(tmp_path: Path) -> None:
    """A note an index before ARTICLES 19 keyed ``feed.jsonl:5``: no record has that id now,
    so the note shows orphaned, with the title it was pinned with (never another's)."""
    corpus, folder = _built(tmp_path, ids=False)
    with Notebook.open(folder) as notebook:
        old = ArticleRecord("feed.jsonl:5", title="Story number 5 about harbours")
        notebook.pin(old, note="pinned by line")
    with Library.open(corpus, folder) as library:
        assert "feed.jsonl:5" not in {article.id for article in library.articles()}
    noted = _refreshed(corpus, folder, "pinned by line")
    assert noted.orphaned and noted.article.title == "Story number 5 about harbours"


LIVE = "https://news.test/live"


def _live_blog(path: Path, entries: list[int]) -> None:
    rows = [
        {"url": LIVE, "title": f"Live: storm {n}:00", "body": f"At {n}:00 ferry {n} halted."}
        for n in entries
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    entries=st.lists(st.integers(0, 5), min_size=2, max_size=5),
    pinned=st.integers(0, 4),
    steps=st.lists(
        st.tuples(st.sampled_from(["drop", "insert", "move"]), st.integers(0, 9), st.integers()),
        min_size=1,
        max_size=4,
    ),
)
def test_a_note_on_one_record_of_a_repeated_url_never_moves(
    tmp_path: Path, entries: list[int], pinned: int, steps: list[tuple[str, int, int]]
) -> None:
    """One url on several records (a live blog; some byte for byte alike): a note pinned to
    one of them, the others dropped, inserted (new or alike) or reordered, the pinned one
    moved: the note stays on a record that reads as its own, or is shown orphaned."""
    corpus, folder = tmp_path / "corpus", tmp_path / "index"
    for part in (corpus, folder):
        shutil.rmtree(part, ignore_errors=True)
    corpus.mkdir()
    _live_blog(corpus / "live.jsonl", entries)
    rebuild(corpus, folder, procs=1)
    mine = entries[pinned % len(entries)]
    with Library.open(corpus, folder) as library:
        (article,) = [a for a in library.articles() if a.title == f"Live: storm {mine}:00"][:1]
    with Notebook.open(folder) as notebook:
        notebook.pin(ArticleRecord.of(article), note="pinned")
    rows, at = list(entries), pinned % len(entries)  # rows[at] is the pinned record
    for op, where, value in steps:
        others = [k for k in range(len(rows)) if k != at]
        if op == "insert":
            rows.insert(where % (len(rows) + 1), value % 7)
            at += where % (len(rows)) <= at
        elif op == "drop" and others:
            gone = others[where % len(others)]
            del rows[gone]
            at -= gone < at
        elif op == "move":
            record = rows.pop(at)
            at = where % (len(rows) + 1)
            rows.insert(at, record)
    assert rows[at] == mine
    _live_blog(corpus / "live.jsonl", rows)
    update(corpus, folder, procs=1)
    noted = _refreshed(corpus, folder, "pinned")
    assert noted.orphaned or noted.article.title == f"Live: storm {mine}:00"
    if len(rows) > 1:  # the url still repeats: its record, as it was, keeps its id
        assert not noted.orphaned


def _refreshed(corpus: Path, folder: Path, note: str) -> Entry:
    """The notebook's entry of ``note``, refreshed against the index as the reader does."""
    with Library.open(corpus, folder) as library, Notebook.open(folder) as notebook:

        def lookup(article_id: str) -> ArticleText | None:
            try:
                article = library.article(article_id)
            except KeyError:
                return None
            return ArticleText(ArticleRecord.of(article), article.body)

        notebook.refresh(lookup)
        (noted,) = [e for e in notebook.notes() if e.note == note]
        return noted
