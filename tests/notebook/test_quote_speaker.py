"""A passage kept as a quote keeps who said it (nu47 #9): every export names the speaker,
and the notebook stays at schema 1 (an optional column, NULL on what was kept before)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import rispy
from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import Notebook, anchor_quote
from index.notebook.db import NOTEBOOK_FILE
from index.notebook.exports import _one_line, cell, export
from index.notebook.schema import SCHEMA_VERSION, _version_1
from index.notebook.values import label
from tests.notebook.conftest import record

BODY = 'The senator said "we will vote no on the bill" before the session ended.'
QUOTE = "we will vote no on the bill"
OLD_INSERT = (  # what a broadsheet before the speaker column writes (writing.keep_highlight)
    "INSERT INTO highlights (article, exact, prefix, suffix, start_pos, end_pos, note,"
    " created, updated) VALUES (?, ?, '', '', ?, ?, NULL, 'then', 'then')"
)


def _old_notebook(folder: Path) -> Path:
    """A schema 1 notebook as written before the speaker column, with one highlight."""
    folder.mkdir(parents=True)
    path = folder / NOTEBOOK_FILE
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TEXT NOT NULL)"
        )
        _version_1(connection)
        connection.execute("INSERT INTO schema_version VALUES (1, 'then')")
        connection.execute(
            "INSERT INTO articles (id, title, created, updated) VALUES ('a', 'A', 'x', 'x')"
        )
        start = BODY.index(QUOTE)
        connection.execute(OLD_INSERT, ("a", QUOTE, start, start + len(QUOTE)))
    return path


def _columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[1] for row in connection.execute("PRAGMA table_info(highlights)")]


def test_an_old_notebook_reads_no_speaker_and_gets_the_column_at_schema_1(
    tmp_path: Path,
) -> None:
    path = _old_notebook(tmp_path / "index")
    assert "speaker" not in _columns(path)
    with Notebook.open(tmp_path / "index") as notebook:
        (entry,) = notebook.notes()
        assert [h.speaker for h in entry.highlights] == [None]
        assert entry.highlights[0].to_json()["speaker"] is None
        kept = notebook.highlight(
            record("a"), anchor_quote(BODY, "before the session"), speaker="Sen. Jane Roe"
        )
        assert kept.speaker == "Sen. Jane Roe"
    assert "speaker" in _columns(path)
    with sqlite3.connect(path) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_version")]
        # an older broadsheet's own statements still work on it
        connection.execute(OLD_INSERT, ("a", "The senator", 0, 11))
        rows = connection.execute("SELECT exact, speaker FROM highlights ORDER BY id").fetchall()
    assert versions == [1] == [SCHEMA_VERSION]
    assert rows == [(QUOTE, None), ("before the session", "Sen. Jane Roe"), ("The senator", None)]


def test_keeping_a_highlight_again_as_a_quote_adds_the_speaker(notebook: Notebook) -> None:
    article = record("a")
    first = notebook.highlight(article, anchor_quote(BODY, QUOTE), note="mine")
    again = notebook.highlight(article, anchor_quote(BODY, QUOTE), speaker="Jane Roe")
    assert again.id == first.id and (again.note, again.speaker) == ("mine", "Jane Roe")
    plain = notebook.highlight(article, anchor_quote(BODY, QUOTE))  # no speaker: kept
    assert plain.speaker == "Jane Roe"


SPEAKERS = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["Jane Roe", "=cmd()", "-Joe", "Sen. Jane\nRoe", "ER  - x", "# Roe", "*Roe*"]),
)


@settings(max_examples=60, deadline=None)
@given(speaker=SPEAKERS)
def test_every_export_names_the_speaker(tmp_path_factory, speaker: str) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("nb")
    with Notebook.open(folder) as notebook:
        kept = notebook.highlight(record("a"), anchor_quote(BODY, QUOTE), speaker=speaker)
        entries = notebook.notes()
    stored = label(speaker)  # one line, as stored (None when blank)
    assert kept.speaker == stored
    (row,) = csv.DictReader(io.StringIO(export(entries, "csv"), newline=""))
    assert row["highlight_speaker"] == cell(stored)
    (ris,) = rispy.loads(export(entries, "ris"))
    (csl,) = json.loads(export(entries, "csljson"))
    (plain,) = json.loads(export(entries, "json"))
    assert plain["highlights"][0]["speaker"] == stored
    memo = export(entries, "markdown")
    if stored is None:
        assert "said by" not in memo and "said by" not in " ".join(ris["notes"])
        return
    said = f"“{QUOTE}” (said by {_one_line(stored)})"
    assert said in ris["notes"] and said in csl["note"]
    assert "said by" in memo


def test_the_memo_says_who_said_the_quote(notebook: Notebook) -> None:
    notebook.highlight(record("a"), anchor_quote(BODY, QUOTE), speaker="Jane Roe", note="n")
    memo = export(notebook.notes(), "markdown")
    assert f"> {QUOTE}\n>\n> — said by Jane Roe\n\nNote: n" in memo
