"""A minus standing alone (``dam - frost``) is read as plain Whoosh reads it, as nothing,
and said, with the form that leaves the word out (sx51, rv75 #3: it was dam AND frost,
silently, where the user meant NOT frost). A minus at the start of a word stays NOT.

The hits are plain Whoosh's (`tests.search.oracle.Oracle`) over generated queries; the
note is `Library.search_note`'s (the reader's) and the CLI's stderr.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.search.engine import WhooshEngine, open_index
from index.search.lone_minus import lone_minus
from tests.search.oracle import WORDS, Oracle, export, write_corpus
from tui.cli import app

_plain = [w for w in WORDS if "-" not in w]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, WhooshEngine, Oracle]:
    work = tmp_path_factory.mktemp("lone")
    corpus = write_corpus(work / "corpus.jsonl", count=120, seed=51)
    articles = export(corpus, work / "index", work / "export.jsonl")
    return corpus, work / "index", open_index(work / "index"), Oracle(articles, work / "oracle")


_queries = st.tuples(
    st.sampled_from(["", *_plain]),
    st.sampled_from(["-", "\u2013", "--"]),
    st.sampled_from(_plain),
    st.sampled_from(["", " OR truce", ")"]),
).map(lambda p: ("(" if p[3] == ")" else "") + f"{p[0]} {p[1]} {p[2]}{p[3]}")


@settings(max_examples=40, deadline=None)
@given(query=_queries)
def test_a_lone_minus_finds_what_plain_whoosh_finds_and_is_said(
    setup: tuple[Path, Path, WhooshEngine, Oracle], query: str
) -> None:
    _, _, index, oracle = setup
    found = {hit.id for hit in index.search(query.strip(), limit=None).hits}
    assert found == oracle.ids(query.strip()), query
    said = lone_minus(query)
    assert said is not None and "read as nothing" in said, query
    word = query.split()[-1].rstrip(")") if "OR" not in query else query.split()[-3]
    assert f"-{word}" in said, (query, said)


@pytest.mark.parametrize(
    "query",
    [
        "dam -frost",
        "pro-russian",
        "G-7",
        '"dam - frost"',
        "dam - -frost",
        "dam - NOT frost",
        "-",
        "dam - NOT(frost)",
    ],
)
def test_no_lone_minus_no_note(query: str) -> None:
    assert lone_minus(query) is None


@pytest.mark.parametrize("query", ["dam -", "dam OR -", "(dam -)", "dam \u2013"])
def test_a_minus_ending_the_query_is_said(query: str) -> None:
    said = lone_minus(query)
    assert said is not None and "nothing after it" in said, query


def test_the_cli_says_it_on_stderr_and_lists_the_hits(
    setup: tuple[Path, Path, WhooshEngine, Oracle],
) -> None:
    corpus, index_dir, _, oracle = setup
    run = CliRunner().invoke(
        app,
        ["search", "--json", "-n", "1000", "-c", str(corpus), "--", "dam - frost"],
        env={"BROADSHEET_INDEX_DIR": str(index_dir)},
    )
    assert run.exit_code == 0, run.stderr
    assert {hit["id"] for hit in json.loads(run.stdout)} == oracle.ids("dam frost")
    assert "write -frost (no space) or NOT frost" in " ".join(run.stderr.split())
