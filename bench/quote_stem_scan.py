"""`python -m bench.quote_stem_scan`: candidate reprints the word-run scans never offered.

`bench.quote_reprints candidates` joins quoted spans of two outlets that share a run of
words in a row, so a translation or a paraphrase of one statement (the same content words
in another order and wording) never came up for labelling. This scan joins two double-quoted
spans (`bench.quote_label.candidates`) of different outlets, dated within ``--days`` of each
other, whose content stems (Whoosh's Porter stemmer; a stop list of its own) share
``--shared`` or more and ``--share`` or more of all (Jaccard), and which share **no**
``--run``-word run (those pairs were in the run scans' pools). Like the run scans it never
reads the extractor or the grouping, and spans overlapping a labelled occurrence are left
out. Sets (pairs joined transitively) print in a seeded random order, each span as
``ARTICLE:START:END`` with a little context; the labeller keeps the spans of one utterance
(five words or more, two outlets or more) and writes a decisions line ``NAME SPAN SPAN ...``.

    python -m bench.quote_stem_scan candidates newsarticles.jsonl --seed 3030 > /tmp/s.txt
    python -m bench.quote_stem_scan write newsarticles.jsonl dec.txt --prefix x --first 1

gr30 drew set ``x`` this way (seed 3030 on both corpora; see `bench.quote_reprints`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from whoosh.analysis import STOP_WORDS
from whoosh.lang.porter import stem

from bench.quote_label import candidates as quoted_spans
from bench.quote_reprints import APART, GROUP_LABELS, MIN_WORDS, joined_sets, labelled_spans
from bench.quotes_eval import CORPORA, raw_records, words_hash

_WORDS = re.compile(r"\w+")
_STOP = STOP_WORDS | frozenset(
    _WORDS.findall(
        "i me my he him his she her they them their our its was were been being has had do does"
        " did so but than then there here what which who whom whose how all any some more most"
        " very just also about into over out up down would could should must shall said says"
        " say told"
    )
)
COMMON = 400
"""A stem in more spans than this finds no pair on its own (a pair must share rarer ones)."""

Span = tuple[str, int, int, str, str]
"""(article, raw start, raw end, outlet, date)"""


def content_stems(text: str) -> frozenset[str]:
    """The stems of a span's words that are not stop words (nor a lone letter)."""
    return frozenset(
        stem(w) for w in (w.lower() for w in _WORDS.findall(text)) if w not in _STOP and len(w) > 1
    )


def _runs(text: str, run: int) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORDS.findall(text)]
    return {tuple(words[k : k + run]) for k in range(len(words) - run + 1)}


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def stem_sets(
    corpus: str, seed: int, shared: int = 5, share: float = 0.25, days: int = 7, run: int = 4
) -> list[list[Span]]:
    """Sets of spans of two outlets or more joined by shared content stems (not a run)."""
    done = labelled_spans(GROUP_LABELS, *APART.values())
    spans: list[Span] = []
    stems: list[frozenset[str]] = []
    texts: list[str] = []
    with (CORPORA / corpus).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = record.get("body") or ""
            for s, e in quoted_spans(body):
                if any(s < le and ls < e for ls, le in done.get(record["id"], [])):
                    continue
                found = content_stems(body[s:e])
                if len(found) >= shared:
                    spans.append(
                        (record["id"], s, e, record.get("source") or "", record.get("date") or "")
                    )
                    stems.append(found)
                    texts.append(body[s:e])
    postings: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(stems):
        for st in found:
            postings[st].append(i)
    links: list[tuple[int, int]] = []
    days_of = [_day(sp[4]) for sp in spans]
    for i, found in enumerate(stems):
        counts: Counter[int] = Counter()
        for st in found:
            if len(postings[st]) <= COMMON:
                counts.update(j for j in postings[st] if j > i)
        for j, rare in counts.items():
            if rare < 2 or spans[i][3] == spans[j][3] or spans[i][0] == spans[j][0]:
                continue
            a, b = days_of[i], days_of[j]
            if a is None or b is None or abs((a - b).days) > days:
                continue
            both = len(found & stems[j])
            if both < shared or both < share * len(found | stems[j]):
                continue
            if _runs(texts[i], run) & _runs(texts[j], run):
                continue  # the run scans offered this pair
            links.append((j, i))
    sets = [
        [spans[i] for i in members]
        for members in joined_sets(len(spans), links)
        if len(members) >= 2 and len({spans[i][3] for i in members}) >= 2
    ]
    sets.sort(key=lambda s: (s[0][0], s[0][1]))
    random.Random(seed).shuffle(sets)
    return sets


