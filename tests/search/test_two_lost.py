"""A word whose copy lost two letters ("S\ufffd\ufffdoch\ufffd\ufffdna", "Gro?m?ller") is found by
the query that types both letters (sx46, `index.search.lost_letters.twice_lost`): each pair of
the typed word's marked or non-ASCII letters, or all of them, lost as "?" or as two U+FFFD
(each of a pair its own way too, sx56).
The oracle is set logic over the generated corpus: the articles holding a spelling of the
name the query can stand for (a plain spelling, "siochana", finds the copies that lost two
of its vowels too since fx161: `tests.search.test_plain_two_lost`)."""

from __future__ import annotations

import json
from itertools import combinations, product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.lost_letters import twice_lost
from index.store.build import rebuild

NAMES = ("Síochána", "Großmüller", "Räikkönen", "Pérézàn")
"""Names with two or more inner letters a copy loses (Pérézàn, three)."""


def damaged_twice(name: str) -> list[str]:
    """``name`` with each pair of its non-ASCII letters lost, as "?" and as two U+FFFD, each
    of the two its own way too (sx56)."""
    marked = [at for at, c in enumerate(name) if ord(c) > 127]
    found = []
    for pair in combinations(marked, 2):
        for marks in product(("?", "\ufffd\ufffd"), repeat=2):
            way = dict(zip(pair, marks, strict=True))
            found.append("".join(way.get(at, c) for at, c in enumerate(name)))
    return found


ROWS = [
    {"id": f"n{n}k{k}", "title": "Copy", "body": f"Then {spelling} spoke."}
    for n, name in enumerate(NAMES)
    for k, spelling in enumerate([name, *damaged_twice(name)])
] + [{"id": "other", "title": "Copy", "body": "Then Siochan spoke."}]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("twice")
    corpus = folder / "twice.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


def ids(index: WhooshEngine, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(range(len(NAMES))), st.sampled_from(["whole", "upper", "body", "not"]))
def test_the_typed_word_finds_its_copies_two_letters_lost(
    index: WhooshEngine, n: int, way: str
) -> None:
    name = NAMES[n]
    mine = {row["id"] for row in ROWS if row["id"].startswith(f"n{n}k")}
    assert len(mine) == 1 + len(damaged_twice(name))
    query = {"whole": name, "upper": name.upper(), "body": f"body:{name}", "not": name}[way]
    if way == "not":
        others = {row["id"] for row in ROWS} - mine
        assert ids(index, f"then NOT {name}") == others
    else:  # "GROSSMÜLLER": "Ü" with each letter that may have carried a mark, "SS" (sx56)
        assert ids(index, query) == mine


def test_a_plain_spelling_finds_them_too(index: WhooshEngine) -> None:
    # typed plainly, two of its letters that may carry a mark (fx161,
    # `tests.search.test_plain_two_lost`): the lost letters are vowels here
    mine = {row["id"] for row in ROWS if row["id"].startswith("n0k")}
    assert ids(index, "siochana") == ids(index, "Siochana") == mine
    assert "s?och?na" in twice_lost("siochana", "siochana")
    assert twice_lost("Síochána", "siochana") == [
        *("s?och?na", "s??och??na"),
        *("s?och??na", "s??och?na"),  # each its own way (sx56)
    ]
    # a word whose first letter is marked, or that folds otherwise: none
    assert twice_lost("Ångström", "angstrom") == []
