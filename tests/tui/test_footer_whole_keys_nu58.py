"""nu58 #7: at 80 columns the footer cut "^y Use suggestio▏" mid-word (Textual's footer
clips what does not fit). Now its word is "Suggestion" and a key that does not fit whole is
left out whole, with every key after it: what the footer shows of a key is all of it."""

from __future__ import annotations

import pytest
from textual.widgets._footer import FooterKey

from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.widgets.key_footer import KeyFooter


def shown(app: BroadsheetApp) -> tuple[list[FooterKey], list[FooterKey], int]:
    """The keys shown and those left out (in order), and where the palette's key begins."""
    footer = app.screen.query_one(KeyFooter)
    keys = [k for k in footer.query(FooterKey) if not k.has_class("-command-palette")]
    [palette] = footer.query(".-command-palette")
    return [k for k in keys if k.display], [k for k in keys if not k.display], palette.region.x


@pytest.mark.parametrize("width", [60, 80, 100, 120])
async def test_the_footer_shows_whole_keys_or_none(app: BroadsheetApp, width: int) -> None:
    async with app.run_test(size=(width, 24)) as pilot:
        await settle(pilot)
        reader(app).search_box.value = ""
        await search(pilot, "drougth")  # "Did you mean drought?": ctrl+y offered
        await pilot.press("enter")  # to the list: the footer's whole row of keys
        await pilot.pause(0.1)
        await settle(pilot)
        visible, left_out, palette = shown(app)
        assert visible, "no key shown"
        for key in visible:  # the oracle: each key's whole region, before the palette's
            assert key.region.width and key.region.right <= palette, (width, key.description)
        everything = [k.description for k in visible] + [k.description for k in left_out]
        assert "Suggestion" in everything and "Compare" in everything
        assert bool(left_out) == (width <= 80)  # at 100 columns every key fits
        keys = app.screen.query_one(KeyFooter).query(FooterKey)
        order = [k.description for k in keys if not k.has_class("-command-palette")]
        assert everything == order  # the keys left out are the last ones
        if width >= 80:  # the suggestion's key fits at 80 columns
            assert "Suggestion" in [k.description for k in visible]
        if width >= 120:
            assert not left_out


def test_the_readme_names_every_order_the_stories_list_says() -> None:
    """nu58 #7: the story list's status said "best first" with a query, where the README's
    `s` listed "largest, newest, oldest". The oracle: the words the code says."""
    from pathlib import Path

    from tui.reader_state import STORY_ORDERS, story_default

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    [row] = [line for line in readme.splitlines() if line.startswith("| `s` |")]
    words = {story_default("ceasefire"), story_default(""), *filter(None, STORY_ORDERS)}
    assert words == {"best first", "largest first", "newest first", "oldest first"}
    for said in sorted(words):
        assert said in row, said
