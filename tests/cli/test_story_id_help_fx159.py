"""`story --help` said "The story's id." though fx157 made a story id's beginning name the
story (fx159): every command that resolves a story id says so; `unfollow` a followed
story's beginning (fx160)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from tui.cli import app
from tui.cli.article_ids import STORY_ID_HELP

runner = CliRunner()


@pytest.mark.parametrize("command", [["story"], ["follow"], ["quotes"], ["export"]])
def test_a_story_id_s_help_says_a_beginning_names_it(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert "or a beginning of it that begins no other story's id" in said


def test_the_help_s_example_is_a_beginning() -> None:
    short, whole = re.findall(r"(\w+) for (\w+)\.$", STORY_ID_HELP)[0]
    assert whole.startswith(short) and short != whole


def test_unfollow_says_a_beginning_names_a_followed_story() -> None:
    """fx160: `unfollow` takes a followed story's beginning too (it said "whole")."""
    result = runner.invoke(app, ["unfollow", "--help"], env={"COLUMNS": "400"})
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert "or a beginning of it that begins no other followed story's id" in said
    assert "whole" not in said
