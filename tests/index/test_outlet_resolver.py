"""The user's map of leans reads outlet names as `search --source` does (nu42 #4).

The oracle: `outlet_named`'s plain reading, the first outlet of the index (most articles
first) whose `source_key` is the typed name's. Over generated outlet names and spellings
(case, spaces, the outlet table's aliases, names of no outlet) the resolver, the map's
read side (`corpus_leans`) and its write side (`set_lean` with the index's outlets) agree
with it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from index.leans import LEANS, outlet_key
from index.library import outlet_named, outlet_resolver
from index.store.schema import source_key
from tui.outlet_leans import corpus_leans, read_leans, set_lean

KNOWN = ["The New York Times", "Fox News", "Associated Press", "Reuters", "The Hill", "BBC News"]
"""Outlets of the table, each with aliases ("NYT", "New York Times", "AP")."""
ALIASES = ["New York Times", "NYT", "nyt", "AP", "ap", "the hill", "BBC", "Fox News Channel"]
OTHERS = st.text(alphabet="abcxyz QRZ'.-", min_size=1, max_size=12).filter(str.strip)
"""Names of no outlet of the table, mostly: the oracle decides either way."""


def named_oracle(typed: str, sources: list[tuple[str, int]]) -> str | None:
    """The first outlet of ``sources`` spelled as ``typed`` is (`source_key`), or None."""
    return next((name for name, _ in sources if source_key(name) == source_key(typed)), None)


@st.composite
def spellings(draw: st.DrawFn, names: list[str]) -> str:
    """A spelling of one of ``names``: in another case, spaced otherwise, an alias, or not."""
    name = draw(st.sampled_from([*names, *ALIASES]))
    form = draw(st.sampled_from(["as is", "upper", "lower", "spaced", "other"]))
    if form == "upper":
        return name.upper()
    if form == "lower":
        return name.lower()
    if form == "spaced":
        return "  " + name.replace(" ", "   ") + " "
    return draw(OTHERS) if form == "other" else name


SOURCES = st.lists(  # the index's names, spaced tidily as its build leaves them
    st.one_of(st.sampled_from(KNOWN), OTHERS.map(lambda name: " ".join(name.split()))),
    min_size=1,
    max_size=6,
    unique=True,
).map(lambda names: [(name, 10 - i) for i, name in enumerate(names)])


@given(SOURCES, st.data())
@example([("The New York Times", 14)], None)
def test_the_resolver_names_the_outlet_search_source_matches(
    sources: list[tuple[str, int]], data: st.DataObject | None
) -> None:
    names = [name for name, _ in sources]
    typed = ["nyt", "New York Times"] if data is None else data.draw(st.lists(spellings(names)))
    resolve = outlet_resolver(sources)
    for spelling in typed:
        assert (
            resolve(spelling) == named_oracle(spelling, sources) == outlet_named(spelling, sources)
        )
    if data is None:
        assert resolve("nyt") == "The New York Times"


@given(SOURCES, st.data())
def test_the_map_read_counts_an_alias_for_the_corpus_outlet(
    sources: list[tuple[str, int]], data: st.DataObject
) -> None:
    """Each outlet of the corpus gets the lean of the entries naming it: the one spelled as
    the corpus does when there is one, else the last in the file."""
    names = [name for name, _ in sources]
    entries = data.draw(st.lists(st.tuples(spellings(names), st.sampled_from(LEANS))))
    given_map = dict(entries)
    read = corpus_leans(given_map, sources)
    for name in names:
        own = named_oracle(name, sources)
        naming = [(e, lean) for e, lean in given_map.items() if named_oracle(e, sources) == own]
        exact = [lean for e, lean in naming if outlet_key(e) == outlet_key(own or name)]
        expected = (exact or [lean for _, lean in naming] or [None])[-1]
        assert read.get(outlet_key(own or name)) == expected, (name, given_map)


@given(SOURCES, st.data())
def test_setting_an_outlet_replaces_every_entry_naming_it(
    sources: list[tuple[str, int]], data: st.DataObject
) -> None:
    names = [name for name, _ in sources]
    entries = data.draw(st.lists(st.tuples(spellings(names), st.sampled_from(LEANS))))
    spelling = data.draw(spellings(names))
    lean = data.draw(st.sampled_from([*LEANS, None]))
    own = outlet_named(spelling, sources)
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder)
        for entry, side in entries:
            set_lean(entry, side, config)  # as typed, as before names were resolved
        set_lean(own or spelling, lean, config, sources)  # as `outlets lean` does
        kept = read_leans(config)
    if own is not None:
        naming = [e for e in kept if outlet_named(e, sources) == own]
        assert naming == ([own] if lean else [])
        assert corpus_leans(kept, sources).get(outlet_key(own)) == lean
    else:
        assert [e for e in kept if outlet_key(e) == outlet_key(spelling)] == (
            [spelling.strip()] if lean else []
        )