def show(corpus: str, sets: list[list[Span]], count: int) -> str:
    """The first ``count`` sets, each span as ``ARTICLE:START:END`` with some context."""
    ids = {sp[0] for spans in sets[:count] for sp in spans}
    bodies = raw_records(CORPORA / corpus, ids)
    out = []
    for n, spans in enumerate(sets[:count], 1):
        out.append(f"### {n} ({len(spans)} spans)")
        for article, s, e, source, day in spans:
            body = bodies[article]["body"]
            before = body[max(0, s - 120) : s].replace("\n", " ")
            after = body[e : e + 60].replace("\n", " ")
            text = body[s:e].replace("\n", " ")
            where = f"{article}:{s}:{e} ({source} {day[:10]})"
            out.append(f"  {where} ...{before}<<{text[:500]}>>{after}")
    return "\n".join(out)


def write_rows(corpus: str, decisions: str, prefix: str, first: int = 1) -> list[dict[str, Any]]:
    """Label rows from decision lines ``NAME ARTICLE:START:END ...``, named from ``first``."""
    lines = [ln.split() for ln in decisions.splitlines() if ln.strip()]
    named = [[tuple(t.rsplit(":", 2)) for t in ln[1:]] for ln in lines]
    bodies = raw_records(CORPORA / corpus, {t[0] for spans in named for t in spans})
    rows = []
    for n, (line, spans) in enumerate(zip(lines, named, strict=True), first):
        members = []
        for article, s_text, e_text in spans:
            s, e = int(s_text), int(e_text)
            text = bodies[article]["body"][s:e]
            if len(text.split()) < MIN_WORDS:
                raise ValueError(f"{line[0]}: {article}:{s}:{e} has under {MIN_WORDS} words")
            members.append({"article": article, "raw": [s, e], "words": words_hash(text)})
        if len({bodies[a]["source"] for a, _, _ in spans}) < 2:
            raise ValueError(f"{line[0]}: a reprint is in two outlets or more")
        rows.append({"corpus": corpus, "name": f"{prefix}{n:02d}", "members": members})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print candidate sets, or write labels from decisions."""
    parser = argparse.ArgumentParser(prog="python -m bench.quote_stem_scan")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("candidates")
    c.add_argument("corpus")
    c.add_argument("--seed", type=int, default=3030)
    c.add_argument("--count", type=int, default=200)
    c.add_argument("--shared", type=int, default=5, help="content stems in common, at least")
    c.add_argument("--share", type=float, default=0.25, help="of all stems (Jaccard), at least")
    c.add_argument("--days", type=int, default=7, help="days apart, at most")
    c.add_argument("--run", type=int, default=4, help="a pair sharing this many words in a row")
    w = sub.add_parser("write")
    w.add_argument("corpus")
    w.add_argument("decisions", type=Path)
    w.add_argument("--prefix", required=True)
    w.add_argument("--first", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "candidates":
        sets = stem_sets(args.corpus, args.seed, args.shared, args.share, args.days, args.run)
        print(f"# {len(sets)} sets")
        print(show(args.corpus, sets, args.count))
    else:
        text = args.decisions.read_text(encoding="utf-8")
        for row in write_rows(args.corpus, text, args.prefix, args.first):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
