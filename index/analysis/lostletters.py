"""Words that a "?" for a lost letter cut in two ("Voigtl?nder", "Sch?uble"): dirty copies
of the corpora lost accented letters to "?", and a name read in parts named no one, or the
wrong one ("Wolfgang Sch", sp52, issue 18).

A "?" stands for a lost letter only between two letters, the second a small one, with no
gap on either side: "Merkel?" and "it?Yes" keep their question marks. Nor does a "?" before
an "s" that ends the word: that is the apostrophe of a possessive a copy lost ("Brennick?s
spokesman", the commonest word a lost curly quote cuts; read as a letter, the speaker was
"Brennick?s", rv62), though "Jes?s" or "Andr?s" stay cut, as they were before sp52. The
rule, `LOST_LETTER` and `has_lost_letter` are `index.text.lostletter`'s, which the analyzers
read too (sx46).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.text.lostletter import LOST_LETTER, has_lost_letter, lost_at, possessive

if TYPE_CHECKING:  # `names.tokens` calls this module
    from index.analysis.names import Token

__all__ = ["LOST_LETTER", "has_lost_letter", "lost_letters", "possessive"]


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
            if before[2] == tok[1] and tok[2] == after[1] and lost_at(before[0][-1:], after[0]):
                mark = "’" if possessive(after[0]) else "?"  # read as the intact copy is
                out[-1] = before._replace(text=before[0] + mark + after[0], end=after[2])
                k += 2
                continue
        out.append(tok)
        k += 1
    return out
