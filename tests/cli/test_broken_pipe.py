"""A reader of the output that stops early (`broadsheet quotes -n 100 | head -1`) is no
failure: the command exits 0, quietly (nu15: it exited 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_corpus

ROWS = {
    f"a{n:02d}.txt": f'Harbour report {n}\n\n"The tides rose again," said Mayor Ada Okafor {n}.\n'
    for n in range(40)
}


@pytest.mark.parametrize(
    "command",
    [
        ["quotes", "-n", "100"],
        ["search", "harbour", "-n", "40"],
        ["index", "rebuild"],  # nu16: "broadsheet: Broken pipe", exit 1 (the index was built)
        ["index", "status"],
    ],
)
def test_a_closed_pipe_exits_0_quietly(tmp_path: Path, command: list[str]) -> None:
    corpus = write_corpus(tmp_path / "corpus", ROWS)
    env = {**os.environ, "BROADSHEET_INDEX_DIR": str(tmp_path / "index")}
    base = [sys.executable, "-m", "tui", "--corpus", str(corpus)]
    subprocess.run([*base, "index", "rebuild"], env=env, check=True, capture_output=True)
    reader, writer = os.pipe()
    os.close(reader)  # the pipe's reader has gone before the command writes
    done = subprocess.run([*base, *command], env=env, stdout=writer, stderr=subprocess.PIPE)
    os.close(writer)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
