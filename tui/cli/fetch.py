"""`broadsheet fetch [SOURCE...]`: bring feeds and pages into the corpus, then update the index."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from index.library import (
    CorpusEmpty,
    DateUnreadable,
    Library,
    StoreError,
    printable,
    read_date,
)
from index.models import BuildReport
from tui.cli.base import fail_quietly
from tui.cli.common import (
    CorpusOption,
    Exit,
    IndexDirOption,
    JsonOption,
    Target,
    app,
    bundled_seeds,
    err,
    fail,
    out,
    print_json,
    reported,
    shown,
    target,
    terminable,
)

if TYPE_CHECKING:  # the fetch package loads when a fetch command runs, not at start-up
    from index.fetch.models import FetchProgress, FetchReport, FetchSettings, SavedArticle

LimitOption = Annotated[
    int | None,
    typer.Option("--limit", min=1, help="Most new articles from each feed.", show_default=False),
]
NoUpdateOption = Annotated[
    bool, typer.Option("--no-update", help="Only fetch; leave the index as it is.")
]

LISTED = 30
"""Most skipped or failed URLs printed one a line (the rest are counted)."""


def fetch_target(ctx: typer.Context, corpus: Path | None, index_dir: Path | None) -> Target:
    """The command's corpus, refusing the bundled seeds (they are broadsheet's, not yours)."""
    settings = target(ctx, corpus, index_dir, note_seeds=False)  # refused in a line of its own
    seeds = bundled_seeds().resolve()
    if settings.corpus == seeds or seeds in settings.corpus.parents:
        fail(
            "will not fetch into the bundled seed articles: give your own corpus folder "
            "with --corpus (or BROADSHEET_CORPUS)",
            Exit.USAGE,
        )
    return settings


@contextmanager
def fetch_errors(settings: Target) -> Iterator[None]:
    """`reported`, plus the fetch's own errors as one line (another fetch running: exit 5;
    no source and no feed followed: exit 2, bad usage, nu29 #10)."""
    from index.fetch.models import FetchError, FetchLocked, NoFeeds

    with reported(settings):
        try:
            yield
        except FetchLocked as error:
            fail(str(error), Exit.LOCKED)
        except NoFeeds as error:
            fail(str(error), Exit.USAGE)
        except FetchError as error:
            fail(str(error), Exit.ERROR)


@contextmanager
def interrupted(corpus: Path, began: float, indexed: Callable[[], bool]) -> Iterator[None]:
    """Ctrl-C during the fetch or its update: say how many pages it saved that the index
    does not have yet, and that the next update indexes them (`tui.cli.fetch_interrupt`)."""
    try:
        yield
    except KeyboardInterrupt:
        from tui.cli.fetch_interrupt import interrupted_line, saved_since

        err.print(interrupted_line(saved_since(corpus, began), indexed()), markup=False)
        fail_quietly(Exit.INTERRUPTED)


def tell_feed_file(corpus: Path) -> None:
    """Say on stderr, a line each, what the corpus's ``feeds.toml`` holds that its format
    does not know (fx95: a ``[[feeds]]`` typo read as no feeds, silently)."""
    from index.fetch.feedcheck import feed_file_notes
    from index.fetch.feedlist import feeds_path

    for line in feed_file_notes(feeds_path(corpus)) if corpus.is_dir() else ():
        err.print(shown(line))


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return read_date(value)
    except DateUnreadable as error:
        fail(f"--since must be a date like 2024-05-01 or 'last week': {error}", Exit.USAGE)


def _run_fetch(
    corpus: Path, sources: list[str], settings: FetchSettings, **options: Any
) -> FetchReport:
    """Run the fetch with a Rich progress bar on a terminal (silent otherwise)."""
    from index.fetch.run import fetch

    if not err.is_terminal:
        with terminable():
            return fetch(corpus, sources, settings=settings, **options)
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[url]}", style="dim", markup=False),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task("feeds", total=None, url="")

        def on_progress(step: FetchProgress) -> None:
            url = printable(step.url[:80])  # outside text: controls escaped, no markup
            bar.update(task, completed=step.done, total=step.total, description=step.phase, url=url)

        with terminable():
            return fetch(corpus, sources, settings=settings, on_progress=on_progress, **options)


def _index_titles(library: Library, report: FetchReport) -> dict[str, str]:
    """The titles the index reads for the new and updated pages no feed titled, by path
    (their ids): a page fetched by its URL was listed with ``"title": ""`` (nu28 #10), a
    page written over by ``--refetch`` as a bare ``~ path`` (nu43 #7)."""
    untitled = [saved.path for saved in (*report.new, *report.updated) if not saved.title]
    if not untitled:
        return {}
    try:
        with library:
            library.open_or_build()  # just updated: opens it
            return library.titles(untitled)
    except (KeyError, StoreError):  # not indexed (skipped, or the index unreadable): none
        return {}


def _title(saved: SavedArticle, titles: dict[str, str]) -> str | None:
    """A new page's title: the feed's, else the index's, else None (never "")."""
    return saved.title or titles.get(saved.path) or None


def _nothing_to_index(error: CorpusEmpty) -> str:
    """The index line of a fetch into a corpus with no article yet: "nothing to index yet:
    no articles in FOLDER (no article files found)"."""
    said = str(error)
    return f"nothing to index yet: {said[:1].lower()}{said[1:]}"


