"""`python -m bench.stories_body_gate`: two full texts counted higher only when their whole
bodies agree, or share a rare term (st36, issue 16; an experiment, not a rule of the index).

`story_length` counts the likeness of two full texts `StoryParams.long_factor` times. Here
that factor is kept only for some pairs of two full texts; the others count ``--bare`` times
(1: plain likeness; under 1, a penalty):

- ``--gate body``: pairs whose whole-body TF-IDF cosine (title and every body word, IDF of
  the slice) reaches ``--cut``. The whole bodies are read in the bench alone (the index keeps
  only title and lead words);
- ``--gate rare``: pairs among `story_rare.rare_keys` (sharing a title-or-lead term of at
  most three articles of the slice); ``--cut`` is not read;
- ``--gate names`` / ``--gate places`` (ev36): pairs whose leads share rare names, or do not
  name different countries (`bench.stories_lead_cues`: ``--cut`` on its cue);
- ``--gate opening`` (st40): pairs whose openings (title and first ``--words`` body words)
  agree, cosine >= ``--cut`` (`bench.stories_opening`).

``--scope any`` (st40) gates every pair with a full text, one or both, not only pairs of two:
a pair of a full text and a short one outside the gate counts ``--bare`` times too.

`story_build.build`, `story_build.group` and `story_build.long_lift` (st54's name) are
watched to do it.
Scores are `bench.stories_checks.full_text`'s on the labels file given (the old week unless
told: the unseen slice is read once, with the kept setting); ``--wires`` scores the tuning
half of the Reuters wire labels instead (`bench.stories_wires`), ``--allsides`` both AllSides
halves (`bench.stories_eval.evaluate`). Figures only, no text.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from bench.stories_checks import FULL_TEXT_LABELS, full_text
from bench.stories_eval import CORPORA, cluster_scores, evaluate, load, model_clusters
from bench.stories_lead_cues import lead_names, name_overlap, place_agree
from bench.stories_opening import OPENING_WORDS, opening_cosine
from bench.stories_splits import _rows
from bench.stories_wires import wire_slice
from index.analysis import story_build
from index.analysis.stories import StoryArticle, StoryModel, StoryParams
from index.analysis.story_copies import originals
from index.analysis.story_length import COPY, MOST, lengthen

_state: dict[str, Any] = {"gate": "off", "scope": "long", "words": OPENING_WORDS}
CUES = ("body", "names", "places", "opening")
"""Gates read from a matrix of the articles (`_state["cos"]`); "rare" reads `rare_keys`."""
"""The setting (``gate``, ``cut``, ``bare``) and what the watched build found."""
KEYS = ("F1", "precision", "recall", "pair_precision")


def _allowed(pairs: Any, n: int, keys: np.ndarray) -> np.ndarray:
    """Whether each pair (of ``n`` rows) is among ``keys``."""
    i, j, _ = pairs
    asked = np.minimum(i, j).astype(np.int64) * n + np.maximum(i, j)
    if not len(keys):
        return np.zeros(len(asked), bool)
    at = np.minimum(np.searchsorted(keys, asked), len(keys) - 1)
    found: np.ndarray = keys[at] == asked
    return found


def gated(
    pairs: Any,
    long: np.ndarray | None,
    factor: float,
    keys: np.ndarray,
    bare: float,
    scope: str = "long",
) -> Any:
    """`story_length.lengthen` with its factor kept for the pairs among ``keys`` (sorted
    ``a * n + b``, ``a < b``, ``n = len(long)``); any other pair of two full texts (``scope``
    "any": of a full text and any other) counts ``bare`` times (below 1, a penalty), at most
    `story_length.MOST` (near copies as they are)."""
    raised = lengthen(pairs, long, factor)
    if long is None or not len(pairs[2]):
        return raised
    i, j, s = pairs
    held = (long[i] | long[j]) if scope == "any" else (long[i] & long[j])
    outside = held & (s < COPY) & ~_allowed(pairs, len(long), keys)
    other = np.minimum(s * np.float32(bare), np.float32(MOST))
    return i, j, np.where(outside, other, raised[2]).astype(s.dtype, copy=False)


def _reaching(cos: Any, kept: np.ndarray, cut: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs ``a < b`` of ``kept``'s rows (renumbered in its order) whose cue in ``cos``
    (a dense or, for a ``cut`` above 0, a sparse matrix of every row) reaches ``cut``."""
    if sp.issparse(cos):
        upper = sp.triu(sp.csr_matrix(cos)[kept][:, kept], 1).tocoo()
        hit = upper.data >= cut
        return upper.row[hit], upper.col[hit]
    found: tuple[np.ndarray, np.ndarray] = np.nonzero(np.triu(cos[np.ix_(kept, kept)] >= cut, 1))
    return found


