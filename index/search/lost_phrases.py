"""A quoted phrase finds its words' copies that lost a letter, as each word alone does (sx47).

A plain word of the title or the body looks for its spellings with a letter lost, and its
German ones (`index.search.lost_letters`), and a word typed with a "?" for a lost letter
("Sch?uble", or U+FFFD pasted) is a wildcard that finds each spelling of the letter. In
a phrase, the parser notes the same on each position (`note_phrase`): the terms of its
word's spellings (``lost``), or, for a word holding a lost letter, its pattern
(``patterns``: "sch?uble", a run of marks one "?" as `typed_lost` makes it). The search
looks the phrase up with, at each position, any of its word's spellings the index holds
(`lost_phrase`: ``"Wolfgang Schäuble"`` is ``wolfgang`` then ``schaubl|sch?ubl`` where
"sch?ubl" is held, a `Spelled` phrase), one clause a position however many spellings
(sx48: a product of phrases capped at 64 looked for a word past the cap as typed only,
silently: ``"Síochána Schäuble Schaeuble"~4`` found 0 articles of 10); an index that
holds none gets the very phrase, unchanged. The highlighter lights the phrase with each
position's spellings (`lit_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from whoosh.matching import NullMatcher, UnionMatcher
from whoosh.query import Or, Phrase, Query, Term
from whoosh.query.spans import SpanNear2, SpanQuery
from whoosh.util import make_binary_tree

from index.search.highlight_phrases import ONE_OF
from index.search.lost_letters import lost_spellings
from index.store.schema import TEXT_FIELDS


def note_phrase(found: Query, text: str, start: int) -> None:
    """Note on each phrase of ``found`` (a phrase node's query: a phrase, or an Or of the
    ways of writing it; ``text`` the phrase as typed, at ``start`` in the query) its words'
    lost-letter spellings and patterns (see the module)."""
    from index.search.starred import StarredPhrase
    from index.store.schema import make_words_analyzer

    phrases = [found] if isinstance(found, Phrase) else list(getattr(found, "subqueries", ()))
    for phrase in phrases:
        if not isinstance(phrase, Phrase) or isinstance(phrase, StarredPhrase):
            continue
        if phrase.fieldname not in TEXT_FIELDS or not phrase.char_ranges:
            continue
        lost: list[tuple[int, tuple[str, ...]]] = []
        patterns: list[tuple[int, str]] = []
        for k, (s, e) in enumerate(phrase.char_ranges):
            if s is None or e is None:
                continue
            typed = text[s - start : e - start]
            words = [t.text for t in make_words_analyzer()(typed, mode="query", tokenize=False)]
            if len(words) == 1 and "?" in words[0]:
                patterns.append((k, re.sub(r"\?+", "?", words[0])))
            # a way that joins a word's parts over a hyphen reads as its word (ci144)
            elif spellings := lost_spellings(typed, phrase.words[k]):
                lost.append((k, spellings))
        phrase.lost, phrase.patterns = tuple(lost), tuple(patterns)


def noted(phrase: Any) -> bool:
    """Whether `note_phrase` noted a spelling or a pattern on ``phrase``."""
    return bool(getattr(phrase, "lost", ()) or getattr(phrase, "patterns", ()))


def carry(old: Any, new: Any) -> Any:
    """``new`` (``old`` normalized) with ``old``'s notes, when its words are the same."""
    if not noted(old):
        return new
    if isinstance(new, Phrase) and list(new.words) == list(old.words):
        new.lost, new.patterns = old.lost, old.patterns
    elif len(old.words) == 1 and hasattr(new, "text"):  # a quoted word: as the word
        new.lost, new.patterns = dict(old.lost).get(0, ()), tuple(p for _, p in old.patterns)
    return new


def carry_notes(old: Any, new: Any, starred: set[int]) -> Any:
    """``new`` (``old`` with words starred at the positions ``starred``: a
    `index.search.starred.StarredPhrase`) with ``old``'s notes of its other words: each of
    the phrases it stands for finds their copies too (rv70: ``"Schäuble sai*"`` found 4
    articles where ``"Schäuble said"`` found 12)."""
    if noted(old):
        new.lost = tuple((k, each) for k, each in old.lost if k not in starred)
        new.patterns = tuple((k, each) for k, each in old.patterns if k not in starred)
    return new


def noted_as(phrase: Any, words: list[str]) -> Phrase:
    """A Whoosh phrase of ``words`` (one of a starred ``phrase``'s) with its notes."""
    made = Phrase(
        phrase.fieldname,
        words,
        slop=phrase.slop,
        boost=phrase.boost,
        char_ranges=phrase.char_ranges,
    )
    made.lost, made.patterns = getattr(phrase, "lost", ()), getattr(phrase, "patterns", ())
    return made


