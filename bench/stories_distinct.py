"""Distinct texts at scale for the story benchmarks (st77, issue 16).

`bench.stories_scale.replicate` copies newsarticles' 3,779 texts ~25 times to reach
100,000 articles, so an update there meets each text ~25 times over and any work shared
by equal rows (`story_classes`) pays 25-fold: a figure no real corpus of 100,000 gives.
Here the three corpora's own articles come first (Reuters 19,043, newsarticles 3,779,
AllSides 1,479: 24,301, every text distinct but Reuters' own 278 reprints), then reworded
copies of them, copy after copy, until there are enough. A copy ``k`` of an article:

- is moved ``k`` times its corpus's gap later (Reuters and AllSides 400 days: each copy a
  stretch of its own, as a wire's next year; newsarticles 11 days: its nine outlets' copies
  overlap, as in `bench.stories_scale`), so the stories stay as many and as large as the
  corpora's, and an article meets its own copies only where the corpora's copies did;
- loses each sentence with a chance of 15% (one at least is kept), and two neighbouring
  sentences of its lead may trade places (a rewrite);
- has 8% of its words of four letters or more (in the title: one word half the time)
  swapped for a word drawn from its corpus as the corpus uses them (a random word of a
  random article): the swapped-in words keep the corpus's spread of frequent and rare
  words, so rows keep their length and weights' spread, and no made-up word inflates the
  vocabulary or the rare-term rule.

The lead's 8-word passages survive at ~0.92^8, about half: a copy is a near copy of its
original by passages only where the two are near in time (or undated), as a reprint with
edits is. Seeded per corpus, copy and article: the same articles every run.
"""

from __future__ import annotations

import random
import re
from datetime import timedelta
from pathlib import Path

from index.analysis.stories import StoryArticle
from index.ingest.readers import iter_articles
from index.models import Article

CORPORA = (("reuters21578.jsonl", 400), ("newsarticles.jsonl", 11), ("allsides_stories.jsonl", 400))
DROP = 0.15  # a sentence's chance to be left out of a copy
SWAP = 0.08  # a word's chance to be swapped for another of the corpus
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}\b")
_DIGIT = re.compile(r"\d")


def _reword(text: str, rng: random.Random, pool: list[str], share: float) -> str:
    """``text`` with a ``share`` of its words of four letters or more swapped from ``pool``
    and of its figures' digits redrawn (a table's next quarter)."""

    def swap(match: re.Match[str]) -> str:
        return rng.choice(pool) if rng.random() < share else match.group()

    def redraw(match: re.Match[str]) -> str:
        return str(rng.randrange(10)) if rng.random() < share else match.group()

    return _DIGIT.sub(redraw, _LONG_WORD.sub(swap, text))


def _body(body: str, rng: random.Random, pool: list[str]) -> str:
    """``body`` reworded: sentences (a table's lines) dropped, two traded, words swapped;
    the paragraphs stay paragraphs."""
    units = [(p, s) for p, para in enumerate(body.split("\n\n")) for s in _SENTENCE.split(para)]
    kept = [u for u in units if rng.random() >= DROP] or [rng.choice(units)]
    if len(kept) > 2 and rng.random() < 0.5:
        at = rng.randrange(min(len(kept), 4) - 1)
        kept[at], kept[at + 1] = (kept[at][0], kept[at + 1][1]), (kept[at + 1][0], kept[at][1])
    paras: dict[int, list[str]] = {}
    for p, sentence in kept:
        paras.setdefault(p, []).append(sentence)
    return _reword("\n\n".join(" ".join(s) for s in paras.values()), rng, pool, SWAP)


def _copy(
    a: Article, k: int, gap: int, rng: random.Random, pool: list[str], seen: set[tuple[str, str]]
) -> StoryArticle:
    """Copy ``k`` of ``a``: moved, reworded until its text is not in ``seen`` (a short
    table may come out whole: drawn again, at most 20 times)."""
    for _ in range(20):
        body = _body(a.body, rng, pool)
        words = _LONG_WORD.findall(a.title)
        title = a.title
        if words and rng.random() < 0.5:
            old, new = rng.choice(words), rng.choice(pool)
            new = new.upper() if old.isupper() else new  # Reuters' headlines are capitals
            title = re.sub(rf"\b{re.escape(old)}\b", new, title, count=1)
        if (title, body) not in seen:
            break
    seen.add((title, body))
    date = a.date + timedelta(days=gap * k) if a.date else None
    return StoryArticle(f"{a.id}~{k}", title, body, a.source, date, a.url)


def distinct_articles(corpora: Path, size: int) -> list[StoryArticle]:
    """``size`` articles of distinct texts: the corpora's own, then reworded copies."""
    sets = []
    for name, gap in CORPORA:
        base = [a for a in iter_articles(corpora / name) if isinstance(a, Article)]
        pool = [w for a in base for w in _LONG_WORD.findall(a.body)]
        sets.append((name, gap, base, pool))
    out: list[StoryArticle] = []
    seen: set[tuple[str, str]] = set()
    k = 0
    while len(out) < size:
        for name, gap, base, pool in sets:
            for i, a in enumerate(base):
                if len(out) == size:
                    return out
                if k == 0:
                    out.append(StoryArticle(f"{a.id}~0", a.title, a.body, a.source, a.date, a.url))
                    seen.add((a.title, a.body))
                else:
                    rng = random.Random(f"{name} {k} {i}")
                    out.append(_copy(a, k, gap, rng, pool, seen))
        k += 1
    return out
