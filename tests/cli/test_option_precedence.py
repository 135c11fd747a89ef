"""An option given on the command line beats its environment variable, before or after the
command name (nu23 #1: ``BROADSHEET_INDEX_DIR=/a broadsheet --index-dir /b index rebuild``
rebuilt /a, another corpus's index); and a build refuses a folder holding another corpus's
index unless told ``--force``."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer

from tests.conftest import ARTICLES, write_corpus
from tui.cli import base, common, main
from tui.cli.base import Target

ROOT = Path(__file__).resolve().parents[2]

# (option, its environment variable, how a Target shows it, the value in the environment,
# the value given): every global option that takes a value
GLOBAL_OPTIONS: list[tuple[str, str, Callable[[Target], object], str, str]] = [
    ("--corpus", "BROADSHEET_CORPUS", lambda t: t.corpus.name, "envcorpus", "optcorpus"),
    ("-c", "BROADSHEET_CORPUS", lambda t: t.corpus.name, "envcorpus", "optcorpus"),
    ("--index-dir", "BROADSHEET_INDEX_DIR", lambda t: t.index_dir.name, "envindex", "optindex"),
    ("--engine", "BROADSHEET_ENGINE", lambda t: t.engine.kind, "opensearch", "whoosh"),
    (
        "--opensearch-url",
        "BROADSHEET_OPENSEARCH_URL",
        lambda t: t.engine.url,
        "http://env.invalid:9200",
        "http://opt.invalid:9200",
    ),
]
COMMANDS = [["index", "rebuild"], ["index", "update"], ["index", "status"], ["search", "dam"]]
COMMANDS += [["stories"], ["quotes", "dam"], ["export", "--format", "jsonl"]]


REAL_RESOLVE = base.resolve_target


def resolved(args: list[str], monkeypatch: pytest.MonkeyPatch) -> Target:
    """The `Target` ``broadsheet ARGS`` works on (fast path or Typer app, as `main` picks)."""
    seen: list[Target] = []
    real = REAL_RESOLVE

    def record(*given: object, **options: bool) -> Target:
        seen.append(real(*given, **options))  # type: ignore[arg-type]
        raise typer.Exit(99)

    monkeypatch.setattr(base, "resolve_target", record)
    monkeypatch.setattr(common, "resolve_target", record)
    monkeypatch.setattr(sys, "argv", ["broadsheet", *args])
    with pytest.raises(SystemExit) as done:
        main()
    assert done.value.code == 99, args
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize("option", GLOBAL_OPTIONS, ids=lambda row: row[0])
def test_an_option_beats_its_environment_variable(
    option: tuple[str, str, Callable[[Target], object], str, str],
    command: list[str],
    where: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, variable, shows, in_env, given = option
    for folder in ("envcorpus", "optcorpus"):
        write_corpus(tmp_path / folder, ARTICLES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(variable, in_env)
    args = [name, given, *command] if where == "before" else [*command, name, given]
    assert shows(resolved(args, monkeypatch)) == given
    # and without the option, the environment's
    assert shows(resolved(command, monkeypatch)) == in_env


@pytest.mark.parametrize("option", GLOBAL_OPTIONS, ids=lambda row: row[0])
def test_the_reader_takes_the_option_over_the_environment(
    option: tuple[str, str, Callable[[Target], object], str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name, variable, shows, in_env, given = option
    for folder in ("envcorpus", "optcorpus"):
        write_corpus(tmp_path / folder, ARTICLES)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(variable, in_env)
    assert shows(resolved([name, given], monkeypatch)) == given
    assert shows(resolved(["--no-restore", name, given], monkeypatch)) == given  # Typer's


def _broadsheet(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    code = "import sys\nsys.argv = ['broadsheet', *sys.argv[1:]]\nfrom tui.cli import main\nmain()"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", **env},
    )


def test_a_build_refuses_another_corpus_index(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "first", ARTICLES)
    other = write_corpus(tmp_path / "other", {"one.txt": "A title\n\nA body of words here.\n"})
    env_folder, given_folder = tmp_path / "a", tmp_path / "b"
    env = {"BROADSHEET_INDEX_DIR": str(env_folder)}
    # the walkthrough's command: the index goes where the option says
    built = _broadsheet(env, "--index-dir", str(given_folder), "index", "rebuild", str(first))
    assert built.returncode == 0, built.stderr
    assert (given_folder / "CURRENT").exists() and not env_folder.exists()
    for how in ("rebuild", "update"):  # fast path (options after) and Typer (before)
        for args in (
            [how, "--index-dir", str(given_folder), str(other)],
            ["--index-dir", str(given_folder), "index", how, str(other)],
        ):
            if args[0] == how:
                args = ["index", *args]
            refused = _broadsheet({}, *args)
            assert refused.returncode == 2, refused.stderr
            assert refused.stderr.splitlines() == [
                f"broadsheet: index folder {given_folder} holds the index of {first}, not "
                f"{other}: give another --index-dir, or `index {how} --force` to replace it"
            ]
    same = _broadsheet({}, "index", "update", "--index-dir", str(given_folder), str(first))
    assert same.returncode == 0, same.stderr
    folder = ["--index-dir", str(given_folder), str(other)]
    forced = _broadsheet({}, "index", "rebuild", "--force", *folder)
    assert forced.returncode == 0, forced.stderr
    status = _broadsheet({}, "index", "status", "--json", *folder)
    assert status.returncode == 0 and '"articles": 1' in status.stdout, status.stdout
