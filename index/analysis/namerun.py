"""What a run of capitalised words says on its own: the name, titles and kind it gives.

`NameBook` reads every run of capitals of an article (`CAP_RUN`, `runs_outside`); most of what
it makes of a run depends on the run's words only, and the same runs ("Trump", "White House",
"The") come back in paragraph after paragraph and article after article. `run_shape` is that
part, cached; the book reads the text around the run itself (who speaks, who leads a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from index.analysis.firstnames import first_name_gender, title_gender
from index.analysis.lostletters import LOST_LETTER
from index.analysis.names import ABBREVIATIONS, body_then_name, split_title
from index.analysis.nametidy import (
    person_start,
    place,
    tidy,
    unglued_letters,
    words_after_credit,
)
from index.analysis.notnames import not_name_edges
from index.analysis.placefirst import first_name_at_front
from index.analysis.speechverbs import (
    NOT_NAMES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_TITLES,
    PLACE_NAMES,
    PLACE_WORDS,
    TITLES,
)
from index.text.sentences import DAY_AFTER, WEEKDAY_STOPS

__all__ = [
    "CAP_RUN",
    "RunShape",
    "body_person",
    "run_shape",
    "runs_outside",
    "sentence_ends",
]

_LETTERS = rf"[\w'’\-\ufffd]*+(?:{LOST_LETTER}[\w'’\-\ufffd]*+)*+"
"""A word's letters after its first: U+FFFD among them, a letter a copy lost
("M\ufffd\ufffdller", sp39), and a "?" between two letters, one lost too ("Sch?uble", sp52)."""
_NAME_WORD = (  # "J.", "U.S.", "Mr.", "Acme": a capital (or "Ó", "É"), then its stop, a title's,
    # or letters (`_LETTERS`)
    rf"[A-ZÀ-ÖØ-Þ](?:{_LETTERS}(?!\.)|"
    r"(?:\.[A-Z])*\.|(?:(?<=M)(?:r|rs|s)|(?<=D)r|(?<=S)(?:en|t|r)|(?<=G)(?:en|ov)|"
    rf"(?<=R)ep|(?<=L)t|(?<=C)(?:ol|apt)|(?<=A)dm|(?<=J)r)\.|{_LETTERS})"
)  # (the titles: Mr Mrs Ms Dr Sen St Sr Gen Gov Rep Lt Col Capt Adm Jr)
# qp45: a word's letters with no full stop after them come first, taken whole (no title's nor
# initial's dot can follow: the same word the last alternative reads, a quarter cheaper), and
# the blanks between words whole, then only what can follow them (a particle or a capital)
CAP_RUN = re.compile(  # opening on a capital lets the engine skip to capitals (no lookahead)
    rf"{_NAME_WORD}"
    rf"(?:[ \t]++(?=[A-ZÀ-ÖØ-Þdvlbaoe])"
    rf"(?:(?:de|van|von|der|al|bin|la|le|du|da|di|of)[ \t]+|(?:al|el|bin|abu)-)?"
    rf"{_NAME_WORD})*"
)
"""A run of capitalised words, a name's particles ("de", "van", "al-") between them."""


