"""Two renderings of one statement carrying the same names and numbers (issue 18, gq32):
`quote_paraphrase.named` asks fewer shared content words of them than `paraphrase` does, and
`said_alike` with ``anyone`` lets a body be the speaker, on one side at least (fx36b, rv32
#3: two speakerless quotes with the same figures said opposite things). A figure or a place
on one side alone, a negation on one side, two speakers, no speaker, days apart or one
outlet keep them apart; directions (`opposed`) are in test_quote_directions.py.

And a quote that is another's words with an aside inserted (`quote_relation._aside`) is a
clip of it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import quote_relation
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import split
from index.analysis.quote_paraphrase import (
    NAMED_CONTENT,
    NAMED_MARKS,
    NAMED_SHARE,
    PARAPHRASE_SHARED,
    _marks,
    named,
    paraphrase,
)
from index.analysis.quote_relation import ASIDE_WORDS, CLIP, CUT_PIECE, NAMED, NONE, relation
from index.analysis.quote_stock import STOCK_DAYS
from index.analysis.quotes import extract_quotes, quote_words
from index.analysis.words import stem
from tests.index.test_quote_paraphrase import VOCABULARY as PARAPHRASE_VOCABULARY

ONE = (
    "Executives of the harbour board met with representatives of leading shipping firms in "
    "Norway, Chile and Japan several times during 2015 to prepare the plan"
)
OTHER = (
    "During 2015 the board's management repeatedly met with representatives of the world's "
    "leading shipping companies in Norway, Chile and Japan, including the head of a Lisbon "
    "yard and an engineer from its rival"
)
DAY = date(2019, 5, 14)


def test_renderings_with_the_same_names_and_numbers_are_named_not_paraphrases() -> None:
    a, b = quote_words(ONE), quote_words(OTHER)
    assert not paraphrase(a, b)  # too few content words in common for a paraphrase
    assert named(a, b) and named(b, a)
    assert relation(a, b) == NAMED == relation(b, a)


@pytest.mark.parametrize(
    "other",
    [
        OTHER.replace("2015", "2016"),  # another year
        OTHER.replace("Japan", "Peru"),  # another place
        OTHER.replace(", including the head", " and Peru, including the head"),  # one more
        OTHER.replace("repeatedly met", "never met"),  # a negation on one side
    ],
)
def test_a_figure_place_or_negation_on_one_side_is_another_statement(other: str) -> None:
    a, b = quote_words(ONE), quote_words(other)
    assert not named(a, b)
    assert relation(a, b) == NONE


def _split(speakers: tuple[str | None, str | None], days: int = 0, outlets: int = 2) -> int:
    """How many groups the two renderings make, spoken by ``speakers``, ``days`` apart."""
    words = {("a", 0): quote_words(ONE), ("b", 0): quote_words(OTHER)}
    groups = split(
        words,
        speaker_of=lambda k: speakers[k[0] == "b"],
        date_of=lambda k: (DAY + timedelta(days=days if k[0] == "b" else 0)).isoformat(),
        cited=lambda k: [],
        outlet_of=lambda k: "Outlet " + (k[0] if outlets == 2 else "a"),
    )
    return len(groups)


@pytest.mark.parametrize(
    "speakers",
    [
        ("Harbour Board", None),  # a body, and no one
        ("Harbour Board", "Harbour Board"),
        (None, "Harbour Board"),
        ("Ivan Petrov", "Petrov"),
        ("Ivan Petrov", None),
    ],
)
def test_a_speaker_named_once_or_twice_joins_them(speakers: tuple[str | None, str | None]) -> None:
    assert _split(speakers) == 1
    assert _split(speakers, days=STOCK_DAYS) == 1


@pytest.mark.parametrize(
    "speakers",
    [
        ("Ivan Petrov", "Olga Sorokina"),  # two speakers
        ("Ivan Petrov", "Pavel Petrov"),  # two Petrovs
        ("Harbour Board", "Ivan Petrov"),  # a body and a person
        ("Harbour Board", "Canal Board"),  # two boards
        (None, None),  # no one named on either side (rv32 #3)
    ],
)
def test_two_speakers_or_none_keep_them_apart(speakers: tuple[str | None, str | None]) -> None:
    assert _split(speakers) == 2


def test_days_apart_or_one_outlet_keep_them_apart() -> None:
    assert _split(("Harbour Board", None), days=STOCK_DAYS + 1) == 2
    assert _split(("Harbour Board", None), outlets=1) == 2


@pytest.mark.parametrize(
    ("said", "groups"),
    [
        (("the Harbour Board said", "a notice read"), [["a", "b"]]),  # a body, and no one
        (("a notice read", "a notice read"), [["a"], ["b"]]),  # no one on either side
    ],
)
def test_renderings_in_the_index_join_when_a_body_speaks(
    said: tuple[str, str], groups: list[list[str]]
) -> None:
    index = QuoteIndex()
    for aid, text, days, by in (("a", ONE, 0, said[0]), ("b", OTHER, 1, said[1])):
        body = f'"{text}," {by}.'
        index.add_article(
            aid, "Outlet " + aid, (DAY + timedelta(days)).isoformat(), extract_quotes(body)
        )
    assert sorted(sorted(g.articles) for g in index.groups()) == groups


VOCABULARY = [w for w in PARAPHRASE_VOCABULARY if not _marks((w,))]
PLACES = [w for w in ("norway", "japan", "peru", "kenya", "egypt", "oman") if _marks((w,)) == {w}]
FIGURES = ["2015", "17", "300", "48"]
MARKS = [m for m in PLACES + FIGURES if stem(m) == m]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=12, unique=True),
    st.lists(st.sampled_from(VOCABULARY), min_size=0, max_size=12, unique=True),
    st.lists(st.sampled_from(MARKS), min_size=0, max_size=4, unique=True),
    st.lists(st.sampled_from(MARKS), min_size=0, max_size=4, unique=True),
    st.booleans(),
    st.booleans(),
)
def test_named_against_a_set_oracle(
    a: list[str], b: list[str], ma: list[str], mb: list[str], not_a: bool, not_b: bool
) -> None:
    """Oracle: the sets the quotes were built from. Named when the marks are the same set of
    `NAMED_MARKS` or more, the stems (content words and marks) share `PARAPHRASE_SHARED` or
    more and `NAMED_SHARE` of all, the content words `NAMED_CONTENT` or more, and both are
    negated or neither."""
    one = [w for x in a + ma for w in (x, "the")] + (["not"] if not_a else [])
    other = list(reversed(b + mb)) + (["nothing"] if not_b else [])
    mine, theirs = set(a) | set(ma), set(b) | set(mb)
    shared, union = len(mine & theirs), len(mine | theirs)
    expected = (
        len(ma) >= NAMED_MARKS
        and set(ma) == set(mb)
        and shared >= PARAPHRASE_SHARED
        and shared >= NAMED_SHARE * union
        and len(set(a) & set(b)) >= NAMED_CONTENT
        and not_a == not_b
        and len(one) >= PARAPHRASE_SHARED
        and len(other) >= PARAPHRASE_SHARED
    )
    assert named(one, other) == expected
    assert named(other, one) == expected


# --- an aside inserted ------------------------------------------------------------------

PLAIN = (
    "We have told the minister so many times. Any cut to any of our village schools is a cut "
    "to every family, and we will fight it in every court we can find"
)
ASIDE = (
    "Any cut to any of -- and I am quoting her own words -- our village schools is a cut to "
    "every family"
)


def test_a_quote_with_an_aside_inserted_is_a_clip(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = quote_words(ASIDE), quote_words(PLAIN)
    assert relation(a, b) == CLIP == relation(b, a)
    monkeypatch.setattr(quote_relation, "_aside", lambda short, long_: None)
    assert relation(a, b) != CLIP  # no other rule sees it


def test_a_negator_or_a_long_aside_is_no_aside() -> None:
    plain = quote_words(PLAIN)
    negated = ASIDE.replace("I am quoting", "I am not quoting")
    assert relation(quote_words(negated), plain) != CLIP
    longer = ASIDE.replace("her own words", "her own words to me on the steps")
    assert relation(quote_words(longer), plain) != CLIP


def test_an_aside_copy_joins_the_plain_one_in_the_index() -> None:
    index = QuoteIndex()
    index.add_article("a", "Outlet a", "2019-05-14", extract_quotes(f'"{PLAIN}," she said.'))
    index.add_article("b", "Outlet b", "2019-05-14", extract_quotes(f'"{ASIDE}," she said.'))
    assert [sorted(g.articles) for g in index.groups()] == [["a", "b"]]


@settings(max_examples=300, deadline=None)
@given(
    st.permutations([f"w{i}" for i in range(60)]),
    st.tuples(*(st.integers(0, 12) for _ in range(5))),
)
def test_aside_against_the_pieces_it_was_built_from(
    pool: list[str], sizes: tuple[int, int, int, int, int]
) -> None:
    """Oracle: short = A + aside + B, long = before + A + B + after, all words distinct. An
    aside is found exactly when A and B have `CUT_PIECE` words or more and the aside 1 to
    `ASIDE_WORDS`, at most half as many as A and B; its stretch is A + B in the long one."""
    cuts, at = [], 0
    for size in sizes:
        cuts.append(pool[at : at + size])
        at += size
    before, first, aside, last, after = cuts
    short, long_ = first + aside + last, before + first + last + after
    found = quote_relation._aside(short, long_)
    if (
        len(first) >= CUT_PIECE
        and len(last) >= CUT_PIECE
        and 1 <= len(aside) <= ASIDE_WORDS
        and 2 * len(aside) <= len(first) + len(last)
    ):
        assert found == (len(before), len(before) + len(first) + len(last))
    else:
        assert found is None


def test_the_same_places_listed_with_little_else_shared_are_two_statements() -> None:
    """Two sentences of one speech naming the same four places share the names and little
    else (`NAMED_CONTENT`)."""
    one = quote_words(
        "The league I mean to build is one that serves every member across Norway, Chile, "
        "Japan and Peru, large and small"
    )
    other = quote_words(
        "That means a season calendar which suits all the members -- Norway, Chile, Japan "
        "and Peru -- and the federation as a whole"
    )
    assert not named(one, other)
    assert relation(one, other) == NONE
