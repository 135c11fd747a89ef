"""Run `broadsheet index rebuild|update` and print its report, without Typer, and without
Rich when neither output is a terminal (a script's, a benchmark's, a pipe's).

The Typer command (`tui.cli.index`) and the fast path (`tui.cli.fast`) both call `run_build`,
so they print the same lines and exit with the same codes; on a terminal the report is Rich's
(styled, a progress bar on stderr), elsewhere the same characters are written directly.
"""

from __future__ import annotations

import os
import sys
from typing import Literal

from index.library import IndexOfAnotherCorpus, Library, StoreError, is_note, printable
from index.models import (
    BuildReport,
    Progress,
    in_all_said,
    progress_count,
)
from tui.cli.base import (
    _COLOUR_VARIABLES,
    Exit,
    Target,
    consoles,
    fail,
    reported,
    shown,
    terminable,
)
from tui.skips import short_path, skip_line


def plain() -> bool:
    """Whether the report is written without Rich: no terminal, nothing asking for colour.

    Rich then prints a `Text` as its characters and a newline (no style, no wrapping), so
    writing them directly prints the same bytes.
    """
    if any(name in os.environ for name in _COLOUR_VARIABLES):
        return False
    return not (sys.stdout.isatty() or sys.stderr.isatty())


def say(text: str, style: str = "") -> None:
    """One line from outside (`shown`) on standard output."""
    if plain():
        sys.stdout.write(printable(text) + "\n")
    else:
        consoles().out.print(shown(text, style))


def build_with_progress(library: Library, how: Literal["rebuild", "update"]) -> BuildReport:
    """Run a build with a Rich progress bar on a terminal, plain lines on stderr otherwise
    (`tui.cli.build_lines`: nu53 #3, 2 minutes of nothing when piped)."""
    build = library.rebuild if how == "rebuild" else library.update
    if plain() or not consoles().err.is_terminal:
        from tui.cli.build_lines import PlainProgress, lines_off

        with terminable():
            return build(None if lines_off() else PlainProgress())
    from rich.progress import BarColumn, MofNCompleteColumn, TimeElapsedColumn
    from rich.progress import Progress as Bar

    with Bar(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=consoles().err,
        transient=True,
    ) as bar:
        task = bar.add_task("indexing" if how == "rebuild" else "updating", total=None)

        def on_progress(progress: Progress) -> None:
            what, done, total = progress_count(progress)  # a one-file JSON Lines corpus: records
            phase = "reading records" if what == "records" else progress.phase
            if not total:  # no count: a moving bar and timer (Rich stops both at 0/0, fx164)
                bar.update(task, completed=done, total=None, description=f"{phase}…")
            else:
                bar.update(task, completed=done, total=total, description=phase)

        with terminable():
            return build(on_progress)


def print_report(
    report: BuildReport, settings: Target, in_all: tuple[int, int] | None = None
) -> None:
    """What the build did: a heading, its summary, skipped files (50 at most), the index;
    after an update, the files and records skipped ``in_all`` (and of them the records)
    when earlier builds skipped some too (the update reads only new and changed files: "0
    skipped" while `index status` says 4); in the build's words, "3 files and 2 records"."""
    heading = f"{'Rebuilt' if report.full else 'Updated'} index of "
    if plain():
        sys.stdout.write(heading + printable(str(settings.corpus)) + "\n")
    else:
        from rich.text import Text

        line = Text()
        line.append(heading, style="bold")
        line.append(shown(settings.corpus))
        consoles().out.print(line)
    say(f"  {report.summary}")  # numbers and words only: no markup, nothing to escape
    if report.reason:  # why an update did more than the changes ("quotes made by older rules")
        say(f"  {report.reason}")
    notes = sum(is_note(skip) for skip in report.skipped)  # parts left out (rv23)
    if report.skipped:
        said = f"{len(report.skipped) - notes:,} skipped" if notes < len(report.skipped) else ""
        said = ", ".join(part for part in (said, f"{notes:,} left out" if notes else "") if part)
        say(f"  {said}:")
        for skip in report.skipped[:50]:
            say(f"    {skip_line(short_path(skip.path, settings.corpus), skip.reason)}")
        if len(report.skipped) > 50:
            say(f"    ... and {len(report.skipped) - 50:,} more")
    if report.notes_moved:  # a file moved or renamed: its notes went with it (nu36 #4)
        many = "article" if len(report.notes_moved) == 1 else "articles"
        say(f"  notes followed {len(report.notes_moved):,} moved {many}:")
        for old, new in report.notes_moved[:10]:
            say(f"    {old} -> {new}")
        if len(report.notes_moved) > 10:
            say(f"    ... and {len(report.notes_moved) - 10:,} more")
    said = in_all_said(report, *in_all) if in_all else ""
    if said:
        say(f"  {said} (`broadsheet index status` lists them)")
    say(f"  index: {settings.engine.describe(settings.index_dir)}", style="dim")


