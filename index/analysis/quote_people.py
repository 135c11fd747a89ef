"""One person, one speaker: the names a corpus's quotes give one person ("Jean-Claude Juncker",
"Jean Claude Juncker", "Mr. Juncker", "Juncker's") keyed as one when they are read (no
derived data changes: an index's quotes keep the names their articles give).

Two full names are one person when they are the same words once titles, dots, case,
diacritics ("Macrón"), hyphens ("Kim Jong-un", "Kim Jong Un"), a possessive and a given
name's short form ("Steve", "Steven": `index.analysis.entitywords.NICKNAMES`) are set aside,
and their middle initials do not differ: "George W. Bush" and "George H. W. Bush" are two
men, and "George Bush" joins the one of them the corpus gives, else neither. A surname
alone ("Juncker", "Mr. Juncker") joins the one person of the corpus whose full name ends
with it; never when two do ("Donald Trump", "Ivanka Trump"), never a word that is a man's,
a woman's or a people's name ("James", "German"), and never a Chinese family name ("Xi",
"Xiao": too many people share each for one corpus to tell them, though an article or a
story may, `index.analysis.speakernames`)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from index.analysis.bare_hints import bare_hint, clashes, given_before
from index.analysis.demonyms import is_demonym
from index.analysis.entitywords import NICKNAMES
from index.analysis.familyfirst import family_first
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.people_spellings import body_order, close_first_names, tidied
from index.analysis.quotes import quote_words
from index.analysis.speakernames import bare_surname, spelling_key
from index.analysis.speechverbs import ORG_WORDS
from index.analysis.spelling_fold import LOST, alike, lost_letter_match

__all__ = ["People", "folded"]

_FORMAL = frozenset(["stephen", "catherine"])
"""Given names of their own that `NICKNAMES` maps to another spelling."""
_GIVEN = {short: full for short, full in NICKNAMES.items() if short not in _FORMAL}
"""Short forms of given names ("steve" -> "steven"); not one formal name taken for another
("Stephen" and "Steven" Miller may be two men), see `_FORMAL`."""

_HYPHENS = re.compile(r"[-\u2010\u2011\u2012\u2013]+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PINYIN = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[iu]?"
    r"(?:ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ui|iu|ie|ue|er|a|o|e|i|u)"
)
"""One syllable of Pinyin (or of Wade-Giles, near enough): "xiao", "zhang", "wong"."""
_NO_PART = frozenset(["based", "born", "led", "owned", "run", "backed", "made", "bred"])
"""Hyphened words that make a place or a body's name no person's ("Francisco-based Uber")."""
_BARE = "~"
"""Opens the key of a surname said alone, which no full name's key opens with."""
_BODY = "="
"""Opens the key of a name that is no person's full name ("White House", "J. Smith")."""


def folded(name: str) -> str:
    """``name`` without diacritics, hyphens between its words' parts or a closing possessive
    ("Jean-Claude Juncker's" -> "Jean Claude Juncker"; "Macrón" -> "Macron")."""
    return " ".join(_HYPHENS.sub(" ", _plain(name)).split())


