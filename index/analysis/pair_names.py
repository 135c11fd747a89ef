"""Names and numbers in a two-article comparison that only one text gives ("only A: ...").

The same matching as the many-article comparison (``namematch``, ``numbers``), so that two
articles compared on their own get the answer they get inside a larger comparison.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.analysis.entities import Lexicon
from index.analysis.namematch import ArticleNames
from index.analysis.namespellings import names_only_in
from index.analysis.numbers import (
    NUMBER_WORDS,
    NumberMention,
    find_numbers,
    numbers_absent,
    numbers_given,
)
from index.analysis.words import STOPWORDS

OnlyIn = tuple[tuple[str, ...], tuple[str, ...]]
"""What only the first and only the second article gives."""


def pair_only_in(
    a: str,
    b: str,
    outlets: tuple[str, str] = ("", ""),
    titles: tuple[str, str] = ("", ""),
    counted: bool = False,
    common: frozenset[str] = frozenset(),
) -> OnlyIn:
    """The names and numbers that only ``a`` and only ``b`` give.

    A name counts as given when any variant of it is ("Donald Trump’s", "Lacroix" for
    "Jean-Pierre Lacroix", "Volodimir"/"Volodymyr Zelensky"); a number when the same value
    is ("3.5 million"/"3.5m"), in the other's title or body, inside a word too ("190" /
    "220-to-190": ``numbers_given``). Words capitalised only because a sentence starts there
    ("Officials", "Earlier") are not names, nor are number words ("Seven North Koreans");
    a number written in words is listed in lower case ("four"). A name the other's title
    gives is given.

    Args:
        a: The first article's body.
        b: The second article's body.
        outlets: Their outlets, when known: an article's own is never a name only it gives.
        titles: Their titles, when known.
        counted: List a plain count with the words it counts, as a summary line shows it
            ("38 years", not a bare "38": ``_counted``); by default as written.
        common: The words the indexed corpus writes mostly in lower case
            (`index.analysis.casing`): a heading's "Place" is no name.

    Returns:
        ``(only_a, only_b)``: names first, then numbers, each in order of first mention.
    """
    texts = (a, b)
    lexicon = replace(Lexicon.of(texts), common=common)
    names = names_only_in(
        [
            ArticleNames.of(t, lexicon, o, title)  # a name its title gives is given (nu44)
            for t, o, title in zip(texts, outlets, titles, strict=True)
        ]
    )
    numbers = [find_numbers(t) for t in texts]
    given = [numbers_given(f"{title}\n{t}") for title, t in zip(titles, texts, strict=True)]
    out = []
    for p in (0, 1):
        absent = numbers_absent(numbers[p], given[1 - p])
        kept = {}
        for k in absent:
            mention = numbers[p][k]
            written = _as_number(mention.text)
            kept[mention.key] = _counted(texts[p], mention, written) if counted else written
        found = [e.name for e in names[p]] + list(kept.values())
        out.append(tuple(dict.fromkeys(found)))
    return out[0], out[1]


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_MODIFIERS = frozenset(("other", "more", "new", "extra", "additional", "fewer", "further"))
"""Words between a count and what it counts ("five other world powers", "two more")."""
_VERSUS = frozenset(("vs", "v", "versus"))
"""A figure set against another ("Net 46,000 vs 1,220,000": Reuters' results, 3,071 of its
articles): no word of the count, before it or after (rv62: "46,000 vs", "mln vs 13.0 mln")."""
_NOT_COUNTED = frozenset(("since", "ago", "later", "earlier", "apiece", "each", "alone", *_VERSUS))
_PLURALS = frozenset(
    ("people", "children", "men", "women", "police", "staff", "cattle", "feet", "teeth")
)
"""Nouns counted without a plural's "s" ("620,000 people seen": "620,000 people")."""


