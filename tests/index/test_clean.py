"""Boilerplate rules, on text written for the tests (positives and negatives)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from index.models import Extracted
from index.text.clean import appeal_end, is_boilerplate_line, is_separator
from index.text.extract import extract
from index.text.metadata import DATE_TEXT


@pytest.mark.parametrize("line", ["-", "--", "-->", "×", "***", "• • •", "===", "~~~", "|"])
def test_separators(line: str) -> None:
    assert is_separator(line) and is_boilerplate_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "PREV Harvest festival: the best stalls to visit",
        "NEXT Why the river flooded again",
        "Previous article",
        "Next story: Elections in the north",
        "Read more: How the budget passed",
        "Related: Council meeting ends in uproar",
        "Share this article",
        "Follow us on Twitter and Facebook",
        "Click here to read the full report",
        "Sign up for our free morning newsletter",
        "Advertisement",
        "© 2024 Valley Gazette",
        "Copyright 2023 Example News Ltd. All rights reserved.",
        "We use cookies to improve your experience.",
        "Our Standards: The Example Trust Principles.",
        "Download our free app for breaking news",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


def test_wire_signoff_goes_only_at_the_end() -> None:
    found = extract("Reuters\n\nGrain prices rose sharply on Monday, traders said.\n\nReuter\n")
    assert found.source == "Reuters"  # the outlet line above the text
    assert found.body == "Grain prices rose sharply on Monday, traders said."
    assert found.removed == ("Reuter",)


@pytest.mark.parametrize(
    "line",
    [
        "The minister said readers of the report would support the plan.",
        "Next year the council will vote on the budget again, officials said.",
        "Subscribers to the water scheme complained about prices on Monday.",
        "He shared the article with colleagues before the vote.",
        "Copyright law was at the centre of the dispute.",
        "Reuters reported that the talks had stalled.",
        "Follow-up talks are planned for March.",
        "A-",
        "Previous governments had tried and failed.",
    ],
)
def test_article_sentences_survive(line: str) -> None:
    assert not is_boilerplate_line(line)


APPEAL = [
    "The harbour reopened on Tuesday after repairs.",
    "A Message from The Harbour Herald:",
    "Dear readers,",
    "Independent reporting costs money and we need your support.",
    "Please give what you can each month.",
    "Maybe later",
    "The council will meet again next week.",
]


def test_appeal_block_ends_at_its_closer() -> None:
    assert appeal_end(APPEAL, 1) == 6
    found = extract("\n".join(APPEAL))
    assert found.removed == ("\n".join(APPEAL[1:6]),)
    assert "The council will meet again next week." in found.body
    assert found.source == "Harbour Herald"  # an unknown outlet loses its "The"


def test_appeal_without_closer_runs_to_the_end_only_if_it_reads_as_one() -> None:
    tail = [
        "Support our journalism",
        "Every contribution helps our reporters.",
        "Donate monthly to keep us independent.",
    ]
    assert appeal_end(["Story.", *tail], 1) == 4
    not_appeal = [
        "Support our journalism",
        "The mayor spoke for an hour.",
        "The crowd left at noon.",
        "Rain fell later.",
    ]
    assert appeal_end(not_appeal, 0) == 1  # the line alone is one (fx78); the text stays


def test_dear_readers_in_a_quote_is_not_an_appeal() -> None:
    text = 'The editor wrote: "Dear readers, we were wrong," in a column on Monday.'
    assert appeal_end([text], 0) is None


def test_promo_above_headline_is_removed() -> None:
    text = (
        "Our journalism has moved\n\nFind us at our new home for analysis of the climate:\n\n"
        "Floods close the coast road\n\nBy Ann Other\n\n"
        "COASTVILLE, May 2 (AP) - Floods closed the coast road on Thursday, officials "
        "said, after a night of heavy rain across the region.\n"
    )
    found = extract(text)
    assert found.title == "Floods close the coast road"
    assert found.byline == "Ann Other"
    assert found.source == "Associated Press"  # the outlet table's name for "AP"
    assert found.dateline == "Coastville, May 2"
    assert "Our journalism has moved" in "\n".join(found.removed)
    assert found.body.startswith("COASTVILLE")


def test_repeated_headline_kept_once() -> None:
    text = (
        "Dam holds after storm\nDam holds after storm\n\n"
        "The dam held overnight, engineers said on Friday morning.\nDam holds after storm\n"
    )
    found = extract(text)
    assert found.title == "Dam holds after storm"
    assert "Dam holds after storm" not in found.body
    assert len("\n".join(found.removed).splitlines()) == 2


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Donating blood saves lives, the health minister said on Monday.",
            "Clinics will open late on Thursdays.",
            "Thank you.",
        ],
        ["Donate boxes were placed at the station entrance, volunteers said."],
        [
            "Subscribe now to the new bus pass, the council urged residents on Friday.",
            "It is cheap.",
        ],
        ["Dear readers of this column will remember the flood of 1998.", "It was worse."],
    ],
)
def test_appeal_words_in_article_text_survive(lines: list[str]) -> None:
    found = extract("\n".join(lines))
    for line in lines:
        assert line in found.body


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        ("Support our journalism", "Thank you for reading."),
        ("Dear reader,", "Remind me later"),
        ("Please consider making a donation", "No thanks"),
        ("Become a member today", "Maybe later"),
        ("You've read all your free articles this month", "Subscribe now"),
    ],
)
def test_appeal_blocks_go_whole(opener: str, closer: str) -> None:
    text = "\n".join(
        [
            "The ferry resumed service on Monday after a week of storms, the operator said.",
            opener,
            "Reporting like this depends on readers who chip in every month.",
            closer,
            "Passengers queued from dawn.",
        ]
    )
    found = extract(text)
    assert found.removed == ("\n".join(text.splitlines()[1:4]),)
    assert [line for line in found.body.splitlines() if line] == [
        text.splitlines()[0],
        "Passengers queued from dawn.",
    ]


_SENTENCES = st.sampled_from(
    [
        "The council approved the budget on Tuesday after a long debate, officials said.",
        "Readers wrote in to support the library, which will stay open.",
        "Next year the port will double its capacity, the company said.",
        "LONDON, March 3 (Reuters) - Shares rose on the news, traders said.",
        "MEXICO CITY — The storm weakened overnight, forecasters said.",
    ]
)
_HEADS = st.sampled_from(
    [
        "Bridge reopens after repairs",
        "Bridge reopens after repairs – 01/23/2025 at 5:53 p.m.",
        "by Reuters",
        "By Ann Lee and Bo Chan",
        "Thursday, 20 March 2014 17:50 GMT",
        "Published: 4 May 2021",
        "(Updated with comment from the mayor)",
    ]
)
_JUNK = st.sampled_from(
    [
        "-",
        "--",
        "-->",
        "×",
        "***",
        "PREV The best parks in town",
        "NEXT Why the river flooded",
        "Share this article",
        "Advertisement",
        "Read more: Budget passes",
        "© 2024 Example News",
        "Our Standards: The Trust Principles.",
        "A Message from The Example Post:",
        "Dear readers,",
        "We need your support to keep reporting.",
        "Remind me later.",
        "Reuter",
        "(Reporting by Ann Lee; Editing by Cy Dee)",
        "Talks resume next week.(dpa/NAN)",
        "",
    ]
)
_ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80)


def _reflected(line: str, found: Extracted) -> bool:
    """The line's content is in a metadata field (a headline, a byline, a date line)."""
    fields = [found.title, found.source, found.byline, found.dateline]
    if any(value and " ".join(value.split()) in line for value in fields):
        return True
    return found.date is not None and DATE_TEXT.search(line) is not None


