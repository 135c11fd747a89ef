"""What commands share that needs neither Typer nor Rich loaded: exit codes, the settings and
target of a command, one-line errors, and the consoles (made on first use).

`tui.cli.common` re-exports all of it beside the Typer app; `tui.cli.fast` runs a
search with this module alone, so that a one-shot `search --json` starts quickly. The
reader is run by `tui.cli.reader_run`.
"""

from __future__ import annotations

import atexit
import errno
import gc
import json
import os
import signal
import sys
import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from index.library import (
    WHOOSH,
    CorpusEmpty,
    EngineChoice,
    IndexDamaged,
    IndexLocked,
    IndexMissing,
    IndexOfAnotherCorpus,
    IndexOutdated,
    IndexReadOnly,
    IndexUnsafe,
    Library,
    QueryError,
    StoreError,
    UnknownEngine,
    default_derived,
    default_index_dir,
    fresh_kind,
    printable,
)

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text


ENV_CORPUS = "BROADSHEET_CORPUS"
ENV_INDEX_DIR = "BROADSHEET_INDEX_DIR"
"""As `index.store.generations.ENV_INDEX_DIR` (the default folder reads it too)."""


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


@dataclass(frozen=True, slots=True)
class Consoles:
    """Rich's consoles for standard output and standard error."""

    out: Console
    err: Console


@cache
def consoles() -> Consoles:
    """The command's two consoles, made (and Rich imported) on first use."""
    from rich.console import Console

    class Piped(Console):
        def on_broken_pipe(self) -> None:
            """A pipe closed early (`quotes -n 100 | head -1`) is no failure: Rich quiets
            the output and exits 1; exit 0."""
            try:
                super().on_broken_pipe()
            except SystemExit:
                raise SystemExit(0) from None

    return Consoles(
        Piped(highlight=False, soft_wrap=True),
        Piped(stderr=True, highlight=False, soft_wrap=True),
    )


_COLOUR_VARIABLES = (
    "FORCE_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "DATABRICKS_RUNTIME_VERSION",
)
"""What makes Rich colour output that is not a terminal."""


@dataclass(slots=True)
class JsonOut:
    """Whether the command was asked for ``--json`` and whether it printed its JSON yet: a
    failure before it did prints ``{"error": ..., "exit": ...}`` on stdout as well as its
    line on stderr (nu50 #13: `search 'the' --json` left a script an empty stdout)."""

    asked: bool = False
    printed: bool = False


JSON_OUT = JsonOut()
"""The running command's `JsonOut` (one command a process; `json_asked` resets it)."""


def json_asked(asked: bool) -> bool:
    """Note whether this command prints JSON (the ``--json`` option's callback, the fast
    paths, and with False the app's callback before any command); returns ``asked``."""
    JSON_OUT.asked, JSON_OUT.printed = asked, False
    return asked


def print_json(data: Any) -> None:
    """``data`` as JSON on standard output, indented, non-ASCII escaped, as Rich's
    ``print_json`` prints it; without Rich when the output is not coloured (a pipe, a file)."""
    JSON_OUT.printed = True
    text = json.dumps(data, indent=2, ensure_ascii=True)
    if sys.stdout.isatty() or any(name in os.environ for name in _COLOUR_VARIABLES):
        consoles().out.print_json(text, ensure_ascii=True)
        return
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def fail_quietly(code: Exit) -> NoReturn:
    """Exit with ``code`` (`typer.Exit`), printing nothing."""
    import typer

    raise typer.Exit(int(code)) from None


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


DERIVED_NAMES = frozenset({"quotes", "stories"})
"""The names of `index.library.default_derived`'s kinds a build may leave out (tested);
the copies (`index.copies`, light) are always kept."""


@dataclass(frozen=True, slots=True)
class Target:
    """The corpus and index folder a command works on, options and environment applied."""

    corpus: Path
    index_dir: Path
    debug: bool
    engine: EngineChoice = WHOOSH

    def library(
        self, procs: int | None = None, off: Collection[str] = (), fresh: Collection[str] = ()
    ) -> Library:
        """The library of this corpus and index, nothing opened yet (``procs``: indexing
        processes for its builds; ``off``: derived data its builds leave out, by name,
        ``"stories"`` and ``"quotes"``; ``fresh``: kinds its builds compute anew, reusing
        nothing of the live generation, ``"quotes"``)."""
        engine = self.engine.make(self.index_dir, procs)
        # a kind left out is never made: its analysis modules are not imported
        chosen = tuple(
            fresh_kind(kind) if kind.name in fresh else kind
            for kind in default_derived()
            if kind.name not in off
        )
        derived = chosen if off or fresh else None
        return Library(self.corpus, self.index_dir, engine=engine, derived=derived)


