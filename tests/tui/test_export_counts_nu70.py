"""nu70 #4: the notebook's export dialog and its toast counted the articles alone.

Two articles and three highlights listed: `e` asked "Export 2 articles to a file", the toast
said "Exported 2 articles", and the passages kept, the reason to export, went unmentioned
(the file held all three). With only followed stories listed it asked to "Export 0 articles".
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Label

from index.notebook import Anchor, AnchorState, ArticleRecord, Entry, Highlight, Notebook
from tests.tui.conftest import settle, wait_until
from tests.tui.test_nu30_export_path import open_export_dialog
from tui.app import BroadsheetApp
from tui.dialogs.prompt import Prompt
from tui.notebook_ops import export_said

PASSAGES = ("First kept passage.", "Second kept passage.")


def _entry(n: int, highlights: int) -> Entry:
    article = f"a{n}.txt"
    kept = tuple(
        Highlight(k, article, "passage", "", "", 0, 7, None, (), AnchorState.ANCHORED, "", "")
        for k in range(highlights)
    )
    return Entry(ArticleRecord(article, f"Title {n}"), highlights=kept)


def _number_before(said: str, nouns: tuple[str, ...]) -> int:
    """The count said before one of ``nouns`` (0 when none is said)."""
    for part in said.split(", "):
        number, _, noun = part.partition(" ")
        if noun in nouns:
            return int(number.replace(",", ""))
    return 0


@given(
    st.lists(st.integers(min_value=0, max_value=4), max_size=6),
    st.integers(min_value=0, max_value=3),
)
def test_what_an_export_holds_is_counted_whole(highlights: list[int], stories: int) -> None:
    entries = [_entry(n, k) for n, k in enumerate(highlights)]
    said = export_said(entries, stories)
    # the oracle: each count read back from the words, against the listing's own numbers
    assert _number_before(said, ("article", "articles")) == len(entries)
    assert _number_before(said, ("highlight", "highlights")) == sum(highlights)
    assert _number_before(said, ("followed story", "followed stories")) == stories
    assert ("articles" in said) == (len(entries) != 1 and (bool(entries) or not stories))
    zero = [part for part in said.split(", ") if part.startswith("0 ")]
    assert zero == ([] if entries or stories else ["0 articles"])  # a count of none: not said
    if stories and not entries:
        assert said == f"{stories} followed {'story' if stories == 1 else 'stories'}"


async def test_the_dialog_and_the_toast_count_the_highlights(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index_dir = built
    record = ArticleRecord("harvest.txt", "Farmers count the cost")
    with Notebook.open(index_dir) as notebook:
        for passage in PASSAGES:
            notebook.highlight(record, Anchor(passage, "", "", 0, len(passage)))
    app = BroadsheetApp(corpus, index_dir)
    target = tmp_path / "memo.md"
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await open_export_dialog(pilot)  # `b`, then `e`
        dialog = app.screen
        assert isinstance(dialog, Prompt)
        question = str(dialog.query(Label).first().render())
        assert question.startswith("Export 1 article, 2 highlights to a file"), question
        app.clear_notifications()
        await pilot.press("ctrl+u", *str(target), "enter")
        await wait_until(pilot, target.exists)
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert f"Exported 1 article, 2 highlights to {target}" in said, said
    memo = target.read_text(encoding="utf-8")
    assert all(passage in memo for passage in PASSAGES)
