"""fx138 (nu56 #8): at 80 columns the ctrl+s toast broke the path mid-word
("/root/.local/share/broadsheet/scree | nshots/…"). It says the home folder "~" and breaks
the path after a "/", each line within a toast's width at 80 columns."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import settle, wait_until
from tui.app import BroadsheetApp
from tui.screenshots import TOAST_LINE, saved_said

names = st.text(alphabet="abcdefgh._-", min_size=1, max_size=45).filter(
    lambda n: n not in (".", "..")
)


@given(st.lists(names, min_size=1, max_size=8), st.booleans())
def test_the_path_is_broken_after_a_slash_only(parts: list[str], at_home: bool) -> None:
    home = Path("/home/ann")
    path = (home if at_home else Path("/srv")).joinpath(*parts)
    lines = saved_said(path, home).split("\n")
    assert lines[0] == "Saved screenshot to"
    shown = "~/" + "/".join(parts) if at_home else str(path)
    assert "".join(lines[1:]) == shown  # the oracle: the path, every character, in order
    for line in lines[1:-1]:
        assert line.endswith(("/", "_"))  # after a "/" (or a "_" of a long name)
    for line in lines[1:]:  # longer than a line: a name alone (or the first, "~/" or "/")
        named = PurePosixPath(line.strip("/")).name
        assert len(line) <= TOAST_LINE or line.strip("/").count("/") <= 1 or named == line


async def test_the_toast_at_80_columns(
    app: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+s")
        folder = home / ".local" / "share" / "broadsheet" / "screenshots"
        await wait_until(pilot, lambda: any(folder.glob("*.svg")))
        await wait_until(pilot, lambda: any("Saved" in str(n.message) for n in app._notifications))
        said = next(str(n.message) for n in app._notifications if "Saved" in str(n.message))
        saved = next(folder.glob("*.svg"))
        assert said == saved_said(saved, home)
        lines = said.split("\n")[1:]
        assert lines[0] == "~/.local/share/broadsheet/"
        assert "".join(lines[1:]) == f"screenshots/{saved.name}"
        assert all(len(line) <= TOAST_LINE for line in lines)
