"""A screen over one corpus's index: opened (built first) in a worker, updated, followed."""

from __future__ import annotations

import threading
from contextlib import suppress
from pathlib import Path

from textual import work
from textual.screen import Screen
from textual.worker import Worker

from index.library import WHOOSH, BuildCancelled, CorpusEmpty, EngineChoice, Library
from index.models import Progress, copies_note, counted, mostly_undated, undated_said
from tui.empty_hint import NO_ARTICLES as NO_ARTICLES  # re-exported
from tui.empty_hint import empty_status, feeds_followed
from tui.index_work import IndexWork, left_behind
from tui.messages import (
    BuildProgressed,
    FreshnessChecked,
    IndexFailed,
    IndexOpened,
    IndexUpdated,
    IndexWorkEnded,
    UpdateCancelled,
)
from tui.skips import SKIPS_WHY, skipped_note, status_skipped
from tui.widgets.build_progress import CANCEL_HINT, BuildProgress, stage_text
from tui.widgets.reading_pane import ReadingPane
from tui.widgets.status_line import freshness
from tui.worker_failures import ReportsWorkerFailures, bug_said, kind_said, reason_of

GENERATION_CHECK_SECONDS = 3.0
"""How often the screen looks for an index rebuilt by another process."""
FRESHNESS_CHECK_SECONDS = 10.0
"""How often the screen compares the index with the corpus on disk (a stat of each file)."""
CHECKING = "index: checking…"
NOT_CHECKED = "index: not checked"
"""The status line's word when checking the index raised (a bug; its toast says why)."""
"""The status line's last part until the index has been compared with the corpus (at the
start, and after the index changed: the stale line before it was no longer true)."""
UPDATE_CANCELLED = "Update cancelled; the index is as it was"
NO_INDEX = "no index — press u to try again"
"""The status line's last part when the index could not be opened for another reason."""


def one_line(error: BaseException) -> str:
    """An exception as one line."""
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


