"""An update's changed files are read in a child forked before the scan
(`index.store.prefetch`): each file's result is the one this process would read, a file
that cannot be read gives the same reason, and whatever the child cannot give (it died,
or was sent other files) is read here."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path

from index.ingest.files import ReadError, SourceFile, scan
from index.ingest.readers import read_source
from index.store import prefetch
from index.store.update import update


def _corpus(tmp_path: Path) -> list[SourceFile]:
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    for number in range(6):
        (corpus / f"{number:02d}.json").write_text(
            json.dumps(
                {
                    "id": f"a{number}",
                    "title": f"Harbour strike day {number}",
                    "body": f"Dock workers met on day {number}. "
                    '"We have a deal," the union leader said.',
                }
            ),
            encoding="utf-8",
        )
    (corpus / "03.txt").write_text("", encoding="utf-8")  # a ReadError: "empty file"
    return scan(corpus)[0]


def _outcome(read: Callable[[SourceFile], object], source: SourceFile) -> object:
    try:
        return read(source)
    except ReadError as error:
        return ("ReadError", str(error))


def test_the_child_s_results_are_this_process_s(tmp_path: Path) -> None:
    sources = _corpus(tmp_path)
    with prefetch.prefetched(True) as ahead:
        assert ahead is not None
        ahead.send(sources)
        got = [_outcome(ahead.read, source) for source in sources]
    assert got == [_outcome(read_source, source) for source in sources]
    assert ("ReadError", "empty file") in got


def test_files_asked_in_another_order_are_read_here(tmp_path: Path) -> None:
    sources = _corpus(tmp_path)
    with prefetch.prefetched(True) as ahead:
        assert ahead is not None
        ahead.send(sources)
        asked = sources[1:] + sources[:1]
        got = [_outcome(ahead.read, source) for source in asked]
    assert got == [_outcome(read_source, source) for source in asked]


def test_a_child_that_died_leaves_the_reading_here(tmp_path: Path) -> None:
    sources = _corpus(tmp_path)
    with prefetch.prefetched(True) as ahead:
        assert ahead is not None
        os.kill(ahead._pid, signal.SIGKILL)
        os.waitpid(ahead._pid, 0)
        ahead.send(sources)  # to no one: no error
        got = [_outcome(ahead.read, source) for source in sources]
    assert got == [_outcome(read_source, source) for source in sources]


def test_not_allowed_forks_nothing() -> None:
    with prefetch.prefetched(False) as ahead:
        assert ahead is None


def test_an_update_lists_the_same_with_and_without_the_child(tmp_path: Path) -> None:
    listings = []
    for procs in (1, 2):  # one process reads here; with two, the child reads
        sources = _corpus(tmp_path / f"p{procs}")
        corpus, index_dir = tmp_path / f"p{procs}" / "corpus", tmp_path / f"p{procs}" / "index"
        update(corpus, index_dir, procs=procs)
        for source in sources[:3]:
            path = Path(source.location)
            path.write_text(path.read_text(encoding="utf-8").replace("deal", "pact"), "utf-8")
        (corpus / "03.txt").write_text("  \n", encoding="utf-8")  # read again: a ReadError
        report = update(corpus, index_dir, procs=procs)
        assert report.changed == 3
        assert [skip.reason for skip in report.skipped] == ["file has only whitespace"]
        live = index_dir / (index_dir / "CURRENT").read_text(encoding="utf-8").strip()
        listing = json.loads((live / "listing.json").read_text(encoding="utf-8"))
        listings.append({key: row[:-1] for key, row in listing.items()})  # but its path
    assert listings[0] == listings[1] and len(listings[0]) == 6
