"""`broadsheet stories`, `story` and `related`: news events across outlets, as tables or JSON."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from index.library import Library, check_query
from index.models import (
    BLINDSPOT_ARTICLES,
    Coverage,
    Lean,
    StoryTimeline,
    counted,
    hidden_words,
    no_stories,
    story_coverage,
    stronger,
)
from tui.cli.article_ids import STORY_ID_HELP, get_story_id
from tui.cli.base import said_older
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    app,
    err,
    fail,
    get_article,
    open_library,
    out,
    print_json,
    reported,
    shown,
    target,
)
from tui.cli.query_command import QueryCommand
from tui.cli.search import date_range
from tui.cli.story_records import related_record, story_record, timeline_record
from tui.cli.tables import add_title_column, listing, of_total, one_line, title_and_id
from tui.outlet_count import UNKNOWN, outlets, outlets_cell
from tui.outlet_leans import coverage_words, user_leans
from tui.story_earlier import earlier_lines
from tui.story_first import (
    day_lag,
    earlier_said,
    first_marks,
    first_said,
    first_tied,
    no_first_words,
    tie_words,
    tied_and_later,
    undated_words,
    zoned,
)
from tui.story_form import day_span, story_order
from tui.story_none import none_listed
from tui.story_offer import stories_as_meant

if TYPE_CHECKING:
    from tui.cli.common import Target


def _day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else "—"


MIN_ARTICLES = 2
"""The size of the smallest story `stories` lists when no --min-articles is given."""


def alone_line(alone: int, library: Library, size: int) -> str:
    """Under the whole corpus's stories, the articles in none (nu74: "11 stories" hid 10
    of 42 articles standing alone): "10 of the 42 articles are in no story."; "" for none."""
    if not alone:
        return ""
    verb = "is" if alone == 1 else "are"
    larger = "" if size <= MIN_ARTICLES else f" of {size}+ articles"
    return f"{alone:,} of the {library.article_count():,} articles {verb} in no story{larger}."


def leans_given(library: Library) -> dict[str, Lean]:
    """The user's map of outlets to leans (`tui.outlet_leans`), its names read as the
    library's outlets; a bad file is said on stderr and counts every outlet unknown."""
    leans, problem = user_leans(sources=library.sources())
    if problem:
        err.print(shown(problem))
    return leans


def told_coverage(library: Any, told: StoryTimeline, leans: dict[str, Lean]) -> Coverage:
    """A story's coverage by side: its articles' own leans, else their outlets' in ``leans``."""
    return story_coverage(library, ((a.id, a.source) for a in told.articles), leans)


