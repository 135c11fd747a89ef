"""A followed story that an update renamed keeps the title it was followed by in view (nu39
#5: followed as "Brexit begins…", after an update `following` showed only "'No turning
back' on Brexit…"). The oracle: the title stored at follow time and the index's title now,
generated; the story's own title is the index's, and the followed one is told beside it
exactly when the two differ and one was stored (an old follow without a title: the
current one alone)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.notebook import Notebook
from tests.tui.test_story_head import told_on_one_day
from tui import followed_lines, notebook_ops
from tui.cli.following import news_table
from tui.screens.notebook import items
from tui.screens.story import summary

TITLES = st.sampled_from(
    [None, "Brexit begins: UK triggers Article 50", "'No turning back' on Brexit", "Storm"]
)


class _Index:
    """The few `Library` calls `followed_news` makes, over one story of two articles."""

    def __init__(self, title: str | None) -> None:
        self.title = title

    def story(self, story_id: str) -> Any:
        if story_id != "s1":
            raise KeyError(story_id)
        return SimpleNamespace(story=SimpleNamespace(title=self.title, counted=("a", "b")))

    def story_holding(self, article: str) -> tuple[str, str | None]:
        return "s1", self.title


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    with Notebook.open(tmp_path / "index") as opened:
        yield opened


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(followed=TITLES, now=TITLES)
def test_the_title_followed_is_told_beside_the_one_now(
    notebook: Notebook, followed: str | None, now: str | None
) -> None:
    notebook.stories.follow("s1", ("a", "b"), title=followed)
    try:
        [news] = notebook_ops.followed_news(cast(Library, _Index(now)), notebook)
    finally:
        notebook.stories.unfollow("s1")
    renamed = followed is not None and now is not None and now != followed
    assert news.followed.title == (now or followed)
    assert news.followed_title == (followed if renamed else None)
    assert news.to_json()["followed_title"] == news.followed_title
    line = followed_lines.news_line(news)
    assert ("(was " in line) == renamed
    table = "".join(str(cell) for column in news_table([news]).columns for cell in column.cells)
    assert ("(was " in table) == renamed
    [row] = items([], [], [], [news])
    assert ("(was " in row.label.plain) == renamed
    if renamed:
        assert followed is not None and followed.casefold() in row.haystack  # the filter finds it


def test_the_story_head_names_the_title_it_was_followed_by() -> None:
    told = told_on_one_day()
    first = summary(told, was="Brexit begins: UK triggers Article 50").plain.splitlines()[0]
    assert first == "C  (followed as 'Brexit begins: UK triggers Article 50')"
    assert summary(told).plain.splitlines()[0] == "C"
