"""`python -m bench.stories_series`: the stories that a daily series' evidence joins (st44).

`story_daily` counts one outlet's same headline form on different UTC days as a daily
report only when the form is on `SERIES_DAYS` or more days, or filed twice at the same
hour of the day (`SAME_HOUR`). This builds the whole of ``reuters21578.jsonl`` twice, with
that rule and with the one before it (any two days a series: `SAME_HOUR` 1440), and lists
each story of the rule that holds articles of two or more stories of the old one: its
id, and its articles' ids, dates and old stories (ids only, no corpus text).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bench.stories_eval import CORPORA, model_clusters
from bench.stories_wires import whole_file
from index.analysis import story_daily
from index.analysis.stories import StoryModel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_series", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args(argv)
    articles = whole_file(args.corpora)
    dated = {a.id: a.date for a in articles}
    new = model_clusters(StoryModel.build(articles))
    kept = story_daily.SAME_HOUR
    story_daily.SAME_HOUR = 1440
    try:
        old = model_clusters(StoryModel.build(articles))
    finally:
        story_daily.SAME_HOUR = kept
    held: dict[str, set[str]] = defaultdict(set)
    for article_id, story in new.items():
        held[story].add(old[article_id])
    joined = sorted(story for story, olds in held.items() if len(olds) > 1)
    for story in joined:
        members = sorted((a for a in new if new[a] == story), key=lambda a: (str(dated[a]), a))
        print(f"{story}: {len(held[story])} stories before")
        for article_id in members:
            print(f"  {article_id}  {dated[article_id]}  {old[article_id]}")
    print(f"{len(set(old.values())):,} stories before, {len(set(new.values())):,} now; ", end="")
    print(f"{len(joined)} stories join two or more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
