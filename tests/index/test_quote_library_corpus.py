"""Quotes kept with the index, on real articles of ../shared/corpora (opt-in): an update of
the kept quotes gives what a rebuild gives, and every occurrence is its body slice."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from index.library import Library, QuoteGroup
from tests.conftest import SHARED_CORPORA

NEWS = SHARED_CORPORA / "newsarticles.jsonl"
pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not NEWS.is_file(), reason=f"corpora not found at {NEWS}"),
]
ARTICLES = 240


def _shape(groups: list[QuoteGroup]) -> list[tuple[str, tuple[tuple[str, int, int, str], ...]]]:
    return sorted(
        (g.speaker or "", tuple((o.article, o.start, o.end, o.change) for o in g.occurrences))
        for g in groups
    )


def _mates(library: Library) -> dict[str, frozenset[str]]:
    """Each article's story-mates (itself included), for the articles in a story."""
    return {a: frozenset(s.article_ids) for s in library.stories() for a in s.article_ids}


def test_update_equals_rebuild_on_real_articles(tmp_path: Path) -> None:
    with NEWS.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in itertools.islice(handle, ARTICLES)]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for row in rows[: ARTICLES // 2]:
        (corpus / f"{row['id']}.json").write_text(json.dumps(row), encoding="utf-8")
    library = Library.open(corpus, tmp_path / "index")
    for row in rows[ARTICLES // 2 :]:
        (corpus / f"{row['id']}.json").write_text(json.dumps(row), encoding="utf-8")
    for row in rows[: ARTICLES // 8]:  # some go, some change
        (corpus / f"{row['id']}.json").unlink()
    changed = rows[ARTICLES // 8]
    changed["body"] = changed["body"] + '\n\n"We changed this article today," an editor said.'
    (corpus / f"{changed['id']}.json").write_text(json.dumps(changed), encoding="utf-8")
    library.update()
    library.refresh()
    updated = library.quotes()
    rebuilt = Library.open(corpus, tmp_path / "fresh")
    fresh = rebuilt.quotes()
    # the places and wording of every quote are a rebuild's; a speaker too, except where it was
    # named through the article's story-mates ("Trump" as "Donald Trump") and the update,
    # which assigns new articles to the stories it has (issue 16), grouped it otherwise
    said, told = ({o: who for who, o in _shape(groups)} for groups in (updated, fresh))
    assert sorted(said) == sorted(told)
    mates_then, mates_now = _mates(library), _mates(rebuilt)
    for where, who in said.items():
        if who != told[where]:
            assert any(mates_then.get(a) != mates_now.get(a) for a, *_ in where), where
    assert sum(len(g.occurrences) for g in updated) > ARTICLES  # real prose: many quotes
    for group in updated:
        for o in group.occurrences:
            assert library.article(o.article).body[o.start : o.end] == o.text
    library.close()
    rebuilt.close()
