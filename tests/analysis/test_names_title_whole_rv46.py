"""rv46: a word of another article's title hid a real name: "Arizona Federal Theatre" was
given by a title's "Arizona Senate", "Happy Birthday" by "Birthday Party". A title gives a
name only when it holds the whole name, its words in order (in any case, hyphened or
spaced, possessive or not) or as one run in another order ("Department of Justice"); the
lenient variants (surname alone, a word of an organisation) are the body's only.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.pair_names import pair_only_in

# made-up words: no first name, place, organisation word or common word among them
WORDS = ("Velmora", "Tasquin", "Orbell", "Drenhaw", "Kestrow", "Palvane")
FILLER = ("Senate", "rally", "Party", "slams", "hails", "for")
BODY_B = "Lawmakers met on Tuesday to debate the budget for a second week."


def _written(word: str, how: str) -> str:
    return {"as is": word, "upper": word.upper(), "lower": word.lower()}[how]


@st.composite
def _case(draw: st.DrawFn) -> tuple[tuple[str, ...], str, bool]:
    """A name of 2-3 made-up words, another article's title, and whether it holds the name."""
    name = tuple(draw(st.lists(st.sampled_from(WORDS), min_size=2, max_size=3, unique=True)))
    pool = [*name, *FILLER, *(w for w in WORDS if w not in name)]
    words = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=6))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(words)))
        words[at:at] = list(name)
    how = draw(st.sampled_from(["as is", "upper", "lower"]))
    title = " ".join(_written(w, how) for w in words)
    low = [w.lower() for w in words]
    n = len(name)
    in_order = any(
        tuple(low[i : i + n]) == tuple(w.lower() for w in name) for i in range(len(low) - n + 1)
    )
    # or its words in another order, as one run that may hold a link word inside ("Justice
    # Department" / "Department of Justice"; of FILLER only "for" is one): ci112 drew
    # "Velmora Tasquin" against the title "Tasquin Velmora"
    wanted = {w.lower() for w in name}
    reordered = any(
        {w for w in low[i:j] if w != "for"} == wanted and "for" not in (low[i], low[j - 1])
        for i in range(len(low))
        for j in range(i + 1, min(len(low), i + n + 2) + 1)
    )
    return name, title, in_order or reordered


@given(_case())
def test_a_title_gives_a_name_only_when_it_holds_it_whole(
    case: tuple[tuple[str, ...], str, bool],
) -> None:
    """The oracle: the name is listed as only A's exactly when B's title lacks its words in
    order (B's body gives no name)."""
    name, title, holds = case
    text = " ".join(name)
    body_a = f"The crowd gathered at the {text} building on Tuesday evening."
    only_a, _ = pair_only_in(body_a, BODY_B, titles=("", title))
    assert (text in only_a) == (not holds), (only_a, title)


def test_rv46s_birthday_party_gives_no_happy_birthday() -> None:
    body = "Friends from Hawaii came, and John Legend sang Happy Birthday to the guests."
    title = "Twitter Slams 'Maskless' Barack Obama Dancing At Celebrity-Packed Birthday Party"
    only_a, _ = pair_only_in(body, BODY_B, titles=("", title))
    assert "Happy Birthday" in only_a
    only_a, _ = pair_only_in(body, BODY_B, titles=("", "Obama sings 'Happy Birthday'"))
    assert "Happy Birthday" not in only_a


def test_rv46s_arizona_senate_gives_no_arizona_federal_theatre() -> None:
    body = "Trump spoke at Arizona Federal Theatre for the rally on Saturday night."
    title = "Trump hails Arizona Senate for audit at Phoenix rally, slams governor"
    only_a, _ = pair_only_in(body, BODY_B, titles=("", title))
    assert "Arizona Federal Theatre" in only_a


def test_a_title_spells_a_place_its_own_way() -> None:
    """fx97: "U.S. expects" gives the body's "United States"; a hyphen is a space."""
    body = "The United States said that Kim Jong Nam was killed at the airport."
    only_a, _ = pair_only_in(body, BODY_B, titles=("", "U.S. expects answers on Kim Jong-nam"))
    assert "United States" not in only_a
    assert "Kim Jong Nam" not in only_a
