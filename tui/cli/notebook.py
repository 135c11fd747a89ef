"""The notebook's commands: pin, unpin, tag, untag, note, highlight, unhighlight, notes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from index.library import Library
from index.models import CHANGED, NOT_FOUND, highlights_said, quoted
from index.notebook import (
    AlreadyExists,
    Entry,
    InvalidValue,
    Notebook,
    NotebookBusy,
    NotebookError,
    NotFound,
    QuoteNotFound,
    anchor_quote,
    loose_spans,
    quote_spans,
)
from tui import notebook_ops
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    Target,
    app,
    err,
    fail,
    get_article,
    not_found,
    open_library,
    out,
    print_json,
    reported,
    said_resolved,
    shown,
    target,
)
from tui.cli.highlight_said import occurrences_said, one_line, quote_missing
from tui.cli.tables import add_title_column, listing, title_and_id

TagOption = Annotated[
    list[str] | None, typer.Option("--tag", "-t", help="A tag (give it again for more).")
]
NoteOption = Annotated[str | None, typer.Option("--note", help="A note to keep with it.")]
ArticleId = Annotated[str, typer.Argument(metavar="ID", help="The article's id.")]

_CODES: tuple[tuple[type[NotebookError], Exit], ...] = (
    (QuoteNotFound, Exit.NOT_FOUND),
    (NotFound, Exit.NOT_FOUND),
    (InvalidValue, Exit.USAGE),
    (NotebookBusy, Exit.LOCKED),
    (AlreadyExists, Exit.ERROR),
)


@contextmanager
def notebook_errors() -> Iterator[None]:
    """The notebook's errors as one line and an exit code (3 not found, 2 bad value, 5 busy)."""
    try:
        yield
    except NotebookError as error:
        code = next((c for kind, c in _CODES if isinstance(error, kind)), Exit.ERROR)
        fail(str(error), code)


@contextmanager
def opened(settings: Target, *, index: bool = True) -> Iterator[tuple[Library, Notebook]]:
    """The library (its index open when ``index``) and its notebook, errors reported."""
    with reported(settings), notebook_errors():
        library = open_library(settings) if index else settings.library()
        with library.notebook() as notebook:
            yield library, notebook


def said(entry: Entry | None, verb: str, article_id: str) -> None:
    """One line saying what was done and what the article now carries."""
    line = Text(f"{verb} ")
    line.append_text(shown(article_id, "bold"))
    if entry is not None:
        kept = []
        if entry.pinned:
            kept.append("pinned")
        if entry.tags:
            kept.append("tags: " + ", ".join(entry.tags))
        if entry.note:
            kept.append("a note")
        if entry.highlights:
            lost = sum(highlight.orphaned for highlight in entry.highlights)
            kept.append(highlights_said(len(entry.highlights) - lost, lost).replace(" · ", ", "))
        if kept:
            line.append_text(shown(f" ({'; '.join(kept)})", "dim"))
    out.print(line)


