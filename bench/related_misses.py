"""`python -m bench.related_misses`: every related miss of the full-text tuning data, by parts.

Issue 16's full-text bar: for a labelled article, its story-mates come first (related
recall@2 and precision@1 >= 0.99). This lists, on the tuning data only (the full-text
week's events whose id hashes to the tuning half, and slice C), each labelled article whose
first or second related row is not an event-mate while a mate exists: what came first and
the parts of its score (stored likeness, plain cosine, days apart, same story, stored
neighbour or fill, hubness, full texts, outlets), and where the best mate stood. Ids,
outlets and numbers only: no article text. ``--held-out`` reads slices B and D instead
(read them once, at the end).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.stories_checks import (
    FULL_TEXT_LABELS,
    HELD_OUT_LABELS,
    TUNING_LABELS,
    UNSEEN_LABELS,
    full_text,
)
from bench.stories_eval import CORPORA, part
from index.analysis.stories import Related, StoryModel, StoryParams

TUNING = ((FULL_TEXT_LABELS, "tune"), (TUNING_LABELS, "all"))
HELD_OUT = ((UNSEEN_LABELS, "all"), (HELD_OUT_LABELS, "all"), (FULL_TEXT_LABELS, "held-out"))


@dataclass(frozen=True, slots=True)
class Row:
    """One related row with the parts of its score."""

    id: str
    mate: bool
    place: int
    score: float
    likeness: float
    cosine: float
    apart: float
    same_story: bool
    stored: bool
    full: bool
    same_outlet: bool
    undated: bool

    def line(self) -> str:
        kind = "stored" if self.stored else "fill"
        return (
            f"#{self.place} {'MATE' if self.mate else 'other'} {self.id} score {self.score:.3f}"
            f" like {self.likeness:.3f} cos {self.cosine:.3f} days {self.apart:+.1f}"
            f" {'same-story' if self.same_story else 'outside'} {kind}"
            f"{' full' if self.full else ''}{' same-outlet' if self.same_outlet else ''}"
            f"{' undated' if self.undated else ''}"
        )


def parts(model: StoryModel, row: int, related: Related, place: int, mates: set[str]) -> Row:
    """The parts of one related row's score."""
    index = model._article_index()
    other = index[related.id]
    partners = np.asarray(model._array("neighbours", mapped=True)[row])
    days = model._array("time")
    sources = model._array("source")
    fill = model._fill_index()
    cosine = float(fill.cosines(row, np.asarray([other]))[0]) if fill is not None else 0.0
    full = fill.pairs_full(row, np.asarray([other])) if fill is not None else None
    apart = float(days[other] - days[row])
    return Row(
        id=related.id,
        mate=related.id in mates,
        place=place,
        score=related.score,
        likeness=related.likeness,
        cosine=cosine,
        apart=apart,
        same_story=related.same_story,
        stored=bool(other in set(partners.tolist())),
        full=bool(full[0]) if full is not None else False,
        same_outlet=bool(sources[other] == sources[row] and sources[row] >= 0),
        undated=bool(np.isnan(apart)),
    )


def misses(labels: Path, which: str, corpora: Path, limit: int = 30) -> tuple[list[str], Counter]:
    """Lines for each miss of one labels file's ``which`` half, and counts by kind."""
    keep: dict[str, object] = {}
    full_text(corpora, StoryParams(), keep, labels)
    models: dict[str, StoryModel] = keep["models"]  # type: ignore[assignment]
    truth: dict[str, str] = keep["truth"]  # type: ignore[assignment]
    unsure: frozenset[str] = keep["unsure"]  # type: ignore[assignment]
    events: dict[str, set[str]] = {}
    for article_id, event in truth.items():
        if article_id not in unsure:
            events.setdefault(event, set()).add(article_id)
    lines: list[str] = []
    counts: Counter[str] = Counter()
    for article_id, event in sorted(truth.items()):
        if event.startswith("alone:") or article_id in unsure:
            continue
        if which != "all" and part(event) != which:
            continue
        mates = events[event] - {article_id}
        if not mates:
            continue
        model = models[article_id]
        listed = [r for r in model.related(article_id, limit) if r.id not in unsure]
        top = listed[:2]
        got = sum(r.id in mates for r in top)
        need = min(len(mates), 2)
        counts["articles"] += 1
        first_miss = not top or top[0].id not in mates
        counts["p@1 miss"] += first_miss
        counts["recall@2 lost"] += need - got
        if got == need and not first_miss:
            continue
        row = model._article_index()[article_id]
        days = model._array("time")
        sources = model._array("source")
        full = model._fill_index()
        is_full = bool(full.full[row]) if full is not None and full.full is not None else False
        source = model._meta["sources"][sources[row]] if sources[row] >= 0 else "?"
        lines.append(
            f"{article_id} event {event} ({len(mates)} mates) {source}"
            f" day {days[row]:.1f}{' full' if is_full else ''}: {got}/{need} in top 2"
        )
        ranked = [parts(model, row, r, k + 1, mates) for k, r in enumerate(listed)]
        shown = ranked[:2]
        best = next((r for r in ranked if r.mate and r.place > 2), None)
        for r in shown + ([best] if best else []):
            lines.append("    " + r.line())
        if best is None and got < need:
            lines.append(f"    no other mate in the first {limit}")
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.related_misses", description=__doc__)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--held-out", action="store_true", help="slices B, D (read once)")
    args = parser.parse_args(argv)
    for labels, which in HELD_OUT if args.held_out else TUNING:
        lines, counts = misses(labels, which, args.corpora)
        print(f"== {labels.name} ({which}): {dict(counts)}")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
