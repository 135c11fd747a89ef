"""Stories on a second full-text slice, labelled blind and never tuned on (24-27 Mar 2017).

Every rule of the story grouping was chosen with the first labelled week (13-19 Feb) in
view, so its figures flatter the method. ``tests/data/story_labels_b.jsonl`` labels every
article of four later days of ``newsarticles.jsonl`` by the same rule, written before the
grouping was run on them; its figures are the honest full-text ones (lb35).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.stories_checks import UNSEEN_LABELS, full_text, main
from bench.stories_eval import read
from index.analysis.stories import StoryParams
from tests.analysis.test_stories_corpus import short_of_the_bar
from tests.conftest import SHARED_CORPORA

CORPORA = SHARED_CORPORA
NEWS = CORPORA / "newsarticles.jsonl"

needs_news = pytest.mark.skipif(not NEWS.exists(), reason=f"no {NEWS.name} in {CORPORA}")


@pytest.fixture(scope="module")
def unseen() -> dict[str, float]:
    return full_text(CORPORA, StoryParams(), labels=UNSEEN_LABELS)


def test_the_check_says_so_without_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--corpora", str(tmp_path), "--labels", str(UNSEEN_LABELS)]) == 2
    assert "no newsarticles.jsonl" in capsys.readouterr().out


def test_unseen_labels_are_one_slice_and_name_no_article_twice() -> None:
    records = [json.loads(line) for line in UNSEEN_LABELS.read_text().splitlines()]
    assert "unsure" in records[0] and "event" not in records[0]
    listed = Counter(a for r in records for a in r.get("articles", []) + r.get("unsure", []))
    assert max(listed.values()) == 1
    assert {r["corpus"] for r in records} == {"newsarticles.jsonl"}
    assert {tuple(r["slice"]) for r in records} == {("2017-03-24", "2017-03-27")}
    events = [r for r in records if "event" in r]
    assert len({r["event"] for r in events}) == len(events)
    assert all(len(r["articles"]) >= 2 and r["about"] for r in events)


@pytest.mark.corpus
@needs_news
def test_unseen_labels_name_articles_of_the_slice() -> None:
    records = [json.loads(line) for line in UNSEEN_LABELS.read_text().splitlines()]
    first, last = records[0]["slice"]
    known = {a.id for a in read(NEWS) if a.date and first <= a.date.strftime("%Y-%m-%d") <= last}
    listed = {a for r in records for a in r.get("articles", []) + r.get("unsure", [])}
    assert listed <= known
    assert 150 <= len(known) <= 250


@pytest.mark.corpus
@needs_news
def test_unseen_figures_reached(unseen: dict[str, float]) -> None:
    # floors just under what the grouping reached on the slice when first run (lb35:
    # precision 0.974, pair precision 0.932, F1 0.833, recall@2 0.936, precision@1 0.949
    # with one label corrected after the run; 0.931 / 0.828 / 0.934 / 0.947 before it).
    # Recall is the weak part: the health-bill defeat (18 articles: reports, analyses,
    # reactions) falls into nine stories
    assert unseen["articles"] == 236
    assert unseen["precision"] >= 0.97
    assert unseen["pair_precision"] >= 0.93
    assert unseen["F1"] >= 0.83
    assert unseen["recall@2"] >= 0.93
    assert unseen["precision@1"] >= 0.94
    assert unseen["distractors_merged"] == 0


@pytest.mark.corpus
@needs_news
@pytest.mark.xfail(strict=True, reason="issue 16's full-text bar is not reached on unseen text")
def test_unseen_targets(unseen: dict[str, float]) -> None:
    assert not short_of_the_bar(unseen)
