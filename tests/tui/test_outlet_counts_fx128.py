"""fx128: the outlet filter's counts.

1. Under an outlet filter the status line said "6 of 70 articles (9 exact copies)", the 9
   the corpus's copies, read as 9 of the 6: it says the copies folded under the list's
   own rows, as each row says its "+2 copies" ("6 of 70 articles (+2 exact copies folded
   into them)"), and nothing of the corpus's.
2. `f` with no query said nothing of the articles that name no outlet (with a query it
   said "2 hits name no outlet"): it says "N articles name no outlet" too.

The oracles: the hits a whole search lists (`search("")`, each outlet's list), counted."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import Label, Static

from index.library import Library, default_derived
from index.store.build import rebuild
from tests.conftest import write_corpus
from tests.tui.conftest import STORIES, reader, settle, wait_until
from tui.app import BroadsheetApp
from tui.dialogs.source_picker import SourcePicker
from tui.screens.reader_outlets import corpus_counts, hit_counts
from tui.widgets.status_line import SEPARATOR, fold_note, without_copies

OUTLETS = ("Herald", "Ledger", "Gazette")

WORDS = ("harbour", "tariff", "glacier", "orchard", "senate", "quarry", "ferry", "lantern")


def article(outlet: str | None, number: int) -> str:
    """A text of its own (its number in words), from ``outlet`` or naming none."""
    words = " ".join(WORDS[int(digit) % len(WORDS)] for digit in f"{number:04d}")
    source = f"source: {outlet}\n" if outlet else ""
    title = f"Report {number} on the {words}"
    body = f"Officials discussed the {words} on Monday, number {number}, in a long meeting.\n"
    return f"---\ntitle: {title}\n{source}date: 2021-02-{number % 27 + 1:02d}\n---\n{body}"


CORPORA = st.lists(
    st.tuples(st.sampled_from((*OUTLETS, None)), st.integers(min_value=0, max_value=2)),
    min_size=1,
    max_size=8,
)
"""Articles: each an outlet (or none) and how many more times its file is saved again."""


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CORPORA)
def test_the_counts_agree_with_what_a_whole_search_lists(
    drawn: list[tuple[str | None, int]],
) -> None:
    files: dict[str, str] = {}
    for number, (outlet, again) in enumerate(drawn):
        for k in range(again + 1):
            files[f"a{number}-{k}.md"] = article(outlet, number)
    with tempfile.TemporaryDirectory() as root:
        corpus = write_corpus(Path(root) / "corpus", files)
        with Library.open(corpus, Path(root) / "index") as library:
            hits = library.search("", limit=None).hits
            counts, unknown = corpus_counts(library)
            assert (counts, unknown) == hit_counts(library, "")  # with no query as with one
            assert unknown == sum(1 for outlet, _ in drawn if outlet is None)
            folded = library.outlet_copies()
            for outlet in OUTLETS:
                listed = library.search("", limit=None, source=outlet).hits
                assert folded[outlet] == sum(len(hit.copies) for hit in listed)
                made = sum(again for source, again in drawn if source == outlet)
                assert folded[outlet] == made
            assert len(hits) == len(drawn)


@given(st.integers(min_value=0, max_value=100_000))
def test_the_fold_note_is_left_out_as_the_corpus_note_is(copies: int) -> None:
    said = f"6 of 70 articles{fold_note(copies)}, 3 skipped"
    assert without_copies(said) == "6 of 70 articles, 3 skipped"
    assert ("folded into them" in said) == bool(copies)


def _line(app: BroadsheetApp) -> list[str]:
    return str(reader(app).query_one("#status", Static).render()).split(SEPARATOR)


@pytest.fixture
def copied(tmp_path: Path) -> tuple[Path, Path]:
    """The reader's corpus, its Daily Ledger article saved twice more (two exact copies)."""
    files = dict(STORIES) | {f"copy{k}-markets.md": STORIES["markets.md"] for k in range(2)}
    corpus, index_dir = write_corpus(tmp_path / "corpus", files), tmp_path / "index"
    rebuild(corpus, index_dir, derived=default_derived())
    return corpus, index_dir


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_an_outlets_line_says_its_own_copies(
    copied: tuple[Path, Path], size: tuple[int, int]
) -> None:
    app = BroadsheetApp(*copied)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = reader(app)
        library = screen.library
        assert library is not None
        corpus = library.article_count()
        outlets = sorted({hit.source for hit in screen.articles.hits if hit.source})
        assert "Daily Ledger" in outlets and len(outlets) > 1
        for outlet in outlets:
            screen.outlet_chosen(outlet)
            await settle(pilot)
            rows = screen.articles.hits
            folded = sum(len(hit.copies) for hit in rows)  # the oracle: the rows' "+N copies"
            line = _line(app)
            (count,) = [part for part in line if re.match(r"\d+ of \d+ articles", part)]
            assert count.startswith(f"{len(rows)} of {corpus} articles"), line
            assert not re.search(r"\(\d+ exact cop", " ".join(line)), line  # not the corpus's
            if size[0] == 120:  # at 80 columns the note goes before the sort (nu44)
                assert (f"(+{folded} exact copies folded into them)" in count) == bool(folded)
                assert ("exact cop" in count) == bool(folded), line
        assert any(len(hit.copies) == 2 for hit in library.search("", source="Daily Ledger").hits)


async def test_f_with_no_query_says_the_articles_with_no_outlet(app: BroadsheetApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        library = reader(app).library
        assert library is not None
        unknown = hit_counts(library, "")[1]  # the oracle: a whole search's hits, counted
        assert unknown > 0
        await pilot.press("f")
        await wait_until(pilot, lambda: isinstance(app.screen, SourcePicker))
        said = str(app.screen.query_one(Label).render())
        plural = "article names" if unknown == 1 else "articles name"
        assert f"{unknown} {plural} no outlet" in said, said
