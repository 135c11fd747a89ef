"""A name whose letter a messy copy lost to "?" ("Dudenh?ffer", "Sch?uble") is found by the
damaged spelling and by the whole one, and lit by both (sx44, `index.search.lost_letters`).

The index keeps such a word whole (`index.store.hyphens.LOST_AT`, the rule the cleaning and
the quotes read a "?" by: `index.analysis.lostletters`); the query's "?" stays a wildcard
(``dudenh?ffer`` fits "dudenh?ffer" and "dudenhoffer"), and a whole word finds its copies
with one letter (or the two "ß" folds to) lost to "?". The oracle is set logic over the
generated corpus: what each article holds, written out (plain Whoosh's wildcard matches
stems, "dudenhoff", so it is no oracle for these queries; `tests.search.oracle.Oracle`
says what else differs)."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from index.analysis.lostletters import has_lost_letter, possessive
from index.search.engine import WhooshEngine, open_index
from index.search.highlight import highlighter_for_text
from index.search.lost_letters import PAIRS, damaged_spellings
from index.store.build import rebuild
from index.store.hyphens import WORD_EXPRESSION
from index.store.schema import TEXT_ANALYZER
from tui.cli import app

NAMES = ("Dudenhöffer", "Schäuble", "Voigtländer", "Kaurismäki", "Muñoz", "Großmann")
"""Names with a letter a messy copy loses (each folds to a word of its own)."""
OLD_EXPRESSION = r"\w+(?:[.&-]\w+)*"
"""The tokenizer's words before sx44: a "?" ended a word."""


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.replace("ß", "ss"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def damaged(name: str) -> list[str]:
    """``name`` with each letter a "?" may stand for replaced by one: an inner letter, a
    small one after it, and not an "s" ending the word (a lost apostrophe, rv62)."""
    return [
        name[:at] + "?" + name[at + 1 :]
        for at in range(1, len(name) - 1)
        if not (at == len(name) - 2 and name[-1] == "s") and name[at + 1].islower()
    ]


def _rows() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for n, name in enumerate(NAMES):
        rows.append({"id": f"w{n}", "title": "Whole", "body": f"Expert {name} said so."})
        for k, spelling in enumerate(damaged(name)):
            body = f"Expert {spelling} predicted more. {spelling} added nothing."
            rows.append({"id": f"d{n}-{k}", "title": "Copy", "body": body})
    rows.append({"id": "x", "title": "Other", "body": "Nothing here. Merkel? Yes it?Yes"})
    return rows


ROWS = _rows()


FILLS = "(?:[a-z]|ss|ae|oe|ij)"
"""What a "?" of an article's word may stand for, folded: a letter, or two ("ß": "ss")."""


def holders(word: str) -> set[str]:
    """The oracle: the articles a query of one word finds, by what each holds."""
    plain = _plain(word)
    found = set()
    for row in ROWS:
        for written in re.findall(r"\w+(?:\?\w+)*", row["body"]):
            written = _plain(written)
            if "?" in plain:  # a wildcard: every whole spelling it fits, and itself
                fits = re.escape(plain).replace(r"\?", "[a-z]")
                hit = written == plain or re.fullmatch(fits, written) is not None
            else:  # a whole word: itself, and each copy of it one letter lost
                filled = re.escape(written).replace(r"\?", FILLS, 1)
                hit = written.count("?") <= 1 and re.fullmatch(filled, plain) is not None
            if hit:
                found.add(row["id"])
    return found


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> WhooshEngine:
    folder = tmp_path_factory.mktemp("lost")
    corpus = folder / "lost.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    rebuild(corpus, folder / "index")
    return open_index(folder / "index")


def ids(index: WhooshEngine, query: str) -> set[str]:
    return {hit.id for hit in index.search(query, limit=None).hits}


def test_the_damaged_word_is_one_term() -> None:
    terms = [t.text for t in TEXT_ANALYZER("Ferdinand Dudenh?ffer said Sch?n?berg")]
    assert terms == ["ferdinand", "dudenh?ff", "said", "sch?n?berg"]
    # a "?" that is no lost letter still ends its word: a lost apostrophe, a question,
    # a capital after it, a link's query
    for text, words in [
        ("Brennick?s aide", ["brennick", "s", "aid"]),
        ("Merkel? Yes", ["merkel", "yes"]),
        ("it?Yes", ["it", "yes"]),
        ("a.html?smid=tw", ["a.html", "smid", "tw"]),
        ("story?id=45", ["stori", "id", "45"]),
    ]:
        assert [t.text for t in TEXT_ANALYZER(text, mode="index")] == words


def _merged(text: str) -> list[str]:
    """The oracle of the tokenizer: the old words, two joined where a "?" between them is
    a lost letter by the cleaning's own test (`has_lost_letter`, not a possessive's) and
    not a link's query ("?id=")."""
    words: list[tuple[int, int]] = []
    for match in re.finditer(OLD_EXPRESSION, text):
        start, end = match.span()
        if words and words[-1][1] + 1 == start and text[start - 1] == "?":
            lost = has_lost_letter(text, start - 2, start + 1) and not possessive(text[start:])
            if lost and not re.match(r"[^\W_]*=", text[start:]):
                words[-1] = (words[-1][0], end)
                continue
        words.append((start, end))
    return [text[a:b] for a, b in words]


@given(st.text(st.sampled_from([*"abcdsAB?ü1 -.=_"]), max_size=30))
@example(text="ab?cd")
@example(text="ab?s a?sb a?B a1?b")
@example(text="x?id=1 a?b-c?d")
def test_the_words_are_the_old_ones_joined_at_a_lost_letter(text: str) -> None:
    assert re.findall(WORD_EXPRESSION, text) == _merged(text)


@given(st.text(st.sampled_from("abeios"), min_size=1, max_size=9))
@example(word="abs")  # "a?s": a lost apostrophe, not looked for
@example(word="strasse")  # "stra?e": "ß" lost
def test_the_spellings_looked_for_are_the_words_the_index_keeps_whole(word: str) -> None:
    # a word with one letter (or the pair a letter folds to) lost is looked for exactly
    # when the tokenizer keeps it one word
    # (as "?", or as the two U+FFFD of a lost 2-byte letter, folded to "??": sx45)
    spellings = set(damaged_spellings(word))
    cuts = [(at, at + 1) for at in range(len(word))]
    cuts += [(at, at + 2) for at in range(len(word) - 1) if word[at : at + 2] in PAIRS]
    whole = set()
    for mark in ("?", "\ufffd\ufffd"):
        tried = {word[:a] + mark + word[b:] for a, b in cuts}
        kept = {each for each in tried if re.fullmatch(WORD_EXPRESSION, each)}
        whole |= {each.replace("\ufffd", "?") for each in kept}
    assert spellings == whole


def test_a_text_without_a_question_mark_has_its_old_words() -> None:
    text = "G-7 U.S. AT&T al-Qaeda, x.y-z: 1.5 a_b Dudenhöffer"
    assert re.findall(WORD_EXPRESSION, text) == re.findall(OLD_EXPRESSION, text)


def test_both_spellings_find_both_copies(index: WhooshEngine) -> None:
    found = {"w0", *(f"d0-{k}" for k in range(len(damaged("Dudenhöffer"))))}
    assert ids(index, "Dudenh?ffer") == {"w0", "d0-5"} == holders("Dudenh?ffer")
    assert ids(index, "Dudenhöffer") == found == ids(index, "dudenhoffer")
    # "oe", as "ö" is often written: every copy "dudenhoffer" finds (sx45)
    assert ids(index, "dudenhoeffer") == found
    assert ids(index, "Großmann") == ids(index, "grossmann") == holders("Großmann")
    assert ids(index, "Merkel") == {"x"} == ids(index, "yes")  # a question's mark


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(NAMES).flatmap(
        lambda name: st.sampled_from([name, _plain(name), name.upper(), *damaged(name)])
    )
)
def test_a_word_finds_what_its_spellings_hold(index: WhooshEngine, word: str) -> None:
    assert ids(index, word) == holders(word)
    if "?" not in word:
        assert ids(index, f"body:{word}") == holders(word)
        assert ids(index, f"NOT {word}") == {row["id"] for row in ROWS} - holders(word)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(NAMES), st.data())
