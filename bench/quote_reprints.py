"""`python -m bench.quote_reprints`: labelled reprinted quotations, and how many form one group.

A reprint label (``tests/data/quote_groups.jsonl``, one line per quotation) names the
occurrences of one quotation in several articles: ``{"corpus", "name", "members":
[{"article", "raw", "words"}]}``, offsets into the record's raw ``body`` and a hash of the
words, never the text. A label judged wrong by its set's guide keeps its line with a
``"dropped"`` field (who and why): it is not scored, and the scans still leave its spans out
(qg39 dropped m22, p14, w01: spans between two other quotes' marks, in tweets pasted with
no marks or signature and in a speech's transcript, which left one outlet quoting the words).
The name's letter is its set: ``g`` the first 21 (newsarticles),
``a`` and ``n`` the sets of 2026-12-01 (allsides, newsarticles; fresh when first scored,
tuned on since), ``m`` 47 of newsarticles (seed 1812; fresh when first scored, tuned on
since qg18d), ``p`` 42 of newsarticles (seed 2612; fresh when first scored, tuned on since
qg18e): as for ``m``, one statement in two translations (p25, p27, p31, p33, and one
member of p01) counts as one utterance. ``r`` 49 of newsarticles (seed 3012, qg18e),
labelled before it was scored: every candidate set of that seed was read (the allsides
sets of that seed gave one, left out); two translations of one statement count as one
(r12, r23); spans of one outlet alone are left out (a reprint is in two outlets or more).
``t`` 73 of
newsarticles (seed 1203, ``--run 6``, qg24), labelled before it was scored: every candidate
set of the first 149 of that seed was read (4-word runs had chained the remaining reprints
into sets of over six, which are dropped; 6-word runs split them, so ``t`` leans to
quotations that share six words in a row); translations of one statement count as one (the
Ayrault tweet, Hollande's statement); a quote of one speaker sharing a phrase with another's
is left out of its set. ``u`` 81 of newsarticles (seed 2303, ``--run 6``, rp23), labelled
before it was scored and before any change to grouping: every one of the first 230
candidate sets of that seed was read (t's labels are left out of them); translations of
one statement count as one (Peskov, Putin, the Russian and Turkish military chiefs); a
statement one outlet quotes as two sentences and another as one is one quotation (Wang Yi,
Tillerson, Leicester's board); the Dylan line "the Shakespeare of rock'n'roll" left out
(four words by whitespace). ``v`` 62 (rp24, seed 2404), labelled before it was scored and
before any change to grouping: 41 of newsarticles from all 249 candidate sets of ``--run 6``;
19 of newsarticles from all 30 sets of over six spans that scan drops (``--spans 7-999``:
the most carried quotations, Sessions' statement, Trump's address to Congress); 2 of
allsides from all 42 sets of ``--run 4``; and one span (Al Jazeera's "the same basic policy
outcome", from the first 70 new sets of ``--run 5``, the rest of which gave none) added to
v38. Translations of one statement count as one (v17 a Russian denial to Ria Novosti, v29
Navalny, v49 the father of the Orly attacker); a statement quoted as two parts by one
outlet and one by another is one quotation (v14 Schiff, v45 Lennon, v53 Sessions); spans
holding other text because the quote marks are broken are left out, a span cut at a broken
mark ('t think you can...') kept. ``w`` 16 (rp27, seed 2704), labelled before it was scored and
before any change to grouping, from every pool ``v`` drew on (newsarticles
``--run 6``: 213 sets, 1 kept; ``--run 6 --spans 7-999``: 22 sets, 3 kept; allsides ``--run 4``:
41 sets, none), then, because those gave 4, from the sets of newsarticles ``--run 5`` (524) and
``--run 4`` (332, and their sets of over six spans) that hold spans no earlier pool showed
(9 kept: the short clips of five to seven words a 6-word run cannot link), allsides
``--run 3`` (none) and a scan of quotes in single marks joined to any quoted span of another
outlet (2 kept: w15, w16). Allsides' sets were read whole; the others through a reading aid
(the closest pair of spans of two outlets in a set: its longest shared run of words, the
share of the shorter's words in common): every set with a pair sharing 8+ words in a row
or 60%+ of the shorter's words was read whole (in a large set, each cluster of spans so
linked), the rest not all: a clip or a light edit shares that much, a translation may not.
The pools are used up: a reprint carried by more than 12 spans (the scan's stock-phrase
cap) does not exist outside the labels. A span is named
``ARTICLE:START:END`` in the decisions, so the pools share one file; w14 is two translations
of one statement (the Syrian government's, via SANA). ``x`` 22 of newsarticles (gr30, seed
3030), labelled before it was scored and before any change to grouping, from a scan the
word-run pools lack (`bench.quote_stem_scan`: spans of two outlets within 7 days sharing
content stems but no 6-word run, so translations and rewordings of one statement): every set
of ``--shared 4 --share 0.2 --run 6`` (155 sets; allsides 7) and of ``--shared 3 --share 0.3
--run 6`` holding a span that pool did not show (89; allsides 6) was read whole (21 kept, and
a clip of x09 from the second); ``--shared 4 --share 0.15`` (191 new sets) was read through a
compact view, its one set of 91 spans in part, and gave none. Translations of one statement
count as one (Kremlin and Russian defence ministry statements, Geng Shuang, Lavrov,
Videgaray, Rutte, the Saudi adviser); one remark transcribed two ways is one ("I like
Speaker Ryan. He worked very hard" / "... I think Paul really worked hard"); the spans may
name no one (the Kremlin, an unnamed official) or a body (VEB). ``y`` (lb37, seed 512),
labelled before it was scored and before any change to grouping, is kept in a file of its
own (``tests/data/quote_groups_y.jsonl``, `APART`; ``score --fresh --labels PATH`` reads it).
Every pool ``v``, ``w`` and ``x`` drew on was read again: newsarticles ``--run 6`` (213 sets),
``--run 6 --spans 7-999`` (20), ``--run 5`` (517, through w's reading aid and every pair of
two outlets sharing five words in a row), allsides ``--run 4`` (41), `bench.quote_stem_scan`
``--shared 4 --share 0.2 --run 6`` (137; allsides 7); then pools nobody had read: the stem
scan at ``--shared 3 --share 0.2`` (134 sets no earlier stem pool showed; allsides 1) and at
``--days 21`` (82), and quotes in single marks joined to another outlet's quote by a 5-word
run (8). One quotation kept: y01, the Syrian army's statement on Palmyra in two translations
(CNN's clip, Al Jazeera's sentence); scored once by lb37 on main's rules (c49acd1): 0 of 1,
its two spans in two groups. The pools are used up: a seed only reorders the sets,
and every set was read by an earlier labeller; besides the labels they hold one outlet's
reprints, spans holding other text at a broken mark, stock phrases, titles, clips under five
words, and one speaker's separate remarks. Left out as doubtful (two tellings, the outlets
name different interviews or none): Graham's "caution ... oversell" (na-1772, na-1892),
Hawaii's attorney general on its foreign-born (na-2000, na-2021), Mulvaney's "turned them
into numbers" (na-2625, na-3172).

    python -m bench.quote_reprints candidates allsides_stories.jsonl --seed 2112 > /tmp/c.txt
    python -m bench.quote_reprints write allsides_stories.jsonl decisions.txt --prefix a
    python -m bench.quote_reprints candidates newsarticles.jsonl --seed 1812 --count 200
    python -m bench.quote_reprints candidates newsarticles.jsonl --seed 1203 --run 6 --count 150
    python -m bench.quote_reprints candidates newsarticles.jsonl --seed 2303 --run 6 --count 230
    python -m bench.quote_reprints candidates newsarticles.jsonl --seed 2404 --run 6 --count 400
    python -m bench.quote_reprints candidates newsarticles.jsonl --seed 2404 --run 6 --spans 7-999
    python -m bench.quote_reprints candidates allsides_stories.jsonl --seed 2404 --run 4
    python -m bench.quote_reprints write newsarticles.jsonl dec.txt --prefix v --seed 2404 --run 6 \
        --spans 7-999 --first 42
    python -m bench.quote_reprints score [--errors] [--fresh]

``score`` scores the sets tuned on; ``--fresh`` adds the fresh sets (`FRESH`) and the total
of all sets: run it once, when a fresh set's labels are committed, then the set is tuned on.

``candidates`` never reads the extractor or the grouping: it scans double-quoted spans
(`bench.quote_label.candidates`) and joins spans of different outlets that share a 4-word
run, then prints the joined sets in a seeded random order with their spans numbered. The
labeller keeps, for each set, the spans that are one utterance (clipped or lightly edited),
of five words or more, and no title or name of a thing; a decisions line is ``NAME K M ...``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.quote_label import candidates as quoted_spans
from bench.quotes_eval import (
    CORPORA,
    ROOT,
    cleaned_articles,
    map_span,
    raw_records,
    wilson,
    words_hash,
)
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes
from index.models import Article

GROUP_LABELS = ROOT / "tests" / "data" / "quote_groups.jsonl"
APART = {"y": ROOT / "tests" / "data" / "quote_groups_y.jsonl"}
"""Sets kept in a file of their own (by letter), so that neither ``score`` nor the floor test
reads them by accident: ``score --fresh --labels PATH`` scores one. The scans leave their
spans out as they do the others'."""
_WORDS = re.compile(r"\w+")
MIN_WORDS = 5
"""A kept occurrence has at least this many words: a shorter clip is a common phrase."""


