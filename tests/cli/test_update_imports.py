"""`broadsheet index update` places new articles in stories without importing SciPy.

Importing ``scipy.sparse`` alone took 0.25-0.5 s of an update of a hundred files; the update
path of stories is NumPy only (`index.analysis.story_rows`). The stories update may run in a
forked child, whose imports the parent's ``sys.modules`` does not show, so an import hook
(inherited by the child) writes down every SciPy module asked for. What it watches: the
update's own process and any child it forks; not the segment workers of a large update
(fresh interpreters, which an update of a hundred files does not start).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

WATCH = """
import sys
LOG = sys.argv[2]

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "scipy":
            with open(LOG, "a") as log:
                log.write(name + "\\n")
        return None

sys.meta_path.insert(0, Watch())
"""
UPDATE = """
sys.argv = ["broadsheet", "index", "update", "--corpus", sys.argv[1], *sys.argv[3:]]
from tui.cli import main
main()
"""
FORKED = """
import os
pid = os.fork()
if not pid:
    import scipy.sparse
    os._exit(0)
os.waitpid(pid, 0)
"""


def _update(corpus: Path, index_dir: Path, log: Path, *args: str, code: str = UPDATE) -> str:
    result = subprocess.run(
        [sys.executable, "-c", WATCH + code, str(corpus), str(log), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"BROADSHEET_INDEX_DIR": str(index_dir), "PATH": "/usr/bin:/bin"},
    )
    return result.stdout


@pytest.mark.parametrize("procs", ["1", "2"])
def test_an_update_of_stories_imports_no_scipy(
    corpus: Path, index_dir: Path, tmp_path: Path, procs: str
) -> None:
    seen = tmp_path / "seen.log"
    _update(corpus, index_dir, seen, code=FORKED)  # the hook sees a forked child's imports
    assert "scipy.sparse" in seen.read_text().split()
    assert _update(corpus, index_dir, tmp_path / "build.log").startswith("Rebuilt index of")
    for round_ in range(2):
        (corpus / f"new-{round_}.txt").write_text(
            f"Harbour strike ends after talks {round_}\n\nDock workers at the port ended "
            "their strike on Tuesday after the union agreed a pay deal, union leaders said.\n",
            encoding="utf-8",
        )
        log = tmp_path / f"update-{round_}.log"
        out = _update(corpus, index_dir, log, "--procs", procs)
        assert out.startswith("Updated index of") and "1 article added" in out, out
        assert not log.exists(), log.read_text()
        placed = [p.read_text() for p in index_dir.glob("gen-*/stories/stories.json")]
        assert any(f"new-{round_}" in text for text in placed)  # the stories were updated
