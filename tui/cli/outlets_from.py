"""`outlets lean --from FILE`: many outlets' leans at once (an AllSides list of 145), each
name resolved as `outlets lean NAME SIDE` resolves it, one write of the map for all.

A row whose name no outlet of the corpus is called (without --new), or whose lean names
no side, is refused and said on stderr with its reason; the rest are written. The exit
code is the single command's for the worst refusal: 3 (not found) when a name is
unknown, else 2 (bad usage) when a lean names no side, else 0."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from index.library import outlet_named
from index.models import Lean, counted, outlet_key
from tui.cli.common import Exit, err, fail, out, print_json, shown
from tui.lean_file import Entry, entry_side, read_entries
from tui.outlet_leans import read_map, set_leans


@dataclass
class Sorted:
    """The file's rows, sorted: the changes to make (corpus name -> side, None: take it
    out), the refused rows with their reasons, and how many gave no lean."""

    changes: dict[str, Lean | None] = field(default_factory=dict)
    unknown: list[dict[str, Any]] = field(default_factory=list)
    unread: list[dict[str, Any]] = field(default_factory=list)
    no_lean: int = 0


def sort_entries(
    entries: list[Entry], sources: list[tuple[str, int]], new: bool, map_names: list[str]
) -> Sorted:
    """Resolve each row as the single command does: the corpus's name for it, else the
    name as written with ``new``, else (for "none") the map's entry of that name."""
    from tui.cli.search_run import no_such_outlet

    found = Sorted()
    for entry in entries:
        typed = entry.outlet.strip()
        row = {"where": entry.where, "outlet": entry.outlet, "lean": entry.lean}
        if entry.lean is None or not entry.lean.strip():
            found.no_lean += 1  # `outlets --json`'s outlets of no lean: left as they are
            continue
        side, unread = entry_side(entry.lean)
        if unread is not None:
            found.unread.append({**row, "reason": unread})
            continue
        if not typed:
            found.unread.append({**row, "reason": "no outlet named"})
            continue
        name = outlet_named(typed, sources)
        if name is None and side is None:  # "none" takes out an entry of any name
            name = next((o for o in map_names if outlet_key(o) == outlet_key(typed)), None)
        if name is None and new:
            name = typed
        if name is None:
            said = no_such_outlet(typed, sources)
            reason = said.plain if said is not None else f"no outlet is called {typed!r}"
            found.unknown.append({**row, "reason": reason})
            continue
        found.changes.pop(name, None)  # the later row for an outlet wins, in its place
        found.changes[name] = side
    return found


def summary(found: Sorted, path: Path | None) -> str:
    """The one line that says what was set and what was refused."""
    set_count = sum(side is not None for side in found.changes.values())
    taken = len(found.changes) - set_count
    said = "Set " + counted(set_count, "outlet's lean", "outlets' leans")
    said += f", took out {taken:,}" if taken else ""
    said += f" (in {path})" if path is not None else " (nothing written)"
    if found.unknown:
        names = ", ".join(repr(row["outlet"]) for row in found.unknown)
        said += "; " + counted(len(found.unknown), "name", "names") + f" unknown: {names}"
    if found.unread:
        leans = ", ".join(repr(row["lean"]) for row in found.unread)
        said += "; " + counted(len(found.unread), "lean", "leans") + f" unread: {leans}"
    if found.no_lean:
        said += "; " + counted(found.no_lean, "row", "rows") + " of no lean left as they are"
    return said + "."


def lean_from_file(
    source: Path, sources: list[tuple[str, int]], new: bool, as_json: bool, hint: str
) -> None:
    """Read ``source``, write the map once, say what was done; exit as the module says."""
    try:
        entries = read_entries(source)
    except ValueError as error:
        fail(str(error), Exit.USAGE)
    try:
        map_names = list(read_map()[0])
    except ValueError as error:
        fail(str(error), Exit.USAGE)
    found = sort_entries(entries, sources, new, map_names)
    path = set_leans(list(found.changes.items()), None, sources) if found.changes else None
    if as_json:
        print_json(
            {
                "path": str(path) if path else None,
                "set": {name: side for name, side in found.changes.items() if side},
                "taken_out": [name for name, side in found.changes.items() if side is None],
                "unknown": found.unknown,
                "unread": found.unread,
                "no_lean": found.no_lean,
            }
        )
    else:
        out.print(shown(summary(found, path)))
    for row in [*found.unknown, *found.unread]:
        err.print(shown(f"broadsheet: {source}:{row['where']}: {row['reason']}"))
    if found.unknown:
        err.print(shown(f"broadsheet: use --new to keep unknown names as typed{hint}."))
        raise typer.Exit(int(Exit.NOT_FOUND))
    if found.unread:
        raise typer.Exit(int(Exit.USAGE))
