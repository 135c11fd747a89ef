"""Accents do not matter to search (nu16: `search cafe` found nothing in a text saying
"café" and offered "Did you mean: café?"): both analyzers fold them, for indexing and
querying, the highlighter lights the accented word, and plain Whoosh with the same folding
(`tests.search.oracle.Oracle`) finds the same articles."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.highlight import highlighter_for_text
from index.search.snippets import with_snippet
from index.store.build import rebuild
from index.store.schema import TEXT_ANALYZER, make_schema
from tests.search.oracle import Oracle

ROWS: list[dict[str, Any]] = [
    {
        "id": "a1",
        "title": "Café réouvert",
        "body": "The café near the harbour reopened. Crème brûlée on the menu.",
        "dateline": "São Paulo",
        "source": "Le Monde",
    },
    {
        "id": "a2",
        "title": "Cafe prices",
        "body": "A cafe in Sao Paulo raised prices. Her résumé was long.",
        "byline": "José Álvarez",
    },
    {"id": "a3", "title": "Naïve plans", "body": "Zürich and Malmö resume naive talks."},
    {"id": "a4", "title": "Harbour", "body": "Nothing accented at all here."},
]
ACCENTED = ("café", "são", "résumé", "naïve", "zürich", "malmö", "josé", "álvarez", "crème")
ACCENTED += ("brûlée", "réouvert")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[WhooshEngine, Oracle]:
    folder = tmp_path_factory.mktemp("accents")
    corpus = folder / "accents.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    rows = [{"byline": None, "source": None, "dateline": None, "date": None} | r for r in ROWS]
    return open_index(folder / "index"), Oracle(rows, folder / "oracle")


def ids(index: WhooshEngine, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


QUERIES = [
    ("cafe", {"a1", "a2"}),
    ("café", {"a1", "a2"}),
    ("CAFÉS", {"a1", "a2"}),
    ('"Sao Paulo"', {"a1", "a2"}),
    ('"São Paulo"', {"a1", "a2"}),
    ("dateline:sao", {"a1"}),
    ("byline:jose", {"a2"}),
    ("resume", {"a2", "a3"}),
    ("résumé", {"a2", "a3"}),
    ("naïve", {"a3"}),
    ("zurich malmo", {"a3"}),
    ("caf*", {"a1", "a2"}),
    ("café*", {"a1", "a2"}),
    ("brulee~", {"a1"}),
    ("title:reouvert", {"a1"}),
]
"""Queries with and without accents, and the articles each finds (both engines)."""


@pytest.mark.parametrize(("query", "found"), QUERIES)
def test_accents_do_not_matter_either_way(
    built: tuple[WhooshEngine, Oracle], query: str, found: set[str]
) -> None:
    index, oracle = built
    assert ids(index, query) == found == oracle.ids(query)


def test_no_did_you_mean_for_a_word_that_is_there_unaccented(
    built: tuple[WhooshEngine, Oracle],
) -> None:
    index, _ = built
    result = index.search("cafe", limit=None)
    assert result.total == 2
    assert result.suggestion is None


def test_the_highlighter_lights_the_accented_word() -> None:
    text = "The café near São Paulo: cafés, a Cafe, and CAFÉ."
    spans = highlighter_for_text("cafe").spans(text)
    assert [text[span.start : span.end] for span in spans] == ["café", "cafés", "Cafe", "CAFÉ"]
    spans = highlighter_for_text('"sao paulo"').spans("From São Paulo.")
    assert [span.end - span.start for span in spans] == [9]  # the phrase, one stretch


def test_snippets_light_the_accented_word(built: tuple[WhooshEngine, Oracle]) -> None:
    index, _ = built
    hits = {hit.id: hit for hit in index.search("cafe", limit=None).hits}
    hit = with_snippet(hits["a1"], ROWS[0]["body"], highlighter_for_text("cafe"))
    lit = {hit.snippet[span.start : span.end].lower() for span in hit.snippet_spans}
    assert "café" in lit


def _strip(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# every accented word of the corpus, with its accents, without them, or upper-cased
variants = st.sampled_from(sorted(ACCENTED)).flatmap(
    lambda word: st.sampled_from([word, _strip(word), word.upper(), _strip(word).title()])
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(variants, st.sampled_from(["{}", "{}*", '"{}"', "title:{}", "body:{}", "{}~1"]))
def test_any_accenting_finds_what_plain_whoosh_finds(
    built: tuple[WhooshEngine, Oracle], word: str, shape: str
) -> None:
    index, oracle = built
    query = shape.format(word)
    folded = shape.format(_strip(word).lower())
    assert ids(index, query) == oracle.ids(query) == ids(index, folded)


LATIN = [chr(code) for code in range(0xC0, 0x180) if _strip(chr(code)) != chr(code)]
"""Latin letters with accents (Latin-1 and Extended-A), each its base letter unaccented
("İ" too: lower-cased, it is "i" and a combining dot, which the folding drops)."""


@given(st.text(st.sampled_from([*LATIN, *"abcdefghijklmnopqrstuvwxyz ,.'-"]), max_size=40))
@example(text="ÌŚ")  # ci108: a stop word in accented capitals lost its initialism ("IS")
@example(text="a.Ś")  # ci127: so did a dotted initialism with an accent ("a.S", "as")
def test_accented_text_has_the_terms_of_the_text_without_its_accents(text: str) -> None:
    schema = make_schema()
    for analyzer in (TEXT_ANALYZER, schema["dateline"].analyzer):
        assert [t.text for t in analyzer(text)] == [t.text for t in analyzer(_strip(text))]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("İstanbul İzmir", "istanbul izmir"),
        ("Straße", "strasse"),
        ("ﬁnance ﬂoods", "finance floods"),
        ("Æther œuvre", "aether oeuvre"),
    ],
)
def test_letters_whoosh_does_not_fold_are_folded(text: str, plain: str) -> None:
    # Whoosh's accent_map leaves "İ" as "i" and a combining dot ("istanbul" found nothing),
    # folds "ß" to "s" ("strasse" did not find "Straße") and leaves ligatures
    schema = make_schema()
    for analyzer in (TEXT_ANALYZER, schema["dateline"].analyzer):
        assert [t.text for t in analyzer(text)] == [t.text for t in analyzer(plain)]
    spans = highlighter_for_text(plain).spans(f"In {text}.")
    assert [f"In {text}."[span.start : span.end] for span in spans] == text.split()
