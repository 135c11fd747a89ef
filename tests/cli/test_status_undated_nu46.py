"""nu46 #2: a corpus whose texts give no date (wires that say "March 3" and no year) said
only "undated 2972" in `index status`, and nothing pointed to the fix. When over half of
the articles have no date, the line says where dates come from; a date-filtered `stories`
query that lists none says the undated matches it left out, as `search` does. The oracle:
the dates written, and the file times (never a date: every file here has one)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.wording import DATES_FROM, mostly_undated, undated_said
from tests.conftest import write_corpus
from tui.cli import app

WORDS = ("harbour", "ferry", "council", "budget", "storm", "bridge", "school", "rail")


def _file(n: int, dated: bool) -> str:
    head = f"title: {WORDS[n % len(WORDS)].title()} report {n}\nsource: Valley Gazette\n"
    head += "date: 2021-02-11\n" * dated
    return f"---\n{head}---\nThe {WORDS[n % len(WORDS)]} item {n} was read to the board.\n"


@given(undated=st.integers(0, 10_000), dated=st.integers(0, 10_000))
def test_mostly_undated_is_over_half(undated: int, dated: int) -> None:
    articles = undated + dated
    assert mostly_undated(undated, articles) == (articles > 0 and undated > articles / 2)
    if undated:
        said = undated_said(undated, articles)
        assert said.startswith(f"{undated:,} of {articles:,} article") and DATES_FROM in said


@settings(max_examples=6, deadline=None)
@given(dates=st.lists(st.booleans(), min_size=1, max_size=6))
def test_status_says_where_dates_come_from_when_most_have_none(dates: list[bool]) -> None:
    files = {f"a{n}.md": _file(n, dated) for n, dated in enumerate(dates)}
    runner = CliRunner()
    with tempfile.TemporaryDirectory() as top:
        corpus = write_corpus(Path(top) / "corpus", files)
        for name in files:  # a file's time is no article's date
            os.utime(corpus / name, (1_000_000_000, 1_000_000_000))
        where = ["--corpus", str(corpus), "--index-dir", str(Path(top) / "index")]
        assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
        shown = runner.invoke(app, [*where, "index", "status"], env={"COLUMNS": "200"})
        as_json = runner.invoke(app, [*where, "index", "status", "--json"])
    assert shown.exit_code == 0 and as_json.exit_code == 0, shown.output
    text = " ".join(shown.output.split())
    undated = dates.count(False)
    assert json.loads(as_json.output)["undated"] == undated  # JSON keeps the count
    if undated * 2 > len(dates):
        assert f"undated {undated_said(undated, len(dates))}" in text, text
    else:
        assert f"undated {undated:,}" in text and DATES_FROM not in text, text


def test_stories_says_the_undated_matches_a_date_filter_left_out(tmp_path: Path) -> None:
    files = {f"a{n}.md": _file(n, dated=False) for n in range(4)}
    corpus = write_corpus(tmp_path / "corpus", files)
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    found = runner.invoke(app, [*where, "stories", "harbour date:2021"], env={"COLUMNS": "200"})
    assert found.exit_code == 0, found.output
    matching = sum("harbour" in text for text in files.values())
    line = " ".join(found.output.split())
    left = f"{matching} undated match{'es' * (matching != 1)} left out (no date in the text)"
    assert f"No stories match 'harbour date:2021'; {left}" in line, line
