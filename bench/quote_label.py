"""`python -m bench.quote_label`: a helper for labelling the quotes of fresh articles by hand.

Nothing here reads the extractor: candidates come from a plain scan of double quotation
marks, so the labeller decides each quote and speaker from the article alone.

    python -m bench.quote_label pick --seed 18 --count 30 newsarticles.jsonl > /tmp/ids
    python -m bench.quote_label show newsarticles.jsonl na-123     # numbered candidates
    python -m bench.quote_label write decisions.txt >> tests/data/quote_labels.jsonl

A decisions file has one block per article: a line ``@ CORPUS ID``, then one line per
quote, ``K[+M...] = SPEAKER`` (candidates K, M joined into one multi-paragraph quote;
``-`` for a quote whose speaker the article does not name). Candidates left out are not
quotes (titles, scare quotes). ``RAW_START:RAW_END = SPEAKER`` labels a span the scan missed, and
``K>WORDS = SPEAKER`` runs from candidate K to the end of WORDS (a mark the scan misread);
``~WORDS = SPEAKER`` labels the one place where the body has WORDS.
The split ("dev2" for tuning, "held2" held out; ``--round 3`` names them "dev3" and
"held3", ``--round 4`` "dev4" and "held4", ``--round 5`` "dev5" and "held5", ``--round 6``
"held6" and, labelled in round 7, "dev6": na-2578 and na-2747 hash to held6 but were seen
before labelling, so they were kept as dev6; ``--round 7`` "held7", its held half only (its
other half, "dev7", labelled in round 8 from ``pick --seed 1808`` replayed with the
labels as they were before held7);
``--round 8`` "held8", the held half of ``pick --seed 1809``, 60 newsarticles and 16
reuters; ``--round 9`` "held9", the held half of ``pick --seed 1910``, 50 newsarticles
and 16 reuters21578; ``--round 10`` "held10", the held half of ``pick --seed 2011``, 50
newsarticles and 16 reuters21578) is a hash of the article id, so it does not depend on
what the extractor does with the article. ``write --split held11`` names every article's
split instead: held11 is all of ``pick --seed 2112``, 32 newsarticles and 10
reuters21578 (``--count 32`` and ``--count 10``), labelled before the rules of round 11;
held12 is all of ``pick --seed 2213`` (``--count 24`` newsarticles, ``--count 8``
reuters21578), labelled before the rules of round 12 and measured once on main's code;
held13 is all of ``pick --seed 2314`` (``--count 24`` newsarticles, ``--count 8``
reuters21578), labelled before any rule of round 13 ran on it; held14 is all of ``pick
--seed 2415`` (``--count 28`` newsarticles, ``--count 8`` reuters21578), labelled before
any rule of round 14 ran on it; held15 is all of ``pick --seed 2516`` (``--count 25``
newsarticles, ``--count 8`` reuters21578), labelled before any rule of round 15 ran on it;
held16 is all of ``pick --seed 2617`` (``--count 24`` newsarticles, ``--count 8``
reuters21578), labelled before any rule of round 16 ran on it; held17 is all of ``pick --seed
2718`` (``--count 24`` newsarticles, ``--count 8`` reuters21578), labelled before any rule of
round 17 ran on it; held19 (no held18: named after session 19) is all of ``pick --seed
3141`` (``--count 24`` newsarticles, ``--count 8`` reuters21578), labelled before any rule of
round 19 ran on it; held20 is all of ``pick --seed 3252`` (``--count 24`` newsarticles,
``--count 8`` reuters21578), labelled before any rule of round 20 ran on it; held21 is all
of ``pick --seed 3363`` (the same counts), labelled before any rule of round 24 ran on it;
held23 is all of ``pick --seed 3474`` (the same counts), labelled before any rule of round
26 ran on it; held24 is all of ``pick --seed 3585`` (the same counts) and of ``pick --seed
3586 --count 12`` newsarticles (44 articles), labelled before any rule of round 27 ran on it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.quotes_eval import CORPORA, LABELS, raw_records, words_hash

_CANDIDATE = re.compile(r"[\"“«]([^\"”»\n]*)(?:[\"”»]|(?=\n)|$)")
_WORDS = re.compile(r"\w+")


def split_of(article: str, labelling_round: int = 2) -> str:
    """The fresh-set split of an article: a hash of its id, half tuning, half held out;
    the round (2, 3, ...) is the set's suffix ("dev3", "held3")."""
    half = "dev" if hashlib.blake2b(article.encode(), digest_size=1).digest()[0] % 2 else "held"
    return f"{half}{labelling_round}"


