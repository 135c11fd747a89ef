"""`broadsheet` with no command: the global options, and the reader."""

from __future__ import annotations

from typing import Annotated

import typer

from tui.cli.base import json_asked
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
) -> None:
    """Read, search and compare news articles. With no command, open the reader."""
    json_asked(False)  # until a command's --json says otherwise (a test runs many a process)
    ctx.obj = Settings(corpus, index_dir, debug, engine_choice(engine, opensearch_url))
    if ctx.invoked_subcommand is None:
        open_reader(target(ctx, None, None, note_seeds=False), restore=not no_restore)
