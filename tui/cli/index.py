"""`broadsheet index rebuild|update|status`: build, update and inspect the search index."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.table import Table
from rich.text import Text

from index.library import Library
from index.models import BuildReport, Progress
from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    Target,
    app,
    err,
    out,
    print_json,
    reported,
    shown,
    target,
    terminable,
)
from tui.cli.following import print_news

index_app = typer.Typer(help="Build, update and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")


def build_with_progress(library: Library, how: Literal["rebuild", "update"]) -> BuildReport:
    """Run a build with a Rich progress bar on a terminal (silent otherwise)."""
    build = library.rebuild if how == "rebuild" else library.update
    if not err.is_terminal:
        with terminable():
            return build()
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("indexing" if how == "rebuild" else "updating", total=None)

        def on_progress(progress: Progress) -> None:
            bar.update(
                task, completed=progress.done, total=progress.total, description=progress.phase
            )

        with terminable():
            return build(on_progress)


def _print_report(report: BuildReport, settings: Target) -> None:
    line = Text()
    line.append(f"{'Rebuilt' if report.full else 'Updated'} index of ", style="bold")
    line.append(shown(settings.corpus))
    out.print(line)
    out.print(f"  {report.summary}")
    if report.skipped:
        out.print(f"  {len(report.skipped):,} skipped:")
        for skip in report.skipped[:50]:
            out.print(shown(f"    {skip.path}: {skip.reason}"))
        if len(report.skipped) > 50:
            out.print(f"    ... and {len(report.skipped) - 50:,} more")
    out.print(shown(f"  index: {settings.engine.describe(settings.index_dir)}", style="dim"))


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
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        library = settings.library(procs)
        _print_report(build_with_progress(library, how), settings)
        print_news(library)  # "3 new in 'Storm hits …'" for followed stories


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
