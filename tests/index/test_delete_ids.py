"""An update deletes the changed and removed articles with `index.store.deletes.delete_ids`:
the oracle is Whoosh's own ``writer.delete_by_term("id", ...)`` on a copy of the same
index, over several segments holding older, already deleted copies of the same ids."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.index import create_in, open_dir

from index.store.deletes import delete_ids
from index.store.pool import ParallelWriter
from index.store.schema import make_schema

IDS = [f"a{n}" for n in range(12)]
# commits of (ids added, ids re-added: their older copy is deleted first), as updates do
COMMITS = st.lists(st.lists(st.sampled_from(IDS), unique=True, min_size=1), min_size=1, max_size=4)


def _build(folder: Path, commits: list[list[str]]) -> None:
    ix = create_in(str(folder), make_schema())
    for number, ids in enumerate(commits):
        writer = ix.writer(compound=False)
        for article_id in ids:
            writer.delete_by_term("id", article_id)  # the older copy, if any
            writer.add_document(id=article_id, body=f"version {number}")
        writer.commit(merge=False)
    ix.close()


def _deleted(writer: object) -> list[list[int]]:
    return [sorted(segment.deleted_docs()) for segment in writer.segments]  # type: ignore[attr-defined]


@settings(max_examples=40, deadline=None)
@given(COMMITS, st.lists(st.sampled_from([*IDS, "absent"]), unique=True))
def test_the_documents_whooshs_delete_by_term_deletes(
    commits: list[list[str]], gone: list[str]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        theirs, ours = Path(tmp) / "theirs", Path(tmp) / "ours"
        theirs.mkdir()
        _build(theirs, commits)
        shutil.copytree(theirs, ours)
        ix_theirs, ix_ours = open_dir(str(theirs)), open_dir(str(ours))
        w_theirs, w_ours = ix_theirs.writer(), ix_ours.writer()
        try:
            count = sum(w_theirs.delete_by_term("id", article_id) for article_id in gone)
            assert delete_ids(w_ours, gone) == count
            assert _deleted(w_ours) == _deleted(w_theirs)
            live = {a for ids in commits for a in ids}
            assert count == len(live & set(gone))
        finally:
            w_theirs.cancel()
            w_ours.cancel()
            ix_theirs.close()
            ix_ours.close()


def test_a_parallel_writer_deletes_in_its_base_writer(tmp_path: Path) -> None:
    _build(tmp_path, [["a1", "a2"], ["a2"]])
    ix = open_dir(str(tmp_path))
    parallel = ParallelWriter.__new__(ParallelWriter)  # no worker processes: deletions only
    parallel.base = ix.writer()
    try:
        assert delete_ids(parallel, ["a2", "a3"]) == 1
        assert _deleted(parallel.base) == [[1], [0]]
    finally:
        parallel.base.cancel()
        ix.close()


def test_an_update_deletes_without_whooshs_query_modules() -> None:
    code = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from whoosh.index import create_in\n"
        "from index.store.schema import make_schema\n"
        "from index.store.update import delete_ids\n"
        "folder = tempfile.mkdtemp()\n"
        "ix = create_in(folder, make_schema())\n"
        "w = ix.writer(); w.add_document(id='a1'); w.commit()\n"
        "w = ix.writer(); print(delete_ids(w, ['a1'])); w.commit()\n"
        "print(sorted(m for m in ('whoosh.query', 'whoosh.searching') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.split("\n")[:2] == ["1", "[]"]
