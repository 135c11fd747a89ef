"""`bench.stories_undated_pairs.pair_scores` against a count over every pair of articles
(hypothesis over generated events, stories and undated shares)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.stories_eval import part
from bench.stories_undated import undated
from bench.stories_undated_pairs import pair_scores


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(-1, 4)), min_size=0, max_size=30),
    st.sampled_from(["tune", "held-out"]),
)
def test_pair_scores_count_every_pair(rows: list[tuple[int, int]], which: str) -> None:
    """Articles ``a0``.. with an event each and a story (-1: none, as an id no story holds)."""
    truth = {f"a{k}": f"e{event}" for k, (event, _) in enumerate(rows)}
    story_of = {f"a{k}": f"s{story}" for k, (_, story) in enumerate(rows) if story >= 0}
    got = pair_scores(story_of, truth, which)
    ids = [a for a in truth if part(truth[a]) == which]
    for kind in ("uu", "any"):
        joined = right = true = 0
        for x, a in enumerate(ids):
            for b in ids[x + 1 :]:
                wanted = undated(a) and undated(b) if kind == "uu" else undated(a) or undated(b)
                if not wanted:
                    continue
                same_event = truth[a] == truth[b]
                true += same_event
                if a in story_of and story_of.get(b) == story_of[a]:
                    joined += 1
                    right += same_event
        assert got[f"{kind}_joined"] == joined
        assert got[f"{kind}_P"] == (round(right / joined, 4) if joined else 1.0)
        assert got[f"{kind}_R"] == (round(right / true, 4) if true else 1.0)
