"""Surnames two people share in the articles compared, so that the surname names neither.

nu51's Cuomo report: CNN Business names Chris Cuomo and Andrew Cuomo, the others Andrew
Cuomo or "Cuomo" alone; matching a person by surname made Chris Cuomo "given" by every
article. When the articles compared name two people of one surname in full ("Andrew" and
"Chris Cuomo"), an article gives one of them only by a full name of theirs: another given
name is another person, and the surname alone is either. A given name another way
("Sergei"/"Sergey", "Bill"/"William", "A."/"Andrew") is still the one person. The surname
alone ("Cuomo", "President Biden") gives the surname's main bearer (cp44, rv56's Biden
case): the person named in full most often over the articles, or on a tie the one whose
title it has ("President Joe Biden" and his son Hunter), else nobody. Used by
`index.analysis.namematch` (`names_only_in`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING

from index.analysis.demonyms import is_demonym
from index.analysis.entitywords import CORE_TITLES, NICKNAMES
from index.analysis.firstnames import first_name_gender
from index.analysis.words import STOPWORDS

if TYPE_CHECKING:
    from index.analysis.namematch import ArticleNames, Entity


def given(key: tuple[str, ...]) -> bool:
    """True when ``key`` (a name's matching words) opens with a first name people have, not
    a people's word ("the Dutch Trump" is no Trump of his family)."""
    return len(key) > 1 and first_name_gender(key[0]) is not None and not is_demonym(key[0])


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter added or dropped ("Kory"/"Korey",
    "Hilary"/"Hillary", "Teresa"/"Theresa"), or, in five letters or more, one letter changed
    ("Stephan"/"Stephen", "Fatah"/"Fateh")."""
    if len(a) == len(b):
        return len(a) >= 5 and sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) != 1:
        return False
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _same_word(a: str, b: str) -> bool:
    """One given name (or a name's word) written two ways: a nickname or a shortening ("Cy"/
    "Cyrus", "Steve"/"Stephan"), an initial ("A"/"Andrew") or a spelling (`_one_edit`,
    "Sergei"/"Sergey"); not a man's name and a woman's ("Mario"/"Maria", "Paul"/"Paula":
    a brother and a sister, rv56) unless one is a nickname ("Alex" of "Alexandra")."""
    if _two_genders(a, b):
        return False
    for x in {a, NICKNAMES.get(a, a)}:
        for y in {b, NICKNAMES.get(b, b)}:
            short, long_ = sorted((x, y), key=len)
            if x == y or _one_edit(x, y) or long_.startswith(short):
                return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    nickname = (a in NICKNAMES or b in NICKNAMES) and common >= 3
    return nickname or (common >= 4 and common >= min(len(a), len(b)) - 1)


def _two_genders(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are first names the lexicon gives one to men, the other to
    women (neither both, nor a nickname's key)."""
    if a in NICKNAMES or b in NICKNAMES:
        return False
    return {first_name_gender(a), first_name_gender(b)} == {"m", "f"}


def _spelt(word: str, text_word: str) -> bool:
    """True when a text's word is ``word`` of a name in another spelling (`_same_word`):
    not a short word that begins it ("and" for "Andrew", "a" for an initial)."""
    return word == text_word or (
        len(text_word) > 2 and text_word not in STOPWORDS and _same_word(word, text_word)
    )


def one_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when the full names ``a`` and ``b`` of one surname may name one person: the same
    given name (`_same_word`), one name inside the other ("Andrew Cuomo"/"Andrew M. Cuomo"),
    the shorter the longer's tail ("Ben Belgacem" of "Ziyed Ben Belgacem", "Fateh al-Sham" of
    "Jabhat Fatah al-Sham"), or one's given name the other's middle initial ("Frank McKenzie"
    and "Kenneth F. McKenzie")."""
    if a[-1] != b[-1]:
        return False
    short, long_ = sorted((a, b), key=len)
    if set(short) <= set(long_) or short[0][0] in [w for w in long_[1:-1] if len(w) == 1]:
        return True
    tail = long_[len(long_) - len(short) :]
    return all(_same_word(x, y) for x, y in zip(short, tail, strict=True))


def _words(text: str) -> list[str]:
    """The words of ``text`` (`ArticleNames.words`), a possessive's "'s" dropped ("Floyd's")."""
    return [_POSSESSIVE.sub("", w) for w in text.split()]


_POSSESSIVE = re.compile(r"['’]s?$")

_INITIAL = re.compile(r"\b([A-Z])\b\.?")
"""A middle initial as a name is written ("Kenneth F. McKenzie"): its key drops it."""


