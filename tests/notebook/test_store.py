"""Pins, tags, notes and highlights: what is kept, listed, filtered and tidied away."""

from __future__ import annotations

import dataclasses
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from index.notebook import (
    AnchorState,
    ArticleRecord,
    InvalidValue,
    Marks,
    Notebook,
    NotebookError,
    NotFound,
    anchor_at,
    anchor_quote,
)
from tests.notebook.conftest import Clock, record

BODY = (
    "Dock workers ended a three-week strike on Tuesday after the port authority brokered "
    "a pay deal.\n\nThe union said the deal was fair. Peacekeeping at the docks had been tense."
)


def test_pin_with_tags_and_note_then_unpin_keeps_the_rest(notebook: Notebook) -> None:
    entry = notebook.pin(record("a1"), tags=["Strike", "ports"], note="Check the union's figures")
    assert entry.pinned and entry.tags == ("ports", "Strike")
    assert entry.note == "Check the union's figures"
    assert entry.article.title == "Title of a1"
    assert notebook.unpin("a1") is True
    assert notebook.unpin("a1") is False
    after = notebook.entry("a1")
    assert after is not None and not after.pinned
    assert after.tags == ("ports", "Strike") and after.note == "Check the union's figures"


def test_pinning_twice_keeps_the_first_pin_and_refreshes_the_snapshot(
    notebook: Notebook, clock: Clock
) -> None:
    first = notebook.pin(record("a1", title="Old headline"))
    clock.advance()
    second = notebook.pin(record("a1", title="New headline"))
    assert second.article.title == "New headline"
    assert second.created == first.created and second.updated > first.updated
    assert len(notebook.notes()) == 1


def test_an_article_with_nothing_left_on_it_leaves_the_notebook(notebook: Notebook) -> None:
    notebook.pin(record("a1"), tags=["x"])
    notebook.unpin("a1")
    assert notebook.untag("a1", ["X"]) is None  # tags match case-insensitively
    assert notebook.entry("a1") is None
    assert notebook.tags() == []  # the unused tag went too
    notebook.set_note(record("a2"), "a note")
    assert notebook.set_note(record("a2"), "   ") is None
    assert notebook.notes() == []


def test_tags_are_kept_once_case_insensitively_with_the_first_spelling(
    notebook: Notebook,
) -> None:
    notebook.tag(record("a1"), ["Ukraine", "ukraine", " UKRAINE "])
    notebook.tag(record("a2"), ["ukraine", "grain  prices"])
    entry = notebook.entry("a2")
    assert entry is not None and entry.tags == ("grain prices", "Ukraine")
    counts = {t.name: (t.articles, t.highlights) for t in notebook.tags()}
    assert counts == {"Ukraine": (2, 0), "grain prices": (1, 0)}
    assert notebook.tags()[0].name == "Ukraine"  # most used first


@pytest.mark.parametrize(
    ("tag", "reason"),
    [("", "empty"), ("   ", "empty"), ("a;b", "';'"), ("x" * 65, "longer than 64")],
)
def test_bad_tags_are_refused_with_a_reason(notebook: Notebook, tag: str, reason: str) -> None:
    with pytest.raises(InvalidValue, match=reason):
        notebook.tag(record("a1"), [tag])
    assert notebook.entry("a1") is None  # the refused write left nothing behind


def test_text_typed_by_a_person_is_made_safe(notebook: Notebook) -> None:
    entry = notebook.pin(
        record("a1"), tags=["red\x1b[31m\nflag"], note="line one\x07\r\nline two\u202e  "
    )
    assert entry.tags == ("red flag",)
    assert entry.note == "line one\nline two"


def test_highlights_from_a_selection_and_from_a_quote(notebook: Notebook) -> None:
    start = BODY.index("three-week strike")
    first = notebook.highlight(
        record("a1"), anchor_at(BODY, start, start + 17), note="how long?", tags=["dates"]
    )
    second = notebook.highlight(record("a1"), anchor_quote(BODY, "the  deal\nwas fair"))
    assert first.exact == "three-week strike" and first.start == start
    assert first.prefix == BODY[max(0, start - 32) : start]
    assert first.suffix == BODY[start + 17 : start + 17 + 32]
    assert first.note == "how long?" and first.tags == ("dates",)
    assert first.state is AnchorState.ANCHORED
    assert second.exact == "the deal was fair"
    entry = notebook.entry("a1")
    assert entry is not None and [h.id for h in entry.highlights] == [first.id, second.id]
    assert notebook.tags()[0].highlights == 1


