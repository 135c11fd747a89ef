"""Whether what stands where a speaker's name goes names someone: not "Police" or "Family"
opening a sentence, not a people ("French"), a lone place only next to its verb.

Moved out of `index.analysis.attribution` (mx42).
"""

from __future__ import annotations

import re

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.namebook import NameBook
from index.analysis.names import tokens
from index.analysis.nametidy import place
from index.analysis.phrases import NounPhrase
from index.analysis.speakercoordinated import time_gap
from index.analysis.speechverbs import GROUP_NOUNS, ORG_WORDS

_EVENT_AFTER = re.compile(r"[ \t]+(?:visit|trip|tour|stop|stay|talks|meeting|summit)\b")
"""A visit's noun after a possessor's lone capitalised word: the word is where it was."""


def named(phrase: NounPhrase, book: NameBook, rule: str, start: int, end: int) -> bool:
    """False for what only looks like a name: "Police" or "Family" opening a sentence."""
    assert phrase.name is not None
    parts = phrase.name.split()
    if phrase.organisation and all(w.lower().rstrip(".") in ORG_WORDS for w in parts):
        return False  # "Police", "the Government": a body, but which one?
    if all(is_demonym(w.lower()) for w in parts):
        return False  # "said former French premier ...": a people, no one's name
    if len(parts) == 1 and parts[0].lower() in GROUP_NOUNS:
        return False  # "Experts said" opening a sentence: people, but not named
    if len(parts) == 1 and rule == "indirect" and place(parts[0]):
        return False  # "... and Moscow should act, the expert went on to say. '...'"
    if len(parts) == 1 and (phrase.description or "").endswith(("'s", "’s")):
        at = book.text.find(phrase.name, phrase.start)
        if at >= 0 and _EVENT_AFTER.match(book.text, at + len(phrase.name)):
            return False  # "Tillerson's Beijing visit followed his remarks": a place (qp49)
    if len(parts) > 1 or phrase.name.isupper() or phrase.organisation or phrase.description:
        return True
    gap = end - phrase.end - time_gap(tokens(book.text, phrase.end, end))  # "on Monday" (sp45)
    next_to_verb = (rule in ("after", "before") and gap <= 16) or (
        rule == "inverted" and phrase.start - start <= 16
    )  # "Smith said", "said Smith"
    return (
        next_to_verb
        or first_name_gender(phrase.name) is not None
        or book.occurrences(phrase.name) >= 2
        or book.full_name(phrase.name, 0) != phrase.name
    )
