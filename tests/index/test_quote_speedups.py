"""Speed-ups of quote extraction and grouping checked against what they replace: the same
words, the same quotes after pickling (the index workers send them), the same aliases."""

from __future__ import annotations

import pickle
import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_derived import ArticleQuotes
from index.analysis.quotes import Quote, quote_words
from index.analysis.speakernames import aliases

_WORD = re.compile(r"\w+(?:['’]\w+)*")
TEXT = st.text(alphabet=st.sampled_from("ab AZ’'\"İßΣς1_-.,é\u0307\n"), max_size=60) | st.text()
NAMES = st.sampled_from(["Trump", "Donald Trump", "Mr. Biden", "Joe Biden", "NATO", "Xi", ""])


def _old_quote_words(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower().replace("’", "'") for m in _WORD.finditer(text))


@given(TEXT)
def test_quote_words_as_before(text: str) -> None:
    assert quote_words(text) == _old_quote_words(text)


QUOTES = st.builds(
    Quote,
    attribution=st.none() | st.tuples(st.integers(), st.integers()),
    speaker=st.none() | st.text(max_size=8),
    description=st.none() | st.text(max_size=8),
)


@given(st.lists(QUOTES, max_size=4), st.none() | st.datetimes(), st.none() | st.text(max_size=5))
def test_quotes_pickle_to_themselves(
    quotes: list[Quote], date: datetime | None, source: str | None
) -> None:
    found = ArticleQuotes("a1", source, date, tuple(quotes), tuple(q.words for q in quotes))
    back = pickle.loads(pickle.dumps(found, pickle.HIGHEST_PROTOCOL))
    assert back == found
    assert [vars_of(q) for q in back.quotes] == [vars_of(q) for q in quotes]


def vars_of(quote: Quote) -> dict[str, object]:
    return {name: getattr(quote, name) for name in Quote.__dataclass_fields__}


@given(st.lists(NAMES | st.none() | st.text(max_size=12), max_size=6))
def test_one_name_has_no_alias(names: list[str | None]) -> None:
    """`QuoteIndex._group` skips `aliases` for a group naming fewer than two speakers."""
    if len({n for n in names if n}) < 2:
        assert aliases(names) == {}


def test_initials_only_are_no_crash() -> None:
    """A name of one-letter words ("J. K.", "X Y") has no family word to try: found by the
    hypothesis test above at five times its examples (IndexError before)."""
    assert aliases(["J. K.", "X Y", "0\x850", "Trump"]) == {}
    assert aliases(["J. K.", "Trump", "Donald Trump"]) == {"Trump": "Donald Trump"}