@app.command("stories", cls=QueryCommand)
def stories_command(
    ctx: typer.Context,
    query: Annotated[
        str, typer.Argument(help="Only stories whose articles match this query, best first.")
    ] = "",
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Only stories running on or after this date.", show_default=False
        ),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option(
            "--until", help="Only stories running on or before this date.", show_default=False
        ),
    ] = None,
    min_articles: Annotated[
        int | None,
        typer.Option(
            "--min-articles",
            min=1,
            help="Only stories of this many articles (not given: 2, and followed stories "
            "of any size).",
            show_default=False,
        ),
    ] = None,
    limit: Annotated[
        int | None, typer.Option("--limit", "-n", min=1, help="Most stories to print.")
    ] = None,
    blindspot: Annotated[
        str | None,
        typer.Option(
            "--blindspot",
            metavar="left|right",
            help="Only the stories that side misses: the other side gives 2+ articles, it none "
            "(leans: the articles' metadata, else `broadsheet outlets lean`).",
            show_default=False,
        ),
    ] = None,
    as_typed: Annotated[
        bool,
        typer.Option(
            "--as-typed",
            help='When no story matches, never list a respelling\'s ("jongnam" as "jong nam"): '
            "only say it.",
        ),
    ] = False,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List the news events of the corpus, largest first (or those a query finds)."""
    if blindspot is not None and blindspot not in ("left", "right"):
        fail(f"--blindspot takes left or right, not {blindspot!r}", Exit.USAGE)
    settings = target(ctx, corpus, index_dir)
    since_date, until_date = date_range(since, until)
    with reported(settings):
        check_query(query)  # before a missing index is built for it (nu29 #9)
        library = open_library(settings)
        said_older(library, "stories")  # stdout as it was (nu72)
        from tui.notebook_ops import followed_ids  # not at import: `related` reads no notebook

        followed = followed_ids(library)  # listed whatever their size, marked ★, first
        # a size asked for holds for them too (rv35 #8): only the default lets a small one in
        size = MIN_ARTICLES if min_articles is None else min_articles
        # a query that finds nothing lists its offer's stories, as the reader's story list
        # does ("Showing stories for"), unless --as-typed (nu83 #6: "Did you mean" here);
        # one that lists none (dates, a size) is said as typed: its offer is not offered
        every, offer = stories_as_meant(
            library,
            query,
            as_typed,
            followed if min_articles is None else frozenset(),
            since=since_date,
            until=until_date,
            min_articles=size,
        )
        if offer is not None and every:  # an offer listing none: said as typed, as before
            err.print(shown(f"Showing stories for {offer}; search instead for {query}: --as-typed"))
            query = offer
        outlines = {}
        if as_json or blindspot:
            # the outline reads no article: every story of the corpus in a few seconds;
            # its coverage reads its articles (their metadata's leans), ~0.1 ms each
            leans = leans_given(library)
            for s in every if blindspot else every[:limit]:
                told = library.story_outline(s.id)
                outlines[s.id] = told, told_coverage(library, told, leans)
            if blindspot:
                every = [s for s in every if outlines[s.id][1].blindspot == blindspot]
        found = every[:limit]
        if as_json:
            # each story says the query that found it, as `search --json`'s hits do: the
            # offer's, listed instead of the query as typed, is not taken for it (rv80 #1)
            print_json(
                [
                    story_record(
                        s,
                        first_tied(outline := outlines[s.id][0]),
                        s.id in followed,
                        outlines[s.id][1],
                        outline.earlier_unknown,
                    )
                    | {"searched": query}
                    for s in found
                ]
            )
            return
        if not found and blindspot:
            out.print(
                shown(
                    f"No story is a blindspot for the {blindspot}: none has "
                    f"{BLINDSPOT_ARTICLES}+ articles from the other side and none from it "
                    "(leans: the articles' metadata, else `broadsheet outlets lean`)."
                )
            )
            return
        if not found:
            everything = not query.strip() and since is None and until is None
            if everything and size <= MIN_ARTICLES:  # not one story of two articles
                out.print(shown(no_stories(len(library))))
            elif query.strip():  # how many articles match, when none is in a story
                why = none_listed(
                    library, query, min_articles=size, since=since_date, until=until_date
                )
                out.print(shown(why))
            else:
                out.print(shown("No stories."))
            return
        # "5 stories" of 480 read as all there were (nu22): the part shown, of how many
        table = listing(shown(of_total(len(found), len(every), "story", "stories")))
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        add_title_column(table, (shown(s.id).plain for s in found))
        table.add_column("articles", justify="right", no_wrap=True)
        table.add_column("outlets", justify="right", no_wrap=True)
        table.add_column("first", no_wrap=True)
        table.add_column("last", no_wrap=True)
        for number, story in enumerate(found, 1):
            table.add_row(
                str(number),
                title_and_id(
                    shown(("★ " if story.id in followed else "") + (story.title or "(untitled)")),
                    shown(story.id),
                ),
                str(story.size),
                outlets_cell(len(story.sources)),
                _day(story.start),
                _day(story.end),
            )
        out.print(table)
        whole = not (query.strip() or since or until or blindspot)  # the corpus's stories
        if whole and (alone := alone_line(library.articles_alone(every), library, size)):
            out.print(shown(alone, style="dim"))


@app.command("story")
def story_command(
    ctx: typer.Context,
    story_id: Annotated[str, typer.Argument(metavar="STORY_ID", help=STORY_ID_HELP)],
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Print one story: who reported it first, who followed and when, day by day."""
    settings = target(ctx, corpus, index_dir)
    with reported(settings):
        library = open_library(settings)
        said_older(library, "stories")  # stdout as it was (nu72)
        try:
            told = library.story(get_story_id(library, story_id))
        except KeyError:
            fail(f"no story with id {story_id!r} (try `broadsheet stories`)", Exit.NOT_FOUND)
        cover = told_coverage(library, told, leans_given(library))
        earlier = library.earlier_outside(told)  # left out, yet earlier (issue 16)
        if as_json:
            from tui.notebook_ops import followed_ids

            followed = told.story.id in followed_ids(library)
            print_json(timeline_record(told, followed, cover, earlier))
            return
        story = told.story
        out.print(shown(story.title or "(untitled)", style="bold"))
        out.print(
            shown(
                f"{counted(story.size, 'article')}{undated_words(told)}, "
                f"{outlets(len(story.sources))}, "
                f"{day_span(story.start, story.end)}; id {story.id}",
                style="dim",
            )
        )
        tied, later = tied_and_later(told)
        label, said, names = first_said(told)  # tied: "6 articles the same day, …: A, B"
        if said is None:  # no dated article names its outlet: no first (nu42 #1)
            out.print(Text("first: ", style="dim") + Text(no_first_words(told), style="dim"))
        else:
            said = (f"{said}: {names}" if names else said) + earlier_said(told)
            out.print(Text(f"{label}: ", style="dim") + shown(said))
        for line in earlier_lines(earlier):
            out.print(line)
        if tied and not names:
            out.print(Text(f"{tie_words(told)}: ", style="dim") + shown(", ".join(tied)))
        if later:
            follows = ", ".join(
                f"{lag.source} {day_lag(told, lag) or f'+{lag.hours_after_first:g}h'}"
                for lag in later
            )
            out.print(Text("followed: ", style="dim") + shown(follows))
        if cover.unknown < told.story.size:  # some lean known: the split, and who misses it
            out.print(Text("coverage: ", style="dim") + shown(coverage_words(cover)))
        table = listing()
        table.add_column("outlet", max_width=16, no_wrap=True)
        table.add_column("date", no_wrap=True)
        add_title_column(table, (shown(a.id).plain for a in told.articles))
        marks = first_marks(told)  # under the date: which article was first (nu83 #7)
        for member in story_order(told):
            mark = marks.get(member.id)
            table.add_row(
                one_line(shown(member.source or UNKNOWN)),
                Text(zoned(member.date)) + (Text(f"\n{mark}", style="dim") if mark else Text()),
                title_and_id(shown(member.title), shown(member.id)),
            )
        out.print()
        out.print(table)
        if told.story.copies:  # an outlet's same text twice: listed and counted once
            copies = ", ".join(told.story.copies)
            out.print(Text("same text also in (counted once): ", style="dim") + shown(copies))


