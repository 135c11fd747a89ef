"""related's "why" showed wire jargon (nu32 #5: "THAI SUGAR … 0.04 · mln", "CUBA SUGAR CROP
… crop"): the shared terms shown are now the ones that say what two articles share: names
(written with a capital inside a sentence) and words of either title that are no unit or
abbreviation. Only what is shown changes: the related list's order and scores do not.

Oracle for the generated case: terms are put in the texts as names, as title words,
or only in lower case in the bodies, and each kind's fate is known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.story_view import telling_terms
from index.models import Article


def article(title: str, body: str) -> Article:
    return Article("a", "a.txt", title, False, "Reuters", None, None, None, body)


ASKED = article(
    "PHILIPPINE SUGAR CROP SET AT 1.6 MLN TONNES",
    "Philippine sugar production in the 1987/88 crop year has been set at 1.6 mln tonnes, "
    "Sugar Regulatory Administration (SRA) chairman Arsenio Yulo said.\n\nYulo told Reuters "
    "the 1986/87 estimate would be met.",
)


def test_the_walkthroughs_rows() -> None:
    thai = article("THAI SUGAR PRODUCTION CONTINUES HIGH", "Thai output rose to 2.5 mln tonnes.")
    assert telling_terms(("mln",), ASKED, thai) == ()  # a unit in lower case only
    cuba = article("CUBA SUGAR CROP SEEN AT LEAST SAME AS LAST YEAR", "The crop was good.")
    assert telling_terms(("crop", "mln"), ASKED, cuba) == ("crop",)  # a title word, no unit
    lobby = article("PHILIPPINES TO LOBBY U.S. FOR HIGHER SUGAR QUOTA", "Yulo of the SRA said.")
    assert telling_terms(("yulo", "sra", "88"), ASKED, lobby) == ("yulo", "sra")
    # a capital only where a sentence starts is no name
    starts = article("Prices", "Crop estimates were cut.\n\nTonnes were lost. Crop yields fell.")
    assert telling_terms(("crop",), article("Rain", "the crop is late."), starts) == ()
    assert telling_terms(("delegates",), ASKED, thai) == ()  # in neither title, no name
    # a short word of a title is no unit (the three-letter rule dropped "oil", "war")
    oil = article("OIL PRICES RISE AS WAR FEARS GROW", "Crude rose 2 pct on the day.")
    assert telling_terms(("oil", "war", "pct"), ASKED, oil) == ("oil", "war")


WORD = st.text("bcdfghjklmnprstvz", min_size=5, max_size=8).map(lambda w: w + "ia")


@settings(max_examples=100, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(["name", "titles", "lower", "one title", "unit"]), max_size=8),
    words=st.lists(WORD, min_size=8, max_size=8, unique=True),
)
def test_generated_terms(kinds: list[str], words: list[str]) -> None:
    terms, expected = [], []
    body_one, body_two, title_one, title_two = ["the report said."], ["it said."], ["NEWS"], ["X"]
    for k, (kind, word) in enumerate(zip(kinds, words, strict=False)):
        term = word if kind != "unit" else f"{word[:2]}{k}"
        terms.append(term)
        if kind == "name":
            body_two.append(f"officials in {term.capitalize()} said.")
            expected.append(term)
        elif kind == "titles":
            title_one.append(term.upper())
            title_two.append(term.capitalize())
            expected.append(term)
        elif kind == "one title":  # a title word of either says what is shared
            title_one.append(term.upper())
            body_two.append(f"the {term} went up.")
            expected.append(term)
        elif kind == "lower":
            body_one.append(f"the {term} was up.")
            body_two.append(f"no {term} was there.")
        else:  # a unit in both titles and the text: "MLN"
            body_one.append(f"up 3 {term} on the {term}.")
            title_one.append(term.upper())
            title_two.append(term.upper())
    one = article(" ".join(title_one), " ".join(body_one))
    two = article(" ".join(title_two), " ".join(body_two))
    assert telling_terms(tuple(terms), one, two) == tuple(expected)
