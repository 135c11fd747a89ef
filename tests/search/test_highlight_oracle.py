"""The reader lights what a query matched, held to Whoosh itself (nu31 #1).

The oracle: the article indexed alone in a RAM index with the project's schema, the query
parsed as a search parses it, and each of its leaves outside a NOT run by Whoosh's own
matchers (a phrase's positions from its `SpanNear2` matching; an expanding term's words
from the index's own lexicon). Each place matched, as characters, is one stretch;
stretches that overlap are one. `Highlighter.spans` must give exactly those stretches, so
the reader's count of matches (n/N) is the count of stretches lit: `"tie-breaking vote"`
lights the phrase where it stands, never a lone "vote" or "tie".
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.query import AndNot, Not, Phrase, Term

from index.search.highlight import highlighter_for_query, highlighter_for_text
from index.search.query import make_parser, parse_query
from index.store.schema import TEXT_ANALYZER, TEXT_FIELDS, make_schema
from tests.ramstore import PrivateRamStorage

WORDS = [
    "tie", "ties", "tie-breaking", "breaking", "break", "vote", "votes", "voted", "voting",
    "the", "a", "of", "not", "no", "Senate", "senator", "G-7", "g7", "COVID-19", "covid",
    "state-of-the-art", "art", "state", "coffee", "cofee", "cfoee", "cofefe", "petroleum", "petrol",
]  # fmt: skip
"""Words whose stems, stop words and hyphenated parts the queries below meet."""

QUERIES = [
    '"tie-breaking vote"', '"tie vote"', '"tie vote"~3', '"vote tie"~2', '"the vote"',
    'vote "tie-breaking vote"', '"break vote" OR senate', '"tie tie"', '"vote vote vote"',
    'vote NOT tie', '"tie-breaking vote" NOT senate', 'senate AND NOT "the vote"',
    "tie-breaking", "tie breaking", "G-7", "covid19", '"covid-19 vote"', '"g7 vote"',
    "vot*", "sen*", "cofee~", "petrolium~2", "coffee~1 vote", "coffee~1", "cofee~1",
    '"state of the art"', "state-of-the-art", 'title:"tie vote"', 'body:vote', "byline:vote",
    '"no vote" OR "not vote"', '"a vote"', '(vote OR tie) NOT "tie-breaking vote"',
]  # fmt: skip

texts = st.lists(
    st.tuples(
        st.sampled_from(WORDS),
        st.sampled_from([" ", " ", "\n", ", ", ". ", "-", "; "]),
    ),
    max_size=30,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))


def _positive(query: Any) -> list[Any]:
    """The leaves of ``query`` outside a NOT (found apart from `positive_leaves`)."""
    found: list[Any] = []
    todo = [query]
    while todo:
        node = todo.pop()
        if isinstance(node, Not):
            continue  # NOT b, and AndNot(a, b)'s b below: what a hit does not contain
        kids = [] if node.is_leaf() else list(node.children())
        found.extend([node] if node.is_leaf() else [])
        todo.extend(kids[:1] if isinstance(node, AndNot) else kids)
    return found


def whoosh_stretches(text: str, query_text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` Whoosh matches for ``query_text`` (see above)."""
    storage = PrivateRamStorage()
    index = storage.create_index(make_schema())
    writer = index.writer()
    writer.add_document(id="a", title=text, body=text)
    writer.commit()
    chars = {
        token.pos: (token.startchar, token.endchar)
        for token in TEXT_ANALYZER(text, chars=True, positions=True, mode="index")
    }
    found: list[tuple[int, int]] = []
    with index.searcher() as searcher:
        reader = searcher.reader()

        def lexicon(field: str) -> list[str]:
            return [word.decode() for word in reader.lexicon(field)]

        query = parse_query(query_text, make_parser(index.schema), lexicon)
        for leaf in _positive(query):
            if leaf.field() not in TEXT_FIELDS:
                continue
            if isinstance(leaf, Phrase | Term):
                leaves = [leaf]
            else:  # an expanding term: the words of the index it stands for
                leaves = [Term(leaf.fieldname, word) for word in leaf._btexts(reader)]
            for one in leaves:
                matcher = one.matcher(searcher)
                if matcher.is_active():
                    found.extend(
                        (chars[span.start][0], chars[span.end][1]) for span in matcher.spans()
                    )
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(found)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _lit(text: str, query: str) -> list[tuple[int, int]]:
    spans = highlighter_for_text(query).spans(text)
    return [(span.start, span.end) for span in spans]


@settings(max_examples=150, deadline=None)
@given(texts, st.sampled_from(QUERIES))
def test_lit_stretches_are_whooshs_matches(text: str, query: str) -> None:
    expected = whoosh_stretches(text, query)
    assert _lit(text, query) == expected
    analysed = highlighter_for_text(query).spans_analysed(text)
    assert [(span.start, span.end) for span in analysed] == expected


def test_a_phrase_lights_the_phrase_only() -> None:
    text = (
        "The tie-breaking vote came after the vote count; she voted to break the tie. "
        "A tie-breaking vote again. Vote no."
    )
    lit = [text[start:end] for start, end in _lit(text, '"tie-breaking vote"')]
    assert lit == ["tie-breaking vote", "tie-breaking vote"]
    assert _lit(text, '"tie-breaking vote"') == whoosh_stretches(text, '"tie-breaking vote"')


def test_not_words_and_other_fields_are_not_lit() -> None:
    text = "vote tie vote"
    assert [text[s:e] for s, e in _lit(text, "vote NOT tie")] == ["vote", "vote"]
    assert _lit(text, "byline:vote") == []


def test_the_highlighter_of_a_bound_query_is_the_same() -> None:
    """The reader may light a query parsed against an index: the same stretches."""
    text = "a tie-breaking vote; a vote"
    storage = PrivateRamStorage()
    index = storage.create_index(make_schema())
    query = parse_query('"tie-breaking vote"', make_parser(index.schema), lambda field: [])
    spans = highlighter_for_query(query).spans(text)
    assert [text[span.start : span.end] for span in spans] == ["tie-breaking vote"]
