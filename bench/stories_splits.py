"""`python -m bench.stories_splits`: why the full-text week's events are split (ft34, issue 16).

The labelled full-text week's TUNING half only (events split by a hash of their id), counts
and scores only (no article text). The stories are built as `StoryModel.build` builds them,
with `story_build.group` watched: the pairs the linkage read (decayed, lengthened, raised by
rare terms, weighed by genre and places), the groups average linkage made, and the groups
after lone articles were attached. Then:

- every pair of event-mates the grouping splits, by the cause the linkage refused it:
  ``window`` (more than `StoryParams.window_days` apart: never compared); ``averaged away``
  (the pair itself reaches the threshold, but the groups each joined first average under
  it); ``weak, groups`` (under the threshold, both in groups of two or more whose best pair
  between them is under it too: the groups' components never meet) and ``weak, groups with a
  strong pair`` (some other pair between the groups reaches it: the average refuses);
  ``lone, floor`` / ``lone, margin`` (one of the two left alone by the linkage, and
  `linkage.attach_lone` refused: its average to the other's group is under
  `StoryParams.attach_floor`, or under `StoryParams.attach_margin` times its runner-up);
  ``lone, both`` (both alone: only a pair over the threshold joins them);
- what each split pair shares: days apart, its lead cosine before the day decay and the
  score the linkage read, title stems in common, the share of one title's stems the other's
  whole body has, whole-body cosines (1 + ln tf, and BM25 weights), rare names
  (`entities.find_names` keys in at most 5 articles of the week), words of shared
  quotations (a 6-word run of one article's quotations in the other's), and
  the same for the pairs of *different* events (or an event's article and one of no event)
  within the window whose linkage score is in the same band, so a cue's precision shows.
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, model_clusters, part
from bench.stories_signals import full_text_week
from index.analysis import story_build
from index.analysis.entities import Lexicon, find_names
from index.analysis.linkage import attach_lone, average_link, pair_lone
from index.analysis.quotes import compared_words, extract_quotes
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import _canonical, tokens_for
from index.analysis.story_copies import originals
from index.analysis.story_daily import not_copies
from index.analysis.story_genre import weigh
from index.analysis.story_length import lengthen, words_of
from index.analysis.story_places import weighed
from index.analysis.story_rare import support
from index.analysis.vectors import Vocabulary, _words, idf, term_counts, tfidf, tokenize

KEPT = StoryParams()
RUN = 6
"""Words in a run of a quotation that counts as shared."""
RARE_NAME = 5
"""A name found in at most this many articles of the week is rare."""


@dataclass
class Traced:
    """What the grouping read and made, in the articles' canonical order."""

    raised: dict[tuple[int, int], float]
    """Pair (lower, higher) -> the score average linkage read."""
    plain: dict[tuple[int, int], float]
    """Pair -> the score `attach_lone` read (no rare-term support)."""
    linked: np.ndarray
    """Group of every article after average linkage (before attaching lone ones)."""
    final: np.ndarray
    """Group of every article the model gives."""
    original: np.ndarray
    """Each article's original (itself unless a near copy)."""


def trace(articles: Sequence[StoryArticle], params: StoryParams = KEPT) -> Traced:
    """Build the model with `story_build.group` watched (see the module's docstring)."""
    calls: list[tuple[Any, ...]] = []
    kept_group = story_build.group

    def watched(*args: Any, **kwargs: Any) -> np.ndarray:
        calls.append((args, kwargs))
        return kept_group(*args, **kwargs)

    story_build.group = watched  # type: ignore[assignment]
    try:
        model = StoryModel.build(articles, params=params)
    finally:
        story_build.group = kept_group  # type: ignore[assignment]
    (n, alike, _p, *_), outer = calls[0][0], calls[0][1]
    rank = outer["rank"]
    original = originals(n, not_copies(alike, outer.get("series")), rank)  # as `group` folds
    kept = np.flatnonzero(original == np.arange(n))
    kept = kept[np.argsort(rank[kept], kind="stable")]
    m, pairs, _p, genre, rare, long, _numpy, series = calls[1][0]
    pairs = weighed(lengthen(pairs, long, params.long_factor), series, params)
    plain = weigh(pairs, genre, params.genre_factor)
    raised = weigh(support(pairs, rare, m, params.rare_bonus), genre, params.genre_factor)
    linked_local = average_link(m, raised, params.threshold)
    source = None if series is None else series[0]
    paired = pair_lone(linked_local, plain, params.pair_floor, params.pair_margin, source)
    final_local = attach_lone(paired, plain, params.attach_floor, params.attach_margin)

    def keyed(found: tuple[np.ndarray, np.ndarray, np.ndarray]) -> dict[tuple[int, int], float]:
        i, j, s = found
        out: dict[tuple[int, int], float] = {}
        for a, b, v in zip(kept[i].tolist(), kept[j].tolist(), s.tolist(), strict=True):
            key = (min(a, b), max(a, b))
            out[key] = max(out.get(key, 0.0), v)
        return out

    linked, final = np.empty(n, np.int64), np.empty(n, np.int64)
    linked[kept], final[kept] = linked_local, final_local
    linked, final = linked[original], final[original]
    ids = [a.id for a in _canonical(articles)]
    made = model_clusters(model)
    watched_groups = {frozenset(np.flatnonzero(final == g).tolist()) for g in set(final.tolist())}
    model_groups: dict[str, set[int]] = defaultdict(set)
    for k, article_id in enumerate(ids):
        model_groups[made[article_id]].add(k)
    assert watched_groups == {frozenset(g) for g in model_groups.values()}, "not the model's"
    return Traced(keyed(raised), keyed(plain), linked, final, original)


