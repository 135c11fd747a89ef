"""Notes against a changing index: highlights found again, deleted articles kept as orphans."""

from __future__ import annotations

from index.notebook import AnchorState, ArticleText, Notebook, anchor_quote
from tests.notebook.conftest import record

BODY = (
    "Dock workers ended a three-week strike on Tuesday after the port authority brokered "
    "a pay deal.\n\nThe union said the deal was fair. Peacekeeping at the docks had been tense."
)


def _notebook_with_highlights(notebook: Notebook) -> tuple[int, int, int]:
    strike = notebook.highlight(record("a1"), anchor_quote(BODY, "ended a three-week strike"))
    deal = notebook.highlight(record("a1"), anchor_quote(BODY, "the deal was fair"), note="?")
    tense = notebook.highlight(record("a1"), anchor_quote(BODY, "Peacekeeping at the docks"))
    return strike.id, deal.id, tense.id


def test_relocate_finds_moved_edited_and_lost_passages(notebook: Notebook) -> None:
    strike, deal, tense = _notebook_with_highlights(notebook)
    changed = "UPDATED. " + BODY.replace("the deal was fair", "the deal was very fair").replace(
        "Peacekeeping at the docks had been tense", "Calm returned"
    )
    found = {r.highlight.id: r for r in notebook.relocate("a1", ArticleText(record("a1"), changed))}
    assert found[strike].location.state is AnchorState.ANCHORED
    assert changed[found[strike].location.start :].startswith("ended a three-week strike")
    assert found[deal].location.state is AnchorState.FUZZY
    assert changed[found[deal].location.start : found[deal].location.end] == (
        "the deal was very fair"
    )
    assert found[tense].location.state is AnchorState.ORPHANED
    assert all(r.moved for r in found.values())
    # kept: the next reading starts from the new places
    entry = notebook.entry("a1")
    assert entry is not None
    by_id = {h.id: h for h in entry.highlights}
    assert by_id[strike].start == found[strike].location.start
    assert by_id[deal].state is AnchorState.FUZZY and by_id[deal].note == "?"
    assert by_id[tense].state is AnchorState.ORPHANED  # kept, never dropped
    assert by_id[tense].exact == "Peacekeeping at the docks"
    again = notebook.relocate("a1", ArticleText(record("a1"), changed))
    assert not any(r.moved for r in again)


def test_relocate_without_persist_changes_nothing(notebook: Notebook) -> None:
    _notebook_with_highlights(notebook)
    before = notebook.entry("a1")
    notebook.relocate("a1", ArticleText(record("a1", title="New"), "x" + BODY), persist=False)
    assert notebook.entry("a1") == before


def test_a_deleted_article_keeps_its_notes_listed_as_orphaned(notebook: Notebook) -> None:
    notebook.pin(record("gone", title="Deleted story"), tags=["keep"], note="my note")
    notebook.highlight(record("gone"), anchor_quote(BODY, "pay deal"), note="quote note")
    notebook.pin(record("here"))
    texts = {"here": ArticleText(record("here", title="Here, retitled"), BODY)}
    report = notebook.refresh(texts.get)
    assert report.articles == 2 and report.orphaned == ("gone",)
    gone = notebook.entry("gone")
    assert gone is not None and gone.orphaned
    assert gone.note == "my note" and gone.tags == ("keep",)
    assert gone.highlights[0].exact == "pay deal" and gone.highlights[0].note == "quote note"
    assert gone.article.title == "Title of gone"  # the snapshot still shows what it was
    assert [e.article.id for e in notebook.notes(orphaned=True)] == ["gone"]
    assert [e.article.id for e in notebook.notes(orphaned=False)] == ["here"]
    here = notebook.entry("here")
    assert here is not None and here.article.title == "Here, retitled"
    # the article comes back (a rebuild restored its file): no longer orphaned
    texts["gone"] = ArticleText(record("gone"), "New lede. " + BODY)
    report = notebook.refresh(texts.get)
    assert report.orphaned == () and report.moved == 1 and report.lost == 0
    back = notebook.entry("gone")
    assert back is not None and not back.orphaned
    assert back.highlights[0].start == BODY.index("pay deal") + len("New lede. ")


def test_refresh_counts_fuzzy_and_lost_highlights(notebook: Notebook) -> None:
    _notebook_with_highlights(notebook)
    changed = BODY.replace("the deal was fair", "the deal was quite fair").replace(
        "Peacekeeping at the docks", "Nothing"
    )
    report = notebook.refresh(lambda _id: ArticleText(record("a1"), changed))
    assert (report.moved, report.fuzzy, report.lost) == (1, 1, 1)  # the first is in place


def test_writing_on_an_orphaned_article_brings_it_back(notebook: Notebook) -> None:
    notebook.pin(record("a1"))
    notebook.refresh(lambda _id: None)
    assert notebook.notes(orphaned=True)
    notebook.set_note(record("a1"), "seen again")
    entry = notebook.entry("a1")
    assert entry is not None and not entry.orphaned


def test_a_reworded_passage_is_marked_as_highlighted_in_the_memo(notebook: Notebook) -> None:
    """nu30 #3: a passage reworded since it was highlighted was quoted in the memo with its
    old words and no mark (a deleted one said "no longer found")."""
    from index.notebook.memo import markdown

    strike, deal, tense = _notebook_with_highlights(notebook)
    changed = BODY.replace("the deal was fair", "the deal was quite fair").replace(
        "Peacekeeping at the docks", "Nothing"
    )
    notebook.refresh(lambda _id: ArticleText(record("a1"), changed))
    entry = notebook.entry("a1")
    assert entry is not None
    states = {h.id: (h.edited, h.orphaned) for h in entry.highlights}
    assert states == {strike: (False, False), deal: (True, False), tense: (False, True)}
    memo = markdown([entry], title="Notebook", exported="2026-12-04T18:00:00+00:00")
    block = memo.split("the deal was fair", 1)[1].split("Note: ?", 1)[0]
    assert "(as highlighted: the text changed there)" in block
    assert memo.count("the text changed there") == 1
    assert memo.count("(not found in the text now)") == 1
