"""Whether a shared passage says more than a proper name (rv46).

Two outlets that both write "The California Department of Water Resources" share six words
word for word, but a name is what both report on, not a sentence one took from the other: a
passage makes a sentence "partly in" another article only when its words hold one that is
neither part of a name nor a common word ("the European Union, on March 29" does: "29").
"""

from __future__ import annotations

import re

from index.analysis.words import STOPWORDS

_TOKEN = re.compile(r"[^\W_][\w'’-]*")

_LINKS = frozenset(("of", "the", "and", "for", "de", "del", "da", "la", "le", "van", "von", "al"))
"""Lower-case words inside a name, joining its capitalised words ("Department of Water")."""


def beyond_names(text: str) -> bool:
    """True when ``text`` holds a word that is not part of a name (a capitalised word, or
    a linking word before one) and not a common word: it says more than who or what."""
    words = _TOKEN.findall(text)
    for k, word in enumerate(words):
        if word[0].isupper():
            continue
        low = word.lower()
        if low in _LINKS and k + 1 < len(words) and words[k + 1][0].isupper():
            continue
        if low not in STOPWORDS:
            return True
    return False
