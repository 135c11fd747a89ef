"""`python -m bench.stories_genre`: the sweep that chose the opinion/news rule (st16g).

Tuning halves only: the AllSides tuning half, the same with every event enlarged, and the
tuning half of the labelled full-text week. Prints first how often each cue of
`index.analysis.story_genre` fires on roundup and news articles of the AllSides tuning
half, then F1 / pair precision of the clustering for each threshold, cue set, factor and
place (the average linkage, the lone-article attachment, or both), and two rules that
did not help: an IDF-weighted name/number overlap veto and a complete-link split.
Counts and scores only, no article text.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, enlarge, load, part
from bench.stories_signals import full_text_week
from index.analysis import story_genre as G
from index.analysis.linkage import attach_lone, average_link
from index.analysis.pairs import Pairs
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_build import _canonical, compare
from index.analysis.words import STOPWORDS

_NAME = re.compile(r"(?<!\w)([A-Z][\w'’.-]*\w|\d[\d,.]*\d|\d)")


class Half:
    """One labelled set, compared once: its pairs, genre codes and names."""

    def __init__(self, articles: list[StoryArticle], truth: dict[str, str], ignore: frozenset[str]):
        self.truth, self.ignore = truth, ignore
        self.ordered = _canonical(articles)
        self.ids, self.pairs = compare(articles, StoryParams(genre_factor=1.0))
        self.n = len(self.ids)
        self.genre = G.genres(self.ordered)
        self.names = [_names(a) for a in self.ordered]
        df = Counter(e for s in self.names for e in s)
        self.idf = {e: math.log(self.n / c) for e, c in df.items()}

    def score(self, labels: np.ndarray) -> str:
        found = {a: str(labels[k]) for k, a in enumerate(self.ids)}
        s = cluster_scores(found, self.truth, "tune", self.ignore)
        return f"{s['F1']:.3f}/{s['pair_precision']:.3f}"


def _names(article: StoryArticle) -> set[str]:
    """Capitalised words (not opening a sentence) and numbers of title and 150 lead words."""
    text = article.title + ". " + " ".join(article.body.split()[:150])
    out = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for m in _NAME.finditer(sentence):
            word = m.group(1).lower().rstrip(".")
            if (m.start() or word[0].isdigit()) and word not in STOPWORDS and len(word) > 1:
                out.add(word)
    return out


def _group(half: Half, pairs: Pairs, where: str, threshold: float) -> np.ndarray:
    params = StoryParams()
    linked = average_link(half.n, pairs if where != "attach" else half.pairs, threshold)
    attach = pairs if where != "link" else half.pairs
    return attach_lone(linked, attach, params.attach_floor, params.attach_margin)


def _weighed(half: Half, opinion: np.ndarray, news: np.ndarray, factor: float) -> Pairs:
    i, j, s = half.pairs
    mixed = ((opinion[i] & news[j]) | (opinion[j] & news[i])) & (s < G.COPY)
    return i, j, np.where(mixed, s * np.float32(factor), s).astype(np.float32)


def _veto(half: Half, high: float, need: float, factor: float) -> Pairs:
    """Pairs under ``high`` whose shared names weigh (IDF) under ``need`` times ``factor``."""
    i, j, s = half.pairs
    out = s.copy()
    for k in np.flatnonzero(s < min(high, G.COPY)):
        shared = half.names[i[k]] & half.names[j[k]]
        if sum(half.idf[e] for e in shared) < need:
            out[k] *= factor
    return i, j, out


def cue_rates(corpora: Path) -> None:
    rows = [json.loads(line) for line in (corpora / "allsides_stories.jsonl").open()]
    rows = [r for r in rows if part(r["story"]) == "tune"]
    for label, roundup in (("roundup", True), ("news", False)):
        kind = [r for r in rows if r["story_title"].startswith("Perspectives") == roundup]
        codes = Counter(
            G.genre_of(StoryArticle(r["id"], r["title"], r["body"], None, None, r["url"]))
            for r in kind
        )
        print(
            f"  {label:<8}{len(kind):>4} articles: opinion {codes[G.OPINION]}, "
            f"news {codes[G.NEWS]}, neither {codes[G.OTHER]}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_genre", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    print("genre codes, AllSides tuning half:")
    cue_rates(args.corpora)
    articles, truth = load(args.corpora)
    week, week_truth, unsure = full_text_week(args.corpora)
    halves = [
        Half(articles, truth, frozenset()),
        Half(*enlarge(articles, truth), frozenset()),
        Half(week, week_truth, unsure),
    ]
    rules: dict[str, Callable[[Half], tuple[np.ndarray, np.ndarray]]] = {
        "opinion vs news (kept)": lambda h: (h.genre == G.OPINION, h.genre == G.NEWS),
        "opinion vs the rest": lambda h: (h.genre == G.OPINION, h.genre != G.OPINION),
    }
    print("\nF1 / pair precision, tuning halves: AllSides | enlarged | full-text week")
    for threshold in (0.25, 0.275, 0.3):
        print(
            f"  threshold {threshold}, no rule{'':<28}"
            + " | ".join(h.score(_group(h, h.pairs, "both", threshold)) for h in halves)
        )
        for name, rule in rules.items():
            for factor in (0.5, 0.7, 0.85):
                for where in ("both", "link", "attach"):
                    line = [
                        h.score(_group(h, _weighed(h, *rule(h), factor), where, threshold))
                        for h in halves
                    ]
                    print(f"  {threshold} {name:<26} x{factor:<5}{where:<7}" + " | ".join(line))
    print(
        "\nname/number overlap veto (threshold 0.3): pairs under `high` sharing names of IDF < need"
    )
    for high in (0.4, 0.5):
        for need in (1e-9, 3.0, 5.0):
            for factor in (0.0, 0.7):
                line = [
                    h.score(_group(h, _veto(h, high, need, factor), "both", 0.3)) for h in halves
                ]
                print(f"  high {high} need {need:g} x{factor:<5}" + " | ".join(line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
