"""Counts and empty lists said in words, the same in the CLI and the reader (re-exported by
`index.models`)."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """A count with its noun, singular or plural: "1 article", "3,781 articles"."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"


def no_stories(articles: int) -> str:
    """Why a corpus of ``articles`` articles lists no story, in a line: not a bare "No stories"."""
    if articles <= 0:
        return "No stories: the index has no articles yet."
    alone = "this article stands" if articles == 1 else f"these {articles:,} articles each stand"
    return f"No stories yet: a story needs two articles on the same event; {alone} alone."
