"""`broadsheet search` once its options are read: the hits as a table or JSON (no Typer)."""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, NoReturn

from index.library import (
    DateUnreadable,
    Library,
    QueryError,
    check_query,
    hit_record,
    indexed_corpus,
    outlet_named,
    printable,
    read_date,
    unknown_outlet,
)
from index.models import Lean, SearchResult, Sort, lean_filter, leans_of, undated_left_words
from tui.cli.base import (
    Exit,
    Target,
    bundled_seeds,
    consoles,
    fail,
    open_library,
    print_json,
    reported,
    said_older,
    shown,
)

if TYPE_CHECKING:
    from rich.text import Text

    from index.models import Hit
    from tui.read_marks import ReadMarks


class SortChoice(StrEnum):
    """Result orders for the CLI."""

    relevance = "relevance"
    date = "date"
    newest = "newest"
    oldest = "oldest"
    outlet = "outlet"
    source = "source"


ORDERS: dict[SortChoice, Sort] = {
    SortChoice.relevance: "relevance",
    SortChoice.date: "newest",
    SortChoice.newest: "newest",
    SortChoice.oldest: "oldest",
    SortChoice.outlet: "source",
    SortChoice.source: "source",
}
"""The library's order for each of the CLI's ("date" is newest first; "outlet", the
README's and the reader's word, is "source": nu32 #4)."""


def _date_option(value: str | None, name: str) -> datetime | None:
    """A --since (start of the period named) or --until (its end) date, as `date:` reads it."""
    if value is None:
        return None
    try:
        return read_date(value, end=name == "--until")
    except DateUnreadable as error:
        fail(f"{name} must be a date like 2014-03-20 or 'last week': {error}", Exit.USAGE)


FEW_OUTLETS = 12
"""Up to this many outlets, an unknown one with no name near it gets them all listed."""


def no_such_outlet(
    source: str | None, sources: list[tuple[str, int]], query: str = ""
) -> Text | None:
    """Why a search in ``source`` (or of a query's ``source:`` clause) found nothing when
    no outlet of the index is called so ("Foxnews": say it, and the names near it), else
    None."""
    unknown = unknown_outlet(source, query, sources)
    if unknown is None:
        return None
    source, near = unknown
    said = shown(f"No outlet of this index is called {source!r}.")
    if near:
        said.append(" Did you mean: ")
        said.append(printable(", ".join(near)), style="bold")
        said.append("?")
    elif 0 < len(sources) <= FEW_OUTLETS:  # none near: the names it could have been (nu22)
        said.append(" Its outlets: ")
        said.append(printable(", ".join(name for name, _ in sources)), style="bold")
        said.append(".")
    return said


SEEDS_SEARCHED = " in the bundled seed articles (search a folder of yours: --corpus DIR)"
"""After a no-hit line on the seeds: run in a folder of articles with no corpus named,
`search senate` said "No articles match 'senate'. Did you mean: sent?" of the seeds
(nu50 #8: the stderr note scrolls past; the answer must say what it searched)."""


def searched_where(settings: Target) -> str:
    """`SEEDS_SEARCHED` when the command searched the bundled seeds, else "". With no
    corpus named and an index folder of another corpus, the hits are that corpus's: it
    names it (nu56 #3: "No articles match … in the bundled seed articles" of an index of
    newsarticles, where the seeds had two hits)."""
    if settings.corpus != bundled_seeds().resolve():
        return ""
    held = indexed_corpus(settings.index_dir)
    if held is not None and held.resolve() != settings.corpus:
        # "in the index of X, not of the bundled seed articles" read oddly (sx49): it
        # denied what nobody had asked for; it says what was searched, and why
        return f" in {printable(str(held))}, the corpus of the index folder (no --corpus named)"
    return SEEDS_SEARCHED


def no_outlet() -> NoReturn:
    """Exit 3 (not found) once `no_such_outlet` said why: nothing was searched for (exit 0
    read as "searched, no hits": nu23 #6)."""
    import typer

    raise typer.Exit(int(Exit.NOT_FOUND))


