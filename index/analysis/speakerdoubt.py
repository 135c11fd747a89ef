"""When a resolved "he" or "she" is too much of a guess to give: abstaining, not guessing.

Right is counted over the speakers given, so a speaker found on a weak path costs more
than it brings. On the tuning splits (round 15), a pronoun resolved to a person last
named 500 or more characters before it, with four or more other people named since, was
the right person once in 6, against 95% for the pronoun path as a whole: such a pronoun
(and the quotes that continue it) gives no speaker. Looser limits catch a few more wrong
ones but cost more of the speakers given than the 75% floor of issue 18 allows (three
people since: right 4 times in 10 on tuning, and 0.5 point of the corpora's quotes lose
their speaker, not 0.3; two: 0.8 point).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.namebook import Mention, NameBook
from index.analysis.persons import placelike

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

FAR = 500
"""How far back (characters) the name a pronoun resolved to may stand before others
named since make it a guess."""
CROWD = 4
"""How many other people named between the name and the pronoun make it a guess."""


def guessed(book: NameBook, mention: Mention, offset: int) -> bool:
    """True when the pronoun at ``offset`` resolved to ``mention`` is a guess: the text
    last writes the name's surname `FAR` or more characters back, with `CROWD` or more
    other people (by surname) named since ("Ann Reyes said ... Berg ... Cole ... Diaz
    ... Ford ... she said")."""
    if offset - mention.start < FAR or not mention.name:
        return False
    # where the text last writes the surname: "Taylor sees it differently" after "Leanna
    # Taylor ... said" is the name said last, though not as a speaker
    last = book.text.rfind(mention.name.split()[-1], mention.start, offset)
    if offset - last < FAR:
        return False
    own = mention.name.split()[-1].lower()
    others = {
        m.name.split()[-1].lower()
        for m in book.between(last + 1, offset)
        if m.name and not m.organisation and not placelike(book, m, offset)  # "in New York"
    }
    others.discard(own)
    return len(others) >= CROWD


def acronym(name: str) -> bool:
    """True for a name that is one word in capitals ("HSE", "IPSOS"): a body's short
    name. On the five splits measured in round 15 and read in round 16, "he", "she" or "it"
    resolved to one was never the labelled speaker (0 of 7; 2 of 2 on the older tuning
    splits): such a quote and those that continue it give no speaker."""
    return " " not in name and len(name) >= 2 and name.isupper()


GUESS = "guessed"
"""The rule `attribute` works with for a pronoun `guessed` resolved and the quotes that
continue it: it reads on as the name (the pronouns after it resolve as before), and
`unsure` gives it out as unresolved."""


def unsure(found: Attribution | None) -> Attribution | None:
    """``found`` as it is given out: a guessed speaker as none ("unresolved")."""
    if found is None or found.rule != GUESS:
        return found
    return replace(found, speaker=None, description=None, rule="unresolved")
