"""`python -m bench.stories_events`: same subject, different happening (st36, issue 16).

On the labelled full-text week (`bench.stories_checks.FULL_TEXT_LABELS`, both halves; never
the unseen slice), every pair of articles within the window whose linkage score (as
`bench.stories_splits.trace` watches it) reaches a band is counted as one event or two
(an article of no event counts as its own), with what the two share beside that score:
their lead cosine, whole-body cosine, lead-sentence cosine, terms rare in the week (found
in at most 3 or 6 articles), numbers, days apart. Counts and medians only, no text.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from bench.stories_eval import CORPORA
from bench.stories_signals import full_text_week
from bench.stories_splits import Cues, _cos, trace
from index.analysis.stories import StoryArticle, StoryParams
from index.analysis.story_build import _canonical
from index.analysis.story_length import words_of
from index.analysis.vectors import Vocabulary, _words, idf, term_counts, tfidf, tokenize

KEPT = StoryParams()
CUTS = (
    ("first", (0.0001, 0.05, 0.1, 0.15, 0.2)),
    ("body", (0.15, 0.2, 0.25, 0.3)),
    ("titles", (1, 2, 3)),
    ("rare3", (1, 2, 3)),
    ("rare6", (1, 2, 3, 5)),
    ("rare_names", (1, 2, 3)),
    ("numbers", (1, 2)),
)
"""Cues and the cuts counted on them."""
NUMBER = re.compile(r"\b\d[\d,.]*\b")


def _first_sentences(articles: list[StoryArticle]) -> Any:
    """TF-IDF rows (IDF of the week) of each article's title and its body's first sentence."""
    vocab = Vocabulary()
    texts = [(a.title, re.split(r"(?<=[.!?])\s", a.body.strip(), maxsplit=1)[0]) for a in articles]
    tokens = tokenize(vocab, texts, lead_words=None)
    counts = term_counts(tokens, len(articles), vocab.stop_mask(), len(vocab))
    return tfidf(counts, idf(np.bincount(counts.indices, minlength=len(vocab)), len(articles)))


def _terms(articles: list[StoryArticle]) -> tuple[list[set[int]], Counter[int]]:
    """Each article's stems (title and whole body, stop words out) and their document counts."""
    vocab = Vocabulary()
    found = [set(vocab.word_ids(_words(f"{a.title} {a.body}"))) for a in articles]
    stop = vocab.stop_mask()
    found = [{t for t in f if not stop[t]} for f in found]
    return found, Counter(t for f in found for t in f)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.stories_events", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--band", type=float, default=0.2, help="lowest linkage score counted")
    parser.add_argument("--pairs", action="store_true", help="print every pair's cues")
    args = parser.parse_args(argv)
    week, truth, unsure = full_text_week(args.corpora)
    articles = _canonical(week)
    ids = [a.id for a in articles]
    traced = trace(articles)
    cues = Cues(articles)
    first = _first_sentences(articles)
    terms, df = _terms(articles)
    numbers = [set(NUMBER.findall(a.body)) for a in articles]
    day = np.array([a.date.timestamp() / 86400 for a in articles])  # type: ignore[union-attr]
    long = np.array([words_of(a) >= KEPT.long_words for a in articles])
    event = [truth.get(a, f"alone:{a}") for a in ids]
    rows: list[dict[str, float]] = []
    for a, b in itertools.combinations(range(len(ids)), 2):
        if ids[a] in unsure or ids[b] in unsure or traced.original[a] == traced.original[b]:
            continue
        score = traced.raised.get((a, b), 0.0)
        if score < args.band or abs(day[a] - day[b]) > KEPT.window_days:
            continue
        shared = terms[a] & terms[b]
        c = cues.of(a, b)
        rows.append(
            {
                "same": float(event[a] == event[b]),
                "joined": float(traced.final[a] == traced.final[b]),
                "linkage": score,
                "long": float(long[a] and long[b]),
                "days": abs(day[a] - day[b]),
                "lead": c["lead"],
                "body": c["body"],
                "first": _cos(first, a, b),
                "titles": c["titles"],
                "rare3": float(sum(df[t] <= 3 for t in shared)),
                "rare6": float(sum(df[t] <= 6 for t in shared)),
                "rare_names": c["rare_names"],
                "numbers": float(len(numbers[a] & numbers[b])),
                "quote_runs": c["quote_runs"],
            }
        )
    for which, keep in (("both full texts", 1.0), ("not both", 0.0)):
        mine = [r for r in rows if r["long"] == keep]
        print(f"\n{which}: {len(mine)} pairs scoring >= {args.band} within the window")
        for label, pick in (
            ("one event, joined", lambda r: r["same"] and r["joined"]),
            ("one event, apart", lambda r: r["same"] and not r["joined"]),
            ("two events, joined", lambda r: not r["same"] and r["joined"]),
            ("two events, apart", lambda r: not r["same"] and not r["joined"]),
        ):
            found = [r for r in mine if pick(r)]
            if not found:
                print(f"  {label:<20} 0")
                continue
            cells = " ".join(
                f"{k} {np.median([r[k] for r in found]):.2f}"
                for k in found[0]
                if k not in ("same", "joined", "long")
            )
            print(f"  {label:<20} {len(found):>3}: medians {cells}")
        band = [r for r in mine if r["linkage"] < 0.45]
        same = sum(1 for r in band if r["same"])
        print(
            f"  {len(band)} pairs scoring under 0.45 ({same} of one event, {len(band) - same} of"
            " two): one event / two events reaching each cut"
        )
        for cue, steps in CUTS:
            cells = [
                f">= {x}: {sum(r[cue] >= x for r in band if r['same'])}"
                f" / {sum(r[cue] >= x for r in band if not r['same'])}"
                for x in steps
            ]
            print(f"    {cue:<11} " + " | ".join(cells))
        if not args.pairs:
            continue
        print("  per pair (same joined linkage days lead body first titles rare3 rare6 names nums)")
        for r in sorted(mine, key=lambda r: -r["linkage"]):
            print(
                "   ",
                " ".join(
                    f"{r[k]:.2f}"
                    for k in (
                        "same",
                        "joined",
                        "linkage",
                        "days",
                        "lead",
                        "body",
                        "first",
                        "titles",
                        "rare3",
                        "rare6",
                        "rare_names",
                        "numbers",
                    )
                ),
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
