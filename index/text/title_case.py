"""A headline in title case, run into a paragraph after a teaser's marker (`related_teaser`).

HuffPost's "READ: Faith Leaders Rally After ICE Detains Group Leaving Church Keary was ..."
capitalises every word but its articles and short prepositions, so a sentence opener ("After",
"Police") stands inside the headline: there it ends none unless it is an article or a pronoun,
and the teaser's end may not be known (fx173). Headlines in sentence case (AJ's, CNN's, DW's)
hold no such word mid-way.
"""

from __future__ import annotations

import re

SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "via",
        "vs",
    ]
)
"""Words a headline in title case leaves in small letters."""
SENTENCE_FIRST = frozenset(
    [
        "The",
        "A",
        "An",
        "Some",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "You",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "Many",
        "There",
    ]
)
"""Sentence openers (`related_teaser.OPENERS`) that end a headline in title case too: its
articles are in small letters, and a determiner or pronoun there opens a sentence far more
often ("... Map The Chemical Weapons Convention", "... Orders Many others are afraid")."""


def inside_title_case(words: list[re.Match[str]], position: int) -> bool:
    """Whether the opener at ``position`` may stand inside a headline in title case so far
    (three capitalised words or more, or numbers, and small ones only): any but an article or
    a pronoun ("Rally After Police Detain Group")."""
    if words[position].group().strip("\"'“‘(") in SENTENCE_FIRST:
        return False
    tokens = [word.group().strip("\"'“‘(") for word in words[:position]]
    capitals = sum(token[:1].isupper() or token[:1].isdigit() for token in tokens)
    return capitals >= 3 and all(
        token[:1].isupper() or token[:1].isdigit() or token in SMALL for token in tokens
    )
