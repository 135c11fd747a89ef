"""`broadsheet search ...`, `show ID`, `related ID`, `quotes`, `speakers`, `index
rebuild|update|status` and the reader without building the whole Typer app (startup).

Typer checks each option through pydantic (about 0.1 s to import) and builds every command
of the app before running one. A search, or the reader with global options only, written
in the plain forms that `--help` shows is read here instead and run by the same
`run_search`, `run_build` or `open_reader`; anything else (`--help`, an unknown
or repeated option, a value Typer might read differently, a bad number) returns None, and
`tui.cli.main` hands the whole command line to the Typer app, whose messages and exit
codes are the reference. `tests/cli/test_fast.py`, `tests/cli/test_fast_index.py`,
`tests/cli/test_fast_show.py` (`show`, `related`, `index status`) and
`tests/cli/test_fast_quotes.py` check both paths agree.
The `quotes` and `speakers` paths are `tui.cli.fast_quotes`.
"""

from __future__ import annotations

import gc
import itertools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.cli.base import Target

OPTIONS = {
    "--limit": "limit",
    "-n": "limit",
    "--sort": "sort",
    "--source": "source",
    "--since": "since",
    "--until": "until",
    "--corpus": "corpus",
    "-c": "corpus",
    "--index-dir": "index_dir",
}
"""The search options that take a value, by every name, and the field each fills."""

ENV = {
    "corpus": "BROADSHEET_CORPUS",
    "index_dir": "BROADSHEET_INDEX_DIR",
    "engine": "BROADSHEET_ENGINE",
    "opensearch_url": "BROADSHEET_OPENSEARCH_URL",
}
"""The environment variables the global options and `search` read."""

BUILD_OPTIONS = {
    "--corpus": "corpus",
    "-c": "corpus",
    "--index-dir": "index_dir",
    "--procs": "procs",
    "-j": "procs",
}
"""The options of `index rebuild` and `index update`, by every name, and the field each fills."""

BUILD_FLAGS = {"--no-quotes": "quotes", "--no-stories": "stories"}
"""The flags of `index rebuild` and `index update`, and the derived data each leaves out."""

SORTS = ("relevance", "date", "newest", "oldest", "outlet", "source")
_NUMBER = re.compile(r"[0-9]{1,9}")


ENV_NO_RESTORE = "BROADSHEET_NO_RESTORE"
"""The reader's opt-out of restoring its last state (`tui.reader_state.ENV_NO_RESTORE`)."""

GLOBAL_OPTIONS = {
    "--corpus": "corpus",
    "-c": "corpus",
    "--index-dir": "index_dir",
    "--engine": "engine",
    "--opensearch-url": "opensearch_url",
}
"""The global options (before any command) that take a value, and the field each fills."""


@dataclass(slots=True)
class Parsed:
    """A command line in the plain forms (values as given)."""

    words: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)
    flag: bool = False
    off: tuple[str, ...] = ()


def read(args: list[str], options: dict[str, str], flag: str | None, words: int) -> Parsed | None:
    """``args`` read as Typer would, or None when Typer should read them.

    Accepted: ``words`` arguments (after ``--`` when one starts with a minus), ``flag``
    (if any) once, and each of ``options`` at most once as ``--name value``, ``--name=value`` or
    ``-n value``, with a value that does not start with a minus and is not empty.
    """
    parsed = Parsed()
    position = 0
    while position < len(args):
        token = args[position]
        position += 1
        if token == "--" and words:
            parsed.words.extend(args[position:])
            break
        if token == flag:
            if parsed.flag:
                return None
            parsed.flag = True
            continue
        if not token.startswith("-") or token == "-":
            parsed.words.append(token)
            continue
        name, equals, value = token.partition("=")
        if name not in options or (equals and not name.startswith("--")):
            return None
        if not equals:
            if position == len(args):
                return None
            value = args[position]
            position += 1
        if not value or value.startswith("-") or options[name] in parsed.values:
            return None
        parsed.values[options[name]] = value
    return parsed if len(parsed.words) == words else None


def parse(args: list[str]) -> Parsed | None:
    """``args`` after ``search`` (see `read`; a limit of 1 or more, a known order)."""
    parsed = read(args, OPTIONS, "--json", 1)
    if parsed is None:
        return None
    limit = parsed.values.get("limit", "1")
    if not (_NUMBER.fullmatch(limit) and int(limit)):
        return None
    return parsed if parsed.values.get("sort", "relevance") in SORTS else None


