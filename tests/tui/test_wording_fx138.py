"""fx138 (nu56 #6): the words a user reads. `t` on an article with nothing removed said
"Removed boilerplate shown (0 blocks)"; the related articles (`r`) said "undated" where
the list and the pane say "date unknown"; the skip note said "(why: ^p skipped)"."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.models import RelatedArticle
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.related import related_row
from tui.skips import SKIPPED_TITLE, SKIPS_WHY
from tui.widgets.row_meta import list_date


@given(
    st.one_of(
        st.none(),
        st.datetimes(datetime(1980, 1, 1), datetime(2030, 1, 1)).map(
            lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0)  # a day alone
        ),
    )
)
def test_the_related_row_says_the_date_as_the_list_does(when: datetime | None) -> None:
    row = related_row(
        RelatedArticle("a", "T", "Wire", when, 0.5, False, ("ceasefire",), False, False, 0.5)
    )
    meta = row.plain.split("\n", 1)[1]
    assert meta.split(" · ")[1] == list_date(when)  # a day given alone: the same words
    assert "undated" not in meta


def test_the_skip_note_names_the_key_and_the_palette_entry() -> None:
    assert SKIPS_WHY == "(why: ctrl+p → Skipped files)" and SKIPPED_TITLE in SKIPS_WHY
    assert "^p" not in SKIPS_WHY


async def test_t_says_when_nothing_was_removed(app: BroadsheetApp) -> None:
    """The oracle: the article's own removed blocks; each article of the corpus in turn."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        counts = []
        for row in range(len(screen.articles.hits)):
            if row:
                await pilot.press("j")
            await settle(pilot)
            hit = screen.articles.hits[row]
            await wait_until(
                pilot,
                lambda h=hit: screen.pane.article is not None and screen.pane.article.id == h.id,
            )  # type: ignore[misc]
            app.clear_notifications()
            await pilot.press("t")
            await settle(pilot)
            said = [str(n.message) for n in app._notifications]
            removed = len(screen.pane.article.removed) if screen.pane.article else 0
            counts.append(removed)
            if removed:
                assert said == [
                    f"Removed boilerplate shown ({removed} block{'s' * (removed != 1)})"
                ]
            else:
                assert said == ["No boilerplate was removed from this article"]
            await pilot.press("t")  # hidden again, for the next
            await settle(pilot)
        assert 0 in counts
