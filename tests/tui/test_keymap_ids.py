"""The keymap's ids where a user looks (nu27 #8): `keymap.toml` "remaps them by id", but only
the source listed the ids, and a wrong id said "no key has the id 'x'" and nothing more.

Now the help screen (`?`) prints each line's ids, `broadsheet keys` lists every id the
file may name (the oracle: `tui.keymap.ALL`, the ids the file is checked against) and where
the file goes, and a wrong id names the closest ids there are."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from textual.widgets import Static
from typer.testing import CliRunner

from tests.tui.conftest import settle
from tui import keymap, keymap_file
from tui.app import BroadsheetApp
from tui.cli import app as cli
from tui.screens.help import REMAP, HelpScreen

runner = CliRunner()


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / keymap.KEYMAP_FILE
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("wrong", "named"),
    [
        ("lst-down", ["list-down"]),
        ("list_down", ["list-down"]),
        ("List-Down", ["list-down"]),
        ("focus-serch", ["focus-search"]),
        ("compare-next", ["compare-next-diff", "compare-next-shared"]),
    ],
)
def test_a_wrong_id_names_the_closest(tmp_path: Path, wrong: str, named: list[str]) -> None:
    with pytest.raises(ValueError, match="no key has the id") as raised:
        keymap_file.read_keymap(_file(tmp_path, f'{wrong} = "x"\n'))
    said = str(raised.value)
    assert "\n" not in said and f"{wrong!r}" in said and "did you mean" in said
    assert all(f"'{i}'" in said for i in named), said


def test_an_id_near_none_says_where_the_ids_are(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no key has the id") as raised:
        keymap_file.read_keymap(_file(tmp_path, 'zzzzzz = "x"\n'))
    assert "did you mean" not in str(raised.value)
    assert "broadsheet keys" in str(raised.value)


def test_keys_lists_every_id_a_keymap_may_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "160")
    result = runner.invoke(cli, ["keys", "--json"])
    assert result.exit_code == 0, result.output
    listed = json.loads(result.stdout)
    assert [r["id"] for r in listed] == [k.id for k in keymap.ALL]
    assert all(r["keys"] == r["default"] for r in listed)
    out = runner.invoke(cli, ["keys"]).stdout
    where = tmp_path / "broadsheet" / keymap.KEYMAP_FILE
    assert f"Keymap file: {where} (none yet)" in out
    lines = out.splitlines()
    for key in keymap.ALL:  # each id on a line of its own, with its keys
        assert any(line.split()[:2] == [key.id, key.keys] for line in lines if line.split()), key.id
    # the ids `keys` lists are those the file may name: each reads back
    path = tmp_path / "broadsheet" / keymap.KEYMAP_FILE
    path.parent.mkdir()
    path.write_text("".join(f'{r["id"]} = "{r["default"]}"\n' for r in listed), encoding="utf-8")
    assert keymap_file.read_keymap(path) == {r["id"]: r["default"] for r in listed}
    path.write_text('list-down = "x,j"\n', encoding="utf-8")
    remapped = {
        r["id"]: r["keys"] for r in json.loads(runner.invoke(cli, ["keys", "--json"]).stdout)
    }
    assert remapped["list-down"] == "x,j" and remapped["list-up"] == "k,up"
    out = runner.invoke(cli, ["keys"]).stdout
    assert "(1 remapped)" in out and "x,j *" in out


def test_keys_at_80_columns_leaves_what_it_does_the_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.setenv("COLUMNS", "80")
    out = runner.invoke(cli, ["keys"]).stdout
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("id "))
    lines = lines[lines.index(header) :]  # the table (the keymap file's path may be long)
    assert all(len(line) <= 80 for line in lines)
    assert 80 - header.index("what it does") >= 30  # was 13: beside a "where" column
    for where, block in keymap.PLACES:  # each place heads its keys, each key on its line
        assert any(line.strip() == where for line in lines), where
        for key in block:
            assert any(line.split()[:2] == [key.id, key.keys] for line in lines), key.id


async def test_the_help_screen_names_each_lines_ids(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        listed = {
            i
            for group in keymap.GROUPS
            for _, _, ids in screen.rows(group)
            for i in ids.split(", ")
        }
        assert listed == {k.id for k in keymap.help_keys("ReaderScreen")}
        console = Console(width=120, record=True, file=io.StringIO())
        for static in screen.query(Static):
            console.print(static.content)
        shown = " ".join(console.export_text().split())
        assert " ".join(REMAP.plain.split()) in shown
        assert "list-down, pane-down" in shown and "focus-search" in shown
