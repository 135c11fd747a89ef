"""bench/stories_splits_tried: its short-pair lift against `story_length.long_lift` and the
rule written out (hypothesis over generated pairs), and, with the corpus, a held-out run."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench import stories_splits_tried as tried
from index.analysis import story_build
from index.analysis.stories import StoryParams
from index.analysis.story_length import COPY, MOST, long_lift
from tests.conftest import SHARED_CORPORA

TOP = StoryParams().long_words

rows = st.lists(
    st.tuples(
        st.integers(0, 7),
        st.integers(0, 7),
        st.floats(0.0625, 1.0, width=32),
    ),
    min_size=0,
    max_size=20,
)


def _case(
    draw_rows: list[tuple[int, int, float]], words: list[int], sources: list[int]
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray, tuple[np.ndarray]]:
    i = np.array([a for a, _, _ in draw_rows], np.int64)
    j = np.array([b for _, b, _ in draw_rows], np.int64)
    s = np.array([v for _, _, v in draw_rows], np.float32)
    return (i, j, s), np.array(words, np.float64), (np.array(sources, np.int32),)


@settings(max_examples=200)
@given(
    rows,
    st.lists(st.integers(0, 2 * TOP), min_size=8, max_size=8),
    st.lists(st.integers(-1, 2), min_size=8, max_size=8),
    st.sampled_from([1.0, 1.2, 1.3, 1.5]),
    st.sampled_from([None, 1.0, 1.3]),
    st.integers(0, TOP),
)
def test_short_pairs_lift_is_its_rule_and_the_built_one_from_full_texts_up(
    drawn: list[tuple[int, int, float]],
    words: list[int],
    sources: list[int],
    factor: float,
    one_outlet: float | None,
    least: int,
) -> None:
    pairs, counts, series = _case(drawn, words, sources)
    params = StoryParams(long_factor=factor, long_one_outlet=one_outlet)
    longs, lift = tried.short_pairs(least)
    got = lift(pairs, counts, params, series)[2]
    want = []
    for a, b, v in drawn:  # the rule written out, pair by pair
        x, y = sources[a], sources[b]
        times = one_outlet if one_outlet is not None and x == y and x >= 0 else factor
        raised = max(np.float32(v), min(np.float32(v) * np.float32(times), np.float32(MOST)))
        lifted = max(words[a], words[b]) >= TOP and min(words[a], words[b]) >= least
        want.append(raised if lifted and np.float32(v) < COPY else np.float32(v))
    assert np.asarray(got).tolist() == want
    # from ``least`` = long_words up, the rule as built (`story_length.long_lift`)
    flags = np.array([w >= TOP for w in words])
    built = long_lift(pairs, flags, params, series)[2]
    same = tried.short_pairs(TOP)[1](pairs, counts, params, series)[2]
    assert np.asarray(same).tolist() == np.asarray(built).tolist()
    assert longs([], TOP).tolist() == []


NEWS = SHARED_CORPORA / "newsarticles.jsonl"
ALLSIDES = SHARED_CORPORA / "allsides_stories.jsonl"


@pytest.mark.corpus
@pytest.mark.skipif(
    not (NEWS.exists() and ALLSIDES.exists()), reason=f"no corpora in {SHARED_CORPORA}"
)
def test_the_held_out_run_patches_story_build_and_puts_it_back(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # st58: the module patched `story_build.lengthen`, which st54 renamed `long_lift`
    kept = (story_build.attach_lone, story_build.group, story_build.longs, story_build.long_lift)
    assert tried.main(["--held-out"]) == 0
    assert (
        story_build.attach_lone,
        story_build.group,
        story_build.longs,
        story_build.long_lift,
    ) == kept
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "held-out halves, once" and len(lines) == 3
    built = lines[1].split("AllSides ")[1].split()
    # as built, AllSides' held-out half is `bench.stories_eval`'s (README: 0.913 / 0.958)
    assert float(built[0]) >= 0.90 and float(built[2]) >= 0.95
    assert "related" in lines[2]
