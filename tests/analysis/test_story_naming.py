"""`story_naming.continued`, the one id rule of a rebuild and an update, against README's rule."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.story_naming import continued

shares = st.dictionaries(
    st.tuples(st.integers(0, 4), st.sampled_from("abcde")), st.integers(1, 4), max_size=10
)


@given(shares=shares, blocked=st.sets(st.sampled_from("abcde"), max_size=2))
def test_an_id_goes_only_to_a_story_holding_its_largest_share_and_half_its_known(
    shares: dict[tuple[int, str], int], blocked: set[str]
) -> None:
    known: dict[int, int] = {}
    for (story, _), count in shares.items():
        known[story] = known.get(story, 0) + count
    ballots = [
        (story, count, old, (-known[story], story)) for (story, old), count in shares.items()
    ]
    named = continued(ballots, known, blocked)
    assert len(set(named.values())) == len(named)  # an id names one story
    assert not blocked & set(named.values())
    for story, old in named.items():
        largest = max(count for (_, other), count in shares.items() if other == old)
        assert shares[(story, old)] == largest
        assert 2 * shares[(story, old)] >= known[story]
    # an earlier story with a single largest share, in a story no one else holds, keeps its id
    for (story, old), count in shares.items():
        alone = [k for (k, other) in shares if k == story]
        tops = [n for (_, other), n in shares.items() if other == old]
        if len(alone) == 1 and tops.count(max(tops)) == 1 and count == max(tops):
            assert named.get(story) == (None if old in blocked else old)
