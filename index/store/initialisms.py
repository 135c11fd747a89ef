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
  a Reuters headline; `shouted`) may be either: the index holds both its readings at its
  one position, the plain word and the dotted form (OpenSearch gets them the same way,
  `index.opensearch.documents`), so a phrase in either reading finds it (``"let us pray"``
  and ``"US Sprint"`` find "LET US PRAY" and "US SPRINT RAISES RATES"). An object pronoun
  ("us", `NEVER_FIRST`) never starts a headline: first in its field, "US" is the
  initialism only (fx76, rv39 #1);
- a query's capitals are the user's: ``US`` is "u.s", ``us`` is "us", in a phrase or
  alone; but a phrase typed in capitals is shouted as a headline is, by the same rule
  (`shouted_words`): in ``"THE BANK"`` THE is either reading, and the search looks for
  both (`index.search.phrases`), while ``"US SENATE"`` (first: `NEVER_FIRST`) and
  ``"US Senate"`` are "u.s senate" only (sx38). Loose words are not shouted: ``IT JOBS``
  looks for "i.t" (leaving a loose word out widened the search without a word: rv43).

Every other word is left as it is (its capitals are lower-cased by the next step).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from whoosh.analysis import Filter

from index.store.phrase_stops import STOP_TERMS
from index.store.schema import fold_map

DOTTED = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?")
"""A dotted initialism: two or more single letters, each after a dot ("U.S", "n.a.t.o.")."""


def dotted_term(word: str) -> str | None:
    """The term of a dotted initialism (see above), or None if ``word`` is not one."""
    if "." not in word or not DOTTED.fullmatch(word):
        return None
    letters = word.replace(".", "")
    if stop_term(letters):
        return ".".join(letters)
    return letters


def stop_term(letters: str) -> bool:
    """Whether ``letters`` (any case) are a stop word, their accents folded first, as the
    next steps fold them: an accent never changes a word's terms ("ÌŚ" is "IS", ci108;
    "a.Ś" is "a.S", ci127: each had lost its dots, then folded to the stop word, dropped)."""
    plain = letters.lower()
    return plain in STOP_TERMS or plain.translate(fold_map()) in STOP_TERMS


def capitals(word: str) -> bool:
    """Whether ``word`` is written in capitals (two letters or more: "US", "U.S", "G7")."""
    return len(word) > 1 and word.isupper()


def capital_stop(word: str) -> str | None:
    """The dotted form of a stop word written in capitals ("US" is "U.S"), or None; "ÚŚ"
    is "US" too (`stop_term`)."""
    if len(word) > 1 and word.isupper() and word.isalpha() and stop_term(word):
        return ".".join(word)
    return None


def term_of(word: str) -> str:
    """What a word stands for alone (a query's word, or a word not shouted): its dotted
    initialism's term, its dotted form if a stop word in capitals, else the word."""
    dotted = dotted_term(word)
    if dotted is not None:
        return dotted
    return capital_stop(word) or word


NEVER_FIRST = frozenset({"us", "me", "him", "them"})
"""Stop words that are object pronouns: never the first word of a headline, so there one
in capitals is the initialism ("US SPRINT RAISES RATES")."""


class InitialismFilter(Filter):
    """Gives initialisms and stop words in capitals their terms (see above)."""

    def __call__(self, tokens: Iterable[Any]) -> Iterator[Any]:
        held: Any = None  # a stop word in capitals, waiting for the word after it
        held_before: bool | None = None  # the word before the held one: in capitals?
        before: bool | None = None  # whether the last word was in capitals (None: none)
        last: int | None = None  # the last position given
        for token in tokens:
            word = token.text
            if token.mode == "query":  # the user's capitals decide (see above)
                if "." in word or word.isupper():
                    token.text = term_of(word)
                yield token
                continue
            gap = token.positions and last is not None and token.pos > last + 1
            if token.positions:
                last = token.pos
            if held is not None:
                after = None if gap else capitals(word)
                yield from readings(held, shouted(held.text, held_before, after))
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
            yield from readings(held, shouted(held.text, held_before, None))


def readings(held: Any, loud: bool) -> Iterator[Any]:
    """The held stop word in capitals: its dotted form, and if ``loud`` (shouted) the
    plain word too, at the same position."""
    word = held.text
    held.text = ".".join(word)
    yield held
    if loud:
        plain = held.copy()
        plain.text = word
        yield plain


def shouted(word: str, before: bool | None, after: bool | None) -> bool:
    """Whether ``word``, in capitals, is shouted: it has a word before or after it, and each
    it has is in capitals ("LET US PRAY", "IT IS"; not "the US FBI", nor "US" alone), and it
    is not an object pronoun first in its field (`NEVER_FIRST`: "US SPRINT")."""
    if before is None and (after is None or word.lower() in NEVER_FIRST):
        return False
    return before is not False and after is not False


def shouted_words(words: Sequence[str | None]) -> list[bool]:
    """For each word of a query's run of words (typed, a hyphenated word in its parts;
    None: a break, an operator or a bracket), whether it is a stop word in capitals that
    is shouted (`shouted`), as `InitialismFilter` reads an indexed line: ``THE BANK`` and
    ``LET US PRAY`` are shouted, ``US SENATE`` (first) and ``US Senate`` are not."""
    found = []
    for k, word in enumerate(words):
        if word is None or capital_stop(word) is None:
            found.append(False)
            continue
        before = words[k - 1] if k > 0 else None
        after = words[k + 1] if k + 1 < len(words) else None
        found.append(
            shouted(
                word,
                None if before is None else capitals(before),
                None if after is None else capitals(after),
            )
        )
    return found
