"""`broadsheet show ID`: one article with its metadata (and what was removed from it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from index.library import article_record, printable
from index.models import counted, day_or_minute
from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    app,
    err,
    get_article,
    open_library,
    out,
    print_json,
    reported,
    shown,
    target,
)

if TYPE_CHECKING:
    from tui.cli.common import Target


@app.command("show")
def show_command(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The article's id.")],
    removed: Annotated[
        bool, typer.Option("--removed", help="Also print the boilerplate removed from it.")
    ] = False,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Print one article with its metadata."""
    run_show(target(ctx, corpus, index_dir), article_id, removed=removed, as_json=as_json)


def run_show(settings: Target, article_id: str, *, removed: bool, as_json: bool) -> None:
    """Print the article (`show_command` with its options read; `tui.cli.fast` too)."""
    with reported(settings):
        library = open_library(settings)
        article = get_article(library, article_id)
        story = library.story_of(article.id)
        unbuilt = library.stories_missing()  # then "story" is null whatever the article
        original = library.same_text_as(article.id)  # `index.copies`
        if unbuilt is not None and as_json:  # null means alone, and the index cannot say
            err.print(shown(f'broadsheet: "story" is null: {unbuilt}', "dim"))
        if as_json:
            record = {**article_record(article), "story": story.id if story else None}
            record["same_text_as"] = original
            print_json(record)
            return
        head = Text()
        head.append(printable(article.title or "(untitled)"), style="bold")
        if article.title_derived:
            head.append("  (title from the lede)", style="dim")
        out.print(head)
        for label in ("source", "byline", "dateline"):
            value = getattr(article, label)
            if value:
                out.print(Text(f"{label}: ", style="dim") + shown(value))
        # a date given without a time shows no time (a stated midnight is one: fd34)
        out.print(Text("date: ", style="dim") + Text(day_or_minute(article.date) or "unknown"))
        out.print(shown(f"id: {article.id}", style="dim"))
        if original is not None:
            title = library.titles([original]).get(original) or "(untitled)"
            out.print(shown(f"same text as: {title} ({original})", "dim"))
        if story is not None:
            size = counted(story.size, "article")
            out.print(shown(f"story: {story.title} ({size}, {story.id})", "dim"))
        elif unbuilt is not None:
            out.print(shown(f"story: unknown, {unbuilt}", "dim"))
        out.print()
        out.print(Text(printable(article.body, lines=True)))
        if removed and article.removed:
            out.print()
            out.print(Text("Removed as boilerplate:", style="bold dim"))
            for block in article.removed:
                out.print(Text(printable(block, lines=True), style="dim"))
