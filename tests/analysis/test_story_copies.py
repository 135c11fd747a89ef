"""Near copies group as one article (issue 16, nu34 #5): adding a lightly edited reprint of
an article moves no other article, and the reprint joins its original's story.

The oracle: the grouping of a corpus, and of the same corpus with one row more that is a
near copy of one of its rows (its pairs its original's, give or take the hair a word
inserted changes, and likeness 1.0 to it), must put the old rows alike."""

from __future__ import annotations

import dataclasses
import random
from datetime import datetime

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import story_undated as undated
from index.analysis.stories import StoryArticle, StoryModel
from index.analysis.story_build import group, tokens_for
from index.analysis.story_copies import digests, fold, originals, spread
from index.analysis.story_params import StoryParams
from index.analysis.vectors import Vocabulary, term_counts

PARAMS = StoryParams()
SCORES = st.floats(0.0, 0.6).map(lambda x: round(x, 3))
"""An undated article's cross likeness to a dated one."""


def _partition(labels: np.ndarray, rows: list[int]) -> set[frozenset[int]]:
    """The groups ``labels`` makes of ``rows``, by their place in ``rows``."""
    groups: dict[int, set[int]] = {}
    for place, row in enumerate(rows):
        groups.setdefault(int(labels[row]), set()).add(place)
    return {frozenset(g) for g in groups.values()}


@st.composite
def corpora(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, float]], int, float]:
    """Rows, their pairs ``(i, j, s)`` (i < j), a row to copy and the copy's hair of change."""
    n = draw(st.integers(2, 12))
    pairs = draw(
        st.lists(
            st.tuples(
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                st.floats(0.05, 0.9).map(lambda x: round(x, 3)),
            ),
            max_size=n * 3,
            unique_by=lambda p: (min(p[0], p[1]), max(p[0], p[1])),
        )
    )
    pairs = [(min(a, b), max(a, b), s) for a, b, s in pairs if a != b]
    return n, pairs, draw(st.integers(0, n - 1)), draw(st.floats(-0.02, 0.02))


def _with_copy(
    n: int, pairs: list[tuple[int, int, float]], copied: int, hair: float
) -> tuple[list[tuple[int, int, float]], list[int]]:
    """The pairs with a copy of row ``copied`` placed right after it (a copy comes after its
    original in the build's order), and where each old row went."""
    moved = [r if r <= copied else r + 1 for r in range(n)]
    copy = copied + 1
    out = [(moved[a], moved[b], s) for a, b, s in pairs]
    for a, b, s in pairs:
        if copied in (a, b):
            other = moved[b if a == copied else a]
            out.append((min(copy, other), max(copy, other), min(max(s + hair, 0.0), 0.99)))
    out.append((moved[copied], copy, 1.0))
    return out, moved


def _arrays(pairs: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (
        np.array([p[0] for p in pairs], np.int64),
        np.array([p[1] for p in pairs], np.int64),
        np.array([p[2] for p in pairs], np.float32),
    )


@settings(max_examples=300, deadline=None)
@given(corpora(), st.booleans())
def test_a_copy_moves_no_other_article(
    corpus: tuple[int, list[tuple[int, int, float]], int, float], numpy_only: bool
) -> None:
    n, pairs, copied, hair = corpus
    alone = group(n, _arrays(pairs), PARAMS, numpy_only=numpy_only, rank=np.arange(n))
    grown, moved = _with_copy(n, pairs, copied, hair)  # the copy ranks after its original
    both = group(n + 1, _arrays(grown), PARAMS, numpy_only=numpy_only, rank=np.arange(n + 1))
    assert _partition(both, moved) == _partition(alone, list(range(n)))
    assert both[copied + 1] == both[moved[copied]]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 3), min_size=2, max_size=8),
    st.lists(st.lists(SCORES, min_size=8, max_size=8), max_size=4),
    st.data(),
)
def test_a_dated_copy_moves_no_undated_article(
    dated_labels: list[int], undated_scores: list[list[float]], data: st.DataObject
) -> None:
    """An undated article joins a dated story by its average to the story's articles: a
    dated copy (`story_undated.attach` given the originals) leaves that average as it was."""
    d, u = len(dated_labels), len(undated_scores)
    copied = data.draw(st.integers(0, d - 1))

    def attach_all(copy: bool) -> tuple[np.ndarray, list[int]]:
        rows = list(range(d))
        labels = list(dated_labels)
        if copy:  # the copy right after its original, in its story
            rows = [r if r <= copied else r + 1 for r in rows]
            labels.insert(copied + 1, dated_labels[copied])
        m = len(labels)
        count = max(labels) + 1
        labels += [count + k for k in range(u)]  # each undated row alone
        days = np.array([1.0] * m + [np.nan] * u)
        i, j, s = [], [], []
        for k, scores in enumerate(undated_scores):
            for r in range(d):
                if scores[r] >= PARAMS.floor:
                    targets = [rows[r]] + ([copied + 1] if copy and r == copied else [])
                    for t in targets:
                        i.append(t)
                        j.append(m + k)
                        s.append(scores[r])
        cross = (np.array(i, np.int64), np.array(j, np.int64), np.array(s, np.float32))
        likeness = (np.array([copied]), np.array([copied + 1]), np.array([1.0], np.float32))
        original = originals(m + u, likeness if copy else (likeness[0][:0],) * 3)
        out = undated.attach(np.array(labels), days, cross, PARAMS, original)
        return out, rows + list(range(m, m + u))

    alone, rows = attach_all(False)
    both, moved = attach_all(True)
    assert _partition(both, moved) == _partition(alone, rows)
    assert both[copied + 1] == both[copied]


