"""Initialisms are one word however written ("U.S.", "US", "u.s."), and "us" stays the
pronoun (sr36, nu39 #3): searched against what the generated texts were written with.

The oracle is the list of mentions each generated article was written from (which
initialism or pronoun, and the word after it), not the analyzer: a query for any spelling
of an initialism finds exactly the articles with any spelling of it (in a phrase: followed
by the word asked), and the pronoun finds exactly the articles with the pronoun.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import open_index
from index.search.highlight import highlighter_for_text
from index.store.build import rebuild

STOPPED = ("US", "IT")
"""Initialisms whose letters make a stop word: the pronoun in lower case is another word."""
PLAIN = ("UN", "UK", "EU", "NATO", "FBI")
"""Initialisms whose lower-case spelling is the same word ("un", "nato")."""
PRONOUNS = {"US": "us", "IT": "it"}
AFTER = ("senate", "talks", "budget", "river")
"""The word after each mention (none of them is stemmed to another, nor a stop word)."""
FILLER = ("market", "week", "plan", "official", "trade", "report", "price")


def spellings(name: str) -> list[str]:
    """The ways an initialism is written: capitals, dotted (with and without the last dot,
    capitals or not), and, for one whose lower case is no other word, lower case."""
    dotted = ".".join(name)
    found = [name, dotted + ".", dotted, dotted.lower() + "."]
    if name in PLAIN:
        found.append(name.lower())
    return found


Mention = tuple[str, str]
"""(what is mentioned: an initialism "US", or a pronoun "us"; the word after it)."""


def write(corpus: Path, count: int = 70, seed: int = 36) -> dict[str, set[Mention]]:
    """Articles of filler words and mentions, each between lower-case words, some joined to
    the word after by a hyphen ("U.S.-senate", "US-senate": fx76, rv39 #2), by file name,
    with the mentions each was written from. Some have a headline in capitals (rv39 #1)
    that starts with an initialism ("US SENATE MARKET": the initialism), or holds a stop
    word in capitals after a word ("TOLD US SENATE": either reading)."""
    rng = random.Random(seed)
    corpus.mkdir(parents=True)
    written: dict[str, set[Mention]] = {}
    for n in range(count):
        words: list[str] = [rng.choice(FILLER)]
        mentions: set[Mention] = set()
        for _ in range(rng.randint(1, 4)):
            after = rng.choice(AFTER)
            if rng.random() < 0.3:
                said = rng.choice(list(PRONOUNS.values()))
                mentions.add((said, after))
                words += ["told", said, after]
            else:
                name = rng.choice(STOPPED + PLAIN)
                mentions.add((name, after))
                spelt = rng.choice(spellings(name))
                words += [f"{spelt}-{after}"] if rng.random() < 0.25 else [spelt, after]
            words.append(rng.choice(FILLER))
        title = f"Report {n}"
        after, filler = rng.choice(AFTER), rng.choice(FILLER).upper()
        if rng.random() < 0.2:
            name = rng.choice(STOPPED + PLAIN)
            mentions.add((name, after))
            spelt = rng.choice([name, ".".join(name) + "."])
            if spelt == "IT":  # "IT RIVER": the pronoun too ("IT IS"), not "US" (an object)
                mentions.add(("it", after))
            title = f"{spelt} {after.upper()} {filler}"
        elif rng.random() < 0.1:
            name = rng.choice(STOPPED)
            mentions |= {(name, after), (PRONOUNS[name], after)}
            title = f"TOLD {name} {after.upper()} {filler}"
        name = f"a{n:02}.txt"
        (corpus / name).write_text(f"{title}\n\n{' '.join(words)}\n", encoding="utf-8")
        written[name] = mentions
    return written


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, set[Mention]]]:
    folder = tmp_path_factory.mktemp("initialisms")
    written = write(folder / "corpus")
    rebuild(folder / "corpus", folder / "index", procs=1)
    return open_index(folder / "index"), written


def wanted(written: dict[str, set[Mention]], what: str, after: str | None) -> set[str]:
    return {
        name
        for name, mentions in written.items()
        if any(m == what and (after is None or a == after) for m, a in mentions)
    }


QUERIES = st.tuples(
    st.sampled_from(STOPPED + PLAIN),
    st.integers(0, 9),
    st.sampled_from(["loose", "quoted", "phrase", "hyphen", "quoted hyphen"]),
    st.sampled_from(AFTER),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_every_spelling_finds_every_spelling(
    made: tuple[Any, dict[str, set[Mention]]], drawn: tuple[str, int, str, str]
) -> None:
    engine, written = made
    name, pick, kind, after = drawn
    forms = spellings(name)
    typed = forms[pick % len(forms)]
    if kind == "loose":
        query, expected = typed, wanted(written, name, None)
    elif kind == "quoted":
        query, expected = f'"{typed}"', wanted(written, name, None)
    elif kind == "phrase":
        query, expected = f'"{typed} {after}"', wanted(written, name, after)
    elif kind == "hyphen":  # its parts, each anywhere in one field (headline or body)
        followed = {n for n, mentions in written.items() if any(a == after for _, a in mentions)}
        found = {hit.id for hit in engine.search(f"{typed}-{after}", limit=None).hits}
        assert wanted(written, name, after) <= found <= wanted(written, name, None) & followed
        return
    else:
        query, expected = f'"{typed}-{after}"', wanted(written, name, after)
    assert {hit.id for hit in engine.search(query, limit=None).hits} == expected, query


@pytest.mark.parametrize("pronoun", sorted(PRONOUNS.values()))
def test_the_pronoun_finds_the_pronoun(
    made: tuple[Any, dict[str, set[Mention]]], pronoun: str
) -> None:
    engine, written = made
    for after in AFTER:
        query = f'"{pronoun} {after}"'
        found = {hit.id for hit in engine.search(query, limit=None).hits}
        assert found == wanted(written, pronoun, after), query
    found = {hit.id for hit in engine.search(f'"{pronoun}"', limit=None).hits}
    assert found == wanted(written, pronoun, None)
    assert found  # the corpus has the pronoun: the test tests something


def test_named_cases(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    texts = {
        "dotted.txt": "Vote\n\nThe U.S. Senate voted.\n",
        "capitals.txt": "Vote again\n\nThe US Senate voted.\n",
        "pronoun.txt": "Letter\n\nThey wrote to us about the senate.\n",
        "shouted.txt": "LET US PRAY FOR THE SENATE\n\nA prayer.\n",
        "un.txt": "Aid\n\nThe U.N. sent aid.\n",
        "un2.txt": "Aid again\n\nThe UN sent aid.\n",
        "fbi.txt": "Case\n\nThe F.B.I. said so.\n",
        "fbi2.txt": "Case again\n\nThe FBI said so.\n",
        "it.txt": "Jobs\n\nIT jobs grew, and it rained.\n",
        "am.txt": "Time\n\nAt 10 a.m. it began.\n",
    }
    for name, text in texts.items():
        (corpus / name).write_text(text, encoding="utf-8")
    rebuild(corpus, tmp_path / "index", procs=1)
    engine = open_index(tmp_path / "index")

    def ids(query: str) -> set[str]:
        return {hit.id for hit in engine.search(query, limit=None).hits}

    senate = {"dotted.txt", "capitals.txt"}
    assert ids('"U.S. Senate"') == ids('"US Senate"') == ids('"u.s. senate"') == senate
    assert ids("u.s. AND senate") == ids("US AND senate") == senate | {"shouted.txt"}
    assert ids('"us about"') == {"pronoun.txt"}
    assert ids('"let us pray"') == ids('"LET US PRAY"') == {"shouted.txt"}  # shouted
    assert ids("u.n.") == ids("UN") == ids("un") == {"un.txt", "un2.txt"}
    assert ids("f.b.i.") == ids("FBI") == ids("fbi") == {"fbi.txt", "fbi2.txt"}
    assert ids('"IT jobs"') == ids('"i.t. jobs"') == {"it.txt"}
    assert ids('"it jobs"') == set()
    assert ids('"it rained"') == {"it.txt"}
    assert ids('"10 a.m."') == ids('"10 am"') == {"am.txt"}


@pytest.mark.parametrize(
    ("query", "text", "lit"),
    [
        ("u.s.", "The U.S. and the US, not us.", ["U.S", "US"]),
        ("US", "LET US PRAY", ["US"]),
        ('"us"', "LET US PRAY for us", ["US", "us"]),
        ("nato", "N.A.T.O. or NATO or Nato", ["N.A.T.O", "NATO", "Nato"]),
        ('"US Senate"', "the US Senate and the U.S. Senate", ["US Senate", "U.S. Senate"]),
        ('"US Senate"', "US SENATE PASSES", ["US SENATE"]),  # rv39 #1: either reading
        ('"let us"', "LET US PRAY", ["LET US"]),
        ('"us senate"', "US SENATE PASSES", []),  # first in a headline: the initialism
        ("US-led", "U.S.-led and US-led", ["U.S", "led", "US", "led"]),  # rv39 #2
        ('"US-led"', "U.S.-led and US-led", ["U.S.-led", "US-led"]),
    ],
)
def test_what_is_found_is_lit(query: str, text: str, lit: list[str]) -> None:
    highlighter = highlighter_for_text(query)
    for spans in (highlighter.spans(text), highlighter.spans_analysed(text)):
        assert [text[span.start : span.end] for span in spans] == lit


WORDS = st.lists(
    st.sampled_from(
        [
            "US",
            "U.S.",
            "us",
            "u.s.",
            "IT",
            "it",
            "LET",
            "PRAY",
            "the",
            "Senate",
            "SENATE",
            "N.A.T.O.",
            "NATO",
            "US-led",
            "U.S.-UK",
            "a.m.",
            "G-7",
            "東京",
            "AND",
            "IS",
            "led",
        ]
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(
    WORDS,
    st.sampled_from(
        [
            *("US", "u.s.", '"us"', "IT", '"it"', "nato", '"let us"', '"and"', "i.t."),
            *('"it is"', "US-led", '"US-led"', '"US senate"', '"us senate"', '"let US pray"'),
        ]
    ),
)
def test_the_fast_highlighter_is_the_analyzer(words: list[str], query: str) -> None:
    text = " ".join(words)
    highlighter = highlighter_for_text(query)
    assert highlighter.spans(text) == highlighter.spans_analysed(text)
