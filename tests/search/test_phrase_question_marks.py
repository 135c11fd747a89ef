"""A phrase's "?"s read one way and said (sx49).

- ``"Sch??uble"`` (two "?" between letters) is read as the pasted ``"Sch\ufffd\ufffduble"``
  is, a 2-byte letter a copy lost, where it was refused as a wildcard inside a word: the
  oracle is the U+FFFD form's own search, over generated phrases on a generated corpus.
- ``"Wolfgang Sch?"`` (a "?" ending a word, a question mark) found nothing and said
  nothing: `question_marks` says how it was read.
- A phrase whose starred words' guessed stems (an index without word lists) pass 64
  phrases is refused, as with lists, not cut silently.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.limits import QueryError
from index.search.lost_letters import typed_pairs
from index.search.phrase_marks import question_marks
from index.search.starred import MAX_VARIANTS, StarredPhrase
from index.store.build import rebuild

NAMES = ("Schäuble", "Sch\ufffd\ufffduble", "Sch?uble", "Schauble", "Féin", "F\ufffd\ufffdin")
FILLERS = ("Wolfgang", "Sinn", "said", "minister", "the")
TYPED = ("Sch??uble", "F??in", "Sch???uble", "Sc??uble")
"""Words typed with a run of "?" between letters, each read as that many U+FFFD."""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    draw = random.Random(4949)
    folder = tmp_path_factory.mktemp("marks")
    rows = []
    for n in range(80):
        words = [draw.choice(NAMES if draw.random() < 0.4 else FILLERS) for _ in range(10)]
        rows.append({"id": f"a{n:02d}", "title": "t", "body": " ".join(words) + ".", "source": "S"})
    corpus = folder / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(FILLERS + TYPED), min_size=1, max_size=3).filter(
        lambda words: any("??" in w for w in words)
    ),
    st.sampled_from(["{p}", "{p} OR said", "NOT {p}"]),
)
def test_a_run_of_question_marks_in_a_phrase_is_the_pasted_form(
    engine: WhooshEngine, words: list[str], form: str
) -> None:
    typed = form.format(p='"' + " ".join(words) + '"')
    pasted = typed.replace("???", "\ufffd" * 3).replace("??", "\ufffd\ufffd")
    found = {hit.id for hit in engine.search(typed, limit=None).hits}
    assert found == {hit.id for hit in engine.search(pasted, limit=None).hits}


@given(st.text("ab?\ufffd ", max_size=12))
def test_typed_pairs_keeps_the_length_and_turns_only_runs_between_letters(text: str) -> None:
    turned = typed_pairs(text)
    assert len(turned) == len(text)  # the phrase's offsets (highlights, columns) stand
    for at, (was, now) in enumerate(zip(text, turned, strict=True)):
        if was != now:
            assert was == "?" and now == "\ufffd"
            run_start = at
            while run_start and text[run_start - 1] == "?":
                run_start -= 1
            assert run_start and text[run_start - 1].isalpha()


WORD = st.text("abcdefgh", min_size=1, max_size=6)


@given(st.lists(WORD, max_size=3), WORD, st.lists(WORD, max_size=2), st.integers(1, 2))
def test_a_question_mark_ending_a_phrase_word_is_said(
    before: list[str], word: str, after: list[str], marks: int
) -> None:
    phrase = " ".join([*before, word + "?" * marks, *after])
    said = question_marks(f'"{phrase}"')
    assert said is not None and repr(word + "?" * marks) in said
    assert '"' + " ".join([*before, word + "*", *after]) + '"' in said
    assert question_marks(phrase) is None  # outside quotes "?" is a wildcard
    assert question_marks(f'"{" ".join([*before, word, *after])}"') is None


def test_a_lost_letter_is_no_question_mark() -> None:
    assert question_marks('"Wolfgang Sch?uble"') is None
    assert question_marks('"Sch??uble said"') is None


def test_the_reader_and_the_cli_say_it(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tui.cli import app

    corpus = tmp_path / "c.jsonl"
    row = {"id": "a", "title": "t", "body": "Wolfgang Schäuble said.", "source": "S"}
    corpus.write_text(json.dumps(row) + "\n", encoding="utf-8")
    env = {"BROADSHEET_INDEX_DIR": str(tmp_path / "idx")}
    result = CliRunner().invoke(app, ["search", '"Wolfgang Sch?"', "-c", str(corpus)], env=env)
    assert result.exit_code == 0 and "read as a question mark" in result.stderr
    assert '"Wolfgang Sch*"' in result.stderr


@given(st.lists(st.integers(2, 5), min_size=1, max_size=6))
def test_guessed_phrases_past_the_bound_are_refused_not_cut(sizes: list[int]) -> None:
    """sp33's guess (no word lists) cut the last starred words silently past 64 phrases."""
    words = [f"w{n}" for n in range(len(sizes))]
    phrase = StarredPhrase("body", words, tuple((n, w) for n, w in enumerate(words)))
    guessed = {
        w: frozenset(f"{w}x{k}" for k in range(size - 1))
        for w, size in zip(words, sizes, strict=True)
    }
    total = 1
    for size in sizes:
        total *= size
    if total > MAX_VARIANTS:
        with pytest.raises(QueryError, match="at most 64"):
            phrase._guessed(lambda prefix: guessed[prefix])
    else:
        found = phrase._guessed(lambda prefix: guessed[prefix])
        assert len(found) == total and len({tuple(f) for f in found}) == total


def test_the_reader_s_note_says_it_only_when_nothing_is_found(tmp_path: Path) -> None:
    from index.library import Library
    from index.search.engine import WhooshEngine

    corpus = tmp_path / "news"
    corpus.mkdir()
    row = {"id": "a", "title": "t", "body": "Wolfgang Schäuble said: is it true?", "source": "S"}
    (corpus / "c.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    library = Library(corpus, tmp_path / "idx", engine=WhooshEngine(tmp_path / "idx"))
    library.open_or_build()
    try:
        for query in ('"Wolfgang Sch?"', '"is it true?"'):
            found = library.search(query, limit=None).total
            note = library.search_note(query, found)
            assert (found == 0) == (note is not None and "question mark" in note), query
    finally:
        library.close()
