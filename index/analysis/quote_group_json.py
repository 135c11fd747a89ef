"""A quote group as the quotes folder keeps it (``groups.jsonl``), and read back: what a
reader loads without recomputing anything (`quote_derived.QuoteBook`)."""

from __future__ import annotations

from typing import Any

from index.analysis.quote_groups import Occurrence, QuoteGroup
from index.analysis.quotes import quotation_text


def stored(group: QuoteGroup) -> dict[str, Any]:
    """A group as `groups.json` keeps it."""
    return {
        "id": group.id,
        "text": group.text,
        "speaker": group.speaker,
        "occurrences": [
            {
                "article": o.article,
                "source": o.source,
                "date": o.date,
                "text": o.text,
                "speaker": o.speaker,
                "start": o.start,
                "end": o.end,
                "change": o.change,
                "diff": [list(d) for d in o.diff],
            }
            for o in group.occurrences
        ],
        "first": group.first,
    }


def group_from(data: dict[str, Any]) -> QuoteGroup:
    occurrences = tuple(
        Occurrence(
            article=o["article"],
            source=o["source"],
            date=o["date"],
            start=int(o["start"]),
            end=int(o["end"]),
            text=o["text"],
            speaker=o["speaker"],
            change=o["change"],
            diff=tuple((d[0], d[1], d[2]) for d in o["diff"]),
        )
        for o in data["occurrences"]
    )
    # a store written before the group text lost its trailing comma reads as a new one
    text = quotation_text(data["text"])
    return QuoteGroup(data["id"], text, data["speaker"], occurrences, data["first"])
