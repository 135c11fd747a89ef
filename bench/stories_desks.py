"""`python -m bench.stories_desks`: the desk an article's address names (a feature, an
opinion column, a contributor's blog) as a cue that it reports no event (st88, issue 16; the
sweep that chose `StoryParams.desk_factor`, `story_genre.desk_weigh`).

A reader sees the section before the words: a piece under Al Jazeera's ``/indepth/features/``
or ``/indepth/opinion/``, HuffPost's contributor blogs (``..._b_14718484.html``), a paper's
``/opinions/`` or ``/blogs/`` is an essay on a subject, not the day's report of a happening.
The labels agree: of the old week's articles under such an address (`DESK_ADDRESS`),
30 of 32 not unsure are labelled alone, slice C's 11 of 11 (``--scan``: the address only).
`story_genre` already marked opinion addresses, but weighs only an opinion piece's pair with
a dated news report (x `StoryParams.genre_factor`); a feature beside an undated report, or
two features on one subject (the old week's two Iran essays, a Mosul essay with the day's
Mosul report, a contributor's DeVos column with a DeVos report), joined as any two full
texts do. Cues, per pair (``--cue``):

- ``any``: either article is a desk piece;
- ``one``: exactly one is;
- ``both``: both are.

A pair counts ``--factor`` times its likeness before the clustering's lifts when the cue
fires and both bodies have at least ``--least`` words (300: `StoryParams.long_words`, so no
AllSides opening is ever weighed); a near copy (likeness >= `story_genre.COPY`) never.
`story_build.build` and `story_build.group` are watched to do it (`bench.stories_actors.watching`).
The sweep runs at `StoryParams` with ``desk_factor`` 1 (the index's own rule off), so the
cue alone weighs; ``--index F ...`` instead scores the index's rule (`story_genre.desk_weigh`,
adopted at 0.7: ``any``, least 300) at each ``desk_factor`` F, unwatched.
Scores are `bench.stories_checks.full_text`'s on each labels file given, ``--allsides`` both
AllSides halves (`bench.stories_eval.evaluate`); ``--scan`` counts desk pieces by label
instead (tuning files only: ids of a held-out file's labels are not to be read). Figures
and ids only, no text.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_actors import score_sets, watching
from bench.stories_checks import FULL_TEXT_LABELS, TUNING_LABELS
from bench.stories_eval import CORPORA, read
from bench.stories_headline_apart import sweep
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_genre import COPY, DESK_ADDRESS
from index.analysis.story_length import words_of

Row = tuple[bool, int]
"""An article's desk flag and its body's words."""

_state: dict[str, Any] = {"factor": 1.0, "hits": 0, "cue": "any", "least": 300}


def desk(url: str | None) -> bool:
    """Whether an address names a desk of essays (`story_genre.DESK_ADDRESS`)."""
    return bool(url) and DESK_ADDRESS.search(url or "") is not None


CUES: dict[str, Callable[[bool, bool], bool]] = {
    "any": lambda a, b: a or b,
    "one": lambda a, b: a != b,
    "both": lambda a, b: a and b,
}


def rows_of(articles: Sequence[StoryArticle]) -> list[Row]:
    """A `Row` per article."""
    return [(desk(a.url), words_of(a)) for a in articles]


def weighed(pairs: Any, found: Sequence[Row], cue: str, factor: float, least: int) -> Any:
    """``pairs`` (rows of ``found``) with each pair of two bodies of ``least`` words or more
    on which ``cue`` fires counting ``factor`` times (near copies kept)."""
    i, j, s = pairs
    test = CUES[cue]
    hit = np.array(
        [
            found[a][1] >= least and found[b][1] >= least and test(found[a][0], found[b][0])
            for a, b in zip(i.tolist(), j.tolist(), strict=True)
        ],
        bool,
    )
    if len(hit):
        hit &= s < COPY
    _state["hits"] += int(hit.sum())
    return i, j, np.where(hit, s * np.float32(factor), s).astype(s.dtype, copy=False)


@contextmanager
def watched() -> Iterator[None]:
    """`story_build` patched while inside: the pairs the cue fires on count the factor."""

    def prepare(ordered: Sequence[StoryArticle], params: StoryParams) -> Any:
        return None if _state["factor"] == 1.0 else rows_of(ordered)

    def weigh(likeness: Any, found: Sequence[Row]) -> Any:
        return weighed(likeness, found, _state["cue"], _state["factor"], _state["least"])

    with watching(prepare, weigh):
        yield


def scan(corpora: Path, labels: Path) -> str:
    """Desk pieces of a labels file's slices by label (alone, event, unsure), and the events
    holding one (ids)."""
    truth: dict[str, str] = {}
    unsure: set[str] = set()
    slices = set()
    for line in labels.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        slices.add(tuple(record["slice"]))
        unsure.update(record.get("unsure", []))
        truth.update(dict.fromkeys(record.get("articles", []), str(record.get("event"))))
    counts: Counter[tuple[bool, str]] = Counter()
    events = []
    for a in read(corpora / "newsarticles.jsonl"):
        day = a.date.strftime("%Y-%m-%d") if a.date else ""
        if not any(first <= day <= last for first, last in slices):
            continue
        kind = "unsure" if a.id in unsure else ("event" if a.id in truth else "alone")
        counts[(desk(a.url), kind)] += 1
        if desk(a.url) and kind == "event":
            events.append(f"{a.id} {truth[a.id]}")
    line = " ".join(f"{'desk' if d else 'other'}/{k} {n}" for (d, k), n in sorted(counts.items()))
    return f"{labels.name}: {line}; desk pieces in events: {', '.join(events) or 'none'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_desks", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--labels", type=Path, nargs="+", default=[TUNING_LABELS])
    parser.add_argument("--cue", nargs="+", default=["any"], choices=sorted(CUES))
    parser.add_argument("--factor", type=float, nargs="+", default=[1.0, 0.7])
    parser.add_argument("--least", type=int, nargs="+", default=[300], help="body words, both")
    parser.add_argument("--allsides", action="store_true", help="the AllSides halves instead")
    parser.add_argument("--scan", action="store_true", help="count desk pieces by label")
    parser.add_argument("--index", type=float, nargs="+", help="the index's rule at these factors")
    args = parser.parse_args(argv)
    if args.scan:
        for file in args.labels:
            if file.resolve() not in (TUNING_LABELS.resolve(), FULL_TEXT_LABELS.resolve()):
                print(f"{file.name}: held out, not scanned")
                continue
            print(scan(args.corpora, file))
        return 0
    if args.index:
        for factor in args.index:
            params = StoryParams(desk_factor=factor)
            for name, scores in score_sets(args.corpora, args.labels, args.allsides, params):
                print(f"{name} index desk_factor {factor}: {scores()}", flush=True)
        return 0
    sets = score_sets(args.corpora, args.labels, args.allsides, StoryParams(desk_factor=1.0))
    with watched():
        sweep(sets, _state, args.cue, args.least, args.factor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
