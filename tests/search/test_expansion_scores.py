"""An expanding term (``pea*``, ``p?ace``) scores the same however the index is split.

Whoosh scores a prefix by the words one segment holds: one word by BM25 without the
field's boost, two by BM25 with it, more as a constant 1.0. So two builds of the same
articles (another process count, an update) ranked ``pea*`` differently. The oracle here
is the articles' own analysed words: a constant-score expansion scores, for each field it
matches in, that field's boost.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.collectors import UnlimitedCollector

from index.search.prefixes import ending_stems
from index.search.query import make_parser, parse_query
from index.store.lengths import HeldLengthsBM25F
from index.store.schema import FIELD_BOOSTS, TEXT_ANALYZER, make_schema
from tests.ramstore import PrivateRamStorage

WORDS = ["peace", "peaceful", "peacekeepers", "peacetime", "pearl", "pear", "oil", "talks"]
PATTERNS = ["pea*", "peac*", "peace*", "pear*", "p?ace*", "oi*", "tal*", "pe*"]

article = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join),
)


def build(articles: list[tuple[str, str]], cuts: list[int]) -> Any:
    """An index of ``articles`` whose segments end at ``cuts``."""
    ix = PrivateRamStorage().create_index(make_schema())
    start = 0
    for end in [*sorted({cut for cut in cuts if cut < len(articles)}), len(articles)]:
        if end <= start:
            continue
        writer = ix.writer()
        for number in range(start, end):
            title, body = articles[number]
            writer.add_document(id=f"a{number:02d}", title=title, body=body)
        writer.commit(merge=False)
        start = end
    return ix


def scores(ix: Any, text: str) -> dict[str, float]:
    query = parse_query(text, make_parser(ix.schema), lambda field: [])
    with ix.searcher(weighting=HeldLengthsBM25F()) as searcher:
        collector = UnlimitedCollector()
        searcher.search_with_collector(query, collector)
        found = collector.results()
        return {found[i]["id"]: found.score(i) for i in range(found.scored_length())}


def expected(articles: list[tuple[str, str]], pattern: str) -> dict[str, float]:
    """Each article's score for ``pattern``: the boost of each field a word of it matches.

    A prefix is read as written and matches the stems starting with it and the stems of
    its endings (`ending_stems`: "peace*" is "peac" too); a wildcard matches the stems."""
    prefix = pattern[:-1]
    extra = ending_stems(prefix) if "*" not in prefix and "?" not in prefix else None

    def matches(stem: str) -> bool:
        if extra is None:
            return fnmatchcase(stem, pattern)
        return stem.startswith(prefix) or stem in extra

    wanted: dict[str, float] = {}
    for number, fields in enumerate(articles):
        score = 0.0
        for name, text in zip(("title", "body"), fields, strict=True):
            if any(matches(token.text) for token in TEXT_ANALYZER(text)):
                score += FIELD_BOOSTS.get(name, 1.0)
        if score:
            wanted[f"a{number:02d}"] = score
    return wanted


@settings(max_examples=60, deadline=None)
@given(
    st.lists(article, min_size=2, max_size=12),
    st.lists(st.integers(1, 11), max_size=4),
    st.sampled_from(PATTERNS),
)
def test_an_expansion_scores_its_field_boosts_in_any_split(
    articles: list[tuple[str, str]], cuts: list[int], pattern: str
) -> None:
    whole = scores(build(articles, []), pattern)
    split = scores(build(articles, cuts), pattern)
    assert split == whole == expected(articles, pattern)


@settings(max_examples=30, deadline=None)
@given(
    st.lists(article, min_size=2, max_size=12),
    st.lists(st.integers(1, 11), min_size=1, max_size=4),
    st.sampled_from(PATTERNS),
)
def test_a_word_beside_an_expansion_ranks_alike_in_any_split(
    articles: list[tuple[str, str]], cuts: list[int], pattern: str
) -> None:
    whole = scores(build(articles, []), f"oil {pattern}")
    split = scores(build(articles, cuts), f"oil {pattern}")
    assert split.keys() == whole.keys()
    for key, score in whole.items():
        assert abs(split[key] - score) < 1e-9 * max(1.0, score)


def test_a_single_word_prefix_keeps_the_title_boost() -> None:
    # one segment holding only "peace": Whoosh scored it by BM25, unboosted
    ix = build([("peace talks", "oil"), ("pearl", "peacekeepers came")], [1])
    assert scores(ix, "peac*") == {"a00": 2.0, "a01": 1.0}