def _choices(
    phrase: Any, spellings: Callable[[int, Any], list[str]]
) -> list[tuple[int, list[str]]]:
    """(position, its words: the typed one first) for each noted position with other
    spellings, in the phrase's order."""
    found: dict[int, list[str]] = {}
    for k, each in (*phrase.lost, *phrase.patterns):
        own = phrase.words[k]
        others = [t for t in dict.fromkeys(spellings(k, each)) if t != own]
        if others:
            words = found.setdefault(k, [own])
            words += [t for t in others if t not in words]
    return sorted(found.items())


def phrase_ways(
    phrase: Any,
    holds: Callable[[str, str], bool],
    fitted: Callable[[str, str], Iterable[str]],
) -> list[list[str]] | None:
    """The words that may stand at each of ``phrase``'s positions: its word and its noted
    spellings the index holds (``holds(field, term)``) and its patterns' stems (``fitted(field,
    pattern)``: the stems of the words it fits that the field holds); None when it holds
    none (the phrase as it is). Both engines' (`index.opensearch.translate`)."""
    if not noted(phrase) or phrase.fieldname not in TEXT_FIELDS:
        return None
    field = phrase.fieldname

    def held(k: int, each: Any) -> list[str]:
        if isinstance(each, str):  # a pattern: the stems of the words it fits
            return sorted(fitted(field, each))
        return [text for text in each if holds(field, text)]

    choices = dict(_choices(phrase, held))
    if not choices:
        return None
    return [choices.get(k, [word]) for k, word in enumerate(phrase.words)]


class OneOf(SpanQuery):
    """Any of ``words`` at a position of a `Spelled` phrase: their positions, each its own
    (Whoosh's `SpanOr` merges touching spans, which would read "schaubl schaeubl" as one)."""

    def __init__(self, fieldname: str, words: list[str]) -> None:
        self.fieldname, self.words = fieldname, list(words)
        self.subqs = [Term(fieldname, word) for word in self.words]
        self.q = Or(self.subqs)

    def is_leaf(self) -> bool:
        return False

    def children(self) -> list[Query]:
        return list(self.subqs)

    def apply(self, fn: Callable[[Query], Query]) -> Query:
        return self

    def estimate_size(self, ixreader: Any) -> int:
        return int(self.q.estimate_size(ixreader))

    def estimate_min_size(self, ixreader: Any) -> int:
        return int(self.q.estimate_min_size(ixreader))

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        found = [m for q in self.subqs if (m := q.matcher(searcher, context)).is_active()]
        return make_binary_tree(UnionMatcher, found) if found else NullMatcher()


class Spelled(SpanNear2):
    """A phrase with, at each position, any of its word's spellings (`phrase_ways`):
    Whoosh's own phrase (`Phrase.matcher`: a `SpanNear2` in order, one position apart at
    least, ``slop`` at most) over a `OneOf` where a word has other spellings."""

    def __init__(self, phrase: Phrase, ways: list[list[str]]) -> None:
        field = phrase.fieldname
        at = [Term(field, each[0]) if len(each) == 1 else OneOf(field, each) for each in ways]
        super().__init__(at, slop=phrase.slop, ordered=True, mindist=1)
        self.fieldname, self.ways, self.boost = field, ways, phrase.boost

    def apply(self, fn: Callable[[Query], Query]) -> Query:
        return self

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        from whoosh.matching import WrappingMatcher

        found = [q.matcher(searcher, context) for q in self.qs]
        if not all(each.is_active() for each in found):  # as `Phrase`: a position none holds
            return NullMatcher()
        near = self.SpanNear2Matcher(found, slop=self.slop, ordered=True, mindist=1)
        return near if self.boost == 1.0 else WrappingMatcher(near, boost=self.boost)


def lost_phrase(phrase: Any, reader: Any) -> Query:
    """``phrase`` looked for with any of its words' spellings that ``reader``'s index holds
    at each position (`phrase_ways`, a `Spelled` phrase); the very phrase when it holds none."""
    from index.search.wildcards import fitted_stems

    def fitted(field: str, pattern: str) -> list[str]:
        return [t for t in fitted_stems(reader, pattern) or () if (field, t) in reader]

    ways = phrase_ways(phrase, lambda field, text: (field, text) in reader, fitted)
    return phrase if ways is None else Spelled(phrase, ways)


def lit_phrases(
    phrase: Any,
    wildcard_stems: Callable[[str], frozenset[str] | None] | None,
    words: tuple[str, ...] | None = None,
) -> list[tuple[str, ...]]:
    """The words of the phrase the highlighter lights for ``phrase``: at each noted
    position, its word and its noted spellings (a pattern's: ``wildcard_stems``) joined by
    `highlight_phrases.ONE_OF`, any of which stands there (one phrase, however many mixes:
    rv70)."""

    def every(k: int, each: Any) -> list[str]:
        if isinstance(each, str):
            return sorted((wildcard_stems(each) if wildcard_stems else None) or ())
        return list(each)

    lit = [str(word) for word in (phrase.words if words is None else words)]
    if noted(phrase):  # ``words``: a starred phrase's, its noted positions as typed (rv70)
        for k, spellings in _choices(phrase, every):
            lit[k] = ONE_OF.join([lit[k], *(each for each in spellings if each != lit[k])])
    return [tuple(lit)]
