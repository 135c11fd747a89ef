"""One statement in two renderings (issue 18, gr29): two outlets' translations of one
speaker's words share no clip, edit or overlap, yet are one quotation when their content
words are much alike (`quote_paraphrase.paraphrase`) and one person said both within a few
days (`said_alike`). Another speaker, a body, days apart, two sentences of one article or
a negation on one side alone keep them apart."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_paraphrase import (
    CLOSE_SHARE,
    CLOSE_SHARED,
    PARAPHRASE_SHARE,
    PARAPHRASE_SHARED,
    paraphrase,
)
from index.analysis.quote_relation import NONE, PARAPHRASE, relation
from index.analysis.quote_stock import STOCK_DAYS
from index.analysis.quotes import extract_quotes, quote_words
from index.analysis.words import STOPWORDS, stem

ONE = (
    "There is a shared understanding that the fight against piracy on the northern coast "
    "must be the priority of both navies, and other matters will wait for the summit"
)
OTHER = (
    "Both sides have a shared understanding that undoubtedly the fight against piracy along "
    "the northern coast can and must be the navies' priority for now"
)
UNLIKE = (
    "The harbour authority will publish its report on the northern coast next spring, "
    "after the summit, and the navies will answer questions then"
)
DAY = date(2019, 5, 14)


def _add(index: QuoteIndex, aid: str, quote: str, speaker: str, days: int = 0) -> None:
    body = f'"{quote}," {speaker} said on Monday.' if speaker else f'"{quote}," a notice read.'
    when = (DAY + timedelta(days=days)).isoformat()
    index.add_article(aid, "Outlet " + aid, when, extract_quotes(body))


def _together(index: QuoteIndex, *articles: str) -> bool:
    return any(set(g.articles) >= set(articles) for g in index.groups())


def test_two_translations_are_a_paraphrase_not_another_relation() -> None:
    a, b = quote_words(ONE), quote_words(OTHER)
    assert relation(a, b) == PARAPHRASE == relation(b, a)
    assert relation(a, quote_words(UNLIKE)) == NONE


def test_one_speakers_statement_in_two_renderings_is_one_group() -> None:
    index = QuoteIndex()
    _add(index, "a", ONE, "Ivan Petrov")
    _add(index, "b", OTHER, "Petrov", days=1)
    _add(index, "c", UNLIKE, "Ivan Petrov")
    assert _together(index, "a", "b")
    assert not _together(index, "a", "c")


def test_an_unnamed_rendering_joins_a_named_one() -> None:
    index = QuoteIndex()
    _add(index, "a", ONE, "Ivan Petrov")
    _add(index, "b", OTHER, "")
    assert _together(index, "a", "b")


def test_what_keeps_two_renderings_apart() -> None:
    cases = [
        ("Ivan Petrov", "Olga Sorokina", 0),  # two speakers
        ("Ivan Petrov", "Ivan Petrov", STOCK_DAYS + 1),  # days apart: said again
        ("Defence Ministry", "", 0),  # a body says too little of who spoke
        ("", "", 0),  # no one named
        ("Ivan Petrov", "Pavel Petrov", 0),  # two Petrovs
    ]
    for one, other, days in cases:
        index = QuoteIndex()
        _add(index, "a", ONE, one)
        _add(index, "b", OTHER, other, days)
        assert not _together(index, "a", "b"), (one, other, days)


def test_a_transliterated_given_name_is_one_speaker() -> None:
    index = QuoteIndex()
    _add(index, "a", ONE, "Alexei Petrov")
    _add(index, "b", OTHER, "Alexey Petrov")
    assert _together(index, "a", "b")


def test_two_sentences_of_one_article_stay_two() -> None:
    index = QuoteIndex()
    body = f'"{ONE}," Ivan Petrov said. Later he added: "{OTHER}."'
    index.add_article("a", "Outlet", DAY.isoformat(), extract_quotes(body))
    assert len(index.groups()) == 2


def test_a_negation_on_one_side_alone_is_another_statement() -> None:
    negated = OTHER.replace("can and must be", "cannot be")
    assert not paraphrase(quote_words(ONE), quote_words(negated))
    index = QuoteIndex()
    _add(index, "a", ONE, "Ivan Petrov")
    _add(index, "b", negated, "Ivan Petrov")
    assert not _together(index, "a", "b")


VOCABULARY = [
    w
    for w in [
        "bridge",
        "harbor",
        "river",
        "cabinet",
        "pension",
        "tariff",
        "border",
        "senate",
        "winter",
        "budget",
        "ferry",
        "treaty",
        "castle",
        "forest",
        "garden",
        "rocket",
        "vaccine",
        "tunnel",
        "canal",
        "market",
    ]
    if w not in STOPWORDS and stem(w) == w
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14, unique=True),
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=14, unique=True),
    st.booleans(),
    st.booleans(),
    st.permutations(range(14)),
)
def test_paraphrase_against_a_set_oracle(
    a: list[str], b: list[str], not_a: bool, not_b: bool, order: list[int]
) -> None:
    """`paraphrase` of two word lists (stopwords between, any order) is the plain set
    answer: enough shared and a large enough share of all (or a few fewer shared and a
    larger share: the close tier), negated alike."""
    fill = ["the", "of", "and"]
    one = [w for x in a for w in (x, fill[len(x) % 3])] + (["not"] if not_a else [])
    other = [b[i] for i in order if i < len(b)] + (["never"] if not_b else [])
    shared, union = len(set(a) & set(b)), len(set(a) | set(b))
    expected = (shared >= PARAPHRASE_SHARED and shared >= PARAPHRASE_SHARE * union) or (
        shared >= CLOSE_SHARED and shared >= CLOSE_SHARE * union
    )
    assert paraphrase(one, other) == (expected and not_a == not_b)
    assert paraphrase(other, one) == paraphrase(one, other)


def test_one_speakers_two_statements_differing_in_names_are_no_paraphrase() -> None:
    """rv29 #4: the same words about two meetings, two places, are two statements."""
    xi = (
        "We made tremendous progress on trade and on North Korea today in a great meeting "
        "with President Xi of China"
    )
    abe = (
        "In a great meeting with Prime Minister Abe of Japan today, we made tremendous "
        "progress on North Korea and on trade"
    )
    geneva = (
        "The talks in Geneva on Syria were constructive and we agreed to meet again next "
        "week to discuss a ceasefire"
    )
    astana = (
        "We agreed to meet again next week in Astana to discuss a ceasefire after "
        "constructive talks on Yemen"
    )
    for one, other in ((xi, abe), (geneva, astana)):
        assert relation(quote_words(one), quote_words(other)) == NONE  # was PARAPHRASE


