"""An update killed while it writes the quotes' segmented store (its kept segments already
hard-linked into the new generation) leaves the previous generation whole: the same quote
groups, every file's checksum, and a later update that works from it."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path

from index.analysis.quote_derived import QuotesDerived, _read_groups
from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest, verify
from index.store.update import update
from tests.faults.helpers import start_paused_script
from tests.quote_rows import ROWS, write_rows

PAUSED_UPDATE = """
import sys, time
from pathlib import Path
from index.analysis import quote_store
from index.analysis.quote_derived import QuotesDerived
from index.store.update import update

corpus, index_dir, report = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])

def pause(*args, **kwargs):
    report.write_text("paused")
    time.sleep(600)  # the test kills this process here

quote_store.write_toc = pause  # the last file of the store: everything else is written
update(corpus, index_dir, procs=1, derived=[QuotesDerived()])
"""


def built_then_changed(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A corpus of quoted wire copies, its index (quotes only) and live generation; then
    one article of the corpus changed."""
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(3) for row in ROWS]
    corpus = write_rows(tmp_path / "corpus", rows)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[QuotesDerived()])
    before = current_generation(index_dir)
    assert before is not None
    write_rows(corpus, [{**rows[0], "body": rows[2]["body"]}])  # a changed article
    return corpus, index_dir, before


def killed_then_updated(
    process: subprocess.Popen[bytes], corpus: Path, index_dir: Path, kept: Callable[[Path], None]
) -> Path:
    """Kill the paused build: the live generation is whole, and ``kept`` of its quotes
    folder passes; then the next update works: its generation."""
    before = current_generation(index_dir)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert before is not None and current_generation(index_dir) == before
    verify(before, load_manifest(before), crc=True)
    kept(before / "quotes")
    assert update(corpus, index_dir, procs=1, derived=[QuotesDerived()]).changed == 1
    after = current_generation(index_dir)
    assert after is not None and after != before
    verify(after, load_manifest(after), crc=True)
    return after


def test_an_update_killed_while_writing_quotes_keeps_the_previous_generation(
    tmp_path: Path,
) -> None:
    corpus, index_dir, before = built_then_changed(tmp_path)
    groups = _read_groups(before / "quotes")
    process = start_paused_script(PAUSED_UPDATE, tmp_path / "paused", corpus, index_dir)

    def same(quotes: Path) -> None:
        assert _read_groups(quotes) == groups

    killed_then_updated(process, corpus, index_dir, same)