@contextmanager
def watched() -> Iterator[None]:
    """`story_build` patched while inside (see the module's docstring), as `_state` says."""
    kept_build, kept_group, kept_lift = (
        story_build.build,
        story_build.group,
        story_build.long_lift,
    )

    def build(articles: Sequence[StoryArticle], *args: Any, **kwargs: Any) -> Any:
        ordered = story_build._canonical(articles)
        if _state["gate"] == "body":
            body = _rows(ordered, lead=False)
            _state["cos"] = (body @ body.T).toarray()
        elif _state["gate"] == "names":
            _state["cos"] = name_overlap(lead_names(ordered))
        elif _state["gate"] == "places":
            _state["cos"] = place_agree(ordered)
        elif _state["gate"] == "opening":
            _state["cos"] = opening_cosine(ordered, _state["words"])
        return kept_build(articles, *args, **kwargs)

    def group(n: int, likeness: Any, params: StoryParams, *args: Any, **kwargs: Any) -> Any:
        rank = kwargs.get("rank")
        if rank is not None and _state["gate"] in CUES:  # the outer call: rows as built
            original = originals(n, likeness, rank)
            kept = np.flatnonzero(original == np.arange(n))
            kept = kept[np.argsort(rank[kept], kind="stable")]
            a, b = _reaching(_state["cos"], kept, _state["cut"])
            _state["keys"] = np.sort(a.astype(np.int64) * len(kept) + b)
        elif rank is None and _state["gate"] == "rare":  # the inner call: its rare keys
            rare = args[1] if len(args) > 1 else None
            _state["keys"] = np.empty(0, np.int64) if rare is None else rare
        return kept_group(n, likeness, params, *args, **kwargs)

    def lifted(pairs: Any, long: Any, params: StoryParams, series: Any) -> Any:
        if _state["gate"] == "off":
            return kept_lift(pairs, long, params, series)
        factor = params.long_factor
        return gated(pairs, long, factor, _state["keys"], _state["bare"], _state["scope"])

    story_build.build = build  # type: ignore[assignment]
    story_build.group = group  # type: ignore[assignment]
    story_build.long_lift = lifted  # type: ignore[assignment]
    try:
        yield
    finally:
        story_build.build, story_build.group = kept_build, kept_group  # type: ignore[assignment]
        story_build.long_lift = kept_lift  # type: ignore[assignment]


def _line(scores: dict[str, float], keys: Sequence[str] = KEYS) -> str:
    return " ".join(f"{k} {scores[k]:.3f}" for k in keys)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_body_gate", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--labels", type=Path, default=FULL_TEXT_LABELS)
    parser.add_argument("--gate", choices=(*CUES, "rare"), default="body")
    parser.add_argument("--cut", type=float, nargs="+", default=[0.1, 0.15, 0.2, 0.25])
    parser.add_argument("--bare", type=float, nargs="+", default=[1.0])
    parser.add_argument("--scope", choices=("long", "any"), default="long", help="pairs gated")
    parser.add_argument("--words", type=int, nargs="+", default=[OPENING_WORDS])
    parser.add_argument("--wires", action="store_true", help="the wire labels' tuning half")
    parser.add_argument("--allsides", action="store_true", help="the AllSides halves")
    args = parser.parse_args(argv)
    if args.allsides:
        labelled, events = load(args.corpora)

        def scores() -> str:
            found = evaluate(labelled, events, StoryParams())
            return "; ".join(f"{half} {_line(found[half])}" for half in ("tune", "held-out"))

    elif args.wires:
        articles, truth, unsure = wire_slice(args.corpora)

        def scores() -> str:
            found = model_clusters(StoryModel.build(articles, params=StoryParams()))
            return _line(cluster_scores(found, truth, "tune", unsure))

    else:

        def scores() -> str:
            found = full_text(args.corpora, StoryParams(), labels=args.labels)
            return _line(found, (*KEYS, "recall@2", "precision@1"))

    named = args.labels.name
    if args.allsides or args.wires:
        named = "AllSides" if args.allsides else "wire labels, tuning half"
    print(f"{named}, as built: {scores()}")
    with watched():
        _state["gate"], _state["scope"] = args.gate, args.scope
        for words in args.words if args.gate == "opening" else [OPENING_WORDS]:
            _state["words"] = words
            read = f" {words} words," if args.gate == "opening" else ""
            for bare in args.bare:
                for cut in args.cut if args.gate in CUES else [0.0]:
                    _state["cut"], _state["bare"] = cut, bare
                    print(
                        f"{args.gate} gate,{read} cut {cut:.2f}, {args.scope} others x{bare}:"
                        f" {scores()}"
                    )
        _state["gate"], _state["scope"] = "off", "long"
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
