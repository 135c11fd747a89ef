"""A query that starts with a dash ("-trump biden", "- trump") is read by Click as an
unknown option: the refusal says to give it after ``--``, and the command it names runs
(`tui.cli.late_options.dashed_hint`). A long option misspelt gets no such hint."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.cli.test_stories_cli import run
from tui.cli import Exit, app

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
DASHED = st.builds(
    lambda gap, first, rest: "-" + gap + " ".join([first, *rest]),
    st.sampled_from(["", " "]),
    WORDS,
    st.lists(WORDS, max_size=2),
)


def _short_options(command: str) -> set[str]:
    group = typer.main.get_command(app)
    found = group.commands[command].params  # type: ignore[attr-defined]
    return {name for param in found for name in param.opts if not name.startswith("--")}


@pytest.fixture
def seeds(index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_CORPUS", str(SEEDS))
    code, out, _ = run("index", "rebuild")
    assert code == 0, out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=DASHED, command=st.sampled_from(["search", "stories"]))
def test_a_dashed_query_is_told_to_follow_dashes(seeds: None, query: str, command: str) -> None:
    assume(query[:2] not in _short_options(command))  # "-n 5" is an option and its value
    code, _, err = run(command, query)
    assert code == Exit.USAGE  # Click's
    told = re.search(r'goes after "--": (broadsheet .*)$', err.strip(), re.M)
    assert told, err
    said = shlex.split(told[1])
    assert said == ["broadsheet", command, "--", query]
    code, _, err = run(*said[1:])  # the command it names runs: found, nothing, or a bad
    assert code != Exit.USAGE and "No such option" not in err, err  # query: no usage error


@pytest.mark.parametrize("option", ["--nope", "--nope=3", "--limt"])
def test_a_misspelt_option_gets_no_dash_hint(seeds: None, option: str) -> None:
    code, _, err = run("search", option, "trump")
    assert code == Exit.USAGE
    assert "No such option" in err
    assert 'goes after "--"' not in err
