"""Fixtures for the notebook tests: a notebook in tmp_path with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from index.notebook import ArticleRecord, Notebook


class Clock:
    """A clock that stands still until the test moves it."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: int = 60) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def notebook(tmp_path: Path, clock: Clock) -> Iterator[Notebook]:
    with Notebook.open(tmp_path / "index", clock=clock) as opened:
        yield opened


def record(
    article_id: str,
    *,
    title: str | None = None,
    source: str | None = "Reuters",
    date: str | None = "2014-03-20",
    url: str | None = "",
    byline: str | None = "Jane Doe",
) -> ArticleRecord:
    """An article record with plausible fields, any of them given."""
    return ArticleRecord(
        article_id,
        title=f"Title of {article_id}" if title is None else title,
        source=source,
        date=date,
        url=f"https://example.org/{article_id}" if url == "" else url,
        byline=byline,
    )
