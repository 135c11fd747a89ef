"""The update's candidate bar counts every floor a rebuild can join by (rv58 found it left out
st48's `pair_floor`: safe only while pair_floor >= attach_floor)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.stories import StoryParams
from index.analysis.story_split import _bar

floors = st.floats(0.01, 0.9, allow_nan=False)


@given(floors, floors, floors)
def test_the_bar_is_the_least_of_the_linkage_the_attaching_and_the_pairing(
    threshold: float, attach: float, pair: float
) -> None:
    params = StoryParams(threshold=threshold, attach_floor=attach, pair_floor=pair)
    linkage = (threshold - params.rare_bonus) / params.long_factor
    assert _bar(params) == min(attach, pair, linkage)
    assert _bar(params) <= pair  # a pair a rebuild could join is never under the bar


def test_at_the_tuned_settings_the_pairing_floor_is_not_the_bar() -> None:
    params = StoryParams()
    assert params.pair_floor >= params.attach_floor and _bar(params) <= params.attach_floor
