"""Exact copies (`index.copies`): the same article saved twice by one outlet is one hit and
counts once in its story; the same text from another outlet (a wire reprint) is not a copy."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.copies import KEYS, SAME, CopiesDerived, copy_named, rank, same_text
from index.library import Library
from tests.conftest import write_corpus
from tui.cli import app

BODY = (
    "The Oroville dam spillway failed on Sunday and thousands of residents were told to "
    "leave their homes at once. Engineers said the emergency spillway was eroding fast.\n"
)


def _text(outlet: str, day: int, body: str = BODY, title: str = "Dam spillway fails") -> str:
    return f"---\ntitle: {title}\nsource: {outlet}\ndate: 2021-02-{day}\n---\n{body}"


ARTICLES = {
    "a.md": _text("Herald", 12),
    "b.md": _text("Herald", 12),  # a.md saved again: a copy
    "c.md": _text("Ledger", 13),  # the same text from another outlet: no copy
    "d.md": _text("Ledger", 13, "Growers counted losses after a late frost.\n", "Frost"),
}


@pytest.fixture
def dup(tmp_path: Path, index_dir: Path) -> Path:
    return write_corpus(tmp_path / "dup", ARTICLES)


def test_a_copy_is_one_hit_and_counts_once_in_its_story(dup: Path, index_dir: Path) -> None:
    with Library.open(dup, index_dir) as library:
        assert library.copies() == {"b.md": "a.md"}
        assert library.same_text_as("b.md") == "a.md"
        assert library.same_text_as("c.md") is None
        found = library.search("spillway")
        assert [(h.id, h.copies) for h in found.hits] == [("a.md", ("b.md",)), ("c.md", ())]
        assert found.total == 2  # the copy is no match of its own
        assert len(library.search("spillway", limit=2).hits) == 2  # the copy took no place
        (story,) = library.stories()
        assert set(story.article_ids) == {"a.md", "b.md", "c.md"}  # the copy still listed
        assert story.copies == ("b.md",)
        assert story.size == 2 and story.sources == ("Herald", "Ledger")
        assert story.per_day == (1, 1) and story.first == "a.md"
        assert library.story(story.id).story.size == 2
        assert library.story_of("b.md") == story


def test_update_keeps_the_original_by_id(dup: Path, index_dir: Path) -> None:
    with Library.open(dup, index_dir) as library:
        (dup / "a.md").unlink()
        library.update()
        library.refresh()
        assert library.copies() == {}  # b.md is the original now, alone
        (story,) = library.stories()
        assert story.copies == () and story.size == 2 and story.first == "b.md"
    write_corpus(dup, {"a.md": ARTICLES["a.md"], "e.md": ARTICLES["a.md"]})
    with Library.open(dup, index_dir) as library:
        library.update()
        library.refresh()
        assert library.copies() == {"b.md": "a.md", "e.md": "a.md"}


def test_show_and_search_json_name_the_copies(
    dup: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BROADSHEET_CORPUS", str(dup))
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild"]).exit_code == 0
    shown = json.loads(runner.invoke(app, ["show", "b.md", "--json"]).stdout)
    assert shown["same_text_as"] == "a.md"
    assert json.loads(runner.invoke(app, ["show", "c.md", "--json"]).stdout)["same_text_as"] is None
    hits = json.loads(runner.invoke(app, ["search", "spillway", "--json"]).stdout)
    assert [(h["id"], h["copies"]) for h in hits] == [("a.md", ["b.md"]), ("c.md", [])]
    plain = runner.invoke(app, ["show", "b.md"]).stdout
    assert "same text as: Dam spillway fails (a.md)" in plain


def test_the_total_counts_a_copy_once_past_the_page(
    tmp_path: Path, index_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fx22: a copy and its original beyond the first page were both counted."""
    later = {"f.md": _text("Post", 14), "g.md": _text("Times", 15)}
    monkeypatch.setenv("BROADSHEET_CORPUS", str(write_corpus(tmp_path / "d", ARTICLES | later)))
    runner = CliRunner()
    assert runner.invoke(app, ["index", "rebuild"]).exit_code == 0
    found = runner.invoke(app, ["search", "spillway", "--sort", "newest", "--limit", "1"])
    assert found.stdout.startswith("4 articles match 'spillway'")  # a.md with b.md, c, f, g
    with Library.open(tmp_path / "d", index_dir) as library:
        assert library.count("spillway") == 4
        assert library.search("spillway", sort="newest", limit=1).total == 4


IDS = st.sampled_from([f"{n:02}.txt" for n in range(12)])


def _first_by_id(keys: dict[str, str]) -> dict[str, str]:
    """`same_text` by another way (every id sorted by `rank`, the first of each key kept): the
    oracle."""
    first: dict[str, str] = {}
    for article_id in sorted(keys, key=rank):
        first.setdefault(keys[article_id], article_id)
    return {i: first[k] for i, k in keys.items() if first[k] != i}


@given(st.dictionaries(st.text(max_size=3), st.text("xyz\u00e9", max_size=2), max_size=40))
def test_the_originals_are_the_first_by_rank(keys: dict[str, str]) -> None:
    assert same_text(keys) == _first_by_id(keys)


def test_what_is_no_string_is_read_as_one(tmp_path: Path) -> None:
    from index.copies import _read

    (tmp_path / "k.json").write_text('{"a": 1, "b": "x", "c": null}')
    assert _read(tmp_path / "k.json") == {"a": "1", "b": "x", "c": "None"}
    (tmp_path / "k.json").write_text('{"a": "x"')
    with pytest.raises(Exception, match="the copies are unreadable"):
        _read(tmp_path / "k.json")


