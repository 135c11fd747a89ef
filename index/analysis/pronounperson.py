"""Who "he" or "she" can be when the nearest name the book keeps as a person's may be no
one's: a place or a firm that "says" ("Arkansas says the law stands. Arkansas is where he
grew up. '...,' he said") becomes a `Mention.person` by its speech verb alone.

`past_no_person` passes over a one-word name the project's lists know as a place or a
body, or a one-word name with no person evidence (no title, no known first name, no
gender told, no fuller name written before), when a person named earlier with such
evidence can take the pronoun (fx70; fx68 found the male case). `of_unknown_gender` is
whom "she" goes to when no woman is named (moved here from `attribution`).
"""

from __future__ import annotations

import re

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.honoured import titled
from index.analysis.namebook import Mention, NameBook
from index.analysis.persons import person_before, placelike
from index.analysis.speechverbs import ORG_WORDS
from index.text.places import COUNTRY_NAMES, PLACE_NAMES, REGIONS

_NO_PERSON = PLACE_NAMES | REGIONS | COUNTRY_NAMES | ORG_WORDS
"""One-word names of places and bodies (the same list `onename` keeps out)."""
_STEPS = 4
"""How many unproven names in a row the search for a person passes over."""


def past_no_person(
    book: NameBook,
    mention: Mention | None,
    offset: int,
    gender: str,
    exclude: frozenset[str],
) -> Mention | None:
    """``mention`` (whom "he"/"she" at ``offset`` resolved to), or when it is a one-word
    name with no person evidence, the person named before it who has some; ``mention``
    as it is when no such person is named (a lone "Spicer" stays the speaker)."""
    found = mention
    for _ in range(_STEPS):
        if found is None:
            return mention
        if not _unproven(book, found, offset):
            # past a listed place any person will do; past an unlisted word, a proven one
            listed = mention is not None and mention.name.lower() in _NO_PERSON
            return found if listed or _proven(book, found, offset) else mention
        earlier = book.last_before(found.start, False, gender, exclude)
        found = person_before(book, earlier, offset, gender, exclude)
    return mention


def _unproven(book: NameBook, mention: Mention, offset: int) -> bool:
    """True for a one-word name that nothing tells is a person's: a place or body the
    lists know ("Arkansas", "Ministry"), or a word with no title, no known first name, no
    gender and no fuller name in the article ("Apple")."""
    if not mention.name or " " in mention.name or mention.title or titled(mention.name):
        return False
    if mention.name.lower() in _NO_PERSON:
        return True
    return not _proven(book, mention, offset) and _thing(book.text, mention.name)


def _thing(text: str, name: str) -> bool:
    """True when the article writes ``name`` as a thing's: "Apple is where he grew up"
    (a person is no "where" nor "when"; the pronoun after is someone else's)."""
    found = re.search(rf"\b{re.escape(name)}[ \t]+(?:is|was)[ \t]+(?:where|when)\b", text)
    return found is not None


def _proven(book: NameBook, mention: Mention, offset: int) -> bool:
    """True when something in the article tells ``mention`` is a person's name."""
    name = mention.name
    if " " in name or mention.title or titled(name):
        return name.lower() not in _NO_PERSON
    if name.lower() in _NO_PERSON:
        return False
    if first_name_gender(name) in (MALE, FEMALE) or mention.gender in (MALE, FEMALE):
        return True
    return book.gender_of(name) in (MALE, FEMALE) or book.full_name(name, offset) != name


def of_unknown_gender(book: NameBook, start: int, others: frozenset[str]) -> Mention | None:
    """Who "she" is when no woman is named: the last person a speech verb went with
    ("said Lauren Bisnett, spokeswoman ... '...,' she said"; "Marjoli Gajecka told CNN ...
    Masood kept to himself, she said") when nothing tells that person's gender; no one
    when that speaker is a man, or someone unnamed spoke since."""
    for mention in reversed(book.between(max(0, start - _SHE_LOOKBACK), start)):
        if mention.organisation:
            continue
        if not mention.name:
            if mention.speaker:
                return None  # "a spokeswoman said": she, unnamed
            continue
        if mention.name.split()[-1].lower() in others or not book.spoke(mention):
            continue  # a name that only leads its sentence ("Masood kept to himself")
        if not mention.person or placelike(book, mention, start):
            continue  # "at the Centre for Constitutional Rights, New York, said": no one
        if mention.gender in (MALE, FEMALE) or book.gender_of(mention.name) in (MALE, FEMALE):
            return None  # the last to speak is a man (a woman would have been found)
        return mention
    return None


_SHE_LOOKBACK = 600
"""How far back an unknown-gender name may stand for "she"."""
