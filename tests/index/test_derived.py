"""Derived data (`index.derived`): a dummy kind rides every build, inside the generation."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

import pytest

from index.errors import BuildFailed, IndexDamaged
from index.library import Library
from index.models import Article, ProgressCallback
from index.store.build import rebuild
from index.store.generations import MANIFEST, current_generation, load_manifest, verify
from index.store.update import update
from tests.faults.helpers import ROOT, leftovers, wait_for

COUNTS = "counts.json"
LONGEST = "by-length/longest.txt"  # a file in a folder of its own: nested files count too


def _words(article: Article) -> int:
    return len(article.body.split())


class WordCounts:
    """A dummy derived kind: each article's word count, and the id of the longest.

    Every call is recorded, so a test sees what the build asked of it.
    """

    def __init__(self, name: str = "wordcounts") -> None:
        self.name = name
        self.calls: list[tuple[str, list[str], list[str]]] = []

    def build(
        self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        counts = {article.id: _words(article) for article in articles}
        self.calls.append(("build", list(counts), []))
        self.write(folder, counts)

    def update(
        self,
        previous: Path,
        added: Iterable[Article],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        counts: dict[str, int] = json.loads((previous / COUNTS).read_text(encoding="utf-8"))
        fresh = list(added)
        self.calls.append(("update", [a.id for a in fresh], list(removed)))
        for article_id in removed:
            del counts[article_id]  # a KeyError here: an id removed that was never there
        for article in fresh:
            counts[article.id] = _words(article)
        self.write(folder, counts)

    def write(self, folder: Path, counts: dict[str, int]) -> None:
        (folder / COUNTS).write_text(json.dumps(counts, sort_keys=True), encoding="utf-8")
        (folder / "by-length").mkdir()
        longest = max(counts, key=lambda i: (counts[i], i)) if counts else ""
        (folder / LONGEST).write_text(longest, encoding="utf-8")


def _files(generation: Path, name: str) -> dict[str, bytes]:
    """Every file of a derived folder, by its path in the generation."""
    folder = generation / name
    return {
        p.relative_to(generation).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _live(index_dir: Path) -> Path:
    generation = current_generation(index_dir)
    assert generation is not None
    return generation


def _built_then_grown(corpus: Path, index_dir: Path) -> tuple[Path, dict[str, bytes]]:
    """Build with the dummy, then add a file: the live generation and its derived files."""
    rebuild(corpus, index_dir, derived=[WordCounts()])
    before = _live(index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow closes the mountain pass.\n")
    return before, _files(before, "wordcounts")


def _partials(index_dir: Path) -> list[Path]:
    """Derived files anywhere under the index folder that a stopped build left half written."""
    return [p for p in index_dir.rglob(COUNTS) if b"partial" in p.read_bytes()]


def _oracle(corpus: Path, tmp_path: Path) -> dict[str, bytes]:
    """What a fresh rebuild of ``corpus`` computes: the oracle for an update's result."""
    fresh = tmp_path / "oracle-index"
    rebuild(corpus, fresh, derived=[WordCounts()])
    return _files(_live(fresh), "wordcounts")


def test_rebuild_writes_the_derived_files_into_the_generation(
    corpus: Path, index_dir: Path
) -> None:
    kind = WordCounts()
    with Library.open(corpus, index_dir, derived=[kind]) as library:
        folder = library.derived_folder("wordcounts")
        ids = sorted(article.id for article in library.engine.articles())
        assert library.derived_folder("stories") is None
    live = _live(index_dir)
    assert folder == live / "wordcounts"
    assert kind.calls == [("build", ids, [])]  # every article, in order of id
    counts = json.loads((folder / COUNTS).read_text(encoding="utf-8"))
    assert sorted(counts) == ids and all(n > 0 for n in counts.values())
    manifest = load_manifest(live)
    assert manifest["derived"] == ["wordcounts"]
    for name, data in _files(live, "wordcounts").items():
        assert manifest["checksums"][name][0] == len(data)
    assert {"wordcounts/" + COUNTS, "wordcounts/" + LONGEST} <= manifest["checksums"].keys()
    verify(live, manifest)  # the derived files' checksums are right


