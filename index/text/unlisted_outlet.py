"""An outlet line the table does not know: a name between the headline and a date line or a
byline ("Valley Gazette", "The Sacramento Bee", "NHK": nu27 #5; it was left as the body's
first paragraph, the article without an outlet).

The line is told from what else sits there (a deck, a kicker or topic tag, an author's
bare name) by its shape: one to six words, each capitalised (or "of", "the", "&"...), no
sentence punctuation, no desk, section, banner or place; and one sign that it names an
organisation, which a person's name or a section's label does not give: a word of the
press ("Gazette", "Times", "News"), a leading "The", an acronym ("NHK", "PBS NewsHour") or
a brand's inner capital ("HuffPost", "MarketWatch"). A name with no such sign ("Axios",
"Al Jazeera", "Rich Lowry", "Middle East") is left as it was: a miss is better than a
columnist or a kicker taken for the outlet (bench/outlet_lines.py measures both).
"""

from __future__ import annotations

import re

from index.text.head_lines import dates_of
from index.text.metadata import NOT_PLACES, read_byline
from index.text.outletnames import SECTIONS, is_desk_label, is_section
from index.text.outlets import is_outlet_name
from index.text.places import is_place_name, words

_JOINERS = frozenset({"of", "the", "and", "&", "for", "on", "de", "du", "la", "le", "el"})
"""Lower-case words an outlet's name may hold ("Voice of America", "U.S. News & World")."""
_WORD = re.compile(r"^[A-Z][\w.'’&-]*$|^[&+]$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_CAMEL = re.compile(r"^(?!(?:Mac|Van|Von|Fitz|Del|Des|Der|Den|Ten|Ter)[A-Z])[A-Z][a-z]{2,}[A-Z]")
"""A brand's inner capital ("HuffPost", "MarketWatch", "TheBlaze"), not a surname's
("McLaughlin", "DeVos": one letter before it; "MacDonald", "VanDyke": a surname's prefix)."""
_LABEL_WORDS = SECTIONS | words(
    """news latest live updates update breaking watch now blog video videos photos pictures
    podcast exclusive special report analysis explainer factbox feature features interview
    review comment editorial opinion sport sports business health science tech technology
    entertainment lifestyle culture arts travel money markets economy climate environment
    education weather"""
)
"""Words of a section label or kicker ("World News", "Live Updates", "The Latest"): a name
of these alone is no outlet's."""


def outlet_under_headline(line: str, below: str) -> str | None:
    """The outlet named by a head line right under the headline, over ``below``, when the
    table does not know it: ``below`` must be a date line or a byline, ``line`` shaped as
    an outlet's name (`unlisted_outlet`)."""
    if not below or not (dates_of(below) or read_byline(below) is not None):
        return None
    return unlisted_outlet(line)


def unlisted_outlet(line: str) -> str | None:
    """The outlet a line names when it is shaped as an outlet's name (see the module), else
    None. Only for a line between a headline and a date line or byline (`index.text.head`)."""
    name = line.strip()
    parts = name.split()
    if not 1 <= len(parts) <= 6 or len(name) > 60 or name[-1] in ".!?:;,":
        return None
    if any(c in name for c in ',;:!?"“”()[]|/') or not all(
        _WORD.match(w) or w in _JOINERS for w in parts[1:]
    ):
        return None  # a sentence or a deck: a word in lower case, a comma
    if not _WORD.match(parts[0]) or parts[0] in "&+":
        return None
    bare = parts[1:] if parts[0] == "The" and len(parts) > 1 else parts
    plain = [w.lower().strip(".") for w in bare if w not in _JOINERS]
    if not plain or all(w in _LABEL_WORDS for w in plain) or is_desk_label(name):
        return None  # "World News", "The Latest", "Opinion"
    if is_section(" ".join(bare)) or is_place_name(" ".join(bare)):
        return None  # "US & Canada" is a section's; "New York", "Paris" a dateline's place
    if len(parts) > 1 and name.isupper():
        return None  # "WORLD NEWS", "U.S. POLITICS": a kicker in capitals
    if name.isupper() and (name in NOT_PLACES or name.lower() in _LABEL_WORDS):
        return None  # "EXCLUSIVE", "VIDEO"
    short = len(parts) <= 3  # "FDA Gives Pfizer-BioNTech Vaccine Full Approval": a deck
    signed = (
        (parts[0] == "The" and len(parts) <= 3)  # not "The Debt Ceiling Deception"
        or is_outlet_name(name)
        or (short and any(_acronym(w) or _CAMEL.match(w) for w in parts))
    )
    return name if signed else None


def _acronym(word: str) -> bool:
    """ "NHK", "PBS", "KQED": not a place or a section's ("US", "UK", "EU")."""
    return (
        _ACRONYM.match(word) is not None
        and word.lower() not in SECTIONS
        and word not in NOT_PLACES
        and word.lower() not in _LABEL_WORDS
        and word not in ("EU", "UN", "USA", "NATO", "UAE", "DC")
        and not is_place_name(word)
    )
