"""A two-article compare's "only A / only B" lists whole names and counts that say what they
count (fx146, nu59 #8: "only A: …, Western, 38" from "38 years"; "only B: … Night Live"
from "Saturday Night Live", "George", "H.W.", "Bush" from "George H.W. Bush").

The oracle, over generated pairs: every listed item is a whole-word span of its own article
and no whole-word span of the other's (what ``pair_only_in`` promises: a name the other
gives in any variant, a number the other gives by value, is not listed); a title opening on
a weekday and a person's dotted initials placed in one article only are listed whole; a
plain count never stands bare; a word only ever opening a sentence is never listed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.pair_names import pair_only_in

SHOWS = ("Saturday Night Live", "Monday Night Football", "Friday Night Lights")
INITIALLED = ("George H.W. Bush", "Mary J.K. Ostrander", "Daniel P.T. Wexley")
PEOPLE = ("Helen Okafor", "Tomas Brandt", "Ines Kowalczyk", "Piet Haverkamp")
PLACES = ("Lagos", "Tbilisi", "Valparaiso", "Tromso")
NOUNS = ("years", "troops", "homes", "tractors")
COUNTS = (3, 17, 38, 251, 4123)
"""Counts no two of which one stands for the other rounded ("140" gives 135: ``numbers``)."""
OPENERS = ("But", "Extra", "Officials", "Earlier")
_OPENER_SENTENCE = {
    "But": "But nobody in {place} was told.",
    "Extra": "Extra police were sent to {place}.",
    "Officials": "Officials in {place} said little.",
    "Earlier": "Earlier, {place} had waited.",
}


def _whole(item: str, text: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(item)}(?![\w])", text) is not None


def _bare_count(item: str) -> bool:
    """A plain number with nothing it counts; a year stands alone ("2015")."""
    if re.fullmatch(r"1[89]\d\d|20\d\d", item):
        return False
    words = "one two three four five six seven eight nine ten eleven twelve twenty thirty"
    return re.fullmatch(rf"[\d,.]+|{'|'.join(words.split())}", item) is not None


@st.composite
def _sentence(draw: st.DrawFn) -> tuple[str, str]:
    """A sentence and what kind of thing it places ("show", "initials", "count", ...)."""
    kind = draw(st.sampled_from(("show", "quoted", "initials", "count", "opener", "person")))
    place = draw(st.sampled_from(PLACES))
    if kind in ("show", "quoted"):
        show = draw(st.sampled_from(SHOWS))
        shown = f"“{show}”" if kind == "quoted" else show
        return f"The spoof ran on {shown} in {place} last week.", show
    if kind == "initials":
        name = draw(st.sampled_from(INITIALLED))
        return f"After spoofing {name} for a while, the actor went to {place}.", name
    if kind == "count":
        n = draw(st.sampled_from(COUNTS))
        noun = draw(st.sampled_from(NOUNS))
        return f"The report from {place} counted {n} {noun} in all.", f"{n} {noun}"
    if kind == "opener":
        word = draw(st.sampled_from(OPENERS))
        return _OPENER_SENTENCE[word].format(place=place), word
    person = draw(st.sampled_from(PEOPLE))
    return f"{person} spoke in {place} on Tuesday.", person


_ARTICLE = st.lists(_sentence(), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None)
@given(_ARTICLE, _ARTICLE)
def test_listed_items_are_whole_and_only_in_their_article(
    a: list[tuple[str, str]], b: list[tuple[str, str]]
) -> None:
    texts = (" ".join(s for s, _ in a), " ".join(s for s, _ in b))
    listed = pair_only_in(*texts, counted=True)
    for side in (0, 1):
        mine, other = texts[side], texts[1 - side]
        for item in listed[side]:
            assert _whole(item, mine), (item, mine)
            assert not _whole(item, other), (item, other)
            assert not _bare_count(item), item
            assert item not in OPENERS, item
            assert "Tuesday" not in item, item
        placed = (a, b)[side]
        for _, thing in placed:
            if thing in SHOWS + INITIALLED and thing not in other:
                assert thing in listed[side], (thing, listed[side])
            n = thing.split()[0]
            if n.isdigit() and not _whole(n, other):  # its first mention, with what it counts
                assert any(item.split()[0] == n for item in listed[side]), (n, listed[side])


def test_nu59_shapes() -> None:
    a = (
        "He said Iran has been right for 38 years about the U.S. government. "
        "Iran and five other world powers signed in 2015."
    )
    b = (
        'She watched the spoof on "Saturday Night Live" over the weekend. '
        "He spoke in an interview with Extra on Sunday. "
        "After spoofing George H.W. Bush for four years, Dana Carvey met him."
    )
    only_a, only_b = pair_only_in(a, b, counted=True)
    assert "38 years" in only_a and "38" not in only_a
    assert "five other world powers" in only_a
    assert "2015" in only_a  # a year reads alone
    assert "Saturday Night Live" in only_b and "Night Live" not in only_b
    assert "George H.W. Bush" in only_b
    assert not {"George", "H.W.", "Bush"} & set(only_b)
    assert "four years" in only_b
    assert "Extra" in only_b  # the show "Extra", inside a sentence: a name
    # the comparison's summary line reads the same lists
    line = compare(a, b).only_said(1)
    assert "Saturday Night Live" in line and "George H.W. Bush" in line


def test_a_day_before_a_name_stays_a_date() -> None:
    a = "On Tuesday Helen Okafor said the U.S. Kim Jong Un talks were off. Monday Night came."
    only_a, _ = pair_only_in(a, "Nothing happened.", counted=True)
    assert "Helen Okafor" in only_a
    assert not any(n.startswith(("Tuesday", "On Tuesday")) for n in only_a)
    assert not any("U.S. Kim" in n for n in only_a)


def test_by_default_numbers_are_as_written() -> None:
    only_a, _ = pair_only_in("Police said 10 people were hurt.", "Nothing.")
    assert only_a == ("10",)
    counted, _ = pair_only_in("Police said 10 people were hurt.", "Nothing.", counted=True)
    assert counted == ("10 people",)
    ends, _ = pair_only_in("The toll rose to 38.", "Nothing.", counted=True)
    assert ends == ("38",)  # no filler before a count (fx152)
    aged, _ = pair_only_in("Ann Ball, 54, spoke.", "Nothing.", counted=True)
    assert aged == ("Ann Ball", "Ball, 54")
    plural, _ = pair_only_in("It had 57 hail reports across the state.", "No.", counted=True)
    assert plural == ("57 hail reports",)  # to the first plural noun
