"""Promise 1: a build that dies at any point leaves the previous index whole."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index import build as build_module
from index import store
from index.build import rebuild, update
from index.search import open_index
from index.store import build_lock, current_generation
from tui.cli import Exit, app

ROOT = Path(__file__).resolve().parents[2]


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"story-{n:04d}.txt").write_text(
            f"Story number {n} about the harbour\n\n"
            f"The harbour board met on day {n} and discussed cranes, tides and wages. "
            + "Dock workers spoke at length about the weather and the ships. "
            * 20,
            encoding="utf-8",
        )
    return folder


def leftovers(index_dir: Path) -> list[str]:
    return [p.name for p in index_dir.iterdir() if p.name.startswith(store.TMP_PREFIX)]


def test_sigkill_at_random_points_keeps_previous_index(tmp_path: Path) -> None:
    corpus = write_articles(tmp_path / "corpus", 1500)
    index_dir = tmp_path / "index"
    rebuild(corpus, index_dir, procs=1)
    started = time.monotonic()
    write_articles(tmp_path / "corpus", 1520)  # the killed builds would have had 1520
    rebuild(corpus, tmp_path / "timing", procs=1)
    build_seconds = time.monotonic() - started
    script = (
        "import sys; from pathlib import Path; from index.build import rebuild; "
        "rebuild(Path(sys.argv[1]), Path(sys.argv[2]), procs=1)"
    )
    rng = random.Random(20261124)
    kills = 0
    for _ in range(8):
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(corpus), str(index_dir)], cwd=ROOT
        )
        time.sleep(rng.uniform(0.05, build_seconds * 1.2))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.wait()
        with open_index(index_dir) as index:
            assert len(index) in (1500, 1520)  # the old generation, or a finished new one
        assert leftovers(index_dir) == []  # opening tidied what the killed build left
    assert kills >= 3


def test_ctrl_c_exits_130_and_keeps_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)
    calls = 0
    real = build_module.read_source

    def interrupt_second(source: object) -> object:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        return real(source)  # type: ignore[arg-type]

    monkeypatch.setattr(build_module, "read_source", interrupt_second)
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
def test_disk_full_keeps_index_and_releases_lock(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    rebuild(corpus, index_dir)
    before = current_generation(index_dir)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(build_module, where, full)
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)])
    assert result.exit_code == Exit.ERROR
    assert "No space left on device" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert current_generation(index_dir) == before
    assert leftovers(index_dir) == []
    with build_lock(index_dir):  # released: taking it again does not fail
        pass
    with open_index(index_dir) as index:
        assert index.search("frost").total == 1


def test_io_error_during_update_keeps_index(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rebuild(corpus, index_dir)
    (corpus / "fresh.txt").write_text("Fresh snow on the pass.\n")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(build_module, "_finish", broken)
    with pytest.raises(OSError, match="Input/output"):
        update(corpus, index_dir)
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
