"""Undated articles join their dated story-mates (`story_undated`), and dated stories stay."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.stories import StoryArticle, StoryModel

EVENTS = [
    (
        "dam spillway oroville evacuation",
        "Residents near Oroville dam fled as its spillway eroded",
    ),
    (
        "wheat harvest drought kansas",
        "Kansas farmers expect a poor wheat harvest after drought",
    ),
    ("missile launch north korea", "North Korea fired a missile into the sea, officials said"),
]


def _corpus() -> list[StoryArticle]:
    start = datetime(2021, 3, 1)
    out = []
    for e, (title, body) in enumerate(EVENTS):
        for k in range(3):
            out.append(
                StoryArticle(
                    f"e{e}-{k}",
                    f"{title} report {k}",
                    f"{body}. {body} again, wrote outlet {k}.",
                    f"outlet{k}",
                    start + timedelta(days=10 * e, hours=k),
                )
            )
    return out


def _groups(model: StoryModel, ids: set[str]) -> set[frozenset[str]]:
    return {frozenset(a for a in s.article_ids if a in ids) for s in model.stories()} - {
        frozenset()
    }


def test_an_undated_copy_joins_its_story_and_dated_stories_stay() -> None:
    corpus = _corpus()
    dated_ids = {a.id for a in corpus}
    copies = [dataclasses.replace(a, id=f"u-{a.id}", date=None, source=None) for a in corpus[::3]]
    plain = StoryModel.build(corpus)
    mixed = StoryModel.build(corpus + copies)
    assert _groups(mixed, dated_ids) == _groups(plain, dated_ids)
    for copy in copies:
        original = copy.id.removeprefix("u-")
        assert mixed.story_of(copy.id) == mixed.story_of(original)
        listed = [r.id for r in mixed.related(copy.id, 10)]
        assert original in listed
    updated = plain.update(copies)
    for copy in copies:
        assert updated.story_of(copy.id) == updated.story_of(copy.id.removeprefix("u-"))


def _undated(corpus: list[StoryArticle]) -> list[StoryArticle]:
    # per event: a copy of its first article, and a retelling in other words
    out = []
    for e, (title, body) in enumerate(EVENTS):
        out.append(dataclasses.replace(corpus[3 * e], id=f"u{e}-copy", date=None, source=None))
        words = title.split()
        out.append(StoryArticle(f"u{e}-told", f"{words[1]} {words[0]} {words[2]}", body, "zine"))
    return out


def _partition(model: StoryModel) -> set[frozenset[str]]:
    return {frozenset(s.article_ids) for s in model.stories()}


def test_a_rebuild_puts_every_undated_article_with_its_event() -> None:
    corpus = _corpus()
    model = StoryModel.build(corpus + _undated(corpus))
    for e in range(len(EVENTS)):
        assert model.story_of(f"u{e}-copy") == model.story_of(f"e{e}-0")
        assert model.story_of(f"u{e}-told") == model.story_of(f"e{e}-1")


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_updates_in_any_order_group_as_a_rebuild_does(data: st.DataObject) -> None:
    # the oracle: a build of the articles the updates leave; an undated article may come
    # before the dated articles of its event, which then pull it in (un24)
    corpus = _corpus()
    articles = data.draw(st.permutations(corpus + _undated(corpus)))
    cuts = sorted(data.draw(st.lists(st.integers(1, len(articles)), max_size=4)))
    chunks = [articles[a:b] for a, b in zip([0, *cuts], [*cuts, len(articles)], strict=True)]
    model = StoryModel.build(chunks[0])
    present = {a.id for a in chunks[0]}
    for chunk in chunks[1:]:
        gone = (
            data.draw(st.sets(st.sampled_from(sorted(present)), max_size=2)) if present else set()
        )
        model = model.update(chunk, gone)
        present = (present - gone) | {a.id for a in chunk}
    rebuilt = StoryModel.build([a for a in articles if a.id in present])
    assert _partition(model) == _partition(rebuilt)
    # titles (ut24): a story of one undated article is titled by it, as in a rebuild (one an
    # update moves out of its dated story, or removals leave alone); a larger story keeps
    # its founder's title where a rebuild takes its most central article's (and a dated
    # article left alone, its story's), but never none when one has one
    titled = {a.id for a in articles if a.title}
    undated = {a.id for a in articles if a.date is None}
    assert _alone(model, undated) == _alone(rebuilt, undated)
    assert not [s.id for s in model.stories() if not s.title and titled & set(s.article_ids)]


def _alone(model: StoryModel, among: set[str]) -> dict[str, str]:
    return {
        s.article_ids[0]: s.title
        for s in model.stories()
        if len(s.article_ids) == 1 and s.article_ids[0] in among
    }


def test_an_article_an_update_moves_out_of_its_story_keeps_its_title() -> None:
    # one undated article telling two events: with only the first dated it joins it; once
    # the second event's dated articles come it belongs to neither, and stands alone under
    # its own title, as in a rebuild (ut24; un24 left it untitled)
    corpus = _corpus()
    both = f"{EVENTS[0][1]}. {EVENTS[1][1]}."
    mixed = StoryArticle("u-both", "Oroville spillway and Kansas wheat", both, "zine")
    model = StoryModel.build([*corpus[:3], mixed])
    assert model.story_of("u-both") == model.story_of("e0-0")
    updated = model.update(corpus[3:6])
    rebuilt = StoryModel.build([*corpus[:6], mixed])
    assert _partition(updated) == _partition(rebuilt)
    for m in (updated, rebuilt):
        alone = m.story(m.story_of("u-both") or "")
        assert alone is not None and alone.article_ids == ("u-both",)
        assert alone.title == mixed.title
