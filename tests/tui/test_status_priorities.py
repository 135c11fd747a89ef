"""What the user needs first stays on the status line (sm33): at 120 columns the stale
line kept "stale — press u to update" without its counts while the match count (which the
pane's border says too) stayed; at 80 columns the sort was left out for the same words."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.tui.conftest import reader, settle
from tests.tui.test_reader_status import status
from tui.app import BroadsheetApp
from tui.screens import reader as reader_module
from tui.widgets.status_line import SEPARATOR, fitted, shorter_freshness

counts = st.integers(0, 20_000)


def stale_line(new: int, changed: int) -> str:
    said = ", ".join(f"{n:,} {what}" for n, what in ((new, "new"), (changed, "changed")) if n)
    files = "file" if new + changed == 1 else "files"
    return f"stale{': ' + said + ' ' + files if said else ''} — press u to update"


@given(counts, counts)
def test_each_shorter_form_is_shorter_and_keeps_the_key(new: int, changed: int) -> None:
    said = stale_line(new, changed)
    forms = shorter_freshness(said)
    for longer, words in forms.items():
        assert len(words) < len(longer), forms
        assert words.endswith(("press u", "press u to update")), forms  # the key whole (nu15)
    if new or changed:  # the first shorter form keeps the counts
        assert forms[said].startswith(said.split(" file")[0].split(" —")[0]), forms


SORTS = st.sampled_from(["sort: newest, A-Z", "sort: relevance"])


@given(counts, counts, st.integers(20, 160), SORTS)
def test_the_sort_stays_while_any_form_of_the_stale_line_fits_beside_it(
    new: int, changed: int, width: int, sort: str
) -> None:
    """The oracle: the longest form of the stale line that fits beside the count and the
    sort; the sort goes only when even the shortest does not fit."""
    said = stale_line(new, changed)
    shorter = shorter_freshness(said)
    forms = [said, *shorter.values()]
    line = fitted(["1,479 articles", sort, said], width, (), shorter, [sort])
    fitting = [f for f in forms if len(SEPARATOR.join(["1,479 articles", sort, f])) <= width]
    if fitting:
        assert line == SEPARATOR.join(["1,479 articles", sort, fitting[0]]), line
    else:
        assert sort not in line.split(SEPARATOR), line


@pytest.mark.parametrize(
    ("columns", "shown"),
    [
        (120, "stale: 2 new files — press u to update"),  # the counts, whole
        (100, "stale: 2 new — press u"),  # the counts, fewer words
        (80, "stale, press u"),  # the sort stays beside the outlet
    ],
)
async def test_the_counts_and_the_sort_go_after_the_match_count(
    app: BroadsheetApp,
    built: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    columns: int,
    shown: str,
) -> None:
    """A search that lists 50 of 305 in one outlet, matches in the pane, two new files."""
    corpus, _ = built
    monkeypatch.setattr(reader_module.ReaderScreen, "articles_said", lambda self: "1,479 articles")
    monkeypatch.setattr(
        reader_module.ReaderScreen,
        "list_status",
        lambda self: (["305 hits", "showing 50 of 305"], "sort: relevance"),
    )
    async with app.run_test(size=(columns, 30)) as pilot:
        await settle(pilot)
        for n in range(2):
            (corpus / f"late{n}.txt").write_text(f"Late news {n}\n\nA late story about tides.\n")
        screen = reader(app)
        screen.source, screen.match_info = "Reuters", "7 matches (n/N)"
        screen.check_freshness()
        await settle(pilot)
        parts = status(app).split(SEPARATOR)
        assert parts[-1] == shown, parts
        for kept in ("1,479 articles", "305 hits", "sort: relevance", "outlet: Reuters"):
            assert kept in parts, parts
        assert "7 matches (n/N)" not in parts, parts  # the pane's border says it
