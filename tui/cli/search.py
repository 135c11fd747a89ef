"""`broadsheet search`: the best hits for a query, as a table or JSON."""

from __future__ import annotations

from typing import Annotated

import typer

from tui.cli.common import CorpusOption, Exit, IndexDirOption, JsonOption, app, fail, target
from tui.cli.query_command import QueryCommand
from tui.cli.search_run import ORDERS, SortChoice, _date_option, date_range, run_search

__all__ = ["ORDERS", "SortChoice", "_date_option", "date_range", "run_search", "search_command"]


def extra_arguments(extra: list[str]) -> str:
    """Why words after the query are refused: a query of several words is quoted, and after
    ``--`` every word is an argument, an option too (`search -- '-x y' --limit 2`)."""
    options = [word for word in extra if word.startswith("-")]
    if options:
        return (
            f"{options[0]} came after --, where every word is the query's: put options "
            f"before it (broadsheet search {options[0]} … -- QUERY)"
        )
    return f"unexpected word {extra[0]!r} after the query: quote a query of several words"


@app.command("search", cls=QueryCommand, context_settings={"allow_extra_args": True})
def search_command(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help='Query: words, "phrases", AND/OR/NOT, -word, field:value, wild*, '
            'fuzzy~, date:[2014 to 2015], date:>"last week" (see the README). '
            "Put one that starts with a minus last, after -- (options before it)."
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    sort: Annotated[
        SortChoice,
        typer.Option(
            "--sort", help="Order of hits (date: newest first; outlet, or source: by outlet)."
        ),
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
    unread: Annotated[
        bool,
        typer.Option("--unread", help="Only the articles the reader has not shown yet."),
    ] = False,
    as_typed: Annotated[
        bool,
        typer.Option(
            "--as-typed",
            help='When nothing matches, never show the hits of a respelling ("jongnam" as '
            '"jong nam"): only say it.',
        ),
    ] = False,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Search the corpus and print the best hits."""
    if ctx.args:  # Click said "unexpected extra argument" and no more
        fail(extra_arguments(ctx.args), Exit.USAGE)
    settings = target(ctx, corpus, index_dir)
    run_search(
        settings,
        query,
        limit,
        sort,
        source,
        since,
        until,
        as_json=as_json,
        unread=unread,
        as_typed=as_typed,
    )
