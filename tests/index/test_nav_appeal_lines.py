"""Lines of links to the neighbouring articles and one-line donation or membership appeals
go wherever they stand; news sentences with the same words stay (fx78, nu41 #2).

The oracle is the generator: each line is built as debris (a row of PREV/NEXT links, an
appeal to the reader) or as a news sentence that merely mentions next, previous, donating,
members or support, and the lines are mixed in random order between two news paragraphs.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract

LEDE = (
    "The council approved the budget on Tuesday after a long debate that ran late into the "
    "night, officials said."
)
CLOSE = (
    "The harbour plan will be discussed again in March by the full council, which has "
    "twelve members from four parties."
)

HEADLINES = st.sampled_from(
    [
        "Oil majors report record profits",
        "Shale drillers brace for cuts",
        "Dam holds after storm",
        "Council votes to close the library",
        "Floods hit the coast",
    ]
)
ARROWS_IN = st.sampled_from(["", "<< ", "« ", "‹ ", "← ", "< "])
ARROWS_OUT = st.sampled_from(["", " >>", " »", " ›", " →", " >"])
WORD = st.sampled_from(["PREV", "PREVIOUS", "NEXT", "Prev", "Previous", "Next"])
NOUN = st.sampled_from(["", " ARTICLE", " STORY", " POST", " PAGE", " Article", " story"])
SEPARATOR = st.sampled_from([" | ", " · ", " • ", " / "])


@st.composite
def link(draw: st.DrawFn) -> str:
    """One link of a navigation row: "PREV: Headline", "NEXT ARTICLE", "Previous"."""
    word = draw(WORD)
    noun = draw(NOUN)
    headline = draw(st.one_of(st.just(""), HEADLINES))
    if word.isupper():
        noun = noun.upper()
    return f"{word}{noun}: {headline}" if headline else f"{word}{noun}"


@st.composite
def navigation(draw: st.DrawFn) -> str:
    """A row of one or two links, perhaps in arrows."""
    links = draw(st.lists(link(), min_size=1, max_size=2))
    return draw(ARROWS_IN) + draw(SEPARATOR).join(links) + draw(ARROWS_OUT)


OPENERS = st.sampled_from(
    [
        "We need your support.",
        "Support our journalism: donate today.",
        "Donate now: every dollar helps us report.",
        "Click here to donate: independent reporting needs you.",
        "Become a member today and help keep independent journalism free.",
        "Please consider making a donation to support our reporting.",
    ]
)
FOLLOWERS = st.sampled_from(
    [
        "",
        " Become a member today and help keep independent journalism free.",
        " Every contribution, however big or small, helps.",
        " Click here to give.",
        " Support independent journalism.",
        " Your help keeps our reporting free for every reader.",
    ]
)


@st.composite
def appeal(draw: st.DrawFn) -> str:
    """A donation or membership appeal on one line ("We need your support." alone could be
    anyone's: it needs what follows)."""
    opener = draw(OPENERS)
    follower = draw(FOLLOWERS.filter(bool) if opener.startswith("We need") else FOLLOWERS)
    return opener + follower


NEWS = st.sampled_from(
    [
        "Next year the council will vote again on the plan.",
        "Previous governments had tried and failed to pass the bill.",
        "Next to the river, the houses stood empty for weeks.",
        "NEXT FEW MONTHS CRUCIAL FOR OIL - MINISTER",
        "Previous - and next - steps were agreed on Monday.",
        "Next: the minister said talks would resume in May.",
        "Donate blood at the new centre, the health board urged residents.",
        "Please consider donating to the flood fund, which has raised $2 million.",
        "We need your support to win this election, the candidate told voters.",
        "Become a member of the club for $20 a year and get free parking.",
        "Donations to the party rose 12 percent in the quarter.",
        "The charity asked people to donate coats before the winter.",
        "Members of the union will vote on the offer next week.",
        "Support for the measure fell to 41 percent in the latest poll.",
        "Subscribers to the service will pay $5 more a month from April.",
    ]
)


def _article(lines: list[str]) -> str:
    return "\n\n".join([LEDE, *lines, CLOSE]) + "\n"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just(True), st.one_of(navigation(), appeal())),
            st.tuples(st.just(False), NEWS),
        ),
        min_size=1,
        max_size=5,
        unique_by=lambda pair: pair[1],
    )
)
def test_debris_lines_go_and_news_lines_stay(mixed: list[tuple[bool, str]]) -> None:
    result = extract(_article([line for _, line in mixed]))
    body = set(result.body.split("\n"))
    removed = {line for block in result.removed for line in block.split("\n")}
    for debris, line in mixed:
        if debris:
            assert line not in body and line in removed, line
        else:
            assert line in body, line
    assert LEDE in body and CLOSE in body


def test_the_walkthroughs_lines_go() -> None:
    """The lines nu41 #2 found kept, each between two news paragraphs."""
    lines = [
        "We need your support. Become a member today and help keep independent journalism free.",
        "<< PREV: Oil majors report record profits | NEXT: Shale drillers brace for cuts >>",
        "NEXT ARTICLE >>",
        "PREVIOUS STORY · NEXT STORY",
        "Donate now: every dollar helps us report. Click here to give.",
        "Support our journalism: donate today. Every contribution, however big or small, helps.",
        "Click here to donate: independent reporting needs you.",
    ]
    for line in lines:
        assert line not in extract(_article([line])).body, line


def test_a_wire_named_under_the_headline_and_in_the_dateline_is_the_outlet() -> None:
    """nu41 #3: "Gulf Wire" under the headline, "DUBAI (Gulf Wire) —" in the lede."""
    text = (
        "Oil prices jump as OPEC output cut takes markets by surprise\n\nGulf Wire\n\n"
        "Published: March 6, 2026\n\nDUBAI (Gulf Wire) — Oil prices jumped on Friday after "
        "ministers agreed to cut output.\n\nBrent crude rose 4 percent.\n"
    )
    result = extract(text)
    assert result.source == "Gulf Wire"
    assert result.body.startswith("DUBAI (Gulf Wire)")


def test_a_wire_or_digest_under_the_headline_over_its_date_is_the_outlet() -> None:
    """nu41 #3: "Wire Digest" under the headline, over "March 5, 2026"; kickers ending in a
    press word after another one ("TV News", "Daily Digest", "Live Wire") stay in the body."""
    for line, outlet in [
        ("Wire Digest", "Wire Digest"),
        ("Gulf Wire", "Gulf Wire"),
        ("Daily Press", "Daily Press"),
        ("TV News", None),
        ("Daily Digest", None),
        ("Live Wire", None),
    ]:
        text = (
            f"OPEC seals output cut after two days of talks\n\n{line}\n\nMarch 5, 2026\n\n"
            "VIENNA — OPEC ministers agreed on Thursday to cut output.\n\nBrent rose.\n"
        )
        result = extract(text)
        assert result.source == outlet, line
        assert (line in result.body.split("\n")) == (outlet is None), line
