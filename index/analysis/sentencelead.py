"""Where a sentence's subject stands: a name with only capitals and titles before it.

Only capitalised words, titles and determiners come before the subject in its sentence
("But former Prime Minister ..."), or a subordinate clause that opens the sentence closes
before it ("Before Kelly spoke, Tillerson ...")."""

from __future__ import annotations

import re

from index.analysis.namecues import opens_on_participle
from index.analysis.speechverbs import PERSON_NOUNS, TITLES, words

_SUBJECT_LEAD = words(
    """the a an his her their its former late but and so also then however meanwhile of
    on in at last this that week earlier later"""
)
"""Words that may stand before a sentence's subject ("But former Prime Minister ...")."""


def leads(text: str, opening: int, start: int) -> bool:
    """True when only capitalised words, titles and determiners stand before ``start``
    in its sentence, after the last comma ("At his press conference, McCulloch ...")."""
    comma = text.rfind(",", opening, start)
    for found in _LEAD_WORD.finditer(text, opening if comma < 0 else comma + 1, start):
        word = found[0]
        if not word[0].isupper() and word not in _SUBJECT_LEAD and word not in _BEFORE_NAME:
            return False
        if comma < 0 and opens_on_participle(text, found, opening):
            return False  # "Speaking with Luis Videgaray, he ...": the name is no subject
    return True


_LEAD_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_BEFORE_NAME = TITLES | PERSON_NOUNS  # "College teacher Xu Han creates ...": the subject


_CLAUSE_OPENS = re.compile(
    r"\s*(?:Before|After|When|While|As|Although|Though|Since|Until|Once|If|Because|Whereas)\s"
)
"""A subordinate clause that opens a sentence ("Before Kelly spoke, ...")."""


def after_clause(text: str, opening: int, start: int) -> bool:
    """True when the sentence at ``opening`` opens on a subordinate clause that a comma
    before ``start`` closes: a name after it is the main clause's subject."""
    return _CLAUSE_OPENS.match(text, opening) is not None and "," in text[opening:start]
