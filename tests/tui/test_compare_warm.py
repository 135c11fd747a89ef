"""The first `c` of a session finds the comparison loaded (fx146; nu59: it took ~1.5 s, later
ones a tenth): once the first list is shown a worker imports the comparison screens and
compares two made-up texts (`tui.compare_warm`), so pressing `c` imports nothing more, on
the UI thread or in the comparison's worker. Run in a fresh interpreter, so that no other
test has imported them already; the reader's first screen still imports none of it
(`tests/tui/test_first_paint_imports.py`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.tui.test_first_paint_imports import ROOT, _loaded

FIRST_C = """
import asyncio, sys
from pathlib import Path

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, settle
from tui.app import BroadsheetApp


async def main(tmp: Path) -> None:
    corpus = write_corpus(tmp / "corpus", STORIES)
    rebuild(corpus, tmp / "index", derived=default_derived())
    app = BroadsheetApp(corpus, tmp / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("m", "j", "m")
        await settle(pilot)
        before = set(sys.modules)
        await pilot.press("c")
        await settle(pilot)
        new = sorted(m for m in set(sys.modules) - before if m.startswith(("index", "tui")))
        print(type(app.screen).__name__, *new)


asyncio.run(main(Path(sys.argv[1])))
"""


def test_the_first_c_imports_nothing(tmp_path: Path) -> None:
    env = {**os.environ, **{k: str(tmp_path / k) for k in ("XDG_CONFIG_HOME", "XDG_STATE_HOME")}}
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_C, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    shown, *imported = result.stdout.split()
    assert shown == "CompareScreen"
    assert imported == []  # before fx146: tui.screens.compare, index.analysis.compare, ...


def test_the_first_screen_imports_no_comparison() -> None:
    # the warm-up waits for the first list: the reader's first screen imports none of it
    imports = "import tui.cli, tui.app, tui.screens.reader, tui.screens.reader_first_page"
    loaded = subprocess.run(
        [sys.executable, "-c", f"import sys\n{imports}\nprint(*sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert not {"tui.screens.compare", "tui.screens.multicompare", "index.analysis.compare"} & set(
        loaded
    )
    assert _loaded(imports) == []  # and no notebook, SQLite or TOML, as before
