"""Who "he said" or "she said" after a quote is when no name before it fits: the person
whose name opens the sentence the quote follows.

'Wibke Werner, deputy director of Berlin's tenants association, thinks ... . "...," she
told DW.' `NameBook.last_before` wants a name something marks as a person's and, for
"she", a woman's: "Wibke" is no first name it knows and "thinks" no speech verb, so the
quote went to no one. A sentence that opens on a person's name (after a role at most:
"London Mayor Sadiq Khan", "Independent crossbencher Lord Pannick") is about that person,
and a pronoun in the next sentence goes back to its subject: English, not a list of names.
Only a fallback, when the nearest-name reading gives no one. Round 19 on the tuning
splits: 3 quotes more given, all right (Wibke Werner, Noor Zafar, Camille Mackler). The
same reading preferred over the nearest name whenever the two differ (the subject over
the last name) made 3 more right and 3 right ones wrong: not adopted.
"""

from __future__ import annotations

import re

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import FEMALE, MALE, first_name_gender, title_gender
from index.analysis.namebook import NameBook
from index.analysis.namerun import sentence_ends
from index.analysis.placefirst import thing_word
from index.analysis.speechverbs import PLACE_NAMES, TITLES, words

_READ = 400
"""How far before a quote the sentence it follows is looked for."""
_WORD = re.compile(r"[\w'’.\-]+|,|\S")
"""A sentence's words and its commas (other marks one token each)."""
_LEAD_WORDS = 9
"""How many words into its sentence a subject's name may start ("Independent crossbencher
Lord Pannick", "The novelist Stephen King")."""
_NOT_ROLE = words(
    """in at from near on of for to by with about after before since during under over
    as when while if because although though but and or so yet then it this that these
    those there here he she they we i you his her their its our my your"""
)
"""Words whose presence before the name makes it no sentence's subject ("In Eang Sok
Nath's factory", "As Smith put it", "But Smith") or a pronoun the subject."""
_ARTICLES = words("the a an")
_MARKS = '"“”„«»'
_HONORIFICS = words("mr mrs ms miss dr sir lord lady dame gen sen rep prof")


def subject_before(book: NameBook, quote_start: int, gender: str) -> str | None:
    """The full name of the person who opens the sentence before ``quote_start`` (the
    quote's own sentence when the quote stands inside one), when that name may be a
    person of ``gender`` ("m" or "f"); else None."""
    text = book.text
    lo = max(0, quote_start - _READ)
    starts = [lo + s for s in sentence_ends(text[lo:quote_start])]
    if lo == 0 or text[lo - 1] == "\n":
        starts.insert(0, lo)  # the stretch read opens the text or a paragraph
    head = text[lo:quote_start].rstrip(" \t\"“‘'")
    if not head:
        return None
    if head[-1] in ".!?\n" or head.endswith((".”", '."', "!”", "?”")):
        starts = [s for s in starts if s < lo + len(head) - 1]  # the quote opens its own
    if not starts:
        return None  # the sentence began before the stretch read: its subject is unknown
    opening = starts[-1]
    if sum(text.count(mark, opening, quote_start) for mark in _MARKS) % 2:
        return None  # the sentence opens inside a quote, or a quote runs on into it
    toks = [m[0] for m in _WORD.finditer(text, opening, min(quote_start, opening + 200))]
    k = 0
    while k < min(len(toks), _LEAD_WORDS):
        if toks[k].lower().rstrip(".") in _NOT_ROLE or not toks[k][0].isalnum():
            return None  # "In ...", "But ...", "He ...", a comma: no named subject
        if not toks[k][0].isupper():
            k += 1
            continue
        run = k
        while k < len(toks) and toks[k][0].isupper():
            k += 1
        after = toks[k] if k < len(toks) else ""
        if after != "," and not (after[:1].islower() and after.lower() not in ("of", "and")):
            continue  # "Department of ...", "Smith's", "Smith and Jones"
        if k - run == 1 and toks[run].lower() in _ARTICLES:
            continue  # "The novelist Stephen King", "A visibly upset Fillon"
        if toks[run].lower() in _ARTICLES or (run > 0 and toks[run - 1].lower() in _ARTICLES):
            return None  # "the Indus river", "a Bear Stearns officer": a thing's name
        apposed = after == "," and k + 1 < len(toks) and toks[k + 1][:1].islower()
        name = _person(book, toks[run:k], quote_start, gender, apposed)
        if name is not None or k - run > 1:
            return name
    return None


def _person(book: NameBook, run: list[str], offset: int, gender: str, apposed: bool) -> str | None:
    """The full name of the person ``run`` names, titles before it left out, when it may
    be a person of ``gender`` and something says it is a person's name (a first name, a
    title, a full name written before, an apposition after it: ``apposed``); None for a
    body, a place, a people or a party ("North Korean", "Connecticut Democrat")."""
    lead = list(run)
    while lead and (lead[0].lower().rstrip(".") in _HONORIFICS or lead[0].lower() in TITLES):
        lead = lead[1:]  # "Gen. Thomas Waldhauser", "Mayor Sadiq Khan"
    titled = len(lead) < len(run)
    first = next((i for i, w in enumerate(lead[:-1]) if _first_name(w)), 0)
    lead = lead[first:]  # "Rocker Alice Cooper", "London Mayor Sadiq Khan"
    if not lead or any(_not_a_name(w) for w in lead):
        return None
    genders = [title_gender(w.rstrip(".")) for w in run[: len(run) - len(lead)]]
    honorific = next((g for g in genders if g is not None), None)
    name = book.full_name(" ".join(lead), offset)
    parts = name.split()
    if not (titled or _first_name(parts[0]) or (apposed and len(parts) > 1)):
        return None  # "Gabriel" alone, "Indus said": nothing says a person
    # the first name tells, not the book's surname gender: "Werner doubts" read "Werner"
    # as a man's first name for "Wibke Werner"
    said = honorific or (first_name_gender(parts[0]) if len(parts) > 1 else None)
    if said in (MALE, FEMALE) and said != gender:
        return None
    if gender == FEMALE and said is None and not apposed:
        return None  # "she" needs a woman, or a role told of her: not "President Kiir Mayardit"
    return name


def _first_name(word: str) -> bool:
    return first_name_gender(word) is not None and word.lower() not in PLACE_NAMES


def _not_a_name(word: str) -> bool:
    """True for a word no person's name holds: a body's, a place's, a people's or a
    party's ("Ministry", "Nashville", "Korean", "Democrat"), or a possessive."""
    low = word.lower().rstrip(".")
    return thing_word(low) or is_demonym(low) or word.endswith(("'s", "’s"))
