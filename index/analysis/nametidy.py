"""A name run's words tidied before it is filed as a person: words this copy glued on
("Joe Biden-spoke", "Ashley Graham-", "Donald Trump Friday", "United Nations Nikki Haley"),
and a photo credit ("Fu Jing / China Daily") that names no one in the story."""

from __future__ import annotations

import re

from index.analysis.entitywords import JOINERS
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.placetail import seatless
from index.analysis.speechverbs import ORG_WORDS, PLACE_NAMES, SPEECH_VERBS, TITLES, words
from index.text.outlets import agency_name

_CREDIT_AFTER = re.compile(r"[ \t]*/[ \t]*[A-Z]")
"""'Fu Jing / China Daily': a photographer's name and the paper, not a person quoted."""
_HASHLIKE = re.compile(r"[a-z][A-Z]{2}|\d")
"""A word no name has: a lower-case letter before two capitals, or a digit."""
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
_GLUED_VERBS = SPEECH_VERBS | words("spoke speaks met meets visited visits arrived appeared")


_ROLE_NEXT = re.compile(
    r"[ \t]+(?:{})\b".format(
        "|".join(re.escape(w) for w in TITLES - words("the a an of for to") if len(w) > 3)
    )
)


def role_next(text: str, end: int) -> bool:
    """True when a lower-case title word follows: "Philippine" of "The Philippine vice
    president" is a country's adjective before a role, not a person's first name."""
    return _ROLE_NEXT.match(text, end) is not None


_CREDIT_BEFORE = re.compile(r"/[ \t]*$")


def after_credit(text: str, start: int, run: list[str]) -> list[str]:
    """The words of a run after the paper a photo credit names ("Peng Bin / For China Daily
    Davis Wang, co-founder of Mobike, says" -> "Davis Wang"), `unhyphened`, without a
    peer's seat ("Lord Lawson of Blaby" -> "Lord Lawson"); the run as is elsewhere."""
    return words_after_credit(run, credited_before(text, start))


def credited_before(text: str, start: int) -> bool:
    """True when a photo credit's slash stands right before ``start``."""
    return _CREDIT_BEFORE.search(text, max(0, start - 3), start) is not None


def words_after_credit(run: list[str], credited: bool) -> list[str]:
    """`after_credit` of a run, told whether a credit's slash stands before it."""
    run = seatless(run)
    if not credited:
        return unhyphened(run)
    bodies = [k for k, w in enumerate(run) if w.lower().rstrip(".,") in ORG_WORDS]
    return unhyphened((run[bodies[-1] + 1 :] if bodies else run) or run)


def place(word: str) -> bool:
    """True for a country or a capital that is no one's first name ("Moscow", not "Jordan")."""
    return word.lower() in PLACE_NAMES and first_name_gender(word) is None


def credit(text: str, end: int) -> bool:
    """True when the name run ending at ``end`` is followed by a slash and a capital."""
    return _CREDIT_AFTER.match(text, end) is not None


def tidy(name: list[str]) -> list[str]:
    """The words of a person's name without a glued verb or hyphen, a weekday after it, or
    a body's name before the first name that starts it (the name words as given otherwise).

    >>> tidy(["United", "Nations", "Nikki", "Haley"]), tidy(["Joe", "Biden-spoke"])
    (['Nikki', 'Haley'], ['Joe', 'Biden'])
    """
    out = unhyphened([w for w in (_unglued(w) for w in name) if w])
    while len(out) > 1 and _HASHLIKE.search(out[0]):
        out = out[1:]  # "https://t.co/58KiuHmITF Ryan": a link's tail glued to the name
    while len(out) > 1 and out[-1].lower() in _WEEKDAYS:
        out = out[:-1]  # "Donald Trump Friday said"
    return out[person_start(out) :]


def unhyphened(words: list[str]) -> list[str]:
    """The words with a first word's head dropped where a hyphen stands for a lost space
    ("Affairs-Charlie Flanagan", "Photographer-Ivette Ivens" -> "Charlie Flanagan"); a
    hyphenated first name or a joiner's dash ("al-Said") is kept."""
    head, dash, tail = words[0].rpartition("-") if words else ("", "", "")
    if (
        dash
        and len(words) > 1
        and first_name_gender(tail) in (MALE, FEMALE)
        and not first_name_gender(head)
        and head.lower() not in JOINERS
    ):
        return [tail, *words[1:]]
    return words


def _unglued(word: str) -> str:
    word = word.rstrip("-")
    head, dash, tail = word.rpartition("-")
    if dash and head[:1].isupper() and tail.rstrip(".,").islower() and tail in _GLUED_VERBS:
        return head  # "Biden-spoke": a space lost in this copy ("al-Said" keeps its dash)
    return word


def unglued_letters(name: list[str]) -> list[str]:
    """A person's name without an outlet's letters glued before a surname ("By Laura
    Koran, CNN Trump asserted" -> "Trump")."""
    if len(name) == 2 and _outlet_letters(name[0]) and name[1][1:].islower():
        return name[1:]
    return name


_BRAND = re.compile(r"([A-Z]{2,})[A-Z][a-z]+")
"""An outlet's letters run into a word of its brand ("CNNMoney")."""


def _outlet_letters(word: str) -> bool:
    """True for a broadcaster's or agency's letters ("CNN", "AP"), as they end a byline,
    or its letters with a brand's word ("CNNMoney")."""
    if word.lower() in _OUTLET_LETTERS or (word.isupper() and agency_name(word)):
        return True
    brand = _BRAND.fullmatch(word)
    return brand is not None and brand[1].lower() in _OUTLET_LETTERS


_OUTLET_LETTERS = frozenset(
    ["cnn", "bbc", "npr", "msnbc", "cnbc", "cbs", "nbc", "abc", "pbs", "afp", "upi", "nhk", "itv"]
)
"""Broadcasters' and agencies' letters that end a byline ("By Laura Koran, CNN"); not
every acronym: "PJ Haverty", "MSC Cruises", "UK Anti-Doping" keep theirs."""


def person_start(name: list[str]) -> int:
    """Where a person's name starts inside a run that a body's name opens ("United Nations
    Nikki Haley" -> 2, "CNN Jake Tapper" -> 1): at a first name after two words or an
    acronym, none of them a first name, an initial or a title ("Recep Tayyip Erdogan",
    "US Ambassador Nikki Haley" stay whole)."""
    for k in range(1, len(name) - 1):
        before = name[:k]
        if (
            first_name_gender(name[k]) is not None
            and (k >= 2 or before[0].isupper())
            and not any(_not_a_body(w) for w in before)
        ):
            return k
    return 0


def _not_a_body(word: str) -> bool:
    low = word.lower().rstrip(".")
    return first_name_gender(word) is not None or "." in word or len(low) == 1 or low in TITLES
