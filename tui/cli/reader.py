"""`broadsheet` with no command: the global options, and the reader."""

from __future__ import annotations

from typing import Annotated

import typer

from tui.cli.base import Exit, json_asked
from tui.cli.common import (
    EngineOption,
    GlobalCorpusOption,
    GlobalIndexDirOption,
    OpenSearchUrlOption,
    Settings,
    app,
    engine_choice,
    open_reader,
    target,
)
from tui.reader_state import ENV_NO_RESTORE

VERSION_OPTIONS = ("--version", "-V")
"""The names of the global option that prints the version (`tui.cli.main` builds the app
with the global options alone for them)."""


def said_version(asked: bool) -> None:
    """``--version``'s callback: ``broadsheet 0.1.0`` (the installed distribution's
    version), exit 0; before the reader opens or a command runs (the option is eager)."""
    if not asked:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("broadsheet")
    except PackageNotFoundError:  # run from a checkout never installed (`python -m tui`)
        number = "(not installed: version unknown)"
    typer.echo(f"broadsheet {number}")
    raise typer.Exit(int(Exit.OK))


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    corpus: GlobalCorpusOption = None,
    index_dir: GlobalIndexDirOption = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    engine: EngineOption = None,
    opensearch_url: OpenSearchUrlOption = None,
    no_restore: Annotated[
        bool,
        typer.Option(
            "--no-restore",
            help="Start the reader afresh: neither restore nor save its last query, sort, "
            "outlet and article.",
            envvar=ENV_NO_RESTORE,
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            *VERSION_OPTIONS,
            help="Print broadsheet's version and exit.",
            is_eager=True,
            callback=said_version,
        ),
    ] = False,
) -> None:
    """Read, search and compare news articles. With no command, open the reader."""
    json_asked(False)  # until a command's --json says otherwise (a test runs many a process)
    ctx.obj = Settings(corpus, index_dir, debug, engine_choice(engine, opensearch_url))
    if ctx.invoked_subcommand is None:
        open_reader(target(ctx, None, None, note_seeds=False), restore=not no_restore)
