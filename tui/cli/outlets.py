"""`broadsheet outlets` and `outlets lean`: the outlets of the corpus and the side each
leans to, as the articles' metadata give it or as the user set it (`index.leans`)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from index.models import LEANS, Lean, library_outlet_leans, outlet_key
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    app,
    err,
    fail,
    open_library,
    out,
    print_json,
    reported,
    shown,
    target,
)
from tui.cli.tables import listing
from tui.outlet_leans import read_map, set_lean, skipped_note

outlets_app = typer.Typer(
    help="The outlets of the corpus with their article counts and leans (left, center, "
    "right): from the articles' metadata, else your own map (`outlets lean`).",
    invoke_without_command=True,
)
app.add_typer(outlets_app, name="outlets")


def outlet_record(outlet: str, count: int, given: Lean | None, user: Lean | None) -> dict[str, Any]:
    """An outlet as `outlets --json` gives it: ``lean`` the one coverage counts it on
    (the articles' metadata first), ``lean_from`` "metadata", "user" or None."""
    lean = given or user
    source = "metadata" if given else "user" if user else None
    return {"outlet": outlet, "articles": count, "lean": lean, "lean_from": source}


@outlets_app.callback()
def outlets_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List the outlets of the corpus, most articles first, with the side each leans to."""
    if ctx.invoked_subcommand is not None:
        return
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        library = open_library(settings)
        counts = library.sources()
        given = library_outlet_leans(library)  # the kept leans, or every article read
        try:
            found, bad = read_map()  # an entry of no lean is skipped, said on stderr
        except ValueError as error:
            fail(str(error), Exit.USAGE)
        if bad:
            err.print(shown(skipped_note(bad)))
        users = {outlet_key(o): lean for o, lean in found.items()}
        rows = [outlet_record(o, n, given.get(o), users.get(outlet_key(o))) for o, n in counts]
        if as_json:
            print_json(rows)
            return
        table = listing(shown(f"{len(rows):,} outlets"))
        for column in ("outlet", "articles", "lean", "from"):
            table.add_column(column, justify="right" if column == "articles" else "left")
        for row in rows:
            table.add_row(
                shown(row["outlet"]),
                f"{row['articles']:,}",
                row["lean"] or "—",
                row["lean_from"] or "",
            )
        out.print(table)


@outlets_app.command("lean")
def outlets_lean(
    outlet: Annotated[str, typer.Argument(help="The outlet's name, as articles give it.")],
    lean: Annotated[
        str,
        typer.Argument(
            metavar="left|center|right|none", help="Its side; none takes it out of your map."
        ),
    ],
) -> None:
    """Set the side an outlet leans to in your map (an article's own stance field wins)."""
    side = lean.strip().lower().replace("centre", "center")
    if side not in (*LEANS, "none"):
        fail(f"a lean is left, center, right or none, not {lean!r}", Exit.USAGE)
    if not outlet.strip():
        fail("an outlet's name is needed", Exit.USAGE)
    try:
        path = set_lean(outlet, None if side == "none" else side, None)  # type: ignore[arg-type]
    except ValueError as error:
        fail(str(error), Exit.USAGE)
    said = f"{outlet.strip()}: {side}" if side != "none" else f"{outlet.strip()}: no lean"
    out.print(shown(f"{said} (in {path})"))
