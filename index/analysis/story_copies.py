"""Near copies count as one article in story grouping (issue 16, nu34 #5).

A lightly edited reprint (one word inserted) is a near copy of its original: their
likeness is 1.0 (`pairs.near_copies`). Counted as two articles, the pair weighed its
original twice in every average-linkage merge and attachment average, and its words twice
in the IDF (lower weights for the story's own words) and in the rare terms (a word of two
articles became one of three, a pair's support went to the copy): adding a1edit.txt took
an undated opinion and a follow-up two days later out of the levee story.

Here near copies count once. In the IDF and the rare terms (`once`, `terms_once`) every
copy (`passages`, found from the words before any weighting) counts as its original. In
the grouping, the articles joined by near copies of one kind (both dated, or both undated:
an undated copy of a dated article joins its original's story by `story_undated.choose`)
fold into their first in the build's order (oldest, then by id): only its pairs are
grouped and counted, and the others take its story (`originals`, `fold`, `spread`). A
build, an update's placing, regrouping (`story_split`) and reattaching fold alike; an
update reads the stored copies from the neighbour lists (`stored_copies`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from index.analysis import pairs as P
from index.analysis.distinct import distinct
from index.analysis.linkage import _components, _number_by_lowest
from index.analysis.pairs import Pairs
from index.analysis.passage_groups import kept_new
from index.analysis.vectors import Tokens, Vocabulary, fingerprints

if TYPE_CHECKING:
    from index.analysis.stories import StoryParams
    from index.analysis.story_rows import Rows

COPY = 1.0
"""The likeness of near copies (`story_build._score` scores them so)."""


def originals(n: int, pairs: Pairs, rank: np.ndarray | None = None) -> np.ndarray:
    """Each row's original: the first, by ``rank`` (`ranks`; None: by row), of the rows
    joined to it by near copies (pairs of likeness ``COPY``); itself when it is no one's
    copy."""
    i, j, s = pairs
    copy = s >= COPY
    if not copy.any():
        return np.arange(n)
    component = _components(n, i[copy], j[copy], numpy_only=True)
    order = np.lexsort((np.arange(n) if rank is None else rank, component))
    first = np.ones(n, bool)
    first[1:] = component[order][1:] != component[order][:-1]
    least = np.empty(int(component.max()) + 1, np.int64)
    least[component[order][first]] = order[first]
    out: np.ndarray = least[component]
    return out


def digests(counts: Rows | Any, keys: np.ndarray | None = None) -> np.ndarray:
    """A 64-bit digest of each row's words and counts (splitmix64 of each, summed): equal
    for rows of the same words, as many times, in any order. With the stems' ``keys``
    (`vectors.Vocabulary.keys`) it is a digest of the text, not of the order in which the
    corpus met its stems."""
    indptr = np.asarray(counts.indptr)
    word = counts.indices.astype(np.uint64) if keys is None else keys[counts.indices]
    with np.errstate(over="ignore"):
        key = word * np.uint64(0x100000001B3) + counts.data.astype(np.uint64)
        key = key + np.uint64(0x9E3779B97F4A7C15)
        key = (key ^ (key >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        key = (key ^ (key >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        key ^= key >> np.uint64(31)
        digest = np.zeros(len(indptr) - 1, np.uint64)
        # a row's keys are one run (CSR), and a sum modulo 2**64 is the same in any
        # order: each non-empty row's run summed at once (`np.add.at` by row was ~5x slower)
        filled = np.flatnonzero(indptr[1:] > indptr[:-1])
        if len(filled):
            digest[filled] = np.add.reduceat(
                key[indptr[0] : indptr[-1]], indptr[filled] - indptr[0]
            )
    return digest


def ranks(days: np.ndarray, digest: np.ndarray, ids: list[str]) -> np.ndarray:
    """Each row's place in the order that picks an original: oldest first, undated last,
    then by the digest of its words (`digests`), then by id. An exact copy whose id sorts
    first leaves the original's words the ones grouped (nu22 #1: a story's sizes are the
    corpus's without its copies)."""
    keys = np.array(ids, dtype=str) if ids else np.empty(0, dtype=str)
    order = np.lexsort((keys, digest, np.nan_to_num(days, nan=0.0), np.isnan(days)))
    rank = np.empty(len(days), np.int64)
    rank[order] = np.arange(len(days))
    return rank


def fold(pairs: Pairs, original: np.ndarray) -> Pairs:
    """``pairs`` between originals only: a copy's pairs are its original's, counted once."""
    i, j, s = pairs
    kept = (original[i] == i) & (original[j] == j)
    return i[kept], j[kept], s[kept]


