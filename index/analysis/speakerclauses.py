"""Clauses around a speech verb that say whose it is: a sentence's opening "As X tried to
speak," clause (its subject is not the main clause's speaker) and a "who is heard saying"
clause (its subject speaks, named or not). sp41, issue 18 (nu47 #1, #2). A relative clause
"at which X said" that a name opens, and a state after a county in the subject's phrase
(sp46, nu51 #3, #4)."""

from __future__ import annotations

from itertools import pairwise

from index.analysis.names import Token
from index.analysis.phrases import NounPhrase, parse_phrase
from index.analysis.speakerplaces import place_name
from index.analysis.speechverbs import AUXILIARIES, PRONOUNS, TITLES, words

__all__ = ["BE", "CLAUSE_OPENERS", "heard_subject", "main_clause", "place_tail", "relative_start"]

BE = words("was were is are been being be")
"""The forms of "be" before a passive ("is told", "was heard saying")."""

CLAUSE_OPENERS = frozenset(
    ["when", "after", "as", "while", "because", "since", "although", "though", "if", "once"]
)


def heard_subject(toks: list[Token], v: int) -> NounPhrase | None:
    """Who "is heard saying" (or seen, recorded): the words from the clause's start to the
    "is" ("a call in which a woman is heard saying:": "a woman", not the outlet the
    sentence names first; nu47 #2), read even when they name no one; else None."""
    if v < 3 or toks[v].norm != "saying" or toks[v - 1].norm not in _PERCEIVED:
        return None
    if toks[v - 2].norm not in BE or toks[v - 2].capital:
        return None
    end = v - 2
    while end > 0 and (toks[end - 1].norm in _MODALS or toks[end - 1].norm in AUXILIARIES):
        end -= 1  # "can be heard saying"
    at = end
    while (
        at > 0
        and toks[at - 1].text not in (",", ";", ":")
        and toks[at - 1].norm not in (_HEARD_CLAUSE)
    ):
        at -= 1
    return parse_phrase(toks[at:end], verb_after=True) if at < end else None


_PERCEIVED = words("heard seen recorded filmed")
_MODALS = words("can could may might will would should must")
_HEARD_CLAUSE = words("which where whom that who when")


def main_clause(toks: list[Token]) -> list[Token]:
    """The words after a clause that opens the sentence with "As", "When", ... and its comma
    ("As CNN's Kaitlan Collins tried to speak, Biden stuck up a finger and continued": the
    reporter is the clause's subject, Biden the sentence's; sp41, nu47 #1); else all."""
    if not toks or toks[0].norm not in CLAUSE_OPENERS or not toks[0].capital:
        return toks
    comma = next((c for c, t in enumerate(toks) if t.text == ","), None)
    return toks[comma + 1 :] if comma is not None and comma < len(toks) - 1 else toks


def relative_start(subject: list[Token], after: list[Token]) -> int:
    """Where a relative clause after "at which", "in which" ... starts when a name opens it
    and it runs on to the quote: "a news conference at which Attorney General Ann Lee said
    an inquiry had found ... '...'" (nu51 #4); 0 otherwise. Not "the speech, in which Lee
    praised X, was '...'" (a comma and a verb after the speech verb: the clause closed),
    nor "in which he called" (a pronoun: left to the rules before)."""
    if any(a.text == "," and b.norm in _CLOSING_VERBS for a, b in pairwise(after)):
        return 0
    for j in range(len(subject) - 2, 0, -1):
        if subject[j].norm in ("which", "whom") and subject[j - 1].norm in _WHERE_WHICH:
            named = subject[j + 1]
            person = named.capital or named.norm in _ROLES  # "state Attorney General"
            return j + 1 if person and named.norm not in PRONOUNS else 0
    return 0


_WHERE_WHICH = words("at in during on")
_ROLES = TITLES - words("his her their its the a an of for to and at in on with from")
"""Lower-case title words that may open a name ("state Attorney General Ann Lee")."""
"""Prepositions before "which" that open a relative clause with its own subject."""
_CLOSING_VERBS = BE | words("has had have will would could can did does do")
"""Verbs after a comma that close a relative clause: the sentence's own verb goes on."""


def place_tail(parts: list[list[Token]], k: int) -> bool:
    """True when the comma-separated stretch ``parts[k]`` is a place's name alone after a
    stretch that ends on capitals: the state of "Officials in Maricopa County, Arizona, are
    refusing ..., saying", a place in the subject's phrase, not its speaker (nu51 #3)."""
    part = parts[k]
    before = parts[k - 1] if k > 0 else []
    return (
        bool(before)
        and before[-1].capital
        and all(t.capital for t in part)
        and place_name(" ".join(t.text for t in part))
    )
