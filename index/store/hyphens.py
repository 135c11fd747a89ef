"""Hyphenated words ("G-7", "COVID-19", "K-pop", "Jean-Pierre"): their parts, and the
joined form ("g7", "covid19") that lets "G7" find "G-7" and "G-20" not find every "20".

A module of its own, so that the analyzers (and the schema Whoosh's writer processes
unpickle) can name the filter, while `index.store.schema` imports Whoosh only on first use.

The tokenizer keeps a hyphenated word whole (`WORD_EXPRESSION`); `HyphenFilter`, the step
right after it, splits it:

- the index gets its parts, each at its own position (so ``"g-7 nations"`` is the phrase
  g, 7, nations), and, when a part is weak (`weak`: a single character, a number or a stop
  word, a part that alone does not say the word), the joined form of every run of parts
  that holds a weak part, after all the field's words, `POSITION_GAP` positions apart
  (OpenSearch, which receives the terms as text, puts them there too: no phrase reaches
  them, on either engine);
- a loose query word is its joined form when it has a weak part (``G-7`` is "g7",
  ``covid-19`` "covid19"), else its parts, all required, as before (``jean-pierre`` finds
  "Jean Pierre" too), and so is one whose weak parts are initialisms (``US-led`` finds
  "U.S.-led": `typed_weak`);
- a phrase (and anything else) gets the parts only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Filter

from index.store.cjk import CJK, cjk_pieces, has_cjk
from index.store.phrase_stops import STOP_TERMS
from index.text import lostletter

LOST_AT = rf"{lostletter.LOST_AT}(?![^\W_]*=)"
"""Right after a "?" that stands for a letter a messy copy lost ("Dudenh?ffer",
"Sch?uble"): the rule the cleaning and the quotes read such a "?" by
(`index.text.lostletter.LOST_AT`, sp52; one rule since sx46): between two letters, the
second no capital, and not before an "s" ending its word (a lost apostrophe: "Brennick?s"
is "brennick" and "s", as "Brennick's" is; rv62). Search adds one case: not before a word
and "=", a link's query (".html?smid=", "story?id="), which stays two words (sx44)."""
LOST_LETTER = rf"\?{LOST_AT}"
"""A "?" for a lost letter (`LOST_AT`): inside a word, as a letter of it."""
LOST_RUN = lostletter.LOST_RUN
"""A run of U+FFFD for a letter a copy lost ("D\ufffd\ufffdil", "S\ufffd\ufffdoch\ufffd\ufffdn": one
2-byte "á" is two U+FFFD), between two letters, the second no capital ("O\ufffd\ufffdReilly" lost
an apostrophe), as "?" is (`LOST_AT`); before a word's last "s" too: no apostrophe is lost
as U+FFFD in the corpora ("caf\ufffd\ufffds", "attach\ufffd\ufffds"; sx45). The analyzers fold
U+FFFD to "?" (`index.store.schema.FOLD_MORE`): "D\ufffd\ufffdil" is the term "d??il"."""
LOST_END = lostletter.LOST_END
"""Two U+FFFD ending a word: a 2-byte letter its copy lost there ("Garda\ufffd\ufffd" of
"Gardaí", "Beyonc\ufffd\ufffd"), kept in the word (sx45)."""
JOIN = rf"(?:[.&]|{LOST_LETTER}|{LOST_RUN})"
"""What joins two runs of letters or digits into one part of a word: a dot ("U.S"), an
ampersand ("AT&T") or a lost letter ("Dudenh?ffer")."""
WORD_EXPRESSION = rf"\w+(?:(?:-|{JOIN})\w+)*(?:{LOST_END})?"
"""The tokenizer's words: Whoosh's default (``\\w+(\\.?\\w+)*``, "U.S" one word) that
also keeps "G-7" whole, and "AT&T": an ampersand inside a word joins it as a dot does
("at&t", "s&p", "m&a" are one word each; nu41 #7: `AT&T` was "AT" and "T"), and so does a
"?" for a lost letter (`LOST_AT`): "Dudenh?ffer" is the one word "dudenh?ffer", not
"dudenh" and "ffer", so that the query ``Dudenh?ffer`` (its "?" a wildcard) finds it, and
"Dudenhöffer" too (sx44); so is a run of U+FFFD (`LOST_RUN`, `LOST_END`, sx45)."""
POSITION_GAP = 100
"""Positions between the field's last word and the first joined form, and between two
joined forms: OpenSearch's ``position_increment_gap`` between the values of a field."""
MAX_RUN_PARTS = 6
"""A longer hyphenated word joins only all its parts, not each run of them."""
CHAIN = re.compile(
    rf"(?<!\w)(?<!\w[.&-])(?!{LOST_AT})\w++(?:{JOIN}\w++)*+(?:-\w++(?:{JOIN}\w++)*+)++"
)
"""A hyphenated word: found in a text, the very words of `WORD_EXPRESSION` that hold a
hyphen (each tried where a word starts, and never backtracking: linear in the text)."""
PART = re.compile(rf"\w+(?:{JOIN}\w+)*(?:{LOST_END})?")
"""A part of a word (what stands between its hyphens): found in a text, the parts of its
words in order, each where `HyphenFilter` puts it."""

