"""An update's stories are a rebuild's where copies are concerned (fx168, fx167's faults).

The oracle: a rebuild of the articles present after each update. Two kinds of generated
history, where README (Stories) says the two agree:

- texts of disjoint words (one long text with passages, two short ones without), told by
  outlets at hours or undated under their headlines; edits add, remove and rewrite
  articles, and add copies of present ones (the same outlet's, or the same text by
  another outlet): the words weigh alike however the corpus grew;
- any words (`bench.stories_update_agree.articles`), and the edits add exact copies only:
  a copy counts once in the weights (`story_copies.once`), so the grown corpus weighs
  every word as the rebuilt one.

Compared: every story's articles and its title.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bench.stories_update_agree import articles
from index.analysis.stories import StoryArticle, StoryModel
from tests.analysis.test_story_tie_order import BODY, OUTLETS, TITLES

DAY = datetime(2017, 2, 13)
TEXTS = [
    (BODY, TITLES),
    ("Ferry capsizes off Lagos harbour", ["Lagos ferry capsizes", "Ferry disaster in Lagos", ""]),
    ("Volcano erupts near Reykjavik airport", ["Icelandic volcano erupts", "Eruption", ""]),
]
HOURS = [None, 0, 5, 80, 150, 200]

Spec = tuple[int, int, int | None, int]  # text, outlet, hours, title
spec = st.tuples(
    st.integers(0, len(TEXTS) - 1),
    st.integers(0, len(OUTLETS) - 1),
    st.sampled_from(HOURS),
    st.integers(0, 2),
)
# an edit: (what, which present article by place, a spec for new or rewritten text)
edit = st.tuples(
    st.sampled_from(["add", "copy", "retold", "remove", "rewrite"]), st.integers(0, 99), spec
)


def _article(name: str, text: int, outlet: int, hours: int | None, title: int) -> StoryArticle:
    body, titles = TEXTS[text]
    date = None if hours is None else DAY + timedelta(hours=hours)
    return StoryArticle(name, titles[title], body, OUTLETS[outlet], date)


def _stories(model: StoryModel) -> dict[frozenset[str], str]:
    return {frozenset(story.article_ids): story.title for story in model.stories()}


def _updates_agree(first: list[StoryArticle], steps: list[list[tuple[str, int, Spec]]]) -> None:
    corpus = {a.id: a for a in first}
    model = StoryModel.build(first)
    made = len(first)
    for step in steps:
        added: dict[str, StoryArticle] = {}
        removed: list[str] = []
        for what, which, new in step:
            present = sorted(corpus)
            name = present[which % len(present)]
            if what in ("remove", "rewrite") and (name in added or len(corpus) < 2):
                continue
            if what == "remove":
                removed.append(name)
                del corpus[name]
                continue
            if what == "rewrite":
                article = _article(name, *new)
            elif what == "add":
                article, made = _article(f"{made:03d}.txt", *new), made + 1
            else:  # a copy: the same outlet's, or the same text retold by another outlet
                outlet = corpus[name].source if what == "copy" else OUTLETS[new[1]]
                article = replace(corpus[name], id=f"{made:03d}.txt", source=outlet)
                made += 1
            added[article.id] = corpus[article.id] = article
        model = model.update(added=list(added.values()), removed=removed)
        assert _stories(model) == _stories(StoryModel.build(list(corpus.values())))


# fx167's second fault: removing the middle of a chain of identical short texts unlinked
# its ends (80 h apart each, 160 h from end to end: near copies, outside every window)
@example(first=[(1, 0, 0, 0), (1, 1, 80, 0), (1, 2, 150, 0)], steps=[[("remove", 1, (0, 0, 0, 0))]])
# an undated article that leaves its dated story groups with the undated ones it links to
@example(
    first=[(1, 0, None, 1), (1, 1, None, 2), (1, 2, 200, 0)],
    steps=[[("add", 0, (1, 3, 0, 0))]],
)
# an undated article whose only dated partner goes is asked again
@example(
    first=[(2, 0, None, 2), (2, 0, 0, 1), (2, 0, 80, 0)], steps=[[("remove", 2, (0, 0, 0, 0))]]
)
@settings(max_examples=40, deadline=None)
@given(
    first=st.lists(spec, min_size=2, max_size=7),
    steps=st.lists(st.lists(edit, min_size=1, max_size=3), min_size=1, max_size=3),
)
def test_updates_of_texts_that_weigh_alike_equal_a_rebuild(
    first: list[Spec], steps: list[list[tuple[str, int, Spec]]]
) -> None:
    _updates_agree([_article(f"{k:03d}.txt", *row) for k, row in enumerate(first)], steps)


def _copy(rng: random.Random, article: StoryArticle, name: str) -> StoryArticle:
    """An exact copy: the same words, the same day or up to two days later (every copy of a
    text within `near_copy_days` of the others), by its outlet or another."""
    date = article.date
    if date is not None and rng.random() < 0.3:
        date += timedelta(hours=rng.choice([0, 24, 48]))
    outlet = article.source if rng.random() < 0.7 else rng.choice([None, "A", "B", "C"])
    return replace(article, id=name, source=outlet, date=date)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), undated=st.sampled_from([0.3, 0.6]))
def test_copies_added_by_updates_group_as_a_rebuild(seed: int, undated: float) -> None:
    rng = random.Random(seed)
    corpus = articles(rng, undated, (2, 4), (3, 10), (3, 60))
    model = StoryModel.build(corpus)
    for step in range(rng.randint(1, 3)):
        copies = [_copy(rng, rng.choice(corpus), f"z{step}{k}") for k in range(rng.randint(1, 3))]
        corpus += copies
        model = model.update(added=copies)
        assert _stories(model) == _stories(StoryModel.build(corpus))


def test_an_undated_copy_asked_alone_keeps_its_story() -> None:
    """fx167's first case: 002 and 004 are near copies (undated, one text under two
    headlines); a copy of the dated 001 asks the undated articles again; 004 alone is not
    like 001 enough, 002 is, and a build moves a group of copies by its original."""
    title, other = "Supreme Court sides with police", "Justices shield officers"
    short = "supreme supreme supreme supreme"
    long = "court ruling court court court court court justices supreme justices force"
    rows = [(None, title, short), (0, title, short), (None, title, long), (None, title, short)]
    rows.append((None, other, long))
    corpus = [
        StoryArticle(f"{k:03d}", t, f"{body} docket{k}", "CNN", None if h is None else DAY)
        for k, (h, t, body) in enumerate(rows)
    ]
    copy = replace(corpus[1], id="001 (1).txt")
    updated = StoryModel.build(corpus).update(added=[copy])
    assert _stories(updated) == _stories(StoryModel.build([*corpus, copy]))
    assert len(updated.stories()) == 1


def test_identical_short_texts_of_two_outlets_title_as_in_a_build() -> None:
    """fx167's third case: BBC's and RTE's same short text are copies in a build's titling
    (1.0 to each other); the update's retitling met them 10 h apart by their cosine."""
    ferry, title = TEXTS[1][0], TEXTS[1][1][0]
    articles = [
        StoryArticle("a", "Ferry disaster in Lagos harbour", ferry, "CNN", DAY),
        StoryArticle("b", title, ferry, "BBC News", DAY + timedelta(hours=80)),
        StoryArticle("c", title, ferry, "RTE", DAY + timedelta(hours=70)),
        StoryArticle("d", "Lagos ferry", ferry, "Al Jazeera", DAY + timedelta(hours=75)),
    ]
    updated = StoryModel.build(articles[:3]).update(added=[articles[3]])
    rebuilt = StoryModel.build(articles)
    assert _stories(updated) == _stories(rebuilt)
    assert title in _stories(rebuilt).values()


@pytest.mark.xfail(
    strict=True,
    reason="known (bench/README.md: st58, st61; fx168's note): a story grouped again meets "
    "no story it does not touch, so a lone article attaches where a rebuild's runner-up, "
    "too weak to link, holds it; the remedies measured cost too much at scale",
)
def test_copies_removed_by_an_update_group_as_a_rebuild() -> None:
    rng = random.Random(55)
    corpus = articles(rng, 0.3, (2, 4), (3, 10), (3, 60))
    copies = [_copy(rng, rng.choice(corpus), f"z{k}") for k in range(rng.randint(1, 3))]
    gone = {c.id for c in rng.sample(copies, rng.randint(1, len(copies)))}
    model = StoryModel.build(corpus + copies).update(removed=sorted(gone))
    rest = [a for a in corpus + copies if a.id not in gone]
    assert _stories(model) == _stories(StoryModel.build(rest))
