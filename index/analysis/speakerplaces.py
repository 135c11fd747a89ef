"""A country's or a state's name before the words of a role ("Texas abortion providers", "one
U.S. official", "the greatest U.S. gymnast"): it says where the speaker is from, it names no
one (fx74: nu40 #3 listed "U.S." and "Texas" among the most-quoted speakers).

A place said alone ("Russia said", "Hawaii argued in its filing") is left to speak: the
labelled quotes give a country or a state suing as the speaker (`tests/data/quote_labels`)."""

from __future__ import annotations

from index.analysis.firstnames import MALE, first_name_gender
from index.analysis.names import Token
from index.analysis.phraseroles import nationality_role
from index.analysis.speechverbs import NOT_NAMES, PARTICLES, words
from index.text.places import COUNTRY_NAMES, REGIONS, is_place_name

ABBREVIATIONS = words("us usa uk uae")
"""Countries said by their initials ("U.S.", "UK"): in capitals, dots or none."""
_NOT_NOUNS = NOT_NAMES | PARTICLES | words("and or nor himself herself itself themselves")
"""Lower-case words after a place that make no role of it ("Russia also", "Texas and")."""


def place_name(name: str) -> bool:
    """True for a country's, a state's or a big city's name ("Texas", "New York", "U.S.",
    "Saudi Arabia", "Georgia"): one that is a woman's name too is no one's name either when
    nouns follow it (`place_modifier`: "Georgia officials"), but a man's name that is no
    state's is a person's ("Austin", "Jackson", "Houston")."""
    plain = " ".join(name.split())
    if plain.replace(".", "").isupper() and plain.replace(".", "").lower() in ABBREVIATIONS:
        return True
    if " " not in plain and first_name_gender(plain) == MALE and plain.lower() not in REGIONS:
        return False  # "Austin directed", "Jackson aides": a man's name more often than a city
    return plain.lower() in COUNTRY_NAMES or is_place_name(plain)


def place_modifier(part: list[Token], start: int, end: int) -> bool:
    """True when the capitalised run ``part[start:end]`` is a place's name and lower-case
    nouns follow it: "Texas abortion providers", "one U.S. official who ...", "One Ohio
    official" opening a sentence (its capitalised "One" no word of the name)."""
    while start < end and part[start].norm in NOT_NAMES:
        start += 1
    if end >= len(part) or not place_name(" ".join(t.text for t in part[start:end])):
        return False
    after = part[end]
    return (
        not after.capital
        and after.text[:1].isalpha()
        and after.norm not in _NOT_NOUNS
        and not after.norm.endswith(("ly", "ed", "ing"))  # "Russia separately said"
    )


def no_place_name(part: list[Token], start: int, end: int) -> bool:
    """True for a part that is a role whose only capitalised word says where it is from: a
    country's adjective ("The Philippine vice president", `nationality_role`) or a place's
    name before nouns (`place_modifier`)."""
    return nationality_role(part, start, end) or place_modifier(part, start, end)
