"""Speaker rules of round 15 (issue 18: precision by abstaining; `index.analysis.speakerdoubt`):
"she said" resolved to a woman last named 500 or more characters back, with four or more
other people named since, gives no speaker, nor do the quotes that go on from it; nearer, or with
fewer people named between, she is still that woman. Constructed sentences only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.speakerdoubt import CROWD, FAR
from tests.analysis.test_quote_attribution_rules13 import speakers

_WOMEN = st.sampled_from(["Ann Reyes", "Maria Lund", "Karen Holt"])
_OTHERS = ("Tom Berg", "Paul Cole", "Carl Diaz", "John Ford")
_FILLER = " The committee met again on Tuesday to review the budget for the coming year."
_OPENING = "{woman} said the plan would cost more than the council had been told.\n\n"
_NAMED = "{name} told the meeting the figures would be published in the spring.\n\n"
_QUOTE = '"We will not let this go without a proper vote of the council," she said.'


def _text(woman: str, others: int, filler: int) -> str:
    named = "".join(_NAMED.format(name=name) for name in _OTHERS[:others])
    return _OPENING.format(woman=woman) + named + _FILLER * filler + "\n\n" + _QUOTE


@settings(deadline=None)
@given(_WOMEN, st.integers(CROWD, len(_OTHERS)), st.integers(6, 12))
def test_she_far_back_with_others_named_since_is_no_one(
    woman: str, others: int, filler: int
) -> None:
    text = _text(woman, others, filler)
    assert text.index('"We') - text.index(woman) >= FAR
    assert speakers(text) == [None]
    # a quote that goes on from it is given to no one either
    assert speakers(text + ' "And the council knows it very well by now."') == [None, None]


@settings(deadline=None)
@given(_WOMEN, st.integers(0, CROWD - 1), st.integers(6, 12))
def test_she_with_few_others_named_since_is_still_her(woman: str, others: int, filler: int) -> None:
    assert speakers(_text(woman, others, filler)) == [woman]


@settings(deadline=None)
@given(_WOMEN, st.integers(CROWD, len(_OTHERS)))
def test_she_near_her_name_is_still_her(woman: str, others: int) -> None:
    text = _text(woman, others, 0)
    assert text.index('"We') - text.index(woman) < FAR
    assert speakers(text) == [woman]


@settings(deadline=None)
@given(_WOMEN, st.integers(CROWD, len(_OTHERS)), st.integers(6, 12))
def test_she_named_again_since_by_surname_is_still_her(
    woman: str, others: int, filler: int
) -> None:
    # "Reyes disagreed." near the quote: named again, though not as a speaker
    text = _text(woman, others, filler).replace(
        "\n\n" + _QUOTE, f" {woman.split()[-1]} disagreed.\n\n" + _QUOTE
    )
    assert speakers(text) == [woman]
