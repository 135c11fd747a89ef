"""The fast `show` and `index status` paths read a command line exactly as the Typer app
does, or leave it.

The oracle is the Typer app's own reading: both paths end in `tui.cli.show.run_show`
(`tui.cli.index.run_status`), replaced here by a recorder, so what each passes it (the
target, the id, the flags) and the exit code must agree wherever the fast path takes the
command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app, fast, index, show

TOKENS = [
    "--json", "--removed", "--corpus", "-c", "--index-dir", "--", "-", "--help", "--bogus",
    "-x", "--json=1", "--corpus=", "reut-1", "a b", "", "-3", "missing-folder", "index",
    "--verify",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""


COMMANDS = {
    "show": (["show"], show, "run_show", fast.run_show),
    "status": (["index", "status"], index, "run_status", fast.run_status),
}
"""Each fast command: its words, the module and function both paths end in, the fast path."""


def _recorded(patch: pytest.MonkeyPatch, command: str) -> list[Any]:
    _, module, name, _ = COMMANDS[command]
    seen: list[Any] = []
    patch.setattr(module, name, lambda *a, **k: seen.append((a, k)))
    return seen


def typer_reading(args: list[str], patch: pytest.MonkeyPatch, command: str) -> tuple[int, Any]:
    """What the Typer app passes to the command's body for ``args`` (and its exit code)."""
    seen = _recorded(patch, command)
    result = CliRunner().invoke(app, [*COMMANDS[command][0], *args])
    return result.exit_code, seen[0] if seen else None


def fast_reading(
    args: list[str], patch: pytest.MonkeyPatch, command: str
) -> tuple[int, Any] | None:
    """The same for the fast path; None when it leaves the command line to Typer."""
    seen = _recorded(patch, command)
    try:
        if not COMMANDS[command][3](args):
            return None
    except Exception as error:  # typer.Exit: one line and an exit code
        return int(getattr(error, "exit_code", -1)), None
    return 0, seen[0]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
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
    with monkeypatch.context() as patch:
        patch.chdir(corpus.parent)  # `--corpus missing-folder` is missing; `-c corpus` is not
        args = [str(corpus) if a == "missing-folder" and i % 2 else a for i, a in enumerate(args)]
        fast_read = fast_reading(args, patch, command)
        if fast_read is not None:
            assert fast_read == typer_reading(args, patch, command)


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
    ],
)
def test_what_the_fast_path_leaves_to_typer(
    command: str, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fast_reading(args, monkeypatch, command) is None


@pytest.mark.parametrize(
    ("command", "args"),
    [("show", ["reut-1", "--json", "-c"]), ("status", ["--verify", "--json", "--corpus"])],
)
def test_the_plain_forms_are_taken(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, command: str, args: list[str]
) -> None:
    args = [*args, str(corpus)]
    assert fast_reading(args, monkeypatch, command) == typer_reading(args, monkeypatch, command)
    assert fast_reading(args, monkeypatch, command) is not None
