"""A phrase of many names, each with many copies, finds every copy (sx48).

rv70's oracle (`tests.search.test_lost_phrase_oracle`) kept to two names a phrase: past
64 ways of writing a phrase, sx47 looked for a word as typed only, silently
(``"Síochána Schäuble Schaeuble"~4`` found 0 articles where the copies written whole give
10). Now each position is any of its word's spellings (`index.search.lost_phrases.Spelled`),
with no cap. The same oracle, a second index with every copy written whole, over phrases
of 3 to 5 words that are mostly names: four of them, each with 3 to 5 copies, so most
phrases have hundreds of ways.
"""

from __future__ import annotations

import json
import random
from math import prod
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.store.build import rebuild

COPIES = {
    "Schäuble": ("Sch?uble", "Sch\ufffd\ufffduble", "S?häuble", "Schäub?e"),
    "Síochána": ("S?ochána", "Síoch?na", "S\ufffd\ufffdoch\ufffd\ufffdna"),
    "Féin": ("F?in", "F\ufffd\ufffdin", "Fé?n"),
    "Dudenhöffer": ("D?denhöffer", "Dudenh?ffer", "Dudenhöff?r", "Dudenh\ufffd\ufffdffer"),
}
"""Each name and its copies: one letter lost, as "?" or as the two U+FFFD of a lost 2-byte
letter ("Síochána" both of its marked letters)."""
TYPED = {
    "Schäuble": ("Schäuble", "schauble", "SCHÄUBLE", "Schaeuble"),
    "Síochána": ("Síochána", "SÍOCHÁNA"),  # plain "siochana" misses a twice-lost copy (sx46)
    "Féin": ("Féin", "fein", "FÉIN"),
    "Dudenhöffer": ("Dudenhöffer", "dudenhoffer", "DUDENHÖFFER", "Dudenhoeffer"),
}
"""How a query may type each name: every one finds each of its copies as a word."""
FILLERS = ("Garda", "said", "the", "party")


def rows(count: int = 150, seed: int = 48) -> list[dict[str, object]]:
    """Articles whose title and body are mostly names, each whole or a copy: (whole, as
    written) pairs."""
    draw = random.Random(seed)

    def words(n: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(n):
            if draw.random() < 0.75:
                name = draw.choice(list(COPIES))
                out.append((name, draw.choice([name, *COPIES[name]])))
            else:
                word = draw.choice(FILLERS)
                out.append((word, word))
        return out

    return [
        {
            "id": f"m{n:03d}",
            "title": words(draw.randint(3, 6)),
            "body": words(draw.randint(6, 16)),
            "source": draw.choice(("Alpha", "Beta")),
            "date": "2017-03-01",
        }
        for n in range(count)
    ]


def write_corpus(path: Path, articles: list[dict[str, object]], damaged: bool) -> Path:
    """``articles`` as a JSON-lines corpus at ``path``: the copies as written (``damaged``)
    or each written whole."""
    lines = []
    for row in articles:
        written = dict(row)
        for field in ("title", "body"):
            pairs = row[field]
            assert isinstance(pairs, list)
            written[field] = " ".join(copy if damaged else whole for whole, copy in pairs) + "."
        lines.append(json.dumps(written) + "\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[WhooshEngine, WhooshEngine]:
    built = []
    for damaged in (True, False):
        folder = tmp_path_factory.mktemp("damaged" if damaged else "whole")
        rebuild(write_corpus(folder / "corpus.jsonl", rows(), damaged), folder / "index")
        built.append(open_index(folder / "index"))
    return built[0], built[1]


@st.composite
def phrases(draw: st.DrawFn) -> str:
    """A phrase of 3 to 5 words, each a name typed any of its ways (or, now and then, a
    filler), with or without slop, in any field."""
    name = st.sampled_from(list(TYPED)).flatmap(lambda n: st.sampled_from(TYPED[n]))
    word = st.one_of(name, name, name, st.sampled_from(FILLERS))
    words = draw(st.lists(word, min_size=3, max_size=5))
    phrase = '"' + " ".join(words) + '"'
    if draw(st.booleans()):
        phrase += f"~{draw(st.integers(0, 6))}"
    return draw(st.sampled_from(["", "title:", "body:"])) + phrase


QUERIES = st.one_of(
    phrases(), st.tuples(phrases(), phrases()).map(lambda two: f"{two[0]} OR NOT {two[1]}")
)


def ids(index: object, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}  # type: ignore[attr-defined]


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(QUERIES)
@example('"Síochána Schäuble Schaeuble"~4')  # rv70's: 0 of 10 before
@example('"Dudenhoeffer SCHÄUBLE Féin Síochána dudenhoffer"~6')
@example('"Schäuble Dudenhöffer"')
def test_a_phrase_of_many_names_finds_every_copy(
    indexes: tuple[WhooshEngine, WhooshEngine], query: str
) -> None:
    damaged, whole = indexes
    assert ids(damaged, query) == ids(whole, query)


def test_the_phrases_here_pass_the_old_cap_and_still_find(
    indexes: tuple[WhooshEngine, WhooshEngine],
) -> None:
    """The examples are worth having: the index holds hundreds of ways of writing them
    (sx47 looked for at most 64), and the whole text has articles they find."""
    from index.search.lost_letters import with_lost_letters
    from index.search.lost_phrases import Spelled
    from index.search.query import parse_unbound

    damaged, whole = indexes
    query = '"Dudenhoeffer SCHÄUBLE Féin Síochána dudenhoffer"~6'
    with damaged.searcher.reader.lock:
        spelled = with_lost_letters(parse_unbound(query), damaged.searcher.reader.searcher.reader())
    found, stack = [], [spelled]
    while stack:
        node = stack.pop()
        found += [node] if isinstance(node, Spelled) else []
        stack += [] if isinstance(node, Spelled) else node.children()
    assert len(found) == 2  # the title's and the body's
    for each in found:
        assert prod(len(words) for words in each.ways) > 64 * 4
    assert ids(whole, query)
    assert ids(damaged, '"Síochána Schäuble Schaeuble"~4') == ids(
        whole, '"Síochána Schäuble Schaeuble"~4'
    )
