"""What a run of capitalised words says by itself: its name, titles, whether it is a body.

`NameBook` reads every run of capitals of an article ("Foreign Minister Sergei Lavrov",
"Reuters", "But"); what it learns from the words alone does not depend on where the run
stands, and the same runs come back in an article and in article after article, so each
distinct run is read once (`read_run`, cached) and the book adds only what its place tells
(a speech verb after it, the sentence it leads).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from index.analysis.firstnames import FEMALE, MALE, first_name_gender, title_gender
from index.analysis.names import split_title
from index.analysis.speechverbs import (
    NOT_NAMES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PLACE_NAMES,
    PLACE_WORDS,
    TITLES,
)

__all__ = ["Run", "gender_of_words", "read_run"]


class Run(NamedTuple):
    """A run of capitals read as a name, without regard to where it stands.

    Attributes:
        name: The name without titles ("Sergei Lavrov").
        size: How many words the name has.
        surname: Its last word, lower case (what the book files persons under).
        organisation: True for a body's name ("Acme Corp", "NATO").
        titles: The title words before it, an honorific first ("Mrs", "Foreign", "Minister").
        title: The title words in lower case, joined.
        possessive: True when the run ends in 's or s' ("Chase's stock").
        owned: True when the name stands after "of" in the run ("Shares of Acme Corp").
        person_title: True when the last title is a person's ("Minister").
        gender: The gender its titles or first name give.
        alone_gender: For a lone known first name ("Adele"): its gender, else None.
    """

    name: str
    size: int
    surname: str
    organisation: bool
    titles: tuple[str, ...]
    title: str
    possessive: bool
    owned: bool
    person_title: bool
    gender: str | None
    alone_gender: str | None


@lru_cache(maxsize=1 << 16)
def read_run(run: str) -> Run | None:
    """The name a run of capitals gives, or None when it gives none the book keeps
    ("The", "U" of "U.S.", "Wall Street", "the West Virginia Democrat")."""
    if run.lower().rstrip(".") in NOT_NAMES:
        return None  # "The", "But", "He" alone (a quarter of the runs): never a name
    words = run.split()
    if "-" in words[0] and len(words) > 1:
        head, _, tail = words[0].rpartition("-")
        if first_name_gender(tail) in (MALE, FEMALE) and not first_name_gender(head):
            words[0] = tail  # "Photographer-Ivette Ivens": a space lost in this copy
    owned = False
    if len(words) > 2 and words[1] == "of" and not _body_or_title(words[0]):
        words = words[2:]  # "Shares of Acme Corp": the name stands after "of"
        owned = True
    owner = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    if owner:
        words = words[owner[-1] + 1 :]  # "Al Jazeera's Natasha Butler"
    possessive = words[-1].endswith(("'s", "’s", "s'", "s’"))
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    elif words[-1].endswith(("s'", "s’")):
        words[-1] = words[-1][:-1]  # "Guterres' rebuke"
    honorific = ""
    while words and words[0].lower().rstrip(".") in NOT_NAMES:
        if title_gender(words[0]) is not None:
            honorific = words[0]  # "Mrs Porter": who "she" is
        words = words[1:]
    if not words:
        return None
    titles, name, organisation = split_title(words)
    if honorific:
        titles = [honorific, *titles]
    name = [w.rstrip(".,") for w in name if w.rstrip(".,")]
    while len(name) > 1 and name[0].lower() in PLACE_NAMES:
        name = name[1:]  # "in Malaysia Zahid said": a heading glued to the text
    if not name or (run.isupper() and len(name) > 1) or len(name[0]) == 1 == len(name):
        return None  # "U" of "U.S.": no name
    if len(name) == 1 and name[0].isupper() and not titles:
        organisation = True  # "SPLC", "NATO"
    surname = name[-1].lower()
    if not organisation and (surname in PLACE_WORDS or len(name) > 4):
        return None  # "Wall Street", "Preston Park Hotel": not who "he" is
    if not organisation and surname in PARTY_MEMBERS:
        return None  # "the West Virginia Democrat": someone described, not named
    alone = (  # "Adele appeared to doubt": what the book checks of its place comes on top
        len(name) == 1
        and not possessive  # "Chase's stock fell": a thing the name owns
        and not titles
        and first_name_gender(name[0]) in (MALE, FEMALE)
        and name[0].lower() not in PLACE_NAMES
    )
    return Run(
        name=" ".join(name),
        size=len(name),
        surname=surname,
        organisation=organisation,
        titles=tuple(titles),
        title=" ".join(titles).lower(),
        possessive=possessive,
        owned=owned,
        person_title=bool(titles) and titles[-1].lower().rstrip(".") in PERSON_TITLES,
        gender=gender_of_words(titles, name),
        alone_gender=first_name_gender(name[0]) if alone else None,
    )


def gender_of_words(titles: list[str] | tuple[str, ...], name: list[str]) -> str | None:
    """The gender that a title ("Mrs", "spokesman") or a first name gives."""
    for title in reversed(titles):
        found = title_gender(title)
        if found is not None:
            return found
    if len(name) > 1 and name[0].lower() not in PLACE_NAMES:
        return first_name_gender(name[0])  # not "Africa Initiative"
    return None


def _body_or_title(word: str) -> bool:
    """True for a word that can head a name with "of" ("Bank of", "Secretary of")."""
    low = word.lower().rstrip(".,")
    return low in ORG_WORDS or low in TITLES or first_name_gender(word) is not None
