"""A place named after a speaker's name or role, before the verb: "a protester in
Washington, DC, said", "Smith, of Austin, Texas, said". The state or province after the
comma is where the place is, never who spoke."""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.speechverbs import PLACE_NAMES, words
from index.text.places import REGIONS as REGIONS  # moved down (sm24): the byline reads it

_PLACE_PREPOSITIONS = words("in of from at near outside")


def without_place_tail(parts: list[list[Token]]) -> list[list[Token]]:
    """``parts`` (a phrase's comma-separated parts, the verb after them) without a trailing
    "in CITY, REGION" ("a protester in Washington, DC" -> "a protester"; "Smith, of
    Austin, Texas" -> "Smith"); the parts as given when the last one is not a region."""
    if len(parts) < 2 or not _region(parts[-1]):
        return parts
    rest = parts[:-1]
    if len(rest) >= 3 and 1 <= len(rest[-1]) <= 3 and all(_named(t) for t in rest[-1]):
        rest = rest[:-1]  # "a lawyer at the Centre for X, Austin, Texas": the city too
    before = rest[-1]
    at = max((k for k, t in enumerate(before) if t.text in _PLACE_PREPOSITIONS), default=-1)
    if at >= 0 and before[at].text == "of" and before[at - 1 : at] and _named(before[at - 1]):
        at = max((k for k in range(at) if before[k].text in _PLACE_PREPOSITIONS), default=at)
    place = before[at + 1 :]
    if place[:1] and place[0].text == "the":  # "at the Centre for Constitutional Rights"
        place = place[1:]
    if at < 0 or not place or not all(_named(t) or t.text in _INSIDE for t in place[1:-1]):
        return parts  # "Amal Clooney, a lawyer in London": no preposition and city before
    if not (_named(place[0]) and _named(place[-1])):
        return parts
    head = before[:at]
    return [*rest[:-1], head] if head else rest[:-1]


_INSIDE = words("of for and")


def _named(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _region(part: list[Token]) -> bool:
    """True for "DC", "D.C.", "N.J.", "Texas", "New South Wales": a place's region."""
    if not 1 <= len(part) <= 3 or not all(t.text[:1].isupper() for t in part):
        return False
    last = part[-1].text
    low = last.lower().rstrip(".")
    return (
        low in REGIONS
        or low in PLACE_NAMES
        or (len(part) == 1 and last.isupper() and len(last) == 2)  # "DC", "NY"
        or (len(part) == 1 and last.count(".") >= 2 and len(last) <= 6)  # "D.C.", "N.J."
    )


_PEERS = words("lord baroness viscount viscountess earl baron lady")


def without_seat(toks: list[Token]) -> list[Token]:
    """``toks`` without the seat of a peer's title ("Lord Lawson of Blaby" -> "Lord
    Lawson"): the place after "of" names where the title is from, not the person."""
    span = _seat([t.text for t in toks])
    return toks if span is None else [*toks[: span[0]], *toks[span[1] :]]


def seatless(run: list[str]) -> list[str]:
    """The words of a name run without a peer's seat, as `without_seat`."""
    span = _seat(run)
    return run if span is None else [*run[: span[0]], *run[span[1] :]]


def _seat(texts: list[str]) -> tuple[int, int] | None:
    """Where "of Blaby" stands after "Lord Lawson" (start, end), or None."""
    for k in range(len(texts) - 3):
        if (
            texts[k].lower() in _PEERS
            and texts[k][:1].isupper()
            and texts[k + 1][:1].isupper()
            and texts[k + 2] == "of"
            and texts[k + 3][:1].isupper()
        ):
            end = k + 4
            while end < len(texts) and texts[end][:1].isupper():
                end += 1  # "of Kentish Town"
            return k + 2, end
    return None


_PARTIES = frozenset(["D", "R", "I", "D.", "R.", "I."])
"""A party's letter as it opens a legislator's parenthesis ("(D., Hawaii)", "(R, Texas)")."""
_PARTY_GLUE = frozenset([",", "-", "–", "."])


def without_party(toks: list[Token]) -> list[Token]:
    """``toks`` without a party and a place in parentheses after a name ("Sen. Brian Schatz
    (D., Hawaii)" -> "Sen. Brian Schatz"): the place is the legislator's state, no one who
    spoke. "(D-Hawaii)", one word, is read as an affiliation already."""
    for k in range(len(toks) - 3):
        if toks[k].text != "(" or toks[k + 1].text not in _PARTIES:
            continue
        close = next((j for j in range(k + 2, min(k + 8, len(toks))) if toks[j].text == ")"), 0)
        inside = toks[k + 2 : close]
        if (
            close
            and any(_named(t) for t in inside)
            and all(_named(t) or t.text in _PARTY_GLUE for t in inside)
        ):
            return [*toks[:k], *without_party(toks[close + 1 :])]
    return toks
