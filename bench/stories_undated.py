"""`python -m bench.stories_undated`: do undated articles join their dated story-mates?

The labelled AllSides events (with the newsarticles distractors, as `stories_eval`) have
the date taken off a fixed share of their articles (``undated``: by a hash of the id).
The stories are built once with the undated rule off; the rule (`story_undated.attach`)
is then swept over ``undated_floor`` and ``undated_margin`` on the tuning half, and the
chosen setting reported on the held-out half: how many undated articles (whose event
has a dated article) join the right story, the pairwise precision of those joins (each
joined article with every dated article of its story), and the dated articles' BCubed F1
and pairwise precision, which the rule must leave as they were.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from bench.stories_eval import CORPORA, cluster_scores, load, part, related_scores
from index.analysis import pairs as P
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.text.address_date import address_date

SHARE = 3
"""Tenths of the labelled articles whose date is taken off."""


def undated(article_id: str) -> bool:
    """Whether this labelled article is read without its date (fixed by a hash of its id)."""
    return hashlib.sha1(article_id.encode()).digest()[0] % 10 < SHARE


def undate(
    articles: list[StoryArticle], truth: dict[str, str], address: bool = True
) -> list[StoryArticle]:
    """The corpus with the chosen labelled articles' date fields taken off, read as the
    ingest reads a record without one: dated by the day its address names, if any
    (`address_date`, st50); ``address`` False leaves them all undated (before st50)."""
    return [
        dataclasses.replace(a, date=address_date(a.url) if address else None)
        if a.id in truth and undated(a.id)
        else a
        for a in articles
    ]


def join_scores(
    labels: np.ndarray, ids: list[str], days: np.ndarray, truth: dict[str, str], which: str
) -> dict[str, float]:
    """Undated articles of ``which`` half that could join (their event has a dated article),
    those that joined a story with dated articles, rightly, and the joins' pair precision."""
    dated_events: dict[int, list[str]] = defaultdict(list)
    for k, a in enumerate(ids):
        if not np.isnan(days[k]):
            dated_events[int(labels[k])].append(truth.get(a, "?"))
    has_dated = {truth[a] for k, a in enumerate(ids) if a in truth and not np.isnan(days[k])}
    eligible = joined = right = good = bad = 0
    for k, a in enumerate(ids):
        if a not in truth or not np.isnan(days[k]) or part(truth[a]) != which:
            continue
        if truth[a] not in has_dated:
            continue
        eligible += 1
        mates = dated_events.get(int(labels[k]), [])
        if mates:
            joined += 1
            right += truth[a] in mates
            good += sum(m == truth[a] for m in mates)
            bad += sum(m != truth[a] for m in mates)
    return {
        "eligible": eligible,
        "joined": joined,
        "right": right,
        "join_pair_precision": good / (good + bad) if good + bad else 1.0,
    }


def setup(
    corpora: Path,
) -> tuple[
    list[StoryArticle], dict[str, str], StoryModel, list[str], np.ndarray, np.ndarray, P.Pairs
]:
    """The corpus with some dates taken off, its truth, the stories built with the undated
    rule off, the ids in canonical order, their times and story numbers, and the cross
    pairs of undated and dated articles (near copies left out: they join regardless)."""
    from index.analysis import story_undated as U
    from index.analysis.story_build import _canonical, _days, tokens_for
    from index.analysis.vectors import Vocabulary, idf, term_counts, tfidf

    articles, truth = load(corpora)
    articles = undate(articles, truth)
    model = StoryModel.build(articles, params=StoryParams(undated_floor=float("inf")))
    ordered = _canonical(articles)
    ids = [a.id for a in ordered]
    n = len(ids)
    story_of = {a: s.id for s in model.stories() for a in s.article_ids}
    names = {sid: k for k, sid in enumerate(sorted(set(story_of.values())))}
    base = np.array([names[story_of[a]] for a in ids], dtype=np.int64)
    vocab = Vocabulary()
    counts = term_counts(tokens_for(vocab, ordered), n, vocab.stop_mask(), len(vocab))
    rows = tfidf(counts, idf(np.bincount(counts.indices, minlength=len(vocab)), n))
    days = np.array([_days(a.date) for a in ordered])
    cross = U.cross_pairs(rows, days, P.scan_rows, StoryParams(), P.empty_pairs())
    return articles, truth, model, ids, days, base, cross


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(list(argv) if argv is not None else None)
    from index.analysis import story_undated as U

    articles, truth, model, ids, days, base, cross = setup(args.corpora)
    n = len(ids)
    story_of = {a: s.id for s in model.stories() for a in s.article_ids}
    without = {a for a in truth if undated(a)}
    print(f"{len(without)} of {len(truth)} labelled articles undated; {n} articles in all")
    best: tuple[int, float, float] | None = None
    for floor in (0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35):
        for margin in (1.0, 1.25, 1.4, 1.5, 1.6, 1.75, 1.9, 2.0, 3.0):
            params = StoryParams(undated_floor=floor, undated_margin=margin)
            scores = join_scores(U.attach(base, days, cross, params), ids, days, truth, "tune")
            print(f"  floor {floor:.3f} margin {margin:.1f}  {scores}")
            if scores["join_pair_precision"] >= 0.95 and (
                best is None or scores["right"] > best[0]
            ):
                best = (int(scores["right"]), floor, margin)
    assert best is not None
    print(f"chosen on the tuning half: undated_floor {best[1]}, undated_margin {best[2]}")
    defaults = StoryParams()
    for which in ("tune", "held-out"):
        got = join_scores(U.attach(base, days, cross, defaults), ids, days, truth, which)
        print(f"the defaults ({defaults.undated_floor}, {defaults.undated_margin}), {which}: {got}")
    model_on = StoryModel.build(articles, params=defaults)  # "rule on": as shipped
    labels = {a: s.id for s in model_on.stories() for a in s.article_ids}
    numbered = {sid: k for k, sid in enumerate(sorted(set(labels.values())))}
    chosen = np.array([numbered[labels[a]] for a in ids], dtype=np.int64)
    for which in ("tune", "held-out"):
        print(f"{which}: undated joins {join_scores(chosen, ids, days, truth, which)}")
        for name, clusters in (("rule off", story_of), ("rule on", labels)):
            dated = cluster_scores(clusters, truth, which, ignore=frozenset(without))
            print(
                f"  dated articles, {name}: " + "  ".join(f"{k} {v:.4f}" for k, v in dated.items())
            )
        for name, m in (("rule off", model), ("rule on", model_on)):

            def rank(article_id: str, limit: int, m: StoryModel = m) -> list[str]:
                return [r.id for r in m.related(article_id, limit)]

            undated_truth = {a: e for a, e in truth.items() if a in without}
            mates = Counter(truth.values())
            kept = {a: e for a, e in undated_truth.items() if mates[e] >= 2}
            got = related_scores(rank, truth, which)
            print(f"  related (all labelled), {name}: {got}")
            only = [a for a in kept if part(kept[a]) == which]
            hits = 0
            for a in only:
                top = rank(a, 2)
                hits += any(truth.get(b) == truth[a] for b in top)
            print(
                f"  related of undated articles, {name}: a mate in the top 2 for {hits}/{len(only)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
