"""`python -m bench.compare_casing`: would the corpus's own casing clean compare's "only in"
names (fn45)?

compare drops a heading's or a sentence start's capitalised word ("Place", "Staff") when
the compared texts write it in lower case (`index.analysis.nameheadings`, fx155). This
bench asks what the *indexed corpus* adds as evidence: a word the corpus writes in lower
case at least ``--minimum`` times and at least ``--ratio`` times as often as it writes it
capitalised inside a sentence ("place" 851/17 across AllSides and newsarticles; "congress"
23/535 and "trump" 9/3829 are not). It counts the corpora given, then lists the "only in"
names of compare_eval's stories twice, as compare makes them now and with that evidence
added to `heading_word` (monkeypatched here; nothing in ``index`` reads the counts), and
prints every name that changes with its context, the counting cost and the list's size.

``--guards`` keeps three shapes the corpus evidence would otherwise drop: a word after a
mid-sentence "The" ("at The Met", "The Root"), a word quoted alone ("the “Squad”"), and a
word beside an "and" between capitalised words ("Journalism and Media").
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable

from bench.compare_eval import CORPORA, cleaned, load_stories
from index.analysis import namefragments, nameheadings
from index.analysis.entities import Lexicon, NameMention
from index.analysis.multicompare import compare_many

LOWER = re.compile(r"(?<![\w@/.#'’-])[a-z][a-z'’-]+(?![\w@/'’-]|\.[a-z])")
"""A word written in lower case; not a handle, a path or a web address ("twitter.com")."""
MID_CAPS = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'’-])")
"""A word capitalised inside a sentence: after a word ending in a lower-case letter (a
capitalised one too: "Joint Chiefs", so a run's words count) or a comma."""
_THE = re.compile(r"(?<=[a-z,;] )The[ \t]+$")
_AND = re.compile(r"[A-Z][\w’'.-]*[ \t]+(?:and|&)[ \t]+$")
_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z]")
_QUOTES = "\"“”'‘’"


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case, and capitalised inside a sentence."""
    lower: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    for text in texts:
        lower.update(LOWER.findall(text))
        mid.update(w.lower() for w in MID_CAPS.findall(text))
    return lower, mid


def common_words(
    lower: Counter[str], mid: Counter[str], ratio: float, minimum: int
) -> frozenset[str]:
    """The words written in lower case ``minimum`` times and ``ratio`` times as often as
    capitalised inside a sentence."""
    return frozenset(w for w, n in lower.items() if n >= minimum and n >= ratio * mid[w])


def _guarded(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _THE.search(before) or _AND.search(before) or _AND_AFTER.match(text, end):
        return True
    return before[-1:] in _QUOTES and text[end : end + 1] in _QUOTES


def with_corpus(common: frozenset[str], guards: bool) -> Callable[..., bool]:
    """`heading_word`, also true for a word ``common`` holds (its singular too)."""
    original = nameheadings.heading_word

    def heading_word(text: str, mention: NameMention, lexicon: Lexicon) -> bool:
        if original(text, mention, lexicon):
            return True
        word = mention.text
        if " " in word or mention.acronym or len(mention.key) != 1:
            return False
        if word.isupper() or not word[:1].isupper():
            return False
        low = nameheadings._low(word)
        if nameheadings._not_a_word(word, low):
            return False
        singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        if low not in common and not (low.endswith("s") and singular in common):
            return False
        places = [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text)
        ]
        return bool(places) and all(
            (nameheadings._opens(text, s) or nameheadings._in_run(text, s, e, lexicon))
            and not (guards and _guarded(text, s, e))
            for s, e in places
        )

    return heading_word


def only_in_names() -> tuple[list[tuple[str, str]], dict[str, str], float]:
    """Every (article id, name) listed "only in" over compare_eval's stories, the bodies,
    and the seconds it took."""
    names: list[tuple[str, str]] = []
    bodies: dict[str, str] = {}
    began = time.perf_counter()
    for story in load_stories():
        comparison = compare_many(story.articles)
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
    parser.add_argument("--guards", action="store_true")
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
    original = namefragments.heading_word
    namefragments.heading_word = with_corpus(common, args.guards)
    try:
        after, _, took_after = only_in_names()
    finally:
        namefragments.heading_word = original
    print(f"names {len(before)} -> {len(after)}; compare {took:.1f} s -> {took_after:.1f} s")
    gone, new = Counter(before) - Counter(after), Counter(after) - Counter(before)
    for sign, changed in (("-", gone), ("+", new)):
        for aid, name in sorted(changed.elements()):
            print(f"{sign} {aid}\t{name}\t{_context(bodies[aid], name)}")


if __name__ == "__main__":
    main()
