"""OpenSearch's terms and words of an article are the ones a Whoosh index holds (rv40 #6).

No node needed: the oracle is a Whoosh index of the article, written by the build's own
writer (`index.store.words_writer.WordsWriter`): its terms in each text field, and its
listed words (what a prefix begins). OpenSearch's side is what
`index.opensearch.documents` sends: `analysed_terms` (the terms) and
`index.opensearch.prefixes.words_of` (the ``words`` keyword). Analysed without positions,
`InitialismFilter` took a hyphenated word's joined form ("xray", sent after the field's
words) for the next word, not in capitals, so "x-ray WHO OR-IT" lost the plain reading
"it" of a shouted "IT": 63 of 5,000 generated texts had a term Whoosh has and OpenSearch
lacked, and ``"OR IT"`` found different articles on the two engines.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.models import Article
from index.opensearch.documents import (
    FORMAT_VERSION,
    analysed,
    analysed_terms,
    index_meta,
    same_articles,
)
from index.opensearch.prefixes import words_of
from index.store.schema import TEXT_FIELDS, make_schema
from index.store.words import segment_words
from index.store.words_writer import WordsWriter
from tests.ramstore import PrivateRamStorage

# stop words in capitals (shouted or not), hyphenated words (their joined forms come
# after the field's words), initialisms, and plain words in both cases
_VOCABULARY = (
    "US us U.S. IT it IS WHO UN AND THE NATO pro-Russian PRO-RUSSIAN U.S.-led IT-US G-7 "
    "x-ray OR-IT SAYS ON east-west LET PRAY running AT&T"
)
TEXTS = st.lists(st.sampled_from(_VOCABULARY.split()), max_size=6).map(" ".join)
LONGEST = 200


def _whoosh(title: str, body: str) -> tuple[dict[str, set[str]], set[str]]:
    """The terms of each text field and the listed words of a Whoosh index of one article."""
    ix = PrivateRamStorage().create_index(make_schema())
    writer = WordsWriter(ix)
    writer.add_document(id="a0", title=title, body=body)
    writer.commit()
    with ix.reader() as reader:
        terms = {name: set(reader.field_terms(name)) for name in TEXT_FIELDS}
        words = set()
        for leaf, _ in reader.leaf_readers():
            words |= set(segment_words(leaf) or ())
    return terms, words


def _article(title: str, body: str) -> Article:
    return Article("a0", "a0", title, False, None, None, None, None, body)


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS)
@example("Scan", "x-ray WHO OR-IT")
@example("x-ray IT AND ON IS", "x-ray SAYS PRO-RUSSIAN IT-US")
def test_opensearch_has_the_terms_and_words_whoosh_indexes(title: str, body: str) -> None:
    terms, words = _whoosh(title, body)
    for name, text in (("title", title), ("body", body)):
        assert set(analysed_terms(name, text)) == terms[name]
        sent = analysed(name, text)
        values = [sent] if isinstance(sent, str) else sent
        split = {term for value in values for word in value.split() for term in word.split("|")}
        assert split == terms[name]
    # the words keyword also holds stop words (a prefix's stems are then looked for in
    # the terms): every listed word, and nothing but the article's words
    sent_words = set(words_of(_article(title, body), LONGEST))
    assert words <= sent_words
    stop_only = sent_words - words
    assert all(word in terms["title"] | terms["body"] for word in stop_only)


def test_an_index_of_an_older_format_is_sent_again() -> None:
    # format 10 (sx37): an index sent at 9 lacks those terms and words; format 11 (sx42):
    # one sent at 10 lists only one-letter tickers; format 12 (sx43): one sent at 11 lists
    # no ticker glued to a word; format 13 (sx44): one sent at 12 has "dudenh?ffer" as two
    # terms; so an update sends every article again, as a rebuild would
    assert FORMAT_VERSION == 13
    assert same_articles(index_meta())
    assert not same_articles(index_meta() | {"format": 9})
    assert not same_articles(index_meta() | {"format": 10})
    assert not same_articles(index_meta() | {"format": 11})
    assert not same_articles(index_meta() | {"format": 12})
