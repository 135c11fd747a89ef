"""An article as an earlier generation of the index held it (rv35 #1): after an update the
generation before the new one stays (`generations.prune`), so the text of an article gone
in that update can still be read, to tell an edited move from another article."""

from __future__ import annotations

from pathlib import Path

from whoosh.index import open_dir

from index.models import Article
from index.store.reader import article_from
from index.store.schema import make_schema


def article_in(generation: Path, article_id: str) -> Article | None:
    """``article_id`` as the generation folder ``generation`` holds it; None when it holds
    no such article or cannot be read (pruned since, damaged)."""
    try:
        ix = open_dir(str(generation), schema=make_schema())
        try:
            with ix.searcher() as searcher:
                fields = searcher.document(id=article_id)
        finally:
            ix.close()
    except Exception:  # Whoosh raises many kinds on a folder gone or damaged
        return None
    return None if fields is None else article_from(fields)
