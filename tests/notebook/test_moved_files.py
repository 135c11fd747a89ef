"""Notes follow a file moved or renamed in the corpus (nu36 #4): its pins, tags, notes and
highlights go to its new id at the update; an edited file moved follows only when it is
unambiguous, else its notes stay listed as gone (`index.library_moves`)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from index.library import Library
from index.library_moves import moved_ids
from index.notebook import ArticleRecord, ArticleText, Notebook
from index.notebook.anchor import anchor_quote
from tests.notebook.conftest import record

# -- the moves read from two manifests, against an oracle ---------------------------------


def _files(layout: dict[str, str]) -> dict[str, dict[str, Any]]:
    """A manifest's ``files`` of one article a file: path -> text's digest."""
    return {path: {"digest": digest, "ids": [path]} for path, digest in layout.items()}


PATHS = st.lists(
    st.sampled_from(["a", "b", "c", "d", "e", "f"]).flatmap(
        lambda folder: st.sampled_from([f"{folder}/x.txt", f"{folder}/y.txt", f"{folder}.txt"])
    ),
    unique=True,
    min_size=1,
    max_size=8,
)


@given(PATHS, st.data())
def test_unique_texts_follow_their_path(before_paths: list[str], data: st.DataObject) -> None:
    """Each text once before and at most once after (moved, renamed, kept or deleted): every
    file gone whose text is still there maps to the path holding it, and nothing else."""
    texts = [f"t{k}" for k in range(len(before_paths))]
    before = dict(zip(before_paths, texts, strict=True))
    kept = data.draw(st.lists(st.booleans(), min_size=len(texts), max_size=len(texts)))
    places = data.draw(st.permutations(sorted({*before_paths, "g/x.txt", "h/z.txt", "i.txt"})))
    after = {place: text for place, text, keep in zip(places, texts, kept, strict=False) if keep}
    where = {text: path for path, text in after.items()}
    expected = {
        path: where[text] for path, text in before.items() if path not in after and text in where
    }
    assert moved_ids(_files(before), _files(after)) == expected


def test_copies_follow_only_when_one_can_tell() -> None:
    before = _files({"a/x.txt": "t", "b.txt": "u"})
    # two new copies, neither of its name: no telling which is "the" article
    assert moved_ids(before, _files({"c/one.txt": "t", "d/two.txt": "t", "b.txt": "u"})) == {}
    # two new copies, one of its name: that one
    after = _files({"c/x.txt": "t", "d/two.txt": "t", "b.txt": "u"})
    assert moved_ids(before, after) == {"a/x.txt": "c/x.txt"}
    # copied before (an exact copy already indexed), then the original deleted
    before = _files({"a/x.txt": "t", "keep/copy.txt": "t"})
    assert moved_ids(before, _files({"keep/copy.txt": "t"})) == {"a/x.txt": "keep/copy.txt"}
    # a new copy beside an old one: the new one is where the file went
    after = _files({"keep/copy.txt": "t", "moved/x.txt": "t"})
    assert moved_ids(before, after) == {"a/x.txt": "moved/x.txt"}


def test_a_file_of_many_records_moves_record_by_record() -> None:
    before = {"a/feed.jsonl": {"digest": "d", "ids": ["a/feed.jsonl:1", "w2"]}}
    after = {"b/feed.jsonl": {"digest": "d", "ids": ["b/feed.jsonl:1", "w2"]}}
    assert moved_ids(before, after) == {"a/feed.jsonl:1": "b/feed.jsonl:1"}  # w2 kept its id


# -- through the library and the notebook -------------------------------------------------

TEXT = (
    "Dam repairs start after the spillway cracked\n\n"
    "Engineers began repairs on Monday after a crack opened in the spillway of the dam, "
    "officials said. Residents downstream were told to stay alert.\n"
)
OTHER = (
    "Council approves the harbour budget\n\n"
    "The council approved the harbour budget on Tuesday after a long debate.\n"
)


def _library(corpus: Path, index_dir: Path) -> Library:
    library = Library(corpus, index_dir)
    library.update()
    return library


def _note(library: Library, article_id: str) -> None:
    library.open_or_build()
    article = library.article(article_id)
    with library.notebook() as notebook:
        notebook.pin(ArticleRecord.of(article), tags=["dam"], note="check the date")
        notebook.highlight(ArticleRecord.of(article), anchor_quote(article.body, "spillway"))
        notebook.stories.follow("s-followed", [article_id])


def _lookup(library: Library, article_id: str) -> ArticleText | None:
    try:
        article = library.article(article_id)
    except KeyError:
        return None
    return ArticleText(ArticleRecord.of(article), article.body)


def _kept(library: Library) -> dict[str, tuple[bool, tuple[str, ...], int, bool]]:
    """Each entry after `notes` refreshed it: pinned, tags, highlights, gone."""
    library.refresh()
    with library.notebook() as notebook:
        notebook.refresh(lambda article_id: _lookup(library, article_id))
        return {
            e.article.id: (e.pinned, e.tags, len(e.highlights), e.orphaned)
            for e in notebook.notes()
        }


def _seen(index_dir: Path) -> set[str]:
    with Notebook.open(index_dir) as notebook:
        return notebook.known_ids() - {e.article.id for e in notebook.notes()}


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    for rel, text in texts.items():
        (tmp_path / "corpus" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "corpus" / rel).write_text(text, encoding="utf-8")
    return tmp_path / "corpus"


def test_moved_renamed_and_copied_then_deleted(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"in/dam.txt": TEXT, "other.txt": OTHER})
    library = _library(corpus, tmp_path / "index")
    _note(library, "in/dam.txt")
    (corpus / "sub").mkdir()
    shutil.move(corpus / "in" / "dam.txt", corpus / "sub" / "dam.txt")  # a move
    report = library.update()
    assert report.notes_moved == (("in/dam.txt", "sub/dam.txt"),)
    assert _kept(library) == {"sub/dam.txt": (True, ("dam",), 1, False)}
    (corpus / "sub" / "dam.txt").rename(corpus / "sub" / "spillway.txt")  # a rename
    assert library.update().notes_moved == (("sub/dam.txt", "sub/spillway.txt"),)
    shutil.copy(corpus / "sub" / "spillway.txt", corpus / "copy.txt")  # copy, update, delete
    assert library.update().notes_moved == ()
    (corpus / "sub" / "spillway.txt").unlink()
    assert library.update().notes_moved == (("sub/spillway.txt", "copy.txt"),)
    assert _kept(library) == {"copy.txt": (True, ("dam",), 1, False)}
    with library.notebook() as notebook:
        assert notebook.stories.all()[0].seen == 1
    assert _seen(tmp_path / "index") == set()  # the followed story saw copy.txt, nothing else
    library.close()


def test_two_copies_of_other_names_keep_the_notes_as_gone(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"dam.txt": TEXT, "other.txt": OTHER})
    library = _library(corpus, tmp_path / "index")
    _note(library, "dam.txt")
    shutil.copy(corpus / "dam.txt", corpus / "one.txt")
    (corpus / "dam.txt").rename(corpus / "two.txt")
    assert library.update().notes_moved == ()
    assert _kept(library) == {"dam.txt": (True, ("dam",), 1, True)}  # listed as gone
    library.close()


def test_an_edited_file_moved_follows_only_one_match(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"dam.txt": TEXT, "other.txt": OTHER})
    library = _library(corpus, tmp_path / "index")
    _note(library, "dam.txt")
    (corpus / "dam.txt").unlink()
    edited = TEXT.replace("on Monday", "on Monday morning")
    _corpus(tmp_path, {"new/dam.txt": edited})
    assert library.update().notes_moved == (("dam.txt", "new/dam.txt"),)
    assert _kept(library) == {"new/dam.txt": (True, ("dam",), 1, False)}
    # moved and edited again, beside a second article of the same title: no telling
    (corpus / "new" / "dam.txt").unlink()
    _corpus(tmp_path, {"a.txt": edited + "More.\n", "b.txt": edited + "Other.\n"})
    assert library.update().notes_moved == ()
    assert _kept(library) == {"new/dam.txt": (True, ("dam",), 1, True)}
    library.close()


def test_a_move_onto_an_entry_merges_the_two(notebook: Notebook) -> None:
    body = "The spillway cracked on Monday."
    notebook.pin(record("old"), tags=["dam"], note="first")
    notebook.highlight(record("old"), anchor_quote(body, "spillway"))
    notebook.tag(record("new"), ["flood"])
    notebook.set_note(record("new"), "second")
    notebook.stories.follow("s1", ["old", "new"])
    notebook.saved.add("dams", "dam", seen=["old"])
    assert notebook.move({"old": "new", "absent": "elsewhere"}) == ["old"]
    assert notebook.entry("old") is None
    entry = notebook.entry("new")
    assert entry is not None
    assert (entry.pinned, entry.tags, entry.note) == (True, ("dam", "flood"), "second\n\nfirst")
    assert len(entry.highlights) == 1
    assert notebook.known_ids() == {"new"}  # the seen ids moved too, once each
    assert notebook.stories.get("s1").seen == 1
