"""A name's gender from the pronoun that follows it: "Beyonce offered an epic performance,
exposing her round belly" tells that Beyonce is a woman, which no list of first names
does. "She said" then finds her, not the last woman whose first name the list knows."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from index.analysis.firstnames import FEMALE, MALE

if TYPE_CHECKING:
    from index.analysis.namebook import Mention

_PRONOUN = re.compile(
    r"\b(?:([Ss]he|[Hh]er|[Hh]ers|[Hh]erself)|([Hh]e|[Hh]im|[Hh]is|[Hh]imself)|"
    r"husband|wife|son|daughter|father|mother|brother|sister|boyfriend|girlfriend|"
    r"widow|widower|partner|colleague|friend|man|woman|boy|girl|"
    r"that|(says|said|say|believes|thinks)|told|tells|found)\b"
)
_OBJECT_NEXT = re.compile(
    r"[ \t]*(?:[^\w \t]|(?:to|and|if|that|the|a|an|in|on|for|with|as|about|at|from|by|or|"
    r"not|into|up|out|off|back|again|was|is|had|has|would|will|could|can)\b)"
)
_OWN_CLAUSE = re.compile(r"[ \t]+(?:that[ \t]+)?(?:([Ss]he)|[Hh]e)\b")
""""said she was": the pronoun right after its own speech verb is the speaker's."""
_RELATIVE = re.compile(r"\b(?:where|when|who|whom|whose|which|while)[ \t]+$")
""""Kentucky is where she grew up": a relative clause's pronoun is someone else's."""
_WINDOW = 200
"""How far after a name (characters) its pronoun may stand."""


def gendered(text: str, mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """``mentions`` (sorted by start), a sentence subject whose gender nothing told given
    the gender of the first "she"/"her" or "he"/"his" after it, when no other name, no
    relative ("her husband") and no quotation stands between them."""
    starts = [q[0] for q in quoted]
    out = list(mentions)
    for k, mention in enumerate(mentions):
        if mention.organisation or mention.gender is not None or not mention.speaker:
            continue
        if not mention.person or not mention.name or _not_a_name(text, mention):
            continue  # "West Germany ... his": a place, the pronoun someone else's
        last = mention.name.split()[-1]
        end = text.find(last, mention.start)
        if end < 0:
            continue
        end += len(last)
        stop = min(end + _WINDOW, mentions[k + 1].start if k + 1 < len(mentions) else len(text))
        q = bisect.bisect_right(starts, end)
        if q < len(quoted):
            stop = min(stop, quoted[q][0])  # a quotation's "he" may be anyone
        for found in _PRONOUN.finditer(text, end, stop):
            own = _OWN_CLAUSE.match(text, found.end()) if found.group(3) else None
            if own is not None:  # "McCarthy ... said she was twice turned down"
                out[k] = mention._replace(gender=FEMALE if own.group(1) else MALE)
            elif (found.group(1) or found.group(2)) and not _object(text, found):
                relative = _RELATIVE.search(text, max(0, found.start() - 8), found.start())
                if relative and " " not in mention.name:
                    break  # one word ("Kentucky") told no gender by a relative clause (fx68)
                gender = FEMALE if found.group(1) else MALE
                out[k] = mention._replace(gender=gender)
            break  # a relative ("her husband"), an object ("asked her") or a clause of what
            # was said ("Jaal says doctors found that she had"): someone else
    return out


def _object(text: str, found: re.Match[str]) -> bool:
    """True for "him", or "her" that is no owner's ("asked her to help", not "her belly"),
    or a capital "Her" ("Her Majesty"): a pronoun that may point at someone else."""
    word = found.group(0)
    if word in ("him", "Him") or word == "Her":
        return True
    return word == "her" and _OBJECT_NEXT.match(text, found.end()) is not None


_PRONOUN_WORDS = frozenset(["she", "he", "her", "his", "him", "it", "they", "we", "i"])


def _not_a_name(text: str, mention: Mention) -> bool:
    """True for a run that is no one's name: "Europe She" (a heading before "She
    agreed"), "@KellyannePolls" (a handle), "an American" (a nationality); or a name
    that shares its subject ("Mrs Blackman and Claire ... said she"): whose "she"?"""
    if any(w.lower() in _PRONOUN_WORDS for w in mention.name.split()):
        return True
    before = text[max(0, mention.start - 4) : mention.start].lower()
    return before.endswith(("@", " a ", " an ", "the ", "and ", " or "))
