"""Genders of first names and of honorifics and titles: who "he" or "she" can be."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from index.analysis.speechverbs import words
from index.text.data_files import data_file

__all__ = ["FEMALE", "MALE", "UNISEX", "first_name_gender", "title_gender"]

MALE = "m"
FEMALE = "f"
UNISEX = "u"
"""A first name given to both men and women: a person's name, of no known gender."""

_MALE_TITLES = words(
    """mr mister sir lord king prince duke baron earl count emperor pope cardinal father
    brother monsignor sheikh emir sultan chairman spokesman congressman councilman
    assemblyman alderman businessman statesman sportsman policeman fireman actor
    husband son grandson nephew uncle boyfriend widower"""
)
_FEMALE_TITLES = words(
    """mrs ms miss madam madame mme dame lady queen princess duchess baroness countess
    empress sister chairwoman spokeswoman congresswoman councilwoman assemblywoman
    alderwoman businesswoman stateswoman sportswoman policewoman actress wife daughter
    granddaughter niece aunt girlfriend widow"""
)


@cache
def _names() -> dict[str, str]:
    """The lexicon in ``firstnames.txt``: lower-case name -> "m", "f" or "u"."""
    table: dict[str, str] = {}
    text = data_file("firstnames.txt")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, gender = line.partition(" ")
        table[name] = gender
    return table


def _fold(word: str) -> str:
    """Lower case without accents ("Fran\u00e7ois" -> "francois")."""
    if word.isascii():
        return word.lower()  # no ASCII character decomposes or combines: most words
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # names repeat across articles: fold each word once
def first_name_gender(word: str) -> str | None:
    """The gender of a first name: "m", "f", "u" (both), or None for no known first name.

    Args:
        word: One word as the text spells it ("Elvira", "Jean-Claude").

    Returns:
        The lexicon's gender of the name, or None when it is not a first name it knows.
    """
    folded = _fold(word.strip(".,'\u2019"))
    if len(folded) < 2 or not folded[0].isalpha():
        return None
    table = _names()
    found = table.get(folded)
    if found is None and "-" in folded:
        found = table.get(folded.split("-", 1)[0])
    return found


def title_gender(title: str) -> str | None:
    """The gender an honorific or title gives ("Mrs" -> "f", "spokesman" -> "m"), or None."""
    word = title.lower().rstrip(".")
    if word in _MALE_TITLES:
        return MALE
    if word in _FEMALE_TITLES:
        return FEMALE
    return None
