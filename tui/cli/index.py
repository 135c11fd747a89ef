"""`broadsheet index rebuild|update|status`: build, update and inspect the search index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table
from rich.text import Text

from tui.cli import index_run
from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    app,
    out,
    print_json,
    reported,
    shown,
    target,
)

index_app = typer.Typer(help="Build, update and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")


ProcsOption = Annotated[
    int | None,
    typer.Option(
        "--procs",
        "-j",
        min=1,
        help="Indexing processes [default: every core the available memory allows].",
        show_default=False,
    ),
]


def _run(
    ctx: typer.Context,
    how: Literal["rebuild", "update"],
    corpus: Path | None,
    index_dir: Path | None,
    procs: int | None,
) -> None:
    index_run.run_build(target(ctx, corpus, index_dir), how, procs)


@index_app.command("rebuild")
def index_rebuild(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    procs: ProcsOption = None,
) -> None:
    """Build the whole index anew (atomically: the old one stays until the new one is done)."""
    _run(ctx, "rebuild", corpus, index_dir, procs)


@index_app.command("update")
def index_update(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    procs: ProcsOption = None,
) -> None:
    """Index new and changed files and drop deleted ones."""
    _run(ctx, "update", corpus, index_dir, procs)


@index_app.command("status")
def index_status(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="Also check every file's checksum (reads it all).")
    ] = False,
) -> None:
    """Show the corpus, the index, its size, when it was built, and whether it is stale."""
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        status = settings.library().status(verify=verify).as_dict()
        if as_json:
            print_json(status)
            return
        table = Table.grid(padding=(0, 2))
        for key, value in status.items():
            table.add_row(Text(key.replace("_", " "), style="bold"), shown(value))
        out.print(table)
