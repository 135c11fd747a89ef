"""`broadsheet export`: every article as it is indexed, for scripts."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.text import Text

from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    app,
    err,
    open_library,
    reported,
    target,
)


class ExportFormat(StrEnum):
    """Output formats of `broadsheet export`."""

    jsonl = "jsonl"


@app.command("export")
def export_command(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl: one JSON object a line.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file [default: standard output]."),
    ] = None,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Print every article as it is indexed, with the fields of `show --json`."""
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        library = open_library(settings)
        if output is None:
            try:
                library.export_jsonl(sys.stdout)
            except BrokenPipeError:
                # the reader stopped early (`| head`): that is not an error
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        with open(output, "w", encoding="utf-8") as handle:
            count = library.export_jsonl(handle)
        err.print(Text(f"broadsheet: {count:,} articles written to {output}", style="dim"))
