"""The raw-Whoosh baseline: same documents, same analyzer, a minimal schema, no cleaning."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from whoosh.fields import DATETIME, ID, TEXT, Schema
from whoosh.index import create_in, open_dir
from whoosh.qparser import FuzzyTermPlugin, GtLtPlugin, MultifieldParser

from index.build import WRITER_LIMIT_MB
from index.schema import FIELD_BOOSTS, SEARCH_FIELDS, TEXT_ANALYZER


def raw_schema() -> Schema:
    """The smallest schema that answers the same queries: id, title, date, body."""
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=TEXT_ANALYZER, stored=True),
        date=DATETIME(stored=True),
        body=TEXT(analyzer=TEXT_ANALYZER, stored=True),
    )


def records(corpus: Path) -> Iterator[dict[str, Any]]:
    """The documents of a JSON Lines corpus, as raw Whoosh would take them."""
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            doc: dict[str, Any] = {
                "id": str(row["id"]),
                "title": row.get("title") or "",
                "body": row.get("body") or "",
            }
            if row.get("date"):
                doc["date"] = datetime.fromisoformat(row["date"])
            yield doc


def build(corpus: Path, index_dir: Path, procs: int) -> int:
    """Index a JSON Lines corpus with plain Whoosh; returns the document count."""
    index_dir.mkdir(parents=True, exist_ok=True)
    ix = create_in(str(index_dir), raw_schema())
    if procs > 1:
        writer = ix.writer(procs=procs, limitmb=WRITER_LIMIT_MB // procs, multisegment=True)
    else:
        writer = ix.writer(limitmb=WRITER_LIMIT_MB)
    count = 0
    for doc in records(corpus):
        writer.add_document(**doc)
        count += 1
    writer.commit()
    ix.close()
    return count


def parser(schema: Schema) -> MultifieldParser:
    """The same query parser broadsheet uses, over the same fields."""
    qp = MultifieldParser(list(SEARCH_FIELDS), schema, fieldboosts=FIELD_BOOSTS)
    qp.add_plugin(FuzzyTermPlugin())
    qp.add_plugin(GtLtPlugin())
    return qp


def open_raw(index_dir: Path) -> Any:
    """Open a raw index."""
    return open_dir(str(index_dir))
