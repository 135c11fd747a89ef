"""A quoted phrase finds its words' copies that lost a letter, as each word alone does (sx47).

A plain word of the title or the body looks for its spellings with a letter lost, and its
German ones (`index.search.lost_letters`), and a word typed with a "?" for a lost letter
("Sch?uble", or U+FFFD pasted) is a wildcard that finds each spelling of the letter. In
a phrase, the parser notes the same on each position (`note_phrase`): the terms of its
word's spellings (``lost``), or, for a word holding a lost letter, its pattern
(``patterns``: "sch?uble", a run of marks one "?" as `typed_lost` makes it). The search
looks the phrase up as each way of writing its words the index holds (`lost_phrase`:
``"Wolfgang Schäuble"`` is ``"wolfgang schaubl" OR "wolfgang sch?ubl"`` where "sch?ubl"
is held), at most `MAX_VARIANTS` phrases (a word whose spellings would pass it is looked
for as typed only); an index that holds none gets the very phrase, unchanged. The
highlighter lights the phrase with each position's spellings (`lit_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import product
from typing import Any

from whoosh.query import Or, Phrase, Query

from index.search.highlight_phrases import ONE_OF
from index.search.lost_letters import lost_spellings
from index.store.schema import TEXT_FIELDS

MAX_VARIANTS = 64
"""The most phrases a phrase is looked for as with its words' other spellings."""


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
            elif spellings := lost_spellings(typed):
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
    phrase: Any, spellings: Callable[[int, Any], list[str]], limit: int
) -> list[tuple[int, list[str]]]:
    """(position, its words) for each noted position with other spellings, while their
    product stays within ``limit``."""
    found: list[tuple[int, list[str]]] = []
    budget = 1
    for k, each in (*phrase.lost, *phrase.patterns):
        own = phrase.words[k]
        others = [t for t in dict.fromkeys(spellings(k, each)) if t != own]
        if not others or budget * (1 + len(others)) > limit:
            continue
        budget *= 1 + len(others)
        found.append((k, [own, *others]))
    return sorted(found)


def _written(phrase: Any, choices: list[tuple[int, list[str]]]) -> list[list[str]]:
    found = []
    for chosen in product(*(words for _, words in choices)):
        words = list(phrase.words)
        for (k, _), word in zip(choices, chosen, strict=True):
            words[k] = word
        found.append(words)
    return found


def phrase_ways(
    phrase: Any,
    holds: Callable[[str, str], bool],
    fitted: Callable[[str, str], Iterable[str]],
    limit: int = MAX_VARIANTS,
) -> list[list[str]] | None:
    """The words of each phrase ``phrase`` is looked for as: its words' noted spellings
    the index holds (``holds(field, term)``) and its patterns' stems (``fitted(field,
    pattern)``: the stems of the words it fits that the field holds); None when it holds
    none (the phrase as it is). Both engines' (`index.opensearch.translate`)."""
    if not noted(phrase) or phrase.fieldname not in TEXT_FIELDS:
        return None
    field = phrase.fieldname

    def held(k: int, each: Any) -> list[str]:
        if isinstance(each, str):  # a pattern: the stems of the words it fits
            return sorted(fitted(field, each))
        return [text for text in each if holds(field, text)]

    choices = _choices(phrase, held, limit)
    return _written(phrase, choices) if choices else None


def lost_phrase(phrase: Any, reader: Any, limit: int = MAX_VARIANTS) -> Query:
    """``phrase`` looked for as each way of writing its words that ``reader``'s index holds
    (`phrase_ways`: an Or of phrases); the very phrase when it holds none."""
    from index.search.wildcards import fitted_stems

    def fitted(field: str, pattern: str) -> list[str]:
        return [t for t in fitted_stems(reader, pattern) or () if (field, t) in reader]

    found = phrase_ways(phrase, lambda field, text: (field, text) in reader, fitted, limit)
    if found is None:
        return phrase
    slop, boost, chars = phrase.slop, phrase.boost, phrase.char_ranges
    either = Or(
        [Phrase(phrase.fieldname, w, slop=slop, boost=boost, char_ranges=chars) for w in found]
    )
    either.matcher_type = Or.DEFAULT_MATCHER
    return either


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
        for k, spellings in _choices(phrase, every, 1 << 62):
            lit[k] = ONE_OF.join([lit[k], *(each for each in spellings if each != lit[k])])
    return [tuple(lit)]
