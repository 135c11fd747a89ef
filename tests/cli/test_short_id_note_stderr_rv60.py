"""The line a shorter id says on stderr (cp47: "na-1491 → fetched/…/na-1491-….txt") is a
note: stderr closed or full stops no command (rv60: with stderr a pipe whose reader had
gone, Rich's broken-pipe handling sent stdout to /dev/null and exited 0, so `show na-1491`
printed nothing and said nothing; with stderr full it exited 1, the article unprinted).

Oracle: the same command with the whole id (which says no note) prints the same stdout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FILES = {
    "fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.txt": "Nerve agent found",
    "fetched/127.0.0.3_8054/2017-02-24/na-1457-2d6c0759da.txt": "Airport attack named",
}
WHOLE = list(FILES)
BODY = "Police in Kuala Lumpur said on {n} February that two women had been held."


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], dict[str, str]]:
    root = tmp_path_factory.mktemp("rv60")
    folder = root / "news"
    for n, (rel, title) in enumerate(FILES.items()):
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{title}\n\n{BODY.format(n=20 + n)}\n", encoding="utf-8")
    env = {**os.environ, "BROADSHEET_INDEX_DIR": str(root / "index")}
    base = [sys.executable, "-m", "tui", "--corpus", str(folder)]
    subprocess.run([*base, "index", "rebuild"], env=env, check=True, capture_output=True)
    return base, env


def stdout_with(
    setup: tuple[list[str], dict[str, str]], args: list[str], stderr: str
) -> tuple[int, bytes]:
    base, env = setup
    if stderr == "closed":
        reader, writer = os.pipe()
        os.close(reader)  # the reader of stderr has gone before the command writes
        done = subprocess.run([*base, *args], env=env, stdout=subprocess.PIPE, stderr=writer)
        os.close(writer)
    elif stderr == "full":
        with Path("/dev/full").open("w") as full:
            done = subprocess.run([*base, *args], env=env, stdout=subprocess.PIPE, stderr=full)
    else:
        done = subprocess.run([*base, *args], env=env, capture_output=True)
    return done.returncode, done.stdout


@pytest.mark.parametrize(
    "stderr",
    [
        "closed",
        pytest.param(
            "full", marks=pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
        ),
    ],
)
@pytest.mark.parametrize(
    ("short", "whole"),
    [
        (["show", "na-1491"], ["show", WHOLE[0]]),
        (["compare", "na-1491", "na-1457"], ["compare", *WHOLE]),
    ],
)
def test_a_short_ids_note_that_cannot_be_written_stops_nothing(
    setup: tuple[list[str], dict[str, str]], stderr: str, short: list[str], whole: list[str]
) -> None:
    code, out = stdout_with(setup, whole, "piped")
    assert code == 0 and out
    assert stdout_with(setup, short, stderr) == (0, out)
