"""A quote after a colon that ends a clause whose subject is a person (sp45, issue 18: nu47's
"Trump began by thanking ...: "..."", "Garland addressed ...: "..."", "Harris had a message
for ...: "...""). No speech verb stands there, so the speaker patterns found no one; the
person the sentence opens on introduces the quote, as "Trump said:" would."""

from __future__ import annotations

from itertools import pairwise

from index.analysis.cueforms import opening_subject
from index.analysis.demonyms import is_demonym
from index.analysis.names import Token, ends_sentence, tokens
from index.analysis.nametidy import place
from index.analysis.quotemarks import QuotedSpan
from index.analysis.speakersubject import Found
from index.analysis.speechverbs import GROUP_NOUNS, ORG_WORDS, SPEECH_VERBS, words

_READ_BACK = 300
_LONGEST = 25
"""Words a clause before the colon may have: a longer one is no sentence introducing a quote."""
_MARKS = frozenset('"“”‘’«»')
_SUBORDINATE = words(
    """when after before if as while because since although though once until unless for
    with just in on at by from during"""
)
"""Words opening a clause whose subject is not the sentence's own ("When Judge X ruled")."""
_SIGNS = words("sign signs placard placards banner banners poster posters t-shirt slogan")
"""What a quote after is the text of, read by no one (sp43's `_SIGN_TEXT`)."""
_PRONOUNS = words("he she they we i it")
_ADVERBS = words("then also later again once still now first finally")
_PAST = words(
    """had has gave made took sent wrote met held put set led won lost brought sought left
    began kept ran struck threw drew told spoke gave came went saw got"""
)
"""Past tenses not ending in "-ed", and "had"/"has": a verb of the name's own."""


def colon_subject(text: str, span: QuotedSpan, lo: int) -> Found | None:
    """The person a sentence opens on, when its clause ends in a colon right before the
    quote (or closes the paragraph before a paragraph that is the quote), no earlier quote
    stands in that sentence and no speech verb in it (those are the patterns' own)."""
    line_start = text.rfind("\n", 0, span.start) + 1
    stop = span.start
    if not text[line_start:stop].strip():  # 'Garland addressed the recruits:\n\n"..."'
        stop = len(text[:line_start].rstrip())
        line_start = text.rfind("\n", 0, stop) + 1
    if not text[line_start:stop].rstrip().endswith(":"):
        return None
    if stop <= lo:
        return None
    toks = tokens(text, max(lo, line_start, stop - _READ_BACK), stop)
    if len(toks) < 3 or toks[-1].text != ":":
        return None
    clause = _last_sentence(toks[:-1], at_line=max(lo, stop - _READ_BACK) <= line_start)
    if not clause or len(clause) > _LONGEST:
        return None
    if any(t.text in _MARKS or t.norm in SPEECH_VERBS or t.text == ":" for t in clause):
        return None  # an earlier quote or a speech verb: the patterns read those
    if clause[0].norm in _SUBORDINATE or any(t.norm in _SIGNS for t in clause):
        return None  # "When Judge X ruled ..., he blamed X:", "carried a placard proclaiming:"
    if any(a.text == "," and b.norm in _PRONOUNS for a, b in pairwise(clause)):
        return None  # a clause of another subject: "..., he blamed Robart for it:"
    phrase = opening_subject(clause)
    if phrase is None or phrase.name is None or phrase.organisation:
        return None
    parts = phrase.name.split()
    if any(w.lower().rstrip(".") in ORG_WORDS or w.lower() in GROUP_NOUNS for w in parts):
        return None  # "Police", "Officials": a body or a group, no one person
    if all(place(w) or is_demonym(w.lower()) for w in parts):
        return None  # "Moscow listed its demands:": a place's list, no quote of anyone's
    if any(t.text.endswith(("'s", "’s")) for t in clause if t.start < phrase.end):
        return None  # "Syria's Geneva talks:": a headline, no one's words
    verb = _verb_after(clause, phrase.end)
    if verb is None:
        return None  # "Number seven:", "Shadow home secretary X attacked ...": no verb
    return phrase, "before", phrase.start, verb.end


def _verb_after(clause: list[Token], at: int) -> Token | None:
    """The name's own verb, right after it (an adverb allowed): a past tense ("addressed",
    "began") or a present in -s ("reflects"); None when the word there is none."""
    rest = [t for t in clause if t.start >= at]
    while rest and (rest[0].norm in _ADVERBS or rest[0].norm.endswith("ly")):
        rest = rest[1:]
    if not rest or rest[0].capital or not rest[0].text.isalpha():
        return None
    norm = rest[0].norm
    if norm in _PAST or (len(norm) > 4 and norm.endswith(("ed", "s")) and not norm.endswith("ss")):
        return rest[0]
    return None


def _last_sentence(toks: list[Token], at_line: bool) -> list[Token] | None:
    """The tokens of the last sentence of ``toks``; None when it began before them."""
    for i in range(len(toks) - 1, -1, -1):
        if ends_sentence(toks[i]) and toks[i].text not in _MARKS:
            return toks[i + 1 :]
    return toks if at_line else None
