"""rv35: notes following a moved file (fx44, nu36 #4).

Fixed by fx49 (the texts must be one edited, `library_moves.same_text`):
- #1 an edited-and-moved match by title and outlet alone takes a *different* article: a
  pinned file deleted and a new one of the same title (a daily column, a recurring wire
  headline) added in the same update gives the old notes to the new text.
"""

from __future__ import annotations

from pathlib import Path

from tests.notebook.test_moved_files import _corpus, _kept, _library, _note

COLUMN = (
    "Markets at the close\n\n"
    "Shares fell on Monday as oil prices rose and the bank held its rate; "
    "the spillway works weighed, traders said.\n"
)
NEXT_DAY = (
    "Markets at the close\n\n"
    "Bonds rallied on Tuesday after weak factory figures; the currency slipped to a low.\n"
)
OTHER = "Council approves the harbour budget\n\nThe council approved the budget on Tuesday.\n"


def test_a_deleted_column_does_not_give_its_notes_to_the_next_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"col/monday.txt": COLUMN, "other.txt": OTHER})
    library = _library(corpus, tmp_path / "index")
    _note(library, "col/monday.txt")
    (corpus / "col" / "monday.txt").unlink()  # read, deleted; the next day's column fetched
    _corpus(tmp_path, {"col/tuesday.txt": NEXT_DAY})
    report = library.update()
    try:
        # no word of Monday's body is Tuesday's: not an edit of it
        assert report.notes_moved == ()
        assert _kept(library)["col/monday.txt"][3] is True  # listed as gone
    finally:
        library.close()
