"""Bylines whose names lost a letter to "?" or U+FFFD (sp52, issue 18): "By Wolfgang Sch?uble"
was no byline, stayed in the body, and under a short headline became the title. The
oracle: the intact text's facts, the name as this copy spells it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

_GIVEN = st.sampled_from(["Tolvar", "Halden", "Osrick", "Wendrel"])
_SURNAME = st.sampled_from(["Brennick", "Halvorsen", "Quillfeather", "Dorweiler"])
_LOST = st.sampled_from(["?", "\ufffd\ufffd"])
_BODY = (
    "The minister said on Monday that the talks had gone well and that more would follow.\n\n"
    "He added that he expected a deal before the summer."
)
_HEADS = [
    "Finance chiefs meet in Berlin\n\nBy {name}\n\nBERLIN (Reuters) - {body}",
    "Finance chiefs meet in Berlin\n\nBy {name}, DW\n\n{body}",
    "Talks in Berlin\n\nBy {name} and Jane Doe\n\n{body}",
    "Talks in Berlin\n\n{name}, Reuters\n\n{body}",
    "Talks in Berlin\n\nBy {name} | DW\n\n{body}",
]


def _facts(text: str) -> tuple[str | None, str | None, str | None, str]:
    found = extract(text)
    return found.title, found.byline, found.source, found.body


def test_the_reported_shape() -> None:
    text = _HEADS[4].format(name="Ferdinand Dudenh?ffer", body=_BODY)
    title, byline, _, body = _facts(text)
    assert (title, byline) == ("Talks in Berlin", "Ferdinand Dudenh?ffer")
    assert body.startswith("The minister")


def test_a_real_question_is_no_name() -> None:
    """A "?" before a space or a capital is a question mark: no byline of it."""
    assert _facts("Talks in Berlin\n\nBy Tolvar? Brennick\n\n" + _BODY)[1] is None


@settings(max_examples=40, deadline=None)
@given(_GIVEN, _SURNAME, st.integers(0, len(_HEADS) - 1), st.booleans(), _LOST, st.data())
def test_a_lost_letter_reads_as_the_intact_byline(
    given: str, surname: str, head: int, in_given: bool, lost: str, data: st.DataObject
) -> None:
    word = given if in_given else surname
    at = data.draw(st.integers(1, len(word) - 2))
    damaged = word[:at] + lost + word[at + 1 :]
    intact_name = f"{given} {surname}"
    text = _HEADS[head].format(name=intact_name, body=_BODY)
    intact = _facts(text)
    assert intact[1] is not None and intact_name in intact[1]  # the shape gives a byline
    got = _facts(text.replace(word, damaged))
    assert got == tuple(None if v is None else v.replace(word, damaged) for v in intact)
