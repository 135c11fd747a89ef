"""A name a messy copy damaged ("Dudenh?ffer", "Dudenh\ufffd\ufffdffer") or spelled the German
way ("Dudenhoeffer") is found by every spelling on both engines alike (sx46).

The Whoosh engine ORs into a word's term those of its spellings with a letter lost, or an
umlaut spelled out, that its index holds (`index.search.lost_letters`); the OpenSearch engine
asks its index the same terms first (`index.opensearch.lost`) and adds the same ones
(`index.opensearch.translate._term`). The oracle for a whole spelling is set logic: every
copy of the name, however spelled; for a damaged one (its "?" a wildcard) the Whoosh engine.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.library import Library
from index.opensearch.client import configured_url
from index.opensearch.corpus import OpenSearchEngine
from index.opensearch.translate import lost_asked, translate
from index.search.engine import WhooshEngine
from index.search.query import parse_unbound

NAMES = ("Dudenhöffer", "Schäuble", "Voigtländer", "Muñoz", "Großmann", "Kaurismäki")
"""Names with a letter a messy copy loses (each folds to a word of its own)."""
FIXTURE = HealthCheck.function_scoped_fixture
SPELLED_OUT = {"ä": "ae", "ö": "oe", "ü": "ue"}


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _spelled_out(name: str) -> str:
    return "".join(SPELLED_OUT.get(c, c) for c in name)


def damaged(name: str) -> list[str]:
    """``name`` with an inner letter before a small one lost to "?" (not an "s" ending it:
    a lost apostrophe), and its non-ASCII letter lost as two U+FFFD (a 2-byte letter)."""
    found = [
        name[:at] + "?" + name[at + 1 :]
        for at in range(1, len(name) - 1)
        if not (at == len(name) - 2 and name[-1] == "s") and name[at + 1].islower()
    ]
    lost = "\ufffd\ufffd"
    found += [name[:at] + lost + name[at + 1 :] for at, c in enumerate(name) if ord(c) > 127]
    return found


def spellings(name: str) -> list[str]:
    """Every way the corpus writes ``name``: whole, German way, damaged."""
    return list(dict.fromkeys([name, _spelled_out(name), *damaged(name)]))


ROWS = [
    {"id": f"n{n}s{k}", "title": "Report", "body": f"Expert {spelling} predicted more."}
    for n, name in enumerate(NAMES)
    for k, spelling in enumerate(spellings(name))
] + [
    {"id": "other", "title": "Report", "body": "Expert Dudenhausen predicted less."},
    {
        "id": "twice",
        "title": "Report",
        "body": "Expert S\ufffd\ufffdoch\ufffd\ufffdna, Gro?m?ller.",
    },
    {  # two letters lost each its own way (sx56)
        "id": "apart",
        "title": "Report",
        "body": "Expert Z?rich-J\ufffd\ufffdrg-19, S?och\ufffd\ufffdna.",
    },
]


def copies(n: int) -> set[str]:
    return {f"n{n}s{k}" for k in range(len(spellings(NAMES[n])))}


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Library]]:
    folder = tmp_path_factory.mktemp("lost-os")
    corpus = folder / "news"
    corpus.mkdir()
    (corpus / "lost.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    whoosh = Library(corpus, folder / "whoosh", engine=WhooshEngine(folder / "whoosh"))
    name = f"bs-test-{uuid.uuid4().hex[:12]}"
    engine = OpenSearchEngine(folder / "os", configured_url(), name=name)
    opensearch = Library(corpus, folder / "os", engine=engine)
    whoosh.open_or_build()
    opensearch.open_or_build()
    yield whoosh, opensearch
    whoosh.close()
    engine.index.drop()


def _found(library: Library, query: str) -> set[str]:
    return {hit.id for hit in library.search(query, limit=None).hits}


@pytest.mark.opensearch
@settings(max_examples=40, deadline=None, suppress_health_check=[FIXTURE])
@given(
    n=st.integers(0, len(NAMES) - 1),
    form=st.sampled_from(["whole", "plain", "spelled", "upper", "body"]),
)
def test_every_whole_spelling_finds_every_copy_on_both(
    both: tuple[Library, Library], n: int, form: str
) -> None:
    whoosh, opensearch = both
    name = NAMES[n]
    query = {
        "whole": name,
        "plain": _plain(name),
        "spelled": _spelled_out(name),
        "upper": name.upper(),
        "body": f"body:{name}",
    }[form]
    assert _found(whoosh, query) == _found(opensearch, query) == copies(n)
    # NOT, and the counts, agree too
    against = f"Expert NOT {query}"
    others = {row["id"] for row in ROWS} - copies(n)
    assert _found(whoosh, against) == _found(opensearch, against) == others
    assert whoosh.engine.count(query) == opensearch.engine.count(query) == len(copies(n))


@pytest.mark.opensearch
@pytest.mark.parametrize("query", ["Síochána", "SÍOCHÁNA", "siochana", "Großmüller"])
def test_two_lost_letters_are_found_alike(both: tuple[Library, Library], query: str) -> None:
    whoosh, opensearch = both
    assert _found(whoosh, query) == _found(opensearch, query)
    # typed plainly too: a plain word looks for two of its accent-bearing letters lost (fx161)
    assert "twice" in _found(whoosh, query)


@pytest.mark.opensearch
@pytest.mark.parametrize(
    "query", ['"ZÜRICHjorg19"', "zurichjorg19", "zürichJÖRG-19", "Síochána", "siochana"]
)
def test_two_letters_lost_each_its_own_way_are_found_alike(
    both: tuple[Library, Library], query: str
) -> None:
    """One lost as "?", the other as two U+FFFD (sx56), typed with both marks, one or none."""
    whoosh, opensearch = both
    assert "apart" in _found(whoosh, query)
    assert _found(whoosh, query) == _found(opensearch, query)


@pytest.mark.opensearch
@settings(max_examples=40, deadline=None, suppress_health_check=[FIXTURE])
@given(data=st.data())
def test_a_damaged_spelling_finds_the_same_on_both(
    both: tuple[Library, Library], data: st.DataObject
) -> None:
    whoosh, opensearch = both
    n = data.draw(st.integers(0, len(NAMES) - 1))
    k = data.draw(st.integers(0, len(spellings(NAMES[n])) - 1))
    query = spellings(NAMES[n])[k]
    found = _found(whoosh, query)
    assert f"n{n}s{k}" in found  # and the whole name where the "?" stands for one letter
    assert f"n{n}s0" in found or "ß" in NAMES[n]
    assert _found(opensearch, query) == found


def test_a_word_none_of_whose_spellings_is_held_is_translated_as_before() -> None:
    tree = parse_unbound("title:dudenhöffer")
    asked = lost_asked(tree)
    assert ("title", "dudenh?ff") in asked and ("title", "dudenhoeff") in asked
    plain = {"term": {"title": {"value": "dudenhoff"}}}
    assert translate(tree) == translate(tree, held_terms=lambda f, t: False) == plain
    held = translate(tree, held_terms=lambda f, t: t == "dudenh?ff")
    lost = {"term": {"title": {"value": "dudenh?ff"}}}
    assert held == {"bool": {"should": [plain, lost], "minimum_should_match": 1}}


@pytest.mark.opensearch
@settings(max_examples=40, deadline=None, suppress_health_check=[FIXTURE])
@given(data=st.data())
def test_a_phrase_finds_what_its_word_finds_on_both(
    both: tuple[Library, Library], data: st.DataObject
) -> None:
    """sx47: a phrase's word looks for its lost-letter and German spellings, and a word with
    a lost letter in a phrase is read as the word outside one (`index.search.lost_phrases`);
    every row says "Expert <spelling> predicted", so the phrase finds what the word does."""
    whoosh, opensearch = both
    n = data.draw(st.integers(0, len(NAMES) - 1))
    word = data.draw(st.sampled_from([NAMES[n], _plain(NAMES[n]), *spellings(NAMES[n])]))
    alone = _found(whoosh, word)
    for phrase in (f'"Expert {word}"', f'"{word} predicted"', f'"Expert {word} predicted"'):
        assert _found(whoosh, phrase) == _found(opensearch, phrase) == alone
    assert (
        _found(whoosh, f'"predicted {word}"') == _found(opensearch, f'"predicted {word}"') == set()
    )
    if "?" not in word and "\ufffd" not in word:
        assert alone == copies(n)