class LibraryScreen(ReportsWorkerFailures, Screen[None]):
    """Keeps a corpus's library: opens it in a worker (building the index first when there
    is none), updates it on request, follows rebuilds that other processes publish, and
    checks it against the corpus. Subclasses show it, told by the ``library_*`` hooks.
    """

    def __init__(self, corpus: Path, index_dir: Path, engine: EngineChoice = WHOOSH) -> None:
        super().__init__()
        self.corpus = corpus
        self.index_dir = index_dir
        self.engine = engine
        self.library: Library | None = None
        """The open library (None until the index is open)."""
        self.busy = ""
        """What the index is doing in the background ("" when nothing)."""
        self.freshness = CHECKING
        """Whether the index matches the corpus ("index fresh", "stale: 1 new file — ...")."""
        self.updating = False
        """True while an update started here runs (esc cancels it)."""
        self.corpus_empty = False
        """True when the index could not be built for want of articles (the reason says)."""
        self.feeds_followed = 0
        """How many feeds the folder follows, read when it had no articles (the hint then
        says to press F, or how to follow one: `tui.empty_hint`)."""
        self.skipped = ""
        """What the index's builds skipped, in words ("2 files and 1 record"; "" for none:
        the freshness check counts them as the build's report does, nu27 #7)."""
        self.skip_reasons: tuple[tuple[str, str], ...] = ()
        """Each file skipped and why, as `broadsheet index status` lists them (the palette's
        "Skipped files": `tui.screens.skipped_files`)."""
        self.dateless = False
        """True when no article has a date (the freshness check says): a sort by date
        says it has nothing to sort by (nu46 #2)."""
        self.undated_told = False
        """True once the reader said where dates come from (most articles have none)."""
        self.cancel_requested = threading.Event()
        """Set to stop the running update at its next progress report."""
        self.index_work = IndexWork()
        """The build or update running here, stopped when the reader quits (nu29 #1)."""
        self.refresh_failed = ""
        """Why the last look for a newer index failed ("" once it answers): said once."""

    def open_library(self) -> None:
        """Open the library in a worker, and look for newer indexes every few seconds."""
        self._open_index()
        self.set_interval(GENERATION_CHECK_SECONDS, self.check_generation)
        self.set_interval(FRESHNESS_CHECK_SECONDS, self.check_freshness)

    # -- hooks ----------------------------------------------------------------------------

    def library_opened(self) -> None:
        """The library is open (`library` is set)."""

    def library_failed(self, reason: str) -> None:
        """The index could not be opened, built or updated."""

    def library_busy(self) -> None:
        """A build or update moved on (`busy` says where it is)."""

    def library_changed(self) -> None:
        """The index changed: updated here, or rebuilt by another process."""

    def library_checked(self) -> None:
        """`freshness` or `busy` changed."""

    # -- workers and their results -------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="open index")
    def _open_index(self) -> None:
        work = self.index_work

        def progress(step: Progress) -> None:
            work.check()  # the reader quits: the build stops here (`tui.index_work`)
            self.post_message(BuildProgressed(step, "building the index"))

        library = None
        with work.run("the index build"):
            try:
                work.check()
                engine = self.engine.make(self.index_dir)
                library = Library.open(
                    self.corpus, self.index_dir, on_progress=progress, engine=engine
                )
            except BuildCancelled:
                work.left = left_behind(self.engine, self.index_dir)  # none, on a first start
                raise  # stopped by `IndexWork.stop`: the index as it was before
            except Exception as error:  # one line on the screen; a bug's kind too (fx166)
                self.post_message(IndexFailed(kind_said(error), isinstance(error, CorpusEmpty)))
            else:
                self.post_message(IndexOpened(library, library.built))
        if work.stopping:
            self.post_message(IndexWorkEnded())
        elif library is not None:
            with suppress(Exception):  # warms the outlet picker's counts (copies folded)
                library.sources()  # here, off the UI thread; the picker counts again if not

    def worker_failed(self, worker: Worker[object], error: BaseException) -> bool:
        """The index's workers that raised what they did not expect (a bug): the status
        line waits no more, and a failed check (every few seconds) is said once (fx160)."""
        if worker.group == "refresh":  # runs every 3 s: the same failure is said once
            last, self.refresh_failed = self.refresh_failed, reason_of(error)
            if last == self.refresh_failed:  # (rv72: a damaged CURRENT, a toast each time)
                return True
        if worker.is_cancelled:
            return super().worker_failed(worker, error)
        if worker.group == "index":  # not "Opening the index…" or "updating…" for good
            what = "opening the index" if worker.name == "open index" else "the update"
            self.on_index_failed(IndexFailed(bug_said(what, error)))
            return True
        if worker.group == "freshness":
            told, self.freshness = self.freshness == NOT_CHECKED, NOT_CHECKED
            self.library_checked()
            if told:
                return True
        return super().worker_failed(worker, error)

    def on_index_opened(self, message: IndexOpened) -> None:
        self.library = message.library
        for pane in self.query(ReadingPane):  # a copy says so (`index.copies`)
            pane.same_text = message.library.same_text_as
        self.busy = ""
        self._progress_ended()
        report = message.report
        if report is not None:
            said = f"{report.summary}{skipped_note(report.skipped, self.corpus)}"
            self.notify(f"Built the index: {said}", markup=False)
        self.library_opened()
        self.check_freshness()

    def on_index_failed(self, message: IndexFailed) -> None:
        self.busy = ""
        self._progress_ended()
        self.corpus_empty = message.empty
        if message.empty:
            self.feeds_followed = feeds_followed(self.corpus)
        if self.library is None:  # not "index: checking…" for good (nu30 #1)
            self.freshness = empty_status(self.feeds_followed) if message.empty else NO_INDEX
        self.notify(message.reason, severity="error", timeout=10, markup=False)
        self.library_failed(message.reason)

    def on_build_progressed(self, message: BuildProgressed) -> None:
        step = message.progress
        if self.index_work.stopping:
            return  # "stopping the index build…" stays
        if not self.cancel_requested.is_set():
            # the bar above says the stage; the status line said it again word for word (nu16)
            self.busy = f"{message.verb}…"
            self._progress_bar().show(message.verb, step)
        else:
            self.busy = stage_text(message.verb, step)
        self.library_busy()

    def _progress_bar(self) -> BuildProgress:
        """The bar of the running build, mounted above the status line on first use."""
        found = self.query(BuildProgress)
        if found:
            return found.first()
        bar = BuildProgress(cancellable=self.updating, hint=self.cancel_hint(), id="build-progress")
        status = self.query("#status")
        self.mount(bar, before=status.first() if status else None)
        return bar

    def _progress_ended(self) -> None:
        self.updating = False
        self.query(BuildProgress).remove()

    @work(thread=True, exclusive=True, exit_on_error=False, group="freshness", name="index check")
    def check_freshness(self) -> None:
        """Compare the index with the corpus on disk (in a worker; the status line says)."""
        if self.library is not None and not self.busy:
            status = self.library.status()
            undated = ""
            if status.undated is not None and mostly_undated(status.undated, status.articles):
                undated = undated_said(status.undated, status.articles or 0)
            dateless = bool(status.articles) and self.library.date_span() is None
            skipped = status_skipped(status)
            reasons = status.skip_reasons
            checked = FreshnessChecked(freshness(status), skipped, undated, dateless, reasons)
            self.post_message(checked)

    def on_freshness_checked(self, message: FreshnessChecked) -> None:
        self.freshness = message.state
        self.skipped = message.skipped
        self.skip_reasons = message.reasons
        self.dateless = message.dateless
        if message.undated and not self.undated_told:  # once a session (nu46 #2)
            self.undated_told = True
            self.notify(message.undated, timeout=12, markup=False)
        self.library_checked()

    def articles_said(self) -> str:
        """The status line's count: "5 articles", and the files the builds skipped, with
        where to read why (nu16: "3 articles" for a folder of 7 files, the skips said only
        by the first build's toast)."""
        library = self.library
        said = counted(library.article_count() if library else 0, "article")
        same = len(library.copies()) if library else 0
        if same:  # counted once, as search and `index status` count them (nu24 #11)
            said += copies_note(same)
        if self.skipped:
            said += f", {self.skipped} skipped {SKIPS_WHY}"  # ^p lists them (nu50 #6)
        return said

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="refresh",
        name="looking for a newer index",
    )
    def check_generation(self) -> None:
        library = self.library
        if library is not None and not library.is_current() and library.refresh():
            self.post_message(IndexUpdated(None))
        self.refresh_failed = ""  # answered: a failure after this one is said again

    def action_update_index(self) -> None:
        if self.library is None:
            self.reopen_library()
            return
        self.busy = "updating the index…"
        self.updating = True
        self.cancel_requested.clear()
        self.library_checked()
        self._update(self.library)

    def reopen_library(self) -> None:
        """`u` (or a feed refresh that saved articles) while no index is open: the first
        build failed (a folder with no articles yet, nu30 #1), so it is tried again now."""
        if self.index_work.running or self.busy:
            return  # the first build still runs (or a fetch): it opens the index, or says why
        self.busy = "building the index…"
        self.library_busy()
        self._open_index()

    def cancel_hint(self) -> str:
        """What the progress line says cancels the update (the reader's esc may go back)."""
        return CANCEL_HINT

    def hint_changed(self) -> None:
        """What esc does changed: the progress line says it again."""
        for bar in self.query(BuildProgress):
            bar.hint(self.cancel_hint())

    def action_cancel_update(self) -> None:
        """Esc while an update runs: stop it; the index stays as it was."""
        if not self.updating or self.cancel_requested.is_set():
            return
        self.cancel_requested.set()
        self.busy = "cancelling the update…"
        for bar in self.query(BuildProgress):
            bar.said(self.busy)
        self.library_checked()

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="update index")
    def _update(self, library: Library) -> None:
        work = self.index_work

        def progress(step: Progress) -> None:
            work.check()  # the reader quits (`tui.index_work`)
            if self.cancel_requested.is_set():
                raise BuildCancelled
            self.post_message(BuildProgressed(step, "updating"))

        with work.run("the update"):
            try:
                work.check()
                library.refuse_other_corpus("update")  # as `index update` does (cl24 #3)
                report = library.update(progress)
            except BuildCancelled:
                if work.stopping:
                    raise  # stopped by `IndexWork.stop`: the index as it was before
                self.post_message(UpdateCancelled())
            except Exception as error:
                self.post_message(IndexFailed(kind_said(error)))
            else:
                self.post_message(IndexUpdated(report, self._highlights_changed(library)))
        if work.stopping:
            self.post_message(IndexWorkEnded())

    def stop_index_work(self) -> bool:
        """The reader quits: stop the build or update running here at its next progress
        report; True if one runs (`IndexWorkEnded` comes when it has ended: the app exits
        then, the index as it was before, rather than blank while the build runs on)."""
        again = self.index_work.stopping
        if not self.index_work.stop():
            return False
        if again:  # a second ctrl+q: it still ends at its next step, not blank meanwhile
            self.notify(
                f"Still stopping {self.index_work.what}: it ends at its next step "
                "(grouping the stories can take some seconds), then the reader exits.",
                timeout=6,
                markup=False,
            )
            return True
        self.busy = f"stopping {self.index_work.what}…"
        for bar in self.query(BuildProgress):
            bar.said(self.busy)
        self.library_busy()
        return True

    def on_index_work_ended(self, message: IndexWorkEnded) -> None:
        self.app.exit()

    def on_unmount(self) -> None:
        self.index_work.stop()  # the screen goes (the app exits another way): stop it too

    def on_update_cancelled(self, message: UpdateCancelled) -> None:
        self.busy = ""
        self._progress_ended()
        self.notify(UPDATE_CANCELLED)
        self.library_checked()
        self.check_freshness()

    @staticmethod
    def _highlights_changed(library: Library) -> str:
        """The CLI's line on highlights an update moved or lost (nu59 #3: the reader said
        nothing of them), checked here in the update's worker, before the notebook is read."""
        from tui import notebook_ops

        with suppress(Exception):  # a notebook that cannot be read: the update told anyway
            return notebook_ops.highlights_changed(library, "the notebook")
        return ""

    def on_index_updated(self, message: IndexUpdated) -> None:
        self.busy = ""
        # the old verdict ("stale: 1 new file") was said again till the check below came
        # back, after the update that made it untrue (nu37 #7)
        self.freshness = CHECKING
        if message.report is not None:  # ours (not a rebuild by another process)
            self._progress_ended()
        if message.report is not None:  # and why it did more than the changes, if it did
            reason = f"; {message.report.reason}" if message.report.reason else ""
            skipped = skipped_note(message.report.skipped, self.corpus)
            notes = f"; {message.highlights}" if message.highlights else ""
            said = f"{message.report.summary}{reason}{skipped}{notes}"
            self.notify(f"Index updated: {said}", markup=False)
        else:
            self.notify("A newer index was built elsewhere; showing it now")
        self.library_changed()
        self.check_freshness()
