"""`related` says "shared passage" exactly when `compare` would list a verbatim passage of
the two articles, or the story model found one (nu54 #10: `related AJ` said BBC "same
story; same day" though `compare` listed ten words in AJ, BBC and RTE). The oracle:
`compare`'s own passages of the two bodies."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.compare import compare
from index.analysis.stories import Related
from index.analysis.story_view import related_article
from index.models import Article

RUN = "classified as a weapon of mass destruction by the united nations council".split()  # noqa: SIM905
TEXT_A = "Police said on Friday that the agent was found on his face and eyes."
TEXT_B = "Officials at the airport were told to clean every room the suspects visited."


def _article(ident: str, body: str) -> Article:
    return Article(ident, ident, "Title", False, None, None, None, None, body)


def _related(ident: str, flag: bool) -> Related:
    return Related(ident, 0.3, True, (), flag, True, 0.3)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=2, max_value=len(RUN)), st.booleans())
def test_the_reason_agrees_with_compare(length: int, model_flag: bool) -> None:
    run = " ".join(RUN[:length])
    a = _article("a", f"{TEXT_A} VX is {run} today, they said.")
    b = _article("b", f"{TEXT_B} The agent, {run} also, kills.")
    shown = related_article(_related("b", model_flag), b, None, a)
    listed = bool(compare(a.body, b.body).passages)
    assert shown.shared_passage == (model_flag or listed)
    assert ("shared passage" in shown.reasons) == (model_flag or listed)


def test_no_passage_no_reason() -> None:
    shown = related_article(
        _related("b", False), _article("b", TEXT_B), None, _article("a", TEXT_A)
    )
    assert not shown.shared_passage and "shared passage" not in shown.reasons


_WORDS = st.sampled_from(["the", "The", "oil", "OIL,", "price", "prices.", "Kim's", "kim’s", "a"])
_BODIES = st.lists(_WORDS, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_BODIES, _BODIES, st.booleans())
def test_the_cheap_check_is_compares_passages(one: str, other: str, reuse: bool) -> None:
    """rv58: `PassageTest` (the asked article's n-grams made once, each row's body read to
    its first shared n-gram) says what `compare.shared_passages` lists, for one test reused
    over rows or one made per row; an article shares nothing with itself."""
    from index.analysis.compare import MIN_PASSAGE_WORDS, shared_passages
    from index.analysis.story_view import PassageTest

    asked, row = _article("a", one), _article("b", other)
    test = PassageTest(asked)
    if reuse:
        assert not test.shares(_article("c", "nothing shared here at all today"))
    oracle = bool(shared_passages(one, other, MIN_PASSAGE_WORDS))
    assert test.shares(row) == oracle
    assert related_article(_related("b", False), row, None, asked, test).shared_passage == oracle
    assert not test.shares(_article("a", one))
