"""A word typed plainly finds its copies that lost two of its letters that may have carried
a mark (fx161, nu64 #1: ``"Garda Siochana"`` found 1 article, ``"Garda Síochána"`` 16: the
copies hold "S\ufffd\ufffdoch\ufffd\ufffdna"; `index.search.lost_letters.twice_lost`).

The corpus holds each name with every one of its letters lost, and every two of them not
side by side, as "?" or as two U+FFFD. The oracle is the rule, not the code: a copy is found
when it lost one letter (any, not the first: sx44), or two letters of `MARKABLE`
("aeiouycnsz", "ss" one letter: "ß"), neither the first.
"""

from __future__ import annotations

import json
from itertools import combinations, pairwise, product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.lost_letters import MAX_MARKED, plain_spans, twice_lost
from index.store.build import rebuild

NAMES = ("siochana", "noirin", "perezan", "raikkonen", "grossmuller", "dusseldorf")
"""Plain spellings of names copies lose marks of, each with at most `MAX_MARKED` letters
that may carry one (so each pair of them is looked up)."""
MARKABLE = set("aeiouycnsz") | {"ss"}


def units(name: str) -> list[str]:
    """The letters of ``name``, "ss" one (a lost "ß" is one "?")."""
    found: list[str] = []
    at = 0
    while at < len(name):
        size = 2 if name[at : at + 2] == "ss" else 1
        found.append(name[at : at + size])
        at += size
    return found


def copies(name: str) -> list[tuple[str, tuple[int, ...]]]:
    """``name`` capitalised with each of its inner units lost, and each two not side by
    side, as "?" and as two U+FFFD, each of two its own way too (sx56: a copy joined of
    parts that lost them apart): (spelling, the units lost)."""
    parts = units(name)
    inner = range(1, len(parts) - 1)
    lost = [(at,) for at in inner] + [p for p in combinations(inner, 2) if p[1] - p[0] > 1]
    found = []
    for pick in lost:
        for marks in product(("?", "\ufffd\ufffd"), repeat=len(pick)):
            way = dict(zip(pick, marks, strict=True))
            spelt = "".join(way.get(at, part) for at, part in enumerate(parts))
            found.append((spelt.capitalize() if pick[0] else spelt, pick))
    return found


ROWS: list[dict[str, str]] = []
LOST: dict[str, tuple[str, tuple[int, ...]]] = {}
for n, name in enumerate(NAMES):
    for k, (spelt, pick) in enumerate(copies(name)):
        key = f"n{n}k{k}"
        ROWS.append({"id": key, "title": "Copy", "body": f"Then {spelt} spoke."})
        LOST[key] = (name, pick)


def expected(name: str) -> set[str]:
    """The copies the plain ``name`` finds, by the rule (see the module)."""
    parts = units(name)
    return {
        key
        for key, (base, pick) in LOST.items()
        if base == name and (len(pick) == 1 or all(parts[at] in MARKABLE for at in pick))
    }


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("plain_two")
    corpus = folder / "plain.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index", procs=1)
    return open_index(folder / "index")


def test_the_names_are_within_the_cap() -> None:
    assert all(2 <= len(plain_spans(name)) <= MAX_MARKED for name in NAMES)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(NAMES),
    st.sampled_from(["lower", "title", "upper"]),
    st.sampled_from(["", "body:"]),
    st.booleans(),
)
def test_the_plain_word_finds_its_copies(
    index: WhooshEngine, name: str, case: str, field: str, quoted: bool
) -> None:
    typed = {"lower": name, "title": name.title(), "upper": name.upper()}[case]
    query = f'{field}"{typed}"' if quoted else f"{field}{typed}"
    found = {hit.id for hit in index.search(query, limit=None).hits}
    assert found == expected(name), query


def test_a_phrase_of_a_plain_name(index: WhooshEngine) -> None:
    found = {hit.id for hit in index.search('"then siochana spoke"', limit=None).hits}
    assert found == expected("siochana") and len(found) > 20


@given(st.text(st.sampled_from("abcdeilmnorstuyz"), min_size=1, max_size=40))
def test_a_plain_word_looks_up_few_pairs(word: str) -> None:
    """Two of its markable letters, not the first: at most `MAX_MARKED` of them (each pair),
    else its vowels (each pair, or each two neighbours past the cap), each as "?" or "??"
    (each its own way too, sx56; two side by side as "??" only)."""
    found = twice_lost(word, word)
    spans = plain_spans(word)
    if len(spans) > MAX_MARKED:
        spans = [(at, size) for at, size in spans if word[at] in "aeiouy"]
    count = len(spans)
    picks = list(combinations(spans, 2)) if count <= MAX_MARKED else list(pairwise(spans))
    touching = sum(a + size == b for (a, size), (b, _) in picks)
    assert len(found) == 4 * len(picks) - 3 * touching  # two "?" side by side are one "??"
    assert len(found) <= 4 * max(MAX_MARKED * (MAX_MARKED - 1) // 2, 39)
    for spelling in found:
        assert spelling[0] == word[0] and spelling.count("?") in (2, 3, 4)
        assert len(spelling) - len(word) == spelling.count("?") - 2 or "ss" in word
