"""`broadsheet export --format markdown|csv|json|ris|csljson`: the notebook's articles."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from index.notebook import Entry
from index.notebook.exports import ExportFormat, export
from tui import notebook_ops
from tui.cli.article_ids import STORY_ID_HELP, get_story_id
from tui.cli.common import Exit, Target, err, fail, shown
from tui.cli.notebook import opened
from tui.cli.story_export import story_account
from tui.followed_export import followed_records
from tui.story_form import story_order

SelectTag = Annotated[
    str | None, typer.Option("--tag", help="Export the articles with this tag.", show_default=False)
]
SelectSaved = Annotated[
    str | None,
    typer.Option("--saved", help="Export the hits of this saved search.", show_default=False),
]
SelectPinned = Annotated[bool, typer.Option("--pinned", help="Export the pinned articles.")]
SelectStory = Annotated[
    str | None,
    typer.Option(
        "--story",
        help="Export a story's articles: " + STORY_ID_HELP[0].lower() + STORY_ID_HELP[1:],
        show_default=False,
    ),
]


def notes_export(
    settings: Target,
    form: str,
    output: Path | None,
    *,
    tag: str | None = None,
    saved: str | None = None,
    pinned: bool = False,
    story: str | None = None,
) -> None:
    """Export a selection of the notebook (everything it holds when none is chosen)."""
    if form == "jsonl":
        fail("--tag, --story, --saved and --pinned export the notebook: give --format "
             "markdown, csv, json, ris or csljson", Exit.USAGE)  # fmt: skip
    if sum((tag is not None, saved is not None, pinned, story is not None)) > 1:
        fail("choose one of --tag, --story, --saved and --pinned", Exit.USAGE)
    chosen = ExportFormat("markdown" if form == "md" else form)
    with opened(settings) as (library, notebook):
        notebook_ops.refreshed(library, notebook)
        entries: list[Entry]
        story_head: dict[str, Any] | None = None
        followed: list[dict[str, Any]] = []
        if saved is not None:
            search = notebook.saved.get(saved)
            ids = notebook_ops.hit_ids(notebook_ops.run_saved(library, search))
            entries = notebook.selection(notebook_ops.records_of(library, ids))
            title = f"Saved search: {search.name}"
        elif story is not None:
            try:
                told = library.story(get_story_id(library, story))
            except KeyError:
                fail(f"no story with id {story!r} (try `broadsheet stories`)", Exit.NOT_FOUND)
            ids = [member.id for member in story_order(told)]  # as `story` lists them
            entries = notebook.selection(notebook_ops.records_of(library, ids))
            title = f"Story: {told.story.title or told.story.id}"
            story_head = story_account(library, told)  # JSON: articles under it
        elif tag is not None:
            entries = notebook.notes(tag=tag)
            if not entries:
                unknown_tag(tag, [count.name for count in notebook.tags()])
            title = f"Notebook: {tag}"
        elif pinned:
            entries = notebook.notes(pinned=True)
            title = "Notebook: pinned articles"
        else:
            entries = notebook.notes()
            title = "Notebook"
            if chosen is ExportFormat.MARKDOWN:  # the memo lists them (JSON stays a list)
                followed = followed_records(library, notebook)
        if output is None:
            text = export(entries, chosen, title=title, story=story_head, followed=followed)
            try:
                sys.stdout.write(text)
                sys.stdout.flush()
            except BrokenPipeError:  # `| head` stopped reading: not an error
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        written = notebook_ops.write_export(
            entries, chosen, output, title=title, story=story_head, followed=followed
        )
        many = "article" if len(entries) == 1 else "articles"
        err.print(shown(f"broadsheet: {len(entries):,} {many} written to {written}", "dim"))
        if not entries and not (tag or saved or pinned or story):
            # `export -o all.json` exports the notebook (by the ending, as the reader's `e`):
            # say so where it holds nothing, so that a script wanting the articles is told
            err.print(shown("broadsheet: the notebook holds no article; "
                            "`--format jsonl` exports every article", "dim"))  # fmt: skip


def unknown_tag(tag: str, in_use: list[str]) -> None:
    """One line and exit 3 when no note carries ``tag`` (a typo wrote an empty memo and
    exited 0: nu30 #9): the nearest tag in use, else the tags in use."""
    if tag.casefold() in {name.casefold() for name in in_use}:
        return  # a tag in use whose articles are all left out: an empty export, as asked
    import difflib

    near = difflib.get_close_matches(tag, in_use, n=1, cutoff=0.6)
    if near:
        hint = f"did you mean {near[0]!r}?"
    elif in_use:
        listed = ", ".join(in_use[:10]) + (", ..." if len(in_use) > 10 else "")
        hint = f"tags in use: {listed}"
    else:
        hint = "the notebook has no tags yet"
    fail(f"no note is tagged {tag!r} ({hint})", Exit.NOT_FOUND)
