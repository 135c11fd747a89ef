"""Aligned sentence groups across articles, and an order for them that reads well.

A group holds at most one sentence of each article, all saying the same thing; groups are
grown from the strongest matches down (verbatim before paraphrase, mutual before one-way),
the way a collation tool builds its alignment table; then two groups are joined when each
sentence of one carries or is close to each of the other (`GROUP_FLOOR`, `LEDE_FLOOR`:
cp47, three outlets' ledes of one event on three rows). The rows follow the base article's
order; the sentences of another article that the base lacks come between the rows of the
sentences before and after them in their own article, spread over the rows there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from index.analysis.sentencematch import Match

CellKind = Literal["verbatim", "paraphrase", "unique"]
Node = tuple[int, int]

GROUP_FLOOR = 0.22
"""Two sentences neither of which carries the other may still share a row when each is
carried with the row's others and their own TF-IDF cosine reaches this (cp47; the loose
paraphrase rule's cosine, `PARAPHRASE_LOOSE`)."""
LEDE_FLOOR = 0.15
"""Or this, when both are among their articles' first `LEDE_SENTENCES`: ledes of one
event share the story's words, whose weights are low (ABC's and CNBC's ledes on the
officer cleared over Ashli Babbitt's death: 0.158, each carried with National Review's)."""
LEDE_SENTENCES = 2


@dataclass(frozen=True, slots=True)
class Group:
    """Sentences of several articles that say the same thing.

    Attributes:
        members: ``(article, sentence)`` pairs, one per article at most, by article.
        kinds: For each member, "verbatim" when another member carries it word for word,
            "paraphrase" when others carry it only in other words, "unique" when no
            other article carries it (a member alone in its group may be carried in
            another group: then as it is carried there).
    """

    members: tuple[tuple[int, int], ...]
    kinds: tuple[CellKind, ...]

    @property
    def articles(self) -> tuple[int, ...]:
        """The articles that have a sentence in the group."""
        return tuple(a for a, _ in self.members)

    def sentence_of(self, article: int) -> int | None:
        """The group's sentence of ``article``, or None."""
        return next((s for a, s in self.members if a == article), None)


def build_groups(
    sizes: Sequence[int],
    matches: Sequence[Sequence[tuple[Match, ...]]],
    near: Callable[[Node, Node], float] | None = None,
    floors: tuple[float, float] = (GROUP_FLOOR, LEDE_FLOOR),
) -> tuple[Group, ...]:
    """Group the sentences of all articles from their matches.

    Args:
        sizes: How many sentences each article has.
        matches: ``matches[p][s]`` as ``match_sentences`` gives them.
        near: How alike two sentences are (their cosine), for two that do not carry
            one another: with it, they may share a row when it reaches ``floors``.
        floors: The least ``near`` of two sentences in a row that do not carry one
            another, and of two such ledes (`GROUP_FLOOR`, `LEDE_FLOOR`).

    Returns:
        Every sentence in exactly one group; groups ordered by their first member.
    """
    parent: dict[tuple[int, int], tuple[int, int]] = {}
    held: dict[tuple[int, int], list[tuple[int, int]]] = {}  # a root's members
    for p, n in enumerate(sizes):
        for s in range(n):
            parent[(p, s)] = (p, s)
            held[(p, s)] = [(p, s)]

    def root(x: tuple[int, int]) -> tuple[int, int]:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    carried = {
        (p, s, m.article, m.sentence)
        for p, row in enumerate(matches)
        for s, found in enumerate(row)
        for m in found
    }
    linked = {frozenset({(p, s), (q, t)}) for p, s, q, t in carried}
    said: dict[tuple[int, int], CellKind] = {}  # how a sentence is carried at best, anywhere
    for p, row in enumerate(matches):
        for s, found in enumerate(row):
            for m in found:
                for end in ((p, s), (m.article, m.sentence)):
                    if said.get(end) != "verbatim":
                        said[end] = m.kind
    edges = []
    for p, row in enumerate(matches):
        for s, found in enumerate(row):
            for m in found:
                mutual = (m.article, m.sentence, p, s) in carried
                strength = (m.kind == "verbatim", mutual, m.similarity)
                edges.append((strength, (p, s), (m.article, m.sentence)))
    edges.sort(key=lambda e: e[0], reverse=True)
    for loose in (False, True) if near is not None else (False,):
        # the rows of sentences that all carry one another first, as they were; only then
        # are two rows joined through a match when every two of their sentences carry one
        # another or are near enough (cp47: three outlets' ledes on one row): so a weak
        # join never takes a sentence from a row of ones that carry one another
        for _, a, b in edges:
            ra, rb = root(a), root(b)
            if ra == rb or {p for p, _ in held[ra]} & {p for p, _ in held[rb]}:
                continue  # one sentence per article in a group
            if any(
                frozenset({x, y}) not in linked and not (loose and _near(near, x, y, floors))
                for x in held[ra]
                for y in held[rb]
            ):
                # every two of a group carry one another: carrying is no equivalence (a
                # sentence that joins two carries both, and they need not say the same),
                # and grown through it a row put one article's sentence beside another's
                # it does not carry, marked word for word (nu22 #5)
                continue
            parent[rb] = ra
            held[ra] += held.pop(rb)
    by_root: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for node in parent:
        by_root.setdefault(root(node), []).append(node)
    groups = []
    for members in by_root.values():
        members.sort()
        groups.append(Group(tuple(members), _kinds(members, matches, said)))
    groups.sort(key=lambda g: g.members[0])
    return tuple(groups)


