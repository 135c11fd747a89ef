"""Names only one article gives, one name's spellings read as one (nu62 #1, sx45).

`index.analysis.namematch.names_only_in` matches names by their keys' words; "Wolfgang
Schauble" in one article and "Wolfgang Schaeuble" or, with a letter its copy lost, "Wolfgang
Sch?uble" in another were two names, each listed as the only article's. Here a name is
left off an article's list when another article gives it in another spelling: the keys
folded as the speakers fold a person's (`index.analysis.spelling_fold.alike`: accents,
"ae" as "a"), and a key with a lost letter read as the one key it can stand for
(`lost_letter_match`, sp52/sp55)."""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis.namekeys import first_compatible, person_like
from index.analysis.namematch import ArticleNames, Entity
from index.analysis.namematch import names_only_in as _names_only_in
from index.analysis.spelling_fold import LOST, alike, lost_letter_match


def spelled(key: tuple[str, ...]) -> str:
    """A name's key as one folded string ("wolfgang schaeuble": "wolfgang schauble")."""
    return alike(" ".join(key))


def same_name(key: str, keys: set[str]) -> bool:
    """Whether the folded key ``key`` is one of ``keys`` in another spelling: the same once
    folded, or one of the two spelled with a lost letter the other fills."""
    if key in keys:
        return True
    if any(mark in key for mark in LOST) and lost_letter_match(key, keys) is not None:
        return True
    marked = [other for other in keys if any(mark in other for mark in LOST)]
    return any(lost_letter_match(other, [key]) == key for other in marked)


def _surname(key: tuple[str, ...], theirs: set[tuple[str, ...]]) -> bool:
    """Whether ``key`` is a person's whose surname another article's name (``theirs``: its
    keys) spells otherwise (the same spelling is `namematch`'s to judge): that name the
    surname alone, or a first name that fits (rv67: "Helen Müller" is not "Thomas Mueller",
    as she is not "Thomas Müller")."""
    if not person_like(key):
        return False
    last = alike(key[-1])
    return any(
        other[-1] != key[-1]
        and same_name(last, {alike(other[-1])})
        and (len(other) == 1 or len(key) == 1 or first_compatible(alike(key[0]), alike(other[0])))
        for other in theirs
    )


def names_only_in(articles: Sequence[ArticleNames]) -> list[list[Entity]]:
    """`index.analysis.namematch.names_only_in`, less the names another article gives in
    another spelling (`same_name`), by their full key or, for a person's, the surname alone
    ("Schäuble" there; a surname spelled alike is `namematch`'s to judge)."""
    found = _names_only_in(articles)
    keys = [{spelled(e.key) for e in article.entities} for article in articles]
    named = [{e.key for e in article.entities} for article in articles]
    out = []
    for i, names in enumerate(found):
        theirs = set().union(*(k for j, k in enumerate(keys) if j != i))
        their_names = set().union(*(k for j, k in enumerate(named) if j != i))
        out.append(
            [
                e
                for e in names
                if not same_name(spelled(e.key), theirs) and not _surname(e.key, their_names)
            ]
        )
    return out
