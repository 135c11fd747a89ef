"""The fast `quotes` and `speakers` paths read a command line exactly as the Typer app does,
or leave it (issue 18: Typer's parameter coercion was 0.1 to 0.15 CPU s of each command).

The oracle is the Typer app's own reading (`tests.cli.fast_oracle`): both paths end in
`tui.cli.quotes.run_quotes` (`run_speakers`), replaced by a recorder, so what each passes it
(the target, the query, the options) and the exit code must agree wherever the fast path
takes the command line. `tests/cli/test_fast_show.py` checks `show` and `index status` the
same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli.fast_oracle import ALIKE, FastCommand
from tui.cli import fast_quotes, quotes

TOKENS = [
    "--json", "--limit", "-n", "--since", "--speaker", "--story", "--source", "--corpus", "-c",
    "--index-dir", "--", "-", "--help", "--bogus", "-x", "--json=1", "--limit=3", "--corpus=",
    "oil", "a b", "", "-3", "0", "2", "007", "+4", "missing-folder", "2017-03", "Smith",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""

COMMANDS = {
    "quotes": FastCommand(("quotes",), fast_quotes.run_quotes, ((quotes, "run_quotes"),)),
    "speakers": FastCommand(("speakers",), fast_quotes.run_speakers, ((quotes, "run_speakers"),)),
}
"""Each command: its words, the fast path, the function of `tui.cli.quotes` both end in."""


@ALIKE
@given(st.lists(st.sampled_from(TOKENS), max_size=7))
@pytest.mark.parametrize("command", COMMANDS)
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, command: str, args: list[str]
) -> None:
    COMMANDS[command].check_alike(args, monkeypatch, corpus)


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("quotes", ["--help"]),
        ("quotes", ["a", "b"]),
        ("quotes", ["-n", "0"]),
        ("quotes", ["--limit", "x"]),
        ("quotes", ["--json", "--json"]),
        ("quotes", ["--since", ""]),
        ("quotes", ["-x"]),
        ("quotes", ["--unknown"]),
        ("speakers", ["--help"]),
        ("speakers", ["--speaker", "Smith"]),
        ("speakers", ["--story", "s1"]),
        ("speakers", ["a", "b"]),
        ("speakers", ["-n", "-1"]),
    ],
)
def test_what_the_fast_path_leaves_to_typer(
    command: str, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert COMMANDS[command].fast_reading(args, monkeypatch) is None


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("quotes", ["oil", "-n", "6", "--json", "--speaker", "Smith", "--story=s1", "-c"]),
        ("quotes", ["--since", "2017-03", "--corpus"]),
        ("quotes", ["--index-dir", "idx", "--speaker=Smith", "-c"]),
        ("speakers", ["oil", "--json", "--limit=2", "--corpus"]),
        ("speakers", ["-c"]),
    ],
)
def test_the_plain_forms_are_taken(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, command: str, args: list[str]
) -> None:
    COMMANDS[command].check_taken([*args, str(corpus)], monkeypatch)
