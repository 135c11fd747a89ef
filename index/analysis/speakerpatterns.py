"""Where a text attributes a quotation: the speaker phrase before, after or around it."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.analysis.apposition import long_apposition
from index.analysis.cuecolon import colon_label, colon_subject
from index.analysis.cueforms import mended, participle_sentence, participle_subject, signature
from index.analysis.names import Token, ends_sentence, tokens
from index.analysis.phraseroles import body_glue
from index.analysis.phrases import parse_phrase
from index.analysis.placetail import REGIONS
from index.analysis.quotemarks import QuotedSpan
from index.analysis.speakerclauses import BE
from index.analysis.speakerdateline import past_dateline
from index.analysis.speakerquoted import unquoted
from index.analysis.speakersubject import (
    FINITE,
    Found,
    cites,
    is_verb,
    nobody,
    plural_noun,
    verb_subject,
)
from index.analysis.speechverbs import (
    AUXILIARIES,
    INLINE_ONLY,
    SPEECH_VERBS,
    any_of,
    words,
)

__all__ = ["Found", "find_after", "find_before", "find_indirect", "said_before"]


_RIGHT_CHARS = 220
_LEFT_CHARS = 320
_AFTER_READ = 48
"""The most tokens after a quote's leading marks that ``find_after`` reads (a verb among
the first 24, then a clause of up to 20 words after it, and the word before it)."""
_AFTER_TOKENS = 64
"""How many tokens after a quote to cut (an attribution is near: most of the stretch is
the next sentences, not worth splitting into words)."""
_INDIRECT_CHARS = 400
"""How far before a sentence-initial quote the indirect speech of its speaker may stand."""


_CUES = any_of(SPEECH_VERBS | {"according"})
"""Any speech verb or "according", anywhere in a lower-cased stretch (no word boundaries):
every token is a stretch of the text, so a stretch without a match holds no token that
could attribute (a match inside another word only costs the full reading)."""
_TOKEN_CHAR = re.compile(r"[^\s_]")
"""A character some token holds (tokens hold neither spaces nor a bare underscore)."""


def find_after(text: str, span: QuotedSpan, hi: int) -> Found | None:
    """An attribution right after the closing mark: '," Ban said', '," said Ban'."""
    if not span.closed:
        return None
    line_end = text.find("\n", span.end)
    stop = min(hi, span.end + _RIGHT_CHARS, len(text) if line_end < 0 else line_end)
    if _CUES.search(text[span.end : stop].lower()) is None:
        return signature(text, span)  # a third of quotes: no verb after them to read words for
    return mended(text, _after(text, span, stop))


def _after(text: str, span: QuotedSpan, stop: int) -> Found | None:
    """``find_after`` once its stretch, ``text[span.end:stop]``, is known."""
    toks = tokens(text, span.end, stop, _AFTER_TOKENS)
    lead = 0
    while lead < len(toks) and toks[lead].text in (",", "—", "–", "-", "?", ";"):
        lead += 1
    if lead > _AFTER_TOKENS - _AFTER_READ:  # a long run of marks: read the whole stretch
        toks = tokens(text, span.end, stop)
        while toks and toks[0].text in (",", "—", "–", "-", "?", ";"):
            toks = toks[1:]
    else:
        toks = toks[lead:]
    if not toks:
        return None
    inner = text[span.start : span.inner_end].rstrip()
    new_sentence = (
        # a full stop ends the quote's sentence; an ellipsis after a word trails off, as "…"
        # does ('so long..." Doe said'), one after a full stop ends it ('servicemen. ..."')
        inner.endswith(".")
        and not (inner.endswith("...") and inner[:-3].rstrip()[-1:] not in ("", "."))
        and (toks[0].capital or toks[0].text[0].isdigit())
        and toks[0].norm not in SPEECH_VERBS
    )
    if toks[0].norm == "according" and len(toks) > 2 and toks[1].norm == "to" and not new_sentence:
        phrase_toks = _until_clause_end(toks[2:])
        phrase = parse_phrase(phrase_toks, verb_after=False)
        if phrase is not None and phrase_toks:
            return phrase, "according", toks[0].start, phrase_toks[-1].end
        return None
    if is_verb(toks[0]) and toks[0].norm.endswith("ing") and not new_sentence:
        return None  # '," noting he had warned that the U.S.': no subject after it (sp46)
    if is_verb(toks[0]) and toks[0].norm not in INLINE_ONLY and not new_sentence:
        if len(toks) > 1 and toks[1].norm in ("to", "by") and not toks[1].capital:
            return None  # '"never anything inappropriate" said to him by ...': a passive
        rest = toks[1:]
        while rest and rest[0].norm in AUXILIARIES and not rest[0].capital:
            rest = rest[1:]
        phrase_toks = _until_clause_end(rest)
        phrase = parse_phrase(phrase_toks, verb_after=False)
        if phrase is not None and phrase_toks:
            return phrase, "inverted", toks[0].start, phrase_toks[-1].end
        return None
    for v, tok in enumerate(toks[:24]):
        if _stops(text, tok) and not is_verb(tok):
            return None
        if tok.norm == "according" and v + 2 < len(toks) and toks[v + 1].norm == "to":
            # '... "severe head injuries" and remains in hospital, according to his friend'
            if new_sentence:
                return None  # '"...." In 2016, 89 died, according to the CDC': its own claim
            phrase_toks = _until_clause_end(toks[v + 2 :])
            phrase = parse_phrase(phrase_toks, verb_after=False)
            if phrase is not None and phrase_toks:
                return phrase, "according", tok.start, phrase_toks[-1].end
            return None
        if v >= 16 and not long_apposition(toks, v):  # "Kazikov, who was ... London, added"
            continue
        if is_verb(tok) and tok.norm not in INLINE_ONLY and v > 0 and not plural_noun(toks, v):
            if toks[v - 1].norm in ("and", "but") and not toks[v - 1].capital:
                return None  # '"..." around it, but said': the sentence's subject, before
            if v >= 2 and toks[v - 1].text == "to" and toks[v - 2].text == ",":
                return None  # '"...wires tapped'" Trump Tower, to say he felt': no one's
            if tok.norm.rstrip(".") in _TOLD and toks[v - 1].norm in BE:
                return None  # '"...," Fox News is told.': a passive; the outlet heard it (sp41)
            if not new_sentence and not _may_start_subject(toks[0]):
                # '"counterweight for propaganda" from abroad, Wanderwitz said'
                comma = max((c for c in range(v) if toks[c].text == ","), default=-1)
                subject = toks[comma + 1 : v]
                phrase = parse_phrase(subject, verb_after=True) if comma >= 0 else None
                if phrase is not None and (phrase.name or phrase.pronoun) and len(subject) <= 6:
                    return phrase, "after", subject[0].start, tok.end
                return None
            if new_sentence:
                return None
            subject = toks[:v]
            while subject and subject[-1].norm in AUXILIARIES and not subject[-1].capital:
                subject = subject[:-1]
            subject = unquoted(subject)  # '"...," he was quoted by Kyodo as saying'
            comma = max((c for c, t in enumerate(subject) if t.text == ","), default=-1)
            if comma >= 0 and not toks[0].capital:
                # '"... 80 mln tons" a year, it added': the quote's sentence runs on first
                tail = parse_phrase(subject[comma + 1 :], verb_after=True)
                if tail is not None and (tail.name or tail.pronoun):
                    return tail, "after", subject[comma + 1].start, tok.end
            if cites(subject):
                return nobody(subject), "after", toks[0].start, tok.end
            phrase = parse_phrase(subject, verb_after=True)
            if phrase is None:
                return None
            return phrase, "after", toks[0].start, tok.end
    return None


_TOLD = words("told informed")


def _stops(text: str, tok: Token) -> bool:
    """True when the token ends a sentence; not a "?" glued inside a word ("the CI?-group",
    "didn?t"): a character this copy of the text lost."""
    if tok.text[-1] not in ".!?…":
        return False  # most tokens: neither a mark that ends a sentence nor "word."
    if tok.text == "?" and tok.start > 0 and text[tok.start - 1].isalnum():
        return text[tok.end : tok.end + 1] in ("", " ", "\n", '"', "”", "’", ")", "\u00a0")
    if text[tok.end : tok.end + 1] == "," and tok.text[:-1].lower() in REGIONS:
        return False  # "Sacramento, Calif., said": a state cut short, then a comma
    return ends_sentence(tok, text[tok.end : tok.end + 16].lstrip())


_CLAUSE_STARTS = words(
    """as when while because if after before since until although though and but or so then
    which that who where for in on at to of with by from during as"""
)


def _may_start_subject(tok: Token) -> bool:
    """True for a word that can open the subject of '," X said' (not "as", "when", ...)."""
    return tok.capital or tok.norm not in _CLAUSE_STARTS


def _until_clause_end(toks: list[Token]) -> list[Token]:
    """The tokens of a phrase after a verb, up to the end of its clause."""
    out: list[Token] = []
    for k, tok in enumerate(toks[:20]):
        if out and _lost_stop(out[-1], toks[k:]):
            break  # "said Phil Pace of Kidder, Peabody and Co. Holders of Hughes would"
        following = " ".join(t.text for t in toks[k + 1 : k + 3])
        if tok.text in (";", ":", '"', "“", "”") or ends_sentence(tok, following):
            if ends_sentence(tok, following) and tok.text not in (".", "!", "?"):
                out.append(tok)
            break
        if (
            tok.norm in ("on", "in", "at", "during", "after", "before", "when")
            and not tok.capital
            and (not out or out[-1].text != ",")
            and not (body_glue(toks, k) and toks[k + 1 : k + 2] and toks[k + 1].capital)
        ):  # "said Ban on Monday"; not "said the Council on Foreign Relations"
            break
        out.append(tok)
    while out and out[-1].text in (",", "-", "—"):
        out.pop()
    return out


def _lost_stop(last: Token, rest: list[Token]) -> bool:
    """True when a firm's abbreviation ("Co.", "Inc.") ends its sentence where the wire
    lost the paragraph break: a capitalised word follows and a finite verb in lower case
    comes before the next comma ("... and Co. Holders of Hughes would get": sp40,
    reut-02813). Not "Acme Co. President John Smith" (no verb follows)."""
    if last.text.rstrip(".").lower() not in _FIRM_ENDS or not last.text.endswith("."):
        return False
    if not rest or not rest[0].capital:
        return False
    for tok in rest[1:12]:
        if tok.text in (",", ";", ":"):
            return False
        if tok.norm in FINITE and not tok.capital:
            return True
    return False


_FIRM_ENDS = words("co inc corp ltd plc cos")


_SIGN_TEXT = re.compile(
    r"\b(?:signs?|banners?|placards?|posters?|billboards?|t-shirts?|shirts?|caps?|"
    r"hats?|graffiti)[ \t]+(?:that[ \t]+|which[ \t]+)?"
    r"(?:read|reads|reading|saying|said|says|proclaiming|declaring)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
"""What a quote right after is the text of: a sign, a banner, a T-shirt, read by no one."""


def find_before(text: str, span: QuotedSpan, lo: int) -> Found | None:
    """An attribution before the opening mark, in the same sentence: 'Ban said: "...'."""
    line_start = text.rfind("\n", 0, span.start) + 1
    start = max(lo, line_start, span.start - _LEFT_CHARS)
    window = text[start : span.start]
    if _SIGN_TEXT.search(window) is not None:
        return None  # 'posted a picture of people holding signs reading: "..."' (sp43)
    if _CUES.search(window.lower()) is None and (
        _TOKEN_CHAR.search(window) is not None or not (line_start > 0 and lo < line_start)
    ):  # no verb or "according" before it, nor a paragraph ending in ":"
        # 'Trump began by thanking ...: "...' (sp45); 'Head coach Eddie Jones: "...' (sp47)
        return colon_subject(text, span, lo) or colon_label(text, span, lo)
    found = mended(text, _before(text, span, lo, line_start, start))
    if found is None or (found[0].name is None and found[0].pronoun is None):
        return participle_subject(text, span) or colon_subject(text, span, lo) or found
    return found


def _before(text: str, span: QuotedSpan, lo: int, line_start: int, start: int) -> Found | None:
    """``find_before`` once its stretch, ``text[start:span.start]``, is known."""
    toks = _tail_tokens(text, start, span.start, lambda t: _stops(text, t), 1)
    if not toks and line_start > 0 and lo < line_start:
        # 'Ban said in a statement:' closing the previous paragraph.
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        prev = text[prev_start:line_start].rstrip()
        if prev.endswith(":"):
            toks = tokens(text, max(lo, prev_start, line_start - _LEFT_CHARS), line_start)
    # Only the sentence the quote stands in.
    for i in range(len(toks) - 1, -1, -1):
        if _stops(text, toks[i]):
            toks = toks[i + 1 :]
            break
    toks = past_dateline(text, toks)  # "WASHINGTON (Reuters) - The Department ..."
    if not toks:
        return None
    for i in range(len(toks) - 1):
        if toks[i].norm == "according" and toks[i + 1].norm == "to":
            phrase_toks = _until_clause_end(toks[i + 2 :])
            comma = next((c for c, t in enumerate(phrase_toks) if t.text == ","), None)
            if comma is not None and any(
                not t.capital and (t.norm in FINITE or t.norm in SPEECH_VERBS)
                for t in phrase_toks[comma + 1 :]
            ):
                # "According to the ruling, the union argued that ... '...'": the clause's
                # own speaker; "According to the ambassador, Russia has '...'": the source.
                clause = verb_subject(toks[i + 2 + comma + 1 :], "before")
                if clause is not None and (clause[0].name or clause[0].pronoun):
                    return clause
                phrase_toks = phrase_toks[:comma]
            phrase = parse_phrase(phrase_toks, verb_after=False)
            if phrase is not None and phrase_toks:
                return phrase, "according", toks[i].start, phrase_toks[-1].end
    found = verb_subject(toks, "before")
    if found is not None and _new_clause(toks, found[3]):
        return None
    return found


def _new_clause(toks: list[Token], verb_end: int) -> bool:
    """True when, after the verb that ends at ``verb_end``, a quote closes on a comma and
    ", and a ..." opens a clause of its own, whose possessive subject ("Biden's plan") the
    quote goes on: 'Biden says the rise is
    "temporary," and a White House memo urges ... how Biden's plan "lowers costs ..."' (the
    memo's words; nu47 #3, sp41)."""
    after = [t for t in toks if t.start >= verb_end]
    if len(after) < 2 or not after[-2].text.endswith(("'s", "’s")) or after[-1].capital:
        return False  # the quote's own subject is no "Biden's plan"
    return any(
        after[k].text in _CLOSING
        and after[k - 1].text == ","
        and after[k + 1].norm in ("and", "but")
        and not after[k + 1].capital
        and after[k + 2].norm in ("a", "an", "the")
        for k in range(1, len(after) - 2)
    )


_CLOSING = frozenset('"”')


def find_indirect(text: str, span: QuotedSpan, lo: int) -> Found | None:
    """The speaker of the sentence of indirect speech right before a quote that opens a
    sentence: 'Donohoe said the commission had dealt with 1,400 cases. "The Government ...'."""
    start = max(lo, span.start - _INDIRECT_CHARS)
    toks = _tail_tokens(text, start, span.start, lambda t: _stops(text, t) or t.text == ":", 2)
    ends = [i for i, t in enumerate(toks) if _stops(text, t) or t.text == ":"]
    if not ends or ends[-1] < len(toks) - 3:
        return None
    if len(ends) >= 2:
        # with the word that ends it when that is its speech verb ("..., Sapin said.")
        last = ends[-1] + 1 if is_verb(toks[ends[-1]]) else ends[-1]
        sentence = toks[ends[-2] + 1 : last]
    elif start == lo or text[start - 1 : start] == "\n":
        sentence = toks[: ends[-1]]  # not '"...," Smith said.': the quote before goes on
    else:
        return None  # the sentence began before the stretch read: its subject is unknown
    sentence = past_dateline(text, sentence)
    if not sentence or any(t.text in _MARKS for t in sentence):
        return None
    found = verb_subject(sentence, "indirect", inline=False)
    if found is None or (found[0].name is None and found[0].pronoun is None):
        found = participle_sentence(sentence) or found  # "..., declaring that he ..."
    if found is None or found[0].organisation:
        return None  # "..., San Francisco School of Medicine told": too weak a cue for a body
    if found[0].name is None and found[0].pronoun is None:
        return None
    return found


_MARKS = frozenset('"“”«»„')
_TAIL_CHARS = 160
"""How far before a quote its sentence is looked for first (most start closer than that)."""


def _tail_tokens(
    text: str, start: int, stop: int, ends: Callable[[Token], bool], enough: int
) -> list[Token]:
    """``tokens(text, start, stop)``, or only its last ones when those hold ``enough``
    tokens that ``ends`` a sentence: what the callers keep of it is the same then (the
    words after the last sentence ends), and fewer tokens are made. Those after a space
    are the same tokens whichever of the two the reading starts from: no token holds a
    space, so the reading from ``start`` stops before it and starts again after it; and
    so, when the tail is not enough, the whole is the tokens before the space and the
    tail (the tail is not read twice)."""
    if stop - start > _TAIL_CHARS:
        space = text.find(" ", stop - _TAIL_CHARS, stop)
        if space >= 0:
            tail = tokens(text, space + 1, stop)
            if sum(1 for tok in tail if ends(tok)) >= enough:
                return tail
            return tokens(text, start, space) + tail
    return tokens(text, start, stop)


_SAID_COMMA = re.compile(
    r"\b(?:said|says|asked|asks|added|adds|replied|wrote|writes|tweeted|declared)\s*[,:]\s*$"
)
"""A speech verb and the comma or colon that hand it the quote next ("Trump said, ")."""
_WORD = re.compile(r"\w+")


def said_before(text: str, span: QuotedSpan, lo: int, found: Found | None) -> bool:
    """True when the quote opens right after "X said," and the attribution after it
    (``found``) stands past other words ('Trump said, "...?" Wiping away tears,
    Kara-Murza told ABC News that ...': Trump's words; qg35 read them as Kara-Murza's,
    labels u15, v22): the later verb opens a sentence of its own."""
    if found is None or found[1] != "after" or found[0].name is None or found[0].organisation:
        return False
    first = _WORD.search(text, span.end, found[3])
    if first is None or first[0] in found[0].name.split():  # '"...," Kara-Murza told'
        return False
    if _SAID_COMMA.search(text, max(lo, span.start - 20), span.start) is None:
        return False
    before = find_before(text, span, lo)  # a person named: not "The Chrysler spokeswoman"
    return before is not None and before[0].name is not None and not before[0].organisation