def labelled_ids(path: Path = LABELS) -> set[tuple[str, str]]:
    """(corpus, article) of every article already labelled."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return {(row["corpus"], row["article"]) for row in rows}


def candidates(body: str) -> list[tuple[int, int]]:
    """Raw offsets of the words inside each pair of double marks (or up to the line's end)."""
    out = []
    for m in _CANDIDATE.finditer(body):
        inner = m.group(1)
        if len(_WORDS.findall(inner)) >= 3:
            out.append((m.start(1), m.end(1)))
    return out


def pick(corpus: str, seed: int, count: int) -> list[str]:
    """``count`` random articles of ``corpus`` not yet labelled that hold a candidate quote."""
    done = labelled_ids()
    pool: list[str] = []
    with (CORPORA / corpus).open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if (corpus, record["id"]) not in done and candidates(record.get("body") or ""):
                pool.append(record["id"])
    return sorted(random.Random(seed).sample(pool, min(count, len(pool))))


def show(corpus: str, article: str, labelling_round: int = 2) -> str:
    """The raw body with each candidate numbered in place: ``[3>``words``<3]``."""
    body = raw_records(CORPORA / corpus, {article})[article]["body"]
    cands = candidates(body)
    parts, at = [], 0
    for k, (s, e) in enumerate(cands, 1):
        parts += [body[at:s], f"[{k}>", body[s:e], f"<{k}]"]
        at = e
    parts.append(body[at:])
    return f"@ {corpus} {article} ({split_of(article, labelling_round)})\n" + "".join(parts)


def write(
    decisions: str, corpora: Path = CORPORA, labelling_round: int = 2, split: str | None = None
) -> list[dict[str, Any]]:
    """Label rows (the ``quote_labels.jsonl`` format) from a decisions file; ``split``
    names every row's split instead of the hash of its id (a wholly held-out set)."""
    blocks: list[tuple[str, str, list[str]]] = []
    for line in decisions.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            corpus, article = line[1:].split()[:2]
            blocks.append((corpus, article, []))
        else:
            blocks[-1][2].append(line)
    rows = []
    for corpus, article, lines in blocks:
        body = raw_records(corpora / corpus, {article})[article]["body"]
        cands = candidates(body)
        quotes: list[dict[str, Any]] = []
        for line in lines:
            which, speaker = (x.strip() for x in line.split("=", 1))
            if which.startswith("~"):  # "~WORDS": the one place the body has WORDS
                s = body.index(which[1:])
                assert body.count(which[1:]) == 1, which
                e = s + len(which) - 1
            elif ">" in which:  # "K>WORDS": from candidate K to the end of WORDS after it
                k, last = which.split(">", 1)
                s = cands[int(k) - 1][0]
                e = body.index(last, s) + len(last)
            elif ":" in which:
                s, e = (int(x) for x in which.split(":"))
            else:
                ks = [int(k) for k in which.split("+")]
                s, e = cands[ks[0] - 1][0], cands[ks[-1] - 1][1]
            quotes.append(
                {
                    "raw": [s, e],
                    "words": words_hash(body[s:e]),
                    "speaker": None if speaker == "-" else speaker,
                }
            )
        quotes.sort(key=lambda q: tuple(q["raw"]))
        rows.append(
            {
                "corpus": corpus,
                "article": article,
                "split": split or split_of(article, labelling_round),
                "quotes": quotes,
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Pick, show, or write labels."""
    parser = argparse.ArgumentParser(prog="python -m bench.quote_label")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pick")
    p.add_argument("corpus")
    p.add_argument("--seed", type=int, default=18)
    p.add_argument("--count", type=int, default=30)
    s = sub.add_parser("show")
    s.add_argument("corpus")
    s.add_argument("articles", nargs="+")
    w = sub.add_parser("write")
    w.add_argument("decisions", type=Path)
    w.add_argument(
        "--split", help="the split of every article (held11: all held out), not the id's hash"
    )
    for sub_parser in (s, w):
        sub_parser.add_argument(
            "--round",
            type=int,
            default=2,
            help="the labelling round: 3 writes dev3/held3, 4 dev4/held4",
        )
    args = parser.parse_args(argv)
    if args.command == "pick":
        print("\n".join(pick(args.corpus, args.seed, args.count)))
    elif args.command == "show":
        print("\n\n".join(show(args.corpus, a, args.round) for a in args.articles))
    else:
        decisions = args.decisions.read_text(encoding="utf-8")
        for row in write(decisions, labelling_round=args.round, split=args.split):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
