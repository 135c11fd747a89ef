"""nu51 #7 in the reader: at 80x24 the heat map's tabs read "1 CNN · 3 Aug" for CNN Business
while CNN is another outlet of the corpus (not among those compared). Here 60x24: the story
has four articles, and their tabs are said short only that narrow."""

from __future__ import annotations

import re
from pathlib import Path

from textual.widgets import Static

from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import settle
from tests.tui.test_multicompare import open_many
from tests.wirestory import STORY
from tui.app import BroadsheetApp

FILES = {
    **{
        name: text.replace("source: Coast Wire", "source: CNN Business")
        for name, text in STORY.items()
    },
    "cnn.md": "---\ntitle: Weather\nsource: CNN\ndate: 2024-04-11\n---\nRain on Friday.\n",
}


async def test_no_tab_says_another_outlets_name(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", FILES)
    rebuild(corpus, tmp_path / "index")
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md", "gazette.md"])
        bases = str(screen.query_one("#many-bases", Static).render())
        assert re.search(r"\b1 CNN\b(?! B)", bases) is None, bases
        assert "1 CNN B" in bases, bases
