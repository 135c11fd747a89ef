"""Two runs of capitalised words glued into one organisation's name by "&", "and", "for", "on"
or "of (the)" ("Food and Drug Administration", "Centers for Disease Control and Prevention",
"Council on Foreign Relations", "Johnson & Johnson"), not a name beside another ("Trump and
White House aides"); and the words that take "of" inside a name ("Bank of England").
`entities` reads its runs with these."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from index.analysis.entitywords import CORE_TITLES, OF_HEADS, TITLE_MODIFIERS
from index.analysis.speechverbs import ORG_WORDS

if TYPE_CHECKING:
    from index.analysis.entities import Lexicon

GLUE = re.compile(r"[ \t]+(?:(?P<amp>&)|(?P<and>and)|(?:for|on|of)(?:[ \t]+the)?)[ \t]+")
"""What may glue two runs: "&", "and", "for", "on", "of", "for the", "on the", "of the"."""
ORG_GLUE = frozenset(("for", "on"))
"""Words after an organisation's word inside its name ("Centers for", "Council on")."""
NOUN_END = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ness|ship|ism|ics|ure)$")
"""A common noun's ending ("Prevention", "Development", "Security")."""


def org_word(word: str) -> bool:
    """True for a word of an organisation's name ("Council", "Centers", "Office")."""
    low = word.lower().rstrip(".,")
    return low in ORG_WORDS or low.rstrip("s") in ORG_WORDS or low in OF_HEADS


def glues(left: str, right: str, glue: re.Match[str], lexicon: Lexicon) -> bool:
    """True when the runs ``left`` and ``right``, with `GLUE`'s ``glue`` between them, make
    one organisation's name."""
    if glue.group("amp"):
        return True  # "Johnson & Johnson", "USA Track & Field"
    left_words, right_words = left.split(), right.split()
    if not glue.group("and"):
        return org_word(left_words[-1])  # "Centers for", "Council on", "Office of the"
    caps = [w[0].lower() for w in left_words + right_words if w[0].isupper()]
    acronym = any("".join(caps[k:]) in lexicon.mid_caps for k in range(len(caps) - 1))
    if _last_of_org(left_words, right_words, lexicon):
        return True  # "Centers for Disease Control and Prevention"
    if left_words[-1].lower() not in lexicon.lower and not acronym:
        return False  # "Trump and White House aides": a name, then another; but "FDA"
    return org_word(right_words[-1]) or (
        any(org_word(w) for w in left_words)
        and all(w.lower() in lexicon.lower for w in right_words)
    )


def _last_of_org(left: list[str], right: list[str], lexicon: Lexicon) -> bool:
    """``right`` is the last word of an organisation's name that ``left`` began with an
    organisation's word and "for" or "on" ("Centers for Disease Control" and "Prevention"):
    a common noun, no person's name ("Council on Foreign Relations and Smith")."""
    glued = [k for k, w in enumerate(left) if w in ORG_GLUE and k > 0 and org_word(left[k - 1])]
    return (
        bool(glued)
        and len(right) == 1
        and (NOUN_END.search(right[0].lower()) is not None or right[0].lower() in lexicon.lower)
    )


def heads_of(word: str) -> bool:
    """True for a word that takes "of" inside a name ("Bank", "Secretary", "Houses")."""
    low = word.lower().rstrip(".")
    return (
        low in ORG_WORDS
        or low.rstrip("s") in ORG_WORDS
        or low in CORE_TITLES
        or low in TITLE_MODIFIERS
        or low in OF_HEADS
    )
