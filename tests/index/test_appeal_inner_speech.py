"""An article paragraph between an appeal's opener and a button stays, though it holds an
appeal's word ("supported"), when it is reported speech (fx173: the messy set's tune seed 1
put a paragraph of Martin Schulz's speech, "... special working hours - financially
supported by the government ..., he said", between "Become a subscriber today" and
"Subscribe"; the block went whole). An appeal's own lines still go with it.

The oracle: the text is built from article paragraphs and appeal lines, each known."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

OPENERS = ("Become a subscriber today", "Support our journalism", "Dear readers,")
CLOSERS = ("Subscribe", "Maybe later", "Thank you for reading.", "Donate now")
APPEAL_LINES = (
    "Reporting like this depends on readers who chip in every month.",
    "Independent journalism costs money and we need your support.",
)
SPEECH = (
    "He also said he wanted special working hours, financially supported by the government.",
    '"We will support every family that needs it," the minister told delegates in Berlin.',
    "Officials said the fund had received donations from 4,000 people by Friday.",
    "The party's readers' panel, according to its chair, backed the plan in March.",
)
STORY = (
    "The ferry resumed service on Monday after a week of storms, the operator said.",
    "Passengers queued from dawn at the harbour, and the first boat left at seven.",
)


def _body_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


@settings(max_examples=150, deadline=None)
@given(
    opener=st.sampled_from(OPENERS),
    closer=st.sampled_from(CLOSERS),
    speech=st.lists(st.sampled_from(SPEECH), min_size=1, max_size=3),
    appeal=st.lists(st.sampled_from(APPEAL_LINES), max_size=2),
)
def test_reported_speech_between_an_opener_and_a_button_stays(
    opener: str, closer: str, speech: list[str], appeal: list[str]
) -> None:
    paragraph = " ".join(speech)
    lines = [STORY[0], opener, *appeal, paragraph, closer, STORY[1]]
    found = extract("\n\n".join(lines) + "\n")
    assert paragraph in _body_lines(found.body)
    assert STORY[0] in found.body and STORY[1] in found.body


@settings(max_examples=60, deadline=None)
@given(
    opener=st.sampled_from(OPENERS),
    closer=st.sampled_from(CLOSERS),
    appeal=st.lists(st.sampled_from(APPEAL_LINES), min_size=1, max_size=3),
)
def test_an_appeals_own_lines_go_with_it(opener: str, closer: str, appeal: list[str]) -> None:
    lines = [STORY[0], opener, *appeal, closer, STORY[1]]
    found = extract("\n".join(lines) + "\n")
    assert found.removed == ("\n".join([opener, *appeal, closer]),)
    assert _body_lines(found.body) == list(STORY)
