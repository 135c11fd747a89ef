"""A one-edit offer is the word as the articles write it (sx52, `index.search.held_forms`):
with its accents ("schäuble", not the lists' folded "schauble"), and a word with an
apostrophe only as the articles write it whole ("donn't" offered "don't", not "down't" nor
"done't", which no article writes and which found the articles of "down" and "done").

The oracle is the generated corpus itself: how each article writes each word. A typo one
edit from a word, that the index lacks, is first offered the word the most articles hold
among those one edit from it (as `tests.search.test_suggest_written` checks), written as
the most of the first `FORM_DOCS` articles writing it write it (corpus order: the index's,
and the ids' order OpenSearch reads them in), alphabetically on a tie.
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from index.library import Library
from index.search.held_forms import FORM_DOCS
from index.search.suggest import SHORT
from tests.search.test_suggest_written import (
    _EDIT,
    _ON_THE_CORPUS,
    _typo,
    _vocabulary,
    whoosh_library,
)

ACCENTED = {"a": "ä", "o": "ö", "u": "ü", "e": "é", "n": "ñ"}


def test_the_briefs_cases(tmp_path: Path) -> None:
    """sx52 #2, #3 in small: "donn't" offered "down't" first (more articles hold "down"),
    then "done't"; "schaubel" offered "schauble", as no article writes it."""
    rows = [
        {"id": f"d{n}", "title": "Markets", "body": "Prices went down. The work is done."}
        for n in range(6)
    ]
    rows += [{"id": f"t{n}", "title": "Talks", "body": "We don't know, he said."} for n in range(2)]
    rows += [{"id": f"s{n}", "title": "Berlin", "body": "Schäuble spoke."} for n in range(3)]
    rows.append({"id": "s9", "title": "Berlin", "body": "Schauble spoke again."})
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    with whoosh_library(corpus, tmp_path) as library:
        assert library.search("donn't", limit=1).suggestions == ("don't",)
        assert library.search("donn\u2019t", limit=1).suggestions == ("don\u2019t",)
        assert library.search("schaubel", limit=1).suggestions[0] == "schäuble"


def _accented_corpus(path: Path, seed: int) -> tuple[Path, dict[str, list[tuple[int, str]]]]:
    """A corpus of the vocabulary's words, many of them written with an accent in some of
    their articles, and each word's writings, one per article holding it, in corpus order
    (lower-cased)."""
    draw = random.Random(seed)
    vocabulary = _vocabulary(draw)
    weights = [draw.random() ** 3 for _ in vocabulary]
    accented = {}
    for word in vocabulary:
        letters = [at for at, c in enumerate(word) if c in ACCENTED]
        if letters and draw.random() < 0.7:
            at = draw.choice(letters)
            accented[word] = (word[:at] + ACCENTED[word[at]] + word[at + 1 :], draw.random())
    rows, writings = [], defaultdict[str, list[tuple[int, str]]](list)
    for n in range(120):
        words = draw.choices(vocabulary, weights, k=draw.randint(5, 20))
        written = {w: w for w in words}
        for word in written:
            if word in accented and draw.random() < accented[word][1]:
                written[word] = accented[word][0]
            writings[word].append((n, written[word]))
        cased = [written[w].capitalize() if draw.random() < 0.2 else written[w] for w in words]
        body = " ".join(cased)
        rows.append({"id": f"a{seed}-{n:03d}", "title": "", "body": body, "source": "Alpha"})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path, dict(writings)


@pytest.fixture(scope="module", params=[7, 8])
def accented(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Library, dict[str, list[tuple[int, str]]]]]:
    folder = tmp_path_factory.mktemp(f"held{request.param}")
    corpus, writings = _accented_corpus(folder / "corpus.jsonl", request.param)
    with whoosh_library(corpus, folder) as library:
        yield library, writings


def written_as(writings: list[tuple[int, str]]) -> str:
    """The oracle's writing of a word: the most of its first `FORM_DOCS` articles'."""
    counts = Counter(form for _, form in writings[:FORM_DOCS])
    return min(counts, key=lambda form: (-counts[form], form))


@settings(_ON_THE_CORPUS, max_examples=60)
@given(data=st.data(), edit=_EDIT, at=st.integers(0, 20), letter=st.sampled_from("aeinorstlcdu"))
def test_the_offer_is_written_as_the_articles_write_it(
    accented: tuple[Library, dict[str, list[tuple[int, str]]]],
    data: st.DataObject,
    edit: str,
    at: int,
    letter: str,
) -> None:
    library, writings = accented
    meant = data.draw(st.sampled_from(sorted(writings)))
    typo = _typo(meant, edit, at, letter)
    assume(typo != meant and typo not in writings and len(typo) > SHORT)
    result = library.search(typo, limit=1)
    assume(result.total == 0)
    near = [word for word in writings if OSA.distance(typo, word) == 1]
    assume(near)
    expected = sorted(near, key=lambda word: (-len(writings[word]), word))[0]
    assert result.suggestions, (typo, near)
    assert result.suggestions[0] == written_as(writings[expected]), (typo, writings[expected])
