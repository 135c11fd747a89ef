"""`python -m bench.stories_eval`: story quality on held-out labelled events; speed (``--scale``).

Quality: the labelled events of ``allsides_stories.jsonl`` are split by a hash of the event
id into a tuning half and a held-out half; ``newsarticles.jsonl`` is mixed in as unlabelled
distractors, its dates moved by a whole number of weeks into the labelled period (at their
own dates they would be years away, and no time window would ever meet them). Everything is
clustered together; scores are computed on the held-out events only. The same is then done
with every event enlarged by reworded copies, and on a labelled week of full texts
(``bench/stories_checks.py``). ``--tune`` sweeps the parameters on the tuning half and
prints the one it would choose; ``--errors`` counts where the stories of a half go wrong.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta
from pathlib import Path

import numpy as np

from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.ingest.readers import iter_articles
from index.models import Article

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BROADSHEET_CORPORA") or ROOT.parent / "shared" / "corpora")
LABELLED = "allsides_stories.jsonl"
DISTRACTORS = "newsarticles.jsonl"
SHIFT = timedelta(weeks=226)
"""newsarticles (2016-12 .. 2017-03) moved onto the labelled period (2021-01 .. 2021-10)."""
TARGETS = {"F1": 0.90, "pair_precision": 0.95, "recall@2": 0.90, "precision@1": 0.92}

Clusters = dict[str, str]
"""Article id -> cluster id."""
Ranker = Callable[[str, int], Sequence[str]]
"""(article id, limit) -> related article ids, best first."""


def part(event: str) -> str:
    """ "tune" or "held-out", fixed for an event by a hash of its id."""
    return "tune" if hashlib.sha1(event.encode()).digest()[0] % 2 == 0 else "held-out"


def read(path: Path) -> list[Article]:
    """Articles of a corpus file, through broadsheet's own ingestion and cleaning."""
    return [a for a in iter_articles(path) if isinstance(a, Article)]


def _story_article(article_id: str, article: Article) -> StoryArticle:
    return StoryArticle(
        article_id, article.title, article.body, article.source, article.date, article.url
    )


def load(corpora: Path, shift: bool = True) -> tuple[list[StoryArticle], dict[str, str]]:
    """The labelled articles plus the distractors, and the event of each labelled article."""
    truth: dict[str, str] = {}
    out: list[StoryArticle] = []
    for article in read(corpora / LABELLED):
        truth[article.id] = str(article.extra["story"])
        out.append(_story_article(article.id, article))
    if (corpora / DISTRACTORS).exists():
        for article in read(corpora / DISTRACTORS):
            date = article.date + SHIFT if (shift and article.date) else article.date
            out.append(dataclasses.replace(_story_article(f"d:{article.id}", article), date=date))
    return out, truth


def enlarge(
    articles: list[StoryArticle], truth: dict[str, str], copies: int = 3, drop: float = 0.35
) -> tuple[list[StoryArticle], dict[str, str]]:
    """Every labelled article plus ``copies`` rewordings (a share ``drop`` of words left out).

    Events of 2-3 articles become events of 8-12: a method that leans on small events
    (mutual nearest neighbours, hubness corrections) falls apart here, as it would on a
    corpus where many outlets cover one event. Seeded, so every run sees the same copies.
    """
    rng = random.Random(16)
    more = list(articles)
    bigger = dict(truth)
    for article in articles:
        if article.id not in truth:
            continue
        for k in range(copies):
            title = [w for w in article.title.split() if rng.random() > drop] or [article.title]
            body = [w for w in article.body.split() if rng.random() > drop]
            copy_id = f"{article.id}~{k}"
            more.append(
                dataclasses.replace(article, id=copy_id, title=" ".join(title), body=" ".join(body))
            )
            bigger[copy_id] = truth[article.id]
    return more, bigger


def _scored(event: str, which: str) -> bool:
    """Whether ``event``'s articles are scored: its half, or with "all" every labelled one."""
    return which == "all" or part(event) == which


