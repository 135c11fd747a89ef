"""A query typed in capitals is shouted as a headline in capitals is (sx38): a stop word in
capitals between typed words in capitals is either reading, as the index reads one in a
headline (`index.store.initialisms`), searched against what the generated texts were
written with.

The oracle reads each written word's readings from how the generator wrote it, by the
README's rule, written out here on its own: a lower-case stop word is the word; one in
capitals is the initialism ("u.s"), and the word too when it is shouted, each word beside
it (in its field, or in the typed phrase) being in capitals, unless it is an object pronoun
first ("US SENATE": the country). A typed phrase's first three shouted words are either
reading, any more the plain word (the bound the README gives). A phrase is found where
some field has its words in a row, each sharing a reading with the typed word. Loose words:
each must be somewhere; a stop word in lower case is left out, one in capitals is the
initialism (loose words are not shouted: rv43).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.search.limits import QueryError
from index.store.build import rebuild
from tests.search.named_texts import finder, lit

WORDS = ("bank", "england", "senate", "pray", "let", "jobs", "told", "rates", "market")
"""Words that are no stop word, none stemmed to another's stem."""
STOPS = ("of", "the", "us", "it", "is", "in", "at", "be")
"""Stop words (Whoosh's list): in capitals, initialisms too."""
NEVER_FIRST = ("us",)
"""Of `STOPS`, the object pronouns: never first in a headline."""
Field = list[str]


def loud(word: str) -> bool:
    """Written in capitals (two letters or more, as a headline word is)."""
    return len(word) > 1 and word.isupper()


def readings(words: Field, bound: int | None = None) -> list[set[str]]:
    """What each written or typed word may be read as (see the module's docstring); past
    ``bound`` shouted words, a shouted one is the plain word only."""
    found: list[set[str]] = []
    shouted = 0
    for k, word in enumerate(words):
        if word == "U.S.":
            found.append({"u.s"})
            continue
        plain = word.lower()
        if plain not in STOPS or not loud(word):
            found.append({plain})
            continue
        before = loud(words[k - 1]) if k > 0 else None
        after = loud(words[k + 1]) if k + 1 < len(words) else None
        either = (before is not None or (after is not None and plain not in NEVER_FIRST)) and (
            before is not False and after is not False
        )
        if not either:
            found.append({".".join(plain)})
        elif bound is not None and shouted >= bound:
            found.append({plain})
        else:
            shouted += 1
            found.append({plain, ".".join(plain)})
    return found


def contains(field: Field, typed: list[set[str]]) -> bool:
    """Whether ``field`` has words in a row sharing a reading with each typed word."""
    held = readings(field)
    return any(
        all(held[i + k] & typed[k] for k in range(len(typed)))
        for i in range(len(held) - len(typed) + 1)
    )


def write(corpus: Path, count: int = 90, seed: int = 38) -> dict[str, list[Field]]:
    """A JSON-lines corpus of articles with a headline in capitals or in mixed case, and a
    body in mixed case that starts with a lower-case word and holds runs in capitals ("BANK
    OF ENGLAND"), with their fields' words as written, by id."""
    rng = random.Random(seed)
    written: dict[str, list[Field]] = {}
    rows = []

    def some(size: int) -> Field:
        return [rng.choice(WORDS + STOPS + STOPS) for _ in range(size)]

    for n in range(count):
        title = some(rng.randint(2, 6))
        if rng.random() < 0.6:
            title = [word.upper() for word in title]
        else:
            title = [w.upper() if w in STOPS and rng.random() < 0.3 else w for w in title]
            title = ["report", *title]
        body = ["market"]
        for _ in range(rng.randint(2, 6)):
            run = some(rng.randint(1, 5))
            style = rng.random()
            if style < 0.3:
                run = [word.upper() for word in run]
            elif style < 0.6:
                run = [w.upper() if w in STOPS and rng.random() < 0.5 else w for w in run]
            elif style < 0.7:
                run = [*run, "U.S.", rng.choice(WORDS)]
            body += run
        name = f"s{n:02}"
        rows.append(
            {
                "id": name,
                "title": " ".join(title),
                "body": " ".join(body),
                "source": "Wire",
                "date": f"2020-01-{n % 28 + 1:02}",
            }
        )
        written[name] = [title, body]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return written


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, list[Field]]]:
    folder = tmp_path_factory.mktemp("shouted")
    written = write(folder / "corpus.jsonl")
    rebuild(folder / "corpus.jsonl", folder / "index", procs=1)
    return open_index(folder / "index"), written


def typed_from(
    written: dict[str, list[Field]],
    pick: int,
    start: int,
    size: int,
    upper: list[bool],
    all_upper: bool,
) -> Field:
    """A phrase from a written field (so that some article has it), each word typed in
    capitals (all, or those ``upper`` says) or in lower case ("U.S." as written)."""
    fields = [field for fields in written.values() for field in fields]
    field = fields[pick % len(fields)]
    start %= len(field)
    return [
        word if word == "U.S." else word.upper() if all_upper or up else word.lower()
        for word, up in zip(field[start : start + size], upper, strict=False)
    ]


