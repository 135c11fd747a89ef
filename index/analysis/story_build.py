"""Compute a story model: a full build, or an update that places new articles in old stories."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from index.analysis import pairs as P
from index.analysis import story_undated as undated
from index.analysis.linkage import attach_lone, average_link, pair_lone, reunite
from index.analysis.story_copies import (
    fold,
    found_once,
    local_keys,
    originals,
    spread,
    terms_once,
)
from index.analysis.story_cross import build_pairs
from index.analysis.story_daily import forms, not_copies
from index.analysis.story_files import COPY_DIGEST, Parts
from index.analysis.story_genre import desk_weigh, genres, weigh
from index.analysis.story_length import long_lift, longs
from index.analysis.story_naming import story_id
from index.analysis.story_naming import story_names as _story_names
from index.analysis.story_places import places, weighed
from index.analysis.story_rare import rare_keys, support
from index.analysis.story_tickers import tickers
from index.analysis.story_titles import TITLES, central, saved_twice
from index.analysis.vectors import (
    Tokens,
    Vocabulary,
    idf,
    slug_words_in,
    term_counts,
    tfidf,
    tokenize,
    top_terms,
)
from index.models import Progress

if TYPE_CHECKING:
    import scipy.sparse as sp

    from index.analysis.stories import ProgressCallback, StoryArticle, StoryModel, StoryParams


class Previous(Protocol):
    """The stories a build replaces (a `StoryModel`, or `story_derived.Earlier`): only which
    story each of their articles was in is asked, to keep their ids."""

    def story_of(self, article_id: str) -> str | None:
        """The id of the story ``article_id`` was in; None for an article it did not have."""


@dataclass(frozen=True, slots=True)
class Built:
    """A computed model, all in memory."""

    parts: Parts


PAIR_SHARE = 0.25
"""Pairs scoring under this share of the threshold are left out of the clustering: they
barely move an average, and there are many of them."""


def _days(date: datetime | None) -> float:
    if date is None:
        return math.nan
    aware = date if date.tzinfo else date.replace(tzinfo=UTC)
    return aware.timestamp() / 86400.0


def _canonical(articles: Sequence[StoryArticle]) -> list[StoryArticle]:
    """First article of each id, oldest first, undated last, ties by id: input order is moot."""
    seen: dict[str, StoryArticle] = {}
    for article in articles:
        seen.setdefault(article.id, article)
    return sorted(
        seen.values(), key=lambda a: (a.date is None, _days(a.date) if a.date else 0.0, a.id)
    )


def _progress(callback: ProgressCallback | None, done: int, total: int, phase: str) -> None:
    if callback is not None:
        callback(Progress(done, total, f"stories: {phase}"))


@dataclass(frozen=True, slots=True)
class Scored:
    """What comparing articles gave.

    Attributes:
        likeness: Pairs for the clustering: window cosines, near copies at 1.0.
        passages: Pairs that share a passage fingerprint (score 1.0).
        neighbours: Each scanned article's best partners (-1 padded).
        scores: Their likeness.
    """

    likeness: P.Pairs
    passages: P.Pairs
    neighbours: np.ndarray
    scores: np.ndarray


def _score(
    rows: sp.csr_matrix,
    days: np.ndarray,
    found: tuple[P.Pairs, P.Pairs],
    params: StoryParams,
    targets: np.ndarray | None = None,
    stored: tuple[np.ndarray, np.ndarray] | None = None,
    among: np.ndarray | None = None,
    window_scan: Callable[..., tuple[P.Pairs, np.ndarray, np.ndarray]] = P.window_scan,
) -> Scored:
    """Compare articles (all, or the ``targets`` with all) by TF-IDF; ``found`` is what
    their shared passages gave (`story_copies.passages`: the pairs, the near copies).

    ``stored`` holds the neighbour lists of the rows compared before (an update), which
    the new pairs are merged into; an update scans with `story_rows.window_scan`."""
    n = rows.shape[0]
    likeness, neighbours, scores = window_scan(
        rows,
        days,
        window=params.window_days,
        decay=params.decay_per_day,
        undated_apart=params.undated_apart,
        floor=params.floor,
        keep=params.threshold * PAIR_SHARE,
        limit=params.neighbours,
        targets=targets,
        among=among,
    )
    passages, copies = found
    likeness = P.merge_pairs(likeness, copies, n)
    extra = copies
    if stored is not None:
        neighbours[: len(stored[0])], scores[: len(stored[0])] = stored
        extra = likeness
    neighbours, scores = P.merge_partners(neighbours, scores, extra)
    return Scored(likeness, passages, neighbours, scores)


def _passage_flags(
    neighbours: np.ndarray, passages: P.Pairs, n: int, rows: np.ndarray | None = None
) -> np.ndarray:
    """For each listed partner of each row (or of ``rows``), whether the two share a passage."""
    i, j, _ = passages
    keys = np.sort(np.concatenate((i * n + j, j * n + i)))
    if rows is None:
        rows = np.arange(neighbours.shape[0], dtype=np.int64)
    listed = neighbours[rows]
    asked = np.repeat(rows.astype(np.int64), listed.shape[1]) * n + listed.ravel().astype(np.int64)
    return _listed(keys, asked).reshape(listed.shape) & (listed >= 0)


def _listed(sorted_keys: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """True where ``asked`` is in ``sorted_keys`` (a binary search: no sort of ``asked``)."""
    if not len(sorted_keys):
        return np.zeros(len(asked), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, asked), len(sorted_keys) - 1)
    found: np.ndarray = sorted_keys[at] == asked
    return found


def _why_terms(
    terms: np.ndarray, vocab: Vocabulary, words: list[str], known: dict[str, int]
) -> np.ndarray:
    """Top-term ids turned into indexes of ``words`` (the short list a saved model keeps)."""
    used, inverse = np.unique(terms, return_inverse=True)
    mapped = np.full(len(used), -1, dtype=np.int32)
    for k, tid in enumerate(used.tolist()):
        if tid < 0:
            continue
        word = vocab.words[tid]
        index = known.get(word)
        if index is None:
            index = known[word] = len(words)
            words.append(word)
        mapped[k] = index
    return mapped[inverse.reshape(terms.shape)]


def compare(articles: Sequence[StoryArticle], params: StoryParams) -> tuple[list[str], P.Pairs]:
    """The article ids in canonical order and their likeness pairs (for tuning in bench/)."""
    ordered = _canonical(articles)
    n = len(ordered)
    vocab = Vocabulary()
    tokens = tokens_for(vocab, ordered)
    counts = term_counts(tokens, n, vocab.stop_mask(), len(vocab))
    df = np.bincount(counts.indices, minlength=len(vocab))
    days = np.array([_days(a.date) for a in ordered], dtype=np.float64)
    copies = found_once(tokens, counts, df, days, vocab, [a.id for a in ordered], params)
    rows = tfidf(counts, idf(copies.df, copies.articles))
    scored = _score(rows, days, copies.shared, params, None)
    return [a.id for a in ordered], scored.likeness


def build(
    articles: Sequence[StoryArticle],
    params: StoryParams,
    previous: Previous | None,
    on_progress: ProgressCallback | None,
) -> Built:
    """Read, compare and group every article (see `StoryModel.build`)."""
    ordered = _canonical(articles)
    n = len(ordered)
    _progress(on_progress, 0, n, "reading")
    vocab = Vocabulary()
    # a report every thousand articles: a stop asked meanwhile lands within a second
    tokens = tokens_for(
        vocab, ordered, lambda done: _progress(on_progress, done // 3, n, "reading")
    )
    counts = term_counts(tokens, n, vocab.stop_mask(), len(vocab))
    df = np.bincount(counts.indices, minlength=len(vocab)).astype(np.int32)
    days = np.array([_days(a.date) for a in ordered], dtype=np.float64)
    _progress(on_progress, n // 3, n, "comparing")
    copies = found_once(tokens, counts, df, days, vocab, [a.id for a in ordered], params)
    (fp_hash, fp_doc), rank = copies.fingerprints, copies.rank
    rows = tfidf(counts, idf(copies.df, copies.articles))  # a copy counts once
    scored = _score(rows, days, copies.shared, params, None)
    likeness = scored.likeness
    _progress(on_progress, 2 * n // 3, n, "grouping")
    genre = genres(ordered)
    long = longs(ordered, params.long_words)
    rare = rare_keys(*terms_once(counts, copies.original), copies.df)
    sources = sorted({a.source for a in ordered if a.source})
    source_index = {s: k for k, s in enumerate(sources)}
    source = np.array([source_index.get(a.source or "", -1) for a in ordered], dtype=np.int32)
    series = (source, places(ordered), tickers(ordered), forms(ordered))
    # a near copy pairs an undated and a dated article at any distance: left to `attach`,
    # or an undated pair beside it split the dated story it belongs to (un24)
    mixed = np.isnan(days[likeness[0]]) != np.isnan(days[likeness[1]])
    alike = (likeness[0][~mixed], likeness[1][~mixed], likeness[2][~mixed])
    labels = group(n, alike, params, genre, rare, long, series=series, rank=rank)
    grouped = originals(n, not_copies(alike, series), rank)
    cross = build_pairs(rows, days, params, likeness, labels, grouped)  # those read (st90)
    labels = undated.attach(labels, days, cross, params, grouped)
    founders = np.unique(labels, return_index=True)[1] if n else np.empty(0, np.int64)
    ids, every_title = [a.id for a in ordered], [a.title for a in ordered]
    original = saved_twice(labels, source, copies.digest, every_title, ids)  # counted once
    found = central(labels, likeness, every_title, np.arange(n), original)
    titles = [found[k] for k in range(len(founders))]
    names = _story_names(labels, founders, ids, previous)
    neighbours, scores = P.merge_partners(
        scored.neighbours, scored.scores, undated.for_related(cross, params)
    )
    words: list[str] = []
    order = np.argsort(fp_hash, kind="stable")
    arrays: dict[str, np.ndarray] = {
        "time": days,
        "source": source,
        "story": labels.astype(np.int32),
        "neighbours": neighbours,
        "scores": scores,
        "passage": _passage_flags(neighbours, scored.passages, n),
        "top_terms": _why_terms(top_terms(rows), vocab, words, {}),
        "df": df,
        "fp_hash": fp_hash[order],
        "fp_doc": fp_doc[order],
        "genre": genre,
        "long": long,
        "place": series[1],
        "ticker": series[2],
        "form": series[3],
        COPY_DIGEST: copies.digest,
    }
    meta = _meta(
        ids,
        sources,
        [[name, title] for name, title in zip(names, titles, strict=True)],
        words,
        params,
    )
    meta[UNDATED_TITLES] = undated_titles(ordered)
    meta[undated.FULL_ASK] = undated.full_state(n)  # every undated article asked (st69)
    meta[TITLES] = every_title
    _progress(on_progress, n, n, "done")
    return Built(Parts(meta, arrays, _csr_parts(counts), (vocab.stems, vocab.words)))


UNDATED_TITLES = "undated_titles"
"""Meta key: the title of each undated article that has one, by id. An update that moves
an earlier undated article out of its dated story names its own story with it, as a
rebuild does (`story_reattach`); the model keeps no other article's title (ut24)."""


