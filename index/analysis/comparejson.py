"""A comparison of several articles as JSON-ready data: the CLI's `compare --json` contract.

``{"articles": [{"id", "title", "source", "date", "url"}], "passages": [{"text", "articles": [ids],
"kind", "spans": {id: [start, end]}}], "only_in": {id: {"sentences", "names", "numbers",
"partly"}} ("partly": sentences no other carries but one shares a verbatim passage with),
"quotes": [{"text", "speaker", "articles", "occurrences"}]}``; with a base article, also
``"base"``, ``"coverage"`` (its sentences, each with the articles that carry it and those
that share part of it word for word, ``"partly"``) and
``"alignment"`` (rows of sentence indexes, one per article, null where it has nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from index.analysis.multicompare import MultiComparison


def comparison_json(comparison: MultiComparison, base: int | None = None) -> dict[str, Any]:
    """The comparison as plain JSON-serialisable data (offsets index the article bodies).

    Args:
        comparison: What ``compare_many`` found.
        base: The position of the base article for coverage and alignment, or None to
            leave them out.

    Returns:
        The data described in this module's docstring.
    """
    docs = comparison.documents
    ids = [d.id for d in docs]
    out: dict[str, Any] = {
        "articles": [
            {"id": d.id, "title": d.title, "source": d.source, "date": d.date, "url": d.url}
            for d in docs
        ],
        "passages": [
            {
                "text": p.text,
                "articles": [ids[a] for a in p.articles],
                "kind": p.kind,
                "spans": {ids[a]: [start, end] for a, start, end in p.spans},
            }
            for p in comparison.passages
        ],
        "only_in": {
            ids[k]: {
                "sentences": [comparison.sentences[k][s].text for s in only.sentences],
                "names": [e.name for e in only.names],
                "numbers": [n.text for n in only.numbers],
                "partly": [comparison.sentences[k][s].text for s in only.partly],
            }
            for k, only in enumerate(comparison.only_in)
        },
        "quotes": [
            {
                "text": g.text,
                "speaker": g.speaker,
                "articles": list(g.articles),
                "occurrences": [
                    {
                        "article": o.article,
                        "start": o.start,
                        "end": o.end,
                        "speaker": o.speaker,
                        "change": o.change,
                    }
                    for o in g.occurrences
                ],
            }
            for g in comparison.quotes
        ],
    }
    if base is None:
        return out
    out["base"] = ids[base]
    out["coverage"] = [
        {
            "sentence": c.sentence,
            "start": c.start,
            "end": c.end,
            "text": c.text,
            "carried_by": c.count,
            "carriers": [
                {
                    "article": ids[r.article],
                    "sentence": r.sentence,
                    "kind": r.kind,
                    "similarity": r.similarity,
                    "text": r.text,
                }
                for r in c.carriers
            ],
            "partly": [{"article": ids[r.article], "words": r.words} for r in c.partly],
        }
        for c in comparison.coverage(base)
    ]
    out["alignment"] = [
        {
            "cells": [row.sentence_of(a) for a in range(len(docs))],
            "kinds": [_kind(row.members, row.kinds, a) for a in range(len(docs))],
        }
        for row in comparison.alignment(base)
    ]
    return out


def _kind(members: tuple[tuple[int, int], ...], kinds: tuple[str, ...], article: int) -> Any:
    for (a, _), kind in zip(members, kinds, strict=True):
        if a == article:
            return kind
    return None
