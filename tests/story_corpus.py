"""A small corpus of news events as JSON Lines, for the stories tests of the CLI and the reader."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from index.when import iso_when
from tests.analysis.test_stories import (
    ATLANTA,
    BOULDER,
    COPIES,
    CORPUS,
    DAY,
    OTHERS,
    StoryArticle,
)

__all__ = ["ATLANTA", "BOULDER", "COPIES", "CORPUS", "OTHERS", "record", "write_corpus"]


def record(article: StoryArticle) -> dict[str, str]:
    """An article as a JSON Lines record of the corpus."""
    data = {"id": article.id, "title": article.title, "body": article.body}
    if article.source:
        data["source"] = article.source
    if article.date:
        data["date"] = iso_when(article.date) or ""  # a naive midnight: the day alone (fd34)
    return data


def write_corpus(path: Path, articles: Iterable[StoryArticle] = CORPUS) -> Path:
    """Write ``articles`` as one JSON Lines file at ``path``; returns it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record(a)) + "\n" for a in articles), encoding="utf-8")
    return path


def one_story(path: Path, outlets: Sequence[str], hours: Sequence[float]) -> Path:
    """One story (Boulder's first article) told by each of ``outlets``, ``hours`` after the
    day began, ids ``b0``, ``b1``... in their order; written as `write_corpus` does."""
    base = BOULDER[0]
    articles = [
        replace(
            base,
            id=f"b{k}",
            title=f"{base.title}, {outlet} says",
            body=f"{base.body} {outlet} reported from the scene.",
            source=outlet,
            date=DAY + timedelta(hours=hour),
        )
        for k, (outlet, hour) in enumerate(zip(outlets, hours, strict=True))
    ]
    return write_corpus(path, articles)


def story_told(folder: Path, outlets: Sequence[str], hours: Sequence[float]) -> str:
    """`broadsheet story` (200 columns) of `one_story` written, indexed, under ``folder``
    (corpus ``folder/news``, index ``folder/index``)."""
    from typer.testing import CliRunner

    from tui.cli import app

    one_story(folder / "news" / "news.jsonl", outlets, hours)
    where = ["--corpus", str(folder / "news"), "--index-dir", str(folder / "index")]
    runner = CliRunner()
    assert runner.invoke(app, [*where, "index", "rebuild"]).exit_code == 0
    (listed,) = json.loads(runner.invoke(app, [*where, "stories", "--json"]).stdout)
    return runner.invoke(app, [*where, "story", listed["id"]], terminal_width=200).stdout