def cluster_scores(
    clusters: Clusters, truth: dict[str, str], which: str, ignore: frozenset[str] = frozenset()
) -> dict[str, float]:
    """BCubed precision/recall/F1 and pairwise precision over the labelled articles of ``which``.

    A distractor or an article of another event in a cluster counts against it; the
    number of distractors put in a cluster with a ``which`` article is reported too.
    Articles in ``ignore`` (labelled "unsure") are taken out of the clusters and the
    events first: they are in no figure.

    With ``which`` "all" (the full-text slices, every article labelled) an article of an
    event of one, labelled alone, is its own event: a story joining it to any other counts
    in BCubed and pair precision. Its recall is 1 whatever the grouping, so BCubed recall
    averages over the articles of events of 2+ only (counting the alone ones would only
    dilute it). The halves of AllSides have no event of one.
    """
    members: dict[str, list[str]] = defaultdict(list)
    for article_id, cluster in clusters.items():
        if article_id not in ignore:
            members[cluster].append(article_id)
    event_size = Counter(e for a, e in truth.items() if a not in ignore)
    precision, recall = [], []
    right = wrong = distractors = 0
    for group in members.values():
        mine = [a for a in group if a in truth and _scored(truth[a], which)]
        if not mine:
            continue
        for a in mine:
            same = sum(1 for b in group if truth.get(b) == truth[a])
            precision.append(same / len(group))
            if which != "all" or event_size[truth[a]] >= 2:
                recall.append(same / event_size[truth[a]])
        for x, a in enumerate(mine):
            for b in mine[x + 1 :]:
                right += truth[a] == truth[b]
                wrong += truth[a] != truth[b]
        others = [b for b in group if b not in mine]
        wrong += len(mine) * len(others)
        distractors += sum(1 for b in others if b not in truth)
    p, r = float(np.mean(precision)), float(np.mean(recall))
    return {
        "precision": p,
        "recall": r,
        "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "pair_precision": right / (right + wrong) if right + wrong else 1.0,
        "distractors_merged": distractors,
    }


def related_scores(
    rank: Ranker, truth: dict[str, str], which: str, ignore: frozenset[str] = frozenset()
) -> dict[str, float]:
    """recall@2 and precision@1 of each labelled article's event-mates among all articles.

    recall@2 is the share of the two best places taken by event-mates (of the places
    that mates could fill: one for an event of two). Articles in ``ignore`` are skipped
    where they are ranked and are no one's mates; an article without mates is not scored.
    """
    events: dict[str, list[str]] = defaultdict(list)
    for article_id, event in truth.items():
        if article_id not in ignore:
            events[event].append(article_id)
    recall, precision = [], []
    for article_id, event in truth.items():
        if not _scored(event, which) or article_id in ignore:
            continue
        mates = set(events[event]) - {article_id}
        if not mates:
            continue
        top = [a for a in rank(article_id, 2 + len(ignore)) if a not in ignore][:2]
        recall.append(len(mates & set(top[:2])) / min(len(mates), 2))
        precision.append(bool(top) and top[0] in mates)
    return {"recall@2": float(np.mean(recall)), "precision@1": float(np.mean(precision))}


def model_clusters(model: StoryModel) -> Clusters:
    """Article id -> story id for every article of the model."""
    return {a: s.id for s in model.stories() for a in s.article_ids}


def evaluate(
    articles: list[StoryArticle], truth: dict[str, str], params: StoryParams
) -> dict[str, dict[str, float]]:
    """Scores of broadsheet's stories on both halves, and the time the build took."""
    started = time.perf_counter()
    model = StoryModel.build(articles, params=params)
    seconds = time.perf_counter() - started
    clusters = model_clusters(model)

    def rank(article_id: str, limit: int) -> list[str]:
        return [r.id for r in model.related(article_id, limit)]

    out = {}
    for which in ("tune", "held-out"):
        out[which] = {
            **cluster_scores(clusters, truth, which),
            **related_scores(rank, truth, which),
        }
    out["build"] = {"seconds": seconds, "articles": float(len(articles))}
    return out


