"""`python -m bench.quote_grouping [--variant longest|strong] [--fresh] [CORPUS ...]`.

On the labelled reprints (newsarticles): how many form one group and how many groups chain
different quotations (`bench.quote_chains`); on each CORPUS (files of ../shared/corpora):
the CPU seconds of grouping (every quote added, then every group formed), the quotes
extracted beforehand and not counted, best of three. ``--variant strong``: a clip looks
at the groups of equal and edited quotes only, not at the joins of longer clips.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from bench.quote_chains import chain_line
from bench.quote_reprints import load_group_labels, score_groups, score_lines, tuning
from bench.quotes_eval import CORPORA, cleaned_articles
from index.analysis import quote_links
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import Quote, extract_quotes
from index.models import Article


def _grouped(found: Sequence[tuple[Article, tuple[Quote, ...]]]) -> tuple[QuoteIndex, float]:
    start = time.process_time()
    index = QuoteIndex()
    for article, quotes in found:
        index.add_article(article.id, article.source, article.date, quotes)
    index.groups()
    return index, time.process_time() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print the labelled grouping figures, then the grouping time of each corpus."""
    parser = argparse.ArgumentParser(prog="python -m bench.quote_grouping")
    parser.add_argument("--variant", choices=("longest", "strong"), default="longest")
    parser.add_argument("--fresh", action="store_true", help="also score the fresh sets (once)")
    parser.add_argument("corpus", nargs="*", default=["newsarticles.jsonl"])
    args = parser.parse_args(argv)
    quote_links.LONGEST_FIRST = args.variant == "longest"
    groups, clean = load_group_labels()
    index, _ = _grouped([(a, tuple(extract_quotes(a.body))) for a in clean.values()])
    print("== grouping: labelled reprinted quotations that form one group")
    print("\n".join(score_lines(groups, index, fresh=args.fresh)))
    print(chain_line(index))
    shown = groups if args.fresh else tuning(groups)
    print("\n".join(f"  {f}" for f in score_groups(shown, index)[2]))
    for name in args.corpus:
        articles = list(cleaned_articles(CORPORA / name).values())
        found = [(a, tuple(extract_quotes(a.body))) for a in articles]
        seconds = [_grouped(found)[1] for _ in range(3)]
        quotes = sum(len(q) for _, q in found)
        print(
            f"{name}: grouping {min(seconds):.2f} CPU s (best of 3: "
            f"{', '.join(f'{s:.2f}' for s in seconds)}), {len(articles)} articles, {quotes} quotes"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
