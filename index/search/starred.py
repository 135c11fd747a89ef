"""A quoted phrase with a starred word (``"the governo*"``), expanded when it is searched.

The starred word stands for the stems of the words it begins in the index searched: the
segments list their words (`index.store.words`), and `index.search.prefixes.begun_stems`
stems those the prefix begins. So ``"the governo*"`` is ``"the governor" OR "the
governorship" ...`` (never "the government": no word "governo..." stems to "govern"),
looked for as at most `MAX_VARIANTS` phrases; a phrase that would need more is refused
with a `QueryError` that says so (type more of the word), rather than cut silently.

The parser has no index, so it keeps the starred words (`StarredPhrase.starred`) and the
phrase is expanded against the whole index's reader when its matcher is made. An index
whose segments do not all list their words gets sp33's guess instead (the phrase as
typed, and with each stem Porter2 may cut a word the prefix begins back to:
`index.search.prefixes.ending_stems`), as a bare prefix does; past `MAX_VARIANTS` guessed
phrases it is refused alike (it dropped the last starred words' guesses silently, sx49).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product
from math import prod
from typing import Any

from whoosh.query import NullQuery, Or, Phrase, Query

from index.search.limits import QueryError

MAX_VARIANTS = 64
"""The most phrases a phrase with starred words is looked for as."""


class StarredPhrase(Phrase):
    """A Whoosh phrase whose starred words are expanded at search time (see the module).

    ``words`` holds the phrase as analysed (a starred word as its own stem: "governo");
    ``starred`` the (position, prefix) of each starred word, the prefix as a text field's
    words are written (lower-cased, folded).
    """

    def __init__(
        self,
        fieldname: str,
        words: list[str],
        starred: tuple[tuple[int, str], ...],
        slop: int = 1,
        boost: float = 1.0,
        char_ranges: Any = None,
    ) -> None:
        super().__init__(fieldname, words, slop=slop, boost=boost, char_ranges=char_ranges)
        self.starred = starred
        self._expanded: tuple[Any, Query] | None = None  # (reader, its phrases)

    def __eq__(self, other: object) -> bool:
        return super().__eq__(other) and self.starred == getattr(other, "starred", None)

    def __hash__(self) -> int:
        return super().__hash__() ^ hash(self.starred)

    def __repr__(self) -> str:
        return f"StarredPhrase({self.fieldname!r}, {self.words!r}, starred={self.starred!r})"

    def normalize(self) -> Query:
        return self

    def copy(self) -> StarredPhrase:
        found = StarredPhrase(
            self.fieldname,
            list(self.words),
            self.starred,
            slop=self.slop,
            boost=self.boost,
            char_ranges=self.char_ranges,
        )
        for noted in ("lost", "patterns"):  # its other words' spellings (rv70)
            if hasattr(self, noted):
                setattr(found, noted, getattr(self, noted))
        return found

    def variants(self, begun: Callable[[str], frozenset[str] | None]) -> list[list[str]]:
        """The phrases (their words) this one is looked for as; none if a starred word
        begins no word. ``begun`` gives the stems of the words a prefix begins in the
        index searched, or None if it cannot tell (sp33's guess then: `_guessed`).

        Raises:
            QueryError: More than `MAX_VARIANTS` phrases.
        """
        from index.search.prefixes import ending_stems

        choices: list[tuple[int, list[str]]] = []
        for position, prefix in self.starred:
            stems = begun(prefix)
            if stems is None:  # an index without lists: sp33's guess, as before px35
                return self._guessed(ending_stems)
            if not stems:
                return []
            choices.append((position, sorted(stems)))
        count = prod(len(stems) for _, stems in choices)
        if count > MAX_VARIANTS:
            raise self._too_many(count)
        return self._chosen(choices)

    def _guessed(self, ending_stems: Any) -> list[list[str]]:
        """sp33's phrases: each starred word as typed (analysed) or as a guessed stem.

        Raises:
            QueryError: More than `MAX_VARIANTS` phrases, as `variants` does: a word
                whose stems would pass it was looked for as typed only, and said nothing
                (sx49)."""
        choices: list[tuple[int, list[str]]] = []
        budget = 1
        for position, prefix in self.starred:
            said = self.words[position]
            stems = [said, *sorted(ending_stems(prefix) - {said})]
            if len(stems) < 2:
                continue
            budget *= len(stems)
            choices.append((position, stems))
        if budget > MAX_VARIANTS:
            raise self._too_many(budget)
        return self._chosen(choices)

    def _too_many(self, count: int) -> QueryError:
        """The refusal of a phrase whose starred words stand for ``count`` phrases."""
        typed = ", ".join(f"{prefix}*" for _, prefix in self.starred)
        words, stand = ("word", "stands") if len(self.starred) == 1 else ("words", "stand")
        return QueryError(
            f"the starred {words} of a phrase ({typed}) {stand} for {count:,} phrases here; "
            f"a phrase is looked for as at most {MAX_VARIANTS}: type more of the {words}"
        )

    def _chosen(self, choices: list[tuple[int, list[str]]]) -> list[list[str]]:
        found = []
        for chosen in product(*(stems for _, stems in choices)):
            words = list(self.words)
            for (position, _), word in zip(choices, chosen, strict=True):
                words[position] = word
            found.append(words)
        return found

    def expanded(self, reader: Any) -> Query:
        """The Or of `variants` as Whoosh phrases, the words those ``reader`` (a whole
        index's) lists (kept for the last reader asked). The stems are not checked
        against the field: the OpenSearch engine, which cannot, counts them alike."""
        from index.search.prefixes import begun_stems

        if self._expanded is not None and self._expanded[0] is reader:
            return self._expanded[1]
        from index.search.lost_phrases import lost_phrase, noted_as

        variants = self.variants(lambda prefix: begun_stems(reader, prefix))
        # each with its other words' copies (rv70), however many (sx48)
        phrases = [lost_phrase(noted_as(self, words), reader) for words in variants]
        found: Query = NullQuery if not phrases else Or(phrases)
        self._expanded = (reader, found)
        return found

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        # the words a prefix begins are the whole index's, looked for in each segment
        return self.expanded(searcher.get_parent().reader()).matcher(searcher, context)

    def estimate_size(self, ixreader: Any) -> int:
        return int(self.expanded(ixreader).estimate_size(ixreader))

    def estimate_min_size(self, ixreader: Any) -> int:
        return int(self.expanded(ixreader).estimate_min_size(ixreader))


MAX_LIT = 256
"""The most phrases a starred phrase is lit as (past it, each starred word as its pattern)."""


def starred_phrases(
    phrase: StarredPhrase, stems_of: Callable[[str], frozenset[str]]
) -> list[tuple[tuple[str, ...], int]]:
    """``(terms, slop)`` of the phrases `index.search.highlight.Highlighter` lights for a
    starred phrase: each starred word as its pattern ("governo*": the stems starting with
    it) or as one of the stems, not starting with it, of the words it begins (``stems_of``:
    the engine's `prefix_stems`), so what the search finds lights.

    The pattern lights a stem that starts with the prefix whether a word the prefix begins
    has it or not ("happi*" lights "happy"): a phrase lit needs a word the search found."""
    choices: list[tuple[int, list[str]]] = []
    for position, prefix in phrase.starred:
        choices.append((position, [prefix + "*", *sorted(stems_of(prefix))]))
    if prod(len(stems) for _, stems in choices) > MAX_LIT:
        choices = [(position, stems[:1]) for position, stems in choices]
    slop = max(1, int(phrase.slop))
    return [(tuple(words), slop) for words in phrase._chosen(choices)]
