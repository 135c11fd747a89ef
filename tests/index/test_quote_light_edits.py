"""Light edits that are one quotation (rp24): a compound written with or without hyphens
("do-nothing-ism", "do-nothingism"), a negator said twice ("no, repeat, no, use of force")
and a clip whose first words also come earlier in the longer quote (constructed cases;
`quote_relation.relation`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.analysis.quote_relation import CLIP, NONE, OVERLAP, STRONG, relation
from index.analysis.quotes import compared_words
from tests.index.test_quote_negation import PLAIN

NEGATED = ["nothing", "no", "never", "not", "none"]
words = st.lists(st.sampled_from(PLAIN), min_size=6, max_size=14)


@given(before=words, after=words, head=st.sampled_from(["do", "say", "know"]))
def test_a_compound_with_or_without_hyphens_is_the_same_quote(
    before: list[str], after: list[str], head: str
) -> None:
    """Oracle: the two texts differ only in the hyphens inside one compound."""
    a = compared_words(" ".join([*before, f"{head}-nothing-ism", *after]))
    b = compared_words(" ".join([*before, f"{head}-nothingism", *after]))
    assert a != b and relation(a, b) == STRONG


@given(before=words, after=words, negator=st.sampled_from(NEGATED))
def test_a_negator_changed_next_to_a_compound_is_still_another_quote(
    before: list[str], after: list[str], negator: str
) -> None:
    """The hyphen rule forgives no dropped negator: "do nothing" against "do" is another
    quotation, as before."""
    a = compared_words(" ".join([*before, "do", negator, *after]))
    b = compared_words(" ".join([*before, "do", *after]))
    assert relation(a, b) not in (STRONG, CLIP)


@given(rest=words, negator=st.sampled_from(["no", "not", "never"]))
def test_a_negator_said_twice_is_the_same_quote(rest: list[str], negator: str) -> None:
    """Oracle: both say ``negator`` before the same words; one says it twice."""
    twice = compared_words(" ".join([negator, "repeat", negator, *rest]))
    once = compared_words(" ".join([negator, *rest]))
    assert relation(twice, once) in (STRONG, CLIP)
    plain = compared_words(" ".join(["we", "will", "repeat", *rest]))
    said = compared_words(" ".join(["we", "will", negator, "repeat", negator, *rest]))
    assert relation(said, plain) == NONE  # a negator added twice is still added


def test_the_reprints_of_a_repeated_no_and_a_hyphenated_compound() -> None:
    kelly = compared_words("no, repeat, no, use of military force in immigration operations. None")
    assert relation(
        kelly, compared_words("no use of military force in immigration operations, none")
    ) in (STRONG, CLIP)
    brown = (
        "free from the absolutism of the SNP and the do-nothingism of the Tories, is now essential"
    )
    dw = (
        "free from the absolutism of the SNP and the do-nothing-ism of the (Conservatives) "
        "is now essential"
    )
    assert relation(compared_words(brown), compared_words(dw)) == STRONG


@given(
    member=st.lists(st.sampled_from(PLAIN), min_size=2, max_size=5),
    clip=st.lists(st.sampled_from(PLAIN), min_size=8, max_size=12),
)
def test_a_clip_whose_first_words_come_earlier_too_is_a_clip(
    member: list[str], clip: list[str]
) -> None:
    """Oracle: the clip is the longer quote's last words plus one short added word at its end
    (as "has been through Senate confirmation three times, confirmed"), and the longer quote
    says the clip's first two words once before ("has been a member ... and has been
    through ..."): the alignment must not take the first ones."""
    long_ = compared_words(" ".join(["he", *clip[:2], *member, "and", *clip]))
    short = compared_words(" ".join([*clip, "too"]))
    assert relation(short, long_) == CLIP


def test_a_run_on_quote_that_goes_on_with_a_no_still_overlaps() -> None:
    """A quote the extractor ran on into the answer ('... code? "No, I think he is behind
    it') overlaps the question it repeats; the edited-clip fallback does not hide that."""
    question = (
        "It turns out his organization seems to do a lot of these organizing to some of the "
        "protests that these Republicans are seeing around the country against you. Do you "
        "believe President Obama is behind it and if he is, is that a violation of the "
        "so-called unsaid presidents' code?"
    )
    run_on = (
        "Do you believe President Obama is behind it, and if he is, is that a violation of "
        "the so-called, unsaid, president's code? \"No, I think he is behind it,"
    )
    assert relation(compared_words(run_on), compared_words(question)) == OVERLAP


def test_a_clip_with_its_places_swapped_is_another_quote() -> None:
    """rv24 #4: the partial-ratio fallback found "faster in the south than in the north"
    inside "slower in the north than in the south" (partial ratio 88) and called it a
    clip; words moved between the two are another statement."""
    a = compared_words("the virus is spreading faster in the south than in the north")
    b = compared_words(
        "the data show the virus is spreading slower in the north than in the south "
        "this month according to officials"
    )
    assert relation(a, b) not in (STRONG, CLIP)


@given(rest=words)
def test_a_swap_of_two_content_words_in_a_long_quote_is_no_clip_by_the_fallback(
    rest: list[str],
) -> None:
    """Oracle: `_swapped` says a clip whose two content words trade places moved them,
    whatever the words around them."""
    from index.analysis.quote_relation import _swapped

    short = ["in", "the", "south", "than", "in", "the", "north", *rest]
    stretch = ["in", "the", "north", "than", "in", "the", "south", *rest]
    assert _swapped(short, stretch)
    assert not _swapped(short, short)
