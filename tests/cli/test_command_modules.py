"""`tui.cli.main` builds only the named command's module into the Typer app (startup).

The oracle is the whole app (every module of `COMMANDS` imported, as `tui.cli.app` gives
it): `COMMAND_MODULES` must name each of its commands, in its order, with the module that
adds it; a command line run through `main` with one module must print what the whole app
prints, and must not have imported the other command modules, Textual or pydantic's
command tree for them. Each check runs in a fresh interpreter (imports are the point).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import COMMAND_MODULES, COMMANDS

ROOT = Path(__file__).resolve().parents[2]

WHOLE = """
import json
import typer.main
from tui.cli import app
names = list(typer.main.get_command(app).list_commands(None))
owners = {info.name: info.callback.__module__ for info in app.registered_commands}
print(json.dumps({"names": names, "owners": owners}))
"""

RUN = """
import json, sys
line, whole = json.loads(sys.argv[1]), sys.argv[2] == "whole"
sys.argv = ["broadsheet", *line]
import tui.cli
try:
    tui.cli.app(args=line, prog_name="broadsheet") if whole else tui.cli.main()
except SystemExit as done:
    code = done.code or 0
else:
    code = 0
sys.stdout.flush()
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

AFTER = """
import json, sys, io, contextlib
sys.argv = ["broadsheet", *json.loads(sys.argv[1])]
from tui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
import tui.cli
try:
    tui.cli.app(args=["--help"], prog_name="broadsheet")
except SystemExit:
    pass
"""

ALONE = """
import json, sys
import tui.cli.reader, tui.cli.{module}
print(json.dumps(sorted(sys.modules)))
"""


def _python(code: str, *args: str) -> str:
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("_BROADSHEET_COMPLETE", None)
    env.pop("BROADSHEET_CORPUS", None)
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=True,
        env=env,
    ).stdout


def _first(module: str) -> str:
    """The first command `COMMAND_MODULES` gives ``module``."""
    return next(name for name, owner in COMMAND_MODULES.items() if owner == module)


LINES = [[_first(module), "--help"] for module in sorted(set(COMMAND_MODULES.values()))]
LINES += [["show", "--no-such-option"], ["index", "status", "--help"]]


def _run(line: list[str], how: str) -> tuple[str, int, list[str]]:
    """What ``broadsheet LINE`` prints (out and err), its exit code and the modules it
    imported, run through `main` (``how`` "main") or the whole app ("whole")."""
    printed, _, tail = _python(RUN, json.dumps(line), how).rpartition("\n{")
    ran = json.loads("{" + tail)
    return printed, ran["code"], ran["modules"]


@pytest.fixture(scope="module")
def whole() -> dict:
    return json.loads(_python(WHOLE))


def test_the_map_lists_every_command_of_the_whole_app_in_its_order(whole: dict) -> None:
    assert whole["names"] == list(COMMAND_MODULES)
    for name, module in whole["owners"].items():
        assert module == f"tui.cli.{COMMAND_MODULES[name]}"
    assert set(COMMAND_MODULES.values()) <= set(COMMANDS)


@pytest.mark.parametrize("line", LINES, ids=" ".join)
def test_one_command_prints_what_the_whole_app_prints(line: list[str]) -> None:
    printed, code, modules = _run(line, "main")
    assert (printed, code) == _run(line, "whole")[:2]
    own = COMMAND_MODULES[line[0]]
    others = {f"tui.cli.{module}" for module in COMMANDS} - {f"tui.cli.{own}", "tui.cli.reader"}
    # what the command's own module imports (`feeds` imports `fetch`), and no other
    needed = set(json.loads(_python(ALONE.format(module=own))))
    assert others & set(modules) <= needed
    assert len(others & set(modules)) < len(others)
    assert "textual" not in modules


@pytest.mark.parametrize(
    "line",
    [["--version"], ["-V", "show"], ["--corpusx"], ["--help"], ["-cfoo", "show", "--help"]],
    ids=" ".join,
)
def test_options_before_any_command_print_what_the_whole_app_prints(line: list[str]) -> None:
    printed, code, modules = _run(line, "main")
    assert (printed, code) == _run(line, "whole")[:2]
    commands = {f"tui.cli.{module}" for module in COMMANDS} & set(modules)
    refused = line[0] in ("--version", "-V", "--corpusx")  # no global option has them
    assert commands == {"tui.cli.reader"} if refused else len(commands) > 2


def test_the_whole_app_after_one_command_lists_as_a_fresh_one() -> None:
    listed = _python(AFTER, json.dumps(["stories", "--help"]))
    assert listed == _run(["--help"], "whole")[0]