class Cues:
    """What two articles of the week share, beside the likeness the grouping reads."""

    def __init__(self, articles: Sequence[StoryArticle]) -> None:
        self.articles = articles
        n = len(articles)
        self.lead = _rows(articles, lead=True)
        self.body = _rows(articles, lead=False)
        self.bm25 = _rows(articles, lead=False, bm25=True)
        vocab = Vocabulary()
        titles = [set(vocab.word_ids(_words(a.title))) for a in articles]
        self.words = [set(vocab.word_ids(_words(a.body))) for a in articles]
        stop = vocab.stop_mask()
        self.title = [{t for t in found if not stop[t]} for found in titles]
        lexicon = Lexicon.of([a.body for a in articles])
        self.names = [{m.key for m in find_names(a.body, lexicon)} for a in articles]
        name_df = Counter(k for found in self.names for k in found)
        self.rare = [{k for k in found if name_df[k] <= RARE_NAME} for found in self.names]
        self.quoted = [_runs(a.body) for a in articles]
        self.text = [_shingles(compared_words(a.body)) for a in articles]
        self.n = n

    def of(self, a: int, b: int) -> dict[str, float]:
        """The cues of the pair ``(a, b)``."""
        titles = len(self.title[a] & self.title[b])
        into = [
            len(t & self.words[o]) / max(len(t), 1)
            for t, o in ((self.title[a], b), (self.title[b], a))
        ]
        quoted = len(self.quoted[a] & self.text[b]) + len(self.quoted[b] & self.text[a])
        return {
            "lead": _cos(self.lead, a, b),
            "body": _cos(self.body, a, b),
            "bm25": _cos(self.bm25, a, b),
            "titles": float(titles),
            "title_in_body": min(into),
            "rare_names": float(len(self.rare[a] & self.rare[b])),
            "quote_runs": float(quoted),
        }


def _cos(rows: Any, a: int, b: int) -> float:
    return float(rows[a].multiply(rows[b]).sum())


def _rows(articles: Sequence[StoryArticle], lead: bool, bm25: bool = False) -> Any:
    vocab = Vocabulary()
    if lead:
        tokens = tokens_for(vocab, articles)
    else:
        tokens = tokenize(vocab, [(a.title, a.body) for a in articles], lead_words=None)
    counts = term_counts(tokens, len(articles), vocab.stop_mask(), len(vocab))
    weights = idf(np.bincount(counts.indices, minlength=len(vocab)), len(articles))
    if not bm25:
        return tfidf(counts, weights)
    import scipy.sparse as sp

    rows = counts.astype(np.float32, copy=True)
    length = np.asarray(rows.sum(axis=1)).ravel()
    norm = np.repeat(1.2 * (0.25 + 0.75 * length / length.mean()), np.diff(rows.indptr))
    rows.data = rows.data * 2.2 / (rows.data + norm) * weights[rows.indices]
    scale = np.sqrt(np.asarray(rows.multiply(rows).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1.0 / np.maximum(scale, 1e-9)) @ rows)


def _shingles(words: Sequence[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + RUN]) for k in range(len(words) - RUN + 1)}


def _runs(body: str) -> set[tuple[str, ...]]:
    """The `RUN`-word runs of an article's quotations."""
    return set().union(*(_shingles(compared_words(q.text)) for q in extract_quotes(body)))


