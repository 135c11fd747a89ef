"""`broadsheet outlets` and `outlets lean`: the outlets of the corpus and the side each
leans to, as the articles' metadata give it or as the user set it (`index.leans`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from index.library import Library, outlet_named
from index.models import LEANS, Lean, library_outlet_leans, outlet_key
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    Settings,
    Target,
    app,
    err,
    fail,
    on_seeds,
    open_library,
    out,
    print_json,
    reported,
    shown,
    target,
)
from tui.cli.outlets_from import lean_from_file
from tui.cli.tables import listing
from tui.outlet_leans import corpus_leans, read_map, set_lean, skipped_note

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
    if ctx.invoked_subcommand is not None:  # `outlets --corpus DIR lean ...`: for it
        above = ctx.find_object(Settings) or Settings()
        ctx.obj = replace(
            above, corpus=corpus or above.corpus, index_dir=index_dir or above.index_dir
        )
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
        users = corpus_leans(found, counts)  # "nyt" stored before names were resolved
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


NEW_HELP = "Keep the name as typed though no outlet of the corpus is called so (one to come)."


FROM_HELP = (
    "Set many at once from a CSV/TSV of outlet,lean (header optional), a JSON object of "
    'outlet names to leans, or JSON/JSONL {"outlet", "lean"} records (`outlets --json`).'
)


@outlets_app.command("lean")
def outlets_lean(
    ctx: typer.Context,
    outlet: Annotated[
        str | None,
        typer.Argument(help="The outlet, in any spelling `search --source` takes (nyt)."),
    ] = None,
    lean: Annotated[
        str | None,
        typer.Argument(
            metavar="left|center|right|none", help="Its side; none takes it out of your map."
        ),
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from", metavar="FILE", help=FROM_HELP)
    ] = None,
    new: Annotated[bool, typer.Option("--new", help=NEW_HELP)] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON of what was set.")] = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Set the side an outlet of the corpus leans to in your map, under the corpus's name
    for it (an article's own stance field wins); an unknown name is refused (exit 3).
    With --from, every outlet of a file, in one write."""
    if from_file is not None:
        if outlet is not None or lean is not None:
            fail("give an outlet and its lean, or --from FILE, not both", Exit.USAGE)
        settings = target(ctx, corpus, index_dir)
        with reported(settings):
            sources = open_library(settings).sources()
            hint = ", or --corpus DIR" if on_seeds(settings) else ""
            lean_from_file(from_file, sources, new, as_json, hint)
        return
    if outlet is None or lean is None:
        fail("give an outlet and its lean (left, center, right, none), or --from FILE", Exit.USAGE)
    side = lean.strip().lower().replace("centre", "center")
    if side not in (*LEANS, "none"):
        fail(f"a lean is left, center, right or none, not {lean!r}", Exit.USAGE)
    if not outlet.strip():
        fail("an outlet's name is needed", Exit.USAGE)
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        library = open_library(settings)
        sources = library.sources()
        name = outlet_named(outlet, sources) or kept_name(outlet, side, new, settings, library)
        chosen = None if side == "none" else side
        try:
            path = set_lean(name, chosen, None, sources)  # type: ignore[arg-type]
        except ValueError as error:
            fail(str(error), Exit.USAGE)
    if as_json:
        print_json({"path": str(path), "set": {name: chosen} if chosen else {},
                    "taken_out": [] if chosen else [name], "unknown": [], "unread": [],
                    "no_lean": 0})  # fmt: skip
        return
    said = f"{name}: {side}" if side != "none" else f"{name}: no lean"
    out.print(shown(f"{said} (in {path})"))


def kept_name(outlet: str, side: str, new: bool, settings: Target, library: Library) -> str:
    """The name to keep for an ``outlet`` no outlet of the corpus is called: as typed with
    --new, or that of the map's entry to take out; else the line `search --source` gives
    an unknown outlet (the names near it, or the corpus's few), and exit 3 as it does."""
    from tui.cli.search_run import no_such_outlet

    typed = outlet.strip()
    if new:
        return typed
    if side == "none":
        try:
            entries = read_map()[0]
        except ValueError:
            entries = {}  # a bad file: set_lean says so
        entry = next((o for o in entries if outlet_key(o) == outlet_key(typed)), None)
        if entry is not None:
            return entry
    said = Text("broadsheet: ", style="bold red")
    said.append_text(no_such_outlet(typed, library.sources()) or shown(typed))
    said.append(
        " Use --new to keep it as typed" + (", or --corpus DIR" if on_seeds(settings) else "") + "."
    )
    err.print(said)
    raise typer.Exit(int(Exit.NOT_FOUND))
