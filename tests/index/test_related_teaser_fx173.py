"""CNN's "READ: <headline>", DW's and RTE's "Read: ..." / "Read:- ...", ABC's "MORE: ..." run
into a paragraph are teasers like "READ MORE:" (fx173: newsarticles holds 30, 20 and 5 of
them; CNN's come in lists, "READ: A READ: B READ: C", each marker ending the headline before
it). A sentence opening on "To" ends a headline ("READ: Ski like a South Korean To avoid
..."). The oracle: the text is made of article sentences and teasers, each known; the
article's own words all stay."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.related_teaser import teaser_spans

SENTENCES = [
    "He will appear in court on March 21.",
    '"We idolized him," the coach said.',
    "Read the report and you will see why, the judge said.",
    "MORE than 300 people were evacuated, police said.",
    "The company said MORE: was the name of its new app.",
]
"""Article sentences, some holding a marker's word without its place or colon."""
OPENING = [
    "The All Blacks, ranked the world's best rugby union team, play on Saturday.",
    "To avoid any confusion with Pyongyang, the resort changed its name.",
    "Last week local councillors passed an emergency motion.",
    "But the race was not decided until the final lap.",
]
MARKERS = ["READ: ", "Read: ", "Read:-", "MORE: "]
HEADLINES = [
    "Vonn crashes in Cortina",
    "20 years of Tiger - highs and lows",
    "Ski like a South Korean",
    "Is Harry Kane 'world class'?",
    "Magdalene laundries an 'Irish kind of torture'",
    "ECB caught in monetary policy maelstrom",
]


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    found = extract(text, known={"title": "A given title", "source": "CNN"})
    return found.body, found.removed


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
    st.sampled_from(MARKERS),
    st.lists(st.sampled_from(HEADLINES), min_size=1, max_size=4, unique=True),
    st.sampled_from(OPENING),
    st.lists(st.sampled_from(SENTENCES), max_size=2),
)
@example([SENTENCES[0]], "READ: ", [HEADLINES[2]], OPENING[1], [])
def test_a_run_in_teaser_or_a_list_of_them_leaves_and_the_article_stays(
    before: list[str], marker: str, headlines: list[str], opening: str, after: list[str]
) -> None:
    teasers = [marker + headline for headline in headlines]
    body, removed = _clean(" ".join([*before, *teasers, opening, *after]))
    assert body == " ".join([*before, opening, *after])
    for teaser in teasers:
        assert teaser in removed


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES + OPENING), min_size=1, max_size=5))
def test_a_markers_word_without_its_place_or_colon_is_none(parts: list[str]) -> None:
    assert teaser_spans(" ".join(parts)) == []


def test_more_before_a_link_in_an_embedded_tweet_is_none() -> None:
    """ "More: <link>" closes a tweet quoted in the text (ABC, RTE): no headline follows."""
    line = "We will work closely w/ @SpaceX. More: https://t.co/RpyAEWjicz https://t.co/fkGHZ"
    assert teaser_spans(line) == []


def test_a_headline_in_title_case_ends_at_no_preposition() -> None:
    """HuffPost's "READ: Faith Leaders Rally After ICE Detains Group Leaving Church Keary
    was ...": "After" stands inside it; no end is known and the teaser stays whole."""
    text = "It fell. READ: Church Leaders Rally After Police Detain Group Keary was there."
    assert _clean(text) == (text, ())


def test_a_headline_in_title_case_ends_at_an_article_or_a_pronoun() -> None:
    """ "... Rally After Police Detain Group The rally ...", "4 Ways to Help ... Many others"
    and AJ's "INTERACTIVE: Syria's Civil War Map The convention ..."."""
    text = (
        "It fell. READ: Church Leaders Rally After Police Detain Group The rally ended. "
        "READ: 4 Ways to Help Families Hit by Floods Many others are afraid too. "
        "INTERACTIVE: Syria's Civil War Map The convention was signed in 1993."
    )
    body, removed = _clean(text)
    assert body == (
        "It fell. The rally ended. Many others are afraid too. The convention was signed in 1993."
    )
    assert removed == (
        "READ: Church Leaders Rally After Police Detain Group",
        "READ: 4 Ways to Help Families Hit by Floods",
        "INTERACTIVE: Syria's Civil War Map",
    )
