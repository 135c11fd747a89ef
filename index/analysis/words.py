"""Words as comparison sees them: normalised tokens with offsets, stopwords, crude stems."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"\w+(?:['’]\w+)*")
"""A word: letters and digits, inner apostrophes kept ("don't", "Trump’s")."""


def word_set(words: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``words``."""
    return frozenset(words.split())


STOPWORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each
    few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my no nor not now of off on once only
    or other our ours out over own same she should so some such than that the their theirs
    them then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours said says say
    told tell added according mr mrs ms dr per via may might must shall yet still even
    ever however though although
    """
)
"""Function words and reporting verbs: left out when sentences are compared by content."""

PRONOUN_FORMS = word_set(
    """
    i me my mine myself you your yours yourself yourselves he him his himself she her hers
    herself it its itself we us our ours ourselves they them their theirs themselves
    """
)
"""Every form of the personal pronouns. Not all are `STOPWORDS`: "us" stays a term of the
story model (the stem of "US" too), so a shared word shown must be checked against these."""

MONTHS_DAYS = word_set(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday
    """
)
"""Month and weekday names (and their abbreviations), lower case."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text: ``text[start:end]`` is it as written, ``norm`` its compared form."""

    start: int
    end: int
    norm: str


def norm_word(word: str) -> str:
    """A word lower-cased, with a curly apostrophe made straight."""
    return word.lower().replace("’", "'")


def words_of(text: str) -> list[Word]:
    """The words of ``text`` in order, with offsets and normalised forms."""
    return [Word(m.start(), m.end(), norm_word(m.group())) for m in WORD.finditer(text)]


def normalize_words(text: str) -> str:
    """The words of ``text``, lower-cased and joined by single spaces (punctuation dropped).

    Two stretches of text hold "the same words" for shared passages exactly when their
    normalised forms are equal.
    """
    return " ".join(norm_word(m.group()) for m in WORD.finditer(text))


@lru_cache(maxsize=1 << 16)  # qp41: grouping's paraphrase test stems 140,000 words, few new
def stem(word: str) -> str:
    """A crude suffix-stripping stem: enough to match "troops"/"troop", "talks"/"talked"."""
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, repl in (
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: len(word) - len(suffix)] + repl
    return word


def content_stems(text: str) -> Counter[str]:
    """Stems of the content words of ``text`` (no stopwords, no one-letter words), counted."""
    stems: Counter[str] = Counter()
    for m in WORD.finditer(text):
        word = norm_word(m.group())
        if word in STOPWORDS or (len(word) < 2 and not word.isdigit()):
            continue
        stems[stem(word)] += 1
    return stems


_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def undot(text: str) -> str:
    """ "U.S." and "US" are one name: spell dotted acronyms without their full stops."""
    return _DOTTED.sub(lambda m: m.group().replace(".", ""), text)
