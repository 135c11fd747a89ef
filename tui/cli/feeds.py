"""`broadsheet feeds add|list|remove|import|export|refresh`: the feeds a corpus follows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from tui.cli.base import Exit, fail
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
from tui.cli.fetch import (
    LimitOption,
    NoUpdateOption,
    fetch_command,
    fetch_errors,
    fetch_target,
    tell_feed_file,
)

if TYPE_CHECKING:  # the fetch package loads when a feeds command runs, not at start-up
    from index.fetch.feedlist import ImportReport
    from index.fetch.models import Feed
    from index.fetch.probe import Probed

feeds_app = typer.Typer(
    help="The feeds this corpus follows (kept in feeds.toml in the corpus folder).",
    no_args_is_help=True,
)
app.add_typer(feeds_app, name="feeds")


def feed_record(feed: Feed, title: str | None = None) -> dict[str, str | None]:
    """A feed as ``feeds list --json`` gives it: ``title`` is the one the feed gave when
    last fetched (None before), beside the name the user gave it."""
    return {
        "url": feed.url,
        "name": feed.name,
        "title": title,
        "added": feed.added.isoformat() if feed.added else None,
    }


@feeds_app.command("add")
def feeds_add(
    ctx: typer.Context,
    url: Annotated[
        str, typer.Argument(help="The feed's address (RSS or Atom, or an OPML list of feeds).")
    ],
    name: Annotated[
        str | None,
        typer.Option("--name", help="A name for it: its articles' outlet when a page names none."),
    ] = None,
    no_check: Annotated[
        bool,
        typer.Option("--no-check", help="Follow it without fetching it once to check it."),
    ] = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Follow a feed, fetched once to check that it is one (its articles wait for
    `broadsheet fetch`); an OPML list's feeds are each followed."""
    from index.fetch.feedlist import add_feed, follow_listed, keep_title, read_feeds
    from index.fetch.files import corpus_folder
    from index.fetch.urls import BadURL, check_url, url_key

    settings = fetch_target(ctx, corpus, index_dir)
    try:
        url = check_url(url)
    except BadURL as error:  # bad usage, as a bad option is (README's exit codes)
        fail(str(error), Exit.USAGE)
    tell_feed_file(settings.corpus)
    with fetch_errors(settings):
        root = corpus_folder(settings.corpus)
        for known in read_feeds(root):
            if url_key(known.url) == url_key(url):  # said before any request
                _already_followed(known, name)
                return
        probed = None if no_check else _checked(root, url)
        listed = probed.listed if probed is not None else None
        if listed is not None:
            if name is not None:
                fail(f"{url} lists {len(listed.feeds):,} feeds: --name names one", Exit.USAGE)
            _print_imported(follow_listed(root, listed))
            return
        feed = add_feed(root, url, name)
        if probed is not None and probed.title:  # `feeds list` names it at once (nu43 #7)
            keep_title(root, feed.url, probed.title)
    if probed is not None and probed.warning:  # read all the same: entries came (nu43 #4)
        count = f"{probed.entries:,} entr{'ies' if probed.entries != 1 else 'y'}"
        err.print(shown(f"warning: {feed.url}: {probed.warning} ({count} read)"))
    line = Text("following ")
    line.append(shown(feed.url, "bold"))
    if feed.name:
        line.append(shown(f" ({feed.name})"))
    out.print(line)


def _already_followed(feed: Feed, name: str | None) -> None:
    """`feeds add` of a feed the corpus follows: nothing to do, said on one line, exit 0
    (nu36 #10: it exited 1, the code of an unexpected error); exit 2 when ``--name``
    asks for another name than the one it has (`feeds add` never renames one)."""
    if name is not None and (feed.name or "") != name.strip():
        fail(
            f"already followed as {feed.name or 'unnamed'}: {feed.url} (to rename it, "
            "`feeds remove` it and add it again with --name)",
            Exit.USAGE,
        )
    line = Text("already following ")
    line.append(shown(feed.url, "bold"))
    if feed.name:
        line.append(shown(f" ({feed.name})"))
    out.print(line.append(": nothing to do"))


