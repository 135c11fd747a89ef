"""nu67: `h` in the quotes panel asked "Note on the quote" without saying which words it
keeps; on a group whose first row is a clipped reprint, the notebook then held the clipped
words ("a total witch-hunt") while the heading above showed the whole quote. Now the
question quotes the row's own words (cut at a word) and names its outlet, as `h` in the
heat map does (fx131). Oracle: each row's article text at the row's offsets."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label

from tests.quote_rows import ROWS
from tests.tui.conftest import reader, settle
from tests.tui.test_quotes_panel import app_of, panel
from tui.dialogs.prompt import Prompt
from tui.screens.multicompare_keep import ASKED, at_word


async def test_h_in_the_panel_asks_naming_the_row_s_words_and_outlet(tmp_path: Path) -> None:
    app = app_of(tmp_path, ROWS)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        quotes = panel(app)
        library = reader(app).library
        assert library is not None
        asked = 0
        for row_id, target in list(quotes.targets.items()):
            options = quotes.query_one("#quote-list")
            options.highlighted = options.get_option_index(row_id)  # type: ignore[attr-defined]
            await pilot.press("h")
            await settle(pilot)
            assert isinstance(app.screen, Prompt)
            question = str(app.screen.query_one(Label).render())
            article = library.article(target.article)
            words = article.body[target.start : target.end].strip(" \"“”‘’',")
            assert at_word(words, ASKED).rstrip("…")[:30] in question, (question, words)
            assert f"({article.source}" in question  # "(Coast Wire ran it clipped: …)" (nu71)
            await pilot.press("escape")
            await settle(pilot)
            asked += 1
        assert asked >= 3