SEEDS_NOTE = "corpus: seeds (bundled); use --corpus DIR"
"""Said on stderr when a command falls back to the seeds: run inside a folder of articles,
`search` said "no matches" and `show` "unknown id" of the seeds, silently (nu42 #9, nu44 #1)."""


def resolve_target(
    corpus: Path | None, index_dir: Path | None, given: Settings, *, note_seeds: bool = True
) -> Target:
    """`target` once the context's settings are known (one line and exit 3 if no corpus).

    With no corpus named (option or ``$BROADSHEET_CORPUS``) it is the bundled seeds, and
    `SEEDS_NOTE` goes to stderr, unless an index folder is named (the user chose where they
    work) or ``note_seeds`` is off (the reader, which shows them).
    """
    named = corpus or given.corpus
    if named is None and index_dir is None and given.index_dir is None and note_seeds:
        from rich.text import Text

        consoles().err.print(Text(f"broadsheet: {SEEDS_NOTE}", style="dim"))
    chosen = (named or bundled_seeds()).expanduser()
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
    """Print one line to stderr and exit with ``code`` (`typer.Exit`); with ``--json`` and
    no JSON printed yet, the line and the code as JSON on stdout too (`JsonOut`)."""
    import typer

    consoles().err.print(shown(f"broadsheet: {message}", style="bold red"))
    if JSON_OUT.asked and not JSON_OUT.printed:
        print_json({"error": printable(message), "exit": int(code)})
    raise typer.Exit(int(code))


def shown(value: object, style: str = "") -> Text:
    """A string from outside (an id, path, title, reason) as one safe line of `Text`."""
    from rich.text import Text

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
    (IndexOfAnotherCorpus, Exit.USAGE),  # a build on open refused (cl24 #3), as `index rebuild`
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
    except Terminated:
        err = consoles().err
        err.print("broadsheet: terminated; the index is whole (the previous one if unfinished)")
        fail_quietly(Exit.TERMINATED)
    except KeyboardInterrupt:
        consoles().err.print("broadsheet: interrupted; the index is as it was before")
        fail_quietly(Exit.INTERRUPTED)
    except QueryError as error:
        if settings.debug:
            raise
        fail(f"bad query: {error}", Exit.QUERY)
    except Exception as error:
        import typer

        if isinstance(error, typer.Exit):
            raise
        if settings.debug:
            detail = getattr(error, "detail", "")  # a worker process's own traceback
            if detail:
                from rich.text import Text

                consoles().err.print(Text(printable(str(detail), lines=True)))
            raise
        for kind, code in _ERROR_CODES:
            if isinstance(error, kind):
                fail(str(error), code)
        if isinstance(error, OSError) and error.errno == errno.EPIPE:
            piped_away()  # `index rebuild | head -1`: the reader had what it wanted
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
        consoles().err.print(shown(f"broadsheet: {why}: built the index in {where}", "dim"))
    return library


def said_older(library: Library, kind: str) -> None:
    """Say on stderr, in one dim line, that older rules made the ``kind`` of data a command
    lists (`Library.made_older`: "quotes", "stories", "articles"): after a rules bump they
    were listed without a word, only `index status` said so (nu70 #8, nu72); stdout, the
    table or the JSON, is as it was."""
    older = library.made_older(kind)
    if older is not None:
        consoles().err.print(shown(f"broadsheet: {older}", "dim"))


def freeze_at_exit() -> None:
    """Have Python's cyclic collector pass over what is alive once the process exits.

    After the atexit handlers (threads joined; the reader's state, read marks and notebook
    written and closed on its quit path), the interpreter's final collections walk every
    object still alive (~93k, 400 articles or Reuters alike: the app unfroze what it froze
    as it unmounted) and free the app's cyclic garbage: ~0.25 CPU s on every quit, 0.6-1.5
    s at load 7-14 (fx149), for a process that ends. Frozen, it is passed over; modules are
    torn down and objects freed by count as before, and nothing the reader writes waits for
    those collections (strace of quits: no write after the atexit handlers, before or now;
    only read-only index files were closed, the kernel closes them now). Registered once
    (a test process may open the reader many times)."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


def quiet_pipes() -> None:
    """Wrap stdout and stderr so that writing to a pipe its reader closed (`| head -1`)
    raises nothing more, as Click does for its own commands."""
    from typer._click.utils import PacifyFlushWrapper

    sys.stdout = PacifyFlushWrapper(sys.stdout)
    sys.stderr = PacifyFlushWrapper(sys.stderr)


def piped_away() -> NoReturn:
    """Exit 0, quietly, when the reader of stdout closed it (`| head -1`): no failure."""
    import typer

    quiet_pipes()
    raise typer.Exit(0)
