"""CLI listings in a pipe (80 columns): ids whole on one line, titles on one line.

`broadsheet stories | head` squeezed titles to a word a line and `search`, `related`,
`story` and `notes` folded long article ids mid-word, which broke copying an id into
the next command.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.story_corpus import CORPUS, write_corpus
from tui.cli import app

runner = CliRunner()
LONG = "-as-long-as-a-headline.txt"  # ids of 30 to 40 characters, as file names are
TAIL = " — with a headline long enough to need more than the room left at eighty columns"


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def long_ids(tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    articles = [dataclasses.replace(a, id=a.id + LONG, title=a.title + TAIL) for a in CORPUS]
    write_corpus(tmp_path / "news" / "news.jsonl", articles)
    monkeypatch.setenv("BROADSHEET_CORPUS", str(tmp_path / "news"))
    monkeypatch.setenv("COLUMNS", "80")
    run("index", "rebuild")
    return [a.id for a in articles]


def check(out: str, ids: list[str]) -> None:
    """Every id is whole, the last cell of its line (the story table's date column may mark it
    "first" there: nu84); no line is wider than 80; titles are cut."""
    lines = [line.rstrip() for line in out.splitlines()]
    assert all(len(line) <= 80 for line in lines), max(lines, key=len)
    shown = [
        i
        for i in ids
        if any(line.strip().endswith("  " + i) or line.strip() == i for line in lines)
    ]
    assert shown, out
    rows = [line for line in lines if not line.startswith("Related to ")]
    for article_id in ids:
        cut = [row for row in rows if article_id[:20] in row and row.split()[-1] != article_id]
        assert cut == [], cut  # folded, or not the last cell of its line
    assert TAIL not in out and "…" in out  # one line each, cut with an ellipsis


def test_search_related_story_and_notes_keep_ids_whole(long_ids: list[str]) -> None:
    boulder = next(i for i in long_ids if i.startswith("boulder-wire"))
    check(run("search", "boulder"), long_ids)
    check(run("related", boulder), long_ids)
    story_id = next(s for s in run("stories").split() if s.startswith("s") and len(s) == 13)
    check(run("story", story_id).split("\n\n", 1)[1], long_ids)  # the table under the head
    run("note", boulder, "Check the figures against the county's.")
    out = run("notes")
    check(out, long_ids)
    assert "Check the figures" in out


def test_stories_titles_keep_their_room(long_ids: list[str]) -> None:
    out = run("stories")
    lines = [line for line in out.splitlines() if "in no story" not in line]  # the footer
    rows = lines[2::2]  # after the count and the header: a title, then its id
    assert len(rows) == 3 and all(len(row.rstrip()) <= 80 for row in rows)
    for row in rows:  # the title is one line of 30 characters or more, not a word a line
        title = row.strip().split("  ")[1]
        assert title.endswith("…") and len(title) >= 30, row