def causes(traced: Traced, a: int, b: int, days: float, params: StoryParams = KEPT) -> str:
    """Why the linkage left ``a`` and ``b`` apart (see the module's docstring)."""
    if abs(days) > params.window_days:
        return "window"
    key = (min(a, b), max(a, b))
    raised = traced.raised.get(key, 0.0)
    if raised >= params.threshold:
        return "averaged away"
    la, lb = traced.linked == traced.linked[a], traced.linked == traced.linked[b]
    lone_a, lone_b = la.sum() == 1, lb.sum() == 1
    if lone_a and lone_b:
        return "lone, both"
    if lone_a or lone_b:
        lone, group = (a, lb) if lone_a else (b, la)
        averages: dict[int, float] = defaultdict(float)
        for (x, y), v in traced.plain.items():
            if lone in (x, y):
                other = y if x == lone else x
                averages[int(traced.linked[other])] += v
        size = np.bincount(traced.linked)
        mine = int(traced.linked[b if lone_a else a])
        average = averages.get(mine, 0.0) / size[mine]
        rest = [v / size[g] for g, v in averages.items() if g != mine]
        del group
        if average < params.attach_floor:
            return "lone, floor"
        return (
            "lone, margin" if average < params.attach_margin * max(rest, default=0) else "lone, ?"
        )
    strong = any(
        v >= params.threshold
        for (x, y), v in traced.raised.items()
        if (la[x] and lb[y]) or (la[y] and lb[x])
    )
    return "weak, groups with a strong pair" if strong else "weak, groups"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_splits", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--half", default="tune", choices=("tune",), help="the tuning half only")
    args = parser.parse_args()
    week, truth, unsure = full_text_week(args.corpora)
    articles = _canonical(week)
    ids = [a.id for a in articles]
    traced = trace(articles)
    clusters = {a: str(traced.final[k]) for k, a in enumerate(ids)}
    s = cluster_scores(clusters, truth, args.half, unsure)
    print(f"as built, {args.half} half: F1 {s['F1']:.3f}, pair precision {s['pair_precision']:.3f}")
    day = np.array([a.date.timestamp() / 86400 for a in articles])  # type: ignore[union-attr]
    event = [truth.get(a) if a not in unsure else None for a in ids]
    mine = [k for k, e in enumerate(event) if e is not None and part(e) == args.half]
    cues = Cues(articles)
    split: list[tuple[int, int, str]] = []
    for a, b in itertools.combinations(mine, 2):
        if event[a] == event[b] and traced.final[a] != traced.final[b]:
            split.append((a, b, causes(traced, a, b, day[b] - day[a])))
    joined = sum(
        1
        for a, b in itertools.combinations(mine, 2)
        if event[a] == event[b] and traced.final[a] == traced.final[b]
    )
    print(f"event-mates' pairs: {joined} joined, {len(split)} split\n\nsplit pairs by cause:")
    for cause, count in Counter(c for *_, c in split).most_common():
        print(f"  {cause:<34} {count}")
    long = np.array([words_of(a) >= KEPT.long_words for a in articles])
    print("\nsplit pairs by the score the linkage read, and by length (both full texts or not)")
    for lo, hi in ((0.0, 1e-9), (1e-9, 0.15), (0.15, KEPT.threshold), (KEPT.threshold, 2.0)):
        found = [(a, b) for a, b, _ in split if lo <= traced.raised.get((a, b), 0.0) < hi]
        both = sum(bool(long[a] and long[b]) for a, b in found)
        band = "none kept" if hi < 1e-6 else f"{lo:.3f}-{min(hi, 1.0):.3f}"
        print(f"  {band:<12} {len(found):>3} pairs, {both} of two full texts")
    by_event: dict[str, Counter[str]] = defaultdict(Counter)
    for a, _b, c in split:
        by_event[str(event[a])][c] += 1
    print("\nby event (size, pieces: causes)")
    for e, found in sorted(by_event.items(), key=lambda kv: -sum(kv[1].values())):
        members = [k for k in mine if event[k] == e]
        pieces = sorted(Counter(int(traced.final[k]) for k in members).values(), reverse=True)
        print(f"  {len(members):>2} {pieces}: " + ", ".join(f"{c} {k}" for c, k in found.items()))
    print("\npieces left out of their event's largest piece (counts and scores only)")
    left_out(traced, mine, event, day, [a in unsure for a in ids])
    print("\nsplit pairs in the band against other pairs in it: median, and share > 0")
    signals(split, mine, event, traced, cues, day)
    return 0


