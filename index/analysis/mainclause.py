"""A sentence's main clause, roughly: the words before a clause of background ("The move
comes two weeks | after Kim Jong-nam ... was killed"), a relative clause set off by commas
left out ("Ri, | who was arrested on Friday, | will be released"), and so is a name's
apposition ("Kim, | the estranged half-brother of ..., | died on February 13")."""

from __future__ import annotations

import re

from index.analysis.words import STOPWORDS, content_stems

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[,;:]")  # "Jong-nam": one word, capitalised
_BACKGROUND = frozenset(
    [
        "after",
        "since",
        "following",
        "before",
        "when",
        "while",
        "because",
        "although",
        "though",
        "despite",
        "amid",
        "until",
        "whereas",
        "unless",
    ]
)
"""Words that open a clause of background, not the sentence's main one."""
_OPENING = _BACKGROUND | {"as", "if", "once"}
"""Words that, first in a sentence, open a clause of background that a comma closes ("As
cases fall, ..."); those of `_BACKGROUND` do so among its first few words too ("Eight months
after first authorizing ..., the FDA ...")."""
_OPENING_WITHIN = 3
_RELATIVE = frozenset(["who", "which", "whose", "where"])
"""After a comma these open a clause that ends at the next comma; the main clause goes on.
Without one they narrow the noun before ("an individual who drove up"): words of it."""
_ARTICLES = frozenset(["the", "a", "an"])
"""After a name and a comma these open an apposition that ends at the next comma: who the
name is, background the articles of a story repeat (fx72, nu40 #1: "Kim Jong-nam, the half
brother of North Korean leader Kim Jong-un," made an unrelated sentence's carrier)."""
_INTRODUCING = frozenset(
    [
        "in", "on", "at", "from", "for", "with", "by", "during", "near", "across", "inside",
        "outside", "under", "over", "to", "into", "among", "against", "through", "throughout",
        "within", "without", "beyond", "behind", "between", "according", "despite", "unlike",
    ]
)  # fmt: skip
"""Words that, first in a sentence, open a phrase a comma closes before the main clause:
a name before that comma is no subject an apposition follows ("In Moscow, the Kremlin
rejected the sanctions, calling them illegal": the main clause is the Kremlin's, rv40 #4);
so does a first word in -ing ("Speaking to CNN, the minister said ...", `_introduced`)."""
_NOT_NAMES = STOPWORDS | {
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "meanwhile",
    "instead",
    "earlier",
    "later",
    "overall",
    "first",
    "second",
    "third",
    "finally",
    "separately",
    "similarly",
    "nevertheless",
    "nonetheless",
    "otherwise",
    "indeed",
    "thus",
    "therefore",
    "moreover",
    "furthermore",
    "meantime",
}
"""Words that, first in a sentence and capitalised, are no name an apposition follows
("Yesterday, the police said ..."); and any word ending in -ly."""


def main_clause(text: str) -> str:
    """The words of ``text``'s main clause: up to the first clause of background; when the
    sentence opens on one ("After the vote, ..."), from the comma that closes it; a
    relative clause between commas skipped. The whole text when no main clause is left or a
    relative clause has no closing comma."""
    tokens = _TOKEN.findall(text)
    low = [t.lower() for t in tokens]
    first = 0
    if low and (low[0] in _OPENING or any(w in _BACKGROUND for w in low[:_OPENING_WITHIN])):
        if "," not in low:
            return text
        first = low.index(",") + 1
    out = _main_words(tokens, low, first)
    return " ".join(out) if out else text  # (None: a relative clause no comma closes ran
    # on to the end, the main clause's verb in it: "The senator, who had opposed the bill
    # since 2010 said ..."; where it ends is not known, so the whole text)


def _main_words(tokens: list[str], low: list[str], first: int) -> list[str] | None:
    """The main clause's words from ``tokens[first]``, a relative clause between commas left
    out; None when no comma closes one."""
    out: list[str] = []
    skipping = False
    for k in range(first, len(tokens)):
        if skipping:
            skipping = low[k] != ","
            continue
        if low[k] in _RELATIVE and k > first and low[k - 1] == ",":
            skipping = True
            continue
        if (
            low[k] in _ARTICLES
            and k > first + 1
            and low[k - 1] == ","
            and _named(tokens, k - 2)
            and not _introduced(low, first, k - 1)
        ):
            skipping = True
            continue
        if low[k] in _BACKGROUND:
            break
        out.append(tokens[k])
    return None if skipping else out


def _introduced(low: list[str], first: int, comma: int) -> bool:
    """Whether the comma at ``comma`` closes a phrase that opens the clause at ``first``
    (`_INTRODUCING`, or a word in -ing with more after it: "Beijing, the capital, ..." is
    a name's apposition), its first comma."""
    opening = low[first]
    if "," in low[first:comma]:
        return False
    return opening in _INTRODUCING or (opening.endswith("ing") and comma > first + 1)


def _named(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` ends a name: capitalised, and when first no sentence adverb."""
    word = tokens[k]
    if not word[:1].isupper():
        return False
    low = word.lower()
    return k > 0 or not (low in _NOT_NAMES or low.endswith("ly"))


def main_stems(text: str) -> frozenset[str]:
    """The content stems (`content_stems`) of the words of ``text``'s main clause
    (`main_clause`) that are not capitalised (a name's words leave the news it tells; the
    first word counts unless the sentence capitalises it again: "Kim, ... died ... Kim Jong
    Un"), or all of them when most are (capitals or Title Case throughout)."""
    words = main_clause(text).split()
    capitals = sum(w[:1].isupper() for w in words if w[:1].isalpha())
    if capitals * 2 > sum(w[:1].isalpha() for w in words):
        return frozenset(content_stems(" ".join(words)))  # all capitals or Title Case: no
        # word tells a name (rv29 #6: "TEXACO SAID IT WOULD CUT ..." kept only "texaco")
    again = {w for w in _TOKEN.findall(text)[1:] if w[:1].isupper()}
    plain = [w for k, w in enumerate(words) if not w[:1].isupper() or (k == 0 and w not in again)]
    return frozenset(content_stems(" ".join(plain)))
