"""nu59 #3: the reader's `u` toast said nothing of a highlight the update lost, while the
CLI's `index update` says "1 highlight not found in the text now (`broadsheet notes` lists
it)". The reader says the same fact in the same words (`highlights_changed_said`), its own
notebook named as what lists them."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from index.models import highlights_changed_said
from index.notebook import ArticleRecord, Notebook, anchor_quote
from tests.tui.conftest import reader, settle, wait_until
from tui.app import BroadsheetApp

PASSAGE = "Peacekeepers could arrive within a month."


@given(st.integers(0, 5000), st.integers(0, 5000))
def test_the_reader_s_words_are_the_cli_s_but_what_lists_them(fuzzy: int, lost: int) -> None:
    cli = highlights_changed_said(fuzzy, lost)
    said = highlights_changed_said(fuzzy, lost, "the notebook")
    assert said == cli.replace("`broadsheet notes`", "the notebook")
    assert (said == "") == (fuzzy + lost == 0)
    assert ("not found in the text now" in said) == bool(lost)


def toasts(app: BroadsheetApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_u_says_the_highlight_it_lost(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    with Library.open(corpus, index_dir) as library:
        body = library.article("ceasefire.txt").body
    record = ArticleRecord("ceasefire.txt", "Envoys agree on ceasefire monitors", "Reuters")
    with Notebook.open(index_dir) as notebook:
        notebook.highlight(record, anchor_quote(body, PASSAGE))
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await settle(pilot)
        screen = reader(app)
        await wait_until(pilot, lambda: "ceasefire.txt" in screen.articles.kept)
        for edit in (False, True):
            if edit:  # the highlighted sentence gone from the text
                path = corpus / "ceasefire.txt"
                path.write_text(path.read_text().replace(PASSAGE, "They may come later."))
            app.clear_notifications()
            await pilot.press("u")
            await settle(pilot)
            await wait_until(pilot, lambda: any("Index updated" in s for s in toasts(app)))
            said = next(s for s in toasts(app) if "Index updated" in s)
            lost = highlights_changed_said(0, 1, "the notebook")
            assert lost == "1 highlight not found in the text now (the notebook lists it)"
            assert (lost in said) == edit, said
            assert ("highlight" in said) == edit, said
