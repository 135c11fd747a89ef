"""rv30: fx34a's reader lights and numbers each stretch `Highlighter.spans` finds in the
whole body, however the body is cut into chunks (oracle: the spans of the whole text)."""

from __future__ import annotations

import functools

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style

from index.models import Article
from index.search.highlight import highlighter_for_text
from tests.tui.test_nu31_reader import lit
from tui.widgets import article_layout

WORDS = ["tie", "tie-breaking", "vote", "votes", "break", "the", "a", "no", "state-of-the-art"]
bodies = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", "\n", ". ", "-", "\n\n"])),
    max_size=60,
).map(lambda pairs: "".join(word + gap for word, gap in pairs))
QUERIES = [
    '"tie-breaking vote"', '"vote vote"', '"tie vote"~3', '"vote tie"~2', '"the vote"',
    'vote "break vote"', '"tie tie"', '"vote vote vote"', "tie-breaking", '"state of the art"',
    '"a vote" OR "no vote"', "vot*",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(bodies, st.sampled_from(QUERIES), st.integers(18, 60), st.booleans())
def test_each_stretch_of_the_body_is_lit_and_counted_once(
    body: str, query: str, size: int, preview: bool
) -> None:
    pieces = list(article_layout.chunks(body, size))
    # a chunk cut inside a word (no line end or space within it) splits it: not this case
    assume(all(piece[-1].isspace() for piece in pieces[:-1]))
    highlighter = highlighter_for_text(query)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_layout, "chunks", functools.partial(article_layout.chunks, size=size))
        patch.setattr(article_layout, "PAUSE", 0)
        patch.setattr(article_layout, "LOOKAHEAD", 120)  # the first screen's look ahead
        article = Article(
            id="a", path="/a.txt", title="x", title_derived=False, source=None,
            byline=None, dateline=None, date=None, body=body,
        )  # fmt: skip
        firsts: list[article_layout.Layout] = []
        layout = article_layout.layout_article(
            article, 500, Console(), highlighter=highlighter, match_style=Style(bold=True),
            on_first=firsts.append if preview else None,
        )  # fmt: skip
    assert layout is not None
    for first in firsts:  # a first screen (a long article's): the start of the layout
        plain = [line.plain for line in first.lines]
        assert plain == [line.plain for line in layout.lines[: len(plain)]]
    expected = ["".join(body[s.start : s.end].split()) for s in highlighter.spans(body)]
    # a chunk ends at a line end or a space: a stretch lit over two is one, spaces aside
    assert ["".join(text.split()) for text in lit(layout.lines).values()] == expected
    assert len(layout.match_lines) == len(expected)


def _laid_out_and_counted(body: str, query: str, preview: bool) -> None:
    """The layout of ``body`` lights and counts the stretches of the whole body's spans,
    each once; with ``preview``, a first screen is laid out too (`on_first`) and is the
    layout's start, marked not complete."""
    highlighter = highlighter_for_text(query)
    expected = ["".join(body[s.start : s.end].split()) for s in highlighter.spans(body)]
    article = Article(
        id="a", path="/a.txt", title="x", title_derived=False, source=None,
        byline=None, dateline=None, date=None, body=body,
    )  # fmt: skip
    firsts: list[article_layout.Layout] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(article_layout, "PAUSE", 0)
        layout = article_layout.layout_article(
            article, 500, Console(), highlighter=highlighter, match_style=Style(bold=True),
            on_first=firsts.append if preview else None,
        )  # fmt: skip
    assert layout is not None
    assert len(layout.match_lines) == len(expected)
    assert ["".join(text.split()) for text in lit(layout.lines).values()] == expected
    if preview:
        (first,) = firsts
        assert not first.complete and layout.complete
        plain = [line.plain for line in first.lines]
        assert plain == [line.plain for line in layout.lines[: len(plain)]]


@pytest.mark.parametrize("preview", [False, True])
def test_a_proximity_stretch_longer_than_the_lookahead_is_lit_and_counted(preview: bool) -> None:
    """'"tie vote"~600' (words within 600 positions, a query the parser takes): its stretch
    begins near a chunk's end and ends past `LOOKAHEAD` characters into the next chunk.
    The whole body's spans hold it once; the layout must light and count it once too."""
    filler = "words " * ((article_layout.CHUNK - 40) // 6)
    body = f"{filler}a tie {'more ' * 500}vote here.\nEnd."
    first = next(article_layout.chunks(body))
    assert "tie" in first and "vote" not in first  # the stretch starts in the first chunk
    assert body.index("vote here") - body.index("tie") > article_layout.LOOKAHEAD
    assert len(highlighter_for_text('"tie vote"~600').spans(body)) == 1  # Whoosh's: one
    _laid_out_and_counted(body, '"tie vote"~600', preview)


@pytest.mark.parametrize("preview", [False, True])
def test_a_phrase_over_a_chunk_end_before_a_run_with_no_space_is_lit(preview: bool) -> None:
    """A two-word phrase over a chunk's end, the next `LOOKAHEAD` characters without a
    space or a line end (rv30: the look-ahead was then cut to nothing)."""
    filler = "words " * ((article_layout.CHUNK - 40) // 6)
    body = f"{filler}a tie\nvote{'.' * 3 * article_layout.LOOKAHEAD} End.\nvote tie vote"
    first = next(article_layout.chunks(body))
    assert first.endswith("tie\n")
    assert len(highlighter_for_text('"tie vote"').spans(body)) == 2
    _laid_out_and_counted(body, '"tie vote"', preview)
