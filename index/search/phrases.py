"""Quoted phrases that hold a hyphenated word with a weak part ("G-20", "COVID-19").

The index holds such a word's parts, each at its own position, and its joined forms after
all the field's words (`index.store.hyphens`): a phrase of its parts finds "G-20 finance"
and "G 20 finance", never "G20 finance" ("g20" there is one word at its own position).
So a phrase is looked for in each way of writing its hyphenated words with a weak part:
the parts spelled out, or joined into one word in their place (``"g-20 finance"`` is
``"g 20 finance" OR "g20 finance"``). A phrase of one such word and nothing else means
what the loose word means, its joined form (``"A-1"`` finds "A-1" and "A1", not "a $1").
"""

from __future__ import annotations

from itertools import product
from typing import Any

from whoosh.qparser import PhrasePlugin
from whoosh.qparser.syntax import attach
from whoosh.query import Or, Phrase, Query, Term

from index.store.hyphens import CHAIN, pieces

MAX_JOINED_WORDS = 4
"""A phrase's first hyphenated words with a weak part that are tried joined too (2**4
phrases at most); any further one is looked for as its parts only."""


def _hyphenated(text: str) -> list[tuple[int, int, int]]:
    """(start, end, parts) of the hyphenated words of ``text`` with a weak part."""
    found = []
    for match in CHAIN.finditer(text):
        parts, joined = pieces(match.group())
        if joined:
            found.append((match.start(), match.end(), len(parts)))
    return found[:MAX_JOINED_WORDS]


class _PhraseNode(PhrasePlugin.PhraseNode):
    def query(self, parser: Any) -> Query:
        found = super().query(parser)
        field = None
        if parser.schema is not None and found.fieldname in parser.schema:
            field = parser.schema[found.fieldname]
        if not isinstance(found, Phrase) or field is None or not field.analyzer:
            return found
        words = list(found.words)
        ranges = list(found.char_ranges or [(None, None)] * len(words))
        start = self.textstartchar
        choices: list[tuple[int, int, str, tuple[int, int]]] = []  # first, size, joined, chars
        for begin, end, size in _hyphenated(self.text):
            at = [k for k, (s, _) in enumerate(ranges) if s is not None and s == start + begin]
            joined = [
                t.text
                for t in field.tokenize(
                    self.text[begin:end].replace("-", ""), mode="query", chars=True
                )
            ]
            if len(at) != 1 or len(joined) != 1 or at[0] + size > len(words):
                continue
            choices.append((at[0], size, joined[0], (start + begin, start + end)))
        if not choices:
            return found
        if len(choices) == 1 and choices[0][1] == len(words):  # one hyphenated word alone
            alone = Term(found.fieldname, choices[0][2], boost=found.boost)
            return attach(alone, self)
        variants: list[Query] = []
        for joins in product((False, True), repeat=len(choices)):
            kept_words, kept_ranges = list(words), list(ranges)
            chosen = [c for c, join in zip(choices, joins, strict=True) if join]
            for first, size, word, chars in reversed(chosen):
                kept_words[first : first + size] = [word]
                kept_ranges[first : first + size] = [chars]
            variants.append(
                parser.phraseclass(
                    found.fieldname,
                    kept_words,
                    slop=found.slop,
                    boost=found.boost,
                    char_ranges=kept_ranges,
                )
            )
        return attach(Or(variants), self)


class _PhraseTagger(PhrasePlugin.PhraseTagger):
    def create(self, parser: Any, match: Any) -> _PhraseNode:
        slop = match.group("slop")
        return _PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)


class HyphenPhrasePlugin(PhrasePlugin):
    """Whoosh's phrases, a phrase with a hyphenated word with a weak part read as above."""

    def taggers(self, parser: Any) -> list[tuple[Any, int]]:
        return [(_PhraseTagger(self.expr), 0)]
