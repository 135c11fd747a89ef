"""nu64 #6: keymap.toml remaps that broke keys were accepted silently: `list-down = "s"`
stole the reader's sort key, `list-down = "ctrl+shift+banana"` (a key no terminal sends)
left the list with no key to move down. Now a remap onto a key another action of its screen
uses is refused, its default keys kept, and said in one line (`broadsheet keys`, the
reader's warning); a key name Textual cannot produce refuses the file in one line.

Oracle over generated keymaps: every action keeps at least one key Textual can produce, and
no two actions that act together share a key the default keys do not already share."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.tui.conftest import reader, settle
from tests.tui.test_keymap import NotedApp, _config
from tui import keymap
from tui.keymap_clash import canonical, contexts
from tui.keymap_file import is_key_name, user_keymap

_IDS = sorted({key.id for key in keymap.ALL})
_NAMES = sorted({n for key in keymap.ALL for n in key.keys.split(",")} | {"x", "z", "ctrl+b"})
_DEFAULT = {key.id: key.keys for key in keymap.ALL}


def _shared(keys: dict[str, str]) -> set[tuple[str, str, str]]:
    """(key, id, id) for two ids acting together that share a key, under ``keys``."""
    found = set()
    for _, block in contexts():
        ids = sorted({key.id for key in block})
        for a in ids:
            for b in ids:
                if a < b:
                    both = {canonical(n) for n in keys[a].split(",")}
                    both &= {canonical(n) for n in keys[b].split(",")}
                    found |= {(k, a, b) for k in both}
    return found


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(_IDS),
        st.lists(st.sampled_from(_NAMES), min_size=1, max_size=3, unique=True).map(",".join),
        max_size=6,
    )
)
def test_a_generated_keymap_leaves_every_action_a_key_and_no_key_two(
    remaps: dict[str, str],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        text = "".join(f'{i} = "{k}"\n' for i, k in remaps.items())
        (Path(folder) / keymap.KEYMAP_FILE).write_text(text)
        kept, problem = user_keymap(Path(folder))
    assert kept.items() <= remaps.items()  # a remap is kept as written, or refused
    refused = remaps.keys() - kept.keys()
    assert (problem is None) == (not refused)
    if problem is not None:
        assert "\n" not in problem
        assert all(f"{i} = {remaps[i]!r} refused" in problem for i in refused)
    now = {**_DEFAULT, **kept}
    assert all(any(is_key_name(n) for n in keys.split(",")) for keys in now.values())
    assert _shared(now) <= _shared(_DEFAULT)


def test_nu64s_remaps(tmp_path: Path) -> None:
    kept, problem = user_keymap(_config(tmp_path, 'list-down = "s"\nlist-up = "z"\n'))
    assert kept == {"list-up": "z"} and problem is not None
    assert "list-down = 's' refused: s is cycle-sort's (reader); list-down keeps j,down" in problem
    folder = tmp_path / "banana"
    folder.mkdir()
    (folder / keymap.KEYMAP_FILE).write_text('list-down = "ctrl+shift+banana"\n')
    kept, problem = user_keymap(folder)
    assert kept == {} and problem is not None and "\n" not in problem
    assert "Textual cannot produce 'ctrl+shift+banana'" in problem
    assert is_key_name("banana") and not is_key_name("ctrl+shift+banana")


def test_broadsheet_keys_says_the_refused_remap(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.cli import app

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "broadsheet").mkdir()
    (tmp_path / "broadsheet" / keymap.KEYMAP_FILE).write_text('list-down = "s"\nlist-up = "z"\n')
    result = CliRunner().invoke(app, ["keys"], terminal_width=200)
    assert result.exit_code == 0
    assert "list-down = 's' refused: s is cycle-sort's" in result.output
    assert "(1 remapped, 1 refused)" in result.output


async def test_the_reader_keeps_sort_and_says_why(built: tuple[Path, Path], tmp_path: Path) -> None:
    app = NotedApp(*built, config_dir=_config(tmp_path, 'list-down = "s"\n'))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        warnings = [message for message, severity in app.noted if severity == "warning"]
        assert len(warnings) == 1 and "list-down = 's' refused" in warnings[0]
        articles = reader(app).articles
        await pilot.press("j", "down")  # the defaults kept
        assert articles.cursor == 2
        sort = reader(app).sort
        await pilot.press("s")
        await settle(pilot)
        assert reader(app).sort != sort  # s sorts
