"""A wildcard's lighting in one article: the words it fits, or else what found the article.

A wildcard finds every article holding a word it fits or a word sharing that word's stem
(`index.search.wildcards`: ``u?s`` fits "ups", so it finds "up"), but lights only the
words it fits (sx42: a user reads a lit word as one the pattern fits). An article found
through another form alone then lit nothing and said "0 matches" (362 of 977 hits of
``u?s`` on Reuters wires). The rule (sx43): in an article, a wildcard lights the words it
fits; where the article holds none, the words sharing a stem with a word it fits in the
index (`Highlighter.kin`), which is what found it. So every hit lights a word, and where
a fitting word is present only fitting words are lit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from index.search.highlight import Highlighter
from index.search.snippets import scan_pieces


def for_article(highlighter: Highlighter, texts: Iterable[str]) -> Highlighter:
    """``highlighter`` for the article of ``texts``: each wildcard of its ``fitted`` the
    texts hold a fitting word of is kept; each other is replaced by its ``kin`` stems."""
    texts = tuple(texts)
    kept: list[str] = []
    stems = set(highlighter.stems)
    for pattern, kin in zip(highlighter.fitted, highlighter.kin, strict=True):
        alone = Highlighter(fitted=(pattern,))
        if any(alone.spans(piece) for text in texts for _, piece in scan_pieces(text)):
            kept.append(pattern)
        else:
            stems.update(kin)
    return replace(highlighter, stems=frozenset(stems), fitted=tuple(kept), kin=())
