"""One person under two names: a bare surname ("Trump", "Mr. Biden") merged into the one full
name it matches among the names given in the same article, quotation or story."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from index.analysis.speechverbs import NOT_NAMES, ORG_WORDS, TITLES

__all__ = ["aliases", "bare_surname", "canonical"]


def _name_words(name: str) -> list[str]:
    """The words of a name without the titles and honorifics before it."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".,") in TITLES | NOT_NAMES:
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
    if len(word) < 2 or word.isupper() or low in ORG_WORDS or low in TITLES | NOT_NAMES:
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
    surname; a surname two full names share ("Donald Trump", "Melania Trump") stays bare,
    and two different full names are never merged.

    >>> aliases(["Trump", "Donald Trump", "Mr. Biden", "Joe Biden", "Jill Biden"])
    {'Trump': 'Donald Trump'}
    """
    full: dict[str, set[str]] = {}
    bare: dict[str, str] = {}
    for name in names:
        if not name:
            continue
        surname = bare_surname(name)
        if surname is not None:
            bare[name] = surname
            continue
        surname = _full_surname(name)
        if surname is not None:
            full.setdefault(surname, set()).add(name)
    return {
        name: next(iter(full[surname]))
        for name, surname in bare.items()
        if len(full.get(surname, ())) == 1
    }


def canonical(name: str | None, context: Callable[[], Iterable[str | None]]) -> str | None:
    """``name``, or the one full name it stands for among the names ``context`` gives (read
    only when ``name`` is a bare surname)."""
    if not name or bare_surname(name) is None:
        return name
    return aliases([name, *context()]).get(name, name)