def _checked(corpus: Path, url: str) -> Probed:
    """Fetch ``url`` once (nu29 #8: any URL was followed, and every fetch then failed on
    it): what it is, a feed or an OPML list; else one line and exit 2 (not a feed, or a
    broken one of which no entry could be read) or 1 (could not be fetched: `--no-check`
    follows it all the same)."""
    from index.fetch.probe import NotAFeed, Unreachable, probe

    try:
        return probe(corpus, url)
    except NotAFeed as error:
        fail(f"not followed: {url}: {error}", Exit.USAGE)
    except Unreachable as error:
        fail(f"cannot check {url}: {error} (--no-check follows it unchecked)", Exit.ERROR)


@feeds_app.command("list")
def feeds_list(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the feeds this corpus follows: by the name given them, else the title each
    feed gave when last fetched (dim, as `feeds export` names them)."""
    # the titles: nu39 #6
    from index.fetch.feedlist import feed_titles, feeds_path, read_feeds

    settings = target(ctx, corpus, index_dir)
    tell_feed_file(settings.corpus)  # before reading it: "url" missing, but "URL" there
    with fetch_errors(settings):
        folder = settings.corpus.is_dir()
        feeds = read_feeds(settings.corpus) if folder else []
        titles = feed_titles(settings.corpus) if feeds else {}
    if as_json:
        print_json([feed_record(f, titles.get(f.url)) for f in feeds])
        return
    if not feeds:
        out.print("This corpus follows no feeds: add one with `broadsheet feeds add URL`.")
        return
    table = Table("name", "url", "added", box=None, header_style="bold")
    for feed in feeds:
        added = feed.added.strftime("%Y-%m-%d") if feed.added else ""
        name = shown(feed.name) if feed.name else shown(titles.get(feed.url, ""), "dim")
        table.add_row(name, shown(feed.url), added)
    out.print(table)
    out.print(
        shown(f"{len(feeds):,} feed{'s' * (len(feeds) != 1)} in {feeds_path(settings.corpus)}")
    )


@feeds_app.command("remove")
def feeds_remove(
    ctx: typer.Context,
    feed: Annotated[str, typer.Argument(help="The feed's URL or name.")],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Stop following a feed (the articles already fetched stay in the corpus)."""
    from index.fetch.feedlist import remove_feed

    settings = fetch_target(ctx, corpus, index_dir)
    with fetch_errors(settings):
        removed = remove_feed(settings.corpus, feed)
    out.print(Text("no longer following ").append(shown(removed.url, "bold")))


@feeds_app.command("import")
def feeds_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="An OPML file of feeds (from another reader).")],
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Follow every feed an OPML file lists."""
    from index.fetch.feedlist import import_opml

    settings = fetch_target(ctx, corpus, index_dir)
    with fetch_errors(settings):
        report = import_opml(settings.corpus, file.expanduser())
    _print_imported(report)


def _print_imported(report: ImportReport) -> None:
    added = len(report.added)
    out.print(
        f"{added:,} feed{'s' * (added != 1)} added, {len(report.already):,} already followed, "
        f"{len(report.problems):,} left out"
    )
    for problem in report.problems:
        out.print(shown(f"  {problem.url}: {problem.reason}"))


@feeds_app.command("export")
def feeds_export(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file [default: standard output]."),
    ] = None,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Write the feeds this corpus follows as OPML (what other feed readers import)."""
    from index.fetch.feedlist import feed_titles, read_feeds
    from index.fetch.opml import write_opml

    settings = target(ctx, corpus, index_dir)
    with fetch_errors(settings):
        folder = settings.corpus.is_dir()
        feeds = read_feeds(settings.corpus) if folder else []
        document = write_opml(feeds, feed_titles(settings.corpus) if folder else {})
        if output is None:
            out.file.write(document)
            return
        output.expanduser().write_text(document, encoding="utf-8")
    out.print(shown(f"{len(feeds):,} feed{'s' * (len(feeds) != 1)} written to {output}"))


@feeds_app.command("refresh")
def feeds_refresh(
    ctx: typer.Context,
    limit: LimitOption = None,
    no_update: NoUpdateOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
) -> None:
    """Fetch every feed this corpus follows (the same as `broadsheet fetch` with no source)."""
    fetch_command(
        ctx,
        None,
        limit=limit,
        since=None,
        interval=1.0,
        no_update=no_update,
        corpus=corpus,
        index_dir=index_dir,
        as_json=as_json,
    )
