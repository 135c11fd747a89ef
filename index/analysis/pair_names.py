"""Names and numbers in a two-article comparison that only one text gives ("only A: ...").

The same matching as the many-article comparison (``namematch``, ``numbers``), so that two
articles compared on their own get the answer they get inside a larger comparison.
"""

from __future__ import annotations

from index.analysis.entities import Lexicon
from index.analysis.namematch import ArticleNames, names_only_in
from index.analysis.numbers import NUMBER_WORDS, find_numbers, numbers_absent, numbers_given

OnlyIn = tuple[tuple[str, ...], tuple[str, ...]]
"""What only the first and only the second article gives."""


def pair_only_in(
    a: str, b: str, outlets: tuple[str, str] = ("", ""), titles: tuple[str, str] = ("", "")
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

    Returns:
        ``(only_a, only_b)``: names first, then numbers, each in order of first mention.
    """
    texts = (a, b)
    lexicon = Lexicon.of(texts)
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
        kept = {numbers[p][k].key: _as_number(numbers[p][k].text) for k in absent}
        found = [e.name for e in names[p]] + list(kept.values())
        out.append(tuple(dict.fromkeys(found)))
    return out[0], out[1]


def _as_number(text: str) -> str:
    """A number as listed among names: one written in words that opens a sentence in lower
    case ("four", not "Four", which reads as a name in "only A: Bruce Bennett, Four": nu54
    #3, cp45); any other as written ("$1.5 billion", "Twenty-One" inside a name is none)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if first[:1].isupper() and first.lower() in NUMBER_WORDS:
        return text[0].lower() + text[1:]
    return text
