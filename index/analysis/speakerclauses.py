"""Clauses around a speech verb that say whose it is: a sentence's opening "As X tried to
speak," clause (its subject is not the main clause's speaker) and a "who is heard saying"
clause (its subject speaks, named or not). sp41, issue 18 (nu47 #1, #2)."""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.phrases import NounPhrase, parse_phrase
from index.analysis.speechverbs import AUXILIARIES, words

__all__ = ["BE", "CLAUSE_OPENERS", "heard_subject", "main_clause"]

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
