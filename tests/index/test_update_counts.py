"""`index status` and `index update` count changed files alike (nu17 #11): by path, so a
file renamed, or a new file whose article reuses a deleted one's id, is new and deleted."""

from __future__ import annotations

import os
from pathlib import Path

from index.store.build import rebuild
from index.store.status import index_status
from index.store.update import update
from tests.conftest import write_corpus


def _story(article_id: str, title: str) -> str:
    return f'{{"id": "{article_id}", "title": "{title}", "body": "{title} on Monday."}}\n'


FILES = {f"{n:02}.json": _story(f"a{n}", f"Story number {n}") for n in range(8)}


def test_status_counts_the_files_update_then_reports(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", FILES)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir)
    (corpus / "00.json").rename(corpus / "renamed.json")  # its article keeps id a0
    (corpus / "01.json").unlink()
    (corpus / "02.json").unlink()
    (corpus / "reuse.json").write_text(_story("a2", "Story number 2 again"))  # 02's id
    (corpus / "fresh.json").write_text(_story("b1", "A fresh story"))
    (corpus / "03.json").write_text(_story("a3", "Story number 3 edited"))
    info = (corpus / "04.json").stat()  # touched: the same bytes, no change
    os.utime(corpus / "04.json", ns=(info.st_atime_ns, info.st_mtime_ns + 5_000_000_000))
    status = index_status(corpus, index_dir)
    counted = (status.new_files, status.changed_files, status.deleted_files)
    assert counted == (3, 1, 3)
    report = update(corpus, index_dir)
    assert report.files == counted
    assert "; files: 3 new, 1 changed, 3 deleted (" in report.summary
    # by id, the renamed file's and the reused id's articles are changed, not added/removed
    assert (report.added, report.changed, report.removed) == (1, 3, 1)
    after = index_status(corpus, index_dir)
    assert (after.state, after.new_files, after.changed_files, after.deleted_files) == (
        "fresh",
        0,
        0,
        0,
    )
