"""nu55 #11: highlighting a passage again replaced its note in silence ("kite alpha", then
"spillway point": one highlight left, noted "spillway point"). Every note given is kept,
none twice, whatever notes come in whatever order."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from index.notebook import Anchor, Notebook, anchor_quote, values
from tests.notebook.conftest import record

BODY = "The harbour board met on Monday and agreed a pay deal with the dock workers."

NOTES = st.lists(
    st.one_of(
        st.none(),
        st.sampled_from(
            ["kite alpha", "spillway point", " kite alpha ", "", "a\nb", "b", "b\nkite alpha"]
        ),
        st.text(max_size=12),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=60, deadline=None)
@given(notes=NOTES)
def test_every_note_given_to_a_passage_is_kept_once(
    tmp_path_factory: object, notes: list[str | None]
) -> None:
    folder: Path = tmp_path_factory.mktemp("nb")  # type: ignore[attr-defined]
    anchor = anchor_quote(BODY, "pay deal")
    with Notebook.open(folder) as notebook:
        for note in notes:
            kept = notebook.highlight(record("a1"), anchor, note=note)
        entry = notebook.entry("a1")
    assert entry is not None and len(entry.highlights) == 1
    stored = [n for n in (values.note(note) for note in notes) if n]
    if not stored:
        assert kept.note is None
        return
    assert kept.note is not None
    got = kept.note.split("\n")
    for note in stored:  # the oracle: each line of each note given is a line of it
        assert set(note.split("\n")) <= set(got)
    for line in set(got) - {""}:  # and none more often than one note given has it (rv59)
        assert got.count(line) <= max(n.split("\n").count(line) for n in stored), line
    assert kept.note.startswith(stored[0])  # the first one first
    # a note given again adds nothing
    again = notebook_again(folder, anchor, stored[-1])
    assert again == kept.note


def notebook_again(folder: Path, anchor: Anchor, note: str) -> str | None:
    with Notebook.open(folder) as notebook:
        return notebook.highlight(record("a1"), anchor, note=note).note


def test_a_note_already_there_is_not_added_again() -> None:
    assert values.added_note("kite alpha\nspillway", "spillway") == "kite alpha\nspillway"
    assert values.added_note(None, "x") == "x" and values.added_note("x", None) == "x"
    assert values.added_note("kite", "kite alpha") == "kite\nkite alpha"
    # rv59: a line of the new note that the passage has is not added again
    assert (
        values.added_note("kite alpha\nspillway", "one\nkite alpha") == "kite alpha\nspillway\none"
    )
    assert values.added_note("a\nb", "b\na") == "a\nb"
