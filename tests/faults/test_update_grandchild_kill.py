"""qs30: an update's derive child updates the quotes in a grandchild of its own
(`index.store.aside.fork_aside`). The update's process killed while that grandchild works
leaves no process behind (each dies with its parent) and the previous generation whole;
the next update works from it."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from index.store.build import rebuild
from index.store.generations import current_generation, load_manifest, verify
from index.store.update import update
from tests.faults.helpers import gone, start_paused_script, wait_for
from tests.index.test_derive_aside import Ids, Last
from tests.quote_rows import ROWS, write_rows

PAUSED = """
import os, sys, time
from pathlib import Path
from index.store.update import update
from tests.index.test_derive_aside import Ids, Last

corpus, index_dir, report = map(Path, sys.argv[1:4])

class Sleeps(Ids):
    def fail(self):  # in the grandchild, once it has its values
        report.write_text(f"{os.getpid()} {os.getppid()}")
        time.sleep(600)  # the test kills the update here

update(corpus, index_dir, procs=2, derived=[Sleeps(), Last()])
"""


def test_an_update_killed_while_its_grandchild_works_leaves_no_process(tmp_path: Path) -> None:
    rows = [{**row, "id": f"{row['id']}-{n}"} for n in range(2) for row in ROWS]
    corpus, index_dir = write_rows(tmp_path / "corpus", rows), tmp_path / "index"
    rebuild(corpus, index_dir, procs=1, derived=[Ids(), Last()])
    before = current_generation(index_dir)
    assert before is not None
    write_rows(corpus, [{**rows[0], "body": rows[1]["body"]}])  # a changed article
    process = start_paused_script(PAUSED, tmp_path / "paused", corpus, index_dir)
    grandchild, child = (int(pid) for pid in (tmp_path / "paused").read_text().split())
    assert process.pid not in (grandchild, child)
    os.kill(process.pid, signal.SIGKILL)  # the update's own process alone
    process.wait()
    wait_for("the derive child and its grandchild to exit", lambda: gone([child, grandchild]))
    assert current_generation(index_dir) == before
    verify(before, load_manifest(before), crc=True)
    assert update(corpus, index_dir, procs=2, derived=[Ids(), Last()]).changed == 1
    after = current_generation(index_dir)
    assert after is not None and after != before
    assert (after / "ids" / "ppid.txt").read_text() == (after / "last" / "pid.txt").read_text()
