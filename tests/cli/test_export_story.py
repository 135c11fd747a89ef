"""`broadsheet export --story ID`: a story's articles with what the notebook keeps on them,
in every format, each parsed back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rispy

from tests.cli.test_following_cli import boulder_story
from tests.cli.test_stories_cli import news, run
from tests.notebook.test_exports import _outline
from tests.story_corpus import BOULDER
from tui.cli import Exit

__all__ = ["news"]

WIRE, PAPER = BOULDER
PASSAGE = "taken into custody after a standoff"


@pytest.fixture
def noted(news: Path) -> str:
    """The Boulder story, its wire pinned with a note, a passage of it highlighted."""
    assert run("pin", WIRE.id, "--tag", "shootings", "--note", "first report")[0] == 0
    code, _, err = run("highlight", WIRE.id, "--quote", PASSAGE, "--note", "arrest")
    assert code == 0, err
    return boulder_story()


def export(story: str, form: str) -> str:
    code, out, err = run("export", "--story", story, "--format", form)
    assert code == 0, err
    return out


def test_csv_has_the_story_articles_with_the_highlight(noted: str) -> None:
    rows = list(csv.DictReader(io.StringIO(export(noted, "csv"), newline="")))
    assert [r["article"] for r in rows] == [WIRE.id, PAPER.id]  # the story's order
    wire, paper = rows
    assert wire["highlight"] == PASSAGE and wire["highlight_note"] == "arrest"
    assert wire["pinned"] and wire["tags"] == "shootings" and wire["note"] == "first report"
    assert paper["highlight"] == "" and paper["note"] == "" and paper["title"] == PAPER.title


def test_json_is_the_story_with_its_articles_in_the_notes_shape(noted: str, tmp_path: Path) -> None:
    """nu35 #11: the JSON was a bare list, with no story id or title (README: "under the
    story's title"); now ``{"story": {"id", "title", ...}, "articles": [...]}``, to a file
    too (the story's other keys: tests/cli/test_export_story_told.py)."""
    told = json.loads(export(noted, "json"))
    assert set(told) == {"story", "articles"}
    assert {k: told["story"][k] for k in ("id", "title")} == {"id": noted, "title": WIRE.title}
    target = tmp_path / "story.json"
    assert run("export", "--story", noted, "-o", str(target))[0] == 0  # json by the ending
    assert json.loads(target.read_text(encoding="utf-8")) == told
    data = told["articles"]
    assert [e["article"] for e in data] == [WIRE.id, PAPER.id]
    assert data[0]["pinned"] and data[0]["note"] == "first report"
    assert [h["exact"] for h in data[0]["highlights"]] == [PASSAGE]
    assert data[1]["highlights"] == [] and not data[1]["pinned"]


def test_ris_and_csl_json_have_a_record_per_article(noted: str) -> None:
    records = rispy.loads(export(noted, "ris"))
    assert [r["id"] for r in records] == [WIRE.id, PAPER.id]
    assert all(r["type_of_reference"] == "NEWS" for r in records)
    assert [r["title"] for r in records] == [WIRE.title, PAPER.title]
    items = json.loads(export(noted, "csljson"))
    assert [i["id"] for i in items] == [WIRE.id, PAPER.id]
    assert {i["type"] for i in items} == {"article-newspaper"}
    assert items[0]["issued"] == {"date-parts": [[2021, 3, 22]]}


def test_the_memo_is_titled_by_the_story_and_quotes_the_highlight(noted: str) -> None:
    for form in ("markdown", "md"):
        outline = _outline(export(noted, form))
        assert outline["h1"] == [f"Story: {WIRE.title}"]
        assert outline["h2"] == [WIRE.title, PAPER.title]
        assert outline["quotes"][0].startswith(PASSAGE)


def test_to_a_file_and_unknown_stories(noted: str, tmp_path: Path) -> None:
    target = tmp_path / "story.csl.json"
    code, out, err = run("export", "--story", noted, "-f", "csljson", "-o", str(target))
    assert code == 0 and out == "" and f"2 articles written to {target}" in err
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 2
    code, _, err = run("export", "--story", "s000000000000", "-f", "json")
    assert code == Exit.NOT_FOUND and err.count("\n") == 1
    assert "no story with id 's000000000000'" in err
    code, _, err = run("export", "--story", noted, "--pinned", "-f", "json")
    assert code == Exit.USAGE and "one of" in err
    code, _, err = run("export", "--story", noted)  # jsonl is every article
    assert code == Exit.USAGE and err.count("\n") == 1


def test_other_json_exports_stay_lists(noted: str) -> None:
    """Only `--story` wraps its articles: `--tag`, `--pinned` and the whole notebook are the
    list of `notes --json`."""
    for select in (["--tag", "shootings"], ["--pinned"], []):
        code, out, err = run("export", *select, "--format", "json")
        assert code == 0, err
        assert [e["article"] for e in json.loads(out)] == [WIRE.id]
