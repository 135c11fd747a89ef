"""The Markdown memo prints every article's date in one form (nu24 #5: "2017-03-29" beside
"2017-03-29T10:20:00"): the day, and the time of day only when the date has one."""

from __future__ import annotations

import re
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from index.notebook import ArticleRecord, Entry
from index.notebook.memo import markdown

STAMP = "2026-12-03 17:00 UTC"
moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 12, 31))
stored = st.one_of(
    moments.map(lambda d: d.isoformat()),  # as the notebook keeps a date-time
    st.dates(min_value=datetime(1990, 1, 1).date()).map(lambda d: d.isoformat()),
    moments.map(lambda d: d.replace(second=0, microsecond=0).isoformat(timespec="minutes")),
)


def _facts_line(memo: str) -> str:
    return next(line for line in memo.splitlines() if line.startswith("Agency · "))


@given(value=stored)
def test_every_date_reads_as_day_and_maybe_minutes(value: str) -> None:
    memo = markdown([Entry(ArticleRecord("a", "T", "Agency", value))], title="N", exported=STAMP)
    shown = _facts_line(memo).removeprefix("Agency · ")
    assert "T" not in shown and re.fullmatch(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?", shown)
    when = datetime.fromisoformat(value)
    assert datetime.strptime(shown[:10], "%Y-%m-%d").date() == when.date()
    has_time = "T" in value  # the notebook keeps a day as the day alone: a time is one (fd34)
    assert (len(shown) > 10) == has_time
    if has_time:
        assert shown[11:] == f"{when.hour:02d}:{when.minute:02d}"


def test_a_date_that_is_no_iso_text_is_shown_as_kept() -> None:
    memo = markdown(
        [Entry(ArticleRecord("a", "T", "Agency", "spring 2017"))], title="N", exported=STAMP
    )
    assert _facts_line(memo) == "Agency · spring 2017"