RELATED_ROWS = 10
"""How many articles `related` prints in a table without --limit (--json: every one)."""


@app.command("related")
def related_command(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ARTICLE_ID", help="The article's id.")],
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            min=1,
            help=f"Most articles (the table: {RELATED_ROWS}; --json: every one).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """List the articles related to one: its story's first, then the nearest others."""
    run_related(target(ctx, corpus, index_dir), article_id, limit, as_json)


def run_related(settings: Target, article_id: str, limit: int | None, as_json: bool) -> None:
    """`related`'s body: the Typer command's and `tui.cli.fast.run_related`'s (no Typer app,
    so no pydantic: ~0.1 s of a one-shot command)."""
    with reported(settings):
        library = open_library(settings)
        said_older(library, "stories")  # stdout as it was (nu72)
        article_id = get_article(library, article_id).id  # a file's name: its article's id
        # every related article is a short list (its story, then a few near in time and
        # alike enough): the whole of it costs what 10 do (nu32 #13)
        found = library.related(article_id, limit or (len(library) if as_json else RELATED_ROWS))
        if as_json:
            print_json([related_record(r) for r in found])
            return
        if not found:
            out.print(
                shown(
                    f"Nothing is related to {article_id!r}: no article near it in time"
                    " shares enough of its words."
                )
            )
            return
        found, hidden = stronger(found)  # weaker matches said, not listed (nu45 #8)
        table = listing(shown(f"Related to {article_id}"))
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        add_title_column(table, (shown(r.id).plain for r in found), "title / id / score: why")
        table.add_column("source", max_width=14, no_wrap=True)
        table.add_column("date", no_wrap=True)
        for number, related in enumerate(found, 1):
            score = f"{related.score:.2f}: " if related.score >= 0.005 else ""  # 0.00: none
            why = shown(f"{score}{related.reasons}".removesuffix(": "), "dim italic")
            table.add_row(
                str(number),
                title_and_id(shown(related.title), shown(related.id), why),
                one_line(shown(related.source or "—")),
                _day(related.date),
            )
        out.print(table)
        if hidden:
            out.print(Text(hidden_words(hidden), style="dim"))
