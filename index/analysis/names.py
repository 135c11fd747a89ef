"""Tokens of text, sentence ends and title words: what reading names starts from."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice, repeat
from typing import NamedTuple

from index.analysis.authorline import without_author
from index.analysis.entitywords import PARTY_WORDS
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.lostletters import has_lost_letter, lost_letters
from index.analysis.speechverbs import (
    ORG_WORDS,
    PERSON_NOUNS,
    PERSON_TITLES,
    SPEECH_VERBS,
    TITLES,
    org_word,
    words,
)
from index.text.outlets import agency_name, known_outlet
from index.text.places import COUNTRY_NAMES, is_place_name
from index.text.sentences import DAY_AFTER, WEEKDAY_STOPS

_TOKEN = re.compile(
    r"[^\W_]++(?![\w'’\-\ufffd.])|"
    r"(?:[A-Za-z]\.){2,}|[^\W_](?:[\w'’\-\ufffd]*[^\W_])?(?:\ufffd\ufffd)*\.?|[^\w\s]"
)
"""A word, its letters lost to U+FFFD kept inside it ("T\ufffd\ufffdnaiste", "Beyonc\ufffd\ufffd": a
copy decoded twice lost its "á", two marks each; cut there, it named "T", sp39), or a mark.

The first alternative is a fast path (qp45: the pattern a fifth cheaper on newsarticles'
stretches) for a word of letters and digits alone, with no mark, dash, dot or underscore
after it: most words. Where it matches, the others match the same word: initials need a dot
second, and the word's last letter ends the second's greedy run, since the next character
is none of its class, and neither U+FFFD nor a dot follows."""
_LOST = re.compile("\ufffd+")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "maj",
        "capt",
        "adm",
        "sgt",
        "gov",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "mt",
        "ft",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "rev",
        "hon",
        "gen",
        "cmdr",
        "supt",
    ]
)
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|abd)-[A-Z]")
AFFILIATION = re.compile(r"^[DRI]-[A-Z][\w.]*$")  # "D-Mass." after a US politician's name


class Token(NamedTuple):
    """A word or punctuation mark: ``text[start:end] == self.text`` (a named tuple: an
    article's attributions make a million of them, three times faster than a dataclass)."""

    text: str
    start: int
    end: int

    @property
    def norm(self) -> str:
        """Lower case, without a trailing full stop or a possessive 's."""
        word = self.text.lower().rstrip(".")
        return _LOST.sub("?", word) if "\ufffd" in word else word  # "t?naiste" (`TITLES`)

    @property
    def capital(self) -> bool:
        """True for a word that starts with a capital letter, or an Arabic name's article
        before a capitalised part ("al-Jaafari", "el-Sisi")."""
        text = self.text
        return text[0].isupper() or (text[0] in "aeb" and _PARTICLE_NAME.match(text) is not None)


_new_tuple = tuple.__new__  # a Token without the named tuple's Python-level __new__
_group, _start, _end = re.Match.group, re.Match.start, re.Match.end


def tokens(
    text: str, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[Token]:
    """The tokens of ``text[start:end]``, with offsets into ``text``; with a ``limit``,
    only those of its first ``limit`` words and marks (the same tokens, fewer of them)."""
    stop = len(text) if end is None else end
    # a "?" for a lost letter joins its word's parts ("Sch?uble", sp52): read whole, then cut
    lost = has_lost_letter(text, start, stop)
    found = _TOKEN.finditer(text, start, stop)
    matches = list(found if limit is None or lost else islice(found, limit))
    # each Token made in C loops (map, zip), not a Python comprehension: a tenth cheaper
    out: list[Token] = list(
        map(
            _new_tuple,
            repeat(Token),
            zip(map(_group, matches), map(_start, matches), map(_end, matches), strict=True),
        )
    )
    if lost:
        out = lost_letters(out)[:limit]
    # DW's closing "Author: ..." line glued to the next paragraph's speaker (sp55)
    if text.find("Author:", start, stop) >= 0 or text.find("Authors:", start, stop) >= 0:
        out = without_author(text, out)
    if text.find("-", start, stop) < 0:
        return out  # most stretches: no word to split
    split: list[Token] = []
    for k, tok in enumerate(out):
        word = tok[0]
        cut = word.rfind("-")
        verb = word[cut + 1 :]
        if (
            cut > 0
            and verb[:1].islower()
            and verb.rstrip(".") in SPEECH_VERBS
            and word[:cut].lower() not in _COMPOUND_LEADS
        ):
            # "Lorenzana-told": a space lost in this copy ("al-Said" is a name).
            split.append(Token(word[:cut], tok[1], tok[1] + cut))
            split.append(Token(word[cut + 1 :], tok[1] + cut + 1, tok[2]))
        elif _lost_space_after_verb(word):
            # '"-said-GSEE Secretary ...': the same lost space after the verb.
            cut = word.find("-")
            split.append(Token(word[:cut], tok[1], tok[1] + cut))
            split.append(Token(word[cut + 1 :], tok[1] + cut + 1, tok[2]))
        elif word == "-" and _glued_dash(out, k):
            continue  # "budget chief,-said.": a lost space written as a dash, no dash
        else:
            split.append(tok)
    return split


_COMPOUND_LEADS = frozenset(["so", "self", "oft", "often", "well", "much", "long", "widely"])
"""Words that open an adjective with a speech verb's participle ("so-called",
"self-described", "oft-stated"): one word, no verb (sp46: "Questions remain about ... the
so-called "..."" gave "Questions" as the speaker)."""


def _lost_space_after_verb(word: str) -> bool:
    """True for a speech verb glued by a hyphen to a capitalised word ("says-Karageorgopoulos",
    "said-GSEE"): no compound starts with a past or present speech verb before a capital."""
    cut = word.find("-")
    return (
        cut > 0
        and word[:1].islower()
        and word[cut + 1 : cut + 2].isupper()
        and word[:cut] in SPEECH_VERBS
    )


def _glued_dash(out: list[Token], k: int) -> bool:
    """True for a dash glued between a comma and a speech verb (",-said"): no gap on
    either side, so it stands for a lost space, not for a dash of the sentence."""
    if k == 0 or k + 1 >= len(out):
        return False
    before, dash, after = out[k - 1], out[k], out[k + 1]
    return (
        before[0] == ","
        and before[2] == dash[1]
        and dash[2] == after[1]
        and after[0].rstrip(".").lower() in SPEECH_VERBS
        and after[0][:1].islower()
    )


def ends_sentence(tok: Token, following: str = "") -> bool:
    """True when the token ends a sentence ("said." but not "Sen." or "U.S."); with the
    text ``following`` it (from the next token on), not a weekday's abbreviation before a
    day: "on Fri., March 20", "Thurs. March 19" (nu82: `WEEKDAY_STOPS`)."""
    text = tok[0]
    if text[-1] not in ".!?…":
        return False  # most tokens
    if text in (".", "!", "?", "…"):
        return True
    if len(text) < 2 or text[-1] != ".":
        return False
    word = text[:-1]
    if "." in word or len(word) == 1 or word.lower() in ABBREVIATIONS:
        return False
    if following and word.lower() in WEEKDAY_STOPS and DAY_AFTER.match(following):
        return False
    return not AFFILIATION.match(tok.text)


def split_title(words: list[str]) -> tuple[list[str], list[str], bool]:
    """Split capitalised words into (title words, name words, organisation?)."""
    titles, name, organisation = _split_title(tuple(words))
    return list(titles), list(name), organisation


@lru_cache(maxsize=1 << 14)  # the same runs of capitals come back in article after article
def _split_title(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    low = [_LOST.sub("?", w.lower().rstrip(".,")) for w in words]  # "t?naiste" (`TITLES`)
    last_title = -1
    for i, w in enumerate(low):
        if w in TITLES or (
            "-" in w and any(part in TITLES for part in w.split("-") if len(part) > 3)
        ):  # without a hyphen, the only part is ``w``
            last_title = i
    name = words[last_title + 1 :]
    of = last_title >= 0 and (
        low[last_title] == "of" or low[last_title - 1 : last_title + 1] == ["of", "the"]
    )
    body = body_then_name(name) if of else 0
    if body:  # "Inspector-General of Police Khalid Abu Bakar": the title's body, then a name
        # ("Speaker of the House Paul Ryan": a body's person, not the body, sp39)
        return words[: last_title + 1 + body], name[body:], False
    if not name or any(org_word(w) for w in name) or _body_before(low[: last_title + 1]):
        # "Defense Ministry of Russia": the name of a body, not a ministry's person
        whole = tuple(w for w in words if w.lower() != "the")
        if any(org_word(w) for w in whole):
            return (), whole, True
        return words, (), False
    person = _person_before_of(words, low, last_title)
    if person:
        # "Senate Leader Robert Byrd of West Virginia": the person, then where from
        start, stop = person
        return words[:start] + words[stop:], words[start:stop], False
    lead = _lead_before_first_name(name) or _person_noun_before(name) or _party_before(name)
    if not lead and "of" in low[: last_title + 1] and _of_then_name(name):
        lead = 1  # "Chief of Staff Reince Priebus", "Minister of Foreign Affairs Charlie
        # Flanagan": what the title is of, then the name
    if lead:
        # "Farmer Elizabeth Antonio", "Minors Briton Peter Saunders": a role, then a name
        return words[: last_title + 1 + lead], name[lead:], False
    return words[: last_title + 1], name, False


def _person_before_of(
    words: tuple[str, ...], low: list[str], last_title: int
) -> tuple[int, int] | None:
    """Where a person's name stands before a title's last "of" ("Jim Wright of Texas"):
    two or three words that are no titles, the first a known first name, or any two or
    three when a place alone follows the "of" ("Manaspas Xuto of Thailand", "First City
    Bancorp of Texas": the place says where the speaker is from; sp37); else None."""
    if last_title < 2 or low[last_title] != "of":
        return None
    start = last_title
    while start > 0 and low[start - 1] not in TITLES and last_title - start < 3:
        start -= 1
    if last_title - start < 2:
        return None
    if first_name_gender(words[start]) in (MALE, FEMALE):
        return start, last_title
    if not _from_place(words[start:last_title], words[last_title + 1 :]):
        return None
    if last_title - start == 3 and first_name_gender(words[start + 1]) in (MALE, FEMALE):
        start += 1  # "Republican Bill Frenzel of Michigan": a party or role, then the name
    return start, last_title


def _place(text: str) -> bool:
    return is_place_name(text) or text.lower() in COUNTRY_NAMES  # "Costa Rica" too


_LANDS = words(
    """republic kingdom states state emirates islands union federation commonwealth province
    county district region territory sultanate principality"""
)
"""Words of a land's own name before its "of" ("Democratic Republic of Congo")."""


def _from_place(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """True when the words after "of" are one place's name ("Texas", "West Virginia") and
    the words before it name no land themselves ("United States of America")."""
    return (
        bool(after)
        and all(w.replace("-", "").isalpha() for w in before)  # not "L.M. Ericsson"
        and _place(" ".join(after))
        and not _place(" ".join(before))
        and not any(w.lower().rstrip(".,") in _LANDS for w in before)
    )


def role_before_name(words: tuple[str, ...]) -> bool:
    """True when the first of ``words`` is a role capitalised before a person's name
    ("Scholar Kevin Kruse", "Farmer Elizabeth Antonio"): one word that is no first name,
    then a known first name and a surname. It is not part of the name."""
    return len(words) >= 3 and _lead_before_first_name(words) == 1


CREDIT = re.compile(r"\((?P<names>[A-Za-z][\w .&-]{0,30}(?:/[A-Za-z][\w .&-]{0,30})*)\)")
"""An outlet's credit in parentheses: "(CNN)", "(Reuters)", "(dpa/NAN)"."""


def outlet_credits(text: str) -> list[tuple[int, int]]:
    """Where ``text`` credits outlets in parentheses ("WASHINGTON (CNN) —"): the spans of
    the credits whose every name is a known outlet's or agency's. A credit is not a name
    the text mentions."""
    return [
        m.span()
        for m in CREDIT.finditer(text)
        if all(known_outlet(n) or agency_name(n) for n in m.group("names").split("/"))
    ]


def _lead_before_first_name(name: tuple[str, ...]) -> int:
    """How many words stand before a known first name that opens the last two or more
    words of ``name``, none of them a first name itself (0: none stand before one)."""
    for i in range(1, min(len(name) - 1, 4)):
        if first_name_gender(name[i - 1]) is not None:
            return 0
        if name[i].lower() in _INNER_NAMES:
            return 0  # "Ayed Abu Qtaish": "Abu" goes on a name, it opens no other (sp37)
        if first_name_gender(name[i]) in (MALE, FEMALE):
            # not "Belvin" of "Judge Belvin Perry Jr.": a surname and "Jr." need a given name
            return i if len([w for w in name[i:] if w.rstrip(".") not in _AFTER]) > 1 else 0
    return 0


def _party_before(name: tuple[str, ...]) -> int:
    """1 when ``name`` opens with a party's word before a known first name and a surname
    ("Republican Devin Nunes": a description, sp39; "Devin" is a man's or a woman's name,
    which `_lead_before_first_name` wants told)."""
    return int(
        len(name) >= 3
        and name[0].lower() in PARTY_WORDS
        and first_name_gender(name[1]) is not None
        and first_name_gender(name[0]) is None
    )


_INNER_NAMES = frozenset(["abu", "abd", "abdul", "abdel", "bin", "ibn", "bint", "binti"])
"""Arabic and Malay name words ("father of", "servant of", "son of") that stand inside a
name after a given name as readily as they open one: a word before them is no role."""


def _person_noun_before(name: tuple[str, ...]) -> int:
    """1 when ``name`` opens with a person's noun capitalised before two or more names
    ("Witness Ashad Russell": a role, lf31, even when the first name is not one known);
    not the three-letter ones, which are surnames too ("Son Heung Min", "Fan Bing Bing")."""
    first = name[0].lower() if len(name) >= 3 else ""
    return int(len(first) > 3 and first in PERSON_NOUNS and first_name_gender(name[0]) is None)


def body_then_name(name: tuple[str, ...]) -> int:
    """How many words of a body a title's "of" takes before a person's name ("Police" of
    "Inspector-General of Police Khalid Abu Bakar"): a body's words, then a known first name
    and one or more names, none a body's; 0 when the words are not so."""
    for k in range(1, min(len(name) - 1, 4)):
        if first_name_gender(name[k - 1]) is not None or not name[k - 1][:1].isupper():
            return 0
        if first_name_gender(name[k]) in (MALE, FEMALE):
            body = any(org_word(w) for w in name[:k])
            return k if body and not any(org_word(w) for w in name[k:]) else 0
    return 0


def _of_then_name(name: tuple[str, ...]) -> bool:
    """True for the words after a title's "of" that are one word of what it is of, then a
    person's two names ("Staff Reince Priebus", "Commerce Gao Hucheng"; not "Petroleos de
    Venezuela", "U.S. Central Command")."""
    return (
        len(name) == 3
        and name[0].isalpha()
        and name[0].istitle()
        and all(w[:1].isupper() for w in name[1:])
        and first_name_gender(name[0]) is None
    )


_AFTER = frozenset(["Jr", "Sr", "II", "III", "IV"])
"""What follows a surname: a generation's mark."""


def _body_before(titles: list[str]) -> bool:
    """True when the title words end on a body's name ("Defense Ministry of"), not a role."""
    for w in reversed(titles):
        if w in ORG_WORDS and w not in PERSON_TITLES:
            return True
        if w not in _CONNECTORS and (
            w in PERSON_TITLES or any(p in PERSON_TITLES for p in w.split("-") if len(p) > 3)
        ):
            return False
    return False


_CONNECTORS = frozenset(["of", "for", "the", "and", "a", "an", "to", "at", "in", "on"])
