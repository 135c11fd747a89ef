"""What the status line says from `u` to the end of the update (nu37 #7): "updating" at
once, then never the stale line the update made untrue ("stale: 1 new file…" showed for
the ~0.1 s the freshness check took after the update; now "index: checking…" till it
comes)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from index.library import Library
from tests.tui.conftest import reader, settle
from tui.app import BroadsheetApp
from tui.widgets.status_line import StatusLine


def slowly(check: Callable[..., Any]) -> Callable[..., Any]:
    """``check``, done 0.3 s late (the freshness check stats every file)."""

    def late(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.3)
        return check(*args, **kwargs)

    return late


async def test_after_u_the_stale_line_is_not_said_again(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, _ = built
    said: list[str] = []
    update = StatusLine.update

    def told(self: StatusLine, content: Any = "", **kwargs: Any) -> None:
        said.append(str(content))
        update(self, content, **kwargs)

    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        (corpus / "late.txt").write_text("Late news arrives\n\nA late story about tides.\n")
        reader(app).check_freshness()
        await settle(pilot)
        assert "stale: 1 new file" in str(reader(app).query_one(StatusLine).render())
        monkeypatch.setattr(StatusLine, "update", told)
        monkeypatch.setattr(Library, "status", slowly(Library.status))  # a loaded machine
        await pilot.press("u")
        assert said and "updating" in said[0], said  # at once, before any worker ran
        await settle(pilot)
        assert "index fresh" in said[-1], said
        assert not [line for line in said if "stale" in line], said
