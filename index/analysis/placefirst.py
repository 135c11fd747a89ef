"""Whether a place's name opening a run of capitals is a person's first name there
("Paris Hilton", "Georgia Smith", "Jordan Peterson") or a place glued onto a name ("in
Malaysia Zahid said": a heading run into the text).

`namerun.run_shape` drops a country's or a city's name from the front of a run. A first
name that is also a place ("Paris", "Georgia", "Chelsea", "Austin") was dropped too, and
"Paris Hilton" became "Hilton". The run is a person's two-word name when the place word
is a first name the project knows and the word after it reads as a surname: capitalised,
no place, body, title, people or party word. Whether that word is a first name too
tells nothing: the lexicon holds "Hilton", "Smith" and "Clinton" as first names. A
country glued onto a surname ("in Israel Netanyahu said") now reads as one name: such
runs need a lost line break, and are rarer.
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
)


def first_name_at_front(name: list[str]) -> bool:
    """True when ``name`` (a run's name words, the first a place's name) is a person's
    first name and surname ("Paris Hilton"), not a place and a name run together."""
    if len(name) != 2:
        return False
    first, last = name
    if first_name_gender(first) is None:
        return False  # "Malaysia", "Moscow": never a first name
    low = last.lower()
    return (
        last[:1].isupper()
        and last[1:].islower()
        and len(last) > 2
        and low not in PLACE_NAMES
        and low not in PLACE_WORDS
        and low not in ORG_WORDS
        and low not in TITLES
        and low not in PARTY_MEMBERS
        and not is_demonym(low)
    )
