"""An update's count of files skipped in all is what `index status` then reports.

The CLI prints it after an update ("4 files skipped in all, 3 of them by earlier
builds"); it comes from the update itself, not from a second pass over the corpus.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from hypothesis import given, settings
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
}
files = st.dictionaries(
    st.sampled_from([f"f{number}.txt" for number in range(8)]), st.sampled_from(sorted(KINDS))
)


def write(corpus: Path, wanted: dict[str, str], stamp: int) -> None:
    for path in corpus.iterdir():
        if path.name not in wanted:
            path.unlink()
    for name, kind in wanted.items():
        path = corpus / name
        if not path.exists() or path.read_bytes() != KINDS[kind]:
            path.write_bytes(KINDS[kind])
            os.utime(path, (stamp, stamp))


@settings(max_examples=15, deadline=None)
@given(files, files)
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
    assert report.skipped_in_all == index_status(corpus, index_dir).skipped
    shutil.rmtree(root)
