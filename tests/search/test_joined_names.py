"""A hyphenated name typed joined ("jongnam" for "Jong-nam") is offered as the phrase of
its parts, ``"jong nam"`` (sx49, `index.search.suggest.split_options`): the index holds a
hyphenated word's parts apart, and "jongnam" found nothing and suggested nothing.

Checked two ways: `split_options` against every way of cutting the word (a brute force over
its cut points), and the Whoosh engine against set logic over a generated corpus of names
written "Jong-nam", "Jong Nam" and apart: a joined name whose parts stand together in some
article is offered, and every phrase offered finds exactly the articles where its parts
stand together.
"""

from __future__ import annotations

import json
import random
import re
from itertools import combinations, pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.suggest import MAX_PARTS, MIN_PART, OFFERED, split_options
from index.store.build import rebuild

PARTS = ("jong", "nam", "kim", "sul", "hye", "taek", "bo", "rim")
"""Name parts: no two of them joined can be cut another way into words of the corpus."""
FILLERS = ("said", "police", "the", "visited", "embassy", "airport", "agents", "two")


def _brute(word: str, held: dict[str, int]) -> list[str]:
    """Every cut of ``word`` into parts of `MIN_PART` letters or more that ``held`` all
    holds, two parts then three, the rarest part commonest first (stable on cut order)."""
    found: list[str] = []
    for parts in range(2, MAX_PARTS + 1):
        ways = []
        for cuts in combinations(range(1, len(word)), parts - 1):
            bounds = (0, *cuts, len(word))
            way = [word[a:b] for a, b in pairwise(bounds)]
            if all(len(p) >= MIN_PART and held.get(p, 0) for p in way):
                ways.append(way)
        ways.sort(key=lambda way: -min(held[p] for p in way))
        found += ['"' + " ".join(way) + '"' for way in ways]
        if len(found) >= OFFERED:
            break
    return found[:OFFERED]


@given(
    st.dictionaries(st.text("abn", min_size=1, max_size=4), st.integers(0, 5), max_size=12),
    st.text("abn", min_size=0, max_size=9),
)
def test_every_way_of_cutting_a_word_into_held_words(held: dict[str, int], word: str) -> None:
    asked: list[str] = []

    def indexed(part: str) -> int:
        asked.append(part)
        return held.get(part, 0)

    assert split_options(word, indexed) == _brute(word, held)
    assert len(asked) == len(set(asked))  # each part asked once


def test_digits_are_never_cut() -> None:
    assert split_options("g20", lambda _: 9) == []


def _rows() -> list[dict[str, str]]:
    draw = random.Random(49)

    def text(count: int) -> str:
        out: list[str] = []
        for _ in range(count):
            if draw.random() < 0.4:
                first, second = draw.sample(PARTS, 2)
                joint = draw.choice(["-", " ", " the "])  # "Jong-nam", "Jong Nam", apart
                out.append(first.title() + joint + (second if joint == "-" else second.title()))
            else:
                out.append(draw.choice(FILLERS))
        return " ".join(out) + "."

    return [
        {"id": f"a{n:03d}", "title": text(3), "body": text(12), "source": "Alpha"}
        for n in range(90)
    ]


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> tuple[WhooshEngine, list[dict[str, str]]]:
    folder = tmp_path_factory.mktemp("joined")
    rows = _rows()
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index"), rows


def _together(rows: list[dict[str, str]], parts: list[str]) -> set[str]:
    """The oracle: the articles where ``parts`` stand one after another in the title or
    the body, the words of each read as letters between anything else."""
    found = set()
    for row in rows:
        for field in ("title", "body"):
            words = re.findall(r"[a-z]+", row[field].lower())
            size = len(parts)
            if any(words[i : i + size] == parts for i in range(len(words) - size + 1)):
                found.add(row["id"])
    return found


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(PARTS), st.sampled_from(PARTS), st.sampled_from(["", "said "]))
def test_a_joined_name_is_offered_as_the_phrase_of_its_parts(
    indexed: tuple[WhooshEngine, list[dict[str, str]]], first: str, second: str, before: str
) -> None:
    engine, rows = indexed
    result = engine.search(before + first + second, limit=None)
    assert result.total == 0  # no article writes a name joined
    for option in result.suggestions:
        quoted = re.search(r'"([^"]*)"', option)
        if quoted is None:
            continue
        found = {hit.id for hit in engine.search(option, limit=None).hits}
        words = [before.strip()] if before else []
        expected = _together(rows, quoted.group(1).split())
        if words:
            expected &= _together(rows, words)
        assert found == expected and found, option
    if _together(rows, [first, second]):
        assert f'{before}"{first} {second}"' in result.suggestions


def test_no_split_for_a_word_the_index_holds(
    indexed: tuple[WhooshEngine, list[dict[str, str]]],
) -> None:
    engine, _ = indexed
    assert engine.search("police", limit=1).suggestions == ()