def print_news(library: Library) -> None:
    """After a build: one line per followed story with new articles, articles now in
    another story ("'X' split: 3 of its articles are now in 'Y'"), gone, or possible
    follow-ups ("2 possible follow-ups"); a move, removal, follow-up or "gone" an earlier
    build told is not told again (`news_told`, nu35 #2).

    Quiet when the corpus has no notebook; a notebook or stories that cannot be read are
    left for `following` to report (the update itself went well).
    """
    if not library.has_notebook():  # asked first: no SQLite imported for nothing
        return
    from index.notebook import NotebookError
    from tui import followed_lines, notebook_ops

    try:
        with library.notebook() as notebook:
            if not notebook.stories.all():  # nothing followed: the index is not opened
                return  # again for nothing (~0.26 CPU s of an update at 100,000: up29)
            library.open_or_build()  # the index just built (opening it builds nothing)
            found = notebook_ops.followed_news(library, notebook, notebook_ops.FOLLOWUPS)
    except (NotebookError, StoreError):
        return
    from tui.news_told import untold

    for news in untold(library.index_dir, found):
        if news.new or news.gone or news.moved or news.removed or news.followups:
            say(f"  {followed_lines.news_line(news)}")


def print_highlights(library: Library) -> None:
    """After a build: one line when highlights became fuzzy or were no longer found in their
    articles' new text (`notebook_ops.highlights_changed`, the reader's words too)."""
    if not library.has_notebook():  # before the import: notebook_ops brings index.text (ci128)
        return
    from tui import notebook_ops

    said = notebook_ops.highlights_changed(library, open_index=True)
    if said:
        say(f"  {said}")


def refuse_other_corpus(settings: Target, how: str) -> None:
    """One line and exit 2 when the index folder holds another corpus's index: a build
    would replace it (its notebook still naming that corpus's articles) (nu23 #1)."""
    try:
        settings.library().refuse_other_corpus(how)
    except IndexOfAnotherCorpus as error:  # the same line as a command's build on open
        fail(str(error), Exit.USAGE)


def run_build(
    settings: Target,
    how: Literal["rebuild", "update"],
    procs: int | None,
    off: tuple[str, ...] = (),
    *,
    force: bool = False,
    fresh: tuple[str, ...] = (),
) -> None:
    """Rebuild or update the index of ``settings``, print the report and followed news
    (``off``: the derived data the build leaves out, ``"quotes"`` and ``"stories"``;
    ``force``: even over the index of another corpus, `refuse_other_corpus`; ``fresh``:
    the kinds a rebuild computes anew, reusing nothing of the live generation).

    Raises:
        typer.Exit: One line on stderr and an exit code (`tui.cli.base.reported`).
    """
    if not force:
        refuse_other_corpus(settings, how)
    with reported(settings):
        library = settings.library(procs, off, fresh)
        report = build_with_progress(library, how)
        in_all = None
        if report.skipped_in_all is not None:
            in_all = report.skipped_in_all, report.records_in_all
        elif not report.full:  # an engine that does not count them (nor records: no paths)
            in_all = library.status().skipped or 0, 0
        print_report(report, settings, in_all)
        print_news(library)  # "3 new in 'Storm hits …'" for followed stories
        print_highlights(library)  # "1 highlight not found in the text now (…)"
