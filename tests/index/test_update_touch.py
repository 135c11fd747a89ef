"""`touch` on a file whose content did not change is not a change for the user."""

from __future__ import annotations

import os
from pathlib import Path

from index.store.build import rebuild
from index.store.update import update
from tests.conftest import write_corpus

STORIES = {
    "harbour.txt": "Harbour closes for winter\n\nThe harbour closed on Monday for the winter.\n",
    "orchard.txt": "Frost hits the orchards\n\nA late frost damaged the apple blossom.\n",
    "plain.json": '{"title": "Snow on the pass", "body": "Snow closed the pass again."}\n',
}


def _touch(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))


def test_a_touched_file_is_unchanged(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    _touch(corpus / "harbour.txt")
    _touch(corpus / "plain.json")
    report = update(corpus, index_dir)
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    assert report.unchanged == 3
    assert report.summary.startswith("0 articles added, 0 changed, 0 removed, 3 files unchanged")
    again = update(corpus, index_dir)  # the new times were recorded: nothing to read now
    assert (again.indexed, again.unchanged) == (0, 3)


def test_a_touched_file_with_new_content_is_changed(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", STORIES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text().replace("Monday", "Friday"))  # same size
    _touch(corpus / "orchard.txt")
    report = update(corpus, index_dir)
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    assert report.unchanged == 2
