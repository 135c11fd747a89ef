"""Whether a place's name opening a run of capitals is a person's first name there
("Paris Hilton", "Georgia Smith", "Chelsea Clinton") or a place glued onto a name ("in
Malaysia Zahid said": a heading run into the text).

`namerun.run_shape` drops a country's or a city's name from the front of a run. A first
name that is also a place ("Paris", "Georgia", "Chelsea", "Austin") was dropped too, and
"Paris Hilton" became "Hilton". The run is a person's two-word name when the place word
is a first name the project knows, no country (`COUNTRIES`), and the word after it reads
as a surname: capitalised, no place, body, title, people or party word. Whether that
word is a first name too tells nothing: the lexicon holds "Hilton", "Smith" and
"Clinton" as first names. A city glued onto a surname by a lost comma ("in Paris Macron
said") now reads as one name.
"""

from __future__ import annotations

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.speechverbs import (
    ORG_WORDS,
    PARTY_MEMBERS,
    PLACE_NAMES,
    PLACE_WORDS,
    TITLES,
    words,
)


def first_name_at_front(name: list[str]) -> bool:
    """True when ``name`` (a run's name words, the first a place's name) is a person's
    first name and surname ("Paris Hilton"), not a place and a name run together."""
    if len(name) != 2:
        return False
    first, last = name
    if first_name_gender(first) is None or first.lower() in COUNTRIES:
        return False  # "Malaysia", "Moscow": never a first name; "in Syria Eker said"
    low = last.lower()
    if low.endswith("s") and thing_word(low[:-1]):
        return False  # "Paris Airports": a body
    return (
        last[:1].isupper()
        and last[1:].islower()
        and len(last) > 2
        and not thing_word(low)
        and low not in TITLES
        and not is_demonym(low)
    )


def thing_word(low: str) -> bool:
    """True for a lower-case word of a place's, a body's or a party's name."""
    return low in PLACE_NAMES or low in PLACE_WORDS or low in ORG_WORDS or low in PARTY_MEMBERS


COUNTRIES = words(
    """africa america argentina asia australia chad china dominica france india iran
    ireland israel jamaica jordan kenya mali syria"""
)
"""The countries and continents among the places that are also first names: a lost comma
after one ("About the situation in Syria Eker said") is likelier than a person so named,
and the run stays a place and a surname. A city's or a state's ("Paris", "Georgia",
"Florence") that is a first name opens a person's name."""
