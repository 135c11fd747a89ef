"""The fast `index rebuild|update` path reads a command line as the Typer app does, and its
report written without Rich is the characters Rich prints."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.models import BuildReport, Skipped
from tests.cli.fast_oracle import ALIKE, FastCommand
from tui.cli import app, fast, index_run
from tui.cli.base import Target

TOKENS = [
    "rebuild", "update", "status", "--corpus", "-c", "--index-dir", "--procs", "-j", "--",
    "-", "--help", "--bogus", "--json", "--procs=2", "-j=2", "-j2", "--corpus=missing-folder",
    "missing-folder", "idx", "", "0", "1", "07", "+3", "-3", "2.5", " 2", "--no-stories",
    "--no-quotes", "--no-stories=1",
]  # fmt: skip
"""Commands, options, values and words the command lines below are made of."""


def _built_with(*args: Any, force: bool = False, fresh: Any = ()) -> tuple[Any, ...]:
    # `--force` and `--fresh-quotes` (Typer's alone) are passed by name: off unless given
    return (*args, force, fresh)


BUILD = FastCommand(("index",), fast.run_index, ((index_run, "run_build"),), _built_with)
"""`index rebuild|update`: both paths end in `tui.cli.index_run.run_build`."""


@ALIKE
@given(st.lists(st.sampled_from(TOKENS), max_size=7))
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    BUILD.check_alike(args, monkeypatch, corpus)


@pytest.mark.parametrize(
    "args",
    [
        ["update"],
        ["rebuild", "-j", "2"],
        ["update", "--procs=1", "-c", "corpus", "--index-dir", "idx"],
        ["update", "--corpus", "missing-folder"],  # exit 3, as under Typer
        ["rebuild", "--no-stories", "-j", "1", "--no-quotes"],
        ["update", "--no-quotes"],
    ],
)
def test_the_plain_forms_take_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    monkeypatch.chdir(corpus.parent)
    BUILD.check_taken(args, monkeypatch)


@pytest.mark.parametrize(
    "args",
    [[], ["--help"], ["update", "--help"], ["status"], ["update", "x"], ["-c", "x", "update"]],
)
def test_what_the_fast_path_leaves_to_typer(args: list[str]) -> None:
    assert fast.parse_build(args) is None


def _timeless(text: str) -> str:
    return re.sub(r"[0-9.]+ s\b", "N s", text)


def test_both_paths_print_the_same(
    corpus: Path, index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = index_dir.with_name("other-index")  # the Typer app's, kept in step
    for how in ("update", "rebuild", "update", "update"):  # the first update builds the index
        args = [how, "--corpus", str(corpus), "--index-dir"]
        assert fast.run_index([*args, str(index_dir)])
        printed = capsys.readouterr()
        typer_run = CliRunner().invoke(app, ["index", *args, str(other)])
        assert typer_run.exit_code == 0
        typer_out = typer_run.stdout.replace(str(other), str(index_dir))
        assert _timeless(printed.out) == _timeless(typer_out)
        assert printed.err == typer_run.stderr == ""
        (corpus / "new.txt").write_text(f"A {how} here\n\nIt says so.\n", encoding="utf-8")


def test_a_failure_ends_alike(
    tmp_path: Path, index_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    args = ["update", "--corpus", str(empty), "--index-dir", str(index_dir)]
    with pytest.raises(Exception) as ended:
        fast.run_index(args)
    printed = capsys.readouterr()
    typer_run = CliRunner().invoke(app, ["index", *args])
    assert getattr(ended.value, "exit_code", None) == typer_run.exit_code != 0
    assert (printed.out, printed.err) == (typer_run.stdout, typer_run.stderr)


OUTSIDE = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
"""Paths and reasons from outside: controls, tabs, brackets (Rich markup), anything."""


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(OUTSIDE, OUTSIDE), max_size=3),
    st.booleans(),
    OUTSIDE,
    st.sampled_from([0, 51]),
)
def test_the_plain_report_is_what_rich_prints(
    capsys: pytest.CaptureFixture[str],
    skips: list[tuple[str, str]],
    full: bool,
    name: str,
    padding: int,
) -> None:
    skipped = tuple(Skipped(p, r) for p, r in skips) + (Skipped("x", "y"),) * padding
    report = BuildReport(3, 1, 2, 4, skipped, 0.5, full, added=1, changed=1, removed=0)
    settings_ = Target(Path("/corpus") / (name.replace("/", "") or "c"), Path("/idx"), False)
    printed = {}
    for plain in (True, False):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(index_run, "plain", lambda plain=plain: plain)
            index_run.print_report(report, settings_)
            printed[plain] = capsys.readouterr().out
    assert printed[True] == printed[False]


ROOT = Path(__file__).resolve().parents[2]


def test_an_update_loads_neither_typer_nor_rich(corpus: Path, index_dir: Path) -> None:
    # Typer's option checks import pydantic, and Rich its consoles: about 0.3 s of an update
    # of a hundred files, which the report written to a pipe does not need
    code = (
        "import sys\n"
        "sys.argv = ['broadsheet', 'index', 'update', '--corpus', sys.argv[1]]\n"
        "from tui.cli import main\n"
        "main()\n"
        "heavy = ('typer', 'rich', 'pydantic', 'tui.cli.common', 'tui.cli.notebook')\n"
        "print('loaded:', ','.join(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    for _ in range(2):  # the first update builds the index, the second finds nothing to do
        result = subprocess.run(
            [sys.executable, "-c", code, str(corpus)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            # no build lines ("broadsheet: stories, 5 s so far"), as the suite has them (rv57):
            # a build over 5 s at load 12 wrote them into the stderr checked here (mx45)
            env={
                "BROADSHEET_INDEX_DIR": str(index_dir),
                "BROADSHEET_BUILD_LINES": "off",
                "PATH": "/usr/bin:/bin",
            },
        )
        assert result.stdout.startswith(("Rebuilt index of", "Updated index of"))
        assert result.stderr.strip() == "loaded:"


@pytest.mark.parametrize("fails", [False, True])
def test_a_fast_build_runs_with_the_collector_off_and_resumes_it(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    import gc

    seen: list[bool] = []

    def record(*args: Any) -> None:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("build failed")

    monkeypatch.setattr(index_run, "run_build", record)
    assert gc.isenabled()
    args = ["update", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    if fails:
        with pytest.raises(RuntimeError, match="build failed"):
            fast.run_index(args)
    else:
        assert fast.run_index(args)
    assert seen == [False]
    assert gc.isenabled()
    assert gc.get_count()[0] < 700  # what survived was frozen: no young collection is due
    gc.unfreeze()


def test_only_the_command_freezes_what_survived_its_build(
    corpus: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rv10: frozen objects are never collected again: a caller that goes on (a test
    process) must not have its objects frozen; the command, which ends, may."""
    import gc

    monkeypatch.setattr(index_run, "run_build", lambda *args: None)
    args = ["update", "--corpus", str(corpus), "--index-dir", str(index_dir)]
    gc.unfreeze()
    try:
        assert fast.run_index(args)
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        assert fast.run_exiting(args)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()
