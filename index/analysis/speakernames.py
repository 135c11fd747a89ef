"""One person under two names: a bare surname ("Trump", "Mr. Biden") merged into the one full
name it matches among the names given in the same article, quotation or story."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from index.analysis.firstnames import first_name_gender
from index.analysis.speechverbs import NOT_NAMES, ORG_WORDS, TITLES

__all__ = ["aliases", "bare_surname", "canonical", "mentioned_full_names", "spelling_key"]

_NOT_FIRST = TITLES | NOT_NAMES
"""Words no name starts with (made once: the union is asked for every word of every name)."""


def _name_words(name: str) -> list[str]:
    """The words of a name without the titles and honorifics before it."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".,") in _NOT_FIRST:
        words = words[1:]
    return words


def bare_surname(name: str) -> str | None:
    """The surname a one-word person's name stands for ("Mr. Biden" -> "biden"), or None
    for a full name, an acronym ("NATO") or a body ("Reuters Foundation")."""
    words = _name_words(name)
    if len(words) != 1:
        return None
    word = words[0].strip(".,")
    low = word.lower()
    if len(word) < 2 or word.isupper() or low in ORG_WORDS or low in _NOT_FIRST:
        return None
    return low


def _full_surname(name: str) -> str | None:
    """The surname of a person's full name ("Joe Biden" -> "biden"), or None."""
    words = _name_words(name)
    if len(words) < 2 or any(w.lower().rstrip(".,") in ORG_WORDS for w in words):
        return None
    return words[-1].strip(".,").lower()


def aliases(names: Iterable[str | None]) -> dict[str, str]:
    """Bare surnames among ``names`` mapped to the one full name among them that ends on that
    surname (or opens on it, when that word is no man's or woman's name: "Xi Jinping"); a
    surname two full names share ("Donald Trump", "Melania Trump") stays bare, as does one
    two full names share that only their initials tell apart ("George W. Bush", "George H.
    W. Bush": `spelling_key`), and two different full names are never merged.

    >>> aliases(["Trump", "Donald Trump", "Mr. Biden", "Joe Biden", "Jill Biden"])
    {'Trump': 'Donald Trump'}
    """
    full: dict[str, dict[tuple[str, ...], str]] = {}
    initials: dict[tuple[str, ...], set[tuple[str, ...]]] = {}  # "J." of "Donald J. Trump"
    bare: dict[str, str] = {}
    for name in names:
        if not name:
            continue
        surname = bare_surname(name)
        if surname is not None:
            bare[name] = surname
            continue
        surname = _full_surname(name)
        if surname is None:
            continue
        # "Donald J. Trump" and "Donald Trump" are one name
        person = tuple(w.lower() for w in _name_words(name) if len(w.rstrip(".")) > 1)
        full.setdefault(surname, {}).setdefault(person, name)
        told = tuple(w.strip(".,").lower() for w in _name_words(name) if len(w.rstrip(".")) == 1)
        initials.setdefault(person, set()).update([told] if told else [])
        if not person:  # initials only: "J. K.", "X Y"
            continue
        family = person[0]
        if len(person) <= 3 and first_name_gender(family) not in ("m", "f"):
            full.setdefault(family, {}).setdefault(person, name)  # "Xi" for "Xi Jinping"
    return {
        name: next(iter(full[surname].values()))
        for name, surname in bare.items()
        if len(full.get(surname, ())) == 1
        and len(initials[next(iter(full[surname]))]) <= 1  # two men: W. and H. W.
    }


def mentioned_full_names(text: str, surname: str) -> list[str]:
    """The full names ending on ``surname`` that ``text`` gives with a known first name
    ("President Donald Trump" -> "Donald Trump"; "Trump Tower" and "the Trump era" give none).
    """
    found = []
    for m in _mention(surname).finditer(text):
        words = m.group(1).split()
        first = len(words)
        while first > 0 and (_initial(words[first - 1]) or _first_name(words[first - 1])):
            first -= 1  # back over "J." and "Donald", to "President"
        while first < len(words) and not _first_name(words[first]):
            first += 1
        if first < len(words):
            found.append(" ".join([*words[first:], surname]))
    return found


@lru_cache(maxsize=4096)
def _mention(surname: str) -> re.Pattern[str]:
    """Up to 4 capitalised words before ``surname`` (compiled once a surname: a corpus's
    quotes ask about more surnames than `re` caches)."""
    return re.compile(rf"((?:[A-Z][\w'’\-]*\.?[ \t]+){{1,4}}){re.escape(surname)}\b")


def _initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _first_name(word: str) -> bool:
    return (
        not word.isupper()
        and not word.endswith(".")  # "in Washington. Trump said": a sentence ends there
        and word.lower() not in _NOT_FIRST
        and first_name_gender(word) is not None
    )


def canonical(name: str | None, context: Callable[[], Iterable[str | None]]) -> str | None:
    """``name``, or the one full name it stands for among the names ``context`` gives (read
    only when ``name`` is a bare surname)."""
    if not name or bare_surname(name) is None:
        return name
    return aliases([name, *context()]).get(name, name)


def spelling_key(name: str) -> tuple[str, tuple[str, ...]]:
    """What the spellings of one person's full name share, and the initials that tell them
    apart: "John F. Kelly", "John F Kelly", "John Kelly" and "CEO John Kelly" all key
    ``("john kelly", ...)``, with the initials ``("f",)``, ``("f",)``, ``()``, ``()``. A
    body's name, or a name of one word once titles and initials are gone, is its own key.
    """
    words = _name_words(name)
    kept = [w.strip(".,").lower() for w in words if len(w.strip(".,")) > 1]
    if len(kept) < 2 or any(w in ORG_WORDS for w in kept):
        return name, ()
    initials = tuple(w.strip(".,").lower() for w in words if len(w.strip(".,")) == 1)
    return " ".join(kept), initials
