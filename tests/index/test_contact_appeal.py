"""A newsroom's call for readers' stories closing the text is debris (nu36 #10: BBC's
"Have your say" appeal stayed in 19 newsarticles bodies), run into the last paragraph or
a paragraph of its own; an address the story mentions, or one in reported speech, stays.
The oracle: the text is made of article sentences and an appeal, each known."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.contact_appeal import contact_appeal_start
from index.text.extract import extract

ARTICLE = [
    "The council voted on Tuesday to close the old bridge for repairs.",
    "Work will start in March and last until the autumn, officials said.",
    '"We had no choice," the mayor told reporters.',
    "Drivers will be sent through the town centre instead.",
]
QUESTIONS = [
    "Are you in the area?",
    "Have you been affected by the closure?",
    "Do you use the bridge every day?",
    "What is your reaction?",
    "Let us know about your experiences.",
]
ANCHORS = [
    "Email news@example.org with your stories.",
    "Share your pictures and experiences by emailing pics@example.org.",
    "If it is safe to do so, share your experiences by emailing news@example.org.",
    "Tell us your experiences by emailing news@example.org",
    "If you have a story suggestion email desk@example.co.uk.",
]
CONTACTS = [
    "Please include a contact number if you are willing to speak to a journalist.",
    "You can also contact us in the following ways:",
    "WhatsApp: +44 7000 000000",
    "Tweet: @ExampleDesk",
]


OWN_ANCHORS = [
    "If you saw the crash, email witness@police.example.uk.",
    "If you need support, email help@charity.example.org.",
    "Send your views to consult@council.example.gov.uk.",
    "Share your concerns by emailing roads@council.example.gov.uk.",
]
OWN_CONTACTS = ["Please quote reference 123.", "WhatsApp: +44 7000 000000", "Tweet: @CouncilRoads"]


@st.composite
def closed_stories(draw: st.DrawFn, anchors: list[str], contacts: list[str]) -> tuple[str, ...]:
    """A story (two sentences or more: one line is a headline), an appeal closing it made of
    questions, an anchor and contact ways, and the text: the appeal run on or apart."""
    story = " ".join(draw(st.lists(st.sampled_from(ARTICLE), min_size=2, max_size=4)))
    asks = draw(st.lists(st.sampled_from(QUESTIONS), max_size=2, unique=True))
    ways = draw(st.lists(st.sampled_from(contacts), max_size=3, unique=True))
    appeal = " ".join([*asks, draw(st.sampled_from(anchors)), *ways])
    return story, appeal, f"{story} {appeal}" if draw(st.booleans()) else f"{story}\n\n{appeal}"


@settings(max_examples=200, deadline=None)
@given(closed_stories(ANCHORS, CONTACTS))
def test_the_appeal_goes_and_the_story_stays(case: tuple[str, str, str]) -> None:
    story, appeal, text = case
    found = extract(f"{text}\n")
    assert found.body == story
    assert appeal in found.removed


@settings(max_examples=150, deadline=None)
@given(closed_stories(OWN_ANCHORS, OWN_CONTACTS))
def test_the_storys_own_appeal_stays(case: tuple[str, str, str]) -> None:
    """rv36 #6: a police, charity or council appeal closing the story, with no newsroom
    address or words, is the story's news: the whole text stays (the oracle: nothing of
    it is the newsroom's)."""
    _, appeal, text = case
    assert contact_appeal_start(appeal) is None
    assert extract(f"{text}\n").body == text


@pytest.mark.parametrize(
    "text",
    [
        # reported speech
        "Readers can email news@example.org with their stories, the editor said.",
        # more article text after the address
        "Email news@example.org with your stories. The bridge opened in 1902 and carries "
        "12,000 cars a day.",
        # the phrase in a sentence, no address
        "Are you in the area? Viewers had their say on Have Your Say for years.",
        # an author's contact, not a call for stories
        "Contact the writer at jane@example.org",
    ],
)
def test_an_address_in_the_story_stays(text: str) -> None:
    story = f"{ARTICLE[0]} {text}"
    assert contact_appeal_start(story) is None
    assert extract(f"{ARTICLE[1]}\n\n{story}\n").body == f"{ARTICLE[1]}\n\n{story}"


def test_no_address_no_appeal() -> None:
    assert contact_appeal_start(" ".join(ARTICLE + QUESTIONS)) is None


def test_the_tables_examples_and_keeps() -> None:
    import tomllib

    from index.text.data_files import data_file

    table = tomllib.loads(data_file("boilerplate.toml"))["contact_appeal"]
    for example in table["examples"]:
        assert contact_appeal_start(example) == 0, example
    for kept in table["keep"]:
        assert contact_appeal_start(kept) is None, kept
