"""Spellings of one person or body that `index.analysis.quote_people` keys as one: a first
name transliterated two ways ("Dmitry" and "Dmitri Peskov"), a body's name in either word
order ("Department of Justice", "Justice Department"), and a name that extraction ran on
from the words before it ("Affairs Charlie Flanagan", "Metropolitan Police-Neil Basu")."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.speechverbs import NOT_NAMES, ORG_WORDS, TITLES

__all__ = ["body_order", "close_first_names", "tidied"]

_TITLES = TITLES | NOT_NAMES
"""Words no name starts with (`index.analysis.speakernames`)."""

_FRAGMENTS = frozenset(["affairs", "of", "for", "general", "and"]) | ORG_WORDS | _TITLES
"""Words of a title or a body's name that extraction may run into a person's name."""


def tidied(name: str) -> str:
    """``name`` from the first name on, when words of a title or a body stand before it
    ("Affairs Charlie Flanagan", "Chairman of General Motors Roger Smith", "Metropolitan
    Police-Neil Basu" -> "Charlie Flanagan", "Roger Smith", "Neil Basu"): the name from
    there on is two to four capitalised words, none a body's, its first a first name the
    lexicon knows. A name whose words before are titles alone ("President Bill Clinton")
    is returned as it is (titles are set aside by the key), as are two people named together
    ("John McCain and Lindsey Graham": both spoke, not the second alone)."""
    first, joined, _ = name.partition(" and ")
    named = first.split()
    if (
        joined
        and 2 <= len(named) <= 4
        and all(w[:1].isupper() for w in named)
        and not _noise([w.lower().strip(".,") for w in named])
    ):
        return name
    words = name.split()
    for i in range(1, len(words) - 1):
        tail, head = words[i:], words[:i]
        low = [w.lower().strip(".,") for w in head]
        # after a body's word, a name given both sexes may be the body's ("House Freedom
        # Caucus")
        sexed = low[-1] not in ORG_WORDS or first_name_gender(tail[0]) in (MALE, FEMALE)
        # not after "the" or "of": "Office of the Dutch Attorney General" is the body's
        # whole name, not a person "Dutch Attorney General" (lf31, na-1150)
        named_on = low[-1] in ("the", "of")
        if _person_tail(tail) and _noise(low) and sexed and not named_on:
            return " ".join(tail)
    for i, word in enumerate(words):  # "Police-Neil Basu": run into by a hyphen
        part = word.rsplit("-", 1)
        if (
            len(part) == 2
            and first_name_gender(part[0]) is None  # not "Jean-Claude Smith"
            and _person_tail([part[1], *words[i + 1 :]])
        ):
            head = [w.lower().strip(".,") for w in [*words[:i], part[0]]]
            if _noise([w.removesuffix("'s").removesuffix("\u2019s") for w in head]):
                return " ".join([part[1], *words[i + 1 :]])
    return name


def _person_tail(words: list[str]) -> bool:
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not any(w.lower().strip(".,") in ORG_WORDS for w in words)
        and first_name_gender(words[0]) is not None
    )


def _noise(head: list[str]) -> bool:
    """Whether words before a name are a title's or a body's, not titles alone."""
    return any(w in _FRAGMENTS for w in head) and not all(w in _TITLES for w in head)


_REORDERED = frozenset(["department"])
"""Body words whose two orders name one body in a corpus: an American department ("the
Justice Department"); not a ministry: "Russia's Finance Ministry" and another country's
"Ministry of Finance" are two (read on newsarticles), as are "Bank of England" and an
"England Bank"."""


def body_order(key: str) -> str:
    """A body's folded name in one word order: "department of justice" and "justice
    department" both "justice department", "u.s. department of justice" "u.s. justice
    department" (a department before "of" goes after the words it is of)."""
    words = key.split()
    if words[:1] == ["the"]:
        words = words[1:]
    if "of" in words:
        at = words.index("of")
        if at > 0 and words[at - 1] in _REORDERED and at + 1 < len(words):
            words = [*words[: at - 1], *words[at + 1 :], words[at - 1]]
    return " ".join(words)


def close_first_names(keys: Iterable[str]) -> dict[str, str]:
    """Persons' keys ("first surname ...") whose first names are one spelling apart (one
    letter added, dropped or changed: "dmitry"/"dmitri", "sergey"/"sergei", "glen"/"glenn")
    and whose other words are the same, mapped to one key of theirs (the least): first names
    of four letters or more that open with the same letter and are not a man's and a
    woman's ("Carl", "Carol"). Closeness is joined through ("Naser", "Nasr", "Nasser")."""
    by_rest: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        first, _, rest = key.partition(" ")
        if rest and "/" not in key and len(first) >= 4 and first[0].isalpha():  # a person's
            by_rest[rest].append(first)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for rest, firsts in by_rest.items():
        firsts.sort()
        for i, a in enumerate(firsts):
            for b in firsts[i + 1 :]:
                if _close(a, b):
                    ra, rb = root(f"{a} {rest}"), root(f"{b} {rest}")
                    if ra != rb:
                        parent[max(ra, rb)] = min(ra, rb)
    return {key: root(key) for key in parent}


def _close(a: str, b: str) -> bool:
    genders = {first_name_gender(a), first_name_gender(b)}
    return a[0] == b[0] and Levenshtein.distance(a, b) <= 1 and not {MALE, FEMALE} <= genders