@contextmanager
def collector_off(*, exiting: bool) -> Iterator[None]:
    """Python's cyclic collector off while a command works (what it makes lives till the
    process ends: the collector would only walk it); ``exiting`` (as the command, which
    ends once it returns): what survived is frozen before the collector is turned back on.
    Another caller (a test) goes on: its objects stay collectable."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            if exiting:
                gc.freeze()
            gc.enable()


def _environment() -> dict[str, str | None] | None:
    """The variables of `ENV`, or None when one is empty (Typer's reading decides)."""
    env = {key: os.environ.get(name) for key, name in ENV.items()}
    return None if "" in env.values() else env


def run_reader(args: list[str]) -> bool:
    """Open the reader for ``broadsheet [global options]`` if `read` reads them; else False.

    Raises:
        typer.Exit: The reader ended with this exit code (as under the Typer app).
    """
    env = _environment()
    parsed = None if env is None else read(args, GLOBAL_OPTIONS, "--debug", 0)
    if env is None or parsed is None or os.environ.get(ENV_NO_RESTORE) is not None:
        return False  # BROADSHEET_NO_RESTORE is a boolean: Typer's reading decides
    from tui.cli.base import Settings, engine_choice, resolve_target
    from tui.cli.reader_run import open_reader

    value = {key: parsed.values.get(key) or env[key] for key in ENV}
    settings = Settings(
        Path(value["corpus"]) if value["corpus"] else None,
        Path(value["index_dir"]) if value["index_dir"] else None,
        parsed.flag,
        engine_choice(value["engine"], value["opensearch_url"]),
    )
    open_reader(resolve_target(None, None, settings, note_seeds=False))
    return True


def run(args: list[str], *, exiting: bool = False) -> bool:
    """Run ``broadsheet search`` with ``args`` if `parse` reads them; False if it does not
    (``exiting``: as the command, which ends once this returns).

    Raises:
        typer.Exit: The search ended with this exit code (as under the Typer app).
    """
    env = _environment()
    parsed = None if env is None else parse(args)
    if env is None or parsed is None or _corpus_as_query(parsed):
        return False
    from tui.cli.base import json_asked
    from tui.cli.search_run import SortChoice, run_search

    json_asked(parsed.flag)
    values = parsed.values
    target = _target(env, values)
    # a search process prints and ends: what it makes (the listing, the index's tables)
    # lives till then, so Python's cyclic collector only walks it (~10% of its CPU); as
    # the command, what survived is frozen before the collector is turned back on, else
    # the first young collection and the two at the interpreter's exit walk it all the
    # same (~35 CPU ms on Reuters); another caller (a test) goes on: its objects stay
    # collectable
    with collector_off(exiting=exiting):
        run_search(
            target,
            parsed.words[0],
            int(values.get("limit", "20")),
            SortChoice(values.get("sort", "relevance")),
            values.get("source"),
            values.get("since"),
            values.get("until"),
            as_json=parsed.flag,
            unread=False,  # `--unread` is left to Typer
            as_typed=False,  # and `--as-typed`
        )
    return True


def _corpus_as_query(parsed: Parsed) -> bool:
    """Whether the query names a file or folder: Typer's `QueryCommand` refuses it."""
    from tui.cli.corpus_arg import corpus_as_query

    return any(corpus_as_query(word) for word in parsed.words)


def run_search_exiting(args: list[str]) -> bool:
    """`run` as the ``broadsheet`` command, which ends once it returns."""
    return run(args, exiting=True)


def _target(env: dict[str, str | None], values: dict[str, str]) -> Target:
    """The corpus and index a command line and the environment name (a `Target`)."""
    from tui.cli.base import Settings, engine_choice, resolve_target

    settings = Settings(engine=engine_choice(env["engine"], env["opensearch_url"]))
    corpus, index_dir = (values.get(key) or env[key] for key in ("corpus", "index_dir"))
    return resolve_target(
        Path(corpus) if corpus else None, Path(index_dir) if index_dir else None, settings
    )


SHOW_OPTIONS = {"--corpus": "corpus", "-c": "corpus", "--index-dir": "index_dir"}
"""The options of `show` that take a value, by every name, and the field each fills."""


def run_show(args: list[str]) -> bool:
    """Run ``broadsheet show`` with ``args`` (an id, ``--json`` at most once, `SHOW_OPTIONS`
    each at most once) if `read` reads them; else False (``--removed``, ``--help`` ...).

    Raises:
        typer.Exit: The command ended with this exit code (as under the Typer app).
    """
    taken = _id_command(args, SHOW_OPTIONS)
    if taken is None:
        return False
    from tui.cli import show

    target, parsed = taken
    show.run_show(target, parsed.words[0], removed=False, as_json=parsed.flag)
    return True


def _id_command(args: list[str], options: dict[str, str]) -> tuple[Target, Parsed] | None:
    """The target and reading of a command of one id and ``--json`` (`show`, `related`),
    ``--json`` told to the output (`json_asked`); None leaves ``args`` to Typer."""
    env = _environment()
    parsed = None if env is None else read(args, options, "--json", 1)
    if env is None or parsed is None:
        return None
    from tui.cli.base import json_asked

    json_asked(parsed.flag)
    return _target(env, parsed.values), parsed


RELATED_OPTIONS = {**SHOW_OPTIONS, "--limit": "limit", "-n": "limit"}
"""The options of `related` that take a value, by every name."""


def run_related(args: list[str]) -> bool:
    """Run ``broadsheet related`` with ``args`` (an id, ``--json`` at most once,
    `RELATED_OPTIONS` each at most once, a limit of 1 or more) if `read` reads them; else
    False (``--help``, a bad number ...). Without the Typer app a one-shot `related` imports
    no pydantic (pf53: ~0.1 of its ~0.5 CPU s on Reuters).

    Raises:
        typer.Exit: The command ended with this exit code (as under the Typer app).
    """
    given = read(args, RELATED_OPTIONS, "--json", 1)
    limit = None if given is None else given.values.get("limit")
    if limit is not None and not (_NUMBER.fullmatch(limit) and int(limit)):
        return False  # before `--json` is told: Typer says what is wrong with the number
    taken = _id_command(args, RELATED_OPTIONS)
    if taken is None:
        return False
    from tui.cli import stories

    target, parsed = taken
    stories.run_related(target, parsed.words[0], None if limit is None else int(limit), parsed.flag)
    return True


STATUS_FLAGS = ("--json", "--verify")
"""The flags of `index status`."""


def run_status(args: list[str]) -> bool:
    """Run ``broadsheet index status`` with ``args`` (`SHOW_OPTIONS` and `STATUS_FLAGS`, each
    at most once, no ``--``) if `read` reads them; else False.

    Raises:
        typer.Exit: The command ended with this exit code (as under the Typer app).
    """
    env = _environment()
    flags = [arg for arg in args if arg in STATUS_FLAGS]
    after_option = any(
        arg in STATUS_FLAGS and before in SHOW_OPTIONS for before, arg in itertools.pairwise(args)
    )  # `--corpus --json`: a value to Typer
    if env is None or "--" in args or after_option or len(set(flags)) < len(flags):
        return False
    parsed = read([arg for arg in args if arg not in STATUS_FLAGS], SHOW_OPTIONS, None, 0)
    if parsed is None:
        return False
    from tui.cli import index
    from tui.cli.base import json_asked

    json_asked("--json" in flags)
    target = _target(env, parsed.values)
    index.run_status(target, as_json="--json" in flags, verify="--verify" in flags)
    return True


def parse_build(args: list[str]) -> Parsed | None:
    """``args`` after ``index`` (see `read`): ``rebuild`` or ``update`` first, its options
    after it (no ``--``), procs 1 or more, and each of `BUILD_FLAGS` at most once (not
    where an option's value goes)."""
    if args[:1] not in (["rebuild"], ["update"]) or "--" in args:
        return None
    flags = [arg for arg in args[1:] if arg in BUILD_FLAGS]
    after_option = any(
        arg in BUILD_FLAGS and before in BUILD_OPTIONS for before, arg in itertools.pairwise(args)
    )  # `--corpus --no-stories`: a value to Typer
    if after_option or len(set(flags)) < len(flags):
        return None
    parsed = read([arg for arg in args[1:] if arg not in BUILD_FLAGS], BUILD_OPTIONS, None, 0)
    if parsed is None:
        return None
    parsed.off = tuple(sorted(BUILD_FLAGS[flag] for flag in flags))
    procs = parsed.values.get("procs", "1")
    return parsed if _NUMBER.fullmatch(procs) and int(procs) else None


def run_index(args: list[str], *, exiting: bool = False) -> bool:
    """Run ``broadsheet index rebuild|update`` with ``args`` if `parse_build` reads them
    (``exiting``: as the command, which ends once this returns).

    Raises:
        typer.Exit: The build ended with this exit code (as under the Typer app).
    """
    env = _environment()
    parsed = None if env is None else parse_build(args)
    if env is None or parsed is None:
        return False
    from tui.cli.index_run import run_build

    values = parsed.values
    target = _target(env, values)
    procs = int(values["procs"]) if "procs" in values else None
    # the build pauses the cyclic collector while it works (index.store.gc_pause); resumed
    # there, its first young collection walks every object made since (~0.1 CPU s after a
    # 100-file update): the command prints and ends, so the collector stays off till then,
    # and, as the command, what survived is frozen (never walked again) before it is turned
    # back on; another caller (a test) goes on: its objects stay collectable
    with collector_off(exiting=exiting):
        run_build(target, "rebuild" if args[0] == "rebuild" else "update", procs, parsed.off)
    return True


def run_exiting(args: list[str]) -> bool:
    """`run_index` as the ``broadsheet`` command, which ends once it returns."""
    return run_index(args, exiting=True)
