"""The oracle of the fast paths' tests (`tui.cli.fast`): the Typer app's own reading.

Both paths of a command end in one function (`run_search`, `run_build`, `open_reader`, ...),
replaced here by a recorder, so what each passes it and the exit code must agree wherever
the fast path takes the command line. `tests/cli/test_fast*.py` check each command so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

from tui.cli import app

Reading = tuple[int, Any]
"""An exit code, and what the command's body was passed (None when it was not called)."""

ALIKE = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
"""The settings of the generated command lines' comparison."""


def _as_called(*args: Any, **kwargs: Any) -> Any:
    return args, kwargs


@dataclass(frozen=True)
class FastCommand:
    """A command the fast path may take, and the function both paths end in."""

    words: tuple[str, ...]
    """The words before the arguments for the Typer app (``("index", "status")``)."""
    fast: Callable[[list[str]], bool]
    """The fast path: False when it leaves the command line to Typer."""
    body: tuple[tuple[ModuleType, str], ...]
    """Where the function both paths end in is looked up (module, name): each is recorded."""
    shape: Callable[..., Any] = _as_called
    """What is recorded of a call (default: its positional and keyword arguments)."""

    def _recorded(self, patch: pytest.MonkeyPatch) -> list[Any]:
        seen: list[Any] = []
        for module, name in self.body:
            patch.setattr(module, name, lambda *a, **k: seen.append(self.shape(*a, **k)))
        return seen

    def typer_reading(self, args: list[str], patch: pytest.MonkeyPatch) -> Reading:
        """What the Typer app passes to the command's body for ``args`` (and its exit code)."""
        seen = self._recorded(patch)
        result = CliRunner().invoke(app, [*self.words, *args])
        return result.exit_code, seen[0] if seen else None

    def fast_reading(self, args: list[str], patch: pytest.MonkeyPatch) -> Reading | None:
        """The same for the fast path; None when it leaves the command line to Typer."""
        seen = self._recorded(patch)
        try:
            if not self.fast(args):
                return None
        except Exception as error:  # typer.Exit: one line and an exit code
            return int(getattr(error, "exit_code", -1)), None
        return 0, seen[0]

    def check_alike(self, args: list[str], patch: pytest.MonkeyPatch, corpus: Path) -> None:
        """Wherever the fast path takes ``args`` (a generated command line), the Typer app
        reads it alike; ``missing-folder`` in an odd place is ``corpus``."""
        args = [str(corpus) if a == "missing-folder" and i % 2 else a for i, a in enumerate(args)]
        with patch.context() as inner:
            inner.chdir(corpus.parent)  # `--corpus missing-folder` is missing; `-c corpus` is not
            fast_read = self.fast_reading(args, inner)
            if fast_read is not None:
                assert fast_read == self.typer_reading(args, inner)

    def check_taken(self, args: list[str], patch: pytest.MonkeyPatch) -> None:
        """The fast path takes ``args`` and reads them as the Typer app does."""
        fast_read = self.fast_reading(args, patch)
        assert fast_read is not None
        assert fast_read == self.typer_reading(args, patch)
