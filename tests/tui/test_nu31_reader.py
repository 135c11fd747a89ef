"""Pilot tests for the reader's problems a new user met (nu31): a phrase lit as a phrase
(#1), esc then u (#6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.style import Style
from rich.text import Text
from textual.widgets import Input, Static

from index.library import default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import palette_offers, reader, search, settle, wait_until
from tui.app import BroadsheetApp

VOTE = (
    "Senate passes the bill on a tie-breaking vote\n\nBy Ann Lee\n\n"
    "WASHINGTON (Reuters) - The vice president cast a tie-breaking vote on Tuesday. "
    "The vote count was close: every senator voted, and some said they would vote no "
    "to break the impasse. A tie had been expected.\n\n"
    "It was the second tie-breaking vote this year.\n"
)


@pytest.fixture
def vote_app(tmp_path: Path) -> BroadsheetApp:
    corpus = write_corpus(
        tmp_path / "corpus", {"vote.txt": VOTE, "other.txt": "Rain\n\nIt rained.\n"}
    )
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    return BroadsheetApp(corpus, tmp_path / "index")


def status(app: BroadsheetApp) -> str:
    return str(reader(app).query_one("#status", Static).render())


async def test_a_phrase_is_lit_and_counted_where_it_stands(vote_app: BroadsheetApp) -> None:
    """nu31 #1: `"tie-breaking vote"` said 13 matches (every vote, tie, break alone); the
    phrase stands in the article three times (its title, twice in the body): 3, each lit."""
    async with vote_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, '"tie-breaking vote"')
        await pilot.press("enter")
        await settle(pilot)
        pane = reader(vote_app).pane
        await wait_until(pilot, lambda: pane.article is not None and pane.match_count > 0)
        assert pane.article is not None and pane.article.id == "vote.txt"
        assert pane.match_count == 3  # the title's, then the body's two: each lit is counted
        assert pane.border_subtitle == "3 matches (n/N)"  # the border's alone (nu70 #7)
        assert lit(pane.layout_.lines) == dict.fromkeys(range(3), "tie-breaking vote")


def lit(lines: list[Text]) -> dict[int, str]:
    """The text of each numbered match the lines light (a match wrapped: its pieces)."""
    found: dict[int, list[str]] = {}
    for line in lines:
        for span in line.spans:
            if isinstance(span.style, Style) and "match" in span.style.meta:
                found.setdefault(span.style.meta["match"], []).append(
                    line.plain[span.start : span.end]
                )
    return {number: " ".join(" ".join(pieces).split()) for number, pieces in found.items()}


@settings(max_examples=25, deadline=None)
@given(
    st.integers(min_value=0, max_value=40),
    st.sampled_from(['"tie-breaking vote"', '"vote vote"', 'vote "break vote"', "tie"]),
    st.sampled_from(["\n", " \n", "\n\n"]),
)
def test_a_match_over_a_chunks_end_is_one_match(shift: int, query: str, gap: str) -> None:
    """A long article is laid out a chunk (`CHUNK`) at a time: a phrase that runs over a
    chunk's end is lit whole and counted once, as over the whole body."""
    from rich.console import Console

    from index.models import Article
    from index.search.highlight import highlighter_for_text
    from tui.widgets.article_layout import CHUNK, chunks, layout_article

    filler = "words " * ((CHUNK - 60 - shift) // 6)
    more = "words " * 20  # no line ends before CHUNK but in the phrase: the chunk ends there
    body = f"{filler}a tie-breaking{gap}vote vote {more}break vote{gap}tie-breaking vote.\nEnd."
    assert len(next(chunks(body))) < body.index("tie-breaking") + len("tie-breaking vote")
    article = Article(
        id="a", path="/a.txt", title="T", title_derived=False, source=None,
        byline=None, dateline=None, date=None, body=body,
    )  # fmt: skip
    highlighter = highlighter_for_text(query)
    layout = layout_article(
        article, 70, Console(), highlighter=highlighter, match_style=Style(bold=True)
    )
    assert layout is not None
    expected = [" ".join(body[s.start : s.end].split()) for s in highlighter.spans(body)]
    assert len(layout.match_lines) == len(expected)
    assert list(lit(layout.lines).values()) == expected
    assert sorted(lit(layout.lines)) == list(range(len(expected)))


async def test_escape_then_u_updates_as_the_stale_line_says(vote_app: BroadsheetApp) -> None:
    """nu31 #6: a search, esc (it cleared and stayed in the bar), then u as the stale line
    said: the query became "u". One esc now leaves the bar, the query kept (nu40 #9)."""
    async with vote_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(vote_app)
        (screen.corpus / "late.txt").write_text("Late news\n\nA late vote on tides.\n")
        screen.check_freshness()
        await settle(pilot)
        assert "press u to update" in status(vote_app)
        await search(pilot, "vote")
        await pilot.press("escape", "u")
        await settle(pilot)
        assert screen.search_text == "vote"
        assert not isinstance(vote_app.focused, Input)
        await wait_until(pilot, lambda: "index fresh" in status(vote_app))
        await settle(pilot)
        assert "late.txt" in [hit.id for hit in screen.articles.hits]  # the new article found


async def test_a_saved_search_run_from_the_stories_lists_its_hits(
    vote_app: BroadsheetApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """nu31 #11: run from the stories list (ctrl+p "Saved search: …"), a saved search stayed
    in the stories and toasted "devos: 0 new hits" while it had 10 article hits."""

    from index.notebook import Notebook
    from tui.widgets.article_list import ArticleList

    toasts: list[str] = []
    notify = vote_app.notify
    monkeypatch.setattr(
        vote_app, "notify", lambda m, **kw: toasts.append(str(m)) or notify(m, **kw)
    )
    with Notebook.open(tmp_path / "index") as notebook:
        notebook.saved.add("votes", "vote")
    async with vote_app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = reader(vote_app)
        await pilot.press("S")
        await settle(pilot)
        assert screen.showing_stories
        await pilot.press("ctrl+p", *"Saved search: votes")

        await palette_offers(pilot, vote_app, "Saved search: votes")
        await pilot.press("enter")
        await settle(pilot)
        await wait_until(pilot, lambda: any("votes:" in toast for toast in toasts))
        assert not screen.showing_stories
        assert isinstance(vote_app.focused, ArticleList)
        assert [hit.id for hit in screen.articles.hits] == ["vote.txt"]
        assert "votes: 1 hit, 1 new" in toasts  # saved here without its hits seen
