"""A respelling is offered only where it finds an article (`suggest.finding`, shared by the
Whoosh and the OpenSearch engines): one that finds nothing, or cannot run, is left out,
and the rest keep their order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.search.limits import QueryError
from index.search.suggest import finding

OPTIONS = st.sampled_from(["devos", "levels", "title:(", "trump", "cold", "war"])


@given(
    st.lists(OPTIONS, max_size=6),
    st.dictionaries(OPTIONS, st.integers(0, 3)),
    st.sets(OPTIONS),
)
def test_only_the_respellings_that_find_something_are_kept(
    offered: list[str], counts: dict[str, int], refused: set[str]
) -> None:
    def count(option: str) -> int:
        if option in refused:
            raise QueryError(f"cannot run {option!r}")
        return counts.get(option, 0)

    kept = finding(offered, count)
    assert kept == [o for o in offered if o not in refused and counts.get(o, 0) > 0]
