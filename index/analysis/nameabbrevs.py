"""Abbreviations beside a name the comparison should not list as names (fx110, nu49 #5).

The name finder keeps a title's abbreviation it does not know as a name of its own ("Ret."
of "Ret. Lt. Gen. Robert Harward"; "Education Sec." of "Education Sec. Betsy DeVos") and a
state's postal code after a place ("Oroville, CA"). Like `index.analysis.namefragments`,
these checks only tidy what a comparison reports, so the stored rules are untouched.
"""

from __future__ import annotations

import re

from index.analysis.entities import NameMention
from index.analysis.speechverbs import words

TITLE_ABBREVIATIONS = words(
    "ret sec secy atty supt insp cmdr cdr maj brig pvt cpl amb pres asst dep"
)
"""Titles shortened with a full stop that the name finder does not know ("Ret.", "Sec.")."""
STATE_CODES = words(
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh "
    "nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc"
)
"""The US states' postal codes, written after a place ("Oroville, CA")."""
_NAME_AFTER = re.compile(r"\.[ \t]+[A-Z]")
_PLACE_BEFORE = re.compile(r"[A-Z][\w'’-]*,[ \t]+$")
_CODE_END = re.compile(r"(?![\w'’-])(?![ \t]+[A-Z])")


def title_abbreviation(text: str, mention: NameMention) -> bool:
    """True for a name whose last word is a title's abbreviation and a full stop and a
    capital follow it: the title of the name after it ("Ret. Lt. Gen. Robert Harward")."""
    last = mention.text.split()[-1]
    return last.lower() in TITLE_ABBREVIATIONS and _NAME_AFTER.match(text, mention.end) is not None


def state_code(text: str, mention: NameMention) -> bool:
    """True for a state's postal code in capitals after a place and a comma, with no
    capitalised word going on ("Oroville, CA", not "CA Technologies")."""
    word = mention.text
    return (
        word.isupper()
        and word.lower() in STATE_CODES
        and _PLACE_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
        and _CODE_END.match(text, mention.end) is not None
    )
