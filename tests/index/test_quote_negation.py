"""A negator dropped or added is another quotation: "we will allow a new war" is not "we
will not allow a new war" (constructed cases; `quote_relation.relation`, rv9 finding 12)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import CLIP, NONE, STRONG, relation
from index.analysis.quotes import extract_quotes, quote_words

FULL = "We shall not allow a new war in Europe, and we will keep our word to our allies"
PLAIN = [
    "minister",
    "harbour",
    "council",
    "bridge",
    "river",
    "city",
    "storm",
    "crews",
    "budget",
    "plan",
    "spring",
    "summer",
    "market",
    "price",
    "school",
    "village",
    "doctor",
    "station",
    "letter",
    "garden",
]
NEGATORS = ["not", "never", "no", "don't", "won't", "without", "nor", "nothing"]


def words(text: str) -> tuple[str, ...]:
    return quote_words(text)


def test_an_edited_clip_that_drops_the_negation_is_another_quotation() -> None:
    assert relation(words("we will allow a new war in Europe"), words(FULL)) == NONE
    assert relation(words("we will not allow a new war in Europe"), words(FULL)) == CLIP


def test_an_edited_quote_that_drops_or_adds_a_negation_is_another_quotation() -> None:
    dropped = FULL.replace("not ", "")
    assert relation(words(dropped), words(FULL)) == NONE
    assert relation(words(FULL), words(dropped)) == NONE
    assert relation(words(FULL + " today"), words(FULL)) == STRONG


def test_a_negation_said_another_way_or_repeated_is_still_one_quotation() -> None:
    assert relation(words(FULL.replace("not", "never")), words(FULL)) == STRONG
    assert relation(words("we won't allow a new war in Europe"), words(FULL)) == CLIP
    repeated = (
        "making it clear that we will not, we will not stand by and let him abuse those rights"
    )
    assert (
        relation(words("that we will not stand by and let him abuse those rights"), words(repeated))
        == CLIP
    )


def test_the_dropped_negation_stands_apart_in_the_groups() -> None:
    index = QuoteIndex()
    bodies = {
        "a": f'"{FULL}," the minister said.',
        "b": 'The minister said "we will not allow a new war in Europe" on Monday.',
        "c": 'A blog wrote that he said "we will allow a new war in Europe" on Monday.',
    }
    for aid, body in bodies.items():
        index.add_article(aid, "Wire", datetime(2021, 5, 1), extract_quotes(body))
    assert sorted(sorted(g.articles) for g in index.groups()) == [["a", "b"], ["c"]]


@st.composite
def clipped(draw: st.DrawFn) -> tuple[list[str], int, int, int, str]:
    """A long quote of plain words with a negator inside a stretch of 8+ words of it:
    (long words, stretch start, stretch stop, negator offset, negator)."""
    body = draw(st.lists(st.sampled_from(PLAIN), min_size=8, max_size=24))
    start = draw(st.integers(0, len(body) - 8))
    stop = draw(st.integers(start + 8, len(body)))
    at = draw(st.integers(start + 1, stop - 1))  # strictly inside the stretch
    negator = draw(st.sampled_from(NEGATORS))
    return [*body[:at], negator, *body[at:]], start, stop + 1, at, negator


@given(clipped(), st.booleans())
def test_a_clip_or_edit_that_drops_a_negator_is_no_link(
    case: tuple[list[str], int, int, int, str], whole: bool
) -> None:
    long_, start, stop, at, _ = case
    if whole:
        start, stop = 0, len(long_)
    kept = long_[start:stop]
    dropped = long_[start:at] + long_[at + 1 : stop]
    assert relation(tuple(kept), tuple(long_)) != NONE  # the clip itself links
    assert relation(tuple(dropped), tuple(long_)) == NONE
    assert relation(tuple(long_), tuple(dropped)) == NONE


@given(clipped(), st.booleans())
def test_a_clip_or_edit_that_adds_a_negator_is_no_link(
    case: tuple[list[str], int, int, int, str], whole: bool
) -> None:
    with_negator, start, stop, at, _ = case
    long_ = with_negator[:at] + with_negator[at + 1 :]
    if whole:
        start, stop = 0, len(with_negator)
    added = with_negator[start:stop]
    assert relation(tuple(added), tuple(long_)) == NONE


def test_a_clip_before_a_negated_tail_is_still_a_clip() -> None:
    # the longer quote adds a sentence with a negator after the clip: nothing was dropped
    # from the clip's own words, so it is a clip (not refused as an edited whole quote)
    full = "the river is rising fast and they don't appreciate how close it came. Not me!"
    clip = "the river is rising fast and they don't appreciate how close it came"
    assert relation(words(clip), words(full)) == CLIP
