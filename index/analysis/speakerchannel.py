"""A channel is not the speaker (sp53, issue 18: nu60 #3).

A sentence may open on the way its words came out before it names who said them: "In a
statement issued through his leadership PAC, Save America, the former president called
..."; "Via his lawyer, the senator said ...". The organisation (or person) after
"through", "via", "issued by", "released by" carries the words; the sentence's subject, after
that opening phrase and its comma, speaks. `past_channel` drops the opening phrase from the
words before the speech verb, so the subject ("the former president") is read as the
speaker, and a role such a subject names points back as any other (to "Former President
Trump" named before).

Only where one reading is safe: the channel opens the words (no comma before it), its phrase
ends at a comma, at most one name run follows between commas (the channel's own name, "Save
America"), and what is left is one phrase with no comma that opens as a subject does (an
article, a possessive, a pronoun or a capital): not "Through his spokesman, Smith, 54,
said".
"""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.speechverbs import words

_CHANNELS = words("through via")
"""Words that put the way a statement came out before its channel ("through his PAC")."""
_ISSUED = words(
    """issued released published posted distributed sent circulated relayed shared emailed
    e-mailed put"""
)
"""Participles after which "by", "from" or "out by" name a channel ("issued by his office")."""
_AGENTS = words("by from")
_OPENS = words("the a an his her their its he she they")
"""Words a subject may open on besides a capitalised word."""
_GLUE = words("of for and at in on to de da di del van von der al el bin la le the")
"""Lower-case words inside a name ("Friends of the Earth")."""


def _channel_at(subject: list[Token], end: int) -> int:
    """Where a channel word stands in ``subject[:end]``, or -1."""
    for k in range(end):
        tok = subject[k]
        if tok.capital and k > 0:
            continue
        norm = tok.norm
        if norm in _CHANNELS:
            return k
        if norm in _AGENTS and k > 0:
            before = subject[k - 1].norm
            if before in _ISSUED or (before == "out" and k > 1 and subject[k - 2].norm in _ISSUED):
                return k
    return -1


def past_channel(subject: list[Token]) -> list[Token]:
    """``subject`` (the words before a speech verb) without an opening phrase naming the
    channel its words came through, when one stands there (see the module); else as it is."""
    commas = [k for k, t in enumerate(subject) if t.text == ","]
    if not commas or _channel_at(subject, commas[0]) < 0:
        return subject
    rest = commas[0] + 1
    if len(commas) > 2:
        return subject
    if len(commas) == 2:
        named = subject[rest : commas[1]]
        if not named or not named[0].capital:
            return subject
        if any(not t.capital and t.norm not in _GLUE for t in named):
            return subject  # "through his office, a spokesman for whom, ...": not a name
        rest = commas[1] + 1
    tail = subject[rest:]
    if not tail or not (tail[0].capital or tail[0].norm in _OPENS):
        return subject
    return tail