@given(
    keys=st.dictionaries(IDS, st.sampled_from("xyz")),
    steps=st.lists(
        st.tuples(st.booleans(), st.dictionaries(IDS, st.sampled_from("xyz"))), max_size=6
    ),
)
def test_each_text_has_one_original_whatever_the_updates(
    keys: dict[str, str], steps: list[tuple[bool, dict[str, str]]]
) -> None:
    kind = CopiesDerived()
    with tempfile.TemporaryDirectory() as top:
        folder = Path(top) / "0"
        folder.mkdir()
        kind.build(sorted(keys.items()), folder, None)
        held = dict(keys)
        for step, (removing, some) in enumerate(steps, 1):
            before, folder = folder, Path(top) / str(step)
            folder.mkdir()
            removed = set(some) & set(held) if removing else set()
            added = {} if removing else some
            kind.update(before, sorted(added.items()), sorted(removed | set(added)), folder, None)
            for article_id in removed:
                del held[article_id]
            held.update(added)
        same = json.loads((folder / SAME).read_text())
        assert (folder / SAME).read_bytes() == json.dumps(same, sort_keys=True).encode()
        assert (folder / KEYS).read_bytes() == json.dumps(held, sort_keys=True).encode()
    assert same == same_text(held) == _first_by_id(held)
    for article_id, original in same.items():
        assert held[article_id] == held[original] and rank(original) < rank(article_id)
        assert original not in same  # one original a text: the first by rank
    originals = {held[i] for i in held if i not in same}
    assert len(originals) == len(set(held.values()))


def test_no_copy_without_the_same_title_and_a_body() -> None:
    from index.copies import key
    from index.models import Article

    def article(article_id: str, title: str, body: str) -> Article:
        return Article(
            id=article_id,
            path=Path(article_id),
            title=title,
            title_derived=False,
            source="Herald",
            byline=None,
            dateline=None,
            date=None,
            body=body,
        )

    # a feed's headlines without text are two articles, not one saved twice
    assert key(article("a", "Dam fails", "")) != key(article("b", "Frost hits", ""))
    assert key(article("a", "Dam fails", " \n")) != key(article("b", "Dam fails", " \n"))
    # the same boilerplate body under two headlines is two articles
    assert key(article("a", "Dam fails", BODY)) != key(article("b", "Frost hits", BODY))
    assert key(article("a", "Dam fails", BODY)) == key(article("b", "Dam fails", BODY))


STEMS = ("Dam fails", "dam", "2017-03-01 report", "Election (2019)", "covid-19", "G-20")
MARKS = (" (1)", " (2)", " copy", " copy 2", "_copy", " - Copy", " - Copy (2)", "-1", "_COPY")
MARKS += (" (copy)", " (another copy)", " (3rd copy)", " (Copy 2)")  # GNOME Files (rv46)


@given(
    stem=st.sampled_from(STEMS),
    marks=st.lists(st.sampled_from(MARKS), min_size=1, max_size=5, unique=True),
    ext=st.sampled_from([".txt", ".md", ".html"]),
    folder=st.sampled_from(["", "world/"]),
    order=st.randoms(use_true_random=False),
)
def test_the_original_is_the_name_without_a_copy_mark_in_any_order(
    stem: str, marks: list[str], ext: str, folder: str, order: random.Random
) -> None:
    """nu44: "X (1).txt" was listed with the original X.txt folded into it (" (1)" sorts
    before "."): the name without a copy's mark is the original, whatever order the files
    are seen in."""
    original = f"{folder}{stem}{ext}"
    copies = [f"{folder}{stem}{mark}{ext}" for mark in marks]
    assert not copy_named(original) and all(copy_named(c) for c in copies)
    listing = [original, *copies]
    order.shuffle(listing)
    assert same_text(dict.fromkeys(listing, "k")) == dict.fromkeys(copies, original)


@pytest.mark.parametrize(
    ("named", "marked"),
    [
        ("Copy of dam.txt", True),
        ("dam (12).md", True),
        ("copyright.txt", False),
        ("photocopy.txt", False),
        ("2017.txt", False),
        ("dam.copy.txt", False),
        ("a (1)/dam.txt", False),  # the folder's name is no mark of the file's
        ("dam (copy).txt", True),  # rv46: GNOME Files' copies
        ("dam (another copy).txt", True),
        ("dam (2019).txt", False),  # rv46: a year is no copy's number
        ("covid-19.txt", False),
    ],
)
def test_a_copy_mark_is_in_the_file_name(named: str, marked: bool) -> None:
    assert copy_named(named) is marked


def test_rebuild_and_update_list_the_original_not_its_copy(tmp_path: Path, index_dir: Path) -> None:
    """nu44: the copy "X (1).txt" became the listed id; an update adding it after X.txt must
    not swap the listed id either."""
    text = ARTICLES["a.md"]
    corpus = write_corpus(tmp_path / "c", {"X.txt": text, "X (1).txt": text})
    with Library.open(corpus, index_dir) as library:
        assert library.copies() == {"X (1).txt": "X.txt"}
        assert [h.id for h in library.search("spillway").hits] == ["X.txt"]
    (corpus / "X (1).txt").unlink()
    with Library.open(corpus, index_dir) as library:
        library.update()
        library.refresh()
        assert library.copies() == {}
    write_corpus(corpus, {"X (1).txt": ARTICLES["a.md"], "X - Copy.txt": ARTICLES["a.md"]})
    with Library.open(corpus, index_dir) as library:
        library.update()
        library.refresh()
        assert library.copies() == {"X (1).txt": "X.txt", "X - Copy.txt": "X.txt"}
        assert [(h.id, h.copies) for h in library.search("spillway").hits] == [
            ("X.txt", ("X (1).txt", "X - Copy.txt"))
        ]