def date_range(since: str | None, until: str | None) -> tuple[datetime | None, datetime | None]:
    """--since and --until read (`_date_option`); refused (usage) when --since comes after
    --until: nothing could match, and an empty answer would not say why."""
    since_date, until_date = _date_option(since, "--since"), _date_option(until, "--until")
    if since_date is not None and until_date is not None and since_date > until_date:
        fail(f"--since {since} is after --until {until}: nothing can match", Exit.USAGE)
    return since_date, until_date


def what_matched(
    query: str, source: str | None, since: str | None, until: str | None, *, one: bool = False
) -> str:
    """What the articles counted match: "match 'dam'", or for an empty query what its
    filters keep ("from BBC News since 2017-02-01"; "match ''" said nothing, nu19 #10)."""
    if query.strip():
        return f"{'matches' if one else 'match'} {query!r}"
    kept = [f"from {source}" if source else "", f"since {since}" if since else ""]
    kept.append(f"until {until}" if until else "")
    return " ".join(k for k in kept if k) or "in the index"


def side_hits(
    library: Library, result: SearchResult, side: Lean, limit: int, *, snippets: bool
) -> SearchResult:
    """The hits of one side (``lean:right``), the first ``limit`` of them (with snippets
    when asked): a hit's lean is its article's metadata's, else its outlet's in the user's
    map (`index.leans`); the total counts that side's matches."""
    from tui.outlet_leans import user_leans

    leans, problem = user_leans(sources=library.sources())
    if problem:
        consoles().err.print(shown(problem))
    sides = leans_of(library, ((hit.id, hit.source) for hit in result.hits), leans)
    kept = tuple(hit for hit, lean in zip(result.hits, sides, strict=True) if lean == side)
    hits = with_snippets(library, result.searched, kept[:limit]) if snippets else kept[:limit]
    found = bool(result.hits)  # the words found articles: a correction of them is no help
    return replace(
        result,
        hits=hits,
        total=len(kept),
        total_exact=True,
        suggestion=None if found else result.suggestion,
        suggestions=() if found else result.suggestions,
    )


def with_snippets(library: Library, query: str, hits: tuple[Hit, ...]) -> tuple[Hit, ...]:
    """``hits`` with their snippets for ``query`` (kept from a search made without them)."""
    highlighter = library.highlighter(query)
    return tuple(library.snippet_for(hit, highlighter) or hit for hit in hits)


def read_marks(settings: Target) -> ReadMarks:
    """The articles read in the reader (`tui.read_marks`); a damaged file: none read,
    said in one line on stderr."""
    from tui.read_marks import ReadMarks, load_read, read_path
    from tui.reader_state import StateDamaged

    try:
        return load_read(read_path(settings.index_dir))
    except StateDamaged as error:
        consoles().err.print(shown(f"Taking no article as read: {error}"))
        return ReadMarks()


def unread_hits(
    library: Library, result: SearchResult, read: ReadMarks, limit: int, *, snippets: bool
) -> SearchResult:
    """The hits not read in the reader (``--unread``), the first ``limit`` of them (with
    snippets when asked); the total counts the unread matches."""
    kept = tuple(hit for hit in result.hits if hit.id not in read)
    hits = with_snippets(library, result.searched, kept[:limit]) if snippets else kept[:limit]
    return replace(result, hits=hits, total=len(kept), total_exact=True)


def json_cut(hits: tuple[object, ...], limit: int, total: int, exact: bool) -> int | None:
    """Whether ``--json`` may have cut the hits at ``limit``: None when every match is
    listed, else the total when known, 0 when it must be counted (the JSON asks no count
    with its search: `run_search`)."""
    if len(hits) < limit:
        return None
    if exact:
        return total if total > len(hits) else None
    return 0


def cut_note(shown_count: int, total: int) -> str:
    """What ``--json`` says on stderr when it lists fewer hits than match (nu34 #4: it
    stopped at 20 without a word while the table said "30 articles match")."""
    return f"{shown_count:,} of {total:,} shown (--limit N for more)"