@dataclass(frozen=True, slots=True)
class GroupLabel:
    """Occurrences (article id, cleaned span) that are one quotation reprinted."""

    name: str
    members: tuple[tuple[str, int, int], ...]


def load_group_labels(
    path: Path = GROUP_LABELS, corpora: Path = CORPORA
) -> tuple[list[GroupLabel], dict[str, Article]]:
    """Read the reprint labels (not those ``dropped``); also return the articles of every
    corpus they draw on."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [row for row in (json.loads(line) for line in lines if line) if "dropped" not in row]
    raw: dict[str, dict[str, Any]] = {}
    clean: dict[str, Article] = {}
    for corpus in sorted({row["corpus"] for row in rows}):
        ids = {m["article"] for row in rows if row["corpus"] == corpus for m in row["members"]}
        raw |= raw_records(corpora / corpus, ids)
        clean |= cleaned_articles(corpora / corpus)
    groups: list[GroupLabel] = []
    for row in rows:
        members: list[tuple[str, int, int]] = []
        for m in row["members"]:
            raw_body = raw[m["article"]]["body"]
            s, e = m["raw"]
            if words_hash(raw_body[s:e]) != m["words"]:
                continue
            span = map_span(raw_body, s, e, clean[m["article"]].body, near=s)
            if span is not None:
                members.append((m["article"], *span))
        groups.append(GroupLabel(row["name"], tuple(members)))
    return groups, clean


def build_index(articles: Iterable[Article]) -> QuoteIndex:
    """A quote index over ``articles``."""
    index = QuoteIndex()
    for art in articles:
        index.add_article(art.id, art.source, art.date, extract_quotes(art.body))
    return index


def score_groups(groups: Sequence[GroupLabel], index: QuoteIndex) -> tuple[int, int, list[str]]:
    """How many labelled groups came out as one group: (together, total, failures)."""
    together = 0
    failures: list[str] = []
    for group in groups:
        found: set[str | None] = set()
        for article, start, end in group.members:
            found.add(index.group_at(article, start, end))
        if len(found) == 1 and None not in found:
            together += 1
        else:
            failures.append(f"{group.name}: {sorted(str(g) for g in found)}")
    return together, len(groups), failures


SETS = {
    "g": "first set, newsarticles (tuned on)",
    "a": "allsides (tuned on since qg18c)",
    "n": "newsarticles (tuned on since qg18c)",
    "m": "newsarticles seed 1812 (tuned on since qg18d)",
    "p": "newsarticles seed 2612 (tuned on since qg18e)",
    "r": "newsarticles seed 3012 (tuned on since qg18f)",
    "t": "newsarticles seed 1203, 6-word runs (scored once by qg24: 62/73; tuned on since)",
    "u": "newsarticles seed 2303, 6-word runs (scored once by rp23: 70/81; tuned on since)",
    "v": "newsarticles and allsides seed 2404, 6-word runs and large sets (scored once by rp24: "
    "49/62; tuned on since)",
    "w": "newsarticles seed 2704, every pool v drew on, 5- and 4-word runs, single marks "
    "(scored once by rp27: 12/16; tuned on since)",
    "x": "newsarticles seed 3030, shared content stems and no 6-word run (bench.quote_stem_scan; "
    "scored once by gr30: 7/22; tuned on since)",
    "y": "newsarticles seed 512, every pool used up (lb37; its own file, `APART`; scored once "
    "by lb37: 0/1)",
}
FRESH = "y"
"""The sets not yet tuned on: ``y`` (lb37), in a file of its own. (``x``, drawn by
`bench.quote_stem_scan` from pairs the word-run scans never offered, was scored once by
gr30 and is tuned on since.)"""


def tuning(groups: Sequence[GroupLabel]) -> list[GroupLabel]:
    """The labels of the sets tuned on (every set but the fresh ones)."""
    return [g for g in groups if g.name[0] not in FRESH]


def score_lines(
    groups: Sequence[GroupLabel], index: QuoteIndex, *, fresh: bool = False
) -> list[str]:
    """One line per set of labels tuned on and their total; with ``fresh``, also the fresh
    sets, alone and together, and all sets. A fresh set is scored only on request: once,
    when its labels are written, and then it is tuning material."""
    lines = []
    new = [g for g in groups if g.name[0] in FRESH]
    kept = [k for k in SETS if fresh or k not in FRESH]
    for title, part in [
        *((SETS[k], [g for g in groups if g.name[0] == k]) for k in kept),
        ("tuning sets together", tuning(groups)),
        *([("fresh sets together", new)] if fresh and len(FRESH) > 1 else []),
        *([("all", list(groups))] if fresh else []),
    ]:
        if part:
            together, total, _ = score_groups(part, index)
            low, high = wilson(together, total)
            lines.append(
                f"  {title}: {together}/{total} one group ({together / total:.1%}; "
                f"95% CI {low:.1%}-{high:.1%})"
            )
    return lines


# --- labelling ---------------------------------------------------------------------------


def labelled_spans(path: Path = GROUP_LABELS, *more: Path) -> dict[str, list[tuple[int, int]]]:
    """The raw spans of every labelled occurrence in ``path`` and ``more`` (files that do
    not exist are skipped), by article (a scan leaves them out)."""
    done: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for each in (path, *more):
        if not each.exists():
            continue
        for line in each.read_text(encoding="utf-8").splitlines():
            for m in json.loads(line)["members"] if line else ():
                done[m["article"]].append((m["raw"][0], m["raw"][1]))
    return done


def joined_sets(count: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The items ``0 .. count - 1`` joined through ``links`` (pairs), transitively: each set
    in index order, the sets in the order of their first item."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in links:
        parent[root(i)] = root(j)
    joined: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        joined[root(i)].append(i)
    return list(joined.values())


def candidate_sets(
    corpus: str, seed: int, run: int = 4, spans_in: tuple[int, int] = (2, 6)
) -> list[list[tuple[str, int, int, str]]]:
    """Sets of quoted spans (article, raw start, raw end, source) of 2+ outlets joined by a
    shared ``run``-word run, in a seeded random order; spans that overlap a labelled
    occurrence are left out (until qg18e, every article of a label was: too few sets were
    left). A longer ``run`` (qg24: 6) chains fewer spans into sets of over six, which are
    dropped: on newsarticles, 4 left 329 sets, 6 gives 427. ``spans_in`` bounds a set's
    spans (rp24: ``(7, 999)`` lists the large sets, where the most carried quotations are)."""
    done = labelled_spans(GROUP_LABELS, *APART.values())
    spans: list[tuple[str, int, int, str]] = []
    runs: dict[tuple[str, ...], list[int]] = defaultdict(list)
    with (CORPORA / corpus).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = record.get("body") or ""
            labelled = done.get(record["id"], [])
            for s, e in quoted_spans(body):
                if any(s < le and ls < e for ls, le in labelled):
                    continue
                words = [w.lower() for w in _WORDS.findall(body[s:e])]
                for k in range(len(words) - run + 1):
                    runs[tuple(words[k : k + run])].append(len(spans))
                spans.append((record["id"], s, e, record.get("source") or ""))
    links = (
        (i, ids[0])
        for ids in runs.values()
        if len({spans[i][0] for i in ids}) >= 2 and len(ids) <= 12  # a stock phrase: no link
        for i in ids[1:]
    )
    sets = [
        [spans[i] for i in members]
        for members in joined_sets(len(spans), links)
        if spans_in[0] <= len(members) <= spans_in[1] and len({spans[i][3] for i in members}) >= 2
    ]
    random.Random(seed).shuffle(sets)
    return sets


def write_rows(
    corpus: str,
    decisions: str,
    seed: int,
    prefix: str,
    run: int = 4,
    spans_in: tuple[int, int] = (2, 6),
    first: int = 1,
) -> list[dict[str, Any]]:
    """Label rows from decision lines ``NAME K M ...`` (K: a span number as printed, or
    ``ARTICLE:START:END`` as the large sets print a span); names count from ``first``."""
    sets = candidate_sets(corpus, seed, run, spans_in)
    flat = [span for spans in sets for span in spans]
    lines = [ln for ln in decisions.splitlines() if ln.strip()]
    named = [tuple(t.rsplit(":", 2)) for ln in lines for t in ln.split()[1:] if ":" in t]
    bodies = raw_records(CORPORA / corpus, {a for a, _, _, _ in flat} | {t[0] for t in named})
    rows = []
    for n, line in enumerate(lines, first):
        members = []
        for token in line.split()[1:]:
            if ":" in token:
                article, s_text, e_text = token.rsplit(":", 2)
                s, e = int(s_text), int(e_text)
            else:
                article, s, e, _ = flat[int(token)]
            text = bodies[article]["body"][s:e]
            if len(text.split()) < MIN_WORDS:
                raise ValueError(f"{line.split()[0]}: span {token} has under {MIN_WORDS} words")
            members.append({"article": article, "raw": [s, e], "words": words_hash(text)})
        rows.append({"corpus": corpus, "name": f"{prefix}{n:02d}", "members": members})
    return rows


def show_sets(
    corpus: str, seed: int, count: int, run: int = 4, spans_in: tuple[int, int] = (2, 6)
) -> str:
    """The first ``count`` candidate sets, each span numbered (``ARTICLE:START:END`` too),
    with a little context."""
    sets = candidate_sets(corpus, seed, run, spans_in)
    bodies = raw_records(CORPORA / corpus, {a for spans in sets for a, _, _, _ in spans})
    out, k = [], 0
    for n, spans in enumerate(sets, 1):
        if n > count:
            break
        out.append(f"### {n}")
        for article, s, e, source in spans:
            body = bodies[article]["body"]
            before = body[max(0, s - 50) : s].replace("\n", " ")
            out.append(f"  [{k}] {article}:{s}:{e} ({source}) ...{before}<<{body[s:e][:400]}>>")
            k += 1
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the reprint labels, or print candidates, or write labels."""
    parser = argparse.ArgumentParser(prog="python -m bench.quote_reprints")
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score")
    s.add_argument("--errors", action="store_true")
    s.add_argument("--fresh", action="store_true", help="also score the fresh sets (once)")
    s.add_argument(
        "--labels", type=Path, default=GROUP_LABELS, help="a label file (a set kept apart: y)"
    )
    for name in ("candidates", "write"):
        p = sub.add_parser(name)
        p.add_argument("corpus")
        if name == "write":
            p.add_argument("decisions", type=Path)
            p.add_argument("--prefix", required=True)
        p.add_argument("--seed", type=int, default=2112)
        p.add_argument("--count", type=int, default=150)
        p.add_argument("--run", type=int, default=4, help="words a set's spans share in a row")
        p.add_argument("--spans", default="2-6", help="how many spans a set holds (rp24: 7-999)")
        p.add_argument("--first", type=int, default=1, help="number of the first label written")
    args = parser.parse_args(argv)
    least, _, most = args.__dict__.get("spans", "2-6").partition("-")
    spans_in = (int(least), int(most))
    if args.command == "candidates":
        print(show_sets(args.corpus, args.seed, args.count, args.run, spans_in))
    elif args.command == "write":
        text = args.decisions.read_text(encoding="utf-8")
        rows = write_rows(args.corpus, text, args.seed, args.prefix, args.run, spans_in, args.first)
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        groups, clean = load_group_labels(args.labels)
        index = build_index(clean.values())
        print("== reprinted quotations that form one group")
        print("\n".join(score_lines(groups, index, fresh=args.fresh)))
        if args.errors:
            shown = groups if args.fresh else tuning(groups)
            print("\n".join(f"  {f}" for f in score_groups(shown, index)[2]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
