"""The rough edges a new user met in the reader (nu22), each failing before its fix."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from index.library import default_derived
from index.store.build import rebuild
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def test_a_stale_index_that_lacks_stories_says_both(corpus_dir: Path, tmp_path: Path) -> None:
    """After `rebuild --no-stories --no-quotes` and a file changed, the line said only
    "stale: 1 changed file — press u to update"; `u` adds the stories and quotes too."""
    index = tmp_path / "index"
    rebuild(corpus_dir, index, derived=[d for d in default_derived() if d.name == "copies"])
    changed = sorted(p for p in corpus_dir.rglob("*") if p.is_file())[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    app = BroadsheetApp(corpus_dir, index)
    async with app.run_test(size=(160, 24)) as pilot:
        await settle(pilot)
        line = status(app)
        assert line.endswith("stale: 1 changed file; lacks quotes, stories — press u to update")
        await pilot.press("u")
        await settle(pilot)
        assert status(app).endswith("│ index fresh"), status(app)
