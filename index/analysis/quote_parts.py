"""One statement that one outlet quotes in two parts and another as one quote.

An outlet may break a statement into two quotes that follow each other in its article
("Obamacare is the law of the land. It'll remain law of the land until it's replaced," then
"We're going to be living with Obamacare for the foreseeable future"), where another
quotes it whole ("Obamacare is the law of the land... and we're going to be living with
Obamacare for the foreseeable future"). The whole quote is one quotation with the second
part, yet with the first it shares too few words for a clip or an overlap: the two parts
stay two groups. `join_parts` joins them when the other outlet's quote, of the second
part's group, also shares a run of `PART_RUN` words with the first part: it holds both.
The two parts are given to one speaker (by surname; or to no one, both), and the quote
that holds both ran within `quote_stock.STOCK_DAYS` of them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from index.analysis.quote_paraphrase import who
from index.analysis.quote_stock import STOCK_DAYS, day

__all__ = ["PART_RUN", "join_parts", "next_quotes"]

Key = tuple[str, int]
Words = Sequence[str]

PART_RUN = 5
"""The fewest words in a row a part must share with the other outlet's whole quote: five
words are a clip's least (`quote_relation.MIN_CLIP_WORDS`)."""


def join_parts(
    groups: Sequence[set[Key]],
    words: Mapping[Key, Words],
    speaker_of: Callable[[Key], str | None],
    date_of: Callable[[Key], str | None],
) -> list[tuple[Key, Key]]:
    """The pairs of next quotes of one article (a part, and its neighbour) whose groups are
    one statement: a quote of the neighbour's group, in another article, shares `PART_RUN`
    words in a row with the part. Found from ``groups`` as given, never from joins made
    here, so the pairs are the same whatever order the quotes came in."""
    group_of = {key: n for n, group in enumerate(groups) for key in group}
    found = []
    runs_of: dict[Key, set[tuple[str, ...]]] = {}  # (a quote of a large group: once)

    def runs(key: Key) -> set[tuple[str, ...]]:
        if key not in runs_of:
            runs_of[key] = _runs(words[key])
        return runs_of[key]

    for part in sorted(words):
        article, number = part
        for near in ((article, number - 1), (article, number + 1)):
            if near not in group_of or group_of[near] == group_of[part]:
                continue
            if who(speaker_of(part)) != who(speaker_of(near)):
                continue
            if any(
                other[0] != article
                and _near(part, other, date_of)
                and who(speaker_of(other)) in (None, who(speaker_of(part)))
                and not runs(part).isdisjoint(runs(other))
                for other in sorted(groups[group_of[near]])
            ):
                found.append((part, near))
    return found


def next_quotes(words: Mapping[Key, Words]) -> bool:
    """True when two quotes of ``words`` follow each other in one article (most regions:
    none, so `join_parts` has nothing to look at)."""
    return any((article, number + 1) in words for article, number in words)


def _near(a: Key, b: Key, date_of: Callable[[Key], str | None]) -> bool:
    """True when two quotes ran within `STOCK_DAYS` of each other (both dated)."""
    when, then = day(date_of(a)), day(date_of(b))
    return when is not None and then is not None and abs((when - then).days) <= STOCK_DAYS


def _runs(words: Words) -> set[tuple[str, ...]]:
    """A quote's runs of `PART_RUN` words."""
    return {tuple(words[i : i + PART_RUN]) for i in range(len(words) - PART_RUN + 1)}
