"""A quote after a colon that ends a clause whose subject is a person (sp45, issue 18: nu47's
"Trump began by thanking ...: "..."", "Garland addressed ...: "..."", "Harris had a message
for ...: "...""). No speech verb stands there, so the speaker patterns found no one; the
person the sentence opens on introduces the quote, as "Trump said:" would."""

from __future__ import annotations

from itertools import pairwise

from index.analysis.cueforms import opening_subject
from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.names import Token, ends_sentence, tokens
from index.analysis.nametidy import place
from index.analysis.phrases import parse_phrase
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
        following = " ".join(t.text for t in toks[i + 1 : i + 3])
        if ends_sentence(toks[i], following) and toks[i].text not in _MARKS:
            return toks[i + 1 :]
    return toks if at_line else None


def colon_label(text: str, span: QuotedSpan, lo: int) -> Found | None:
    """The person a transcript's label names, when a sentence is only that label and a
    colon right before the quote: 'England head coach Eddie Jones: "..."' (sp47: such
    quotes were nobody's). A name of two words or more that ends the label, a role before
    it ("Geneva Agenda:" alone is no one's), no verb."""
    stop = span.start
    line_start = text.rfind("\n", 0, stop) + 1
    if not text[line_start:stop].rstrip().endswith(":") or stop <= lo:
        return None
    toks = tokens(text, max(lo, line_start, stop - _READ_BACK), stop)
    if len(toks) < 3 or toks[-1].text != ":":
        return None
    begun = max(lo, stop - _READ_BACK) <= line_start or text[lo - 2 : lo] in _ENDED
    clause = _last_sentence(toks[:-1], at_line=begun)  # the stretch may open past a quote
    while clause and clause[0].text in _MARKS:
        clause = clause[1:]  # the closing mark of the quote before
    if not clause or len(clause) > _LABEL_WORDS or not clause[-1].capital:
        return None
    if any(t.text in _MARKS or t.norm in SPEECH_VERBS or not t.text[0].isalnum() for t in clause):
        return None
    if sum(not t.capital for t in clause) > 3 or any(_verb_after([t], t.start) for t in clause):
        return None  # "Trump began by thanking the troops:": a sentence, `colon_subject`'s
    if clause[0].norm in ("the", "a", "an"):
        return None  # "The Geneva Agenda:": a title's
    for label in (clause, _capital_tail(clause)):  # "Ex-England scrum-half Matt Dawson"
        phrase = parse_phrase(label, verb_after=False)
        if phrase is None or phrase.name is None or phrase.organisation:
            continue
        parts = phrase.name.split()
        if any(place(w) for w in parts) or parts[-1] != clause[-1].text:
            continue  # "Geneva Agenda": a place, no one's given name
        if len(parts) >= 2 and first_name_gender(parts[0]) and len(clause) > len(parts):
            return phrase, "before", phrase.start, toks[-1].end
    return None  # "Syria's Geneva talks:", "Number seven:": no one's full name


def _capital_tail(clause: list[Token]) -> list[Token]:
    """The run of capitalised words that ends ``clause``."""
    k = len(clause)
    while k > 0 and clause[k - 1].capital:
        k -= 1
    return clause[k:]


_ENDED = frozenset(['."', '!"', '?"', ".”", "!”", "?”"])
"""A quote that ends its sentence, right before the stretch read."""
_LABEL_WORDS = 8
"""Words a label may have ("Former Ireland winger Denis Hickie" has five)."""
