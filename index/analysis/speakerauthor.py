"""Words credited to whoever first said them, not to whoever repeats them (issue 18).

A sentence may quote words and say whose they first were, while someone else speaks it:
"She pointed to Mr Trump's promise during his election campaign of "a total and complete
shutdown ..."" (a lawyer's sentence, Trump's words), "he asked Gorsuch about Trump's
"so-called judge" tweet", "the "so-called judge" of Mr Trump's Twitter criticism", "in
Schumer's words, ... "sided with the powerful"", "in the words of Jesus, "..."". The speaker
of such a quotation is the person the possessive names, written as fully as the article
gives the name. Not "Xi Jinping quoting Charles Dickens: "It was the best of times"": one
who quotes a writer makes the words his own (the labels give them to Xi), unlike one who
cites an opponent's promise.

The possessive counts only with a noun of speech next to it ("promise", "call", "tweet",
"remark", ...) that the quotation completes: right after the noun and a word that links
the two ("promise of", "call for a", "claim that", "promise to deliver"; a comma only in
"according to Burr's statement, "...""), or between the name and the noun as its modifier
("Trump's "so-called judge" tweet"). A verb between the two breaks the link: in
"Sturgeon's call for such a vote was "not the will of the Scottish people"" the quotation
is the one who judges the call, and "Trump's tweet "speaks for itself"" says what the
tweet does; only a "that" clause may hold one verb of its own ("Trump's comment that the
media is the "enemy ..."": what he said). "described Trump's remarks as "racist"" is the
describer's word: "as" links only a noun that itself describes ("Trump's description of
these audiences as ..."); "rebutting Trump's accusations: "..."" and "told reporters after
Reagan's remarks that "..."" are the rebutter's and the teller's. Only a person's name
counts (a place's or a body's possessive, "China's "high-speed rail economy"", is what the
words are about, and "his" could be anyone: tried, it was wrong more often than right).

This runs after every quotation of the article has its attribution, so the one who repeats
the words still speaks the quotations around it: they go on in that person's voice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.namebook import NameBook
from index.analysis.names import split_title
from index.analysis.nametidy import place
from index.analysis.quotemarks import QuotedSpan
from index.analysis.quotetitles import is_title
from index.analysis.speechverbs import PERSON_TITLES, org_word, words

if TYPE_CHECKING:  # attribution imports this module
    from index.analysis.attribution import Attribution

SPEECH_NOUNS = words(
    """promise promises pledge pledges vow vows call calls demand demands claim claims
    assertion assertions insistence description descriptions characterization
    characterisation comment comments remark remarks words phrase tweet tweets post
    statement declaration slogan catchphrase mantra refrain quip quips boast warning
    threat accusation accusations label jibe taunt criticism message plea
    rallying-cry motto dictum prediction declarations tirade rant"""
)
"""Nouns for something said or written, whose words a quotation can be."""
_DESCRIBING = words("description descriptions characterization characterisation label")
"""The nouns "as" may link to a quotation ("Trump's description of them as "...")."""
_LINKS = words("of for that as about on")
"""Words between a noun of speech and the quotation that completes it."""
_ARTICLES = words("a an the")
_BREAKS = words(
    """is was were are be been being has have had will would can could may might must
    should do does did said says told asked called described"""
)
"""Verbs that put a clause of its own between the noun and the quotation."""
_WHEN = words("after before following since until amid despite")
"""Words before a possessive that make its noun a time, not what the quotation completes."""
_SPEAKS = words("said says told tells asked asks added adds wrote writes")
"""Verbs by which someone else speaks after "in X's words"."""
_RUN = r"(?P<who>(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.-]*?)(?:['’]s|(?<=s)['’])(?![\w])"
"""A run of capitalised words ending in a possessive ("Mr Trump's", "Sessions'")."""
_POSSESSIVE = re.compile(_RUN)
_NOT_BETWEEN = words("a an the of for that as about on to with by at in from into over")
"""Words that cannot stand between a possessive and its noun of speech."""
_WORD = re.compile(r"[\w'’-]+|[:,]")
_SENTENCE_START = re.compile(r"(?:[.!?…][\"”’)]*\s+(?=[\"“‘(]?[A-Z])|\n)")
_MODIFIER_AFTER = re.compile(r"[.,]?[ \t]+(?:(?P<adj>[a-z][\w-]*)[ \t]+)?(?P<noun>[a-z][\w-]*)")
"""The noun right after a quotation ("so-called judge" tweet), perhaps one word before it."""
_LEAD = r"(?:the|former|then|late|[a-z]+-[a-z]+)"
"""Lower-case words before a name: "the", "former", "then-candidate"."""
_BACK = re.compile(
    r"[,]?[ \t]+(?:of|in|from)[ \t]+(?:"
    + _LEAD
    + r"[ \t]+){0,2}"
    + _RUN
    + r"[ \t]+(?P<nouns>(?:[\w-]+[ \t]+){0,2}[\w-]+)"
)
"""A quotation "of" a person's noun after it ('the "so-called judge" of Mr Trump's criticism')."""
_WORDS_OF = re.compile(
    r"\b[Ii]n[ \t]+(?:(?:" + _LEAD + r"[ \t]+){0,2}" + _RUN + r"[ \t]+(?:own[ \t]+)?words"
    r"|the[ \t]+words[ \t]+of[ \t]+(?P<whose>(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w.-]*))"
)
"""'in Schumer's words', 'in the words of Senator Schumer'."""
_SENTENCE_CHARS = 300
"""How far before a quotation its sentence is read."""


def credit_authors(
    text: str,
    spans: list[QuotedSpan],
    said: list[Attribution | None],
    book: NameBook | None,
) -> list[Attribution | None]:
    """``said`` (the attribution of each of ``spans``) with the quotations whose sentence
    names the words' first author given to that author (see the module)."""
    if "'" not in text and "’" not in text and "words of" not in text:
        return said  # no possessive, no "in the words of": nothing to credit
    out = list(said)
    for k, span in enumerate(spans):
        if out[k] is None and is_title(text, span):
            continue  # "Good Morning America": no quotation (see `attribute`)
        found = _author(text, span)
        if found is None:
            continue
        book = book or NameBook(text, [(s.start, s.end) for s in spans])
        name = _person(book, found[0], found[1])
        if name is None:
            continue
        old = out[k]
        if old is not None and old.speaker == name:
            continue
        start, end = found[1], found[2]
        if old is None:
            from index.analysis.attribution import Attribution

            out[k] = Attribution(name, None, start, end, "author")
        else:
            out[k] = replace(
                old, speaker=name, description=None, start=start, end=end, rule="author"
            )
    return out


def _author(text: str, span: QuotedSpan) -> tuple[str, int, int] | None:
    """The words naming the quotation's first author (a run of capitalised words) and where
    the phrase that says so starts and ends, or None."""
    lo = max(0, span.start - _SENTENCE_CHARS)
    line_end = text.find("\n", span.end)
    after = text[span.end : min(len(text), span.end + 120, len(text) if line_end < 0 else line_end)]
    window = text[lo : span.start]
    after_found = _possessive_after(after, span.end) if _owned(after) else None
    if not _owned(window) or not (
        not SPEECH_NOUNS.isdisjoint(_LOWER.findall(window)) or _modified(after)
    ):
        return after_found  # most quotations: no possessive and noun of speech before them
    ends = _SENTENCE_START.finditer(text, lo, span.start + 2)  # the quote may open one
    starts = [m.end() for m in ends if m.end() <= span.start]
    lo = starts[-1] if starts else lo
    before = text[lo : span.start]
    return (
        _possessive_before(before, lo)
        or _modifier(before, after, lo, span.end)
        or after_found
        or _words_of(before, lo)
    )


def _owned(stretch: str) -> bool:
    """True when ``stretch`` may hold a possessive or "the words of" (a quick test first)."""
    return (
        "'s" in stretch
        or "’s" in stretch
        or "s'" in stretch
        or "s’" in stretch
        or "words of" in stretch
    )


_LOWER = re.compile(r"[a-z][a-z-]+")
"""Lower-case words (to look for a noun of speech, "words" among them)."""


def _possessive_before(before: str, lo: int) -> tuple[str, int, int] | None:
    """'Mr Trump's promise during his campaign of "...', 'Biden's call for a "..."'."""
    for m in reversed(list(_POSSESSIVE.finditer(before))):
        rest = _WORD.findall(before, m.end())
        noun = next((i for i, w in enumerate(rest[:4]) if w.lower() in SPEECH_NOUNS), None)
        if noun is None or any(
            w in (":", ",") or w.lower() in _BREAKS or w.lower() in _NOT_BETWEEN
            for w in rest[:noun]
        ):
            continue  # no noun of speech owned by the name ("Walker's visit to the talks")
        gap = [w.lower() for w in rest[noun + 1 :]]
        lead = before[: m.start()].lower().split()
        if lead and lead[-1] in _WHEN:
            return None  # "Gray told reporters after Reagan's remarks that "...": Gray's
        according = lead[-2:] == ["according", "to"]
        if _linked(rest[noun].lower(), gap, according):
            return m.group("who"), lo + m.start(), lo + len(before)
        return None  # the nearest such noun decides
    return None


def _linked(noun: str, gap: list[str], according: bool) -> bool:
    """True when the words between a noun of speech and a quotation link the two;
    ``according`` when "according to" stands before the possessive."""
    verbs = sum(w in _BREAKS for w in gap)
    if gap[:1] == ["that"] and verbs == 1 and not _SPEAKS.intersection(gap):
        # "Trump's comment that the media is the "...": the clause is what he said
        return len(gap) <= 8 and "," not in gap and gap[-1] not in (":", "as")
    if len(gap) > 8 or verbs or "but" in gap:
        return False  # "not for Walker's call for reform but for her reputation of "...""
    while gap and gap[-1] in _ARTICLES:
        gap = gap[:-1]
    if not gap:
        return False  # "Trump's tweet "speaks for itself"": the quote says what it does
    if gap[-1] in (":", ","):
        # "according to Burr's statement, "...", not "rebutting Trump's accusations: "...""
        return len(gap) == 1 and according
    if gap[-1] == "as":
        return noun in _DESCRIBING
    if len(gap) >= 2 and gap[-2] == "to" and gap[-1] not in _LINKS:
        return True  # "Trump's promise to deliver "..."
    return gap[-1] in _LINKS and "," not in gap


def _modifier(before: str, after: str, lo: int, end: int) -> tuple[str, int, int] | None:
    """'Trump's "so-called judge" tweet', 'Kelly's infamous "..." email'."""
    noun = _modified(after)
    if noun is None:
        return None
    near = max(0, len(before) - _NEAR)
    m = _OWNER_AT_END.search(before, near)
    if m is None:
        return None
    return m.group("who"), lo + m.start(), end + noun.end()


def _modified(after: str) -> re.Match[str] | None:
    """The noun of speech right after a quotation ('" tweet'), or None."""
    noun = _MODIFIER_AFTER.match(after)
    return noun if noun is not None and noun.group("noun") in _MODIFIED else None


_WRITTEN = words("email e-mail letter memo speech")
"""Things written or spoken that name no speech themselves, read only after a quotation."""
_MODIFIED = SPEECH_NOUNS | _WRITTEN
_OWNER_AT_END = re.compile(_RUN + r"(?:[ \t]+[a-z][\w-]*){0,2}[ \t]*$")
"""A possessive right before a quotation, perhaps two lower-case words between."""
_NEAR = 90
"""How far before a quotation its possessive modifier is looked for."""


def _possessive_after(after: str, end: int) -> tuple[str, int, int] | None:
    """'the "so-called judge" of Mr Trump's Twitter criticism'."""
    m = _BACK.match(after)
    if m is None or not any(w.lower() in SPEECH_NOUNS for w in m.group("nouns").split()):
        return None
    return m.group("who"), end + m.start("who"), end + m.end()


def _words_of(before: str, lo: int) -> tuple[str, int, int] | None:
    """'in Schumer's words, ...', 'in the words of Senator Schumer'."""
    every = list(_WORDS_OF.finditer(before))
    m = every[-1] if every else None  # the last in the sentence
    if m is None or any(w.lower() in _SPEAKS for w in _WORD.findall(before, m.end())):
        return None  # "in Schumer's words, the goal is ...": his words go on, but not past "said"
    return m.group("who") or m.group("whose"), lo + m.start(), lo + m.end()


def _person(book: NameBook, run: str, at: int) -> str | None:
    """The fullest name the article gives the person ``run`` names ("Mr Trump" -> "Donald
    Trump"), or None when it names no person (a body, a place, a people)."""
    titles, name, organisation = split_title(run.split())
    if organisation or not name or any(org_word(w) for w in name):
        return None
    if place(name[-1]) or is_demonym(name[-1].lower()):
        return None  # "China's", "Israel's": what the words are about
    surname = name[-1].lower()
    known = any(
        m.person and not m.organisation and m.name.split()[-1:] == [name[-1]]
        for m in book.mentions
        if m.name
    )
    titled = any(t.lower().rstrip(".") in PERSON_TITLES for t in titles)
    if not (known or titled or first_name_gender(name[0]) is not None):
        return None
    full = book.full_name(" ".join(name), at).split()
    if full[-1].lower() == surname and first_name_gender(full[0]) is not None:
        return " ".join(full)
    return " ".join(name)  # not "Things Jesus" from a headline's "10 Things Jesus ..."
