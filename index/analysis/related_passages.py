"""`related`'s shared passages: the articles carrying a long quotation an article carries.

A story's likeness reads an article's headline and lead only, so two reports quoting the
same twenty words further down (an undated reprint and a wire report, nu27 #6) could share
only "dam" there. The quote groups of the index generation (``members.tsv`` of its quotes
folder: article, quote number, group id, ..., the quote's words) know which articles carry
the same quotation; an article sharing one of `LONG_QUOTE` words or more with the asked
one is related for it: `StoryModel.related` lists it with ``shared_passage`` (the reason
read: "shared passage") and a score of at least `PASSAGE_SCORE`. Which articles share one
the store writes with each generation (`quote_shared`), so a look-up reads a few pages.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from index.analysis import quote_shared
from index.analysis.quote_shared import LONG_QUOTE

if TYPE_CHECKING:
    import numpy as np

    from index.analysis.related_fill import FillIndex

PASSAGE_SCORE = 0.05
"""The least score of an article sharing a long quotation: listed, and after the
neighbours that share much of its lead. Higher ranks it wrongly: on the labelled
full-text week (313 articles, 56 with such a partner; their quote groups from a throwaway
index) related recall@2 / precision@1 are 0.932 / 0.919 without these rows and with them
at 0.05 or 0, 0.905 / 0.901 at 0.15 and 0.896 / 0.892 at 0.3 (12 words; 20 words: 0.914 /
0.901 at 0.3): a long quotation is often repeated in reports of the next event. Chosen on
that week, the only labelled set carrying quotations (no held-out half left for it);
the labelled AllSides articles are opening paragraphs, scored without these rows."""

MEMBERS = "members.tsv"


def sharing(quotes: Path | None, article_id: str, min_words: int = LONG_QUOTE) -> set[str]:
    """The other articles carrying a quotation of ``min_words`` words or more that
    ``article_id`` carries (its groups in ``quotes/members.tsv``); empty without quotes.

    Read from the store's side files (`quote_shared`: a look-up reads a few pages) when
    they were written for ``min_words``; else (a store of format 4 or older, written
    before them) from one parse of ``members.tsv`` a process (`_long_groups`), which
    gives the same answer.
    """
    if quotes is None:
        return set()
    if quote_shared.written_for(quotes) == min_words:
        try:
            return quote_shared.sharing(quotes, article_id)
        except OSError:  # a side file gone (a damaged index: `index status` says so)
            pass
    groups, members = _long_groups(quotes, min_words)
    found = {a for gid in groups.get(article_id, ()) for a in members[gid]}
    found.discard(article_id)
    return found


@lru_cache(maxsize=4)
def _long_groups(
    quotes: Path, min_words: int
) -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """Of a generation's quotes (a folder never rewritten: read once a process), each
    article's groups carried by another article too, both with ``min_words`` words or
    more, and each such group's articles. One pass over ``members.tsv`` (27 ms for the
    3,779 newsarticles, 0.8 s at 100,000 articles, CPU, the first `related` of a process);
    every later look-up is a dict's. Only for a store without the side files."""
    try:
        data = (quotes / MEMBERS).read_bytes()
    except OSError:
        return {}, {}
    carried: dict[bytes, set[bytes]] = defaultdict(set)
    for line in data.split(b"\n"):
        fields = line.split(b"\t")
        if len(fields) > 5 and fields[5].isdigit() and int(fields[5]) >= min_words:
            carried[fields[2]].add(fields[0])
    members: dict[str, frozenset[str]] = {}
    groups: dict[str, list[str]] = defaultdict(list)
    for gid, names in carried.items():
        if len(names) < 2:
            continue
        articles = frozenset(a for a in map(_article, names) if a is not None)
        members[gid.decode("utf-8", "replace")] = articles
        for article in articles:
            groups[article].append(gid.decode("utf-8", "replace"))
    return {a: tuple(g) for a, g in groups.items()}, members


def _article(name: bytes) -> str | None:
    try:
        article = json.loads(name.decode("utf-8"))
    except ValueError:
        return None
    return article if isinstance(article, str) else None


def with_passages(
    row: int,
    shared: np.ndarray,
    listed: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    story: np.ndarray,
    fill: FillIndex | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`StoryModel.related`'s candidates (partners, likeness, passage flag, same story,
    rank) with the rows ``shared`` (sharing a long passage with ``row``) flagged and ranked
    at least `PASSAGE_SCORE`, those not among them added (their likeness the plain cosine,
    0 without the term counts)."""
    import numpy as np

    from index.analysis.distinct import distinct

    partners, scores, passage, same, rank = listed
    known = np.isin(partners, shared)
    passage = passage | known
    rank = np.where(known, np.maximum(rank, PASSAGE_SCORE), rank)
    new = distinct(shared[~np.isin(shared, partners)])
    if len(new):
        cosine = fill.cosines(row, new) if fill is not None else np.zeros(len(new))
        partners = np.concatenate((partners, new.astype(partners.dtype)))
        scores = np.concatenate((scores, cosine.astype(scores.dtype)))
        passage = np.concatenate((passage, np.ones(len(new), bool)))
        same = np.concatenate((same, story[new] == story[row]))
        rank = np.concatenate((rank, np.maximum(cosine, PASSAGE_SCORE)))
    return partners, scores, passage, same, rank
