"""The notebook's filter ignores accents and German spellings like the main search: a name
kept in any of its spellings is found by a filter of any other (nu62 #7, sx45)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import Entry, Notebook, folded, holds, needles
from index.notebook.models import ArticleRecord
from tui.screens.notebook import _article_item

NAMES = ("Schäuble", "Müller", "Göring", "François", "Straße", "Düsseldörfer", "Ærø")


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(name: str) -> list[str]:
    """The name with its accents, without, with "ä" as "ae" (and so for "ö", "ü"), in
    upper and lower case."""
    german = name
    for umlaut, written in (("ä", "ae"), ("ö", "oe"), ("ü", "ue")):
        german = german.replace(umlaut, written)
    ways = [name, _plain(name), _plain(german)]
    return [*ways, *(way.upper() for way in ways), *(way.lower() for way in ways)]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(NAMES).flatmap(lambda n: st.tuples(*[st.sampled_from(spellings(n))] * 2)))
def test_any_spelling_filters_to_any_other(drawn: tuple[str, str]) -> None:
    kept, typed = drawn
    # the screen's row: its haystack holds the typed filter, folded
    row = _article_item(Entry(ArticleRecord("a1", f"Talks with {kept} end"), note="Seen."))
    assert folded(typed) in row.haystack
    # ... and no other name's
    for other in NAMES:
        if other.lower() not in {s.lower() for s in spellings(kept)} and kept not in spellings(
            other
        ):
            assert not any(folded(s) in row.haystack for s in spellings(other))


def test_the_notebook_filter_reads_the_same_way(tmp_path: Path) -> None:
    with Notebook.open(tmp_path) as notebook:
        notebook.pin(ArticleRecord("a1", "Schäuble warns"), note="Sch. on G20")
        notebook.pin(ArticleRecord("a2", "Kohl remembered"), note="Die Bundesrepublik")
        for typed in ("schauble", "Schaeuble", "SCHÄUBLE", "schäub"):
            assert [e.article.id for e in notebook.notes(text=typed)] == ["a1"]
        assert notebook.notes(text="zebra") == []


WORDS = ("Israel", "Michael", "Tuesday", "Queen", "Joe Biden", "Schäuble", "Samuel", "Boeing")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    st.data(),
)
def test_what_the_casefold_filter_found_is_still_found(kept: str, data: st.DataObject) -> None:
    """Oracle: the filter before sx45, ``typed.casefold() in text.casefold()``. The fold
    alone lost "el" of "Israel" ("isral"), "es" of "Tuesday", "een" of "Queen" (rv67)."""
    start = data.draw(st.integers(0, len(kept) - 1))
    typed = kept[start : data.draw(st.integers(start + 1, len(kept)))].strip() or kept
    typed = data.draw(st.sampled_from([typed, typed.upper(), typed.lower()]))
    row = _article_item(Entry(ArticleRecord("a1", f"Talks with {kept} end"), note="Seen."))
    assert holds(row.haystack, needles(typed))


def test_the_notebook_filter_finds_a_part_the_fold_changes(tmp_path: Path) -> None:
    with Notebook.open(tmp_path) as notebook:
        notebook.pin(ArticleRecord("a1", "Israel and the Queen"), note="Tuesday")
        notebook.pin(ArticleRecord("a2", "Kohl remembered"), note="Die Bundesrepublik")
        for typed in ("el", "een", "esday", "Israel", "isra"):
            assert [e.article.id for e in notebook.notes(text=typed)] == ["a1"], typed
