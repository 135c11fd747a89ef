"""`python -m bench.stories_series_cuts`: st91's cuts of the build's headline cues, timed.

`story_places.places` and `story_tickers.tickers` against copies of them before st91 (the
oracles of `tests/analysis/test_build_cuts_st91.py`) on the articles of
`bench.stories_build_distinct` (``--size``, 10% undated): CPU s of each, alternated,
``--runs`` times, the word cache of `story_places` emptied before each run (a build meets
it cold), and whether the answers are the same.
"""

from __future__ import annotations

import argparse
import os
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_update_undated import articles
from index.analysis import story_places as PL
from index.analysis.story_tickers import tickers
from tests.analysis.test_build_cuts_st91 import _old_country_keys, _old_tickers


def _old_places(built: list[Any]) -> np.ndarray:
    masks = []
    for article in built:
        mask = 0
        for key in _old_country_keys(article.title):
            mask |= 1 << (zlib.crc32(key.encode()) % 63)
        masks.append(mask)
    return np.array(masks, dtype=np.int64)


def _timed(function: Callable[[Any], np.ndarray], built: list[Any]) -> tuple[float, np.ndarray]:
    PL._word_key.cache_clear()
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
    for name, old, new in (("places", _old_places, PL.places), ("tickers", _old_tickers, tickers)):
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
