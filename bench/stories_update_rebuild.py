"""`python -m bench.stories_update_rebuild`: stories grown by updates against a rebuild.

A user's corpus grows by `index update`; a later `index rebuild` of the same files groups
every article at once. Issue 16 promises that stories survive both, and a new user (nu33)
saw a followed story lose half its articles to a rebuild. This measures how far the two
paths part, on the labelled events of ``allsides_stories.jsonl`` with some of
``newsarticles.jsonl`` as distractors (moved into the labelled period, as
`bench.stories_eval` moves them):

1. the records, oldest first, are written as ``.jsonl`` batch files into a folder: the
   first ``--first`` share (60%) as one file, indexed by a rebuild, then the rest in
   ``--batches`` files, each added and indexed by an update (the grown index, A);
2. the folder is copied and the copy rebuilt from nothing (B); the grown index is then
   rebuilt in place (C: the rebuild a user runs, which knows the previous stories).

Printed: the pairs of articles together in one partition and apart in the other, BCubed
of A against B, and each against the labels (BCubed F1 and pairwise precision over the
labelled events of two or more articles); then, for a rebuild in place (A to C), how many
of A's stories of two or more keep their id in C, how many articles of those stories are
in the story of that id afterwards, and the "followed" view: of the articles of each
story of A, how many are still in the story of its id in C (or, when the id is gone,
nowhere). Only the stories kind is built (quotes and copies are not asked for: they do not
change what is measured). ``--seed`` shuffles which records go in which update batch
(oldest first by default, as a feed adds them).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.stories_eval import CORPORA, DISTRACTORS, LABELLED, SHIFT, cluster_scores

Clusters = dict[str, str]


def records(corpora: Path, distractors: int) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The labelled records and the first ``distractors`` others (dates moved), oldest
    first (undated last, then by id); and each labelled record's event."""
    out: list[dict[str, Any]] = []
    truth: dict[str, str] = {}
    with open(corpora / LABELLED, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                truth[row["id"]] = str(row["story"])
                out.append({k: row[k] for k in ("id", "title", "source", "date", "url", "body")})
    path = corpora / DISTRACTORS
    if distractors and path.exists():
        from datetime import datetime

        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if len(out) - len(truth) >= distractors:
                    break
                if not line.strip():
                    continue
                row = json.loads(line)
                date = row.get("date")
                if date:
                    moved = datetime.fromisoformat(date[:19]) + SHIFT
                    date = moved.isoformat() if "T" in date else moved.date().isoformat()
                out.append(
                    {
                        "id": f"d-{row['id']}",
                        "title": row.get("title") or "",
                        "source": row.get("source"),
                        "date": date,
                        "url": row.get("url"),
                        "body": row["body"],
                    }
                )
    out.sort(key=lambda r: (not r["date"], r["date"] or "", r["id"]))
    return out, truth


def batches(rows: list[dict[str, Any]], first: float, count: int, seed: int | None) -> list[list]:
    """The first ``first`` share of ``rows``, then the rest in ``count`` batches (shuffled
    between them by ``seed`` when given; oldest first otherwise)."""
    cut = int(len(rows) * first)
    head, rest = rows[:cut], rows[cut:]
    if seed is not None:
        rest = rest[:]
        random.Random(seed).shuffle(rest)
    size = -(-len(rest) // count)
    return [head] + [rest[k : k + size] for k in range(0, len(rest), size)]


def write_batch(folder: Path, number: int, rows: Iterable[dict[str, Any]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"batch{number:02d}.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")


def library(corpus: Path, index_dir: Path) -> Any:
    """A library building the stories only, in this process."""
    from index.derived import Deferred
    from index.library import Library

    stories = Deferred("stories", "index.analysis.story_derived:StoriesDerived")
    return Library(corpus, index_dir, derived=[stories], procs=1)


def partition(index_dir: Path) -> tuple[Clusters, dict[str, list[str]]]:
    """Article id -> story id of the live generation's stories, and each story's articles."""
    from index.analysis.stories import StoryModel
    from index.store.generations import current_generation

    generation = current_generation(index_dir)
    assert generation is not None
    model = StoryModel.load(generation / "stories")
    clusters = {a: s.id for s in model.stories() for a in s.article_ids}
    members: dict[str, list[str]] = defaultdict(list)
    for article, story in clusters.items():
        members[story].append(article)
    return clusters, dict(members)


def plain_id(article: str) -> str:
    """The record id of an article id (``batch03.jsonl#as-1-left`` or the bare id)."""
    return article.rsplit("#", 1)[-1]


def pairs(clusters: Clusters) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for article, story in clusters.items():
        groups[story].append(article)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(g, 2)}  # type: ignore[misc]


def bcubed(found: Clusters, truth: Clusters) -> dict[str, float]:
    """BCubed precision, recall and F1 of ``found`` against ``truth`` (same articles)."""
    size_found = Counter(found.values())
    size_truth = Counter(truth.values())
    both = Counter((found[a], truth[a]) for a in found)
    p = sum(both[(found[a], truth[a])] / size_found[found[a]] for a in found) / len(found)
    r = sum(both[(found[a], truth[a])] / size_truth[truth[a]] for a in found) / len(found)
    return {"precision": p, "recall": r, "F1": 2 * p * r / (p + r)}


def kept(before: dict[str, list[str]], after: Clusters) -> dict[str, float]:
    """What a follower of each story of two or more of ``before`` finds in ``after``."""
    stories = followed = held = moved = gone = 0
    for story, articles in before.items():
        if len(articles) < 2:
            continue
        stories += 1
        now = [a for a in articles if after.get(a) == story]
        followed += story in set(after.values())
        held += len(now)
        gone += sum(1 for a in articles if a not in after)
        moved += len(articles) - len(now) - sum(1 for a in articles if a not in after)
    total = sum(len(a) for a in before.values() if len(a) >= 2)
    return {
        "stories": stories,
        "ids_kept": followed,
        "articles": total,
        "still_in": held,
        "moved": moved,
        "gone": gone,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_update_rebuild")
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--distractors", type=int, default=600)
    parser.add_argument("--first", type=float, default=0.6)
    parser.add_argument("--batches", type=int, default=4)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="work here, left afterwards")
    args = parser.parse_args(argv)
    rows, truth = records(args.corpora, args.distractors)
    work = args.keep or Path(tempfile.mkdtemp(prefix="stories_update_rebuild."))
    grown, copy = work / "grown", work / "copy"
    for folder in (grown, copy, work / "grown.idx", work / "copy.idx"):
        shutil.rmtree(folder, ignore_errors=True)
    try:
        parts = batches(rows, args.first, args.batches, args.seed)
        seconds = []
        for number, batch in enumerate(parts):
            write_batch(grown, number, batch)
            lib = library(grown, work / "grown.idx")
            started = time.perf_counter()
            lib.rebuild() if number == 0 else lib.update()
            seconds.append(time.perf_counter() - started)
        a_clusters, a_members = partition(work / "grown.idx")
        (work / "grown.json").write_text(json.dumps(a_clusters), encoding="utf-8")
        shutil.copytree(grown, copy)
        library(copy, work / "copy.idx").rebuild()
        b_clusters, _ = partition(work / "copy.idx")
        library(grown, work / "grown.idx").rebuild()
        c_clusters, _ = partition(work / "grown.idx")
        report(rows, truth, parts, seconds, (a_clusters, a_members), b_clusters, c_clusters)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def report(
    rows: list[dict[str, Any]],
    truth: dict[str, str],
    parts: list[list],
    seconds: list[float],
    grown: tuple[Clusters, dict[str, list[str]]],
    fresh: Clusters,
    again: Clusters,
) -> None:
    a, members = grown
    labels = {k: truth[plain_id(k)] for k in a if plain_id(k) in truth}
    sizes = ", ".join(str(len(p)) for p in parts)
    print(f"{len(rows):,} records ({len(truth):,} labelled) in batches of {sizes}")
    print("build seconds: " + ", ".join(f"{s:.1f}" for s in seconds))
    pa, pb = pairs(a), pairs(fresh)
    print(f"stories: grown {len(set(a.values())):,}, rebuilt {len(set(fresh.values())):,}")
    print(f"pairs together: grown {len(pa):,}, rebuilt {len(pb):,}, both {len(pa & pb):,}")
    print(f"  only grown {len(pa - pb):,}, only rebuilt {len(pb - pa):,}")
    same = bcubed(a, fresh)
    print("BCubed grown vs rebuilt: " + _line(same))
    for name, clusters in (("grown", a), ("rebuilt", fresh), ("rebuilt in place", again)):
        plain = {plain_id(k): v for k, v in clusters.items()}
        scores = cluster_scores(plain, {plain_id(k): v for k, v in labels.items()}, "all")
        print(f"labels, {name}: " + _line(scores))
    print("rebuilt in place, grown's stories of 2+: " + _line(kept(members, again)))
    same_ids = sum(1 for k in a if again.get(k) == a[k])
    print(f"articles in a story of the same id after the rebuild in place: {same_ids:,}/{len(a):,}")


def _line(values: dict[str, float]) -> str:
    return ", ".join(
        f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v:,}" for k, v in values.items()
    )


if __name__ == "__main__":
    sys.exit(main())
