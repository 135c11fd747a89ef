"""bench.stories_eval's scores of fully labelled slices (which "all") against a plain count.

Every article of a full-text slice is labelled: an event's, alone (its own event) or unsure.
The oracle reads each pair of articles plainly: a story joining two articles labelled alone
is a wrong merge like any other, and unsure articles are in no figure (hypothesis over
generated partitions).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bench.stories_checks import mixed_stories
from bench.stories_eval import cluster_scores, related_scores

ARTICLES = [f"a{i}" for i in range(10)]

labelling = st.dictionaries(
    st.sampled_from(ARTICLES),
    # (story, event or alone, unsure)
    st.tuples(st.sampled_from("xyzw"), st.sampled_from(["e1", "e2", "e3", "alone"]), st.booleans()),
    min_size=2,
)


def read(
    cases: dict[str, tuple[str, str, bool]],
) -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """Clusters, truth (alone articles as ``full_text`` labels them) and the unsure ids."""
    clusters = {a: story for a, (story, _, _) in cases.items()}
    truth = {a: (f"alone:{a}" if event == "alone" else event) for a, (_, event, _) in cases.items()}
    unsure = frozenset(a for a, (_, _, doubt) in cases.items() if doubt)
    return clusters, truth, unsure


def plain_scores(
    clusters: dict[str, str], truth: dict[str, str], unsure: frozenset[str]
) -> dict[str, float]:
    """BCubed and pair precision by reading every pair of kept articles."""
    kept = sorted(a for a in clusters if a not in unsure)
    together = {a: [b for b in kept if clusters[b] == clusters[a]] for a in kept}
    mates = {a: [b for b in kept if truth[b] == truth[a]] for a in kept}
    precision = [
        sum(1 for b in together[a] if truth[b] == truth[a]) / len(together[a]) for a in kept
    ]
    # an alone article's recall is 1 whatever the grouping: only events of 2+ are averaged
    recall = [
        sum(1 for b in mates[a] if clusters[b] == clusters[a]) / len(mates[a])
        for a in kept
        if len(mates[a]) >= 2
    ]
    pairs = [
        (a, b) for i, a in enumerate(kept) for b in kept[i + 1 :] if clusters[a] == clusters[b]
    ]
    right = sum(1 for a, b in pairs if truth[a] == truth[b])
    return {
        "precision": sum(precision) / len(precision),
        "recall": sum(recall) / len(recall),
        "pair_precision": right / len(pairs) if pairs else 1.0,
        "wrong_pairs": float(len(pairs) - right),
    }


@given(labelling)
def test_bcubed_and_pair_precision_count_every_labelled_article(
    cases: dict[str, tuple[str, str, bool]],
) -> None:
    clusters, truth, unsure = read(cases)
    kept = [a for a in cases if a not in unsure]
    events = [truth[a] for a in kept]
    assume(any(events.count(e) >= 2 for e in events))  # some recall to measure
    expected = plain_scores(clusters, truth, unsure)
    found = cluster_scores(clusters, truth, "all", unsure)
    for key in ("precision", "recall", "pair_precision"):
        assert found[key] == pytest.approx(expected[key]), key
    assert found["distractors_merged"] == 0
    assert sum(w for w, _, _ in mixed_stories(clusters, truth, unsure)) == expected["wrong_pairs"]


def test_a_join_of_two_alone_articles_lowers_both_precisions() -> None:
    # the blind spot lb36 found on slice C: two lone items in one story counted in no figure
    clusters = {"a": "s1", "b": "s1", "c": "s2", "d": "s3"}
    truth = {"a": "e1", "b": "e1", "c": "alone:c", "d": "alone:d"}
    apart = cluster_scores(clusters, truth, "all")
    joined = cluster_scores({**clusters, "d": "s2"}, truth, "all")
    assert apart["precision"] == 1.0 and apart["pair_precision"] == 1.0
    assert joined["precision"] == pytest.approx(0.75)  # (1 + 1 + 0.5 + 0.5) / 4
    assert joined["pair_precision"] == pytest.approx(0.5)  # a-b right, c-d wrong
    assert joined["recall"] == apart["recall"] == 1.0
    # and an unsure article is in no figure, even inside a story
    unsure = cluster_scores({**clusters, "d": "s2"}, truth, "all", frozenset({"d"}))
    assert unsure["precision"] == 1.0 and unsure["pair_precision"] == 1.0


def test_related_skips_articles_without_mates() -> None:
    truth = {"a": "e1", "b": "e1", "c": "alone:c", "d": "e2", "e": "e2"}
    order = {"a": ["c", "b"], "b": ["a"], "c": ["a"], "d": ["e"], "e": ["b", "d"]}
    found = related_scores(lambda a, n: order[a][:n], truth, "all", frozenset({"e"}))
    # only a and b are scored: c is alone and d's one mate is unsure
    assert found == {"recall@2": 1.0, "precision@1": 0.5}