def test_the_highlighter_lights_each_spelling(
    index: WhooshEngine, name: str, data: st.DataObject
) -> None:
    spelling = data.draw(st.sampled_from(damaged(name)))
    text = f"Expert {spelling} and {name} said, and {_plain(name)}."
    for query in (name, spelling):
        # the wildcard as the search reads it: the words it fits in the index
        lighter = highlighter_for_text(query, index.prefix_stems, index.wildcard_stems)
        spans = lighter.spans(text)
        assert spans == lighter.spans_analysed(text)
        lit = [text[span.start : span.end] for span in spans]
        # a wildcard fits the whole name unless its "?" stands for two letters ("ß")
        whole = query == name or len(_plain(spelling)) == len(_plain(name))
        assert lit == ([spelling, name, _plain(name)] if whole else [spelling])


def test_quotes_and_speakers_find_both_spellings(tmp_path: Path) -> None:
    rows = [
        {
            "id": "q1",
            "title": "Carmakers team up",
            "body": 'Ferdinand Dudenh?ffer, an expert, spoke. "It is only the beginning of '
            'it all," Dudenh?ffer said.',
        },
        {
            "id": "q2",
            "title": "Deal analysed",
            "body": 'Ferdinand Dudenhöffer, an expert, spoke. "Others will follow the '
            'deal soon," Dudenhöffer said.',
        },
    ]
    corpus = tmp_path / "quotes.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    env = {"BROADSHEET_INDEX_DIR": str(tmp_path / "index")}
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, [*args, "-c", str(corpus)], env=env)
        assert result.exit_code == 0, result.output
        return result.output

    for query in ("Dudenh?ffer", "Dudenhöffer", "dudenhoffer"):
        out = run("quotes", query)
        assert "2 quotations" in out and "beginning" in out and "Others" in out
        out = run("quotes", "--speaker", query)
        assert "2 quotations" in out
    out = run("speakers", "Dudenh?ffer")
    assert "1 speaker" in out and "Dudenh" in out
