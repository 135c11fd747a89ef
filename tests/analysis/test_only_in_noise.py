"""What compare's "only in" names leave out (nu33 #11): the article's own outlet, its
byline ("Al Jazeera", "Al Jazeera News"), and a common word before a number ("Article III
judge", "Title IX"), which is no name by itself. The pair and the many-article comparison
must agree, so each test asks both.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.analysis.credit_lines import outlet_key
from index.analysis.multicompare import Document, compare_many
from index.analysis.pair_names import pair_only_in

OTHER = "Officials in Ohio met on Monday. Marta Quist spoke."


def _both(a: str, b: str, outlets: tuple[str, str]) -> list[tuple[str, ...]]:
    """Names only in ``a`` and only in ``b``, by the pair and by the many-article compare."""
    pair = pair_only_in(a, b, outlets)
    docs = [
        Document(str(k), "", o or None, None, t)
        for k, (t, o) in enumerate(zip((a, b), outlets, strict=True))
    ]
    many = compare_many(docs)
    names = [tuple(e.name for e in many.only_in[k].names) for k in (0, 1)]
    # the pair lists its numbers after its names; none of these names has a digit
    words = [tuple(n for n in side if not any(c.isdigit() for c in n)) for side in pair]
    return [*words, *names]


@pytest.mark.parametrize(
    ("source", "byline"),
    [
        ("Al Jazeera", "Al Jazeera"),
        ("Al Jazeera", "Al Jazeera News"),
        ("Al Jazeera News", "Al Jazeera"),
        ("aljazeera.com", "Aljazeera.com"),
        ("BBC News", "BBC"),
        ("The Guardian", "Guardian"),
    ],
)
def test_an_articles_own_outlet_is_not_a_name_only_it_gives(source: str, byline: str) -> None:
    a = f"Tomas Velde told {byline} that the ruling stands. He spoke to {byline} again."
    only_a, _, many_a, _ = _both(a, OTHER, (source, "Wire B"))
    assert only_a == many_a == ("Tomas Velde",)
    # another outlet's article that names it lists it: it is a name there
    only_a, _, many_a, _ = _both(a, OTHER, ("Wire B", source))
    for names in (only_a, many_a):  # "Aljazeera.com" is found as "Aljazeera"
        assert [n for n in names if outlet_key(n) == outlet_key(source)], names


def test_without_an_outlet_nothing_is_left_out() -> None:
    a = "Tomas Velde told Al Jazeera that the ruling stands."
    assert _both(a, OTHER, ("", ""))[0] == ("Tomas Velde", "Al Jazeera")


@pytest.mark.parametrize(
    ("numbered", "gone"),
    [
        ("He became an Article III judge. Article III judges serve for life.", "Article"),
        ("Schools must follow Title IX rules.", "Title"),
        ("The Section 8 vouchers ran out.", "Section"),
        ("Grade 5 pupils sat the test and the grade was high.", "Grade"),
    ],
)
def test_a_common_word_before_a_number_is_no_name(numbered: str, gone: str) -> None:
    a = f"Tomas Velde said so. {numbered}"
    for names in _both(a, OTHER, ("", ""))[::2]:
        assert not any(n.split()[0] == gone for n in names), names
        assert "Tomas Velde" in names


def test_a_name_before_a_numeral_stays_a_name() -> None:
    # "Henry" is never written in lower case: a king, not a numbered part
    a = "Tomas Velde said so. Henry VIII built it and Elizabeth II opened it."
    only_a, _, many_a, _ = _both(a, OTHER, ("", ""))
    for names in (only_a, many_a):
        assert any("Henry" in n for n in names) and any("Elizabeth" in n for n in names)


def test_a_common_word_also_used_unnumbered_as_a_name_stays() -> None:
    # "Title" is numbered once but also heads a name without a number: it is kept
    a = "Tomas Velde said so. Title IX applies. Title Holdings bought it."
    names = _both(a, OTHER, ("", ""))[0]
    assert any(n.startswith("Title") for n in names)


_WORD = st.sampled_from(["Zorbal", "Quenti", "Mavro", "Pelk", "Ostrand", "Vimmer", "Dask"])
_TAIL = st.sampled_from(["", " News", ".com"])


@given(st.lists(_WORD, min_size=1, max_size=3, unique=True), _TAIL, _TAIL)
def test_outlet_variants_oracle(words: list[str], tail: str, written_tail: str) -> None:
    """Oracle: with its outlet given, an article lists what it lists without, less exactly
    the names whose words are the outlet's own (a "News"/".com" ending aside)."""
    outlet = " ".join(words)
    a = f"Tomas Velde told {outlet}{written_tail} on Monday that he had left."
    plain = _both(a, OTHER, ("", ""))
    given_ = _both(a, OTHER, (outlet + tail, ""))
    for without, with_ in ((plain[0], given_[0]), (plain[2], given_[2])):
        expect = tuple(n for n in without if outlet_key(n) != outlet_key(outlet))
        assert with_ == expect
        assert "Tomas Velde" in with_
    assert plain[1] == given_[1] and plain[3] == given_[3]


def test_the_two_article_view_leaves_its_outlets_out() -> None:
    from index.analysis.compare import compare

    a = "Tomas Velde told Al Jazeera that the ruling stands."
    assert "Al Jazeera" in compare(a, OTHER).summary.only_a
    assert "Al Jazeera" not in compare(a, OTHER, ("Al Jazeera", "Wire B")).summary.only_a