def test_renderings_naming_alike_stay_paraphrases() -> None:
    """A word that is a name only in capitals ("IS", "US") tells nothing lower-cased; a
    people and its country are one place (the Defense Ministry's al-Bab statement, the White
    House's "American economy" / "US economy": one statement each in two outlets)."""
    us = quote_words(ONE + " in the US and in America")
    american = quote_words(OTHER + " for the American navy and IS")
    assert paraphrase(us, american)


_PLACED = (ONE + " off {mark}", OTHER + " near {mark}")
_MARKS = st.one_of(
    st.sampled_from(["somalia", "yemen", "kenya", "oman", "egypt", "sudan", "eritrea"]),
    st.integers(2, 99).map(str),
    st.sampled_from(["two", "three", "twelve", "forty"]).map(lambda w: w + " ships"),
)


@settings(max_examples=60, deadline=None)
@given(mine=_MARKS, theirs=_MARKS)
def test_renderings_are_one_when_their_names_and_numbers_agree(mine: str, theirs: str) -> None:
    """Oracle: the place or figure each rendering was built with. The same in both, one
    statement; each its own, two."""
    a = quote_words(_PLACED[0].format(mark=mine))
    b = quote_words(_PLACED[1].format(mark=theirs))
    assert paraphrase(a, b) == (mine == theirs)


_RENDERINGS = (
    "There is a common understanding that the priority can and should be the joint fight "
    "against international terrorism in Syria, he told reporters",
    "We have a common understanding that the joint fight against international terrorism in "
    "Syria can and must be the priority for all",
    "Undoubtedly there is a common understanding that a joint fight against terrorism, "
    "international terrorism in Syria, must be our priority",
)


def _split_renderings(speakers: list[str | None], days: list[int]) -> list[set[int]]:
    from index.analysis.quote_links import split

    words = {(str(k), 0): quote_words(t) for k, t in enumerate(_RENDERINGS)}
    groups = split(
        words,
        speaker_of=lambda k: speakers[int(k[0])],
        date_of=lambda k: (DAY + timedelta(days=days[int(k[0])])).isoformat(),
        cited=lambda k: [],
        outlet_of=lambda k: "outlet " + k[0],
    )
    return sorted(({int(k[0]) for k in g} for g in groups), key=min)


def test_renderings_do_not_chain_past_the_speaker_or_the_days() -> None:
    """rv29 #3: an unnamed rendering joined Putin's and Peskov's; days 0, 3, 6 chained."""
    assert _split_renderings(["Vladimir Putin", None, "Dmitry Peskov"], [0, 1, 2]) == [
        {0, 1},
        {2},
    ]  # was one group
    assert _split_renderings(["Dmitry Peskov"] * 3, [0, 3, 6]) == [{0, 1}, {2}]
    assert _split_renderings(["Dmitry Peskov", None, "Peskov"], [0, 1, 2]) == [{0, 1, 2}]


