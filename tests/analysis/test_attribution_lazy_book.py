"""The name book of an article is read only once an attribution pattern needs it (issue 18:
most of extraction's time): quotes that no pattern attributes read no names, and what is
found is the same either way."""

from __future__ import annotations

import pytest

from index.analysis import attribution
from index.analysis.namebook import NameBook
from index.analysis.quotes import extract_quotes

_UNSAID = (
    'Acme Corp opened a plant in Ohio. Its slogan, "build it to last forever", hangs '
    'over the gate, and "no job too small for us" is painted on the trucks.\n'
)
_SAID = (
    'Sergei Shoigu spoke in Moscow. "We will answer every threat," he said.\n'
    '"The talks are over for now," said Anna Kowalski, a spokeswoman.\n'
)


@pytest.fixture
def books(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []

    class Counted(NameBook):
        def __init__(self, text: str, quoted: list[tuple[int, int]]) -> None:
            made.append(text)
            super().__init__(text, quoted)

    monkeypatch.setattr(attribution, "NameBook", Counted)
    return made


def test_quotes_no_pattern_attributes_read_no_names(books: list[str]) -> None:
    quotes = extract_quotes(_UNSAID)
    assert [q.inner for q in quotes] == ["build it to last forever", "no job too small for us"]
    assert all(q.speaker is None for q in quotes)
    assert books == []


def test_an_attributed_quote_reads_the_names_once(books: list[str]) -> None:
    quotes = extract_quotes(_SAID + _UNSAID)
    assert [q.speaker for q in quotes[:2]] == ["Sergei Shoigu", "Anna Kowalski"]
    assert books == [_SAID + _UNSAID]
