"""nu40 #9: escape in the search bar leaves the query listed (it wiped it); up and down walk
the queries searched, kept between starts with the reader's state."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from index.search.limits import MAX_QUERY_CHARS
from tests.tui.conftest import reader, search, settle
from tui.app import BroadsheetApp
from tui.query_history import HISTORY_CHARS, HISTORY_KEPT, QUERY_KEPT_CHARS, QueryHistory
from tui.reader_state import ReaderState, state_path
from tui.widgets.article_list import ArticleList


def listed(app: BroadsheetApp) -> list[str]:
    return [hit.id for hit in reader(app).articles.hits]


async def test_slash_then_escape_keeps_the_query_and_the_list(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")
        await pilot.press("slash", "escape")
        await pilot.pause(0.2)
        await settle(pilot)
        assert reader(app).search_text == "drought"
        assert listed(app) == ["harvest.txt"]
        assert isinstance(app.focused, ArticleList)


async def test_escape_drops_an_edit_not_yet_searched(app: BroadsheetApp) -> None:
    """Escape before typing paused: the bar goes back to the query listed, as the list."""
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        box = reader(app).search_box
        box.delay = 60.0  # the burst never pauses: "x" is never searched
        await pilot.press("end", "x", "x")
        await pilot.press("escape")
        await settle(pilot)
        assert reader(app).search_text == "drought"
        assert reader(app).shown_query == "drought"
        assert listed(app) == ["harvest.txt"]


async def test_up_and_down_walk_the_queries_searched(app: BroadsheetApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for query in ("drought", "peacekeepers", "markets"):
            await search(pilot, query)
            await pilot.press("enter")
        await pilot.press("slash", "up")  # "markets" is in the bar: the one before it
        await settle(pilot)
        assert reader(app).search_text == "peacekeepers"
        await pilot.press("up")
        assert reader(app).search_text == "drought"
        await pilot.press("down", "down")
        assert reader(app).search_text == "markets"  # the query being typed, again
        await pilot.pause(0.2)
        await settle(pilot)
        assert reader(app).shown_query == "markets"


async def test_the_history_is_kept_with_the_state(built: tuple[Path, Path]) -> None:
    corpus, index_dir = built
    first = BroadsheetApp(corpus, index_dir, restore=True)
    async with first.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for query in ("drought", "peacekeepers"):
            await search(pilot, query)
            await pilot.press("enter")
        await settle(pilot)
    saved = json.loads(state_path(index_dir).read_text(encoding="utf-8"))
    assert saved["history"] == ["drought", "peacekeepers"]
    again = BroadsheetApp(corpus, index_dir, restore=True)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "up")
        assert reader(again).search_text == "drought"


def _model(queries: list[str]) -> list[str]:
    """What the history should hold: each query once, at its last place, none blank or
    broken in lines, none longer than `QUERY_KEPT_CHARS`; the latest `HISTORY_KEPT` of
    them, and of those the latest that fit in `HISTORY_CHARS` characters (rv41)."""
    kept: list[str] = []
    for query in queries:
        if query.strip() and len(query) <= QUERY_KEPT_CHARS and not {"\n", "\r"} & set(query):
            kept = [q for q in kept if q != query] + [query]
    kept = kept[-HISTORY_KEPT:]
    while sum(map(len, kept)) > HISTORY_CHARS:
        kept.pop(0)
    return kept


long_queries = st.builds(
    lambda letter, length: letter * length,
    st.sampled_from("abcdefghij"),
    st.integers(QUERY_KEPT_CHARS - 3, QUERY_KEPT_CHARS + 3),
)
"""Queries at the bound and just over it (a paste): some kept, some never."""


@given(st.lists(st.sampled_from(["a", "b", "c", " ", "d e"]) | long_queries, max_size=60))
def test_the_history_holds_each_query_once_at_its_last_place(queries: list[str]) -> None:
    history = QueryHistory()
    for query in queries:
        history.remember(query)
    assert history.queries == _model(queries)
    assert sum(map(len, history.queries)) <= HISTORY_CHARS


def test_a_paste_is_never_remembered() -> None:
    """rv41: a 100 KB paste searched 100 times was kept 100 times in reader.json. The
    bound is the longest query the search takes ("query too long" past it)."""
    assert QUERY_KEPT_CHARS == MAX_QUERY_CHARS
    history = QueryHistory(["drought"])
    paste = "x" * 100_000
    assert not history.remember(paste)
    history.restore([paste, "markets"])
    assert history.queries == ["markets", "drought"]
    many = QueryHistory([f"{n:04}" + "q" * (QUERY_KEPT_CHARS - 4) for n in range(HISTORY_KEPT)])
    assert len(json.dumps(many.queries)) < HISTORY_CHARS + 4 * HISTORY_KEPT


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12), st.text(max_size=3))
@example(["c", "a"], "c")  # ci102: the walk passed over the query shown, not the draft
def test_a_walk_back_then_forward_ends_at_the_draft(queries: list[str], draft: str) -> None:
    history = QueryHistory(queries)
    seen, shown = [], draft
    while (older := history.older(shown)) is not None:
        seen.append(older)
        shown = older
    expected = [q for q in reversed(history.queries) if q != draft]
    assert seen == expected
    forward = []
    while (newer := history.newer()) is not None:
        forward.append(newer)
    if seen:  # forward again over the same queries (the bar's, passed over), to the draft
        after = history.queries[history.queries.index(seen[-1]) + 1 :]
        assert forward == [*after, draft]
    else:
        assert forward == []


@given(
    st.lists(
        st.sampled_from(["", "  ", "a", "b", "a\nb", "c\r", *map(str, range(150))]) | long_queries
    ),
    st.lists(st.sampled_from(["a", "b", "x", "y"]) | long_queries, max_size=4),
)
def test_queries_kept_in_the_file_go_in_as_remember_puts_them(
    older: list[str], typed: list[str]
) -> None:
    """rv41: a reader.json "history" with blanks, broken lines, repeats, more than
    `HISTORY_KEPT` queries or queries too long to keep restores as if each had been
    searched, before those typed."""
    history = QueryHistory(typed)
    history.restore(older)
    oracle = QueryHistory([q for q in older if "\n" not in q and "\r" not in q] + typed)
    assert history.queries == oracle.queries


@given(st.text(max_size=3) | long_queries, st.lists(long_queries | st.text(max_size=3)))
@example("x" * 100_000, ["a\n", "b"] + ["y" * 1_000] * 30)
def test_the_state_file_stays_small_whatever_was_typed(query: str, history: list[str]) -> None:
    """rv41: the reader's state file holds at most one query the search takes and a history
    of `HISTORY_CHARS` characters (a refused paste in the bar is not kept either)."""
    saved = ReaderState(query=query, history=tuple(history)).to_json()
    assert saved["query"] == (query if len(query) <= QUERY_KEPT_CHARS else "")
    assert saved["history"] == _model(history)
    size = len(json.dumps(saved, ensure_ascii=False))
    assert size <= QUERY_KEPT_CHARS + HISTORY_CHARS + 4 * HISTORY_KEPT + 200
