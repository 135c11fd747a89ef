"""Who speaks through a verb whose own subject opened the clause (issue 18, nu34 #4).

"U.S. District Judge Robert Pitman granted the Biden administration's request ... and
denied the state's request ..., saying '...'": the verb after "and" has no subject of its
own; its subject is the clause's, the judge, not the last name before the verb. "Mr
Tillerson issued the Trump administration's starkest warning yet ..., saying": "warning"
is a noun there, the clause's subject (a name followed by a verb of its own) speaks. A name
used as a modifier ("the Biden administration's", "the Trump campaign") names no speaker.
"""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.phrases import NounPhrase, parse_phrase
from index.analysis.speechverbs import words

_LEADS = words("the a an his her their its")
"""Lower-case words that may open a clause's subject ("the judge")."""
_PAST = words(
    """gave made took sent wrote met held put set led won lost brought sought left began
    kept ran struck threw drew"""
)
"""Past tenses not ending in "-ed" (a verb of the subject's own after its name)."""
_SUBORDINATE = words(
    """after before when while because since as if that who whom which where although
    though until unless whether once whose"""
)
"""Words opening a clause with a subject of its own ("after Comey testified")."""


def coordinated_subject(part: list[Token], verb: int) -> NounPhrase | None:
    """The subject that opens the clause ``part`` when a past-tense verb of its own follows
    it before the speech verb at ``verb`` ("Pitman granted ... and denied", "Tillerson
    issued ... warning") and no clause of another subject stands between; None otherwise,
    or when the opening words name no one."""
    lead = 0
    while lead < verb and (part[lead].capital or part[lead].norm in _LEADS):
        lead += 1
    own = past_time(part, lead)  # sp44: "Moscow today rejected the claims, saying"
    if lead == 0 or own >= verb - 1 or not _past(part[own]):
        return None
    if any(t.norm in _SUBORDINATE or not t.text[:1].isalnum() for t in part[own + 1 : verb]):
        return None  # "Sessions recused himself after Comey testified": Comey's own verb
    phrase = parse_phrase(part[:lead], verb_after=True)
    if phrase is None or phrase.name is None:
        return None
    return phrase


_TIME_WORDS = words("today yesterday tonight morning afternoon evening night on late early")


def past_time(part: list[Token], at: int) -> int:
    """Where the words after a time phrase at ``at`` start ("today", "on Monday"): its
    verb stands after it, as in the sentence without it (sp44: a one-word place before
    "today rejected the claims" read "the" as its last word, so "claims" was next to it)."""
    k = at
    while k < len(part) and (part[k].norm in _TIME_WORDS or part[k].norm in _DAYS):
        if part[k].capital and part[k].norm not in _DAYS:
            break
        k += 1
    return k if any(part[i].norm not in ("on", "late", "early") for i in range(at, k)) else at


_DAYS = words("monday tuesday wednesday thursday friday saturday sunday")


def _past(tok: Token) -> bool:
    """True for a lower-case past tense ("granted", "issued", "gave")."""
    norm = tok.norm
    return not tok.capital and (norm in _PAST or (len(norm) > 4 and norm.endswith("ed")))
