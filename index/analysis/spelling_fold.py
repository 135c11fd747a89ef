"""One name, several spellings (sp55, issue 18): "Wolfgang Schäuble" as "Wolfgang Schauble",
"Wolfgang Schaeuble" and, with a letter the copy lost, "Wolfgang Sch?uble". `alike` folds a
person's key (lower case, diacritics already gone: `index.analysis.quote_people`) so the
first two are equal; `lost_letter_match` finds the one key a spelling with a lost letter can
stand for."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["LOST", "alike", "lost_letter_match"]

LOST = "?\ufffd"
"""What a letter the copy lost became."""
_VOWEL_E = re.compile(r"([aou])e+")
"""German "ae", "oe", "ue": "ä", "ö", "ü" written without the dots ("Schaeuble")."""
_MARKS = re.compile(r"[?\ufffd]+")


def alike(name: str) -> str:
    """``name`` in lower case without diacritics, "ß" as "ss" and "ae", "oe", "ue" as "a",
    "o", "u": "Schäuble", "Schaeuble" and "SCHAUBLE" all "schauble" (a lost letter stays).

    >>> alike("Schäuble"), alike("Schaeuble"), alike("Straße"), alike("Sch?uble")
    ('schauble', 'schauble', 'strasse', 'sch?uble')
    """
    plain = ""
    while plain != name:  # casefold may leave a mark to strip ("İ"), NFKD a capital ("ℌ")
        plain, name = name, unicodedata.normalize("NFKD", name.casefold())
        name = "".join(c for c in name if not unicodedata.combining(c))
    return _VOWEL_E.sub(r"\1", name)


def lost_letter_match(key: str, keys: Iterable[str]) -> str | None:
    """The one of ``keys`` (folded by `alike`) that ``key`` spells with a letter lost: each run
    of marks ("?", U+FFFD) one letter, or as many as the marks ("Zurm??hlen": one "ü" lost
    as two bytes), the rest the same. None when no key or two keys match ("L?" is neither
    "Li" nor "Lu"), or ``key`` has no mark or nothing else ("?").

    >>> lost_letter_match("wolfgang sch?uble", ["wolfgang schauble", "wolfgang schulz"])
    'wolfgang schauble'
    """
    found = lost_letter_matches(key, keys)
    return next(iter(found)) if len(found) == 1 else None


def lost_letter_matches(key: str, keys: Iterable[str]) -> set[str]:
    """Every one of ``keys`` that ``key`` spells with a letter lost (see
    `lost_letter_match`): "organi?ers" is "organisers" and "organizers"."""
    folded = alike(key)
    parts = _MARKS.split(folded)
    if len(parts) < 2 or not any(p.strip() for p in parts):
        return set()
    marks = [len(m) for m in _MARKS.findall(folded)]
    pattern = re.compile(
        "".join(
            re.escape(part) + (f"[^\\W\\d_]{{1,{marks[i]}}}" if i < len(marks) else "")
            for i, part in enumerate(parts)
        )
    )
    return {k for k in keys if not _MARKS.search(k) and pattern.fullmatch(k)}
