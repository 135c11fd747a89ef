"""How many articles hold a passage fingerprint, counted as a build counts them (st87, issue 16).

A build (`pairs.passage_pairs`) leaves out a fingerprint held by more than
`pairs.MAX_PASSAGE_GROUP` articles (boilerplate), each article counted once however often
it repeats the fingerprint, and every article of the model counted: a group is the whole
corpus's. An update counted otherwise in four places: its new pairs by the stored entries
alone (raw, `< MAX`: a fingerprint several new rows hold, or stored ones repeat, was kept
where a build leaves it out), its stored near copies not at all (a group grown past the
limit by new rows left a copy a rebuild drops), and its regrouping, retitling and
reattaching by raw entries (an article repeating a fingerprint counted twice). Each now
counts here.
"""

from __future__ import annotations

import numpy as np

from index.analysis import pairs as P


def ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The positions ``starts[k] .. starts[k] + lengths[k] - 1``, one range after another."""
    total = int(lengths.sum())
    return np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)


def holders(
    docs: np.ndarray, start: np.ndarray, count: np.ndarray, more: np.ndarray | int = 0
) -> np.ndarray:
    """How many articles hold each fingerprint (at ``start``, ``count`` times among ``docs``,
    its entries sorted by hash), as a build's `pairs.passage_pairs` counts its group: an
    article repeating it once (st84: a group of `pairs.MAX_PASSAGE_GROUP` articles counts
    there), exactly where that many could be passed with ``more`` other holders (each
    fingerprint's), at most the entries elsewhere. Only those are recounted (2,277 entries
    at 100,000 articles): the others' entries are few enough either way."""
    out = np.asarray(count).copy()
    over = np.flatnonzero((out > 0) & (out + more > P.MAX_PASSAGE_GROUP))
    if len(over):
        owner = np.repeat(np.arange(len(over), dtype=np.int64), out[over])
        width = np.int64(int(docs.max()) + 1)
        key = np.unique(owner * width + docs[ranges(start[over], out[over])])
        out[over] = np.bincount(key // width, minlength=len(over))
    return out


def held_by(
    asked: np.ndarray, hashes: np.ndarray, docs: np.ndarray, more: np.ndarray | int = 0
) -> np.ndarray:
    """How many articles of ``docs`` hold each hash of ``asked`` (`holders`, with ``more``;
    ``hashes`` sorted, ``docs`` theirs)."""
    start = np.searchsorted(hashes, asked, side="left")
    return holders(docs, start, np.searchsorted(hashes, asked, side="right") - start, more)


def kept_new(
    hashes: np.ndarray, docs: np.ndarray, stored_hashes: np.ndarray, stored_docs: np.ndarray
) -> np.ndarray:
    """True for each new fingerprint (``hashes``, ``docs``: an update's new rows') held by
    at most `pairs.MAX_PASSAGE_GROUP` articles, new and stored (``stored_hashes`` sorted,
    ``stored_docs`` theirs; no row is both), each counted once: a build's group."""
    if not len(hashes):
        return np.zeros(0, dtype=bool)
    order = np.lexsort((docs, hashes))
    h, d = hashes[order], docs[order]
    fresh = np.ones(len(h), dtype=bool)
    fresh[1:] = (h[1:] != h[:-1]) | (d[1:] != d[:-1])
    mine, count = np.unique(h[fresh], return_counts=True)  # the new rows holding each
    total = count + held_by(mine, stored_hashes, stored_docs, count)
    return np.asarray(total[np.searchsorted(mine, hashes)] <= P.MAX_PASSAGE_GROUP)


def grown(hashes: np.ndarray, docs: np.ndarray, first_new: int) -> np.ndarray:
    """The hashes (distinct, sorted) that the rows from ``first_new`` on took past
    `pairs.MAX_PASSAGE_GROUP` articles: held by at most that many of the rows before, by
    more of all (``hashes`` sorted, ``docs`` theirs, every row's). A near copy of two rows
    before counted such a passage and a build no longer does."""
    asked = np.unique(hashes[docs >= first_new])
    start = np.searchsorted(hashes, asked, side="left")
    count = np.searchsorted(hashes, asked, side="right") - start
    big = count > P.MAX_PASSAGE_GROUP  # more entries: maybe more articles
    asked, start, count = asked[big], start[big], count[big]
    if not len(asked):
        return asked
    at = ranges(start, count)
    owner = np.repeat(np.arange(len(asked), dtype=np.int64), count)
    width = np.int64(int(docs.max()) + 1)
    key = np.unique(owner * width + docs[at])
    every = np.bincount(key // width, minlength=len(asked))
    before = np.bincount(key[key % width < first_new] // width, minlength=len(asked))
    return asked[(every > P.MAX_PASSAGE_GROUP) & (before <= P.MAX_PASSAGE_GROUP)]
