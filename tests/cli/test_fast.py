"""The fast `search` path reads and runs a command line exactly as the Typer app does."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.cli.fast_oracle import ALIKE, FastCommand
from tui.cli import Exit, app, fast, reader, reader_run, search, search_run

TOKENS = [
    "--json", "--limit", "-n", "--sort", "--source", "--since", "--until", "--corpus", "-c",
    "--index-dir", "--", "-", "--help", "--bogus", "-x", "--limit=3", "--sort=oldest",
    "-n=2", "--json=1", "oil", "trade talks", "", "0", "1", "07", "-3", "2.5", "date",
    "DATE", "newest", "relevance", "outlet", "source", "2014-03", "last week", "Reuters",
    "missing-folder",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""


@pytest.fixture(autouse=True)
def _collector_running() -> Iterator[None]:
    """The collector on for each test, as a search process starts (the fast path pauses it),
    and as it was afterwards: no test here depends on what an earlier one left (rv9 8)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


SEARCH = FastCommand(("search",), fast.run, ((search, "run_search"), (search_run, "run_search")))
"""`search`: the Typer app ends in `tui.cli.search.run_search`, the fast path in
`tui.cli.search_run.run_search` (the same function, looked up in two modules)."""


@ALIKE
@given(st.lists(st.sampled_from(TOKENS), max_size=7))
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    SEARCH.check_alike(args, monkeypatch, corpus)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        [],
        ["a", "b"],
        ["--limit", "0", "a"],
        ["--limit", "x", "a"],
        ["-n5", "a"],
        ["--json", "--json", "a"],
        ["--sort", "DATE", "a"],
        ["--source", "-x", "a"],
        ["--bogus", "a"],
        ["-word"],
    ],
)
def test_what_the_fast_path_leaves_to_typer(args: list[str]) -> None:
    assert fast.parse(args) is None


@pytest.mark.parametrize(
    ("args", "query", "values"),
    [
        (["--", "-word"], "-word", {}),
        (["-"], "-", {}),
        (["--limit=3", "-c", "x", "oil"], "oil", {"limit": "3", "corpus": "x"}),
        (["oil", "--sort", "date", "--json"], "oil", {"sort": "date"}),
    ],
)
def test_the_plain_forms_are_read(args: list[str], query: str, values: dict[str, str]) -> None:
    parsed = fast.parse(args)
    assert parsed is not None and (parsed.words, parsed.values) == ([query], values)


@pytest.mark.parametrize(
    "args",
    [
        ["strike", "--json"],
        ["--json", "-n", "1", "--sort", "oldest", ""],
        ["growers OR deal", "--json", "--sort", "source"],
        ["frots", "--json"],  # no hits, a suggestion on stderr
        ["title:(", "--json"],  # a bad query: exit 6
        ["strike", "--since", "not a date", "--json"],  # exit 2
        ["strike", "--until", "2015", "--json"],
        ["strike", "--since", "2016", "--until", "2015"],  # reversed: exit 2
    ],
)
def test_both_paths_print_the_same(
    corpus: Path, index_dir: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert CliRunner().invoke(app, ["index", "rebuild", "--corpus", str(corpus)]).exit_code == 0
    args = [*args, "--corpus", str(corpus)]
    typer_run = CliRunner().invoke(app, ["search", *args])
    code = 0
    try:
        assert fast.run(args)
    except Exception as error:
        code = int(getattr(error, "exit_code", -1))
    printed = capsys.readouterr()
    assert code == typer_run.exit_code
    assert printed.out == typer_run.stdout
    assert printed.err == typer_run.stderr


def test_an_unknown_engine_is_refused_alike(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROADSHEET_ENGINE", "lucene")
    args = ["Fed", "--corpus", str(corpus)]
    refused = (Exit.USAGE, None)
    assert (
        SEARCH.fast_reading(args, monkeypatch) == refused == SEARCH.typer_reading(args, monkeypatch)
    )


GLOBAL_TOKENS = [
    "--corpus", "-c", "--index-dir", "--engine", "--opensearch-url", "--debug", "--", "-",
    "--help", "--bogus", "--corpus=missing-folder", "whoosh", "opensearch", "lucene",
    "http://127.0.0.1:9", "", "missing-folder", "idx", "search", "index",
]  # fmt: skip
"""Global options, values and words for the reader's command lines."""


def _opened_with(target: Any, *, restore: bool = True) -> tuple[Any, bool]:
    return target, restore


READER = FastCommand(
    (), fast.run_reader, ((reader_run, "open_reader"), (reader, "open_reader")), _opened_with
)
"""The reader's command line: both paths end in `open_reader` (of `tui.cli.reader_run` for the
fast path, of `tui.cli.reader` for the Typer app)."""


@ALIKE
@given(st.lists(st.sampled_from(GLOBAL_TOKENS), max_size=6))
def test_whatever_the_fast_reader_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    READER.check_alike(args, monkeypatch, corpus)


@pytest.mark.parametrize(
    "args", [[], ["--debug"], ["--engine", "whoosh", "-c", "corpus"], ["--index-dir=idx"]]
)
def test_the_reader_s_plain_forms_take_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    monkeypatch.chdir(corpus.parent)
    READER.check_taken(args, monkeypatch)


@pytest.mark.parametrize("fails", [False, True])
def test_a_fast_search_runs_with_the_collector_paused_and_resumes_it(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, fails: bool
) -> None:
    seen: list[bool] = []

    def record(*args: Any, **kwargs: Any) -> None:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("search failed")

    monkeypatch.setattr(search_run, "run_search", record)
    assert gc.isenabled()
    if fails:
        with pytest.raises(RuntimeError, match="search failed"):
            fast.run(["strike", "--corpus", str(corpus)])
    else:
        assert fast.run(["strike", "--corpus", str(corpus)])
    assert seen == [False]
    assert gc.isenabled()


def test_only_the_search_command_freezes_what_survived_it(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Frozen objects are never collected again: a caller that goes on (a test process)
    must not have its objects frozen; the command, which ends, may (then neither the next
    young collection nor the interpreter's exit walks the listing and the index's tables)."""
    monkeypatch.setattr(search_run, "run_search", lambda *args, **kwargs: None)
    args = ["strike", "--corpus", str(corpus)]
    gc.unfreeze()
    try:
        assert fast.run(args)
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
        assert fast.run_search_exiting(args)
        assert gc.get_freeze_count() > 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()