def _undashed(text: str) -> str:
    """``text`` with each dash a space: `lost_space` reads some dashes as lost spaces ("has-0"
    as "has 0", CI draw ci149); the words are kept."""
    return " ".join(text.replace("-", " ").split())


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_HEADS, _SENTENCES, _JUNK, _ANY), max_size=14),
    st.sampled_from(["\n", "\n\n", "\n\n\n\n"]),
)
@example(["has-0"], "\n")
def test_nothing_is_lost(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    found = extract(text)
    assert found.title is not None or not found.body.strip()
    body = " ".join(found.body.split())
    removed = [" ".join(block.split()) for block in found.removed]
    for line in text.split("\n"):
        squashed = " ".join(line.split())
        if not squashed:
            continue
        assert (
            squashed in body
            or any(squashed in block for block in removed)
            or _reflected(squashed, found)
            or _undashed(squashed) in _undashed(body)  # a dash read as a lost space (lost_space)
        ), (squashed, found)


@pytest.mark.parametrize(
    ("last", "removed"),
    [
        ("Support our journalism: donate today.", True),
        ("Please consider making a donation to support independent reporting.", True),
        ("Dear readers, the flood of 1998 was worse.", False),
        ("Donate boxes were placed at the station entrance.", False),
    ],
)
def test_a_one_line_appeal_that_ends_the_text(last: str, removed: bool) -> None:
    found = extract(f"The dam held overnight, engineers said on Friday.\n\n{last}\n")
    assert (last in found.body) is not removed
    assert found.body.startswith("The dam held overnight")


@pytest.mark.parametrize("line", ["NaN", "nan", "Ap", "afp"])
def test_a_word_spelled_like_an_acronym_outlet_is_no_outlet(line: str) -> None:
    # hypothesis found it: a lone line "NaN" was read as the agency NAN and lost
    found = extract(f"{line}\n\nThe dam held overnight, engineers said on Friday.\n")
    assert found.source is None
    assert line in found.body or found.title == line


def test_an_acronym_outlet_in_capitals_is_still_found() -> None:
    found = extract("The dam held overnight, engineers said on Friday.\n\nAFP\n")
    assert found.source == "AFP"
