"""A person known by one name the first-name list does not hold ("Hemlata, who goes by just
one name"): where a speech verb marks it ("Hemlata says"), its other places as a sentence's
subject ("Hemlata has started working part time") are hers too.

`NameBook` keeps a one-word name only when something there marks it as a person's: a
speech verb, a title, a known first name opening its sentence. An unlisted name is then
missing from the sentences where it is only the subject, and "she explains" after
"Hemlata has started working part time" went back past her to the last woman the list
knew (nu38 #2: a whole section of Hemlata's words given to Monika).

A speech verb goes with bodies and places too ("Apple said", "Commerce said", "Kentucky
says"): the name is taken for a person's only when a pronoun after one of its mentions
tells a gender (`pronoungender.gendered`: "Hemlata is angry that ... her husband's"), a
pronoun of a relative clause aside ("Kentucky is where she grew up": someone else's).
A place or body the name book lists ("Kentucky", "Reuters") is never such a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.mention import Mention
from index.analysis.speechverbs import ORG_WORDS
from index.analysis.wordscan import word_starts
from index.text.places import COUNTRY_NAMES, PLACE_NAMES, REGIONS

_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_KNOWN_AS = re.compile(r"\b(?:known|nicknamed|called|dubbed)(?:[ \t]+[a-z]+){0,2}[ \t]+as[ \t]+$")


_NO_PERSON = PLACE_NAMES | REGIONS | COUNTRY_NAMES | ORG_WORDS
"""Places and bodies' words: a speech verb beside one ("Kentucky says") makes no person."""


def _nickname(text: str, name: str) -> bool:
    """True when the article gives ``name`` as someone's nickname ("Ernesto Martinez, ...
    known affectionately as Pepis"): the full name is who speaks (the labels' name)."""
    return any(_KNOWN_AS.search(text, max(0, at - 40), at) for at in word_starts(text, name))


def subjects_alone(
    text: str,
    mentions: Sequence[Mention],
    quoted: Sequence[tuple[int, int]],
    boundaries: Sequence[int],
    spoke: Callable[[Mention], bool],
    leads: Callable[[str, int, int], bool],
) -> list[Mention]:
    """New mentions of the one-word person names of ``mentions`` that a speech verb goes
    with somewhere (``spoke``), no word of a longer name there: each other place the name
    stands outside the ``quoted`` spans, opens its sentence (``leads``, the sentence
    starting after the last of ``boundaries`` before it) and is followed by a lower-case
    word ("Hemlata is angry"), as its sentence's subject. Places already mentioned are
    left as they are."""
    names = {
        m.name
        for m in mentions
        if m.person and not m.organisation and m.name and " " not in m.name and spoke(m)
    }
    # a word of a longer name is that name's ("Spicer" of Sean Spicer, "Apple" of Apple
    # Computer Inc): `NameBook` finds it so already
    names -= {w for m in mentions if " " in m.name for w in m.name.split()}
    names -= {m.name for m in mentions if m.title}  # "King Fahd": "the King" finds him so
    names = {n for n in names if not _nickname(text, n)}
    names = {n for n in names if f"His {n}" not in text and f"Her {n}" not in text}  # Holiness
    names = {n for n in names if n.lower() not in _NO_PERSON}  # "Kentucky says", "Reuters said"
    if not names:
        return []
    taken = {m.start for m in mentions}
    opens = [q[0] for q in quoted]
    out = []
    for name in sorted(names):
        for at in word_starts(text, name):
            if at in taken or not _LOWER_NEXT.match(text, at + len(name)):
                continue
            q = bisect.bisect_right(opens, at) - 1
            if q >= 0 and quoted[q][1] > at:
                continue  # inside a quotation: words said, not who says them
            sentence = bisect.bisect_right(boundaries, at)
            opening = boundaries[sentence - 1] if sentence > 0 else 0
            if leads(text, opening, at):
                out.append(Mention(at, name, False, "", True, None, True))
    return out


def told_persons(mentions: Sequence[Mention], added: Sequence[Mention]) -> list[Mention]:
    """``mentions`` without those of ``added`` (`subjects_alone`'s) whose name no mention
    gives a gender ("Hemlata ... her husband" does; "Apple said" never)."""
    if not added:
        return list(mentions)
    told = {m.name for m in mentions if m.gender in (MALE, FEMALE)}
    dropped = {(m.start, m.name) for m in added if m.name not in told}
    return [m for m in mentions if (m.start, m.name) not in dropped]