Piece = tuple[int, int, str]
"""(start, end, text) of a part or a joined form, offsets in the analysed text."""


def weak(part: str) -> bool:
    """Whether a part of a hyphenated word does not say it alone: a single character
    ("G" of "G-7"), a number ("19" of "COVID-19") or a stop word ("of")."""
    return len(part) < 2 or part.isdigit() or part.lower() in STOP_TERMS


def pieces(word: str, start: int = 0) -> tuple[list[Piece], list[Piece]]:
    """The parts of ``word`` (a match of `WORD_EXPRESSION` at ``start``) and the joined
    forms the index adds: ``([word], [])`` for a word without a hyphen. A word that holds
    Chinese, Japanese or Korean is the pieces of its parts (`index.store.cjk`: each run of
    those characters as its pairs), and joins none."""
    if has_cjk(word):
        return [
            p
            for part in PART.finditer(word)
            for p in cjk_pieces(part.group(), start + part.start())
        ], []
    if "-" not in word or not CHAIN.fullmatch(word):
        return [(start, start + len(word), word)], []
    parts: list[Piece] = []
    at = start
    for text in word.split("-"):
        parts.append((at, at + len(text), text))
        at += len(text) + 1
    strong = [not weak(text) for _, _, text in parts]
    if all(strong):
        return parts, []
    size = len(parts)
    if size > MAX_RUN_PARTS:
        runs = [(0, size)]
    else:
        runs = [(i, j) for i in range(size) for j in range(i + 2, size + 1)]
    joined = [
        (parts[i][0], parts[j - 1][1], "".join(text for _, _, text in parts[i:j]))
        for i, j in runs
        if not all(strong[i:j])
    ]
    return parts, joined


def typed_weak(part: str) -> bool:
    """Whether a part of a query's word is `weak` and not an initialism, a stop word in
    capitals (`index.store.initialisms`): ``US-led`` is "u.s" and "led" loose and quoted,
    as "U.S.-led" is indexed (the tokenizer reads "U.S" and "led"), not "usled" (fx76,
    rv39 #2)."""
    return weak(part) and not (len(part) > 1 and part.isupper() and part.isalpha())


def joins(parts: list[Piece]) -> bool:
    """Whether a loose query word of these parts is its joined form (`typed_weak`)."""
    return any(typed_weak(text) for _, _, text in parts)


def query_word(word: str) -> list[str]:
    """What a loose query word searches for: its joined form if it has a weak part (not an
    initialism, `joins`), else its parts (all required)."""
    parts, joined = pieces(word)
    if joined and joins(parts):
        return ["".join(text for _, _, text in parts)]
    return [text for _, _, text in parts]


class HyphenFilter(Filter):
    """Splits hyphenated words into their parts, and adds their joined forms (see above);
    splits a word holding Chinese, Japanese or Korean into its pieces (`pieces`)."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        shift = 0  # positions the parts added so far
        last: int | None = None  # the last position given
        token: Any = None
        later: list[Piece] = []
        for token in tokens:
            word = token.text
            # a word without a hyphen or a paired character (`index.store.cjk`) is itself
            if "-" not in word and (word.isascii() or CJK.search(word) is None):
                if token.positions:
                    token.pos += shift
                    last = token.pos
                yield token
                continue
            parts, joined = pieces(word, token.startchar if token.chars else 0)
            if token.mode == "query" and not token.chars:
                if joined and joins(parts):  # a loose query word: its joined form alone
                    token.text = "".join(text for _, _, text in parts)
                    if token.positions:
                        token.pos += shift
                    yield token
                    continue
            elif token.mode == "index":
                later.extend(joined)
            first = token.pos if token.positions else 0
            for n, (begin, end, text) in enumerate(parts):
                token.text = text
                token.stopped = False
                if token.positions:
                    token.pos = first + shift + n
                    last = token.pos
                if token.chars:
                    token.startchar, token.endchar = begin, end
                yield token
            shift += len(parts) - 1
        if later:
            yield from after_gaps(token, last, later)


def after_gaps(token: Any, last: int | None, later: list[Piece]) -> Iterator[Any]:
    """``later``'s pieces as ``token`` (the stream's last, reused), after the field's words
    (the last at position ``last``), each `POSITION_GAP` positions after the one before:
    no phrase reaches them (`HyphenFilter`'s joined forms; a shouted initialism's dotted
    form, `index.store.initialisms`)."""
    at = last if last is not None else 0
    for begin, end, text in later:
        token.text = text
        token.stopped = False
        if token.positions:
            at += POSITION_GAP + 1
            token.pos = at
        if token.chars:
            token.startchar, token.endchar = begin, end
        yield token
