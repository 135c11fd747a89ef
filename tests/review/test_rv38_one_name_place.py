"""rv38: fx55's one-word-name rule (`index.analysis.onename`) makes a place a speaker.

"Kentucky says the law stands." gives Kentucky a speech verb; "Kentucky is where she grew
up." is then taken as Kentucky's own sentence as subject, and its "she" (Lisa Moore's)
genders the new mention female, so `told_persons` keeps it. The quote's "she said" after
it goes to "Kentucky", the last woman named; before the merge (03abc7c^1) it went to Lisa
Moore. A pronoun inside a relative clause ("where she grew up") tells nothing of the
sentence's subject.
"""

from __future__ import annotations

from index.analysis.quotes import extract_quotes

TEXT = (
    "Lisa Moore spoke at the rally. Kentucky says the law stands. "
    'Kentucky is where she grew up. "It is home," she said.'
)


def test_a_place_that_says_is_no_woman_speaker() -> None:
    speakers = [q.speaker for q in extract_quotes(TEXT)]
    assert speakers == ["Lisa Moore"]
