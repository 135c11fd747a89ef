"""The `broadsheet` command: one module per command group, each adding its commands to `app`.

A new group is a new module here, one name in `COMMANDS` and its commands in
`COMMAND_MODULES`. The modules are imported when `app` is first asked for (`main`: the
named command's alone), so that `main` can run a plain `search`, `index rebuild|update`,
or the reader, without them (`tui.cli.fast`).
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable, Collection
from importlib import import_module
from typing import TYPE_CHECKING, Any

from tui.cli.light import import_library


def _reader(args: list[str]) -> bool:
    """Whether the command line opens the reader: global options alone, as `fast.run_reader`
    reads them (``--corpus C quotes x`` is a command: review finding)."""
    from tui.cli.fast import GLOBAL_OPTIONS, read

    return read(args, GLOBAL_OPTIONS, "--debug", 0) is not None


COMMANDS = (
    "reader",
    "search",
    "show",
    "export",
    "compare",
    "quotes",
    "notebook",
    "saved",
    "following",
    "stories",
    "outlets",
    "fetch",
    "keys",
    "feeds",
    "index",
)
"""The modules that add commands to `app`; `broadsheet --help` lists them in this order."""

COMMAND_MODULES = {
    "search": "search",
    "show": "show",
    "pin": "notebook",
    "unpin": "notebook",
    "tag": "notebook",
    "untag": "notebook",
    "note": "notebook",
    "highlight": "notebook",
    "unhighlight": "notebook",
    "notes": "notebook",
    "export": "export",
    "compare": "compare",
    "quotes": "quotes",
    "speakers": "quotes",
    "follow": "following",
    "unfollow": "following",
    "following": "following",
    "stories": "stories",
    "story": "stories",
    "related": "stories",
    "fetch": "fetch",
    "keys": "keys",
    "saved": "saved",
    "outlets": "outlets",
    "feeds": "feeds",
    "index": "index",
}
"""Each command and group of `app` by name, in the order `broadsheet --help` lists them,
and the module of `COMMANDS` that adds it (`tests/cli/test_command_modules.py` checks both
against the whole app). A command line that
starts with one of these names needs only that module and ``reader`` (the global options):
`main` imports no other, so that Typer builds one command, not the whole tree (startup)."""

# `broadsheet ~/news`, `broadsheet index rebuild ~/news`: the corpus as --corpus
from tui.cli.corpus_arg import corpus_first  # noqa: E402

sys.argv[1:] = corpus_first(sys.argv[1:])

# first: without the modules Whoosh imports and no command uses (for `search`, its searcher
# too, so that Whoosh's query modules come without theirs); the reader's first frame without
# Whoosh at all (its index opens in a thread)
import_library(whoosh=not _reader(sys.argv[1:]), search=sys.argv[1:2] == ["search"])
from tui.cli.base import Exit, Terminated, bundled_seeds, consoles, quiet_pipes  # noqa: E402

if TYPE_CHECKING:
    import typer

    from tui.cli.common import app

__all__ = ["Exit", "app", "bundled_seeds", "main"]


def __getattr__(name: str) -> Any:
    if name == "app":
        return _app(COMMANDS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _app(modules: Collection[str]) -> typer.Typer:
    """`app` with (at least) the commands of ``modules``, listed in the order of
    `COMMAND_MODULES` whichever of them an earlier call added (a test may run `main` before
    using `app`)."""
    for module in COMMANDS:
        if module in modules:
            import_module(f"tui.cli.{module}")
    from tui.cli.common import app

    names = list(COMMAND_MODULES)
    app.registered_commands.sort(key=lambda info: names.index(str(info.name)))
    app.registered_groups.sort(key=lambda info: names.index(str(info.name)))
    return app


def _command_app(args: list[str]) -> typer.Typer:
    """The app for ``args``: the command named first and the global options only; the
    global options alone when ``args`` start with an option they do not have (Click refuses
    it before it reads a command's name) or with ``--version`` (it ends before one); else
    every command (`--help`, a typo, global options before the command)."""
    from tui.cli.reader import VERSION_OPTIONS

    module = COMMAND_MODULES.get(args[0]) if args else None
    if module is not None:
        return _app(("reader", module))
    if args and (args[0] in VERSION_OPTIONS or _not_global(args[0])):
        return _app(("reader",))
    return _app(COMMANDS)


def _not_global(token: str) -> bool:
    """Whether ``token`` is an option (``--name``, ``--name=value``, ``-x``, ``-xvalue``)
    that none of the global options has, by any of its names."""
    if token in ("-", "--") or not token.startswith("-"):
        return False
    import typer.main
    from typer._click import Context

    root = typer.main.get_command(_app(("reader",)))
    names = {name for param in root.params for name in (*param.opts, *param.secondary_opts)}
    names.update(root.get_help_option_names(Context(root)))
    return (token.partition("=")[0] if token.startswith("--") else token[:2]) not in names


def main() -> None:
    """Entry point of the `broadsheet` console script."""
    from tui.cli import fast

    args = sys.argv[1:] = corpus_first(sys.argv[1:])  # as at import (a test's argv: here)
    # shell completion (Click's `_PROG_COMPLETE` variable) is Typer's alone
    plain = not any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ)
    from tui.cli.base import freeze_at_exit

    freeze_at_exit()  # a process that ends: the final collections pass over it (fx154)
    try:
        if plain and args[:1] == ["search"] and _fast(fast.run_search_exiting, args[1:]):
            return
        if plain and args[:1] == ["index"] and _fast(fast.run_exiting, args[1:]):
            return
        if plain and args[:1] == ["show"] and _fast(fast.run_show, args[1:]):
            return
        if plain and args[:1] == ["related"] and _fast(fast.run_related, args[1:]):
            return
        if plain and args[:1] in (["quotes"], ["speakers"]):
            from tui.cli import fast_quotes

            quotes = args[0] == "quotes"
            run = fast_quotes.run_quotes_exiting if quotes else fast_quotes.run_speakers_exiting
            if _fast(run, args[1:]):
                return
        if plain and args[:2] == ["index", "status"] and _fast(fast.run_status, args[2:]):
            return
        if plain and _reader(args) and _fast(fast.run_reader, args):
            return
        try:
            (_command_app(args) if plain else _app(COMMANDS))()
        except SystemExit as done:
            _piped_away(done)
    except Terminated:
        consoles().err.print("broadsheet: terminated")
        sys.exit(int(Exit.TERMINATED))
    except KeyboardInterrupt:
        consoles().err.print("broadsheet: interrupted")
        sys.exit(int(Exit.INTERRUPTED))


def _fast(run: Callable[[list[str]], bool], args: list[str]) -> bool:
    """A `tui.cli.fast` path, its endings handled as the Typer app handles a command's."""
    try:
        return run(args)
    except KeyboardInterrupt:
        sys.exit(int(Exit.INTERRUPTED))
    except Exception as error:
        import typer

        if isinstance(error, typer.Exit):
            sys.exit(error.exit_code)
        if not isinstance(error, OSError) or error.errno != errno.EPIPE:
            raise
        quiet_pipes()
        sys.exit(0)  # the reader of the pipe had what it wanted (`| head -1`): no failure


def _piped_away(done: SystemExit) -> None:
    """Exit as Click does (``done``), but 0 where it exits 1 for a closed pipe (it wraps the
    output in its `PacifyFlushWrapper` then): `quotes -n 100 | head -1` exited 1."""
    from typer._click.utils import PacifyFlushWrapper

    if done.code == 1 and isinstance(sys.stdout, PacifyFlushWrapper):
        sys.exit(0)
    raise done
