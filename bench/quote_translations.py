"""What a translation candidate step would join: the pairs grouping keeps apart that one
speaker said within a few days in two outlets, sharing rare content stems.

``python -m bench.quote_translations [--shared N] [--anyone] [--stories] [--show N]
[--half odd|even]``
groups the quotes of the labelled corpora as ``bench.quote_reprints score`` does, then
finds every pair of quotes in two different groups that a candidate step bucketed by
speaker and date would compare (`pairs`): of two outlets, dated within
`quote_stock.STOCK_DAYS`, one speaker named on both sides (`quote_paraphrase.who`; with
``--anyone``, on one side and no one on the other), sharing ``--shared`` content stems or
more. Each pair is scored by its IDF-weighted Jaccard (`weighted`: a stem's weight is
``log(N / (1 + quotes holding it))`` over all the quotes), and marked by the reprint labels:
``same`` when both quotes are members of one label (a miss such a step could mend),
``apart`` when of two labels, ``-`` when unlabelled. With ``--stories``, only the pairs whose
two articles are in one story (`StoryModel` built over the same articles) are kept.

It prints, for each threshold, how many ``same`` pairs (by label, of the ``--half``
tuned on: the odd-numbered labels or the even) and how many others score at or above it,
then with ``--show`` the best-scoring pairs' texts to read. What qt34 judged the step by:
a threshold is worth a rule only if the pairs above it read as one statement each.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from index.analysis.quote_paraphrase import who
from index.analysis.quote_stock import STOCK_DAYS, day
from index.analysis.words import STOPWORDS, stem

Key = tuple[str, int]
COMMON = 400
"""A stem in more unnamed quotes than this finds no pair on its own (``--anyone``)."""
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6)


@dataclass(frozen=True, slots=True)
class Said:
    """One quote as the step sees it: its stems, who said it, where and when."""

    key: Key
    stems: frozenset[str]
    speaker: str | None
    outlet: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Pair:
    """Two quotes of two groups the step would compare, with their score."""

    score: float
    shared: int
    a: Key
    b: Key


def content_stems(words: Iterable[str]) -> frozenset[str]:
    """A quote's content stems (normalised words, stop words and lone letters left out)."""
    return frozenset(stem(w) for w in words if w not in STOPWORDS and (len(w) > 1 or w.isdigit()))


def weights(quotes: Iterable[Said]) -> dict[str, float]:
    """Each stem's weight, ``log(N / (1 + n))`` for a stem in ``n`` of ``N`` quotes."""
    counts: Counter[str] = Counter()
    total = 0
    for quote in quotes:
        counts.update(quote.stems)
        total += 1
    return {s: math.log(total / (1 + n)) for s, n in counts.items()}


def weighted(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float]) -> float:
    """IDF-weighted Jaccard of two stem sets (0 when neither has weight)."""
    union = sum(weight.get(s, 0.0) for s in sorted(a | b))  # (sorted: the same sum both ways)
    return sum(weight.get(s, 0.0) for s in sorted(a & b)) / union if union > 0 else 0.0


def _comparable(a: Said, b: Said, group_of: Callable[[Key], object], anyone: bool) -> bool:
    """True when the step would compare two quotes: two groups, two outlets, one speaker
    (or, with ``anyone``, a speaker and no one), within `STOCK_DAYS`."""
    if group_of(a.key) == group_of(b.key) or a.outlet is None or a.outlet == b.outlet:
        return False
    if b.outlet is None:
        return False
    names = {who(a.speaker), who(b.speaker)}
    if len(names - {None}) != 1 or (None in names and not anyone):
        return False
    when, then = day(a.date), day(b.date)
    return when is not None and then is not None and abs((when - then).days) <= STOCK_DAYS


