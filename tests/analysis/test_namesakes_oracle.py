"""`namesakes` gives exactly what it gave when it walked every mention of the article.

`test_quote_scaling` checks only that the table's answer is within the walk's (an empty
answer would pass); here the oracle is the whole former function, its last filter too.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.firstnames import FEMALE, MALE
from index.analysis.namebook import NameBook
from index.analysis.namesakes import _parts, namesakes
from tests.analysis.test_namebook_lookup import LAST, _person, _sentence
from tests.analysis.test_quote_scaling import reference_namesakes


def former_namesakes(book: NameBook, name: str, gender: str | None) -> frozenset[str]:
    """`namesakes` as it was (8397cde): the mentions walked, then the same-person filter."""
    if len(name.split()) != 1:
        return frozenset()
    parts = {n: _parts(n) for n in sorted(reference_namesakes(book, name, gender))}
    return frozenset(
        n
        for n in parts
        if not any(
            o != n and len(po) >= len(parts[n]) and po[-len(parts[n]) :] == parts[n]
            for o, po in parts.items()
            if len(po) > len(parts[n]) or o < n
        )
    )


@settings(max_examples=200, deadline=None)
@given(sentences=st.lists(_sentence, min_size=1, max_size=20), data=st.data())
def test_namesakes_are_the_walk_s(sentences: list[str], data: st.DataObject) -> None:
    book = NameBook(" ".join(sentences), [])
    for _ in range(data.draw(st.integers(0, 5))):
        for surname in {*LAST, *(w.lower() for w in LAST), "Hariri Smith"}:
            for gender in (None, MALE, FEMALE):
                assert namesakes(book, surname, gender) == former_namesakes(book, surname, gender)
        title, first, last = data.draw(_person)
        book.add(data.draw(st.integers(0, len(book.text))), f"{first} {last}", False, title)


def test_two_smiths_are_namesakes() -> None:
    book = NameBook("John Smith said so. Mary Smith said no. Then Smith spoke again.", [])
    assert namesakes(book, "Smith") == {"John Smith", "Mary Smith"}
