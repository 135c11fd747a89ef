"""The side-by-side view joins an article's sentences as the body does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style

from index.analysis.compare import Alignment
from index.library import SentenceCoverage
from index.search.highlight import highlighter_for_terms
from tui.widgets.compare_layout import SideStyles, layout_side
from tui.widgets.heat_map import LEVELS, heat_text

PLAIN = SideStyles(*(Style() for _ in range(7)))


def laid_out(body: str, cuts: list[int]) -> str:
    bounds = list(zip([0, *cuts], [*cuts, len(body)], strict=True))
    sentences = []
    for n, (start, end) in enumerate(bounds):
        text = body[start:end].strip()
        start = body.index(text, start)
        sentences.append(Alignment(n, start, start + len(text), text, "unique", None, 0.0))
    for sentence in sentences:  # as the splitter gives them: no space at either end
        assert body[sentence.start : sentence.end] == sentence.text
    layout = layout_side(
        body, tuple(sentences), [], highlighter_for_terms([]), 200, Console(width=200), PLAIN
    )
    return "\n".join(line.plain.rstrip() for line in layout.lines)


def test_sentences_with_nothing_between_them_are_not_spaced_apart() -> None:
    """The view showed "Sen. Joe Manchin, D-W.Va. , multiple sources" where the body has
    "D-W.Va., multiple": the splitter cut after "Va." and the view put a space in."""
    body = "It is likely to be dropped, D-W.Va., multiple sources said. Talks go on."
    cut = body.index(", multiple")
    second = body.index("Talks")
    assert laid_out(body, [cut, second]) == body


def test_a_space_or_a_paragraph_between_sentences_stays() -> None:
    body = "One thing. Another.\n\nA new paragraph."
    assert laid_out(body, [body.index("Another"), body.index("A new")]) == body


GAPS = st.sampled_from(["", " ", "- ", " - ", ".- ", "\n\n", "\n\n- ", " (", ") "])
WORDS = st.text(st.sampled_from("abcdefg"), min_size=1, max_size=6)


@given(st.lists(st.tuples(WORDS, GAPS), min_size=1, max_size=8))
def test_what_the_splitter_leaves_between_sentences_shows_as_in_the_body(
    parts: list[tuple[str, str]],
) -> None:
    """nu56 #9: the body (the story pane's text) had "condemned abroad.- Israel's" and the
    comparison "abroad. Israel's": the "-" between the two sentences was dropped. Oracle:
    sentences cut out of a body whose gaps are already one space or one paragraph break lay
    out as the body itself, in the comparison and in the heat map."""
    body, spans = "", []
    for n, (words, gap) in enumerate(parts):
        spans.append((len(body), len(body) + len(words)))
        body += words + (gap if n < len(parts) - 1 else "")
    sentences = tuple(
        Alignment(n, start, end, body[start:end], "unique", None, 0.0)
        for n, (start, end) in enumerate(spans)
    )
    layout = layout_side(
        body, sentences, [], highlighter_for_terms([]), 500, Console(width=500), PLAIN
    )
    assert "\n".join(line.plain.rstrip() for line in layout.lines) == body.rstrip()
    coverage = [SentenceCoverage(s.index, s.start, s.end, s.text, ()) for s in sentences]
    assert heat_text(coverage, body, 1, {name: Style() for name in LEVELS}).plain == body


def test_the_nu56_sentence_keeps_its_dash() -> None:
    body = "Controversial at home, and condemned abroad.- Israel's parliament passed a law."
    end, start = body.index("abroad.") + len("abroad."), body.index("Israel")  # the splitter's
    sentences = (
        Alignment(0, 0, end, body[:end], "unique", None, 0.0),
        Alignment(1, start, len(body), body[start:], "unique", None, 0.0),
    )
    layout = layout_side(body, sentences, [], highlighter_for_terms([]), 200, Console(), PLAIN)
    assert "abroad.- Israel's" in "".join(line.plain for line in layout.lines)
