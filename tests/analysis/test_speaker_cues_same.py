"""The speaker patterns' cheaper reading (issue 18: `find_after` and `find_before` read no
words where their stretch holds no speech verb and no "according"; `_stops` and
`ends_sentence` answer most tokens from their last character) gives exactly what the full
reading gave, on generated text. The oracles are the code as it was: the full reading is
kept as `_after`/`_before`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.analysis.names import ABBREVIATIONS, AFFILIATION, Token, ends_sentence, tokens
from index.analysis.placetail import REGIONS
from index.analysis.quotemarks import QuotedSpan, quoted_spans
from index.analysis.speakerpatterns import (
    _CUES,
    _LEFT_CHARS,
    _RIGHT_CHARS,
    _after,
    _before,
    _stops,
    find_after,
    find_before,
)
from index.analysis.speechverbs import SPEECH_VERBS, any_of

_WORDS = [
    *[
        "said",
        "told",
        "added",
        "says",
        "according",
        "to",
        "Calif.",
        "D-Mass.",
        "Sen.",
        "A.",
        "Mr.",
        "Smith",
        "he",
        "she",
        "it",
        "the",
        "minister",
        "of",
        "Acme",
    ],
    *[
        "Ban",
        "Ki-moon",
        "Lorenzana-told",
        "un-said",
        "SAID",
        "Said.",
        "insisted,",
        "adding:",
        "wrote.",
        "didn?t",
        "U.S.",
    ],
    *[
        "in",
        "on",
        "a",
        "spokesman",
        "statement",
        "who",
        "that",
        "and",
        "but",
        "as",
        "saying",
        "_said",
        "_",
        "__",
        "9",
        "1990s",
        "½",
    ],
    "\u212aelly",  # a Kelvin sign: lower-cases to "k"
    *[",", ".", "?", "!", ";", ":", "—", "-", "…", "(", ")", "'", "’"],
    *['"', '"', "“", "”", "\n", "\n\n", ":\n", " "],
]


def _text(parts: list[str]) -> str:
    return " ".join(parts).replace(' "', '"', 1)


def old_ends_sentence(tok: Token) -> bool:
    if tok.text in (".", "!", "?", "…"):
        return True
    if not tok.text.endswith(".") or len(tok.text) < 2:
        return False
    word = tok.text[:-1]
    if "." in word or len(word) == 1 or word.lower() in ABBREVIATIONS:
        return False
    return not AFFILIATION.match(tok.text)


def old_stops(text: str, tok: Token) -> bool:
    if tok.text == "?" and tok.start > 0 and text[tok.start - 1].isalnum():
        return text[tok.end : tok.end + 1] in ("", " ", "\n", '"', "”", "’", ")", "\u00a0")
    if text[tok.end : tok.end + 1] == "," and tok.text[:-1].lower() in REGIONS:
        return False
    return old_ends_sentence(tok)


def old_find_after(text: str, span: QuotedSpan, hi: int) -> object:
    if not span.closed:
        return None
    line_end = text.find("\n", span.end)
    stop = min(hi, span.end + _RIGHT_CHARS, len(text) if line_end < 0 else line_end)
    return _after(text, span, stop)


def old_find_before(text: str, span: QuotedSpan, lo: int) -> object:
    line_start = text.rfind("\n", 0, span.start) + 1
    start = max(lo, line_start, span.start - _LEFT_CHARS)
    return _before(text, span, lo, line_start, start)


_CUE_FORMS = ["said", "_said", "sAID", "According to", "ACCORDING TO", "x_told", "adding"]
_phrases = st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join)


@st.composite
def _quoting(draw: st.DrawFn) -> str:
    """Words, then quotes each followed and led by a speaker phrase with a cue in some form."""
    out = [draw(_phrases)]
    for _ in range(draw(st.integers(1, 3))):
        cue = draw(st.sampled_from(_CUE_FORMS))
        out.append(
            f"{draw(_phrases)} {cue} {draw(_phrases)}{draw(st.sampled_from([':', ',', '']))}"
        )
        out.append(
            f'{draw(st.sampled_from(["", chr(10)]))}"{draw(_phrases)}'
            f'{draw(st.sampled_from([",", ".", ""]))}"'
        )
        out.append(f"{draw(_phrases)} {draw(st.sampled_from(_CUE_FORMS))} {draw(_phrases)}")
    return " ".join(out)


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=90).map(_text), _quoting()))
def test_after_and_before_as_the_full_reading(text: str) -> None:
    spans = quoted_spans(text)
    for k, span in enumerate(spans):
        lo = spans[k - 1].end if k > 0 else 0
        hi = spans[k + 1].start if k + 1 < len(spans) else len(text)
        assert find_after(text, span, hi) == old_find_after(text, span, hi)
        assert find_before(text, span, lo) == old_find_before(text, span, lo)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=40))
def test_stops_and_sentence_ends_as_before(parts: list[str]) -> None:
    text = _text(parts)
    for tok in tokens(text):
        assert _stops(text, tok) == old_stops(text, tok)
        assert ends_sentence(tok) == old_ends_sentence(tok)


def test_a_stretch_without_a_cue_finds_nothing_but_a_paragraph_colon_still_counts() -> None:
    text = 'Smith said in a statement:\n"We will appeal."'
    (span,) = quoted_spans(text)
    assert find_before(text, span, 0) is not None
    assert find_after(
        '"We will appeal," Smith said.', quoted_spans('"We will appeal," Smith said.')[0], 99
    )


_letters = st.text(alphabet="abcds", min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.frozensets(_letters, min_size=1, max_size=8), st.text(alphabet="abcds _.", max_size=30))
def test_any_of_finds_a_word_where_one_stands(found: frozenset[str], text: str) -> None:
    assert (any_of(found).search(text) is not None) == any(w in text for w in found)


def test_the_cues_are_the_speech_verbs_and_according() -> None:
    for word in [*SPEECH_VERBS, "according"]:
        assert _CUES.search(f"x_{word}.") is not None
    assert _CUES.search("the man who stood there") is None