PHRASES = st.tuples(
    st.integers(0, 10_000),
    st.integers(0, 20),
    st.integers(1, 6),
    st.lists(st.booleans(), min_size=6, max_size=6),
    st.booleans(),
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PHRASES)
def test_a_phrase_in_capitals_finds_either_reading(
    made: tuple[Any, dict[str, list[Field]]], drawn: tuple[int, int, int, list[bool], bool]
) -> None:
    engine, written = made
    typed = typed_from(written, *drawn)
    wanted = readings(typed, bound=3)
    expected = {
        name for name, fields in written.items() if any(contains(f, wanted) for f in fields)
    }
    query = '"' + " ".join(typed) + '"'
    assert {hit.id for hit in engine.search(query, limit=None).hits} == expected, query


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PHRASES)
def test_loose_words_in_capitals(
    made: tuple[Any, dict[str, list[Field]]], drawn: tuple[int, int, int, list[bool], bool]
) -> None:
    engine, written = made
    typed = typed_from(written, *drawn)
    kept = [
        {".".join(word.lower())} if word.lower() in STOPS else said
        for word, said in zip(typed, readings(typed), strict=True)
        if word.lower() not in STOPS or loud(word)
    ]  # a loose stop word in lower case is left out; in capitals it is the initialism
    query = " ".join(typed)
    if not kept:
        with pytest.raises(QueryError):
            engine.search(query, limit=None)
        return
    expected = {
        name
        for name, fields in written.items()
        if all(any(contains(f, [said]) for f in fields) for said in kept)
    }
    assert {hit.id for hit in engine.search(query, limit=None).hits} == expected, query


def test_named_cases(tmp_path: Path) -> None:
    ids = finder(
        tmp_path,
        {
            "headline.txt": "BANK OF ENGLAND RAISES RATES\n\nA rise.\n",
            "lower.txt": "Rates\n\nThe bank of england raised rates.\n",
            "dotted.txt": "Odd\n\nThe bank O.F. england, so to speak.\n",
            "senate.txt": "Vote\n\nThe US Senate voted.\n",
            "told.txt": "Vote again\n\nThey told us senate votes matter.\n",
            "pray.txt": "LET US PRAY\n\nA prayer.\n",
            "jobs.txt": "Jobs\n\nIT jobs grew.\n",
            "jobs2.txt": "Jobs again\n\nNew jobs, it said.\n",
        },
    )
    england = {"headline.txt", "lower.txt", "dotted.txt"}
    assert ids('"BANK OF ENGLAND"') == england  # OF shouted: either reading
    assert ids('"bank of england"') == {"headline.txt", "lower.txt"}
    # OF among lower-case words is the initialism, which the headline holds too
    assert ids('"bank O.F. england"') == ids('"bank OF england"') == {"dotted.txt", "headline.txt"}
    assert ids('"US SENATE"') == ids('"US Senate"') == {"senate.txt"}  # first: the country
    assert ids('"TOLD US SENATE"') == {"told.txt"}
    assert ids('"LET US PRAY"') == ids('"let us pray"') == {"pray.txt"}
    assert ids("US") == {"senate.txt", "pray.txt"}  # alone: the initialism
    # loose words are not shouted (rv43): IT is the initialism
    assert ids("IT JOBS") == {"jobs.txt"}
    assert ids("IT jobs") == ids("JOBS AND IT") == {"jobs.txt"}
    assert ids("-IT JOBS") == ids("JOBS -IT") == {"jobs2.txt"}


@pytest.mark.parametrize(
    ("query", "text", "lights"),
    [
        (
            '"BANK OF ENGLAND"',
            "Bank of England, BANK OF ENGLAND",
            ["Bank of England", "BANK OF ENGLAND"],
        ),
        ('"THE BANK"', "the bank and T.H.E. bank", ["the bank", "T.H.E. bank"]),
        ('"LET US PRAY"', "let us pray, LET US PRAY", ["let us pray", "LET US PRAY"]),
        ('"US SENATE"', "told us senate, US SENATE", ["US SENATE"]),  # first: the country
        ("IT JOBS", "IT jobs", ["IT", "jobs"]),  # loose: not shouted, the initialism
    ],
)
def test_what_is_found_is_lit(query: str, text: str, lights: list[str]) -> None:
    assert lit(query, text) == lights


def test_a_word_after_a_field_name_stands_alone(tmp_path: Path) -> None:
    """``title:IT JOBS`` keeps its ``title:IT`` (rv43): the field name is the user's, so its
    word is not shouted with the next one and left out, as ``title:IT`` alone is not."""
    ids = finder(
        tmp_path,
        {
            "shouted.txt": "IT JOBS BOOM\n\nHiring rose.\n",
            "pronoun.txt": "Jobs\n\nNew jobs, it said.\n",
        },
    )
    assert ids("title:IT") == {"shouted.txt"}
    assert ids("title:IT JOBS") == ids("JOBS title:IT") == {"shouted.txt"}
    assert ids("IT JOBS") == {"shouted.txt"}  # loose: not shouted, the initialism
    assert ids("-title:IT JOBS") == {"pronoun.txt"}
