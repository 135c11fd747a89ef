"""A snippet starts and ends on whole words (nu13's walkthrough: "…ROVILLE, Calif.")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.models import Span
from index.search.highlight import highlighter_for_terms
from index.search.snippets import snippet


def test_snippet_near_body_start_keeps_first_word() -> None:
    body = (
        "OROVILLE, Calif. — Officials ordered the evacuation of nearly 200,000 people "
        "below the dam on Sunday as the spillway eroded. " * 3
    )
    spans = highlighter_for_terms(["evacuation"]).spans(body)
    text, moved = snippet(body, spans)
    assert text.startswith("OROVILLE, Calif.")
    assert text[moved[0].start : moved[0].end] == "evacuation"


def test_snippet_start_after_a_newline_is_a_word_start() -> None:
    body = "x" * 30 + "\nOfficials ordered the evacuation " + "tail " * 60
    spans = highlighter_for_terms(["evacuation"]).spans(body)
    text, _ = snippet(body, spans, width=60)
    assert text.startswith("…Officials") or text.startswith("…ordered")


_WORD = st.text(alphabet="abcdeXYZ,.—", min_size=1, max_size=12)
_SPACE = st.sampled_from([" ", "  ", "\n", " \n\n"])


@st.composite
def _body_and_spans(draw: st.DrawFn) -> tuple[str, tuple[Span, ...]]:
    words = draw(st.lists(_WORD, min_size=1, max_size=80))
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    pos = 0
    for word in words:
        starts.append((pos, pos + len(word)))
        sep = draw(_SPACE)
        parts.append(word + sep)
        pos += len(word) + len(sep)
    body = "".join(parts)
    picked = draw(st.lists(st.sampled_from(starts), max_size=6, unique=True))
    spans = tuple(Span(a, b, "t") for a, b in sorted(picked))
    return body, spans


@settings(max_examples=300, deadline=None)
@given(_body_and_spans(), st.integers(min_value=40, max_value=200))
def test_snippet_is_whole_words_of_the_body(case: tuple[str, tuple[Span, ...]], width: int) -> None:
    """Oracle: the snippet less its ellipses is a run of whole words of the body."""
    body, spans = case
    text, moved = snippet(body, spans, width=width)
    inner = text.removeprefix("…").removesuffix("…")
    words = body.split()
    got = inner.split()
    assert got, text
    runs = [words[i : i + len(got)] for i in range(len(words) - len(got) + 1)]
    assert got in runs, (text, body)
    shift = len(text) - len(text.removeprefix("…"))
    for span in moved:
        assert span.start >= shift
        assert text[span.start : span.end] in {body[s.start : s.end] for s in spans}
