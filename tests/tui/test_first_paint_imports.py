"""What the reader imports before its first screen: no notebook, no SQLite, no TOML.

The reader paints its first page (`tui.screens.reader_first_page`) before the index opens;
the notebook keys (`tui.screens.notebook_actions`) and the followed stories
(`tui.screens.follow_mode`) import `index.notebook` (and with it SQLite) and
`tui.notebook_ops` only when they first read or write the notebook, after the index opens;
the feed refresh (`tui.screens.feed_refresh`) imports `index.fetch` when `F` is pressed;
the keymap (`tui.keymap`) imports `tomllib` only to read a user's keymap file.
Run in a fresh interpreter, so that no other test has imported them already.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NOT_BEFORE_FIRST_PAINT = (
    "sqlite3",
    "_sqlite3",
    "index.notebook",
    "tui.notebook_ops",
    "index.fetch",
    "tomllib",
)

LOADED = """
import sys
{imports}
print("\\n".join(sorted(sys.modules)))
"""


def _loaded(imports: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", LOADED.format(imports=imports)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [
        name
        for name in result.stdout.split()
        if any(name == top or name.startswith(top + ".") for top in NOT_BEFORE_FIRST_PAINT)
    ]


def test_the_reader_s_first_screen_imports_no_notebook_no_sqlite_and_no_toml() -> None:
    # what `broadsheet read` imports to build the app and draw its first screen
    imports = "import tui.cli, tui.app, tui.screens.reader, tui.screens.reader_first_page"
    assert _loaded(imports) == []


def test_the_notebook_screen_does_import_them() -> None:
    # the check above can see them: the notebook screen imports the notebook at once
    loaded = _loaded("import tui.screens.notebook")
    assert "sqlite3" in loaded and "index.notebook" in loaded and "tui.notebook_ops" in loaded
