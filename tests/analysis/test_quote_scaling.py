"""The look-ups that keep a long article's quotes (and a much reprinted quotation) from
costing the square of their number give what the plain walks they replaced gave (oracles
below), and grouping compares a quote with one quote of a region, not with all of them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import quote_links, quote_relation
from index.analysis.firstnames import FEMALE, MALE, first_name_gender
from index.analysis.namebook import NameBook
from index.analysis.namesakes import namesakes
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import Quote
from tests.analysis.test_namebook_lookup import LAST, _person, _sentence

ROLES = ["minister", "senator", "mrs.", "department", "justice"]


def reference_namesakes(book: NameBook, name: str, gender: str | None) -> set[str]:
    """The names `namesakes` filters, found as it found them: every mention walked."""
    low = name.lower()
    other = MALE if gender == FEMALE else FEMALE if gender == MALE else None
    found = set()
    for m in book.mentions:
        words = m.name.split()
        if m.organisation or len(words) < 2 or words[-1].lower() != low:
            continue
        if any(c.isdigit() for c in m.name):
            continue
        if other is not None and (m.gender or first_name_gender(words[0])) == other:
            continue
        found.add(m.name)
    return found


def reference_with_role(book: NameBook, role: str, offset: int) -> object:
    """`with_role` as it was: each mention's words and title chain read at every call."""
    fallback = None
    for m in reversed([m for m in book.mentions if m.start < offset]):
        words = re.split(r"[\s\-]+", f"{m.title} {m.name}".lower())
        if m.name and (role in words or role in book._title_chain(m.start)):
            if m.speaker:
                return m
            fallback = fallback or m
    return fallback


@settings(max_examples=200, deadline=None)
@given(sentences=st.lists(_sentence, min_size=1, max_size=20), data=st.data())
def test_namesakes_and_roles_are_what_walking_every_mention_gives(
    sentences: list[str], data: st.DataObject
) -> None:
    book = NameBook(" ".join(sentences), [])
    for _ in range(data.draw(st.integers(0, 5))):
        title, first, last = data.draw(_person)
        book.add(data.draw(st.integers(0, len(book.text))), f"{first} {last}", False, title)
        surname = data.draw(st.sampled_from(LAST))
        gender = data.draw(st.sampled_from([None, MALE, FEMALE]))
        found = namesakes(book, surname, gender)
        assert found <= reference_namesakes(book, surname, gender)
        if len(reference_namesakes(book, surname, gender)) < 2:
            assert len(found) < 2
        role, offset = data.draw(st.sampled_from(ROLES)), data.draw(st.integers(0, len(book.text)))
        assert book.with_role(role, offset) == reference_with_role(book, role, offset)


def reference_window(long_: list[str], dest_start: int, dest_end: int) -> tuple[int, int]:
    """The word window around a character stretch, as `_window` walked the words."""
    lo = hi = at = 0
    for i, word in enumerate(long_):
        if at <= dest_start:
            lo = i
        if at < dest_end:
            hi = i + 1
        at += len(word) + 1
    return max(0, lo - 2), min(len(long_), hi + 2)


@settings(max_examples=300, deadline=None)
@given(
    long_=st.lists(st.text("abcdefg", min_size=1, max_size=6), min_size=1, max_size=30),
    short=st.lists(st.text("abcdefg", min_size=1, max_size=6), min_size=1, max_size=10),
)
def test_window_is_the_word_walk(long_: list[str], short: list[str]) -> None:
    sa, sb = " ".join(short), " ".join(long_)
    found = quote_relation.fuzz.partial_ratio_alignment(sa, sb)
    want = (
        (0, len(long_))
        if found is None
        else reference_window(long_, found.dest_start, found.dest_end)
    )
    assert quote_relation._window(short, long_, sa, sb) == want


def test_a_much_reprinted_quotation_is_compared_once_per_copy(monkeypatch) -> None:
    """300 copies and clips of one quotation: each new copy is compared with one quote of
    the region it joins, not with every copy before it (a count, not a time)."""
    text = "we will not stand by while the people of this country are asked to pay for"
    base = [*text.split(), "the", "mistakes", "of", "a", "government", "that", "lost", "its", "way"]
    calls = 0
    real = quote_links.relation

    def counted(a: tuple[str, ...], b: tuple[str, ...]) -> int:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(
        "index.analysis.quote_groups.same_quotation", lambda a, b: bool(counted(a, b))
    )
    index = QuoteIndex()
    for k in range(300):
        words = base[k % 7 : len(base) - k % 5]
        text = '"' + " ".join(words) + '"'
        quote = Quote(0, len(text), text, None, None, None, "none", True, 1, 1, len(text) - 1)
        index.add_article(f"a{k}", None, None, (quote,))
    assert calls < 2 * 300
    groups = index.groups()
    assert len(groups) == 1 and len(groups[0].occurrences) == 300
