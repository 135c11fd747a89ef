"""A speaker's name as ``quotes --speaker`` matches it: whatever its accents, its German
spellings or the letters its copy lost (fx161, nu64 #2): ``Schauble``, ``Schäuble`` and
``Schaeuble`` find "Wolfgang Sch?uble", ``Noirin O'Sullivan`` finds
"No\ufffd\ufffdr\ufffd\ufffdn O'Sullivan". Words fold as the speakers' list and the notebook's
filter fold them (`index.analysis.spelling_fold.alike`, sx45), and a run of lost-letter marks
in a word of the name stands for a letter, or as many as the marks ("\ufffd\ufffd" is one
2-byte letter), as `index.analysis.spelling_fold.lost_letter_match` reads it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from index.analysis.spelling_fold import alike

_WORD = re.compile(r"[\w'’?\ufffd]+")
"""A word of a name, its lost-letter marks in it ("Sch?uble")."""
_MARKS = re.compile(r"[?\ufffd]+")


def name_words(name: str) -> tuple[frozenset[str], ...]:
    """The words of ``name``, each folded two ways: by `alike`, and by `plain` (a copy's
    "K?ea" is "Käea" with its "ä" lost, and `alike` makes "kaea" "kaa"); apostrophes
    straight; a "?" or an apostrophe ending or opening a word is no part of it ("Who?",
    "'Trump")."""
    found = []
    for word in _WORD.findall(name.replace("’", "'")):
        ways = frozenset(_trimmed(fold) for fold in (alike(word), plain(word)))
        if all(ways):
            found.append(ways)
    return tuple(found)


def plain(word: str) -> str:
    """``word`` in lower case without diacritics, as `alike` folds it but for its German
    spellings ("ae" stays "ae")."""
    folded = ""
    while folded != word:  # as `alike`: casefold may leave a mark, NFKD a capital
        folded, word = word, unicodedata.normalize("NFKD", word.casefold())
        word = "".join(c for c in word if not unicodedata.combining(c))
    return word


def _trimmed(word: str) -> str:
    return word.strip("'?").lstrip("\ufffd") if word.strip("?\ufffd'") else ""


@lru_cache(maxsize=4096)
def _shape(word: str) -> re.Pattern[str] | None:
    """What a folded word with lost-letter marks fits: each run of marks a letter, or as
    many as its marks; None for a word without marks."""
    if not _MARKS.search(word):
        return None
    parts = _MARKS.split(word)
    marks = [len(m) for m in _MARKS.findall(word)]
    return re.compile(
        "".join(
            re.escape(part) + (f"[^\\W\\d_]{{1,{marks[i]}}}" if i < len(marks) else "")
            for i, part in enumerate(parts)
        )
    )


def fits(typed: str, word: str) -> bool:
    """Whether the folded word ``typed`` (of the speaker asked for) is the folded ``word``
    of a name: the same, or the one with marks a spelling of the other."""
    if typed == word:
        return True
    shape = _shape(word)
    if shape is not None and shape.fullmatch(typed):
        return True
    shape = _shape(typed)
    return shape is not None and shape.fullmatch(word) is not None


@lru_cache(maxsize=8192)
def _folded_name(name: str) -> tuple[frozenset[str], ...]:
    return name_words(name)


def name_has(wanted: Iterable[str], name: str) -> bool:
    """Whether ``name`` has a word for each of the ``wanted`` words (as typed, any case):
    one of its folds `fits` one of the word's."""
    have = _folded_name(name)
    typed = [ways for want in wanted for ways in name_words(want)]
    return bool(typed) and all(
        any(fits(a, b) for word in have for a in want for b in word) for want in typed
    )