def tell_undated(
    library: Library,
    words: str,
    source: str | None,
    since: datetime | None,
    until: datetime | None,
) -> None:
    """Say on stderr how many undated matches a date filter left out ("1 undated match left
    out (no date in the text)": nu42 #5); the hits stay the dated ones, and ``--json``'s
    stdout stays the list. (Not after ``lean:`` or ``--unread``, whose filters the count
    does not apply.) And say what the wires write instead of a word searched ("wires write
    mln: try `million OR mln`", nu46 #7: `Library.wire_hint`), and that a minus standing
    alone was read as nothing ("dam - frost", sx51: `Library.lone_minus`)."""
    left = library.undated_left_out(words, source=source, since=since, until=until)
    if left:
        consoles().err.print(shown(undated_left_words(left)))
    for hint in (library.lone_minus(words), library.wire_hint(words)):
        if hint:
            consoles().err.print(shown(hint))


def tell_date_miss(
    library: Library, words: str, since: datetime | None, until: datetime | None
) -> None:
    """After no hits: say on stderr when the date filter lies wholly outside the corpus's
    dated span, "no article is dated in March 2026 (this corpus runs 2017-02-01 to
    2017-03-31); did you mean date:"march 2017"?" (nu44 #4: `date:march` read as 2026);
    and when a phrase's "?" ending a word was read as a question mark (sx49)."""
    said = library.date_miss(words, since=since, until=until)
    if said:
        consoles().err.print(shown(said))
    marks = library.phrase_marks(words)  # '"Wolfgang Sch?"' found nothing silently (sx49)
    if marks:
        consoles().err.print(shown(marks))


def shown_instead(result: SearchResult) -> str | None:
    """What stderr says when the hits are an offer's, the query as typed having found
    nothing (`Library.search_as_meant`): "Showing results for "jong nam"; search instead
    for jongnam: --as-typed" (nu66: "jongnam" found 0 articles, offering "jong nam")."""
    if result.read_as is None:
        return None
    others = [o for o in result.suggestions if o != result.read_as]
    also = f" (also offered: {' or '.join(others)})" if others else ""
    return (
        f"Showing results for {result.read_as}{also}; search instead for {result.query}: --as-typed"
    )


def as_typed_again(result: SearchResult, offered: tuple[str, ...]) -> SearchResult:
    """``result``, an offer's hits all filtered away (``lean:``, ``--unread``), told as the
    query as typed with its offers (``offered``), as `--as-typed` tells it: "Showing results
    for drought" above "No articles match 'lean:left drougth'" said two things (rv75)."""
    return replace(
        result, read_as=None, suggestion=offered[0] if offered else None, suggestions=offered
    )


