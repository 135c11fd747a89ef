"""`broadsheet compare A B`: what two articles share, and what only one of them says."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer

from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    app,
    get_article,
    open_library,
    out,
    reported,
    target,
)


class CompareFormat(StrEnum):
    """Output formats of `broadsheet compare`."""

    table = "table"
    json = "json"
    markdown = "markdown"


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(metavar="ID_A", help="The first article's id.")],
    second: Annotated[str, typer.Argument(metavar="ID_B", help="The second article's id.")],
    as_json: JsonOption = False,
    output_format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = CompareFormat.table,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Compare two articles: what they share, and what only one of them says."""
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        from tui.cli import compare_report

        library = open_library(settings)
        a, b = get_article(library, first), get_article(library, second)
        comparison = library.compare(a, b)
        header_a, header_b = compare_report.header_of(a), compare_report.header_of(b)
        if as_json or output_format is CompareFormat.json:
            out.print_json(
                json.dumps(compare_report.to_json(comparison, header_a, header_b)),
                ensure_ascii=True,  # JSON escapes: no character in it can act on a terminal
            )
        elif output_format is CompareFormat.markdown:
            sys.stdout.write(compare_report.to_markdown(comparison, header_a, header_b))
        else:
            out.print(compare_report.to_rich(comparison, header_a, header_b))
