"""One word said alone that is a word of one person's longer name, not its last: "Zahid" for
"Ahmad Zahid Hamidi", and a given name that stands for the whole name where the name has no
family name ("Khalid" for "Khalid Abu Bakar", "Subramaniam" for "Subramaniam Sathasivam":
Malaysian names are a given name and the father's; fx74, nu40 #3). The speakers ask
`inside_name`; a comparison's names ask `owners` (fx171)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from index.analysis.demonyms import is_demonym
from index.analysis.firstnames import first_name_gender
from index.analysis.speakerplaces import place_name
from index.analysis.speechverbs import PARTICLES, PLACE_WORDS, words

Key = tuple[str, ...]


def inside_name(persons: Mapping[str, bool], word: str) -> set[str]:
    """The persons' names (``persons``: a name -> whether it was named once not as a body)
    that ``word`` (lower case) stands for when said alone: the names of three words or more
    with it inside ("Ahmad Zahid Hamidi"), else the persons' names it opens ("Khalid Abu
    Bakar"), but none when it is a place's ("Jordan") or ends another name given."""
    inside = {n for n in persons if len(n.split()) >= 3 and word in n.lower().split()[1:-1]}
    if inside or place_name(word.title()):
        return inside
    opened = {
        n
        for n, not_organisation in persons.items()
        if not_organisation and len(n.split()) >= 2 and n.split()[0].lower() == word
    }
    if any(len(n.split()) >= 2 and n.split()[-1].lower() == word for n in persons):
        return set()  # "Lee" where "Lee Hsien Loong" and "Robert E. Lee" are named
    return opened


def owners(word: str, keys: Iterable[Key], person: Callable[[Key], bool]) -> list[Key]:
    """The full names of one article (``keys``, lower case) that ``word`` said alone may
    stand for: those it ends ("Trump" for "Donald Trump"), else those it opens ("Khalid" for
    "Khalid Abu Bakar"), else those it sits inside of as a person's middle name (`middle_of`;
    fx171, nu67 #10: "Apandi" for "Mohamed Apandi Ali"). The mention is that name's only
    when one name is found: two full names sharing it ("Mohamed Ali", "Mohamed Salah") keep
    it apart. ``person`` tells a person's name from an organisation's or a place's."""
    keys = list(keys)
    return (
        [k for k in keys if k[-1] == word]
        or [k for k in keys if k[0] == word]
        or [k for k in keys if middle_of(word, k) and person(k)]
    )


def middle_of(word: str, key: Key) -> bool:
    """Whether ``word`` is a middle word of ``key``, a name of three words or more that opens
    with a known first name, neither of the two a place's ("Apandi" of "Mohamed Apandi Ali";
    not "Denmark" of "China Denmark Regions"), nor of a place's or an event's name (rv77:
    "Maria" of "Anna Maria Island", "Olympic" of "Winter Olympic Games")."""
    return (
        len(key) >= 3
        and key[-1] not in PLACE_WORDS
        and key[-1] not in _EVENT_WORDS
        and word in key[1:-1]
        and first_name_gender(key[0]) is not None
        and not place_name(key[0].title())
        and not place_name(word.title())
    )


_EVENT_WORDS = words("games olympics cup championship championships awards festival prize")
"""Last words of an event's name ("Winter Olympic Games"): no person's surname."""


def titled_persons(
    title: str, keys: Iterable[Key], body: Iterable[Key], same: Callable[[Key, Key], bool]
) -> list[Key]:
    """The persons among ``keys``, the names of a sentence-cased ``title`` (lower case),
    whom the body never names in full: a known first name opens the key (not a demonym,
    not "anti-Islam Wilders"), and no name of the body (``body``'s keys) is ``same`` person
    or has its last word with words (particles aside) that hold its words or are held by
    them ("Van der Westhuizen" is "Joost van der Westhuizen"). A lone word such a name owns
    stays apart from the body's names ("Brinkley" under "Christie Brinkley, 63, ...", not
    "Sailor Brinkley Cook": qp49)."""
    low, body = title.lower(), [k for k in body if len(k) > 1]
    return [
        key
        for key in keys
        if first_name_gender(key[0]) is not None
        and not is_demonym(key[0])
        and f"-{key[0]}" not in low
        and not any(k[-1] == key[-1] and (same(k, key) or _within(k, key)) for k in body)
    ]


def _within(a: Key, b: Key) -> bool:
    """Whether the words of ``a`` hold those of ``b`` or are held by them, particles aside."""
    one, two = set(a) - PARTICLES, set(b) - PARTICLES
    return one <= two or two <= one
