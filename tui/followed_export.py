"""The followed stories in an export: the notebook's memo lists them (nu38 #5: "0 articles"
with 5 followed), from the CLI's `export` and the notebook screen's `e` alike."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from index.library import Library
from index.notebook import Notebook
from tui import notebook_ops
from tui.story_first import first_tied


def followed_records(library: Library, notebook: Notebook) -> list[dict[str, Any]]:
    """The followed stories as an export lists them (`index.notebook.story_memo`): id, title
    (as the index has it now), how many articles, who ran it first (or, with ``first_tied``,
    the articles dated as the first that tie with it), gone; none when the
    index holds no stories (the memo said "0 articles" with 5 followed: nu38 #5)."""
    from index.library import StoriesMissing
    from index.models import iso_when

    try:
        found = notebook_ops.followed_news(library, notebook)
    except StoriesMissing:
        return []
    records: list[dict[str, Any]] = []
    for news in found:
        story_id = news.followed.story
        record: dict[str, Any] = {"id": story_id, "title": news.followed.title, "gone": news.gone}
        record |= {"articles": len(news.articles or ()), "first": None}
        if not news.gone:
            told = library.story(story_id)
            story = told.story
            if story.first_source and story.first_date is not None:
                when = iso_when(story.first_date)
                record["first"] = {"id": story.first, "source": story.first_source, "date": when}
            # none was first when others tie with it: the memo names them all (nu40 #2)
            record["first_tied"] = [
                {"id": m.id, "source": m.source or "?"} for m in first_tied(told)
            ]
        records.append(record)
    return records


def listed_followed(library: Library, listed: Collection[str]) -> list[dict[str, Any]]:
    """`followed_records` of the stories ``listed`` (their ids: the notebook screen's rows)."""
    if not listed:
        return []
    with library.notebook() as notebook:
        return [r for r in followed_records(library, notebook) if r["id"] in listed]