def undated_titles(articles: Iterable[StoryArticle]) -> dict[str, str]:
    """`UNDATED_TITLES` of ``articles``."""
    return {a.id: a.title for a in articles if a.date is None and a.title}


def _meta(
    ids: list[str],
    sources: list[str],
    stories: list[list[str]],
    words: list[str],
    params: StoryParams,
) -> dict[str, Any]:
    return {
        "ids": ids,
        "sources": sources,
        "stories": stories,
        "why_terms": words,
        # a setting left unset (None: st54's `long_one_outlet`) is not written, so a
        # model's files are what they were before the setting existed
        "params": {k: v for k, v in asdict(params).items() if v is not None},
    }


def _csr_parts(counts: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    return (
        counts.data.astype(np.float32),
        counts.indices.astype(np.int32),
        counts.indptr.astype(np.int64),
        (int(counts.shape[0]), int(counts.shape[1])),
    )


def update(
    model: StoryModel,
    added: list[StoryArticle],
    removed: set[str],
    on_progress: ProgressCallback | None,
) -> Built:
    """Drop ``removed``, place ``added`` (see `StoryModel.update`)."""
    from index.analysis.story_update import apply

    return Built(apply(model.parts(), model.params, _canonical(added), removed, on_progress))


def group(
    n: int,
    likeness: P.Pairs,
    params: StoryParams,
    genre: np.ndarray | None = None,
    rare: np.ndarray | None = None,
    long: np.ndarray | None = None,
    numpy_only: bool = False,
    series: tuple[np.ndarray, ...] | None = None,
    rank: np.ndarray | None = None,
) -> np.ndarray:
    """Stories of ``n`` articles from their likeness: average linkage, then `pair_lone`,
    `attach_lone`. A pair of two ``long`` articles (full texts, `story_length`) counts
    ``params.long_factor`` times its likeness. With the
    articles' ``genre`` (`story_genre`), an opinion/news pair counts ``params.genre_factor``
    of its likeness, a pair of two full texts with an essay desk's ``params.desk_factor``
    (`story_genre.desk_weigh`, before the lifts). In the linkage only, a pair among the
    ``rare`` keys (`story_rare.rare_keys`: sharing a term of two or three articles) gains
    ``params.rare_bonus`` first. Two groups of one outlet the linkage left apart merge
    by `linkage.reunite` (``params.reunite_floor``, ``reunite_ratio``). A pair of one
    outlet naming different countries in its headlines (``series``: every row's source
    code and place mask, `story_places`) counts ``params.place_factor`` of it; headlines
    naming different companies by ticker (its third array: `story_tickers`)
    ``ticker_factor``, one outlet's same headline on other days (its fourth:
    `story_daily`) ``daily_factor``. Near copies are grouped as one
    article, their first (`story_copies`, by ``rank``: `story_copies.ranks`): a reprint
    neither weighs twice nor moves its original's story-mates (but one outlet's daily
    report copied across days is not folded: `story_daily.not_copies`).
    ``numpy_only``: no SciPy (`linkage.average_link`)."""
    if not n:
        return np.empty(0, np.int64)
    if rank is not None:  # the originals alone, in the order of `rank`
        original = originals(n, not_copies(likeness, series), rank)
        kept = np.flatnonzero(original == np.arange(n))
        kept = kept[np.argsort(rank[kept], kind="stable")]
        place = np.full(n, -1, np.int64)
        place[kept] = np.arange(len(kept))
        i, j, s = fold(likeness, original)
        labels = group(
            len(kept),
            (place[i], place[j], s),
            params,
            None if genre is None else genre[kept],
            None if rare is None else local_keys(rare, kept, n),
            None if long is None else long[kept],
            numpy_only,
            None if series is None else tuple(cue[kept] for cue in series),
        )
        return spread(labels[place], original)
    likeness = desk_weigh(likeness, genre, long, params.desk_factor)
    likeness = weighed(long_lift(likeness, long, params, series), series, params)
    plain = weigh(likeness, genre, params.genre_factor)
    raised = plain
    if rare is not None:
        raised = weigh(support(likeness, rare, n, params.rare_bonus), genre, params.genre_factor)
    labels = average_link(n, raised, params.threshold, numpy_only)
    source = None if series is None else series[0]
    if source is not None and params.reunite_ratio <= 1:
        labels = reunite(
            labels, raised, params.threshold, params.reunite_floor, params.reunite_ratio, source
        )
    labels = pair_lone(labels, plain, params.pair_floor, params.pair_margin, source)
    return attach_lone(labels, plain, params.attach_floor, params.attach_margin)


def tokens_for(
    vocab: Vocabulary,
    articles: Sequence[StoryArticle],
    tick: Callable[[int], None] | None = None,
) -> Tokens:
    """Word ids of ``articles``: title (with the address's headline words the article's
    text has, `vectors.slug_words_in`) and lead (``tick``: see `vectors.tokenize`)."""
    texts = [(f"{a.title} {slug_words_in(a.url, f'{a.title} {a.body}')}", a.body) for a in articles]
    return tokenize(vocab, texts, tick=tick)


__all__ = [
    "Built",
    "build",
    "group",
    "story_id",
    "tokens_for",
    "update",
]
