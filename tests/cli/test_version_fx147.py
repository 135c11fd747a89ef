"""``broadsheet --version`` (and ``-V``) prints the installed distribution's version and exits
0: it exited 2, "No such option: --version" (nu60 #9)."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tui.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = f"broadsheet {version('broadsheet')}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["-V"],
        ["--no-restore", "--version"],  # eager: before the reader opens
        ["--version", "search", "oil"],  # eager: before the command runs
    ],
)
def test_version_is_printed_and_exit_is_0(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (0, EXPECTED, "")


@pytest.mark.parametrize("option", ["--version", "-V"])
def test_the_command_prints_it_too(option: str, tmp_path: Path) -> None:
    """As the console script runs (`tui.cli.main`: its fast paths and one module's app)."""
    ran = subprocess.run(
        [sys.executable, "-m", "tui", option],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path)},
        timeout=60,
    )
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, EXPECTED, "")


def test_help_lists_it() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0 and "-V, --version" in result.stdout
