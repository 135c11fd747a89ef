"""Where a speaker found for one quote must not be carried to another: a related-article
teaser between a pronoun and the name it would point to, a new person named between two
quotes, "it" after an unnamed paper spoke; an outlet that reported a quote someone named before it
said."""

from __future__ import annotations

import re

from index.analysis.namebook import NameBook
from index.analysis.names import tokens
from index.analysis.phrases import NounPhrase
from index.analysis.quotemarks import QuotedSpan
from index.analysis.speakerpapers import paper_noun
from index.analysis.speechverbs import KIN, SPEECH_VERBS

__all__ = [
    "closes_sentence",
    "ends_run",
    "new_person_near",
    "relays",
    "resumed",
    "someone_new",
    "still_after",
    "teaser_between",
    "unnamed_paper",
]

_TEASER_DATE = re.compile(r"\(\d{2}\.\d{2}\.\d{4}\)")
"""The date that closes a related article's teaser ("... reports from Tokyo. (01.09.2016)"):
the names in it are another article's, not who "he" of the text after it is."""
_SENTENCE_AFTER = 200
"""How far after a quote the rest of its sentence is read for a person it names."""
_STOP = re.compile(r"[.!?…][\"”’)]*\s")


def teaser_between(text: str, start: int, end: int) -> bool:
    """True when a teaser's date stands in ``text[start:end]``."""
    return _TEASER_DATE.search(text, start, end) is not None


def new_person_near(
    book: NameBook, start: int, end: int, stop: int, speaker: str, closed: bool
) -> bool:
    """True when a person other than ``speaker`` is named outside quotes between the quote
    before (ending at ``start``) and this one (``end`` to ``stop``, the rest of its
    sentence): '"...," says al-Asadi. ... "...," remembers Sayeed Ali Murad': not al-Asadi's."""
    text = book.text
    stop_at = _STOP.search(text, end, min(stop, end + _SENTENCE_AFTER))
    if closed:
        stop, stop_at = end, None  # the quote ends its sentence: no words of it after
    known = set(speaker.lower().split())
    for mention in book.between(start, stop_at.start() if stop_at else min(stop, end)):
        if mention.organisation or not mention.person or not mention.name:
            continue
        if mention.start < end and not mention.speaker:
            continue  # before the quote: only a new subject ("Sayeed Ali stays") speaks
        if not known & set(mention.name.lower().split()):
            return True
    return False


def unnamed_paper(speaker: str | None, description: str | None) -> bool:
    """True when the quote before was given to a paper that names no issuer ("the report
    said"): the "it" of the next quote is that paper, not the last body named."""
    return speaker is None and description is not None and paper_noun(description) is not None


def closes_sentence(text: str, span: QuotedSpan) -> bool:
    """True when a quote's own words end its sentence ('"... excited."')."""
    return text[span.start : span.inner_end].rstrip()[-1:] in (".", "!", "?", "…")


_REPORTED = re.compile(r"\breport(?:ed|s)\W*$")
_OUTLET = re.compile(r"\b(?:news agency|state media|newspaper|broadcaster|news channel)\b", re.I)
"""An outlet's noun in the phrase of an attribution after a quote ("state news agency KCNA
said"): an outlet passes on what someone said, as "reported" tells."""
_OWN_CLAUSE = re.compile(r"\s+that\b|\s*:\s*[\"“]")
"""What a speech verb opens when its words follow it ("Schiff said that ...", "Schiff
said: '...'"): a clause or a quote of its own."""


def still_after(
    text: str, found: tuple[NounPhrase, str, int, int] | None
) -> tuple[NounPhrase, str, int, int] | None:
    """``found``, unless it is an attribution after a quote whose verb opens a clause or a
    quote of its own ('"...." Responding to Collins, Schiff said that "..."'): then the
    quote is not that speaker's, and None."""
    if found is not None and found[1] == "after" and _OWN_CLAUSE.match(text, found[3]):
        return None
    return found


def relays(text: str, found: tuple[NounPhrase, str, int, int] | None) -> bool:
    """True when the attribution after a quote names who relayed it, not who spoke
    ('Kim said the world would "...," KCNA reported'; '..., state news agency KCNA said'),
    or belongs to the words after it
    ('"... bottom of this." Responding to Collins, Schiff said that "..."': his verb opens
    its own clause): the speaker named before the quote in its sentence, if any, said the
    words."""
    if found is None or found[1] != "after":
        return False
    if still_after(text, found) is None:
        return True
    if found[0].pronoun is not None:
        return False
    return bool(
        _REPORTED.search(text, found[2], found[3]) or _OUTLET.search(found[0].description or "")
    )


def someone_new(description: str | None) -> bool:
    """True for a role that brings in someone unnamed ("a spokesman for Acme", "one aide")."""
    first = (description or "").split()[:1]
    return bool(first) and first[0].lower() in ("a", "an", "one", "another")


def ends_run(phrase: NounPhrase, speaker: str | None, description: str | None) -> bool:
    """True when a quote given to ``phrase`` (resolved to ``speaker``) ends the run of
    quotes before it, so that the next unattributed quote is not the earlier speaker's: it
    went to someone unnamed ("one onlooker said", "the report said", a "he" that no name
    fits, a relative: "the father said"). Not "the minister said" (mostly the speaker
    before), nor a name that names two people ("Partida said", of two Partidas)."""
    if speaker or phrase.name is not None:
        return False
    if phrase.pronoun is not None:  # an unresolved "she" is mostly the woman named before
        return phrase.pronoun != "she"  # (`of_unknown_gender` holds back on her gender)
    return someone_new(description) or bool(paper_noun(description)) or _kin(description)


def _kin(description: str | None) -> bool:
    """True for a relative ("the father, who is not being named"): someone's father, never
    the person quoted before him (sp45: na-3050's attacker, then his father)."""
    low = (description or "").lower()
    clause = re.split(r"[,(]| who | of ", low, maxsplit=1)[0].split()
    if not clause or clause[-1].strip(".") not in KIN:
        return False
    return _COUNTED.search(low) is None  # "the 35-year-old father of four": the man himself


_COUNTED = re.compile(r"\b(?:father|mother|parents?) of (?:\d+|two|three|four|five|six|seven)\b")


_RESUME_GAP = 80
"""How many characters may stand between an inverted attribution's end and the quote that
goes on after it ("..., in a June interview, ")."""
_LEAD_MARKS = re.compile(r"[\s,\u2014\u2013-]*")


def resumed(text: str, prev: QuotedSpan, said: tuple[int, int], span: QuotedSpan) -> bool:
    """True when ``span`` goes on the sentence that ``prev`` broke off on a comma for its own
    attribution, ``said`` (its start and end): '"If you can say it here," promised the
    chief executive, Ann Lee, in an interview, "you can say it there."' (sp46, nu51 #4): the
    quote opens in lower case and only a short tail of the attribution (no verb, no
    sentence's end) stands before it."""
    start, end = said
    inner = text[prev.start : prev.inner_end].rstrip()
    if not inner.endswith(",") or not prev.end <= start < end <= span.start:
        return False
    if _LEAD_MARKS.fullmatch(text, prev.end, start) is None:
        return False  # the attribution right after the first quote's close
    tail = text[end : span.start]
    opening = text[span.start + 1 : span.start + 3].lstrip()
    return (
        len(tail) <= _RESUME_GAP
        and opening[:1].islower()
        and tail.rstrip()[-1:] in (",", "\u2014", ":")
        and "\n" not in tail
        and _STOP.search(tail) is None
        and not any(t.norm in SPEECH_VERBS and not t.capital for t in tokens(tail))
    )