def runs_outside(text: str, quoted: Sequence[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The runs of capitals of ``text`` that start outside the quoted ``(start, end)`` spans
    (in order of start): the last span that opens at or before a run has closed by then.
    Runs come in order, so that span is read with a cursor, past the next span's start."""
    k, closes = -1, -1
    opens = quoted[0][0] if quoted else len(text)  # where the next span opens
    for m in CAP_RUN.finditer(text):
        at = m.start()
        if opens <= at:
            while k + 1 < len(quoted) and quoted[k + 1][0] <= at:
                k += 1
            closes = quoted[k][1]
            opens = quoted[k + 1][0] if k + 1 < len(quoted) else len(text)
        if at >= closes:
            yield m


class RunShape(NamedTuple):
    """A run of capitals read as a name, before the text around it is looked at.

    Attributes:
        name: The name's words (titles, a possessive 's and glued words gone).
        titles: Title words before it (an honorific first), as given.
        organisation: True for a body's name ("NATO", "Defense Ministry").
        owned: True when the run names what someone else has ("Shares of Acme Corp").
        possessive: True when the run ends in 's or s' ("Chase's stock").
        person_title: True when its last title is a person's ("Senator", "Mrs").
        filed: False for a person's name the book never files ("Wall Street", "the West
            Virginia Democrat"); an organisation's is always filed.
    """

    name: tuple[str, ...]
    titles: tuple[str, ...]
    organisation: bool
    owned: bool
    possessive: bool
    person_title: bool
    filed: bool


_INITIALS = re.compile(r"(?:[A-Z]\.)+,?$")
"""An initial or initials with their dots ("W.", "U.S."), a comma after them allowed."""
_PLACE_INITIALS = frozenset(["U.S.", "U.K.", "U.N.", "E.U."])
"""Initials of a place or body that a person's name never starts with ("U.S. Miller" is
"the U.S." ending a sentence whose full stop is the abbreviation's)."""


@lru_cache(maxsize=1 << 16)
def run_shape(run: str, credited: bool) -> RunShape | None:
    """The name a run of capitals gives on its own, or None when it gives none.

    Args:
        run: The run's text (a match of the book's run pattern).
        credited: True when a photo credit's slash stands right before the run
            ("Peng Bin / For China Daily Davis Wang": the name after the paper's).

    The book still drops the run when a slash and a capital follow it (a credit of its
    own), and reads the text around it for the rest.
    """
    if run.lower().rstrip(".") in NOT_NAMES:
        return None  # "The", "But", "He" alone (a quarter of the runs): never a name
    words = run.split()
    kept = not_name_edges(words)  # less a share row ("Send Facebook Twitter Google": sp46)
    if len(kept) < len(words):  # "PREV Benfica", "Calif. Gov. Gavin Newsom"
        return run_shape(" ".join(kept), credited) if kept else None
    for i in range(1, len(words)):
        if _new_sentence(words[i - 1], words[i]):  # "...across the U.S. He said": "U.S."
            return run_shape(" ".join(words[:i]), credited)
    words = words_after_credit(words, credited)
    if "of" in words[2:-1] and _person_of(words[: words.index("of", 2)]):
        return run_shape(" ".join(words[: words.index("of", 2)]), credited)
    owned = False
    if len(words) > 2 and words[1] == "of" and not _body_or_title(words[0]):
        words = words[2:]  # "Shares of Acme Corp": the name stands after "of"
        owned = True
    owner = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    if owner:
        words = words[owner[-1] + 1 :]  # "Al Jazeera's Natasha Butler"
    possessive = words[-1].endswith(("'s", "’s", "s'", "s’"))
    if words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]
    elif words[-1].endswith(("s'", "s’")):
        words[-1] = words[-1][:-1]  # "Guterres' rebuke"
    honorific = ""
    while words and words[0].lower().rstrip(".") in NOT_NAMES and not honorific:
        if title_gender(words[0]) is not None:
            honorific = words[0]  # "Mrs Porter": who "she" is
        words = words[1:]
    if len(words) > 1 and words[0].lower().endswith(_AGED):
        words = words[1:]  # "Twenty-nine-year-old Hemlata": her age, not her name
    if not words:
        return None
    titles, name, organisation = split_title(words[person_start(words) :])
    if honorific:
        titles = [honorific, *titles]
    # an initial keeps its dot as written ("George W. Bush", "U.S. Capitol Police": sp41)
    name = [w.rstrip(",") if _INITIALS.match(w) else w.rstrip(".,") for w in name]
    name = [w for w in name if w]
    name = tidy(name)
    if not organisation and not titles:
        name = unglued_letters(name)
        if len(name) == 2 and name[0].endswith("ing") and not first_name_gender(name[0]):
            name = name[1:] if first_name_gender(name[1]) else name  # "Meeting Lina and"
    while len(name) > 1 and name[0].lower() in PLACE_NAMES and not first_name_at_front(name):
        name = name[1:]  # "in Malaysia Zahid said": a heading glued to the text
    if len(name) > 1 and not organisation and name[0] in _PLACE_INITIALS:
        name = name[1:]  # "... entering the U.S. Miller, who was": a sentence's end (sp41)
    if not name or (run.isupper() and len(name) > 1) or len(name[0]) == 1 == len(name):
        return None  # "U" of "U.S.": no name
    if len(name) == 1 and not titles and (place(name[0]) or name[0] in _PLACE_INITIALS):
        return None  # "Moscow denies": a government, never who "he" (or "it") is
    if len(name) == 1 and not titles and (name[0].isupper() or initialism(name[0])):
        organisation = True  # "SPLC", "NATO", "PGNiG" (sp58)
    filed = organisation or not (
        name[-1].lower() in PLACE_WORDS  # "Wall Street", "Preston Park Hotel"
        or len(name) > 4
        or name[-1].lower() in PARTY_MEMBERS  # "the West Virginia Democrat": described
    )
    person_title = bool(titles) and titles[-1].lower().rstrip(".") in PERSON_TITLES
    return RunShape(
        tuple(name), tuple(titles), organisation, owned, possessive, person_title, filed
    )


def initialism(word: str) -> bool:
    """True for a word of three capitals or more with small letters among them, a firm's
    initials ("PGNiG", Polskie Górnictwo Naftowe i Gazownictwo), never a person's one
    name ("McDonald", "DiCaprio", "LaShawn" hold two): not who "she" is (na-2169, sp58)."""
    return word.isalpha() and sum(c.isupper() for c in word) >= 3


def body_person(shape: RunShape) -> RunShape:
    """A body's run read as that body's person where "of the" stood before it: "House Paul
    Ryan" of "Speaker of the House Paul Ryan" (the run starts after "the") is Paul Ryan, his
    title's body before his name (sp39: the body's name left a bare "Ryan" named no one)."""
    body = body_then_name(shape.name) if shape.organisation else 0
    if not body:
        return shape
    return shape._replace(name=shape.name[body:], titles=shape.name[:body], organisation=False)


_AGED = ("-year-old", "-years-old")
"""How an age that opens a sentence before a name ends."""

_SUBJECTS = frozenset(["he", "she", "they", "we", "it", "i", "you"])


def _new_sentence(before: str, word: str) -> bool:
    """True when ``word`` opens a sentence after the full stop of ``before``: a subject
    pronoun after an abbreviation or initial ("U.S. He", "Jr. She"), but not after a
    title ("Mr. He", "Sen. He Jiankui": He is a surname there)."""
    return (
        word.lower() in _SUBJECTS
        and before.endswith(".")
        and before.lower().rstrip(".") not in TITLES
    )


def _person_of(words: list[str]) -> bool:
    """True for the words before "of" of a person's name and their firm ("Philip Braverman
    of Irving Trust Securities Inc"): a man's or woman's first name, then names, none a
    title or a body's word (not "Bank of", "Duke of", "Secretary of"); or a person's titles
    then such names ("King Fahd of Saudi Arabia": reut-05167's "he said" after it, sp48)."""
    lows = [w.lower().rstrip(".,") for w in words]
    titled = 0
    while titled < len(lows) - 1 and (lows[titled] in PERSON_TITLES or lows[titled] == "crown"):
        titled += 1  # "King Fahd of Saudi Arabia", "President Mubarak of Egypt" (sp48)
    if not (titled or first_name_gender(words[0]) in ("m", "f")):
        return False
    rest = lows[titled:]  # nor a plural title ("Prime Ministers Zhao Ziyang of China and")
    return not any(w in ORG_WORDS or w in TITLES or (titled and w[:-1] in TITLES) for w in rest)


def _body_or_title(word: str) -> bool:
    """True for a word that can head a name with "of" ("Bank of", "Secretary of")."""
    low = word.lower().rstrip(".,")
    if any(part in TITLES for part in low.split("-") if len(part) > 3):
        return True  # "Vice-Minister of Commerce"
    return low in ORG_WORDS or low in TITLES or first_name_gender(word) is not None


_BOUNDARY = re.compile(  # opening on the one character both kinds start with: a fast scan
    r"[.!?\n](?:(?<=[.!?])[\"”’)]*-?\s+(?=[\"“‘(]?[A-Z])|(?<=\n)\s*)"
)  # (was "[.!?][\"”’)]*-?\s+(?=[\"“‘(]?[A-Z])|\n\s*", the same matches, read twice as slowly)
_LONGEST_ABBREVIATION = max(len(word) for word in ABBREVIATIONS)


def sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` (after the first) start: after a full stop, "!" or
    "?" and a space before a capital, or a line break; not after the full stop of "Mr."
    or "U.S." or an initial; and after a link before a capital (a page's share row run on
    with no full stop: "Permalink http://dw.com/p/2ZM32 Mnuchin remained upbeat", sp50)."""
    out: list[int] = []
    for m in _BOUNDARY.finditer(text):
        start = m.start()
        dot = text[start] == "."
        if dot and text[start - 1 : start].isalpha() and _abbreviation_before(text, start):
            continue
        out.append(m.end())
    if "://" in text:
        out = sorted(set(out).union(m.end() for m in _LINK_THEN_CAPITAL.finditer(text)))
    return out


_LINK = re.compile(r"\bhttps?://\S+|\bwww\.\S+")
_LINK_THEN_CAPITAL = re.compile(r"\bhttps?://\S*[\w/][ \t]+(?=[A-Z])")


def without_links(text: str) -> str:
    """``text`` with each link's characters as "x" (same offsets), so that no run of
    capitals opens inside one ("http://dw.com/p/2ZM32 Mnuchin" read "ZM32 Mnuchin", sp50)."""
    if "://" not in text and "www." not in text:
        return text
    return _LINK.sub(lambda m: "x" * len(m.group()), text)


def _abbreviation_before(text: str, stop: int) -> bool:
    """True when the letters right before ``stop`` are one letter or an abbreviation. Only
    the last few characters are read: a longer word is no abbreviation."""
    low = max(0, stop - _LONGEST_ABBREVIATION - 1)
    if stop - low > _LONGEST_ABBREVIATION and text[low:stop].isalpha():
        return False  # most words before a full stop: too long to be one
    j = stop
    while j > low and text[j - 1].isalpha():
        j -= 1
    if j == low and low > 0 and text[j - 1].isalpha():
        return False  # longer than any abbreviation
    word = text[j:stop].lower()
    if word in WEEKDAY_STOPS:  # "on Fri. March 20" (nu82)
        return DAY_AFTER.match(text[stop + 1 : stop + 16].lstrip()) is not None
    return len(word) == 1 or word in ABBREVIATIONS
