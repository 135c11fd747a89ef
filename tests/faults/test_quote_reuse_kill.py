"""A rebuild killed while it reuses the live generation's quotes (issue 18) leaves that
generation whole: every file's checksum, the same quotes files; the next rebuild reuses
them and writes what a fresh build does."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from index.analysis.quote_derived import QuotesDerived
from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest, verify
from tests.faults.helpers import leftovers, start_paused_script
from tests.faults.test_quote_store_kill import built_then_changed
from tests.quote_rows import ROWS, write_rows

PAUSED_REBUILD = """
import sys, time
from pathlib import Path
from index.analysis import quote_derived
from index.store.build import rebuild

corpus, index_dir, report = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
extracted = []
real = quote_derived.extract_quotes
quote_derived.extract_quotes = lambda text: extracted.append(1) or real(text)

def pause(*args, **kwargs):
    report.write_text(f"paused after {len(extracted)} extractions")
    time.sleep(600)  # the test kills this process here

quote_derived.write_parts = pause  # the new quotes folder is written but for its parts
rebuild(corpus, index_dir, procs=1, derived=[quote_derived.QuotesDerived()])
"""


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_rebuild_killed_while_reusing_quotes_keeps_the_live_generation(
    tmp_path: Path,
) -> None:
    corpus, index_dir, before = built_then_changed(tmp_path)  # the change: a known text
    kept = files_of(before / "quotes")
    write_rows(corpus, [{**ROWS[0], "id": "new", "body": ROWS[0]["body"] + " It was close."}])
    report = tmp_path / "paused"
    process = start_paused_script(PAUSED_REBUILD, report, corpus, index_dir)
    assert report.read_text() == "paused after 1 extractions"  # the others were reused
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    assert current_generation(index_dir) == before
    verify(before, load_manifest(before), crc=True)
    assert files_of(before / "quotes") == kept
    rebuild(corpus, index_dir, procs=1, derived=[QuotesDerived()])
    assert not leftovers(index_dir)
    rebuild(corpus, tmp_path / "fresh", procs=1, derived=[QuotesDerived()])
    after = current_generation(index_dir)
    fresh = current_generation(tmp_path / "fresh")
    assert after is not None and fresh is not None
    assert files_of(after / "quotes") == files_of(fresh / "quotes")
