"""The corpus's own casing: how often each word is written in lower case and capitalised
inside a sentence, kept by every build so compare knows "place" for a common word (fn45).

A derived kind (`index.derived`) kept in ``gen-*/casing/``: ``counts.tsv`` (word, times in
lower case, times capitalised mid-sentence; sorted by word) and ``common.txt``, the words
`common_words` finds in them, one a line, which compare reads once per generation
(`common_in`) and hands to `index.analysis.nameheadings.heading_word` through the
comparison's `Lexicon`: a heading's "Place", "Doubt" or "Staff" is then no name even when
the compared texts never write it in lower case, while "Congress" (23 lower / 535
capitalised across AllSides and newsarticles), "Republic" and "Catholic" stay names.

Removed articles: an update adds what the added articles count to the previous totals and
takes nothing away (keeping each article's counts to subtract would cost ~10 MB on the three
corpora). A removed or changed article's evidence stays until the next rebuild; the 2x ratio
survives an article counted twice (fn45's recommendation).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.models import Article, ProgressCallback

NAME = "casing"
"""The kind's folder in a generation."""

COUNTS = "counts.tsv"
"""Every word's counts: ``word<TAB>lower<TAB>mid`` a line, sorted by word."""

COMMON = "common.txt"
"""The common words of `COUNTS` (`common_words`), one a line, sorted."""

RATIO = 2.0
"""A common word is written in lower case at least this many times as often as it is
capitalised inside a sentence."""

MINIMUM = 2
"""... and in lower case at least this many times."""

LOWER = re.compile(r"(?<![\w@/.#'’-])[a-z][a-z'’-]+(?![\w@/'’-]|\.[a-z])")
"""A word written in lower case; not a handle, a path or a web address ("twitter.com":
without this, "Twitter" read as a common word)."""

MID_CAPS = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+(?![\w'’-])")
"""A word capitalised inside a sentence: after a word ending in a lower-case letter (a
capitalised one too: "Joint Chiefs", so a run's inner words count) or a comma."""

Counts = tuple[str, str]
"""An article's words written in lower case, and capitalised inside a sentence (lower-cased),
each as often as written, joined by spaces: what `CasingDerived.extract` sends back from an
indexing worker. One string a side, not a dict: the build holds every article's until it
runs, and dicts of newsarticles' 3,779 articles held ~80 MB more at the peak (fn46)."""


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word of ``texts`` is written in lower case, and capitalised inside a
    sentence (lower-cased)."""
    lower: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    for text in texts:
        lower.update(LOWER.findall(text))
        mid.update(w.lower() for w in MID_CAPS.findall(text))
    return lower, mid


def common_words(
    lower: Counter[str], mid: Counter[str], ratio: float = RATIO, minimum: int = MINIMUM
) -> frozenset[str]:
    """The words written in lower case ``minimum`` times and ``ratio`` times as often as
    capitalised inside a sentence."""
    return frozenset(w for w, n in lower.items() if n >= minimum and n >= ratio * mid[w])


class CasingDerived:
    """The `index.derived.Extracting` kind of the corpus's casing (`COUNTS`, `COMMON`)."""

    name = NAME
    light = True  # a build never forks a process for it (`index.derived.light`)

    def extract(self, article: Article) -> Counts:
        """The article's body's words (its title is left out: a headline's capitals)."""
        body = article.body
        return " ".join(LOWER.findall(body)), " ".join(MID_CAPS.findall(body)).lower()

    def build(
        self, articles: Iterable[Counts], folder: Path, on_progress: ProgressCallback | None
    ) -> None:
        """Sum every article's counts."""
        _write(_summed(Counter(), Counter(), articles), folder)

    def update(
        self,
        previous: Path,
        added: Iterable[Counts],
        removed: Collection[str],
        folder: Path,
        on_progress: ProgressCallback | None,
    ) -> None:
        """The previous totals with ``added``'s counts; ``removed`` articles' counts stay
        until the next rebuild (see the module's docstring)."""
        totals = read_counts(previous)
        if totals is None:
            from index.errors import BuildFailed

            raise BuildFailed("the casing counts are unreadable; run `broadsheet index rebuild`")
        _write(_summed(*totals, added), folder)


def _summed(
    lower: Counter[str], mid: Counter[str], articles: Iterable[Counts]
) -> tuple[Counter[str], Counter[str]]:
    for low, caps in articles:
        lower.update(low.split())
        mid.update(caps.split())
    return lower, mid


def _write(totals: tuple[Counter[str], Counter[str]], folder: Path) -> None:
    lower, mid = totals
    rows = "".join(f"{w}\t{lower[w]}\t{mid[w]}\n" for w in sorted(lower.keys() | mid.keys()))
    (folder / COUNTS).write_text(rows, encoding="utf-8")
    common = "".join(f"{w}\n" for w in sorted(common_words(lower, mid)))
    (folder / COMMON).write_text(common, encoding="utf-8")


def read_counts(folder: Path) -> tuple[Counter[str], Counter[str]] | None:
    """The totals kept in ``folder`` (`COUNTS`), or None when unreadable."""
    lower: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    try:
        for line in (folder / COUNTS).read_text(encoding="utf-8").splitlines():
            word, low, caps = line.split("\t")
            lower[word], mid[word] = int(low), int(caps)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return +lower, +mid


@lru_cache(maxsize=4)
def common_in(folder: Path | None) -> frozenset[str]:
    """The common words a generation's ``casing`` folder keeps (a generation never changes:
    cached); none without one (an index built before they were kept, or unreadable): compare
    then goes by the compared texts alone, as before fn46."""
    if folder is None:
        return frozenset()
    try:
        return frozenset((folder / COMMON).read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError):
        return frozenset()
