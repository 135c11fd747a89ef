"""The fast `show` path reads a command line exactly as the Typer app does, or leaves it.

The oracle is the Typer app's own reading: both paths end in `tui.cli.show.run_show`,
replaced here by a recorder, so what each passes it (the target, the id, the flags) and
the exit code must agree wherever the fast path takes the command line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tui.cli import app, fast, show

TOKENS = [
    "--json", "--removed", "--corpus", "-c", "--index-dir", "--", "-", "--help", "--bogus",
    "-x", "--json=1", "--corpus=", "reut-1", "a b", "", "-3", "missing-folder", "index",
]  # fmt: skip
"""Options, values and words the command lines below are made of."""


def _recorded(patch: pytest.MonkeyPatch) -> list[Any]:
    seen: list[Any] = []
    patch.setattr(show, "run_show", lambda *a, **k: seen.append((a, k)))
    return seen


def typer_reading(args: list[str], patch: pytest.MonkeyPatch) -> tuple[int, Any]:
    """What the Typer app passes to `run_show` for ``show args`` (and its exit code)."""
    seen = _recorded(patch)
    result = CliRunner().invoke(app, ["show", *args])
    return result.exit_code, seen[0] if seen else None


def fast_reading(args: list[str], patch: pytest.MonkeyPatch) -> tuple[int, Any] | None:
    """The same for the fast path; None when it leaves the command line to Typer."""
    seen = _recorded(patch)
    try:
        if not fast.run_show(args):
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
def test_whatever_the_fast_path_reads_typer_reads_alike(
    monkeypatch: pytest.MonkeyPatch, corpus: Path, args: list[str]
) -> None:
    with monkeypatch.context() as patch:
        patch.chdir(corpus.parent)  # `--corpus missing-folder` is missing; `-c corpus` is not
        args = [str(corpus) if a == "missing-folder" and i % 2 else a for i, a in enumerate(args)]
        fast_read = fast_reading(args, patch)
        if fast_read is not None:
            assert fast_read == typer_reading(args, patch)


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        [],
        ["a", "b"],
        ["a", "--removed"],
        ["a", "--json", "--json"],
        ["-a"],
        ["a", "-x"],
    ],
)
def test_what_the_fast_path_leaves_to_typer(
    args: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fast_reading(args, monkeypatch) is None


def test_the_plain_form_is_taken(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["reut-1", "--json", "--corpus", str(corpus)]
    assert fast_reading(args, monkeypatch) == typer_reading(args, monkeypatch)
    assert fast_reading(args, monkeypatch) is not None
