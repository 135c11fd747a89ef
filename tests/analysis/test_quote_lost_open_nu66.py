"""A quote whose curly opening mark the copy lost to "\ufffd" after its straight one
('"\ufffdWe have a body', nu66, na-1875): its words start at the word, and its text is
still its body slice from the opening mark."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quotes import extract_quotes

_WORDS = st.lists(
    st.sampled_from(["we", "have", "a", "body", "of", "one", "person", "North", "Korean", "pass"]),
    min_size=3,
    max_size=9,
)
_LOST = st.sampled_from(["\ufffd", "\ufffd\ufffd", "\ufffd\ufffd?", "\ufffd "])


def _body(words: list[str], lost: str, who: str) -> str:
    said = " ".join(words).capitalize()
    return f'{who} spoke to reporters. "{lost}{said}," {who.split()[-1]} said on Monday.'


@given(_WORDS, _LOST, st.sampled_from(["Subramaniam Sathasivam", "Anna Keller"]))
def test_words_start_past_the_lost_mark(words: list[str], lost: str, who: str) -> None:
    """The oracle: the same body with the artifact left out."""
    dirty, clean = _body(words, lost, who), _body(words, "", who)
    found, wanted = extract_quotes(dirty), extract_quotes(clean)
    assert len(found) == len(wanted)  # a quote in both or in neither ("We a a": too short)
    for got, want in zip(found, wanted, strict=True):
        assert got.text == dirty[got.start : got.end]
        assert got.text.startswith('"' + lost)  # the span still opens at its mark
        assert got.inner == want.inner
        assert got.speaker == want.speaker == who


def test_na_1875() -> None:
    body = 'Subramaniam told reporters. "\ufffdWe have a body of one person," he said.'
    [quote] = extract_quotes(body)
    assert quote.inner == "We have a body of one person,"
    assert quote.text == body[quote.start : quote.end] == '"\ufffdWe have a body of one person,"'


def test_a_lost_letter_inside_a_word_stays() -> None:
    """ "S\ufffd\ufffdddeutsche": a letter lost inside the word, no mark: the words keep it."""
    body = 'He told "S\ufffd\ufffdddeutsche Zeitung on Sunday" about it.'
    assert [q.inner for q in extract_quotes(body)] == ["S\ufffd\ufffdddeutsche Zeitung on Sunday"]