def test_a_damaged_derived_file_is_a_damaged_index(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir, derived=[WordCounts()])
    live = _live(index_dir)
    target = live / "wordcounts" / COUNTS
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("1", "2").replace("3", "4"), encoding="utf-8")  # same size
    assert target.read_text(encoding="utf-8") != text
    with pytest.raises(IndexDamaged):
        verify(live, load_manifest(live))
    library = Library(corpus, index_dir, derived=[WordCounts()])
    assert library.status().state == "damaged"  # rewritten: as opening it finds (nu28 #10)
    assert library.status(verify=True).state == "damaged"  # the checksums too
    (corpus / "fresh.txt").write_text("Fresh snow closes the mountain pass.\n")
    with pytest.raises(IndexDamaged):
        update(corpus, index_dir, derived=[WordCounts()])  # an update never builds on it
    (live / "wordcounts" / LONGEST).unlink()
    assert library.status().state == "damaged"
    rebuild(corpus, index_dir, derived=[WordCounts()])  # a rebuild repairs it
    assert library.status(verify=True).state == "fresh" and _live(index_dir) != live


def test_the_self_check_refuses_a_generation_without_its_derived_folder(
    corpus: Path, index_dir: Path
) -> None:
    rebuild(corpus, index_dir, derived=[WordCounts()])
    before = _live(index_dir)
    kept = _files(before, "wordcounts")

    class Vanishing(WordCounts):
        def build(
            self, articles: Iterable[Article], folder: Path, on_progress: ProgressCallback | None
        ) -> None:
            super().build(articles, folder, on_progress)
            for path in sorted(folder.rglob("*"), reverse=True):
                path.unlink() if path.is_file() else path.rmdir()
            folder.rmdir()

    with pytest.raises(BuildFailed, match="lacks its wordcounts data"):
        rebuild(corpus, index_dir, derived=[Vanishing()])
    assert _live(index_dir) == before and _files(before, "wordcounts") == kept
    assert leftovers(index_dir) == []


def test_a_failed_derived_build_leaves_the_old_generation_and_no_partial_files(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    before, kept = _built_then_grown(corpus, index_dir)

    class Failing(WordCounts):
        def write(self, folder: Path, counts: dict[str, int]) -> None:
            (folder / COUNTS).write_text("{partial", encoding="utf-8")
            raise OSError(28, "No space left on device")

    for build in (rebuild, update):
        with pytest.raises(BuildFailed, match="No space"):
            build(corpus, index_dir, derived=[Failing()])
        assert _live(index_dir) == before and leftovers(index_dir) == []
        assert _files(before, "wordcounts") == kept
        verify(before, load_manifest(before))
        assert _partials(index_dir) == []


KILLED_IN_DERIVED = """
import os, sys, time
from pathlib import Path
from index.store.build import rebuild

report = sys.argv[3]

class Stuck:
    name = "wordcounts"

    def build(self, articles, folder, on_progress):
        for _ in articles:
            pass
        (folder / "counts.json").write_text('{"partial": ')
        Path(report + ".part").write_text(str(os.getpid()))
        os.replace(report + ".part", report)
        time.sleep(600)  # the test kills this process here

rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=1, derived=[Stuck()])
"""


def test_a_build_killed_in_its_derived_step_leaves_the_old_generation(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    before, kept = _built_then_grown(corpus, index_dir)
    report = tmp_path / "pid"
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_IN_DERIVED, str(corpus), str(index_dir), str(report)],
        cwd=ROOT,
        start_new_session=True,
    )
    try:
        wait_for("the build to reach its derived step", lambda: report.exists())
        assert leftovers(index_dir) != []  # the half-built generation, partial file and all
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    library = Library(corpus, index_dir, derived=[WordCounts()])
    status = library.status(verify=True)  # looking at the index tidies what the build left
    assert status.state == "stale" and status.articles == 3
    assert leftovers(index_dir) == []
    assert _live(index_dir) == before and _files(before, "wordcounts") == kept
    assert _partials(index_dir) == []
    with library:
        library.open_or_build()
        assert len(library) == 3 and library.derived_folder("wordcounts") == before / "wordcounts"


