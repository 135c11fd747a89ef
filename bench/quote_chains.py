"""How often quote grouping chains different quotations together (a precision figure).

Single-link grouping chained different quotations through a short clip contained in
several of them ("the president of the United States"); a clip now joins only when every
quote containing it is in one group (`quote_links`), but edited forms can still chain. A
group is *chained* when some member is not itself one quotation with the group's fullest
form (`same_quotation`): two different things said, shown as one. The labelled grouping
score counts only reprints kept together (recall); this counts the merges that should not
be. Quotes are compared as grouping compares them (`compared_words`: an editor's bracketed
words left out); with `quote_words` the judge counted "blame him (the Washington state
judge) and court system" unlike "If something happens blame him and court system".

Overlaps (one outlet ran a quotation's first half, another its second) are judged on the
quotation they make together: the fullest form is spliced with every member that goes on
past either of its ends (`quote_links.overlap`), and each member must be equal to, an
edited form of, or a clip of that splice. Two members that go on differently past the
same end cannot both be.
"""

from __future__ import annotations

from collections.abc import Sequence

from index.analysis.quote_groups import QuoteGroup, QuoteIndex
from index.analysis.quote_links import CLIP, OVERLAP, STRONG, overlap, relation
from index.analysis.quote_relation import SHORT_CLIP
from index.analysis.quotes import compared_words


def spliced(fullest: Sequence[str], members: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """``fullest`` grown by the members that overlap it (`quote_links.OVERLAP`: go on past
    its end or before its start), until none does (each member once, first come first)."""
    words = tuple(fullest)
    left = list(members)
    grown = True
    while grown:
        grown = False
        for member in list(left):
            if relation(words, member) != OVERLAP:
                continue
            after, before = overlap(words, member), overlap(member, words)
            if after:
                words = (*words, *member[after:])
            elif before:
                words = (*member, *words[before:])
            else:
                continue
            left.remove(member)
            grown = True
    return words


def chained(group: QuoteGroup) -> int:
    """How many occurrences of ``group`` are not one quotation with its fullest form (as
    spliced with the members that overlap it)."""
    members = [tuple(compared_words(o.text)) for o in group.occurrences]
    whole = spliced(compared_words(group.text), members)
    return sum(relation(whole, words) not in (STRONG, CLIP, SHORT_CLIP) for words in members)


def chain_line(index: QuoteIndex) -> str:
    """One line: chained groups among those carried by two or more articles."""
    groups = index.groups(min_articles=2)
    counts = [chained(g) for g in groups]
    bad = sum(1 for c in counts if c)
    top = sum(1 for c in counts[:20] if c)
    return (
        f"== grouping precision: {bad}/{len(groups)} groups of 2+ articles chain different "
        f"quotations ({sum(counts)} occurrences unlike their group's fullest form); "
        f"{top} of the 20 most carried"
    )
