"""Searching while builds run, and not leaking files over many searches."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from index.build import rebuild
from index.search import open_index
from tests.faults.helpers import ROOT, write_articles


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_thousand_searches_keep_open_files_flat(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    with open_index(index_dir) as index:
        index.search("harbour")
        before = _open_files()
        queries = ["harbour", "frost OR snow", '"pay deal"', "harb*", "blosom~", "", "zzz"]
        for n in range(1000):
            index.search(queries[n % len(queries)], limit=5)
            if n % 100 == 0:
                index.refresh()
        assert _open_files() <= before + 2


def test_searching_throughout_rebuilds_in_another_process(tmp_path: Path) -> None:
    corpus = write_articles(tmp_path / "corpus", 150)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    script = (
        "import sys; from pathlib import Path; from index.build import rebuild\n"
        "for _ in range(4): rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=1)"
    )
    child = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(index_dir)], cwd=ROOT)
    searches = errors = swaps = 0
    with open_index(index_dir) as index:
        while child.poll() is None or searches < 50:
            try:
                result = index.search("harbour", limit=3)
                assert result.total == 150
                index.article(result.hits[0].id)
                swaps += index.refresh()
            except Exception:
                errors += 1
            searches += 1
    assert child.returncode == 0
    assert errors == 0
    assert searches > 50 and swaps >= 1
