"""Exact copies (`index.copies`) left out of what quotes and related articles count.

A copy is its outlet's same text under another id: a quote it carries is not another
article carrying it (`fold_quotes`), and an article's copies and original are never its
related articles, nor is a copy of a listed one (`unrepeated`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from index.analysis.quote_groups import QuoteGroup


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


R = TypeVar("R", bound=_HasId)


def fold_quotes(groups: Sequence[QuoteGroup], same: Mapping[str, str]) -> list[QuoteGroup]:
    """``groups`` with each copy's occurrence left out where its original carries the quote
    too, most carried first again; a group first run by a copy left out is first run by the
    next. The very groups of ``groups``, in its order, when no occurrence is left out."""
    out: list[QuoteGroup] = []
    for group in groups:
        carriers = {o.article for o in group.occurrences}
        kept = tuple(o for o in group.occurrences if same.get(o.article) not in carriers)
        if len(kept) == len(group.occurrences):
            out.append(group)
            continue
        first = group.first if any(o.article == group.first for o in kept) else kept[0].article
        out.append(replace(group, occurrences=kept, first=first))
    if any(a is not b for a, b in zip(out, groups, strict=True)):
        out.sort(key=lambda g: (-len(g.articles), g.first, g.id))  # as `QuoteGroups.groups`
    return out


def unrepeated(
    article_id: str, limit: int, same: Mapping[str, str], related: Callable[[int], Sequence[R]]
) -> list[R]:
    """The first ``limit`` of ``related(n)`` (an article's related ones, best first, ``n``
    at most) less the article's own text under other ids (its original, its copies) and
    less each copy whose original is listed above it or below (the original is kept)."""
    if not same:
        return list(related(limit))
    original = same.get(article_id, article_id)
    own = {original, *(c for c, o in same.items() if o == original)} - {article_id}
    found = related(2 * limit + len(own))  # enough that ``limit`` remain after folding
    listed = {r.id for r in found}
    return [r for r in found if r.id not in own and same.get(r.id) not in listed][:limit]
