"""Shorter forms of an article id a user can type (nu54 #1: a fetched article's id is
``fetched/127.0.0.2_8054/2017-02-24/na-1491-ed77040d25.html``; `compare na-1491 na-1457`
said "no article with id").

A form names the ids it matches at the first of these ranks that any id matches at:

1. the id itself (an exact id always wins);
2. a whole trailing part of the id's path, with or without the file's extension: its file
   name (``na-1491-ed77040d25.html``), its stem (``na-1491-ed77040d25``), or more
   (``2017-02-24/na-1491-ed77040d25``);
3. a beginning of the stem that ends where a word does (``na-1491`` of
   ``na-1491-ed77040d25``, not of ``na-14910-…``);
4. any beginning of the stem (``na-149``).

One id at that rank: the form is that id's; more: it is ambiguous (`ShortForm.candidates`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

SHOWN_CANDIDATES = 5
"""How many of an ambiguous form's ids a message names."""


_NUMBER = re.compile(r"([0-9]+)")


def id_order(article_id: str) -> tuple[tuple[str | int, ...], str]:
    """An id's place among the candidates a message names: its numbers by value
    (``dated2`` before ``dated10``), then the id itself."""
    parts = _NUMBER.split(article_id)  # text, number, text, …: each place one kind
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts)), article_id


def stem(article_id: str) -> str:
    """The id's file name without its extension (``reut-00001`` is its own stem)."""
    name = posixpath.basename(article_id)
    root, ext = posixpath.splitext(name)
    return root if root and ext else name


def _unextended(article_id: str) -> str:
    """The id without its file's extension."""
    return article_id[: len(article_id) - len(posixpath.basename(article_id))] + stem(article_id)


def rank(form: str, article_id: str) -> int | None:
    """At which rank (1 to 4, see the module) ``form`` names ``article_id``; None if not."""
    if not form:
        return None
    if form == article_id:
        return 1
    if any(
        whole == form or whole.endswith("/" + form)
        for whole in (article_id, _unextended(article_id))
    ):
        return 2
    own = stem(article_id)
    if not own.startswith(form):
        return None
    rest = own[len(form) :]
    return 3 if not rest[:1].isalnum() or not form[-1:].isalnum() else 4


@dataclass(frozen=True)
class ShortForm:
    """What a typed form names among the ids: ``resolved`` when one id, else the
    ``candidates`` it names alike (none: no id)."""

    form: str
    resolved: str | None
    candidates: tuple[str, ...]

    def said(self) -> str:
        """Why the form names no one article, in one line (for an unresolved one)."""
        if not self.candidates:
            return f"no article with id {self.form!r}"
        shown = ", ".join(self.candidates[:SHOWN_CANDIDATES])
        more = len(self.candidates) - SHOWN_CANDIDATES
        rest = f", and {more:,} more" if more > 0 else ""
        return (
            f"{self.form!r} could be any of {len(self.candidates):,} articles: {shown}{rest}"
            " (give more of the id)"
        )


def resolve(form: str, article_ids: Iterable[str]) -> ShortForm:
    """The id ``form`` names among ``article_ids`` (see the module): the ids matching at
    the best rank any does, in `id_order` (nu59 #8: `show dated` named dated2…dated5, then
    dated1, in the index's order)."""
    best: int | None = None
    named: list[str] = []
    for article_id in article_ids:
        at = rank(form, article_id)
        if at is None or (best is not None and at > best):
            continue
        if at == 1:
            return ShortForm(form, article_id, (article_id,))
        if best is None or at < best:
            best, named = at, []
        named.append(article_id)
    unique = sorted(set(named), key=id_order)
    return ShortForm(form, unique[0] if len(unique) == 1 else None, tuple(unique))


def forms(article_id: str) -> list[str]:
    """The forms of an id, shortest kind first: the stem's beginnings that end a word
    (shortest first), the stem, the file name, the path's tails, the id."""
    own = stem(article_id)
    heads = [own[:n] for n in range(1, len(own)) if not own[n].isalnum()]
    parts = article_id.split("/")
    tails = ["/".join(parts[k:]) for k in range(len(parts) - 1, -1, -1)]
    return list(dict.fromkeys([*heads, own, *tails]))


def shortest_form(article_id: str, article_ids: Iterable[str]) -> str:
    """The first of `forms` naming ``article_id`` alone among ``article_ids`` (its id when
    none does): ``na-1457`` for ``fetched/…/na-1457-2d6c0759da.html`` among a comparison's."""
    ids = list(article_ids)
    named = (form for form in forms(article_id) if resolve(form, ids).resolved == article_id)
    return next(named, article_id)
