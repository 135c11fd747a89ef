"""The reader says under the search bar what the wires write instead of a searched word
("wires write mln: try `million OR mln`", nu46 #7), beside the hits it found; the list
keeps what was typed. The rule itself is checked in `tests/search/test_wire_words.py`."""

from __future__ import annotations

from pathlib import Path

from index.library import default_derived
from index.store.build import rebuild
from tests.search.test_wire_words import write
from tests.tui.conftest import reader, settle
from tests.tui.test_reader_repaints import note, search_anew
from tui.app import BroadsheetApp


async def test_the_note_says_what_the_wires_write(tmp_path: Path) -> None:
    bodies = [f"Net profit was {n} mln dlrs." for n in range(6)] + ["One million dollars."]
    corpus = write(tmp_path, bodies)
    rebuild(corpus, tmp_path / "index", derived=default_derived())
    app = BroadsheetApp(corpus, tmp_path / "index")
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await search_anew(pilot, "million")
        said = str(note(app).render())
        assert said == "wires write mln (6 articles; million 1): try `million OR mln`"
        assert [hit.id for hit in reader(app).articles.hits] == ["w06.txt"]
        await search_anew(pilot, "million OR mln")  # both asked for: the note hides
        assert note(app).has_class("-empty")
