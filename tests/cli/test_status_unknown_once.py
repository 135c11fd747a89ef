"""nu30 #7: `index status` counted an exact copy among the undated articles and those
without an outlet ("articles 3, copies 1, undated 4, no outlet 4"), where every other count
takes a text once. The oracle: the distinct texts the corpus was written from."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import write_corpus
from tui.cli import app

WORDS = ("harbour", "ferry", "council", "budget", "storm", "bridge", "school", "rail")
TEXT = st.tuples(
    st.booleans(),  # dated
    st.booleans(),  # an outlet stated
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=6),
)


def _file(n: int, dated: bool, outlet: bool, words: list[str]) -> str:
    # the number makes each text its own: only the copies made below are exact copies
    head = [f"title: {' '.join(words[:2]).title()} {n}"]
    head += ["source: Valley Gazette"] * outlet + ["date: 2021-02-11"] * dated
    return "---\n" + "\n".join(head) + "\n---\n" + " ".join(words) + f" item {n}.\n"


@settings(max_examples=8, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=5), copies=st.lists(st.integers(0, 4), max_size=3))
def test_undated_and_no_outlet_count_a_text_once(
    texts: list[tuple[bool, bool, list[str]]], copies: list[int]
) -> None:
    files = {f"a{n}.md": _file(n, *text) for n, text in enumerate(texts)}
    for m, n in enumerate(copies):
        files[f"copy{m}.md"] = files[f"a{n % len(texts)}.md"]
    distinct = {files[name] for name in files}
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
        result = runner.invoke(app, [*where, "index", "status", "--json"])
        assert result.exit_code == 0, result.output
        status = json.loads(result.output)
    assert status["articles"] == len(distinct)
    assert status["undated"] == sum("date:" not in text for text in distinct)
    assert status["no_outlet"] == sum("source:" not in text for text in distinct)
