"""A clip of three or four words joins the quotation it was cut from, on evidence: one
speaker or none, within a day, two content words or more, and no other quotation holding
its words (issue 18, nu47 #6: Daily Wire's "integrity of the investigation." stood apart
from Pelosi's "with respect for the integrity of the investigation." in NPR). A stock
phrase two people said about two things stays apart (`index.analysis.quote_short`)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.quote_groups import QuoteIndex
from index.analysis.quotes import extract_quotes

DAY = date(2019, 5, 6)
LONG = "We reopened the ferry terminal with full regard for the safety of the passengers"
CLIP = "safety of the passengers"
STOCK_LONG = "Delays like this one are part of the process for any new bridge over the river"
STOCK = "part of the process"


def _add(index: QuoteIndex, aid: str, quote: str, speaker: str | None, days: int = 0) -> None:
    tail = f" said {speaker}, who spoke on Monday." if speaker else " a report said."
    when = (DAY + timedelta(days=days)).isoformat()
    index.add_article(aid, "Outlet " + aid, when, extract_quotes(f'"{quote},"{tail}'))


def _partition(index: QuoteIndex) -> set[frozenset[str]]:
    return {frozenset(g.articles) for g in index.groups()}


def test_an_unnamed_clip_the_same_day_joins_its_quotation() -> None:
    index = QuoteIndex()
    _add(index, "npr", LONG, "Ruth Calder")
    _add(index, "wire", CLIP, None)
    assert _partition(index) == {frozenset({"npr", "wire"})}


def test_a_clip_by_the_same_speaker_the_next_day_joins() -> None:
    index = QuoteIndex()
    _add(index, "fox", "I'm not sure she'll change her mind about the harbour", "Ruth Calder")
    _add(index, "paper", "I'm not sure", "Calder", days=1)
    assert _partition(index) == {frozenset({"fox", "paper"})}


def test_the_same_phrase_by_another_speaker_stays_apart() -> None:
    index = QuoteIndex()
    _add(index, "bridge", STOCK_LONG, "Ruth Calder")
    _add(index, "clinic", STOCK, "Omar Vance")  # the same day, another person's words
    assert _partition(index) == {frozenset({"bridge"}), frozenset({"clinic"})}


def test_the_same_phrase_days_away_stays_apart() -> None:
    index = QuoteIndex()
    _add(index, "bridge", STOCK_LONG, "Ruth Calder")
    _add(index, "later", STOCK, None, days=9)
    assert _partition(index) == {frozenset({"bridge"}), frozenset({"later"})}


def test_a_phrase_two_quotations_hold_joins_neither() -> None:
    index = QuoteIndex()
    _add(index, "bridge", STOCK_LONG, "Ruth Calder")
    clinic = "Waiting lists are part of the process at the old clinic"
    _add(index, "clinic", clinic, "Omar Vance", days=30)
    _add(index, "unsigned", STOCK, None)  # told by the bridge quote, held by the clinic's too
    assert _partition(index) == {
        frozenset({"bridge"}),
        frozenset({"clinic"}),
        frozenset({"unsigned"}),
    }


def test_a_clip_of_one_content_word_stays_apart() -> None:
    index = QuoteIndex()
    _add(index, "long", "It is out of the question that the terminal closes this summer", "Calder")
    _add(index, "short", "out of the question", None)  # "question" alone: common words
    assert _partition(index) == {frozenset({"long"}), frozenset({"short"})}


_CONTENT = [
    "ferry",
    "harbour",
    "council",
    "budget",
    "tunnel",
    "pension",
    "lorry",
    "meadow",
    "granite",
    "orchard",
    "lantern",
    "quarry",
    "velvet",
    "summit",
]
_GLUE = ["the", "of", "for", "and", "with", "to", "in"]


@st.composite
def _quotation(draw: st.DrawFn) -> tuple[list[str], int, int]:
    """A quotation of 10-16 words (distinct content words, glue between some) and a cut
    of 3 or 4 words in it holding two content words or more."""
    content = draw(st.permutations(_CONTENT))[: draw(st.integers(7, 10))]
    words: list[str] = []
    for word in content:
        if words and draw(st.booleans()):
            words.append(draw(st.sampled_from(_GLUE)))
        words.append(word)
    size = draw(st.integers(3, 4))
    start = draw(
        st.sampled_from(
            [
                i
                for i in range(len(words) - size + 1)
                if sum(w in _CONTENT for w in words[i : i + size]) >= 2
            ]
        )
    )
    return words, start, size


@settings(max_examples=40, deadline=None)
@given(_quotation(), st.sampled_from([None, "Calder", "Ruth Calder"]), st.integers(0, 1))
def test_a_clip_cut_from_a_quotation_joins_it(
    cut: tuple[list[str], int, int], speaker: str | None, days: int
) -> None:
    words, start, size = cut
    index = QuoteIndex()
    _add(index, "full", " ".join(words).capitalize(), "Ruth Calder")
    _add(index, "clip", " ".join(words[start : start + size]), speaker, days)
    assert _partition(index) == {frozenset({"full", "clip"})}


@settings(max_examples=40, deadline=None)
@given(_quotation(), st.integers(4, 60))
def test_the_clip_s_words_in_another_speaker_s_quotation_days_away_do_not_join(
    cut: tuple[list[str], int, int], days: int
) -> None:
    words, start, size = cut
    index = QuoteIndex()
    _add(index, "other", " ".join(words).capitalize(), "Omar Vance", days)
    _add(index, "clip", " ".join(words[start : start + size]), "Ruth Calder")
    assert _partition(index) == {frozenset({"other"}), frozenset({"clip"})}


@settings(max_examples=30, deadline=None)
@given(st.permutations(["a", "m", "z"]))
def test_a_clip_of_a_clip_joins_whatever_the_ids(ids: list[str]) -> None:
    """rv54: a three-word clip held by a four-word clip and by the quotation both are cut
    from joins them once the four-word clip has, whichever article's id sorts first."""
    whole, four, three = ids
    index = QuoteIndex()
    _add(index, whole, "Tonight we build a truly new world order for everyone here", "Calder")
    _add(index, four, "truly new world order", None)
    _add(index, three, "new world order", None)
    assert _partition(index) == {frozenset(ids)}
