"""What an OpenSearch search returns: a `Ranking` of hits, read from the raw answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from index.models import Hit


@dataclass(frozen=True, slots=True)
class Ranking:
    """Hits for one query, best first (or in the order asked for).

    Attributes:
        hits: The hits: id, score, title, outlet, date, path (no snippets).
        total: How many articles matched in all.
        total_exact: False when ``total`` is only a lower bound (counting was skipped).
    """

    hits: tuple[Hit, ...]
    total: int
    total_exact: bool = True


def hit_from(raw: dict[str, Any], scored: bool) -> Hit:
    """A hit from a raw OpenSearch hit (its card; its score if ``scored``)."""
    source = raw["_source"]
    card = source.get("card") or {}
    date = card.get("date")
    score = raw.get("_score") if scored else None
    return Hit(
        id=source["id"],
        title=card.get("title") or "",
        title_derived=bool(card.get("title_derived")),
        source=card.get("source"),
        date=datetime.fromisoformat(date) if date else None,
        score=float(score) if isinstance(score, int | float) else 0.0,
        path=card.get("path") or "",
    )


def total_of(answer: dict[str, Any]) -> tuple[int, bool]:
    """How many hits an answer counted, and whether exactly."""
    total = answer["hits"].get("total") or {}
    return int(total.get("value", 0)), total.get("relation", "eq") == "eq"
