"""The grouping-precision figure: a short clip inside two different quotes chains them."""

from __future__ import annotations

import dataclasses

from bench.quote_chains import chain_line, chained
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

CLIP = "the president of the United States"
ONE = f'"A district judge cannot force {CLIP} to change the law of the land," he said.'
TWO = f'"Agitating {CLIP} is not a good strategy for anyone in the region," she said.'


def _index(*bodies: str) -> QuoteIndex:
    index = QuoteIndex()
    for n, body in enumerate(bodies):
        index.add_article(f"a{n}", f"outlet {n}", f"2017-03-0{n + 1}", extract_quotes(body))
    return index


def test_a_group_of_two_different_quotations_is_counted_as_a_chain() -> None:
    index = _index(ONE, TWO)
    one, two = index.groups()
    both = dataclasses.replace(one, occurrences=one.occurrences + two.occurrences)
    assert chained(both) == 1  # one of the two long quotes is unlike the fullest form


def test_a_clip_inside_two_different_quotes_no_longer_chains_them() -> None:
    index = _index(ONE, TWO, f'He called him "{CLIP}" at once.')
    assert index.groups(min_articles=2) == []  # the clip joins neither quotation
    assert chain_line(index).startswith("== grouping precision: 0/0 groups")


def test_a_reprint_and_its_clip_are_not_a_chain() -> None:
    index = _index(ONE, ONE.replace("he said", "the judge said"), f'It said "{CLIP} to change".')
    for group in index.groups(min_articles=2):
        assert chained(group) == 0
    assert "0 of the 20 most carried" in chain_line(index)


def test_the_grouping_bench_groups_what_it_times() -> None:
    from bench.quote_grouping import _grouped
    from index.models import Article

    articles = [
        Article(f"a{n}", "", "t", False, None, None, None, None, body)
        for n, body in enumerate((ONE, ONE, TWO))
    ]
    index, seconds = _grouped([(a, tuple(extract_quotes(a.body))) for a in articles])
    assert seconds >= 0
    assert [g.articles for g in index.groups(min_articles=2)] == [("a0", "a1")]
