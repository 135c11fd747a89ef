"""fx151 (nu61 #6): the story head cut an outlet to its first word with no "…" ("Associa…,
CBS News, National": National Review read as a whole name). A name cut always shows it:
"National R…", "National…" or "…". The oracle: each outlet shown is its whole name, or a
start of it ending in "…" (its initials only where no cut of `MIN_CAP` fits the line)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.widgets import Static

from tests.story_corpus import one_story
from tests.tui.conftest import wait_until
from tests.tui.test_story_first_tied import the_story
from tui.app import BroadsheetApp
from tui.compare_tabs import MIN_CAP, MIN_CUT, fit_outlet, short_outlet, tie_fitted

NAME = st.from_regex(r"[A-Z][a-z]{0,11}( ([A-Z][a-z]{0,11}|[a-z]{1,11})){0,3}", fullmatch=True)
OUTLETS = ["Associated Press", "CBS News", "National Review"]


def said_cut(outlet: str, shown: str) -> bool:
    """Whether ``shown`` is ``outlet`` whole, or a start of it that ends in "…"."""
    return shown == outlet or (shown.endswith("…") and outlet.startswith(shown[:-1]))


@given(outlet=NAME, width=st.integers(-2, 40))
def test_a_cut_outlet_ends_in_an_ellipsis(outlet: str, width: int) -> None:
    shown = fit_outlet(outlet, width)
    assert cell_len(shown) <= max(0, width)
    if width <= 0:
        assert shown == ""
    elif not said_cut(outlet, shown):  # initials only where no start of MIN_CUT fits
        assert shown == short_outlet(outlet) and width <= MIN_CUT, (outlet, width, shown)


@given(outlets=st.lists(NAME, min_size=1, max_size=5, unique=True), width=st.integers(0, 120))
@example(outlets=["A A"], width=53)  # ci130: names all under MIN_CAP were never tried whole
def test_the_first_line_never_cuts_a_name_silently(outlets: list[str], width: int) -> None:
    label, tie = "First: ", "3 articles the same day, no time given, 2021-10-15"
    _, names = tie_fitted(label, tie, ", ".join(outlets), width)
    shown = names.split(", ")
    assert len(shown) == len(outlets)
    cut = ", ".join(fit_outlet(o, MIN_CAP) for o in outlets)
    brief = tie.replace(" articles the ", " the ", 1)
    for outlet, name in zip(outlets, shown, strict=True):
        if said_cut(outlet, name):
            continue  # whole, or cut and said so
        assert cell_len(f"{label}{brief}: {cut}") > width, (outlet, name)  # cuts did not fit
        assert name == short_outlet(outlet), (outlet, name)


async def test_the_story_head_shows_a_cut_name_is_cut(tmp_path: Path) -> None:
    one_story(tmp_path / "news" / "news.jsonl", OUTLETS, [0, 0, 0])  # a tie of three, no time
    app = BroadsheetApp(tmp_path / "news", tmp_path / "index")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await the_story(app, pilot)
        head = screen.query_one("#story-head", Static)
        await wait_until(pilot, lambda: "First" in str(head.render()))
        await pilot.pause()
        [first] = [line for line in str(head.render()).splitlines() if line.startswith("First")]
        assert len(first) <= head.content_size.width, first
        names = first.rsplit(": ", 1)[1].split(", ")
        assert len(names) == len(OUTLETS), first
        for outlet, name in zip(OUTLETS, names, strict=True):
            assert said_cut(outlet, name), first
