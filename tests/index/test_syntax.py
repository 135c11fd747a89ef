"""The query table (`index.search.syntax`): the README's Queries table is it, and it runs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from index.library import Library
from index.search.syntax import QUERY_FORMS, markdown_table
from tests.conftest import ARTICLES, write_corpus

README = Path(__file__).resolve().parents[2] / "README.md"


def _readme_table() -> list[str]:
    """The table of the README's Queries section, line by line."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("### Queries")
    table: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("#"):
            break
        if line.startswith("|"):
            table.append(line)
        elif table:
            break  # the table ended
    return table


def test_the_readme_table_is_the_one_in_the_core() -> None:
    table = _readme_table()
    assert table == markdown_table().splitlines()
    for form in QUERY_FORMS:
        assert form.markdown() in table


def test_the_table_documents_the_forms_people_ask_about() -> None:
    examples = [example for form in QUERY_FORMS for example in form.examples]
    for prefix in ("byline:", "dateline:", "date:>", "date:<", "source:", "title:", "-"):
        assert any(example.startswith(prefix) for example in examples), prefix
    assert "nato -russia" in examples  # a minus inside a query, on a word


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("syntax")
    corpus = write_corpus(root / "corpus", ARTICLES)
    with Library.open(corpus, root / "index") as opened:
        yield opened


PLACEHOLDERS = {"a": "harbour", "b": "frost", "c": "budget"}
"""The table writes a, b, c for any words (and 'a' is too common to be indexed)."""


@pytest.mark.parametrize("example", [example for form in QUERY_FORMS for example in form.examples])
def test_every_example_in_the_table_is_a_query_that_runs(library: Library, example: str) -> None:
    query = re.sub(r"\b[abc]\b", lambda m: PLACEHOLDERS[m.group()], example)
    result = library.search(query, limit=None)  # a refused query raises QueryError
    assert result.query == query and result.total == len(result.hits)
