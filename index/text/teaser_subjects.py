"""A sentence's subject that ends a run-in teaser's headline (fx172; `related_teaser`).

cl43 and cl47 end a headline at a sentence opener, a quotation or a name and its verb. AJ's
teasers still ran into sentences opening on a group ("... North Korea's first family Malaysian
officials have said": na-1606) or a name and its appositive ("... of forced sterilisation
Dafina Savic, founder of ...", "... in Greece Kuriakos Katsadoros, a psychiatrist", "... of
North Korea Sufian Jusoh, a senior fellow"). These
read such a subject: the headline's end where nothing surer is found.
"""

from __future__ import annotations

import re

from index.text.lost_space_words import ROLES

GROUP_VERBS = frozenset(
    ["have", "has", "had", "are", "were", "was", "is", "say", "said", "says", "will", "would"]
)
"""What follows a group's words opening the sentence ("Malaysian officials have said", "Social
media was", "Women and children were", "Miskitos say")."""
HEAD_WORDS = 4
"""A group opens a sentence only after a headline of at least this many words ("How ordinary
Syrians are ..." is one headline)."""
SAYING = frozenset(
    ["says", "said", "tells", "told", "warns", "urges", "asks", "claims", "accuses", "blames"]
)
"""Words of a headline after which a capitalised word is whom it names ("Trump tells Congress
health bill is ready")."""
APPOSITIVE = (
    frozenset(
        ["a", "an", "the", "who", "another", "founder", "associate", "deputy", "former", "chief"]
    )
    | ROLES
)
"""A word opening the appositive after a name's comma ("Dafina Savic, founder of", "Judith
Sunderland, associate director", "Kuriakos Katsadoros, a psychiatrist")."""
PLACE_BEFORE = frozenset(["in", "from", "of", "at"])
"""Words before a place that may close a headline ("... in Greece")."""
PARTICLES = re.compile(r"(?:al|el|ash|as|bin|ibn|abu)-[A-Z][a-z]+|(?:de|van|von|bin|da|di)")
"""A name's small-letter part ("al-Qedra", "de", "van")."""
TITLES = frozenset(["Dr", "Mr", "Mrs", "Ms", "Prof"])
"""Titles before a name ("Dr Divvya Mithale")."""
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’]s)?")
_SMALL = re.compile(r"[a-z]+")
_NOT_SUBJECTS = frozenset(["I", "US", "UN", "EU", "UK"])


def opens_on_a_group(words: list[str], position: int, inside: frozenset[str]) -> bool:
    """Whether ``words[position]`` opens a sentence on a group after a headline of
    `HEAD_WORDS` or more ending on a word in small letters: a capitalised word, up to two
    words in small letters, then one of `GROUP_VERBS`. ``inside`` holds the words after which
    a capitalised word goes on the sentence (prepositions, "and", "whether")."""
    before = words[position - 1]
    if position < HEAD_WORDS or not _SMALL.fullmatch(before) or before in inside:
        return False
    if before in SAYING or before in ROLES or not _CAPITALISED.fullmatch(words[position]):
        return False
    for size in (0, 1, 2):
        following = words[position + 1 : position + 2 + size]
        if len(following) < size + 1 or not all(_SMALL.fullmatch(w) for w in following[:size]):
            return False
        if following[size] in GROUP_VERBS:
            return True
    return False


def opens_on_a_person(words: list[str], position: int, inside: frozenset[str]) -> bool:
    """Whether ``words[position]`` opens a sentence on a name and its appositive: a name of
    two or three words (a particle among them: "Ashraf al-Qedra"), its comma, then one of
    `APPOSITIVE`; after a word in small letters, or after "in <Place>" (`_after_place`; then
    a name of two words, or a title and two: "in South Sudan John Garang, a")."""
    before = words[position - 1]
    if _SMALL.fullmatch(before):
        if before in inside or before in ROLES or before in SAYING:
            return False
        sizes: tuple[int, ...] = (2, 3)
    elif not (position >= 3 and _after_place(words, position)):
        return False
    else:  # a place, then a name of two words, three with a title ("in India Dr Divvya Mithale")
        sizes = (3,) if words[position] in TITLES else (2,)
    for size in (1, 2, 3):
        name = words[position : position + size]
        following = words[position + size : position + size + 1]
        if len(name) < size or not following:
            return False
        *parts, last = name
        if not all(_name_part(part, k) for k, part in enumerate(parts)):
            return False
        if last.endswith(",") and _name_part(last[:-1], size - 1):
            return size in sizes and following[0] in APPOSITIVE
        if not _name_part(last, size - 1):
            return False
    return False


def _name_part(word: str, k: int) -> bool:
    """Whether ``word`` is a name's ``k``-th word: capitalised (the first not "I", a month's
    or a day's), or a particle past the first."""
    if k > 0 and PARTICLES.fullmatch(word):
        return True
    return re.fullmatch(r"[A-Z][a-z]+", word) is not None and (k > 0 or word not in _NOT_SUBJECTS)


def _after_place(words: list[str], position: int) -> bool:
    """Whether ``words[position]`` follows a place of one or two capitalised words after one of
    `PLACE_BEFORE` ("in Greece", "of North Korea", not "US")."""
    for size in (1, 2):
        place = words[position - size : position]
        if position - size < 1 or not all(_CAPITALISED.fullmatch(word) for word in place):
            return False
        if words[position - size - 1] in PLACE_BEFORE:
            return words[position - 1] not in _NOT_SUBJECTS
    return False
