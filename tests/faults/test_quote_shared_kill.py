"""A build or an update killed while it writes the quotes' side files (`quote_shared`: its
``members.tsv`` already written) leaves the previous generation whole, its side files
answering as its ``members.tsv``; the next update's answer as its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.analysis import quote_shared
from tests.faults.helpers import start_paused_script
from tests.faults.test_quote_store_kill import built_then_changed, killed_then_updated
from tests.index.test_quote_shared import _parsed

PAUSED = """
import sys, time
from pathlib import Path
from index.analysis import quote_store
from index.analysis.quote_derived import QuotesDerived
from index.store.build import rebuild
from index.store.update import update

how, (corpus, index_dir, report) = sys.argv[1], map(Path, sys.argv[2:5])
write = quote_store._write_shared

def pause(folder, carried):
    write(folder, list(carried)[: 1])  # a part written, as a kill mid-write leaves it
    report.write_text("paused")
    time.sleep(600)  # the test kills this process here

def pause_update(previous, folder, dead, carried):  # an update's: the changes spliced in
    change(previous, folder, dead, carried)
    partial = (folder / "shared.tsv").read_bytes()[:10]
    (folder / "shared.tsv").write_bytes(partial)  # as a kill mid-write leaves it
    report.write_text("paused")
    time.sleep(600)

change = quote_store._update_shared
quote_store._write_shared, quote_store._update_shared = pause, pause_update
run = update if how == "update" else rebuild
run(corpus, index_dir, procs=1, derived=[QuotesDerived()])
"""


def _answers(quotes: Path) -> dict[str, set[str]]:
    want = _parsed(quotes)
    assert {a: quote_shared.sharing(quotes, a) for a in want} == want
    return want


@pytest.mark.parametrize("how", ["update", "rebuild"])
def test_a_build_killed_while_writing_side_files_keeps_the_previous_generation(
    tmp_path: Path, how: str
) -> None:
    corpus, index_dir, before = built_then_changed(tmp_path)
    shared = _answers(before / "quotes")
    assert any(shared.values())  # the wire copies share long quotations
    process = start_paused_script(PAUSED, tmp_path / "paused", how, corpus, index_dir)

    def same(quotes: Path) -> None:
        assert _answers(quotes) == shared

    after = killed_then_updated(process, corpus, index_dir, same)
    _answers(after / "quotes")
