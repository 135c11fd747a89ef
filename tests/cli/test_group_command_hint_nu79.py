"""A command of a group typed without its group (`broadsheet rebuild`, `broadsheet update`:
a new user's first tries after adding files, nu79 #1) is refused naming the whole command,
where Typer said only "No such command 'rebuild'." (`tui.cli.late_options.group_hint`)."""

from __future__ import annotations

import re

import pytest
import typer.main
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.test_stories_cli import run
from tui.cli import Exit, app


def _groups() -> dict[str, list[str]]:
    root = typer.main.get_command(app)
    commands = root.commands  # type: ignore[attr-defined]
    return {
        name: list(command.commands)
        for name, command in commands.items()
        if hasattr(command, "commands")
    }


def _named(err: str) -> list[str]:
    return re.findall(r"'broadsheet ([a-z-]+ [a-z-]+)'", err)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("rebuild", ["index rebuild"]),
        ("update", ["index update"]),
        ("status", ["index status"]),
        ("lean", ["outlets lean"]),
        ("list", ["saved list", "feeds list"]),
    ],
)
def test_a_groups_command_alone_is_told_its_group(typed: str, meant: list[str]) -> None:
    code, _, err = run(typed)
    assert code == Exit.USAGE
    assert f"No such command '{typed}'" in err
    assert sorted(_named(err)) == sorted(meant), err


@given(st.data())
def test_every_groups_command_is_named_whole(data: st.DataObject) -> None:
    """The oracle: the app's own tree; each subcommand typed alone names every group that has
    it, and only those."""
    groups = _groups()
    typed = data.draw(st.sampled_from(sorted({n for names in groups.values() for n in names})))
    _, _, err = run(typed)
    meant = [f"{group} {typed}" for group, names in groups.items() if typed in names]
    if typed in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        return  # a top-level command of that name runs instead
    assert sorted(_named(err)) == sorted(meant), err


def test_a_word_no_command_has_gets_no_hint() -> None:
    code, _, err = run("zebrafruit")
    assert code == Exit.USAGE
    assert "No such command 'zebrafruit'" in err
    assert "broadsheet " not in err.split("No such command", 1)[1]
