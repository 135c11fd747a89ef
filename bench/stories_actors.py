"""`python -m bench.stories_actors`: two articles whose headlines each name someone the other
leaves out (st73, issue 16; an experiment, not a rule of the index).

Slice C's wrong pairs are a saga's same-day developments: the press secretary's briefing, the
committee's deadline for the Justice Department and the adviser's remark on one wiretap
claim; the Speaker's and the health secretary's interviews on one bill. Their leads share the
saga's actors and background; each headline names its own actor, whom the other's headline
and lead never name. An angle piece of one event usually names the event's actor in its lead
(a reaction piece quotes who reacted to what), so the cue is read both ways:

- ``A`` names someone in its headline none of whose words (first `PREFIX` letters, so
  "Pakistani" meets "Pakistan" and "Grammys" "Grammy") ``B``'s headline or first
  `LEAD_WORDS` body words name, and ``B`` names such a one for ``A``: the pair counts
  ``--factor`` times its likeness before the clustering's lifts (``--long``: only a pair
  of two full texts, `story_length.longs`, so AllSides' openings are never weighed).

Names are `entities.find_names`', read with one `entities.Lexicon` of every article built
(the slice's own casing: a headline's "Northeast" or "Thousands" is no name when the slice
writes it in lower case; per-article lexicons took them for names and lost the week's right
pairs); a country (`story_places.country_keys`) is no actor (places have their own rule).
`story_build.build` and `story_build.group` are watched to do it (the outer call: rows as
built, before near copies fold). Scores are `bench.stories_checks.full_text`'s on each labels
file given, ``--allsides`` both AllSides halves (`bench.stories_eval.evaluate`); figures
only, no text.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_checks import TUNING_LABELS, full_text
from bench.stories_eval import CORPORA, evaluate, load
from index.analysis import story_build
from index.analysis.entities import Lexicon, find_names
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_length import longs
from index.analysis.story_places import country_keys

PREFIX = 5
"""Letters of a name's word compared."""
LEAD_WORDS = 60
"""Body words read as the lead."""
Actors = tuple[frozenset[tuple[str, ...]], frozenset[str]]
"""An article's headline actors (each a name's words, cut to `PREFIX`) and every name word
of its headline and lead (cut alike)."""

_state: dict[str, Any] = {"factor": 1.0, "hits": 0, "long": None}


def actors(articles: Sequence[StoryArticle]) -> list[Actors]:
    """`Actors` of each article, read with one lexicon of them all."""
    lexicon = Lexicon.of(f"{a.title}\n{a.body}" for a in articles)
    out: list[Actors] = []
    for a in articles:
        title = find_names(a.title or "", lexicon)
        lead = find_names(" ".join((a.body or "").split()[:LEAD_WORDS]), lexicon)
        named = frozenset(
            tuple(w[:PREFIX] for w in m.key) for m in title if m.key and not country_keys(m.text)
        )
        words = frozenset(w[:PREFIX] for m in (*title, *lead) for w in m.key)
        out.append((named, words))
    return out


def apart(a: Actors, b: Actors) -> bool:
    """Whether each names in its headline someone the other's headline and lead do not."""

    def missing(named: frozenset[tuple[str, ...]], words: frozenset[str]) -> bool:
        return any(not set(name) & words for name in named)

    return missing(a[0], b[1]) and missing(b[0], a[1])


def weighed(
    pairs: Any, found: Sequence[Actors], factor: float, long: np.ndarray | None = None
) -> Any:
    """``pairs`` (rows of ``found``) with each pair `apart` counting ``factor`` times (with
    ``long``, each row's full-text flag: only pairs of two full texts)."""
    i, j, s = pairs
    hit = np.array(
        [apart(found[a], found[b]) for a, b in zip(i.tolist(), j.tolist(), strict=True)], bool
    )
    if long is not None and len(hit):
        hit &= long[i] & long[j]
    _state["hits"] += int(hit.sum())
    return i, j, np.where(hit, s * np.float32(factor), s).astype(s.dtype, copy=False)


@contextmanager
def watching(
    prepare: Callable[[Sequence[StoryArticle], StoryParams], Any],
    weigh: Callable[[Any, Any], Any],
) -> Iterator[None]:
    """`story_build` patched while inside: each build hands its articles (canonical order)
    and params to ``prepare``, and the outer `story_build.group` call (rows as built, before
    near copies fold) its pairs and what ``prepare`` gave, when not None and one a row, to
    ``weigh``, which returns the pairs to group."""
    kept_build, kept_group = story_build.build, story_build.group
    found: list[Any] = [None]

    def build(articles: Sequence[StoryArticle], *args: Any, **kwargs: Any) -> Any:
        params = args[0] if args else kwargs["params"]
        found[0] = prepare(story_build._canonical(articles), params)
        return kept_build(articles, *args, **kwargs)

    def group(n: int, likeness: Any, params: StoryParams, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("rank") is not None and found[0] is not None and len(found[0]) == n:
            likeness = weigh(likeness, found[0])
        return kept_group(n, likeness, params, *args, **kwargs)

    story_build.build = build
    story_build.group = group
    try:
        yield
    finally:
        story_build.build, story_build.group = kept_build, kept_group


@contextmanager
def watched() -> Iterator[None]:
    """`story_build` patched while inside: the pairs `apart` count ``_state["factor"]``."""

    def prepare(ordered: Sequence[StoryArticle], params: StoryParams) -> Any:
        if _state["factor"] == 1.0:
            return None
        _state["long_rows"] = longs(ordered, params.long_words)
        return actors(ordered)

    def weigh(likeness: Any, found: Sequence[Actors]) -> Any:
        long = _state["long_rows"] if _state["long"] else None
        return weighed(likeness, found, _state["factor"], long)

    with watching(prepare, weigh):
        yield


KEYS = ("F1", "precision", "recall", "pair_precision")


def _line(scores: dict[str, float], keys: Sequence[str] = KEYS) -> str:
    return " ".join(f"{k} {scores[k]:.3f}" for k in keys)


def score_sets(
    corpora: Path, labels: Sequence[Path], allsides: bool, params: StoryParams | None = None
) -> list[tuple[str, Callable[[], str]]]:
    """What a sweep scores, each a name and a call giving its line: both AllSides halves
    (``allsides``) or `full_text` on each labels file, at ``params`` (the default
    `StoryParams` unless told; the watched build weighs what the sweep sets)."""
    params = params or StoryParams()
    if allsides:
        labelled, events = load(corpora)

        def halves() -> str:
            found = evaluate(labelled, events, params)
            return "; ".join(f"{half} {_line(found[half])}" for half in ("tune", "held-out"))

        return [("AllSides", halves)]

    def one(file: Path) -> str:
        return _line(full_text(corpora, params, labels=file), (*KEYS, "recall@2", "precision@1"))

    return [(file.name, partial(one, file)) for file in labels]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_actors", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--labels", type=Path, nargs="+", default=[TUNING_LABELS])
    parser.add_argument("--factor", type=float, nargs="+", default=[1.0, 0.85])
    parser.add_argument("--allsides", action="store_true", help="the AllSides halves instead")
    parser.add_argument("--long", action="store_true", help="only pairs of two full texts")
    args = parser.parse_args(argv)
    sets = score_sets(args.corpora, args.labels, args.allsides)
    _state["long"] = args.long
    with watched():
        for factor in args.factor:
            _state["factor"] = factor
            for name, scores in sets:
                _state["hits"] = 0
                line = scores()
                print(f"{name} x{factor}: {line} (pairs weighed {_state['hits']})")
        _state["factor"] = 1.0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
