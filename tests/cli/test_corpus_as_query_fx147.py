"""A corpus typed where a command takes its query: `stories ~/news` listed the bundled seeds'
stories matching "~/news", `search vaccine ~/news` said "unexpected word" (nu60 #5). Now every
command with a query and ``--corpus`` says in one line that corpora are given with ``--corpus
PATH``, exit 2, and builds nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import typer
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import Exit, app
from tui.cli.query_command import QueryCommand

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def query_commands() -> list[tuple[str, ...]]:
    """Every command of the app with a ``query`` argument and a ``--corpus`` option, walked."""
    found: list[tuple[str, ...]] = []

    def walk(command: object, names: tuple[str, ...]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*names, name))
        params = getattr(command, "params", [])
        arguments = [p.name for p in params if p.param_type_name == "argument"]
        options = {o for p in params if p.param_type_name == "option" for o in p.opts}
        if "query" in arguments and "--corpus" in options:
            found.append(names)

    walk(typer.main.get_command(app), ())
    return found


COMMANDS = query_commands()


def takes_json(command: tuple[str, ...]) -> bool:
    """Whether ``command`` has ``--json``."""
    found = typer.main.get_command(app)
    for name in command:
        found = found.commands[name]  # type: ignore[attr-defined]
    return any("--json" in param.opts for param in found.params)


LEADING = {("saved", "add"): ("mine",)}
"""The arguments a command takes before its query."""


def test_the_walk_finds_the_query_commands() -> None:
    assert set(COMMANDS) >= {
        ("search",),
        ("quotes",),
        ("speakers",),
        ("stories",),
        ("saved", "add"),
    }


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("where", ["query", "after"])
def test_a_folder_or_file_as_the_query_is_refused_in_one_line(
    command: tuple[str, ...], where: str, corpus: Path, index_dir: Path
) -> None:
    for path in (corpus, corpus / "harbour.txt"):
        words = [str(path)] if where == "query" else ["vaccine", str(path)]
        args = [*command, *LEADING.get(command, ()), *words, "--corpus", str(corpus)]
        result = runner.invoke(app, args)
        assert result.exit_code == Exit.USAGE and result.stdout == "", result.stderr
        line = " ".join(result.stderr.split())
        kind = "folder" if path.is_dir() else "file"
        assert line.startswith(f"broadsheet: {str(path)!r} is a {kind}: ")
        assert "--corpus PATH" in line and f"broadsheet {' '.join(command)} … --corpus" in line
        assert "quote it" not in line  # a path with a separator is no word of a query
        if takes_json(command):  # with --json the refusal is JSON as well
            result = runner.invoke(app, [*args, "--json"])
            assert result.exit_code == Exit.USAGE
            assert json.loads(result.stdout)["exit"] == int(Exit.USAGE)
    assert not index_dir.exists()  # refused before anything was built


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_the_corpus_option_and_plain_words_still_work(
    command: tuple[str, ...], corpus: Path, index_dir: Path
) -> None:
    args = [*command, *LEADING.get(command, ()), "alpha", "--corpus", str(corpus)]
    result = runner.invoke(app, args)
    assert result.exit_code == Exit.OK, result.stderr
    extra = runner.invoke(app, [*command, *LEADING.get(command, ()), "alpha", "beta"])
    assert extra.exit_code == Exit.USAGE and "is a folder" not in extra.stderr


@pytest.mark.parametrize("command", ["search", "quotes", "speakers", "stories"])
def test_the_command_refuses_it_on_its_fast_path_too(command: str, tmp_path: Path) -> None:
    """`tui.cli.main` runs a plain `search`, `quotes` or `speakers` without Typer."""
    env = {**os.environ, "HOME": str(tmp_path), "BROADSHEET_INDEX_DIR": str(tmp_path / "i")}
    done = subprocess.run(
        [sys.executable, "-c", "from tui.cli import main; main()", command, str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert done.returncode == Exit.USAGE and done.stdout == "", done.stderr
    assert done.stderr.startswith(f"broadsheet: {str(tmp_path)!r} is a folder: ")
    assert len(done.stderr.strip().splitlines()) == 1 and "--corpus PATH" in done.stderr
    assert not (tmp_path / "i").exists()


probe = typer.Typer(add_completion=False)


@probe.command(cls=QueryCommand, context_settings={"allow_extra_args": False})
def probe_command(
    query: str = typer.Argument(""),
    corpus: str = typer.Option("", "--corpus"),
) -> None:
    """Says what it was given, for the property below."""
    typer.echo(json.dumps([query, corpus]))


NAMES = st.text("abcxyz.-_", min_size=1, max_size=4).filter(lambda n: n not in (".", ".."))


@settings(max_examples=60, deadline=None)
@given(
    made=st.dictionaries(NAMES, st.booleans(), max_size=3),
    words=st.lists(NAMES, min_size=0, max_size=3),
    option_value=NAMES.filter(lambda n: not n.startswith("-")),
)
def test_a_word_is_refused_exactly_when_it_names_a_path(
    made: dict[str, bool], words: list[str], option_value: str
) -> None:
    """The oracle: what the folder holds. A positional word naming a file or folder made in it
    is refused (exit 2, the word named); an option's value never is; other words run as
    before (a second word: Click's "unexpected extra argument")."""
    with tempfile.TemporaryDirectory() as folder:
        for name, is_dir in made.items():
            (Path(folder) / name).mkdir() if is_dir else (Path(folder) / name).touch()
        args = ["--corpus", option_value, *(w for w in words if not w.startswith("-"))]
        positional = [w for w in words if not w.startswith("-")]
        here = os.getcwd()
        os.chdir(folder)
        try:
            result = runner.invoke(probe, args)
        finally:
            os.chdir(here)
    refused = [w for w in positional if w in made]
    if refused:
        assert result.exit_code == Exit.USAGE and result.stdout == ""
        assert result.stderr.startswith(f"broadsheet: {refused[0]!r} is a ")
        assert "--corpus PATH" in result.stderr
        # a bare name may be a word searched for: how to is said
        assert ("quote it:" in result.stderr) == (not refused[0].startswith("."))
    elif len(positional) > 1:
        assert result.exit_code == Exit.USAGE and "unexpected extra argument" in result.stderr
    else:
        assert result.exit_code == 0 and json.loads(result.stdout) == [
            positional[0] if positional else "",
            option_value,
        ]
