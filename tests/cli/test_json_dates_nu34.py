"""A date given without a time is the day alone in every JSON output (nu34 #1): a file
saying "Published 03/04/2024" printed "2024-03-04T00:00:00" in `search`, `show` and
`export --format jsonl` (and `story --json` "2024-03-04"), so scripts could not tell a day
from midnight.

The oracle for `iso_when` is `datetime.fromisoformat`: its text reads back as the same
moment, and is a day alone exactly when the moment is a naive midnight."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.when import STATED_MIDNIGHT, iso_when, iso_when_text
from tui.cli import app

runner = CliRunner()

QUOTE = "We will open the repaired bridge to traffic before the first snow of the winter"
DAY_ONLY = (
    "Riverton council votes on bridge\n\nPublished 03/04/2024\n\n"
    f'The Riverton council voted to repair the old bridge. "{QUOTE}," said Mayor Anna Keller.'
    "\n\nWork starts next month, officials said.\n"
)
TIMED = (
    "Riverton bridge repair begins\n\nPublished 03/05/2024 09:30 GMT\n\n"
    f'Crews began work on the Riverton bridge. "{QUOTE}," Mayor Anna Keller said again.'
    "\n\nThe road stays closed for a month, officials said.\n"
)


@given(st.datetimes(min_value=datetime(1800, 1, 1), max_value=datetime(2200, 12, 31)))
def test_iso_when_reads_back(when: datetime) -> None:
    text = iso_when(when)
    assert text is not None
    stated_midnight = when.time() == STATED_MIDNIGHT  # a time stated as midnight (fd34)
    assert datetime.fromisoformat(text) == (
        when.replace(microsecond=0) if stated_midnight else when
    )
    assert (len(text) == 10) == (when.time() == datetime.min.time())
    assert iso_when_text(when.isoformat()) == text


def test_iso_when_text_leaves_other_text() -> None:
    assert iso_when_text(None) is None
    assert iso_when_text("") == ""
    assert iso_when_text("sometime in May") == "sometime in May"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Two text files, one dated by day, one with a time; indexed."""
    root = tmp_path_factory.mktemp("dates")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "riverton.txt").write_text(DAY_ONLY, encoding="utf-8")
    (corpus / "repair.txt").write_text(TIMED, encoding="utf-8")
    where = ["-c", str(corpus), "--index-dir", str(root / "index")]
    run(where, "index", "rebuild")
    return where


def run(where: list[str], *args: str) -> str:
    """The output of a command that succeeds on the corpus."""
    done = runner.invoke(app, [*args, *where])
    assert done.exit_code == 0, done.output
    return done.stdout


WANTED = {"riverton.txt": "2024-03-04", "repair.txt": "2024-03-05T09:30:00"}


def test_search_json(built: list[str]) -> None:
    hits = json.loads(run(built, "search", "riverton", "--json"))
    assert {hit["id"]: hit["date"] for hit in hits} == WANTED


def test_show_json(built: list[str]) -> None:
    for article, date in WANTED.items():
        assert json.loads(run(built, "show", article, "--json"))["date"] == date


def test_export_jsonl(built: list[str]) -> None:
    lines = run(built, "export", "--format", "jsonl").splitlines()
    assert {json.loads(line)["id"]: json.loads(line)["date"] for line in lines} == WANTED


def test_quotes_json(built: list[str]) -> None:
    groups = json.loads(run(built, "quotes", "--json"))
    dates = {o["article"]: o["date"] for g in groups for o in g["occurrences"]}
    assert dates == WANTED


def test_readme_says_it() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert '(`"2024-03-04"`)' in readme


def test_compare_json(built: list[str]) -> None:
    """nu35 #9: `compare --json` gave a timed article's day alone."""
    data = json.loads(run(built, "compare", "riverton.txt", "repair.txt", "--json"))
    assert {a["id"]: a["date"] for a in data["articles"]} == WANTED
    assert {data[k]["id"]: data[k]["date"] for k in ("a", "b")} == WANTED


def test_search_json_keys_are_those_readme_lists(built: list[str]) -> None:
    """nu35 #11: README did not list `search --json`'s keys."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    said = readme.split("`search --json`", 1)[1].split("]`", 1)[0]
    listed = set(re.findall(r'"(\w+)"', said))
    hits = json.loads(run(built, "search", "riverton", "--json"))
    assert hits and all(set(hit) == listed for hit in hits)