def _print_report(report: FetchReport, settings: Target, titles: dict[str, str]) -> None:
    title = Text("Fetched into ", style="bold")
    title.append(shown(settings.corpus))
    out.print(title)
    out.print(f"  {report.summary}")
    for mark, pages in (("+", report.new), ("~", report.updated)):
        for saved in pages[:LISTED]:
            said = f"{_title(saved, titles) or ''}{' (retitled)' * saved.retitled}"
            out.print(shown(f"    {mark} {saved.path}  {said}".rstrip()))
        if len(pages) > LISTED:
            out.print(f"    ... and {len(pages) - LISTED:,} more")
    if report.left:  # per feed: the cap held them back, the next fetch brings them (nu43 #1)
        out.print(f"  {report.left_note}:")
        for feed, count in report.left:
            out.print(shown(f"    {feed}: {count:,} left"))
    for label, problems in (("skipped", report.skipped), ("failed", report.failed)):
        if not problems:
            continue
        out.print(f"  {len(problems):,} {label}:")
        for problem in problems[:LISTED]:
            out.print(shown(f"    {problem.url}: {problem.reason}"))
        if len(problems) > LISTED:
            out.print(f"    ... and {len(problems) - LISTED:,} more")


def report_record(
    report: FetchReport, index: BuildReport | None, titles: dict[str, str] | None = None
) -> dict[str, Any]:
    """The ``--json`` form of a fetch (and of the index update after it, or null); a new
    page's title is the feed's, else the one the index read (``titles``), else null."""
    return {
        "new": [
            {"url": s.url or None, "path": s.path, "title": _title(s, titles or {}), "feed": s.feed}
            for s in report.new
        ],
        "unchanged": len(report.unchanged),
        "already_saved": len(report.already_saved),
        "updated": [
            {
                "url": s.url,
                "path": s.path,
                "title": _title(s, titles or {}),
                "feed": s.feed,
                "retitled": s.retitled,
            }
            for s in report.updated
        ],
        "skipped": [{"url": p.url, "reason": p.reason} for p in report.skipped],
        "failed": [{"url": p.url, "reason": p.reason} for p in report.failed],
        "feeds": report.feeds,
        "left_for_next_fetch": {
            "total": report.left_total,
            "per_feed_cap": report.cap,
            "feeds": [{"url": url, "left": count} for url, count in report.left],
        },
        "requests": report.requests,
        "cancelled": report.cancelled,
        "moved_to_new_sidecar_form": report.moved,  # saved before fx88 (fx95)
        "seconds": round(report.seconds, 3),
        "index": None if index is None else _index_record(index),
    }


def _index_record(index: BuildReport) -> dict[str, int]:
    """The update's totals as its summary and `index status` count them: a text once, its
    exact copies beside (``copies``; sm24: ``total`` counted each copy again)."""
    indexed = index.indexed - index.copies if index.full else index.indexed  # as the summary
    total = index.total - index.copies
    return {"indexed": indexed, "deleted": index.deleted, "total": total, "copies": index.copies}


@app.command("fetch")
def fetch_command(
    ctx: typer.Context,
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            help="Feed or article URLs, OPML files, text files of URLs "
            "[default: every feed in the corpus's feeds.toml].",
            show_default=False,
        ),
    ] = None,
    limit: LimitOption = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since",
            help="Leave out feed entries published before this date (2024-05, 'last week').",
            show_default=False,
        ),
    ] = None,
    interval: Annotated[
        float,
        typer.Option("--interval", min=0.2, help="Least seconds between two requests to a host."),
    ] = 1.0,
    refetch: Annotated[
        bool,
        typer.Option(
            "--refetch",
            help="Ask again for pages already saved (given URLs, feeds' items); "
            "a changed page is written over in place.",
        ),
    ] = False,
    no_update: NoUpdateOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Fetch feeds and pages into the corpus folder, politely, then update the index.

    New articles are saved as fetched/HOST/DATE/SLUG.html with a .meta.toml sidecar.
    Exit 1 when a feed or page failed (what did arrive is kept and indexed); exit 2 when
    every source was skipped (not a URL, no such file, a local feed file): nothing fetched.
    """
    from index.fetch.models import FetchSettings

    settings = fetch_target(ctx, corpus, index_dir)
    since_date = _since(since)
    began, indexed = time.time(), False  # what Ctrl-C leaves unindexed (nu43 #5)
    tell_feed_file(settings.corpus)
    with fetch_errors(settings), interrupted(settings.corpus, began, lambda: indexed):
        report = _run_fetch(
            settings.corpus,
            list(sources or ()),
            FetchSettings(interval=interval),
            limit=limit,
            since=since_date,
            refetch=refetch,
        )
        index: BuildReport | None = None
        titles: dict[str, str] = {}
        unindexed = ""  # why the update built nothing: the corpus has no article yet
        failure: StoreError | None = None  # the update's error, raised after the report
        if not no_update:
            from tui.cli.index_run import build_with_progress

            library = settings.library()
            try:
                index = build_with_progress(library, "update")
            except CorpusEmpty as error:  # nu29 #2: not the fetch's error, nor its report's end
                unindexed = _nothing_to_index(error)
            except StoreError as error:  # locked, damaged...: said after the fetch's report
                failure = error
            else:
                indexed = True
                titles = _index_titles(library, report)
        if as_json:
            print_json(report_record(report, index, titles))
        else:
            _print_report(report, settings, titles)
            if index is not None:
                out.print(f"  index: {index.summary}")
            elif unindexed:
                out.print(shown(f"  index: {unindexed}"))
        if failure is not None:
            raise failure  # `reported`: its one line and exit code
    if report.failed:
        raise typer.Exit(int(Exit.ERROR))
    if report.skipped and not (report.requests or report.new or report.already_saved):
        # every source refused: nothing was fetched (a page already saved is no refusal,
        # though it needs no request: nu30 #6)
        raise typer.Exit(int(Exit.USAGE))
