"""The side-by-side view joins an article's sentences as the body does."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style

from index.analysis.compare import Alignment
from index.search.highlight import highlighter_for_terms
from tui.widgets.compare_layout import SideStyles, layout_side

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
