"""`broadsheet index rebuild|update|status`: build, update and inspect the search index."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from rich.table import Table
from rich.text import Text

from index.models import counted, mostly_undated, undated_said
from tui.cli import index_run
from tui.cli.common import (
    CorpusOption,
    IndexDirOption,
    JsonOption,
    app,
    out,
    print_json,
    reported,
    shown,
    target,
)
from tui.skips import short_path, skip_line, skip_reason, whole_path

if TYPE_CHECKING:
    from tui.cli.common import Target

index_app = typer.Typer(help="Build, update and inspect the search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")


SKIPS_SHOWN = 50
"""Skipped files `index status` lists with their reasons (as many as a build lists)."""

ProcsOption = Annotated[
    int | None,
    typer.Option(
        "--procs",
        "-j",
        min=1,
        help="Indexing processes [default: every core the available memory allows].",
        show_default=False,
    ),
]

NoStoriesOption = Annotated[
    bool,
    typer.Option(
        "--no-stories",
        help="Leave stories out of this build (faster; `stories` then says the index has "
        "none until a build without this option).",
    ),
]
NoQuotesOption = Annotated[
    bool,
    typer.Option(
        "--no-quotes",
        help="Leave quotes out of this build (faster; `quotes` then says the index has "
        "none until a build without this option).",
    ),
]

FreshQuotesOption = Annotated[
    bool,
    typer.Option(
        "--fresh-quotes",
        help="Extract every article's quotes anew (by default a rebuild reuses the quotes the "
        "index holds of each article whose text is unchanged).",
    ),
]
ForceOption = Annotated[
    bool,
    typer.Option(
        "--force",
        help="Build even where the index folder holds another corpus's index (it is replaced).",
    ),
]


def _run(
    ctx: typer.Context,
    how: Literal["rebuild", "update"],
    corpus: Path | None,
    index_dir: Path | None,
    procs: int | None,
    off: tuple[str, ...] = (),
    force: bool = False,
    fresh: tuple[str, ...] = (),
) -> None:
    settings = target(ctx, corpus, index_dir)
    index_run.run_build(settings, how, procs, off, force=force, fresh=fresh)


def _off(no_stories: bool, no_quotes: bool) -> tuple[str, ...]:
    """The derived data left out, by name, sorted (as `tui.cli.fast` names them)."""
    chosen = (("quotes", no_quotes), ("stories", no_stories))
    return tuple(name for name, off in chosen if off)


@index_app.command("rebuild")
def index_rebuild(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    procs: ProcsOption = None,
    no_stories: NoStoriesOption = False,
    no_quotes: NoQuotesOption = False,
    force: ForceOption = False,
    fresh_quotes: FreshQuotesOption = False,
) -> None:
    """Build the whole index anew (atomically: the old one stays until the new one is done).

    The corpus may be given as the argument: `broadsheet index rebuild ~/news`.
    """
    fresh = ("quotes",) if fresh_quotes else ()
    _run(ctx, "rebuild", corpus, index_dir, procs, _off(no_stories, no_quotes), force, fresh)


@index_app.command("update")
def index_update(
    ctx: typer.Context,
    corpus: CorpusOption = None,
    index_dir: IndexDirOption = None,
    procs: ProcsOption = None,
    no_stories: NoStoriesOption = False,
    no_quotes: NoQuotesOption = False,
    force: ForceOption = False,
) -> None:
    """Index new and changed files and drop deleted ones (`index update ~/news`: that corpus)."""
    _run(ctx, "update", corpus, index_dir, procs, _off(no_stories, no_quotes), force)


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
    """Show the corpus, the index, its size, when it was built, and whether it is stale
    (`index status ~/news`: that corpus's)."""
    run_status(target(ctx, corpus, index_dir), as_json=as_json, verify=verify)


PATH_KEYS = ("corpus", "index")
"""The status lines that are paths: printed whole, however narrow the terminal."""


def run_status(settings: Target, *, as_json: bool, verify: bool) -> None:
    """Print the status (`index_status` with its options read; `tui.cli.fast` too)."""
    with reported(settings):
        report = settings.library().status(verify=verify)
        status = report.as_dict()
        if as_json:  # both lists always, empty when nothing was (nu35 #10: a script's KeyError)
            for key, listed in (
                ("skipped_files", report.skip_reasons),
                ("left_out_parts", report.left_out_reasons),  # of files indexed (rv23)
            ):
                status[key] = [
                    {"path": whole_path(path, settings.corpus), "reason": skip_reason(path, why)}
                    for path, why in listed
                ]
            print_json(status)
            return
        table = Table.grid(padding=(0, 2))
        if report.state == "damaged":  # a rebuild makes it all: what it lacks is no news
            status.pop("lacks", None)
        elif report.lacking and report.advice:  # stale and lacking: one advice does both (nu22)
            status.pop("lacks")
            lacks = f"lacks {', '.join(report.lacking)}"
            status["state"] = f"{report.state}, and {lacks} ({report.advice}; it adds them too)"
        elif "lacks" in status:  # beside the state: "fresh" alone read as complete
            status["state"] = f"{status['state']}, but lacks {status.pop('lacks')}"
        if report.copies:  # beside "articles", which counts each text once (nu24 #11)
            # "article", not "file": one JSON Lines file holds them all (nu79 #6)
            same = "the same text as another article of its outlet: counted once"
            status["copies"] = f"{report.copies:,} ({same})"
        if report.undated is not None and mostly_undated(report.undated, report.articles):
            status["undated"] = undated_said(report.undated, report.articles or 0)  # nu46 #2
        if report.left_out:  # apart from "skipped": their files are indexed all the same
            status["left_out"] = (
                f"{counted(report.left_out, 'unreadable part')} (of files indexed all the same)"
            )
        elif "left_out" in status:
            status.pop("left_out")
        if status.get("building") is not None:  # JSON's true/false; a person reads words
            status["building"] = "yes: a rebuild or update is running" if report.building else "no"
        width = max(len(key) for key in status)
        table.add_column(min_width=width)
        table.add_column()
        for key, value in status.items():
            label = Text(key.replace("_", " "), style="bold")
            if isinstance(value, int) and not isinstance(value, bool):
                value = f"{value:,}"  # "18,765", as the reader says it (nu79 #6)
            if key in PATH_KEYS:  # a path a user copies: never cropped nor folded (nu36 #10)
                line = label.append(" " * (width + 2 - len(key))).append_text(shown(value))
                out.print(line, soft_wrap=True)
            else:
                table.add_row(label, shown(value))
        out.print(table)
        for listed, what in (
            (report.skip_reasons, "skipped"),
            (report.left_out_reasons, "left out"),
        ):
            if listed and what == "left out":  # apart from the skipped files listed above
                out.print("  left out of files indexed all the same:")
            for path, why in listed[:SKIPS_SHOWN]:  # why, as the build said it
                out.print(
                    Text("  ").append_text(shown(skip_line(short_path(path, settings.corpus), why)))
                )
            if len(listed) > SKIPS_SHOWN:
                out.print(f"  ... and {len(listed) - SKIPS_SHOWN:,} more {what}")
