"""A small corpus of news events as JSON Lines, for the stories tests of the CLI and the reader."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from tests.analysis.test_stories import ATLANTA, BOULDER, COPIES, CORPUS, OTHERS, StoryArticle

__all__ = ["ATLANTA", "BOULDER", "COPIES", "CORPUS", "OTHERS", "record", "write_corpus"]


def record(article: StoryArticle) -> dict[str, str]:
    """An article as a JSON Lines record of the corpus."""
    data = {"id": article.id, "title": article.title, "body": article.body}
    if article.source:
        data["source"] = article.source
    if article.date:
        data["date"] = article.date.isoformat()
    return data


def write_corpus(path: Path, articles: Iterable[StoryArticle] = CORPUS) -> Path:
    """Write ``articles`` as one JSON Lines file at ``path``; returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record(a)) + "\n" for a in articles), encoding="utf-8")
    return path
