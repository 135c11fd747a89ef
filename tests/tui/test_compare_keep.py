"""Keeping a comparison (nu40 #7; fx72): `H` in the comparison keeps what each article
alone says as highlights in the notebook, asked first (fx96: it was `h`, and nu44's `h`
kept 72 at once). Oracle: the comparison's own `only_in` lists."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Label

from index.analysis.multicompare import Document, MultiComparison, compare_many
from index.notebook import ArticleRecord, Notebook, anchor_at
from tests.tui.conftest import settle, wait_until
from tests.tui.test_multicompare import open_many, reader_over, text_of
from tests.wirestory import STORY
from tui.compare_keep import (
    TAG,
    Kept,
    keep_comparison,
    keep_only_here,
    kept_already,
    only_here_note,
)
from tui.dialogs.confirm import Confirm
from tui.screens.multicompare import MultiCompareScreen


async def three_compared(pilot: Pilot[Any]) -> tuple[MultiCompareScreen, MultiComparison]:
    """The reader settled, the wire story's three articles compared: the screen, its
    comparison."""
    await settle(pilot)
    screen = await open_many(pilot, ["wire.md", "herald.md", "ledger.md"])
    assert screen.comparison is not None
    return screen, screen.comparison


def question(app: Any) -> str:
    """The words of the yes-or-no question on screen ("" when none is)."""
    if not isinstance(app.screen, Confirm):
        return ""
    return " ".join(str(label.render()) for label in app.screen.query(Label))


def _kept(index_dir: Path) -> dict[str, list[tuple[str, str | None, tuple[str, ...]]]]:
    with Notebook.open(index_dir) as notebook:
        out = {}
        for article in ("wire.md", "herald.md", "ledger.md"):
            entry = notebook.entry(article)
            out[article] = [
                (h.exact, h.note, tuple(h.tags)) for h in (entry.highlights if entry else ())
            ]
    return out


def test_each_articles_only_here_sentences_are_kept_once(tmp_path: Path) -> None:
    docs = [
        Document("a", "A", "Coast Wire", "2024-04-08", "The bridge shut.\n\nRain fell all day."),
        Document("b", "B", "Bay Herald", "2024-04-08", "The bridge shut.\n\nFerries ran late."),
        Document("c", "C", None, None, "The bridge shut.\n\nA quiet week for the mayor."),
    ]
    comparison = compare_many(docs)
    records = [ArticleRecord(d.id, d.title, d.source) for d in docs]
    with Notebook.open(tmp_path) as notebook:
        kept = keep_only_here(notebook, comparison, records)
        again = keep_only_here(notebook, comparison, records)  # nothing twice
        for k, doc in enumerate(docs):
            entry = notebook.entry(doc.id)
            shown = [(h.exact, h.note, tuple(h.tags)) for h in entry.highlights] if entry else []
            want = [
                (comparison.sentences[k][s].text, only_here_note(comparison, k), (TAG,))
                for s in comparison.only_in[k].sentences
            ]
            assert shown == want
    total = sum(len(o.sentences) for o in comparison.only_in)
    assert total == 3
    assert kept == Kept(new=total, already=0)
    assert again == Kept(new=0, already=total)  # rv40 #7: it said "Kept 3" twice
    assert only_here_note(comparison, 2) == (
        "Only here, of 3 compared; not in 1 Coast Wire 2024-04-08 (a), 2 Bay Herald 2024-04-08 (b)"
    )


async def test_shift_h_asks_then_keeps_the_comparison_in_the_notebook(tmp_path: Path) -> None:
    app = reader_over(tmp_path, STORY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, comparison = await three_compared(pilot)
        assert kept_already(screen.library, comparison) == 0
        await pilot.press("H")
        await settle(pilot)
        having = sum(1 for only in comparison.only_in if only.sentences)
        words = f"Keep 3 sentences only one article has ({having} of 3 articles)"
        assert words in question(app), question(app)
        await pilot.press("y")
        said = app._notifications  # the toasts' words

        def told() -> bool:
            return any(n.message.startswith("Kept 3 sentences only one article") for n in said)

        await wait_until(pilot, told)
        assert "1 Coast Wire" in text_of(screen, "#many-bases")
        app.clear_notifications()
        assert kept_already(screen.library, comparison) == 3
        await pilot.press("H")  # again: nothing new (rv40 #7 said "Kept 3 sentences" again)
        await settle(pilot)
        assert not app.screen.query(Confirm)  # rv48 #4: it asked "Keep 3 sentences…?"

        def told_again() -> bool:
            return any(
                n.message == "All 3 sentences only one article has are kept already" for n in said
            )

        await wait_until(pilot, told_again)
        assert not any(n.message.startswith("Kept") for n in said)
    kept = _kept(tmp_path / "index")
    for k, doc in enumerate(comparison.documents):
        assert [x for x, _, _ in kept[doc.id]] == [
            comparison.sentences[k][s].text for s in comparison.only_in[k].sentences
        ]
    assert sum(len(v) for v in kept.values()) == 3
    assert all(tags == (TAG,) for v in kept.values() for _, _, tags in v)


def test_keeping_never_writes_over_a_note_already_on_the_passage(tmp_path: Path) -> None:
    """rv40 #2: the notebook keeps a passage once and a note given again replaces the
    one there, so `h` wrote its "Only here, ..." over the reader's own note on a sentence
    they had highlighted (and a later comparison's over an earlier one's). The tag is
    still added; a passage without a note gets the comparison's."""
    docs = [
        Document("a", "A", "Coast Wire", "2024-04-08", "The bridge shut.\n\nRain fell all day."),
        Document("b", "B", "Bay Herald", "2024-04-08", "The bridge shut.\n\nFerries ran late."),
    ]
    comparison = compare_many(docs)
    records = [ArticleRecord(d.id, d.title, d.source) for d in docs]
    rain = docs[0].body.index("Rain")
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(
            records[0], anchor_at(docs[0].body, rain, len(docs[0].body)), note="my own reading"
        )
        keep_only_here(notebook, comparison, records)
        entry = notebook.entry("a")
        assert entry is not None
        assert [(h.exact, h.note, tuple(h.tags)) for h in entry.highlights] == [
            ("Rain fell all day.", "my own reading", (TAG,))
        ]
        entry = notebook.entry("b")
        assert entry is not None
        assert [h.note for h in entry.highlights] == [only_here_note(comparison, 1)]


