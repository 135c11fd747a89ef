"""When a resolved "he" or "she" is too much of a guess to give: abstaining, not guessing.

Right is counted over the speakers given, so a speaker found on a weak path costs more
than it brings. On the tuning splits (round 15), a pronoun resolved to a name said 500 or
more characters before it, with three or more other people named in between, was the
right person 6 times in 10, against 95% for the pronoun path as a whole: such a pronoun
(and the quotes that continue it) gives no speaker. Two people in between would catch
more wrong ones (7 in 18) but cost more of the speakers given than the 75% floor allows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.namebook import Mention, NameBook

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

FAR = 500
"""How far back (characters) the name a pronoun resolved to may stand before others
named since make it a guess."""
CROWD = 3
"""How many other people named between the name and the pronoun make it a guess."""


def guessed(book: NameBook, mention: Mention, offset: int) -> bool:
    """True when the pronoun at ``offset`` resolved to ``mention`` is a guess: the name
    stands `FAR` or more characters back, with `CROWD` or more other people (by surname)
    named between them ("Ann Reyes said ... Cole ... Diaz ... Ford ... she said")."""
    if offset - mention.start < FAR or not mention.name:
        return False
    own = mention.name.split()[-1].lower()
    others = {
        m.name.split()[-1].lower()
        for m in book.between(mention.start + 1, offset)
        if m.name and not m.organisation
    }
    others.discard(own)
    return len(others) >= CROWD


GUESS = "guessed"
"""The rule `attribute` works with for a pronoun `guessed` resolved and the quotes that
continue it: it reads on as the name (the pronouns after it resolve as before), and
`unsure` gives it out as unresolved."""


def unsure(found: Attribution | None) -> Attribution | None:
    """``found`` as it is given out: a guessed speaker as none ("unresolved")."""
    if found is None or found.rule != GUESS:
        return found
    return replace(found, speaker=None, description=None, rule="unresolved")
