"""Promise 1: a build that dies at any point leaves the previous index whole."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import build as build_module
from index import collect as collect_module
from index.build import rebuild, update
from index.errors import BuildFailed
from index.search import open_index
from index.store import build_lock, current_generation
from tests.faults.helpers import ROOT, leftovers
from tui.cli import Exit, app


def test_ctrl_c_exits_130_and_keeps_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    calls = 0
    real = collect_module.read_source

    def interrupt_second(source: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real(source)  # type: ignore[arg-type]

    monkeypatch.setattr(collect_module, "read_source", interrupt_second)
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INTERRUPTED
    assert "interrupted" in result.stderr
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with open_index(index_dir) as index:
        assert len(index) == 3


def test_second_rebuild_while_one_runs_fails_fast(corpus: Path, index_dir: Path) -> None:
    rebuild(corpus, index_dir)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from index.store import build_lock\n"
            "with build_lock(Path(sys.argv[1])):\n    print('locked', flush=True); time.sleep(30)",
            str(index_dir),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, "-m", "tui", "index", "rebuild", "--corpus", str(corpus)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "BROADSHEET_INDEX_DIR": str(index_dir)},
        )
        assert time.monotonic() - started < 10
        assert result.returncode == Exit.LOCKED
        assert "a rebuild is already running" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    with open_index(index_dir) as index:
        assert len(index) == 3


@pytest.mark.parametrize("where", ["_finish", "publish"])
def test_disk_full_is_exit_4_with_the_path_and_keeps_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_module, where, full)
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert result.stderr.strip() == (
        f"broadsheet: cannot write the index in {index_dir}: No space left on device; "
        "the previous index is kept"
    )
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with build_lock(index_dir):  # released: taking it again does not fail
        pass
    with open_index(index_dir) as index:
        assert index.search("frost").total == 1


def test_disk_full_in_a_real_filesystem_call_is_exit_4(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)

    def fsync(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)  # every durable write fails, as on a full disk
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert len(result.stderr.strip().splitlines()) == 1
    assert "No space left on device" in result.stderr and str(index_dir) in result.stderr
    monkeypatch.undo()
    assert current_generation(index_dir) == before and leftovers(index_dir) == []


def test_io_error_during_update_keeps_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")
    real_replace = os.replace

    def broken(source: object, target: object, **kwargs: object) -> None:
        if str(target).endswith(".json"):
            raise OSError(errno.EIO, "Input/output error", str(target))
        real_replace(source, target, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(BuildFailed, match=f"in {index_dir}: Input/output error"):
        update(corpus, index_dir)
    result = CliRunner().invoke(app, ["index", "update", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert "Input/output error" in result.stderr and "Traceback" not in result.stderr
    monkeypatch.undo()
    assert leftovers(index_dir) == []
    with open_index(index_dir) as index:
        assert len(index) == 3 and index.search("snow").total == 0


def test_read_only_index_folder(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    real_open = os.open

    def read_only(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if str(path).startswith(str(index_dir)) and flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only)
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == Exit.INDEX
    assert "cannot rebuild" in result.stderr and "read-only" in result.stderr
    result = CliRunner().invoke(app, ["search", "frost", "--json", "--corpus", str(corpus)])
    assert result.exit_code == 0 and '"orchard.txt"' in result.stdout
