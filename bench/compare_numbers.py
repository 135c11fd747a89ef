"""`python -m bench.compare_numbers`: numbers a comparison calls "only in" one article.

Over every labelled AllSides story (two or three outlets on one event), counts the
numbers ``compare_many`` lists as only in one article, and how many of them an oracle
still finds in another article of the story: the numeral as written ("222", "two" = 2,
"1.5" of "$1.5 billion") as a number token anywhere in that article's title or body,
inside hyphenated and slashed words too ("220-to-190", "9/11", "June 1992"). Those are
the suspect listings (nu38 #3); ``--sample N`` prints N of them and N of the rest.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Sequence

from bench.compare_eval import CORPORA, cleaned
from index.analysis.multicompare import Document, compare_many

_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORDS += ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"]
_WORDS += ["seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TOKEN = re.compile(r"(?<![\d:])\d+(?:[.,]\d+)*(?![\d:])|[A-Za-z]+")
_BARE = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?")


def _word(token: str) -> float | None:
    low = token.lower()
    if low in _WORDS:
        return float(_WORDS.index(low))
    if low in _TENS:
        return float(20 + 10 * _TENS.index(low))
    return None


def token_values(text: str) -> set[float]:
    """Every number token of ``text`` as a value: digit runs (commas dropped) anywhere,
    inside hyphenated and slashed words too, but not a clock time's ("2:30"); and number
    words ("two" = 2, "twenty" = 20)."""
    out: set[float] = set()
    for tok in _TOKEN.findall(text):
        if tok[0].isdigit():
            digits = tok.replace(",", "")
            try:
                out.add(float(digits))
            except ValueError:  # "1.2.3"
                out.update(float(p) for p in digits.split(".") if p)
        elif (value := _word(tok)) is not None:
            out.add(value)
    return out


def numeral(text: str) -> float | None:
    """The numeral of a listed mention as written: 222 of "222", 1.5 of "$1.5 billion",
    2 of "two", 25 of "twenty-five"."""
    total = 0.0
    for tok in _TOKEN.findall(text.replace("-", " ")):
        if tok[0].isdigit():
            return float(tok.replace(",", ""))
        total += _word(tok) or 0.0
    return total or None


def bare_count(text: str) -> float | None:
    """The value of a mention that is a bare count ("190", "1,500", "two", "twenty-five"),
    None for money, percentages, ordinals, scaled and measured numbers."""
    if not _BARE.fullmatch(text):
        return None
    return numeral(text) if text[0].isdigit() or _word(text.split("-")[0]) else None


def main(argv: Sequence[str] | None = None) -> int:
    """Print the totals of listed and suspect only-in numbers, and a sample of each."""
    parser = argparse.ArgumentParser(prog="python -m bench.compare_numbers")
    parser.add_argument("--sample", type=int, default=0)
    args = parser.parse_args(argv)
    arts = cleaned(CORPORA / "allsides_stories.jsonl")
    stories: dict[str, list[Document]] = {}
    for art in arts.values():
        stories.setdefault(str(art.extra.get("story", art.id)), []).append(
            Document.from_article(art)
        )
    listed, suspect, rest, strict = 0, [], [], []
    groups = [docs for _, docs in sorted(stories.items()) if len(docs) >= 2]
    for docs in groups:
        comparison = compare_many(docs)
        for p, only in enumerate(comparison.only_in):
            others = [d for q, d in enumerate(docs) if q != p]
            for n in only.numbers:
                listed += 1
                found = [token_values(f"{d.title}\n{d.body}") for d in others]
                hits = [d.id for d, v in zip(others, found, strict=True) if numeral(n.text) in v]
                row = f"{docs[p].id}: {n.text!r}" + (f" (in {', '.join(hits)})" if hits else "")
                (suspect if hits else rest).append(row)
                if bare_count(n.text) is not None and any(bare_count(n.text) in v for v in found):
                    strict.append(row)
    print(
        f"== {len(groups)} AllSides stories: {listed} numbers listed only-in; "
        f"{len(suspect)} of them have their numeral as a token in another article's title or "
        f"body; {len(strict)} are bare counts another gives as a token (the oracle)"
    )
    rng = random.Random(58)
    for name, rows in (("suspect", suspect), ("rest", rest)):
        for row in rng.sample(rows, min(args.sample, len(rows))):
            print(f"  {name}: {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
