"""Who a newspaper quotes is the speaker, not the newspaper (issue 18): "Sheikh Ali
al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying: '...'", '"...," he
was quoted by Kyodo News Service as saying', "the defense minister was quoted by the TV
Channel Haber 7 as saying". The passive "quoted by <source> [as]" (with the "was" before
it) is dropped from the words before the speech verb, leaving its subject."""

from __future__ import annotations

from index.analysis.names import Token
from index.analysis.speechverbs import words

_BE = words("was were is are has have had been being")
"""The auxiliaries of the passive before "quoted" ("was quoted", "has been quoted")."""


def unquoted(subject: list[Token]) -> list[Token]:
    """``subject`` (the words before a speech verb) without a passive "quoted by X as"
    that ends it; unchanged when it holds none."""
    q = next(
        (
            i
            for i in range(len(subject) - 2, -1, -1)
            if subject[i].norm == "quoted" and subject[i + 1].norm == "by"
        ),
        -1,
    )
    if q <= 0 or any(t.text in (",", ";", ":") for t in subject[q:]):
        return subject  # nothing before it, or a clause of its own follows the source
    if subject[-1].norm != "as" and not _source_only(subject[q + 2 :]):
        return subject
    k = q
    while k > 0 and subject[k - 1].norm in _BE and not subject[k - 1].capital:
        k -= 1
    if k == q:
        return subject  # "the statement quoted by IRNA": no passive of a person's words
    return subject[:k]


def _source_only(toks: list[Token]) -> bool:
    """True when the words after "quoted by" name only a source: no lower-case word but
    the articles and plain nouns of an outlet's description ("the local daily")."""
    return bool(toks) and all(t.capital or t.norm in _SOURCE_WORDS for t in toks)


_SOURCE_WORDS = words(
    """the a an local state state-run official daily weekly newspaper paper magazine news
    agency channel television radio website of"""
)
