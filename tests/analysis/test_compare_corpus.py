"""Comparing real stories of ../shared/corpora (opt-in): the issue's figures on labelled data.

The stories are the AllSides events (``story``) and the same-event newsarticles groups of
tests/data/compare_groups.jsonl; the labels (compare_name_labels.jsonl,
paraphrase_labels.jsonl) refer to articles by id and to text by raw offsets and hashes.
Figures are asserted on the held-out halves (the dev halves were used to set the rules).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import SHARED_CORPORA

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(
        not (SHARED_CORPORA / "allsides_stories.jsonl").is_file()
        or not (SHARED_CORPORA / "newsarticles.jsonl").is_file(),
        reason=f"corpora not found at {SHARED_CORPORA}",
    ),
]


@pytest.fixture(scope="module")
def quality() -> Any:
    from bench import compare_eval

    stories = compare_eval.load_stories(corpora=SHARED_CORPORA)
    return compare_eval, stories, compare_eval.evaluate(stories)


def test_every_story_and_group_is_read(quality: Any) -> None:
    _, stories, q = quality
    news = [s for s in stories if s.corpus == "newsarticles.jsonl"]
    assert len(stories) >= 500 and len(news) == 28
    assert all(3 <= len(s.articles) <= 8 for s in news)
    assert len(q.comparisons) == len(stories)


def test_verbatim_passages_are_true_in_every_listed_article(quality: Any) -> None:
    _, _, q = quality
    assert q.passages > 500
    assert q.passages_true == q.passages, q.failures[:10]


def test_names_reported_as_unique_are_really_absent(quality: Any) -> None:
    _, _, q = quality
    names = q.names
    # 72, was 73: int50 no longer lists na-2580's "Islamophobic", labelled no name (the
    # labelled names still reported: 66 before and after); 73, was 75: fx155 no longer lists
    # two labelled held words that are no names (heading words, a label); 75, was 80: fx37a
    # no longer lists an article's own outlet
    assert names.labelled["held"] >= 72, names.lines()
    assert names.labelled_absent["held"] / names.labelled["held"] >= 0.95, names.errors
    assert names.oracle_absent / names.reported >= 0.95


def test_paraphrase_pairs_judged_right_by_a_reader(quality: Any) -> None:
    compare_eval, _, q = quality
    from bench.compare_labels import load_pair_labels

    scores = compare_eval.score_pairs(load_pair_labels(), q.comparisons, "held")
    # 99, was 100: fx114 took out the held pair whose sentence is furniture ("This story has
    # been updated", na-1891): a comparison no longer reads it (index/data/furniture.toml)
    # (CI ci135: cl47 cuts na-1966's "READ MORE: US House panel to probe alleged Trump-Russia
    # links" teaser, which the labelled sentence began with: its label now starts after it)
    assert scores.unmapped == 0 and scores.pairs == 99
    assert scores.precision >= 0.90, scores.errors
    assert scores.recall >= 0.5, scores.line()