def baseline(articles: list[StoryArticle], truth: dict[str, str]) -> dict[str, dict[str, float]]:
    """Plain TF-IDF cosine (whole title and body), single link within ±3 days; nearest neighbours.

    Its one threshold is the best F1 on the tuning half.
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from index.analysis import pairs as P
    from index.analysis import vectors as V

    ordered = sorted(articles, key=lambda a: a.id)
    vocab = V.Vocabulary()
    tokens = V.tokenize(vocab, [(a.title, a.body) for a in ordered], lead_words=None)
    counts = V.term_counts(tokens, len(ordered), vocab.stop_mask(), len(vocab), title_weight=1.0)
    df = np.bincount(counts.indices, minlength=len(vocab))
    rows = V.tfidf(counts, V.idf(df, len(ordered)))
    days = np.array([a.date.timestamp() / 86400 if a.date else np.nan for a in ordered])
    (i, j, s), neighbours, _ = P.window_scan(
        rows, days, window=3.0, decay=0.0, floor=0.0, keep=0.05, limit=2
    )
    ids = [a.id for a in ordered]
    n = len(ids)

    def clusters_at(threshold: float) -> Clusters:
        keep = s >= threshold
        graph = coo_matrix((np.ones(int(keep.sum())), (i[keep], j[keep])), shape=(n, n))
        _, label = connected_components(graph, directed=False)
        return {a: str(label[k]) for k, a in enumerate(ids)}

    sweep = [(t, cluster_scores(clusters_at(t), truth, "tune")) for t in np.arange(0.1, 0.6, 0.025)]
    threshold = max(sweep, key=lambda x: x[1]["F1"])[0]
    index = {a: k for k, a in enumerate(ids)}

    def rank(article_id: str, limit: int) -> list[str]:
        return [ids[k] for k in neighbours[index[article_id]][:limit] if k >= 0]

    chosen = clusters_at(threshold)
    out = {"threshold": {"value": float(threshold)}}
    for which in ("tune", "held-out"):
        out[which] = {**cluster_scores(chosen, truth, which), **related_scores(rank, truth, which)}
    return out


def tune(articles: list[StoryArticle], truth: dict[str, str]) -> StoryParams:
    """Sweep decay, threshold and attachment on the tuning half: the best F1 with pair
    precision >= 0.95 (an attachment floor of 1 means no attachment)."""
    from index.analysis.story_build import compare, group

    best: tuple[float, StoryParams] | None = None
    for decay in (0.35, 0.5, 0.7):
        ids, likeness = compare(articles, StoryParams(decay_per_day=decay))
        for threshold in np.arange(0.2, 0.4, 0.025):
            for floor in (0.15, 0.2, 1.0):
                params = StoryParams(
                    decay_per_day=decay, threshold=round(float(threshold), 3), attach_floor=floor
                )
                label = group(len(ids), likeness, params)
                clusters = {a: str(label[k]) for k, a in enumerate(ids)}
                scores = cluster_scores(clusters, truth, "tune")
                print(f"  decay {decay:.2f} threshold {threshold:.3f} attach {floor:.2f}  ", end="")
                print(_line(scores))
                if scores["pair_precision"] >= TARGETS["pair_precision"] and (
                    best is None or scores["F1"] > best[0]
                ):
                    best = (scores["F1"], params)
    chosen = best[1] if best else StoryParams()
    print(
        f"chosen on the tuning half: decay {chosen.decay_per_day}, threshold "
        f"{chosen.threshold}, attachment floor {chosen.attach_floor}"
    )
    return chosen


def _line(scores: dict[str, float]) -> str:
    return "  ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in scores.items()
    )


def report(ours: dict[str, dict[str, float]], base: dict[str, dict[str, float]]) -> None:
    """Print the held-out figures next to the targets and the baseline."""
    keys = (
        "precision",
        "recall",
        "F1",
        "pair_precision",
        "distractors_merged",
        "recall@2",
        "precision@1",
    )
    print(f"{'held-out':<20}{'broadsheet':>12}{'baseline':>12}{'target':>10}")
    for key in keys:
        target = TARGETS.get(key)
        print(
            f"{key:<20}{ours['held-out'][key]:>12.3f}{base['held-out'][key]:>12.3f}"
            + (f"{target:>10.2f}" if target else "")
        )
    print(f"(tuning half: broadsheet {_line(ours['tune'])})")
    print(f"(baseline threshold chosen on the tuning half: {base['threshold']['value']:.3f})")
    print(f"(build: {ours['build']['articles']:.0f} articles in {ours['build']['seconds']:.2f} s)")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_eval", description=__doc__)
    parser.add_argument(
        "--corpora", type=Path, default=CORPORA, help="folder of the shared corpora"
    )
    parser.add_argument(
        "--tune", action="store_true", help="sweep the parameters on the tuning half"
    )
    parser.add_argument(
        "--no-shift", action="store_true", help="leave the distractors at their own dates"
    )
    parser.add_argument(
        "--scale", type=int, nargs="?", const=100_000, help="measure speed at this size"
    )
    parser.add_argument(
        "--errors",
        nargs="?",
        const="tune",
        choices=("tune", "held-out"),
        help="count where the stories of one half go wrong (numbers only), then stop",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.scale:
        from bench.stories_scale import main as scale

        return scale(args.corpora, args.scale)
    if not (args.corpora / LABELLED).exists():
        print(f"no labelled corpus at {args.corpora / LABELLED}", file=sys.stderr)
        return 2
    articles, truth = load(args.corpora, shift=not args.no_shift)
    print(
        f"{len(truth)} labelled articles in {len(set(truth.values()))} events, "
        f"{len(articles) - len(truth)} distractors"
    )
    params = tune(articles, truth) if args.tune else StoryParams()
    if args.errors:
        from bench.stories_checks import errors

        errors(args.corpora, articles, truth, params, args.errors)
        return 0
    report(evaluate(articles, truth, params), baseline(articles, truth))
    print("\nthe same, every event enlarged with 3 reworded copies of each article:")
    report(evaluate(*enlarge(articles, truth), params), baseline(*enlarge(articles, truth)))
    if (args.corpora / "newsarticles.jsonl").exists():
        from bench.stories_checks import print_full_text

        print()
        print_full_text(args.corpora, params)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
