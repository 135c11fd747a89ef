"""`broadsheet keys`: every key of the reader by id, where the keymap file that remaps them
goes, and the keys it binds now (nu27 #8: the ids were listed in the source alone).

`tui.keymap` (and so Textual) is imported when the command runs, not with this module."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from tui.cli.common import JsonOption, app, err, out, print_json, shown


def key_records(remapped: dict[str, str]) -> list[dict[str, Any]]:
    """Every key as `broadsheet keys --json` prints it: its id, the keys bound now (the
    user's keymap, else the default), the default, where it acts and what it does."""
    from tui.keymap import PLACES  # Textual's key names: not for `broadsheet --help`

    return [
        {
            "id": key.id,
            "keys": remapped.get(key.id, key.keys),
            "default": key.keys,
            "where": where,
            "help": key.help or key.label,
        }
        for where, block in PLACES
        for key in block
    ]


@app.command("keys")
def keys_command(as_json: JsonOption = False) -> None:
    """List the reader's keys by id: what a keymap.toml line names to remap one."""
    from tui.keymap_file import IGNORED, keymap_path, user_keymap

    remapped, problem = user_keymap()
    records = key_records(remapped)
    if as_json:
        print_json(records)
        return
    if problem is not None:
        err.print(shown(problem, "yellow"))
    path = keymap_path()
    state = f"{len(remapped)} remapped" if path.exists() and not problem else "none yet"
    if path.exists() and problem:
        refused = f"{len(remapped)} remapped, {problem.count(' refused: ')} refused"
        state = "ignored" if problem.startswith(IGNORED) else refused
    out.print(shown(f"Keymap file: {path} ({state})"))
    out.print(Text('One line a key, its id = its keys: list-down = "j,down,x"', style="dim"))
    # where a key acts heads its group (not a column): at 80 columns "what it does" keeps
    # the room (rv26 #6b: squeezed to ~12 characters a line beside a "where" column)
    table = Table(box=None, pad_edge=False, header_style="bold")
    table.add_column("id", no_wrap=True)
    table.add_column("keys", no_wrap=True)
    table.add_column("what it does", ratio=1)
    place = None
    for record in records:
        if record["where"] != place:
            place = record["where"]
            table.add_row(Text(place, style="bold underline"), "", "")
        keys = record["keys"] + (" *" if record["id"] in remapped else "")
        table.add_row(record["id"], keys, record["help"])
    out.print(table)
    if remapped:
        out.print(Text("* remapped by your keymap file", style="dim"))
