"""`python -m bench.stories_series_cuts`: st91's cut of the build's ticker cues, timed.

`story_tickers.tickers` against a copy of it before st91 (the oracle of
`tests/analysis/test_build_cuts_st91.py`) on the articles of `bench.stories_build_distinct`
(``--size``, 10% undated): CPU s of each, alternated, ``--runs`` times, and whether the
answers are the same. (A word cache for `story_places.country_keys` was tried so too:
1.09 -> 1.39 CPU s, `functools.lru_cache` costing more than the lookups it saves.)
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_update_undated import articles
from index.analysis.story_tickers import tickers
from tests.analysis.test_build_cuts_st91 import _old_tickers


def _timed(function: Callable[[Any], np.ndarray], built: list[Any]) -> tuple[float, np.ndarray]:
    started = time.process_time()
    out = function(built)
    return time.process_time() - started, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    corpora = Path(os.environ.get("BROADSHEET_CORPORA", "../shared/corpora"))
    built, _ = articles(corpora, args.size, 0.1, distinct=True)
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    for name, old, new in (("tickers", _old_tickers, tickers),):
        times: dict[str, list[float]] = {"old": [], "new": []}
        answers: dict[str, np.ndarray] = {}
        for run in range(args.runs):
            sides = [("old", old), ("new", new)]
            for side, function in sides if run % 2 == 0 else sides[::-1]:
                used, answers[side] = _timed(function, built)
                times[side].append(used)
            same = answers["old"].tobytes() == answers["new"].tobytes()
            print(f"{name} run {run}: same {same}")
        print(
            f"{name}: old {sorted(times['old'])} new {sorted(times['new'])} CPU s; "
            f"medians {np.median(times['old']):.2f} -> {np.median(times['new']):.2f}"
        )
    print("load average: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
