"""A first paragraph that opens with the given title's words and goes on past a sentence's
end stays in the body (rv44): "Fed to raise rates again in March? Not so fast, says
Powell" under the title "Fed to raise rates again in March" is the lede, not the page's
headline again; fx87's close-match rule dropped it, and the reader lost its second half.

Oracle: the generator writes the title and a line that is the title followed by a second
sentence (after "?", "!" or "."), or by a tail ending in "U.S."; the body must keep it.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text.extract import extract
from index.text.headline_match import goes_on

WORDS = ["Fed", "raise", "rates", "again", "storm", "kills", "five", "Texas", "vote"]
SECOND = ["Not so fast, says Powell", "Nobody knows yet", "Markets think so", "Here is why"]
LEDE = "Officials said the figures would be revised next month after more data came in."


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=4, max_size=7, unique=True),
    end=st.sampled_from(["? ", "! ", ". ", ", across the U.S."]),
    second=st.sampled_from(SECOND),
)
def test_a_title_going_on_past_a_sentence_end_stays(
    words: list[str], end: str, second: str
) -> None:
    title = " ".join([words[0].capitalize(), *words[1:]])
    line = title + end + ("" if end.endswith("U.S.") else second + "!")
    body = extract(f"{line}\n\n{LEDE}\n", known={"title": title}).body
    assert body.lstrip().startswith(line[:40]), (line, body[:80])


def test_goes_on_reads_sentence_ends_not_abbreviations() -> None:
    assert goes_on("Fed to raise rates? Not so fast")
    assert goes_on("Storm sweeps the U.S.")
    assert not goes_on("Dr. Fauci Clashes With Rand Paul Again")
    assert not goes_on("U.S. Says It Will Act")
    assert not goes_on("Fauci: ‘You Are Saying Things That Are Not Correct!’")
    assert not goes_on("Gov. Newsom Signs Bill; Sen. Padilla Objects")
    assert goes_on("Rates rise again at the Fed. Not so fast")
