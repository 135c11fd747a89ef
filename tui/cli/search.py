"""`broadsheet search`: the best hits for a query, as a table or JSON."""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from index.library import DateUnreadable, hit_record, printable, read_date
from index.models import Sort
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
    reported,
    shown,
    target,
)


class SortChoice(StrEnum):
    """Result orders for the CLI."""

    relevance = "relevance"
    date = "date"
    newest = "newest"
    oldest = "oldest"
    source = "source"


ORDERS: dict[SortChoice, Sort] = {
    SortChoice.relevance: "relevance",
    SortChoice.date: "newest",
    SortChoice.newest: "newest",
    SortChoice.oldest: "oldest",
    SortChoice.source: "source",
}
"""The library's order for each of the CLI's ("date" is newest first)."""


def _date_option(value: str | None, name: str) -> datetime | None:
    """A --since (start of the period named) or --until (its end) date, as `date:` reads it."""
    if value is None:
        return None
    try:
        return read_date(value, end=name == "--until")
    except DateUnreadable as error:
        fail(f"{name} must be a date like 2014-03-20 or 'last week': {error}", Exit.USAGE)


@app.command("search")
def search_command(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help='Query: words, "phrases", AND/OR/NOT, -word, field:value, wild*, '
            'fuzzy~, date:[2014 to 2015], date:>"last week" (see the README). '
            "Put one that starts with a minus after --."
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    sort: Annotated[
        SortChoice, typer.Option("--sort", help="Order of hits.")
    ] = SortChoice.relevance,
    source: Annotated[str | None, typer.Option("--source", help="Only this outlet.")] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Only on or after this date (2017-03, 'last week').", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            help="Only on or before this date (the whole day, month...).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Search the corpus and print the best hits."""
    settings = target(ctx, corpus, index_dir)
    since_date, until_date = _date_option(since, "--since"), _date_option(until, "--until")
    with reported(settings):
        result = open_library(settings).search(
            query,
            limit=limit,
            sort=ORDERS[sort],
            source=source,
            since=since_date,
            until=until_date,
            snippets=as_json,  # only the JSON has them
        )
        if as_json:
            out.print_json(json.dumps([hit_record(hit) for hit in result.hits]), ensure_ascii=True)
            if result.total == 0 and result.suggestion:
                err.print(shown(f"no hits; did you mean: {result.suggestion}"))
            return
        if result.total == 0:
            message = shown(f"No articles match {query!r}.")
            if result.suggestion:
                message.append(" Did you mean: ")
                message.append(printable(result.suggestion), style="bold")
                message.append("?")
            out.print(message)
            return
        matches = "article matches" if result.total == 1 else "articles match"
        table = Table(title=shown(f"{result.total:,} {matches} {query!r}"), title_justify="left")
        table.add_column("#", justify="right", style="dim")
        table.add_column("title", ratio=3)
        table.add_column("source", ratio=1)
        table.add_column("date", no_wrap=True)
        ranked = ORDERS[sort] == "relevance" and bool(query.strip())  # else scores are 0
        if ranked:
            table.add_column("score", justify="right")
        table.add_column("id", style="dim", overflow="fold")
        for number, hit in enumerate(result.hits, 1):
            title = shown(hit.title, style="italic" if hit.title_derived else "")
            date = hit.date.strftime("%Y-%m-%d") if hit.date else "—"
            score = [f"{hit.score:.2f}"] if ranked else []
            table.add_row(str(number), title, shown(hit.source or "—"), date, *score, shown(hit.id))
        out.print(table)
