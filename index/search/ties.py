"""Equal scores in article id order: the same list from the same corpus, however built.

Whoosh orders equal scores by document number, and document numbers follow the build:
two ``index rebuild -j 2`` of one corpus give one word's equally scored articles in two
orders (the workers took the files in another order). A ranked list leaves the core with
its equal scores by article id, ascending, as the OpenSearch engine sorts them
(``_score`` then ``id``); with a limit, the articles kept among equal scores at the cut
are the smallest ids too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from heapq import heapify, heappush, heapreplace
from typing import Any

from whoosh.collectors import TopCollector

Names = Callable[[list[int]], Sequence[str]]
"""The article ids of some document numbers, in their order."""


def best_first(
    pairs: list[tuple[float, int]], limit: int | None, names: Names | None
) -> list[tuple[float, int]]:
    """The best ``limit`` (score, document number) pairs: score descending, then article id
    ascending (document number, Whoosh's order, without ``names``).

    ``pairs`` must hold every document that scores as much as the ``limit``-th best.
    """
    if names is None:
        ranked = sorted((0 - score, docnum) for score, docnum in pairs)
        return [(0 - negated, docnum) for negated, docnum in ranked[:limit]]
    docnums = [docnum for _, docnum in pairs]
    keyed = sorted(
        zip([0 - score for score, _ in pairs], names(docnums), docnums, strict=True)
    )  # article ids are unique: document numbers never compare
    return [(0 - negated, docnum) for negated, _, docnum in keyed[:limit]]


class TiedTopCollector(TopCollector):
    """`TopCollector` that scores every match and keeps every document scoring as much as
    the worst of its top N.

    Whoosh's top N keeps, among documents that tie at the cut, the first it meets, and its
    block-quality shortcuts (skipping blocks, replacing matchers by the least score a
    document needs) are not exact: an intersection's can pass over documents that score
    as much as the cut, or more, and which ones depends on how the postings fall into
    blocks, that is on the build. Here no shortcut is taken and the documents at the cut
    are kept beside the top N, so `best_first` chooses among them by id. `results` may
    hold more than ``limit`` documents (the extra ones tie the last).
    """

    def __init__(self, limit: int) -> None:
        super().__init__(limit, usequality=False)

    def prepare(self, top_searcher: Any, q: Any, context: Any) -> None:
        super().prepare(top_searcher, q, context)
        self.items: list[tuple[float, int]] = []  # as `ScoredCollector.prepare`, typed
        self.ties: list[tuple[float, int]] = []  # (score, negated docnum) at the cut

    def _collect(self, global_docnum: int, score: float) -> float:
        # as `TopCollector._collect`, but `minscore` stays 0: no matcher is replaced by
        # one that only finds documents above it
        items: list[tuple[float, int]] = self.items
        self.total += 1
        if len(items) < self.limit:
            heappush(items, (score, 0 - global_docnum))
            return 0 - score
        if not items:  # a limit of 0
            return 0
        low = items[0][0]
        if score > low:
            evicted = heapreplace(items, (score, 0 - global_docnum))
            if items[0][0] == low:
                self.ties.append(evicted)
            else:
                self.ties = []
            return 0 - score
        if score == low:
            self.ties.append((score, 0 - global_docnum))
            return 0 - score
        return 0

    def remove(self, global_docnum: int) -> None:
        # (only `CollapseCollector` removes) the ties join the heap, which may then hold
        # more than the limit: each of them still scores at least the final cut
        negated = 0 - global_docnum
        items: list[tuple[float, int]] = self.items + self.ties
        items = [item for item in items if item[1] != negated]
        heapify(items)
        self.items, self.ties = items, []

    def results(self) -> Any:
        self.items.extend(self.ties)
        self.ties = []
        return super().results()