def _near(
    near: Callable[[Node, Node], float] | None, x: Node, y: Node, floors: tuple[float, float]
) -> bool:
    """Whether two sentences of different rows are alike enough to share one: their cosine
    reaches the floor, the lower one when both are ledes (`GROUP_FLOOR`, `LEDE_FLOOR`)."""
    if near is None:
        return False
    ledes = x[1] < LEDE_SENTENCES and y[1] < LEDE_SENTENCES
    return near(x, y) >= floors[1 if ledes else 0]


def _kinds(
    members: list[tuple[int, int]],
    matches: Sequence[Sequence[tuple[Match, ...]]],
    said: dict[tuple[int, int], CellKind],
) -> tuple[CellKind, ...]:
    """Verbatim for both ends of a verbatim match inside the group, else paraphrase; a
    sentence alone in its row is unique only when no other article's sentence carries it
    or is carried by it (``said``: its best match anywhere; a row holds only sentences
    that all carry one another, so one carried in another row can be alone in its own)."""
    if len(members) == 1:
        return (said.get(members[0], "unique"),)
    inside = set(members)
    verbatim: set[tuple[int, int]] = set()
    for p, s in members:
        for m in matches[p][s]:
            if m.kind == "verbatim" and (m.article, m.sentence) in inside:
                verbatim.update({(p, s), (m.article, m.sentence)})
    return tuple("verbatim" if x in verbatim else "paraphrase" for x in members)


def order_rows(groups: Sequence[Group], sizes: Sequence[int], base: int) -> tuple[Group, ...]:
    """The groups in reading order for ``base``.

    The base article's groups keep its order. Then each other article in turn is walked
    in its own order: the groups not yet placed between two of its placed sentences (a
    run) go between those two rows, spread evenly over the rows there, the first right
    after the row of its previous sentence (after the base's first row when that is
    between: the table opens with the base, nu42 #7). A long run of one article's own
    sentences so no longer pushes the base's next sentence screens down (nu40 #5: base
    s.3 at row 63), and each column still reads in its article's order where the matches
    do not cross.

    Args:
        groups: The groups, as ``build_groups`` gives them.
        sizes: How many sentences each article has.
        base: The article whose order leads.

    Returns:
        Every group once.
    """
    group_of: dict[tuple[int, int], int] = {}
    for g, group in enumerate(groups):
        for member in group.members:
            group_of[member] = g
    rows: list[int] = []
    placed: set[int] = set()
    order = [base] + [a for a in range(len(sizes)) if a != base]
    head = group_of[(base, 0)] if sizes[base] else None
    for a in order:
        last: int | None = None  # the group of this article's last placed sentence
        run: list[int] = []  # groups met since, not placed before
        for s in range(sizes[a]):
            g = group_of[(a, s)]
            if g in placed:
                _insert_run(rows, run, last, g, head)
                last, run = g, []
            else:
                placed.add(g)
                run.append(g)
        _insert_run(rows, run, last, None, head)
    return tuple(groups[g] for g in rows)


def _insert_run(
    rows: list[int], run: list[int], after: int | None, before: int | None, head: int | None
) -> None:
    """Put ``run`` into ``rows`` between the row of group ``after`` (None: the start) and
    that of ``before`` (None: the end), spread evenly over the rows between them; right
    after ``after`` when ``before`` is not below it (matches that cross). When the row of
    ``head`` (the base's first sentence) is between them, the run goes after it, spread
    after each row from there: the table opens with the base, not with another article's
    sentences it has no row for (nu42 #7)."""
    if not run:
        return
    lo = -1 if after is None else rows.index(after)
    hi = len(rows) if before is None else rows.index(before)
    between = max(0, hi - lo - 1)
    gaps = between  # before each row between
    first = rows.index(head) if head in rows else -1  # (not yet on the base's own walk)
    if lo < first < hi:
        lo, between = first, hi - first - 1
        gaps = between + 1
    slots = [lo + 1 + k * gaps // len(run) for k in range(len(run))]
    for slot, g in reversed(list(zip(slots, run, strict=True))):
        rows.insert(slot, g)