def spread(labels: np.ndarray, original: np.ndarray) -> np.ndarray:
    """``labels`` with every copy in its original's group, groups numbered by their lowest
    row (as `linkage.average_link` numbers them)."""
    if not len(labels):
        return labels
    return _number_by_lowest(labels[original])


def passages(
    days: np.ndarray,
    new_fp: tuple[np.ndarray, np.ndarray],
    stored_fp: tuple[np.ndarray, np.ndarray] | None,
    per_doc: np.ndarray,
    params: StoryParams,
) -> tuple[Pairs, Pairs]:
    """The pairs of articles that share a passage fingerprint (the ``new_fp`` articles'
    among them and with the ``stored_fp`` ones), and those of them that are near copies
    (`pairs.near_copies`, at most ``params.near_copy_days`` apart or undated), all scored
    1.0. Found from the words alone, before any TF-IDF: a copy counts once in it. A
    fingerprint held by more than `pairs.MAX_PASSAGE_GROUP` articles, new and stored, is
    left out, as a build leaves it (`passage_groups.kept_new`)."""
    hashes, docs = new_fp
    apart = max(params.window_days, params.near_copy_days)
    if stored_fp is not None:  # an update's: a group is its new and stored rows (st87)
        kept = kept_new(hashes, docs, *stored_fp)
        hashes, docs = hashes[kept], docs[kept]
    found = [P.passage_pairs(hashes, docs, days, apart)]
    if stored_fp is not None:
        found.append(P.passage_pairs_against(hashes, docs, *stored_fp, days, apart))
    i = np.concatenate([f[0] for f in found])
    j = np.concatenate([f[1] for f in found])
    shared = np.concatenate([f[2] for f in found])
    gap = np.abs(days[i] - days[j])
    close = np.isnan(gap) | (gap <= params.near_copy_days)
    copy = P.near_copies(i, j, shared, per_doc) & close
    return (i, j, np.ones(len(i), np.float32)), (
        i[copy],
        j[copy],
        np.ones(int(copy.sum()), np.float32),
    )


def once(
    counts: Rows | Any,
    df: np.ndarray,
    original: np.ndarray,
    terms: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, int]:
    """The document frequency of every term, and the number of articles, each group of near
    copies counting as one article holding the union of its members' words: a reprint
    neither lowers the weight of its words nor takes a word out of the rare ones
    (`story_rare`). Subtracting the copies' rows instead left a word only a copy has (its
    edit, another outlet's name) at df 0, the heaviest weight, and two such copies of
    different stories alike (sd33). The union is the same whichever member stands for the
    group and whether exact copies are present. ``counts``: the term counts (CSR);
    ``terms``: `terms_once` of them, when known (each group's union is its original's row
    there: no sort of the groups' terms again, st66)."""
    copy = original != np.arange(len(original))
    if not copy.any():
        return df, len(original)
    per_row = np.diff(counts.indptr)
    grouped = np.isin(original, original[copy])  # every member of a group of copies
    terms_held = counts.indices[np.repeat(grouped, per_row)]  # no corpus-sized row array (st64)
    held = np.bincount(terms_held, minlength=len(df))
    if terms is not None:
        term, indptr = terms
        lead = np.zeros(len(original), bool)
        lead[original[grouped]] = True  # the groups' originals: their rows hold the unions
        union = np.bincount(term[np.repeat(lead, np.diff(indptr))], minlength=len(df))
    else:
        width = np.int64(len(df))
        owner = np.repeat(original[grouped].astype(np.int64) * width, per_row[grouped])
        keys = distinct(owner + terms_held)
        union = np.bincount(keys % width, minlength=len(df))
    return (df - held + union).astype(df.dtype), int(len(original) - copy.sum())


def stored_copies(neighbours: np.ndarray, scores: np.ndarray) -> Pairs:
    """The near copies a model's neighbour lists hold (partners of likeness ``COPY``: a
    build lists every near copy first, `story_build._score`), each pair once."""
    rows, slots = np.nonzero((np.asarray(scores) >= COPY) & (np.asarray(neighbours) >= 0))
    cols = np.asarray(neighbours)[rows, slots].astype(np.int64)
    i, j = np.minimum(rows, cols), np.maximum(rows, cols)
    width = int(j.max()) + 1 if len(j) else 1
    i, j = np.divmod(distinct(i * width + j), width)
    return i, j, np.ones(len(i), np.float32)


