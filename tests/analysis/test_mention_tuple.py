"""`Mention` is a named tuple, made with ``tuple.__new__`` where the book reads its runs
(it was a frozen slotted dataclass, 1.4 µs a mention). The oracle is that dataclass: the same
hash (so sets of mentions iterate alike), the same equality and the same replacement; and
a book's mentions are those the constructor makes of their fields (the defaults where the
book leaves them: an organisation's gender None, person False)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.mention import Mention
from index.analysis.namebook import NameBook


@dataclass(frozen=True, slots=True)
class _Was:
    start: int
    name: str
    organisation: bool
    title: str = ""
    speaker: bool = False
    gender: str | None = None
    person: bool = False


_FIELDS = st.tuples(
    st.integers(0, 5),
    st.sampled_from(["", "Warren", "Elizabeth Warren", "Acme Corp"]),
    st.booleans(),
    st.sampled_from(["", "senator", "mrs."]),
    st.booleans(),
    st.sampled_from([None, "m", "f", "u"]),
    st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(_FIELDS, _FIELDS, st.sampled_from([None, "m", "f"]))
def test_a_mention_hashes_compares_and_replaces_as_the_dataclass(
    one: tuple, other: tuple, gender: str | None
) -> None:
    a, b = Mention(*one), Mention(*other)
    was_a, was_b = _Was(*one), _Was(*other)
    assert hash(a) == hash(was_a)
    assert (a == b) == (was_a == was_b)
    assert tuple(a._replace(gender=gender)) == tuple(
        getattr(replace(was_a, gender=gender), f) for f in Mention._fields
    )
    assert tuple.__new__(Mention, one) == a
    assert [*{a, b}] == [Mention(*(getattr(m, f) for f in _Was.__slots__)) for m in {was_a, was_b}]


_WORDS = st.sampled_from(
    [
        "Trump", "Donald", "Ann", "Lee", "Mrs.", "Senator", "Acme", "Corp", "NATO", "Ministry",
        "of", "said", "he", "she", "The", "company", "Warren", "Elizabeth", "spokesman",
        "farmer", "Smith's", "A", "father", "told", "49",
    ]
)  # fmt: skip
_GLUE = st.sampled_from([" ", ", ", ". ", "\n", ' "', '" '])
_TEXT = st.lists(st.tuples(_WORDS, _GLUE), max_size=60).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_a_books_mentions_are_what_the_constructor_makes(text: str) -> None:
    book = NameBook(text, [])
    for m in book.mentions:
        assert type(m) is Mention
        assert m == Mention(*m)
        if m.organisation:
            assert m == Mention(m.start, m.name, True, "", m.speaker)
        assert isinstance(m.start, int) and isinstance(m.speaker, bool)
