"""Pilot tests, issue 15: update progress in the reader (stage and bar), cancelled with esc."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Label, ProgressBar

from index.library import Library
from index.models import Progress, ProgressCallback, progress_count
from index.store.generations import current_generation
from tests.conftest import write_corpus
from tests.tui.conftest import reader, settle, wait_until
from tests.tui.test_reader_restore import toasts
from tui.app import BroadsheetApp
from tui.screens.library_screen import UPDATE_CANCELLED
from tui.widgets.build_progress import CANCEL_HINT, BuildProgress, stage_text

LATE = "Late news arrives\n\nA late story about tides.\n"


def held_update(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make `Library.update` (the real one) wait after its first progress report until the
    returned event is set, so a test can look at the bar and press keys meanwhile."""
    gate = threading.Event()
    real = Library.update

    def update(self: Library, on_progress: ProgressCallback | None = None) -> Any:
        held = [False]

        def progress(step: Progress) -> None:
            assert on_progress is not None
            on_progress(step)
            if not held[0]:  # once: the first report
                held[0] = True
                gate.wait(timeout=30)

        return real(self, progress)

    monkeypatch.setattr(Library, "update", update)
    return gate


def bars(app: BroadsheetApp) -> list[BuildProgress]:
    return list(reader(app).query(BuildProgress))


def stage(app: BroadsheetApp) -> str:
    return str(bars(app)[0].query_one("#build-stage", Label).render())


async def test_esc_cancels_an_update_and_the_index_is_as_it_was(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, index_dir = built
    gate = held_update(monkeypatch)
    said = toasts(app, monkeypatch)
    before = current_generation(index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (corpus / "late.txt").write_text(LATE)
        await pilot.press("u")
        await wait_until(pilot, lambda: bool(bars(app)))
        await wait_until(pilot, lambda: stage(app) == "updating: reading files 1/1")
        # the bar names the stage; the status line, under it, only what runs (nu16: the
        # first build said the same text in both)
        assert reader(app).busy == "updating…"
        assert bars(app)[0].query_one(ProgressBar).total == 1
        assert CANCEL_HINT in str(bars(app)[0].query_one("#build-hint", Label).render())
        await pilot.press("escape")
        await wait_until(pilot, lambda: "cancelling" in stage(app))
        gate.set()
        await wait_until(pilot, lambda: UPDATE_CANCELLED in said)
        await settle(pilot)
        assert bars(app) == []
        assert "late.txt" not in [hit.id for hit in reader(app).articles.hits]
        assert not any("Index updated" in line for line in said)
    assert current_generation(index_dir) == before
    assert not [p for p in index_dir.iterdir() if p.name.startswith("tmp-")]
    with Library(corpus, index_dir) as library:
        library.open_or_build()
        monkeypatch.undo()
        assert library.update().added == 1  # nothing of the cancelled update was kept


async def test_an_update_shows_its_stages_then_the_bar_goes(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _ = built
    gate = held_update(monkeypatch)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        (corpus / "late.txt").write_text(LATE)
        await pilot.press("u")
        await wait_until(pilot, lambda: bool(bars(app)))
        assert bars(app)[0].region.height == 1 and bars(app)[0].region.width == 80
        gate.set()
        await wait_until(pilot, lambda: any(line.startswith("Index updated") for line in said))
        await settle(pilot)
        assert bars(app) == []
        assert "late.txt" in [hit.id for hit in reader(app).articles.hits]
        await pilot.press("escape")  # nothing to cancel: nothing happens
        await settle(pilot)
        assert UPDATE_CANCELLED not in said


def test_stage_text() -> None:
    assert stage_text("updating", Progress(120, 3781)) == "updating: reading files 120/3,781"
    assert stage_text("updating", Progress(1, 1, "saving")) == "updating: saving 1/1"
    assert stage_text("building the index", Progress(0, 0, "quotes")) == (
        "building the index: quotes…"
    )
    assert stage_text("updating", Progress(1000, 0, "quotes")) == "updating: quotes 1,000"
    one_file = Progress(0, 1, records=(5000, 19043))
    assert stage_text("building the index", one_file) == (
        "building the index: reading records 5,000/19,043"
    )
    # several files: the files are counted (a file's records are a part of one)
    assert stage_text("updating", Progress(2, 5, records=(10, 20))) == "updating: reading files 2/5"
    assert stage_text("updating", Progress(1, 1, records=(20, 20))) == "updating: reading files 1/1"


def one_jsonl(folder: Path, count: int) -> Path:
    """A corpus of one JSON Lines file of ``count`` records (~1 KB each: with 2 processes
    the build feeds the workers line by line, `index.store.feed`)."""
    import json

    filler = " ".join(f"word{n % 97}" for n in range(150))
    lines = [
        json.dumps({"id": f"r{n}", "title": f"Record {n} of the wire", "body": f"{filler} {n}."})
        for n in range(count)
    ]
    return write_corpus(folder, {"wire.jsonl": "\n".join(lines) + "\n"}) / "wire.jsonl"


@pytest.mark.parametrize("procs", [2, 1])
def test_a_one_file_corpus_counts_its_records_as_it_reads(tmp_path: Path, procs: int) -> None:
    """nu28 #9: a corpus of one JSON Lines file said nothing until it was all read, then
    "saving 1/1"; in one process it still did (nu60 #4: "Opening the index…" for 6 s on
    the first start over 300 records, fx148). The oracle: the file's lines."""
    from index.store.build import rebuild

    corpus = one_jsonl(tmp_path / "corpus", 700)
    steps: list[Progress] = []
    rebuild(corpus, tmp_path / "index", procs=procs, on_progress=steps.append)
    records = [step.records for step in steps if step.records is not None]
    assert records, steps
    assert {total for _, total in records} == {700}
    reads = [read for read, _ in records]
    assert reads == sorted(reads) and reads[0] >= 1 and reads[-1] <= 700
    assert all(progress_count(step)[0] == "records" for step in steps if step.records)
    assert steps[-1].records is None  # then "saving" and the rest, as before


@pytest.mark.parametrize("files", [{}, {"bad.jsonl": "not json\n"}])
async def test_an_empty_corpus_says_so_in_the_list(tmp_path: Path, files: dict[str, str]) -> None:
    corpus = write_corpus(tmp_path / "corpus", files) if files else tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    app = BroadsheetApp(corpus.resolve(), tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        shown = reader(app).articles.empty_text
        if files:
            assert shown.startswith(f"No articles in {corpus.resolve()} (1 file skipped: bad.jsonl")
        else:
            # then how to get articles (fx90: feeds to follow, or files and u)
            assert shown.startswith(f"No articles in {corpus.resolve()} (no article files found). ")
        assert "Cannot open the index" not in shown and "read back" not in shown
        assert bars(app) == []


async def test_a_stage_without_a_count_shows_no_percentage() -> None:
    """nu18 #10: "updating: quotes --%": the bar's "--%" said nothing; the stage says what
    runs, and the bar moves without a number."""
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield BuildProgress(cancellable=True, id="progress")

    host = Host()
    async with host.run_test(size=(100, 3)) as pilot:
        progress = host.query_one(BuildProgress)
        progress.show("updating", Progress(0, 0, "quotes"))
        await pilot.pause()
        percentage = progress.query_one("#percentage", Static)
        assert str(progress.query_one("#build-stage", Label).render()) == "updating: quotes…"
        assert not percentage.display
        progress.show("updating", Progress(3, 10))
        await pilot.pause()
        assert percentage.display and str(percentage.render()) == "30%"
