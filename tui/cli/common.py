"""What every command shares: the Typer app, global options, one-line errors and exit codes."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from index.library import (
    WHOOSH,
    CorpusEmpty,
    EngineChoice,
    IndexDamaged,
    IndexLocked,
    IndexMissing,
    IndexOutdated,
    IndexReadOnly,
    IndexUnsafe,
    Library,
    QueryError,
    StoreError,
    UnknownEngine,
    default_index_dir,
    printable,
)
from index.models import Article

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
"""The `broadsheet` command; each module of `tui.cli` adds its commands to it."""

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def bundled_seeds() -> Path:
    """The seed corpus shipped with broadsheet (in a wheel, or beside a checkout)."""
    tui = Path(__file__).resolve().parents[1]
    installed = tui / "_seeds"
    return installed if installed.is_dir() else tui.parent / "seeds"


@dataclass(slots=True)
class Settings:
    """The options given before the command (each command may give them again)."""

    corpus: Path | None = None
    index_dir: Path | None = None
    debug: bool = False
    engine: EngineChoice = WHOOSH


@dataclass(frozen=True, slots=True)
class Target:
    """The corpus and index folder a command works on, options and environment applied."""

    corpus: Path
    index_dir: Path
    debug: bool
    engine: EngineChoice = WHOOSH

    def library(self, procs: int | None = None) -> Library:
        """The library of this corpus and index, nothing opened yet (``procs``: indexing
        processes for its builds)."""
        engine = self.engine.make(self.index_dir, procs)
        return Library(self.corpus, self.index_dir, engine=engine)


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
EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="The search engine: whoosh (an index folder) or opensearch [default: whoosh].",
        envvar="BROADSHEET_ENGINE",
        show_default=False,
    ),
]
OpenSearchUrlOption = Annotated[
    str | None,
    typer.Option(
        "--opensearch-url",
        help="The OpenSearch cluster, http[s]://[user:password@]host:port "
        "[default: http://127.0.0.1:9200].",
        envvar="BROADSHEET_OPENSEARCH_URL",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def target(ctx: typer.Context, corpus: Path | None, index_dir: Path | None) -> Target:
    """The corpus and index a command works on: its own options, else the global ones."""
    given: Settings = ctx.find_object(Settings) or Settings()
    chosen = (corpus or given.corpus or bundled_seeds()).expanduser()
    if not chosen.exists():
        fail(f"corpus not found: {chosen}", Exit.NOT_FOUND)
    chosen = chosen.resolve()
    folder = index_dir or given.index_dir or default_index_dir(chosen)
    return Target(chosen, folder.expanduser(), given.debug, given.engine)


def engine_choice(engine: str | None, url: str | None) -> EngineChoice:
    """The engine the options name, or one line and exit 2."""
    try:
        return EngineChoice.named(engine, url)
    except UnknownEngine as error:
        fail(str(error), Exit.USAGE)


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
    (CorpusEmpty, Exit.NOT_FOUND),
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


def open_library(settings: Target) -> Library:
    """The corpus's library, open; its index built first if there is none (said on stderr)."""
    with terminable():
        library = settings.library()
        library.open_or_build()
    if library.built is not None:
        why = library.built.reason
        where = settings.engine.describe(settings.index_dir)
        err.print(shown(f"broadsheet: {why}: built the index in {where}", "dim"))
    return library


def get_article(library: Library, article_id: str) -> Article:
    """The article with this id, or one line and exit 3."""
    try:
        article = library.article(article_id)
    except KeyError:
        fail(f"no article with id {article_id!r} (try `broadsheet search`)", Exit.NOT_FOUND)
    return article
