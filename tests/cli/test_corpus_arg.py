"""A corpus given as an argument: ``broadsheet ~/news`` and ``broadsheet index rebuild
~/news`` read as ``--corpus ~/news`` (a new user's first try was an error)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tui.cli import fast
from tui.cli.corpus_arg import corpus_first

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["~/news"], ["--corpus", "~/news"]),
        (["./news"], ["--corpus", "./news"]),
        (["--no-restore", "/tmp/news"], ["--no-restore", "--corpus", "/tmp/news"]),
        (
            ["--index-dir", "/tmp/ix", "/tmp/news"],
            ["--index-dir", "/tmp/ix", "--corpus", "/tmp/news"],
        ),
        (["index", "rebuild", "/tmp/news"], ["index", "rebuild", "--corpus", "/tmp/news"]),
        (
            ["index", "update", "-j", "2", "news"],
            ["index", "update", "-j", "2", "--corpus", "news"],
        ),
        (
            ["index", "status", "news", "--json"],
            ["index", "status", "--corpus", "news", "--json"],
        ),
        (
            ["--debug", "index", "rebuild", "--no-stories", "a.jsonl"],
            ["--debug", "index", "rebuild", "--no-stories", "--corpus", "a.jsonl"],
        ),
    ],
)
def test_the_argument_becomes_the_corpus_option(args: list[str], expected: list[str]) -> None:
    assert corpus_first(args) == expected


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["search", "oil"],  # a command's own argument
        ["show", "./a.txt"],
        ["search", "./odd"],
        ["--corpus", "/a", "/b"],  # the corpus given twice: Typer says what is wrong
        ["index", "rebuild", "--corpus", "/a", "/b"],
        ["index", "rebuild", "/a", "/b"],  # two arguments: Typer's error
        ["index", "rebuild"],
        ["index", "rebuild", "--", "/a"],
        ["index", "--help"],
        ["nosuchcommand"],  # not a path: Typer's "No such command"
        ["stories", "--since", "2017-01-01"],
    ],
)
def test_everything_else_is_left_as_typed(args: list[str]) -> None:
    assert corpus_first(args) == args


def test_a_folder_named_like_a_command_is_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "search").mkdir()
    (tmp_path / "news").mkdir()
    monkeypatch.chdir(tmp_path)
    assert corpus_first(["search", "oil"]) == ["search", "oil"]
    assert corpus_first(["news"]) == ["--corpus", "news"]  # a folder here, no command's name


_PATHS = st.from_regex(r"/[a-z]{1,8}(/[a-z0-9._]{1,8}){0,2}", fullmatch=True)
_BUILD_PARTS = st.lists(
    st.sampled_from(
        [["--no-stories"], ["--no-quotes"], ["-j", "2"], ["--procs", "1"], ["--index-dir", "/ix"]]
    ),
    max_size=4,
    unique_by=lambda part: fast.BUILD_OPTIONS.get(part[0], part[0]),  # -j is --procs
)


@given(how=st.sampled_from(["rebuild", "update"]), parts=_BUILD_PARTS, path=_PATHS, data=st.data())
def test_the_fast_path_reads_the_argument_as_it_reads_the_option(
    how: str, parts: list[list[str]], path: str, data: st.DataObject
) -> None:
    # the oracle: the same command line with --corpus, as the fast path reads it
    at = data.draw(st.integers(0, len(parts)))
    positional = [token for part in (*parts[:at], [path], *parts[at:]) for token in part]
    with_option = [token for part in (*parts, ["--corpus", path]) for token in part]
    rewritten = corpus_first(["index", how, *positional])
    assert rewritten[:2] == ["index", how]
    left, right = fast.parse_build([how, *rewritten[2:]]), fast.parse_build([how, *with_option])
    assert left is not None and right is not None
    assert (left.values, left.off) == (right.values, right.off)


def test_index_commands_take_the_corpus_as_an_argument(corpus: Path, index_dir: Path) -> None:
    # the real command line, fast path included (an update loads neither Typer nor Rich)
    code = (
        "import sys\n"
        "sys.argv = ['broadsheet', *sys.argv[1:]]\n"
        "from tui.cli import main\n"
        "main()\n"
        "print('typer' in sys.modules, file=sys.stderr)"
    )

    def broadsheet(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={"BROADSHEET_INDEX_DIR": str(index_dir), "PATH": "/usr/bin:/bin"},
        )

    built = broadsheet("index", "rebuild", str(corpus))
    assert built.returncode == 0, built.stderr
    # a slow build says its stage every few seconds ("broadsheet: stories, 5 s so far";
    # ci130, at load 15): only the Typer question is asked of stderr
    said = [line for line in built.stderr.splitlines() if not line.endswith(" so far")]
    assert built.stdout.startswith("Rebuilt index of") and said == ["False"], built.stderr
    status = broadsheet("index", "status", str(corpus), "--json")
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert report["state"] == "fresh" and Path(report["corpus"]) == corpus
    missing = broadsheet("index", "update", str(corpus / "nowhere"))
    assert missing.returncode != 0
    assert missing.stderr.splitlines()[0] == f"broadsheet: corpus not found: {corpus / 'nowhere'}"


def test_a_bare_folder_name_at_import_is_no_traceback(tmp_path: Path) -> None:
    """fx30c: ``broadsheet news`` with a folder ``news`` here failed at import (the command
    names came from the app while `tui.cli` was half imported): a traceback, no reader."""
    (tmp_path / "news").mkdir()
    (tmp_path / "search").mkdir()
    code = "import sys\nimport tui.cli\nprint(sys.argv[1:])"

    def imported(*args: str) -> subprocess.CompletedProcess[str]:
        env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
        run = [sys.executable, "-c", code, *args]
        return subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, env=env)

    ran = imported("news", "--no-restore")
    assert ran.returncode == 0 and not ran.stderr, ran.stderr
    assert ran.stdout.strip() == "['--corpus', 'news', '--no-restore']"
    ran = imported("search", "oil")  # a folder named like a command: the command
    assert ran.stdout.strip() == "['search', 'oil']", ran.stderr
