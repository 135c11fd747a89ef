"""Marks a new search left out of the list are still compared: the status line says so."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.library import Library
from index.models import Hit
from tests.opensearch.generated import write_corpus
from tests.tui.conftest import reader, search, settle
from tests.tui.test_reader import status
from tui.app import BroadsheetApp
from tui.unlisted_marks import marks_further, marks_note


def hit(article_id: str) -> Hit:
    return Hit(article_id, article_id, False, None, None, 0.0)


def test_the_note_counts_the_marked_that_are_not_listed() -> None:
    listed = [hit("a"), hit("b")]
    assert marks_note([], listed) == ""
    assert marks_note(["a", "b"], listed) == "2 marked"  # every mark shows as ●
    assert marks_note(["a", "x", "y"], listed) == "3 marked, 2 not in this list"
    assert marks_note(["x"], []) == "1 marked, 1 not in this list"


async def test_marks_from_an_earlier_search_show_in_the_status(app: BroadsheetApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await search(pilot, "drought")
        await pilot.press("enter")  # to the list
        await pilot.press("m")
        await settle(pilot)
        assert "1 marked" in status(app) and "not in this list" not in status(app)
        await search(pilot, "ceasefire")
        assert "1 marked, 1 not in this list" in status(app)
        await pilot.press("enter", "m", "j", "m")
        await settle(pilot)
        assert len(reader(app).articles.marked) == 3
        assert "3 marked, 1 not in this list" in status(app)
        await pilot.press("slash", "backspace")  # the query was selected: cleared
        await pilot.pause(0.2)
        await settle(pilot)
        assert len(reader(app).articles.hits) == 4
        # every article listed again: the count stays (nu18 #5)
        assert "3 marked" in status(app) and "not in this list" not in status(app)


# -- marks further down a list that shows its first rows only (nu15 #2) ----------------------


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """300 made-up articles (the OpenSearch tests' corpus): many hits for most words."""
    folder = tmp_path_factory.mktemp("marks")
    library = Library.open(write_corpus(folder / "news.jsonl"), folder / "index", derived=())
    yield library
    library.close()


QUERIES = ("", "oil", "oil OR gas", "NOT russia", '"crude oil"', "peace*", "title:bank", "zzqx")


@settings(max_examples=60)
@given(
    query=st.sampled_from(QUERIES),
    source=st.sampled_from([None, "Reuters"]),
    page=st.integers(1, 40),
    picks=st.lists(st.integers(0, 299), max_size=8),
)
def test_marks_further_down_are_in_the_list(
    made_up: Library, query: str, source: str | None, page: int, picks: list[int]
) -> None:
    # the oracle: every hit of the search, not only the first page of them
    everything = made_up.search("", limit=None)
    marked = [*dict.fromkeys(everything.hits[n].id for n in picks), "gone"]
    found = {hit.id for hit in made_up.search(query, limit=None, source=source).hits}
    first = made_up.search(query, limit=page, source=source, count=False)
    listed = {hit.id for hit in first.hits}
    further = marks_further(made_up, query, source, marked, first)
    assert further == {m for m in marked if m in found and m not in listed}
    hidden = sum(m not in found for m in marked)  # "gone" is never found
    assert marks_note(marked, list(first.hits), further) == (
        f"{len(marked)} marked, {hidden} not in this list"
    )
