"""A followed story's exact copies (fx39 #4c, fs34, rv35 #10): a build that deletes an
article while another of its text stays carries what the story saw to the one standing for
the text now (`index.copies.texts_gone`, `Notebook.carry_seen`), so it is neither new nor
told as gone; a text none of whose articles is left as it was (deleted, or edited into
another text) is told as gone. Nothing about copies is stored: the notebook stays schema 1.

The oracle: texts of 1-3 articles, the first counted (the least id, as `index.copies`
chooses); some deleted, some of the rest edited (each then a text of its own).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.copies import texts_gone
from index.notebook import Notebook
from index.notebook.schema import SCHEMA_VERSION

Change = tuple[list[list[str]], set[str], set[str]]


@st.composite
def changes(draw: st.DrawFn) -> Change:
    """A story's texts (each its articles, least id first), the deleted articles and the
    edited ones."""
    count = draw(st.integers(1, 4))
    texts = [[f"t{k}-{c}" for c in range(draw(st.integers(1, 3)))] for k in range(count)]
    every = [article for text in texts for article in text]
    deleted = set(draw(st.lists(st.sampled_from(every), unique=True)))
    edited = set(draw(st.lists(st.sampled_from(every), unique=True))) - deleted
    return texts, deleted, edited


def counted(keys: dict[str, str]) -> list[str]:
    """The article standing for each text (its key's least id), in id order."""
    least: dict[str, str] = {}
    for article, key in keys.items():
        least[key] = min(least.get(key, article), article)
    return sorted(least.values())


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes())
def test_a_text_still_there_is_neither_new_nor_removed(
    tmp_path_factory: pytest.TempPathFactory, change: Change
) -> None:
    texts, deleted, edited = change
    before = {article: f"k{k}" for k, text in enumerate(texts) for article in text}
    after = {
        article: f"edited-{article}" if article in edited else key
        for article, key in before.items()
        if article not in deleted
    }
    followed = counted(before)
    # what the build passes (`library_moves.copies_kept`): the copies' keys the notebook saw
    copies = {a: key for a, key in before.items() if len(texts[int(key[1:])]) > 1 and a in followed}
    members = tuple(counted(after))
    kept = {  # each text's first, if deleted, goes to its least article left unedited
        text[0]: min(unedited)
        for text in texts
        if text[0] in deleted and (unedited := [a for a in text if a in after and a not in edited])
    }
    removed = sorted(text[0] for text in texts if text[0] in deleted and text[0] not in kept)
    seen = {text[0] for text in texts if text[0] not in deleted} | set(kept.values())

    def where(article: str) -> tuple[str, str | None] | None:
        return None if article in deleted else ("s", "S")

    assert texts_gone(copies, after) == kept
    with Notebook.open(tmp_path_factory.mktemp("nb")) as notebook:
        notebook.stories.follow("s", followed)
        notebook.carry_seen(texts_gone(copies, after))
        [news] = notebook.stories.news(lambda _: members, where)
        assert news.moved == () and list(news.removed) == removed
        assert set(news.new) == set(members) - seen
        assert notebook.stories.left("s", members, where) == ((), tuple(removed))
        assert set(notebook.stories.opened("s", members).new) == set(members) - seen
        assert notebook.stories.get("s").seen == len(members)  # a text counts once


def test_the_notebook_stays_at_schema_1(tmp_path: Path) -> None:
    """No column for copies (fs34's schema 2 is gone): an older broadsheet reads it."""
    with Notebook.open(tmp_path) as notebook:
        notebook.stories.follow("s", ["a", "b"])
    path = next(tmp_path.glob("*.sqlite3"))
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(followed_story_seen)")]
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_version")]
    assert columns == ["owner", "article"] and versions == [1] == [SCHEMA_VERSION]
