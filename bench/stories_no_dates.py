"""Stories on a corpus with no dates at all (a folder of text files that give none): the
AllSides labelled articles alone, scored as dated and again with every date and address
removed (the address dates a record: st50), on the same halves as `bench.stories_eval`.
rv73 (2026-12-06) measured the loss: it is the dates', not the method's.

    python -m bench.stories_no_dates [--corpora ../shared/corpora]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path

from bench.stories_eval import CORPORA, evaluate, load
from index.analysis.stories import StoryParams


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    args = parser.parse_args()
    articles, truth = load(args.corpora)
    labelled = [a for a in articles if a.id in truth]
    undated = [dataclasses.replace(a, date=None, url=None) for a in labelled]
    for name, chosen in (("dated", labelled), ("no dates, no addresses", undated)):
        out = evaluate(chosen, truth, StoryParams())
        figures = {half: {k: round(v, 3) for k, v in d.items()} for half, d in out.items()}
        print(name, json.dumps(figures))


if __name__ == "__main__":
    main()
