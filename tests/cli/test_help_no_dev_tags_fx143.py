"""No command's --help shows developers' notes (nu59 #6: `highlight --help` showed "nu40 #16 …").

Every command and subcommand of the Typer app is walked (its click tree, so a command added
later is checked too) and its --help is run; helper tags and issue numbers belong in comments.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from tui.cli import app

TAG = re.compile(r"\b(nu|fx|rv|sp|st|qg|cp|qp|sx|lb|mx|nb|int)\d+\b|\bissues? \d", re.IGNORECASE)


def command_paths() -> list[tuple[str, ...]]:
    """Every command's words, the root's () first, groups and their subcommands."""
    paths: list[tuple[str, ...]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:  # Typer's own click: no public type
        paths.append(path)
        for name, sub in getattr(command, "commands", {}).items():  # a group's
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return paths


def test_the_walk_finds_the_commands() -> None:
    paths = command_paths()
    assert ("highlight",) in paths and ("index", "update") in paths and ("feeds", "add") in paths
    assert len(paths) > 30


def test_the_pattern_catches_tags() -> None:
    assert TAG.search('(nu40 #16: the text had ",-the")')
    assert TAG.search("left out, yet earlier (issue 16)")
    assert not TAG.search("--since 2017-01-01, the first 20 articles, nucleus fx")


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "broadsheet")
def test_help_shows_no_developer_tags(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output
    found = [line.strip() for line in result.output.splitlines() if TAG.search(line)]
    assert found == [], f"{' '.join(path)} --help: {found}"