def test_highlighting_the_same_passage_again_updates_it(notebook: Notebook) -> None:
    anchor = anchor_quote(BODY, "pay deal")
    first = notebook.highlight(record("a1"), anchor, note="first")
    again = notebook.highlight(record("a1"), anchor, note="second", tags=["money"])
    # the second note is added, the first kept (nu55 #11: it was replaced in silence)
    assert again.id == first.id and again.note == "first\nsecond" and again.tags == ("money",)
    kept = notebook.highlight(record("a1"), anchor)
    assert kept.note == "first\nsecond"  # no note given: the note stays
    assert notebook.highlight(record("a1"), anchor, note=" second ").note == "first\nsecond"
    entry = notebook.entry("a1")
    assert entry is not None and len(entry.highlights) == 1


def test_highlight_notes_tags_and_removal(notebook: Notebook) -> None:
    made = notebook.highlight(record("a1"), anchor_quote(BODY, "port authority"))
    assert notebook.set_highlight_note(made.id, "who runs it?").note == "who runs it?"
    tagged = notebook.tag_highlight(made.id, add=["actors", "ports"])
    assert tagged.tags == ("actors", "ports")
    assert notebook.tag_highlight(made.id, remove=["ACTORS"]).tags == ("ports",)
    notebook.remove_highlight(made.id)
    assert notebook.entry("a1") is None and notebook.tags() == []
    with pytest.raises(NotFound, match=f"no highlight {made.id}"):
        notebook.remove_highlight(made.id)
    with pytest.raises(NotFound):
        notebook.set_highlight_note(999, "x")
    with pytest.raises(NotFound):
        notebook.tag_highlight(999, add=["x"])


def test_bad_highlights_are_refused(notebook: Notebook) -> None:
    with pytest.raises(InvalidValue, match="outside the text"):
        anchor_at(BODY, 10, len(BODY) + 1)
    with pytest.raises(InvalidValue, match="whitespace"):
        anchor_at(BODY, BODY.index("\n\n"), BODY.index("\n\n") + 2)
    with pytest.raises(NotebookError, match="does not occur"):
        anchor_quote(BODY, "a ceasefire")
    with pytest.raises(InvalidValue, match="empty"):
        anchor_quote(BODY, "  ")


def test_a_repeated_quote_takes_the_occurrence_nearest_the_hint() -> None:
    body = "the deal held. " * 3
    assert anchor_quote(body, "deal").start == 4
    assert anchor_quote(body, "deal", near=34).start == 34


def test_notes_filters(notebook: Notebook, clock: Clock) -> None:
    notebook.pin(record("a1"), tags=["grain"])
    clock.advance()
    notebook.set_note(record("a2", title="Ministers meet"), "Ask about tariffs")
    clock.advance()
    made = notebook.highlight(record("a3"), anchor_quote(BODY, "pay deal"), tags=["Grain"])
    clock.advance()
    notebook.tag(record("a4"), ["other"])
    assert [e.article.id for e in notebook.notes()] == ["a4", "a3", "a2", "a1"]
    assert [e.article.id for e in notebook.notes(tag="GRAIN")] == ["a3", "a1"]
    assert [e.article.id for e in notebook.notes(pinned=True)] == ["a1"]
    assert [e.article.id for e in notebook.notes(pinned=False)] == ["a4", "a3", "a2"]
    assert [e.article.id for e in notebook.notes(text="TARIFF")] == ["a2"]
    assert [e.article.id for e in notebook.notes(text="pay deal")] == ["a3"]
    assert [e.article.id for e in notebook.notes(articles=["a1", "a4", "zz"])] == ["a4", "a1"]
    assert notebook.notes(tag="nothing") == []
    assert notebook.get_highlight(made.id).tags == ("grain",)  # the first spelling


def test_notes_json_has_the_cli_contract_shape(notebook: Notebook) -> None:
    notebook.pin(record("a1"), tags=["t"], note="n")
    notebook.highlight(record("a1"), anchor_quote(BODY, "pay deal"), note="hn")
    data = [e.to_json() for e in notebook.notes()]
    keys = {"article", "title", "source", "date", "url", "pinned", "tags", "note"}
    keys |= {"highlights", "created", "updated"}
    assert keys <= set(data[0])
    assert {"exact", "prefix", "suffix", "start", "end", "note"} <= set(data[0]["highlights"][0])
    assert data[0]["highlights"][0]["exact"] == "pay deal"
    assert data[0]["created"] == "2026-11-30T09:00:00Z"


