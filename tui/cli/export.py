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
    Exit,
    IndexDirOption,
    app,
    err,
    fail,
    open_library,
    reported,
    target,
)
from tui.cli.notes_export import SelectPinned, SelectSaved, SelectStory, SelectTag, notes_export


class ExportFormat(StrEnum):
    """Output formats of `broadsheet export`."""

    jsonl = "jsonl"
    markdown = "markdown"
    md = "md"
    csv = "csv"
    json = "json"
    ris = "ris"
    csljson = "csljson"


@app.command("export")
def export_command(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl: every article, one JSON object a line; markdown (md), csv, json, "
            "ris, csljson: the notebook (all of it, or --tag, --story, --saved, --pinned) "
            "[default: by the ending of -o FILE (.md, .csv, .json, .ris, .csl.json), "
            "else jsonl].",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file [default: standard output]."),
    ] = None,
    tag: SelectTag = None,
    story: SelectStory = None,
    saved: SelectSaved = None,
    pinned: SelectPinned = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Print every article as it is indexed (jsonl), or export the notebook's articles."""
    settings = target(ctx, corpus, index_dir)
    if output is not None:
        writable(output)
    if output_format is None:  # nu29 #10: `-o memo.md` as the reader's `e` reads it
        output_format = format_by_ending(output)
    if output_format is not ExportFormat.jsonl or tag or saved or pinned or story:
        notes_export(
            settings, output_format.value, output, tag=tag, saved=saved, pinned=pinned, story=story
        )
        return
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


def format_by_ending(output: Path | None) -> ExportFormat:
    """The format an output file's ending asks for, as the reader's `e` reads it
    (``memo.md``, ``refs.csl.json``); jsonl for any other ending, or standard output."""
    if output is None:
        return ExportFormat.jsonl
    from tui.notebook_ops import format_for

    chosen = format_for(output)
    return ExportFormat.jsonl if chosen is None else ExportFormat(chosen.value)


def writable(output: Path) -> None:
    """One line and exit 2 when ``output`` cannot be written for its folder: missing, or not
    a folder (it said "[Errno 2] ... '/nonexistent/dir/.m.md._t6nha99'", exit 3: nu23 #7)."""
    folder = output.expanduser().absolute().parent
    if not folder.exists():
        fail(f"cannot write {output}: no such directory", Exit.USAGE)
    if not folder.is_dir():
        fail(f"cannot write {output}: {folder} is not a directory", Exit.USAGE)
    if output.expanduser().is_dir():
        fail(f"cannot write {output}: it is a directory", Exit.USAGE)
