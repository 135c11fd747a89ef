"""One name, every spelling: "Schäuble", "Schauble", "Schaeuble" and "Sch?uble" find each
other (sx45, `index.search.lost_letters.transliterations`).

The analyzers fold "ä" to "a", so "Schäuble" and "Schauble" are one term already; the
German transliteration "Schaeuble" is another, and the search looks for it (and the query
"Schaeuble" for "schauble") only where the index holds it. The oracle: every article that
holds the name in any of its spellings, and no other."""

from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.highlight import highlighter_for_text
from index.search.lost_letters import transliterations
from index.store.build import rebuild

NAMES = ("Schäuble", "Müller", "Göring", "Schröder", "Düsseldörfer", "Jäger")
"""German names, each with umlauts (no two share a spelling)."""


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spellings(name: str) -> list[str]:
    """``name`` as copies write it: with its umlauts, without them, as "ae"/"oe"/"ue",
    each umlaut of them either way, and with the first umlaut lost to "?"."""
    umlauts = [at for at, char in enumerate(name) if char in "äöü"]
    ways = {name, _plain(name)}
    for mask in range(1 << len(umlauts)):
        spelled = ""
        for at, char in enumerate(name):
            if at in umlauts:
                wide = mask >> umlauts.index(at) & 1
                spelled += _plain(char) + ("e" if wide else "")
            else:
                spelled += char
        ways.add(spelled)
    ways.add(name[: umlauts[0]] + "?" + name[umlauts[0] + 1 :])
    return sorted(ways)


ROWS = [
    {"id": f"n{n}-{k}", "title": "Copy", "body": f"Minister {spelling} spoke on Monday."}
    for n, name in enumerate(NAMES)
    for k, spelling in enumerate(spellings(name))
] + [{"id": "x", "title": "Other", "body": "Nothing about them. Blue queue, Aeneas."}]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("umlauts")
    corpus = folder / "umlauts.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


def ids(index: WhooshEngine, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


def test_the_reported_spellings_find_each_other(index: WhooshEngine) -> None:
    every = {row["id"] for row in ROWS if row["id"].startswith("n0-")}
    for query in ("Schäuble", "Schauble", "Schaeuble", "schaeuble", "SCHAEUBLE"):
        assert ids(index, query) == every
    assert ids(index, "blue") == ids(index, "queue") == ids(index, "aeneas") == {"x"}


def test_the_spellings_tried() -> None:
    assert transliterations("schaeuble") == ["schauble", "schaeueble", "schaueble"]
    assert "schaeuble" in transliterations("schauble")
    assert transliterations("duesseldorf")[0] == "dusseldorf"
    # not the first letter, not after a vowel or "q", not ending the word
    assert transliterations("aeneas") == ["aeneaes"]
    assert transliterations("blue") == transliterations("queue") == []
    assert transliterations("x?y") == []


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(range(len(NAMES))).flatmap(
        lambda n: st.tuples(st.just(n), st.sampled_from(spellings(NAMES[n])))
    )
)
def test_any_spelling_finds_every_other(index: WhooshEngine, drawn: tuple[int, str]) -> None:
    n, spelling = drawn
    every = {row["id"] for row in ROWS if row["id"].startswith(f"n{n}-")}
    if "?" in spelling:  # the query's "?" is a wildcard: the one-letter spellings
        every = {
            row["id"]
            for k, each in enumerate(spellings(NAMES[n]))
            for row in ROWS
            if row["id"] == f"n{n}-{k}" and len(each) == len(spelling)
        }
    assert ids(index, spelling) == every
    assert ids(index, f"NOT {spelling}") == {row["id"] for row in ROWS} - every


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES), st.data())
def test_the_highlighter_lights_every_spelling(name: str, data: st.DataObject) -> None:
    ways = [each for each in spellings(name) if "?" not in each]
    query = data.draw(st.sampled_from(ways))
    text = " and ".join(ways)
    lighter = highlighter_for_text(query)
    spans = lighter.spans(text)
    assert spans == lighter.spans_analysed(text)
    assert [text[span.start : span.end] for span in spans] == ways
