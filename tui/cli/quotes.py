"""`broadsheet quotes` and `broadsheet speakers`: who said what, where first, across the corpus."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table
from rich.text import Text

from index.library import Library, QuoteGroup, Speaker
from index.models import iso_when_text, quotes_found_in
from tui.cli.article_ids import STORY_ID_HELP, get_story_id
from tui.cli.base import said_older
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    app,
    consoles,
    fail,
    open_library,
    out,
    print_json,
    reported,
    shown,
    target,
)
from tui.cli.query_command import QueryCommand
from tui.cli.search import _date_option
from tui.cli.tables import TABLE_ROWS, more_hint, of_total
from tui.did_you_mean import did_you_mean, offer
from tui.outlet_count import outlets_cell
from tui.quote_text import (
    occurrence_line,
    per_article,
    quote_earlier,
    quote_heading,
    quote_tied,
    quote_undated,
)

if TYPE_CHECKING:
    from tui.cli.common import Target

QUOTE_CHARS = 160
"""How much of a quotation the table prints (the JSON has it whole)."""

QueryArgument = Annotated[
    str,
    typer.Argument(
        help="Only quotes the query matches as `search` matches an article: every word "
        "(AND by default, OR, NOT, phrases, prefixes) in the quote or its speaker's name; "
        "source: and date: are those of an article that ran it. None matching: the quotes "
        "of the articles the query finds, said so.",
        show_default=False,
    ),
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only quotes run on or after this date (2017-03, 'last week').",
        show_default=False,
    ),
]
SPEAKER_ORDER = "by outlets, then occurrences (occur.), then quotations (quotes)"
"""How `speakers` orders its rows (`QuotesDerived.speakers`), said under its table."""
LimitOption = Annotated[
    int | None,
    typer.Option(
        "--limit",
        "-n",
        min=1,
        help=f"Most to print (the table: {TABLE_ROWS}; --json: every one).",
        show_default=False,
    ),
]


def group_record(group: QuoteGroup, matched_in: str | None = None) -> dict[str, Any]:
    """A quote group as `broadsheet quotes --json` prints it (the issue's contract);
    ``matched_in`` what the query matched: "quote" (its words or speaker), "article" (an
    article that carries it: none of the query's quotes matched, nu77 #1), None (no query)."""
    return {
        "id": group.id,
        "text": group.text,
        "speaker": group.speaker,
        "occurrences": [
            {
                "article": o.article,
                "source": o.source,
                "date": iso_when_text(o.date),
                "text": o.text,
                "speaker": o.speaker,
                "start": o.start,
                "end": o.end,
                "change": o.change,
                "diff": [{"op": op, "first": a, "here": b} for op, a, b in o.diff],
            }
            for o in group.occurrences
        ],
        "first": None if group.lead is None else group.lead.article,  # none undated (nu42 #8)
        "first_tied": quote_tied(group),
        "earlier_unknown": (  # "first" skips unknown outlets: one dated earlier (nu45 #2)
            None
            if (early := quote_earlier(group)) is None
            else {"id": early.article, "date": iso_when_text(early.date)}
        ),
        "undated_articles": quote_undated(group),  # "first" is the first dated one (un24)
        "matched_in": matched_in,
    }


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    """A speaker as `broadsheet speakers --json` prints it."""
    return {
        "speaker": speaker.name,
        "quotes": speaker.quotes,
        "occurrences": speaker.occurrences,
        "articles": speaker.articles,
        "outlets": list(speaker.outlets),
    }


@app.command("quotes", cls=QueryCommand)
def quotes_command(
    ctx: typer.Context,
    query: QueryArgument = "",
    speaker: Annotated[
        str | None,
        typer.Option("--speaker", help="Only quotes by this person (any of their names)."),
    ] = None,
    story: Annotated[
        str | None,
        typer.Option(
            "--story",
            metavar="STORY_ID",
            help="Only quotes run by this story's articles: "
            + STORY_ID_HELP[0].lower()
            + STORY_ID_HELP[1:],
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", help="Only quotes an article of this outlet ran."),
    ] = None,
    since: SinceOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List quotations across articles: who said it, which outlets ran it, who was first."""
    run_quotes(
        target(ctx, corpus, index_dir),
        query,
        speaker=speaker,
        story=story,
        since=since,
        limit=limit,
        as_json=as_json,
        source=source,
    )


def run_quotes(
    settings: Target,
    query: str,
    *,
    speaker: str | None,
    story: str | None,
    since: str | None,
    limit: int | None,
    as_json: bool,
    source: str | None = None,
) -> None:
    """Print the quotations (`quotes_command` with its options read; `tui.cli.fast` too)."""
    since_date = _date_option(since, "--since")
    with reported(settings):
        Library.check_quote_query(query)  # before a missing index is built (nu29 #9)
        library = open_library(settings)
        said_older(library, "quotes")
        if source is not None:  # named as `search --source` names it; none such: refused
            source = outlet_of(library, source, as_json=as_json)
        articles = None if story is None else story_articles(library, story)

        def kept(text: str) -> Sequence[QuoteGroup]:
            return library.quotes(
                text, speaker=speaker, articles=articles, since=since_date, source=source
            )

        groups = kept(query)
        matched_in, found_in = ("quote" if query.strip() else None), 0
        if not groups and query.strip() and speaker is None and articles is None:
            theirs = library.articles_quotes(query, source=source, since=since_date)
            if theirs is not None:  # the quotes of its articles, as the reader's `q` lists
                (groups, found_in), matched_in = theirs, "article"
        shown_groups = groups[: limit or (None if as_json else TABLE_ROWS)]
        if as_json:
            print_json([group_record(g, matched_in) for g in shown_groups])
            return
        if found_in:  # said first, in the reader's words
            out.print(Text(quotes_found_in(query, found_in, source), style="bold"))
        if not groups:
            respelt = did_you_mean(
                library, query, lambda text: len(kept(text)) > 0, since=since_date, source=source
            )
            said = f"No quotes match {query!r}" if query.strip() else ""
            if speaker is not None and not library.quotes(speaker=speaker):  # none anywhere
                said = (said or "No quotes") + speaker_tried(library, speaker)
            else:  # the name has quotes: the query, story or date left none
                said = (said or "No quotes match") + "."
            out.print(shown(offer(said, respelt)))  # the query named, as `stories` does
            return
        count = of_total(len(shown_groups), len(groups), "quotation")
        hint = more_hint(len(shown_groups), len(groups))
        out.print(Text(f"{count} ({hint})" if hint else count, style="bold"))
        for number, group in enumerate(shown_groups, 1):
            out.print()
            out.print(_group_head(number, group))
            for o, times in per_article(group):
                out.print(occurrence_line(group, o, times))


def outlet_of(library: Library, typed: str, *, as_json: bool) -> str:
    """The index's name of the outlet ``typed`` names in any spelling (`outlet_named`, as
    `search --source` matches it); an outlet it has none of: said on stderr as `search`
    says it (the names near it), the JSON an empty list, exit 3 (`no_outlet`)."""
    from index.library import outlet_named
    from tui.cli.search_run import no_outlet, no_such_outlet

    sources = library.sources()
    named = outlet_named(typed, sources)
    if named is not None:
        return named
    if as_json:
        print_json([])
    unknown = no_such_outlet(typed, sources)
    if unknown is not None:
        consoles().err.print(unknown)
    no_outlet()


def speaker_tried(library: Library, speaker: str) -> str:
    """What ``--speaker`` looked for, said after "No quotes match" (nu47 #8: "president
    biden" said only "No quotes match.", the README's rule unsaid): the name as typed, the
    name without its titles when that was tried too, and where the names are listed."""
    bare = library.speaker_untitled(speaker)
    tried = f"nor {bare!r}, without the title" if bare else "every word must be in the name"
    return f" by a speaker named {speaker!r} ({tried}; `broadsheet speakers` lists the names)."


def story_articles(library: Library, story_id: str) -> tuple[str, ...]:
    """The ids of a story's articles; an unknown id fails as `broadsheet story` does."""
    try:
        return library.story(get_story_id(library, story_id)).story.counted
    except KeyError:
        fail(f"no story with id {story_id!r} (try `broadsheet stories`)", Exit.NOT_FOUND)


def _group_head(number: int, group: QuoteGroup) -> Text:
    head = Text(f"{number}. ", style="dim")
    head.append_text(quote_heading(group, QUOTE_CHARS))
    head.append(f"  {group.id}", style="dim")
    return head


@app.command("speakers", cls=QueryCommand)
def speakers_command(
    ctx: typer.Context,
    query: QueryArgument = "",
    since: SinceOption = None,
    limit: LimitOption = None,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List who is quoted most widely: in how many outlets, quotations and articles."""
    run_speakers(target(ctx, corpus, index_dir), query, since=since, limit=limit, as_json=as_json)


def run_speakers(
    settings: Target, query: str, *, since: str | None, limit: int | None, as_json: bool
) -> None:
    """Print the speakers (`speakers_command` with its options read; `tui.cli.fast` too)."""
    since_date = _date_option(since, "--since")
    with reported(settings):
        Library.check_quote_query(query)
        library = open_library(settings)
        said_older(library, "quotes")
        every = library.speakers(query, since=since_date)
        speakers = every[: limit or (None if as_json else TABLE_ROWS)]
        if as_json:
            print_json([speaker_record(s) for s in speakers])
            return
        if not speakers:
            out.print(shown("No quoted speakers match."))
            return
        # how many were listed, of how many (the title gave none: 20 rows of 1,500); the
        # order, said under it, is the columns' from left to right (occurrences, the
        # second key, was not shown: nu27 #8)
        said = of_total(len(speakers), len(every), "speaker")
        said += f"; {hint}" if (hint := more_hint(len(speakers), len(every))) else ""
        table = Table(
            title=f"Who is quoted ({said})",
            title_justify="left",
            caption=f"sorted {SPEAKER_ORDER}",
            caption_justify="left",
        )
        table.add_column("#", justify="right", style="dim")
        table.add_column("speaker", ratio=3, min_width=20)  # a name whole at 80 columns
        table.add_column("outlets", justify="right")
        table.add_column("occur.", justify="right")
        table.add_column("quotes", justify="right")
        table.add_column("articles", justify="right")
        table.add_column("most in", ratio=2)
        for number, s in enumerate(speakers, 1):
            table.add_row(
                str(number),
                shown(s.name),
                outlets_cell(len(s.outlets)),
                str(s.occurrences),
                str(s.quotes),
                str(s.articles),
                shown(", ".join(s.outlets[:3]) or "—"),
            )
        out.print(table)
