"""Words that a "?" for a lost letter cut in two ("Voigtl?nder"): dirty copies of the
corpora lost accented letters to "?", and a name read in two parts named no one."""

from __future__ import annotations

from index.analysis.names import Token


def lost_letters(toks: list[Token]) -> list[Token]:
    """Words that a "?" for a lost letter cut in two made whole again ("Voigtl?nder")."""
    if not any(t.text == "?" for t in toks):
        return toks
    out: list[Token] = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        if (
            k + 2 < len(toks)
            and toks[k + 1].text == "?"
            and tok.end == toks[k + 1].start
            and toks[k + 1].end == toks[k + 2].start
            and tok.text[-1:].isalpha()
            and toks[k + 2].text[:1].islower()
        ):
            out.append(Token(tok.text + "?" + toks[k + 2].text, tok.start, toks[k + 2].end))
            k += 3
            continue
        out.append(tok)
        k += 1
    return out