def terms_once(
    counts: Rows | Any, original: np.ndarray, digest: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The term ids and row pointers (CSR) of ``counts`` with every copy's row empty and
    each original's row holding its group's words (as `once` counts them): the pairs of a
    rare term (`story_rare.rare_keys`) are the groups', not a copy's with each neighbour.
    ``digest``: each row's `digests`, when known: a row holding the same terms, in the same
    order, as another of its group adds nothing to the union and is left out before the
    sort (`_repeated`; 90% of the rows at 100,000 replicated articles, st66)."""
    copy = original != np.arange(len(original))
    if not copy.any():
        return counts.indices, counts.indptr
    n = len(original)
    width = np.int64(int(counts.indices.max()) + 1 if len(counts.indices) else 1)
    per_row = np.diff(counts.indptr)
    if digest is None:
        owner = np.repeat(original.astype(np.int64) * width, per_row)
        keys = distinct(owner + counts.indices)
    else:
        left = ~_repeated(counts, original, digest)
        owner = np.repeat(original[left].astype(np.int64) * width, per_row[left])
        keys = distinct(owner + counts.indices[np.repeat(left, per_row)])
    owner, term = np.divmod(keys, width)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(owner, minlength=n), out=indptr[1:])
    return term.astype(counts.indices.dtype), indptr


def _repeated(counts: Rows | Any, original: np.ndarray, digest: np.ndarray) -> np.ndarray:
    """True for each row holding the same term ids, in the same order, as the row before
    it among those of its group (``original``) of the same ``digest`` and length, checked
    id by id (a digest alone may collide): each such row has a term set another row left
    in holds. The rows are checked `CHUNK` values at a time, in int32 where the places fit:
    the 6M values of 90,000 copies at once were four arrays of 48 MB, each new pages to
    the kernel (0.14-0.27 CPU s in an update at 100,000 articles; st72)."""
    lengths = np.diff(counts.indptr)
    a, b = alike_rows(lengths, original, digest)
    out = np.zeros(len(original), bool)
    empty = lengths[b] == 0
    out[b[empty]] = True  # two empty rows hold the same terms
    a, b = a[~empty], b[~empty]
    place = np.int32 if int(counts.indptr[-1]) < 1 << 31 else np.int64
    size = lengths[b].astype(place)
    ends = np.cumsum(size, dtype=np.int64)
    lo = 0
    while lo < len(b):
        hi = max(lo + 1, int(np.searchsorted(ends, ends[lo] - size[lo] + CHUNK, side="right")))
        out[b[lo:hi][_same_terms(counts, a[lo:hi], b[lo:hi], size[lo:hi], place)]] = True
        lo = hi
    return out


def alike_rows(
    lengths: np.ndarray, original: np.ndarray, digest: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """The rows ``b`` and the row ``a`` before each among those of its group (``original``)
    of the same ``digest`` and length (``lengths``), ordered by group, digest, length, row."""
    n = len(original)
    order = np.lexsort((np.arange(n), lengths, digest, original))
    a, b = order[:-1], order[1:]
    alike = (original[a] == original[b]) & (digest[a] == digest[b]) & (lengths[a] == lengths[b])
    return a[alike], b[alike]


CHUNK = 1 << 20
"""Term ids `_repeated` compares at once."""


def _same_terms(
    counts: Rows | Any, a: np.ndarray, b: np.ndarray, size: np.ndarray, place: type
) -> np.ndarray:
    """For each pair of rows ``a``, ``b`` of ``size`` (> 0) terms each, whether they hold
    the same term ids in the same order."""
    starts = np.cumsum(size, dtype=place) - size
    step: np.ndarray = np.arange(int(starts[-1] + size[-1]), dtype=place)
    step -= np.repeat(starts, size)
    mine = np.repeat(counts.indptr[b].astype(place), size) + step
    step += np.repeat(counts.indptr[a].astype(place), size)
    differ = counts.indices[mine] != counts.indices[step]
    return ~np.logical_or.reduceat(differ, starts)


def same_kind(pairs: Pairs, days: np.ndarray) -> Pairs:
    """``pairs`` of two dated or two undated articles: a build's linkage meets no other
    (an undated article meets the dated ones by `story_undated.attach`)."""
    i, j, s = pairs
    alike = np.isnan(days[i]) == np.isnan(days[j])
    return i[alike], j[alike], s[alike]


def same_words(
    counts: Rows | Any,
    days: np.ndarray,
    params: StoryParams,
    first_new: int = 0,
    keys: np.ndarray | None = None,
    digest: np.ndarray | None = None,
) -> Pairs:
    """Pairs of articles whose title and lead have the same words, as many times (an exact
    copy too short for two passage fingerprints), at most ``params.near_copy_days`` apart
    or undated, scored 1.0; only those with a row from ``first_new`` on (an update's).
    ``digest``: the rows' `digests` with ``keys``, when the caller has them already."""
    lengths = np.diff(counts.indptr)
    digest = digests(counts, keys) if digest is None else digest
    when = np.nan_to_num(days, nan=np.inf)
    order = np.lexsort((when, lengths, digest))
    a, b = order[:-1], order[1:]
    gap = np.abs(days[a] - days[b])
    same = (digest[a] == digest[b]) & (lengths[a] == lengths[b]) & (lengths[a] > 0)
    same &= np.isnan(gap) | (gap <= params.near_copy_days)
    same &= (a >= first_new) | (b >= first_new)
    i, j = np.minimum(a[same], b[same]), np.maximum(a[same], b[same])
    return i.astype(np.int64), j.astype(np.int64), np.ones(len(i), np.float32)


def with_same_words(
    found: tuple[Pairs, Pairs],
    counts: Rows | Any,
    days: np.ndarray,
    params: StoryParams,
    first_new: int = 0,
    keys: np.ndarray | None = None,
    digest: np.ndarray | None = None,
) -> tuple[Pairs, Pairs]:
    """``found`` (`passages`) with the pairs of `same_words` among its near copies."""
    extra = same_words(counts, days, params, first_new, keys, digest)
    return found[0], P.merge_pairs(found[1], extra, len(days)) if len(extra[0]) else found[1]


def with_same_words_ranked(
    found: tuple[Pairs, Pairs],
    counts: Rows | Any,
    days: np.ndarray,
    params: StoryParams,
    first_new: int,
    keys: np.ndarray | None,
    ids: list[str],
    digest: np.ndarray | None = None,
) -> tuple[tuple[Pairs, Pairs], np.ndarray]:
    """`with_same_words` and each row's `ranks`, both from one `digests` of the rows (a
    pass over every term count of the corpus: a build and an update need it twice).
    ``digest``: the rows' `digests` with ``keys``, when the caller has them already (an
    update keeps its old rows', `story_copy_digest`); ``keys`` is then not read."""
    digest = digests(counts, keys) if digest is None else digest
    shared = with_same_words(found, counts, days, params, first_new, keys, digest)
    return shared, ranks(days, digest, ids)


class Found(NamedTuple):
    """What a build finds of its near copies before any TF-IDF (`found_once`)."""

    fingerprints: tuple[np.ndarray, np.ndarray]
    shared: tuple[Pairs, Pairs]  # `passages`: the passage pairs, the near copies
    rank: np.ndarray  # `ranks`
    original: np.ndarray  # `originals`
    df: np.ndarray  # `once`: a group of copies counts once
    articles: int
    digest: np.ndarray  # `digests` with the stems' keys: the model keeps them (st63)


def found_once(
    tokens: Tokens,
    counts: Rows | Any,
    df: np.ndarray,
    days: np.ndarray,
    vocab: Vocabulary,
    ids: list[str],
    params: StoryParams,
) -> Found:
    """A build's passage fingerprints, near copies, originals and document frequencies,
    all read from the stems' letters (`Vocabulary.keys`): a corpus with an exact copy
    read first finds the same near copies as without it."""
    keys = vocab.keys()
    fp = fingerprints(tokens, keys=keys)
    per_doc = np.bincount(fp[1], minlength=len(days))
    found = passages(days, fp, None, per_doc, params)
    digest = digests(counts, keys)
    shared, rank = with_same_words_ranked(found, counts, days, params, 0, keys, ids, digest)
    original = originals(len(days), shared[1], rank)
    return Found(fp, shared, rank, original, *once(counts, df, original), digest)


def local_keys(keys: np.ndarray, rows: np.ndarray, n: int) -> np.ndarray:
    """Pair keys ``a * n + b`` among ``rows`` as keys of their places in ``rows`` (sorted)."""
    a, b = np.divmod(keys, n)
    place = np.full(n, -1, dtype=np.int64)
    place[rows] = np.arange(len(rows))
    ok = (place[a] >= 0) & (place[b] >= 0)
    a, b = place[a[ok]], place[b[ok]]
    return np.sort(np.minimum(a, b) * len(rows) + np.maximum(a, b))


def placed_with(story: np.ndarray, original: np.ndarray, row: int) -> int:
    """The story of the rows ``row`` is a near copy of (its original, or the copies of it
    placed before it: an article read again may rank first), -1 when none is placed."""
    if original[row] == row and not (original[: len(story)] == row).sum() > 1:
        return -1
    mates = np.flatnonzero((original == original[row]) & (story >= 0))
    mates = mates[mates != row]
    return int(story[mates[0]]) if len(mates) else -1
