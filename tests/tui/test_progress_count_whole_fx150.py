"""At 80 columns the build's progress label was cut before its count ("building the index:
reading records 29…", fx148): its words are shortened first, and the bar narrowed when the
count alone would not fit, so the count is always shown whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from textual.app import App, ComposeResult

from index.models import Progress
from tui.widgets.build_progress import (
    BACK_HINT,
    BAR_PAD,
    CANCEL_HINT,
    PERCENT_CELLS,
    STAGE_MAX,
    BuildProgress,
    stage_fit,
    stage_forms,
    stage_text,
)

VERBS = ["building the index", "updating"]
HINTS = [(CANCEL_HINT, True), (BACK_HINT, True), (CANCEL_HINT, False)]
"""(hint, cancellable): the hint is hidden when the build cannot be cancelled."""


@st.composite
def steps(draw: st.DrawFn) -> Progress:
    total = draw(st.integers(1, 10**6))
    done = draw(st.integers(0, total))
    if draw(st.booleans()):  # a JSON Lines file's records
        return Progress(0, 1, records=(done, total))
    return Progress(done, total, draw(st.sampled_from(["indexing", "indexing", "stories"])))


def count_of(step: Progress) -> str:
    """The oracle: the count as a reader wants it, from the step itself."""
    done, total = (
        step.records
        if step.records and step.total == 1 and step.done == 0
        else (
            step.done,
            step.total,
        )
    )
    return f"{done:,}/{total:,}"


@given(steps(), st.integers(60, 160), st.sampled_from(HINTS), st.sampled_from(VERBS))
def test_the_chosen_form_keeps_the_count_and_fits(
    step: Progress, width: int, hint: tuple[str, bool], verb: str
) -> None:
    forms = stage_forms(verb, step)
    assert forms[0] == stage_text(verb, step)
    hint_cells = cell_len(hint[0]) if hint[1] else 0
    text, bar = stage_fit(forms, width - 2, hint_cells, True)
    count = count_of(step)
    assert text.endswith(count) and text in forms
    # the label's room beside the bar and hint holds it all
    room = min(width - 2 - hint_cells - BAR_PAD - PERCENT_CELLS - bar, STAGE_MAX)
    assert cell_len(text) <= room
    if text != forms[0]:  # shortened only when the whole one would not fit
        assert cell_len(forms[0]) > room or bar < 32


class ProgressApp(App[None]):
    def __init__(self, hint: str, cancellable: bool) -> None:
        super().__init__()
        self.hint, self.cancellable = hint, cancellable

    def compose(self) -> ComposeResult:
        yield BuildProgress(cancellable=self.cancellable, hint=self.hint)


async def test_the_count_is_on_screen_whole_at_every_width() -> None:
    """The row as drawn, at each width from 60 to 160: its count whole, not cut with "…"."""
    cases = [
        Progress(0, 1, records=(29, 19_043)),
        Progress(0, 1, records=(999_999, 1_000_000)),
        Progress(120, 3_781),
    ]
    for hint, cancellable in HINTS:
        app = ProgressApp(hint, cancellable)
        async with app.run_test(size=(60, 3)) as pilot:
            bar = app.query_one(BuildProgress)
            for width in range(60, 161, 4):
                await pilot.resize_terminal(width, 3)
                for step in cases:
                    bar.show("building the index", step)
                    await pilot.pause()
                    row = app.screen._compositor.render_strips()[0].text
                    count = count_of(step)
                    assert f"{count} " in row or row.rstrip().endswith(count), (width, row)
                    assert "…" not in row, (width, row)
            # at 80 columns, nu60's case: the words shortened, the count whole
            await pilot.resize_terminal(80, 3)
            bar.show("building the index", cases[0])
            await pilot.pause()
            row = app.screen._compositor.render_strips()[0].text
            assert "29/19,043" in row
