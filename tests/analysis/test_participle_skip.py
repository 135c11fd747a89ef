"""`participle_subject` skips a stretch whose lower case holds no participle without
tokenising it (qp41: 6 quotes in 7, 1.0 of 11 CPU s of newsarticles' extraction). Oracle:
the reading before the skip (every stretch tokenised), over generated sentences whose
words mix participles in any case, participles inside other words, names and marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis import cueforms
from index.analysis.cueforms import participle_subject
from index.analysis.names import ends_sentence, tokens
from index.analysis.quotemarks import QuotedSpan


def _unskipped(text: str, span: QuotedSpan) -> object:
    """`participle_subject` as it read before qp41: the whole stretch tokenised."""
    line_start = text.rfind("\n", 0, span.start) + 1
    toks = tokens(text, max(line_start, span.start - cueforms._READ_BACK), span.start)
    cue = cueforms._participle_at(toks)
    if cue is None:
        return None
    opening = 0
    for i in range(cue - 1, -1, -1):
        if ends_sentence(toks[i]) and toks[i].text not in cueforms._QUOTE_MARKS:
            opening = i + 1
            break
    else:
        if line_start < span.start - cueforms._READ_BACK:
            return None
    phrase = cueforms.opening_subject(toks[opening:cue])
    if phrase is None:
        return None
    return phrase, "before", phrase.start, toks[cue].end


_PARTS = sorted(cueforms._PARTICIPLES)
_WORD = st.one_of(
    st.sampled_from(_PARTS),
    st.sampled_from(_PARTS).map(str.upper),
    st.sampled_from(_PARTS).map(str.title),
    st.sampled_from(_PARTS).map(lambda w: w[0] + w[1:].upper()),  # "sAYING": its norm is one
    st.sampled_from(_PARTS).map(lambda w: "un" + w + "s"),  # inside another word
    st.sampled_from(["Lina", "Okafor", "Sen.", "Brennick", "Marek", "Halvorsen", "Xuto"]),
    st.sampled_from(["he", "said", "that", "and", "the", "plan", "on", "Tuesday", "in"]),
    st.sampled_from([",", ".", "—", ";", '"', "“", "”", "-", "\n", "said-Lina", "and-saying"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORD, max_size=40), st.sampled_from([" ", ", ", " — ", "\n"]))
def test_skip_changes_nothing(words: list[str], joint: str) -> None:
    text = " ".join(words) + joint + '"we will go on," she added.'
    start = text.rindex('"we')
    span = QuotedSpan(start, start + 15, start + 1, start + 14, True, 1)
    assert participle_subject(text, span) == _unskipped(text, span)


def test_skip_keeps_a_participle_found() -> None:
    text = 'Lina Okafor rejected the deal, saying "we will go on."'
    start = text.rindex('"we')
    span = QuotedSpan(start, len(text), start + 1, len(text) - 1, True, 1)
    found = participle_subject(text, span)
    assert found is not None and found[0].name == "Lina Okafor"
    assert found == _unskipped(text, span)
