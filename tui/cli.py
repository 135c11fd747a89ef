"""The `broadsheet` command: open the reader, manage the index, search, show, compare."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from index.models import Article, BuildReport, Hit
from index.sanitize import printable
from index.store import (
    IndexDamaged,
    IndexLocked,
    IndexMissing,
    IndexOutdated,
    IndexReadOnly,
    IndexUnsafe,
    StoreError,
    default_index_dir,
)

ENV_CORPUS = "BROADSHEET_CORPUS"


class Exit(int, Enum):
    """The command's exit codes (documented in the README)."""

    OK = 0
    ERROR = 1
    USAGE = 2
    NOT_FOUND = 3
    INDEX = 4
    LOCKED = 5
    QUERY = 6
    INTERRUPTED = 130
    TERMINATED = 143


app = typer.Typer(
    name="broadsheet",
    help="Read, search and compare news articles in the terminal.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
index_app = typer.Typer(help="Build, update and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def bundled_seeds() -> Path:
    """The seed corpus shipped with broadsheet (in a wheel, or beside a checkout)."""
    here = Path(__file__).resolve().parent
    installed = here / "_seeds"
    return installed if installed.is_dir() else here.parent / "seeds"


@dataclass(slots=True)
class Settings:
    """The options given before the command (each command may give them again)."""

    corpus: Path | None = None
    index_dir: Path | None = None
    debug: bool = False


@dataclass(frozen=True, slots=True)
class Target:
    """The corpus and index folder a command works on, options and environment applied."""

    corpus: Path
    index_dir: Path
    debug: bool


CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        "-c",
        help="Folder or file of articles [default: the bundled seeds].",
        envvar=ENV_CORPUS,
        show_default=False,
    ),
]
IndexDirOption = Annotated[
    Path | None,
    typer.Option(
        "--index-dir",
        help="Where the index lives [default: a folder per corpus in your data directory].",
        envvar="BROADSHEET_INDEX_DIR",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _target(ctx: typer.Context, corpus: Path | None, index_dir: Path | None) -> Target:
    given: Settings = ctx.find_object(Settings) or Settings()
    chosen = (corpus or given.corpus or bundled_seeds()).expanduser()
    if not chosen.exists():
        fail(f"corpus not found: {chosen}", Exit.NOT_FOUND)
    chosen = chosen.resolve()
    folder = index_dir or given.index_dir or default_index_dir(chosen)
    return Target(chosen, folder.expanduser(), given.debug)


def fail(message: str, code: Exit = Exit.ERROR) -> NoReturn:
    """Print one line to stderr and exit with ``code``."""
    err.print(Text(printable(f"broadsheet: {message}"), style="bold red"))
    raise typer.Exit(int(code))


def shown(value: object, style: str = "") -> Text:
    """A string from outside (an id, path, title, reason) as one safe line of `Text`."""
    return Text(printable(str(value)), style=style)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program is so that a build cleans up as for Ctrl-C."""


@contextmanager
def terminable() -> Iterator[None]:
    """While inside, SIGTERM raises `Terminated` in the main thread (exit 143, one line)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


_ERROR_CODES: tuple[tuple[type[BaseException], Exit], ...] = (
    (IndexLocked, Exit.LOCKED),
    (IndexMissing, Exit.INDEX),
    (IndexDamaged, Exit.INDEX),
    (IndexOutdated, Exit.INDEX),
    (IndexUnsafe, Exit.INDEX),
    (IndexReadOnly, Exit.INDEX),
    (StoreError, Exit.INDEX),
    (FileNotFoundError, Exit.NOT_FOUND),
)


@contextmanager
def reported(settings: Target) -> Iterator[None]:
    """Turn the core's exceptions into one clear line and an exit code (tracebacks on --debug)."""
    from index.search import QueryError

    try:
        yield
    except typer.Exit:
        raise
    except Terminated:
        err.print("broadsheet: terminated; the index is whole (the previous one if unfinished)")
        raise typer.Exit(int(Exit.TERMINATED)) from None
    except KeyboardInterrupt:
        err.print("broadsheet: interrupted; the index is as it was before")
        raise typer.Exit(int(Exit.INTERRUPTED)) from None
    except QueryError as error:
        if settings.debug:
            raise
        fail(f"bad query: {error}", Exit.QUERY)
    except Exception as error:
        if settings.debug:
            detail = getattr(error, "detail", "")  # a worker process's own traceback
            if detail:
                err.print(Text(printable(str(detail), lines=True)))
            raise
        for kind, code in _ERROR_CODES:
            if isinstance(error, kind):
                fail(str(error), code)
        if isinstance(error, OSError):
            fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "), Exit.ERROR)
        fail(f"unexpected error: {type(error).__name__}: {error} (run with --debug for details)")


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """Read, search and compare news articles. With no command, open the reader."""
    ctx.obj = Settings(corpus, index_dir, debug)
    if ctx.invoked_subcommand is None:
        settings = _target(ctx, None, None)
        with reported(settings):
            from tui.reader import BroadsheetApp

            BroadsheetApp(settings.corpus, settings.index_dir).run()


def _progress_build(build: Callable[..., BuildReport], settings: Target, verb: str) -> BuildReport:
    """Run a build with a Rich progress bar on a terminal (silent otherwise)."""
    if not err.is_terminal:
        with terminable():
            return build(settings.corpus, settings.index_dir)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        task = bar.add_task(verb, total=None)

        def on_progress(progress: Any) -> None:
            bar.update(
                task, completed=progress.done, total=progress.total, description=progress.phase
            )

        with terminable():
            return build(settings.corpus, settings.index_dir, on_progress=on_progress)


def _print_report(report: BuildReport, settings: Target) -> None:
    what = "Rebuilt" if report.full else "Updated"
    line = Text()
    line.append(f"{what} index of ", style="bold")
    line.append(printable(str(settings.corpus)))
    out.print(line)
    if report.full:
        out.print(f"  {report.indexed:,} articles indexed in {report.seconds:.1f} s")
    else:
        out.print(
            f"  {report.indexed:,} articles added or changed, {report.deleted:,} removed, "
            f"{report.unchanged:,} files unchanged ({report.seconds:.2f} s); "
            f"{report.total:,} articles in all"
        )
    if report.skipped:
        out.print(f"  {len(report.skipped):,} skipped:")
        for skip in report.skipped[:50]:
            out.print(shown(f"    {skip.path}: {skip.reason}"))
        if len(report.skipped) > 50:
            out.print(f"    ... and {len(report.skipped) - 50:,} more")
    out.print(shown(f"  index: {settings.index_dir}", style="dim"))


@index_app.command("rebuild")
def index_rebuild(
    ctx: typer.Context, corpus: CorpusOption = None, index_dir: IndexDirOption = None
) -> None:
    """Build the whole index anew (atomically: the old one stays until the new one is done)."""
    from index.build import rebuild

    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        report = _progress_build(rebuild, settings, "indexing")
        _print_report(report, settings)


@index_app.command("update")
def index_update(
    ctx: typer.Context, corpus: CorpusOption = None, index_dir: IndexDirOption = None
) -> None:
    """Index new and changed files and drop deleted ones."""
    from index.build import update

    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        report = _progress_build(update, settings, "updating")
        _print_report(report, settings)


@index_app.command("status")
def index_status(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    as_json: JsonOption = False,
    verify: Annotated[
        bool, typer.Option("--verify", help="Also check every file's checksum (reads it all).")
    ] = False,
) -> None:
    """Show the corpus, the index, its size, when it was built, and whether it is stale."""
    from index.status import index_status as status_of

    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        status = status_of(settings.corpus, settings.index_dir, verify=verify)
        if as_json:
            out.print_json(json.dumps(status), ensure_ascii=True)
            return
        table = Table.grid(padding=(0, 2))
        for key, value in status.items():
            table.add_row(Text(key.replace("_", " "), style="bold"), shown(value))
        out.print(table)


def _open(settings: Target) -> Any:
    """Open the corpus index, building it first if there is none (or an outdated one)."""
    from index.build import ensure_index
    from index.search import open_index
    from index.store import current_generation, load_manifest

    why = "no index yet"
    generation = current_generation(settings.index_dir)
    if generation is not None:
        try:
            load_manifest(generation)
        except IndexOutdated as error:
            why = f"{error}; rebuilding"
        except StoreError as error:
            why = f"{error}; rebuilding"
    with terminable():
        built = ensure_index(settings.corpus, settings.index_dir)
    if built is not None:
        err.print(shown(f"broadsheet: {why}: built the index in {settings.index_dir}", "dim"))
    return open_index(settings.index_dir)


class SortChoice(StrEnum):
    """Result orders for the CLI."""

    relevance = "relevance"
    date = "date"
    newest = "newest"
    oldest = "oldest"
    source = "source"


def _date_option(value: str | None, name: str) -> datetime | None:
    """A --since (start of the period named) or --until (its end) date, as `date:` reads it."""
    if value is None:
        return None
    from index.query_dates import DateUnreadable, resolve_date

    try:
        period = resolve_date(value)
    except DateUnreadable as error:
        fail(f"{name} must be a date like 2014-03-20 or 'last week': {error}", Exit.USAGE)
    return period.start if name == "--since" else period.end


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _hit_json(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "title_derived": hit.title_derived,
        "source": hit.source,
        "date": _iso(hit.date),
        "score": round(hit.score, 4),
        "snippet": hit.snippet,
        "path": hit.path,
    }


@app.command("search")
def search_command(
    ctx: typer.Context,
    query: Annotated[
        str,
        typer.Argument(
            help='Query: words, "phrases", AND/OR/NOT, -word, field:value, wild*, '
            'fuzzy~, date:[2014 to 2015], date:>"last week" (see the README). '
            "Put one that starts with a minus after --."
        ),
    ],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    sort: Annotated[
        SortChoice, typer.Option("--sort", help="Order of hits.")
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
    as_json: JsonOption = False,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Search the corpus and print the best hits."""
    settings = _target(ctx, corpus, index_dir)
    order = "newest" if sort is SortChoice.date else sort.value
    since_date, until_date = _date_option(since, "--since"), _date_option(until, "--until")
    with reported(settings):
        index = _open(settings)
        result = index.search(
            query, limit=limit, sort=order, source=source, since=since_date, until=until_date
        )
        if as_json:
            out.print_json(json.dumps([_hit_json(hit) for hit in result.hits]), ensure_ascii=True)
            if result.total == 0 and result.suggestion:
                err.print(shown(f"no hits; did you mean: {result.suggestion}"))
            return
        if result.total == 0:
            message = shown(f"No articles match {query!r}.")
            if result.suggestion:
                message.append(" Did you mean: ")
                message.append(printable(result.suggestion), style="bold")
                message.append("?")
            out.print(message)
            return
        matches = "article matches" if result.total == 1 else "articles match"
        table = Table(title=shown(f"{result.total:,} {matches} {query!r}"), title_justify="left")
        table.add_column("#", justify="right", style="dim")
        table.add_column("title", ratio=3)
        table.add_column("source", ratio=1)
        table.add_column("date", no_wrap=True)
        table.add_column("score", justify="right")
        table.add_column("id", style="dim", overflow="fold")
        for number, hit in enumerate(result.hits, 1):
            title = shown(hit.title, style="italic" if hit.title_derived else "")
            table.add_row(
                str(number),
                title,
                shown(hit.source or "—"),
                hit.date.strftime("%Y-%m-%d") if hit.date else "—",
                f"{hit.score:.2f}",
                shown(hit.id),
            )
        out.print(table)


def _article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "title_derived": article.title_derived,
        "source": article.source,
        "byline": article.byline,
        "dateline": article.dateline,
        "date": _iso(article.date),
        "url": article.url,
        "path": article.path,
        "body": article.body,
        "removed": list(article.removed),
        "extra": article.extra,
        "provenance": article.provenance,
    }


def _get_article(index: Any, article_id: str) -> Article:
    try:
        article: Article = index.article(article_id)
    except KeyError:
        fail(f"no article with id {article_id!r} (try `broadsheet search`)", Exit.NOT_FOUND)
    return article


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
    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        article = _get_article(_open(settings), article_id)
        if as_json:
            out.print_json(json.dumps(_article_json(article)), ensure_ascii=True)
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
        # a date given without a time is stored at midnight: show no time for it
        when = article.date.strftime("%Y-%m-%d %H:%M") if article.date else "unknown"
        when = when.removesuffix(" 00:00")
        out.print(Text("date: ", style="dim") + Text(when))
        out.print(shown(f"id: {article.id}", style="dim"))
        out.print()
        out.print(Text(printable(article.body, lines=True)))
        if removed and article.removed:
            out.print()
            out.print(Text("Removed as boilerplate:", style="bold dim"))
            for block in article.removed:
                out.print(Text(printable(block, lines=True), style="dim"))


class ExportFormat(StrEnum):
    """Output formats of `broadsheet export`."""

    jsonl = "jsonl"


@app.command("export")
def export_command(
    ctx: typer.Context,
    output_format: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="jsonl: one JSON object a line.")
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file [default: standard output]."),
    ] = None,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Print every article as it is indexed, with the fields of `show --json`."""
    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        index = _open(settings)
        if output is None:
            try:
                _write_articles(index, sys.stdout)
            except BrokenPipeError:
                # the reader stopped early (`| head`): that is not an error
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        with open(output, "w", encoding="utf-8") as handle:
            count = _write_articles(index, handle)
        err.print(Text(f"broadsheet: {count:,} articles written to {output}", style="dim"))


def _write_articles(index: Any, handle: Any) -> int:
    count = 0
    for article in index.articles():
        handle.write(json.dumps(_article_json(article)))
        handle.write("\n")
        count += 1
    handle.flush()
    return count


class CompareFormat(StrEnum):
    """Output formats of `broadsheet compare`."""

    table = "table"
    json = "json"
    markdown = "markdown"


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(metavar="ID_A", help="The first article's id.")],
    second: Annotated[str, typer.Argument(metavar="ID_B", help="The second article's id.")],
    as_json: JsonOption = False,
    output_format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = CompareFormat.table,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
) -> None:
    """Compare two articles: what they share, and what only one of them says."""
    settings = _target(ctx, corpus, index_dir)
    with reported(settings):
        from index.compare import compare
        from tui import compare_report

        index = _open(settings)
        a, b = _get_article(index, first), _get_article(index, second)
        comparison = compare(a.body, b.body)
        header_a, header_b = compare_report.header_of(a), compare_report.header_of(b)
        if as_json or output_format is CompareFormat.json:
            out.print_json(
                json.dumps(compare_report.to_json(comparison, header_a, header_b)),
                ensure_ascii=True,  # JSON escapes: no character in it can act on a terminal
            )
        elif output_format is CompareFormat.markdown:
            sys.stdout.write(compare_report.to_markdown(comparison, header_a, header_b))
        else:
            out.print(compare_report.to_rich(comparison, header_a, header_b))


def main() -> None:
    """Entry point of the `broadsheet` console script."""
    try:
        app()
    except Terminated:
        err.print("broadsheet: terminated")
        sys.exit(int(Exit.TERMINATED))
    except KeyboardInterrupt:
        err.print("broadsheet: interrupted")
        sys.exit(int(Exit.INTERRUPTED))
