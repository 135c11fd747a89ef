"""A quotation's attribution: the words outside the marks of a sentence that is mostly a
quotation ("“...,” Attorney General Merrick Garland said in a statement").

Two sentences quoting one speaker share the attribution, and those words say who speaks,
not what: judged with them, two different statements of his read as one said in other
words (nu42 #2).
"""

from __future__ import annotations

from collections import Counter

from index.analysis.quotemarks import quoted_spans
from index.analysis.words import content_stems, words_of

QUOTED_SHARE = 0.5
"""Share of a sentence's words inside quotation marks from which it is a quotation with its
attribution (“...,” Garland said in a statement), not a report that quotes a phrase."""


def attribution_stems(text: str) -> frozenset[str] | None:
    """The content stems of ``text`` outside its quotation marks and in none of its quoted
    words, when it is a quotation: it opens with one, or one follows a colon ("Sessions
    said: “...”"), and the quoted words are at least ``QUOTED_SHARE`` of its words. None
    for any other sentence: outside a quoted phrase ("he stressed “the integrity of the
    dam is not impacted” by the damaged spillway") words say what too."""
    spans = quoted_spans(text)
    if not spans:
        return None
    before = text[: spans[0].start].rstrip()
    if before and not before.endswith(":"):
        return None  # a report that quotes a phrase: its words outside say what too
    inside = " ".join(text[span.inner_start : span.inner_end] for span in spans)
    if len(words_of(inside)) < QUOTED_SHARE * len(words_of(text)):
        return None
    outside, last = [], 0
    for span in spans:
        outside.append(text[last : span.start])
        last = span.end
    outside.append(text[last:])
    return frozenset(content_stems(" ".join(outside)).keys() - content_stems(inside).keys())


def without(bag: Counter[str], stems: frozenset[str]) -> Counter[str]:
    """``bag`` less ``stems``."""
    return Counter({k: v for k, v in bag.items() if k not in stems})


def quoted_stems(text: str) -> frozenset[str] | None:
    """The content stems inside the quotation marks of ``text`` when it is built on a
    quotation (it opens with one, or one follows a colon: "Bill Croyle ... told a news
    conference: “...”") with a third of its words or more inside quotation marks
    (``BUILT_ON_SHARE``); None for any other sentence.

    A sentence that shares none of them carries nothing of what is said, only (most
    often) who says it (nu49 #2: CNN's "Teams will take a look ..., Bill Croyle, the
    acting Director of Department of Water Resources said" was Al Jazeera's Croyle
    quotation "in other words" at cosine 0.36, every stem in common his name and title)."""
    spans = quoted_spans(text)
    if not spans:
        return None
    before = text[: spans[0].start].rstrip()
    if before and not before.endswith(":"):
        return None
    inside = " ".join(text[span.inner_start : span.inner_end] for span in spans)
    if len(words_of(inside)) < BUILT_ON_SHARE * len(words_of(text)):
        return None  # ""Piracy," "hijacking" and "state terrorism" — the condemnation of
        # Belarus was ...", "... had message for Central Americans ...: “Do not come.”"
    return frozenset(content_stems(inside))


BUILT_ON_SHARE = 1 / 3
"""Share of a sentence's words inside quotation marks from which it is built on them
(`quoted_stems`): Al Jazeera's Croyle sentence quotes 10 of its 24 words; under it, the
words outside say what as much (at any share the rule took 8 pairs of the compare_eval
stories, 2 of them the same news told: Belarus condemned, Harris's "Do not come")."""
