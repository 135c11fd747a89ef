"""`broadsheet quotes QUERY` whose quotes are none lists the quotes of the articles the query
finds, as the reader's `q` does (nu76), under the same heading, and ``--json`` says which
each record is (``matched_in``: "quote", "article", or null with no query). nu77 #1: the CLI
said "No quotes match 'kabul airport'" where the reader listed the articles' quotes.

Oracle: the library's quotes of the query's hits (`Library.quotes(articles=...)`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from index.library import Library
from index.models import quotes_found_in
from tests.quote_rows import OTHER, QUIET, QUOTE, ROWS, write_rows
from tui.cli import app
from tui.quote_scope import QuoteScope

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path, index_dir: Path) -> Path:
    folder = write_rows(tmp_path / "quoted", [*ROWS, QUIET])
    result = runner.invoke(app, ["index", "rebuild", "--corpus", str(folder)])
    assert result.exit_code == 0, result.stdout
    return folder


def quotes(corpus: Path, *args: str) -> str:
    result = runner.invoke(app, ["quotes", "--corpus", str(corpus), *args])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def records(corpus: Path, *args: str) -> list[dict[str, Any]]:
    return json.loads(quotes(corpus, "--json", *args))


def articles_quotes(corpus: Path, index_dir: Path, query: str) -> list[str]:
    """The oracle: the quotes of the articles ``query`` finds, as the library lists them."""
    library = Library.open(corpus, index_dir)
    hits = library.search(query, limit=None, count=False).hits
    assert hits and not library.quotes(query)  # articles found, no quote of the query's
    return [g.text for g in library.quotes(articles={h.id for h in hits})]


def test_the_articles_quotes_are_listed_under_the_readers_heading(
    corpus: Path, index_dir: Path
) -> None:
    said = quotes(corpus, "growers")  # b1's body, not its quote
    heading = quotes_found_in("growers", 1)
    assert heading == QuoteScope(query="growers").heading(found_in=1)  # the reader's words
    assert heading in " ".join(said.split()), said
    assert "No quotes match" not in said
    assert articles_quotes(corpus, index_dir, "growers") == [OTHER]
    assert OTHER[:40] in said


def test_the_json_says_which_each_record_is(corpus: Path, index_dir: Path) -> None:
    found = records(corpus, "growers")
    assert [r["text"] for r in found] == articles_quotes(corpus, index_dir, "growers")
    assert {r["matched_in"] for r in found} == {"article"}
    own = records(corpus, "harbour fees")
    assert [r["text"] for r in own] == [QUOTE]
    assert {r["matched_in"] for r in own} == {"quote"}
    every = records(corpus)
    assert every and {r["matched_in"] for r in every} == {None}
    kept = {"id", "text", "speaker", "occurrences", "first", "first_tied", "earlier_unknown"}
    assert kept <= set(found[0]) and kept <= set(own[0])  # the keys of before, all kept


def test_no_quote_in_the_articles_is_still_said(corpus: Path) -> None:
    assert "No quotes match 'orchard'" in quotes(corpus, "orchard")  # c1 quotes no one
    assert records(corpus, "orchard") == []


def test_the_outlet_keeps_the_articles_too(corpus: Path) -> None:
    assert records(corpus, "growers", "--source", "Coast Wire") == []  # b1 is Valley Post's
    kept = records(corpus, "growers", "--source", "Valley Post")
    assert [r["text"] for r in kept] == [OTHER]
    heading = quotes_found_in("growers", 1, "Valley Post")
    assert heading in " ".join(quotes(corpus, "growers", "--source", "valley post").split())
