"""Quotes are listed most widely carried first: in the most outlets, then the most articles
(nu40 #4: three quotes each reprinted by its own outlet came before one two outlets ran)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_derived import QuoteBook
from index.analysis.quote_groups import Occurrence, QuoteGroup

OUTLETS = st.sampled_from(["ABC News", "BBC News", "CNN", None])


def group(number: int, carriers: list[str | None]) -> QuoteGroup:
    occurrences = tuple(
        Occurrence(f"g{number}a{n}", source, "2017-02-24", 0, 5, "“yes”", None, "same", ())
        for n, source in enumerate(carriers)
    )
    return QuoteGroup(f"q{number}", "yes", None, occurrences, occurrences[0].article)


@given(st.lists(st.lists(OUTLETS, min_size=1, max_size=5), min_size=1, max_size=12))
def test_the_order_is_outlets_then_articles_and_keeps_the_stored_order_in_ties(
    carried: list[list[str | None]],
) -> None:
    groups = [group(n, c) for n, c in enumerate(carried)]
    chosen = QuoteBook(groups).select()
    assert sorted(g.id for g in chosen) == sorted(g.id for g in groups)  # nothing lost

    def reach(g: QuoteGroup) -> tuple[int, int]:
        return (len({o.source for o in g.occurrences if o.source}), len(g.occurrences))

    # the oracle: wider first; within a tie the stored order
    assert chosen == sorted(groups, key=lambda g: (-reach(g)[0], -reach(g)[1]))


def test_one_outlets_reprints_come_after_two_outlets() -> None:
    once_each = group(1, ["ABC News", "ABC News", "ABC News"])
    two = group(2, ["BBC News", "CNN"])
    assert [g.id for g in QuoteBook([once_each, two]).select()] == ["q2", "q1"]
