"""A field with nothing after it (``source:``, ``title: x``) is refused with one line (fx18a,
issue 18): Whoosh read it as the field's name, so ``source:`` looked for the word "source".
Both engines parse through `check_syntax` (OpenSearch's `parse` is `parse_unbound`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.opensearch.searching import parse
from index.search.limits import QueryError
from index.search.query import FIELD_NAMES, parse_unbound
from tui.cli import Exit, app

EMPTY_FIELDS = [name for name in FIELD_NAMES if name != "date"]  # date: has its own message
words = st.sampled_from(["oroville", "dam", "(spillway)", '"dam report"', "NOT levee", ""])


@settings(max_examples=60, deadline=None)
@given(
    before=words,
    field=st.sampled_from(EMPTY_FIELDS),
    after=st.sampled_from(["", " ", "  oroville", "\tdam"]),
    wrap=st.booleans(),
)
def test_a_field_with_nothing_after_it_is_refused(
    before: str, field: str, after: str, wrap: bool
) -> None:
    query = f"{before} ({field}:{after})" if wrap else f"{before} {field}:{after}"  # ':)' too
    for engine_parse in (parse_unbound, parse):
        with pytest.raises(QueryError, match=f"'{field}:' needs a word or a phrase") as error:
            engine_parse(query)
        assert error.value.column == query.index(f"{field}:") + 1
        assert "\n" not in str(error.value)


@pytest.mark.parametrize(
    "query", ['source:"wire a"', "source:wire", "title:(dam OR levee)", "id:[a TO b]",
              '"source: here" dam', "title:dam*"],
)  # fmt: skip
def test_a_field_with_a_value_still_parses(query: str) -> None:
    parse_unbound(query)


def test_the_cli_says_what_is_wrong_in_one_line(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    row = {"id": "a1", "title": "Dam", "source": "Wire", "date": "2017-02-12", "body": "Dam."}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    env = {"BROADSHEET_INDEX_DIR": str(tmp_path / "index")}
    result = CliRunner().invoke(app, ["search", "source:", "-c", str(corpus)], env=env)
    assert result.exit_code == Exit.QUERY
    said = result.stderr.strip().splitlines()  # after the first build's line
    assert said[-1].startswith("broadsheet: bad query: 'source:' needs a word or a phrase")
    assert "Traceback" not in result.stderr and result.stdout == ""
