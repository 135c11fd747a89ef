"""The fast `quotes` and `speakers` paths read a command line exactly as the Typer app does,
or leave it (issue 18: Typer's parameter coercion was 0.1 to 0.15 CPU s of each command).

The oracle is the Typer app's own reading: both paths end in `tui.cli.quotes.run_quotes`
(`run_speakers`), replaced here by a recorder, so what each passes it (the target, the
query, the options) and the exit code must agree wherever the fast path takes the command
line. `tests/cli/test_fast_show.py` checks `show` and `index status` the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app, fast, quotes

TOKENS = [
    "--json", "--limit", "-n", "--since", "--speaker", "--story", "--corpus", "-c",
    "--index-dir", "--", "-", "--help", "--bogus", "-x", "--json=1", "--limit=3", "--corpus=",
    "oil", "a b", "", "-3", "0", "2", "007", "+4", "missing-folder", "2017-03", "Smith",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""

COMMANDS = {
    "quotes": ("run_quotes", fast.run_quotes),
    "speakers": ("run_speakers", fast.run_speakers),
}
"""Each command: the function of `tui.cli.quotes` both paths end in, the fast path."""


def _recorded(patch: pytest.MonkeyPatch, command: str) -> list[Any]:
    seen: list[Any] = []
    patch.setattr(quotes, COMMANDS[command][0], lambda *a, **k: seen.append((a, k)))
    return seen


def typer_reading(args: list[str], patch: pytest.MonkeyPatch, command: str) -> tuple[int, Any]:
    """What the Typer app passes to the command's body for ``args`` (and its exit code)."""
    seen = _recorded(patch, command)
    result = CliRunner().invoke(app, [command, *args])
    return result.exit_code, seen[0] if seen else None


def fast_reading(
    args: list[str], patch: pytest.MonkeyPatch, command: str
) -> tuple[int, Any] | None:
    """The same for the fast path; None when it leaves the command line to Typer."""
    seen = _recorded(patch, command)
    try:
        if not COMMANDS[command][1](args):
            return None
    except Exception as error:  # typer.Exit: one line and an exit code
        return int(getattr(error, "exit_code", -1)), None
    return 0, seen[0]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(TOKENS), max_size=7))
@pytest.mark.parametrize("command", COMMANDS)
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, command: str, args: list[str]
) -> None:
    with monkeypatch.context() as patch:
        patch.chdir(corpus.parent)  # `--corpus missing-folder` is missing; `-c corpus` is not
        args = [str(corpus) if a == "missing-folder" and i % 2 else a for i, a in enumerate(args)]
        fast_read = fast_reading(args, patch, command)
        if fast_read is not None:
            assert fast_read == typer_reading(args, patch, command)


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
    assert fast_reading(args, monkeypatch, command) is None


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
    args = [*args, str(corpus)]
    assert fast_reading(args, monkeypatch, command) == typer_reading(args, monkeypatch, command)
    assert fast_reading(args, monkeypatch, command) is not None
