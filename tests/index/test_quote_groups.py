"""Quote groups across articles: same, clipped and reworded quotes; incremental; JSON."""

from __future__ import annotations

import json
import random
from datetime import datetime

from index.analysis import quote_derived
from index.analysis.quote_groups import QuoteIndex, same_quotation
from index.analysis.quotes import extract_quotes, quotation_text, quote_words

FULL = '"We will not allow a new war in Europe, and we will defend every ally we have," Putin said.'
CLIPPED = 'Putin said "we will not allow a new war in Europe" on Monday.'
REWORDED = (
    '"We shall not allow a new war in Europe, and we will defend every ally we have," he said.'
)
OTHER = '"The harvest was the best in a decade for the valley farmers," Jane Holt said.'


def _index(articles: dict[str, tuple[str, str, str]]) -> QuoteIndex:
    index = QuoteIndex()
    for aid, (source, date, body) in articles.items():
        index.add_article(aid, source, datetime.fromisoformat(date), extract_quotes(body))
    return index


ARTICLES = {
    "a": ("Wire", "2017-03-02", FULL),
    "b": ("Daily", "2017-03-01", CLIPPED),
    "c": ("Post", "2017-03-03", REWORDED),
    "d": ("Gazette", "2017-03-01", OTHER),
}


def test_same_quotation_rules() -> None:
    full = quote_words(FULL.split('"')[1])
    assert same_quotation(full, full)
    assert same_quotation(quote_words(CLIPPED.split('"')[1]), full)
    assert same_quotation(quote_words(REWORDED.split('"')[1]), full)
    assert not same_quotation(quote_words(OTHER.split('"')[1]), full)
    assert not same_quotation(("we", "will"), ("we", "will", "not"))


def test_groups_know_articles_outlets_first_and_changes() -> None:
    index = _index(ARTICLES)
    groups = index.groups()
    assert len(groups) == 2
    putin = groups[0]
    assert putin.articles == ("b", "a", "c")  # first published first
    assert putin.first == "b"
    assert putin.outlets == ("Daily", "Wire", "Post")
    assert putin.speaker == "Putin"
    changes = {o.article: o.change for o in putin.occurrences}
    assert changes == {"a": "same", "b": "clipped", "c": "reworded"}
    reworded = next(o for o in putin.occurrences if o.article == "c")
    assert reworded.diff == (("replace", "will", "shall"),)
    clipped = next(o for o in putin.occurrences if o.article == "b")
    assert all(op == "delete" for op, _, _ in clipped.diff)
    assert putin.text.startswith("We will not allow")
    for occ in putin.occurrences:
        body = ARTICLES[occ.article][2]
        assert body[occ.start : occ.end] == occ.text
    assert index.groups(min_articles=2) == [putin]


def test_removing_an_article_splits_what_it_held_together() -> None:
    # The full quote links two clips that do not overlap: without it they part.
    first = 'X said "we will not allow a new war in Europe under any circumstances".'
    second = 'X said "and we will defend every ally we have in the alliance".'
    full = (
        '"We will not allow a new war in Europe under any circumstances and we will '
        'defend every ally we have in the alliance," X said.'
    )
    index = _index(
        {
            "p": ("A", "2017-01-01", first),
            "q": ("B", "2017-01-02", second),
            "r": ("C", "2017-01-03", full),
        }
    )
    assert len(index.groups()) == 1
    index.remove_article("r")
    assert len(index.groups()) == 2 and "r" not in index
    index.add_article("r", "C", "2017-01-03", extract_quotes(full))
    assert len(index.groups()) == 1


def test_incremental_equals_rebuilt_in_any_order() -> None:
    bodies = {k: v[2] for k, v in ARTICLES.items()}

    def partition(index: QuoteIndex) -> set[frozenset[str]]:
        return {frozenset(g.articles) for g in index.groups()}

    whole = partition(_index(ARTICLES))
    rng = random.Random(7)
    for _ in range(5):
        order = list(ARTICLES)
        rng.shuffle(order)
        index = QuoteIndex()
        for aid in order:
            source, date, _ = ARTICLES[aid]
            index.add_article(aid, source, date, extract_quotes(bodies[aid]))
        index.remove_article(order[0])
        source, date, _ = ARTICLES[order[0]]
        index.add_article(order[0], source, date, extract_quotes(bodies[order[0]]))
        assert partition(index) == whole


def test_json_round_trip_keeps_quotes_and_groups() -> None:
    index = _index(ARTICLES)
    data = json.loads(json.dumps(index.to_json()))
    back = QuoteIndex.from_json(data)
    assert back.groups() == index.groups()
    assert back.quotes("a") == index.quotes("a")
    back.add_article("e", "Echo", None, extract_quotes(FULL))
    assert len(back.groups()[0].articles) == 4


def test_replacing_an_article_and_unknown_ids() -> None:
    index = _index(ARTICLES)
    index.add_article("a", "Wire", "2017-03-02", extract_quotes(OTHER))
    assert len(index) == 4
    # The full form in "a" is gone; the clip ("we will not allow a new war in Europe")
    # stays with the rewording ("We shall not allow ..."): an edited clip of it.
    assert {frozenset(g.articles) for g in index.groups()} == {
        frozenset({"b", "c"}),
        frozenset({"a", "d"}),
    }
    index.remove_article("nope")
    assert index.group_at("nope", 0, 5) is None
    assert index.quotes("nope") == ()


def test_group_text_reads_as_the_quotation() -> None:
    # "...we have," Putin said: the comma is the sentence's, not the quotation's
    index = _index({"a": ARTICLES["a"], "c": ARTICLES["c"]})
    (putin,) = index.groups()
    assert (
        putin.text == "We will not allow a new war in Europe, and we will defend every ally we have"
    )
    assert putin.occurrences[0].text.endswith(',"')  # the occurrence stays the body's slice
    assert quotation_text(" it's happening, ") == "it's happening"
    assert quotation_text("first this; then that;") == "first this; then that"
    assert quotation_text("As opposed...") == "As opposed..."
    assert quotation_text("Why not?") == "Why not?"


def test_a_stored_group_text_with_its_comma_reads_without_it() -> None:
    # a store written before the fix still holds "…have,"; reading it gives the quotation
    (putin,) = _index({"a": ARTICLES["a"]}).groups()
    stored = quote_derived._stored(putin) | {"text": putin.text + ","}
    assert quote_derived._group_from(stored) == putin
