"""`--procs` chooses the indexing processes; by default every core the memory allows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from index.store import build
from index.store.generations import current_generation, load_manifest
from tui.cli import Exit, app

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("procs", ["1", "2"])
def test_rebuild_and_update_take_procs(corpus: Path, index_dir: Path, procs: str) -> None:
    for command in ("rebuild", "update"):
        result = CliRunner().invoke(
            app, ["index", command, "--corpus", str(corpus), "--procs", procs]
        )
        assert result.exit_code == 0, result.output
    generation = current_generation(index_dir)
    assert generation is not None
    assert load_manifest(generation)["articles"] == 3


def test_procs_below_one_is_a_usage_error(corpus: Path, index_dir: Path) -> None:
    result = CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus), "-j", "0"])
    assert result.exit_code == Exit.USAGE
    assert not index_dir.exists() or current_generation(index_dir) is None


@pytest.mark.parametrize(
    ("cores", "memory_mb", "expected"),
    [
        (8, None, 8),  # memory unknown: every core
        (8, 64_000, 8),  # plenty of memory: every core
        (8, 3 * build.PROC_MEMORY_MB + 1, 3),  # memory for three
        (8, 10, 1),  # never fewer than one
        (1, 64_000, 1),
    ],
)
def test_default_is_every_core_bounded_by_memory(
    monkeypatch: pytest.MonkeyPatch, cores: int, memory_mb: int | None, expected: int
) -> None:
    monkeypatch.setattr(build, "usable_cores", lambda: cores)
    monkeypatch.setattr(build, "available_memory_mb", lambda: memory_mb)
    assert build.default_procs() == expected


def test_the_default_is_read_when_each_build_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "usable_cores", lambda: 8)
    for memory_mb, expected in ((64_000, 8), (2 * build.PROC_MEMORY_MB, 2), (None, 8)):
        monkeypatch.setattr(build, "available_memory_mb", lambda memory=memory_mb: memory)
        assert build.process_count(None) == expected  # the memory free now, not at import
    monkeypatch.setattr(build, "DEFAULT_PROCS", 3)  # a fixed default still wins
    assert build.process_count(None) == 3
    assert build.process_count(5) == 5


def test_this_machine_reads_its_cores_and_memory() -> None:
    assert build.usable_cores() >= 1
    memory = build.available_memory_mb()
    assert memory is None or memory > 0


def test_a_search_loads_no_builder_and_no_analysis() -> None:
    # startup is most of a one-shot `search --json`: the CLI must not import what only
    # builds or comparisons need (each was measured: 30% of the command's CPU time)
    code = (
        "import sys, tui.cli\n"
        "tui.cli.app  # every command, as `broadsheet --help` loads them\n"
        "heavy = [m for m in ('index.store.build', 'index.store.update', 'index.store.status',"
        " 'index.analysis.compare', 'index.analysis.attribution', 'index.text.extract')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_a_search_loads_neither_typer_nor_rich_nor_the_other_commands(
    corpus: Path, index_dir: Path
) -> None:
    # startup is most of a one-shot `search --json`: Typer's option checks import pydantic
    # (about 0.1 s), Rich and the other commands' modules more; the fast path needs none
    assert CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    code = (
        "import sys\n"
        "sys.argv = ['broadsheet', 'search', 'strike', '--json', '--corpus', sys.argv[1]]\n"
        "from tui.cli import main\n"
        "main()\n"
        "heavy = ('typer', 'rich', 'pydantic', 'tui.cli.common', 'tui.cli.notebook',"
        " 'index.notebook', 'index.analysis.quote_derived', 'index.analysis.story_derived',"
        " 'index.store.build', 'asyncio', 'urllib.request')\n"
        "print('loaded:', ','.join(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
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
    assert '"id"' in result.stdout
    assert result.stderr.strip() == "loaded:"
