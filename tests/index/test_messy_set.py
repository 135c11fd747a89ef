"""The messy test set: its generator keeps its truth, and (on ../shared/corpora) the cleaning
meets the issue's targets on the held-out split.

`python -m tests.messy --split held-out --seed 6 --count 3000` prints the README's figures.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conftest import SHARED_CORPORA
from tests.messy.generate import (
    ARTICLE,
    DEBRIS,
    META,
    SPLITS,
    Record,
    cases,
    load_records,
    split_of,
)
from tests.messy.score import FIELDS, Score, run

WORDS = "the council said on tuesday that the harbour plan would go ahead after a long debate"


def records() -> list[Record]:
    """Articles written here, in the corpora's shape (no corpus text in the project)."""
    made = []
    for n in range(40):
        paragraphs = tuple(
            f"Paragraph {k} of story {n}: {WORDS}, officials said, and more would follow."
            for k in range(1, 5)
        )
        made.append(
            Record(
                id=f"r{n}",
                title=f"Harbour plan number {n} goes ahead after debate",
                source=("Reuters", "The Guardian", "Valley Gazette", None)[n % 4],
                day=datetime(2017, 2, 1 + n % 27),
                url=f"https://www.example{n}.com/news/{n}" if n % 2 else None,
                paragraphs=paragraphs,
            )
        )
    return made


def test_the_same_seed_makes_the_same_cases() -> None:
    first = [c.text for c in cases(records(), seed=7, split="tune", count=30)]
    again = [c.text for c in cases(records(), seed=7, split="tune", count=30)]
    other = [c.text for c in cases(records(), seed=8, split="tune", count=30)]
    assert first == again and first != other


def test_splits_share_no_article() -> None:
    made = records()
    tune = {c.record_id for c in cases(made, seed=1, split="tune", count=60)}
    held = {c.record_id for c in cases(made, seed=1, split="held-out", count=60)}
    assert tune and held and not tune & held
    assert all(split_of(r) == "tune" for r in tune)


@pytest.mark.parametrize("split", SPLITS)
def test_the_truth_is_in_the_text(split: str) -> None:
    for case in cases(records(), seed=3, split=split, count=80):
        text = case.text
        assert {line.label for line in case.lines} <= {ARTICLE, DEBRIS, META}
        for line in case.lines:
            assert line.text in text
        if case.title is not None:
            assert case.title in text
        if case.byline is not None:
            assert case.byline.lower() in text.lower()
        if case.outlet is not None:
            assert any(name in text for name in case.outlet_accepts)
        article = [line.text for line in case.lines if line.label == ARTICLE]
        assert article and all(p in text for p in article)


def test_the_scorer_counts_what_it_sees() -> None:
    score = run(cases(records(), seed=5, split="held-out", count=40))
    assert score.cases == 40 and score.article > 0 and score.debris > 0
    assert set(score.fields) == set(FIELDS)
    assert score.article_removed == 0  # written paragraphs, plainly article text


@pytest.mark.parametrize(
    ("found", "from_text"),
    [
        ("Ivan Oransky and Adam Marcus", True),  # each author's place between (fx173)
        ("Ivan Oransky, Adam Marcus", True),
        ("Adam Marcus", True),
        ("Ivan Oransky and Jane Doe", False),  # a name the text does not give
        ("Ivan Oransky and Adam Marc", False),  # a part of a name is none
    ],
)
def test_a_byline_the_text_gives_name_by_name_is_no_invention(found: str, from_text: bool) -> None:
    text = (
        "By Ivan Oransky, New York University and Adam Marcus, Johns Hopkins University Have "
        "you heard that scientists are planning a march?\n"
    )
    score = Score()
    case = next(cases(records(), seed=1, split="tune", count=1))
    score._fact(case, "byline", None, found, text)
    assert (score.fields["byline"].from_text, score.fields["byline"].invented) == (
        (1, 0) if from_text else (0, 1)
    )


@pytest.mark.corpus
def test_targets_on_the_held_out_split() -> None:
    if not (SHARED_CORPORA / "newsarticles.jsonl").exists():
        pytest.skip(f"corpora not found at {SHARED_CORPORA}")
    score = run(cases(load_records(SHARED_CORPORA), seed=6, split="held-out", count=600))
    print("\n" + score.table())
    assert score.debris_removed >= 0.95 * score.debris
    assert score.article_removed == 0, score.failures[:20]
    assert score.unreviewable == 0
    for name in ("title", "outlet", "date"):
        field = score.fields[name]
        assert field.found >= 0.9 * field.stated, (name, score.table())
    for name in FIELDS:
        field = score.fields[name]
        assert field.invented == 0, (name, score.failures[:20])
        # the README gives the exact counts; a regression shows here as a rate
        assert field.wrong * 500 <= field.stated, (name, score.failures[:20])
