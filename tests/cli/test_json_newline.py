"""Every `--json` output ends its last line, so a message after it (on stderr, or the
shell's prompt) starts a line of its own: `search --json --source nope` in a terminal once
showed "[]No outlet ..." (cl24 #1). Checked through a pipe and through a terminal (a pty),
where Rich, not `json.dumps`, prints the JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")

JSON_COMMANDS = [
    ["search", "harbour", "--json"],
    ["search", "nothing-matches-this", "--json"],
    ["search", "harbour", "--source", "No Such Outlet", "--json"],
    ["search", "source:nosuchoutlet", "--json"],
    ["quotes", "--json"],
    ["stories", "--json"],
    ["following", "--json"],
    ["notes", "--json"],
    ["index", "status", "--json"],
]


def command(corpus: Path, index_dir: Path, args: list[str]) -> list[str]:
    broadsheet = str(Path(sys.prefix) / "bin" / "broadsheet")
    return [broadsheet, "--corpus", str(corpus), "--index-dir", str(index_dir), *args]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from tests.conftest import ARTICLES, write_corpus

    root = tmp_path_factory.mktemp("json_newline")
    corpus = write_corpus(root / "corpus", ARTICLES)
    index_dir = root / "index"
    done = subprocess.run(
        command(corpus, index_dir, ["index", "rebuild"]), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return corpus, index_dir


def in_terminal(args: list[str]) -> tuple[int, bytes]:
    """What a terminal shows of ``args``: stdout and stderr on one pty, as typed."""
    main, child = pty.openpty()
    process = subprocess.Popen(args, stdout=child, stderr=child, stdin=subprocess.DEVNULL)
    os.close(child)
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    return process.wait(), shown


@pytest.mark.parametrize("args", JSON_COMMANDS, ids=" ".join)
def test_json_ends_its_line(built: tuple[Path, Path], args: list[str]) -> None:
    piped = subprocess.run(command(*built, args), capture_output=True, check=False)
    out = piped.stdout.decode()
    json.loads(out)  # the whole of stdout is the JSON
    assert out.endswith("\n")
    code, shown = in_terminal(command(*built, args))
    assert code == piped.returncode
    text = shown.decode().replace("\r\n", "\n")
    assert text.endswith("\n")
    message = piped.stderr.decode().strip()
    if message:  # said after the JSON, on a line of its own ("[]No outlet ...": cl24 #1)
        start = message.splitlines()[0][:20]
        lines = [line for line in text.splitlines() if start in line]
        assert lines, text
        assert all(line.startswith(start) for line in lines), lines