def _as_number(text: str) -> str:
    """A number as listed among names: one written in words that opens a sentence in lower
    case ("four", not "Four", which reads as a name in "only A: Bruce Bennett, Four": nu54
    #3, cp45); any other as written ("$1.5 billion", "Twenty-One" inside a name is none)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first[:1].isupper() and first.lower() in NUMBER_WORDS:
        return text[0].lower() + text[1:]
    return text


def _counted(text: str, number: NumberMention, written: str) -> str:
    """A plain count of ``text`` listed with the words it counts ("38 years", not "38",
    which says nothing beside names: nu59 #8, fx146), only when they are clear (nu61 #3,
    fx152): the words after it up to a plural noun, three at most ("five other world
    powers", "57 hail reports"); an age after a name ("Ball, 54"); a score as one span
    ("51-50", "326 to 293"). A year, money, a share, an ordinal or a number with its word
    attached as ``written`` ("2015", "$1.5 billion", "1,500-acre"), and so any other plain
    count: no filler before it ("and 16", "fate of 15", "just six", "the tally 51")."""
    if number.unit or _a_year(number) or _worded(number.text):
        return written
    if score := _SCORE_AFTER.match(text, number.start):
        return score.group()
    if (score := _SCORE_BEFORE.search(text, max(0, number.start - 24), number.end)) and (
        score.end() == number.end
    ):
        return score.group()
    after: list[str] = []
    at = number.end
    while len(after) < 3 and (m := _WORD_AFTER.match(text, at)):
        low = m.group(1).lower()
        if (low in STOPWORDS and not (low in _MODIFIERS and not after)) or low in _NOT_COUNTED:
            break
        after.append(m.group(1))
        at = m.end()
    nouns = [k for k, w in enumerate(after) if _plural(w)]
    if after and after[0].lower() in _UNIT_WORDS:
        return f"{written} {after[0]}"
    if nouns:  # to the first plural noun ("57 hail reports across")
        return " ".join([written, *after[: nouns[0] + 1]])
    aged = _AGED.search(text, max(0, number.start - 40), number.start)
    if aged and aged.group(1).lower() not in STOPWORDS and _AGE_END.match(text, number.end):
        return f"{aged.group(1)}, {written}"
    return written


_SCORE = r"\d[\d,]*(?:-|[ \t]+to[ \t]+)\d[\d,]*"
_SCORE_AFTER = re.compile(rf"{_SCORE}(?![\w-])")
_SCORE_BEFORE = re.compile(rf"(?<![\w.,-]){_SCORE}")
"""A score or a vote, one span ("51-50", "326 to 293"): either of its numbers lists it."""
_AGED = re.compile(r"\b([A-Z][\w'’-]*),[ \t]+$")
_AGE_END = re.compile(r"[ \t]*(?:[,.;)]|$)")


def _worded(text: str) -> bool:
    """A number written with a word attached ("1,500-acre", "760km"), not one in words or
    scaled ("seven", "92 million", "1.5 mln")."""
    return any(
        any(c.isalpha() for c in w) and w.lower().strip(".") not in _SCALED
        for w in re.split(r"[ \t\xa0-]+", text)
    )


_SCALED = NUMBER_WORDS | {"mln", "bln", "bn", "mn", "m", "b", "k", "pct"}
_UNIT_WORDS = frozenset(
    [
        "mph",
        "kph",
        "km",
        "kg",
        "lb",
        "lbs",
        "ft",
        "cm",
        "mm",
        "mw",
        "gw",
        "pct",
        "stg",
        "dlr",
        "lire",
        "yen",
        "yuan",
        "franc",
        "head",
    ]
)
"""Units counted after a number ("150 mph", Reuters' "90 pct", "542.2 mln stg"), not plural
in form."""


_VERBS = frozenset(
    [
        "means",
        "says",
        "seems",
        "remains",
        "comes",
        "goes",
        "makes",
        "takes",
        "shows",
        "gives",
        "leaves",
        "needs",
        "puts",
        "gets",
        "sets",
        "stands",
        "looks",
        "includes",
        "marks",
    ]
)
"""Verbs in "-s" that follow a count's words ("the 326 to 293 vote means"): no plural noun."""


def _plural(word: str) -> bool:
    if word.lower() in _VERBS:
        return False
    return word in _PLURALS or (len(word) > 2 and word.endswith("s") and word[-2] != "s")


def _a_year(number: NumberMention) -> bool:
    """A year as a number: four digits from 1800 to 2100 ("2015", "In 1995")."""
    return number.text.isdigit() and len(number.text) == 4 and 1800 <= number.value <= 2100
