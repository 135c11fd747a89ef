"""The related dialog's why breaks between its reasons, never inside one: "4 days later",
"same story", "shared passage", a telling word stay on one line (nu77: `hang` broke at any
space, so "4 days" could end a line and "later" start the next).

Oracle: the reasons `index.wording.related_reason_parts` gives; every one of them shorter
than a line's room is found whole on one line of the wrapped row; the row's lines, joined,
end in `RelatedArticle.reasons` (nu77's oracle; spaces aside: a word longer than a line
is cut)."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from index.models import RelatedArticle
from index.wording import related_reason_parts
from tui.dialogs.related import WHY_INDENT, related_row

words = st.text("abcdefghijklmnopqrstuvwxyzé", min_size=3, max_size=14)


@st.composite
def relateds(draw: st.DrawFn) -> RelatedArticle:
    return RelatedArticle(
        id="r1",
        title="Port strike",
        source=draw(st.sampled_from([None, "Reuters", "The Valley Gazette", "北京新闻社"])),
        date=draw(st.one_of(st.none(), st.just(datetime(2021, 5, 4)))),
        score=draw(st.floats(0, 1)),
        same_story=draw(st.booleans()),
        shared_terms=tuple(draw(st.lists(words, max_size=5))),
        shared_passage=draw(st.booleans()),
        same_day=draw(st.booleans()),
        likeness=0.5,
        days_apart=draw(st.one_of(st.none(), st.integers(-400, 400))),
    )


def why_lines(related: RelatedArticle, width: int) -> list[str]:
    """The row's lines under its title, each without its indent."""
    return [line.lstrip() for line in related_row(related, width).plain.splitlines()[1:]]


def test_four_days_later_stays_on_one_line() -> None:
    late = RelatedArticle(
        id="r1",
        title="Port strike",
        source="Reuters",
        date=datetime(2021, 5, 8),
        score=0.4,
        same_story=True,
        shared_terms=("dockers", "harbour"),
        shared_passage=False,
        same_day=False,
        likeness=0.5,
        days_apart=4,
    )
    # "  Reuters · 2021-05-08 · 0.40 · same story; dockers, harbour; 4" is 62 cells
    for width in range(40, 80):
        assert any("4 days later" in line for line in why_lines(late, width)), width


@settings(max_examples=500, deadline=None)
@given(related=relateds(), width=st.integers(16, 120))
def test_a_reason_is_never_broken_across_lines(related: RelatedArticle, width: int) -> None:
    lines = why_lines(related, width)
    assert all(cell_len(line) <= width for line in lines), lines
    joined, reasons = "".join(lines).replace(" ", ""), related.reasons.replace(" ", "")
    assert joined.endswith(reasons), (lines, related.reasons)  # whole (a long word is cut)
    for reason in (item for items in related_reason_parts(related) for item in items):
        if cell_len(reason) + 2 <= width - WHY_INDENT:  # room for it and a "; " or ", "
            assert any(reason in line for line in lines), (reason, lines)
