"""Whether what stands where a speaker's name goes names someone: not "Police" or "Family"
opening a sentence, not a people ("French"), a lone place only next to its verb.

Moved out of `index.analysis.attribution` (mx42).
"""

from __future__ import annotations

import re

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.moodwords import ly_adverb
from index.analysis.namebook import NameBook
from index.analysis.names import Token, tokens
from index.analysis.nametidy import place
from index.analysis.phrases import NounPhrase
from index.analysis.speakercoordinated import past_time
from index.analysis.speechverbs import AUXILIARIES, GROUP_NOUNS, ORG_WORDS, SPEECH_VERBS

_EVENT_AFTER = re.compile(r"[ \t]+(?:visit|trip|tour|stop|stay|talks|meeting|summit)\b")
"""A visit's noun after a possessor's lone capitalised word: the word is where it was."""


def named(phrase: NounPhrase, book: NameBook, rule: str, start: int, end: int) -> bool:
    """False for what only looks like a name: "Police" or "Family" opening a sentence."""
    assert phrase.name is not None
    parts = phrase.name.split()
    if phrase.organisation and all(w.lower().rstrip(".") in ORG_WORDS for w in parts):
        return False  # "Police", "the Government": a body, but which one?
    if all(is_demonym(w.lower()) for w in parts):
        return False  # "said former French premier ...": a people, no one's name
    if len(parts) == 1 and parts[0].lower() in GROUP_NOUNS:
        return False  # "Experts said" opening a sentence: people, but not named
    if len(parts) == 1 and rule == "indirect" and place(parts[0]):
        return False  # "... and Moscow should act, the expert went on to say. '...'"
    if len(parts) == 1 and (phrase.description or "").endswith(("'s", "’s")):
        at = book.text.find(phrase.name, phrase.start)
        if at >= 0 and _EVENT_AFTER.match(book.text, at + len(phrase.name)):
            return False  # "Tillerson's Beijing visit followed his remarks": a place (qp49)
    if len(parts) > 1 or phrase.name.isupper() or phrase.organisation or phrase.description:
        return True
    gap = end - phrase.end - verb_gap(tokens(book.text, phrase.end, end))  # "repeatedly" (qp50)
    next_to_verb = (rule in ("after", "before") and gap <= 16) or (
        rule == "inverted" and phrase.start - start <= 16
    )  # "Smith said", "said Smith"
    return (
        next_to_verb
        or first_name_gender(phrase.name) is not None
        or book.occurrences(phrase.name) >= 2
        or book.full_name(phrase.name, 0) != phrase.name
    )


def verb_gap(toks: list[Token]) -> int:
    """How many characters the words that only qualify a verb take before it, up to the
    word after them ("on Monday repeatedly said": up to "said"); 0 without them. They are
    time phrases ("on Monday", sp45), auxiliaries ("has", "also") and adverbs in -ly: qp50
    (nu70 #1), "Biden repeatedly said" stands next to its verb as "Biden later said" does."""
    k = 0
    while k < len(toks):
        after = past_time(toks, k)
        if after > k:
            k = after
        elif _qualifies(toks[k]):
            k += 1
        else:
            break
    return toks[k].start - toks[0].start if 0 < k < len(toks) else 0


def _qualifies(tok: Token) -> bool:
    """True for a lower-case auxiliary or adverb ("has", "later", "repeatedly"), no verb
    of speech ("told" is both)."""
    return (
        not tok.capital and tok.norm in AUXILIARIES and tok.norm not in SPEECH_VERBS
    ) or ly_adverb(tok)
