"""Letters lost as U+FFFD ("Garda\ufffd\ufffd", "Sinn F\ufffd\ufffdin": one 2-byte letter is two
U+FFFD) are read as a "?" for a lost letter is (sx45, nu62 #5): the analyzer keeps the word
whole, a word of the query finds such copies, a query holding U+FFFD is a one-letter
wildcard, and no suggestion holds a lost letter. The oracle is set logic over the generated
corpus: the articles holding a spelling of the name."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.search.engine import WhooshEngine, open_index
from index.search.highlight import highlighter_for_text
from index.search.lost_letters import typed_lost
from index.search.suggest import options
from index.store.build import rebuild
from index.store.hyphens import WORD_EXPRESSION
from index.store.schema import TEXT_ANALYZER

LOST = "\ufffd\ufffd"
NAMES = ("Gardaí", "Féin", "Dáil", "Schäuble", "Micheál", "Beyoncé", "Tomás")
"""Names with a 2-byte letter (inside, or ending the word) a copy loses as two U+FFFD."""


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def lost(name: str) -> str:
    """``name`` as a copy that lost its accented letter writes it."""
    at = next(k for k, c in enumerate(name) if ord(c) > 127)
    return name[:at] + LOST + name[at + 1 :]


ROWS = [
    {"id": f"{kind}{n}", "title": "Copy", "body": f"Then {spelling} spoke; {spelling} left."}
    for n, name in enumerate(NAMES)
    for kind, spelling in (("w", name), ("p", _plain(name).title()), ("l", lost(name)))
] + [{"id": "x", "title": "Other", "body": "Garda said \ufffd152 and O\ufffd\ufffdReilly such"}]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("marks")
    corpus = folder / "marks.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


def ids(index: WhooshEngine, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


def test_the_analyzer_keeps_the_word_whole() -> None:
    # ("O" of "O\ufffd\ufffdReilly", a lost apostrophe: one letter, dropped)
    text = f"Garda{LOST}, Sinn F{LOST}in, caf{LOST}s, O{LOST}Reilly, \ufffd152"
    assert [t.text for t in TEXT_ANALYZER(text)] == [
        "garda??",
        "sinn",
        "f??in",
        "caf??",
        "reilli",
        "152",
    ]
    # a mark after no letter, a single one at a word's end: not a letter of a word
    assert re.findall(WORD_EXPRESSION, '"\ufffdcrushing such\ufffd') == ["crushing", "such"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(range(len(NAMES))), st.sampled_from(["whole", "plain", "lost"]))
def test_every_spelling_finds_the_lost_copy(index: WhooshEngine, n: int, way: str) -> None:
    name = NAMES[n]
    query = {"whole": name, "plain": _plain(name), "lost": lost(name)}[way]
    found = ids(index, query)
    assert {f"w{n}", f"p{n}", f"l{n}"} <= found
    # nothing else: another name's articles, or the stray marks
    assert found == {f"w{n}", f"p{n}", f"l{n}"}


def test_a_phrase_holding_the_marks_finds_the_copy(index: WhooshEngine) -> None:
    # and the other spellings, as the word alone does (sx47: `index.search.lost_phrases`)
    assert ids(index, f'"Then F{LOST}in spoke"') == ids(index, f"F{LOST}in") == {"w1", "p1", "l1"}
    assert ids(index, "Garda") == {"x"}  # the word, not the copies of "Gardaí"


def test_a_typed_mark_is_a_wildcard_outside_phrases() -> None:
    assert typed_lost("Sch\ufffduble OR Garda\ufffd\ufffd") == "Sch?uble OR Garda?"
    assert typed_lost('"F\ufffd\ufffdin" \ufffd152') == '"F\ufffd\ufffdin" \ufffd152'


def test_no_suggestion_holds_a_lost_letter() -> None:
    lexicon = ["such?abl", "suchabl", "schauble", "sch??ubl"]
    offered = options("suchable", "suchabl", lexicon, lambda term: 5, lambda term: term)
    assert offered and not any("?" in each or "\ufffd" in each for each in offered)
    written = {"sch??ubl": "Sch\ufffd\ufffduble"}
    offered = options("schuble", "schubl", ["sch??ubl"], lambda t: 5, written.get)
    assert offered == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NAMES))
def test_the_highlighter_lights_the_lost_copy(name: str) -> None:
    text = f"{lost(name)} and {name}"
    lighter = highlighter_for_text(_plain(name))
    spans = lighter.spans(text)
    assert spans == lighter.spans_analysed(text)
    assert [text[s.start : s.end] for s in spans] == [lost(name), name]
