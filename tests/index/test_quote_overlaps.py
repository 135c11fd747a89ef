"""One outlet runs a quotation's first half, another its second: the two overlap (one's end
is the other's start) and are one quotation, when they share twelve words or more and
agree there (constructed cases; `quote_links.overlap`, the groups of `QuoteIndex` and the
chain judge of `bench.quote_chains`)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from bench.quote_chains import chained, spliced
from index.analysis.quote_groups import QuoteIndex
from index.analysis.quote_links import MIN_OVERLAP_WORDS, NONE, OVERLAP, overlap, relation
from index.analysis.quotes import compared_words, extract_quotes

WHOLE = (
    "However, I am the CEO of the company and since this incident happened during my "
    "tenure, I have agreed to forgo my annual bonus and my annual equity grant this year "
    "and have expressed my desire that my bonus be redistributed to our hardworking employees"
)
FIRST = WHOLE.split(" this year")[0]  # ends "... my annual equity grant"
SECOND = "[S]ince" + WHOLE.split("and since")[1]  # from "since this incident" to the end


def _index(*bodies: str) -> QuoteIndex:
    index = QuoteIndex()
    for n, body in enumerate(bodies):
        index.add_article(f"a{n}", f"outlet {n}", f"2017-03-0{n + 1}", extract_quotes(body))
    return index


def _groups(*bodies: str) -> list[set[str]]:
    return sorted((set(g.articles) for g in _index(*bodies).groups()), key=sorted)


def test_the_first_half_and_the_second_half_are_one_group() -> None:
    one, two = compared_words(FIRST), compared_words(SECOND)
    assert overlap(one, two) == 20  # "since this incident ... my annual equity grant"
    assert relation(one, two) == OVERLAP
    assert _groups(f'"{FIRST}," she said.', f'She wrote: "{SECOND}."') == [{"a0", "a1"}]


def test_a_few_shared_words_at_the_ends_are_not_an_overlap() -> None:
    one = '"We have to stop this now because the workers of the factory deserve better," he said.'
    two = (
        '"The workers of the factory deserve better pay and shorter hours than the owners '
        'will ever give them," she said.'
    )
    assert _groups(one, two) == [{"a0"}, {"a1"}]


def test_an_overlap_that_drops_a_not_is_another_quotation() -> None:
    turned = WHOLE.replace("I have agreed", "I have not agreed")
    one = turned.split(" this year")[0]
    assert relation(compared_words(one), compared_words(SECOND)) == NONE
    assert _groups(f'"{one}," she said.', f'She wrote: "{SECOND}."') == [{"a0"}, {"a1"}]


GOES_ON = (
    "since this incident happened during my tenure, I have agreed to forgo my annual bonus "
    "and my annual equity grant, and I will ask the board to look at every single account"
)


def test_an_end_that_two_different_quotations_go_on_from_joins_neither() -> None:
    groups = _groups(f'"{FIRST}."', f'"{SECOND}."', f'"{GOES_ON}."')
    assert {"a1", "a2"} not in groups and {"a0", "a1", "a2"} not in groups
    assert len(groups) == 3


def test_the_chain_judge_splices_an_overlap_and_refuses_two_ways_on() -> None:
    group = _index(f'"{FIRST}," she said.', f'She wrote: "{SECOND}."').groups()[0]
    assert chained(group) == 0
    other = _index(f'"{GOES_ON}."').groups()[0]
    both = dataclasses.replace(group, occurrences=group.occurrences + other.occurrences)
    assert chained(both) >= 1


VOCAB = [f"w{i}" for i in range(80)]


@given(
    st.lists(st.sampled_from(VOCAB), min_size=40, max_size=60, unique=True),
    st.integers(1, 10),
    st.integers(MIN_OVERLAP_WORDS, 24),
    st.integers(1, 10),
)
def test_two_halves_of_one_quotation_overlap_and_splice_back(
    words: list[str], before: int, shared: int, after: int
) -> None:
    whole = words[: before + shared + after]
    one, two = whole[: before + shared], whole[before:]
    assert overlap(one, two) == shared
    assert relation(one, two) != NONE  # OVERLAP, or a clip or an edit when one end is short
    if relation(one, two) == OVERLAP:
        assert spliced(one, [two]) == tuple(whole)
    if relation(two, one) == OVERLAP:  # not always both: of two quotes of as many words,
        assert spliced(two, [one]) == tuple(whole)  # `relation` tries the first as the clip


# --- a clip inside two quotations: its speaker decides --------------------------------------

CLIP_TEXT = "the president of the United States"
ONE = f"A district judge cannot force {CLIP_TEXT} to change the law of the land"
TWO = f"Agitating {CLIP_TEXT} is not a good strategy for anyone in the region"


def test_a_clip_inside_two_quotations_joins_the_one_of_its_speaker() -> None:
    groups = _groups(
        f'"{ONE}," Rex Tillerson said.',
        f'"{TWO}," Nikki Haley said.',
        f'Tillerson said he would not force "{CLIP_TEXT}" to do anything.',
    )
    assert groups == [{"a0", "a2"}, {"a1"}]


def test_a_clip_of_nobody_or_of_both_speakers_joins_neither() -> None:
    for one, two in [("Rex Tillerson", "Nikki Haley"), ("Rex Tillerson", "Tillerson")]:
        groups = _groups(
            f'"{ONE}," {one} said.', f'"{TWO}," {two} said.', f'It was "{CLIP_TEXT}" again.'
        )
        assert groups == [{"a0"}, {"a1"}, {"a2"}]
    groups = _groups(
        f'"{ONE}," Rex Tillerson said.',
        f'"{TWO}," Tillerson said.',
        f'Tillerson said he would not force "{CLIP_TEXT}" to do anything.',
    )
    assert groups == [{"a0"}, {"a1"}, {"a2"}]  # both quotations are his
