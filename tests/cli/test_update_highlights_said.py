"""nu57 #3: `index update` says when highlights became fuzzy or were no longer found in
their articles' new text, one line, told once; nothing when none changed."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.models import NOT_FOUND, highlights_changed_said
from tui.cli import app

DAM = (
    "Dam talks stall\n\n"
    "Engineers said the dam would need new spillway gates before the rains came in May.\n\n"
    "The ministry said funds for the repair were approved last week by the cabinet.\n\n"
    "Farmers downstream asked for a warning system to be installed this year.\n"
)
KEPT = "funds for the repair were approved"
REWORDED = "new spillway gates before the rains"
LOST = "a warning system to be installed"


@given(st.integers(0, 3000), st.integers(0, 3000))
def test_the_line_counts_what_changed(fuzzy: int, lost: int) -> None:
    said = highlights_changed_said(fuzzy, lost)
    assert (said == "") == (fuzzy + lost == 0)
    numbers = [int(word.replace(",", "")) for word in said.split() if word[0].isdigit()]
    assert numbers == [n for n in (fuzzy, lost) if n]
    assert (NOT_FOUND in said) == bool(lost)
    assert ("found in changed text" in said) == bool(fuzzy)
    assert said.count("highlight") == (1 if fuzzy or lost else 0)
    if said:
        them = "it" if fuzzy + lost == 1 else "them"
        assert said.endswith(f"(`broadsheet notes` lists {them})")


def test_an_update_says_the_highlights_it_changed_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "dam.txt").write_text(DAM)
    where = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "index")]
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild", *where]).exit_code == 0
    for quote in (KEPT, REWORDED, LOST):
        kept = runner.invoke(app, ["highlight", "dam.txt", "--quote", quote, *where])
        assert kept.exit_code == 0, kept.output
    (corpus / "other.txt").write_text("Ferry resumes\n\nThe ferry ran again on Tuesday.\n")
    quiet = runner.invoke(app, ["index", "update", *where])
    assert quiet.exit_code == 0 and "highlight" not in quiet.output, quiet.output

    edited = DAM.replace("new spillway gates before", "new steel spillway gates before")
    edited = edited.replace("Farmers downstream asked for a warning system to be installed", "")
    (corpus / "dam.txt").write_text("Updated with the cabinet's reply.\n\n" + edited)
    update = runner.invoke(app, ["index", "update", *where])
    assert update.exit_code == 0, update.output
    line = "1 highlight found in changed text, 1 not found in the text now"
    assert f"  {line} (`broadsheet notes` lists them)\n" in update.output, update.output
    notes = runner.invoke(app, ["notes", *where])
    assert notes.output.count("not found in the text") == 1, notes.output
    (corpus / "dam.txt").write_text("Updated again.\n\n" + edited)  # nothing new to tell
    again = runner.invoke(app, ["index", "update", *where])
    assert again.exit_code == 0 and "highlight" not in again.output, again.output
