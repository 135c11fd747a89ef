"""nu60 #9: the story screen's footer showed only esc/o/c/C, although `f` (follow), `q`
(quotes) and `u` (update) work there and the README names them for that screen. Now every
key the screen answers that the README names for it is in its footer; at 80 columns a key
that does not fit is left out whole (`tui.widgets.key_footer.KeyFooter`) and is on the
help screen (`?`), which lists every key bound (`tests/tui/test_help_every_screen.py`)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tests.story_corpus import write_corpus
from tests.tui.conftest import settle, wait_until
from tests.tui.test_following_reader import open_boulder
from tui.app import BroadsheetApp
from tui.keymap_stories import STORY_SCREEN
from tui.widgets.key_footer import KeyFooter

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_story_keys() -> set[str]:
    """The keys the README's paragraph on a story's screen names (from "`enter` opens a
    story on a screen of its own" to "Updating the index is `u`."), as Textual names them."""
    text = README.read_text(encoding="utf-8")
    start = text.index("`enter` opens a story on a screen of its own")
    end = text.index("Updating the index is `u`.", start) + len("Updating the index is `u`.")
    named = set(re.findall(r"`([^`\s]{1,6})`", text[start:end]))
    return {"escape" if key == "esc" else key for key in named}


@pytest.fixture
def news(tmp_path: Path) -> BroadsheetApp:
    write_corpus(tmp_path / "news" / "news.jsonl")
    return BroadsheetApp(tmp_path / "news", tmp_path / "index")


@pytest.mark.parametrize("width", [80, 120])
async def test_the_story_footer_shows_the_keys_the_readme_names(
    news: BroadsheetApp, width: int
) -> None:
    named = readme_story_keys()
    assert {"o", "c", "C", "f", "q", "u", "escape"} <= named  # the README's paragraph read
    async with news.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        screen = await open_boulder(news, pilot)
        await wait_until(pilot, lambda: screen.query_one("#story-articles").option_count > 0)
        await settle(pilot)
        answered = screen.active_bindings  # the oracle: what the screen answers now
        footer = screen.query_one(KeyFooter)
        keys = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
        shown = {k.key for k in keys if k.display}
        cut = {k.key for k in keys if not k.display}
        wanted = [
            key
            for key in STORY_SCREEN
            if key.help
            and key.id in {b.binding.id for b in answered.values()}
            and (names := set(key.keys.split(","))) & named
            and not names <= {"enter"}  # enter reads, as `o` does: `o` is the footer's
        ]
        assert {key.id for key in wanted} >= {"story-follow", "story-quotes", "story-update"}
        for key in wanted:
            [name] = set(key.keys.split(",")) & named
            assert name in shown, (width, key.id)  # the screen's own keys fit at 80
        assert bool(cut) == (width <= 80)  # then the app's quit and help are left out whole
        order = [k.key for k in keys]
        assert order.index("f") < order.index("ctrl+q")  # the screen's keys first
