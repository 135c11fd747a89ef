"""The reader says under the search bar how many undated matches a ``date:`` filter left
out, as `search` does on stderr (nu42 #5); the list keeps the dated ones. And when a query's
dates lie outside the corpus's, it says so (nu44 #4); a query with hits says nothing of it."""

from __future__ import annotations

from pathlib import Path

from index.library import default_derived
from index.store.build import rebuild
from tests.cli.test_date_miss_told import FACTS, SPAN
from tests.index.test_undated_left import field_corpus
from tests.tui.conftest import reader, settle
from tests.tui.test_reader_repaints import note, search_anew
from tui.app import BroadsheetApp


def built(top: Path, facts: list[tuple[set[str], str | None, str]]) -> BroadsheetApp:
    """The reader on a corpus of these articles, its index built."""
    corpus, index_dir = field_corpus(top, facts), top / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    return BroadsheetApp(corpus, index_dir)


async def test_the_note_tells_the_undated_matches_a_date_filter_left_out(tmp_path: Path) -> None:
    facts = [
        ({"wheat"}, "2021-02-14", "Herald"),
        ({"wheat"}, None, "Herald"),
        ({"wheat"}, None, "Courier"),
        ({"barley"}, None, "Courier"),
    ]
    app = built(tmp_path, facts)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await search_anew(pilot, "wheat date:2021")
        assert "2 undated matches left out (no date in the text)" in str(note(app).render())
        assert [hit.id for hit in reader(app).articles.hits] == ["a0.md"]
        await search_anew(pilot, "wheat")  # no filter: nothing left out, the note hides
        assert note(app).has_class("-empty")
        await search_anew(pilot, "barley date:2021")  # none dated: after "No matches."
        said = str(note(app).render())
        assert said.startswith("No matches.") and "1 undated match left out" in said


async def test_the_note_says_the_corpus_runs_earlier(tmp_path: Path) -> None:
    app = built(tmp_path, FACTS)
    async with app.run_test(size=(200, 24)) as pilot:
        await settle(pilot)
        await search_anew(pilot, "wheat date:march")
        said = str(note(app).render())
        assert said.startswith("No matches.  no article is dated in March ")
        assert said.endswith(f'{SPAN}; did you mean date:"march 2001"?')
        await search_anew(pilot, 'wheat date:"march 2001"')  # found: the note hides
        assert note(app).has_class("-empty")
        await search_anew(pilot, "oats")  # no date filter: no matches, nothing more
        assert str(note(app).render()) == "No matches."
