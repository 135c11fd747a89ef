"""`bench.quotes_parts` times a name book's parts (its passes read the corpora: too long for
a test; the parts are timed over any books)."""

from __future__ import annotations

from bench.quotes_parts import parts


def test_every_part_is_timed_over_a_book() -> None:
    text = 'Elizabeth Warren spoke. "We will win," said Warren, a senator from Massachusetts.'
    found = parts([(text, [(24, 38)])])
    assert set(found) == {"book", "runs", "sentences", "runs+shape", "cues at every run"}
    assert all(seconds >= 0 for seconds in found.values())
