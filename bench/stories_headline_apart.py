"""`python -m bench.stories_headline_apart`: two full texts whose headlines share no word, as
a cue that they tell different developments of one saga (st79, issue 16; an experiment, not
a rule of the index).

Slice C's 15 wrong pairs (`python -m bench.stories_checks --labels
tests/data/story_labels_c.jsonl --joins`) are one day's developments of a saga told by the
saga's words: the DOJ deadline, the press secretary's gloss and the adviser's microwave
remark on one wiretap claim; a protest's shots, a documentary's video and the prosecutor's
answer in Ferguson; a Dutch election preview beside the TV debate. A reader tells them apart
by the headline, which says what happened. Cues, per pair (``--cue``):

- ``bare``: the headlines share no stem (`words.STOPWORDS` aside);
- ``actors``: `bench.stories_actors.apart` (each headline names someone the other's headline
  and lead never name; st73);
- ``both``: ``bare`` and ``actors``;
- ``outlet``: ``bare``, and the two are of one outlet on one day (an outlet tells one event
  once a day; its second full text that day, headed otherwise, is another development);
- ``day``: ``both``, and the two are of one day (every one of C's wrong pairs is).

A pair counts ``--factor`` times its likeness before the clustering's lifts, only when both
bodies have at least ``--least`` words (300: `StoryParams.long_words`, so no AllSides opening
is ever weighed). `story_build.build` and `story_build.group` are watched to do it (the outer
call: rows as built, before near copies fold). Scores are `bench.stories_checks.full_text`'s
on each labels file given, ``--allsides`` both AllSides halves (`bench.stories_eval.evaluate`);
figures only, no text.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_actors import Actors, actors, apart, score_sets, watching
from bench.stories_checks import TUNING_LABELS
from bench.stories_eval import CORPORA
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_length import words_of
from index.analysis.vectors import _words
from index.analysis.words import STOPWORDS, stem

Row = tuple[frozenset[str], Actors | None, str, str, int]
"""An article's headline stems, its `Actors` (None unless asked), outlet, day and words."""

_state: dict[str, Any] = {"factor": 1.0, "hits": 0, "cue": "bare", "least": 300}


def headline_stems(title: str) -> frozenset[str]:
    """The stems of a headline's words, stopwords and single letters aside."""
    return frozenset(stem(w) for w in _words(title) if w not in STOPWORDS and len(w) > 1)


def rows_of(articles: Sequence[StoryArticle], cue: str) -> list[Row]:
    """A `Row` per article (actors read only for the cues that ask them)."""
    found: list[Actors | None] = (
        list(actors(articles)) if cue in ("actors", "both", "day") else [None] * len(articles)
    )
    return [
        (
            headline_stems(a.title or ""),
            who,
            a.source or "",
            a.date.strftime("%Y-%m-%d") if a.date else "",
            words_of(a),
        )
        for a, who in zip(articles, found, strict=True)
    ]


def _bare(a: Row, b: Row) -> bool:
    return bool(a[0]) and bool(b[0]) and not a[0] & b[0]


CUES: dict[str, Callable[[Row, Row], bool]] = {
    "bare": _bare,
    "actors": lambda a, b: apart(a[1], b[1]),  # type: ignore[arg-type]
    "both": lambda a, b: _bare(a, b) and apart(a[1], b[1]),  # type: ignore[arg-type]
    "outlet": lambda a, b: _bare(a, b) and bool(a[2]) and a[2:4] == b[2:4],
    "day": lambda a, b: _bare(a, b) and bool(a[3]) and a[3] == b[3] and apart(a[1], b[1]),  # type: ignore[arg-type]
}


def weighed(pairs: Any, found: Sequence[Row], cue: str, factor: float, least: int) -> Any:
    """``pairs`` (rows of ``found``) with each pair of two bodies of ``least`` words or more
    on which ``cue`` fires counting ``factor`` times."""
    i, j, s = pairs
    test = CUES[cue]
    hit = np.array(
        [
            found[a][4] >= least and found[b][4] >= least and test(found[a], found[b])
            for a, b in zip(i.tolist(), j.tolist(), strict=True)
        ],
        bool,
    )
    _state["hits"] += int(hit.sum())
    return i, j, np.where(hit, s * np.float32(factor), s).astype(s.dtype, copy=False)


@contextmanager
def watched() -> Iterator[None]:
    """`story_build` patched while inside: the pairs the cue fires on count the factor."""

    def prepare(ordered: Sequence[StoryArticle], params: StoryParams) -> Any:
        return None if _state["factor"] == 1.0 else rows_of(ordered, _state["cue"])

    def weigh(likeness: Any, found: Sequence[Row]) -> Any:
        return weighed(likeness, found, _state["cue"], _state["factor"], _state["least"])

    with watching(prepare, weigh):
        yield


def sweep(
    sets: Sequence[tuple[str, Callable[[], str]]],
    state: dict[str, Any],
    cues: Sequence[str],
    leasts: Sequence[int],
    factors: Sequence[float],
) -> None:
    """Print each set's scores at every cue, least and factor (each set in ``state``, which
    a watched build reads, with the pairs it weighed), then set the factor back to 1."""
    for cue in cues:
        for least in leasts:
            for factor in factors:
                state.update(cue=cue, least=least, factor=factor)
                for name, scores in sets:
                    state["hits"] = 0
                    line = scores()
                    print(
                        f"{name} {cue} least {least} x{factor}: {line} "
                        f"(pairs weighed {state['hits']})",
                        flush=True,
                    )
    state["factor"] = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.stories_headline_apart", description=__doc__
    )
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--labels", type=Path, nargs="+", default=[TUNING_LABELS])
    parser.add_argument("--cue", nargs="+", default=["bare"], choices=sorted(CUES))
    parser.add_argument("--factor", type=float, nargs="+", default=[1.0, 0.7])
    parser.add_argument("--least", type=int, nargs="+", default=[300], help="body words, both")
    parser.add_argument("--allsides", action="store_true", help="the AllSides halves instead")
    args = parser.parse_args(argv)
    sets = score_sets(args.corpora, args.labels, args.allsides)
    with watched():
        sweep(sets, _state, args.cue, args.least, args.factor)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