def pairs(
    quotes: Sequence[Said],
    group_of: Callable[[Key], object],
    shared: int = 4,
    anyone: bool = False,
) -> list[Pair]:
    """Every pair the step would compare that shares ``shared`` stems or more, best first,
    found bucket by bucket: a speaker's quotes (`who`), sorted by day, each compared with
    those of the next `STOCK_DAYS` days; with ``anyone``, also each with the quotes of no
    one that share a stem of it (a stem in more than `COMMON` of those finds none)."""
    weight = weights(quotes)
    by: dict[str | None, list[tuple[date, Said]]] = defaultdict(list)
    for quote in quotes:
        when = day(quote.date)
        if when is not None and quote.outlet is not None:
            by[who(quote.speaker)].append((when, quote))
    nobody = by.pop(None, [])
    found: list[Pair] = []

    def add(a: Said, b: Said) -> None:
        both = len(a.stems & b.stems)
        if both >= shared and _comparable(a, b, group_of, anyone):
            first, second = sorted((a.key, b.key))
            found.append(Pair(weighted(a.stems, b.stems, weight), both, first, second))

    for said in by.values():
        said.sort(key=lambda t: (t[0], t[1].key))
        for i, (when, a) in enumerate(said):
            for then, b in said[i + 1 :]:
                if (then - when).days > STOCK_DAYS:
                    break
                add(a, b)
    if anyone:
        holding: dict[str, list[Said]] = defaultdict(list)
        for _, quote in nobody:
            for s in quote.stems:
                holding[s].append(quote)
        for said in by.values():
            for _, a in said:
                counts: Counter[Key] = Counter()
                of: dict[Key, Said] = {}
                for s in a.stems:
                    bucket = holding.get(s, ())
                    if len(bucket) <= COMMON:
                        for b in bucket:
                            counts[b.key] += 1
                            of[b.key] = b
                for key, n in counts.items():
                    if n >= shared:
                        add(a, of[key])
    found.sort(key=lambda p: (-p.score, p.a, p.b))
    return found


def sweep(
    found: Sequence[Pair], label_of: Mapping[Key, str], half: int
) -> list[tuple[float, int, int, int]]:
    """For each of `THRESHOLDS`: (threshold, labels of ``half`` mended: a ``same`` pair of
    theirs at or above it, ``apart`` pairs, unlabelled pairs). ``half`` 1 takes the
    odd-numbered labels, 0 the even."""
    rows = []
    for least in THRESHOLDS:
        mended: set[str] = set()
        apart = other = 0
        for pair in found:
            if pair.score < least:
                break
            la, lb = label_of.get(pair.a), label_of.get(pair.b)
            if la and la == lb:
                if int(la[1:]) % 2 == half:
                    mended.add(la)
            elif la and lb:
                apart += 1
            else:
                other += 1
        rows.append((least, len(mended), apart, other))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the sweep and the best pairs' texts."""
    from bench.quote_reprints import build_index, load_group_labels

    parser = argparse.ArgumentParser(prog="python -m bench.quote_translations")
    parser.add_argument("--shared", type=int, default=4, help="fewest shared content stems")
    parser.add_argument("--anyone", action="store_true", help="a speaker against no one too")
    parser.add_argument("--show", type=int, default=0, help="print this many best pairs")
    parser.add_argument("--half", choices=("odd", "even"), default="odd")
    parser.add_argument("--stories", action="store_true", help="only pairs of one story")
    args = parser.parse_args(argv)
    labels, clean = load_group_labels()
    index = build_index(clean.values())
    quotes, group, label_of = [], {}, {}
    for article in clean:
        source, when = clean[article].source, index._date((article, 0))
        for i, quote in enumerate(index.quotes(article)):
            key = (article, i)
            group[key] = index.group_at(article, quote.start, quote.end)
            stems = content_stems(index._words[key])
            quotes.append(Said(key, stems, quote.speaker, source, when))
    spans: dict[str, list[tuple[int, int, Key]]] = defaultdict(list)
    for article, i in group:
        q = index.quotes(article)[i]
        spans[article].append((q.start, q.end, (article, i)))
    for label in labels:
        for article, start, end in label.members:
            near = [(min(e, end) - max(s, start), k) for s, e, k in spans.get(article, [])]
            best = max(near, default=(0, None))
            if best[0] > 0 and best[1] is not None:
                label_of[best[1]] = label.name
    found = pairs(quotes, group.__getitem__, args.shared, args.anyone)
    if args.stories:  # the two articles in one story (`StoryModel` over the same articles)
        from index.analysis.stories import StoryModel
        from index.analysis.story_derived import story_article

        story_of = StoryModel.build(map(story_article, clean.values())).story_of
        found = [p for p in found if story_of(p.a[0]) and story_of(p.a[0]) == story_of(p.b[0])]
    half = 1 if args.half == "odd" else 0
    print(f"{len(quotes)} quotes, {len(found)} pairs ({args.half} labels)")
    print("least score  labels mended  apart  unlabelled")
    for least, mended, apart, other in sweep(found, label_of, half):
        print(f"  {least:.2f}  {mended:13d}  {apart:5d}  {other:10d}")
    by_key = {q.key: q for q in quotes}
    for pair in found[: args.show]:
        a, b = by_key[pair.a], by_key[pair.b]
        mark = label_of.get(pair.a, "-") + "/" + label_of.get(pair.b, "-")
        print(f"{pair.score:.2f} {pair.shared} {mark} {a.speaker!r} / {b.speaker!r}")
        for said in (a, b):
            q = index.quotes(said.key[0])[said.key[1]]
            print(f"   {said.key[0]} {said.outlet} {(said.date or '')[:10]}: {q.inner[:240]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
