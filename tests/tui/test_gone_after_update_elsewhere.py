"""nu29 #5: the open article's file deleted and the index updated in another terminal: the
reader says the article is gone, in the pane and a toast. Before, from a search the pane
went blank without a word ("Select an article to read it."), and from the stories list it
showed another article in its place. The stories case reads a corpus of stories, one file
an article (over the seeds, which hold no story, the story list leaves the pane empty: fx169)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.story_corpus import CORPUS, record
from tests.tui.conftest import reader, search, settle, wait_until
from tests.tui.test_reader_restore import toasts
from tui.app import BroadsheetApp


def update_elsewhere(corpus: Path, index_dir: Path) -> None:
    """`broadsheet index update` in another terminal: a library of its own."""
    Library.open(corpus, index_dir).update()


def pane_text(app: BroadsheetApp) -> str:
    return " ".join(line.plain for line in reader(app).pane.layout_.lines)


def stories_in_files(folder: Path) -> tuple[Path, Path]:
    """`tests.story_corpus`'s stories, one JSON file an article, and their index."""
    corpus, index_dir = folder / "news", folder / "index"
    corpus.mkdir()
    for article in CORPUS:
        (corpus / f"{article.id}.json").write_text(json.dumps(record(article)), encoding="utf-8")
    rebuild(corpus, index_dir, derived=default_derived())
    return corpus, index_dir


@pytest.mark.parametrize("stories", [False, True], ids=["search", "stories"])
async def test_the_open_article_deleted_elsewhere_is_said_gone(
    built: tuple[Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    stories: bool,
) -> None:
    corpus, index_dir = stories_in_files(tmp_path) if stories else built
    app = BroadsheetApp(corpus, index_dir)
    said = toasts(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        if stories:
            await pilot.press("S")
            await settle(pilot)
            await wait_until(pilot, lambda: screen.pane.article is not None)
        else:
            await search(pilot, "ceasefire")
            await pilot.press("enter")
            await settle(pilot)
        shown = screen.pane.article
        assert shown is not None
        others = {hit.id for hit in screen.articles.hits} - {shown.id}
        assert stories or others  # the list keeps a row after the deletion
        (corpus / Path(shown.path).name).unlink()
        update_elsewhere(corpus, index_dir)
        screen.check_generation()  # as its timer does every few seconds
        await wait_until(pilot, lambda: any("gone" in line for line in said))
        await settle(pilot)
        assert screen.pane.article is None  # not another article in its place
        assert shown.title in pane_text(app) and "gone" in pane_text(app)
        assert any(shown.title in line and "gone" in line for line in said)
        assert "no matches in this article" not in screen.match_info
        await pilot.resize_terminal(100, 30)
        screen.pane.relayout()  # as new watch words or a notebook change do (it said only
        await settle(pilot)  # "Select an article", fx31a)
        assert shown.title in pane_text(app) and "gone" in pane_text(app)
        # the list still works: its row opens as ever (stories: the cursor moves)
        await pilot.press("escape", "enter") if not stories else await pilot.press("j")
        await settle(pilot)
        if not stories and others:
            assert screen.pane.article is not None and screen.pane.article.id in others


async def test_a_failing_check_still_refreshes_the_lists(
    app: BroadsheetApp, built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv28: the check of the shown article reported back only when it found it or found it
    # gone; any other error (a damaged or unreadable index) left the lists unrefreshed
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(app)
        await search(pilot, "ceasefire")
        await pilot.press("enter")
        await settle(pilot)
        assert screen.pane.article is not None

        def unreadable(self: Library, article_id: str) -> None:
            raise OSError("unreadable")

        monkeypatch.setattr(Library, "article", unreadable)
        refreshed: list[bool] = []
        screen.check_shown(lambda: refreshed.append(True))
        await wait_until(pilot, lambda: refreshed == [True])
        assert screen.pane.article is not None  # not said gone: it was not found gone