class _Library:
    """A library whose index no longer has the article ``gone`` (an update deleted it
    after the comparison was made)."""

    def __init__(self, folder: Path, docs: list[Document], gone: str) -> None:
        self.folder, self.docs, self.gone = folder, {d.id: d for d in docs}, gone

    def article(self, article_id: str) -> Any:
        if article_id == self.gone:
            raise KeyError(article_id)
        doc = self.docs[article_id]
        return SimpleNamespace(id=doc.id, title=doc.title, source=doc.source, date=None)

    def notebook(self) -> Notebook:
        return Notebook.open(self.folder)


def test_keeping_a_comparison_whose_article_was_deleted_since(tmp_path: Path) -> None:
    """rv40 #3: `h` after an update deleted a compared article failed ("notebook failed:
    'b'") and kept nothing for any article; the comparison's own record stands in."""
    docs = [
        Document("a", "A", "Coast Wire", "2024-04-08", "The bridge shut.\n\nRain fell all day."),
        Document("b", "B", "Bay Herald", "2024-04-08", "The bridge shut.\n\nFerries ran late."),
    ]
    comparison = compare_many(docs)
    library: Any = _Library(tmp_path, docs, "b")
    assert keep_comparison(library, comparison) == Kept(new=2, already=0, articles=2)
    with Notebook.open(tmp_path) as notebook:
        for doc in docs:
            entry = notebook.entry(doc.id)
            assert entry is not None
            assert [h.exact for h in entry.highlights] == [doc.body.split("\n\n")[1]]


