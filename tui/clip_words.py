"""Text cut to a limit at a word's end, with "…" (nu54 #4).

The comparison views cut sentences mid-word where a hard limit is needed ("... avoid becoming
ill themsel…"); a journalist copying what only one outlet says got a broken word. Views now
wrap whole sentences and cut only where a limit must hold (a table cell, a runaway
"sentence" of a page with no full stops), and then after a whole word.
"""

from __future__ import annotations

SENTENCE_LIMIT = 1000
"""The longest sentence the comparison views show whole: past it, a page with no full stops
(one "sentence" of thousands of characters) would flood the pane."""


def clip_words(text: str, limit: int) -> str:
    """``text`` with its runs of spaces made one, cut to at most ``limit`` characters (the
    "…" counted) after its last whole word that fits, or inside the word when one word
    alone is longer than half the limit (an address)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if flat[len(cut) : len(cut) + 1] != " " and space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"
