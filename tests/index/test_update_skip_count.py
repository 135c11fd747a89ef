"""An update's count of files skipped in all: every file of the corpus that gave no article.

The CLI prints it after an update ("4 files skipped in all: 1 now, 3 by earlier
builds"); it comes from the update itself, not from a second pass over the corpus. A named
pipe that appears when nothing else changed counted nowhere before (rv11 2), and `index
status` did not list it after such a no-op update (wk5).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.store.build import rebuild
from index.store.status import index_status
from index.store.update import update

GOOD = "Harbour strike\n\nDockers walked out on Monday over pay, the union said.\n"
KINDS = {
    "good": GOOD.encode(),
    "empty": b"",
    "binary": b"\x00\x01\x02 not text",
    "other": GOOD.replace("Harbour", "Grain").encode(),
    "pipe": b"",  # a named pipe: the scan refuses it
}
SKIPPED = {"empty", "binary", "pipe"}
files = st.dictionaries(
    st.sampled_from([f"f{number}.txt" for number in range(8)]), st.sampled_from(sorted(KINDS))
)


def write(corpus: Path, wanted: dict[str, str], stamp: int) -> None:
    for path in corpus.iterdir():
        if path.name not in wanted or path.is_fifo() != (wanted[path.name] == "pipe"):
            path.unlink()
    for name, kind in wanted.items():
        path = corpus / name
        if kind == "pipe":
            if not path.exists():
                os.mkfifo(path)
        elif not path.exists() or path.read_bytes() != KINDS[kind]:
            path.write_bytes(KINDS[kind])
            os.utime(path, (stamp, stamp))


@settings(max_examples=25, deadline=None)
@given(files, files)
@example({"f1.txt": "empty"}, {"f1.txt": "empty", "f2.txt": "pipe"})  # nothing else to read
def test_update_counts_what_status_counts(
    tmp_path_factory: object, before: dict[str, str], after: dict[str, str]
) -> None:
    root = tmp_path_factory.mktemp("skips")  # type: ignore[attr-defined]
    corpus, index_dir = root / "corpus", root / "index"
    corpus.mkdir()
    write(corpus, {"anchor.txt": "good", **before}, 1_000_000)
    rebuild(corpus, index_dir, procs=1)
    write(corpus, {"anchor.txt": "good", **after}, 2_000_000)
    report = update(corpus, index_dir, procs=1)
    assert report.skipped_in_all == sum(kind in SKIPPED for kind in after.values())
    # status lists them too, a no-op update's (its manifest left as it was) included
    status = index_status(corpus, index_dir)
    assert report.skipped_in_all == status.skipped
    assert {Path(path).name for path, _ in status.skip_reasons} == {
        name for name, kind in after.items() if kind in SKIPPED
    }
    shutil.rmtree(root)


def refusing_corpus(root: Path) -> Path:
    """A corpus whose scan refuses two entries every time: a named pipe, a symlink out."""
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "anchor.txt").write_text(GOOD)
    os.mkfifo(corpus / "pipe.txt")
    (root / "outside.txt").write_text(GOOD.replace("Harbour", "Outside"))
    (corpus / "out.txt").symlink_to(root / "outside.txt")
    return corpus


@pytest.mark.parametrize("change", ["nothing", "a file added", "a file changed"])
def test_an_update_does_not_report_again_what_the_scan_refused_before(
    tmp_path: Path, change: str
) -> None:
    """nu27 #7: each `index update` said "skipped: pipe.txt: not a regular file, out.txt:
    symlink points outside the corpus" again, though the rebuild had listed them; they are
    still counted in all (and `index status` lists them)."""
    corpus, index_dir = refusing_corpus(tmp_path), tmp_path / "index"
    built = rebuild(corpus, index_dir, procs=1)
    assert {Path(s.path).name for s in built.skipped} == {"pipe.txt", "out.txt"}
    if change == "a file added":
        (corpus / "other.txt").write_bytes(KINDS["other"])
    elif change == "a file changed":
        (corpus / "anchor.txt").write_text(GOOD.replace("Monday", "Tuesday"))
    for _ in range(2):  # the second update builds on the first's manifest
        report = update(corpus, index_dir, procs=1)
        assert report.skipped == ()
        assert report.skipped_in_all == 2
    status = index_status(corpus, index_dir)
    assert status.skipped == 2
    assert {Path(path).name for path, _ in status.skip_reasons} == {"pipe.txt", "out.txt"}


@pytest.mark.parametrize("new", ["pipe", "empty", "symlink"])
def test_a_refusal_new_since_the_base_is_reported(tmp_path: Path, new: str) -> None:
    """What the base did not list is said by the update that meets it (and counted)."""
    corpus, index_dir = refusing_corpus(tmp_path), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    if new == "pipe":
        os.mkfifo(corpus / "pipe2.txt")
    elif new == "empty":
        (corpus / "empty.txt").write_bytes(b"")
    else:
        (corpus / "out2.txt").symlink_to(tmp_path / "outside.txt")
    name = {"pipe": "pipe2.txt", "empty": "empty.txt", "symlink": "out2.txt"}[new]
    report = update(corpus, index_dir, procs=1)
    assert [Path(s.path).name for s in report.skipped] == [name]
    assert report.skipped_in_all == 3
