"""`broadsheet saved`: queries saved under a name, run again with a count of new hits."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from index.library import DateUnreadable
from index.notebook import SavedSearch
from tui import notebook_ops
from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    app,
    err,
    out,
    print_json,
    shown,
    target,
)
from tui.cli.notebook import opened
from tui.cli.query_command import QueryCommand
from tui.cli.search import SortChoice, date_range, search_command
from tui.reader_state import SORT_SHOWN

saved_app = typer.Typer(
    help="Saved searches: add, list, run, remove.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(saved_app, name="saved")

NameArgument = Annotated[str, typer.Argument(metavar="NAME", help="The saved search's name.")]


@saved_app.command("add", cls=QueryCommand)
def add_command(
    ctx: typer.Context,
    name: NameArgument,
    query: Annotated[str, typer.Argument(metavar="QUERY", help="The query (as `search` takes).")],
    source: Annotated[str | None, typer.Option("--source", help="Only this outlet.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only on or after this date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only on or before this date.")
    ] = None,
    sort: Annotated[
        SortChoice,
        typer.Option(
            "--sort", help="Order of hits (date: newest first; outlet, or source: by outlet)."
        ),
    ] = SortChoice.relevance,
    replace: Annotated[bool, typer.Option("--replace", help="Overwrite one of that name.")] = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Save a query with its filters and sort; the hits it has now count as seen."""
    settings = target(ctx, corpus, index_dir)
    date_range(since, until)  # refused now rather than at every run
    with opened(settings) as (library, notebook):
        draft = SavedSearch(name, query, source, since, until, sort.value, "", None, 0)
        seen = notebook_ops.hit_ids(notebook_ops.run_saved(library, draft))  # it must run
        kept = notebook.saved.add(
            name,
            query,
            source=source,
            since=since,
            until=until,
            sort=sort.value,
            seen=seen,
            replace=replace,
        )
        out.print(shown(f"saved {kept.name!r}: {len(seen):,} hit{'s' * (len(seen) != 1)} now"))


@saved_app.command("list")
def list_command(
    ctx: typer.Context,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List the saved searches, each with how many new hits it has since it was last run."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        rows = []
        for saved in notebook.saved.all():
            try:
                ids = notebook_ops.hit_ids(notebook_ops.run_saved(library, saved))
                new: int | None = notebook.saved.count_new(saved.name, ids)
            except (DateUnreadable, ValueError):
                new = None  # a query this version no longer reads: listed, not counted
            rows.append((saved, new))
        if as_json:
            data = [saved.to_json() | {"new": new} for saved, new in rows]
            print_json(data)
            return
        if not rows:
            out.print("No saved searches (add one with `broadsheet saved add NAME QUERY`).")
            return
        table = Table(title_justify="left")
        for column in ("name", "query", "filters", "sort", "new", "last run"):
            table.add_column(column, justify="right" if column == "new" else "left")
        for saved, new in rows:
            filters = [f"outlet {saved.source}"] if saved.source else []
            filters += [f"since {saved.since}"] if saved.since else []
            filters += [f"until {saved.until}"] if saved.until else []
            table.add_row(
                shown(saved.name, "bold"),
                shown(saved.query),
                shown(", ".join(filters)),
                shown(SORT_SHOWN.get(saved.sort or "relevance", saved.sort or "relevance")),
                "?" if new is None else f"{new:,}",
                shown((saved.last_opened or "never")[:16].replace("T", " ")),
            )
        out.print(table)


@saved_app.command("run")
def run_command(
    ctx: typer.Context,
    name: NameArgument,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Run a saved search: the output of `search`, and on stderr how many hits are new."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        saved = notebook.saved.get(name)
        seen = notebook_ops.hit_ids(notebook_ops.run_saved(library, saved))
        run = notebook.saved.opened(saved.name, seen)
    known = {choice.value for choice in SortChoice}
    sort = SortChoice(saved.sort) if saved.sort in known else SortChoice.relevance
    search_command(
        ctx,
        saved.query,
        limit=limit,
        sort=sort,
        source=saved.source,
        since=saved.since,
        until=saved.until,
        as_json=as_json,
        corpus=corpus,
        index_dir=index_dir,
    )
    when = f" since {run.previous[:16].replace('T', ' ')} UTC" if run.previous else ""
    err.print(shown(f"{saved.name}: {len(run.new):,} new{when}", "dim"))


@saved_app.command("remove")
def remove_command(
    ctx: typer.Context,
    name: NameArgument,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Delete a saved search."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings, index=False) as (_, notebook):
        notebook.saved.remove(name)
        out.print(shown(f"removed the saved search {name.strip()!r}"))