def _plain(name: str) -> str:
    """``name`` without diacritics or a closing possessive."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _POSSESSIVE.sub("", plain.strip())


def _given(word: str) -> str:
    return _GIVEN.get(word, word)


@lru_cache(maxsize=1 << 16)  # `speakers QUERY` builds two People of the corpus's names (qp42)
def _key(name: str) -> tuple[str, tuple[str, ...], bool]:
    """A name's person key before surnames alone are joined, its initials, and whether it is a
    surname alone."""
    name = tidied(name)  # "Affairs Charlie Flanagan": Charlie Flanagan
    plain = _plain(name)
    parts = {w.strip(".,").lower() for w in _HYPHENS.sub(" ", plain).split()}
    if parts & _NO_PART or parts & ORG_WORDS:  # "Defense Ministry of Russia": not "Russia"
        return _BODY + body_order(folded(name).casefold()), (), False
    surname = bare_surname(plain)  # before hyphens go: "Ocasio-Cortez" is one word
    if surname is not None and plain.split()[-1][:1].isupper():
        return _BARE + folded(surname), (), True
    plain = folded(name)
    key, initials = spelling_key(plain)
    if key is plain:  # spelling_key's own: a body's name, or one word once initials go
        return _BODY + body_order(plain.casefold()), (), False
    words = key.split()
    return " ".join([_given(words[0]), *words[1:]]), initials, False


class People:
    """The persons a corpus's speakers' names stand for.

    Args:
        names: Every name the corpus gives a speaker, once each time it gives it (the
            counts choose the name a person is listed under: the most given full name).
        bodies: The bodies of the articles that give a name for a speaker: a surname given
            alone joins no person of the corpus its articles rule out (`bare_hint`: "Mr
            Daly" no Clare Daly, the firm "Carson" no Joe Carson). None: not read.
    """

    def __init__(
        self,
        names: Iterable[str | None],
        bodies: Callable[[str], Iterable[str]] | None = None,
    ) -> None:
        self._used = Counter(n for n in names if n)
        found = {name: _key(name) for name in self._used}
        fulls = {key for key, _, bare in found.values() if not bare}
        spaced = {n: _spaced(n) for n, (_, _, bare) in found.items() if bare}
        hyphened = {n: key for n, key in spaced.items() if key is not None and key[0] in fulls}
        found |= hyphened  # "David-Davis" is the corpus's "David Davis"; a lone "Smith-Jones" stays
        told: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key, initials, _ in found.values():
            if initials:
                told[key].add(initials)
        self._person: dict[str, str] = {}
        for name, (key, initials, _) in found.items():
            if len(told.get(key, ())) > 1:  # two men: W. and H. W.; "George Bush" is either
                key = f"{key}/{'.'.join(initials)}"
            self._person[name] = key
        self._spelt = close_first_names(set(self._person.values()))  # "Dmitri", "Dmitry"
        for name, key in self._person.items():
            self._person[name] = self._spelt.get(key, key)
        self._alike = _spellings(set(self._person.values()))  # "Schäuble", "Schaeuble" (sp55)
        for name, key in self._person.items():
            self._person[name] = self._alike.get(alike(key), key)
        self._surnames = _surnames(set(self._person.values()))
        for name, (key, _, bare) in found.items():
            if bare:
                joined = _bare_person(self._surnames, key[1:])
                if joined is not None and bodies is not None:
                    joined = None if _ruled_out(joined, name, list(bodies(name))) else joined
                self._person[name] = joined or key
        self._names: dict[str, list[str]] = defaultdict(list)
        for name, key in self._person.items():
            self._names[key].append(name)
        self._shown = {
            key: max(names, key=lambda n: (not found[n][2], n not in hyphened, *self._rank(n)))
            for key, names in self._names.items()
        }

    def _rank(self, name: str) -> tuple[bool, bool, int, str]:
        # a spelling with a lost letter ("Sch?uble") after any whole one, however often given
        return tidied(name) == name, not any(c in LOST for c in name), self._used[name], name

    @property
    def names(self) -> Collection[str]:
        """Every name given, once."""
        return self._used.keys()

    def key(self, name: str) -> str:
        """The key of the person ``name`` stands for (one not in the corpus: as it would be)."""
        known = self._person.get(name)
        if known is not None:
            return known
        key, initials, bare = _key(name)
        spaced = _spaced(name) if bare else None
        if spaced is not None and self._spelt.get(spaced[0], spaced[0]) in self._names:
            return self._spelt.get(spaced[0], spaced[0])
        if bare:
            return _bare_person(self._surnames, key[1:]) or key
        told = f"{key}/{'.'.join(initials)}"
        key = told if key not in self._names and told in self._names else key
        key = self._spelt.get(key, key)
        if "/" in key or key.startswith(_BODY):
            return key
        found = alike(key)
        lost = lost_letter_match(found, self._alike) or ""
        return self._alike.get(found) or self._alike.get(lost, key)

    def shown(self, name: str) -> str:
        """The name the person ``name`` stands for is listed under (without the words of a
        title or a body that extraction ran into it: "Affairs Charlie Flanagan")."""
        return tidied(self._shown.get(self.key(name), name))

    def saying(self, words: Iterable[str]) -> set[str]:
        """The keys of the persons one of whose names has all these words (any case, accents,
        hyphens or short given names: "steve mnuchin" finds "Steven Mnuchin")."""
        wanted = _words(" ".join(words))
        if not wanted:
            return set()
        return {self._person[n] for n in self._used if wanted <= _words(n)}


def _spaced(name: str) -> tuple[str, tuple[str, ...], bool] | None:
    """The key of a one-word name's spaced form when its parts are joined by hyphens and
    that form is a full name ("David-Davis", corpus dirt for "David Davis"; "Jean-Pierre"):
    the two are one person when the corpus gives the spaced form too, else the hyphened word
    is a surname of its own (a double-barrelled "Smith-Jones" said alone)."""
    plain = _plain(name)
    if not _HYPHENS.search(plain.split()[-1]):
        return None
    spaced = _key(folded(name))
    return None if spaced[2] or spaced[0].startswith(_BODY) else spaced


def _ruled_out(person: str, name: str, texts: list[str]) -> bool:
    """Whether the articles ``texts`` that give the surname ``name`` alone rule out the
    person keyed ``person``: the other sex or a firm (`bare_hint`), or another first name
    before the surname that is not the person's ("Johannes Hahn" is no Marius Hahn)."""
    surname = _plain(name).split()[-1]
    first = person.split()[0]
    if clashes(bare_hint(texts, surname), first):
        return True
    given = {_given(folded(g).casefold()) for g in given_before(texts, surname)}
    # a short form opens its full one ("Fred" of "Frederick Meinke")
    return bool(given) and not any(g.startswith(first) or first.startswith(g) for g in given)


def _words(name: str) -> set[str]:
    return {alike(_given(w)) for w in quote_words(folded(name).casefold())}


def _surnames(keys: set[str]) -> dict[str, str]:
    """Each surname (folded, lower case) mapped to the one person's key among ``keys`` whose
    full name ends with it (its first word a first name): none when two persons share it.
    A name said family name first gives none: its last word is a given name ("Hong" of "Kim
    Won Hong"), and its first one a name that too many share to be told by the corpus ("Jin"
    said alone, of "Jin Chengzhi", is not the corpus's one "Jin Gang")."""
    persons: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key.split("/")[0].split()
        if key.startswith((_BARE, _BODY)) or len(words) < 2 or not words[0].isalpha():
            continue
        if "and" in words:
            continue  # "john mccain and lindsey graham": two, no one's surname "graham"
        if not family_first(words) and first_name_gender(words[0]) is not None:
            for k in range(1, len(words)):
                persons[" ".join(words[k:])].add(key)  # "Juncker", "Ocasio Cortez"
    spelt: dict[str, set[str]] = defaultdict(set)  # "schaeuble", "schauble": one (sp55)
    barred: set[str] = set()  # "Enrique" is a first name, though "enriqu" is none
    for surname, found in persons.items():
        spelt[alike(surname)] |= found
        if not _surname_alone(surname):
            barred.add(alike(surname))
    return {
        surname: next(iter(found))
        for surname, found in spelt.items()
        if len(found) == 1 and surname not in barred
    }


def _bare_person(surnames: dict[str, str], surname: str) -> str | None:
    """The person `_surnames` gives a surname said alone, in any of its spellings (sp55)."""
    found = alike(surname)
    return surnames.get(found) or surnames.get(lost_letter_match(found, surnames) or "")


def _spellings(keys: set[str]) -> dict[str, str]:
    """Persons' full names' keys folded by `alike` ("wolfgang schauble" for "wolfgang
    schaeuble"), each mapped to one key of theirs (the least); a key with a lost letter
    ("wolfgang sch?uble") to the one of the others it matches (`lost_letter_match`)."""
    found: dict[str, str] = {}
    lost: list[str] = []
    for key in sorted(keys):
        if key.startswith((_BARE, _BODY)) or "/" in key:
            continue
        folded_key = alike(key)
        if any(c in LOST for c in key):
            lost.append(key)
        else:
            found.setdefault(folded_key, key)
    whole = list(found)
    for key in lost:
        match = lost_letter_match(key, whole)
        found[alike(key)] = found[match] if match else key
    return found


def _surname_alone(surname: str) -> bool:
    """Whether a word said alone can be taken for one person's surname: not "Hu" (too short
    to tell from another Hu), not a Chinese family name of one syllable ("Xiao", of "Xiao
    Lisheng", is not the corpus's one "David Xiao"), not anyone's first name ("Carlos"), not
    a people's ("German")."""
    if len(surname) < 4 or not surname.split()[0].isalpha() or _PINYIN.fullmatch(surname):
        return False
    return first_name_gender(surname) not in (MALE, FEMALE) and not is_demonym(surname)
