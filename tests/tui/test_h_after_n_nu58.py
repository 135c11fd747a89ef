"""nu58 #1: `h` after `n` offers the passage holding the lit match, whatever the title holds.

`n`/`N` number the title's matches first (nu31), so the current match's number is not an
index into the body's matches: `h` took the body's match of that number, the sentence after
the lit one when the title held the query. A match in the title offers the lede (the first
passage: the body's start).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style

from index.library import Highlighter
from index.models import Article, Span
from index.search.highlight import highlighter_for_terms
from tests.conftest import write_corpus
from tests.tui.conftest import reader, search, settle
from tests.tui.test_notebook_reader import preselected
from tui.app import BroadsheetApp
from tui.widgets.article_layout import layout_article, match_in_body
from tui.widgets.marks import first_lines

WORD = "zebra"
FILLER = ["the", "senate", "vote", "narrow", "cabinet", "school", "billionaire", "met"]
LIGHTS = highlighter_for_terms([WORD])


def occurrences(text: str) -> list[Span]:
    """The oracle: where the query's word stands in ``text``, by a regular expression."""
    return [Span(m.start(), m.end()) for m in re.finditer(rf"\b{WORD}\b", text, re.IGNORECASE)]


def article_of(title: str, body: str) -> Article:
    return Article(
        id="a.txt", path="/c/a.txt", title=title, title_derived=False, source=None,
        byline=None, dateline=None, date=None, body=body,
    )  # fmt: skip


words = st.lists(st.sampled_from([*FILLER, WORD]), min_size=1, max_size=8)
sentences = words.map(lambda w: " ".join(w).capitalize() + ".")
paragraphs = st.lists(sentences, min_size=1, max_size=3).map(" ".join)
bodies = st.lists(paragraphs, min_size=1, max_size=5).map("\n\n".join)


@settings(max_examples=60, deadline=None)
@given(title=words.map(" ".join), body=bodies)
def test_the_current_match_is_found_in_the_body_after_the_titles(title: str, body: str) -> None:
    article = article_of(title, body)
    in_title, in_body = occurrences(title), occurrences(body)
    layout = layout_article(article, 60, Console(), highlighter=LIGHTS, match_style=Style())
    assert layout is not None
    assert len(layout.match_lines) == len(in_title) + len(in_body)  # the pane's n/N count
    head = len(first_lines(layout.lines[:1], "match"))  # the title is the first line (60 cols)
    for number in range(len(in_title) + len(in_body)):  # number + 1 presses of `n`
        got = match_in_body(article, LIGHTS, number)
        if number < len(in_title):  # lit in the title: the lede
            assert number < head or len(title) > 60
            assert got == Span(0, 0)
        else:
            want = in_body[number - len(in_title)]
            assert (got.start, got.end) == (want.start, want.end)
    assert match_in_body(article, Highlighter(), 0) == Span(0, 0)  # no query: the top


STORY = {
    "zebra.txt": (
        "Senate confirms zebra keeper\n\n"
        "The Senate has confirmed the keeper after a narrow vote, officials said.\n\n"
        "It took the vice president to break the tie for the zebra keeper, by the slenderest "
        "of margins.\n\n"
        "Mrs Keeper, a billionaire with no experience of a zebra, will run the zoo.\n\n"
        "Critics said the zebra vote was a disgrace.\n"
    ),
    "other.txt": "Farmers count the cost\n\nThe drought halved the wheat harvest this year.\n",
}


async def test_h_after_n_n_offers_the_passage_of_the_lit_match(tmp_path: Path) -> None:
    """The walkthrough's case: `/zebra enter n n` lights the body's first match (the title
    holds match 1); `h` offered the passage of the body's second."""
    from index.library import default_derived
    from index.store.build import rebuild

    corpus, index_dir = write_corpus(tmp_path / "corpus", STORY), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    app = BroadsheetApp(corpus, index_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        await search(pilot, WORD)
        await pilot.press("enter", "enter")
        await settle(pilot)
        screen = reader(app)
        article = screen.pane.article
        assert article is not None and article.id == "zebra.txt"
        body = occurrences(article.body)
        for presses, want in ((1, None), (2, body[0]), (3, body[1]), (4, body[2])):
            screen.pane.current_match = -1
            await pilot.press(*["n"] * presses)
            await settle(pilot)
            assert screen.pane.current_match == presses - 1
            _, start, end = await preselected(pilot, app)
            await pilot.press("escape")
            await settle(pilot)
            if want is None:  # the title's match: the lede
                assert article.body[start:end].startswith("The Senate has confirmed")
            else:
                assert start <= want.start and want.end <= end, article.body[start:end]