@settings(max_examples=80, deadline=None)
@given(
    speakers=st.lists(
        st.sampled_from([None, "Dmitry Peskov", "Peskov", "Vladimir Putin", "Sergei Lavrov"]),
        min_size=3,
        max_size=3,
    ),
    days=st.lists(st.integers(0, 8), min_size=3, max_size=3),
)
def test_a_group_of_renderings_is_one_speaker_within_the_days(
    speakers: list[str | None], days: list[int]
) -> None:
    """Oracle: the speakers and days the renderings were built with. Every group names
    one surname at most and spans `STOCK_DAYS` at most; renderings that all fit (one
    surname or none, within the days, one named) are one group."""
    groups = _split_renderings(speakers, days)
    for g in groups:
        assert len({speakers[k].split()[-1] for k in g if speakers[k]}) <= 1
        assert max(days[k] for k in g) - min(days[k] for k in g) <= STOCK_DAYS
    named = {s.split()[-1] for s in speakers if s}
    if len(named) == 1 and max(days) - min(days) <= STOCK_DAYS:
        assert groups == [{0, 1, 2}]


def test_two_short_renderings_sharing_most_of_their_words_are_paraphrases() -> None:
    """qg33 (the labelled x05: "I like Speaker Ryan. He worked very hard" and "... I think
    Paul really worked hard"): five shared stems are enough when they are most of what the
    two quotes say; five of a longer quote's many are a phrase."""
    one = quote_words("I admire the harbour master. She worked very hard")
    other = quote_words("I admire the harbour master; I think Anna really worked hard")
    assert relation(one, other) == PARAPHRASE == relation(other, one)
    index = QuoteIndex()
    _add(index, "a", "I admire the harbour master. She worked very hard", "Jo Bell")
    _add(index, "b", "I admire the harbour master; I think Anna really worked hard", "Bell")
    assert _together(index, "a", "b")
    longer = quote_words(
        "I admire the harbour master, but the council ignored every warning about the "
        "ferry, the tunnel and the bridge while she worked hard"
    )
    assert relation(one, longer) == NONE


def test_renderings_going_opposite_ways_are_no_paraphrase() -> None:
    """qg33: the direction check `named` has (`quote_paraphrase.opposed`) holds for any
    two renderings: the same words about a figure that rose and one that fell are two
    statements."""
    rose = quote_words(
        "Exports of grain through the northern harbour rose sharply this winter after the "
        "ferry strike ended, the minister told reporters"
    )
    fell = quote_words(
        "Grain exports through the northern harbour fell sharply this winter once the ferry "
        "strike ended, the minister said"
    )
    assert not paraphrase(rose, fell)
    assert paraphrase(rose, quote_words(" ".join(fell).replace("fell", "rose")))


def test_one_body_named_on_both_sides_is_one_speaker() -> None:
    """qg33 (the labelled x16: TASS's "Defense Ministry of Russia" and Deutsche Welle's
    "Defense Ministry" for one statement): a body named by both outlets, in its own words
    (places and small words left out), speaks for both renderings; a body on one side
    alone, or two bodies, do not."""
    from index.analysis.quote_paraphrase import who

    assert who("Defense Ministry of Russia") == who("Defense Ministry") == "defense ministry"
    assert who("Rex Tillerson") == who("Tillerson") == "tillerson"
    assert who(None) is None
    for one, other, together in [
        ("Defence Ministry of Norway", "Defence Ministry", True),
        ("Harbour Board", "Harbour Board", True),
        ("Defence Ministry", "", False),  # a body alone says too little of who spoke
        ("Defence Ministry", "Harbour Board", False),
        ("Defence Ministry", "Ivan Petrov", False),
    ]:
        index = QuoteIndex()
        _add(index, "a", ONE, one)
        _add(index, "b", OTHER, other)
        assert _together(index, "a", "b") == together, (one, other)


def test_a_news_agency_given_as_speaker_is_no_one() -> None:
    """qg33 (the labelled p25: CNN gives Khamenei's words to "IRNA", Al Jazeera to him): an
    agency reports who spoke, so it is no one, neither another speaker nor one itself."""
    from index.analysis.quote_paraphrase import who

    assert who("IRNA") is None and who("Reuters") is None and who("KCNA") is None
    assert who("Ivan Petrov") == "petrov"
    for one, other, together in [
        ("Ivan Petrov", "IRNA", True),
        ("Ivan Petrov", "Reuters", True),
        ("IRNA", "", False),  # no one named on either side
        ("IRNA", "KCNA", False),
    ]:
        index = QuoteIndex()
        _add(index, "a", ONE, one)
        _add(index, "b", OTHER, other)
        assert _together(index, "a", "b") == together, (one, other)
