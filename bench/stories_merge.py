"""`python -m bench.stories_merge`: full-text cues after the grouping (ft24, issue 16).

Measured on the labelled full-text week's tuning half (events split by a hash of their id),
F1 / pair precision, counts and scores only (no article text). The stories are first built
as `story_build.group` builds them; then, among stories made only of full texts (bodies of
`StoryParams.long_words` words or more; AllSides' labelled bodies are all shorter, so its
sets are unchanged by construction):
- a second pass merges two stories whose centroids (the mean of their articles' unit
  TF-IDF rows, of the kept lead or of the whole body) have a cosine of at least ``c``, whose
  articles lie within ``days`` of each other, and which share rare names
  (`entities.find_names` keys of whole bodies found in at most ``most`` articles of the
  week, the sum of ``log(n / df)`` at least ``need``); the best pairs first, each story
  merged once a pass (``singles``: stories of one article count too);
- the whole body instead of the 150 lead words for the TF-IDF the grouping sees (full texts
  only), and a wider window for full texts.
No setting gained on the tuning half, so the held-out half is not run (``--errors``: where
the tuning half goes wrong as built; ``--leads``: the lead and window sweeps only).
"""

from __future__ import annotations

import argparse
import itertools
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, model_clusters, part
from bench.stories_signals import full_text_week
from index.analysis import story_build
from index.analysis import vectors as V
from index.analysis.entities import Lexicon, find_names
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_build import _canonical, compare, tokens_for
from index.analysis.story_length import longs, words_of
from index.analysis.vectors import Tokens, Vocabulary, idf, term_counts, tfidf, tokenize

KEPT = StoryParams()


class Week:
    """The week's articles in the order the model numbers them, with their cues."""

    def __init__(self, corpora: Path) -> None:
        week, self.truth, self.unsure = full_text_week(corpora)
        self.articles = _canonical(week)
        self.ids = [a.id for a in self.articles]
        self.n = n = len(self.ids)
        self.long = longs(self.articles, KEPT.long_words)
        self.day = np.array([a.date.timestamp() / 86400 for a in self.articles])  # type: ignore[union-attr]
        self.lead = _rows(self.articles, None)
        self.body = _rows(self.articles, "body")
        lexicon = Lexicon.of([a.body for a in self.articles])
        self.names = [{m.key for m in find_names(a.body, lexicon)} for a in self.articles]
        self.name_df = Counter(k for found in self.names for k in found)
        self.log_n = math.log(n)

    def labels(self, params: StoryParams = KEPT) -> np.ndarray:
        found = model_clusters(StoryModel.build(self.articles, params=params))
        order = {c: k for k, c in enumerate(sorted(set(found.values())))}
        return np.array([order[found[a]] for a in self.ids])

    def score(self, labels: np.ndarray, which: str) -> str:
        clusters = {a: str(labels[k]) for k, a in enumerate(self.ids)}
        s = cluster_scores(clusters, self.truth, which, self.unsure)
        return f"{s['F1']:.3f} / {s['pair_precision']:.3f}"

    def merge(
        self,
        labels: np.ndarray,
        rows: object,
        c: float,
        most: int,
        need: float,
        days: float,
        singles: bool,
    ) -> np.ndarray:
        """One second pass over ``labels`` (see the module's docstring)."""
        groups: dict[int, list[int]] = {}
        for k, g in enumerate(labels.tolist()):
            groups.setdefault(g, []).append(k)
        keys = [g for g, m in groups.items() if self.long[m].all() and (singles or len(m) > 1)]
        if len(keys) < 2:
            return labels
        cent = np.vstack([np.asarray(rows[groups[g]].mean(axis=0)).ravel() for g in keys])  # type: ignore[index]
        cent /= np.maximum(np.linalg.norm(cent, axis=1, keepdims=True), 1e-9)
        cos = cent @ cent.T
        names = [set().union(*(self.names[k] for k in groups[g])) for g in keys]
        span = [(self.day[groups[g]].min(), self.day[groups[g]].max()) for g in keys]
        cands = []
        for x in range(len(keys)):
            for y in range(x + 1, len(keys)):
                if cos[x, y] < c:
                    continue
                gap = max(span[x][0], span[y][0]) - min(span[x][1], span[y][1])
                if gap > days:
                    continue
                weight = sum(
                    self.log_n - math.log(self.name_df[k])
                    for k in names[x] & names[y]
                    if self.name_df[k] <= most
                )
                if weight >= need:
                    cands.append((cos[x, y], x, y))
        out = labels.copy()
        used: set[int] = set()
        for _, x, y in sorted(cands, reverse=True):
            if x in used or y in used:
                continue
            used.update((x, y))
            out[out == keys[y]] = keys[x]
        return out


