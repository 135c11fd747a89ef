"""``quotes --speaker`` matches a name whatever its accents or the letters its copy lost
(fx161, nu64 #2): "Wolfgang Sch?uble" for ``Schauble``, ``Schäuble``, ``Schaeuble``;
"No\ufffd\ufffdr\ufffd\ufffdn O'Sullivan" for ``Noirin O'Sullivan``.

The oracle for a word (`matches`) fills each run of marks of a copy's word with one letter
up to as many letters as its marks, by recursion over the two words, and compares them
folded (`unicodedata`: no marks, lower case, "ß" as "ss"): no regular expression, no
`alike`."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.speaker_match import name_has
from index.library import Library
from tests.quote_rows import record, write_rows

LETTERS = "abcdeilnorsuzáéíóúüöäñç"


def plain(word: str) -> str:
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c))


def german(word: str) -> str:
    """``word`` with "ae", "oe", "ue" (and "aee"...) as the one letter a German spelling
    stands for (README: "Schaeuble" is "Schäuble")."""
    return re.sub(r"([aou])e+", r"\1", word)


def matches(typed: str, copy: str) -> bool:
    """Whether the plain ``typed`` spells ``copy`` (plain, its lost letters as "?" or as
    runs of U+FFFD: a run of n stands for 1 to n letters, a "?" for one)."""
    if not copy:
        return not typed
    head = copy[0]
    if head in "?\ufffd":
        size = 1
        while size < len(copy) and copy[size] == head:
            size += 1
        most = 1 if head == "?" else size
        rest = copy[size if head == "\ufffd" else 1 :]
        return any(
            typed[:n].isalpha() and matches(typed[n:], rest)
            for n in range(1, most + 1)
            if n <= len(typed)
        )
    return bool(typed) and typed[0] == head and matches(typed[1:], copy[1:])


words = st.text(st.sampled_from(LETTERS), min_size=3, max_size=9)


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, str]:
    """A word (capitalised, its first letter plain) and its copy with one or two inner
    letters lost, not side by side, each as "?" or as two U+FFFD."""
    word = "K" + draw(words)
    inner = list(range(1, len(word) - 1))
    first = draw(st.sampled_from(inner))
    lost = {first}
    if draw(st.booleans()):
        others = [at for at in inner if abs(at - first) > 1]
        if others:
            lost.add(draw(st.sampled_from(others)))
    mark = draw(st.sampled_from(["?", "\ufffd\ufffd"]))
    copy = "".join(mark if at in lost else c for at, c in enumerate(word))
    return word, copy


@given(damaged(), st.sampled_from(["as is", "plain", "upper"]), words)
def test_a_copy_of_a_name_is_found_by_its_word_typed_any_way(
    pair: tuple[str, str], way: str, other: str
) -> None:
    word, copy = pair
    typed = {"as is": word, "plain": plain(word), "upper": word.upper()}[way]
    name = f"Anna {copy}"
    assert name_has([typed], name)
    assert name_has(["anna", typed], name)
    # any other word: found exactly when it spells the copy (the oracle), as typed or with
    # its German spellings as one letter ("ae" as "a", on both sides)
    spells = any(
        matches(a, b)
        for a in (plain(other), german(plain(other)))
        for b in (plain(copy), german(plain(copy)))
    )
    assert name_has([other], name) == (spells or "anna" in (plain(other), german(plain(other))))


def test_german_spellings_and_titles() -> None:
    assert name_has(["schaeuble"], "Wolfgang Sch?uble")
    assert name_has(["wolfgang", "schäuble"], "Wolfgang Sch\ufffd\ufffduble")
    assert not name_has(["schulz"], "Wolfgang Sch?uble")
    assert not name_has(["norin"], "No\ufffd\ufffdr\ufffd\ufffdn O'Sullivan")  # each run a letter
    assert name_has(["o'sullivan"], "Nóirín O’Sullivan")
    assert not name_has([], "Anna Keller")


ROWS = [
    record(
        "d1",
        "Wire",
        "2017-03-02",
        'Ministers met.\n\n"We will not pay for the bridge," said Wolfgang Sch?uble.',
    ),
    record(
        "r1",
        "RTE",
        "2017-03-25",
        'Gardai were told.\n\n"The errors are unacceptable in policing terms," '
        "said No\ufffd\ufffdr\ufffd\ufffdn O'Sullivan.",
    ),
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("speaker_match")
    return Library.open(write_rows(folder / "corpus", ROWS), folder / "index")


@pytest.mark.parametrize(
    ("speaker", "found"),
    [
        ("Wolfgang Schäuble", "d1"),
        ("Schauble", "d1"),
        ("SCHAEUBLE", "d1"),
        ("Wolfgang Sch?uble", "d1"),
        ("Noirin O'Sullivan", "r1"),
        ("Nóirín O’Sullivan", "r1"),
        ("noirin", "r1"),
        ("Schulz", None),
    ],
)
def test_quotes_by_a_speaker_whatever_the_accents(
    library: Library, speaker: str, found: str | None
) -> None:
    groups = library.quotes(speaker=speaker)
    assert [g.first for g in groups] == ([found] if found else [])