def left_out(
    traced: Traced, mine: list[int], event: list[str | None], day: np.ndarray, unsure: list[bool]
) -> None:
    """For each piece of an event other than its largest: its size, its average
    (attachment's score) and best pair to the largest piece, its best average to any other
    group after the linkage (the runner-up) and what that group holds (articles of another
    event, "unsure" ones, ones of no event), days to the largest piece, and the size and
    cohesion (mean likeness within) of the largest piece."""
    size = np.bincount(traced.linked)
    for e in sorted({event[k] for k in mine}, key=str):
        members = [k for k in mine if event[k] == e]
        found = Counter(int(traced.final[k]) for k in members)
        if len(found) < 2:
            continue
        main_group = found.most_common(1)[0][0]
        main = [k for k in range(len(event)) if traced.final[k] == main_group]
        inside = [traced.plain.get((x, y), 0.0) for x, y in itertools.combinations(main, 2)]
        for g in found:
            if g == main_group:
                continue
            piece = [k for k in range(len(event)) if traced.final[k] == g]
            to_main = [traced.plain.get((min(x, y), max(x, y)), 0.0) for x in piece for y in main]
            totals: dict[int, float] = defaultdict(float)
            for (x, y), v in traced.plain.items():
                for a, b in ((x, y), (y, x)):
                    if a in piece and traced.final[b] != g and traced.final[b] != main_group:
                        totals[int(traced.linked[b])] += v
            averages = {h: v / size[h] / len(piece) for h, v in totals.items()}
            rest = max(averages.values(), default=0.0)
            held = "none"
            if averages:
                runner = [
                    k
                    for k in range(len(event))
                    if traced.linked[k] == max(averages, key=averages.__getitem__)
                ]
                other = sum(event[k] is not None and event[k] != e for k in runner)
                doubt = sum(unsure[k] for k in runner)
                same = sum(event[k] == e for k in runner)
                held = f"{len(runner)}: {same} of this event, {other} of another, {doubt} unsure"
            gap = min(abs(day[x] - day[y]) for x in piece for y in main)
            print(
                f"  piece of {len(piece)} (event pieces {sorted(found.values(), reverse=True)},"
                f" of it {len([k for k in piece if k in members])} mates): average to the"
                f" largest {np.mean(to_main):.3f}, best pair {max(to_main):.3f}, runner-up"
                f" {rest:.3f} (its group {held}), {gap:.1f} days; largest piece {len(main)},"
                f" cohesion {np.mean(inside) if inside else 1.0:.3f}"
            )


def signals(
    split: list[tuple[int, int, str]],
    mine: list[int],
    event: list[str | None],
    traced: Traced,
    cues: Cues,
    day: np.ndarray,
) -> None:
    """Each cue over the split mates against other pairs within the window in the band the
    split pairs' linkage scores lie in (0.05 to the threshold)."""
    others: list[tuple[int, int]] = []
    scored = set(mine)
    for a, b in itertools.combinations(range(len(event)), 2):
        if not ({a, b} & scored) or abs(day[a] - day[b]) > KEPT.window_days:
            continue
        if event[a] is not None and event[a] == event[b]:
            continue
        if traced.original[a] == traced.original[b]:
            continue
        v = traced.raised.get((a, b), 0.0)
        if 0.05 <= v < KEPT.threshold:
            others.append((a, b))
    every = [(a, b) for a, b, _ in split]
    mates = [p for p in every if 0.05 <= traced.raised.get(p, 0.0) < KEPT.threshold]
    print(
        f"  of {len(every)} split mates {len(mates)} in the band 0.05-{KEPT.threshold};"
        f" {len(others)} other pairs in the band (not one event)"
    )
    rows = {
        "mates": [cues.of(a, b) for a, b in mates],
        "others": [cues.of(a, b) for a, b in others],
    }
    for p, c in zip(mates, rows["mates"], strict=True):
        c["linkage"] = traced.raised.get(p, 0.0)
        c["days"] = abs(day[p[1]] - day[p[0]])
    for p, c in zip(others, rows["others"], strict=True):
        c["linkage"] = traced.raised.get(p, 0.0)
        c["days"] = abs(day[p[1]] - day[p[0]])
    for cue in rows["mates"][0]:
        line = []
        for name, found in rows.items():
            values = np.array([c[cue] for c in found])
            line.append(f"{name} median {np.median(values):.2f}, > 0 {np.mean(values > 0):.2f}")
        print(f"  {cue:<14} " + " | ".join(line))
    print("\nthresholds on a cue: split mates / other pairs of the band reaching it")
    for cue, steps in (
        ("body", (0.2, 0.25, 0.3, 0.35, 0.4)),
        ("bm25", (0.15, 0.2, 0.25, 0.3, 0.35)),
        ("title_in_body", (0.5, 0.6, 0.7, 0.8, 1.0)),
        ("titles", (1, 2, 3, 4)),
        ("rare_names", (1, 2, 3, 5)),
        ("quote_runs", (1, 3, 10)),
    ):
        cells = [
            f">= {x}: {sum(c[cue] >= x for c in rows['mates'])}"
            f" / {sum(c[cue] >= x for c in rows['others'])}"
            for x in steps
        ]
        print(f"  {cue:<14} " + " | ".join(cells))


if __name__ == "__main__":
    raise SystemExit(main())
