"""`broadsheet search --unread` and the "read" key of `--json` (fx67): against the plain
model, for any set of articles read and any limit, the unread hits are the hits (all of
them, in order) with the read ones taken out, cut to the limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app
from tui.read_marks import read_path, save_read

runner = CliRunner()
NAMES = [f"river{n}.txt" for n in range(6)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """Six short articles on a river, indexed."""
    root = tmp_path_factory.mktemp("unread")
    corpus = root / "corpus"
    corpus.mkdir()
    for n, name in enumerate(NAMES):
        text = f"River report {n}\n\nThe river rose {n + 1} metres at the town of Ames {n}.\n"
        (corpus / name).write_text(text, encoding="utf-8")
    where = ["-c", str(corpus), "--index-dir", str(root / "index")]
    assert runner.invoke(app, ["index", "rebuild", *where]).exit_code == 0
    return where, root / "index"


def run(where: list[str], *args: str) -> str:
    done = runner.invoke(app, ["search", *args, *where])
    assert done.exit_code == 0, done.output
    return done.stdout


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(read=st.sets(st.sampled_from(NAMES)), limit=st.integers(1, 7))
def test_unread_is_the_hits_without_the_read(
    built: tuple[list[str], Path], read: set[str], limit: int
) -> None:
    where, index_dir = built
    save_read(read_path(index_dir), sorted(read))
    every = json.loads(run(where, "river", "--json", "--limit", "10"))
    assert sorted(hit["id"] for hit in every) == NAMES
    assert all(hit["read"] == (hit["id"] in read) for hit in every)
    unread = json.loads(run(where, "river", "--json", "--unread", "--limit", str(limit)))
    wanted = [hit["id"] for hit in every if hit["id"] not in read][:limit]
    assert [hit["id"] for hit in unread] == wanted
    assert not any(hit["read"] for hit in unread)
    table = run(where, "river", "--unread")
    left = len(NAMES) - len(read)
    assert (f"{left} unread" in table) if left else ("No unread articles" in table)


def test_a_damaged_file_reads_as_nothing_read(built: tuple[list[str], Path]) -> None:
    where, index_dir = built
    read_path(index_dir).write_text("{oops", encoding="utf-8")
    done = runner.invoke(app, ["search", "river", "--unread", "--json", *where])
    assert done.exit_code == 0
    assert len(json.loads(done.stdout)) == len(NAMES)
    assert "Taking no article as read" in done.stderr
