"""A phrase's words find their lost-letter copies wherever the phrase stands in a query
(sx47, `index.search.lost_phrases`), checked against plain Whoosh (rv70).

The oracle is a second index of the same articles with every damaged copy ("Sch?uble",
"F\ufffd\ufffdin", "S\ufffd\ufffdoch\ufffd\ufffdna") written whole by hand: there no word
has a lost letter, so the search is Whoosh's phrase as it was. A query that types its
names whole (with their marks, plain or shouted, or German: "Schaeuble") must find in
the damaged index exactly what it finds in the whole one: phrases with slop, in a field,
with stop words, beside a starred word, under AND, OR and NOT, with an outlet or a date
limit. Phrases hold at most two such names here; `tests.search.test_lost_phrase_many`
holds phrases of many (sx48: past 64 ways of writing a phrase sx47 lost the rest).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.store.build import rebuild

COPIES = {
    "Schäuble": ("Sch?uble", "Sch\ufffd\ufffduble", "S?häuble"),
    "Síochána": ("S?ochána", "Síoch?na", "S\ufffd\ufffdoch\ufffd\ufffdna"),
    "Féin": ("F?in", "F\ufffd\ufffdin"),
}
"""Each name and the copies a messy source made of it (one letter lost, as "?" or as the
two U+FFFD of a lost 2-byte letter; "Síochána" both of its marked letters)."""
TYPED = {
    "Schäuble": ("Schäuble", "schauble", "SCHÄUBLE", "Schaeuble"),
    "Síochána": ("Síochána", "SÍOCHÁNA"),  # plain "siochana" misses a twice-lost copy (sx46)
    "Féin": ("Féin", "fein", "FÉIN"),
}
"""How a query may type each name: every one finds each of its copies as a word."""
FILLERS = ("Wolfgang", "Garda", "Sinn", "the", "of", "said", "party", "and", "not")
STARRED = {"Wolfgang": "wolf*", "Garda": "gard*", "said": "sai*", "party": "part*"}
"""A filler's prefix, typed starred in a phrase (rv70: ``"Schäuble sai*"`` found 4 articles
where ``"Schäuble said"`` found 12)."""
SOURCES = ("Alpha", "Beta")
SINCE = datetime(2017, 2, 1, tzinfo=UTC)
FORMS = ("{p}", "{p} AND {o}", "{p} OR {o}", "NOT {p}", "{o} NOT {p}", "({p} OR {o}) AND NOT {p}")
"""Where a phrase ``p`` stands in a query, with another phrase or word ``o``."""


def _rows() -> list[dict[str, object]]:
    draw = random.Random(70)

    def words(count: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(count):
            if draw.random() < 0.35:
                name = draw.choice(list(COPIES))
                out.append((name, draw.choice([name, *COPIES[name]])))
            else:
                word = draw.choice(FILLERS)
                out.append((word, word))
        return out

    return [
        {
            "id": f"a{n:03d}",
            "title": words(draw.randint(2, 5)),
            "body": words(draw.randint(4, 14)),
            "source": draw.choice(SOURCES),
            "date": f"2017-0{draw.randint(1, 3)}-1{draw.randint(0, 9)}",
        }
        for n in range(120)
    ]


def _build(folder: Path, rows: list[dict[str, object]], damaged: bool) -> WhooshEngine:
    lines = []
    for row in rows:
        written = dict(row)
        for field in ("title", "body"):
            pairs = row[field]
            assert isinstance(pairs, list)
            written[field] = " ".join(copy if damaged else whole for whole, copy in pairs) + "."
        lines.append(json.dumps(written) + "\n")
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(lines), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


@pytest.fixture(scope="module")
def indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[WhooshEngine, WhooshEngine]:
    rows = _rows()
    damaged = _build(tmp_path_factory.mktemp("damaged"), rows, True)
    whole = _build(tmp_path_factory.mktemp("whole"), rows, False)
    return damaged, whole


def _word(names: int) -> st.SearchStrategy[str]:
    filler = st.sampled_from(FILLERS)
    if not names:
        return filler
    name = st.sampled_from(list(TYPED)).flatmap(lambda n: st.sampled_from(TYPED[n]))
    return st.one_of(filler, name)


@st.composite
def phrases(draw: st.DrawFn) -> str:
    size = draw(st.integers(2, 4))
    words: list[str] = []
    for _ in range(size):
        named = sum(any(w in typed for typed in TYPED.values()) for w in words)
        words.append(draw(_word(2 - named)))
    if draw(st.booleans()):  # a starred word: each phrase it stands for finds copies too
        at = draw(st.sampled_from(range(size)))
        if words[at] in STARRED:
            words[at] = STARRED[words[at]]
    phrase = '"' + " ".join(words) + '"'
    if draw(st.booleans()):
        phrase += f"~{draw(st.integers(0, 4))}"
    return draw(st.sampled_from(["", "title:", "body:"])) + phrase


@st.composite
def queries(draw: st.DrawFn) -> str:
    phrase = draw(phrases())
    other = draw(st.one_of(phrases(), _word(1)))
    return draw(st.sampled_from(FORMS)).format(p=phrase, o=other)


def _ids(index: WhooshEngine, query: str, limits: dict[str, object]) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None, **limits).hits}  # type: ignore[arg-type]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(queries(), st.sampled_from([{}, {"source": "Alpha"}, {"since": SINCE}]))
def test_a_phrase_finds_in_the_copies_what_it_finds_in_the_whole_text(
    indexes: tuple[WhooshEngine, WhooshEngine], query: str, limits: dict[str, object]
) -> None:
    damaged, whole = indexes
    assert _ids(damaged, query, limits) == _ids(whole, query, limits)