def test_selection_keeps_order_and_gives_unknown_articles_empty_entries(
    notebook: Notebook,
) -> None:
    notebook.pin(record("a2", title="Stale title"), note="kept")
    chosen = notebook.selection([record("a1"), record("a2", title="Fresh title")])
    assert [e.article.id for e in chosen] == ["a1", "a2"]
    assert not chosen[0].pinned and chosen[0].note is None and chosen[0].created == ""
    assert chosen[1].note == "kept" and chosen[1].article.title == "Fresh title"


def test_marks_for_the_article_list(notebook: Notebook) -> None:
    notebook.pin(record("a1"), tags=["x", "y"])
    notebook.highlight(record("a2"), anchor_quote(BODY, "pay deal"))
    notebook.highlight(record("a2"), anchor_quote(BODY, "union"))
    notebook.set_note(record("a3"), "n")
    assert notebook.marks() == {
        "a1": Marks(pinned=True, tags=2, note=False, highlights=0),
        "a2": Marks(pinned=False, tags=0, note=False, highlights=2),
        "a3": Marks(pinned=False, tags=0, note=True, highlights=0),
    }


def test_forget_removes_everything_on_an_article(notebook: Notebook) -> None:
    notebook.pin(record("a1"), tags=["x"], note="n")
    notebook.highlight(record("a1"), anchor_quote(BODY, "pay deal"), tags=["y"])
    assert notebook.forget("a1") is True
    assert notebook.forget("a1") is False
    assert notebook.notes() == [] and notebook.tags() == [] and notebook.check() == []


def test_the_record_of_an_index_article_is_its_snapshot() -> None:
    from datetime import datetime

    from index.models import Article

    article = Article(
        id="x.txt",
        path="/c/x.txt",
        title="T",
        title_derived=False,
        source="S",
        byline="B",
        dateline=None,
        date=datetime(2014, 3, 20),
        body="...",
        url="https://e.org/x",
    )
    expected = ArticleRecord("x.txt", "T", "S", "2014-03-20", "https://e.org/x", "B")
    assert ArticleRecord.of(article) == expected
    timed = ArticleRecord.of(dataclasses.replace(article, date=datetime(2014, 3, 20, 10, 5)))
    assert timed.date == "2014-03-20T10:05:00"


def test_the_file_is_private_and_reopens_with_everything(tmp_path: Path, clock: Clock) -> None:
    with Notebook.open(tmp_path / "index", clock=clock) as first:
        first.pin(record("a1"), note="kept")
        path = first.path
    assert path == tmp_path / "index" / "notebook.sqlite3"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with Notebook.open(tmp_path / "index") as again:
        entry = again.entry("a1")
        assert entry is not None and entry.note == "kept"
    closed = Notebook.open(tmp_path / "index")
    closed.close()
    with pytest.raises(NotebookError, match="closed"):
        closed.notes()


def test_threads_share_one_notebook(notebook: Notebook) -> None:
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for i in range(25):
                notebook.pin(record(f"t{n}-{i}"), tags=[f"thread{n}"])
                notebook.notes(tag=f"thread{n}")
        except BaseException as error:  # collected and asserted on below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(notebook.notes(pinned=True)) == 100


def test_the_notebook_package_is_headless() -> None:
    code = (
        "import sys, index.notebook, index.notebook.exports; "
        "bad = [m for m in ('textual', 'rich', 'typer', 'tui') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_changing_a_highlight_moves_its_article_up_the_list(
    notebook: Notebook, clock: Clock
) -> None:
    made = notebook.highlight(record("a1"), anchor_quote(BODY, "pay deal"))
    clock.advance()
    notebook.pin(record("a2"))
    clock.advance()
    notebook.set_highlight_note(made.id, "later")
    assert [e.article.id for e in notebook.notes()] == ["a1", "a2"]
    assert notebook.get_highlight(made.id).updated == "2026-11-30T09:02:00Z"


def test_an_anchor_whose_positions_do_not_match_its_text_is_refused(notebook: Notebook) -> None:
    anchor = anchor_quote(BODY, "pay deal")
    bad = dataclasses.replace(anchor, end=anchor.end + 3)
    with pytest.raises(InvalidValue, match="do not match"):
        notebook.highlight(record("a1"), bad)