def test_a_passage_tagged_before_counts_as_already_kept(tmp_path: Path) -> None:
    """rv40 #7: what `h` says counts what the notebook had with the tag apart from what it
    adds; a passage highlighted without the tag gets it, and counts as new."""
    docs = [
        Document("a", "A", "Coast Wire", "2024-04-08", "The bridge shut.\n\nRain fell all day."),
        Document("b", "B", "Bay Herald", "2024-04-08", "The bridge shut.\n\nFerries ran late."),
    ]
    comparison = compare_many(docs)
    records = [ArticleRecord(d.id, d.title, d.source) for d in docs]
    rain, ferries = docs[0].body.index("Rain"), docs[1].body.index("Ferries")
    with Notebook.open(tmp_path) as notebook:
        notebook.highlight(records[0], anchor_at(docs[0].body, rain, len(docs[0].body)), tags=[TAG])
        notebook.highlight(records[1], anchor_at(docs[1].body, ferries, len(docs[1].body)))
        assert keep_only_here(notebook, comparison, records) == Kept(new=1, already=1)


@given(st.integers(0, 500), st.integers(0, 500), st.integers(1, 8))
def test_what_h_says_names_the_new_and_the_already_kept(new: int, already: int, of: int) -> None:
    said = Kept(new, already, min(of, new + already)).said(of)
    numbers = [int(w.strip("(:;")) for w in said.split() if w.strip("(:;").isdigit()]
    if not new and not already:
        assert said.startswith("No sentence") and not numbers
    elif not new:
        assert said.startswith(f"Already kept: {already} sentence")
    else:
        assert said.startswith(f"Kept {new} ")
        assert ("new" in said.split()) == bool(already)
        were = "was" if already == 1 else "were"
        assert (f"({already} {were} there already)" in said) == bool(already)
    for number, noun in re.findall(r"(\d+) (?:new )?(sentences?|were|was)\b", said):
        # rv48: H keeps one sentence without asking; its toast read "Kept 1 sentences"
        assert noun in (("sentence", "was") if number == "1" else ("sentences", "were")), said


async def test_h_keeps_the_one_sentence_under_the_cursor_fx96(tmp_path: Path) -> None:
    """nu44: `h` in the heat map added 72 highlights at once. Now it keeps one: the base's
    sentence under the cursor (the oracle: the comparison's coverage at the cursor), with
    the note typed; in the table, the row's sentence of the base."""
    app = reader_over(tmp_path, STORY)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, comparison = await three_compared(pilot)
        await pilot.press("j", "j", "h")
        await settle(pilot)
        await pilot.press(*"mine", "enter")
        await settle(pilot)
        base = comparison.documents[screen.base].id
        wanted = comparison.sentences[screen.base][screen.coverage[2].sentence].text
        await wait_until(pilot, lambda: bool(_kept(tmp_path / "index")[base]))
        assert _kept(tmp_path / "index")[base] == [(wanted, "mine", ())]
        assert sum(len(v) for v in _kept(tmp_path / "index").values()) == 1
        await pilot.press("h", "enter")  # again: kept once, its note stays
        await settle(pilot)
        await wait_until(
            pilot, lambda: any(n.message.startswith("Already kept") for n in app._notifications)
        )
        assert _kept(tmp_path / "index")[base] == [(wanted, "mine", ())]
        await pilot.press("v", "j", "h", "enter")  # the table's second row
        await settle(pilot)
        row = comparison.alignment(screen.base)[1]
        position = screen.base if row.sentence_of(screen.base) is not None else row.articles[0]
        sentence = row.sentence_of(position)
        assert sentence is not None
        table_kept = comparison.sentences[position][sentence].text
        owner = comparison.documents[position].id
        least = 1 + (owner == base)
        await wait_until(pilot, lambda: len(_kept(tmp_path / "index")[owner]) >= least)
        assert table_kept in [x for x, _, _ in _kept(tmp_path / "index")[owner]]
        assert sum(len(v) for v in _kept(tmp_path / "index").values()) <= 2
