"""Words that a "?" for a lost letter cut in two ("Voigtl?nder", "Sch?uble"): dirty copies
of the corpora lost accented letters to "?", and a name read in parts named no one, or the
wrong one ("Wolfgang Sch", sp52, issue 18).

A "?" stands for a lost letter only between two letters, the second a small one, with no
gap on either side: "Merkel?" and "it?Yes" keep their question marks. Nor does a "?" before
an "s" that ends the word: that is the apostrophe of a possessive a copy lost ("Brennick?s
spokesman", the commonest word a lost curly quote cuts; read as a letter, the speaker was
"Brennick?s", rv62), though "Jes?s" or "Andr?s" stay cut, as they were before sp52.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `names.tokens` calls this module
    from index.analysis.names import Token

LOST_LETTER = r"\?(?<=[^\W\d_]\?)(?=[^\W\d_A-Z])(?!s(?![^\W_]))"
"""A "?" between two letters, the second no capital: a letter this copy lost (for patterns
that read words out of the text, as `namebook`'s runs of capitals do; the mark first, so
that a word's end not followed by one fails at once: a fifth cheaper runs)."""


def possessive(after: str) -> bool:
    """Whether ``after``, what follows a "?", is an "s" ending its word: a lost apostrophe."""
    return after[:1] == "s" and not after[1:2].isalnum()


def has_lost_letter(text: str, start: int = 0, stop: int | None = None) -> bool:
    """True when ``text[start:stop]`` holds a "?" for a lost letter (a find for each "?":
    a regex search over a long stretch cost a quarter more of `names.tokens`)."""
    stop = len(text) if stop is None else stop
    at = text.find("?", start, stop)
    while at >= 0:
        after = text[at + 1 : at + 2]
        if at > start and text[at - 1].isalpha() and after.isalpha() and not after.isupper():
            return True  # a lost letter, or a lost apostrophe (`possessive`)
        at = text.find("?", at + 1, stop)
    return False


def lost_letters(toks: list[Token]) -> list[Token]:
    """The tokens with each word that "?" for a lost letter cut in parts made whole again
    ("Sch", "?", "uble" -> "Sch?uble"; "Sch?n?berg" one word too), offsets unchanged."""
    if not any(t[0] == "?" for t in toks):
        return toks  # most stretches
    out: list[Token] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if tok[0] == "?" and out and k + 1 < len(toks):
            before, after = out[-1], toks[k + 1]
            if (
                before[2] == tok[1]
                and tok[2] == after[1]
                and before[0][-1:].isalpha()
                and after[0][:1].isalpha()
                and not after[0][:1].isupper()
            ):
                mark = "’" if possessive(after[0]) else "?"  # read as the intact copy is
                out[-1] = before._replace(text=before[0] + mark + after[0], end=after[2])
                k += 2
                continue
        out.append(tok)
        k += 1
    return out
