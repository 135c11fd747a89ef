"""Phrases keep their stop words: a quoted phrase's hits are exactly the articles whose text
holds its words in a row (a regular-expression scan of the stored body, independent of the
analyzer), "will not allow" does not find a bare "allows", and a phrase of stop words only
("to be or not to be") is searched, not refused."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.limits import QueryError
from index.store.build import rebuild

STOPS = ["will", "not", "a", "to", "be", "or", "the", "of", "is", "this"]
WORDS = ["allow", "drill", "court", "harbour", "zyzzyva", "ceasefire"]
"""Words no two of which share a stem, so a word scan and a stem match agree."""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("phrases")
    corpus = folder / "corpus"
    corpus.mkdir()
    draw = random.Random(18)
    for n in range(40):
        words = [draw.choice(STOPS + WORDS) for _ in range(30)]
        title = f"Report number {n} on zyzzyva matters"
        body = " ".join(words).capitalize() + "."
        (corpus / f"a{n:02}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


def scan(index: WhooshEngine, words: list[str]) -> set[str]:
    pattern = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    return {a.id for a in index.articles() if pattern.search(a.body or "")}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(STOPS + WORDS), min_size=2, max_size=4))
def test_a_phrase_finds_exactly_its_words_in_a_row(index: WhooshEngine, words: list[str]) -> None:
    query = 'body:"' + " ".join(words) + '"'
    found = {hit.id for hit in index.search(query, limit=None).hits}
    assert found == scan(index, words)


def test_stop_words_in_a_phrase_are_required(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "allows.txt").write_text("Court order\n\nThe court allows doctors to act.\n")
    (corpus / "not.txt").write_text("Firm stand\n\nThe board will not allow the merger.\n")
    (corpus / "drill.txt").write_text("Army drills\n\nTroops began a military drill today.\n")
    rebuild(corpus, tmp_path / "index")
    engine = open_index(tmp_path / "index")

    def ids(query: str) -> set[str]:
        return {hit.id for hit in engine.search(query, limit=None).hits}

    assert ids('"will not allow"') == {"not.txt"}
    assert ids('"not a drill"') == set()
    assert ids('"a military drill"') == {"drill.txt"}
    assert ids('"to be or not to be"') == set()  # searched, not refused
    with pytest.raises(QueryError, match="nothing to search for"):
        ids("the of")
