"""Skips split into files skipped and parts left out (rv24 #6, #7), against a per-item oracle."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from index.models import Skipped
from index.skip_count import is_note_reason, skip_counts, split_notes

_REASONS = ["empty file", "JSON field ignored: date", "line 3: invalid JSON", "Field ignored: x"]
skips = st.lists(
    st.tuples(st.sampled_from(["a.txt", "b.json", "f.jsonl:3"]), st.sampled_from(_REASONS))
)


@given(skips)
def test_split_notes_keeps_order_and_every_skip(skipped: list[tuple[str, str]]) -> None:
    files, notes = split_notes(skipped)
    assert list(files) == [s for s in skipped if not is_note_reason(s[1])]
    assert list(notes) == [s for s in skipped if is_note_reason(s[1])]
    assert len(files) + len(notes) == len(skipped)


@given(skips)
def test_skip_counts_count_each_kind(skipped: list[tuple[str, str]]) -> None:
    counts = skip_counts([Skipped(path, why) for path, why in skipped])
    notes = sum(is_note_reason(why) for _, why in skipped)
    assert counts == {"skipped": len(skipped) - notes, "left_out": notes}
