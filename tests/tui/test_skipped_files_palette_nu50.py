"""nu50 #6: at 120 columns the status line's "4 files skipped" lost its "(why: broadsheet
index status)", and the command palette had nothing for the skips: which files and why
were out of the reader's reach. Now the palette's "Skipped files" lists each with why, the
same lines `broadsheet index status` prints (the oracle)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from typer.testing import CliRunner

from index.library import default_derived
from index.store.build import rebuild
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.cli import app as cli
from tui.screens.skipped_files import SkippedFiles
from tui.skips import SKIPPED_TITLE


def with_skips(corpus_dir: Path, tmp_path: Path) -> BroadsheetApp:
    (corpus_dir / "empty.txt").write_text("")
    (corpus_dir / "binary.txt").write_bytes(b"\x00\x01binary")
    (corpus_dir / "deep").mkdir()
    (corpus_dir / "deep" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    rebuild(corpus_dir, tmp_path / "index", derived=default_derived())
    return BroadsheetApp(corpus_dir, tmp_path / "index")


async def test_the_palette_lists_the_files_skipped_with_why(
    corpus_dir: Path, tmp_path: Path
) -> None:
    app = with_skips(corpus_dir, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: bool(screen.skipped))
        line = str(screen.query_one("#status", Static).render())
        assert "3 files skipped (why: ctrl+p → Skipped files)" in line, line
        entries = [c for c in app.get_system_commands(screen) if c.title == SKIPPED_TITLE]
        assert len(entries) == 1 and "3 files" in entries[0].help
        entries[0].callback()
        await wait_until(pilot, lambda: isinstance(app.screen, SkippedFiles))
        await settle(pilot)
        listed = str(app.screen.query_one("#skipped-lines", Static).render()).splitlines()
        await pilot.press("escape")
        await wait_until(pilot, lambda: app.screen is screen)
    status = CliRunner().invoke(
        cli,
        ["index", "status", "--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "index")],
    )
    assert status.exit_code == 0
    printed = [" ".join(line.split()) for line in status.stdout.splitlines()]
    assert len(listed) == 3 and all(line in printed for line in listed), (listed, printed)
    assert any(line.startswith("deep/photo.txt: ") for line in listed), listed


async def test_no_skips_no_entry(corpus_dir: Path, tmp_path: Path) -> None:
    rebuild(corpus_dir, tmp_path / "index", derived=default_derived())
    app = BroadsheetApp(corpus_dir, tmp_path / "index")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        assert not [c for c in app.get_system_commands(screen) if c.title == SKIPPED_TITLE]
