"""Names said family name first, as Chinese and Korean names are in English ("Xi Jinping",
"Yi Xiaozhun"): said alone, such a person is called by the first word, not the last."""

from __future__ import annotations

import re

from index.analysis.firstnames import FEMALE, MALE, first_name_gender

_SYLLABLE = r"(?:zh|ch|sh|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}(?:ng|[nrmlkp])?"
_SYLLABLES = re.compile(rf"(?:{_SYLLABLE}){{1,3}}$")
"""A word of one to three syllables as Chinese and Korean names are romanised."""


def family_first(words: list[str]) -> bool:
    """Whether a name is said family name first, as Chinese and Korean names are in English
    ("xi jinping", "kim jong un", "ri tong il"): two or three words of one to three syllables
    of their romanisations, a first word of at most five letters, no first name unless of
    three (Kim, Lee), and no other word a man's or a woman's name ("sue kruczek", "staff
    reince priebus" and "marco rubio" are not)."""
    return (
        len(words) <= 3
        and len(words[0]) <= 5
        and all(_SYLLABLES.match(w) for w in words)
        and (len(words[0]) <= 3 or first_name_gender(words[0]) is None)
        and all(first_name_gender(w) not in (MALE, FEMALE) for w in words[1:])
    )  # "Kim" is a woman's name too; "Jaime" of "Jaime Lusinchi" a man's or a woman's
