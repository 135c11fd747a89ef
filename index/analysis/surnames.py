"""The persons an article names, by surname: what `NameBook.full_name` looks through.

Going through every mention of the article for each quote's speaker made attribution
quadratic in a long article's quotes (a 3 MB transcript took minutes); this finds the few
names with the surname asked for, and where each is mentioned, at once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from index.analysis.familyfirst import family_first
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.namevariants import unprefixed

if TYPE_CHECKING:
    from index.analysis.namebook import Mention


_GIVEN_HYPHENATED = re.compile(r"[A-Z][a-z]+-[A-Za-z][a-z]+$")
"""A given name of two syllables joined ("Ki-moon", "Jong-un", "Sun-Sup"): a Korean name,
the family name first (filed under both, so "Chung" is the nearest of two Chungs)."""


_WITHIN = 30
"""How far after the offset asked about (characters) a full name still stands in the
speaker's own words ("resident-Taha Raed told": "Raed" is that "Taha Raed")."""


def _opens_sentence(text: str, mention: Mention) -> bool:
    """True when ``mention`` opens its sentence with the name written in full ("President
    Donald Trump said"), not after a comma ("with his wife, Ivanka Trump, while")."""
    if mention.name not in text[mention.start : mention.start + len(mention.name) + 60]:
        return False  # "Trump" filed as the "Ivanka Trump" named before it
    before = text[max(0, mention.start - 3) : mention.start].rstrip()
    return not before or before[-1] in '.!?\n"”'


@lru_cache(maxsize=1 << 14)  # the same names come back in mention after mention
def filing_keys(name: str) -> tuple[str, ...]:
    """The keys a person's name is filed under (none for a name of one word): its surname
    as is and without "al-", and its first word for a name said family name first ("Ban
    Ki-moon", "Yi Xiaozhun"); each key once (each has a table of its own: their order is
    moot). Worked out once per distinct name: the book files a mention of the same few
    people in paragraph after paragraph."""
    words = name.split()
    if len(words) < 2:
        return ()
    last = words[-1].lower()
    keys = [last]
    if "-" in last and unprefixed(last) != last:  # else unprefixed gives ``last``
        keys.append(unprefixed(last))
    lower = [w.lower() for w in words]
    if lower[0] not in keys and (
        (len(words) == 2 and "-" in words[1] and _GIVEN_HYPHENATED.match(words[1]))
        or family_first(lower)
    ):  # "Ban Ki-moon", "Moon Jae-in", "Yi Xiaozhun": the family name first
        keys.append(lower[0])
    return tuple(keys)


class Surnames:
    """Persons' names of two words or more by surname (as is and without "al-"), then by
    name and gender, each with where it is mentioned: ``(start, order filed)``, in order."""

    def __init__(self) -> None:
        """None yet: `file` each mention, in the order of the book's mentions."""
        self._names: dict[str, dict[tuple[str, str | None], list[tuple[int, int]]]] = {}
        self._filed = 0
        self._leading: set[tuple[str, str | None]] = set()  # spoke or led a sentence once

    def file(self, mention: Mention, text: str = "") -> None:
        """Take in a mention: after those that start where it starts, as the book keeps
        them (so the first of two at one offset stays the first). A speaker's or a
        sentence's subject's name that opens its sentence in ``text`` may be pointed to
        from before."""
        if mention.organisation:
            return
        keys = filing_keys(mention.name)
        if not keys:
            return  # a name of one word
        self._filed += 1
        entry = (mention.name, mention.gender)
        if mention.speaker and _opens_sentence(text, mention):
            self._leading.add(entry)
        for key in keys:
            table = self._names.get(key)
            if table is None:
                table = self._names[key] = {}
            at = table.get(entry)
            if at is None:
                table[entry] = [(mention.start, self._filed)]
            else:
                bisect.insort(at, (mention.start, self._filed))

    def names(self, last: str) -> Iterable[tuple[str, str | None]]:
        """The ``(name, gender)`` of the persons filed under ``last`` (lower case): those
        whose surname it is, and some more (filed under a part of their name too)."""
        return self._names.get(last, {}).keys()

    def nearest(self, words: Sequence[str], offset: int, gender: str | None) -> str | None:
        """The longer name that ends in ``words`` mentioned last before ``offset``, else
        first after it if it speaks or leads a sentence there ("Trump said" before "Donald
        Trump said", not before "his wife, Ivanka Trump") or stands right there; with a
        ``gender``, none that contradicts it. Of two at one offset, the one filed first.
        None when no name fits."""
        last = words[-1].lower()
        best: tuple[int, int, int, str] | None = None  # (before, position, -order, name)
        for (name, m_gender), at in self._names.get(last, {}).items():
            m_words = name.split()
            if len(m_words) <= len(words):
                continue
            if len(words) >= 2 and [w.lower() for w in m_words[-len(words) :]] != [
                w.lower() for w in words
            ]:
                continue
            if gender in (MALE, FEMALE) and (m_gender or first_name_gender(m_words[0])) in (
                MALE if gender == FEMALE else FEMALE,
            ):
                continue  # "Mrs. Trump" is not the "Donald Trump" named before
            k = bisect.bisect_right(at, (offset, self._filed + 1))
            if k:
                start = at[k - 1][0]
                rank = (1, start, -at[bisect.bisect_left(at, (start, 0))][1], name)
            elif (name, m_gender) in self._leading or at[0][0] - offset <= _WITHIN:
                rank = (0, -at[0][0], -at[0][1], name)
            else:
                continue
            if best is None or rank[:3] > best[:3]:
                best = rank
        return None if best is None else best[3]