def test_update_passes_what_changed_and_matches_a_rebuild(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    kind = WordCounts()
    rebuild(corpus, index_dir, derived=[kind])
    first = _live(index_dir)
    ids_before = set(json.loads((first / "wordcounts" / COUNTS).read_text(encoding="utf-8")))
    kept = _files(first, "wordcounts")
    (corpus / "orchard.txt").unlink()
    (corpus / "fresh.txt").write_text("Fresh snow closes the mountain pass.\n")
    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text() + "\nThe port reopened on Wednesday, once more.\n")
    os.utime(harbour, ns=(1, 1))
    kind.calls.clear()
    report = update(corpus, index_dir, derived=[kind])
    assert report.indexed == 2 and report.deleted == 2
    second = _live(index_dir)
    ids_after = set(json.loads((second / "wordcounts" / COUNTS).read_text(encoding="utf-8")))
    assert len(kind.calls) == 1
    call, added, removed = kind.calls[0]
    gone, new = ids_before - ids_after, ids_after - ids_before
    assert call == "update" and len(gone) == 1 and len(new) == 1
    assert added == sorted(added) and removed == sorted(removed)
    # the changed file is removed (its old version) and added again; the deleted one removed
    changed = set(added) - new
    assert len(changed) == 1 and set(removed) == gone | changed and set(added) == new | changed
    assert _files(second, "wordcounts") == _oracle(corpus, tmp_path)
    assert _files(first, "wordcounts") == kept  # the previous generation was only read
    manifest = load_manifest(second)
    assert manifest["derived"] == ["wordcounts"]
    verify(second, manifest)


def test_noop_update_calls_nothing_and_a_new_kind_is_built_whole(
    corpus: Path, index_dir: Path, tmp_path: Path
) -> None:
    counts = WordCounts()
    rebuild(corpus, index_dir, derived=[counts])
    before = _live(index_dir)
    counts.calls.clear()
    update(corpus, index_dir, derived=[counts])
    assert counts.calls == [] and _live(index_dir) == before  # nothing changed: no new generation
    other = WordCounts("lengths")
    update(corpus, index_dir, derived=[counts, other])  # a kind the index lacks is built whole
    after = _live(index_dir)
    assert after != before
    assert [call[0] for call in counts.calls] == ["update"] and counts.calls[0][1:] == ([], [])
    assert [call[0] for call in other.calls] == ["build"] and len(other.calls[0][1]) == 3
    manifest = json.loads((after / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["derived"] == ["wordcounts", "lengths"]
    assert _files(after, "wordcounts") == _files(before, "wordcounts")
    assert {"lengths/" + COUNTS, "lengths/" + LONGEST} <= manifest["checksums"].keys()
    verify(after, manifest)


@pytest.mark.parametrize("name", ["", "Stories", "a/b", "..", "-x", "x" * 41])
def test_a_name_that_cannot_be_a_folder_is_refused(
    corpus: Path, index_dir: Path, name: str
) -> None:
    with pytest.raises(ValueError, match="cannot be named"):
        rebuild(corpus, index_dir, derived=[WordCounts(name)])
    assert current_generation(index_dir) is None


def test_two_kinds_of_one_name_are_refused(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    before = _live(index_dir)
    for build in (rebuild, update):
        with pytest.raises(ValueError, match="cannot be named 'wordcounts'"):
            build(corpus, index_dir, derived=[WordCounts(), WordCounts()])
    assert _live(index_dir) == before
