"""Quotes kept with the index: built, updated, read back and selected through the Library."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from index.analysis.quote_store import ARTICLES, GROUPS, MEMBERS, TOC
from index.library import Library, QuoteGroup, QuotesMissing
from tests.quote_rows import ROWS, record, write_rows


@pytest.fixture
def library(tmp_path: Path) -> Library:
    corpus = write_rows(tmp_path / "corpus", ROWS)
    return Library.open(corpus, tmp_path / "index")


def test_a_reprinted_quote_is_one_group_with_who_ran_it_first(library: Library) -> None:
    groups = library.quotes()
    harbour = [g for g in groups if "harbour fees" in g.text]
    assert len(harbour) == 1
    group = harbour[0]
    assert len(group.occurrences) == 3
    assert group.speaker == "Anna Keller"
    assert [o.source for o in group.occurrences] == ["Harbour Times", "Valley Post", "Coast Wire"]
    assert group.first == group.occurrences[0].article
    changes = {o.source: o.change for o in group.occurrences}
    assert changes["Coast Wire"] == "clipped"
    assert library.quote_group(group.id) == group


def test_every_occurrence_is_the_body_slice_it_claims(library: Library) -> None:
    occurrences = [o for g in library.quotes() for o in g.occurrences]
    assert occurrences
    for o in occurrences:
        assert library.article(o.article).body[o.start : o.end] == o.text


def test_filters_speaker_query_since_and_articles(library: Library) -> None:
    assert [g.speaker for g in library.quotes(speaker="berg")] == ["Tom Berg"]
    assert [g.speaker for g in library.quotes(speaker="KELLER")] == ["Anna Keller"]
    assert library.quotes(speaker="nobody at all") == []
    # the query's words must be in the quote (stemmed: "blossoms" lights "blossom")
    assert [g.speaker for g in library.quotes("blossoms")] == ["Tom Berg"]
    assert library.quotes("growers") == []  # in the article, not in its quote
    # a query of filters only keeps every quote of the articles it matches
    assert {g.speaker for g in library.quotes('source:"Coast Wire"')} == {"Anna Keller"}
    assert [g.speaker for g in library.quotes(since=datetime(2021, 5, 1))] == ["Anna Keller"]
    b1 = next(g for g in library.quotes() if g.speaker == "Tom Berg").first
    assert [g.speaker for g in library.quotes(articles={b1})] == ["Tom Berg"]


def test_speakers_rank_by_outlets(library: Library) -> None:
    speakers = library.speakers()
    assert [s.name for s in speakers] == ["Anna Keller", "Tom Berg"]
    keller = speakers[0]
    assert (keller.quotes, keller.occurrences, keller.articles) == (1, 3, 3)
    assert set(keller.outlets) == {"Harbour Times", "Valley Post", "Coast Wire"}
    assert [s.name for s in library.speakers("blossom")] == ["Tom Berg"]


def test_article_quotes_in_reading_order(library: Library) -> None:
    first = library.quotes(speaker="keller")[0].first
    assert [g.speaker for g in library.article_quotes(first)] == ["Anna Keller"]
    assert library.article_quotes("no such article") == ()


def test_update_matches_a_rebuild(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "corpus", ROWS[:2])
    library = Library.open(corpus, tmp_path / "index")
    assert len(library.quotes()[0].occurrences) == 2
    write_rows(corpus, ROWS[2:])  # a clipped reprint and a new quote
    (corpus / "a1.json").unlink()  # the first to run it is gone
    library.update()
    library.refresh()
    updated = library.quotes()
    rebuilt = Library.open(corpus, tmp_path / "fresh")
    assert _shape(updated) == _shape(rebuilt.quotes())
    harbour = next(g for g in updated if g.speaker == "Anna Keller")
    assert [o.source for o in harbour.occurrences] == ["Valley Post", "Coast Wire"]
    library.close()
    rebuilt.close()


def _shape(groups: list[QuoteGroup]) -> list[tuple[str, tuple[tuple[str, int, int, str], ...]]]:
    return sorted(
        (g.text, tuple((o.article, o.start, o.end, o.change) for o in g.occurrences))
        for g in groups
    )


def test_an_index_built_without_quotes_says_what_to_do(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "corpus", ROWS)
    bare = Library.open(corpus, tmp_path / "index", derived=())
    with pytest.raises(QuotesMissing, match="index update"):
        bare.quotes()
    bare.close()
    library = Library.open(corpus, tmp_path / "index")
    library.update()  # an update builds the kind the live generation lacks
    library.refresh()
    assert library.quotes()
    library.close()


def test_the_generation_holds_checksummed_quote_files(library: Library) -> None:
    folder = library.derived_folder("quotes")
    assert folder is not None
    assert all((folder / name).is_file() for name in (ARTICLES, GROUPS, MEMBERS, TOC))
    assert library.status(verify=True).state == "fresh"


def test_a_quote_in_no_group_filters_to_nothing_without_error(tmp_path: Path) -> None:
    corpus = write_rows(tmp_path / "corpus", [record("z", "X", "2020-01-01", "No quotes here.")])
    library = Library.open(corpus, tmp_path / "index")
    assert library.quotes() == []
    assert library.speakers() == []
    with pytest.raises(KeyError):
        library.quote_group("q000")
    library.close()


def test_groups_read_after_an_update_that_removed_an_article(tmp_path: Path) -> None:
    """The corpus's groups are named when read (`NamedGroups`): an article removed by an
    update in between names no one rather than failing with KeyError (review rv15)."""
    said = "The timetable is a fiction and everyone on this quay knows it"
    lone = record("c1", "Coast Wire", "2021-05-08", f'Ferries ran late.\n\n"{said}," Smith said.')
    corpus = write_rows(tmp_path / "corpus", [*ROWS, lone])
    library = Library.open(corpus, tmp_path / "index")
    groups = library.quotes()
    (corpus / "c1.json").unlink()
    library.update()
    library.refresh()
    assert "Smith" in [g.speaker for g in groups]
    library.close()
