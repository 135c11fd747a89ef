"""The fast `show`, `related` and `index status` paths read a command line exactly as the
Typer app does, or leave it.

The oracle is the Typer app's own reading (`tests.cli.fast_oracle`): both paths end in
`tui.cli.show.run_show` (`tui.cli.index.run_status`, `tui.cli.stories.run_related`),
replaced by a recorder, so what each passes it (the target, the id, the flags) and the exit
code must agree wherever the fast path takes the command line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.fast_oracle import ALIKE, FastCommand
from tui.cli import fast, index, show, stories

TOKENS = [
    "--json", "--removed", "--corpus", "-c", "--index-dir", "--", "-", "--help", "--bogus",
    "-x", "--json=1", "--corpus=", "reut-1", "a b", "", "-3", "missing-folder", "index",
    "--verify", "--limit", "-n", "3", "0", "-n3",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""


COMMANDS = {
    "show": FastCommand(("show",), fast.run_show, ((show, "run_show"),)),
    "status": FastCommand(("index", "status"), fast.run_status, ((index, "run_status"),)),
    "related": FastCommand(("related",), fast.run_related, ((stories, "run_related"),)),
}
"""Each fast command: its words, the fast path, the function both paths end in."""


@ALIKE
@given(
    st.one_of(
        st.lists(st.sampled_from(TOKENS), max_size=6),
        # an id somewhere among the options: the plain forms, and near misses of them
        st.builds(
            lambda words, at: [*words[:at], "reut-1", *words[at:]],
            st.lists(st.sampled_from(TOKENS), max_size=5),
            st.integers(0, 5),
        ),
    )
)
@pytest.mark.parametrize("command", COMMANDS)
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, command: str, args: list[str]
) -> None:
    COMMANDS[command].check_alike(args, monkeypatch, corpus)


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("show", ["--help"]),
        ("show", []),
        ("show", ["a", "b"]),
        ("show", ["a", "--removed"]),
        ("show", ["a", "--json", "--json"]),
        ("show", ["-a"]),
        ("show", ["a", "-x"]),
        ("status", ["--help"]),
        ("status", ["a"]),
        ("status", ["--json", "--json"]),
        ("status", ["--verify", "--verify"]),
        ("status", ["--corpus", "--json"]),
        ("status", ["--", "--json"]),
        ("status", ["-x"]),
        ("related", ["--help"]),
        ("related", ["a", "--limit", "0"]),
        ("related", ["a", "-n", "x"]),
        ("related", ["a", "--limit", "2", "-n", "3"]),
        ("related", ["a", "b"]),
    ],
)
def test_what_the_fast_path_leaves_to_typer(
    command: str, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert COMMANDS[command].fast_reading(args, monkeypatch) is None


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("show", ["reut-1", "--json", "-c"]),
        ("status", ["--verify", "--json", "--corpus"]),
        ("related", ["reut-1", "--json", "-n", "3", "-c"]),
        ("related", ["--limit", "12", "reut-1", "--corpus"]),
    ],
)
def test_the_plain_forms_are_taken(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, command: str, args: list[str]
) -> None:
    COMMANDS[command].check_taken([*args, str(corpus)], monkeypatch)
