"""What the user needs first stays on the status line (sm33): at 120 columns the stale
line kept "stale — press u to update" without its counts while the match count (which the
pane's border says too) stayed; at 80 columns the sort was left out for the same words."""

from __future__ import annotations

import itertools
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
    """The stale line as the README words it: the noun after the first count, agreeing
    with it ("1 new file, 2 changed", "3 new files")."""
    said = [f"{n:,} {what}" for n, what in ((new, "new"), (changed, "changed")) if n]
    if said:
        said[0] += " file" if said[0].startswith("1 ") else " files"
    return f"stale{': ' + ', '.join(said) if said else ''} — press u to update"


def written_forms(new: int, changed: int) -> list[str]:
    """The stale line and its shorter forms, longest first, written out here (rv33 #5: the
    oracle took them from `shorter_freshness`, the code under test): the counts without
    "files" and "to update", then no counts, then the fewest words."""
    counts = ", ".join(f"{n:,} {what}" for n, what in ((new, "new"), (changed, "changed")) if n)
    kept: list[str] = []
    for form in (
        stale_line(new, changed),
        f"stale{': ' + counts if counts else ''} — press u",
        "stale — press u to update",
        "stale, press u",
    ):
        if not kept or len(form) < len(kept[-1]):  # each shorter than the one before
            kept.append(form)
    return kept


def test_the_written_forms_read_as_the_readme_says() -> None:
    assert written_forms(1, 1) == [
        "stale: 1 new file, 1 changed — press u to update",
        "stale: 1 new, 1 changed — press u",
        "stale — press u to update",
        "stale, press u",
    ]
    assert written_forms(0, 1_200) == [
        "stale: 1,200 changed files — press u to update",
        "stale: 1,200 changed — press u",
        "stale — press u to update",
        "stale, press u",
    ]
    assert written_forms(1, 0) == [
        "stale: 1 new file — press u to update",
        "stale: 1 new — press u",
        "stale, press u",
    ]
    assert written_forms(0, 0) == [
        "stale — press u to update",
        "stale — press u",
        "stale, press u",
    ]


@given(counts, counts)
def test_each_shorter_form_is_the_written_one(new: int, changed: int) -> None:
    forms = written_forms(new, changed)
    assert shorter_freshness(forms[0]) == dict(itertools.pairwise(forms))


SORTS = st.sampled_from(["sort: newest first", "sort: relevance"])


@given(counts, counts, st.integers(20, 160), SORTS)
def test_the_sort_stays_while_any_form_of_the_stale_line_fits_beside_it(
    new: int, changed: int, width: int, sort: str
) -> None:
    """The oracle: the longest form of the stale line that fits beside the count and the
    sort; the sort goes only when even the shortest does not fit."""
    forms = written_forms(new, changed)
    line = fitted(
        ["1,479 articles", sort, forms[0]], width, (), shorter_freshness(forms[0]), [sort]
    )
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


WORDS = st.text(st.sampled_from("abc 12"), min_size=1, max_size=30).map(str.strip).filter(bool)


@given(st.lists(WORDS, min_size=1, max_size=8, unique=True), st.integers(10, 160), st.data())
def test_an_optional_part_is_left_out_only_when_it_does_not_fit(
    parts: list[str], width: int, data: st.DataObject
) -> None:
    """rv33 #7: once room was made, a part left out never came back. The oracle: on a line
    that fits uncut, every optional part left out would not fit beside what is shown."""
    optional = data.draw(st.lists(st.sampled_from(parts), unique=True))
    line = fitted(parts, width, optional)
    shown = line.split(SEPARATOR) if line else []
    if len(line) <= width and "…" not in line:
        for part in optional:
            if part not in shown:
                assert len(line) + len(SEPARATOR) + len(part) > width, (line, part)
        assert [p for p in parts if p in shown] == shown  # in their order


def test_at_120_columns_the_corpus_name_comes_back_when_the_counts_are_cut() -> None:
    """rv33 #7's line: a search in one outlet, matches in the pane, a stale index."""
    stale = "stale: 2 new files — press u to update"
    parts = ["allsides-news", "1,479 articles", "305 hits", "showing 50 of 305"]
    parts += ["sort: relevance", "outlet: Reuters", "7 matches (n/N)", stale]
    shorter = dict.fromkeys(["7 matches (n/N)", "showing 50 of 305"], "")
    shorter |= shorter_freshness(stale)
    line = fitted(parts, 120, ["allsides-news"], shorter, ["sort: relevance"])
    assert line == (
        "allsides-news │ 1,479 articles │ 305 hits │ sort: relevance │ outlet: Reuters │ "
        "stale: 2 new files — press u to update"
    )
