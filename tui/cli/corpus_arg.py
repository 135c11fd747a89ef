"""A corpus named as an argument, where a new user first types it.

``broadsheet ~/news`` opens the reader on ``~/news`` and ``broadsheet index rebuild ~/news``
builds its index: both read as ``--corpus ~/news`` (they were "No such command" and
"unexpected extra argument"). `corpus_first` rewrites the command line before anything
parses it, so that the fast paths and the Typer app see one form.

Where a command takes a query, a file or folder is no corpus but a mistake: `corpus_as_query`
tells, and `tui.cli.query_command.QueryCommand` refuses it in one line.
"""

from __future__ import annotations

import os

from tui.cli.fast import BUILD_FLAGS, BUILD_OPTIONS, GLOBAL_OPTIONS

INDEX_COMMANDS = ("rebuild", "update", "status")
"""The `index` commands that work on a corpus and take no argument of their own."""

_INDEX_FLAGS = (*BUILD_FLAGS, "--json", "--verify", "--force", "--help")
_INDEX_OPTIONS = {**BUILD_OPTIONS, **GLOBAL_OPTIONS}
"""The options an `index` command takes a value for: its own, and the global ones that may
follow the command name (``index status --engine whoosh``: "whoosh" is no corpus)."""


def corpus_first(args: list[str]) -> list[str]:
    """``args`` with a corpus given as an argument moved to ``--corpus`` (see the module)."""
    head = _next_word(args, 0, GLOBAL_OPTIONS)
    if head is None:
        return args
    word = args[head]
    if word == "index":
        return _index_corpus(args, head + 1)
    if _corpus_given(args[:head], GLOBAL_OPTIONS) or not _names_a_path(word):
        return args
    return [*args[:head], "--corpus", word, *args[head + 1 :]]


def _index_corpus(args: list[str], start: int) -> list[str]:
    """``broadsheet ... index rebuild|update|status [options] CORPUS [options]``."""
    command = _next_word(args, start, _INDEX_OPTIONS)
    if command is None or args[command] not in INDEX_COMMANDS:
        return args
    rest = args[command + 1 :]
    if "--" in rest or _corpus_given(rest, BUILD_OPTIONS):
        return args
    words = [at for at in _words(rest, _INDEX_OPTIONS) if rest[at] not in _INDEX_FLAGS]
    if len(words) != 1:
        return args  # none, or more than one: Typer says what is wrong
    at = command + 1 + words[0]
    return [*args[:at], "--corpus", args[at], *args[at + 1 :]]


def _words(args: list[str], options: dict[str, str]) -> list[int]:
    """The positions of ``args`` that are neither an option nor an option's value."""
    found: list[int] = []
    skip = False
    for at, token in enumerate(args):
        if skip:
            skip = False
        elif token in options:
            skip = True  # its value follows
        elif not token.startswith("-") or token == "-":
            found.append(at)
    return found


def _next_word(args: list[str], start: int, options: dict[str, str]) -> int | None:
    """The position of the first word of ``args`` from ``start`` (see `_words`)."""
    words = _words(args[start:], options)
    return start + words[0] if words else None


def _corpus_given(args: list[str], options: dict[str, str]) -> bool:
    """Whether ``args`` already name the corpus (``--corpus C``, ``-c C``, ``--corpus=C``)."""
    names = [name for name, field in options.items() if field == "corpus"]
    return any(token.partition("=")[0] in names for token in args)


def _names_a_path(word: str) -> bool:
    """Whether ``word``, where a command's name goes, is a path rather than a command: it
    has a separator, starts with ``.`` or ``~``, or is a file or folder here whose name no
    command has."""
    if os.sep in word or word.startswith((".", "~")):
        return True
    return os.path.exists(word) and word not in _command_names()


def _command_names() -> set[str]:
    """The names of ``broadsheet``'s commands and groups (`tui.cli.COMMAND_MODULES`, which
    tests/cli/test_command_modules.py checks against the app). Importing the app here, while
    `tui.cli` was still being imported, failed with a traceback (``broadsheet news`` with a
    folder ``news`` in the working directory: fx30c)."""
    from tui.cli import COMMAND_MODULES

    return set(COMMAND_MODULES)


def corpus_as_query(word: str) -> bool:
    """Whether ``word``, given where a command takes its query (or after it), names a file or
    folder that exists: a corpus typed as the query (`stories ~/news` listed the seeds' stories
    matching "~/news", `search vaccine ~/news` said "unexpected word": nu60 #5)."""
    return bool(word.strip()) and os.path.exists(os.path.expanduser(word))


def corpus_as_query_said(command: str, word: str) -> str:
    """The one line refusing ``word`` (`corpus_as_query`) given to ``command`` (``stories``,
    ``saved add``): corpora are given with ``--corpus``; a word of a query that only happens to
    name a file here (no separator) is searched for quoted, as a phrase of one word."""
    import shlex

    kind = "folder" if os.path.isdir(os.path.expanduser(word)) else "file"
    said = (
        f"{word!r} is a {kind}: a corpus is given with --corpus PATH, not in the query "
        f"(broadsheet {command} … --corpus {shlex.quote(word)})"
    )
    if os.sep in word or (os.altsep and os.altsep in word) or word.startswith(("~", ".")):
        return said
    phrase = shlex.quote(f'"{word}"')
    return f"{said}; to search for the word, quote it: {phrase}"
