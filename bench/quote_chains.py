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
"""

from __future__ import annotations

from index.analysis.quote_groups import QuoteGroup, QuoteIndex, same_quotation
from index.analysis.quotes import compared_words


def chained(group: QuoteGroup) -> int:
    """How many occurrences of ``group`` are not one quotation with its fullest form."""
    fullest = compared_words(group.text)
    return sum(not same_quotation(fullest, compared_words(o.text)) for o in group.occurrences)


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
