"""bench/stories_lead_cues: the lead-name overlap against a plain reading (hypothesis over
generated name sets), the country clash on constructed headlines, and the body gate's
reading of a sparse cue against a dense one."""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp
from hypothesis import given
from hypothesis import strategies as st

from bench.stories_body_gate import _reaching
from bench.stories_lead_cues import lead, name_overlap, place_agree
from index.analysis.stories import StoryArticle

KEYS = st.sampled_from(["ann lee", "kasai", "un", "juba", "bo"])
NAMES = st.lists(st.frozensets(KEYS), max_size=7)


def _plain_overlap(names: list[frozenset[str]], a: int, b: int) -> float:
    """The overlap as the module's docstring tells it, one pair at a time."""
    n = len(names)
    weight = {k: math.log(n / sum(k in keys for keys in names)) for keys in names for k in keys}
    least = min(sum(weight[k] for k in names[a]), sum(weight[k] for k in names[b]))
    if a == b or least <= 0:
        return 0.0
    return sum(weight[k] for k in names[a] & names[b]) / least


@given(NAMES)
def test_name_overlap_is_the_shared_rarity_over_the_smaller_lead(
    names: list[frozenset[str]],
) -> None:
    got = name_overlap(names).toarray() if names else np.zeros((0, 0))
    want = [[_plain_overlap(names, a, b) for b in range(len(names))] for a in range(len(names))]
    assert np.allclose(got, np.array(want).reshape(got.shape))


def _article(title: str, body: str = "") -> StoryArticle:
    return StoryArticle(title, title, body)


def test_leads_naming_different_countries_disagree_and_a_shared_one_agrees() -> None:
    kidnaps = [
        _article("Aid workers kidnapped in South Sudan", "Gunmen seized eight workers."),
        _article("UN experts kidnapped in Congo", "Two experts went missing in Kasai."),
        _article("Congolese army hunts for missing UN experts"),
        _article("Kidnappers free hostages", "The hostages were freed on Sunday."),
    ]
    agree = place_agree(kidnaps)
    assert agree[0, 1] == agree[0, 2] == 0.0  # South Sudan against Congo
    assert agree[1, 2] == 1.0  # "Congo" and "Congolese": one country
    assert agree[0, 3] == agree[1, 3] == 1.0  # a lead naming no country never disagrees


def test_the_lead_is_the_title_and_the_first_words_of_the_body() -> None:
    text = lead(_article("Headline", " ".join(f"w{k}" for k in range(200))))
    assert text.startswith("Headline.\nw0 w1") and text.endswith(" w79")


@given(
    st.integers(1, 6).flatmap(
        lambda n: st.tuples(
            st.lists(st.sampled_from([0.0, 0.1, 0.15, 0.4, 1.0]), min_size=n * n, max_size=n * n),
            st.permutations(range(n)),
            st.sampled_from([0.05, 0.15, 0.5]),
        )
    )
)
def test_a_sparse_cue_gives_the_pairs_a_dense_one_does(
    case: tuple[list[float], list[int], float],
) -> None:
    values, order, cut = case
    n = len(order)
    dense = np.array(values).reshape(n, n)
    dense = np.triu(dense, 1) + np.triu(dense, 1).T
    kept = np.array(order[: max(1, n - 1)])
    want = set(zip(*(x.tolist() for x in _reaching(dense, kept, cut)), strict=True))
    got = set(zip(*(x.tolist() for x in _reaching(sp.csr_matrix(dense), kept, cut)), strict=True))
    assert got == want
