"""Quoted phrases that hold a word of parts with a weak one ("G-20", "COVID-19", "g7").

The index holds a hyphenated word's parts, each at its own position, and, when a part is
weak, its joined forms after all the field's words (`index.store.hyphens`): a phrase of
its parts finds "G-20 finance" and "G 20 finance", never "G20 finance" ("g20" there is one
word at its own position). So a phrase is looked for in each way of writing its words of
parts: each hyphen kept (the parts apart) or left out (the parts joined, when the run
joined holds a weak part), and so is each step between letters and digits of a typed word
("g7" may be written "G-7"): ``"g-20 finance"`` is ``"g 20 finance" OR "g20 finance"``,
``"g7 nations"`` is ``"g7 nations" OR "g 7 nations"`` (finds "G-7 nations", cl24 #2), and
``"g-7-led"`` finds "G7-led" too. A phrase of one such word and nothing else means what the
loose word means, its joined form (``"A-1"`` finds "A-1" and "A1", not "a $1"), or one of
the ways that joins some of its parts, not none.

A phrase typed in capitals is shouted as a headline is (`index.store.initialisms.
shouted_words`, the index's rule): a stop word in capitals between words in capitals may
be either reading, so ``"THE BANK"`` is ``"the bank" OR "t.h.e bank"`` (sx38); past
`MAX_SHOUTED` such words, or the `MAX_VARIANTS` bound, the rest are the plain word only.
"""

from __future__ import annotations

import re
from itertools import product
from typing import Any

from whoosh.qparser import PhrasePlugin
from whoosh.qparser.syntax import attach
from whoosh.query import Or, Phrase, Query, Term

from index.search.lost_letters import note_lost
from index.search.lost_phrases import note_phrase
from index.store.hyphens import typed_weak
from index.store.initialisms import shouted_words