@dataclass(frozen=True, slots=True)
class People:
    """The persons named in full in the articles compared whose surname two of them share,
    each full name with the number of its person (names of one person joined, `one_person`,
    through any third: "Kenneth McKenzie", "Kenneth F. McKenzie", "Frank McKenzie")."""

    person: dict[tuple[str, ...], int]
    main: dict[str, int] = field(default_factory=dict)
    """Each shared surname's main bearer, when one is named in full most often."""
    tied: dict[str, dict[int, set[str]]] = field(default_factory=dict)
    """On a tie, the titles before each tied bearer's full name ("president" for Joe)."""

    @classmethod
    def of(cls, entities: Iterable[Entity], articles: Sequence[ArticleNames] = ()) -> People:
        """The people of the full names ``entities`` (every article's): names opening with a
        known first name only (`given`), so that "House" and "Senate Democrats" make none;
        one's given name another's middle initial is one person ("Frank" McKenzie). Each
        shared surname's main bearer is read from the ``articles`` (`_bearers`)."""
        by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        middle: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for e in entities:
            if given(e.key):
                by_surname[e.key[-1]].append(e.key)
                middle[e.key].update(m.lower() for m in _INITIAL.findall(e.name.split(" ", 1)[-1]))
        person: dict[tuple[str, ...], int] = {}
        for keys in by_surname.values():
            same = list(dict.fromkeys(keys))
            found = list(range(len(same)))  # each name's person, joined as they match
            for i, j in combinations(range(len(same)), 2):
                a, b = same[i], same[j]
                if found[i] != found[j] and (
                    one_person(a, b) or a[0][0] in middle[b] or b[0][0] in middle[a]
                ):
                    old = found[j]
                    found = [found[i] if f == old else f for f in found]
            if len(set(found)) > 1:
                base = len(person)  # numbers apart from another surname's people
                person.update({key: base + f for key, f in zip(same, found, strict=True)})
        people = cls(person)
        people._bearers([a.words for a in articles])
        return people

    def _bearers(self, texts: list[str]) -> None:
        """Count each person's full names over ``texts`` (matching forms, `ArticleNames.words`)
        and note the titles just before them; the surname goes to the one counted most."""
        counts: Counter[int] = Counter()
        titles: dict[int, set[str]] = {}
        for words in map(_words, texts):
            for key, who in self.person.items():
                for end in range(len(key), len(words) + 1):
                    if tuple(words[end - len(key) : end]) == key:
                        counts[who] += 1
                        before = words[end - len(key) - 1 : end - len(key)]
                        titles.setdefault(who, set()).update(set(before) & CORE_TITLES)
        by_surname: dict[str, set[int]] = defaultdict(set)
        for key, who in self.person.items():
            by_surname[key[-1]].add(who)
        for surname, whos in by_surname.items():
            most = max(counts[w] for w in whos)
            top = [w for w in whos if counts[w] == most and most > 0]
            if len(top) == 1:
                self.main[surname] = top[0]
            elif top:
                self.tied[surname] = {w: titles.get(w, set()) for w in top}

    def gives(self, key: tuple[str, ...], names: Iterable[tuple[str, ...]], *texts: str) -> bool:
        """True when an article gives the person ``key``: in full (`in_full`), or by the
        surname alone when they are its main bearer (cp44), ``texts[0]`` its words."""
        if self.in_full(key, names, *texts):
            return True
        who, surname = self.person[key], key[-1]
        words = _words(texts[0]) if texts else []
        keys = [k for k in self.person if k[-1] == surname]
        bare = [  # the word before each surname that ends no full name ("Andrew M. Cuomo")
            words[k - 1] if k else ""
            for k, w in enumerate(words)
            if w == surname
            and not (k and len(words[k - 1]) == 1)
            and not any(tuple(words[k + 1 - len(n) : k + 1]) == n for n in keys)
        ]
        if not bare:
            return False
        if surname in self.main:
            return self.main[surname] == who
        fit = [w for w, t in self.tied.get(surname, {}).items() if t & set(bare)]
        return fit == [who]

    def shared(self, key: tuple[str, ...]) -> bool:
        """True when ``key`` is a person's full name whose surname another person has."""
        return key in self.person

    def in_full(self, key: tuple[str, ...], names: Iterable[tuple[str, ...]], *texts: str) -> bool:
        """True when an article gives the person ``key`` by a full name: one of its ``names``
        of that person, or the name's words in one of its ``texts`` (matching forms joined
        and padded by spaces, as `ArticleNames.words`), each word maybe spelt otherwise
        ("Fateh al-Sham" for "Fatah al-Sham", which no name of the text holds)."""
        mine = self.person[key]
        if any(self.person.get(k) == mine for k in names):
            return True
        for text in texts:
            words = text.split()
            for end in range(len(key), len(words) + 1):
                run = words[end - len(key) : end]
                if run[-1] == key[-1] and all(map(_spelt, key, run)):
                    return True
        return False
