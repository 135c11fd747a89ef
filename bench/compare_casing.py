"""`python -m bench.compare_casing`: what the corpus's own casing does to compare's "only in"
names (fn45; built into the index by fn46).

compare drops a heading's or a sentence start's capitalised word ("Place", "Staff") when
the compared texts write it in lower case (`index.analysis.nameheadings`, fx155), or, since
fn46, when the *indexed corpus* does: a word it writes in lower case at least ``--minimum``
times and at least ``--ratio`` times as often as capitalised inside a sentence ("place"
851/17 across AllSides and newsarticles; "congress" 23/535 and "trump" 9/3829 are not;
`index.analysis.casing`), except where a guard keeps it ("at The Met", the "Squad",
"Journalism and Media": `nameheadings._guarded`). This bench counts the corpora given, lists
the "only in" names of compare_eval's stories without and with those common words, and
prints every name that changes with its context, the counting cost and the list's size.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

from bench.compare_eval import CORPORA, cleaned, load_stories
from index.analysis.casing import common_words, count
from index.analysis.multicompare import compare_many


def only_in_names(
    common: frozenset[str] = frozenset(),
) -> tuple[list[tuple[str, str]], dict[str, str], float]:
    """Every (article id, name) listed "only in" over compare_eval's stories (with the
    corpus's ``common`` words), the bodies, and the seconds it took."""
    names: list[tuple[str, str]] = []
    bodies: dict[str, str] = {}
    began = time.perf_counter()
    for story in load_stories():
        comparison = compare_many(story.articles, common)
        for k, only in enumerate(comparison.only_in):
            doc = comparison.documents[k]
            bodies[doc.id] = doc.body
            names.extend((doc.id, e.name) for e in only.names)
    return names, bodies, time.perf_counter() - began


def _context(body: str, name: str) -> str:
    found = re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", body)
    if found is None:
        return ""
    return body[max(0, found.start() - 35) : found.end() + 20].replace("\n", " ")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default="allsides_stories.jsonl", help="comma-separated")
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--minimum", type=int, default=2)
    args = parser.parse_args(argv)
    texts = [a.body for c in args.corpora.split(",") for a in cleaned(CORPORA / c).values()]
    began = time.perf_counter()
    lower, mid = count(texts)
    counted = time.perf_counter() - began
    common = common_words(lower, mid, args.ratio, args.minimum)
    size = sum(len(w) + 1 for w in common)
    megabytes = sum(len(t) for t in texts) / 1e6
    print(f"corpus {args.corpora}: {len(texts)} articles, {megabytes:.1f} MB of bodies")
    print(f"counted in {counted:.2f} s; {len(lower)} lower-case words, {len(common)} common")
    print(f"(a sorted file of {size / 1e3:.0f} KB)")
    before, bodies, took = only_in_names()
    after, _, took_after = only_in_names(common)
    print(f"names {len(before)} -> {len(after)}; compare {took:.1f} s -> {took_after:.1f} s")
    gone, new = Counter(before) - Counter(after), Counter(after) - Counter(before)
    for sign, changed in (("-", gone), ("+", new)):
        for aid, name in sorted(changed.elements()):
            print(f"{sign} {aid}\t{name}\t{_context(bodies[aid], name)}")


if __name__ == "__main__":
    main()
