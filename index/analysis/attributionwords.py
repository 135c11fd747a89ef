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
