"""What every command shares: the Typer app, its options, and (from `tui.cli.base`) exit
codes, one-line errors and the consoles ``out`` and ``err``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tui.cli.article_ids import get_article, not_found, said_resolved
from tui.cli.base import (
    ENV_CORPUS,
    ENV_INDEX_DIR,
    Exit,
    Settings,
    Target,
    Terminated,
    bundled_seeds,
    consoles,
    engine_choice,
    fail,
    json_asked,
    open_library,
    print_json,
    reported,
    resolve_target,
    shown,
    terminable,
)
from tui.cli.late_options import LateOptionsGroup
from tui.cli.reader_run import open_reader

__all__ = [
    "ENV_CORPUS",
    "ENV_INDEX_DIR",
    "Exit",
    "GlobalCorpusOption",
    "GlobalIndexDirOption",
    "Settings",
    "Target",
    "Terminated",
    "app",
    "bundled_seeds",
    "engine_choice",
    "err",
    "fail",
    "get_article",
    "not_found",
    "on_seeds",
    "open_library",
    "open_reader",
    "out",
    "print_json",
    "reported",
    "resolve_target",
    "said_resolved",
    "shown",
    "target",
    "terminable",
]


if TYPE_CHECKING:
    from rich.console import Console

    out: Console
    err: Console


def __getattr__(name: str) -> Any:
    if name in ("out", "err"):  # Rich's consoles, made on first use
        return getattr(consoles(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


app = typer.Typer(
    name="broadsheet",
    help="Read, search and compare news articles in the terminal. "
    "`broadsheet ~/news` opens the reader on a folder (as --corpus ~/news).",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=LateOptionsGroup,
)
"""The `broadsheet` command; each module of `tui.cli` adds its commands to it."""

CorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        "-c",
        help=f"Folder or file of articles [default: the global --corpus, ${ENV_CORPUS}, else "
        "the bundled seeds].",
        show_default=False,
    ),
]
"""A command's --corpus: no environment variable of its own, so that the global option
(before the command) beats the environment, as the one given after it does (nu23 #1)."""
IndexDirOption = Annotated[
    Path | None,
    typer.Option(
        "--index-dir",
        help=f"Where the index lives [default: the global --index-dir, ${ENV_INDEX_DIR}, else "
        "a folder per corpus in your data directory].",
        show_default=False,
    ),
]
"""A command's --index-dir (see `CorpusOption`)."""
GlobalCorpusOption = Annotated[
    Path | None,
    typer.Option(
        "--corpus",
        "-c",
        help="Folder or file of articles [default: the bundled seeds].",
        envvar=ENV_CORPUS,
        show_default=False,
    ),
]
"""--corpus before the command: the environment variable is read here, once."""
GlobalIndexDirOption = Annotated[
    Path | None,
    typer.Option(
        "--index-dir",
        help="Where the index lives [default: a folder per corpus in your data directory].",
        envvar=ENV_INDEX_DIR,
        show_default=False,
    ),
]
"""--index-dir before the command (see `GlobalCorpusOption`)."""
EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="The search engine: whoosh (an index folder) or opensearch [default: whoosh]; "
        "this and --opensearch-url may also follow the command name.",
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
JsonOption = Annotated[
    bool,
    typer.Option("--json", help="Print JSON instead of a table.", callback=json_asked),
]


def target(
    ctx: typer.Context, corpus: Path | None, index_dir: Path | None, *, note_seeds: bool = True
) -> Target:
    """The corpus and index a command works on: its own options, else the global ones
    (``note_seeds``: see `resolve_target`)."""
    given = ctx.find_object(Settings) or Settings()
    return resolve_target(corpus, index_dir, given, note_seeds=note_seeds)


def on_seeds(settings: Target) -> bool:
    """Whether the command works on the bundled seeds (none named, or named)."""
    return settings.corpus == bundled_seeds().resolve()
