"""`search` with a date filter says on stderr how many undated matches it left out, and its
``--json`` stdout stays the list (nu42 #5); the count is checked against an oracle in
`tests/index/test_undated_left.py`."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tests.index.test_undated_left import field_corpus
from tui.cli import app


def test_the_cli_says_it_on_stderr_and_keeps_the_json(tmp_path: Path, index_dir: Path) -> None:
    facts = [({"wheat"}, "2021-02-14", "Herald"), ({"wheat"}, None, "Herald")]
    corpus = str(field_corpus(tmp_path, facts))
    runner = CliRunner()
    said = "1 undated match left out (no date in the text)"
    for args in (["--since", "2021-02-01"], ["--json", "--since", "2021-02-01"]):
        result = runner.invoke(app, ["search", "wheat", "--corpus", corpus, *args])
        assert result.exit_code == 0 and said in result.stderr and said not in result.stdout
    result = runner.invoke(app, ["search", "wheat date:2021", "--corpus", corpus, "--json"])
    assert said in result.stderr and result.stdout.count('"id"') == 1
    result = runner.invoke(app, ["search", "wheat", "--corpus", corpus])
    assert "undated" not in result.stderr + result.stdout  # no filter: nothing to tell
