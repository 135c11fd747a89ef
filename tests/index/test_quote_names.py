"""`index.quote_names`: the names and speakers `quotes` and `speakers` work out, kept with the
generation, read back as the very answers the work gives (qp42)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis.story_speakers import StorySpeakers
from index.library import Library
from index.quote_names import RECORD, KeptNames
from tests.conftest import SEEDS
from tests.quote_rows import record, write_rows

BASE = (
    "The harbour board of Gdansk approved the new container terminal budget on Monday after a "
    "long debate about dredging costs, shipping fees and the deficit of the port authority. "
)
ROWS = [  # one story: its first article's "Kowalczyk" is the others' Anna Kowalczyk
    record(
        "a1",
        "Harbour Times",
        "2021-05-04",
        f'{BASE}\n\n"We will cut the deficit this year," Kowalczyk said after the board vote.',
    ),
    record(
        "a2",
        "Baltic Post",
        "2021-05-04",
        f'{BASE}\n\n"The terminal budget is the right call for the port," Finance Minister '
        "Anna Kowalczyk said after the board vote.",
    ),
    record(
        "a3",
        "Coast Daily",
        "2021-05-05",
        f'{BASE}\n\n"Dredging costs will fall next year," said Anna Kowalczyk, the finance '
        "minister, after the board vote.",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    root = tmp_path_factory.mktemp("names")
    corpus = write_rows(root / "corpus", ROWS)
    for seed in SEEDS.iterdir():  # and the seeds' quotes beside them
        shutil.copy(seed, corpus / seed.name)
    Library.open(corpus, root / "index").close()
    yield corpus, root / "index"


def _fresh(built: tuple[Path, Path], *, record: bool = False) -> Library:
    library = Library.open(*built)
    folder = library.derived_folder("quotes")
    assert folder is not None
    if not record:
        (folder.parent / RECORD).unlink(missing_ok=True)
    return library


def _oracle(library: Library) -> dict[str, str | None]:
    """Every group's speaker as `StorySpeakers` names it, nothing kept."""
    book = library._quote_book()
    named = StorySpeakers(book, library.story_of, library._body_titled).named
    return {g.id: named(g).speaker for g in book.groups}


def _answers(library: Library) -> tuple[Any, ...]:
    groups = library.quotes()
    return (
        [(g.id, g.speaker) for g in groups],
        library.speakers(),
        library.speakers("deficit"),
        [(g.id, g.speaker) for g in library.quotes("deficit")],
        [(g.id, g.speaker) for g in library.quotes(speaker="anna kowalczyk")],
    )


def test_names_kept_are_the_names_worked_out(built: tuple[Path, Path]) -> None:
    library = _fresh(built)
    oracle = _oracle(library)
    assert any(oracle[g.id] != g.speaker for g in library._quote_book().groups), "none renamed"
    first = _answers(library)
    folder = library.derived_folder("quotes")
    assert folder is not None
    record = json.loads((folder.parent / RECORD).read_text(encoding="utf-8"))
    assert record["generation"] == folder.parent.name
    assert record["speakers"] is not None
    assert record["names"], "no bare surname kept"
    library.close()
    again = _fresh(built, record=True)  # a new command: everything read from the record
    book = again._quote_book()
    namer = again._named_in_stories(book)
    assert {g.id: namer(g).speaker for g in book.groups} == oracle
    assert _answers(again) == first
    assert [s.name for s in first[1]] == [
        s.name
        for s in book.speakers(
            [namer(g) for g in book.groups],
            book.people_with(namer(g).speaker for g in book.groups),
        )
    ]
    again.close()


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    garbage=st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
        max_leaves=12,
    ),
    keep_header=st.booleans(),
)
def test_a_damaged_record_counts_as_none(
    built: tuple[Path, Path], garbage: Any, keep_header: bool
) -> None:
    library = _fresh(built)
    expected = _answers(library)
    folder = library.derived_folder("quotes")
    assert folder is not None
    path = folder.parent / RECORD
    data = json.loads(path.read_text(encoding="utf-8"))
    if keep_header and isinstance(garbage, dict):
        data = {**data, **{k: v for k, v in garbage.items() if k in ("names", "speakers")}}
        data["names"] = garbage.get("names", garbage)
    else:
        data = garbage
    path.write_text(json.dumps(data), encoding="utf-8")
    library.close()
    again = _fresh(built, record=True)
    assert _answers(again) == expected
    again.close()


def test_another_generations_record_is_not_read(built: tuple[Path, Path]) -> None:
    library = _fresh(built)
    book = library._quote_book()
    folder = library.derived_folder("quotes")
    assert folder is not None
    lied = {g.id: [g.speaker, "Someone Else"] for g in book.groups if g.speaker}
    record = {"format": 1, "generation": "gen-0", "rules": [], "names": lied, "speakers": None}
    (folder.parent / RECORD).write_text(json.dumps(record), encoding="utf-8")
    namer = KeptNames(lambda g: g, folder.parent)
    assert all(namer(g) is g for g in book.groups)
    library.close()


def test_an_unwritable_generation_answers_all_the_same(
    built: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    library = _fresh(built)
    expected = _answers(library)
    library.close()

    def refused(*args: Any, **kwargs: Any) -> int:
        raise PermissionError("read-only")

    monkeypatch.setattr(Path, "write_text", refused)
    again = _fresh(built)
    assert _answers(again) == expected
    folder = again.derived_folder("quotes")
    assert folder is not None
    assert not (folder.parent / RECORD).exists()
    assert not list(folder.parent.glob(f"{RECORD}.*"))
    again.close()