MAX_VARIANTS = 64
"""The most phrases a quoted phrase is looked for as; a word whose ways would pass it is
looked for as typed only."""
MAX_SHOUTED = 3
"""The most shouted stop words of a phrase looked for in both readings (8 phrases)."""
MAX_STEPS = 5
"""A word with more steps (hyphens, letter-digit steps) is looked for as typed only."""
WORD = re.compile(r"(?<![\w.-])\w+(?:-\w+)*(?![\w.-]*\w)")
"""A word of the phrase's text: parts between hyphens (a dotted word is left as typed)."""
STEP = re.compile(r"-|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
"""Where a word's parts meet: a hyphen, or a letter next to a digit ("g7", "7g")."""

Way = tuple[tuple[str, int, int], ...]
"""A way of writing a word: its pieces, each (text, start, end) in the phrase's text."""


def _sub_parts(word: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``word`` (at ``start``), split at every `STEP`."""
    parts, at = [], 0
    for step in STEP.finditer(word):
        parts.append((start + at, start + step.start()))
        at = step.end()
    parts.append((start + at, start + len(word)))
    return [(s, e) for s, e in parts if e > s]


def ways(text: str, parts: list[tuple[int, int]]) -> list[Way]:
    """Each way of writing a word of ``parts``: every step kept or left out, a run joined
    only when it holds a weak part (`typed_weak`: "US" is an initialism); the parts apart
    first."""
    found: list[Way] = []
    weak_part = [typed_weak(text[s:e]) for s, e in parts]
    for joins in product((False, True), repeat=len(parts) - 1):
        groups: list[list[int]] = [[0]]
        for k, join in enumerate(joins, 1):
            if join:
                groups[-1].append(k)
            else:
                groups.append([k])
        if any(len(g) > 1 and not any(weak_part[k] for k in g) for g in groups):
            continue
        found.append(
            tuple(
                (
                    "".join(text[parts[k][0] : parts[k][1]] for k in g),
                    parts[g[0]][0],
                    parts[g[-1]][1],
                )
                for g in groups
            )
        )
    return found


STARRED = re.compile(r"(?<![\w*])(\w+)\*(?![\w*])")
"""A word of a phrase typed with a star ("they investigat*"): a prefix, the phrase looked
for with each stem of the words it begins (`index.search.starred`)."""


def _starred(text: str, start: int, found: Query) -> Query:
    """``found`` (a phrase) with its starred words kept for the search to expand
    (`index.search.starred.StarredPhrase`): ``"the governo*"`` is ``"the governor" OR
    "the governors" ...`` in an index whose words are those, never "the government"
    (rv34 #1 as a phrase, px35). The phrase's other words as analysed."""
    if not isinstance(found, Phrase) or not found.char_ranges:
        return found
    from index.search.starred import StarredPhrase
    from index.store.schema import make_words_analyzer

    analyzer = make_words_analyzer()
    starred: list[tuple[int, str]] = []
    for match in STARRED.finditer(text):
        at = [k for k, (s, _) in enumerate(found.char_ranges) if s == start + match.start(1)]
        if len(at) != 1:
            continue
        words = [word.text for word in analyzer(match.group(1), mode="query")]
        prefix = words[0] if len(words) == 1 else match.group(1).lower()
        starred.append((at[0], prefix))
    if not starred:
        return found
    from index.search.lost_phrases import carry_notes

    made = StarredPhrase(
        found.fieldname,
        list(found.words),
        tuple(starred),
        slop=found.slop,
        boost=found.boost,
        char_ranges=found.char_ranges,
    )
    return carry_notes(found, made, {k for k, _ in starred})  # its other words' (rv70)


class BoostedPhrase(Phrase):
    """Whoosh's phrase, whose one word keeps the phrase's boost: Whoosh's ``normalize``
    makes a phrase of one word a term without it, so a quoted word, and a ticker (searched
    as its quoted word: `index.search.query.unbracket_tickers`), lost the title's double
    weight (nu48 #6: ``<PIE>`` scored a headline naming it at half ``PIE``'s, under a
    body's passing mention)."""

    def normalize(self) -> Query:
        from index.search.lost_phrases import carry

        found = super().normalize()
        if type(found) is Term:
            found.boost = self.boost
        return carry(self, found)  # its words' lost-letter spellings (sx47)


class _PhraseNode(PhrasePlugin.PhraseNode):
    def query(self, parser: Any) -> Query:
        from index.search.lost_letters import typed_pairs
        from index.search.wildcard_syntax import check_phrase

        typed: str = getattr(self, "text", "")
        self.text = typed_pairs(typed)  # "Sch??uble" as "Sch\ufffd\ufffduble" (sx49)
        check_phrase(self.text, self.textstartchar)
        found = self._ways(parser)
        note_phrase(found, self.text, self.textstartchar)  # its words' lost letters (sx47)
        if "*" in self.text:
            if type(found) is Or:  # each way of writing it, its starred word expanded
                found = attach(
                    Or([_starred(self.text, self.textstartchar, way) for way in found.subqueries]),
                    self,
                )
            else:
                found = attach(_starred(self.text, self.textstartchar, found), self)
        return found

    def _ways(self, parser: Any) -> Query:
        found = super().query(parser)
        field = None
        if parser.schema is not None and found.fieldname in parser.schema:
            field = parser.schema[found.fieldname]
        if not isinstance(found, Phrase) or field is None or not field.analyzer:
            return found
        words = list(found.words)
        ranges = list(found.char_ranges or [(None, None)] * len(words))
        start = self.textstartchar

        def analysed(piece: str) -> str | None:
            terms = [t.text for t in field.tokenize(piece, mode="query", chars=True)]
            return terms[0] if len(terms) == 1 else None

        # (first word, words as typed, its ways as terms and char ranges) for each word
        choices: list[tuple[int, int, list[tuple[list[str], list[tuple[int, int]]]]]] = []
        budget = 1
        for match in WORD.finditer(self.text):
            parts = _sub_parts(match.group(), match.start())
            if len(parts) < 2 or len(parts) > MAX_STEPS + 1:
                continue
            if not any(typed_weak(self.text[s:e]) for s, e in parts):
                continue
            typed = match.group().count("-") + 1
            at = [
                k for k, (s, _) in enumerate(ranges) if s is not None and s == start + match.start()
            ]
            if len(at) != 1 or at[0] + typed > len(words):
                continue
            written = []
            for way in ways(self.text, parts):
                terms = [analysed(piece) for piece, _, _ in way]
                if None in terms:
                    continue
                chars = [(start + s, start + e) for _, s, e in way]
                written.append(([t for t in terms if t is not None], chars))
            if len(written) < 2 or budget * len(written) > MAX_VARIANTS:
                continue
            budget *= len(written)
            choices.append((at[0], typed, written))
        hyphened = list(choices)
        alone = len(choices) == 1 and choices[0][1] == len(words)  # one word, nothing else
        plain = self._shouted(words, ranges, choices, budget, analysed)
        if not choices:
            if plain == words:
                return found
            return attach(
                parser.phraseclass(
                    found.fieldname,
                    plain,
                    slop=found.slop,
                    boost=found.boost,
                    char_ranges=found.char_ranges,
                ),
                self,
            )
        words = plain
        choices.sort(key=lambda choice: choice[0])
        variants: list[Query] = []
        for chosen in product(*(written for _, _, written in choices)):
            kept_words: list[Any] = list(words)
            kept_ranges: list[Any] = list(ranges)
            for (first, typed, _), (said, chars) in reversed(
                list(zip(choices, chosen, strict=True))
            ):
                kept_words[first : first + typed] = said
                kept_ranges[first : first + typed] = chars
            if alone and len(kept_words) == len(hyphened[0][2][0][0]):
                continue  # all its parts apart: "a-1" is not "a $1"
            if len(kept_words) == 1:  # the phrase is one word: its lost letters too (fx161)
                term = Term(found.fieldname, kept_words[0], boost=found.boost)
                s, e = kept_ranges[0]
                note_lost(term, self.text[s - start : e - start])  # its parts joined (ci144)
                variants.append(term)
                continue
            variants.append(
                parser.phraseclass(
                    found.fieldname,
                    kept_words,
                    slop=found.slop,
                    boost=found.boost,
                    char_ranges=kept_ranges,
                )
            )
        if len(variants) == 1:
            return attach(variants[0], self)
        return attach(Or(variants), self)

    def _shouted(
        self,
        words: list[str],
        ranges: list[Any],
        choices: list[tuple[int, int, list[tuple[list[str], list[tuple[int, int]]]]]],
        budget: int,
        analysed: Any,
    ) -> list[str]:
        """``words`` with each shouted stop word (`shouted_words`) outside a word of parts
        read above: the first `MAX_SHOUTED` (within `MAX_VARIANTS`) added to ``choices``
        as either reading, its dotted form (as analysed) or the plain word; the rest made
        the plain word (a shouted word is indexed as both: `InitialismFilter`)."""
        start = self.textstartchar
        typed: list[str | None] = [
            None if s is None else self.text[s - start : e - start] for s, e in ranges
        ]
        covered = {k for first, size, _ in choices for k in range(first, first + size)}
        loud = [k for k, is_loud in enumerate(shouted_words(typed)) if is_loud and k not in covered]
        kept = list(words)
        both = 0
        for k in loud:
            word = typed[k]
            said = analysed(word.lower()) if word is not None else None
            if said is None or said == words[k]:
                continue
            if both < MAX_SHOUTED and budget * 2 <= MAX_VARIANTS:
                both += 1
                budget *= 2
                chars = [ranges[k]]
                choices.append((k, 1, [([words[k]], chars), ([said], chars)]))
            else:
                kept[k] = said
        return kept


class _PhraseTagger(PhrasePlugin.PhraseTagger):
    def create(self, parser: Any, match: Any) -> _PhraseNode:
        slop = match.group("slop")
        return _PhraseNode(match.group("text"), match.start("text"), int(slop) if slop else 1)


class HyphenPhrasePlugin(PhrasePlugin):
    """Whoosh's phrases, a phrase with a word of parts with a weak one read as above."""

    def taggers(self, parser: Any) -> list[tuple[Any, int]]:
        return [(_PhraseTagger(self.expr), 0)]