@app.command("pin")
def pin_command(
    ctx: typer.Context,
    article_id: ArticleId,
    tag: TagOption = None,
    note: NoteOption = None,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Pin an article to the notebook, optionally with tags and a note."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        article = get_article(library, article_id)
        said(
            notebook.pin(notebook_ops.record(article), tags=tag or (), note=note),
            "pinned",
            article.id,
        )


def kept_id(settings: Target, notebook: Notebook, article_id: str) -> str:
    """The id the notebook keeps an article under: ``article_id`` when it holds something
    under it, else, when it names a corpus file, the one article the index took from that
    file (as `pin` and `tag` take it: fx29b), the index opened only then; else the one id
    of the notebook a shorter form names (`index.short_ids`)."""
    if notebook.entry(article_id) is not None:
        return article_id
    if not settings.library().names_corpus_file(article_id):
        from index.library import resolve_short_id

        known = sorted(notebook.known_ids())
        short = resolve_short_id(article_id, known)  # nu54 #1: `na-1491`
        if short.candidates:  # and among the index's ids: one of them may be named better
            short = resolve_short_id(article_id, [*known, *indexed_ids(settings)])
        if short.resolved is None and short.candidates:
            fail(short.said(), Exit.NOT_FOUND)
        if short.resolved is not None:
            said_resolved(article_id, short.resolved)
        return short.resolved or article_id
    library = open_library(settings)
    held = library.articles_in_file(article_id)
    if held is None:
        return article_id
    if len(held) != 1:
        fail(not_found(article_id, held, library.skip_reason(article_id)), Exit.NOT_FOUND)
    return held[0]


def indexed_ids(settings: Target) -> list[str]:
    """The ids of the index, if it is built and opens (none else: `unpin` and `untag` work
    without it). A short form names an article of the index at least as well as one of the
    notebook (rv57: with `na-14910-…` pinned, `unpin na-1491` unpinned it, though `na-1491`
    names `na-1491-ed77040d25` of the index before it; an exact id always wins)."""
    library = settings.library()
    try:
        if library.engine.build_needed() is not None:
            return []
        library.engine.open()
        listed = getattr(library.engine, "article_ids", None)
        return list(listed()) if callable(listed) else []
    except Exception:  # no index, a damaged or locked one: the notebook's ids alone
        return []
    finally:
        with suppress(Exception):
            library.close()


@app.command("unpin")
def unpin_command(
    ctx: typer.Context,
    article_id: ArticleId,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Unpin an article (its tags, note and highlights stay)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings, index=False) as (_, notebook):
        article_id = kept_id(settings, notebook, article_id)
        if not notebook.unpin(article_id):
            fail(f"article {article_id!r} is not pinned", Exit.NOT_FOUND)
        said(notebook.entry(article_id), "unpinned", article_id)


@app.command("tag")
def tag_command(
    ctx: typer.Context,
    article_id: ArticleId,
    tags: Annotated[list[str], typer.Argument(metavar="TAG...", help="Tags to add.")],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Tag an article."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        article = get_article(library, article_id)
        said(notebook.tag(notebook_ops.record(article), tags), "tagged", article.id)


@app.command("untag")
def untag_command(
    ctx: typer.Context,
    article_id: ArticleId,
    tags: Annotated[list[str], typer.Argument(metavar="TAG...", help="Tags to take off.")],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Take tags off an article."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings, index=False) as (_, notebook):
        article_id = kept_id(settings, notebook, article_id)
        before = notebook.entry(article_id)
        if before is None:
            fail(f"the notebook holds nothing on article {article_id!r}", Exit.NOT_FOUND)
        said(notebook.untag(article_id, tags), "untagged", article_id)


@app.command("note")
def note_command(
    ctx: typer.Context,
    article_id: ArticleId,
    text: Annotated[str, typer.Argument(metavar="TEXT", help='The note ("" clears it).')],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Write the note on an article (an empty note clears it)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        article = get_article(library, article_id)
        entry = notebook.set_note(notebook_ops.record(article), text)
        said(entry, "noted" if text.strip() else "cleared the note on", article.id)


@app.command("highlight")
def highlight_command(
    ctx: typer.Context,
    article_id: ArticleId,
    passage: Annotated[
        str | None,
        typer.Argument(
            metavar="[TEXT]",
            help="The passage as in the article, as --quote says it (one or the other).",
            show_default=False,
        ),
    ] = None,
    quote: Annotated[
        str | None,
        typer.Option(
            "--quote",
            "-q",
            help="The passage as in the article (any spacing; straight or curly quotes); "
            "one whose punctuation differs is found too, and the article's own text kept.",
            show_default=False,
        ),
    ] = None,
    occurrence: Annotated[
        int | None,
        typer.Option(
            "--occurrence",
            min=1,
            help="Which occurrence of a passage the article has more than once (1 = the first).",
        ),
    ] = None,
    note: NoteOption = None,
    tag: TagOption = None,
    speaker: Annotated[
        str | None,
        typer.Option(
            "--speaker",
            help="Who said the passage, when it is a quote: the exports name them.",
            show_default=False,
        ),
    ] = None,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Highlight a passage of an article, found by its text (one that occurs more than once
    is refused until `--occurrence` says which). A passage whose punctuation or spacing
    differs from the article's is found too, and the article's own text is kept; one not
    found says the nearest passage, if any is alike. The passage is the second argument or
    `--quote`."""
    # loose punctuation: nu40 #16 (the text had ",-the"); TEXT as an argument: nu45 #9
    # (`highlight ID "text"` said only "Missing option --quote"); no tags in --help: fx143
    if (passage is None) == (quote is None):
        said = "both a TEXT and --quote" if passage is not None else "no passage"
        fail(f'{said}: give it once, `highlight ID "TEXT"` or --quote TEXT', Exit.USAGE)
    quote = quote if quote is not None else passage or ""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        article = get_article(library, article_id)
        body = article.body
        spans = quote_spans(body, quote) or quote_spans(body, quote, inside_words=True)
        loose = not spans
        spans = spans or loose_spans(body, quote)
        if not spans:
            fail(quote_missing(body, quote), Exit.NOT_FOUND)
        if occurrence is None and len(spans) > 1:  # nu31 #12: it took the first in silence
            fail(occurrences_said(body, spans, article.id), Exit.USAGE)
        anchor = anchor_quote(body, quote, occurrence=occurrence, loose=True)
        record = notebook_ops.record(article)
        kept = notebook.highlight(record, anchor, note=note, tags=tag or (), speaker=speaker)
        out.print(shown(f"highlight {kept.id} on {article.id}: characters {kept.start}-{kept.end}"))
        if loose:  # said apart from the result (stderr): what was kept is not what was typed
            err.print(shown(f"the article has it as “{one_line(anchor.exact)}”"))


@app.command("unhighlight")
def unhighlight_command(
    ctx: typer.Context,
    highlight_id: Annotated[
        int, typer.Argument(metavar="HIGHLIGHT", help="The highlight's number (see `notes`).")
    ],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Delete a highlight (and its note)."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings, index=False) as (_, notebook):
        notebook.remove_highlight(highlight_id)
        out.print(f"removed highlight {highlight_id}")


@app.command("notes")
def notes_command(
    ctx: typer.Context,
    tag: Annotated[str | None, typer.Option("--tag", "-t", help="Only this tag.")] = None,
    pinned: Annotated[bool, typer.Option("--pinned", help="Only pinned articles.")] = False,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List what the notebook keeps: pins, tags, notes and highlights, newest first."""
    settings = target(ctx, corpus, index_dir)
    with opened(settings) as (library, notebook):
        notebook_ops.refreshed(library, notebook)
        entries = notebook.notes(tag=tag, pinned=True if pinned else None)
        if as_json:
            print_json([e.to_json() for e in entries])
            return
        if not entries:
            out.print("The notebook holds nothing" + (f" tagged {tag!r}." if tag else "."))
            return
        out.print(entries_table(entries))


NOTED = "title / id / note and highlights"
"""The header of the notes listing's first column."""


def entries_table(entries: list[Entry]) -> Table:
    """The entries as a listing: one row per article, its note and highlights under its id."""
    table = listing()
    add_title_column(table, (shown(e.article.id).plain for e in entries), NOTED)
    table.add_column("pin", justify="center", no_wrap=True)
    table.add_column("tags", max_width=20)
    for entry in entries:
        title = shown(entry.article.title or "(untitled)")
        if entry.orphaned:  # before the title: the column cuts a long one at its edge
            title = Text.assemble(("(gone from the index) ", "dim"), title)
        kept = shown(entry.note or "")
        for highlight in entry.highlights:
            kept.append("\n")
            kept.append_text(shown(f"[{highlight.id}] {quoted(highlight.exact)}", "italic"))
            if highlight.speaker:  # a kept quote: who said it (nu47 #9)
                kept.append_text(shown(f" — {highlight.speaker}"))
            if highlight.orphaned:
                kept.append(f" ({NOT_FOUND})", style="dim")
            elif highlight.edited:
                kept.append(f" ({CHANGED})", style="dim")
            if highlight.note:  # its own line, labelled: after the quote it read as its end (nu22)
                for number, line in enumerate(highlight.note.splitlines()):
                    kept.append("\n  note: " if number == 0 else "\n        ", style="dim")
                    kept.append_text(shown(line))
        table.add_row(
            title_and_id(title, shown(entry.article.id), *([kept] if kept.plain else [])),
            "★" if entry.pinned else "",
            shown(", ".join(entry.tags)),
        )
    return table
