"""The reader's status line counts each text once, as `search ''` and `index status` do, and
says the exact copies beside it (nu24 #11: it said 291 articles where the list was "of 290").
The oracle: `index status --json` and the number of hits `search ''` lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static
from typer.testing import CliRunner

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, settle
from tui.app import BroadsheetApp
from tui.cli import app as cli


@pytest.mark.parametrize("copies", [0, 1, 2])
async def test_status_line_counts_as_search_and_status(tmp_path: Path, copies: int) -> None:
    files = dict(STORIES) | {f"copy{k}-markets.md": STORIES["markets.md"] for k in range(copies)}
    corpus, index_dir = write_corpus(tmp_path / "corpus", files), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    where = ["--corpus", str(corpus), "--index-dir", str(index_dir)]
    runner = CliRunner()
    status = json.loads(runner.invoke(cli, [*where, "index", "status", "--json"]).stdout)
    listed = json.loads(runner.invoke(cli, [*where, "search", "--json", "-n", "99", ""]).stdout)
    assert status["articles"] == len(listed) == len(STORIES)
    assert status.get("copies", 0) == copies and status["files"] == len(files)
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        line = str(reader(app).query_one("#status", Static).render())
    assert f"{len(listed)} articles" in line, line
    said = {0: "exact cop", 1: "(1 exact copy)", 2: "(2 exact copies)"}[copies]
    assert (said in line) == bool(copies), line
