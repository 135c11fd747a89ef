"""The reader opens an index older rules made as it is, and says so once (`index.rules`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Static

from index.models import IndexStatus
from index.store.generations import MANIFEST, current_generation
from tests.tui.conftest import reader, settle
from tests.tui.test_reader_restore import toasts
from tui.app import BroadsheetApp
from tui.widgets.status_line import freshness


def _older_rules(index_dir: Path) -> None:
    live = current_generation(index_dir)
    assert live is not None
    manifest = json.loads((live / MANIFEST).read_text(encoding="utf-8"))
    manifest["rules"] = {name: 0 for name in manifest["rules"]}
    (live / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


async def test_an_index_older_rules_made_opens_with_one_notice(built: tuple[Path, Path]) -> None:
    _older_rules(built[1])
    app = BroadsheetApp(*built)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert len(reader(app).articles.hits) == 4  # opened as it is
        status = str(reader(app).query_one("#status", Static).render())
        # older rules read the articles: `u` rebuilds in full, and the line says so
        said = (
            "stale: articles, quotes, stories, copies, leans, casing made by older rules"
            " — press u to rebuild"
        )
        assert said in status, status
        await pilot.press("u")
        await settle(pilot)
        assert "index fresh" in str(reader(app).query_one("#status", Static).render())


async def test_u_on_an_index_without_versions_says_it_rebuilt_and_why(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # every index made before the rules were kept: `u` rebuilds it in full, and says so
    live = current_generation(built[1])
    assert live is not None
    manifest = json.loads((live / MANIFEST).read_text(encoding="utf-8"))
    del manifest["rules"]
    (live / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    app = BroadsheetApp(*built)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        status = str(reader(app).query_one("#status", Static).render())
        assert status.endswith("made by older rules — press u to rebuild")
        await pilot.press("u")
        await settle(pilot)
        updated = [line for line in said if line.startswith("Index updated")]
        assert updated and "made by an older broadsheet): rebuilt" in updated[0]


def test_the_line_says_update_when_only_derived_data_is_older() -> None:
    def line(outdated: tuple[str, ...]) -> str:
        return freshness(IndexStatus("c", "i", "stale", outdated=outdated, new_files=1))

    assert line(("quotes",)) == "stale: 1 new file; quotes made by older rules — press u to update"
    assert line(("articles", "quotes")).endswith("— press u to rebuild")
