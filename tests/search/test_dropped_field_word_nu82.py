"""A field's clause of a word the search leaves out is refused, not dropped unsaid (nu82):
``title:and dam`` was ``dam`` anywhere ("and" is a stop word, the title's clause fell out
of the query) and nothing said so. The oracle: plain Whoosh's parser over the index's
schema, whose clause for ``field:word`` is empty when its analyzer drops the word (a stop
word, a single letter; not a capitalised "US", an initialism there); a quoted word is
searched (a phrase keeps its stop words), and a word it keeps is searched in the field, as
before. ``source:`` too (nu85): ``source:and frost`` was ``frost`` anywhere; its quoted
word is searched, as the index keeps an outlet name's stop words (schema 6)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.qparser import QueryParser

from index.search.limits import QueryError
from index.search.query import parse_unbound
from index.store.phrase_stops import STOP_TERMS
from index.store.schema import make_schema

_FIELDS = ("title", "body", "byline", "source", "dateline")
_PLAIN = QueryParser("body", make_schema())
words = st.one_of(
    st.sampled_from(sorted(STOP_TERMS)),
    st.sampled_from(["and", "or", "The", "OF", "x", "5", "I", "US", "Us", "UK", "A"]),
    st.sampled_from(["dam", "frost", "uk", "18", "Ec", "andes", "orange", "theory"]),
)
_AROUND = ["{clause} frost", "frost {clause}", "{clause}", "(frost OR {clause}) dam"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_FIELDS), words, st.sampled_from(_AROUND), st.booleans())
def test_a_field_word_left_out_is_refused(field: str, word: str, around: str, minus: bool) -> None:
    clause = f"{'-' if minus else ''}{field}:{word}"
    text = around.format(clause=clause)
    dropped = not any(True for _ in _PLAIN.parse(f"{field}:{word}").terms())
    if dropped:
        with pytest.raises(QueryError) as refused:
            parse_unbound(text)
        said, column = str(refused.value), refused.value.column
        assert f"{field}:{word}" in said and f'{field}:"{word}"' in said, said
        assert "\n" not in said and column is not None, said
        assert text[column - 1 :].startswith(word), (text, column)
        quoted = around.format(clause=f'{field}:"{word}"')
        parse_unbound(quoted)  # quoted, the word is searched
    else:
        found = parse_unbound(text)
        assert f"{field}" in repr(found), (text, found)


def test_the_briefs_query_says_so() -> None:
    with pytest.raises(QueryError, match="title:and"):
        parse_unbound("title:and dam")
    for left_out in ("title:or dam", "body:the", "(title:a)"):
        with pytest.raises(QueryError, match='"'):
            parse_unbound(left_out)
    with pytest.raises(QueryError, match='source:"and"'):
        parse_unbound("source:and frost")  # nu85: was frost anywhere
    searched = ('title:"and" dam', "title:(and dam)", "title:andes dam", "id:and dam")
    for kept in (
        *searched,
        'source:"and" frost',
        "source:US",
        "title:US",
        "title:AND",
        "frost title:OR",
    ):  # capitals: initialisms
        parse_unbound(kept)