def test_originals_are_the_first_of_each_chain() -> None:
    pairs = (np.array([1, 3, 0]), np.array([4, 4, 2]), np.array([1.0, 1.0, 0.5], np.float32))
    original = originals(6, pairs)
    assert original.tolist() == [0, 1, 2, 1, 1, 5]
    i, j, _ = fold(pairs, original)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 2)]
    assert spread(np.array([0, 1, 2, 3, 4, 5]), original).tolist() == [0, 1, 2, 1, 1, 3]


COMMON = (
    "the a said on in of to and for with after officials people city new week state local "
    "report told two first more than would could year time group day also over about"
)
"""Words every generated article draws from."""
TOPICS = (
    "levee river flood breach evacuate rain crest engineers sandbags shelter",
    "senate vote budget bill tax spending deficit amendment filibuster quorum",
    "vaccine trial dose virus hospital patients clinic immunity booster variant",
    "wildfire acres blaze containment firefighters smoke canyon embers drought ridge",
)
"""Each generated event's own words."""


def _corpus(seed: int) -> list[StoryArticle]:
    """A few events, three to six articles each (different outlets, a day or two apart,
    some undated), their texts drawn from the event's words and common ones."""
    rng = random.Random(seed)
    common = COMMON.split()
    out = []
    for e, topic in enumerate(TOPICS[: rng.randint(2, len(TOPICS))]):
        words = topic.split()
        for k in range(rng.randint(3, 6)):
            share = rng.uniform(0.05, 0.4)  # some articles barely tell the event
            body = [rng.choice(words if rng.random() < share else common) for _ in range(110)]
            when = None if rng.random() < 0.2 else datetime(2024, 3, 3 + rng.randint(0, 3), 9)
            out.append(
                StoryArticle(
                    id=f"e{e}-{k}",
                    title=" ".join(rng.choice(words + common) for _ in range(6)),
                    body=" ".join(body),
                    source=rng.choice(("Reuters", "AP", "The Guardian", None)),
                    date=when,
                )
            )
    return out


def _stories(model: StoryModel, ids: list[str]) -> set[frozenset[str]]:
    """The stories of ``ids`` (the other articles left out)."""
    found: dict[str | None, set[str]] = {}
    for article_id in ids:
        found.setdefault(model.story_of(article_id), set()).add(article_id)
    return {frozenset(g) for g in found.values()}


def _stands_first(original: StoryArticle, copy: StoryArticle) -> bool:
    """Whether ``original``'s text stands for it and its ``copy`` (same date: the lesser
    digest of the words, `story_copies.ranks`), as a build of any corpus holding both sees
    it (the digest is of the stems' letters, not their ids)."""
    vocab = Vocabulary()
    tokens = tokens_for(vocab, [original, copy])
    digest = digests(term_counts(tokens, 2, vocab.stop_mask(), len(vocab)), vocab.keys())
    return bool(digest[0] <= digest[1])


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10**6), st.integers(0, 100), st.booleans())
def test_a_one_word_edit_of_any_article_moves_no_other(seed: int, pick: int, insert: bool) -> None:
    """nu34 #5: a copy of an article with one word inserted or removed (same outlet, title
    and date) joins its original's story, built or added by an update; when the original's
    text stands for the two (nothing in the words tells which came first: the lesser digest
    stands), every other article stays in the story it was in. When the edit stands, its
    pairs are the original's give or take a hair, which can move a borderline article."""
    articles = _corpus(seed)
    original = articles[pick % len(articles)]
    words = original.body.split()
    at = seed % len(words)
    edited = words[:at] + (["reportedly"] if insert else []) + words[at + (not insert) :]
    copy = dataclasses.replace(original, id=original.id + "~copy", body=" ".join(edited))
    ids = [a.id for a in articles]
    alone = StoryModel.build(articles)
    exact = _stands_first(original, copy)
    for grown in (StoryModel.build([*articles, copy]), alone.update([copy])):
        assert not exact or _stories(grown, ids) == _stories(alone, ids)
        assert grown.story_of(copy.id) == grown.story_of(original.id)
