"""Boilerplate rules, on text written for the tests (positives and negatives)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.clean import appeal_end, is_boilerplate_line, is_separator
from index.extract import extract


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
        "Reuter",
        "Download our free app for breaking news",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate_line(line)


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
    assert found.source == "The Harbour Herald"


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
    assert appeal_end(not_appeal, 0) is None


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
    assert found.source == "AP"
    assert found.dateline == "COASTVILLE, May 2"
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


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=400))
def test_nothing_is_lost(text: str) -> None:
    found = extract(text)
    kept = found.body + "\n" + "\n".join(found.removed)
    fields = " ".join(str(v) for v in (found.title, found.source, found.byline, found.date) if v)
    for line in text.split("\n"):
        words = line.split()
        if not words:
            continue
        squashed = " ".join(words)
        assert (
            squashed in " ".join(kept.split())
            or any(w in fields for w in words)
            or (squashed in text and found.title is not None)
        )