def _long_leads(words: int) -> object:
    """A `story_build.tokens_for` that reads ``words`` lead words of a full text (150 else)."""

    def tokens(vocab: Vocabulary, articles: Sequence[StoryArticle]) -> Tokens:
        ids, lengths, heads = [], [], []
        for a in articles:
            head = V._words(f"{a.title} {V.slug_words_in(a.url, f'{a.title} {a.body}')}")
            k = words if words_of(a) >= KEPT.long_words else V.LEAD_WORDS
            lead = V._words(a.body[: k * 12])[:k]
            ids.append(vocab.word_ids(head + lead))
            lengths.append(len(head) + len(lead))
            heads.append(len(head))
        counts = np.asarray(lengths, dtype=np.int64)
        flat = np.fromiter(itertools.chain.from_iterable(ids), np.int64, int(counts.sum()))
        doc = np.repeat(np.arange(len(articles), dtype=np.int64), counts)
        starts = np.cumsum(counts) - counts
        position = np.arange(len(flat), dtype=np.int64) - np.repeat(starts, counts)
        return Tokens(flat, doc, position < np.repeat(np.asarray(heads, np.int64), counts))

    return tokens


def leads_and_windows(week: Week) -> None:
    """Full texts read further than 150 lead words (300, 600, whole), and wider windows."""
    kept = story_build.tokens_for
    for words in (300, 600, 100_000):
        story_build.tokens_for = _long_leads(words)  # type: ignore[assignment]
        for factor in (1.0, 1.15, 1.3, 1.45):
            line = [
                week.score(week.labels(StoryParams(long_factor=factor, threshold=t)), "tune")
                for t in (0.25, 0.275, 0.3)
            ]
            print(f"  lead {words} x{factor}, threshold 0.25 | 0.275 | 0.3: " + " | ".join(line))
    story_build.tokens_for = kept
    for days, decay in ((5.0, 0.5), (5.0, 0.3), (7.0, 0.3)):
        found = week.labels(StoryParams(window_days=days, decay_per_day=decay))
        print(f"  window {days} days, decay {decay}/day: {week.score(found, 'tune')}")


def errors(week: Week, labels: np.ndarray, which: str = "tune") -> None:
    """Each event of ``which`` half: its size, the pieces it is split into, the median
    likeness of its pairs; then stories holding articles of two events (counts only)."""
    ids, (i, j, s) = compare(week.articles, KEPT)
    like = {(ids[a], ids[b]): float(v) for a, b, v in zip(i, j, s, strict=True)}
    at = {a: k for k, a in enumerate(week.ids)}
    events: dict[str, list[str]] = {}
    for a, e in week.truth.items():
        if a in at and a not in week.unsure and part(e) == which:
            events.setdefault(e, []).append(a)
    for members in sorted(events.values(), key=len, reverse=True):
        pieces = sorted(Counter(int(labels[at[a]]) for a in members).values(), reverse=True)
        pairs = [
            like.get((a, b), like.get((b, a), 0.0)) for a, b in itertools.combinations(members, 2)
        ]
        print(
            f"  event of {len(members):>2}: pieces {pieces}, median likeness {np.median(pairs):.2f}"
        )
    mixed = 0
    for g in set(labels.tolist()):
        found = {week.truth.get(a, f"alone:{a}") for a in week.ids if labels[at[a]] == g}
        found -= {f"alone:{a}" for a in week.unsure}
        if len(found) > 1 and any(part(e) == which for e in found if not e.startswith("alone:")):
            mixed += 1
    print(f"  stories holding two events (or an event and an article of none): {mixed}")


def _rows(articles: Sequence[StoryArticle], whole: str | None) -> object:
    vocab = Vocabulary()
    if whole:
        tokens = tokenize(vocab, [(a.title, a.body) for a in articles], lead_words=None)
    else:
        tokens = tokens_for(vocab, articles)
    counts = term_counts(tokens, len(articles), vocab.stop_mask(), len(vocab))
    return tfidf(counts, idf(np.bincount(counts.indices, minlength=len(vocab)), len(articles)))


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_merge", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--errors", action="store_true", help="the tuning half's errors only")
    parser.add_argument("--leads", action="store_true", help="sweep full texts' lead words")
    args = parser.parse_args()
    week = Week(args.corpora)
    base = week.labels()
    print(f"as built: tuning half {week.score(base, 'tune')}")
    if args.errors:
        errors(week, base)
        return 0
    if args.leads:
        leads_and_windows(week)
        return 0
    print("\nsecond pass: F1 / pair precision with rare names' sum need 0 | 10 | 20 | 30")
    for name, rows in (("lead", week.lead), ("body", week.body)):
        for singles in (False, True):
            for days in (0.0, 1.0, 3.0):
                print(f"centroids of the {name}, singles {singles}, within {days} days")
                for most in (5, 10, 20):
                    for c in (0.15, 0.2, 0.3, 0.4, 0.6):
                        line = [
                            week.score(week.merge(base, rows, c, most, need, days, singles), "tune")
                            for need in (0.0, 10.0, 20.0, 30.0)
                        ]
                        print(f"  df <= {most:<3} c >= {c:<5}" + " | ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
