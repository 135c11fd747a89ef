"""Initialisms ("U.S.", "US", "N.A.T.O.", "NATO"): one word however they are written, and
"US" never the pronoun "us" (sr36, nu39 #3).

A module of its own, so that the analyzers (and the schema Whoosh's writer processes
unpickle) can name the filter, while `index.store.schema` imports Whoosh only on first use.

`InitialismFilter`, the step after `index.store.hyphens.HyphenFilter` (before the
lower-casing: it reads the capitals), gives each word its term:

- a dotted initialism, single letters between dots ("U.S.", "n.a.t.o.", "F.B.I."; the
  tokenizer leaves out the last dot), is its letters joined ("nato", "fbi"), as its plain
  spelling is indexed: `u.n.` and `UN` and `un` all find "U.N." and "UN";
- but where the letters joined make a stop word ("us", "it", "in", "or"), the pronoun or
  the preposition, the initialism keeps its dots ("u.s"), and so does that word written in
  capitals ("US", "IT"): `US`, `U.S.` and `u.s.` find "U.S." and "US", and `"us"` finds
  the pronoun only (a loose `us` is a stop word, dropped, as before);
- a stop word in capitals among words in capitals (each word beside it is: "LET US PRAY",
  a Reuters headline; `shouted`) is the plain word in its place, and the index adds its
  dotted form after all the field's words, `index.store.hyphens.POSITION_GAP` positions
  apart, as a hyphenated word's joined forms (OpenSearch gets them the same way): a loose
  `US` finds "U.S. AND US TALKS", the phrase ``"let us pray"`` finds "LET US PRAY";
- a query reads its words the same way, without the later forms: a loose word stands
  alone (``US`` is "u.s", ``us`` is "us"), a phrase in capitals is shouted.

Every other word is left as it is (its capitals are lower-cased by the next step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Filter

from index.store.hyphens import after_gaps
from index.store.phrase_stops import STOP_TERMS

DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?")
"""A dotted initialism: two or more single letters, each after a dot ("U.S", "n.a.t.o.")."""


def dotted_term(word: str) -> str | None:
    """The term of a dotted initialism (see above), or None if ``word`` is not one."""
    if "." not in word or not DOTTED.fullmatch(word):
        return None
    letters = word.replace(".", "")
    if letters.lower() in STOP_TERMS:
        return ".".join(letters)
    return letters


def capitals(word: str) -> bool:
    """Whether ``word`` is written in capitals (two letters or more: "US", "U.S", "G7")."""
    return len(word) > 1 and word.isupper()


def capital_stop(word: str) -> str | None:
    """The dotted form of a stop word written in capitals ("US" is "U.S"), or None."""
    if len(word) > 1 and word.isupper() and word.isalpha() and word.lower() in STOP_TERMS:
        return ".".join(word)
    return None


def term_of(word: str) -> str:
    """What a word stands for alone (a query's word, or a word not shouted): its dotted
    initialism's term, its dotted form if a stop word in capitals, else the word."""
    dotted = dotted_term(word)
    if dotted is not None:
        return dotted
    return capital_stop(word) or word


class InitialismFilter(Filter):
    """Gives initialisms and stop words in capitals their terms (see above)."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        later: list[tuple[int, int, str]] = []  # (start, end, text) of the dotted forms
        held: Any = None  # a stop word in capitals, waiting for the word after it
        held_before: bool | None = None  # the word before the held one: in capitals?
        before: bool | None = None  # whether the last word was in capitals (None: none)
        last: int | None = None  # the last position given
        token: Any = None
        for token in tokens:
            word = token.text
            gap = token.positions and last is not None and token.pos > last + 1
            if token.positions:
                last = token.pos
            if held is not None:
                after = None if gap else capitals(word)
                yield self._settle(held, shouted(held_before, after), later)
                held = None
            if gap:  # a joined form (`HyphenFilter`), after the field's words
                before = None
                yield token
                continue
            if capital_stop(word) is not None:
                held, held_before = token.copy(), before
            else:
                if "." in word:
                    token.text = dotted_term(word) or word
                yield token
            before = capitals(word)
        if held is not None:
            yield self._settle(held, shouted(held_before, None), later)
        if later:
            yield from after_gaps(token, last, later)

    @staticmethod
    def _settle(held: Any, loud: bool, later: list[tuple[int, int, str]]) -> Any:
        """The held stop word in capitals: the plain word if ``loud`` (shouted; the index
        keeps its dotted form for ``later``), else its dotted form."""
        dotted = ".".join(held.text)
        if not loud:
            held.text = dotted
        elif held.mode == "index":
            later.append((held.startchar, held.endchar, dotted) if held.chars else (0, 0, dotted))
        return held


def shouted(before: bool | None, after: bool | None) -> bool:
    """Whether a word in capitals is shouted: it has a word before or after it, and each
    it has is in capitals ("LET US PRAY", "IT IS"; not "the US FBI", nor "US" alone)."""
    if before is None and after is None:
        return False
    return before is not False and after is not False
