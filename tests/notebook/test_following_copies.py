"""A followed story's exact copies are seen too (fx39 #4c, fs34): deleting some articles of
a text while one of them stays is no news; the text is still there, whichever of them now
stands for it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.notebook import Notebook
from index.notebook.schema import MIGRATIONS


@st.composite
def texts(draw: st.DrawFn) -> list[list[str]]:
    """A story's texts, each its articles (the first counted, the others its copies)."""
    count = draw(st.integers(1, 4))
    return [[f"t{k}-{c}" for c in range(draw(st.integers(1, 3)))] for k in range(count)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts(), st.data())
def test_a_text_still_there_is_neither_new_nor_removed(
    tmp_path_factory: pytest.TempPathFactory, story: list[list[str]], data: st.DataObject
) -> None:
    every = [article for text in story for article in text]
    deleted = set(data.draw(st.lists(st.sampled_from(every), unique=True)))
    left = [[a for a in text if a not in deleted] for text in story]  # the first left counts
    members = tuple(text[0] for text in left if text)

    def where(article: str) -> tuple[str, str | None] | None:
        return None if article in deleted else ("s", "S")

    with Notebook.open(tmp_path_factory.mktemp("nb")) as notebook:
        copies = {copy: text[0] for text in story for copy in text[1:]}
        notebook.stories.follow("s", [text[0] for text in story], copies=copies)
        [news] = notebook.stories.news(lambda _: members, where)
        assert news.new == () and news.moved == ()
        gone = [a for text, now in zip(story, left, strict=True) if not now for a in text]
        assert news.removed == tuple(sorted(gone))  # a text none of whose articles is left
        assert notebook.stories.left("s", members, where) == ((), tuple(sorted(gone)))
        now_copies = {copy: text[0] for text in left for copy in text[1:]}
        assert notebook.stories.opened("s", members, now_copies).new == ()
        assert notebook.stories.get("s").seen == len(members)  # a text counts once


def test_a_version_1_notebook_keeps_its_followed_stories(tmp_path: Path) -> None:
    with Notebook.open(tmp_path) as notebook:
        notebook.stories.follow("s", ["a", "b"])
    path = next(tmp_path.glob("*.sqlite3"))
    with sqlite3.connect(path) as connection:  # back to version 1, as an older broadsheet
        connection.execute("DELETE FROM schema_version WHERE version > 1")
        connection.execute("ALTER TABLE followed_story_seen DROP COLUMN copy_of")
    assert len(MIGRATIONS) == 2
    with Notebook.open(tmp_path) as notebook:
        assert notebook.stories.get("s").seen == 2
        [news] = notebook.stories.news(lambda _: ("a", "b"), lambda _: ("s", None))
        assert news.new == news.removed == ()
