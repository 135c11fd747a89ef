"""The reader's `c` compares with the corpus's own casing (fn46, `index.analysis.casing`):
the common words are read in the comparison's thread worker, and a heading's "Place",
"Doubt" or "Staff" is no name only one article gives, while "Congress" still is."""

from __future__ import annotations

from pathlib import Path

from index.library import default_derived
from index.store.build import rebuild
from tests.index.test_casing import DROPPED, KEPT, casing_corpus
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.screens.compare import CompareScreen


async def test_c_drops_what_the_corpus_writes_in_lower_case(tmp_path: Path) -> None:
    corpus, index_dir = casing_corpus(tmp_path / "corpus"), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await pilot.press("slash", *"Tuesday", "enter")  # the two compared articles alone
        await settle(pilot)
        await wait_until(pilot, lambda: len(screen.articles.hits) == 2)
        await pilot.press("m", "j", "m", "c")
        await wait_until(pilot, lambda: isinstance(app.screen, CompareScreen))
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        await settle(pilot)
        await wait_until(pilot, lambda: compare.comparison is not None)
        assert compare.comparison is not None
        summary = compare.comparison.summary
        names = summary.only_a + summary.only_b
        assert not any(word in names for word in DROPPED), names
        assert all(word in names for word in KEPT), names