def run_search(
    settings: Target,
    query: str,
    limit: int,
    sort: SortChoice,
    source: str | None,
    since: str | None,
    until: str | None,
    *,
    as_json: bool,
    unread: bool = False,
    as_typed: bool = False,
) -> None:
    """Search and print the hits as a table or JSON (`search_command` with its options
    read); ``unread``: only the articles the reader has not shown; ``as_typed``: never
    the hits of an offer (`shown_instead`)."""
    since_date, until_date = date_range(since, until)
    with reported(settings), ExitStack() as steps:
        words, side, problem, column = lean_filter(query)  # lean:right filters the hits
        if problem:
            raise QueryError(problem, column)
        check_query(words)  # before a missing index is built for it
        library = open_library(settings)
        said_older(library, "articles")  # stdout as it was (nu72)
        # the page, the total, the undated count: one 5 s budget, not 5 s each (rv45)
        steps.enter_context(library.one_search())
        read = read_marks(settings) if as_json or unread else None
        filtered = side is not None or unread  # filtered hits: of every match
        result = library.search_as_meant(
            words,
            as_typed=as_typed,
            limit=None if filtered else limit,
            sort=ORDERS[sort],
            source=source,
            since=since_date,
            until=until_date,
            snippets=as_json and not filtered,  # only the JSON has them
            # the JSON prints hits, no total: no count of every match with the copies
            # folded (`folded_count`; ~0.08 CPU s at 100,000 articles), the same hits
            # (and a total of 0 still means no hit, for the messages below)
            count=not as_json or filtered,
        )
        offered = result.suggestions  # the query's as typed (a lean's filter drops them)
        if side is not None:
            kept = len(result.hits) if unread else limit  # cut once the read are out
            result = side_hits(library, result, side, kept, snippets=as_json and not unread)
        if unread and read is not None:
            result = unread_hits(library, result, read, limit, snippets=as_json)
        if result.read_as is not None and not result.hits:  # the offer's hits filtered away:
            result = as_typed_again(result, offered)  # said as typed, as --as-typed (rv75)
        unknown = no_such_outlet(source, library.sources(), words) if result.total == 0 else None
        instead = shown_instead(result)
        if instead is not None:  # before the hits: the table's title names the offer
            consoles().err.print(shown(instead))
        words = result.searched  # the hits' query: their undated count, wire hint, title
        if as_json:
            print_json(
                [
                    hit_record(hit) | {"read": hit.id in (read or ()), "searched": words}
                    for hit in result.hits
                ]
            )
            cut = json_cut(result.hits, limit, result.total, result.total_exact)
            if cut is not None:  # the list stays the scripts' list; the note goes to stderr
                total = cut or library.count(
                    query if instead is None else words,
                    source=source,
                    since=since_date,
                    until=until_date,
                )
                if total > len(result.hits):
                    consoles().err.print(shown(cut_note(len(result.hits), total)))
            if unknown is None and not filtered:
                tell_undated(library, words, source, since_date, until_date)
            if unknown is not None:
                consoles().err.print(unknown)
                no_outlet()
            elif result.total == 0 and result.suggestion:
                said = " or ".join(result.suggestions or (result.suggestion,))
                where = searched_where(settings)
                consoles().err.print(shown(f"no hits{where}; did you mean: {said}"))
            if unknown is None and result.total == 0:
                tell_date_miss(library, words, since_date, until_date)
            return
        if unknown is not None:
            consoles().err.print(unknown)  # an error, on stderr as with --json (nu29 #10)
            no_outlet()
        if source is not None:  # "from dw" named it as typed: as the index does (nu22)
            source = outlet_named(source, library.sources()) or source
        if result.total == 0:
            kind = "unread articles" if unread else "articles"
            matched = what_matched(query, source, since, until)
            message = shown(f"No {kind} {matched}{searched_where(settings)}.")
            if result.suggestion:
                from tui.did_you_mean import options_said  # only a search with no hits

                offered = tuple(printable(o) for o in result.suggestions or (result.suggestion,))
                message.append(" Did you mean: ")
                message.append(options_said(offered))
                message.append("?")
            consoles().out.print(message)
            if not filtered:
                tell_undated(library, words, source, since_date, until_date)
            tell_date_miss(library, words, since_date, until_date)
            return
        from tui.cli.tables import add_title_column, listing, one_line, title_and_id

        one = result.total == 1
        said = what_matched(query if instead is None else words, source, since, until, one=one)
        kind = ("unread " if unread else "") + ("article" if one else "articles")
        table = listing(shown(f"{result.total:,} {kind} {said}"))
        ids = [shown(hit.id) for hit in result.hits]
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        add_title_column(table, (i.plain for i in ids))
        table.add_column("source", max_width=16, no_wrap=True)
        table.add_column("date", no_wrap=True)
        ranked = ORDERS[sort] == "relevance" and bool(query.strip())  # else scores are 0
        # a query of filters alone ("date:2021") scores every hit 0: "0.00" on each row said
        # nothing (nu18)
        ranked = ranked and any(hit.score >= 0.005 for hit in result.hits)
        if ranked:
            table.add_column("score", justify="right", no_wrap=True)
        for number, (hit, hit_id) in enumerate(zip(result.hits, ids, strict=True), 1):
            title = shown(hit.title, style="italic" if hit.title_derived else "")
            date = hit.date.strftime("%Y-%m-%d") if hit.date else "—"
            score = [f"{hit.score:.2f}"] if ranked else []
            outlet = one_line(shown(hit.source or "—"))
            more = (
                [shown(f"same text also in {', '.join(hit.copies)}", "dim")] if hit.copies else []
            )
            table.add_row(str(number), title_and_id(title, hit_id, *more), outlet, date, *score)
        consoles().out.print(table)
        if not filtered:
            tell_undated(library, words, source, since_date, until_date)
